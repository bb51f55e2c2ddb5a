"""The rules of the line reader, in the order they are tried (see lines.py).

Each rule gets the reader, the index of a line and the line, and returns the index of the next
item to read when it takes the line, or None to let the next rule try. Adding a layout is adding a
rule to `RULES` (or a word to one of the tables here), not a branch inside another rule. The rules stay in
one file, past 400 lines, so that their order — which decides every layout — is read in one place.
"""

from __future__ import annotations

import re
import unicodedata

from chiiki_mirai.core.text.numbers import find_quantities
from chiiki_mirai.core.text.sudachi import tokenizer

from . import numbering as nb
from .aligned import by_header, fit_row, is_value, name_column
from .lines import Draft, Line, Reader, split_kv, unclosed_bracket
from .records import record_entry
from .tab_forms import rule_tab_form
from .text_rows import (
    CSV_MIN_CELLS,
    csv_cells,
    is_rule,
    ruled_rows,
    spaced_row,
    split_aligned_row,
    split_inner_pipe_row,
    split_pipe_row,
)

# -- the rules, tried in order; each returns the index of the next item or None -------------------


def rule_explicit(r: Reader, i: int, x: Line) -> int | None:
    if x.level is None and not x.title:
        return None
    m = x.marker
    if m is None:
        r.heading(x, x.text, None)
    elif m.kind == "mark":
        r.heading(x, m.rest, None)
    else:
        r.heading(x, m.rest, m.style, m.label)
    return i + 1


# a page or slide break written as text (「--- p.3 ---」「＝＝ スライド4 ＝＝」): layout, not content
PAGE_MARK = re.compile(
    r"^[-－―=＝─━~〜]{2,}\s*(?:(?:p|P|page|Page)\.?\s*|ページ\s*|スライド\s*|[Ss]lide\s*)?[0-9０-９]+\s*(?:枚目|頁)?\s*[-－―=＝─━~〜]{2,}$"
)


def rule_page(r: Reader, i: int, x: Line) -> int | None:
    """A page or slide break drawn as a line: the short line right under it is that page's title (a slide deck
    exported as text), a heading of the top level; the break itself is dropped."""
    if not PAGE_MARK.match(x.text.strip()):
        return None
    r.close()
    nxt = r.line_at(i + 1)
    if nxt is None or nxt.listed or nxt.marker is not None or not nb.heading_like(nxt.text):
        return i + 1
    r.heading(nxt, nxt.text, "page", explicit=1)
    return i + 2


APPENDIX_HEADING_MAX = 40


def rule_appendix(r: Reader, i: int, x: Line) -> int | None:
    """A line that opens an appendix (「別表2　KPI」「別紙１」) over content that is no table: a heading of the top
    level, so what follows is the appendix's (and reaches the item that points to it, 「（別表2参照）」). Over a
    table the line is the table's caption instead."""
    t = x.text.strip()
    m = nb.APPENDIX.match(t)
    if m is None or x.listed or x.level is not None or len(t) > APPENDIX_HEADING_MAX:
        return None
    rest = t[m.end() :].strip(" 　:：-－―")
    nxt = r.line_at(i + 1)
    if (rest and not nb.heading_like(rest)) or nxt is None or is_rule(nxt.text) or _row(nxt)[0] in ("pipe", "aligned"):
        return None
    r.heading(x, t, "appendix", explicit=1)
    return i + 1


def _row(x: Line) -> tuple[str, list[str] | None]:
    text = x.text
    if is_rule(text):
        return "rule", None
    cells = split_pipe_row(text, strip=False)  # padded as drawn: ruled_rows reads the padding, then strips
    if cells is None:
        cells = split_inner_pipe_row(text, strip=False)
    if cells is not None:
        return "pipe", cells
    # a tab draws a cell even after a row number (「1<TAB>導入台数<TAB>14台」: a spreadsheet pasted as text)
    tabbed = "\t" in text.strip(" \u3000")
    if (tabbed or (("  " in text or "\u3000" in text) and x.marker is None)) and split_kv(text) is None:
        return "aligned", split_aligned_row(text)
    return "none", None


def _label_run_goes_on(r: Reader, x: Line, j: int, first: list[str], run: int) -> bool:
    """Exactly two rows of two cells, and the line right after the run, at its indent and unmarked, is one more label and its value
    set off by spaces (「産業ニーズに即した人材育成数　令和13年度　120人」 under two lines that a wider gap split in two):
    lines of labels and values spaced as they came, no table. A longer run is a table, and a line with one space
    after its label (「合計 160百万円」) is its total or note, not one more label line."""
    y = r.line_at(j)
    if run != 2 or len(first) != 2 or "\t" in x.text or y is None or y.gap or y.marker is not None or y.indent != x.indent:
        return False
    return _SPACED_RECORD.match(y.text) is not None and not nb.ends_sentence(y.text)


