"""A plan's statement is read for what it means (issue 19, round 31): the classes below, found on dev.

- a need is what is lacking, not the occasion it comes with: 「炉の増設に伴い、冷却水の需要が増える」 needs water,
  not equipment; a lack stated as the cause stays a need (「人手不足により、…」); a short label naming a theme says
  what a line of needs is about (「人材：設備保全の技術者が不足」 lacks people, the 設備 is what they look after);
- 海外 as where the plan's inputs come from or its work is done (「部材の海外依存」, 「海外から調達」, 「海外製が大半」,
  「海外に委託している工程」) is no market abroad: no export need and no object of the export measures;
- a department written as 「○○部門」 (「観光部門と産業部門を統合した推進室」) names who acts, like 「○○課」: its 観光
  is no call for tourism measures;
- a one-character product word inside a common word names no product: the 果 of 効果・成果・結果, the 織 of 組織,
  the 焼 of 燃焼・混焼 (a line reporting 「結果は協議会に報告する」 is no ground for the local-products measure), nor
  does a word inside another common one: the スキー of ウイスキー・スキーム, the 下水 of 地下水, the 産品 of 量産品・国産品;
- a ministry or an agency (「国土交通省と調整する」, 「観光庁の事業」) names who acts: the 交通 of 国土交通省 is no
  transport, while 省力化・省エネ stay words;
- a tour product made up (「旅行商品の造成」, 「体験プランの造成」) is tourism's making of a product, not land developed;
  the スキー of ウイスキー is no sport, the 大学 of a 大学校 no research university (the need and direction cues too);
- a line that only says who is in charge, where progress is reviewed or when a measure is withdrawn (「担当部署：…」,
  「検討の場・進め方：…」, 「撤退基準：…」) is how the plan runs itself, and so is a KPI row's withdrawal cell; a supposed condition (「用地が確保できない
  場合、整備を中止する」) is what the plan would do, not a lack it states;
- a line that is only a heading the plan type prescribes (a summary table's row label 「地場産業を支える仕組みづくり」)
  is the form's words: the reason quotes what the plan writes under it, never the label;
- 集約 and 再配置 are the 仕組みづくり's objects where buildings are brought together (「公共施設の集約」, 「…会館を工房に
  集約」), not where desks, departments, councils or plots are (「観光部門を推進協議会に集約」, 「窓口を1か所に集約」,
  「加工団地の空き区画を再配置」);
- the wealthy and the high-priced are the high-value tourism area's objects as visitors (「富裕層の旅行者」, 「高単価の
  ツアー」), not as the buyers of a product (「富裕層の家庭をターゲットに包丁を売る」, 「高単価品」);
- a section headed in plain words for the plan's own desk (「相談したいときは？」, 「相談窓口」) is its commitment
  section, as 「自治体のコミットメント」 is: the partners its desk works with are its set-up, not objects;
- the measure for the size of higher education is asked for where the plan speaks of a school's size or faculties
  (「高専の定員増」, 「工学部に学科を新設」), not where a school opens a course or programme (「高専コース開設」);
- an industry federation or a foundation (「○○刃物産業連合会」, 「公益財団法人」, 「○○工業会」) that authors a plan alone is
  no local government: the author problem is told first;
- a word inside the name of a programme the plan names is that programme's (the 特区 of 「国家戦略特区制度を活用した
  規制・制度改革」): no object of another measure; the uses written beside the name stay the plan's.
Each case is a pair of plans (or sentences) that differ only in that signal. The plans are written here for these tests.
"""

from __future__ import annotations

import pytest

from chiiki_mirai.core.plan import Author, Plan
from chiiki_mirai.knowledge.loader import load_kb
from chiiki_mirai.recommender.api import recommend_for_plan
from chiiki_mirai.recommender.modality import kind
from chiiki_mirai.recommender.plan_reading import read_plan_needs
from chiiki_mirai.recommender.plan_statements import need_themes
from chiiki_mirai.recommender.plan_text import section_weight
from chiiki_mirai.recommender.plan_words import bare_of, norm, object_present
from chiiki_mirai.recommender.themes import detect_themes
from chiiki_mirai.service import check_plan
from tests.plan_sections import plan_of


