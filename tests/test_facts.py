"""Facts derived from a plan: unstated is None, yen stays yen, section roll-up, degrees, the value-added formula."""

from __future__ import annotations

import datetime as dt

import pytest

from chiiki_mirai.core.plan import KGI, Company, Plan, SectionText
from chiiki_mirai.knowledge.loader import load_kb
from chiiki_mirai.readers.statements.from_fields import with_statements
from chiiki_mirai.rules.facts import connector_hub_degrees, derive_facts, yen_display
from tests.test_rule_cases import base_plan, deep_merge

TODAY = dt.date(2026, 11, 22)


def facts(plan: Plan, plan_type: str | None = None, context: dict | None = None):
    # as a YAML plan is read: statements derived from its fields and section texts
    return derive_facts(with_statements(plan), load_kb(), plan_type or plan.plan_type, TODAY, context)


def test_empty_plan_reports_none_not_zero() -> None:
    f = facts(Plan(), "B")
    for name in (
        "kgi_investment_value",
        "kgi_value_added_value",
        "kgi_talent_value",
        "investment_total",
        "core_companies_count",
        "kpi_count",
        "kgi_count",
        "plan_years",
        "goal_horizon_years",
        "period_start_fy",
        "ripple_sales_value",
        "support_staff_stated",
        "author_plan_count",
        "value_added_formula_consistent",
        "core_company_within_2000",
        "connector_hub_high",
    ):
        assert f[name].value is None, f"{name} = {f[name].value!r}"
        assert not f[name].present
        assert f[name].shown() == "未記載"


def test_stated_zero_is_a_value() -> None:
    plan = Plan(kgis=[KGI(kind="talent", name="人材育成数", value=0, unit="人")])
    f = facts(plan, "B")
    assert f["kgi_talent_value"].value == 0
    assert f["kgi_talent_value"].present


def test_amounts_stay_in_yen() -> None:
    plan = Plan.model_validate(base_plan("B"))
    f = facts(plan)
    assert f["kgi_investment_value"].value == 4_000_000_000
    assert f["kgi_investment_value"].shown() == "2035年度 40億円"
    assert f["kgi_investment_cumulative"].value == 26_000_000_000
    assert f["kgi_investment_cumulative"].shown() == "260億円"
    assert f["ripple_regional_transactions_value"].value == 18_000_000_000
    assert f["investment_total"].value == 15_000_000_000
    a = facts(Plan.model_validate(base_plan("A")))
    assert a["investment_total"].value == 200_000_000_000  # 1,200億 + 800億, summed in yen


def test_section_roll_up() -> None:
    data = deep_merge(base_plan("B"), {"sections": None})
    data["sections"] = {"B.3.1": {"heading": "現状の整理", "text": "市場は拡大している。"}}
    f = facts(Plan.model_validate(data))
    assert f["section:B.3.1"].present
    assert f["section:B.3"].present  # one item with text makes the section count
    assert not f["section:B.3.2"].present
    assert f["section:B.4"].value is None
    # a heading with no text under it does not count, for the item nor its section
    data["sections"] = {"B.4.1": {"heading": "基本戦略", "text": "  "}}
    f = facts(Plan.model_validate(data))
    assert not f["section:B.4.1"].present and not f["section:B.4"].present
    # a section written as a whole (no items) counts too
    data["sections"] = {"B.6": {"heading": "現地化の取組", "text": "県内調達を増やす。"}}
    assert facts(Plan.model_validate(data))["section:B.6"].present


@pytest.mark.parametrize("sid", ["B.3.1", "B.6"])
def test_an_item_or_section_answered_in_one_character_is_written(sid: str) -> None:
    """「有」 under a heading answers it: one character of text counts, for an item as for a section."""
    data = deep_merge(base_plan("B"), {"sections": None})
    data["sections"] = {sid: {"heading": "記載項目", "text": " 有 "}}
    assert facts(Plan.model_validate(data))[f"section:{sid}"].present


def test_a_section_of_spaces_only_is_not_written() -> None:
    data = deep_merge(base_plan("B"), {"sections": None})
    data["sections"] = {"B.6": {"heading": "現地化の取組", "text": "　 "}}
    assert not facts(Plan.model_validate(data))["section:B.6"].present


def test_headings_alone_are_no_statement() -> None:
    """Cue words in a template heading (「国際的な競争優位性」) must not count as the plan saying it."""
    data = deep_merge(base_plan("A"), {"international_competitiveness": None, "block_draft_alignment": None})
    data["sections"]["A.1.4"] = {"heading": "国際的な競争優位性", "text": ""}
    data["sections"]["A.1.5"] = {"heading": "計画の素案との整合性", "text": ""}
    f = facts(Plan.model_validate(data))
    assert f["international_competitiveness_stated"].value is None
    assert f["block_draft_alignment_stated"].value is None


