"""Issue 15 (round 18, desk38): the skill or the licence to use a technology (「AIの使い方を覚えたい」「ドローンの免許を
取る」「ロボットの操作を教える」) is its use, as 使いこなす is: the people use it, they are not in its industry. Own wording,
not from the desk corpus."""

from __future__ import annotations

import pytest

from chiiki_mirai.knowledge.loader import load_kb
from chiiki_mirai.recommender.api import search
from chiiki_mirai.recommender.tokenize import fold
from chiiki_mirai.recommender.word_places import spans


@pytest.fixture(scope="module")
def kb():
    return load_kb()


@pytest.mark.parametrize("text,term", [
    ("事務の人たちにAIの使い方を覚えてもらいたい", "AI"),
    ("ドローンの免許を取って測量の仕事を広げたい", "ドローン"),
    ("若手にロボットの操作を教えられる人がいない", "ロボット"),
    ("ドローンの操縦を学ぶ講座を開きたい", "ドローン"),
])
def test_the_skill_of_using_a_technology_is_its_use(text, term):
    places = spans(text).places(fold(term))
    assert places and all(p.use for p in places)


@pytest.mark.parametrize("question", [
    "事務の人たちにAIやデータの使い方を覚えてもらう研修を地元でやりたい",
    "農協の職員にドローンの免許を取らせて、田畑の見回りを任せたい",
])
def test_a_question_about_learning_to_use_it_names_no_field(kb, question):
    assert search(question, kb=kb, top=10)["fields"] == []


def test_a_part_of_the_technology_still_names_its_field():
    places = spans("ドローンの部品を作る町工場").places(fold("ドローン"))
    assert places and not any(p.use for p in places)


@pytest.mark.parametrize("text,term", [
    ("ドローンの操作を自動化するソフトを開発する", "ドローン"),
    ("ロボットの操作を簡単にする装置を作る", "ロボット"),
    ("ドローンの操縦を補助するセンサーを作りたい", "ドローン"),
])
def test_making_a_thing_for_handling_a_technology_is_no_use_of_it(text, term):
    places = spans(text).places(fold(term))
    assert places and not any(p.use for p in places) and any(p.counts for p in places)