def rule_table(r: Reader, i: int, x: Line) -> int | None:
    """Rows drawn with 「|」「｜」 or box-drawing characters, or aligned with tabs or 2+ spaces: at
    least two rows, and aligned rows must all have the same number of cells."""
    if i < r.no_table_before:
        return None
    kind, cells = _row(x)
    if kind not in ("pipe", "aligned") or cells is None or x.listed or x.level is not None:
        return None
    if kind == "aligned" and len(cells) == 2 and is_value(cells[1]):
        return None  # 「令和13年度（目標年度）単年度　　110億円」: a label and its figure, no header of a table
    rows, j, breaks = [cells], i + 1, []
    if kind == "aligned" and (m := _NUMBER_HEAD.match(unicodedata.normalize("NFKC", cells[0]))):
        cells = rows[0] = [m.group(1), m.group(2), *cells[1:]]  # 「No. KPI」: one space after the label parts two
    while (y := r.line_at(j)) is not None and not y.gap and not y.listed and y.level is None:
        k, c = _row(y)
        if kind == "aligned" and y.tabs and "\t" in x.text and not y.listed:
            # a pasted row whose first cells are empty lost their tabs to the indent (「<TAB>（累計）<TAB><TAB>商工課」)
            c, k = [""] * y.tabs + [s.strip() for s in y.text.split("\t")], "aligned"
        numbered_row = kind == "aligned" and k == "none" and y.marker is not None and y.marker.kind == "number"
        if numbered_row and "。" not in y.text:
            # a row's own number (「③共同試験設備…  0件  150件」, or 「1   …」 under 「No.」) is no list's: the number
            # stays with the name (the indicator tables drop it) or is the 「No.」 cell
            k, c = "aligned", split_aligned_row(y.text)
        if kind == "aligned" and c is not None and "\t" in y.text and len(c) < len(cells):
            if _form_line(c, len(cells)):
                break  # 「KPIの意義<TAB>…を測る。」 under a wide table: the form's label and text again, no row of it
            c = c + [""] * (len(cells) - len(c))  # a pasted row whose last cells are empty lost their tabs to the strip
        if k == "rule" and kind == "pipe":
            breaks.append(len(rows))
            j += 1
            continue
        if kind == "aligned" and k in ("aligned", "none") and (c is None or len(c) != len(cells)) and (
            y.marker is None or numbered_row
        ):
            # a row the spacing let slip; a first column headed 「区分」 may hold the names themselves
            at = name_column(rows)
            c, k = fit_row(y.text, len(cells), at) or (fit_row(y.text, len(cells), 0) if at else None), "aligned"
            # else placed under the header's columns by where its pieces start (one space between two cells)
            c = c or by_header(x.text, x.indent, y.text, y.indent, len(cells))
        if k != kind or c is None or (kind == "aligned" and len(c) != len(cells)):
            break
        rows.append(c)
        j += 1
    if len(rows) < 2 or sum(1 for row in rows if len(row) >= 2) < 2 or (kind == "aligned" and _label_run_goes_on(r, x, j, cells, len(rows))):
        r.no_table_before = j  # no line of this run starts a table: never scan it again
        return None
    r.close()
    r.emit(Draft("table", x.no, gap=x.gap, rows=ruled_rows(rows, breaks)))
    return j


FORM_TEXT_MIN = 12  # a cell this long that holds a sentence is a form's text, not a table's value


def _form_line(cells: list[str], width: int) -> bool:
    """A label and a sentence (and nothing after them) in a run of tab rows four or more cells wide: an Excel form's
    label | text row again after the table drawn inside the form."""
    filled = [c.strip() for c in cells if c.strip()]
    return width >= 4 and len(filled) == 2 and len(filled[1]) >= FORM_TEXT_MIN and "。" in filled[1]


# a first column that numbers the rows, its label one space from the next (「No. KPI」)
_NUMBER_HEAD = re.compile(r"^((?:No|NO|no)\.?|番号|#|項番|連番) +(\S.*)$")
CSV_JOIN_MAX = 3  # lines a quoted cell may run over (「"海外展示会での商談件数」 / 「（年間）"<TAB>150件…」)


def _record_text(r: Reader, j: int) -> tuple[str, int] | None:
    """The text of the record starting at line j (joined over the lines a quoted cell runs on), and the next line."""
    y = r.line_at(j)
    if y is None or y.gap:
        return None
    text, k = y.text, j + 1
    while text.count('"') % 2 and k < j + CSV_JOIN_MAX and (z := r.line_at(k)) is not None and not z.gap:
        text, k = f"{text}\n{z.text}", k + 1
    return text, k


