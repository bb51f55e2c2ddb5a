"""A sentence denies a dependence only when it avoids putting the business on one party (「…1社に任せず、」); another
〜ず after 「に」 states the dependence (「…に依存しているにもかかわらず、」「…の生産調整に耐えられず、」)."""

from __future__ import annotations

import pytest

from chiiki_mirai.rules.facts.companies import _denies

CASES = [
    ("販路は特定の大手量販店1社に任せず、町内の3事業者が複数の百貨店と直接取引する。", True),
    ("加工を町外の大きい工場1社に集めず、町内の2工房で分担する。", True),
    ("販路の8割を大手量販店1社に依存しているにもかかわらず、新しい取引先の開拓は後回しになっている。", False),
    ("発注元1社の生産調整に耐えられず、受注が半減した年もある。", False),
    ("特定の商社に頼らざるを得ず、価格の交渉力が弱い。", False),
]


@pytest.mark.parametrize(("quote", "denies"), CASES, ids=[c[0][:12] for c in CASES])
def test_only_a_clause_that_avoids_one_party_denies_the_dependence(quote: str, denies: bool) -> None:
    assert _denies(quote) is denies
