"""When the plan recommender leaves a measure out although the plan's needs point at it (issue 20: each signal tested
as a signal, on twin measures that differ only in it; see tests/test_ranking_signals.py).

- a measure that gives way to the type's own programme for the same thing (`Measure.yields_to`) is not shown beside
  it, unless the plan names it; where the programme is not in the list it stays, and a short list stops early only
  once enough measures that do not give way are above what is left and every programme a listed measure gives way
  to has been scored;
- what a published plan of another type obtains (`plan_benefit_for`) is not offered, unless the plan names it;
- a measure that answers a lack (`objects_in_need`) needs its object in a statement of need, not only in the plan;
- a measure about schools' own size (`schools_for_students`) counts a school only where the plan speaks of its
  students;
- the plan's own product line is an object link for a measure of a sector outside the 17 fields only where the plan
  was classified into that sector (`made_in_sector`), and it stands for a weaker statement of the same object;
- a target market selling to the customers a measure serves adds the market link at its weight (`Measure.customers`),
  and the measure's upper bound counts it, so a short list does not stop before it;
- a measure the plan names only as already adopted for a project ranks by its evidence and W_ADOPTED.
"""

from __future__ import annotations

import math

import pytest

from chiiki_mirai.recommender.plan_rank import (
    made_objects,
    measure_statics,
    rank_for_plan,
    score_for_plan,
    upper_bound,
)
from chiiki_mirai.recommender.plan_reading import Evidence, PlanReading
from chiiki_mirai.recommender.plan_statements import Statement
from chiiki_mirai.recommender.plan_text import STRATEGY_LABEL
from chiiki_mirai.recommender.plan_words import norm
from chiiki_mirai.recommender.ranking_model import Signals
from tests.test_ranking_signals import GAP, HELPS_GAP, SOURCE, _reading, _section_reading, plan_order, twins

NAMED = Evidence("双子施策を活用する。", "政策手段")


def _named(reading: PlanReading, mid: str) -> PlanReading:
    reading.named = {mid: NAMED}
    return reading


def test_a_measure_gives_way_to_the_types_own_programme_unless_named(tmp_path_factory) -> None:
    kb = twins(tmp_path_factory, "gives_way", own={}, broad={"yields_to": ["own"]})
    sig = Signals(plan_type="B")
    assert plan_order(kb, sig, _reading(export=1.0)) == ["own"]
    # named, it stays (first, for its name) beside the programme
    assert plan_order(kb, sig, _named(_reading(export=1.0), "broad")) == ["broad", "own"]
    # naming the programme does not bring back the measure that gives way to it
    assert plan_order(kb, sig, _named(_reading(export=1.0), "own")) == ["own"]


def test_a_measure_stays_where_the_programme_it_gives_way_to_is_not_offered(tmp_path_factory) -> None:
    # `own` is listed for A only: nothing in a B plan is ground for it, so `broad` has nothing to give way to
    kb = twins(tmp_path_factory, "gives_way_alone", own={"plan_types": ["A"]}, broad={"yields_to": ["own"]})
    assert plan_order(kb, Signals(plan_type="B"), _reading(export=1.0)) == ["broad"]


def test_a_short_list_does_not_stop_on_a_measure_that_gives_way(tmp_path_factory) -> None:
    """`broad` (need 0.5 + listed 0.3 + gap 0.25 = 1.05) is scored before `own` (0.8) and is above its bound; it gives
    way to `own` once `own` is scored, so a list of one must still score `own` and show it."""
    kb = twins(tmp_path_factory, "gives_way_short", own={}, broad={"yields_to": ["own"], **HELPS_GAP})
    sig = Signals(plan_type="B", gaps=[GAP])
    full = [s.measure.id for s in rank_for_plan(kb, sig, _reading(export=1.0), {}, top=0)]
    assert full == ["own"]
    assert [s.measure.id for s in rank_for_plan(kb, sig, _reading(export=1.0), {}, top=1)] == ["own"]