def rule_csv_table(r: Reader, i: int, x: Line) -> int | None:
    """Rows pasted from a spreadsheet as comma-separated values (「指標,現状値,2031年度目標値,備考」 over its rows),
    or as tab-separated ones with quoted cells (a cell that holds a line break): two rows at least, each no wider
    than the first (a row's empty last cells may be left off)."""
    if i < r.no_table_before or x.listed or x.level is not None or x.marker is not None:
        return None
    tab = x.text.count("\t") >= CSV_MIN_CELLS - 1
    if tab and '"' not in "".join(y.text for k in range(i + 1, i + 3) if (y := r.line_at(k)) is not None):
        return None  # a tab table without quotes is an aligned table (rule_table)
    delimiter = "\t" if tab else ","
    first = csv_cells(x.text, delimiter)
    if first is None or not all(first[:2]):
        return None
    rows, j = [first], i + 1
    while (got := _record_text(r, j)) is not None and (c := csv_cells(got[0], delimiter, len(first))) is not None and len(c) <= len(first):
        rows.append(c + [""] * (len(first) - len(c)))
        j = got[1]
    if len(rows) < 2:
        return None
    r.close()
    r.emit(Draft("table", x.no, gap=x.gap, rows=rows))
    return j


SPACED_MIN_ROWS = 3  # a table flattened to single spaces: its header and two rows at least, each as wide


def rule_spaced_table(r: Reader, i: int, x: Line) -> int | None:
    """A table whose cells a PDF's text layer left separated by one space (「企業名 従業員数 売上高 役割」 over
    「堺ドライブ(株) 870人 410億円 ユニットの組立」): a run of lines with the same number of cells (three or
    more), with no sentence among them. A line with another number of cells ends it."""
    if i < r.no_table_before or x.listed or x.level is not None or x.marker is not None:
        return None
    first = spaced_row(x.text)
    if first is None:
        return None
    rows, j = [first], i + 1
    while (y := r.line_at(j)) is not None and not y.gap and not y.listed and y.marker is None:
        c = spaced_row(y.text.rstrip())
        if c is not None and len(c) == len(first) - 1:
            c = [*c, ""]  # a last cell left empty (a KPI with no 撤退基準): the text layer keeps no trace of it
        if c is None or len(c) != len(first):
            break
        rows.append(c)
        j += 1
    if len(rows) < SPACED_MIN_ROWS:
        return None
    r.close()
    r.emit(Draft("table", x.no, gap=x.gap, rows=rows))
    return j


UNDERLINED_MAX = 100
ALIGNED_HEADER_CELLS = 3  # a line set off in this many cells is a table's header row, not a heading


def rule_underlined(r: Reader, i: int, x: Line) -> int | None:
    nxt = r.adjacent(i, 1)
    if nxt is None or nb.underline_style(nxt.text) is None:
        if nb.underline_style(x.text) is not None:
            r.close()  # a rule line on its own (a horizontal rule): layout only
            return i + 1
        return None
    above = r.adjacent(i, -1)
    # a line between two rules (「=====」 over and under: a boxed heading) is underlined too, unless its own
    # brackets make it a heading with its number (「【２】核となる区域と企業」: rule_bracket)
    boxed = above is not None and nb.underline_style(above.text) is not None
    if (above is not None and not boxed) or len(x.text) > UNDERLINED_MAX or (boxed and x.text.strip()[:1] in "【〔［"):
        return None
    if x.marker is None and len(split_aligned_row(x.text) or ()) >= ALIGNED_HEADER_CELLS:
        return None  # 「企業名　　所在地　　従業員」 over 「－－－」: the header row of a table aligned by spaces
    m = x.marker
    if m is not None and m.kind == "number":
        r.heading(x, m.rest, m.style, m.label)
    else:
        style = nb.underline_style(nxt.text)
        r.heading(x, x.text, style, explicit=nb.UNDERLINE_LEVELS.get(style or ""))
    return i + 2


def rule_continuation(r: Reader, i: int, x: Line) -> int | None:
    e = r.entry
    if e is None or x.listed or x.marker is not None:
        return None
    wrapped = x.join and r.cut(e.last, e.last_len)
    hanging = x.indent > e.indent
    if _unmarked_entry(r, e, x, hanging and not wrapped):
        r.list_item(x, "", x.text, x.indent)
        return i + 1
    if not hanging and not wrapped:
        return None
    if e.kind == "kv" and not e.text.strip() and not e.parts and split_kv(x.text) is not None:
        return None  # 「回答：」 over 「　分野：…」「　人員：…」: the labelled lines under an empty label are lines of their own
    e.append(x.text, hanging and not wrapped)  # a line cut at the width goes on, however deep its next part sits
    e.last_len = r.line_width(x)
    return i + 1


