"""Each ranking signal tested as a signal (issue 20): two plans that differ only in it, and the order it must give.

The knowledge base here holds only twin measures (copies of one measure that differ in a single attribute), so
nothing else in the ranking can decide the order: without the signal the twins tie (the id breaks it: twin_a
first), with it the twin the signal favours comes first. Switching a signal off, or weakening it below what the
pair needs, fails its case. Both rankers are covered: the plan recommender (plan_rank.rank_for_plan, what a
check's recommendations come from) and the desk's search (rank.rank_measures, with its diversity re-ranking and
graph walk). The weights the cases rely on are written out here, not read from the product.
"""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
import yaml

from chiiki_mirai.knowledge.loader import load_kb
from chiiki_mirai.recommender.plan_rank import rank_for_plan
from chiiki_mirai.recommender.plan_reading import Evidence, PlanReading
from chiiki_mirai.recommender.rank import rank_measures
from chiiki_mirai.recommender.ranking_model import Signals
from chiiki_mirai.recommender.themes import ThemeStrength

DATA = Path(__file__).resolve().parents[1] / "knowledge" / "data"
GAP = "B.regional_ripple"
SOURCE = {"document": "policy_package", "section": "第3章 5. (1) 計画策定支援", "excerpt": "ワンストップの相談窓口の仕組みを活用し"}
BASE = {
    "name": "双子施策",
    "summary": "並びを比べるための施策。",
    "category": "national_support",
    "themes": ["export"],
    "plan_types": ["A", "B", "C"],
    "ministry": "local_branch_offices",
    "ministry_basis": {"kind": "source", "note": "試験用", "source": SOURCE},
    "source": SOURCE,
    "where_to_ask": "試験用",
}
HELPS_GAP = {"helps": [GAP], "helps_how": [{"requirement": GAP, "rationale": "波及効果を示す。", "source": SOURCE}]}
FIELD_1 = {1: (1.0, "半導体")}
CONDITION = {"conditions": [{"id": "twin_condition", "text": "B計画に記載されていること。", "fact": "plan_type_b",
                             "source": SOURCE}]}

_KBS: dict[str, object] = {}


def twins(tmp_path_factory, name: str, **variants: dict):
    """A knowledge base whose measures are BASE with each variant's changes (id = the variant's name)."""
    if name not in _KBS:
        data = tmp_path_factory.mktemp(name) / "data"
        shutil.copytree(DATA, data, ignore=shutil.ignore_patterns("measures"))
        (data / "measures").mkdir()
        measures = [{**BASE, "id": mid, **change} for mid, change in variants.items()]
        (data / "measures" / "twins.yaml").write_text(yaml.safe_dump(measures, allow_unicode=True), encoding="utf-8")
        kb = load_kb(data)
        assert sorted(kb.measures) == sorted(variants)
        _KBS[name] = kb
    return _KBS[name]


def _reading(**needs: float) -> PlanReading:
    return PlanReading([], needs={t: Evidence("輸出の販路がない。", "課題・政策手段", s) for t, s in needs.items()})


def plan_order(kb, sig: Signals, reading: PlanReading, facts: dict | None = None) -> list[str]:
    return [s.measure.id for s in rank_for_plan(kb, sig, reading, facts, top=0)]


def desk_scores(kb, sig: Signals, facts: dict | None = None) -> dict[str, float]:
    return {s.measure.id: s.score for s in rank_measures(kb, sig, facts, top=0)}


