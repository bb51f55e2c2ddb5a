"""Where a table's indicator is written: the record unit of its own row, so that its statements quote that row
(not the table's first record, which may be a band or another indicator)."""

from __future__ import annotations

from chiiki_mirai.core.text.normalize import nfkc
from chiiki_mirai.readers.doctree import Table
from chiiki_mirai.readers.statements.indicators.zones import Zoned
from chiiki_mirai.readers.units import Unit


def table_records(zoned: list[Zoned], table: Table | None) -> list[Unit]:
    """The record units of one table, in order (asked once per table by the KGI, KPI and ripple readers)."""
    return [z.unit for z in zoned if z.unit.table is table and z.unit.kind == "record"] if table is not None else []


def row_unit(name: str, records: list[Unit], default: Unit) -> Unit:
    """The first record of the table whose text holds the row's name, else `default`."""
    key = nfkc(name or "")
    return next((u for u in records if key and key in u.norm), default)
