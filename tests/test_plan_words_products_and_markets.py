"""A word names what the plan makes or runs, not its product's market or ingredients (issue 19, round 34, found on dev).

- a field whose demand grows (「データセンター電源の需要拡大により」, 「EV需要の伸びを取り込む」, 「需要が…データセンター電源で
  急拡大」) is the market the plan's
  product sells into, as a field before 向け is: no object of the measures that build that field (ワット・ビット連携の
  デジタルインフラ), while a demand the plan itself has (「工業用水の需要が増える」) stays a need;
- the エッセンシャル of an essential oil is a product, not an essential service (ES) the ES measures are for;
- land for the workers' homes (「従業員向けの住宅用地の確保」) is no land for industry;
- public facilities whose fuel or heat the plan supplies (「公共施設の燃料費を下げる」) are its customers, not facilities
  it reorganises;
- AI in the product or its market (「AI半導体」, 「AIを搭載した」, 「信号処理・AIによる付加価値化」) or as other firms' trade
  (「AIソフトウェア企業との協業」) is no call for corporate AX support, while AI in the firm's own work is;
- a craft of any kind (刃物・洋食器, 箪笥・家具, 鋳物) is a regional product (地域産品) as lacquer or pottery is: the measure
  for adding value to regional products and selling them abroad is for it.
Each case is a pair of sentences or plans that differ only in that signal; all are written here for these tests.
"""

from __future__ import annotations

import pytest

from chiiki_mirai.core.plan import Plan
from chiiki_mirai.knowledge.loader import load_kb
from chiiki_mirai.recommender.api import recommend_for_plan
from chiiki_mirai.recommender.plan_words import end_use_only, norm, object_present
from tests.plan_sections import plan_of

WATT_BIT = "watt_bit_digital_infrastructure"
ES_MEASURES = ("essential_service_sustainability_support", "es_supplier_finance_support")
AX = "ax_corporate_management_reform"


@pytest.fixture(scope="module")
def kb():
    return load_kb()


# --- a field's growing demand is the product's market -----------------------------------------------------------------

@pytest.mark.parametrize(("text", "term", "market"), [
    ("通信基地局とデータセンター電源の需要拡大により、高耐圧素子の市場が伸びる。", "データセンター", True),
    ("EV需要の伸びを取り込み、モーター部品を量産する。", "EV", True),
    ("高耐圧素子の需要は鉄道車両・データセンター電源で急拡大している。", "データセンター", True),
    ("臨海部にデータセンターを誘致し、排熱を農業ハウスに使う。", "データセンター", False),
    ("分解装置の増設に伴い、工業用水の需要が日量1万トン増える。", "工業用水", False),  # the plan's own demand
])
def test_a_field_whose_demand_grows_is_the_market_not_what_the_plan_makes(text, term, market):
    assert end_use_only(term, norm(text)) is market


@pytest.mark.parametrize(("text", "term"), [
    ("園芸ハウスの収量はスマート農業の導入で拡大してきた。", "スマート農業"),  # the plan's own action
    ("観光客は新幹線の開業で増加した。", "新幹線"),  # the cause of a growth
    ("電子部品工場の進出で急増する通勤の渋滞を解消する。", "電子部品"),
    ("地場の酒の売上はEC販売で急拡大した。", "EC"),
    ("部品の受注は価格競争で伸び悩む。", "価格競争"),
])
def test_what_a_growth_comes_from_is_no_market_without_a_growing_demand(text, term):
    assert end_use_only(term, norm(text)) is False


@pytest.mark.parametrize(("text", "term", "served"), [
    ("スポーツ用のサングラスを作る。", "スポーツ", True),
    ("スポーツ競技用の計測器を作る。", "スポーツ", True),
    ("登山のための軽い靴を縫製する。", "登山", True),
    ("ホテル用タオルを織る。", "ホテル", True),
    ("町のスポーツ施設を利用して合宿を誘致する。", "スポーツ", False),
    ("スキー場を活用し冬の客を呼ぶ。", "スキー", False),
])
def test_a_noun_of_use_names_what_the_product_serves(text, term, served):
    assert end_use_only(term, norm(text)) is served


def devices_plan(market_line: str) -> Plan:
    """An A plan for power devices; only the line on what drives its market varies."""
    return plan_of("A", "高耐圧パワーデバイス量産拠点計画", "電子部品", {
        "A.3.1": ("(1) 基本戦略", "高耐圧パワーデバイスの前工程ラインを新設し、量産能力を三倍にする。"),
        "A.3.2": ("(2) 市場", market_line),
        "A.5.1": ("(1) 課題", "新ラインに必要な工業用水が日量5千トン不足する。"),
    })