_FIGURE = re.compile(r"[0-9０-９]")
# a count that only says whose figure it is (「（四社合計）」「三社計」), not the entry's value
_COUNT_NOTE = re.compile(r"\s*(?:合計|計|の|分)")


def _has_value(text: str) -> bool:
    """Whether a name line carries a quantity as its value (「新規就農者数　年間六人」, kanji numerals too), not only a
    note on whose figure it is (「官民設備投資額　（四社合計）」)."""
    for q in find_quantities(text):
        inside = text.count("(", 0, q.start) + text.count("（", 0, q.start) > text.count(")", 0, q.start) + text.count(
            "）", 0, q.start
        )
        if not inside and not _COUNT_NOTE.match(text, q.end):
            return True
    return False


def _unmarked_entry(r: Reader, e: Draft, x: Line, set_in: bool) -> bool:
    """「◎官民設備投資額」 over 「　　R12年度（単年）：14億円」「　　累計：312億円」: labelled lines set in under an entry
    that only names something (no figure, no clause) are entries of their own under it, as if marked; so is a
    labelled line beside such an entry. Details under an entry with its figure (「KPI1 …　目標40件」 over
    「　担当：商工課」) go on with it."""
    if e.kind != "li" or split_kv(x.text) is None:
        return False
    if set_in:  # a name alone: no figure, no label, no value (「新規就農者数　年間六人」)
        bare = not _FIGURE.search(e.text) and split_kv(e.text) is None and not _has_value(e.text)
        return e.single and bare and nb.heading_like(e.text)
    return not e.marker and e.level > 1 and x.indent == e.indent


def _sibling(r: Reader, i: int, style: str) -> bool:
    for step in (-1, 1):
        y = r.adjacent(i, step)
        if y is not None:
            m = y.marker
            if m is not None and m.style == style:
                return True
    return False


HEADING_MARKS = frozenset("■□◆◇▼▽●○◎・★☆◉♦❖▶▷►➢➤※")  # 「※ 特定の理由」 over its text; a ※ note is a sentence
# marks that head sections in Japanese drafts (■ over □, ◆ over ◇): blank lines around them do not
# matter; the other marks make a heading only over content right under them
STRONG_MARKS = frozenset("■□◆◇")
SECTION_MARKS = HEADING_MARKS - frozenset("・※")  # marks that head sections, not entries of a list
MARK_HEADING_MAX = 30


def _near(r: Reader, i: int, step: int, strong: bool) -> Line | None:
    return r.line_at(i + step) if strong else r.adjacent(i, step)


def _mark_heading(r: Reader, i: int, x: Line, m: nb.Marker) -> bool:
    """A mark line is a heading when it is short and bare, has content under it, and no line of the
    same mark next to it (「■ 伸ばす産業」 over its text; 「■ A\n■ B」 is a list)."""
    if m.label not in HEADING_MARKS:
        return False
    if len(m.rest) > 2 and m.rest[-1] == m.label and nb.heading_like(m.rest[:-1]):
        return True  # 「■ 見出し ■」
    if len(m.rest) > MARK_HEADING_MAX or not nb.heading_like(m.rest):
        return False
    strong = m.label in STRONG_MARKS
    for step in (-1, 1):
        y = _near(r, i, step, strong)
        if y is not None and (n := y.marker) is not None and n.style == m.style:
            return False
    nxt = _near(r, i, 1, strong)
    if nxt is None:
        return _content_after_blank(r, i, m) if not strong else isinstance(_item(r, i + 1), Draft)
    if nb.underline_style(nxt.text) is not None:
        return False
    # content under it, not a line hanging from it (「・A社」 over 「　企画・製造」 is one entry)
    if nxt.gap or nxt.indent <= x.indent or _indented_paragraph(r, i + 1, x.indent):
        return True
    if strong and (x.gap or i == 0) and _indented_block_alone(r, i, x.indent):
        return True  # 「◇計画の期間」 after a blank line over indented lines that a blank line ends: a chapter, not an entry
    # a section mark the document has already headed sections with, over indented text: the same kind of heading
    # (「○地域へのインパクト」 over paragraphs indented by 字下げ, after 「○基本戦略」「○投資の具体像」)
    if m.label in SECTION_MARKS and m.style in r.heading_marks and nxt.marker is None:
        return True
    # a list of another mark indented under it (「○核となる事業者」 over 「　・A社」「　・B社」)
    return (n := nxt.marker) is not None and n.kind != "label" and n.style != m.style


def _indented_block_alone(r: Reader, i: int, indent: int) -> bool:
    """The lines under line i are plain text indented deeper than it and a blank line (or the end) closes them: no line
    of its own depth (a sibling entry 「■B社」) follows before the blank, and none is an entry of a list."""
    j = i + 1
    while (y := r.line_at(j)) is not None and (j == i + 1 or not y.gap) and y.indent > indent:
        if y.marker is not None:
            return False  # entries under it (「KPI①…」): a list whose head it is
        j += 1
    y = r.line_at(j)
    return j > i + 1 and (y is None or y.gap)


