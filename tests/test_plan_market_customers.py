"""Whom a plan sells to, as a ground for the measure that serves those customers (issue 19).

A plan whose target market (its 戦略・ターゲット市場 statements) names the visitors the inbound tourism consumption
measure serves (「ターゲット市場：訪日外国人」) sells to them: a ground of its own (`Measure.customers`), beside the
tourism words that make the measure a candidate at all. A craft or sake plan that sells to visitors at its workshops
gets the measure ahead of one that mentions the same tourism but sells to department stores; visitors counted in the
plan's present state or its evaluation are no market it sells to, nor are visitors a target market turns away from
(「観光客ではなく」, their decline before a switch, 「…から…へ切り替える」, a negated clause), while a form that adds to
them (「訪日客だけでなく」) still sells to them. Each case is a pair of plans that differ only in that signal. The plans
are written here for these tests.
"""

from __future__ import annotations

import pytest

from chiiki_mirai.knowledge.loader import load_kb
from chiiki_mirai.recommender.api import recommend_for_plan
from tests.plan_sections import plan_of

INBOUND = "inbound_tourism_consumption_support"
VISITORS = "ターゲット市場：訪日外国人の個人客。工房の直売所で名入れの椀と箸を販売する。"
STORES = "ターゲット市場：首都圏の百貨店の贈答需要。百貨店の催事で名入れの椀と箸を販売する。"
MARKET_REASON = "この施策が支える顧客に売る計画です"  # the market link's reason line (plan_explain)


@pytest.fixture(scope="module")
def kb():
    return load_kb()


def craft_plan(market: str, present: str = "町の漆器店の売上は10年で3割減った。") -> object:
    """A C plan of a lacquerware town; its target market and one line of its present state vary. Both mention the
    workshop tours tourists join, so the tourism measure is a candidate for both."""
    return plan_of("C", "木地と漆の町の産地再生プラン", "漆器", {
        "C.2.1": ("(1) 現状", present),
        "C.3.1": ("(1) 基本戦略", market),
        "C.5.1": ("(1) 課題", "職人の高齢化で生産量が落ち、後継者が育っていない。"),
        "C.5.2": ("(2) 政策手段", "工房見学の受入れ日を増やし、観光案内所と予約の仕組みを共有する。"),
    }, products=("漆塗りの椀", "箸"))


def inbound_of(kb, plan) -> tuple[int | None, list[str]]:
    """The rank of the inbound measure among all the plan's recommendations and its reason lines' quotes."""
    rank, lines = inbound_lines(kb, plan)
    return rank, [ln.quote for ln in lines if ln.quote]


def inbound_lines(kb, plan) -> tuple[int | None, list]:
    """The rank of the inbound measure among all the plan's recommendations and its reason lines."""
    recs = recommend_for_plan(plan, None, kb, top=40)
    ids = [r.id for r in recs]
    if INBOUND not in ids:
        return None, []
    return ids.index(INBOUND) + 1, list(recs[ids.index(INBOUND)].reason_lines)


def test_a_plan_selling_to_visitors_gets_the_inbound_consumption_measure_ahead(kb):
    rank_visitors, quotes = inbound_of(kb, craft_plan(VISITORS))
    rank_stores, quotes_stores = inbound_of(kb, craft_plan(STORES))
    assert rank_visitors is not None and rank_visitors <= 10, rank_visitors
    assert any("訪日外国人" in q for q in quotes), quotes  # the reason quotes the target market
    assert rank_stores is None or rank_stores > rank_visitors, (rank_stores, rank_visitors)
    assert not any("百貨店" in q for q in quotes_stores), quotes_stores


@pytest.mark.parametrize("present", [
    "町を訪れる観光客は年20万人で、うち訪日外国人は1割である。",  # visitors counted in the present state
    "効果は観光客の入込数と工房の売上で検証する。",  # visitors counted in the evaluation
])
def test_visitors_counted_outside_the_target_market_are_no_market(kb, present):
    rank_counted, quotes = inbound_of(kb, craft_plan(STORES, present))
    rank_visitors, _ = inbound_of(kb, craft_plan(VISITORS, present))
    assert not any(w in q for q in quotes for w in ("入込数", "年20万人")), quotes
    assert rank_visitors is not None and (rank_counted is None or rank_counted > rank_visitors)


@pytest.mark.parametrize("market", [
    # the two cases the review of the branch found ranked first with the market reason
    "訪日外国人の減少を受け、ターゲット市場を首都圏の百貨店の贈答需要に切り替える。",  # their decline, then a switch
    "ターゲット市場は観光客ではなく、首都圏の百貨店の贈答需要とする。",  # ではなく
    "売り先をインバウンドから首都圏の百貨店の贈答需要へ切り替える。",  # switched from them
    "観光客頼みから脱却し、首都圏の百貨店の贈答需要を取り込む。",  # turned away from relying on them
    "訪日客は対象とせず、首都圏の百貨店の贈答需要を狙う。",  # a negated clause
    "訪日客以外の、首都圏の百貨店の贈答需要を狙う。",  # 以外
    "観光客の土産需要は小さく、首都圏の百貨店の贈答需要を狙う。",  # found small
])
def test_a_target_market_turning_away_from_visitors_is_no_market(kb, market):
    rank_away, lines = inbound_lines(kb, craft_plan(market))
    rank_visitors, _ = inbound_of(kb, craft_plan(VISITORS))
    assert not any(MARKET_REASON in ln.text for ln in lines), [ln.text for ln in lines]
    assert rank_away is None or rank_away > rank_visitors, (rank_away, rank_visitors)


@pytest.mark.parametrize("market", [
    "ターゲット市場は訪日客だけでなく、首都圏の百貨店の贈答需要にも広げる。",
    "ターゲット市場は訪日客に限らず、首都圏の百貨店の贈答需要にも広げる。",
])
def test_a_target_market_adding_to_visitors_still_sells_to_them(kb, market):
    _, lines = inbound_lines(kb, craft_plan(market))
    assert any(MARKET_REASON in ln.text and "訪日客" in ln.quote for ln in lines), [ln.text for ln in lines]
