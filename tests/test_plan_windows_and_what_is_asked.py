"""Which window a plan is sent to, and what it asks for (issue 19, round 36): the classes below, found on dev.

- the window by sector of a measure (`Measure.ministry_by_sector`) follows the plan's main product, the one it names
  first, not a by-product or a material named after it: a pear grower's plan that also presses some cider asks the
  farm ministry, a cider maker's the tax agency; a chest maker's plan that also saws its own paulownia asks the
  manufacturing ministry, a sawmill's that also makes small furniture the forestry agency; a word naming what the
  products are made of (「梨を原料とする」, 「りんご加工品」) is their material, not the first product; a craft named
  〜細工 with the plant it is made of in brackets after it is the craft's, a decorated food (細工かまぼこ) the food's;
  the products' lines are read apart, so that the end use written on one does not make the product on the line before
  it an end use.
- the names of the measures a plan names are taken out of its statements before objects are read, all of them,
  also where two of a measure's names overlap in the plan's words (「次世代再生可能エネルギー等GX製品の製造に対する設備
  投資支援」 holds 「次世代再生可能エネルギー等GX製品」 and 「GX製品の製造に対する設備投資支援」): the words of a name
  are no object of another measure, whichever name is taken out first (it used to change from run to run).
- what the plan's own support for its firms covers, who gives it and how often (「伴走支援の分野は資金調達、選果の省力化と
  し、専任の職員を2名置く」) is its commitment, not a need: the labour saving it names there asks no national subsidy,
  while the same words as a problem of its growers do.
- the window of the infrastructure support (`Measure.ministry_by_object`) is the body that runs most of what the plan
  asks for: a port plan that asks for its quays, channel and port road in several statements and writes one line on
  the industrial water the prefecture supplies goes to the land ministry's port bureau; a plan that asks for both as
  much goes to the related ministries.
- where a plan names several institutions of a measure run by several (「政府系金融機関（DBJ、日本政策金融公庫）の投融資」),
  the window is the one it names first, whatever the order of the knowledge's table.
- a C plan that brings its own facilities together under their own names (「町の旧研修センター2か所を1か所に集約」,
  「漁協の荷さばき施設を本港に集約」) re-arranges its public facilities as 「公共施設の集約」 does, and gets the support
  for managing public facilities; bringing orders or demand together (「受注情報を組合に集約」) does not.
- a school's new course or department (「工業高校に水素コースを新設」, 「短大の「溶接技術科」新設」) is teaching: its 新設
  is no call for capital investment, while a new test building or plant is.
Each case is a pair of plans that differ only in that signal. The plans are written here for these tests.
"""

from __future__ import annotations

import pytest

from chiiki_mirai.knowledge.loader import load_kb
from chiiki_mirai.recommender.api import recommend_for_plan
from chiiki_mirai.recommender.modality import kind
from chiiki_mirai.recommender.plan_reading import read_plan_needs
from chiiki_mirai.recommender.plan_words import BRACKET_MAX, MATERIAL
from chiiki_mirai.recommender.themes import detect_themes
from tests.plan_sections import plan_of

LOCAL_PRODUCTS = "local_products_value_overseas_support"


@pytest.fixture(scope="module")
def kb():
    return load_kb()


def products_plan(products: str) -> object:
    """A C plan that sells its products at home and abroad; only what it makes, and in which order, varies."""
    return plan_of("C", "町の産品の高付加価値化プラン", products, {
        "C.3.1": ("(1) 基本戦略", "町の産品を高付加価値化し、台湾・香港へ輸出する。"),
        "C.5.1": ("(1) 課題", "海外の商談に応じられる体制がない。"),
    })


def test_a_bracket_after_a_material_word_holds_at_most_bracket_max_characters():
    # a bracket of names up to the limit is still the material's; one character more is a note, and the word before it
    # is read as written (as a product)
    names = "あ" * BRACKET_MAX
    assert MATERIAL.match(f"（{names}）を原料とする")
    assert not MATERIAL.match(f"（{names}い）を原料とする")
    assert MATERIAL.match("「はるか、こうこう」を使った") and not MATERIAL.match("（甘い。酸っぱい）を使った")


