"""Where a table's indicator is written: the record unit of its own row, so that its statements quote that row
(not the table's first record, which may be a band or another indicator)."""

from __future__ import annotations

from chiiki_mirai.core.text.normalize import nfkc
from chiiki_mirai.readers.doctree import Table
from chiiki_mirai.readers.statements.indicators.zones import Zoned
from chiiki_mirai.readers.units import Unit


class TableRecords:
    """The record units of each table of a unit stream, in order, indexed once: the KGI, KPI and ripple readers
    ask for a table's records at its records (a scan of the stream per record is quadratic in a long table)."""

    def __init__(self, zoned: list[Zoned]) -> None:
        self._records: dict[int, list[Unit]] = {}
        for z in zoned:
            if z.unit.table is not None and z.unit.kind == "record":
                self._records.setdefault(id(z.unit.table), []).append(z.unit)

    def of(self, table: Table | None) -> list[Unit]:
        """The record units of `table` (the index's own list: read it, do not change it)."""
        return self._records.get(id(table), []) if table is not None else []


def row_unit(name: str, records: list[Unit], default: Unit) -> Unit:
    """The first record of the table whose text holds the row's name, else `default`."""
    key = nfkc(name or "")
    return next((u for u in records if key and key in u.norm), default)
