"""A plan's own desk, told in prose by what it takes in or whom it passes a question on to, is its set-up, not a need.

A desk (窓口, 相談先, 連携先) with an intake or referral verb (受け付ける, つなぐ, 引き継ぐ) or a body named as the
plan's 連携先 is how the plan runs itself. Prose about a desk states its problems in many words (対応できない,
乏しい, 追いつかない, 未整備), so any lack the sentence states keeps it a need; the national one-stop desk is not the
plan's own. The sentences are written here.
"""

from __future__ import annotations

import pytest

from chiiki_mirai.recommender.modality import kind

OWN_DESKS = [
    "起業の相談は役場の産業課の窓口で受け付け、専門的な内容は町商工会につなぐ。",
    "移住者向けの相談先を観光交流課に置き、就業の相談はハローワークに引き継ぐ。",
    "地元の二つの信用金庫を資金面の連携先として位置付ける。",
]
NEEDS = [
    "窓口では相談を受け付けているが、専門的な相談には対応できない。",
    "商工会で相談を受け付けているが、経営指導員の高齢化が進み、対応が追いつかない。",
    "役場の産業課が窓口として相談を受け付けているものの、輸出実務のノウハウが乏しい。",
    "相談を受け付ける体制が未整備であり、事業者は県外の支援機関に頼っている。",
    "窓口で相談を受け付けているが、販路の専門人材が不足している。",
]


@pytest.mark.parametrize("sentence", OWN_DESKS)
def test_a_desk_told_by_what_it_takes_in_or_passes_on_is_the_plans_own_set_up(sentence):
    assert kind(sentence) == "own"


@pytest.mark.parametrize("sentence", NEEDS)
def test_a_desk_sentence_stating_a_lack_in_any_words_or_the_national_desk_is_a_need(sentence):
    assert kind(sentence) == "need"


@pytest.mark.parametrize("sentence", [
    "国のワンストップ相談窓口で相談を受け付けていただき、町の事業者に助言をいただきたい。",
    "国の相談窓口につないでいただく。",
])
def test_the_national_desk_taking_in_questions_is_not_the_plans_own(sentence):
    assert kind(sentence) != "own"