def test_a_short_list_scores_the_lower_programme_a_listed_measure_gives_way_to(tmp_path_factory) -> None:
    """`aside` (1.05) gives way to `home` (0.8); `peer` (1.05) does not give way, and sorts after `aside` at the same
    score. A list of one is above `home`'s bound once `aside` and `peer` are scored, yet `home`, kept at its share,
    removes `aside`: the short list shows what the full one shows first, `peer`."""
    kb = twins(tmp_path_factory, "gives_way_lower", home={}, aside={"yields_to": ["home"], **HELPS_GAP}, peer=HELPS_GAP)
    sig = Signals(plan_type="B", gaps=[GAP])
    full = [s.measure.id for s in rank_for_plan(kb, sig, _reading(export=1.0), {}, top=0)]
    assert full == ["peer", "home"]
    assert [s.measure.id for s in rank_for_plan(kb, sig, _reading(export=1.0), {}, top=1)] == ["peer"]


def test_what_another_types_published_plan_obtains_is_offered_only_where_named(tmp_path_factory) -> None:
    kb = twins(tmp_path_factory, "other_types_benefit", plain={}, benefit={"plan_benefit_for": ["B"]})
    assert plan_order(kb, Signals(plan_type="C"), _reading(export=1.0)) == ["plain"]
    assert plan_order(kb, Signals(plan_type="C"), _named(_reading(export=1.0), "benefit")) == ["benefit", "plain"]
    # a B plan obtains it: need 0.5 + listed 0.3 + benefit 1.0 = 1.8 (`plain`'s 0.8 falls below half of it)
    assert plan_order(kb, Signals(plan_type="B"), _reading(export=1.0)) == ["benefit"]


def _land_reading(need: bool) -> PlanReading:
    reading = _reading(export=1.0)
    reading.present = {"用地"}
    reading.object_best = {"用地": Evidence("工業用地が不足している。", "課題・政策手段", 1.0)}
    reading.object_needs = {"用地"} if need else set()
    return reading


@pytest.mark.parametrize(("need", "named", "offered"), [(True, False, True), (False, False, False), (False, True, True)])
def test_a_measure_answering_a_lack_needs_it_stated_as_a_lack(tmp_path_factory, need, named, offered) -> None:
    """Land in the plan's area description is no call for land finance; land the plan says it lacks is; a plan
    that names the measure gets it either way. The bound the ranking stops by agrees with the score."""
    kb = twins(tmp_path_factory, "objects_in_need", land={"objects": ["用地"], "objects_in_need": True})
    reading = _land_reading(need)
    if named:
        _named(reading, "land")
    assert plan_order(kb, Signals(plan_type="B"), reading) == (["land"] if offered else [])
    (ms,) = measure_statics(kb)
    score = score_for_plan(ms.measure, Signals(plan_type="B"), reading, kb, {})
    bound = upper_bound(ms, Signals(plan_type="B"), reading)
    assert (score is not None) is offered
    assert (bound == -math.inf) is not offered


def test_a_measure_with_its_object_absent_has_no_bound_whatever_its_need(tmp_path_factory) -> None:
    kb = twins(tmp_path_factory, "object_absent_bound", land={"objects": ["用地"]}, plain={})
    reading = _reading(export=1.0)
    reading.object_needs = {"用地"}  # a need read without the object being in what the plan stands behind
    got = {ms.measure.id: upper_bound(ms, Signals(plan_type="B"), reading) for ms in measure_statics(kb)}
    assert got["land"] == -math.inf and got["plain"] > 0


@pytest.mark.parametrize(("for_students", "made"), [(True, {"大学"}), (False, {"大学", "高専"})])
def test_a_measure_about_schools_size_counts_a_school_only_for_its_students(tmp_path_factory, for_students, made) -> None:
    """The plan speaks of people at 大学 and 高専 (talent objects), of students only at 大学 (the 高専 gives a course)."""
    kb = twins(tmp_path_factory, f"schools_{for_students}",
               school={"themes": ["talent"], "objects": ["大学", "高専"], "schools_for_students": for_students})
    reading = _reading(talent=1.0)
    reading.talent_objects = {"大学", "高専"}
    reading.student_objects = {"大学"}
    assert made_objects(kb.measures["school"], frozenset({"大学", "高専"}), reading) == frozenset(made)


