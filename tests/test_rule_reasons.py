"""Reason texts: a criterion's reason is its knowledge text with the facts it names filled in."""

from __future__ import annotations

import dataclasses
from pathlib import Path

import pytest
from test_rule_cases import TODAY, build_plan

from chiiki_mirai.knowledge.loader import KnowledgeBase, load_kb
from chiiki_mirai.readers import read_bytes
from chiiki_mirai.rules.check import evaluate


def _with_met_reason(kb: KnowledgeBase, item_id: str, text: str) -> KnowledgeBase:
    def edit(item):  # noqa: ANN001, ANN202 - a requirement or a check
        if item.id != item_id:
            return item
        first = item.criteria[0].model_copy(update={"met_reason": text})
        return item.model_copy(update={"criteria": [first, *item.criteria[1:]]})

    requirements = {t: [edit(r) for r in rs] for t, rs in kb.requirements.items()}
    return dataclasses.replace(kb, requirements=requirements, checks=[edit(c) for c in kb.checks])


def test_a_reason_fills_the_facts_it_names_and_keeps_a_name_that_is_no_fact_as_written() -> None:
    kb = _with_met_reason(load_kb(), "B.promise", "製品：{product_specified}／{no_such_fact}")
    result = evaluate(build_plan({"base": "B"}), kb, source="b.yaml", today=TODAY)
    item = next(i for i in result.requirements if i.id == "B.promise")
    shown = next(c.reason for c in item.criteria if c.passed and c.reason.startswith("製品："))
    assert "{product_specified}" not in shown and shown.endswith("／{no_such_fact}")
    assert "精密減速機" in shown


def test_a_reason_that_cannot_be_filled_is_shown_as_written() -> None:
    """A field the template indexes past the end of ({no_such_fact[99]}) cannot be filled: the text stays as written."""
    template = "製品：{product_specified}／{no_such_fact[99]}"
    kb = _with_met_reason(load_kb(), "B.promise", template)
    result = evaluate(build_plan({"base": "B"}), kb, source="b.yaml", today=TODAY)
    item = next(i for i in result.requirements if i.id == "B.promise")
    assert template in [c.reason for c in item.criteria if c.passed]


EXAMPLE = Path(__file__).parents[1] / "examples" / "drafts" / "b_perovskite_cluster.md"


@pytest.mark.parametrize(
    ("item_id", "cited"),
    [
        # the ripple KGIs of section (3): each fact names the line its value was read from
        ("B.regional_ripple", [("ripple_regional_transactions_stated", 72), ("ripple_sales_stated", 73),
                               ("ripple_labour_stated", 74)]),
        ("B.commitment", [("support_lead_own_head", 102), ("support_financial_institutions", 102),
                          ("announcement_stated", 102)]),
    ],
)
def test_an_items_evidence_cites_the_lines_of_the_facts_its_criteria_read(item_id: str, cited: list) -> None:
    plan, _ = read_bytes(EXAMPLE.name, EXAMPLE.read_bytes())
    result = evaluate(plan, load_kb(), source=EXAMPLE.name, today=TODAY)
    items = result.requirements + result.checks
    item = next(i for i in items if i.id == item_id)
    assert [(e.fact, e.line) for e in item.evidence] == cited
    for it in items:  # never a fact no criterion of the item reads, never the same passage twice
        read = {n for c in it.criteria for n in c.facts}
        assert {e.fact for e in it.evidence} <= read
        keys = [(e.section, e.line, e.text) for e in it.evidence]
        assert len(keys) == len(set(keys))


def test_a_review_item_asks_the_reviewer_about_its_review_criteria_never_a_failed_advice_one() -> None:
    """B.commitment with no announcement written (an advice note) and its first criterion marked for review."""
    kb = load_kb()

    def edit(item):  # noqa: ANN001, ANN202 - a requirement
        if item.id != "B.commitment":
            return item
        first = item.criteria[0].model_copy(update={"review": True})
        return item.model_copy(update={"criteria": [first, *item.criteria[1:]]})

    kb = dataclasses.replace(kb, requirements={t: [edit(r) for r in rs] for t, rs in kb.requirements.items()})
    plan = build_plan({"base": "B", "patch": {"commitment": {"announcement": None, "announcement_after_precheck": None}}})
    item = next(i for i in evaluate(plan, kb, source="b.yaml", today=TODAY).requirements if i.id == "B.commitment")
    assert item.status == "review" and len(item.advice) == 1
    assert item.fix == "審査者が内容を確認する：" + item.criteria[0].label


def test_a_failed_advice_criterion_of_a_partial_item_is_a_note_never_a_gap_or_a_fix() -> None:
    """B.ebpm with a KPI lacking its 撤退基準 (a gap) and no monitoring cycle written (an effort clause: advice):
    the reasons and the fix name the gap only; the monitoring is the item's one note."""
    kpi = {"name": "減速機部品の輸出商談件数", "target": "年40件", "deadline": "2028年度", "owner": "商工労働部産業振興課"}
    plan = build_plan({"base": "B", "patch": {"kpi_monitoring_cycle": None, "kpis": [kpi]}})
    item = next(i for i in evaluate(plan, load_kb(), source="b.yaml", today=TODAY).requirements if i.id == "B.ebpm")
    assert item.status == "partial"
    assert [r for r in item.reasons if not r.startswith("（記載あり）")] == [
        "KPI未達時の撤退基準が設定されていない（未設定: 減速機部品の輸出商談件数）"]
    assert item.fix == "KPIごとに「〇年度に目標の〇割未満なら事業を見直す／縮小する」等の撤退基準を設定する"
    assert len(item.advice) == 1 and item.advice[0].startswith("KPIを定期的に確認する仕組みの記載は見当たらない")


@pytest.mark.parametrize(
    ("ripple_line", "noted"),
    [
        ("協力企業から県内産木材を仕入れる比率を令和12年度に6割まで高める。", True),  # a share: the reason says why it is no amount
        ("観光客の宿泊日数を伸ばし、地域の魅力を発信する。", False),  # no share: the plain reason
    ],
)
def test_the_regional_trade_gap_explains_a_share_only_where_the_draft_gives_one(ripple_line: str, noted: bool) -> None:
    text = f"# 地域未来戦略\n\n## 域内への波及効果\n\n{ripple_line}\n"
    plan, _ = read_bytes("draft.md", text.encode())
    result = evaluate(plan, load_kb(), source="draft.md", plan_type="B", today=TODAY)
    item = next(i for i in result.requirements if i.id == "B.regional_ripple")
    reason = next(c.reason for c in item.criteria if c.id == "transactions")
    assert reason.startswith("域内への波及として域内取引額（域内調達・取引の拡大）が計画されていない")
    assert ("調達率だけでは取引額にならない" in reason) is noted