def _item(r: Reader, i: int) -> object:
    return r.items[i] if 0 <= i < len(r.items) else None


def _content_after_blank(r: Reader, i: int, m: nb.Marker) -> bool:
    """A lighter mark (○ ◎ ●) over a blank line: a heading when what follows is a table, an unmarked
    paragraph or a list of another mark, and the line before is not an entry of the same mark (「○ 該当する
    製品」, blank, its text)."""
    prev = r.line_at(i - 1)
    if prev is not None and (p := prev.marker) is not None and p.style == m.style:
        return False
    if m.style in r.heading_marks and (x := r.line_at(i)) is not None and (x.gap or i == 0):
        return True  # a mark the document already heads its chapters with, alone between blank lines: the next one
    nxt = _item(r, i + 1)
    if isinstance(nxt, Draft):
        return True
    if not isinstance(nxt, Line) or nb.underline_style(nxt.text) is not None:
        return False
    n = nxt.marker
    if n is None:
        return len(nxt.text) > len(m.rest)
    return n.kind == "mark" and n.style != m.style  # a list of another mark under it


def _indented_paragraph(r: Reader, i: int, indent: int) -> bool:
    """Line i opens a paragraph indented on its first line only (「　本文…」 hard-wrapped, its next line back at
    the mark's column, or one finished sentence): text under the heading, not an entry hanging from it."""
    y, x = r.adjacent(i, 1), r.line_at(i)
    if y is None or y.marker is not None:
        # a one-line paragraph: a finished sentence before a blank line, the end or the next marked line
        return x is not None and x.marker is None and nb.ends_sentence(x.text)
    return y.indent <= indent


def _at_width(r: Reader, x: Line) -> bool:
    """A line that runs to the width a text was hard-wrapped at goes on below: a heading is never cut there."""
    return r.width is not None and r.line_width(x) >= r.width - 1


def rule_marked(r: Reader, i: int, x: Line) -> int | None:
    m = x.marker
    if m is None:
        return None
    if m.kind == "label":  # 「KPI1 …」: an entry that keeps its label in its text
        r.list_item(x, "", x.text, x.indent)
        return i + 1
    nested = bool(r.lists) and x.indent > r.lists[-1].indent
    if not x.listed and not nested:
        if (m.kind == "number" and nb.heading_like(m.rest, m.style.startswith("question")) and not _sibling(r, i, m.style) and not _at_width(r, x)
                and not _goes_on_list(r, x, m) and not _restarts_list(r, x, m)
                and not record_entry(r, i, x, m)):
            r.heading(x, m.rest, m.style, m.label)
            return i + 1
        if m.kind == "mark" and _mark_heading(r, i, x, m):
            rest = m.rest[:-1].strip() if m.rest[-1] == m.label else m.rest
            r.heading(x, rest, m.style)
            r.heading_marks.add(m.style)
            return i + 1
    r.list_item(x, m.label, m.rest, x.indent)
    return i + 1


PART_STYLES = ("dai部", "dai編")  # a part of the document (「第2部 参考資料」): its chapters number anew


def _restarts_list(r: Reader, x: Line, m: nb.Marker) -> bool:
    """A number starting over inside a deeper subsection (levels.HeadingNumbers.restarts) that looks like a list there:
    indented, right under the subsection's heading or a line of its content (no blank line between), or after an entry.
    After a blank line and a standalone short line (「参考資料」「様式2-2」「別紙」) it starts a new part's chapters."""
    if not r.numbers.restarts(m.style, m.value):
        return False
    return x.indent > 0 or not x.gap or not r.out or not _separator(r.out[-1])


def _separator(d: Draft) -> bool:
    """A line standing alone before a blank (one source line, no sentence: 「様式2-2」, a rule under 「参考資料」), read as a
    paragraph, or an unnumbered heading (「【参考資料】」「■ 別紙」): what a part's title or a form's number looks like."""
    if d.kind == "heading":
        return d.number is None or d.style in PART_STYLES
    return d.kind == "p" and d.single and not nb.is_sentence(d.text)


def _goes_on_list(r: Reader, x: Line, m: nb.Marker) -> bool:
    """A number in the style of an open list entry at its own indent (「②」 after 「①」 and the lines hanging from it)
    is that list's next entry, not a heading."""
    for d in r.lists:
        prev = nb.split_marker(f"{d.marker} x") if d.marker and d.indent == x.indent else None
        if prev is not None and prev.style == m.style:
            return True
    return False


