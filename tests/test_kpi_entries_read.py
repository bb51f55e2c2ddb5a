"""KPIs written as numbered entries with nested 「ラベル：値」 lines read as a table of KPIs would be (issue 13).

The drafts are our own: a list item that names the KPI part (「- (4) KPI及び撤退基準」) over the entries, a
criterion field whose key starts with 「KPI」 (「KPI未達時の撤退基準：…」) inside each entry, and a criterion line
after the entries whose key says it is every KPI's (「撤退基準（全KPI共通）：…」).
"""

from __future__ import annotations

import pytest

from chiiki_mirai.readers import read_bytes
from chiiki_mirai.readers.statements.indicators.zones import label_zones
from chiiki_mirai.readers.units import Unit

_ENTRIES = (
    "1. 加工場の稼働日数\n"
    "   - 現状：120日（2025年度）\n"
    "   - 目標（期限）：200日（2029年度）\n"
    "   - 担当：町農政課\n"
    "   - KPI未達時の撤退基準：2028年度に150日未満なら加工場を民間に譲渡する\n"
    "2. 新商品の数\n"
    "   - 現状：2品（2025年度）\n"
    "   - 目標（期限）：8品（2030年度）\n"
    "   - 担当：町商工観光課\n"
    "   - KPI未達時の撤退基準：2029年度に4品未満なら開発支援を縮小する\n"
)
_HEAD = "計画類型：C\n策定主体：山梨県北杜町\n\n"
DRAFTS = {
    "numbered_part_item": _HEAD + "## 3 計画の内容\n\n- (1) 支援する品目\n  - 高原野菜の加工品\n- (4) KPI及び撤退基準\n\n" + _ENTRIES,
    "kpi_heading": _HEAD + "## 4 KPI及び撤退基準\n\n" + _ENTRIES,
}
EXPECTED = [
    ("加工場の稼働日数", "200日（2029年度）", "町農政課", "2028年度に150日未満なら加工場を民間に譲渡する"),
    ("新商品の数", "8品（2030年度）", "町商工観光課", "2029年度に4品未満なら開発支援を縮小する"),
]


@pytest.mark.parametrize("layout", sorted(DRAFTS))
def test_kpi_entries_keep_their_fields_and_their_criterion_key_names_no_kpi(layout: str) -> None:
    plan, _ = read_bytes("draft.md", DRAFTS[layout].encode("utf-8"))
    got = [(k.name, k.target, k.owner, k.withdrawal_criterion) for k in plan.kpis]
    assert got == EXPECTED


def _item(text: str) -> Unit:
    return Unit(text=text, norm="", kind="item", item=None, section="3", line=1, index=0, key=None)


@pytest.mark.parametrize(
    ("text", "zones"),
    [
        ("(4) KPI及び撤退基準", {"kpi"}),
        ("（２）目指すべき目標（KGI）", {"kgi"}),
        ("③ 地域へのインパクト", {"ripple"}),
        ("KPI及び撤退基準", {"kpi"}),
        ("4社と連携する", set()),  # a figure, no number: no label
    ],
)
def test_a_numbered_list_item_naming_a_part_opens_its_zone(text: str, zones: set[str]) -> None:
    assert label_zones(_item(text)) == zones


_SHARED = (
    _HEAD + "## 4 KPI及び撤退基準\n\n"
    "1. 加工場の稼働日数\n   - 現状：120日（2025年度）\n   - 目標：200日（2029年度）\n   - 担当：町農政課\n"
    "2. 新商品の数\n   - 現状：2品（2025年度）\n   - 目標：8品（2030年度）\n   - 担当：町商工観光課\n\n"
    "**撤退基準（全KPI共通）**：2028年度末に目標の半分に届かないKPIは、対応する事業を縮小する。\n"
)


def test_a_criterion_keyed_as_every_kpis_after_the_entries_goes_to_every_kpi_not_the_last_one() -> None:
    plan, _ = read_bytes("draft.md", _SHARED.encode("utf-8"))
    got = [(k.name, k.withdrawal_criterion) for k in plan.kpis]
    shared = "2028年度末に目標の半分に届かないKPIは、対応する事業を縮小する"
    assert got == [("加工場の稼働日数", shared), ("新商品の数", shared)]


_OWN_KEYS = (
    _HEAD + "## 4 KPI及び撤退基準\n\n"
    "1. 観光農園の来園者数\n   - 現状：3千人（2025年度）\n   - 目標：6千人\n"
    "   - KPIの担当部署：町観光交流課\n   - KPIの達成期限：2029年度\n"
    "2. 地元食材の学校給食での使用率\n   - 現状：30%（2025年度）\n   - 目標：45%\n"
    "   - KPIの担当部署：町教育委員会\n   - KPIの達成期限：2031年度\n"
)


def test_a_field_key_starting_with_kpi_inside_each_entry_stays_that_entrys_own_field() -> None:
    plan, _ = read_bytes("draft.md", _OWN_KEYS.encode("utf-8"))
    got = [(k.name, k.owner, k.deadline) for k in plan.kpis]
    assert got == [
        ("観光農園の来園者数", "町観光交流課", "2029年度"),
        ("地元食材の学校給食での使用率", "町教育委員会", "2031年度"),
    ]
