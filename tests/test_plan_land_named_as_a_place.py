"""Land named as the place of other works asks for the works, not for land (issue 19, round 40, found on dev).

The support for industrial land (`industrial_land_development_support`, `objects_in_need`) answers a lack of land
the plan states. A plan that names its industrial park or its factory site only as where power, roads or drainage
are to be improved (「工業団地の受電設備を増強する」, 「新工場用地周辺の道路・排水を整備する」) asks for that
infrastructure; the same plan stating that land for the factory runs short asks for land. Each case is a pair of
A plans that differ only in that line; the plans are written here for these tests.
"""

from __future__ import annotations

import pytest

from chiiki_mirai.knowledge.loader import load_kb
from chiiki_mirai.recommender.api import recommend_for_plan
from tests.plan_sections import plan_of

LAND = "industrial_land_development_support"


@pytest.fixture(scope="module")
def kb():
    return load_kb()


@pytest.mark.parametrize(("means", "offered"), [
    ("北部工業団地の受電設備を増強する。", False),
    ("新工場用地周辺の道路・排水の整備を市が進める。", False),
    ("増設に必要な工場用地が不足しており、北部工業団地の拡張を進める。", True),
])
def test_land_named_only_as_the_place_of_other_works_asks_for_no_land(kb, means, offered):
    plan = plan_of("A", "県南の精密部品クラスター計画", "精密部品", {
        "A.3.1": ("(1) 基本戦略", "精密加工の中核企業3社が医療・半導体装置向けの部品を増産する。"),
        "A.5.1": ("(1) 課題", "熟練工の高齢化で、量産ラインの段取り替えを担う人材が足りない。"),
        "A.5.2": ("(2) 政策手段", means),
    })
    ids = [r.id for r in recommend_for_plan(plan, None, kb, top=40)]
    assert (LAND in ids) is offered, ids