def rule_listed(r: Reader, i: int, x: Line) -> int | None:
    """A Word list paragraph whose number or bullet is Word's own and not in its text."""
    if not x.listed:
        return None
    m = x.marker
    if m is None or m.kind == "label":
        r.list_item(x, "", x.text, x.indent)
    else:
        r.list_item(x, m.label, m.rest, x.indent)
    return i + 1


BRACKETS = ("【】", "〔〕", "［］")
BRACKET_MAX = 42
ROUND_MIN, ROUND_MAX = 4, 20  # a label in round brackets: longer than 「（素案）」「（参考）」, shorter than a note
_NOT_ROUND_LABEL = re.compile(r"[0-9０-９一二三四五六七八九十\s\u3000]|案")  # a date, a count, a cover's note


def rule_bracket(r: Reader, i: int, x: Line) -> int | None:
    """A short line wholly in 【】, 〔〕 or ［］: a heading (its number, if any, split off:
    「【１　産業の領域】」 is heading 「産業の領域」 numbered 「１」)."""
    t = x.text
    for a, b in BRACKETS:
        if t[:1] == a and t.endswith(b) and t.find(b) == len(t) - 1 and 2 < len(t) <= BRACKET_MAX:
            inner = t[1:-1].strip()
            if nb.heading_like(inner):
                m = nb.split_marker(inner)
                if m is not None and m.kind == "number":
                    r.heading(x, m.rest, a + m.style, m.label)
                else:
                    r.heading(x, inner, "bracket-whole" + a)
                return i + 1
    # 「（核となる区域）」「（効果検証）」: a label wholly in round brackets on a line of its own, words only (not
    # 「（案）」「（参考）」「（令和8年7月）」「（単位：億円）」「（地域産業クラスター計画　素案）」)
    if t[:1] in "(（" and t[-1:] in ")）" and not re.search(r"[(（)）]", t[1:-1]):
        inner = t[1:-1].strip()
        if ROUND_MIN <= len(inner) <= ROUND_MAX and not _NOT_ROUND_LABEL.search(inner) and nb.heading_like(inner):
            r.heading(x, inner, "bracket-whole" + t[0])
            return i + 1
    return None


def rule_bold(r: Reader, i: int, x: Line) -> int | None:
    if not x.bold or len(x.text) > 40:
        return None
    if not nb.heading_like(x.text):
        if not _bold_sentence_heading(r, i, x):
            return None
        r.heading(x, x.text, "sentence-bold")  # a style of its own: these head the draft's parts, one level
        return i + 1
    m = x.marker
    if m is not None and m.kind == "number":
        r.heading(x, m.rest, m.style, m.label)
    elif m is not None:
        r.heading(x, m.rest, "bold")
    else:
        r.heading(x, x.text, "bold")
    return i + 1


BOLD_BODY_MIN = 10  # characters of the text under a bold sentence that heads it


def _bold_sentence_heading(r: Reader, i: int, x: Line) -> bool:
    """A short sentence set in bold as a paragraph of its own, with text under it (「**まず、この村で何を伸ばしたいの
    かについてです。**」): a narrative draft's heading, written as a sentence."""
    nxt = r.line_at(i + 1)
    return (x.gap or i == 0) and nxt is not None and nxt.gap and not nxt.bold and len(nxt.text) >= BOLD_BODY_MIN


def rule_key_value(r: Reader, i: int, x: Line) -> int | None:
    kv = split_kv(x.text)
    if kv is None:
        return None
    r.close()
    d = Draft("kv", x.no, kv[1], gap=x.gap, key=kv[0], indent=x.indent)
    d.last, d.last_len = x.text, r.line_width(x)
    r.emit(d)
    r.entry = d
    return i + 1


BARE_MAX = 40


INDENT_HEAD_MAX = 20  # a label over indented text: a short name, no sentence
_INDICATOR_ENTRY = re.compile(r"(?:KPI|KGI|指標)\s*[0-9①-⑳]|<\s*(?:KPI|KGI)")  # 「＜ＫＰＩ１＞…」, not a bare 「ＫＰＩ」


# a heading that names one thing (a period, a body, a name): the line set in under it is that thing, no label
_VALUE_HEADING = re.compile(r"(?:期間|期限|時期|年度|主体|者|名称|名|機関|団体|組織|所在地|住所|連絡先|担当)$")
# a name in its legal form or a public body (「山峡ゆず加工株式会社」「山峡町」「（連携：山峡町商工会）」)
_NAME_FORM = re.compile(
    r"株式会社|有限会社|合同会社|合資会社|合名会社|[（(][株有][）)]|法人|組合|商工会|協会|協議会|[都道府県市区町村]$"
)
_DATE_WORD = re.compile(r"令和|平成|昭和|年度|[0-9０-９]|[年月日]$")


