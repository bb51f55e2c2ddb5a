"""Tables typed with spaces in a text file: a header line of column labels and the lines under it.

「ＫＰＩ　　　　目標　　　期限　　　担当」 over 「熟成庫の稼働　　２万本　　令和１０年度　協議会事務局」 is a
table the text reader could not see (the label column of the header left empty, or rows that are list entries).
A header is a line of three or more short cells set apart by runs of spaces, two of them column labels the
indicator tables know; the rows are the lines under it that split the same way. A row with one cell fewer than
the header leaves the name column's label out; a row that splits into too few cells at runs of spaces is split
at single ideographic spaces when that gives the header's count.
"""

from __future__ import annotations

import re

from chiiki_mirai.readers.statements.indicators.tables import NUMBER_MARK, Column, Row, bare_years, column_of
from chiiki_mirai.readers.statements.indicators.zones import Zoned

_WIDE = re.compile(r"(?:[ \t]{2,}|\u3000{2,}|\u3000[ \t]|[ \t]\u3000)[ \t\u3000]*")
_NARROW = re.compile(r"[\u3000]+")
MAX_CELLS = 12


def cells(text: str) -> list[str]:
    return [c.strip() for c in _WIDE.split((text or "").strip()) if c.strip()][: MAX_CELLS + 1]


def _header(text: str) -> list[Column] | None:
    cs = cells(text)
    if not 3 <= len(cs) <= MAX_CELLS or any(len(c) > 24 for c in cs):
        return None
    cols = [column_of(c) for c in cs]
    known = [c for c in cols if c.fields != ("value",) or c.year or c.role == "current" or "目標" in c.label]
    return cols if len(known) >= 2 else None


def _row(text: str, cols: list[Column]) -> list[str] | None:
    cs = cells(text)
    if len(cs) < len(cols):
        narrow = [c.strip() for c in _NARROW.split(text.strip()) if c.strip()]
        if len(narrow) == len(cols) or (len(cs) < len(cols) - 1 and len(narrow) == len(cols) - 1):
            cs = narrow
    if len(cs) < 2 or len(cs) > len(cols) or len(cs) < len(cols) - 1:
        return None
    return cs if len(cs) == len(cols) else ["", *cs] if cols[0].fields != ("name",) else [*cs, ""]


def aligned_rows(zoned: list[Zoned], zone: str) -> tuple[dict[int, Row], set[int]]:
    """(index of each row unit → its Row, indices of header units) for the space-aligned tables of a zone."""
    rows: dict[int, Row] = {}
    headers: set[int] = set()
    i = 0
    while i < len(zoned):
        z = zoned[i]
        cols = _header(z.unit.text) if zone in z.zones and z.unit.kind in ("sentence", "item", "kv") else None
        if cols is None:
            i += 1
            continue
        cols = bare_years(cols)
        if cols[0].fields == ("value",) and cols[0].year is None and cols[0].role == "target":
            cols[0] = Column(cols[0].label, ("name",))  # 「ＫＧＩ」「指標」 or an unnamed first column
        j = i + 1
        while j < len(zoned) and zoned[j].unit.kind in ("sentence", "item"):
            cs = _row(zoned[j].unit.text, cols)
            if cs is None:
                break
            name_at = next((k for k, c in enumerate(cols) if "name" in c.fields), 0)
            name = NUMBER_MARK.sub("", cs[name_at]).strip()
            rows[j] = Row(name, "", tuple((c, v) for k, (c, v) in enumerate(zip(cols, cs, strict=False)) if k != name_at))
            j += 1
        if j > i + 1:
            headers.add(i)
        i = j
    return rows, headers