def test_connector_hub_degrees_from_sales_figures() -> None:
    plan = Plan(
        core_companies=[
            Company(
                name="甲社",
                outside_sales=3e9,
                prefecture_outside_sales=1.2e11,
                inside_purchases=5e8,
                prefecture_inside_purchases=4e10,
            ),
            Company(name="乙社", connector_degree=0.05),
            Company(name="丙社", outside_sales=1e9),  # no prefecture total: cannot be computed
        ]
    )
    d = connector_hub_degrees(plan)
    assert d["甲社"] == (pytest.approx(0.025), pytest.approx(0.0125))
    assert d["乙社"] == (0.05, None)
    assert d["丙社"] == (None, None)
    f = facts(plan, "B")
    assert f["connector_hub_high"].value is True
    assert "甲社: コネクター度 2.50%、ハブ度 1.25%" in f["connector_hub_high"].shown()


def test_value_added_formula() -> None:
    def plan(value: float, basis: str) -> Plan:
        return Plan(
            kgis=[KGI(kind="value_added", name="付加価値増加額", value=value, unit="円", basis=basis)]
        )

    ok = facts(plan(1.2e8, "売上増加額3億円×既存付加価値率40%"), "C")
    assert ok["value_added_formula_found"].value is True
    assert ok["value_added_formula_consistent"].value is True
    assert ok["value_added_formula_consistent"].shown() == "3億円 × 40% = 1.2億円（記載値 1.2億円）"
    off = facts(plan(2e8, "売上の増加額 30,000万円、付加価値率は40%"), "C")
    assert off["value_added_formula_consistent"].value is False
    assert off["value_added_formula_found"].value is True
    # the figures may sit in the section text rather than the KGI's basis
    text = Plan(
        kgis=[KGI(kind="value_added", name="付加価値増加額", value=6e7, unit="円")],
        sections={
            "C.3.3": SectionText(heading="設定の根拠", text="売上高の増加分2億円に付加価値率30%を乗じた。")
        },
    )
    assert facts(text, "C")["value_added_formula_consistent"].value is True
    # no figures: nothing to compare, so neither found nor judged
    none = facts(plan(1e8, "過去の実績から見込んだ"), "C")
    assert none["value_added_formula_found"].value is None
    assert none["value_added_formula_consistent"].value is None


def test_productivity_counts_for_value_added_only_in_c() -> None:
    data = {
        "period": {"target_fy": 2030},
        "kgis": [{"kind": "productivity", "name": "労働生産性", "value": 10, "unit": "%"}],
    }
    plan = Plan.model_validate(data)
    c, b = facts(plan, "C"), facts(plan, "B")
    assert c["kgi_value_added_set"].value is True and c["kgi_value_added_year"].value == 2030
    assert b["kgi_value_added_set"].value is None and b["kgi_value_added_year"].value is None
    assert c["kgi_mandatory_all"].value is True and b["kgi_mandatory_all"].value is False


def test_cumulative_only_investment_is_no_target_year_value_for_b() -> None:
    k = KGI(
        kind="investment", name="官民設備投資額", value=2.6e10, unit="円", annual=False, raw="累計260億円"
    )
    plan = Plan(kgis=[k])
    assert facts(plan, "B")["kgi_investment_value"].value is None
    assert facts(plan, "B")["kgi_investment_cumulative"].value == 2.6e10
    assert facts(plan, "A")["kgi_investment_value"].value == 2.6e10


def test_employee_limit_and_context() -> None:
    plan = Plan(core_companies=[Company(name="甲社", employees=2500), Company(name="乙社")])
    f = facts(plan, "B", {"author_plan_count": 7})
    assert f["core_company_within_2000"].value is False
    assert "甲社（2,500名）" in f["core_company_within_2000"].shown()
    assert f["core_employees_any"].value is True
    assert f["core_employees_known"].value is False
    assert f["author_plan_count"].value == 7


@pytest.mark.parametrize(
    ("value", "shown"),
    [
        (None, "未記載"),
        (0, "0円"),
        (9_999, "9,999円"),
        (10_000, "1万円"),  # 万 from 10,000 on
        (-10_000, "-1万円"),
        (99_990_000, "9,999万円"),
        (100_000_000, "1億円"),  # 億 from 100 million on
        (1_234_500_000, "12.35億円"),
        (100_049_999, "1億円"),  # four significant figures: 1.00049999億 is 1億, not 1.001億
        (99_995_000, "1億円"),  # rounded to 10,000万, the amount reaches 億
        (999_950_000_000, "1兆円"),
        (1_000_499_999_999, "1兆円"),
        (1_200_000_000_000, "1.2兆円"),  # 兆 from a trillion on, never 「1.2e+04億円」
        (-1_562_000_000_000, "-1.562兆円"),
    ],
)
def test_yen_amounts_are_shown_in_man_and_oku_from_their_thresholds(value, shown) -> None:
    assert yen_display(value) == shown
