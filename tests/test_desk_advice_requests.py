"""Issue 15 (round 12): what a desk question asks for — a measure, or advice no measure gives (own wording).

The questions are written for these tests (not taken from the desk corpus)."""

from __future__ import annotations

import pytest

from chiiki_mirai.knowledge.loader import load_kb
from chiiki_mirai.recommender.api import search
from chiiki_mirai.recommender.asks import asks_advice
from chiiki_mirai.recommender.intent_words import compound_inner, words
from chiiki_mirai.recommender.intents import intent_index


@pytest.fixture(scope="module")
def kb():
    return load_kb()


@pytest.mark.parametrize("question,advice", [
    # a judgement of who is right, a procedure, how to deal with a trouble
    ("隣の酪農家と水路の使い方で対立している。どちらの主張が正しいのか判断を聞きたい。", True),
    ("アルバイトの子に残業代の計算が違うと言われた。どう対応すればいいか。", True),
    ("町の条例の解釈について教えてほしい。", True),
    # a measure of some kind is asked for, whatever else is
    ("倉庫の建て替えに使える補助金の手続きを知りたい。", False),
    ("取引先とのトラブルで資金繰りが苦しい。融資の相談はどこに。", False),
    ("担保に頼らずにお金を借りるやり方はないか。", False),
    # help asked for in the request, or a measure named anywhere
    ("取引先との揉め事の対応を手伝ってくれる所はないか。", False),
    ("助成金の書類の計算が合わない。", False),
    # help words in the background only do not make the request one for help
    ("事業を畳んだ元取引先から代金の請求が来た。払わないといけないのか。", True),
    # whether one may or must, who is liable
    ("隣の家の木の枝が塀を越えてきた。こちらで切ってもいいのか。", True),
    ("辞めたアルバイトにも賞与を払わないといけないのか。", True),
    ("配達中の事故で、会社の責任はどこまで問われるのか。", True),
    # nothing asked but a wish
    ("地元の魚を海外に売りたい。", False),
    # how to reach a goal is no advice about a trouble
    ("どうしたら外国人のお客さんにうちの町まで来てもらえるか。", False),
    # a measure named before the request (補助金の申請書) makes it a question about the measure
    ("補助金の申請書が何度書いても通らない。書き方を見てくれる人はいないか。", False),
])
def test_a_request_for_advice_asks_no_measure(question, advice):
    assert asks_advice(question) is advice


@pytest.mark.parametrize("question", [
    "港の倉庫の使い方で組合員が揉めている。規則ではどちらが正しいのか解釈を教えてほしい。",
    "取引先の工場長と納期のことで揉めている。どう対応すればいいか。",
    # no need at all is read clearly: the incidental nouns (取引先, 担当者) bring no measure
    "取引先の担当者が怒鳴り込んできた。どう対処すればよいか。",
])
def test_advice_about_a_need_no_measure_serves_is_answered_with_the_general_desks(kb, question):
    # one word of a need no measure serves (揉める) decides it when advice is all that is asked
    out = search(question, kb=kb)
    assert out["matched"] is False and out["outside_need"] is not None and out["message"]
    assert {o["id"] for o in out["offers"]} >= {"onestop_consultation_desk", "yorozu_support_center"}


@pytest.mark.parametrize("question", [
    # the same trouble, but a measure is asked for
    "組合員どうしで揉めていて漁港の施設の建て替えが進まない。建て替えに使える支援はあるか。",
    # advice, but about a need the measures serve, read clearly (付加価値 and 計算)
    "計画に書く付加価値額の計算方法がわからない。算定の考え方を教えてほしい。",
    # a bare 「どうしたらいいか」: the need (人が集まらない) is in the sentence before it
    "求人を出しても若い人が一人も応募してこない。どうしたらいいか。",
])
def test_a_request_for_a_measure_or_about_a_served_need_is_answered(kb, question):
    assert search(question, kb=kb)["matched"]


def test_two_compounds_sharing_only_a_qualifying_part_name_different_things(kb):
    assert compound_inner("市街化調整区域で建てたい") == (frozenset({"市街", "調整"}), frozenset())
    idx = intent_index(kb)
    # 漁業|調整|規則 and 企画|調整|課 share 調整 with 市街化調整区域 and 雇用調整助成金, and are neither
    for q in ("県の漁業調整規則ではどうなっているか", "市の企画調整課の担当です"):
        assert {n.need for n in idx.match(q)}.isdisjoint({"land", "employment_grants"})
    # the compound named whole still is
    assert "land" in {n.need for n in idx.match("市街化調整区域で倉庫を建てたい")}


def test_an_honorific_says_nothing_about_the_need():
    assert words("パートさんが足りない") == words("パートが足りない")
    assert words("社長様に聞いた") == words("社長に聞いた")


@pytest.mark.parametrize("question,measure", [
    # a scheme asked by its name (or a former name the knowledge keeps) is the answer's first, whatever else is named
    ("ものづくり補助金って今年も出ますか。半導体の検査装置の部品を作る新しいラインを考えている。", "new_business_monozukuri_subsidy"),
    ("省力化投資補助金で配膳のロボットを入れた旅館の例を知りたい", "sme_labor_saving_investment_subsidy"),
])
def test_a_scheme_asked_by_its_name_comes_first(kb, question, measure):
    assert search(question, kb=kb)["measures"][0]["id"] == measure


def test_a_description_or_a_bare_word_names_no_scheme(kb):
    from chiiki_mirai.recommender.named_measures import named_measures, scheme_names
    names = {name for _, name in scheme_names(kb).values()}
    assert "補助金" not in names and "県の補助金" not in names and "ものづくり補助金" in names
    assert named_measures(kb, "県の補助金で何か使えるものはないか") == {}