def _set_in_value(heading: str, text: str) -> bool:
    """The line set in under a numbered heading is its value, not a label: the heading names one thing, or the line
    holds a figure or a date, or a name in its legal form."""
    t = text.strip(" \u3000")
    return bool(_VALUE_HEADING.search(heading.strip()) or _DATE_WORD.search(t) or _NAME_FORM.search(t))


def _labelled_sibling(r: Reader, i: int, x: Line) -> bool:
    """The line right above is a label and its value at the same indent, after a colon or a run of spaces (「　地域：北股
    地区」「　地域　　南谷地区」 over 「　事業者」): the two are sibling labels of one part, the second one's values set out on
    the lines under it; or it is the numbered heading the label stands under, set further out."""
    prev = r.adjacent(i, -1)
    head = r.out[-1] if r.out else None
    if prev is not None and head is not None and head.kind == "heading" and head.number and head.line == prev.no and prev.indent < x.indent:
        # the first label under a numbered heading set further out (「(3) 仕組みづくり」 over 「　相談窓口」) opens a part;
        # under a cover label (「【策定主体】」) the line set in is its value, and so is a date, a figure or a name
        # (「(1) 計画期間」 over 「　令和8年度～12年度」, 「(2) 策定主体」 over 「　山峡町」)
        return not _set_in_value(head.text, x.text)
    if prev is None or prev.indent != x.indent or prev.marker is not None:
        return False
    return split_kv(prev.text) is not None or _SPACED_RECORD.match(prev.text) is not None


def rule_indent_heading(r: Reader, i: int, x: Line) -> int | None:
    """Under a chapter heading, a short bare label indented with spaces, after a blank line (or at the indent of such a
    label before it: a sibling), over lines indented deeper (「　特定の理由」 over 「　　北川村ゆず王国は…」): the outline
    told by indentation alone, a heading one level down."""
    if not r.headed or x.marker is not None or x.listed or x.indent == 0 or len(x.text) > INDENT_HEAD_MAX:
        return None
    if not x.gap and f"indent{x.indent}" not in r.heading_styles and not _labelled_sibling(r, i, x):
        return None  # (a label opening a part stands after a blank line: 「【策定主体】」 over 「　○○協議会」 is its value)
    if _INDICATOR_ENTRY.search(unicodedata.normalize("NFKC", x.text)):
        return None  # 「＜ＫＰＩ１＞研ぎ職人の新規育成数」 over its fields: an indicator's entry, read as one
    nxt = r.adjacent(i, 1) or r.line_at(i + 1)  # (a blank line may stand between the label and its table)
    if nxt is None or nxt.indent <= x.indent or not nb.heading_like(x.text) or nb.is_sentence(x.text):
        return None
    r.heading(x, x.text, f"indent{x.indent}")
    return i + 1


def rule_bare(r: Reader, i: int, x: Line) -> int | None:
    """In a document with no marked headings, a short bare line alone between blank lines is one;
    the blank lines above it give its style (two blank lines before a chapter, one before a part)."""
    if not r.bare or not (x.gap or i == 0) or len(x.text) > BARE_MAX or not nb.heading_like(x.text):
        return None
    nxt = r.items[i + 1] if i + 1 < len(r.items) else None
    if isinstance(nxt, Line) and not nxt.gap:
        return None
    r.heading(x, x.text, "bare" + str(min(x.blanks, 2)) if i else "bare-first")
    return i + 1


def _stops_mid_clause(text: str) -> bool:
    """The line stops on a particle or a verb's 連用形 (「…３割を」「…進めており」): the sentence goes on. A finished
    predicate (「…厳しい状況にある」) or a noun does not, though it is hiragana too."""
    if not text or not _hiragana(text[-1]):
        return False
    morphs = [m for m in tokenizer().tokenize(text[-40:]) if m.surface().strip()]
    if not morphs:
        return False
    pos = morphs[-1].part_of_speech()
    return (pos[0] == "助詞" and pos[1] != "終助詞") or pos[5].startswith("連用形")


def _hiragana(c: str) -> bool:
    return "\u3041" <= c <= "\u309f"


def _katakana(c: str) -> bool:
    return "\u30a1" <= c <= "\u30fa" or c == "ー" or "\uff66" <= c <= "\uff9f"


def rule_wrapped(r: Reader, i: int, x: Line) -> int | None:
    """In a text hard-wrapped at a fixed width, a line that opens with 「・」 inside a word (「アジア・インテリジェント」
    cut as 「…インテリジェント」/「・フード事業」), or inside a bracket the cut left open, goes on with the paragraph cut
    at the width: no list starts there."""
    p = r.para
    if p is None or r.width is None or not x.join or not x.text.startswith("・") or x.text[1:2] in ("", " ", "\u3000"):
        return None
    joins = (_katakana(p.last[-1]) and _katakana(x.text[1])) or unclosed_bracket(p.last)
    if r.text_width(p.last) < r.width - 1 or not r.cut(p.last) or not joins:
        return None  # 「・」 joins katakana words, or a list inside an open bracket (「海外（中国」/「・台湾）から」)
    p.append(x.text)
    return i + 1