@pytest.fixture(scope="module")
def kb():
    return load_kb()


# --- a need is what is lacking, not its occasion -------------------------------------------------------------------

@pytest.mark.parametrize(("text", "themes"), [
    ("電解炉の増設に伴い、冷却用の工業用水が日量8千トン不足する。", {"infrastructure"}),
    ("第2工場の稼働で工業用水の使用量が増え、既存の水道では足りない。", {"infrastructure"}),
    ("乾燥設備の新設を受けて、受電容量の増強が必要である。", set()),
    ("人手不足により、設備の更新が遅れている。", {"talent", "capex"}),  # the cause is a lack itself
    ("人材：設備保全の技術者が令和12年までに約300人不足する。", {"talent"}),
    ("保全技術者と検査設備がともに不足している。", {"talent", "capex"}),
])
def test_a_need_is_what_is_lacking(text, themes):
    assert set(need_themes(text)) == themes


def test_a_label_without_a_theme_leaves_the_line_as_it_is():
    text = "課題：加工場の増設資金／冬の道路事情で出荷が止まる"
    assert set(need_themes(text)) == set(detect_themes(text))


def chemicals_plan(problem: str) -> Plan:
    """An A plan for green chemicals; only one line of its problems varies."""
    return plan_of("A", "グリーンケミカル拠点形成計画", "化学", {
        "A.3.1": ("(1) 基本戦略", "コンビナートの原料転換と水素の利用を進める。"),
        "A.5.1": ("(1) 課題", problem),
    })


@pytest.mark.parametrize(("problem", "capex"), [
    ("分解装置の増設に伴い、工業用水の需要が日量1万トン増える。", False),
    ("分解装置の更新に必要な設備投資の資金が不足している。", True),
])
def test_an_occasion_of_a_need_is_no_capex_need(kb, problem, capex):
    reading = read_plan_needs(chemicals_plan(problem), kb, "A")
    assert ("capex" in reading.needs and "設備" in reading.needs["capex"].quote) is capex, reading.needs


# --- 海外 as where inputs come from ------------------------------------------------------------------------------

@pytest.mark.parametrize(("text", "market"), [
    ("原料の樹脂は海外依存が続いている。", False),
    ("主要部材の海外への依存を減らす。", False),
    ("検査装置は海外製が大半を占める。", False),
    ("精製用の薬液を海外から調達している。", False),
    ("海外に委託している後工程を市内に戻す。", False),
    ("接着剤は国内2社から調達しており、海外依存はない。", False),
    ("海外製薬企業への受託製造の営業を強化する。", True),  # a buyer abroad
    ("海外の展示会に出展し、販路を開拓する。", True),
])
def test_inputs_from_abroad_are_no_market_abroad(text, market):
    assert object_present("海外", bare_of(norm(text))) is market
    assert ("export" in detect_themes(text)) is market


def parts_plan(problem: str) -> Plan:
    """A B plan for machine parts sold at home; only one line of its problems varies."""
    return plan_of("B", "精密機械部品の供給力強化プラン", "精密部品製造業", {
        "B.3.1": ("(1) 基本戦略", "県内の装置メーカー向けに精密部品の供給を増やす。"),
        "B.5.1": ("(1) 課題", f"技能者の不足　・{problem}"),
    })


@pytest.mark.parametrize(("problem", "export"), [
    ("主要部材の海外依存", False),
    ("海外顧客の開拓ノウハウの不足", True),
])
def test_the_export_measures_need_a_market_abroad(kb, problem, export):
    reading = read_plan_needs(parts_plan(problem), kb, "B")
    assert ("海外" in reading.present) is export, sorted(reading.present)


# --- a 部門 is a department ----------------------------------------------------------------------------------------

@pytest.mark.parametrize(("text", "tourism"), [
    ("市の産業振興部門と観光部門を統合した推進室を設ける。", False),
    ("刃物工房の見学を観光の目玉として売り出す。", True),
])
def test_a_department_named_bumon_is_who_acts(text, tourism):
    assert object_present("観光", bare_of(norm(text))) is tourism
    assert ("tourism" in detect_themes(text)) is tourism


# --- a one-character product word inside a common word -------------------------------------------------------------