@pytest.mark.parametrize(("line", "shown"), [
    ("鉄道車両とデータセンター電源の需要拡大により、世界市場は2030年に倍増する。", False),
    ("素子の需要は鉄道車両・データセンター電源で急拡大しており、世界市場は2030年に倍増する。", False),
    ("工場の隣接地にデータセンターを誘致し、ワット・ビット連携の拠点とする。", True),
])
def test_the_digital_infrastructure_measure_is_for_a_plan_that_builds_it(kb, line, shown):
    ids = [r.id for r in recommend_for_plan(devices_plan(line), None, kb, top=30)]
    assert (WATT_BIT in ids) is shown, ids


# --- words of another thing: an essential oil, homes, a customer's heating bill, AI in the product ------------------

@pytest.mark.parametrize(("term", "text", "present"), [
    ("エッセンシャル", "間伐材の枝葉からトドマツのエッセンシャルオイルを蒸留する。", False),
    ("エッセンシャル", "集落の商店と給油所のエッセンシャル・サービスを維持する。", True),
    ("用地の確保", "従業員向けの住宅用地の確保を町が支援する。", False),
    ("用地の確保", "増設工場の用地の確保が課題である。", True),
    ("用地が不足", "社宅用地が不足している。", False),
    ("公共施設", "蒸留残さをペレットにし、公共施設の燃料費を下げる。", False),
    ("公共施設", "町の公共施設へ木質チップを供給する。", False),
    ("公共施設", "閉校した公共施設を共同工房に転用する。", True),
    ("AI", "車載向けAI半導体の需要が伸びる。", False),
    ("AI", "印刷センサに信号処理・AIによる付加価値化を加える。", False),
    ("AI", "装置メーカーとAIソフトウェア企業との協業の場がない。", False),
    ("AI", "AIを搭載した検査ロボットを販売する。", False),
    ("AI", "AIによる外観検査を導入し、検査工程を省人化する。", True),
])
def test_a_word_counts_only_in_the_measures_sense(term, text, present):
    assert object_present(term, norm(text)) is present


def oil_plan(product_line: str) -> Plan:
    """A C plan for a forest product; only the line on what it makes varies."""
    return plan_of("C", "森の香り地場産業成長プラン", "林産物加工", {
        "C.1.1": ("(1) 該当する製品・サービス等", product_line),
        "C.5.1": ("(1) 取組に向けた課題", "集落の人口が減り、原料の枝葉を集める人手が足りない。"),
    })


@pytest.mark.parametrize(("line", "shown"), [
    ("間伐材の枝葉から蒸留したトドマツのエッセンシャルオイルと芳香蒸留水", False),
    ("集落の商店・給油所などエッセンシャル・サービスを担う事業者の共同配送", True),
])
def test_an_essential_oil_plan_gets_no_essential_service_measures(kb, line, shown):
    ids = [r.id for r in recommend_for_plan(oil_plan(line), None, kb, top=30)]
    assert any(m in ids for m in ES_MEASURES) is shown, ids


def sensor_plan(ai_line: str) -> Plan:
    """A B plan for printed sensors; only the line on AI varies."""
    return plan_of("B", "印刷センサ産業の集積プラン", "電子部品", {
        "B.3.1": ("(1) 基本戦略", "印刷方式のセンサを量産し、海外の医療機器メーカーに販売する。"),
        "B.3.2": ("(2) 構築すべき機能", ai_line),
        "B.5.1": ("(1) 課題", "中小の協力企業は生産管理の仕組みが古く、経営計画を立てる人材が不足している。"),
    })


@pytest.mark.parametrize(("line", "shown"), [
    ("量産印刷ライン、信頼性評価、信号処理・AIによる付加価値化。", False),
    ("協力企業の生産管理にAIを導入し、受発注と工程計画を自動化する。", True),
])
def test_ai_in_the_product_is_no_call_for_corporate_ax_support(kb, line, shown):
    ids = [r.id for r in recommend_for_plan(sensor_plan(line), None, kb, top=30)]
    assert (AX in ids) is shown, ids


# --- a craft of any kind is a regional product ------------------------------------------------------------------------

LOCAL_PRODUCTS = "local_products_value_overseas_support"


def craft_plan(product_line: str) -> Plan:
    """A C plan for a craft sold abroad; only the line on what it makes varies."""
    return plan_of("C", "職人のまち地場産業成長プラン", "地場産業", {
        "C.1.1": ("(1) 該当する製品・サービス等", product_line),
        "C.3.1": ("(1) 目指す姿", "欧州の百貨店とレストランに直接販売し、単価を引き上げる。"),
        "C.5.1": ("(1) 取組に向けた課題", "海外の商習慣に通じた人材がおらず、輸出の手続きも分からない。"),
    })


@pytest.mark.parametrize("line", [
    "鍛造の包丁・ナイフなどの刃物と、ステンレスの洋食器",
    "桐の箪笥と小型の収納家具",
    "南部鉄器の鋳物の鍋・急須",
])
def test_a_craft_plan_selling_abroad_gets_the_regional_products_measure(kb, line):
    ids = [r.id for r in recommend_for_plan(craft_plan(line), None, kb, top=10)]
    assert LOCAL_PRODUCTS in ids, ids
