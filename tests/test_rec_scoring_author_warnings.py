"""Which reviewer warnings count as author or plan-type problems the tool must show (issue 19).

A warning counts when who may write the plan, or the plan's type itself, is its object; a type named only as the frame
of another requirement (the type's mandatory KGI, the type's investment requirement) is not a type problem. The
warnings are made up here.
"""

from __future__ import annotations

import pytest

from benchmarks import rec_eval as re_

CASES = [
    ("策定主体が一般市であり、B類型は策定できない", True),
    ("町が単独で作成しているが、政令指定都市ではないためBは作れない", True),
    ("内容からはC類型として出し直すのが妥当", True),
    ("計画の類型を見直す必要がある", True),
    ("記載の類型が内容と異なる", True),
    ("B類型の必須KGIのうち設備投資額が未設定", False),
    ("A類型の要件である大規模投資の見込みの確度が弱い", False),
    ("撤退基準が書かれていないKPIがある", False),
    ("A計画の提案主体が市になっており、県が提案していない", True),
    ("作成主体が町単独で、候補プロジェクトとして提案できない", True),
    ("提案者が3市の連名で、都道府県が入っていない", True),
    ("B類型に求められる知事主体の伴走支援体制が整っていない", False),
    ("A類型としての必須KGIが揃っていない", False),
    ("B類型が求める都道府県のコミットメントが弱い", False),
    ("投資促進法の基本計画の策定主体である県の関与が前提になる", False),
]


def shown_count(warning: str, notices: list[str]) -> tuple[int, int]:
    j = re_.Judgement("w9_01_b_x", "w9", "r1", (), (), {}, {}, (), (warning,), "")
    t = re_.Tally()
    re_.Scorer({}).add(t, j, re_.Output([], notices=notices), re_.AUTHOR_WARNING_WORDS)
    return t.warned, t.warned_shown


@pytest.mark.parametrize(("warning", "is_author_problem"), CASES)
def test_a_warning_counts_when_the_author_or_the_type_is_its_object(warning, is_author_problem):
    assert shown_count(warning, [])[0] == int(is_author_problem)


def test_a_counted_warning_is_shown_only_when_the_tool_gives_a_notice():
    assert shown_count(CASES[0][0], []) == (1, 0)
    assert shown_count(CASES[0][0], ["策定主体の確認が先です"]) == (1, 1)
