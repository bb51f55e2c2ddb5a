"""The scorer's notion of a right window (issue 19): 関係府省 agrees with one of the bodies the knowledge says share a
measure, and a body agrees with the bodies above and under it at any depth; the rule before session 20 (strict) is
printed beside it and never counts more. The cases are made up here."""

from __future__ import annotations

from itertools import product

from benchmarks import rec_eval as re_

# an organisation under an agency under a ministry, and a sibling organisation under the ministry
PARENTS = {"fund_org": "small_firms_agency", "small_firms_agency": "economy", "trade_org": "economy",
           "economy_bureau_east": "economy"}
SHARED = {"talent_scheme": ("economy", "labour", "farming")}


BODIES = sorted({*PARENTS, *PARENTS.values(), "labour", "farming", "fisheries_office", re_.RELATED})


def judged(mid: str, reviewer: str, unsure_note: str = "") -> re_.Judgement:
    return re_.Judgement("w9_02_b_valley", "w9", "r1", (mid,), (), {}, {mid: reviewer},
                         (mid,) if unsure_note else (), (), unsure_note)


def figures(mid: str, reviewer: str, shown: str, unsure_note: str = "") -> dict:
    t = re_.Tally()
    re_.Scorer(PARENTS, ministry_ids=BODIES, shared=SHARED).add(t, judged(mid, reviewer, unsure_note),
                                                                re_.Output([re_.Shown(mid, shown)]))
    return t.figures()


def window_right(mid: str, reviewer: str, shown: str) -> bool:
    return figures(mid, reviewer, shown)["ministry_right"] == 100.0


def window_right_strict(mid: str, reviewer: str, shown: str, unsure_note: str = "") -> bool:
    return figures(mid, reviewer, shown, unsure_note)["ministry_right_strict"] == 100.0


def test_related_ministries_shown_agrees_with_a_reviewer_naming_one_of_the_sharing_bodies():
    assert window_right("talent_scheme", "labour", re_.RELATED)
    assert window_right("talent_scheme", "economy_bureau_east", re_.RELATED)  # an office of a sharing body


def test_related_ministries_shown_disagrees_with_a_body_the_knowledge_does_not_give_the_measure():
    assert not window_right("talent_scheme", "fisheries_office", re_.RELATED)


def test_a_sharing_body_shown_agrees_with_a_reviewer_who_said_related_ministries():
    assert window_right("talent_scheme", re_.RELATED, "farming")
    assert not window_right("talent_scheme", re_.RELATED, "fisheries_office")


def test_related_ministries_agree_with_nothing_for_a_measure_the_knowledge_gives_one_body():
    assert not window_right("one_owner_grant", "economy", re_.RELATED)
    assert not window_right("one_owner_grant", re_.RELATED, "economy")


def test_two_sharing_bodies_that_differ_still_disagree():
    assert not window_right("talent_scheme", "labour", "economy")


def test_an_organisation_agrees_with_the_bodies_above_it_at_any_depth():
    assert window_right("advice_desk", "small_firms_agency", "fund_org")
    assert window_right("advice_desk", "economy", "fund_org")
    assert window_right("advice_desk", "fund_org", "economy")


def test_an_organisation_disagrees_with_a_sibling_under_the_same_ministry():
    assert not window_right("advice_desk", "trade_org", "fund_org")
    assert not window_right("advice_desk", "small_firms_agency", "trade_org")


def test_the_strict_rule_takes_an_office_or_organisation_with_its_ministry_only():
    assert window_right_strict("advice_desk", "economy", "economy_bureau_east")
    assert window_right_strict("advice_desk", "economy_bureau_east", "economy")
    assert window_right_strict("advice_desk", "economy", "fund_org")  # the top of its line
    assert not window_right_strict("advice_desk", "small_firms_agency", "fund_org")  # no depth between
    assert not window_right_strict("talent_scheme", "labour", re_.RELATED)  # no sharing bodies
    assert not window_right_strict("talent_scheme", re_.RELATED, "farming")
    assert window_right_strict("advice_desk", "trade_org", "labour", unsure_note="迷った: labour か trade_org")


def test_the_strict_figure_is_never_above_the_new_one():
    # every pair of bodies, for a measure several bodies share and for one with a single owner, with and without an
    # unsure note: a pair the strict rule accepts the new rule accepts, and the new one accepts some it does not
    looser = 0
    for mid, reviewer, shown, note in product(("talent_scheme", "advice_desk"), BODIES, BODIES,
                                              ("", "unsure: small_firms_agency")):
        f = figures(mid, reviewer, shown, note)
        assert f["ministry_right_strict"] <= f["ministry_right"], (mid, reviewer, shown, note)
        looser += f["ministry_right_strict"] < f["ministry_right"]
    assert looser