def test_the_route_for_a_named_measure_adds_its_link_only_where_the_plan_says_what_it_seeks_of_it(tmp_path_factory):
    """`Measure.route_for`: the measure that is the way to proceed with one the plan names rises by the route link,
    quoting the plan's words, when those words hold one of the route's words; a bare mention of the named measure
    gives its twin no more than the plain twin."""
    kb = twins(tmp_path_factory, "route_for", plain={}, zone={},
               route={"route_for": [{"measure": "zone", "words": ["規制"]}]})
    sig = Signals(plan_type="B")
    seeks, mention = _reading(export=1.0), _reading(export=1.0)
    seeks.named = {"zone": Evidence("特区の制度で、保管の規制の見直しを国に求める。", "政策手段")}
    mention.named = {"zone": Evidence("市は特区の指定を既に受けている。", "現状")}

    def scored(reading: PlanReading, mid: str):
        return score_for_plan(kb.measures[mid], sig, reading, kb, {})

    routed = [lk for lk in scored(seeks, "route").links if lk.kind == "route"]
    assert [(lk.ref, lk.origin) for lk in routed] == [("zone", "特区の制度で、保管の規制の見直しを国に求める。")]
    assert scored(seeks, "route").score > scored(seeks, "plain").score
    assert not [lk for lk in scored(mention, "route").links if lk.kind == "route"]
    assert scored(mention, "route").score == scored(mention, "plain").score


FIRMS = {"for_firms": {"words": ["中小企業", "スタートアップ"], "source": SOURCE}}


@pytest.mark.parametrize(("mentioned", "offered"), [((), False), (("中小企業",), True), (("中小企業", "スタートアップ"), True)])
def test_a_programme_for_a_kind_of_firm_needs_the_plan_to_mention_one_of_them(tmp_path_factory, mentioned, offered):
    """`Measure.for_firms`: an A plan (not a type the sources tie to such firms) that mentions none of the firms the
    programme is for gets only the plain twin; mentioning one of them, or all, brings the programme back."""
    kb = twins(tmp_path_factory, "for_firms", plain={}, firms=FIRMS)
    reading = _reading(export=1.0)
    reading.present = {norm(w) for w in mentioned}
    assert sorted(plan_order(kb, Signals(plan_type="A"), reading)) == (["firms", "plain"] if offered else ["plain"])


UNIVERSITY = {"themes": ["talent"], "plan_types": ["A"], "objects": ["大学", "リ・スキリング"], "plan_benefit_for": ["B"]}
OPEN = {"open_to": {"plan_types": ["B"], "says": "B の KGI が数える。", "objects": ["リ・スキリング"], "source": SOURCE}}


@pytest.mark.parametrize("states_relearning", [True, False])
def test_the_open_listing_applies_only_where_the_plan_states_its_objects_and_leaves_the_other_links(
        tmp_path_factory, states_relearning):
    """`Measure.open_to`: a B plan that states the object the listing is open for (リ・スキリング) gets the open link on
    top of the other-type penalty; one that states only the university gets neither more nor less than the twin
    without the listing: the penalty and what its published plan obtains stay, the open link goes."""
    kb = twins(tmp_path_factory, "open_to", closed=UNIVERSITY, open={**UNIVERSITY, **OPEN})
    reading = _reading(talent=1.0)
    reading.present = {norm("大学"), norm("リ・スキリング")}
    reading.talent_objects = reading.present if states_relearning else {norm("大学")}
    reading.object_best = {norm("大学"): Evidence("地元の大学で人材を育てる。", "課題・政策手段", 1.0)}
    sig = Signals(plan_type="B")
    scored = {mid: score_for_plan(kb.measures[mid], sig, reading, kb, {}) for mid in ("closed", "open")}
    kinds = {mid: sorted(lk.kind for lk in s.links if lk.kind in ("other_type", "open", "benefit"))
             for mid, s in scored.items()}
    assert kinds["closed"] == ["benefit", "other_type"]
    assert kinds["open"] == (["benefit", "open", "other_type"] if states_relearning else ["benefit", "other_type"])
    assert (scored["open"].score > scored["closed"].score) is states_relearning


