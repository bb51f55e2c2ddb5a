"""Issue 15 (the desk and field reading): a product's market is no word of it, an industry-classification name, the material of a
thing, a noun of time is no object, the last sentence is what is asked, a matched answer shows three, a
paraphrase of what a thing lacks.

The texts are written for these tests (own wording, not from the desk corpus or the plans)."""

from __future__ import annotations

from types import SimpleNamespace

import pytest

from chiiki_mirai.knowledge.loader import load_kb
from chiiki_mirai.recommender.api import search
from chiiki_mirai.recommender.classify import classify
from chiiki_mirai.recommender.intent_words import other_object
from chiiki_mirai.recommender.intents import LARGE_FAMILY, intent_index
from chiiki_mirai.recommender.paraphrases import absent_tokens
from chiiki_mirai.recommender.search import MIN_SHOWN, _keep, request_part
from chiiki_mirai.recommender.tokenize import fold, tokens
from chiiki_mirai.recommender.word_places import spans, waste_tokens


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


# in a question of several sentences, those that only state the background before the first that asks or wants say
# why, not what is asked; who asks or passed the question on (「…より電話。」) is no sentence of it
@pytest.mark.parametrize("question,asked", [
    ("灯油代が去年の倍になった。古いボイラーを省エネ型に入れ替えたいが、使える補助金はあるか。",
     "古いボイラーを省エネ型に入れ替えたいが、使える補助金はあるか。"),
    ("山田製作所 山田様より電話。工場の水が足りないとのこと。", "山田製作所 山田様より電話。工場の水が足りないとのこと。"),
    ("工業用水が足りない", "工業用水が足りない"),
    # 近か。 is a western dialect's adjective (近い), not a question
    ("ボイラーの燃料代が去年の倍近か。省エネの機械に替えたい。", "省エネの機械に替えたい。"),
    ("店を建て替えたい。町から補助してもらえるのでしょうか", "店を建て替えたい。町から補助してもらえるのでしょうか"),
    ("川田鉄工 川田様より電話。重油代が倍になった。炉を替えたいとのこと。", "炉を替えたいとのこと。"),
    ("人が足りないので、ロボットを入れたい", "ロボットを入れたい")])
def test_the_request_begins_at_the_first_sentence_that_asks(question, asked):
    assert request_part(question) == asked


def test_a_cost_stated_before_the_request_does_not_turn_it_into_no_match(kb):
    out = search("重油代が上がって利益が残らない。乾燥機を省エネ型に入れ替えたいが、補助金は使えるか。", kb=kb)
    assert out["matched"] and out["outside_need"] is None


# a matched answer is filled to MIN_SHOWN with the next measures that rest on more than noise (MIN_FILL), also when
# they are under the share of the best that keeps a measure on its own
def test_a_matched_answer_is_filled_to_three(kb):
    scored = [SimpleNamespace(score=s) for s in (3.4, 2.2, 0.85, 0.8, 0.3)]
    assert len(_keep(scored, 3.4)) == MIN_SHOWN
    assert len(_keep([SimpleNamespace(score=s) for s in (3.4, 0.3)], 3.4)) == 1


# the everyday words for carrying goods to homes and people to places (配達, 宅配, 送迎) are the logistics need's
@pytest.mark.parametrize("q", ["宅配と送迎を一台の車で兼ねられないか相談したい", "スーパーの配達と診療所への送迎をまとめて回したい"])
def test_everyday_words_for_carrying_reach_the_transport_measure(kb, q):
    assert "sustainable_local_transport_logistics" in [m["id"] for m in search(q, kb=kb)["measures"][:5]]


# a paraphrase that names a thing by what it lacks (海のない県で…, 運転手のいないバス, 書かない窓口) is met by a text that
# says the same lack, not by one that names the thing present
@pytest.mark.parametrize("text,absent", [("電源のない山小屋", ["電源"]), ("人手のいらない倉庫", ["人手"]),
                                         ("紙に書かない申請", ["書か"]), ("運転手が足りない", ["足り"]),
                                         ("肉を減らすしかない", [])])
def test_words_said_to_be_absent(text, absent):
    toks = tokens(text)
    assert [toks[i].surface for i in sorted(absent_tokens(toks))] == absent


@pytest.mark.parametrize("text,field", [("運転手が辞めてバスの本数を減らした路線バス会社", []),
                                        ("運転手のいないバスを駅と団地の間で走らせる", [6])])
def test_a_thing_named_present_does_not_meet_a_paraphrase_of_its_absence(kb, text, field):
    assert _first(kb, text) == field


# an A-scale question that also names a measure of its own (データセンター: ワット・ビット) still brings the family its need
# brings (産業用地, インフラ, 税制 ...): a strong named measure does not lift them off the answer
@pytest.mark.parametrize("q", ["データセンターを町に誘致したい", "大型のデータセンターを呼び込みたい"])
def test_a_named_measure_does_not_push_the_needs_family_off_the_answer(kb, q):
    ids = [m["id"] for m in search(q, kb=kb, top=10)["measures"]]
    assert len(set(ids) & set(LARGE_FAMILY)) >= 4, ids


# a thing named as waste or used up (廃バッテリー, 使用済みの磁石, 使い終わったパネル) is the material a recovery business
# takes in, not the thing the text makes: the recovery product, not the thing's own (nor a paraphrase naming it)
@pytest.mark.parametrize("text,waste", [("廃バッテリーを集める", ["バッテリー"]), ("使用済みのモーターを解体", ["モーター"]),
                                        ("使い終わったパネルを分ける", ["パネル"]), ("新しい磁石を作る", [])])
def test_word_places_say_waste(text, waste):
    sp = spans(text)
    assert [sp.toks[i].surface for i in sorted(waste_tokens(sp))] == waste


@pytest.mark.parametrize("text", ["使用済みの磁石を砕いてネオジムを取り出す", "廃バッテリーを破砕してコバルトを回収する"])
def test_a_waste_thing_is_the_recovery_products(kb, text):
    first = classify([text], kb)[0].fields
    assert first and (first[0].number, first[0].products[0].id) == (13, "F13.P4")


# a term known by its formula (SiC, GaN) is named by its Japanese name as often: 炭化ケイ素, 窒化ガリウム
@pytest.mark.parametrize("text", ["炭化ケイ素の単結晶を育てて板に切る工場", "窒化ガリウムの結晶を育てる研究開発型企業"])
def test_a_semiconductor_material_by_its_japanese_name(kb, text):
    assert _first(kb, text) == [1]


# mastering a technology as a skill (使いこなす, 操る) is using it: people trained to, not a business that makes it
@pytest.mark.parametrize("text,term", [("生成AIを使いこなせる職員を増やしたい", "生成AI"), ("ドローンを操る操縦士を育てる", "ドローン")])
def test_mastering_a_technology_is_using_it(text, term):
    assert [p.use for p in spans(text).places(fold(term))] == [True]


# the need's measures are added after the answer that would be shown without them: they never push out a measure
# shown before (the answer without them is the head of the answer with them)
def test_the_needs_measures_come_after_the_answer_without_them():
    def sc(score, need=0.0):
        return SimpleNamespace(score=score, links=[SimpleNamespace(kind="need", contribution=need)] if need else [])
    ranked = [sc(5.0), sc(2.5), sc(1.5), sc(1.2, need=1.6), sc(1.1, need=1.4), sc(0.95, need=1.2)]
    shown = _keep(ranked, 5.0)
    assert shown[:3] == ranked[:3] and shown[3:] == ranked[3:]
    plain = [sc(5.0), sc(2.5), sc(1.5)]
    assert _keep(plain, 5.0) == plain
