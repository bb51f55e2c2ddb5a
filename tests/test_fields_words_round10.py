"""Issue 15 (round 10): a product's market is no word of it, an industry-classification name, the material of a
thing, a noun of time is no object.

The texts are written for these tests (own wording, not from the desk corpus or the plans)."""

from __future__ import annotations

import pytest

from chiiki_mirai.knowledge.loader import load_kb
from chiiki_mirai.recommender.classify import classify
from chiiki_mirai.recommender.intent_words import other_object
from chiiki_mirai.recommender.intents import intent_index
from chiiki_mirai.recommender.tokenize import fold
from chiiki_mirai.recommender.word_places import spans


@pytest.fixture(scope="module")
def kb():
    return load_kb()


def _first(kb, text: str) -> list[int]:
    return [f.number for f in classify([text], kb)[0].fields][:1]


# what a product goes into (the electric car a magnet is sold for) names its market, not the product: parts made for
# that market are not the product's field, the product named in its own words still is
@pytest.mark.parametrize("text,field", [("電気自動車向けのアルミ製バッテリーケースを鋳造する町工場", []),
                                        ("電動車の駆動モーターに使う鉄心とハウジングの製造", []),
                                        ("EVのモーターに入れる磁石の工場", [13])])
def test_a_products_market_is_no_word_of_it(kb, text, field):
    assert _first(kb, text) == field


# the industry-classification name a plan writes for its 業種 (医療用機械器具製造業) names the medical-device field
@pytest.mark.parametrize("text", ["医療用機械器具製造業（人工透析の回路、注射針）", "医療用機械器具の製造"])
def test_an_industry_classification_name_names_its_field(kb, text):
    assert _first(kb, text) == [11]


# 「X製の Y」 with X a term of the knowledge (チタン合金, アルミ合金): X is what Y is made of, not what the text makes
@pytest.mark.parametrize("text,field", [("チタン合金製の眼鏡フレーム", []), ("アルミ合金製の自転車フレーム", []),
                                        ("チタン合金製の航空機部品を削る", [5])])
def test_a_knowledge_term_as_the_material_of_a_thing_is_no_product(kb, text, field):
    assert _first(kb, text) == field


def test_word_places_say_a_material_before_sei_does_not_count():
    assert [p.counts for p in spans("チタン合金製の眼鏡フレーム").places(fold("チタン合金"))] == [False]
    assert [p.counts for p in spans("チタン合金の板").places(fold("チタン合金"))] == [True]


# a noun of time before の (今の, 現在の) says when, not of what: 今のルール is the ルール a phrasing names of another thing
@pytest.mark.parametrize("phrase,question,other", [
    ("国のルールを変えてほしい", "今のルールでは空き倉庫を店にできないと言われた", False),
    ("国のルールを変えてほしい", "現在のルールだと建てられない", False),
    ("計画の書き方を教えて", "申告書の書き方を教えて", True)])
def test_a_noun_of_time_is_no_other_object(phrase, question, other):
    assert other_object(phrase, question) is other


def test_a_rule_of_now_reaches_the_regulation_need(kb):
    q = "空き倉庫をカフェにしたいが、今のルールでは用途を変えられないと言われた"
    assert "regulation" in [n.need for n in intent_index(kb).match(q)][:2]
