"""What a plan sells, whom it receives and where it buys (issue 19, round 32): the classes below, found on dev.

- the region's food is its cuisine and food culture, and as much the farm and sea products and their processed goods
  it sells abroad (「水産加工品を台湾へ輸出する」, 「農林水産物・食品の輸出」): the measure for bases that turn the region's
  food into exports (地域の食…を…輸出の拡大につなげるための拠点の整備等) is for such a plan, not for a craft exported;
- the window for adding value to local products follows what the plan makes, named by the fish or shellfish as much
  as by 水産 (鰹節・削り節, ホタテの干し貝柱, わかめ): the fisheries agency's, while a knife stays manufacturing's;
- 海外 as whom an inn receives (「海外客が予約できない」) is no market abroad, nor 海外 as the supplier named with a
  count or a kind (「海外2社からの輸入に頼る」, 「海外メーカーから購入」): no export need and no object of the export
  measures (a buyer abroad stays one);
- a national subsidy the package lists under B for what B plans' firms obtain (中小企業省力化投資補助金, one of the
  中堅・中小企業向けの補助金) is open to a C plan's small businesses, whose needs the package names as 省力化 among
  others: a C plan that states automating or saving labour in its work gets it, with where the package lists it
  (`Measure.open_to`); a C plan that does not, and an A plan's large automated plant, do not;
- the small firms' subsidies answer what they are for: the labour-saving subsidy a plan that states automating or
  saving labour (a new plant alone is no call for it), the growth-acceleration subsidy a plan whose firms aim at sales
  over 10 billion yen (the source's 売上高100億円超を目指す中小企業; a plant investment alone is not), the new-business
  subsidy a plan whose firms enter a new business or market (新市場・高付加価値事業での新規事業), unless named;
- women are the women's talent measure's object as people at work (女性職人, 女性の就業), not as the customers a
  product is for (「ターゲット：20〜40代女性」, 女性向け): a gift plan aimed at women is no call for training women;
- the public-private finance collaboration (官民金連携支援) is for the public sector and financial institutions acting
  together (a fund, a loan syndicated with the region's banks), not for how a plan's project is financed (「残りは
  自己資金と地元金融機関の融資」, 「漁協と地元企業が出資する」);
- for a farm or food exporter the menu's export support platform (農林水産物・食品の輸出支援プラットフォーム) is the
  programme for what an expert would be sent for (海外販路開拓): the expert dispatch gives way to it unless the plan
  names it, while a craft exporter keeps the expert;
- the support for rebuilding the region's base (地域未来交付金等による地域基盤の再構築) is for bringing public buildings
  together and a network of transport and services (公共施設等の集約・再配置): an industrial port or road a plan lacks
  is no call for it;
- the support for analysing the region's economy (地域経済循環分析等のデータ分析・効果検証) serves the authority's own
  planning and evaluation; it is no research measure: a university course a plan writes asks nothing of it;
- an experience offered to visitors (「工房での絵付け体験」, 「収穫体験」) is tourism's product as a tour is: a plan that
  sells one speaks of tourism, while a work experience for students (就業体験・職業体験) or a customer's experience
  of a product (顧客体験) does not.
Each case is a pair of plans (or sentences) that differ only in that signal. The plans are written here for these tests.
"""

from __future__ import annotations

import pytest

from chiiki_mirai.knowledge.loader import load_kb
from chiiki_mirai.recommender.api import recommend_for_plan
from chiiki_mirai.recommender.plan_words import bare_of, norm, object_present
from chiiki_mirai.recommender.themes import detect_themes
from tests.plan_sections import plan_of

FOOD_HUB = "food_inbound_export_hub_support"
LOCAL_PRODUCTS = "local_products_value_overseas_support"


@pytest.fixture(scope="module")
def kb():
    return load_kb()


def export_plan(title: str, domain: str, strategy: str) -> object:
    """A C plan that exports its products to Taiwan and Hong Kong; its title, products and strategy vary."""
    return plan_of("C", title, domain, {
        "C.3.1": ("(1) 基本戦略", strategy),
        "C.5.1": ("(1) 課題", "輸出先ごとの表示と衛生証明の手続を各社が担いきれない。"),
        "C.5.2": ("(2) 政策手段", "共同の冷凍保管施設を整備し、輸出向けの出荷を一本化する。"),
    })


# --- the region's food is also its farm and sea products sold abroad ---------------------------------------------

