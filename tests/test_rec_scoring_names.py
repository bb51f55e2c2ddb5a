"""The scorer matches a reviewer's named measure by the proper name the plan wrote, not by one knowledge id (issue 19).

A programme name two measures carry (the grant that pays for an A plan's works and the grant's priority adoption)
may be written down by a reviewer under either id; the plan named the programme, so the other owner of the name
answers the entry. The cases are made up here.
"""

from __future__ import annotations

from benchmarks import rec_eval as re_

NAMES = {"works_grant": ("関連する整備の推進", "まちづくり交付金"), "priority": ("まちづくり交付金",),
         "tax": ("投資促進税制",)}
TEXT = re_.fold("岸壁の延伸はまちづくり交付金を活用して行う。投資促進税制も活用する。")


def judged(named: dict[str, str]) -> re_.Judgement:
    return re_.Judgement("w9_01_a_port", "w9", "r1", ("works_grant",), ("priority",), named, {}, (), (), "")


def score(j: re_.Judgement, shown: list[re_.Shown]) -> tuple[dict, dict]:
    t = re_.Tally()
    detail = re_.Scorer({}, proper_names=NAMES).add(t, j, re_.Output(shown, text=TEXT))
    return t.figures(), detail


def named_line(mid: str, quote: str) -> re_.Shown:
    return re_.Shown(mid, "cao", [re_.Line("named", (quote,))])


def test_a_shared_proper_name_in_the_reviewers_quote_is_found_under_the_other_owner():
    j = judged({"priority": "まちづくり交付金を活用して"})
    figures, detail = score(j, [named_line("works_grant", "まちづくり交付金を活用して")])
    assert figures["named_in_top10"] == 100.0 and detail["named_missing"] == []
    assert figures["reasons_true"] == 100.0


def test_a_quote_without_the_shared_name_is_not_answered_by_the_other_owner():
    j = judged({"priority": "優先的に採択"})
    figures, detail = score(j, [named_line("works_grant", "まちづくり交付金を活用して")])
    assert figures["named_in_top10"] == 0.0 and detail["named_missing"] == ["priority"]
    assert figures["reasons_true"] == 0.0


def test_measures_sharing_no_name_do_not_answer_each_other():
    j = judged({"tax": "まちづくり交付金を活用して"})
    figures, _ = score(j, [named_line("works_grant", "まちづくり交付金を活用して")])
    assert figures["named_in_top10"] == 0.0


def test_one_programme_name_written_under_both_owners_is_answered_by_either():
    j = judged({"works_grant": "まちづくり交付金（岸壁）", "priority": "まちづくり交付金（岸壁）",
                "tax": "投資促進税制も活用"})
    figures, detail = score(j, [named_line("works_grant", "まちづくり交付金を活用して")])
    assert detail["named_missing"] == ["tax"] and round(figures["named_in_top10"]) == 67
    # the one measure shown with its quote answers both entries, and both count as quoted
    assert figures["named_quoted"] == 100.0


def test_an_apt_measure_shown_with_the_reviewers_window_is_scored_right():
    j = re_.Judgement("w9_01_a_port", "w9", "r1", ("works_grant",), (), {}, {"works_grant": "mlit"}, (), (), "")
    right, _ = score(j, [re_.Shown("works_grant", "mlit")])
    wrong, detail = score(j, [re_.Shown("works_grant", "meti")])
    assert right["ministry_right"] == 100.0 and wrong["ministry_right"] == 0.0 and detail["wrong_windows"]
