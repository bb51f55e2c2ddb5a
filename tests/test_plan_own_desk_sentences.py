"""A plan's own desk, told by what it takes in and whom it passes questions on to, is its set-up, not a need (issue 19).

A C plan that writes 「窓口では、事業者からの資金・販路の相談を受け付け、経営の相談は商工会の経営指導員につなぐ」 runs a
desk; the 商工会 there is where its questions go, not a lack the plan states, so the small-business support act's
経営発達支援計画 (whose object is 商工会・小規模事業者) is not handed over on that sentence. A desk sentence that says
the desk is short of something stays a need, as for the desk written as a label. The sentences are written here.
"""

from __future__ import annotations

import pytest

from chiiki_mirai.recommender.modality import kind


@pytest.mark.parametrize(("sentence", "expected"), [
    ("窓口では、生産者や事業者からの資金・販路の相談を受け付け、経営の相談は町商工会の経営指導員につなぐ。", "own"),
    ("町の観光協会も窓口として相談を受け付け、海外向けの相談は県の輸出支援機関に引き継ぐ。", "own"),
    ("町商工会と地元の信用金庫を相談の連携先として位置付ける。", "own"),
    ("窓口では相談を受け付けているが、輸出に詳しい専門人材が不足している。", "need"),
    ("町商工会の経営指導員が不足し、小規模事業者の経営計画づくりが進まない。", "need"),
])
def test_a_desk_told_by_what_it_takes_in_is_the_plans_own_set_up(sentence, expected):
    assert kind(sentence) == expected
