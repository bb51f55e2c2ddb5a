"""Property tests (hypothesis) of the plan model and the check.

- Plan.model_validate on arbitrary dicts either validates or raises ValidationError, nothing else.
- evaluate() never crashes on a valid Plan built from the model's own field types.
- The check is deterministic: the same plan gives the same JSON, including recommendations.
- A Markdown document of draft-like lines (labels, numbering, amounts, cue words) in any order is read
  and checked without a crash (or rejected with a UserError).
"""

from __future__ import annotations

import datetime as _dt
import json

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from pydantic import ValidationError

from chiiki_mirai import service
from chiiki_mirai.core.errors import UserError
from chiiki_mirai.core.plan import (
    KGI,
    KPI,
    Author,
    Commitment,
    Company,
    ConsultationDesk,
    Industry,
    Investment,
    Localization,
    Period,
    Plan,
    Ripple,
    RippleTarget,
    SectionText,
    Submission,
    SupportSystem,
    TargetMarket,
)
from chiiki_mirai.core.result import CheckResult, ParseReport
from chiiki_mirai.knowledge.loader import load_kb
from chiiki_mirai.readers import read_bytes
from chiiki_mirai.rules.check import evaluate

TODAY = _dt.date(2026, 7, 1)
PLAN_KEYS = sorted(Plan.model_fields)

# --- arbitrary JSON-like data ------------------------------------------------------------------

scalars = st.none() | st.booleans() | st.integers() | st.floats() | st.text(max_size=20)
json_like = st.recursive(
    scalars,
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=8), inner, max_size=4),
    max_leaves=20,
)
# keys drawn mostly from the model's own field names, so validation gets past the top level
plan_dicts = st.dictionaries(st.sampled_from(PLAN_KEYS) | st.text(max_size=10), json_like, max_size=8)


@settings(max_examples=300, deadline=None)
@given(plan_dicts)
def test_plan_model_validates_or_raises_validation_error(data):
    try:
        plan = Plan.model_validate(data)
    except ValidationError:
        return
    assert isinstance(plan, Plan)
    Plan.model_validate_json(plan.model_dump_json())  # what validated round-trips


# --- valid plans --------------------------------------------------------------------------------

short = st.text(max_size=30)
opt_short = st.none() | short
years = st.none() | st.integers(1900, 2200)
money = st.none() | st.floats(min_value=0, max_value=1e16, allow_nan=False)
rate = st.none() | st.floats(min_value=0, max_value=1)
ev = st.none()
small = {"max_size": 3}

JA_WORDS = ["漆器", "半導体", "観光", "輸出", "人材育成", "知事", "推進本部", "銀行", "伴走支援", "撤退基準", "付加価値"]
ja_text = st.lists(st.sampled_from(JA_WORDS) | st.text(max_size=10), max_size=6).map("。".join)


def _section_ids() -> list[str]:
    kb = load_kb()
    ids = []
    for pt in kb.plan_types.values():
        for s in pt.sections:
            ids.append(s.id)
            ids += [i.id for i in s.items]
    return sorted(ids) or ["A.1"]


kgis = st.builds(
    KGI,
    kind=st.sampled_from(["investment", "value_added", "talent", "productivity", "employment", "custom"]),
    name=st.sampled_from(["官民設備投資額", "付加価値増加額", "産業人材育成数", "輸出額"]) | short,
    value=st.none() | st.floats(min_value=-1e20, max_value=1e20, allow_nan=False),
    unit=st.none() | st.sampled_from(["円", "人", "%", "件"]),
    year=years,
    annual=st.none() | st.booleans(),
    cumulative_value=money,
    mandatory=st.none() | st.booleans(),
    basis=opt_short,
    verification=opt_short,
    evidence=ev,
)
companies = st.builds(
    Company,
    name=short,
    role=opt_short,
    employees=st.none() | st.integers(0, 10**6),
    attracted=st.none() | st.booleans(),
    outside_sales=money,
    prefecture_outside_sales=money,
    inside_purchases=money,
    prefecture_inside_purchases=money,
    connector_degree=rate,
    hub_degree=rate,
    degree_statement=opt_short,
)
ripple_target = st.builds(RippleTarget, stated=st.booleans(), value=money, unit=opt_short, year=years, text=opt_short)


