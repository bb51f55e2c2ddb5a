"""Issue 15 (round 12): a product named for two uses, a near match that lacks the term's first or last word, the names
of team sports (own wording, not from the desk corpus)."""

from __future__ import annotations

import pytest

from chiiki_mirai.knowledge.loader import load_kb
from chiiki_mirai.recommender.classify import classify
from chiiki_mirai.recommender.dual_use import dual_products
from chiiki_mirai.recommender.lexicon import lexicon
from tests.fields_first import ranked_products


@pytest.fixture(scope="module")
def kb():
    return load_kb()


def test_the_dual_use_product_is_read_from_the_knowledge(kb):
    assert dual_products(kb) == {15: "F15.P3"}


@pytest.mark.parametrize("text", [
    "霧の中でも遠くまで見通せる望遠レンズ、自衛隊にも海難救助にも",
    "防衛装備にも農業機械にも載せられる小型の慣性センサー",
    "自衛隊の演習場と民間のスキー場の両方で使う雪上車",
])
def test_one_product_for_a_fields_use_and_a_civil_use_is_the_fields_dual_use_product(kb, text):
    assert ranked_products(kb, text)[:1] == ["F15.P3"]


def test_one_use_of_the_field_alone_keeps_its_own_product(kb):
    # no second use: a drone for the defence forces is the drone
    assert ranked_products(kb, "自衛隊に納める偵察用の小型ドローン")[:1] == ["F15.P1"]


@pytest.mark.parametrize("text,term", [
    # the text says the term's last word without its first (eスポーツ): a broader word, no near match
    ("スポーツ関係で使える補助はあるか", "eスポーツ"),
])
def test_a_near_match_lacking_the_terms_first_or_last_word_is_none(kb, text, term):
    assert term not in {h.term.text for h in lexicon(kb).match(text)}


def test_a_near_match_lacking_a_middle_word_is_a_variant(kb):
    # かけ流し式陸上養殖 written with の for 式
    hits = lexicon(kb).match("湧き水をかけ流しの陸上養殖でイワナを育てる")
    assert "かけ流し式陸上養殖" in {h.term.text for h in hits}


@pytest.mark.parametrize("text", [
    "地元のサッカーのクラブチームが海外のファンを呼びたい",
    "プロ野球の球団の二軍のキャンプを誘致したい",
])
def test_a_team_sport_is_the_sports_sector_not_content(kb, text):
    c = classify([text], kb, top=3)[0]
    assert not c.fields or c.fields[0].number != 7
    assert c.outside and c.outside[0][0] == "sports"


@pytest.mark.parametrize("text,number", [
    # drone delivery as the business is the drone's field; an activity named by its noun is done (をやる), not used
    ("ベンチャーが過疎地でドローン配送をやりたいと言っている", 5),
    ("目視外で飛ばす配達の実証を始める会社", 5),
    # a tool the text uses stays a use
    ("うちの会社でもドローンをやってみたい", None),
])
def test_drone_delivery_as_a_business(kb, text, number):
    c = classify([text], kb, top=3)[0]
    assert (c.fields[0].number if c.fields else None) == number


@pytest.mark.parametrize("text,number", [
    # the market (向け) is not what the text makes when it names what it makes in another field's own words
    ("市内にはメモリ工場を中心に半導体製造装置の保守やクリーンルーム設備の企業が集まる。AIデータセンター及び自動運転"
     "向けの省電力メモリの生産拠点をつくる。", 1),
    # a supplier naming only its customer's field stays in that field's supply chain
    ("半導体メーカー向けの精密部品を削る町工場", 1),
])
def test_a_field_named_only_as_the_market_yields_to_what_the_text_makes(kb, text, number):
    c = classify([text], kb, top=3)[0]
    assert c.fields and c.fields[0].number == number


def test_nouns_joined_before_one_muke_are_all_whom_it_sells_to():
    from chiiki_mirai.recommender.word_places import spans
    sp = spans("病院及び介護施設向けのベッド")
    # 病院 ends at token 1 and is followed by 及び … 向け
    assert sp.customer(1)


@pytest.mark.parametrize("text,number", [
    # the plant of a kind of generation names it (洋上風力発電|所), and a part used there is in its supply chain
    ("沖の洋上風力発電所で使われる、ナセルの部品や海底ケーブルの保守を担う", 9),
    ("山あいの地熱発電所の井戸を掘る会社", 9),
])
def test_a_generation_plant_and_the_parts_used_there(kb, text, number):
    c = classify([text], kb, top=3)[0]
    assert c.fields and c.fields[0].number == number


def test_a_tool_the_text_uses_at_a_place_is_still_a_use(kb):
    # active voice: the text uses the drone (農地でドローンを使う) — no field of drones
    c = classify(["農地でドローンを使って種をまく農家"], kb, top=3)[0]
    assert not c.fields or c.fields[0].number not in (5, 15)


def test_a_tool_the_text_could_hand_work_to_is_still_a_use(kb):
    # られる is also the potential: 検品はAIに任せられそうだ says the text could use AI, not that it makes AI
    c = classify(["箱詰めの検品はAIに任せられそうだが、社内に分かる者がいない"], kb, top=3)[0]
    assert not c.fields or c.fields[0].number != 1


def test_a_shipyard_is_not_counted_twice(kb):
    # the plant rule is for generation only: 造船所 stays its own term (the repair of escort ships is defence's)
    from chiiki_mirai.recommender.lexicon import lexicon
    assert "造船" not in {h.term.text for h in lexicon(kb).match("護衛艦の修繕を請け負う造船所")}
