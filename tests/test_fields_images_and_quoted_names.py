"""Issue 15 (round 18, desk38): a field's word used as the image or the quoted name of an unrelated product
(宇宙をイメージした飴, 量子の世界をモチーフにした器, ロケットを模した蝋燭, 「水素」ラベルの地酒) is no product of that field,
and the sentence vector does not bring the field back when the word's place has set it aside (own wording, not from
the desk corpus)."""

from __future__ import annotations

import pytest

from chiiki_mirai.knowledge.loader import load_kb
from chiiki_mirai.recommender.classify import classify
from chiiki_mirai.recommender.lexicon import lexicon
from chiiki_mirai.recommender.tokenize import fold
from chiiki_mirai.recommender.word_places import spans

IMAGES = [
    ("宇宙をイメージした飴玉", "宇宙"),
    ("量子の世界をモチーフにした陶器の皿", "量子"),
    ("ロケットを模したろうそく", "ロケット"),
    ("水素の名を冠した焼酎", "水素"),
    ("「水素」ラベルの地酒", "水素"),
    ("「宇宙」せんべい", "宇宙"),
]


@pytest.fixture(scope="module")
def kb():
    return load_kb()


@pytest.mark.parametrize("text,term", IMAGES)
def test_a_word_that_is_only_the_image_or_the_quoted_name_does_not_count(text, term):
    places = spans(text).places(fold(term))
    assert places and not any(p.counts for p in places)


@pytest.mark.parametrize("text", ["夜空をイメージした「宇宙」ようかん", "ロケットを模した形のろうそく", "宇宙ようかん"])
def test_the_vector_does_not_bring_back_a_field_whose_word_was_set_aside(kb, text):
    assert classify([text], kb, top=3)[0].fields == []


@pytest.mark.parametrize("text,field", [("ロケットの部品を削り出す町工場", 5), ("「量子」技術の研究所", 3),
                                        ("小型ロケットをデザインして打ち上げるベンチャー", 5),
                                        ("ロケットをイメージして設計した観測ロケットのエンジン部品", 5)])
def test_a_field_word_that_names_the_product_still_counts(kb, text, field):
    c = classify([text], kb, top=3)[0]
    assert c.fields and c.fields[0].number == field


@pytest.mark.parametrize("text,aside", [("夜空をイメージした「宇宙」ようかん", True), ("ロケットを模したろうそく", True),
                                        ("宇宙観測用の小型カメラ", False), ("海洋調査ブイの組立", False)])
def test_only_a_name_an_image_or_a_setting_is_set_aside_not_a_modifier_in_a_compound(kb, text, aside):
    assert ("field:5" in lexicon(kb).set_aside(text) or "field:17" in lexicon(kb).set_aside(text)) is aside


def test_designing_the_thing_itself_is_no_image():
    places = spans("ロケットをデザインする会社").places(fold("ロケット"))
    assert places and all(p.counts for p in places)


@pytest.mark.parametrize("text,term", [("半導体の技術者5名を育成したい", "半導体"), ("蓄電池の研究者を3名雇いたい", "蓄電池"),
                                       ("半導体の技術者十名の研修", "半導体")])
def test_a_count_of_people_is_no_name(text, term):
    places = spans(text).places(fold(term))
    assert places and all(p.counts for p in places)