@pytest.mark.parametrize(("title", "domain", "strategy", "offered"), [
    ("干し貝柱の輸出拡大プラン", "ホタテの干し貝柱・冷凍貝柱",
     "町の水産加工品を高付加価値化し、台湾・香港へ輸出する。", True),
    ("完熟果実の輸出拡大プラン", "生食用のマンゴーと加工品",
     "島の農産物を農林水産物・食品の輸出の柱に育て、香港へ輸出する。", True),
    ("漆器の輸出拡大プラン", "漆塗りの椀・重箱",
     "町の漆器を高付加価値化し、台湾・香港へ輸出する。", False),  # a craft sold abroad is no food
])
def test_the_food_hub_is_for_farm_and_sea_products_sold_abroad(kb, title, domain, strategy, offered):
    ids = [r.id for r in recommend_for_plan(export_plan(title, domain, strategy), None, kb, top=40)]
    assert (FOOD_HUB in ids) is offered, ids


# --- the window of local products by the fish or shellfish named ---------------------------------------------------

@pytest.mark.parametrize(("title", "domain", "ministry"), [
    ("焼津だし素材の高付加価値化プラン", "本枯節・削り節・液体だし", "maff"),
    ("干し貝柱の輸出拡大プラン", "ホタテの干し貝柱・冷凍貝柱", "maff"),
    ("三陸わかめの輸出拡大プラン", "湯通し塩蔵わかめ・乾燥わかめ", "maff"),
    ("刃物の輸出拡大プラン", "包丁・ナイフ", "meti"),  # a knife stays manufacturing
])
def test_the_window_for_local_products_follows_the_fish_named(kb, title, domain, ministry):
    plan = export_plan(title, domain, "地域の産品を高付加価値化し、台湾・香港へ輸出する。")
    rec = {r.id: r for r in recommend_for_plan(plan, None, kb, top=40)}[LOCAL_PRODUCTS]
    assert (rec.window_id or rec.ministry_id) == ministry


# --- 海外 as guests or suppliers is no market abroad ---------------------------------------------------------------

@pytest.mark.parametrize(("text", "market"), [
    ("予約が電話中心で、海外客が予約できない。", False),  # the guests of an inn
    ("炭素繊維は海外2社からの輸入に頼っている。", False),  # a supplier abroad, counted
    ("検査装置は海外メーカーから購入している。", False),
    ("海外顧客の開拓ノウハウが不足している。", True),  # a buyer abroad
    ("海外のバイヤーとの商談を増やす。", True),
])
def test_guests_and_suppliers_from_abroad_are_no_market_abroad(text, market):
    assert object_present("海外", bare_of(norm(text))) is market
    assert ("export" in detect_themes(text)) is market


def inn_plan(problem: str) -> object:
    """A C plan for a hot-spring village's inns, sold at home; only one line of its problems varies."""
    return plan_of("C", "湯治場の再生プラン", "温泉旅館・湯治宿", {
        "C.3.1": ("(1) 基本戦略", "湯治の長期滞在を商品にし、首都圏の個人客を呼び込む。"),
        "C.5.1": ("(1) 課題", problem),
    })


@pytest.mark.parametrize(("problem", "export"), [
    ("予約が電話中心で、海外客や若い世代が予約できない。", False),
    ("旅館の加工品を海外に売る販路がない。", True),
])
def test_an_inns_guests_from_abroad_bring_no_export_measure(kb, problem, export):
    ids = [r.id for r in recommend_for_plan(inn_plan(problem), None, kb, top=40)]
    assert ("new_exporter_integrated_support" in ids) is export, ids


# --- an experience for visitors is tourism ------------------------------------------------------------------------

@pytest.mark.parametrize(("text", "tourism"), [
    ("窯元の工房で絵付け体験を受け付ける。", True),
    ("栗園の収穫体験と直売所を組み合わせる。", True),
    ("地元高校生の就業体験を工房で受け入れる。", False),
    ("職業体験の受入れ先を増やす。", False),
    ("通販サイトの顧客体験を改善する。", False),
])
def test_an_experience_for_visitors_is_tourism(text, tourism):
    assert ("tourism" in detect_themes(text)) is tourism


# --- a national subsidy listed for B is open to a C plan that states what it pays for -------------------------------

LABOUR_SAVING = "sme_labor_saving_investment_subsidy"


def knife_plan(policy: str) -> object:
    """A C plan for kitchen knives sold at home; only one line of its policy measures varies."""
    return plan_of("C", "刃物産地の成長プラン", "包丁・ナイフ", {
        "C.3.1": ("(1) 基本戦略", "産地の包丁を首都圏の料理店に直接販売する。"),
        "C.5.1": ("(1) 課題", "研ぎ職人の高齢化で下地研磨の処理能力が不足している。"),
        "C.5.2": ("(2) 政策手段", policy),
    })


