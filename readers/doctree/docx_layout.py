"""Tables a Word document is laid out with rather than data: a heading drawn as a shaded one-cell bar, text set
beside a figure in a one-row table, and a plan or a chapter written as 「記載項目 | 内容」 rows (docx.py reads their
cells as the document's own paragraphs)."""

from __future__ import annotations

import re

from .docx_parts import W
from .tables import form_head


def table_next(stack: list) -> bool:
    """The block read next after empty paragraphs is a table (the stack is read from its end)."""
    for el in reversed(stack[-TABLE_LOOKAHEAD:]):
        if el.tag == f"{W}tbl":
            return True
        if el.tag != f"{W}p" or "".join(el.itertext()).strip():
            return False
    return False


TABLE_LOOKAHEAD = 4  # empty paragraphs looked past
LAYOUT_PROSE = 60  # a cell this long with a sentence in it is text laid out beside something, not a datum
LAYOUT_HEADING = 40  # a one-cell table holding one line this short is a heading drawn as a shaded bar


def layout_cells(tbl, cell_text) -> list | None:  # noqa: ANN001 - a w:tbl element and the reader's cell_text
    """The cells of a one-row table drawn for layout, in reading order: a single cell holding one short line (a
    shaded heading 「■ ３．目指す姿」), or two or three cells of which one holds prose (text beside a figure or a
    table). A one-row table of short cells, and a framed box of paragraphs (「枠囲み」), stay tables."""
    rows = list(tbl.iterchildren(f"{W}tr"))
    if len(rows) != 1:
        return None
    cells = list(rows[0].iterchildren(f"{W}tc"))
    if len(cells) == 1:  # a shaded heading is one short line; a framed box of paragraphs stays a box (a table)
        return cells if is_bar(cell_text(cells[0], 0)) else None
    if len(cells) <= 3 and any(len(t) >= LAYOUT_PROSE and "。" in t for t in (cell_text(tc, 0) for tc in cells)):
        return cells
    return None


LAYOUT_ROWS = 3  # rows of 「記載項目 | 内容」 at least, for a table to be the plan's layout
LAYOUT_BARS = 2  # chapters drawn as bars across it at least, for a table with such bars to be the plan's layout
LAYOUT_LABEL = 30  # a label cell of a layout row: a short name, no sentence
LAYOUT_VALUE = 60  # a content this short, on one line, is the label's value (「策定主体 | 福井県」)
_NUMBER_CELL = re.compile(r"^[\s(（]*(?:[0-9０-９]{1,2}|[①-⑳]|[ⅠⅡⅢⅣⅤⅥⅦⅧⅨⅩ]|第[0-9０-９一二三四五六七八九十]{1,3})[)）.．、]?\s*$")


def layout_rows(tbl, cell_text) -> list | None:  # noqa: ANN001 - a w:tbl element and the reader's cell_text
    """(labels, content cell) of each row of a table that lays a plan out as 「記載項目 | 内容」 (a number column and
    a sub-item column may stand before the content), or None when the table is data: at least three rows whose
    last cell holds prose, paragraphs or a table of its own beside short labels (the header row that names the
    columns is none of them)."""
    trs = list(tbl.iterchildren(f"{W}tr"))
    if len(trs) < LAYOUT_ROWS:
        return None
    out, rich, bar = [], 0, []
    for tr in trs:
        tcs = list(tr.iterchildren(f"{W}tc"))
        if len(tcs) == 1 and is_bar(text := cell_text(tcs[0], 0)):  # a chapter drawn as a bar across the table heads the rows under it
            bar = [text.strip()]
            out.append((bar, None))
            continue
        if not 2 <= len(tcs) <= 4:
            return None
        labels = [cell_text(tc, 0).replace("\n", " ").strip() for tc in tcs[:-1]]
        if any(len(x) > LAYOUT_LABEL or "。" in x for x in labels):
            return None
        content = tcs[-1]
        text = cell_text(content, 0)
        if not out and form_head([*labels, text]):
            continue  # the row that names the columns (「項目 | 内容」) is no item
        rich += content.find(f"{W}tbl") is not None or ("\n" in text and "。" in text) or len(text) >= LAYOUT_PROSE * 2
        # a row under a label merged down over it (or left blank) goes on under the label above
        above = out[-1][0][len(bar):] if out and out[-1][1] is not None else []
        out.append((bar + (_joined_labels(labels) or above), content))
    rows = [labels for labels, tc in out if tc is not None]
    bars = len(out) - len(rows)  # one chapter over its rows is a section's table (read by its header), two or more a plan
    if not rows or 0 < bars < LAYOUT_BARS or rich * 2 < len(rows) or any(len(labels) == len(bar) == 0 for labels in rows):
        return None
    return out


def is_bar(text: str) -> bool:
    """One short line, no sentence: a heading drawn as a shaded one-cell table or a bar across a layout table."""
    return bool(text) and "\n" not in text and len(text) <= LAYOUT_HEADING and "。" not in text


def _joined_labels(labels: list[str]) -> list[str]:
    """The labels of a row, a number column joined to the label beside it (「1」 | 「産業領域」 → 「1 産業領域」)."""
    out: list[str] = []
    pending = ""
    for x in labels:
        if _NUMBER_CELL.match(x) and x.strip():
            pending = x.strip()
            continue
        if x:
            out.append(f"{pending} {x}".strip() if pending else x)
            pending = ""
    return out or ([pending] if pending else [])
