"""who asks, said before the question, is no need (own wording, not from the desk corpus)."""

from __future__ import annotations

import pytest

from chiiki_mirai.knowledge.loader import load_kb
from chiiki_mirai.recommender.api import search
from chiiki_mirai.recommender.asker import without_asker


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
