"""The scorer's notion of a right window (issue 19). The headline `ministry_right` is the reviewer's window: the same
body, or one is the other's ministry (the top of its line), and 関係府省 agrees only with 関係府省. The side column
`ministry_shared` also lets 関係府省 agree with exactly a body the cited passage names, for a measure the sources give
to 関係府省; it never counts less than the headline. The cases are made up here."""

from __future__ import annotations

from itertools import product

from benchmarks import rec_eval as re_
from benchmarks.bench_recommend_corpus import passage_bodies
from chiiki_mirai.knowledge.loader import load_kb

# an organisation under an agency under a ministry, a sibling organisation and a regional office under the ministry
PARENTS = {"fund_org": "small_firms_agency", "small_firms_agency": "economy", "trade_org": "economy",
           "economy_bureau_east": "economy"}
# the joint scheme's cited passage names the economy ministry; the agency grant has one lead body and no such passage
SHARED = {"joint_scheme": ("economy",)}


BODIES = sorted({*PARENTS, *PARENTS.values(), "labour", "farming", "fisheries_office", re_.RELATED})


def judged(mid: str, reviewer: str, unsure_note: str = "") -> re_.Judgement:
    return re_.Judgement("w9_02_b_valley", "w9", "r1", (mid,), (), {}, {mid: reviewer},
                         (mid,) if unsure_note else (), (), unsure_note)


def figures(mid: str, reviewer: str, shown: str, unsure_note: str = "") -> dict:
    t = re_.Tally()
    re_.Scorer(PARENTS, ministry_ids=BODIES, shared=SHARED).add(t, judged(mid, reviewer, unsure_note),
                                                                re_.Output([re_.Shown(mid, shown)]))
    return t.figures()


def window_right(mid: str, reviewer: str, shown: str, unsure_note: str = "") -> bool:
    return figures(mid, reviewer, shown, unsure_note)["ministry_right"] == 100.0


def window_shared(mid: str, reviewer: str, shown: str) -> bool:
    return figures(mid, reviewer, shown)["ministry_shared"] == 100.0


def test_the_headline_takes_an_office_or_organisation_with_its_ministry_only():
    assert window_right("advice_desk", "economy", "economy_bureau_east")
    assert window_right("advice_desk", "economy_bureau_east", "economy")
    assert window_right("advice_desk", "economy", "fund_org")  # the top of its line
    assert not window_right("advice_desk", "small_firms_agency", "fund_org")  # no depth between
    assert not window_right("advice_desk", "trade_org", "fund_org")  # siblings under one ministry
    assert window_right("advice_desk", "trade_org", "labour", unsure_note="迷った: labour か trade_org")


def test_the_headline_never_lets_related_ministries_agree_with_a_body():
    assert not window_right("joint_scheme", "economy", re_.RELATED)
    assert not window_right("joint_scheme", re_.RELATED, "economy")
    assert window_right("joint_scheme", re_.RELATED, re_.RELATED)


def test_the_side_column_lets_related_ministries_agree_with_a_body_the_passage_names():
    assert window_shared("joint_scheme", "economy", re_.RELATED)
    assert window_shared("joint_scheme", re_.RELATED, "economy")


def test_the_side_column_takes_only_the_named_body_itself_not_its_offices_or_siblings():
    assert not window_shared("joint_scheme", re_.RELATED, "economy_bureau_east")
    assert not window_shared("joint_scheme", re_.RELATED, "trade_org")  # a sibling under the named ministry
    assert not window_shared("joint_scheme", "fund_org", re_.RELATED)
    assert not window_shared("joint_scheme", "labour", re_.RELATED)


def test_the_side_column_gives_nothing_to_a_measure_with_no_passage_naming_bodies():
    assert not window_shared("agency_grant", "small_firms_agency", re_.RELATED)
    assert not window_shared("agency_grant", re_.RELATED, "trade_org")


def test_the_headline_is_never_above_the_side_column():
    # every pair of bodies, for the joint scheme and a measure with one lead body, with and without an unsure note: a
    # pair the headline accepts the side column accepts, and the side column accepts some it does not
    looser = 0
    for mid, reviewer, shown, note in product(("joint_scheme", "agency_grant"), BODIES, BODIES,
                                              ("", "unsure: small_firms_agency")):
        f = figures(mid, reviewer, shown, note)
        assert f["ministry_right"] <= f["ministry_shared"], (mid, reviewer, shown, note)
        looser += f["ministry_right"] < f["ministry_shared"]
    assert looser


def test_passage_bodies_are_the_owners_a_source_passage_giving_the_measure_to_related_ministries_names():
    kb = load_kb()
    m = kb.measures["regional_talent_secure_develop_retain"]  # several owners; its basis is general knowledge
    assert passage_bodies(kb, m) == set()
    sourced = kb.measures["land_use_coordination_special_measures"].ministry_basis
    quoting = sourced.model_copy(update={"source": sourced.source.model_copy(
        update={"excerpt": "人材の確保は厚生労働省が都道府県労働局を通じて支援する"})})
    assert passage_bodies(kb, m.model_copy(update={"ministry_basis": quoting})) == {"mhlw"}
    led = m.model_copy(update={"ministry_basis": quoting, "ministry": "meti"})
    assert passage_bodies(kb, led) == set()