@st.composite
def plans(draw):
    section_ids = _section_ids()
    sections = draw(st.dictionaries(st.sampled_from(section_ids), st.builds(SectionText, heading=short, text=ja_text),
                                    max_size=6))
    return Plan(
        title=draw(opt_short),
        plan_type=draw(st.none() | st.sampled_from(["A", "B", "C"])),
        authors=draw(st.lists(st.builds(Author, name=st.sampled_from(["長野県", "木曽町", "福岡市"]) | short,
                                        kind=st.none() | st.sampled_from(["prefecture", "designated_city",
                                                                          "municipality", "other"])), **small)),
        joint=draw(st.none() | st.booleans()),
        period=draw(st.builds(Period, start_fy=years, end_fy=years, target_fy=years)),
        industry=draw(st.builds(Industry, domain=opt_short, products=st.lists(short, **small), reason=opt_short)),
        core_area=draw(opt_short),
        target_market=draw(st.builds(
            TargetMarket, attributes=st.lists(st.sampled_from(["法人", "個人", "海外", "国内"]), **small),
            needs=opt_short, export=st.none() | st.booleans(), value_added_rate=rate, industry_value_added_rate=rate,
            competitive_advantage=opt_short, added_value_outlook=opt_short)),
        core_companies=draw(st.lists(companies, max_size=4)),
        kgis=draw(st.lists(kgis, max_size=5)),
        kpis=draw(st.lists(st.builds(KPI, name=short, target=opt_short, withdrawal_criterion=opt_short,
                                     owner=opt_short), **small)),
        kpi_monitoring_cycle=draw(opt_short),
        ripple=draw(st.builds(Ripple, regional_transactions=ripple_target, sales=ripple_target, jobs=ripple_target,
                              wages=ripple_target)),
        investments=draw(st.lists(st.builds(Investment, company=opt_short, description=short, amount=money,
                                            start_year=years, operation_year=years, adopted_subsidy=opt_short),
                                  **small)),
        localization=draw(st.builds(Localization, policy=opt_short, attracts_outside_company=st.none() | st.booleans(),
                                    local_procurement_share=rate, local_procurement_target=rate, roadmap=opt_short)),
        commitment=draw(st.builds(
            Commitment,
            support_system=st.none() | st.builds(SupportSystem, lead=opt_short, body=opt_short,
                                                 staff=st.none() | st.integers(0, 10_000),
                                                 financial_institutions=st.lists(short, **small)),
            consultation_desk=st.none() | st.builds(ConsultationDesk, name=opt_short, department=opt_short),
            announcement=opt_short, announcement_after_precheck=st.none() | st.booleans())),
        submission=draw(st.builds(
            Submission,
            precheck_requested_on=st.none() | st.dates().map(str) | short,
            precheck_done=st.none() | st.booleans(),
            announced_on=st.none() | st.dates().map(str) | short,
            submitted_on=st.none() | st.dates().map(str) | short,
        )),
        roadmap_alignment=draw(opt_short),
        infrastructure=draw(opt_short),
        sections=sections,
        other_text=draw(st.lists(st.builds(SectionText, heading=short, text=ja_text), max_size=2)),
    )


def _strict_json(result: CheckResult) -> str:
    text = result.model_dump_json()
    json.loads(text, parse_constant=lambda c: (_ for _ in ()).throw(AssertionError(f"non-standard JSON {c}")))
    return text


@settings(max_examples=80, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(plans(), st.none() | st.sampled_from(["A", "B", "C"]))
def test_evaluate_never_crashes_on_a_valid_plan(plan, plan_type):
    result = evaluate(plan, load_kb(), source="generated", plan_type=plan_type, today=TODAY)
    assert isinstance(result, CheckResult)
    given = plan_type or plan.plan_type
    assert result.plan_type_given is bool(given)
    # checked against the stated type, or else the suggested one (C when nothing points anywhere)
    assert result.plan_type == (given or result.plan_type_suggestion.type or "C")
    if not given:
        assert any("推定" in r for r in result.plan_type_suggestion.reasons)
    assert result.requirements
    for item in result.requirements + result.checks:
        assert item.reasons, item.id
        assert item.status in ("met", "partial", "missing", "review", "n/a")
    _strict_json(result)


@settings(max_examples=15, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(plans())
def test_check_is_deterministic(plan):
    a = service.check_plan(plan, "p", today=TODAY)
    b = service.check_plan(Plan.model_validate_json(plan.model_dump_json()), "p", today=TODAY)
    assert _strict_json(a) == _strict_json(b)



# --- documents: draft-like lines in any order are read, never crash ------------------------------

_LINE_PARTS = [
    "# ", "## ", "### ", "1. ", "（１）", "①", "第一　", "ア　", "■", "【1】", "- ", "| ", " | ", "|---|---|",
    "類型：", "策定主体：", "計画期間：", "目標年度：", "策定：", "　　", "KPI", "撤退基準：", "担当：", "期限：",
    "令和8年度", "2030年度", "～", "３２０億円", "1,200百万円", "約5千万円", "年1回", "半期ごとに", "４割",
    "株式会社", "協同組合", "（従業員120人）", "、", "。", "知事が発表", "事前確認を受けた後", "相談窓口を設け",
    "職員計6名", "の3分野で", "支援する", "誘致", "輸出", "用地の不足", "は、", "を新設する", "投資総額は",
]
draft_lines = st.lists(st.lists(st.sampled_from(_LINE_PARTS) | st.text(max_size=6), max_size=8).map("".join),
                       max_size=30)


@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(draft_lines)
def test_reading_any_draft_like_document_never_crashes(lines):
    try:
        plan, report = read_bytes("draft.md", "\n".join(lines).encode("utf-8"))
    except UserError:
        return  # e.g. an empty document: rejected with a message, not a crash
    assert isinstance(plan, Plan) and isinstance(report, ParseReport)
    evaluate(plan, load_kb(), source="draft.md", today=TODAY)
