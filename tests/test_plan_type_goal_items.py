"""Each plan type has exactly one 記載項目 whose heading names the goals (KGI / 目標) and not the KPIs.

The unread-KGI fact walks that item's lines as one section (its same-section check is recorded equivalent in
benchmarks/mutation_equivalent.yaml for that reason); a second such item in the knowledge must fail here first.
"""

from __future__ import annotations

import pytest

from chiiki_mirai.core.text.normalize import nfkc
from chiiki_mirai.knowledge.loader import load_kb
from chiiki_mirai.rules.facts.unread_indicators import names_the_goals

KB = load_kb()


@pytest.mark.parametrize("plan_type, item", [("A", "A.5.1"), ("B", "B.3.2"), ("C", "C.3.2")])
def test_each_plan_type_has_one_goals_item(plan_type: str, item: str) -> None:
    pt = KB.plan_types[plan_type]
    goals = [i.id for s in pt.sections for i in s.items if names_the_goals(nfkc(i.heading))]
    assert goals == [item]


@pytest.mark.parametrize("heading, goals", [
    ("目指すべき目標", True),
    ("KGI（2040年目標）", True),
    ("KPI及びKPI未達時の撤退基準の設定", False),
    ("KGI・KPIの設定", False),
    ("推進体制", False),
])
def test_a_goals_heading_names_kgi_or_goals_but_not_kpi(heading: str, goals: bool) -> None:
    assert names_the_goals(heading) is goals