@pytest.mark.parametrize(("word", "text", "product"), [
    ("果", "効果検証の結果は協議会に報告する。", False),
    ("果", "成果を地域に還元する役割を果たす。", False),
    ("果", "規格外の果実をジャムに加工する。", True),
    ("果", "青果の輸出を伸ばす。", True),
    ("織", "推進組織を設け、計画に織り込む。", False),
    ("織", "播州織の生地を欧州に売り込む。", True),
    ("焼", "水素の燃焼設備と焼却炉を更新する。", False),
    ("焼", "本郷焼の業務用食器を量産する。", True),
    ("焼", "石炭ボイラーでアンモニア混焼を行う。", False),
    ("スキー", "ウイスキー原料の大麦を集める回収スキームを作る。", False),
    ("スキー", "冬はスキー客を温泉街に呼び込む。", True),
    ("下水", "仕込みには地下水を使う。", False),
    ("下水", "上下水道の能力を増強する。", True),
    ("産品", "量産品と国産品の価格差が大きい。", False),
    ("産品", "町の特産品を海外に売り込む。", True),
])
def test_a_one_character_product_word_inside_a_common_word(word, text, product):
    assert object_present(word, norm(text)) is product


def craft_plan(report_line: str) -> Plan:
    """A C plan for wooden toys sold at home; only its line on how results are reported varies."""
    return plan_of("C", "木のおもちゃの産地づくりプラン", "木製玩具", {
        "C.3.1": ("(1) 基本戦略", "県内の保育施設向けに木製玩具の販売を増やす。"),
        "C.4.1": ("(1) 効果検証", report_line),
    })


@pytest.mark.parametrize(("line", "present"), [
    ("KPIの結果は半期ごとに協議会へ報告する。", set()),
    ("規格外の果実を使った木製玩具の塗料を試作する。", {"果"}),
])
def test_a_report_of_results_is_no_product(kb, line, present):
    reading = read_plan_needs(craft_plan(line), kb, "C")
    assert reading.present & {"果", "織", "焼"} == present, sorted(reading.present)


# --- a ministry or an agency is who acts ---------------------------------------------------------------------------

@pytest.mark.parametrize(("text", "word", "present"), [
    ("岸壁の改良は国土交通省と調整する。", "交通", False),
    ("観光庁の補助事業に応募する。", "観光", False),
    ("工場の交通渋滞を緩和するため通勤バスを運行する。", "交通", True),
])
def test_a_ministry_names_who_acts(text, word, present):
    assert object_present(word, bare_of(norm(text))) is present
    assert ("tourism" in detect_themes(text)) is (word == "観光" and present)


@pytest.mark.parametrize("text", ["省力化投資補助金を活用する。", "工場の省エネ化を進める。"])
def test_words_beginning_with_sho_are_no_ministry(text):
    assert bare_of(norm(text)) == norm(text)


# --- a tour product made up is no land developed; cue words in their own sense ------------------------------------

@pytest.mark.parametrize(("text", "land"), [
    ("海外の旅行会社向けに旅行商品の造成を進める。", False),
    ("酒蔵と組み合わせた体験プランを造成する。", False),
    ("臨海部の産業用地の造成が遅れている。", True),
    ("約12haを造成して工場を誘致する。", True),
])
def test_a_tour_product_made_up_is_no_land(text, land):
    assert ("land" in detect_themes(text)) is land
    assert object_present("造成", bare_of(norm(text))) is land


@pytest.mark.parametrize(("text", "theme", "found"), [
    ("ウイスキーの原酒を欧州に売る。", "sports", False),
    ("スキー場の閑散期に合宿を受け入れる。", "sports", True),
    ("県立農業大学校の卒業生を雇う。", "research", False),
    ("県内の大学と共同研究を行う。", "research", True),
])
def test_theme_cues_in_their_own_sense(text, theme, found):
    assert (theme in detect_themes(text)) is found


# --- how the plan runs itself; a supposed condition ----------------------------------------------------------------

