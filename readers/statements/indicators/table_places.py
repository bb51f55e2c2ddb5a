"""Where a table's indicator is written: the record unit of its own row, so that its statements quote that row
(not the table's first record, which may be a band or another indicator)."""

from __future__ import annotations

from chiiki_mirai.core.text.normalize import nfkc
from chiiki_mirai.readers.units import Unit


def row_unit(name: str, records: list[Unit], default: Unit) -> Unit:
    """The first record of the table whose text holds the row's name, else `default`."""
    key = nfkc(name or "")
    return next((u for u in records if key and key in nfkc(u.text)), default)
