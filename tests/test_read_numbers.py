"""Reading numbers in context: 和暦 periods, exchange rates, ranges, 億・万 mixes, amounts split over lines.

Each case is wording of its own, written for the behaviour; the QA drafts that first showed a need are
checked as a whole by tests/test_qa_drafts.py."""

from __future__ import annotations

import pytest

from chiiki_mirai.core.text.numbers import find_fiscal_years, find_quantities
from chiiki_mirai.readers import read_bytes


def _read(name: str, text: str):
    plan, _ = read_bytes(name, text.encode("utf-8"))
    return plan


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("年3億 5千万円", 3.5e8),
        ("累計1兆 2,000億円", 1.2e12),
        ("1兆2,000億円", 1.2e12),
        ("12.5億円", 12.5e8),
        ("3億5千万円", 3.5e8),
        ("４億２，５００万円", 4.25e8),
    ],
)
def test_oku_man_mixes_and_wrapped_amounts(text: str, value: float) -> None:
    qs = find_quantities(text)
    assert len(qs) == 1 and qs[0].value == value and qs[0].unit == "円"


def test_two_amounts_are_not_joined_across_a_space() -> None:
    assert [q.value for q in find_quantities("5万 3億円")] == [3e8]


def test_half_width_katakana_in_kpi_lines() -> None:
    plan = _read(
        "draft.txt",
        "計画類型：B\n策定主体：山梨県\n\n5.3 KPI及びKPI未達時の撤退基準\n"
        "KPI1 ﾃﾞｻﾞｲﾅｰ研修の修了者数　目標年30人　期限令和11年度\n"
        "担当：産業人材課　撤退基準：2年続けて15人未満なら研修を見直す\n"
        "KPIは半期ごとに確認する。\n",
    )
    assert [k.name for k in plan.kpis] == ["デザイナー研修の修了者数"]
    assert plan.kpis[0].owner == "産業人材課"


def test_era_period_end_year_and_target_year() -> None:
    ys = find_fiscal_years("令和9～14年度")
    assert [(y.fy, y.span_start) for y in ys] == [(2027, True), (2032, False)]
    assert [y.fy for y in find_fiscal_years("R9～R13")] == [2027, 2031]
    assert [y.fy for y in find_fiscal_years("2031年度（R13）")] == [2031, 2031]

    # a total over a period is dated by the period's last year
    plan, _ = read_bytes("draft.md", "類型：B\n\n## 目指すべき目標（KGI）\n\n官民設備投資額：令和9年度～令和14年度の累計で50億円\n".encode())
    assert [(k.cumulative_value, k.year) for k in plan.kgis] == [(50e8, 2032)]


def test_exchange_rate_is_not_a_yen_amount() -> None:
    assert [q.raw for q in find_quantities("2,400万ドル（約36億円、1ドル＝150円）")] == ["36億円"]
    assert find_quantities("3.2億ドル") == []
    assert find_quantities("1ドル145円で換算") == []
    assert find_quantities("145円/ドル") == []


def test_ranges_and_man_units() -> None:
    assert [q.value for q in find_quantities("約2～4億円")] == [4e8]
    assert [(q.value, q.unit) for q in find_quantities("年間2.5万人")] == [(25000, "人")]
    assert [(q.value, q.unit) for q in find_quantities("延べ4,200人泊")] == [(4200, "人泊")]