# --- the plan recommender ------------------------------------------------------------------------------------------
# (signal, twin_b's difference, twin_a's difference, the plan without the signal, the plan with it);
# a plan is (Signals kwargs, the needs read from the plan, the plan facts)
PLAN_CASES = [
    ("gap boost", HELPS_GAP, {}, ({"plan_type": "B"}, {"export": 1.0}, {}),
     ({"plan_type": "B", "gaps": [GAP]}, {"export": 1.0}, {})),
    # twin_b serves export, twin_a tourism: export stated more strongly than tourism puts twin_b first
    ("need strength", {}, {"themes": ["tourism"]}, ({"plan_type": "B"}, {"tourism": 0.8, "export": 0.6}, {}),
     ({"plan_type": "B"}, {"tourism": 0.8, "export": 1.0}, {})),
    # (both twins also match a field, so that twin_a stays above half of twin_b's score with the menu)
    ("type prior: the type's menu", {"menu_for": ["B"], "fields": [1]}, {"fields": [1]},
     ({"plan_type": "C", "fields": FIELD_1}, {"export": 1.0}, {}),
     ({"plan_type": "B", "fields": FIELD_1}, {"export": 1.0}, {})),
    ("type prior: listed for fewer types", {"plan_types": ["B", "C"]}, {}, ({"plan_type": None}, {"export": 1.0}, {}),
     ({"plan_type": "B"}, {"export": 1.0}, {})),
    ("field prior", {"fields": [1]}, {}, ({"plan_type": "B"}, {"export": 1.0}, {}),
     ({"plan_type": "B", "fields": {1: (1.0, "半導体")}}, {"export": 1.0}, {})),
    ("product prior", {"products": ["semiconductor_devices"]}, {}, ({"plan_type": "B"}, {"export": 1.0}, {}),
     ({"plan_type": "B", "products": {"semiconductor_devices": (1.0, "パワー半導体")}}, {"export": 1.0}, {})),
    ("benefit of the type", {"plan_benefit_for": ["B"]}, {}, ({"plan_type": "A"}, {"export": 1.0}, {}),
     ({"plan_type": "B"}, {"export": 1.0}, {})),
    # twin_a carries a condition: met (or unknown) it costs nothing, unmet it drops twin_a below twin_b
    ("condition unmet", {}, CONDITION, ({"plan_type": "B"}, {"export": 1.0}, {"plan_type_b": True}),
     ({"plan_type": "B"}, {"export": 1.0}, {"plan_type_b": False})),
]


@pytest.mark.parametrize("case", PLAN_CASES, ids=[c[0] for c in PLAN_CASES])
def test_plan_ranker_signal_decides_the_order(case, tmp_path_factory) -> None:
    name, b_change, a_change, without, with_ = case
    kb = twins(tmp_path_factory, "plan_" + name.replace(" ", "_").replace(":", ""), twin_a=a_change, twin_b=b_change)
    for (sig, needs, facts), expected in ((without, ["twin_a", "twin_b"]), (with_, ["twin_b", "twin_a"])):
        got = plan_order(kb, Signals(**sig), _reading(**needs), facts)
        assert got == expected, (name, sig, needs, facts)


def test_plan_ranker_signal_sizes(tmp_path_factory) -> None:
    """The margins each signal gives, written out: a weight halved or doubled fails here, not only an order."""
    kb = twins(tmp_path_factory, "plan_sizes", twin_a={}, twin_b=HELPS_GAP)
    base = {s.measure.id: s.score for s in rank_for_plan(kb, Signals(plan_type="B", gaps=[GAP]), _reading(export=1.0),
                                                         {}, top=0)}
    # need 0.5 × strength 1.0, listed for B 0.3 (all three types: no specificity bonus), the gap 0.25
    assert base == {"twin_a": pytest.approx(0.8), "twin_b": pytest.approx(1.05)}
    menu = twins(tmp_path_factory, "plan_menu_size", twin_a={"fields": [1]}, twin_b={"menu_for": ["B"], "fields": [1]})
    got = {s.measure.id: s.score for s in rank_for_plan(menu, Signals(plan_type="B", fields=FIELD_1), _reading(export=1.0),
                                                        {}, top=0)}
    # the field 0.6 × 1.0 each; the menu 1.2 replaces listed 0.3
    assert got == {"twin_a": pytest.approx(1.4), "twin_b": pytest.approx(2.3)}
    cond = twins(tmp_path_factory, "plan_condition_size", twin_a=CONDITION, twin_b={})
    got = {s.measure.id: s.score for s in rank_for_plan(cond, Signals(plan_type="B"), _reading(export=1.0),
                                                        {"plan_type_b": False}, top=0)}
    assert got == {"twin_a": pytest.approx(0.75), "twin_b": pytest.approx(0.8)}  # an unmet condition costs 0.05


