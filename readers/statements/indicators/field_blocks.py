"""An indicator written as labelled lines, one field per line, read as one table row.

Forms and their printouts write each indicator as a block (「KGI(1)」 over 「指標名：…」「目標値：…」「目標年度：…」):
the line keyed by the name opens the row, and each next key：value line of the same zone is a cell of it, its key
read as a table's column label is read — until a line that is no key：value line or another name.
"""

from __future__ import annotations

from chiiki_mirai.core.text.normalize import nfkc
from chiiki_mirai.readers.statements.indicators.tables import MAX_FIELDS, NAME_KEY, Row, column_of
from chiiki_mirai.readers.statements.indicators.zones import Zoned


def _key(z: Zoned) -> str:
    return nfkc(z.unit.key or "").strip() if z.unit.kind == "kv" else ""


def field_blocks(zoned: list[Zoned], zone: str) -> tuple[dict[int, Row], set[int]]:
    """(the row each block's name line starts, the indices of the field lines it took) in `zone`."""
    rows: dict[int, Row] = {}
    taken: set[int] = set()
    for i, z in enumerate(zoned):
        if i in taken or zone not in z.zones or not NAME_KEY.fullmatch(_key(z)) or not z.unit.value.strip():
            continue
        cells = []
        for j in range(i + 1, min(len(zoned), i + 1 + MAX_FIELDS)):
            y = zoned[j]
            key = _key(y)
            if not key or NAME_KEY.fullmatch(key) or not (y.zones & {zone, "kgi", "kpi"}):
                break
            cells.append((column_of(key), y.unit.value))
            taken.add(j)
        if cells:
            cls = next((v for c, v in cells if c.fields == ("class",)), "")  # 「区分：KGI」: as a table's class cell
            rows[i] = Row(z.unit.value.strip(), cls, tuple(cells))
    return rows, taken
