"""B.(2)⑤ 費用対効果 (003 1.(2)②④「同業種又は地域内産業と比べ…より高い付加価値を創出されていく見通し及びその根拠」):
a plan that sets its value added against a peer's — as a rate or as a per-worker amount, the peer an average or a
whole sector — has compared; whether its figure is the higher is a second question. A figure equal to or under the
peer's is "compared, not higher", never "no comparison"."""

from __future__ import annotations

import datetime as dt

import pytest

from chiiki_mirai.core.plan import Plan, SectionText
from chiiki_mirai.knowledge.loader import load_kb
from chiiki_mirai.readers.statements.from_fields import with_statements
from chiiki_mirai.rules.check import evaluate
from chiiki_mirai.rules.facts import derive_facts

TODAY = dt.date(2026, 6, 1)

# text → (compared in numbers, higher); None where nothing is compared in numbers
CASES = {
    "per-worker above an average": (
        "1人当たり付加価値額は、県内同業種の平均 880万円に対し、参画企業は1,020万円を見込む。", (True, True)),
    "per-worker equal to an average": (
        "1人当たり付加価値額は、県内同業種の平均 880万円に対し、参画企業も880万円の見込み。", (True, False)),
    "per-worker under an average": (
        "1人当たり付加価値額は、県内同業種の平均 880万円に対し、参画企業は760万円にとどまる。", (True, False)),
    "per-worker equal to a whole sector": (
        "労働生産性は、市内製造業全体 640万円に対し、連携する工房群も640万円である。", (True, False)),
    "per-worker above a whole sector": (
        "労働生産性は、市内製造業全体 640万円に対し、連携する工房群は700万円となる。", (True, True)),
    "rates equal": ("新製品の付加価値率は30%で、全国平均（30%）と同じ水準である。", (True, False)),
    "rates above": ("新製品の付加価値率は38%で、全国平均（30%）を上回る。", (True, True)),
    "a whole sector's total, not per worker": (
        "市内製造業全体の付加価値額は420億円、参画企業の付加価値額は35億円である。", None),
    "no comparison": ("参画企業は高付加価値な製品の開発に取り組む。", None),
}


def _plan(text: str) -> Plan:
    return with_statements(Plan(other_text=[SectionText(heading="費用対効果", text=text)]))


@pytest.mark.parametrize("text, want", CASES.values(), ids=CASES.keys())
def test_a_comparison_in_numbers_is_told_apart_from_a_higher_figure(text: str, want: tuple | None) -> None:
    facts = derive_facts(_plan(text), load_kb(), "B", TODAY)
    given, higher = facts["value_added_figures_given"].value, facts["value_added_higher_than_industry"].value
    assert (given, higher) == (want or (None, None))
    if want is not None:
        assert facts["value_added_comparison_stated"].value, "a comparison in numbers is a comparison shown"


@pytest.mark.parametrize("text, want", CASES.values(), ids=CASES.keys())
def test_the_reason_says_compared_but_not_higher(text: str, want: tuple | None) -> None:
    item = {i.id: i for i in evaluate(_plan(text), load_kb(), plan_type="B", today=TODAY).requirements}[
        "B.cost_effectiveness"
    ]
    crit = {c.id: c for c in item.criteria}
    assert crit["higher"].applies is (want is not None)
    if want is None:
        return  # nothing compared in numbers: whether a comparison is written is the claim reader's
    assert crit["comparison"].passed, crit["comparison"].reason
    assert crit["higher"].passed is want[1], crit["higher"].reason
    if not want[1]:
        assert "比較は示されているが" in crit["higher"].reason
        assert "比較が示されていない" not in " ".join(item.reasons)
