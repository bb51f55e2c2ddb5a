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
from chiiki_mirai.recommender.classify import Classification, FieldMatch, ProductMatch
from chiiki_mirai.recommender.plan_evidence import Evidence, PlanReading
from chiiki_mirai.recommender.plan_rank import (
    author_may_write,
    made_objects,
    measure_statics,
    rank_for_plan,
    score_for_plan,
    upper_bound,
)
from chiiki_mirai.recommender.plan_statements import Statement
from chiiki_mirai.recommender.rank import diversify, rank_measures
from chiiki_mirai.recommender.ranking_model import Link, Scored, Signals
from chiiki_mirai.recommender.signals import add_classification
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
    ("product prior", {"products": ["F01.P1"]}, {}, ({"plan_type": "B"}, {"export": 1.0}, {}),
     ({"plan_type": "B", "products": {"F01.P1": (1.0, "パワー半導体")}}, {"export": 1.0}, {})),
    # (both twins match a field: twin_a stays above half of twin_b's score with the benefit. Without a plan type
    # the twins tie; a plan of another type than B is not offered what a published B plan obtains at all)
    ("benefit of the type", {"plan_benefit_for": ["B"], "fields": [1]}, {"fields": [1]},
     ({"plan_type": None, "fields": FIELD_1}, {"export": 1.0}, {}),
     ({"plan_type": "B", "fields": FIELD_1}, {"export": 1.0}, {})),
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
        # the bound the ranking stops by is never below a twin's score (the signal counted in both)
        for ms in measure_statics(kb):
            s = score_for_plan(ms.measure, Signals(**sig), _reading(**needs), kb, facts)
            assert s is None or s.score <= upper_bound(ms, Signals(**sig), _reading(**needs)), (name, ms.measure.id)


def _section_reading() -> PlanReading:
    """A plan that writes, in its 仕組みづくり section (C.5.3), what a measure for school buildings is for."""
    reading = _reading(export=1.0)
    text = "閉校した校舎を工房と展示の場に転用する。"
    reading.statements = [Statement(text, text, "仕組みづくり", 1.0, "planned", "other", section="C.5.3")]
    reading.present = {"校舎"}
    reading.object_best = {"校舎": Evidence(text, "仕組みづくり", 1.0, "C.5.3")}
    return reading


# (what the measure is, the plan's signals, its reading, the score's parts written out)
BOUND_CASES = [
    # a product, a field and a sector matched: the strongest in full, the others at 0.15 (links.field_links):
    # 0.6 × (1.2 + 0.15 × (1.0 + 0.5)) = 0.855, with the need 0.5 and listed 0.3
    ("a field, a product and a sector", {"fields": [1], "products": ["F01.P1"], "sectors": ["traditional_crafts"]},
     {"plan_type": "B", "fields": FIELD_1, "products": {"F01.P1": (1.0, "パワー半導体")},
      "sectors": {"traditional_crafts": (1.0, "伝統工芸品")}}, lambda: _reading(export=1.0), 1.655),
    # the section link 2.0 (not the object link 0.8 as well) with the need 0.5 and listed 0.3
    ("a section that holds what the measure is for", {"plan_sections": ["C.5.3"], "objects": ["校舎"]},
     {"plan_type": "C"}, _section_reading, 2.8),
    # a product and a sector: 0.6 × (1.2 + 0.15 × 0.5) = 0.765, with the need 0.5 and listed 0.3
    ("a product and a sector", {"products": ["F01.P1"], "sectors": ["traditional_crafts"]},
     {"plan_type": "B", "products": {"F01.P1": (1.0, "パワー半導体")}, "sectors": {"traditional_crafts": (1.0, "伝統工芸品")}},
     lambda: _reading(export=1.0), 1.565),
]


@pytest.mark.parametrize("case", BOUND_CASES, ids=[c[0] for c in BOUND_CASES])
def test_plan_ranker_bound_is_never_below_the_score(case, tmp_path_factory) -> None:
    """The ranking scores measures in the order of their bound and stops early: a bound below a measure's score
    would leave it unseen."""
    name, change, sig, reading, score = case
    kb = twins(tmp_path_factory, "plan_bound_" + name.replace(" ", "_").replace(",", ""), twin_a=change)
    ms = measure_statics(kb)[0]
    got = score_for_plan(ms.measure, Signals(**sig), reading(), kb, {})
    assert got is not None and got.score == pytest.approx(score)
    assert got.score <= upper_bound(ms, Signals(**sig), reading())


# (case, the twins, the needs read from the plan, the plan's fields, the full ranking): every shorter list must be
# its head, although the ranking stops scoring once no measure left can enter it.
# best: need 0.5 + direction 0.8 + field 0.6 + menu 1.2 + gap 0.25 = 3.35; weak: 0.5 + 0.8 + listed 0.3 = 1.6, below
# half of 3.35 and dropped; the type's benefit is kept whatever its share: tourism 0.05 + listed 0.3 + benefit 1.0 = 1.35
BEST = {"menu_for": ["B"], "fields": [1], **HELPS_GAP}
BENEFIT = {"plan_benefit_for": ["B"]}
STOP_CASES = [
    ("a measure above the benefit falls below the share", {"best": BEST, "weak": {}, "benefit": {"themes": ["tourism"], **BENEFIT}},
     {"export": 1.0, "tourism": 0.1}, FIELD_1, ["best", "benefit"]),
    # two benefits whose bound counts a field at its largest (0.72) though the plan matches it weakly (0.2 of one
    # of two fields: 0.085): scored before the talent benefit (0.25 + 0.3 + 1.0 = 1.55), they score below it (1.435)
    ("benefits scored early score below a later one",
     {"best": BEST, "weak": {}, "loose_1": {"themes": ["tourism"], "fields": [2, 3], **BENEFIT},
      "loose_2": {"themes": ["tourism"], "fields": [2, 3], **BENEFIT}, "talent": {"themes": ["talent"], **BENEFIT}},
     {"export": 1.0, "tourism": 0.1, "talent": 0.5}, {**FIELD_1, 2: (0.2, "蓄電池")}, ["best", "talent", "loose_1", "loose_2"]),
]


