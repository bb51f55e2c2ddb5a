"""Whom a programme is for, and what a plan's targets say (issue 19, round 33): the classes below, found on dev.

- a programme for a kind of firm (中堅・中小企業やスタートアップが行う…大規模投資: the mid-sized firms' large-investment
  subsidy) is for a plan that speaks of such firms (`Measure.for_firms`): an A plan formed around a large firm's
  plant or a terminal, which never mentions mid-sized or small firms, is no client of it unless it names it; a B plan
  is, as the sources describe its core firms as such (中堅企業支援策の適用, 参考リスト: 従業員規模が2,000名以下).
Each case is a pair of plans that differ only in that signal. The plans are written here for these tests.
"""

from __future__ import annotations

import pytest

from chiiki_mirai.core.plan import Industry, Investment, Plan, SectionText
from chiiki_mirai.knowledge.loader import load_kb
from chiiki_mirai.recommender.api import recommend_for_plan

CHUKEN = "chuken_large_growth_investment_subsidy"


@pytest.fixture(scope="module")
def kb():
    return load_kb()


def ids(kb, plan: Plan) -> list[str]:
    return [r.id for r in recommend_for_plan(plan, None, kb, top=40)]


def plant_plan(plan_type: str, problem: str, policy: str = "") -> Plan:
    """A plan for a battery-materials plant; its type, problem and policy line vary."""
    p = plan_type
    sections = {
        f"{p}.4.1": ("(1) 基本戦略", "車載電池向けの正極材を量産し、国内の電池メーカーに供給する。"),
        f"{p}.5.1": ("(1) 課題", problem),
        f"{p}.5.2": ("(2) 政策手段", "新工場の建設と量産設備の導入を進める。" + policy),
    }
    return Plan(plan_type=plan_type, title="電池材料クラスター", industry=Industry(domain="正極材"),
                investments=[Investment(company="正極材の製造会社", description="正極材の量産工場の新設（約600億円）")],
                sections={k: SectionText(heading=h, text=t) for k, (h, t) in sections.items()})


# --- the firms a programme is for ---------------------------------------------------------------------------------

@pytest.mark.parametrize(("problem", "offered"), [
    ("量産工場の設備投資の資金負担が大きい。", False),  # a large firm's plant: no mid-sized or small firm in sight
    ("部材を納める地元の中堅・中小企業の設備投資の資金負担が大きい。", True),
    ("材料系スタートアップの量産設備への投資が進まない。", True),
])
def test_an_a_plan_gets_the_mid_sized_firms_subsidy_where_it_speaks_of_such_firms(kb, problem, offered):
    assert (CHUKEN in ids(kb, plant_plan("A", problem))) is offered


def test_an_a_plan_that_names_the_subsidy_gets_it_whoever_invests(kb):
    plan = plant_plan("A", "量産工場の設備投資の資金負担が大きい。", "中堅等大規模成長投資補助金の活用を想定する。")
    assert CHUKEN in ids(kb, plan)


def test_a_b_plans_core_firms_are_mid_sized_by_the_sources(kb):
    assert CHUKEN in ids(kb, plant_plan("B", "量産工場の設備投資の資金負担が大きい。"))
