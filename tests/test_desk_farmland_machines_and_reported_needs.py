"""Issue 15: everyday names of what a need is about, and a need reported of someone else (own
wording, not taken from the desk corpus).

A field or a paddy (畑・田んぼ・田畑) is farmland (農地), the word of the phrasings about building on it; a machine tool or
plant whose name does not end in 機 (旋盤, ミシン, フォークリフト, ボイラー) is a machine (機械), the word of the phrasings
about renewing equipment. Two wishes joined in one sentence (「…を替えたいし、…も取りたい」) are two asks, each
answered as a second ask after それと is. A desk note that reports a client's need opens on who has it (「取引先の社長が、…とのこと」,
「会員さんは、…」): that noun phrase names a person or a body, not a need (取引先 is no wish for new customers)."""

from __future__ import annotations

import pytest

from chiiki_mirai.knowledge.loader import load_kb
from chiiki_mirai.recommender.api import search
from chiiki_mirai.recommender.asker import without_speaker
from chiiki_mirai.recommender.asks import asks
from chiiki_mirai.recommender.intent_words import words
from chiiki_mirai.recommender.intents import intent_index

EQUIPMENT = {"sme_growth_acceleration_subsidy", "new_business_monozukuri_subsidy", "sme_labor_saving_investment_subsidy"}


@pytest.fixture(scope="module")
def kb():
    return load_kb()


def _ids(out: dict, n: int = 5) -> list[str]:
    return [m["id"] for m in out["measures"][:n]]


# --- farmland and machines by their everyday names ------------------------------------------------------------------
@pytest.mark.parametrize("word", ["畑", "田んぼ", "田畑"])
def test_a_field_or_a_paddy_is_farmland(word):
    assert "農地" in words(f"{word}のそばに")


@pytest.mark.parametrize("word", ["旋盤", "ミシン", "フォークリフト", "ボイラー"])
def test_a_machine_tool_named_without_ki_is_a_machine(word):
    assert "機械" in words(f"工場の{word}が古い")


@pytest.mark.parametrize("question", [
    "自分の畑の端にジャムを作る小屋を建てたい",
    "田んぼだった土地に漬物の作業場を建てたいが、建ててもよいのか",
])
def test_building_a_workshop_on_a_field_is_a_land_use_question_not_nothing(kb, question):
    out = search(question, kb=kb)
    assert out["matched"]
    assert "land_use_coordination_special_measures" in _ids(out)


@pytest.mark.parametrize("question", [
    "三十年使った旋盤がそろそろ限界で、新しいのに替えたい",
    "縫製のミシンを全部入れ替えたいけど高くて手が出ない",
])
def test_renewing_a_machine_named_by_its_kind_brings_the_equipment_subsidies(kb, question):
    out = search(question, kb=kb)
    assert [n["id"] for n in out["intents"]][:1] == ["investment_subsidy"]
    assert EQUIPMENT & set(_ids(out))


# --- whose need a note reports ----------------------------------------------------------------------------------------
@pytest.mark.parametrize("note,rest", [
    ("取引先の社長が、倉庫を建て替えたいとのこと。", "倉庫を建て替えたいとのこと。"),
    ("会員さんは、店を継ぐ人がいないと相談に来た。", "店を継ぐ人がいないと相談に来た。"),
    ("困った。町の鉄工所の社長が、人が来ないと言う。", "困った。人が来ないと言う。"),
    # and the speaker named after what was said goes too
    ("取引先の社長が、網を直せないかって息子さんが言ってる。", "網を直せないかって。"),
    # not a person or a body: the matter itself stays (電気代が、), and so does a phrase telling what happened to them
    ("電気代が、去年の倍になった。", "電気代が、去年の倍になった。"),
    ("台風で船を失った漁師が、新しい船を買いたいと。", "台風で船を失った漁師が、新しい船を買いたいと。"),
    # the other party a demand came from (から) is the matter's, not whose need is reported
    ("家主から、建物を壊すので出てほしいと言われた。", "家主から、建物を壊すので出てほしいと言われた。"),
    # where the client would sell is part of the need: a market the phrase names stays, only the person goes
    ("海外のバイヤーさんが、うちの日本酒を大量に買いたいとのこと。", "海外のうちの日本酒を大量に買いたいとのこと。"),
    ("台湾の問屋さんが、うちのお茶を店に置きたいそうだ。", "台湾のうちのお茶を店に置きたいそうだ。"),
    # a country alone (国 ends it, as 国 the state does) is a market, not whose need is reported
    ("韓国は、和牛の輸入を認めるらしい。", "韓国は、和牛の輸入を認めるらしい。"),
    ("中国は、うちの干し柿を買ってくれるだろうか。", "中国は、うちの干し柿を買ってくれるだろうか。"),
])
def test_who_has_the_reported_need_is_no_part_of_it(note, rest):
    assert without_speaker(note) == rest