@pytest.mark.parametrize(("policy", "offered"), [
    ("共同研磨工場に下地研磨を自動化するロボットを導入し、職人を仕上げに集中させる。", True),
    ("包装工程の省力化のため、共同の包装機を更新する。", True),
    ("共同研磨工場で若手の研修を行い、職人を仕上げに集中させる。", False),
])
def test_a_c_plan_stating_labour_saving_gets_the_small_firms_subsidy(kb, policy, offered):
    recs = {r.id: r for r in recommend_for_plan(knife_plan(policy), None, kb, top=10)}
    assert (LABOUR_SAVING in recs) is offered, sorted(recs)
    if offered:
        assert any("中堅・中小企業向けの補助金" in line for line in recs[LABOUR_SAVING].reasons)


def test_an_a_plans_automated_plant_gets_no_small_firms_subsidy(kb):
    plan = plan_of("A", "次世代船舶の建造拠点計画", "造船", {
        "A.3.1": ("(1) 基本戦略", "ブロック工場を新設し、溶接工程を自動化して建造能力を倍増する。"),
        "A.5.1": ("(1) 課題", "溶接技能者が不足し、建造ドックの前面の水深が足りない。"),
    })
    assert LABOUR_SAVING not in [r.id for r in recommend_for_plan(plan, None, kb, top=20)]


# --- women at work, not women as customers -------------------------------------------------------------------------

@pytest.mark.parametrize(("text", "at_work"), [
    ("ターゲット：国内外の個人（ギフト需要、20〜40代女性）", False),
    ("30代の女性に人気の色を増やす。", False),
    ("女性向けのアクセサリーを開発する。", False),
    ("女性職人の育成と子育て中の女性の就業を支える。", True),
])
def test_women_are_an_object_at_work_not_as_customers(text, at_work):
    assert object_present("女性", norm(text)) is at_work
    assert ("women" in detect_themes(text)) is at_work


def gift_plan(target: str) -> object:
    """A C plan for paper-cord gifts; only its line on whom the products are for varies."""
    return plan_of("C", "水引の産地ブランド化プラン", "水引細工・ギフト用品", {
        "C.3.1": ("(1) 基本戦略", f"水引の小物を高付加価値化する。{target}"),
        "C.5.1": ("(1) 課題", "職人の高齢化で結びの担い手が不足している。"),
    })


@pytest.mark.parametrize(("target", "women"), [
    ("ターゲットは20〜40代女性のギフト需要とする。", False),
    ("子育て中の女性が在宅で結びを担える体制を作る。", True),
])
def test_a_gift_for_women_is_no_call_for_womens_talent(kb, target, women):
    ids = [r.id for r in recommend_for_plan(gift_plan(target), None, kb, top=40)]
    assert ("women_talent_development" in ids) is women, ids


# --- how a project is financed is no call for the public-private finance collaboration -----------------------------

def garlic_plan(finance: str) -> object:
    """A C plan for black garlic sold at home; only its line on how its drying plant is financed varies."""
    return plan_of("C", "黒にんにくの産地強化プラン", "黒にんにく・加工品", {
        "C.3.1": ("(1) 基本戦略", "黒にんにくを加工品として首都圏の量販店に売る。"),
        "C.5.1": ("(1) 課題", "乾燥施設が足りず、繁忙期に出荷が止まる。"),
        "C.5.2": ("(2) 政策手段", f"共同乾燥施設を新設する。{finance}"),
    })


@pytest.mark.parametrize(("finance", "collaboration"), [
    ("事業費の3分の1は事業者の自己資金、残りは地元金融機関の融資で賄う。", False),
    ("施設は地元の農協と加工会社が出資して運営する。", False),
    ("町と地元金融機関が連携してファンドを組成し、施設に出資する。", True),
])
def test_how_a_project_is_financed_is_no_call_for_the_finance_collaboration(kb, finance, collaboration):
    ids = [r.id for r in recommend_for_plan(garlic_plan(finance), None, kb, top=40)]
    assert ("public_private_finance_collaboration" in ids) is collaboration, ids


# --- the small firms' subsidies answer what they are for -----------------------------------------------------------

def parts_plan(policy: str) -> object:
    """A B plan for motor parts; only one line of its policy measures varies."""
    return plan_of("B", "電動車向け部品の供給力強化計画", "電動車用モーター部品製造業", {
        "B.3.1": ("(1) 基本戦略", "県内の部品メーカーが電動車向けモーター部品の供給を増やす。"),
        "B.5.1": ("(1) 課題", "量産設備への投資負担が大きく、設備の更新が遅れている。"),
        "B.5.2": ("(2) 政策手段", policy),
    })