@pytest.mark.parametrize("case", STOP_CASES, ids=[c[0] for c in STOP_CASES])
def test_plan_ranker_stopping_early_gives_the_head_of_the_full_ranking(case, tmp_path_factory) -> None:
    name, variants, needs, fields, expected = case
    kb = twins(tmp_path_factory, "plan_stop_" + name.replace(" ", "_"), **variants)
    reading = _reading(**needs)
    reading.directions = {"export": ThemeStrength(1.0)}
    sig = Signals(plan_type="B", fields=fields, gaps=[GAP])
    assert [s.measure.id for s in rank_for_plan(kb, sig, reading, {}, top=0)] == expected
    for top in range(1, len(expected) + 1):
        assert [s.measure.id for s in rank_for_plan(kb, sig, reading, {}, top=top)] == expected[:top], top


def test_plan_ranker_stopping_early_counts_the_share_of_the_best_unnamed_measure(tmp_path_factory) -> None:
    """A named measure scoring below the best unnamed one sets no share: the early stop counts a measure as kept only
    at half of the best unnamed score, or a benefit scored after it would be lost from a short list.
    named: 5.0 − other type 1.2 − unmet condition 0.05 + tourism 0.05 = 3.8; best: 3.35 + benefit 1.0 = 4.35;
    middle: need 0.5 + direction 0.8 + listed 0.3 + gap 0.25 + a weak field 0.085 = 1.935, above half of 3.8 but
    below half of 4.35 (dropped); benefit: tourism 0.05 + listed 0.3 + benefit 1.0 = 1.35, bound below middle's score."""
    kb = twins(tmp_path_factory, "plan_stop_named_below", named={"themes": ["tourism"], "plan_types": ["A"], **CONDITION},
               best={**BEST, **BENEFIT}, middle={"fields": [2], **HELPS_GAP}, benefit={"themes": ["tourism"], **BENEFIT})
    reading = _reading(export=1.0, tourism=0.1)
    reading.directions = {"export": ThemeStrength(1.0)}
    reading.named = {"named": Evidence("双子施策を活用する。", "政策手段")}
    sig = Signals(plan_type="B", fields={**FIELD_1, 2: (0.2, "蓄電池")}, gaps=[GAP])
    facts = {"plan_type_b": False}
    got = {s.measure.id: s.score for s in rank_for_plan(kb, sig, reading, facts, top=0)}
    assert got == {"best": pytest.approx(4.35), "named": pytest.approx(3.8), "benefit": pytest.approx(1.35)}
    for top in range(1, 4):
        assert [s.measure.id for s in rank_for_plan(kb, sig, reading, facts, top=top)] == list(got)[:top], top


@pytest.mark.parametrize(
    ("facts", "may"),
    [
        (None, True),
        ({}, True),
        ({"author_kind_allowed": True}, True),
        ({"author_kind_allowed": None}, True),  # not known: no reason to withhold
        ({"author_kind_allowed": False}, False),
        ({"author_kind_allowed": True, "author_not_local_government": True}, False),
    ],
)
def test_author_may_write(facts, may) -> None:
    assert author_may_write(facts) is may


@pytest.mark.parametrize(
    ("fields", "themes", "objects", "end_use", "talent", "made"),
    [
        # a measure for fields: what the plan names only as its products' end use is not what it makes
        ([1], ["export"], {"データセンター", "半導体"}, {"データセンター"}, set(), {"半導体"}),
        ([1], ["export"], {"データセンター"}, {"データセンター"}, set(), {"\0"}),  # all end uses: an object no plan holds
        ([1], ["export"], {"半導体"}, set(), set(), {"半導体"}),
        ([1], ["export"], {"半導体"}, {"データセンター"}, set(), {"半導体"}),  # an end use it is not for: nothing added
        ([], ["export"], {"データセンター"}, {"データセンター"}, set(), {"データセンター"}),  # not a field measure: all kept
        # a talent measure (talent its first theme) is for people: its school counts in a statement about people
        ([], ["talent", "export"], {"大学", "高校"}, set(), {"大学"}, {"大学"}),
        ([], ["talent"], {"大学"}, set(), set(), {"\0"}),  # only as a council member or a partner
        ([], ["export", "talent"], {"大学", "高校"}, set(), {"大学"}, {"大学", "高校"}),  # talent not its first theme
        ([], ["tourism"], {"博物館"}, set(), set(), {"博物館"}),  # another theme (sorting after talent): all kept
    ],
)
def test_made_objects(tmp_path_factory, fields, themes, objects, end_use, talent, made) -> None:
    kb = twins(tmp_path_factory, f"plan_made_{len(fields)}_{'_'.join(themes)}", twin_a={"fields": fields, "themes": themes})
    reading = _reading()
    reading.end_use = end_use
    reading.talent_objects = talent
    assert made_objects(kb.measures["twin_a"], frozenset(objects), reading) == frozenset(made)


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
    benefit = twins(tmp_path_factory, "plan_benefit_size", twin_a={}, twin_b={"plan_benefit_for": ["B"]})
    got = {s.measure.id: s.score for s in rank_for_plan(benefit, Signals(plan_type="B"), _reading(export=1.0), {}, top=0)}
    # what the published plan itself obtains (優先採択, 審査上の考慮): 1.0 on top of the need 0.5 and listed 0.3; twin_a's
    # 0.8 is then below half of it and has too little ground
    assert got == {"twin_b": pytest.approx(1.8)}
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


def test_plan_ranker_keeps_what_the_plan_obtains_but_not_a_menu_entry_it_barely_points_at(tmp_path_factory) -> None:
    """The type's menu is a prior, not a pass: an entry the plan barely points at (a faint tourism need) is dropped
    below half of the best measure like any other; what the published plan itself obtains (its benefit) stays."""
    kb = twins(tmp_path_factory, "plan_menu_share", twin_a={"menu_for": ["B"], "themes": ["tourism"]},
               twin_b={"fields": [1], "objects": ["輸出"]}, twin_c={"plan_benefit_for": ["B"], "themes": ["tourism"]})
    reading = _reading(export=1.0, tourism=0.05)
    reading.directions = {"export": ThemeStrength(1.0)}
    reading.present = {"輸出"}
    reading.object_best = {"輸出": Evidence("輸出の販路がない。", "課題・政策手段", 1.0)}
    got = {s.measure.id: s.score for s in rank_for_plan(kb, Signals(plan_type="B", fields=FIELD_1), reading, {}, top=0)}
    # twin_b: need 0.5 + direction 0.8 + object 0.8 + field 0.6 + listed 0.3 = 3.0; twin_a: menu 1.2 + 0.025 < 1.5
    assert got == {"twin_b": pytest.approx(3.0), "twin_c": pytest.approx(1.325)}


