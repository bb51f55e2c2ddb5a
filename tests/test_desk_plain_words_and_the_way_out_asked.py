"""Issue 15 (round 17, desk36): 女の人 is 女性, and a question that tells a trouble no measure serves and then asks
whether a measure's way out (特区) solves it asks about that way out (own wording, not taken from the desk corpus)."""

from __future__ import annotations

import pytest

from chiiki_mirai.knowledge.loader import load_kb
from chiiki_mirai.recommender.api import search
from chiiki_mirai.recommender.asks import asks_in, request_part
from chiiki_mirai.recommender.intent_words import words
from chiiki_mirai.recommender.intents import intent_index


@pytest.fixture(scope="module")
def kb():
    return load_kb()


def _ids(out: dict, n: int = 5) -> list[str]:
    return [m["id"] for m in out["measures"][:n]]


# --- 女の人・男の人 are the phrasings' 女性・男性 ------------------------------------------------------------------------
def test_the_everyday_word_for_women_is_the_phrasings_word():
    assert "女性" in words("女の人が働ける場所") and "男性" in words("男の人ばかりの職場")


@pytest.mark.parametrize("question", [
    "妻が商店街で雑貨の店を始めたいと言う。女の人が商売を始めるのを後押しする制度は",
    "女の人の管理職を増やしたいが、何か使える支援はあるか",
])
def test_a_question_about_women_in_everyday_words_reads_the_women_need(kb, question):
    assert [n.need for n in intent_index(kb).match(question)][:1] == ["women"]
    assert "women_talent_development" in _ids(search(question, kb=kb))


# --- 「X(とか)というので」 names the means asked about, not a cause ----------------------------------------------------
def test_a_noun_named_with_to_iu_node_stays_in_the_request():
    assert "特区" in request_part("許可が下りないと言われた。特区とかいうので何とかならないか")


def test_a_clause_said_with_to_iu_node_is_still_a_cause():
    assert request_part("息子が継ぐというので、新しい設備を入れたい") == "新しい設備を入れたい"


@pytest.mark.parametrize("sentence,asks", [
    ("特区で何とかならんの", True), ("補助金は使えるんか", True), ("取引先から言われて困っとる", False)])
def test_a_sentence_ending_on_a_question_particle_asks(sentence, asks):
    assert asks_in(sentence) is asks


# --- the trouble is told first, the way out asked last ----------------------------------------------------------------
@pytest.mark.parametrize("question", [
    "夏祭りに屋台を出したいが、許可がいると保健所に言われた。特区とかいうので何とかならないか",
    "夏祭りに屋台を出したいが、許可がいると保健所に言われた。特区の制度で規制を緩めてもらえないか",
])
def test_a_way_out_asked_after_the_trouble_brings_its_measures(kb, question):
    out = search(question, kb=kb)
    assert out["outside_need"] is None
    assert "national_strategic_special_zones_reform" in _ids(out)


def test_asking_how_to_get_the_permit_is_still_no_question_for_the_measures(kb):
    out = search("夏祭りに屋台を出したいが、許可がいると保健所に言われた。許可の取り方を教えてほしい", kb=kb)
    assert out["measures"] == [] and out["outside_need"]["id"] == "routine_procedures"


def test_a_trouble_told_last_without_asking_is_not_a_way_out(kb):
    # the last sentence names a business partner but asks nothing: the invoice registration is still the matter
    out = search("インボイスの登録がまだだが、今から間に合うのか。取引先にも言われて困っている", kb=kb)
    assert out["measures"] == []


# --- a bill made good (補填) and a tenant asked to leave are needs no measure serves --------------------------------------
def test_the_bill_made_good_is_the_bill_itself(kb):
    out = search("重油の値段が上がって、ハウスの暖房代がかさむ。燃料代の値上がり分を国が補填してくれる制度はないか", kb=kb)
    assert out["measures"] == [] and out["outside_need"]["id"] == "energy_bills"


@pytest.mark.parametrize("question", [
    "貸主から、ビルを建て替えるので今年中に事務所を出てほしいと言われた。立ち退きの条件はどう決まるのか",
    "大家から、工場を建て替えたいので出ていってくれと言われた。立ち退き料はもらえるのか",
])
def test_a_tenant_asked_to_leave_is_no_question_for_the_investment_measures(kb, question):
    # the landlord's rebuilding (建て替える) is named on the way: it is no need of the tenant's
    out = search(question, kb=kb)
    assert out["measures"] == [] and out["outside_need"]["id"] == "tenancy"


def test_a_landlord_has_one_word_whatever_it_is_called():
    assert {"家主"} <= words("大家さんに相談した") and {"家主"} <= words("貸主の都合で")


# --- a noun before から、 is where something came from, not a cause -----------------------------------------------------
def test_who_a_request_came_from_stays_in_it():
    assert request_part("取引先から、新しい機械を入れたいと相談があった").startswith("取引先から")


def test_a_clause_before_kara_is_still_a_cause():
    assert request_part("電気代が高いから、省エネの機械に替えたい") == "省エネの機械に替えたい"
