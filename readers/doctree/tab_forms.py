"""An Excel form saved as text: each row a label, a tab and its text (「投資の具体像<TAB>・（株）A：新工場…」), a long
cell's further lines starting with a tab (「<TAB>・B（株）：…」), a note after a second tab (「…<TAB>※輸出の要素あり」).

Read as one table of two columns — label | text, the continuation lines and the note joined to the text — so
that each row is the item its label names, as a form written in Word is. A row of more cells (the KPI block's
「指標<TAB>現状<TAB>目標…」), a section row with nothing after its tabs (「■ 2 計画の概要<TAB><TAB>」) or a line
without a tab ends the form.
"""

from __future__ import annotations

from .lines import Draft, Line, Reader

FORM_LABEL_MAX = 30  # a label cell: a short name, no sentence
FORM_MIN_ROWS = 2
FORM_CELLS_MAX = 3  # label | text | note
FORM_HEAD = ("項目", "内容")
PROSE_TEXT_MIN = 30  # a text this long (or one with a sentence, or wrapped) is a form's, not a table's value


def _label_row(x: Line) -> tuple[str, str] | None:
    """(label, text) of a line starting a form row at the left edge, else None."""
    if x.indent or x.listed or x.level is not None or "\t" not in x.text:
        return None
    cells = x.text.split("\t")
    label, rest = cells[0].strip(), [c.strip() for c in cells[1:]]
    if len(cells) > FORM_CELLS_MAX or not label or len(label) > FORM_LABEL_MAX or "。" in label or not rest[0]:
        return None
    return label, "\n".join(c for c in rest if c)


def _continued(x: Line) -> str | None:
    """The text a tab-indented line adds to the row above (its note after a second tab joined to it)."""
    if not x.indent or x.gap or x.level is not None:
        return None
    cells = [c.strip() for c in x.text.split("\t")]
    return "\n".join(c for c in cells if c) or None


def rule_tab_form(r: Reader, i: int, x: Line) -> int | None:
    """Rows of label<TAB>text with their tab-indented continuation lines: two rows at least, half of them prose."""
    if i < r.no_table_before or (first := _label_row(x)) is None:
        return None
    rows: list[list[str]] = []
    j, row, prose = i, first, 0
    while row is not None:
        label, text = row
        j, wrapped = j + 1, False
        while (y := r.line_at(j)) is not None and (more := _continued(y)) is not None:
            text, j, wrapped = f"{text}\n{more}", j + 1, True
        rows.append([label, text])
        prose += wrapped or "。" in text or len(text) >= PROSE_TEXT_MIN
        y = r.line_at(j)
        row = _label_row(y) if y is not None and not y.gap else None
    # a table of short values (「区分<TAB>事業者数<TAB>主な役割」 over 「営農組合<TAB>２団体<TAB>…」) is data, not a form
    if len(rows) < FORM_MIN_ROWS or prose * 2 < len(rows):
        return None
    r.close()
    # headed as the form it is (the sheet's own header row is not in the text): each row is laid out by its label
    r.emit(Draft("table", x.no, gap=x.gap, rows=[list(FORM_HEAD), *rows]))
    return j
