"""A measure for a kind of product ranks by the plan's own product being one (issue 19, round 21, found on dev).

A C plan whose products are regional products (a fruit's pickles and processed goods, furniture and woodwork) is about
what the measure for adding value to regional products and selling them abroad (地域産品の高付加価値化・海外展開の支援)
is for, however briefly its other sections name the products. On dev that measure was judged apt for 120 of 132 C
plans and for every C plan it was shown to; in 11 C plans it was left out of a list shorter than 10 because the
plan's own product counted for no more than a word in passing, below half of the best measure (its 仕組みづくり
section). A plan's product line now holds the measure's object as strongly as a need the plan states would
(`plan_evidence.made_evidence`); a plan that sells a tourism service has no such product, and the measure stays out.
Only for a measure of a sector outside the 17 fields that the plan was classified into (`plan_rank.made_in_sector`):
a maker of labour-saving machines for food plants sells automation to others, which is no ground for the
labour-saving subsidy of its own work.
A product named only by what it serves (「スポーツ用の…」「登山のための…」) is no product of that sector, as one for a
market (〜向け) is not; nor is a generic object word for industrial goods (「金属加工品」「樹脂の加工品」): a
machining subcontractor makes no regional product (reviewer's findings on round 21).
Each case is a pair of plans that differ only in their product line; all are written here for these tests.
"""

from __future__ import annotations

import pytest

from chiiki_mirai.core.plan import Plan
from chiiki_mirai.knowledge.loader import load_kb
from chiiki_mirai.recommender.api import recommend_for_plan
from tests.plan_sections import plan_of

LOCAL_PRODUCTS = "local_products_value_overseas_support"
LABOUR_SAVING = "sme_labor_saving_investment_subsidy"
SPORTS = "sports_business_support"


@pytest.fixture(scope="module")
def kb():
    return load_kb()


def valley_plan(product_line: str) -> Plan:
    """A C plan of a mountain town whose strongest ground is its 仕組みづくり section; only what it makes varies."""
    return plan_of("C", "山あいの町地場産業成長プラン", None, {
        "C.1.1": ("(1) 該当する製品・サービス等", product_line),
        "C.3.1": ("(1) 目指す姿", "首都圏の百貨店と台湾の小売店に販路を広げ、売上を五年で倍にする。"),
        "C.5.1": ("(1) 取組に向けた課題", "作り手が高齢化し、若い職人が定着しない。"),
        "C.5.3": ("(3) 地場産業を支える仕組みづくり", "閉校した小学校の校舎を町が改修し、共同の作業場として集約する。"),
    }, products=(product_line,))


@pytest.mark.parametrize(("product_line", "shown"), [
    ("地元の梅を漬けた梅干しと、梅を使った加工品", True),
    ("ひのきの一枚板を使った家具と木工の小物", True),
    ("温泉宿の連泊プランと山歩きのガイド", False),  # a service: no regional product of its own
    ("自動車部品向けの金属加工品", False),  # industrial goods: 加工品 after a metal
    ("精密機械の金属加工品と試作品", False),
    ("スマートフォン向けの樹脂加工品", False),
    ("電子機器メーカー向けの部品ブランド「KOBO」の樹脂の加工品", False),
])
def test_a_plan_making_regional_products_gets_the_measure_for_them(kb, product_line, shown):
    recs = recommend_for_plan(valley_plan(product_line), None, kb, top=10)
    ids = [r.id for r in recs]
    assert (LOCAL_PRODUCTS in ids) is shown, ids


def test_the_reason_quotes_the_product_line_as_written(kb):
    line = "地元の梅を漬けた梅干しと、梅を使った加工品"
    rec = next(r for r in recommend_for_plan(valley_plan(line), None, kb, top=10) if r.id == LOCAL_PRODUCTS)
    assert any(line in (rl.quote or "") for rl in rec.reason_lines), rec.reason_lines


@pytest.mark.parametrize("product_line", [
    "惣菜工場で使う自動化の盛付装置と省力化の搬送装置",
    "食品工場向けの省人化ロボット",
])
def test_a_product_that_saves_others_labour_is_no_ground_for_the_labour_saving_subsidy(kb, product_line):
    ids = [r.id for r in recommend_for_plan(valley_plan(product_line), None, kb, top=10)]
    assert LABOUR_SAVING not in ids, ids


@pytest.mark.parametrize("product_line", [
    "スポーツ用のサングラスと眼鏡枠",
    "登山のための軽量な靴と雨具",
])
def test_a_product_for_a_sport_is_no_product_line_ground_for_the_sports_business_measure(kb, product_line):
    rec = next((r for r in recommend_for_plan(valley_plan(product_line), None, kb, top=10) if r.id == SPORTS), None)
    assert rec is None or not any(product_line in (rl.quote or "") for rl in rec.reason_lines), rec.reason_lines