@pytest.mark.parametrize(("text", "expected"), [
    ("担当部署：農林振興課（全体調整）、商工課（人材・販路）。", "own"),
    ("検討の場・進め方：○○町水産振興会議（半期ごと）。", "own"),
    ("（検討の場）町の振興会議で進捗を確認し、未達の場合は翌年度に見直す。", "own"),
    ("撤退基準：3年目に累計5人未満の場合、研修を県の訓練に統合する。", "own"),
    ("KPI③：令和10年度までに用地が確保できない場合、整備を中止する。", "other"),
    ("増設のための用地が確保できない。", "need"),
    ("技能者が不足する場合には外国人材を受け入れるが、指導役の確保が課題である。", "need"),  # a lack stated too
    ("担当する技術者が不足している。", "need"),  # 担当 not as a label
])
def test_who_is_in_charge_and_supposed_conditions(text, expected):
    assert kind(text) == expected


# --- a row label that is a prescribed heading is the form's words -------------------------------------------------

def summary_plan() -> Plan:
    """A C plan whose summary table repeats the prescribed heading as a row label before what it plans."""
    return plan_of("C", "和紙の産地づくりプラン", "和紙", {
        "C.3.1": ("(1) 基本戦略", "手漉き和紙の文具を国内外に販売する。"),
        "C.5.1": ("(1) 課題", "紙漉き職人の後継者が不足している。"),
        "C.5.3": ("(3) 地場産業を支える仕組みづくり",
                  "地場産業を支える仕組みづくり\n閉校した小学校の校舎を共同の紙漉き工房に転用し、公共施設の集約と一体で進める。"),
    })


def test_a_row_label_is_never_the_quote(kb):
    recs = {r.id: r for r in recommend_for_plan(summary_plan(), None, kb, top=30)}
    assert "local_industry_support_framework" in recs, sorted(recs)
    quotes = [ln.quote for ln in recs["local_industry_support_framework"].reason_lines if ln.quote]
    assert quotes and not any(q.strip() == "地場産業を支える仕組みづくり" for q in quotes), quotes
    assert any("校舎" in q for q in quotes), quotes


# --- 集約 of buildings, not of desks or councils -------------------------------------------------------------------

@pytest.mark.parametrize(("word", "text", "facilities"), [
    ("集約", "公共施設の集約と一体で工房を整備する。", True),
    ("集約", "町の研修機能を旧公民館の分室に集約する。", True),
    ("集約", "農政部門と観光部門を共同の推進協議会に集約する。", False),
    ("集約", "事業者の相談窓口を1か所に集約する。", False),
    ("再配置", "町の公共施設の再配置に合わせ、旧保育所を工房に転用する。", True),
    ("再配置", "水産加工団地の空き区画を再配置し、共同の冷蔵庫を置く。", False),
])
def test_gathering_buildings_not_desks(word, text, facilities):
    assert object_present(word, norm(text)) is facilities


# --- the wealthy as visitors, not as buyers -------------------------------------------------------------------------

@pytest.mark.parametrize(("word", "text", "visitors"), [
    ("富裕層", "欧米の富裕層の家庭をターゲットに包丁を販売する。", False),
    ("富裕層", "海外の富裕層旅行者を温泉街に呼び込む。", True),
    ("富裕層", "富裕層の長期滞在を促す。", True),
    ("高単価", "百貨店向けの高単価品を増やす。", False),
    ("高単価", "高単価の体験ツアーを造成して販売する。", True),
])
def test_the_wealthy_as_visitors_not_buyers(word, text, visitors):
    assert object_present(word, norm(text)) is visitors


# --- the plan's own desk under plain words --------------------------------------------------------------------------

@pytest.mark.parametrize(("heading", "commitment"), [
    ("7. 相談したいときは？", True),
    ("（５）相談窓口", True),
    ("第6 伴走支援体制", True),
    ("（３）課題と町が行う取組", False),
])
def test_a_plain_heading_for_the_desk_is_the_commitment_section(heading, commitment):
    assert (section_weight("", heading, {})[1] == "自治体のコミットメント") is commitment


# --- the size of higher education: places and faculties, not a new course ------------------------------------------

def machine_plan(talent_line: str) -> Plan:
    """A B plan for machine parts; only its talent line in the policy section varies."""
    return plan_of("B", "産業機械部品の供給力強化プラン", "産業機械部品製造業", {
        "B.3.1": ("(1) 基本戦略", "産業機械向けの部品供給を増やす。"),
        "B.5.1": ("(1) 課題", "設計と保全の技術者が不足している。"),
        "B.5.2": ("(2) 政策手段", talent_line),
    })