def rule_plain(r: Reader, i: int, x: Line) -> int | None:
    p = r.para
    if p is not None and x.join and _joins(r, p, x):
        p.append(x.text)
        p.indent = x.indent
        return i + 1
    r.close()
    d = Draft("p", x.no, x.text, gap=x.gap, indent=x.indent)
    d.last = x.text
    r.emit(d)
    r.para = d
    return i + 1


_SHORT_LABEL = 20


# a line set out as a record: a short head, then a space or a run of spaces, then the rest (「独自KGI　輸出額　18億円」;
# 「特定の理由 3造船所と…」 from a table cell a PDF's text flattened)
_RECORD = re.compile(r"^[^\s。]{1,24}(?:\u3000+| +)\S")
# a label set off from its value by a run of spaces or a full-width space, not one space inside a phrase (「本町の林業
# 現状と課題」): what a table's label and value or a sibling label line must be
_SPACED_RECORD = re.compile(r"^[^\s。]{1,24}(?:\u3000+| {2,})\S")
_RECORD_FIGURE = re.compile(r"(?:\u3000| {2,})[^\s]{0,4}[0-9０-９][0-9０-９,，.．]*\s*(?:[兆億万千百]?円|人|名|社|件|%|％|倍|隻|基|台|トン|ha)$")


def _joins(r: Reader, p: Draft, x: Line) -> bool:
    """A plain line goes on with the paragraph above unless that one finished a sentence, it is on the cover and
    the one above was not cut at a wrap width, the line
    is indented as a new paragraph (deeper, or set in with a full-width space under a line not cut at a wrap), the paragraph is a short label over it, or both are records set
    out with spaces (「KGI（必須）付加価値増加額　●●百万円」 over 「独自KGI　輸出額　…」), which a wrap never makes."""
    prev = p.last
    if nb.ends_sentence(prev) or x.indent > p.indent:
        return False
    if x.set_in and not r.cut(prev) and not _stops_mid_clause(prev):
        # a line set in with a full-width space (字下げ) begins anew, unless the line above was cut at a wrap or stops on
        # a particle or an inflection (「…果汁売上の３割を」 over 「　　超えないよう、…」: a paragraph indented as a block)
        return False
    if not r.headed and not r.cut(prev):
        return False  # a cover stacks short lines (name, subtitle, note, author, date): none goes on with the next
    if _RECORD.match(prev) and _RECORD.match(x.text) and (not r.cut(prev) or _RECORD_FIGURE.search(prev)):
        return False  # (a record ending in its figure after a wide gap ends there, whatever its width)
    return not (p.single and len(prev) <= _SHORT_LABEL and nb.heading_like(prev) and not r.cut(prev))


RULES = [
    rule_explicit,
    rule_page,
    rule_appendix,
    rule_csv_table,
    rule_tab_form,
    rule_table,
    rule_spaced_table,
    rule_underlined,
    rule_wrapped,
    rule_listed,
    rule_bold,
    rule_continuation,
    rule_marked,
    rule_bracket,
    rule_key_value,
    rule_indent_heading,
    rule_bare,
    rule_plain,
]


def _bare_candidates(items: list) -> int:
    """Short lines with a blank line (or the start) above and below: a cheap count before a re-read."""
    n = 0
    for i, x in enumerate(items):
        if isinstance(x, Line) and (x.gap or i == 0) and len(x.text) <= BARE_MAX:
            nxt = items[i + 1] if i + 1 < len(items) else None
            n += not (isinstance(nxt, Line) and not nxt.gap)
    return n


def read_lines(items: list, warnings: list[str]) -> list[Draft]:
    """Lines and ready drafts → drafts of headings and blocks, in document order. A document with
    no heading of any kind is read again with bare short lines between blank lines as headings."""
    drafts = Reader(items, warnings, RULES).run()
    if any(d.kind == "heading" for d in drafts) or _bare_candidates(items) < 2:
        return drafts
    bare = Reader(items, [], RULES, bare=True).run()
    heads = sum(1 for d in bare if d.kind == "heading")
    # headings head content: most of them have a block right under them, not just another heading
    over_content = sum(1 for a, b in zip(bare, bare[1:], strict=False) if a.kind == "heading" != b.kind)
    if heads < 2 or 2 * over_content < heads:
        return drafts
    warnings.append("no marked headings: short lines alone between blank lines read as headings")
    return bare