def test_plan_ranker_drops_a_measure_below_0_35(tmp_path_factory) -> None:
    kb = twins(tmp_path_factory, "plan_min_score", twin_a={"themes": ["tourism"]}, twin_b={})
    # twin_a: 0.5 × 0.05 + 0.3 = 0.325, above half of twin_b's 0.4 but below 0.35
    assert plan_order(kb, Signals(plan_type="B"), _reading(export=0.2, tourism=0.05)) == ["twin_b"]
    assert plan_order(kb, Signals(plan_type="B"), _reading(export=0.2, tourism=0.1)) == ["twin_b", "twin_a"]  # 0.35


def test_plan_ranker_needs_the_measures_object_in_the_plan(tmp_path_factory) -> None:
    kb = twins(tmp_path_factory, "plan_object", twin_a={}, twin_b={"objects": ["博物館"]})
    absent = _reading(export=1.0)
    assert plan_order(kb, Signals(plan_type="B"), absent) == ["twin_a"]  # what twin_b is for is not in the plan
    present = _reading(export=1.0)
    present.present = {"博物館"}
    present.object_best = {"博物館": Evidence("博物館の来館者が減っている。", "課題・政策手段", 0.5)}
    got = {s.measure.id: _links(s) for s in rank_for_plan(kb, Signals(plan_type="B"), present, {}, top=0)}
    assert got["twin_b"]["object"] == pytest.approx(0.4)  # 0.8 × the statement's strength 0.5
    assert "object" not in got["twin_a"]


def test_plan_ranker_offers_the_menu_when_nothing_in_the_plan_points_at_a_measure(tmp_path_factory) -> None:
    kb = twins(tmp_path_factory, "plan_menu_only", twin_a={"plan_types": ["B"]}, twin_b={"menu_for": ["B"]},
               twin_c={"fields": [1]})
    # no need, no field, no gap: listed for the type alone is no ground (even for B only: 0.6), the type's menu is
    assert plan_order(kb, Signals(plan_type="B"), _reading()) == ["twin_b"]


def test_plan_ranker_gives_ten_measures_by_default(tmp_path_factory) -> None:
    kb = twins(tmp_path_factory, "plan_default_top", **{f"twin_{i:02}": {} for i in range(12)})
    assert len(rank_for_plan(kb, Signals(plan_type="B"), _reading(export=1.0), {}, top=0)) == 12
    assert [s.measure.id for s in rank_for_plan(kb, Signals(plan_type="B"), _reading(export=1.0))] == [
        f"twin_{i:02}" for i in range(10)]


def test_plan_ranker_without_facts_leaves_conditions_unknown(tmp_path_factory) -> None:
    kb = twins(tmp_path_factory, "plan_no_facts", twin_a=CONDITION)
    got = rank_for_plan(kb, Signals(plan_type="B"), _reading(export=1.0))
    assert [(s.score, s.conditions) for s in got] == [(pytest.approx(0.8), [
        {"id": "twin_condition", "text": "B計画に記載されていること。", "met": None, "fact": "plan_type_b"}])]


# (the direction's strength, its link: 0.8 × √strength, the score: with the need 0.5 and listed 0.3, to 6 decimals)
@pytest.mark.parametrize(("strength", "direction", "score"), [(0.0, None, 0.8), (0.5, 0.565685, 1.365685)])
def test_plan_ranker_direction_link(tmp_path_factory, strength, direction, score) -> None:
    kb = twins(tmp_path_factory, "plan_direction", twin_a={})
    reading = _reading(export=1.0)
    reading.directions = {"export": ThemeStrength(strength)}
    (got,) = rank_for_plan(kb, Signals(plan_type="B"), reading, {}, top=0)
    assert _links(got).get("direction") == (direction and pytest.approx(direction))
    assert got.score == score


def test_plan_ranker_counts_one_gap_of_those_a_measure_helps_close(tmp_path_factory) -> None:
    other = "B.cost_effectiveness"
    two = {"helps": [GAP, other], "helps_how": [HELPS_GAP["helps_how"][0], {
        "requirement": other, "rationale": "費用対効果を示す。", "source": SOURCE}]}
    kb = twins(tmp_path_factory, "plan_two_gaps", twin_a=two)
    (got,) = rank_for_plan(kb, Signals(plan_type="B", gaps=[GAP, other]), _reading(export=1.0), {}, top=0)
    assert [(lk.ref, lk.contribution) for lk in got.links if lk.kind == "gap"] == [(GAP, 0.25)]  # the plan's first
    assert got.score == pytest.approx(1.05)


def test_plan_ranker_links_strongest_first(tmp_path_factory) -> None:
    kb = twins(tmp_path_factory, "plan_link_order", twin_a={}, twin_b=HELPS_GAP)
    got = {s.measure.id: s for s in rank_for_plan(kb, Signals(plan_type="B", gaps=[GAP]), _reading(export=1.0), {},
                                                  top=0)}
    assert [(lk.kind, lk.contribution) for lk in got["twin_b"].links] == [
        ("need", 0.5), ("listed", pytest.approx(0.3)), ("gap", 0.25)]


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


def test_desk_gap_boost_is_capped_for_a_measure_closing_several_gaps(tmp_path_factory) -> None:
    both = {"helps": [GAP, "B.cost_effectiveness"], "helps_how": []}
    kb = twins(tmp_path_factory, "desk_gap_cap", twin_a=both, twin_b=HELPS_GAP)
    sig = Signals(plan_type="B", themes={"export": ThemeStrength(1.0)}, gaps=[GAP, "B.cost_effectiveness"])
    got = {s.measure.id: s for s in rank_measures(kb, sig, None, top=0)}
    gaps = [round(lk.contribution, 6) for lk in got["twin_a"].links if lk.kind == "gap"]
    # 0.6 for the rare gap and 0.6/√2 for the shared one, scaled down to 0.6 in all (the cap), proportions kept
    rare, shared = 0.6, 0.6 / 2**0.5
    assert gaps == pytest.approx([0.6 * rare / (rare + shared), 0.6 * shared / (rare + shared)])


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