@pytest.mark.parametrize(("products", "ministry"), [
    ("梨の生果と、梨の果汁・シードル", "maff"),  # the fruit first, a drink pressed from it after
    ("シードルと、その原料の梨の生果", "mof"),  # the drink first
    ("梨を原料とするシードルと果汁", "mof"),  # the pear named first is the drink's material, no product
    ("地元産ぶどうを100%使用したスパークリングワイン", "mof"),  # the grapes with their share: still the material
    # the material with its varieties or brand in brackets before 「を原料」: still the material
    ("町産りんご「ふじ」「紅玉」を原料とするシードル", "mof"),
    ("地元の梨（幸水・豊水）を使ったスパークリング果実酒", "mof"),
    ("町産りんご「ふじ」「紅玉」の生果と、シードル", "maff"),  # the varieties named, then no material marker: the fruit
    # the varieties listed with 、 inside the bracket read as with ・
    ("村のりんご（つがる、王林、ジョナゴールド）を原料にしたシードル", "mof"),
    ("県内産の柿（富有、次郎）を用いた果実酒", "mof"),
    ("桐たんす・桐の小物家具と、その材料の桐材（製材・乾燥）", "meti"),  # the furniture first, its material after
    ("桐材（製材・乾燥）と、桐の小物家具", "maff"),  # the sawn timber first
    # a craft named 〜細工 with the plant it is made of in brackets after it: the craft, not the plant
    ("竹細工（真竹の花籠）", "meti"),
    ("細工かまぼこ", "maff"),  # a decorated food is no craft
    ("燻して寝かせた本枯れ節", "maff"),  # 枯れ節 as 枯節 (the okurigana written)
    # each product on its own line: the end use written on the second is not the first's
    ("干し椎茸\n輸出向けの贈答箱", "maff"),
])
def test_the_window_by_sector_follows_the_product_named_first(kb, products, ministry):
    rec = {r.id: r for r in recommend_for_plan(products_plan(products), None, kb, top=40)}[LOCAL_PRODUCTS]
    assert (rec.window_id or rec.ministry_id) == ministry


@pytest.mark.parametrize(("means", "object_read"), [
    ("次世代再生可能エネルギー等GX製品の製造に対する設備投資支援を活用し、受入基地を整備する。", False),  # a name
    ("次世代再生可能エネルギーの製造装置を新たに量産し、受入基地を整備する。", True),  # what the plan makes
])
def test_overlapping_names_of_a_named_measure_leave_no_object(kb, means, object_read):
    plan = plan_of("A", "臨海部の燃料転換拠点計画", "", {
        "A.4.3": ("(3) 活用を想定する施策", "GX製品の製造に対する設備投資支援の活用を想定する。"),
        "A.4.4": ("(4) 国に求める支援", means),
    })
    reading = read_plan_needs(plan, kb, "A")
    assert ("次世代再生可能エネルギー" in reading.present) is object_read
    assert not any("製造に対する設備投資支援" in st.norm for st in reading.statements)


@pytest.mark.parametrize(("sentence", "expected"), [
    ("伴走支援の分野は資金調達、販路開拓、選果の省力化とし、専任の職員を2名置く。", "own"),
    ("伴走支援の頻度は、核となる企業ごとに月1回の訪問を基本とし、課題を聞き取る。", "own"),
    ("生産者は選果の省力化が課題で、資金調達も難しい。", "need"),  # the same words as the growers' problem
    ("国の伴走支援の活用を求める。", "need"),  # asking for the nation's support is a request
    ("伴走支援の担当職員が不足しており、国からの人材派遣を求める。", "need"),  # its own support short: a need
    ("国による伴走支援の内容の充実を求める。", "need"),
])
def test_what_the_plans_own_support_covers_is_its_commitment(sentence, expected):
    assert kind(sentence) == expected


