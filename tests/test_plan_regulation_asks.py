"""A plan's request about the regulations its project is under reaches the special-zone system (issue 19).

The package's menu has 国家戦略特区制度等を活用した規制・制度改革 for every plan type, but it ranks only where the plan
holds what it is for (`Measure.objects`). Plans for hydrogen, ammonia and chemical sites ask the state for the safety
rules their plant is held to to be made workable (「保安規制」「規制の合理化」) without naming the special zones; that
request (規制の合理化) is what the 規制・制度改革 route takes, so it counts as the measure's object. A plan that
only keeps the safety rules, asks how to comply with them, or speaks of no regulation does not get the measure.
The plans are written here for this test.
"""

from __future__ import annotations

import pytest

from chiiki_mirai.knowledge.loader import load_kb
from chiiki_mirai.recommender.api import recommend_for_plan
from tests.plan_sections import plan_of

ZONES = "national_strategic_special_zones_reform"


@pytest.fixture(scope="module")
def kb():
    return load_kb()


def ammonia_plan(request: str) -> object:
    """An A plan of an ammonia terminal; only its request to the state about regulation varies."""
    return plan_of("A", "港湾部のアンモニア供給拠点計画", "水素・アンモニア", {
        "A.1.1": ("(1) 地域の強み", "港の背後に製鉄所と発電所があり、燃料アンモニアの大口需要が見込める。"),
        "A.3.1": ("(1) 核となる投資", "受入基地に低温タンク1基と出荷設備を建設する（投資額600億円）。"),
        "A.4.1": ("(1) 課題", "受入基地までの道路が狭く、大型車が通れない。"),
        "A.4.2": ("(2) 国に求める支援", "臨港道路の拡幅への支援を求める。" + request),
    })


@pytest.mark.parametrize(("request_", "handed"), [
    ("タンクの離隔距離に関する保安規制の合理化を求める。", True),
    # advice on how to comply, or a plan that keeps the rules, asks no reform
    ("出荷設備の試運転に係る保安規制への対応について国の助言を求める。", False),
    ("低温タンクは保安規制を遵守して設計し、従業員の保安訓練を年2回行う。", False),
    ("", False),  # nothing about regulation
])
def test_a_request_about_the_plants_safety_rules_brings_the_special_zone_system(kb, request_, handed):
    ids = [r.id for r in recommend_for_plan(ammonia_plan(request_), None, kb, top=10)]
    assert (ZONES in ids) is handed, ids