@pytest.mark.parametrize("note", [
    "取引先の社長が、事務所の雨漏りする屋根を直したいとのこと。",
    "取引先の社長が、工場の古い旋盤を入れ替えたいとのこと。",
])
def test_the_client_named_in_a_report_brings_no_sales_need(kb, note):
    out = search(note, kb=kb)
    assert "sales_channel" not in [n["id"] for n in out["intents"]]


def test_the_reported_need_is_read_as_the_client_would_say_it(kb):
    note = "取引先の社長が、工場の古い旋盤を入れ替えたいとのこと。"
    said = "工場の古い旋盤を入れ替えたい。"
    idx = intent_index(kb)
    assert [n["id"] for n in search(note, kb=kb)["intents"]][:1] == [n.need for n in idx.match(said)][:1] == ["investment_subsidy"]


# --- two wishes joined in one sentence are two asks -------------------------------------------------------------------
@pytest.mark.parametrize("text,parts", [
    ("古い窯を替えたいし、弟子も取りたい", ["古い窯を替えたいし、", "弟子も取りたい"]),
    ("輸出したいのと、店も継がせたい。", ["輸出したいのと、", "店も継がせたい。"]),
    # a joint with nothing asked after it is no second ask
    ("行ってみたいし、", ["行ってみたいし、"]),
    # an adjective ending in たい is no wish: what it says is the cause of the one wish that follows
    ("冬は作業場が冷たいし、暖房の設備を入れ替えたい。", ["冬は作業場が冷たいし、暖房の設備を入れ替えたい。"]),
    ("袋が重たいのと、腰を痛めた人がいるので、運ぶ機械を入れたい。",
     ["袋が重たいのと、腰を痛めた人がいるので、運ぶ機械を入れたい。"]),
    ("板が平たいのも、割れやすいのも困るので、材料を変えたい。", ["板が平たいのも、割れやすいのも困るので、材料を変えたい。"]),
])
def test_a_wish_joined_to_another_wish_is_cut_there(text, parts):
    assert asks(text) == parts


def test_both_wishes_of_one_sentence_lead_the_answer(kb):
    first, second = "古い機械を入れ替えたいのと、", "若い社員を育てる研修も受けさせたい"
    lead = {search(q, kb=kb)["measures"][0]["id"] for q in (first.rstrip("のと、"), second)}
    assert {m["id"] for m in search(first + second, kb=kb)["measures"][:2]} == lead


@pytest.mark.parametrize("note", [
    "海外のバイヤーさんが、うちの日本酒を大量に買いたいとのこと。どうすればいい？",
    "海外の商社の人が、うちの干し柿を扱いたいと言ってきた。",
    "台湾の問屋さんが、うちのお茶を店に置きたいそうだ。",
])
def test_a_foreign_client_named_in_a_report_still_brings_the_export_need(kb, note):
    out = search(note, kb=kb)
    assert "export" in [n["id"] for n in out["intents"]]
    assert out["measures"]
