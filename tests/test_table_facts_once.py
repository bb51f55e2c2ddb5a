"""Facts of a table are gathered once per table while a draft is read (a long table stays linear): the record units
of each table come from one index of the unit stream, and a per-table fact is computed once for each table object."""

from __future__ import annotations

from chiiki_mirai.knowledge.loader import load_kb
from chiiki_mirai.readers.doctree import Table, parse_document
from chiiki_mirai.readers.outline import build_outline
from chiiki_mirai.readers.statements.base import ReadContext
from chiiki_mirai.readers.statements.indicators.per_table import PerTable
from chiiki_mirai.readers.statements.indicators.table_places import TableRecords
from chiiki_mirai.readers.statements.indicators.zones import zoned_units
from chiiki_mirai.readers.units import iter_units

DRAFT = """類型：C

## 地域へのインパクト

| 項目 | 令和12年度 |
|---|---|
| 町内の仕入れ額 | 2億円 |
| 新しく雇う人 | 12人 |

## KPI及び撤退基準

| KPI | 目標 | 担当 |
|---|---|---|
| 体験講座の参加者 | 年300人 | 観光課 |
| 宿泊者数 | 年9千人 | 商工課 |
| 空き店舗の活用 | 5件 | 商工課 |
"""


def _tables(zoned: list) -> list[Table]:
    return list({id(z.unit.table): z.unit.table for z in zoned if z.unit.table is not None}.values())


def _zoned():  # noqa: ANN202
    doc = parse_document(DRAFT, "markdown")
    outline = build_outline(doc)
    return zoned_units(ReadContext(doc=doc, outline=outline, units=list(iter_units(doc, outline)), kb=load_kb()))


def test_each_table_gets_its_own_record_units_in_order() -> None:
    zoned = _zoned()
    tables = _tables(zoned)
    index = TableRecords(zoned)
    assert len(tables) == 2
    for t in tables:
        got = index.of(t)
        assert got == [z.unit for z in zoned if z.unit.table is t and z.unit.kind == "record"]
        assert got and all(u.table is t for u in got)
    assert index.of(None) == []


def test_a_table_fact_is_computed_once_for_each_table_object() -> None:
    asked: list[int] = []

    @PerTable
    def rows(t: Table) -> int:
        asked.append(id(t))
        return len(t.records)

    tables = _tables(_zoned())
    counts = [rows(t) for t in tables for _ in range(50)]
    assert counts == [len(t.records) for t in tables for _ in range(50)]
    assert asked == [id(t) for t in tables]
