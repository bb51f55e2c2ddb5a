"""Table rows drawn in text: pipes, box-drawing frames, tabs or aligned spaces → rows of cells.

A text table is read line by line (line_rules.rule_table); this module says what a line's cells are, whether
a line is a rule, and how the lines between rules become rows (a row written over several lines, a name
wrapped onto a line of blank cells, a header over two lines above a body of a row per line).
"""

from __future__ import annotations

import csv
import re

from .lines import join_separator

PIPES = "|｜│┃"
_RULE_CHARS = frozenset("-=:|｜+─━│┃┌┐└┘├┤┬┴┼╋┏┓┗┛┣┫┳┻╂╀╁┠┨┯┷┿ 　\t＋－＝―—")
_DASHES = frozenset("-=─━－＝―—")  # 「――――」 (horizontal bars, as a Japanese IME types a rule) too
ALIGN_SPLIT = re.compile(r"\t+|[ \u3000]{2,}")
_ESCAPED_PIPE = "\x00"


def is_rule(text: str) -> bool:
    """「|---|---|」「┌──┬──┐」「+----+」: a drawn rule between table rows."""
    s = text.strip()
    if len(s) < 3 or s[0] not in _RULE_CHARS or s[-1] not in _RULE_CHARS:
        return False
    return all(c in _RULE_CHARS for c in s) and sum(1 for c in s if c in _DASHES) >= 2


def split_pipe_row(text: str, strip: bool = True) -> list[str] | None:
    """Cells of a row drawn with 「|」「｜」「│」「┃」 (it must start with one); None otherwise. `strip=False` keeps
    each cell's padding (how far its text stops short of the cell's edge)."""
    s = text.strip()
    if len(s) < 2 or s[0] not in PIPES:
        return None
    s = s.replace("\\|", _ESCAPED_PIPE)
    for p in PIPES[1:]:
        s = s.replace(p, "|")
    s = s[1:]
    if s.endswith("|"):
        s = s[:-1]
    cells = [c.replace(_ESCAPED_PIPE, "|") for c in s.split("|")]
    return [c.strip() for c in cells] if strip else cells


INNER_CELL_MAX = 60  # a cell of a table drawn with pipes between its cells only: a short datum, no sentence


def split_inner_pipe_row(text: str, strip: bool = True) -> list[str] | None:
    """Cells of a row drawn with 「｜」 between its cells only (「項目　　｜基準値（令和７年度）｜目標値」, the way a 公用文 text
    draws a table): two cells at least, none a sentence or longer than a datum; None otherwise."""
    s = text.strip()
    if len(s) < 3 or s[0] in PIPES or not any(p in s for p in PIPES):
        return None
    cells = split_pipe_row("|" + s, strip=False) or []
    body = [c.strip() for c in cells]
    if len(body) < 2 or not body[0] or any(len(c) > INNER_CELL_MAX or c.endswith("。") for c in body):
        return None
    return body if strip else cells


def split_aligned_row(text: str) -> list[str] | None:
    """Cells of a row aligned with tabs or two or more spaces; None for one cell or prose cells. A row whose
    cells a tab separates (a spreadsheet pasted as text) keeps its empty cells and its long ones: the tab, not
    the spacing, draws the cell."""
    tabbed = text.strip(" \u3000\r\n")
    if "\t" in tabbed and "\t\t\t\t\t" not in tabbed:
        cells = [c.strip() for c in tabbed.split("\t")]
        return cells if sum(1 for c in cells if c) >= 2 else None
    cells = ALIGN_SPLIT.split(text.strip())
    if len(cells) < 2 or any(len(c) > 40 or c.endswith("。") for c in cells):
        return None
    return cells


def ruled_rows(rows: list[list[str]], breaks: list[int]) -> list[list[str]]:
    """A box-drawn table that rules off each row (「├──┼──┤」 between body rows) writes a row's cells over several
    lines: the lines between two rules are one row, each cell's pieces joined as a wrapped line is. A table ruled
    only under its header keeps one row per line. Cells come padded as drawn and leave stripped."""
    cuts = sorted({b for b in breaks if 0 < b < len(rows)})
    if not any(b >= 2 for b in cuts):
        return wrapped_names(_wrapped_cells(rows, cuts[0] if cuts else 0) if breaks else rows)
    if len(cuts) == 1 and len(rows) - cuts[0] >= 3:
        # ruled only under a header of several lines: the header is one row, the body one row per line
        return _one_row(rows[: cuts[0]]) + continued_rows(rows[cuts[0] :])
    out = []
    for a, b in zip([0, *cuts], [*cuts, len(rows)], strict=True):
        out += _one_row(rows[a:b])
    return out


def _one_row(group: list[list[str]]) -> list[list[str]]:
    """The lines between two rules as one row, each cell's pieces joined as a wrapped line is."""
    if len({len(g) for g in group}) != 1:
        return [[c.strip() for c in g] for g in group]  # lines of different widths are not one row cut into lines
    merged = []
    for col in zip(*group, strict=True):
        text, short = "", False
        for raw in col:
            piece = raw.strip()
            if piece:
                # a line that stopped well short of its cell's edge was broken there on purpose (a name over
                # its target: 「修了者数 年六十人　　　」 over 「（令和9年度以降）」): a space, not a wrap
                text += (" " if text and short else join_separator(text, piece)) + piece
                short = _padding(raw) >= CELL_BREAK_PAD
        merged.append(text)
    return [merged]


WRAP_PAD = 2  # columns of padding or fewer after a cell's text: the text ran to the cell's edge and wrapped