def test_plan_ranker_keeps_a_weak_measure_only_near_the_best(tmp_path_factory) -> None:
    """Below half of the best unnamed measure's score (and below 0.35) a measure has too little ground."""
    kb = twins(tmp_path_factory, "plan_share", twin_a={"themes": ["tourism"]}, twin_b={})
    assert plan_order(kb, Signals(plan_type="B"), _reading(export=1.0, tourism=0.2)) == ["twin_b", "twin_a"]
    # tourism 0.5×0.2 + 0.3 = 0.4 against 0.8: exactly half is kept; at 0.1 (0.35 < 0.4) it is dropped
    assert plan_order(kb, Signals(plan_type="B"), _reading(export=1.0, tourism=0.1)) == ["twin_b"]


# --- the desk's search (rank.rank_measures) ------------------------------------------------------------------------


def test_desk_gap_boost_moves_the_measure_that_closes_the_gap_up(tmp_path_factory) -> None:
    # twin_a serves the plan's main need, twin_b a lesser one and helps close the gap
    kb = twins(tmp_path_factory, "desk_gap", twin_a={}, twin_b={"themes": ["tourism"], **HELPS_GAP})
    themes = {"export": ThemeStrength(1.0), "tourism": ThemeStrength(0.7)}
    without = desk_scores(kb, Signals(plan_type="B", themes=themes))
    with_ = desk_scores(kb, Signals(plan_type="B", themes=themes, gaps=[GAP]))
    assert without["twin_a"] > without["twin_b"]
    assert with_["twin_b"] > with_["twin_a"]
    # the boost is 0.6 for a gap one measure helps close (divided by √helpers), nothing else moves
    assert with_["twin_b"] - without["twin_b"] == pytest.approx(0.6, abs=0.05)


def test_desk_gap_boost_is_larger_for_a_rare_gap(tmp_path_factory) -> None:
    other = {"helps": ["B.cost_effectiveness"], "helps_how": [
        {"requirement": "B.cost_effectiveness", "rationale": "費用対効果を示す。", "source": SOURCE}]}
    kb = twins(tmp_path_factory, "desk_idf", twin_a=HELPS_GAP, twin_b=other, twin_c=HELPS_GAP)
    sig = Signals(plan_type="B", themes={"export": ThemeStrength(1.0)}, gaps=[GAP, "B.cost_effectiveness"])
    got = {s.measure.id: s for s in rank_measures(kb, sig, None, top=0)}
    gap = {mid: sum(lk.contribution for lk in s.links if lk.kind == "gap") for mid, s in got.items()}
    # one helper: 0.6; two helpers share it as 0.6/√2
    assert gap == {"twin_b": pytest.approx(0.6), "twin_a": pytest.approx(0.6 / 2**0.5),
                   "twin_c": pytest.approx(0.6 / 2**0.5)}


def test_desk_need_strength_decides_between_two_needs(tmp_path_factory) -> None:
    kb = twins(tmp_path_factory, "desk_need", twin_a={"themes": ["tourism"]}, twin_b={})
    weak = desk_scores(kb, Signals(plan_type="B", themes={"tourism": ThemeStrength(1.0),
                                                           "export": ThemeStrength(0.5)}))
    strong = desk_scores(kb, Signals(plan_type="B", themes={"tourism": ThemeStrength(0.5),
                                                             "export": ThemeStrength(1.0)}))
    assert weak["twin_a"] > weak["twin_b"] and strong["twin_b"] > strong["twin_a"]


