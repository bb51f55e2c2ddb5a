"""Issue 15 (session 19, desk40): where a field's word stands decides whether the text is about the field (own
wording, not from the desk corpus).

- asking whether a tool could be used (AIを使えないか, ロボットを入れられませんか) is a wish to use it, not a lack of it;
- a system made with a tool that the text itself takes in (AIで当番表を組む仕組みを入れたい) is the tool's use;
- the picture or the shape a thing is given (漫画の絵柄の湯のみ, ロケットの形のクッキー) and what a place has
  (港のある町, 半導体工場がある地域) are images and settings, not the product.
"""

from __future__ import annotations

import pytest

from chiiki_mirai.knowledge.loader import load_kb
from chiiki_mirai.recommender.tokenize import fold
from chiiki_mirai.recommender.word_places import spans
from tests.fields_first import first_field


@pytest.fixture(scope="module")
def kb():
    return load_kb()


@pytest.mark.parametrize("text,term", [
    ("経理の仕訳にAIを使えないか検討している", "AI"),
    ("倉庫のピッキングにロボットを入れられませんか", "ロボット"),
    ("田んぼの見回りにドローンを使えないでしょうか", "ドローン"),
    # the question quoted before a verb of thinking it over
    ("在庫の管理にAIを使えないかと考えている", "AI"),
    ("配送にドローンを使えないかという相談を受けた", "ドローン"),
])
def test_asking_whether_a_tool_could_be_used_is_a_use(text, term):
    places = spans(text).places(fold(term))
    assert places and all(p.use for p in places)


def test_a_tool_left_out_is_still_no_use():
    places = spans("卵を使わないかわりに豆乳で固めるプリン").places(fold("卵"))
    assert places and not any(p.use for p in places)


@pytest.mark.parametrize("text", [
    "請求書の作成にAIを使えないか考えている",
    "AIで勤務のシフトを組む仕組みを入れたい",
])
def test_a_business_that_takes_a_tool_in_is_not_in_the_tools_field(kb, text):
    assert first_field(kb, text) is None


@pytest.mark.parametrize("text,field", [
    ("AIで当番表を組む仕組みを開発するベンチャー", 1),
    ("AIで不良品を見分ける装置", 1),
    # doing the trial (実験をやる) is the activity the tool's industry offers, not a system taken in
    ("ドローンで荷物を届ける実験をやりたい", 5),
])
def test_a_system_made_with_a_tool_and_offered_stays_in_the_field(kb, text, field):
    assert first_field(kb, text) == field


@pytest.mark.parametrize("text", [
    "漫画の絵柄を刷った湯のみ",
    "ロケットの形をしたクッキー",
    "港湾のある町の土産の干物",
    "半導体工場がある地域の弁当屋",
])
def test_a_picture_a_shape_or_what_a_place_has_is_no_product(kb, text):
    assert first_field(kb, text) is None


@pytest.mark.parametrize("text,field", [("ロケットの形状を最適化する設計ソフト", 5), ("ロケットの形を決める風洞試験", 5),
                                        ("アニメの制作スタジオ", 7)])
def test_the_thing_itself_still_counts(kb, text, field):
    assert first_field(kb, text) == field


# --- the edges (review of desk40) --------------------------------------------------------------------------------

@pytest.mark.parametrize("text,term", [
    ("うちの工場ではAIを使わないかもしれない", "AI"),
    ("測量にドローンを使わないか心配している", "ドローン"),
    ("検品にロボットを使えないかどうかはまだ分からない", "ロボット"),
])
def test_a_negation_followed_by_ka_that_ends_no_question_is_no_use(text, term):
    # only a question that ends the sentence (or is thought over: 使えないか検討) asks to use the tool
    places = spans(text).places(fold(term))
    assert places and not any(p.use for p in places)


@pytest.mark.parametrize("text,field", [
    ("水素のある町をつくりたい", 9),
    ("水素のある町を目指す", 9),
    ("ロケットの形の最適化を請け負う", 5),
    ("人工衛星の形の解析を受託している", 5),
])
def test_a_place_to_be_made_and_work_on_a_shape_are_the_thing_itself(kb, text, field):
    assert first_field(kb, text) == field


def test_a_handle_is_no_picture(kb):
    # 柄 alone is also a handle: only 絵柄・図柄 are the picture a thing is given
    assert first_field(kb, "ドローンの柄を作っている") is not None


@pytest.mark.parametrize("text", ["人工衛星の形の置物", "ロケットの図柄の手ぬぐい", "水素のある町で干物を売る"])
def test_a_shape_a_picture_or_a_place_that_has_a_thing_stays_an_image_at_the_edge(kb, text):
    assert first_field(kb, text) is None
