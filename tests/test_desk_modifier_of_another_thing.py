"""Issue 15 (round 15): a phrasing that wants Y of X done (観光の拠点を作りたい) does not speak for a question that wants the
same done to another thing of X (観光の学科を作りたい) and names no Y: the question is about that other thing (own wording,
not from the desk corpus)."""

from __future__ import annotations

import pytest

from chiiki_mirai.knowledge.loader import load_kb
from chiiki_mirai.recommender.intent_words import modifiers_of_nouns, other_head
from chiiki_mirai.recommender.intents import intent_index


@pytest.fixture(scope="module")
def kb():
    return load_kb()


def test_the_nouns_listed_before_a_no_are_what_the_next_noun_is_of():
    assert {"観光", "もてなし"} <= modifiers_of_nouns("観光とおもてなしのコースを新設したい")
    assert "今" not in modifiers_of_nouns("今の港の倉庫")


@pytest.mark.parametrize("phrase,question,other", [
    ("観光の拠点を作りたい", "観光と接客のコースを作りたい", True),
    ("工場の用地がない", "工場の人手がない", True),
    ("観光の拠点を作りたい", "観光の拠点になる施設を建てたい", False),  # the phrasing's own thing is named
    ("観光の拠点を作りたい", "観光客を呼びたい", False),  # 観光 is not of another thing
    ("猶予の手続き", "相続税の猶予の期限を知りたい", False),  # no predicate after the phrasing's thing: what it is about
    ("観光の拠点を作りたい", "観光の案内所を見学したい", False),  # another thing of X, but not made
])
def test_a_phrasings_thing_of_x_against_another_thing_of_x(phrase, question, other):
    assert other_head(phrase, question) is other


def test_a_school_course_about_tourism_is_a_skills_question(kb):
    needs = [n.need for n in intent_index(kb).match("美容の専門学校を経営しています。観光と接客のコースを新しく作りたい")]
    assert needs[:1] == ["skills"] and "tourism_area" not in needs


def test_a_tourist_hub_wanted_is_still_the_tourism_need(kb):
    needs = [n.need for n in intent_index(kb).match("美容の専門学校を経営しています。観光の拠点を作りたい")]
    assert needs[:1] == ["tourism_area"]


def test_a_noun_that_says_which_one_is_no_thing_of_which():
    # 他の・別の say which town or plant, not what it is of: the phrasing's 自治体の例 still speaks for ほかの町の例
    assert modifiers_of_nouns("ほかの町で成功した事例") == frozenset()
    assert not other_head("他の自治体の例を見たい", "ほかの町で成功した事例を知りたい")
