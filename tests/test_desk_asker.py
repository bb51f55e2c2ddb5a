"""who asks, said before the question, is no need (own wording, not from the desk corpus)."""

from __future__ import annotations

import pytest

from chiiki_mirai.knowledge.loader import load_kb
from chiiki_mirai.recommender.api import search
from chiiki_mirai.recommender.asker import without_asker, without_own_work


@pytest.mark.parametrize("query,rest", [
    ("△△信用金庫の渉外担当です。取引先の旅館が改装資金を借りたい。", "取引先の旅館が改装資金を借りたい。"),
    ("鈴木製作所の鈴木様よりお電話。後継ぎがいないとのこと。", "後継ぎがいないとのこと。"),
    ("町の観光協会から。外国人客が増えて案内が足りない。", "外国人客が増えて案内が足りない。"),
    # a need said with the copula is the question itself
    ("電気代が高いです。補助はありますか。", "電気代が高いです。補助はありますか。"),
    # an opening that says in brackets what the business is tells of the need
    ("山田様（個人）より電話。家の修理の補助を探している。", "山田様（個人）より電話。家の修理の補助を探している。"),
    # nothing after the opening: the opening is the question
    ("市の企業立地課です。", "市の企業立地課です。")])
def test_the_opening_that_says_who_asks(query, rest):
    assert without_asker(query) == rest


@pytest.fixture(scope="module")
def kb():
    return load_kb()


def test_the_askers_job_brings_no_need_that_nothing_serves(kb):
    # 指導 of 経営指導員 is no labour inspectorate's 指導: the question (a firm taken over by a customer) is answered
    out = search("商工会の経営指導員です。会員の町工場を取引先に引き受けてもらう話があり、進め方を知りたい。", kb=kb)
    assert out["outside_need"] is None and out["matched"]


@pytest.mark.parametrize("query,rest", [
    # a memo's heading that names the section or the post asking
    ("○○町 産業振興課。工場の跡地を貸したい。", "工場の跡地を貸したい。"),
    ("県庁 企業立地課 担当。団地の区画が残っていない。", "団地の区画が残っていない。"),
    # a memo's first noun sentence that is the matter itself stays
    ("電気代。去年の倍。", "電気代。去年の倍。"),
])
def test_a_memo_heading_that_names_the_section_asking(query, rest):
    assert without_asker(query) == rest


@pytest.mark.parametrize("text,rest", [
    # an intermediary's ongoing work (a statement), and its own product, are no need of its client
    ("当金庫では創業融資に力を入れていますが、取引先の豆腐店が海外に売りたいそうです。", "取引先の豆腐店が海外に売りたいそうです。"),
    ("当所では毎月経営セミナーを開いております。会員の旅館が跡継ぎを探しています。", "会員の旅館が跡継ぎを探しています。"),
    ("当行の地域創生室では計画づくりをお手伝いしています。取引先が工場を増やしたい。", "取引先が工場を増やしたい。"),
    ("取引先の冷凍設備の更新に、当金庫の融資と組み合わせられる補助は。", "取引先の冷凍設備の更新に、と組み合わせられる補助は。"),
    # what the intermediary wishes to do itself is still asked
    ("当所でもDXの講座を企画したいと考えております。使える施策は。", "当所でもDXの講座を企画したいと考えております。使える施策は。"),
])
def test_an_intermediarys_own_work_is_no_need(text, rest):
    assert without_own_work(text) == rest


def test_an_intermediarys_own_loans_bring_no_loan_need(kb):
    out = search("信用金庫の渉外です。当庫では事業性を見た融資に取り組んでいますが、取引先の菓子店が台湾に売りたいと"
                 "言っています。", kb=kb)
    assert "finance_loan" not in {i["id"] for i in out["intents"]}
    assert "export" in {i["id"] for i in out["intents"]}