@pytest.mark.parametrize(("line", "size"), [
    ("人材：地元高専の定員増を要望し、技術者を育成する。", True),
    ("人材：県立大学の工学部に機械系の学科を新設し、技術者を育成する。", True),
    ("人材：地元高専に保全技術者の養成コースを開設する。", False),
    ("人材：高専での新コース運営により技術者を育成する。", False),
])
def test_the_size_measure_needs_places_or_faculties(kb, line, size):
    reading = read_plan_needs(machine_plan(line), kb, "B")
    schools = {"高専", "大学"} & reading.talent_objects
    assert schools, sorted(reading.talent_objects)  # the school stays a talent object either way
    assert bool(schools & reading.student_objects) is size, sorted(reading.student_objects)


# --- an industry federation is no local government ------------------------------------------------------------------

@pytest.mark.parametrize(("author", "told"), [
    ("美濃刃物産業連合会", True),
    ("とやま木工振興会", True),
    ("岐阜県美濃市", False),
])
def test_a_federation_authoring_a_plan_is_told_first(kb, author, told):
    plan = plan_of("C", "刃物の海外販路開拓プラン", "刃物製造業", {
        "C.3.1": ("(1) 基本戦略", "欧米の料理人向けに包丁を販売する。"),
        "C.5.1": ("(1) 課題", "研ぎ職人の後継者が不足している。"),
    })
    plan.authors = [Author(name=author, kind="municipality" if author.endswith("市") else "other")]
    notices = check_plan(plan, source="federation.md", plan_type="C").recommendation_notices
    assert bool(notices and notices[0].startswith("策定主体の確認が先です") and author in notices[0]) is told, notices


# --- a word inside the name of a programme the plan names ----------------------------------------------------------

def port_plan(policy: str) -> Plan:
    """An A plan for battery recycling; only its policy line varies."""
    return plan_of("A", "電池材料リサイクル拠点形成計画", "非鉄金属", {
        "A.3.1": ("(1) 基本戦略", "使用済み電池から金属を回収する。"),
        "A.5.1": ("(1) 課題", "危険物の保管に関する手続が煩雑である。"),
        "A.5.2": ("(2) 政策手段", policy),
    })


@pytest.mark.parametrize(("policy", "object_left"), [
    ("保管規制の合理化（国家戦略特区制度を活用した規制・制度改革）", False),
    ("保管規制の合理化について特区の提案を行う。", True),
])
def test_a_word_inside_a_named_programme_is_that_programmes(kb, policy, object_left):
    reading = read_plan_needs(port_plan(policy), kb, "A")
    assert "national_strategic_special_zones_reform" in reading.named or object_left
    assert ("特区" in reading.present) is object_left, sorted(reading.present)


# --- a KPI row's withdrawal cell ------------------------------------------------------------------------------------

@pytest.mark.parametrize(("text", "present"), [
    ("KPI：共同乾燥場の稼働率 / 目標：70% / 撤退基準：2年目で40%未満の場合、町の出資を引き揚げる", False),
    ("共同乾燥場：町と組合の出資による第三セクター方式で運営する。", True),
])
def test_a_withdrawal_cell_asks_for_nothing(text, present):
    assert object_present("出資", bare_of(norm(text))) is present


@pytest.mark.parametrize(("text", "present"), [
    ("撤退基準に該当した事業は推進協議会の検証を経て縮小し、その財源は人材育成の取組に回す。", False),
    ("撤退条件に達した補助は打ち切り、浮いた財源は販路開拓に充てる。", False),
    ("町の自主財源が乏しく、共同施設の更新の財源が見込めない。", True),
    # keeping clear of the criteria is a need stated, not what becomes of a measure that failed
    ("撤退基準に達しないよう、共同施設を更新する財源の確保が課題となっている。", True),
    ("撤退条件に該当せずに済むよう、運営の財源を確保したい。", True),
])
def test_what_becomes_of_measures_meeting_their_withdrawal_criteria_asks_for_nothing(text, present):
    assert object_present("財源", bare_of(norm(text))) is present
