"""Facts of a table are gathered once per table while a draft is read (a long table stays linear): the record units
of each table come from one index of the unit stream, and a per-table fact is computed once for each table object."""

from __future__ import annotations

from dataclasses import replace
from types import SimpleNamespace

import pytest

from chiiki_mirai.knowledge.loader import load_kb
from chiiki_mirai.readers import read_bytes
from chiiki_mirai.readers.doctree import Table, parse_document
from chiiki_mirai.readers.outline import build_outline
from chiiki_mirai.readers.statements.base import ReadContext
from chiiki_mirai.readers.statements.indicators import kgi, ripple
from chiiki_mirai.readers.statements.indicators.per_table import PerTable, forget_tables
from chiiki_mirai.readers.statements.indicators.table_places import RowPlaces, TableRecords
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


def _zoned(draft: str = DRAFT):  # noqa: ANN202
    doc = parse_document(draft, "markdown")
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


class _Record:
    """A record whose text counts how often it is searched."""

    looked = 0

    def __init__(self, text: str) -> None:
        self._norm = text

    @property
    def norm(self) -> str:
        _Record.looked += 1
        return self._norm


def test_each_row_of_a_long_table_of_distinct_names_finds_its_own_record_in_linear_time() -> None:
    records = [_Record(f"| 宿泊者数{i}号 | {i}人 |") for i in range(3_000)]
    _Record.looked = 0
    place = RowPlaces(records)  # type: ignore[arg-type]
    default = SimpleNamespace(norm="")
    found = [place(f"宿泊者数{i}号", default) for i in range(3_000)]  # type: ignore[arg-type]
    assert found == records
    assert _Record.looked <= 2 * len(records)  # a search from the start at each row: 4.5 million


def test_a_row_written_before_the_previous_one_or_nowhere_is_still_placed() -> None:
    records = [_Record("| 空き店舗の活用 | 5件 |"), _Record("| 体験講座の参加者 | 300人 |")]
    place = RowPlaces(records)  # type: ignore[arg-type]
    default = SimpleNamespace(norm="")
    assert place("体験講座の参加者", default) is records[1]  # type: ignore[arg-type]
    assert place("空き店舗の活用", default) is records[0]  # type: ignore[arg-type]
    assert place("移住者数", default) is default  # type: ignore[arg-type]
    assert place("", default) is default  # type: ignore[arg-type]


SPLIT_DRAFT = """類型：C

## 参考

| 年度 | 域内取引額 | 雇用者数 |
|---|---|---|
| 令和8年度 | 1億円 | 10人 |
| 令和12年度 | 3億円 | 25人 |

| 指標 | 令和12年度 |
|---|---|
| 官民設備投資額 | 5億円 |
| 付加価値増加額 | 2億円 |
"""
# what one table is, read in each part: (part's zones, a table of KGIs, ripple statements read from it)
SPLIT_VERDICTS = {
    "years_down_the_side": ((("kgi",), True, 4), (("ripple",), False, 4), ((), False, 2)),
    "mandatory_kgis_unnamed": ((("kgi",), True, 0), (("ripple",), False, 0), ((), True, 0)),
}


def _verdicts(z, records, asked):  # noqa: ANN001, ANN202
    out = []
    for zones, _, _ in asked:
        zz = replace(z, zones=frozenset(zones))
        ripples = ripple._table(zz, set(), records, classed_only="ripple" not in zones)
        out.append((zones, kgi._is_kgi_table(zz), len(ripples)))
    return out


@pytest.mark.parametrize("reverse", [False, True], ids=["kgi_part_first", "elsewhere_first"])
def test_a_table_facts_kept_once_still_give_each_part_its_own_verdict(reverse: bool) -> None:
    forget_tables()
    zoned = _zoned(SPLIT_DRAFT)
    index = TableRecords(zoned)
    firsts = [next(z for z in zoned if z.unit.table is t) for t in _tables(zoned)]
    for z, (_, expected) in zip(firsts, SPLIT_VERDICTS.items(), strict=True):
        asked = tuple(reversed(expected)) if reverse else expected
        assert _verdicts(z, index.of(z.unit.table), asked) == list(asked)
        assert _verdicts(z, index.of(z.unit.table), asked) == list(asked)  # asked again, from the kept facts


def test_the_kept_table_facts_are_let_go_when_a_draft_is_read() -> None:
    read_bytes("plan.md", DRAFT.encode())
    assert kgi._kgi_table_says.kept == {}
    assert ripple._ripple_rows.kept == {}
