"""Where a table's indicator is written: the record unit of its own row, so that its statements quote that row
(not the table's first record, which may be a band or another indicator)."""

from __future__ import annotations

from itertools import chain

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


class RowPlaces:
    """Where each row of one table is written: the first record holding the row's name, searched from the record
    where the previous row was found (rows come in record order; a search from the table's start at each row is
    quadratic in a long table of distinct names) and over the whole table only when that finds none."""

    def __init__(self, records: list[Unit]) -> None:
        self.records = records
        self.at = 0

    def __call__(self, name: str, default: Unit) -> Unit:
        """The record of the row named `name`, else `default`."""
        key = nfkc(name or "")
        if not key:
            return default
        for i in chain(range(self.at, len(self.records)), range(self.at)):
            if key in self.records[i].norm:
                self.at = i
                return self.records[i]
        return default