def test_a_short_list_scores_the_measure_the_plan_routes_through_before_it_stops(tmp_path_factory):
    """The route link counts in the measure's upper bound: `route` (need 0.5 + listed 0.3 + route 1.5) must be scored
    before a list of two stops on `gap` (0.8 + gap 0.25), whose score is above `route`'s bound without the route."""
    kb = twins(tmp_path_factory, "route_bound", zone={}, gap=HELPS_GAP,
               route={"route_for": [{"measure": "zone", "words": ["規制"]}]})
    sig = Signals(plan_type="B", gaps=[GAP])
    reading = _reading(export=1.0)
    reading.named = {"zone": Evidence("特区の制度で、保管の規制の見直しを国に求める。", "政策手段")}
    full = [s.measure.id for s in rank_for_plan(kb, sig, reading, {}, top=0)]
    assert full[:2] == ["zone", "route"]
    assert [s.measure.id for s in rank_for_plan(kb, sig, reading, {}, top=2)] == ["zone", "route"]


def test_the_route_link_weighs_more_than_a_product_match_and_less_than_the_section_that_holds_what_a_measure_is_for(
        tmp_path_factory):
    """The route link (1.5) is a ground of its own: a plan that asks, in the named programme's words, for what the
    routed measure takes puts it above a measure matched only by the plan's product (0.6 × 1.2 = 0.72), and below a
    measure whose object the plan writes in the very section the measure supports (2.0). Each twin also has the need
    0.5 and the type's listing 0.3."""
    kb = twins(tmp_path_factory, "route_weight", zone={}, product={"products": ["F01.P1"]},
               section={"plan_sections": ["C.5.3"], "objects": ["校舎"]},
               route={"route_for": [{"measure": "zone", "words": ["規制"]}]})
    sig = Signals(plan_type="C", products={"F01.P1": (1.0, "パワー半導体")})
    reading = _section_reading()
    reading.named = {"zone": Evidence("特区の制度で、保管の規制の見直しを国に求める。", "政策手段")}
    assert plan_order(kb, sig, reading) == ["zone", "section", "route", "product"]
    assert score_for_plan(kb.measures["route"], sig, reading, kb, {}).score == pytest.approx(0.5 + 0.3 + 1.5)


CRAFTS = {"traditional_crafts": (1.0, "伝統工芸品")}
FARMING = {"agriculture": (1.0, "農業")}
CRAFT = {"sectors": ["traditional_crafts"], "objects": ["漆器"]}


def _maker_reading() -> PlanReading:
    """A plan whose own product line holds the lacquerware a craft measure is for, and states no need of it."""
    reading = _reading(export=1.0)
    reading.present = {norm("漆器")}
    reading.has_industry = True
    reading.business = norm("漆器の椀と箸")
    reading.subject_lines = ["漆器の椀と箸"]
    return reading


@pytest.mark.parametrize(("sectors", "object_link"), [
    (CRAFTS, True),  # classified into the craft sector alone
    ({**CRAFTS, **FARMING}, True),  # and into another sector as well
    (FARMING, False),  # into another sector only: the product line is no ground
    ({}, False),  # into no sector
])
def test_the_plans_own_product_is_an_object_link_only_in_the_measures_sector(tmp_path_factory, sectors, object_link):
    """`made_in_sector`: the plan makes lacquerware, the measure is for lacquerware in the craft sector. The product
    line gives the object link (0.8, quoting the line) where the plan was classified into that sector, whatever other
    sectors it was classified into too; it gives none where the plan's sectors leave the craft sector out."""
    kb = twins(tmp_path_factory, "made_in_sector", craft=CRAFT)
    scored = score_for_plan(kb.measures["craft"], Signals(plan_type="C", sectors=sectors), _maker_reading(), kb, {})
    links = [(lk.origin, lk.contribution) for lk in scored.links if lk.kind == "object"]
    assert links == ([("漆器の椀と箸", pytest.approx(0.8))] if object_link else [])


MARKET = "ターゲット市場：訪日外国人の個人客に工房で直売する。"
VISITORS = {"customers": ["訪日外国人"]}