def test_desk_field_prior_and_gate(tmp_path_factory) -> None:
    kb = twins(tmp_path_factory, "desk_field", twin_a={}, twin_b={"fields": [1]})
    base = {"plan_type": "B", "themes": {"export": ThemeStrength(1.0)}}
    # a measure aimed at a field the plan does not touch is left out; matching the field puts it first
    assert set(desk_scores(kb, Signals(**base))) == {"twin_a"}
    got = desk_scores(kb, Signals(**base, fields={1: (1.0, "半導体")}))
    assert got["twin_b"] - got["twin_a"] > 0.8  # the field link 1.0, less what the graph walk gives twin_a


def test_desk_type_prior(tmp_path_factory) -> None:
    kb = twins(tmp_path_factory, "desk_type", twin_a={}, twin_b={"plan_types": ["B"]})
    base = {"themes": {"export": ThemeStrength(1.0)}}
    assert set(desk_scores(kb, Signals(plan_type="A", **base))) == {"twin_a"}  # a B-only measure is no answer for A
    got = desk_scores(kb, Signals(plan_type="B", **base))
    assert got["twin_b"] > got["twin_a"]  # 0.05 per type it is not for: a B-only measure is closer to a B plan
    menu = twins(tmp_path_factory, "desk_menu", twin_a={}, twin_b={"menu_for": ["B"]})
    got = desk_scores(menu, Signals(plan_type="B", **base))
    assert got["twin_b"] - got["twin_a"] > 0.7  # the menu 0.8 (a need this strong makes it fit fully)


def test_desk_condition_unmet_costs_a_little(tmp_path_factory) -> None:
    kb = twins(tmp_path_factory, "desk_condition", twin_a=CONDITION, twin_b={})
    base = Signals(plan_type="B", themes={"export": ThemeStrength(1.0)})
    met = [s.measure.id for s in rank_measures(kb, base, {"plan_type_b": True}, top=0)]
    unmet = rank_measures(kb, base, {"plan_type_b": False}, top=0)
    assert met == ["twin_a", "twin_b"]
    assert [s.measure.id for s in unmet] == ["twin_b", "twin_a"]
    assert unmet[0].score - unmet[1].score == pytest.approx(0.05)
    assert unmet[1].conditions == [{"id": "twin_condition", "text": "B計画に記載されていること。", "met": False,
                                    "fact": "plan_type_b"}]


def test_desk_diversity_puts_another_need_between_two_of_the_same(tmp_path_factory) -> None:
    """Two export measures and one tourism measure: the second export measure loses 0.12 for the first one."""
    kb = twins(tmp_path_factory, "desk_diversity", twin_a={}, twin_b={}, twin_c={"themes": ["tourism"]})

    def ranked(tourism: float) -> list:
        sig = Signals(plan_type="B", themes={"export": ThemeStrength(1.0), "tourism": ThemeStrength(tourism)})
        return rank_measures(kb, sig, None, top=3)

    close = ranked(0.9)  # twin_c below the export twins by less than 0.12 (the graph walk counts too)
    scores = {s.measure.id: s.score for s in close}
    assert scores["twin_a"] == scores["twin_b"] > scores["twin_c"] > scores["twin_b"] - 0.12
    assert [s.measure.id for s in close] == ["twin_a", "twin_c", "twin_b"]  # another need comes second
    # the score each was ranked by: the second export measure lost 0.12 for the first one
    assert [s.rank_score for s in close] == pytest.approx([scores["twin_a"], scores["twin_c"], scores["twin_b"] - 0.12])
    far = ranked(0.75)  # twin_c more than 0.12 below: the order of the scores
    assert [s.measure.id for s in far] == ["twin_a", "twin_b", "twin_c"]
    assert far[1].rank_score == pytest.approx(far[1].score - 0.12)