@pytest.mark.parametrize(("policy", "labour", "growth"), [
    ("核となる企業が新工場を建設し、巻線設備を増設する。", False, False),
    ("核となる企業が巻線工程を自動化し、省力化設備を導入する。", True, False),
    ("核となる企業3社が売上高100億円を目指し、新工場を建設する。", False, True),
    ("中小企業成長加速化補助金を活用して新工場を建設する。", False, True),  # named
])
def test_the_small_firms_subsidies_answer_what_they_are_for(kb, policy, labour, growth):
    ids = [r.id for r in recommend_for_plan(parts_plan(policy), None, kb, top=40)]
    assert (LABOUR_SAVING in ids) is labour, ids
    assert ("sme_growth_acceleration_subsidy" in ids) is growth, ids


@pytest.mark.parametrize(("policy", "offered"), [
    ("核となる企業が既存の巻線設備を増設する。", False),
    ("部品加工の中小企業が医療機器分野に新規参入するための設備を導入する。", True),
    ("ものづくり補助金を活用して既存の巻線設備を増設する。", True),  # named
])
def test_the_new_business_subsidy_is_for_a_new_business(kb, policy, offered):
    ids = [r.id for r in recommend_for_plan(parts_plan(policy), None, kb, top=40)]
    assert ("new_business_monozukuri_subsidy" in ids) is offered, ids


# --- for a farm or food exporter the export platform, not the expert dispatch --------------------------------------

EXPERTS = "expert_dispatch_advanced_management"


@pytest.mark.parametrize(("title", "domain", "policy", "expert"), [
    ("干し貝柱の輸出拡大プラン", "ホタテの干し貝柱・冷凍貝柱", "共同の冷凍保管施設を整備する。", False),
    ("干し貝柱の輸出拡大プラン", "ホタテの干し貝柱・冷凍貝柱",
     "高度な経営課題に対する専門家派遣支援を活用し、欧州の販路を開く。", True),  # named
    ("漆器の輸出拡大プラン", "漆塗りの椀・重箱", "共同の展示室を整備する。", True),  # a craft keeps the expert
])
def test_a_food_exporter_gets_the_export_platform_not_the_expert(kb, title, domain, policy, expert):
    plan = plan_of("C", title, domain, {
        "C.3.1": ("(1) 基本戦略", "町の産品を高付加価値化し、台湾・香港へ輸出する。"),
        "C.5.1": ("(1) 課題", "海外販路開拓のノウハウが不足している。"),
        "C.5.2": ("(2) 政策手段", policy),
    })
    ids = [r.id for r in recommend_for_plan(plan, None, kb, top=40)]
    assert (EXPERTS in ids) is expert, ids
    assert ("agri_food_export_support_platform" in ids) is (domain.startswith("ホタテ")), ids


# --- the region's base is public buildings brought together, not an industrial port --------------------------------

FOUNDATION = "regional_foundation_kofukin_support"


def test_an_industrial_port_is_no_call_for_rebuilding_the_regions_base(kb):
    plan = plan_of("B", "洋上風力部材の供給拠点計画", "風車部材製造業", {
        "B.3.1": ("(1) 基本戦略", "港の背後地で洋上風力の大型部材を製造し、国内の発電事業者に供給する。"),
        "B.5.1": ("(1) 課題", "重量物岸壁と港湾用地が不足し、大型部材を運ぶ道路の制約がある。"),
    })
    assert FOUNDATION not in [r.id for r in recommend_for_plan(plan, None, kb, top=40)]


def test_public_buildings_brought_together_call_for_rebuilding_the_regions_base(kb):
    plan = plan_of("C", "和紙の産地再生プラン", "手すき和紙・和紙小物", {
        "C.3.1": ("(1) 基本戦略", "手すき和紙を小物に加工し、首都圏の雑貨店に売る。"),
        "C.5.1": ("(1) 課題", "公共施設の維持費が町の財政を圧迫し、産地の工房は手狭で足りない。"),
        "C.5.3": ("(3) 地場産業を支える仕組みづくり", "公共施設の集約として旧公民館と旧支所を集約し、空いた庁舎を共同工房に再配置する。"),
    })
    assert FOUNDATION in [r.id for r in recommend_for_plan(plan, None, kb, top=40)]


# --- analysing the region's economy is no research ----------------------------------------------------------------

def test_a_university_course_asks_nothing_of_the_economic_analysis_support(kb):
    plan = plan_of("B", "医療機器クラスター計画", "医療機器製造業", {
        "B.3.1": ("(1) 基本戦略", "市内の部品メーカーが医療機器の受託製造を伸ばす。"),
        "B.5.1": ("(1) 課題", "品質保証人材が不足している。→ 市内の大学の医療機器講座（年60人）で育成する。"),
    })
    assert "regional_economy_data_analysis_support" not in [r.id for r in recommend_for_plan(plan, None, kb, top=40)]
