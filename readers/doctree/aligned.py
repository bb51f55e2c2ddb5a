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

_ANY_SPACE = re.compile(r"[ \t\u3000]+")
_UNITS = r"兆円|億円|百万円|千万円|万円|千円|円|万人|千人|人|名|社|件|%|％|t|トン|基|台|ha|本|個|回|店|棟|軒|者|施設|拠点|倍|割|か所|箇所"
# a figure, also one written with 億・万 inside (「１億3,500万円」「4億1,900万円」)
_FIGURE = rf"(?:約|年間|累計|年)?[0-9０-９][0-9０-９,，.．]*(?:[兆億万][0-9０-９][0-9０-９,，.．]*)*\s*(?:{_UNITS})?(?:以上|以下|程度|超)?"
_VALUE = re.compile(rf"(?:{_FIGURE}|[―－\-—‐–ー]|[〇○●]+|未定|調整中|検討中|[-－]+)")
# a figure glued to the text before it: 「（核となる企業計）1,650社」
_GLUED = re.compile(rf"(?<=[^\s0-9０-９,，.．約年累計間兆億万])({_FIGURE})$")
MAX_CELL = 40


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
    if len(lead) < name_at + 1:
        return None
    name = "".join(lead[name_at:])
    if is_value(name):
        return None
    return [*lead[:name_at], name, *values]


_CLASS_LABELS = frozenset(["区分", "分類", "種別", "種類", "No", "No.", "番号", "#", "項番"])


def name_column(rows: list[list[str]]) -> int:
    """Where the names are in the rows read so far: the last text cell of a body row, else after a class or
    number column of the header."""
    for row in rows[1:]:
        texts = [i for i, c in enumerate(row) if c.strip() and not is_value(c)]
        if texts:
            return texts[-1]
    return 1 if rows and rows[0] and rows[0][0].strip() in _CLASS_LABELS else 0