def test_desk_without_facts_leaves_a_condition_unknown_and_costs_nothing(tmp_path_factory) -> None:
    kb = twins(tmp_path_factory, "desk_condition", twin_a=CONDITION, twin_b={})
    got = rank_measures(kb, Signals(plan_type="B", themes={"export": ThemeStrength(1.0)}), None, top=0)
    assert [(s.measure.id, s.score) for s in got] == [("twin_a", got[1].score), ("twin_b", got[1].score)]
    assert got[0].conditions == [{"id": "twin_condition", "text": "B計画に記載されていること。", "met": None,
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


def test_desk_field_link_is_shared_over_the_measures_fields(tmp_path_factory) -> None:
    """A measure aimed at two fields, the plan matching one of them: 1/√2 of the link a one-field measure gets;
    a field or product link grows with the strength of the match."""
    kb = twins(tmp_path_factory, "desk_field_share", twin_a={"fields": [1]}, twin_b={"fields": [1, 2]},
               twin_c={"products": ["F01.P1"]}, twin_d={"products": ["F01.P1", "F01.P2"]})
    sig = Signals(plan_type="B", themes={"export": ThemeStrength(1.0)}, fields=FIELD_1,
                  products={"F01.P1": (0.5, "パワー半導体")})
    got = {s.measure.id: {k: v for k, v in _links(s).items() if k in ("field", "product")}
           for s in rank_measures(kb, sig, None, top=0)}
    # a product matched at half strength: 1.2 × 0.5; of a measure's two products, 1/√2 of that
    assert got == {"twin_a": {"field": 1.0}, "twin_b": {"field": pytest.approx(2**-0.5)}, "twin_c": {"product": 0.6},
                   "twin_d": {"product": pytest.approx(0.6 * 2**-0.5)}}


def test_desk_gives_ten_measures_by_default(tmp_path_factory) -> None:
    kb = twins(tmp_path_factory, "desk_default_top", **{f"twin_{i:02}": {} for i in range(12)})
    sig = Signals(plan_type="B", themes={"export": ThemeStrength(1.0)})
    assert len(rank_measures(kb, sig, None, top=0)) == 12
    assert [s.measure.id for s in rank_measures(kb, sig)] == [f"twin_{i:02}" for i in range(10)]


def test_desk_stopping_early_gives_the_head_of_the_diversified_ranking(tmp_path_factory) -> None:
    """Sixteen export measures are scored first (one batch): the second export one loses 0.12 for the first, so a
    tourism measure less than 0.12 below them (the graph walk counts too), scored later, comes second."""
    kb = twins(tmp_path_factory, "desk_stop", twin_t={"themes": ["tourism"]}, **{f"twin_e{i:02}": {} for i in range(16)})
    sig = Signals(plan_type="B", themes={"export": ThemeStrength(1.0), "tourism": ThemeStrength(0.8)})
    ranked = rank_measures(kb, sig, None, top=0)
    full = [s.measure.id for s in ranked]
    assert full[:4] == ["twin_e00", "twin_t", "twin_e01", "twin_e02"]
    # each export measure already listed costs the next one 0.12: the third one 0.24
    assert [s.score - s.rank_score for s in ranked if s.measure.id.startswith("twin_e")][:3] == pytest.approx(
        [0.0, 0.12, 0.24])
    assert [s.measure.id for s in rank_measures(kb, sig, None, top=2)] == full[:2]


def test_desk_text_links_count_a_term_where_it_weighs_most_and_three_terms_at_most(tmp_path_factory) -> None:
    kb = twins(tmp_path_factory, "desk_text_place", twin_a={"name": "輸出商談会", "keywords": ["販路開拓", "展示会", "見本市"]})
    sig = Signals(plan_type="B", themes={"export": ThemeStrength(1.0)}, segments=[
        ("輸出商談会と見本市に出る。", 1.5, "戦略"), ("輸出商談会を開き、販路開拓と展示会で広げる。", 3.0, "課題・政策手段")])
    (got,) = rank_measures(kb, sig, None, top=0)
    text = [(lk.ref, lk.origin, round(lk.contribution, 6)) for lk in got.links if lk.kind == "text"]
    # the name counts where it weighs most (0.6 × 0.95); of the three keywords the two at full weight count
    assert text[0] == ("輸出商談会", "課題・政策手段", 0.57)
    assert [t[0] for t in text] == ["輸出商談会", "展示会", "販路開拓"]


def test_desk_text_links_of_equal_weight_are_taken_in_the_order_of_the_terms_as_written(tmp_path_factory) -> None:
    """Four keywords at the same weight: three count, taken by the term as written (ＤＸ推進 sorts after the kana and
    kanji terms as written, although folded to dx推進 it would come first)."""
    kb = twins(tmp_path_factory, "desk_text_tie", twin_a={"keywords": ["販路開拓", "ＤＸ推進", "省力化投資", "ロボット導入"]})
    sig = Signals(plan_type="B", themes={"export": ThemeStrength(1.0)},
                  segments=[("ＤＸ推進と省力化投資、ロボット導入と販路開拓を進める。", 3.0, "課題・政策手段")])
    (got,) = rank_measures(kb, sig, None, top=0)
    assert [lk.ref for lk in got.links if lk.kind == "text"] == ["ロボット導入", "省力化投資", "販路開拓"]


def test_desk_diversity_breaks_a_tie_by_id(tmp_path_factory) -> None:
    """Two needs' best measures tie: the one with the smaller id comes first, whatever else its need holds."""
    kb = twins(tmp_path_factory, "desk_tie", twin_a={}, twin_b={"themes": ["tourism"]}, twin_z={})

    def scored(mid: str, score: float, theme: str) -> Scored:
        return Scored(kb.measures[mid], score, [Link("theme", theme, "", score)], [])

    got = diversify([scored("twin_z", 0.5, "export"), scored("twin_b", 1.0, "tourism"), scored("twin_a", 1.0, "export")], 0)
    assert [(s.measure.id, s.rank_score) for s in got] == [
        ("twin_a", 1.0), ("twin_b", 1.0), ("twin_z", pytest.approx(0.5 - 0.12))]


@pytest.mark.parametrize(
    ("filters", "expected"),
    [
        ({}, ["twin_a", "twin_b"]),
        ({"category": None}, ["twin_a", "twin_b"]),
        ({"category": "national_support"}, ["twin_a"]),  # the fiscal measure (sorting before it) is not one
        ({"category": "fiscal"}, ["twin_b"]),
        # a category as typed in (a string built at run time, not the knowledge's own object)
        ({"category": "".join(["national", "_support"])}, ["twin_a"]),
    ],
)
def test_desk_category_filter_keeps_that_category_only(tmp_path_factory, filters, expected) -> None:
    kb = twins(tmp_path_factory, "desk_filters", twin_a={}, twin_b={"category": "fiscal"})
    sig = Signals(plan_type="B", themes={"export": ThemeStrength(1.0)})
    assert sorted(s.measure.id for s in rank_measures(kb, sig, None, top=0, filters=filters)) == expected


def _links(s) -> dict[str, float]:
    """The score's parts summed per kind of link."""
    out: dict[str, float] = {}
    for lk in s.links:
        out[lk.kind] = round(out.get(lk.kind, 0.0) + lk.contribution, 6)
    return out


def test_desk_link_sizes_written_out(tmp_path_factory) -> None:
    """Each part of a desk score at its weight: theme 1.0, menu 0.8, benefit 0.4, gap 0.6, field 1.0, product 1.2,
    sector 0.5, the graph walk at most 0.2, 0.05 per plan type the measure is not for, 0.05 per unmet condition."""
    kb = twins(
        tmp_path_factory, "desk_sizes",
        twin_a={"menu_for": ["B"], "plan_benefit_for": ["B"], **HELPS_GAP, **CONDITION},
        twin_b={"plan_types": ["B"], "fields": [1], "sectors": ["traditional_crafts"]},
        twin_c={"plan_types": ["B", "C"], "products": ["F01.P1"], "themes": ["export", "tourism"]},
    )
    sig = Signals(plan_type="B", themes={"export": ThemeStrength(1.0), "tourism": ThemeStrength(0.25)}, gaps=[GAP],
                  fields={1: (1.0, "半導体")}, products={"F01.P1": (1.0, "ロボット")},
                  sectors={"traditional_crafts": (0.9, "伝統工芸品")})
    got = {s.measure.id: s for s in rank_measures(kb, sig, {"plan_type_b": False}, top=0)}
    links = {mid: _links(s) for mid, s in got.items()}
    ppr = {mid: links[mid].pop("ppr") for mid in links}
    assert max(ppr.values()) == pytest.approx(0.2)  # personalised PageRank, scaled to its best node
    assert links["twin_a"] == {"theme": 1.0, "menu": 0.8, "benefit": 0.4, "gap": 0.6}
    # a field link first; a sector link after it counts 0.15 of its 0.5 × 0.9
    assert links["twin_b"] == {"theme": 1.0, "field": 1.0, "sector": pytest.approx(0.15 * 0.45)}
    # two themes share 1/√2 each: (1.0 + 0.25) / √2
    assert links["twin_c"] == {"theme": pytest.approx(1.25 / 2**0.5), "product": 1.2}
    extra = {mid: round(s.score - sum(lk.contribution for lk in s.links), 6) for mid, s in got.items()}
    assert extra == {"twin_a": -0.05, "twin_b": 0.1, "twin_c": 0.05}  # type bonus 0.05 × (3 − types) − unmet


# the field gate: a measure for other fields is no candidate unless the plan matches one of its fields or products
GATE_CASES = [
    ("no field or product of the plan", {"fields": [2]}, False),
    ("a product of the plan, its field not", {"fields": [2], "products": ["F01.P1"]}, True),
    ("a field of the plan", {"fields": [1, 2]}, True),
    ("no field named: any plan", {}, True),
]


def test_desk_field_gate_opens_to_the_measures_own_words(tmp_path_factory) -> None:
    """The desk's word overlap with a measure (Signals.extra) makes it a candidate whatever fields it is for."""
    kb = twins(tmp_path_factory, "desk_gate_own_words", twin_a={"fields": [2]})
    sig = Signals(plan_type="B", fields={1: (1.0, "半導体")}, extra={"twin_a": [Link("words", "商談会", "", 0.5)]})
    got = rank_measures(kb, sig, None, top=0)
    assert [(s.measure.id, _links(s)["words"]) for s in got] == [("twin_a", 0.5)]


@pytest.mark.parametrize("case", GATE_CASES, ids=[c[0] for c in GATE_CASES])
def test_desk_field_gate(case, tmp_path_factory) -> None:
    name, change, candidate = case
    kb = twins(tmp_path_factory, "desk_gate_" + name.replace(" ", "_").replace(",", ""), twin_a=change)
    sig = Signals(plan_type="B", themes={"export": ThemeStrength(1.0)}, fields={1: (1.0, "半導体")},
                  products={"F01.P1": (1.0, "パワー半導体")})
    assert [s.measure.id for s in rank_measures(kb, sig, None, top=0)] == (["twin_a"] if candidate else [])


def test_desk_field_and_product_links_count_a_match_at_most_fully(tmp_path_factory) -> None:
    """A field or product matched above 1 (a strong classification) counts as 1: field 1.0, product 1.2."""
    kb = twins(tmp_path_factory, "desk_link_caps", twin_a={"fields": [1]}, twin_b={"products": ["F01.P1"]})
    sig = Signals(plan_type="B", fields={1: (1.6, "半導体")}, products={"F01.P1": (1.4, "パワー半導体")})
    got = {s.measure.id: _links(s) for s in rank_measures(kb, sig, None, top=0)}
    assert (got["twin_a"]["field"], got["twin_b"]["product"]) == (1.0, 1.2)


def test_desk_words_alone_seed_no_graph_walk(tmp_path_factory) -> None:
    """A question of words only (no plan type, need, field or gap) gives the graph walk no seed: no measure gets a
    walk link."""
    kb = twins(tmp_path_factory, "desk_words_only", twin_a={"name": "輸出商談会"}, twin_b={"name": "観光商談会"})
    sig = Signals(segments=[("輸出商談会と観光商談会を開く。", 3.0, "課題・政策手段")])
    got = {s.measure.id: _links(s) for s in rank_measures(kb, sig, None, top=0)}
    assert got == {"twin_a": {"text": 0.57, "ppr": 0.0}, "twin_b": {"text": 0.57, "ppr": 0.0}}


def test_desk_takes_no_measure_nothing_points_at_and_no_need_stated_at_nought(tmp_path_factory) -> None:
    """twin_b serves tourism, which the plan states at 0: no link, nothing points at it, it is no candidate; twin_c
    serves both: only its export need is a link; twin_d is on the type's menu for tourism: a menu link of 0 is no
    ground either."""
    kb = twins(tmp_path_factory, "desk_nothing", twin_a={}, twin_b={"themes": ["tourism"]},
               twin_c={"themes": ["export", "tourism"]}, twin_d={"themes": ["tourism"], "menu_for": ["B"]})
    sig = Signals(plan_type="B", themes={"export": ThemeStrength(1.0), "tourism": ThemeStrength(0.0)})
    got = {s.measure.id: [lk.ref for lk in s.links if lk.kind == "theme"] for s in rank_measures(kb, sig, None, top=0)}
    assert got == {"twin_a": ["export"], "twin_c": ["export"]}


def test_desk_early_stop_with_exactly_one_batch_of_candidates(tmp_path_factory) -> None:
    """16 candidates (the first batch, BATCH written out): a short list is the head of the full one."""
    kb = twins(tmp_path_factory, "desk_one_batch", **{f"twin_{i:02}": {} for i in range(16)})
    sig = Signals(plan_type="B", themes={"export": ThemeStrength(1.0)})
    full = [s.measure.id for s in rank_measures(kb, sig, None, top=0)]
    assert len(full) == 16
    assert [s.measure.id for s in rank_measures(kb, sig, None, top=3)] == full[:3]


def test_desk_menu_fits_a_need_specific_measure_as_far_as_the_need_goes(tmp_path_factory) -> None:
    kb = twins(tmp_path_factory, "desk_menu_fit", twin_a={"menu_for": ["B"]},
               twin_b={"menu_for": ["B"], "category": "fiscal"})
    got = {s.measure.id: _links(s) for s in rank_measures(kb, Signals(plan_type="B", themes={
        "export": ThemeStrength(0.25)}), None, top=0)}
    assert got["twin_a"]["menu"] == pytest.approx(0.4)  # a need of 0.25 is half of the 0.5 that fits fully
    assert got["twin_b"]["menu"] == pytest.approx(0.8)  # a cross-cutting instrument fits any plan


def test_desk_text_links_weigh_where_the_words_are(tmp_path_factory) -> None:
    kb = twins(
        tmp_path_factory,
        "desk_text",
        twin_a={"name": "輸出商談会", "keywords": ["販路開拓", "展示会", "販売"]},
        twin_b={"name": "観光商談会", "aliases": ["観光見本市"]},
    )
    sig = Signals(
        plan_type="B",
        themes={"export": ThemeStrength(1.0)},
        segments=[("輸出商談会を開く。", 3.0, "課題・政策手段"), ("販路開拓と展示会で販売を広げ、観光商談会と観光見本市に出る。", 1.5, "戦略")],
    )
    got = {s.measure.id: s for s in rank_measures(kb, sig, None, top=0)}
    text = [(lk.ref, round(lk.contribution, 6)) for lk in got["twin_a"].links if lk.kind == "text"]
    # each term counts 1 - Π(1 - c) of 0.6, c = the term's weight (name 1.0, keyword 0.6) × the segment's weight / 3,
    # at most 0.95: the name at full weight 0.95, each keyword at half weight 0.3; a two-character keyword (販売) is
    # too generic to count, a three-character one (展示会) counts
    p1, p2, p3 = 0.05, 0.05 * 0.7, 0.05 * 0.7 * 0.7
    assert text == [("輸出商談会", 0.57), ("展示会", pytest.approx(0.6 * (p1 - p2))),
                    ("販路開拓", pytest.approx(0.6 * (p2 - p3)))]
    # a name and an alias in a segment of half weight: 0.6 × 1.0 × 0.5, then 0.6 × 0.5 of what is left
    twin_b = [(lk.ref, round(lk.contribution, 6)) for lk in got["twin_b"].links if lk.kind == "text"]
    assert twin_b == [("観光商談会", 0.3), ("観光見本市", 0.15)]


def test_a_classification_becomes_fields_products_and_a_leading_sector() -> None:
    sig = Signals()
    cls = Classification(
        text="", fields=[FieldMatch(1, "半導体", 0.9, 0.9, 0.0, ["パワー半導体", "半導体"],
                                    [ProductMatch("F01.P1", "ロボット", 0.7, ["協働ロボット", "ロボット"]), ProductMatch("F01.P2", "x", 0.4)])],
        outside=[("traditional_crafts", "伝統工芸品", 0.7), ("agriculture", "農業", 0.56), ("food", "食品", 0.55)],
    )
    add_classification(sig, cls)
    assert sig.fields == {1: (0.9, "パワー半導体")}
    assert sig.products == {"F01.P1": (0.7, "協働ロボット"), "F01.P2": (0.4, "x")}  # no term: the product's name
    # a sector counts at 0.5 or more and at least 0.8 of the best one: 0.56 is, 0.55 is not
    assert sig.sectors == {"traditional_crafts": (0.7, "伝統工芸品"), "agriculture": (0.56, "農業")}
    weak = Signals()
    add_classification(weak, Classification(text="", fields=[], outside=[("food", "食品", 0.5), ("a", "a", 0.49)]))
    assert weak.sectors == {"food": (0.5, "食品")}
    edge = Signals()  # exactly 0.8 of the best one counts
    add_classification(edge, Classification(text="", fields=[], outside=[("a", "a", 1.0), ("b", "b", 0.8),
                                                                         ("c", "c", 0.79)]))
    assert edge.sectors == {"a": (1.0, "a"), "b": (0.8, "b")}
    none = Signals()
    add_classification(none, None)
    assert none == Signals()


def test_desk_theme_links_are_capped_and_a_need_read_from_a_gap_counts_fully(tmp_path_factory) -> None:
    kb = twins(
        tmp_path_factory,
        "desk_theme_cap",
        twin_a={"themes": ["export", "tourism", "talent"]},
        twin_b={"themes": ["export", "tourism"], **HELPS_GAP},
        twin_c={"themes": ["export", "tourism"]},
    )
    sig = Signals(
        plan_type="B",
        themes={"export": ThemeStrength(1.0), "tourism": ThemeStrength(1.0), "talent": ThemeStrength(1.0)},
        gap_themes={"export": [GAP]},
        gaps=[GAP],
    )
    got = {s.measure.id: [round(lk.contribution, 6) for lk in s.links if lk.kind == "theme"]
           for s in rank_measures(kb, sig, None, top=0)}
    # three themes at 1/√3 each make 1.73: scaled down to 1.5 in all
    assert got["twin_a"] == pytest.approx([0.5, 0.5, 0.5])
    # export is the need the gap calls for and twin_b helps close it: 1.0, not 1/√2 (1.71 in all, scaled to 1.5)
    full, shared = 1.0, 1 / 2**0.5
    assert sorted(got["twin_b"]) == pytest.approx(sorted([1.5 * full / (full + shared), 1.5 * shared / (full + shared)]))
    assert got["twin_c"] == pytest.approx([shared, shared])


# The graph walk's seeds and their weights, written out: a plan type at half weight, a field or product at its score
# (at most 1), a theme at its strength (its first two cues as the origin), a gap as its requirement and its check at
# half weight.
SEED_CASES = [
    (Signals(plan_type="B"), {"plan_type:B": 0.5}),
    (Signals(fields={1: (1.4, "半導体"), 2: (0.3, "蓄電池")}), {"field:1": 1.0, "field:2": 0.3}),
    (Signals(products={"F01.P1": (0.7, "パワー半導体")}), {"product:F01.P1": 0.7}),
    (Signals(themes={"export": ThemeStrength(0.8, ["輸出", "海外", "販路"])}), {"theme:export": 0.8}),
    (Signals(gaps=[GAP]), {f"requirement:{GAP}": 0.5, f"check:{GAP}": 0.5}),
    (Signals(plan_type="A", themes={"export": ThemeStrength(0.2)}, gaps=[GAP]),
     {"plan_type:A": 0.5, "theme:export": 0.2, f"requirement:{GAP}": 0.5, f"check:{GAP}": 0.5}),
]


@pytest.mark.parametrize(("sig", "weights"), SEED_CASES)
def test_desk_graph_walk_seeds_and_their_weights(sig: Signals, weights: dict[str, float]) -> None:
    seeds = sig.seeds()
    assert seeds.weights == pytest.approx(weights)
    if "theme:export" in weights and sig.themes["export"].cues:
        assert seeds.origin["theme:export"] == "輸出・海外"


def test_desk_a_gap_seeds_the_graph_walk(tmp_path_factory) -> None:
    kb = twins(tmp_path_factory, "desk_gap_seed", twin_a=HELPS_GAP, twin_b={})

    def ppr(gaps: list[str]) -> dict[str, float]:
        sig = Signals(plan_type="B", themes={"export": ThemeStrength(1.0)}, gaps=gaps)
        return {s.measure.id: _links(s)["ppr"] for s in rank_measures(kb, sig, None, top=0)}

    without, with_ = ppr([]), ppr([GAP])
    assert with_["twin_a"] / with_["twin_b"] > without["twin_a"] / without["twin_b"]


def test_plan_ranker_weights_of_a_name_another_type_and_the_directions(tmp_path_factory) -> None:
    """A named measure (5.0), one listed only for other plan types (−1.2), a direction (0.8 × √share, its first three
    cues quoted): each written out, so a weight moved fails here."""
    kb = twins(tmp_path_factory, "plan_named_other", twin_a={"plan_types": ["A"], "fields": [1]}, twin_b={})
    reading = _reading(export=1.0)
    reading.named = {"twin_b": Evidence("双子施策を活用する。", "政策手段")}
    reading.directions = {"export": ThemeStrength(0.64, ["輸出", "海外", "販路", "商談"], "基本戦略")}
    got = {s.measure.id: s for s in rank_for_plan(kb, Signals(plan_type="B", fields=FIELD_1), reading, {}, top=0)}
    assert {mid: _links(s) for mid, s in got.items()} == {
        # the name 5.0, need 0.5, direction 0.8 × √0.64 = 0.64, listed for B 0.3
        "twin_b": {"named": 5.0, "need": 0.5, "direction": pytest.approx(0.64), "listed": pytest.approx(0.3)},
        # need 0.5, direction 0.64, the field 0.6, listed for A only −1.2
        "twin_a": {"need": 0.5, "direction": pytest.approx(0.64), "field": pytest.approx(0.6), "other_type": -1.2},
    }
    assert [s.measure.id for s in got.values()] == ["twin_b", "twin_a"]  # the named one first
    direction = next(lk for lk in got["twin_a"].links if lk.kind == "direction")
    assert direction.detail["cues"] == ["輸出", "海外", "販路"] and direction.origin == "輸出・海外・販路"


def test_plan_ranker_offsets_another_types_listing_where_a_plan_states_what_an_open_programme_pays_for(
        tmp_path_factory) -> None:
    """A programme listed for B only but open to C plans (`open_to`): a C plan stating what it pays for (its objects)
    gets the object (0.8 × the statement's strength) and the offset of the other types' penalty by the listing a B
    plan has (0.3 + 0.15 × 2 + 1.2 = 1.8); a C plan stating nothing of it, an A plan and a programme not open to C
    get none."""
    open_c = {"plan_types": ["B"], "objects": ["自動化"], "open_to": {"plan_types": ["C"], "says": "例示", "source": SOURCE}}
    kb = twins(tmp_path_factory, "plan_open_to", twin_a=open_c, twin_b={"plan_types": ["B"], "objects": ["自動化"]})

    def got(plan_type: str, stated: bool) -> dict[str, dict[str, float]]:
        reading = _reading(export=1.0)
        if stated:
            reading.present = {"自動化"}
            reading.object_best = {"自動化": Evidence("研磨工程を自動化する設備を入れる。", "課題・政策手段", 1.0)}
        return {s.measure.id: _links(s) for s in rank_for_plan(kb, Signals(plan_type=plan_type), reading, {}, top=0)}

    assert got("C", True) == {"twin_a": {"need": 0.5, "other_type": -1.2, "object": 0.8, "open": pytest.approx(1.8)}}
    # no object stated: not offered; an A plan: need 0.5 + object 0.8 − 1.2 = 0.1, below the least score
    assert got("C", False) == got("A", True) == {}


def test_plan_ranker_gives_nothing_for_a_type_the_measure_is_not_listed_for(tmp_path_factory) -> None:
    kb = twins(tmp_path_factory, "plan_other_only", twin_a={"plan_types": ["A"]}, twin_b={})
    # twin_a: need 0.5 − 0.5 = 0: no ground
    assert plan_order(kb, Signals(plan_type="B"), _reading(export=1.0)) == ["twin_b"]


def test_plan_ranker_offers_the_benefit_once_published_where_the_author_cannot_write_the_type(tmp_path_factory) -> None:
    """A measure that is what a published plan of the type obtains keeps its benefit link where the author cannot
    write the type (the plan obtains it once a body that may write it publishes it), marked so for its reason line;
    an author who may write the type gets the plain link."""
    kb = twins(tmp_path_factory, "plan_benefit_author", twin_b={"plan_benefit_for": ["B"]})

    def got(facts: dict[str, object]) -> tuple[dict[str, float], dict]:
        (s,) = rank_for_plan(kb, Signals(plan_type="B"), _reading(export=1.0), facts, top=0)
        return _links(s), next(lk.detail for lk in s.links if lk.kind == "benefit")

    links, detail = got({"author_kind_allowed": False})
    assert links == {"benefit": 1.0, "need": 0.5, "listed": pytest.approx(0.3)} and detail.get("author_first")
    links, detail = got({"author_kind_allowed": True})
    assert links == {"benefit": 1.0, "need": 0.5, "listed": pytest.approx(0.3)} and not detail.get("author_first")


def test_plan_ranker_bound_counts_every_target_matched(tmp_path_factory) -> None:
    """A measure matching the plan's field, product and sector: its bound covers all three links."""
    kb = twins(tmp_path_factory, "plan_targets", twin_a={"fields": [1], "products": ["F01.P1"]})
    sig = Signals(plan_type="B", fields=FIELD_1, products={"F01.P1": (1.0, "パワー半導体")})
    (ms,) = measure_statics(kb)
    s = score_for_plan(ms.measure, sig, _reading(export=1.0), kb, {})
    assert s is not None and s.score <= upper_bound(ms, sig, _reading(export=1.0))


def test_plan_ranker_goes_on_past_a_measure_with_no_ground(tmp_path_factory) -> None:
    # twin_a: listed for B only (bound 0.6) but nothing in the plan points at it; twin_b (0.55) comes after it
    kb = twins(tmp_path_factory, "plan_no_ground_first", twin_a={"plan_types": ["B"], "themes": ["tourism"]}, twin_b={})
    assert plan_order(kb, Signals(plan_type="B"), _reading(export=0.5)) == ["twin_b"]


def test_plan_ranker_without_facts_applies_no_condition(tmp_path_factory) -> None:
    kb = twins(tmp_path_factory, "plan_condition_no_facts", twin_a=CONDITION, twin_b={})
    got = rank_for_plan(kb, Signals(plan_type="B"), _reading(export=1.0), None, top=0)
    assert [(s.measure.id, s.score, [c["met"] for c in s.conditions]) for s in got] == [
        ("twin_a", pytest.approx(0.8), [None]), ("twin_b", pytest.approx(0.8), [])]


def test_the_desk_ranks_a_measure_serving_no_theme_on_its_field(tmp_path_factory) -> None:
    """The schema lets a measure list no themes (a field-only measure): it is still scored, on its field alone, with
    no theme link (its share of each theme is never computed as 1/0)."""
    kb = twins(tmp_path_factory, "no_themes", twin_a={"themes": [], "fields": [1]}, twin_b={"fields": [1]})
    got = {s.measure.id: s for s in rank_measures(kb, Signals(plan_type="B", fields=FIELD_1), None, top=0)}
    assert set(got) == {"twin_a", "twin_b"}
    assert [lk.kind for lk in got["twin_a"].links if lk.kind == "field"] == ["field"]
    assert not any(lk.kind == "theme" for lk in got["twin_a"].links)


def test_the_desk_menu_needs_a_stated_need_of_the_measure(tmp_path_factory) -> None:
    """The type's menu weighs by how strongly the plan states one of the measure's needs: a plan that states none
    (only a matching field) gives the menu measure no menu weight, and the twins tie."""
    kb = twins(tmp_path_factory, "desk_menu_no_need", twin_a={"fields": [1]}, twin_b={"menu_for": ["B"], "fields": [1]})
    got = {s.measure.id: s for s in rank_measures(kb, Signals(plan_type="B", fields=FIELD_1), None, top=0)}
    assert got["twin_a"].score == got["twin_b"].score
    assert sum(lk.contribution for lk in got["twin_b"].links if lk.kind == "menu") == 0


def test_the_desk_lists_every_measure_of_a_ministry_behind_more_than_a_batch_of_others(tmp_path_factory) -> None:
    """Unlimited (top=0) and filtered by ministry: the one measure of that ministry, whose bound is below those of
    more than the first batch (16) of other ministries' measures, is still listed."""
    others = {f"twin_{i:02d}": {"fields": [1]} for i in range(20)}
    kb = twins(tmp_path_factory, "desk_ministry_batch", **others, twin_z={"ministry": "mlit"})
    sig = Signals(plan_type="B", themes={"export": ThemeStrength(1.0)}, fields=FIELD_1)
    assert [s.measure.id for s in rank_measures(kb, sig, None, top=0, filters={"ministry": "mlit"})] == ["twin_z"]


def test_the_desk_sector_weight_is_capped_at_a_full_match(tmp_path_factory) -> None:
    """A sector matched above 1.0 (the classifier's score) weighs as a full match: W_SECTOR 0.5, written out here."""
    kb = twins(tmp_path_factory, "desk_sector_cap", twin_a={"sectors": ["traditional_crafts"]})
    for w in (1.0, 1.6):
        got = rank_measures(kb, Signals(plan_type="B", sectors={"traditional_crafts": (w, "伝統工芸品")}), None, top=0)
        assert [lk.contribution for lk in got[0].links if lk.kind == "sector"] == [pytest.approx(0.5)]


def test_desk_menu_fit_grows_in_proportion_to_the_need(tmp_path_factory) -> None:
    """Below the strength that fits fully (0.5) the menu weight is W_MENU 0.8 × strength / 0.5: 0.16 at 0.1."""
    kb = twins(tmp_path_factory, "desk_menu_fit_low", twin_a={"menu_for": ["B"]})
    got = rank_measures(kb, Signals(plan_type="B", themes={"export": ThemeStrength(0.1)}), None, top=0)
    assert [lk.contribution for lk in got[0].links if lk.kind == "menu"] == [pytest.approx(0.16)]