INFRA = "related_infra_hub_development"
PORT_ASKS = ["岸壁を−14mに増深する必要がある。", "航路の浚渫が欠かせない。", "臨港道路の拡幅が課題である。",
             "港湾計画の変更を令和8年度に行う。"]


@pytest.mark.parametrize(("water", "ministry"), [
    (["工業用水は県が既存の給水系統の余力で供給する。"], "mlit"),  # the port's works outweigh one line on water
    (["工業用水の給水能力の増強が必要である。", "工業用水道の新たな配水管が課題である。", "工業用水の日量2万m3の追加が必要。",
      "工業用水の水源の確保が欠かせない。"], "related_ministries"),  # as many asks of each body
])
def test_the_infrastructure_window_is_the_body_running_most_of_what_is_asked(kb, water, ministry):
    plan = plan_of("A", "臨海部の燃料転換拠点計画", "", {
        f"A.4.{i}": ("(4) 関連するインフラ及び拠点整備", text) for i, text in enumerate(PORT_ASKS + water, 1)})
    rec = {r.id: r for r in recommend_for_plan(plan, None, kb, top=40)}[INFRA]
    assert (rec.window_id or rec.ministry_id) == ministry


@pytest.mark.parametrize(("named", "ministry"), [
    ("政府系金融機関（DBJ、日本政策金融公庫）の投融資を活用する。", "dbj"),
    ("政府系金融機関（日本政策金融公庫、DBJ）の投融資を活用する。", "jfc"),
])
def test_of_several_institutions_named_the_first_is_the_window(kb, named, ministry):
    plan = plan_of("A", "臨海部の燃料転換拠点計画", "", {"A.4.3": ("(3) 活用を想定する施策", named)})
    rec = {r.id: r for r in recommend_for_plan(plan, None, kb, top=40)}["government_finance_investment_loans"]
    assert rec.window_id == ministry


PUBLIC_FACILITIES = "public_facility_appropriate_management"


@pytest.mark.parametrize(("framework", "offered"), [
    ("町の旧研修センター2か所を1か所に集約し、浮いた維持費を共同工房の運営に充てる。", True),
    ("漁協の荷さばき施設を本港に集約し、維持管理費を削減する。", True),
    ("各工房の受注情報を組合に集約し、納期を調整する。", False),  # orders brought together, no facility
    ("組合の共同出荷施設に各工房の出荷を集約し、運賃を下げる。", False),  # a facility where goods are gathered
    ("共同塗装施設の稼働を繁忙期に集約し、燃料費を抑える。", False),  # a facility's work brought together
])
def test_facilities_brought_together_under_their_own_names_are_public_facilities(kb, framework, offered):
    plan = plan_of("C", "町の漆器の成長プラン", "漆塗りの椀・重箱", {
        "C.3.1": ("(1) 基本戦略", "町の漆器を高付加価値化し、首都圏の百貨店へ販路を広げる。"),
        "C.5.1": ("(1) 課題", "職人の高齢化で受注に応じきれない。"),
        "C.5.3": ("(3) 地場産業を支える仕組みづくり", framework),
    })
    ids = [r.id for r in recommend_for_plan(plan, None, kb, top=40)]
    assert (PUBLIC_FACILITIES in ids) is offered, ids


@pytest.mark.parametrize(("sentence", "capex"), [
    ("県立工業高校に水素コースを新設する。", False),
    ("県立短大の「溶接技術科」新設（令和10年度）。", False),
    ("大学に半導体の講座を新設する。", False),
    ("県立工業高校の隣に水素の検査棟を新設する。", True),  # a building is a plant investment
    ("溶接の新工場を新設する。", True),
])
def test_a_new_course_is_no_capital_investment(sentence, capex):
    assert ("capex" in detect_themes(sentence)) is capex
