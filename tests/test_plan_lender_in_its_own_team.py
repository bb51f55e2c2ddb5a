"""A government lender named only as a member of the plan's own support team (issue 19, round 21, found on dev).

A plan that lists a public lender among the members of its 伴走支援体制 does not ask for its loans: the 「計画に記載」
line reviewers judged false in 12 dev plans, while they judged the lender itself apt in 8 others. The lender stays
ranked as a named measure, and its reason says what is true: it sits in the plan's support team, with the quote.
A plan that asks for its loans keeps the 「計画に記載」 line. The plans are written here for these tests.
"""

from __future__ import annotations

import pytest

from chiiki_mirai.core.plan import Industry, Plan, SectionText
from chiiki_mirai.knowledge.loader import load_kb
from chiiki_mirai.recommender.api import recommend_for_plan

LOANS = "government_finance_investment_loans"
TEAM = "町、商工会、地元の信用金庫と日本政策金融公庫の支店で伴走支援チームをつくり、毎月工房を訪ねる。"
ASKS = "工房の設備更新の資金が不足しており、日本政策金融公庫の融資を受けたい。"


@pytest.fixture(scope="module")
def kb():
    return load_kb()


def furniture_plan(support_line: str) -> Plan:
    """A C plan of furniture workshops; only its line on support varies."""
    lines = {
        "C.1.1": ("(1) 該当する製品・サービス等", "杉の間伐材を使った家具"),
        "C.3.1": ("(1) 目指す姿", "首都圏の家具店に販路を広げ、売上を五年で倍にする。"),
        "C.5.1": ("(1) 取組に向けた課題", "作り手が高齢化し、若い職人が定着しない。"),
        "C.6.1": ("(1) 伴走支援の体制", support_line),
    }
    return Plan(plan_type="C", title="山あいの町家具産業成長プラン", industry=Industry(products=["杉の間伐材を使った家具"]),
                sections={k: SectionText(heading=h, text=t) for k, (h, t) in lines.items()})


def lender_lines(kb, support_line: str):
    recs = recommend_for_plan(furniture_plan(support_line), None, kb, top=10)
    return next(r for r in recs if r.id == LOANS).reason_lines


def test_a_lender_in_the_plans_support_team_is_shown_with_where_it_sits(kb):
    lines = lender_lines(kb, TEAM)
    assert not any(rl.kind == "named" for rl in lines), lines
    assert any("伴走支援" in rl.text and TEAM in rl.quote for rl in lines), lines


def test_a_plan_asking_for_the_lenders_loans_keeps_the_named_line(kb):
    lines = lender_lines(kb, ASKS)
    assert any(rl.kind == "named" and ASKS in rl.quote for rl in lines), lines
