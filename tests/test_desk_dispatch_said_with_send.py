"""Issue 15 (session 19, desk40): the state's or the prefecture's dispatch of people (派遣・人的支援) said with 送る
(人を送ってもらう) by a town hall without anyone who knows the matter is the municipal-staff need; sending goods is not.
Own wording, not from the desk corpus."""

from __future__ import annotations

import pytest

from chiiki_mirai.knowledge.loader import load_kb
from chiiki_mirai.recommender.api import search

DISPATCH = "human_support_dispatch"


@pytest.fixture(scope="module")
def kb():
    return load_kb()


def _ids(kb, q, n=5):
    return [m["id"] for m in search(q, kb=kb, top=10)["measures"]][:n]


@pytest.mark.parametrize("q", [
    "うちの町役場には工場誘致のことが分かる職員がいません。国から誰か人を送ってもらうことはできますか",
    "村の役場に企業誘致の分かる人がいない。県や国から人を送ってもらえる仕組みはあるか",
])
def test_people_sent_to_a_town_hall_bring_the_dispatch(kb, q):
    assert DISPATCH in _ids(kb, q)


def test_goods_sent_to_a_customer_are_no_dispatch(kb):
    assert DISPATCH not in _ids(kb, "新しい菓子の見本を都会の問屋に送って売り込みたい")
