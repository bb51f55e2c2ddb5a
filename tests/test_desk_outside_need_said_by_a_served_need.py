"""Issue 15 (round 18, desk38): a need no measure serves that the question meets only by words a served need's
phrasing says too (パート・正社員 without 助成金; ネット通販 without だまされた・返金) does not turn the question away: the served
need answers when its writers agree on it. When the question says what only the need no measure serves says (助成金,
返金), or only one writer of the served need reads it (返礼品にしたい), nothing applies as before. Own wording, not from the
desk corpus."""

from __future__ import annotations

import pytest

from chiiki_mirai.knowledge.loader import load_kb
from chiiki_mirai.recommender.api import search

FALLBACK = {"onestop_consultation_desk", "yorozu_support_center"}


@pytest.fixture(scope="module")
def kb():
    return load_kb()


def _ids(out: dict) -> list[str]:
    return [m["id"] for m in out["measures"]]


@pytest.mark.parametrize("question,expected", [
    ("工場で働くパートの女性を正社員に登用して、いずれは現場の責任者を任せたい", "women_talent_development"),
    ("パートで働いている女性たちを正社員にして、管理職にも育てていきたい", "women_talent_development"),
    ("町の干物屋が、ネット通販で海外のお客さんにも売ってみたいと言っている", "local_products_value_overseas_support"),
])
def test_a_served_need_that_says_the_same_words_answers(kb, question, expected):
    out = search(question, kb=kb, top=10)
    assert out["matched"] and out["outside_need"] is None
    assert expected in _ids(out)[:5]


@pytest.mark.parametrize("question", [
    "パートを正社員にしたときの助成金の申請の仕方を知りたい",
    "ネット通販で買った商品が届かない。返金してもらうにはどうすれば",
    "ふるさと納税の返礼品に、うちの干し柿を載せてもらうにはどうすれば",
])
def test_the_words_only_the_need_no_measure_serves_says_still_turn_it_away(kb, question):
    out = search(question, kb=kb, top=10)
    assert not out["matched"] and out["outside_need"] is not None
    assert {m["id"] for m in out["offers"]} >= FALLBACK