def _wrapped_cells(rows: list[list[str]], body: int) -> list[list[str]]:
    """Body lines of a box-drawn table that rules off only its header: a line whose first cell is blank and whose
    every other piece stands under a cell written to its edge (「令和10年度に18t未満」 over 「なら設備支援を縮小」)
    continues those cells; a piece under a short cell (「投資額　　　」 over 「付加価値額」) is a row of its own."""
    out: list[list[str]] = rows[:body]
    last: list[str] | None = None  # the raw cells of the line above, as drawn
    for row in rows[body:]:
        above = out[-1] if out and len(out) > body else None
        pieces = [i for i, c in enumerate(row) if c.strip()]
        if (above is not None and last is not None and len(row) == len(above) and pieces and not row[0].strip()
                and all(last[i].strip() and _padding(last[i]) <= WRAP_PAD for i in pieces)):
            out[-1] = [a if not c.strip() else a.rstrip() + join_separator(a.strip(), c.strip()) + c.strip() + " "
                       for a, c in zip(above, row, strict=True)]
        else:
            out.append(list(row))
        last = row
    return out


_JOINS_ON = ("の", "・", "、", "及び", "と", "（", "(")


def continued_rows(rows: list[list[str]]) -> list[list[str]]:
    """Body lines of a table ruled only under its header: one row a line, but a line with no row label (its
    first cell blank) or under a label cut mid-phrase (「バリューチェーン上の」 over 「役割」) continues the row
    above, cell by cell."""
    out: list[list[str]] = []
    for row in wrapped_names(rows):
        above = out[-1] if out else None
        if above is not None and len(row) == len(above) and any(row) and (not row[0] or above[0].endswith(_JOINS_ON)):
            for i, piece in enumerate(row):
                if piece:
                    above[i] += join_separator(above[i], piece) + piece
            continue
        out.append(row)
    return out


def wrapped_names(rows: list[list[str]]) -> list[list[str]]:
    """A table ruled only under its header wraps a long name onto an indented line of its own, whose other cells
    are blank (「｜③計画での産業ニーズに即した｜40人｜90人」 over 「｜　産業人材育成数（年度）｜　｜　｜」): that line
    continues the name of the row above. Cells come padded as drawn and leave stripped."""
    out: list[list[str]] = []
    for row in rows:
        cells = [c.strip() for c in row]
        above = out[-1] if out else None
        if (
            above is not None and 1 < len(cells) <= len(above) and cells[0] and not any(cells[1:])
            and row[0][:1] in " \u3000" and above[0] and any(above[1:])
        ):
            above[0] += join_separator(above[0], cells[0]) + cells[0]
            continue
        out.append(cells)
    return out


CELL_BREAK_PAD = 4  # columns of padding after a cell's text that mark a deliberate line break


def _padding(raw: str) -> int:
    """Columns of blank after a cell's text (a full-width space is two)."""
    tail = raw[len(raw.rstrip()) :]
    return sum(2 if c == "\u3000" else 1 for c in tail)


SPACED_MIN_CELLS = 3  # a row of a table flattened to single spaces (text pasted from a PDF) has this many cells
_CJK = re.compile(r"[\u3040-\u30ff\u4e00-\u9fff]")
_NOT_SPACED = re.compile(r"[。：:\u3000\t]")


def spaced_row(text: str) -> list[str] | None:
    """The cells of a row whose cells a PDF's text layer left separated by one space, if the line can be one: three
    cells or more; a sentence, a key：value line or one aligned with full-width spaces is no such row."""
    cells = text.split(" ")
    if len(cells) < SPACED_MIN_CELLS or not all(cells) or not _CJK.search(text) or _NOT_SPACED.search(text):
        return None
    return cells


CSV_MIN_CELLS = 3  # a line of comma-separated values: three cells at least (「指標,現状値,目標値」)
CSV_CELL_MAX = 120
# a figure's thousands cut in two by the split (「1,250億円」 read as 「1」「250億円」): prose, not a row
_CUT_FIGURE = re.compile(r"^[0-9]{3}(?![0-9])")


def csv_cells(text: str, delimiter: str = ",", width: int | None = None) -> list[str] | None:
    """The cells of a line pasted from a spreadsheet as delimited values (quoted cells may hold the delimiter or a
    line break), or None when the line is no such row; under a header `width` cells wide, an unquoted figure split
    at its thousands separator is joined back."""
    if text.count(delimiter) < CSV_MIN_CELLS - 1:
        return None
    try:
        cells = next(csv.reader([text], delimiter=delimiter))
    except (csv.Error, StopIteration):
        return None
    if len(cells) < CSV_MIN_CELLS or any(len(c) > CSV_CELL_MAX for c in cells):
        return None
    if width is not None:
        cells = _thousands_joined(cells, width)
    if delimiter == "," and any(_CUT_FIGURE.match(b) and a[-1:].isdigit() for a, b in zip(cells, cells[1:], strict=False)):
        return None
    return [" ".join(c.split()) for c in cells]


def _thousands_joined(cells: list[str], width: int) -> list[str]:
    """A row wider than its header because an unquoted figure's thousands separator split it (「…,2029年10月,1,150」):
    the pieces joined back, from the right, until the row fits."""
    out = list(cells)
    k = len(out) - 1
    while len(out) > width and k > 0:
        if re.fullmatch(r"[0-9]{1,3}", out[k - 1]) and re.fullmatch(r"[0-9]{3}(?:[.][0-9]+)?", out[k]):
            out[k - 1 : k + 1] = [f"{out[k - 1]},{out[k]}"]
        k -= 1
    return out