def _market_reading() -> PlanReading:
    """A plan whose target market sells to foreign visitors, with a need in the twins' theme."""
    reading = _reading(export=1.0)
    reading.statements = [Statement(MARKET, norm(MARKET), STRATEGY_LABEL, 1.0, "planned", "other")]
    return reading


def test_a_plan_selling_to_the_customers_a_measure_serves_gets_the_market_link_at_its_weight(tmp_path_factory):
    """`Measure.customers`: a target-market statement selling to the visitors the measure serves adds the market link
    (0.8, as strong as a stated need of its object) to the need 0.5 and the listing 0.3; its twin without customers
    keeps 0.8, so the pair is ordered by the market link alone."""
    kb = twins(tmp_path_factory, "market_link", plain={}, visitors=VISITORS)
    sig = Signals(plan_type="C")
    reading = _market_reading()
    got = {s.measure.id: s for s in rank_for_plan(kb, sig, reading, {}, top=0)}
    assert list(got) == ["visitors", "plain"]
    assert {mid: s.score for mid, s in got.items()} == {"visitors": pytest.approx(1.6), "plain": pytest.approx(0.8)}
    market = [lk for lk in got["visitors"].links if lk.kind == "market"]
    assert [(lk.origin, lk.contribution) for lk in market] == [(MARKET, pytest.approx(0.8))]


@pytest.mark.parametrize(("mention", "ground"), [(0.5, "漆器の椀と箸"), (1.0, "町には漆器の店が並ぶ。")])
def test_the_product_line_stands_for_a_weaker_statement_of_the_same_object(tmp_path_factory, mention, ground):
    """The plan makes lacquerware and also mentions it in a statement: the product line (as strong as a stated need,
    1.0) is the object link's ground where the statement is weaker; a statement as strong keeps its place. The link
    is 0.8 either way, quoting its ground."""
    kb = twins(tmp_path_factory, "made_over_mention", craft=CRAFT)
    reading = _maker_reading()
    reading.object_best = {norm("漆器"): Evidence("町には漆器の店が並ぶ。", "現状", mention)}
    scored = score_for_plan(kb.measures["craft"], Signals(plan_type="C", sectors=CRAFTS), reading, kb, {})
    assert [(lk.origin, lk.contribution) for lk in scored.links if lk.kind == "object"] == [(ground, pytest.approx(0.8))]


def test_a_short_list_scores_the_measure_for_the_plans_customers_before_it_stops(tmp_path_factory):
    """The market link counts in the measure's upper bound: `visitors` (need 0.5 + listed 0.3 + market 0.8 = 1.6) must
    be scored before a list of one stops on `gap` (0.8 + gap 0.25 = 1.05), which is above `visitors`' bound without
    the market link."""
    kb = twins(tmp_path_factory, "market_bound", gap=HELPS_GAP, visitors=VISITORS)
    sig = Signals(plan_type="C", gaps=[GAP])
    assert plan_order(kb, sig, _market_reading()) == ["visitors", "gap"]
    assert [s.measure.id for s in rank_for_plan(kb, sig, _market_reading(), {}, top=1)] == ["visitors"]


def test_a_measure_named_only_as_already_adopted_ranks_by_its_own_evidence_and_the_adopted_weight(tmp_path_factory):
    """A plan that reports a programme as already granted to one of its projects (`PlanReading.adopted`) does not ask
    for it: its named link is W_ADOPTED (1.0), not the 5.0 of a measure asked for, on top of the need 0.5 and the
    listing 0.3; the twin the plan does not name keeps 0.8."""
    kb = twins(tmp_path_factory, "adopted_weight", granted={}, plain={})
    reading = _named(_reading(export=1.0), "granted")
    reading.adopted = {"granted"}
    got = {s.measure.id: s for s in rank_for_plan(kb, Signals(plan_type="B"), reading, {}, top=0)}
    assert {mid: s.score for mid, s in got.items()} == {"granted": pytest.approx(1.8), "plain": pytest.approx(0.8)}
    named = [lk for lk in got["granted"].links if lk.kind == "named"]
    assert [(lk.contribution, lk.detail.get("adopted")) for lk in named] == [(pytest.approx(1.0), True)]
