"""Issue 15 (round 17, desk36): a person sent to work beside the town's staff, a firm's gift to a town's project, a
compound named only by its head in another sense, and general verbs in any inflection (own wording).

The questions and descriptions are written for these tests, not taken from the desk corpus."""

from __future__ import annotations

import pytest

from chiiki_mirai.knowledge.loader import load_kb
from chiiki_mirai.recommender.api import search
from chiiki_mirai.recommender.intents import intent_index
from chiiki_mirai.recommender.paraphrases import phrase_units
from chiiki_mirai.recommender.paraphrases import words as paraphrase_words


@pytest.fixture(scope="module")
def kb():
    return load_kb()


def _ids(out: dict, n: int = 5) -> list[str]:
    return [m["id"] for m in out["measures"][:n]]


def _needs(kb, question: str) -> list[str]:
    return [n.need for n in intent_index(kb).match(question)]


# --- 派遣・伴走支援 in everyday words: someone comes from the state or the prefecture and works on the plan with us --------
@pytest.mark.parametrize("question", [
    "村の職員だけでは計画がまとまらない。県から誰かに来てもらって一緒に作ってもらえると助かる",
    "うちの課は兼務ばかりで、国や県から人を出してもらえたらありがたいのですが",
])
def test_a_person_sent_to_work_beside_the_town_is_the_dispatch_measure(kb, question):
    assert _needs(kb, question)[:1] == ["municipal_staff"]
    assert "human_support_dispatch" in _ids(search(question, kb=kb))


# --- a firm's gift to a town's project and the tax it saves: 企業版ふるさと納税 -----------------------------------------
def test_a_firms_gift_to_a_town_project_is_the_tax_need_not_a_loan(kb):
    # the bank is the giver here: money it gives (お金を出す) to a town's project is a gift, not a loan
    question = "付き合いのある地元の銀行が、市の公園の整備にお金を出してもいいという。寄付した会社の法人税は軽くなるのか"
    assert _needs(kb, question)[:1] == ["tax"]
    assert "corporate_furusato_nozei" in _ids(search(question, kb=kb))


# --- a one-word compound named only by its head, after another noun, is another thing of that kind --------------------
def test_a_survey_of_another_kind_is_no_tax_audit(kb):
    # 税務調査 (a tax audit) and 環境の影響調査 share only the head 調査
    assert "tax_procedure" not in _needs(kb, "埋め立ての前に海の生き物への影響調査が入ることになった")


def test_the_compound_itself_is_still_read(kb):
    assert _needs(kb, "来月うちに税務調査が入ると連絡があった")[:1] == ["tax_procedure"]


def test_a_bare_head_is_still_the_compounds_kind(kb):
    # 調査 not qualified by another noun may be the audit: the rule is only for a head the question qualifies itself
    assert "tax_procedure" in _needs(kb, "うちの店に税金の調査が入ると言われた")


# --- a general verb (使う, 育てる, 作る) names no product in any inflection ---------------------------------------------
@pytest.mark.parametrize("inflected,without", [
    ("米粉を使ったパン", "米粉のパン"),
    ("水槽で育てたヒラメ", "水槽のヒラメ"),
    ("竹で作った食器", "竹の食器"),
])
def test_a_general_verb_leaves_no_inflected_word_behind(inflected, without):
    assert paraphrase_words(inflected) == paraphrase_words(without)


def test_a_general_verb_in_a_paraphrase_is_no_word_of_it():
    assert not any(u & {"使っ", "使う"} for u in phrase_units("昆布を使った調味料"))
