"""Rows of a space-aligned table that the writer's spacing let slip: fitted to the header's width.

A text table is typed with runs of spaces, and a long name pushes its row out of line: one space where two
were meant (「官民設備投資額（累計）　―　　　78億円」), or none (「導入社数（企業計）1,650社　　2,600社」), or a space
inside the name. Such a row is still a row of the table above it when, split at every space and with a figure
glued to the name taken off, its last cells are values (figures, 「―」) and what is left before them fills the
leading columns: the cells before the name column one token each, the name the rest joined. Prose never fits:
a cell over 40 characters or a sentence's 「。」 refuses the row.
"""

from __future__ import annotations

import re

from .lines import columns
from .text_rows import ALIGN_SPLIT

_ANY_SPACE = re.compile(r"[ \t\u3000]+")
_UNITS = r"兆円|億円|百万円|千万円|万円|千円|円|万人|千人|人|名|社|件|%|％|t|トン|基|台|ha|本|個|回|店|棟|軒|者|施設|拠点|倍|割|か所|箇所"
# a figure, also one written with 億・万 inside (「１億3,500万円」「4億1,900万円」)
_FIGURE = rf"(?:約|年間|累計|年)?[0-9０-９][0-9０-９,，.．]*(?:[兆億万][0-9０-９][0-9０-９,，.．]*)*\s*(?:{_UNITS})?(?:以上|以下|程度|超)?"
_VALUE = re.compile(rf"(?:{_FIGURE}|[―－\-—‐–ー]|[〇○●]+|未定|調整中|検討中|[-－]+)")
# a figure glued to the text before it: 「（核となる企業計）1,650社」
_GLUED = re.compile(rf"(?<=[^\s0-9０-９,，.．約年累計間兆億万])({_FIGURE})$")
MAX_CELL = 40
CLASS_CELL_MAX = 8  # a class or number cell before the name (「必須KGI」「波及」「No.3」)


def is_value(cell: str) -> bool:
    return bool(_VALUE.fullmatch(cell.strip()))


def _tokens(text: str) -> list[str]:
    out: list[str] = []
    for t in _ANY_SPACE.split(text.strip()):
        if not t:
            continue
        m = _GLUED.search(t)
        if m and m.start() > 0 and not is_value(t[: m.start()]):
            out += [t[: m.start()], m.group(1)]
        else:
            out.append(t)
    return out


def fit_row(text: str, width: int, name_at: int = 0) -> list[str] | None:
    """The row's `width` cells, the name cell at `name_at`, or None when the line is no row of the table."""
    s = (text or "").strip()
    if width < 3 or not s or s.endswith("。") or "。" in s:
        return None
    toks = _tokens(s)
    if len(toks) < width or any(len(t) > MAX_CELL for t in toks):
        return None
    tail = width - name_at - 1  # the cells after the name
    values = toks[len(toks) - tail :] if tail else []
    if tail and not all(is_value(v) for v in values):
        return None
    lead = toks[: len(toks) - tail]
    if len(lead) < name_at + 1 or any(len(t) > CLASS_CELL_MAX and not is_value(t) for t in lead[:name_at]):
        return None  # the cells before the name are a class or a number (「必須KGI」「3」), never a name
    name = "".join(lead[name_at:])
    if is_value(name):
        return None
    return [*lead[:name_at], name, *values]


_CLASS_LABELS = frozenset(["区分", "分類", "種別", "種類", "No", "No.", "番号", "#", "項番"])


def name_column(rows: list[list[str]]) -> int:
    """Where the names are in the rows read so far: the last text cell before a body row's first value, else after a
    class or number column of the header (a row of text only — 「KPI | 目標 | 期限 | 担当 | 撤退基準」, each cell
    words — has its name first, not in its last text cell)."""
    for row in rows[1:]:
        values = [i for i, c in enumerate(row) if c.strip() and is_value(c)]
        texts = [i for i, c in enumerate(row) if c.strip() and not is_value(c) and (not values or i < values[0])]
        if texts and values:
            return texts[-1]
    return 1 if rows and rows[0] and rows[0][0].strip() in _CLASS_LABELS else 0


_SPACE_RUN = re.compile(r"[ \u3000]+")
_SLACK = 2  # display columns a cell may start left of its header's (one full-width character)


def _starts(text: str, indent: int, gap: re.Pattern[str]) -> list[tuple[int, str]]:
    """(display column, text) of each piece of a line between runs of `gap`."""
    out, at = [], 0
    for m in gap.finditer(text):
        if m.start() > at:
            out.append((indent + columns(text[:at]), text[at : m.start()]))
        at = m.end()
    if at < len(text):
        out.append((indent + columns(text[:at]), text[at:]))
    return out


def by_header(header: str, header_indent: int, row: str, row_indent: int, width: int) -> list[str] | None:
    """The row's cells placed under the header's columns by where each piece starts (「令和11年度　板柳町産業振興課」
    under 「期限」 and 「担当」: one full-width space between two cells; a last cell left blank). None when the
    header is not `width` cells (three or more: two are a label and its value, 「担当部署　商工課」), or a piece
    would fall before the first column or make a sentence, or the header holds a figure."""
    heads = _starts(header, header_indent, ALIGN_SPLIT)
    cols = [c for c, _ in heads]
    pieces = _starts(row.rstrip(), row_indent, _SPACE_RUN)
    if width < 3 or len(cols) != width or any(is_value(h) for _, h in heads):
        return None  # a first line holding figures is a row of its own, no header to place others under
    if "\t" in row or not pieces or pieces[0][0] + _SLACK < cols[0]:
        return None
    cells: list[list[str]] = [[] for _ in cols]
    for start, piece in pieces:
        k = max(i for i, c in enumerate(cols) if c <= start + _SLACK) if start + _SLACK >= cols[0] else 0
        cells[k].append(piece)
    out = [" ".join(c) for c in cells]
    if sum(1 for c in out if c) < 2 or any(len(c) > MAX_CELL or "。" in c for c in out):
        return None
    return out
