"""Plan recommendations as a desk officer hands them over (issue 19), tested through the public entry points.

Each ranking signal is tested as a pair of plans that differ only in that signal, with the order it must
produce: a measure the plan names, a need it states, an object it holds, a statement it negates, its own
set-up, its type. Then the windows chosen by the plan's industry, the author notices at the top, and the
reports that show them. The plans are written here for these tests.
"""

from __future__ import annotations

from types import SimpleNamespace

import pytest

from chiiki_mirai.core.plan import Author, Industry, Plan, SectionText
from chiiki_mirai.knowledge.loader import load_kb
from chiiki_mirai.recommender.api import recommend_for_plan
from chiiki_mirai.recommender.modality import kind, modality
from chiiki_mirai.recommender.plan_explain import plan_reason_lines
from chiiki_mirai.recommender.plan_reading import read_plan_needs
from chiiki_mirai.recommender.ranking_model import Link, Scored
from chiiki_mirai.reports.dispatch import render
from chiiki_mirai.service import check_plan


@pytest.fixture(scope="module")
def kb():
    return load_kb()


def plan_of(plan_type: str, extra_policy: str = "", extra_problem: str = "", title: str = "梅干しの輸出プラン",
            product: str = "南高梅の減塩梅干しと梅酒", **kw) -> Plan:
    sections = {
        f"{plan_type}.1.1": ("(1) 該当する製品", product),
        f"{plan_type}.4.1": ("(1) 基本戦略", "欧州の食品商社に減塩梅干しを輸出し、海外の販路を広げる。"),
        f"{plan_type}.5.1": ("(1) 取組に向けた課題", "輸出の実務に詳しい人材が不足している。" + extra_problem),
        f"{plan_type}.5.2": ("(2) 講じるべき政策パッケージ", "海外バイヤーとの商談会を開く。" + extra_policy),
    }
    return Plan(plan_type=plan_type, title=title, industry=Industry(domain=product),
                sections={k: SectionText(heading=h, text=t) for k, (h, t) in sections.items()}, **kw)


def ids(recs) -> list[str]:
    return [r.id for r in recs]


def rank(recs, mid: str) -> int:
    return ids(recs).index(mid) if mid in ids(recs) else 10**6


# --- the modality table -------------------------------------------------------------------------------------

MODALITY_CASES = [
    ("共同加工場を整備する。", "planned"),
    ("国家戦略特区の活用を検討する。", "considering"),
    ("撤退基準は設けない。", "negated"),
    ("中小企業省力化投資補助金は活用しない。", "negated"),
    ("核となる企業は〇〇株式会社（調整中）とする。", "placeholder"),
    ("県内の水揚量は全国第2位である。", "affirmed"),
]


@pytest.mark.parametrize(("sentence", "want"), MODALITY_CASES)
def test_modality_of_a_statement(sentence, want):
    assert modality(sentence) == want


@pytest.mark.parametrize(("sentence", "want"), [
    ("知事を本部長とする推進本部のもとに伴走支援チームを置く。", "own"),
    ("町役場に相談窓口を設置する。", "own"),
    ("熟練の溶接工が不足している。", "need"),
    ("産地の二次交通が不便。", "need"),
    ("欧州に輸出する。", "other"),
])
def test_kind_of_a_statement(sentence, want):
    assert kind(sentence) == want


# --- what the plan names -------------------------------------------------------------------------------------

def test_a_measure_named_in_passing_is_first_with_its_quote(kb):
    plain = recommend_for_plan(plan_of("C"), None, kb)
    named = recommend_for_plan(plan_of("C", "協賛企業の開拓（企業版ふるさと納税を含む）を進める。"), None, kb)
    assert rank(named, "corporate_furusato_nozei") < min(rank(plain, "corporate_furusato_nozei"), 10)
    line = next(ln for r in named if r.id == "corporate_furusato_nozei" for ln in r.reason_lines)
    assert line.kind == "named" and "企業版ふるさと納税" in line.quote and line.text.startswith("計画に記載")


@pytest.mark.parametrize(("wording", "measure"), [
    ("国の省力化補助金の申請を支援する。", "sme_labor_saving_investment_subsidy"),
    ("ものづくり補助金の活用を促す。", "new_business_monozukuri_subsidy"),
    ("日本政策金融公庫の融資と組み合わせる。", "government_finance_investment_loans"),
    ("ジェトロと連携して商談会に出展する。", "jetro_overseas_expansion_support"),
    ("商工会の経営発達支援計画に基づき伴走する。", "small_business_support_act_management_development_plan"),
    ("地域未来投資促進法に基づく税制の特例を受ける。", "regional_future_investment_tax"),
    ("県の「地域の人事部」と連携して採用を支援する。", "regional_talent_secure_develop_retain"),
])
def test_a_measure_is_recognised_in_its_common_names(kb, wording, measure):
    reading = read_plan_needs(plan_of("C", wording), kb, "C")
    assert measure in reading.named and reading.named[measure].quote in wording


@pytest.mark.parametrize(("words", "named"), [
    ("人材：県立大学と工業高専の半導体学科の体制強化を国に求める。", True),
    ("高専・大学における素材分野の教育体制の強化を支援する。", True),
    ("工業高等専門学校の機械系コース新設に係る体制・機能強化", True),
    ("大学との連携体制強化を図る。", False),  # a partnership, not the school's capacity
    ("市内大学と連携した講座を開く。", False),
])
def test_a_schools_capacity_is_named_in_the_plans_own_words(kb, words, named):
    reading = read_plan_needs(plan_of("A", words), kb, "A")
    assert ("university_kosen_capacity_strengthening" in reading.named) is named
    if named:
        assert reading.named["university_kosen_capacity_strengthening"].quote in words


@pytest.mark.parametrize(("words", "named"), [
    ("（３）地場産業を支える仕組みづくり：閉校した校舎を工房に転用する。", False),  # the section's heading, inline
    ("国の「地場産業を支える仕組みづくり」への支援を活用して工房を整備する。", True),
])
def test_a_prescribed_heading_written_as_a_label_names_no_measure(kb, words, named):
    reading = read_plan_needs(plan_of("C", words), kb, "C")
    assert ("local_industry_support_framework" in reading.named) is named


def test_a_negated_mention_is_not_a_request(kb):
    reading = read_plan_needs(plan_of("C", "国家戦略特区は活用しない。"), kb, "C")
    assert "national_strategic_special_zones_reform" not in reading.named


def test_a_shared_name_goes_to_the_measure_of_the_plan_type(kb):
    words = "港湾背後用地の整備に地域未来交付金を活用する。"
    assert "related_infra_hub_development" in read_plan_needs(plan_of("A", words), kb, "A").named
    b = read_plan_needs(plan_of("B", words), kb, "B").named
    assert "chiiki_mirai_kofukin_priority" in b and "related_infra_hub_development" not in b


def test_a_longer_name_wins_over_the_name_inside_it(kb):
    words = "地域未来交付金等による地域基盤の再構築への支援を受ける。"
    named = read_plan_needs(plan_of("C", words), kb, "C").named
    assert "regional_foundation_kofukin_support" in named and "chiiki_mirai_kofukin_priority" not in named


def test_the_plans_own_desk_is_not_the_national_desk(kb):
    reading = read_plan_needs(plan_of("C", "町役場にワンストップの相談窓口を設置する。"), kb, "C")
    assert "onestop_consultation_desk" not in reading.named


# --- needs, objects and the plan's own set-up ----------------------------------------------------------------

def test_a_stated_problem_raises_the_measure_for_it(kb):
    without = recommend_for_plan(plan_of("C"), None, kb, top=30)
    with_need = recommend_for_plan(plan_of("C", extra_problem="産地と駅を結ぶ二次交通が不便。"), None, kb, top=30)
    assert rank(with_need, "sustainable_local_transport_logistics") < rank(without, "sustainable_local_transport_logistics")
    r = next(r for r in with_need if r.id == "sustainable_local_transport_logistics")
    assert any("二次交通が不便" in ln.quote for ln in r.reason_lines)


def test_a_measure_whose_object_is_absent_is_not_recommended(kb):
    tour = dict(title="城下町の滞在型観光プラン", product="城下町の滞在型観光（インバウンド）")
    without = recommend_for_plan(plan_of("C", **tour), None, kb, top=40)
    assert "cultural_resources_museum_support" not in ids(without)
    with_museum = recommend_for_plan(plan_of("C", "町立博物館の展示を多言語化して改修する。", **tour), None, kb, top=40)
    assert "cultural_resources_museum_support" in ids(with_museum)


# (measure, the plan's problem it does not answer, the problem it does): the kind of need, not the word, decides
NEED_TYPE_CASES = [
    ("revicareer_management_talent_matching", "研ぎを担う職人の後継者が不足している。",
     "事業承継を控え、経営を担う経営人材が不足している。"),
    ("regional_finance_talent_securing", "収穫期に短期就労の副業人材が不足している。",
     "地域金融機関の人材紹介で専門人材を確保したい。"),
    ("human_support_dispatch", "加工場の製造ラインの人手不足が続いている。",
     "町の職員不足で、事業者の伴走を担う人材がおらず、国の人的支援を受けたい。"),
]


@pytest.mark.parametrize(("measure", "other_need", "its_need"), NEED_TYPE_CASES, ids=[c[0] for c in NEED_TYPE_CASES])
def test_a_shortage_of_hands_is_no_call_for_management_talent(kb, measure, other_need, its_need):
    hands = recommend_for_plan(plan_of("C", extra_problem=other_need), None, kb, top=40)
    management = recommend_for_plan(plan_of("C", extra_problem=its_need), None, kb, top=40)
    assert measure not in ids(hands) and measure in ids(management)


# (plan type, measure, a problem in the same field the measure does not solve, the problem it does)
OBJECT_CASES = [
    ("B", "enterprise_value_security_interest", "地元金融機関の融資の活用を支援する。",
     "担保となる不動産が乏しく、融資を受けにくい。"),
    ("B", "land_use_coordination_special_measures", "量産工場のための産業用地が不足している。",
     "工場用地の農地転用と市街化調整区域の開発許可に時間がかかる。"),
]


@pytest.mark.parametrize(("ptype", "measure", "other", "its"), OBJECT_CASES, ids=[c[1] for c in OBJECT_CASES])
def test_a_measure_needs_its_own_object_not_its_fields_word(kb, ptype, measure, other, its):
    assert measure not in ids(recommend_for_plan(plan_of(ptype, extra_problem=other), None, kb, top=40))
    assert measure in ids(recommend_for_plan(plan_of(ptype, extra_problem=its), None, kb, top=40))


def test_an_engineer_short_is_no_call_for_researchers_trained_in_joint_research(kb):
    short = "量産ラインの保全を担う技術者が不足している。"
    mid = "industry_academia_researcher_training"
    assert mid not in ids(recommend_for_plan(plan_of("A", extra_problem=short), None, kb, top=40))
    research = plan_of("A", "産学の共同研究で研究者を育成する。", extra_problem=short)
    assert mid in ids(recommend_for_plan(research, None, kb, top=40))


def test_what_the_plan_writes_in_its_framework_section_asks_for_the_measure_behind_it(kb):
    """地場産業を支える仕組みづくり (C.5.3) is where a C plan writes its public facilities and transport: the same
    sentence there ranks the measure for it higher than in the plan's background, with the section named."""
    words = "閉校した旧小学校の校舎を共同工房に転用する。"
    there, elsewhere = plan_of("C"), plan_of("C")
    there.sections["C.5.3"] = SectionText(heading="(3) 地場産業を支える仕組みづくり", text=words)
    elsewhere.sections["C.1.3"] = SectionText(heading="(3) 地域の概況", text=words)
    mid = "public_facility_appropriate_management"
    in_section = recommend_for_plan(there, None, kb, top=40)
    assert rank(in_section, mid) < min(rank(recommend_for_plan(elsewhere, None, kb, top=40), mid), 10)
    line = next(ln for r in in_section if r.id == mid for ln in r.reason_lines)
    assert "地場産業を支える仕組みづくり" in line.text and line.quote == words


@pytest.mark.parametrize(("product", "made"), [
    ("洋上風力発電向けの受変電設備の部品", False),  # an end use: what the plan's customers make
    ("洋上風力発電のブレード", True),
])
def test_an_end_use_is_not_what_the_plan_makes(kb, product, made):
    plan = plan_of("A", "量産工場を新設する。", title=f"{product}の製造", product=product)
    got = "gx_products_manufacturing_capex" in ids(recommend_for_plan(plan, None, kb, top=40))
    assert got is made


@pytest.mark.parametrize(("measure", "product", "words"), [
    # right field, wrong sub-sector: a wind plan buys steel, a carbon-fibre plan recycles carbon fibre
    ("hard_to_abate_process_transition", "浮体式洋上風力の浮体・係留部材", "鉄鋼メーカーから厚板を調達する。"),
    ("metal_resource_recycling_investment", "炭素繊維複合材（CFRP）の部材", "端材の再資源化ラインを整備する。"),
])
def test_a_material_the_plan_buys_is_not_the_industry_it_is_in(kb, measure, product, words):
    plan = plan_of("A", "量産工場を新設する。" + words, title=f"{product}の製造拠点", product=product)
    assert measure not in ids(recommend_for_plan(plan, None, kb, top=40))


@pytest.mark.parametrize(("words", "asked"), [
    ("評価機能：研修センターに評価室を整備し、県立大学との共同評価を行う。", False),  # a partner in testing
    ("推進会議は県、県立大学、商工会議所で構成する。", False),  # a member of the council
    ("県立大学の機械工学科で技術者を育成する。", True),  # a school to train the plan's people
    # a school giving a course is a talent object, but not of this measure for schools' own size and faculties
    # (test_plan_words_in_the_measures_sense.py)
    ("県立大学と連携した技術者の育成講座を開く。", False),
])
def test_a_school_asks_for_a_talent_measure_only_where_people_are_trained(kb, words, asked):
    plan = plan_of("B", words, extra_problem="機械の保全ができる技術者が不足している。", title="ニット製品のクラスター",
                   product="機能性ニット製品")
    got = "higher_education_rightsizing_regional_needs" in ids(recommend_for_plan(plan, None, kb, top=60))
    assert got is asked


def test_a_craft_that_exports_is_no_client_of_the_agri_food_platform(kb):
    craft = dict(title="漆器の輸出プラン", product="国指定伝統的工芸品の漆器（椀・盆）")
    assert "agri_food_export_support_platform" not in ids(recommend_for_plan(plan_of("C", **craft), None, kb, top=40))
    assert "agri_food_export_support_platform" in ids(recommend_for_plan(plan_of("C"), None, kb, top=40))  # 梅干し


def test_the_plans_own_support_team_is_not_a_need_for_national_staff(kb):
    own = "知事を本部長とする推進本部のもとに伴走支援チームを置き、月1回訪問する。"
    recs = recommend_for_plan(plan_of("C", own), None, kb, top=40)
    assert "human_support_dispatch" not in ids(recs)


def test_a_blank_statement_is_no_need(kb):
    blank = recommend_for_plan(plan_of("C", extra_problem="〇〇の二次交通が不便（調整中）。"), None, kb, top=40)
    stated = recommend_for_plan(plan_of("C", extra_problem="二次交通が不便。"), None, kb, top=40)
    assert rank(stated, "sustainable_local_transport_logistics") < rank(blank, "sustainable_local_transport_logistics")


# --- the type as a prior, never a gate --------------------------------------------------------------------------

def test_the_type_menu_raises_a_measure(kb):
    # (a plan that also invests: the B plan's export of farm products brings the export platform too, round 38)
    b = recommend_for_plan(plan_of("B", "加工場の設備投資を行う。"), None, kb, top=40)
    c = recommend_for_plan(plan_of("C", "加工場の設備投資を行う。"), None, kb, top=40)
    assert rank(b, "chuken_large_growth_investment_subsidy") < rank(c, "chuken_large_growth_investment_subsidy")


def test_a_programme_listed_for_another_type_is_shown_when_the_plan_asks_for_it(kb):
    recs = recommend_for_plan(plan_of("C", "国の中小企業省力化投資補助金の申請を支援する。"), None, kb)
    r = next(r for r in recs if r.id == "sme_labor_saving_investment_subsidy")
    assert rank(recs, r.id) < 10
    assert any("政策パッケージではB計画向けに掲載" in ln.text for ln in r.reason_lines)


def test_a_reason_line_quotes_only_the_plans_own_words(kb):
    """A field matched on the classifier's word (フードテック for a plan about fermentation) is stated without a
    quote; the plan's own word is quoted."""
    m = kb.measures["food_culture_foodtech_promotion"]
    reading = read_plan_needs(plan_of("B", title="発酵由来のタンパク質素材", product="発酵由来のタンパク質素材"), kb, "B")
    for word, quoted in (("フードテック", False), ("発酵由来のタンパク質素材", True)):
        lines = plan_reason_lines(kb, Scored(m, 1.0, [Link("field", "8", word, 0.6)], []), reading)
        assert (lines[0].quote == word) is quoted and (f"「{word}」" in lines[0].text) is quoted, lines[0].text


# --- windows by the plan's industry and by the institution it names ---------------------------------------------

@pytest.mark.parametrize(("product", "window"), [
    ("純米大吟醸（清酒）", "mof"),
    ("ベニズワイガニの水産加工品", "maff"),
    ("伝統的工芸品の漆器", "meti"),
    ("南高梅の梅干しと柿の加工品", "maff"),  # fruit is 農水省's, as fish is
    ("飛騨産の広葉樹（ナラ・ブナ）を使った木製家具", "meti"),  # furniture is made, whatever its wood
    ("県産木材のCLTパネル", "maff"),
])
def test_the_window_follows_the_plans_industry(kb, product, window):
    plan = plan_of("C", "地域産品の高付加価値化の支援を受ける。", title=f"{product}の輸出プラン", product=product)
    r = next(r for r in recommend_for_plan(plan, None, kb) if r.id == "local_products_value_overseas_support")
    assert r.window_id == window and r.ministry_id == window


def test_the_talent_window_follows_the_plans_industry(kb):
    plan = plan_of("C", "養蚕の担い手の確保・育成を支援する。", title="機能性シルクのプラン", product="カイコを用いた機能性シルク")
    r = next(r for r in recommend_for_plan(plan, None, kb, top=40) if r.id == "regional_talent_secure_develop_retain")
    assert r.window_id == "maff"


def test_the_plans_customers_do_not_choose_its_window(kb):
    plan = plan_of("C", "若い職人の確保が課題である。", title="木製家具のプラン", product="ホテル・旅館向けの特注家具")
    r = next(r for r in recommend_for_plan(plan, None, kb, top=40) if r.id == "regional_talent_secure_develop_retain")
    assert r.window_id != "jta"  # 旅館 are the customers, not the plan's industry


def test_the_window_among_several_institutions(kb):
    named = recommend_for_plan(plan_of("B", "日本政策金融公庫の融資を組み合わせる。"), None, kb)
    r = next(r for r in named if r.id == "government_finance_investment_loans")
    assert r.window_id == "jfc" and len(r.windows) > 1
    a = recommend_for_plan(plan_of("A", "政府系金融機関等による投資・融資を活用する。"), None, kb)
    assert next(r for r in a if r.id == "government_finance_investment_loans").window_id == "dbj"


# --- author problems at the top, and the reports ------------------------------------------------------------------

def _author_problem_result(kb):
    plan = plan_of("B", "中堅等大規模成長投資補助金の活用を支援する。", authors=[Author(name="茨城県日立市", kind="municipality")])
    return check_plan(plan, source="hitachi.md", plan_type="B")


def test_a_city_that_may_not_write_a_b_plan_is_told_first(kb):
    result = _author_problem_result(kb)
    assert result.recommendation_notices
    assert "策定主体の確認が先です" in result.recommendation_notices[0] and "日立市" in result.recommendation_notices[0]


# (authors, plan type, words the first notice must hold, words it must not): each author problem the check finds is
# told first, naming the authors it is about
AUTHOR_NOTICE_CASES = [
    ([], "B", ["策定主体の記載が見当たりません", "都道府県又は政令指定都市"], []),
    ([("岩手県", "prefecture"), ("洋野町", "municipality")], "B", ["洋野町 はB", "策定できる団体に当たりません"], ["岩手県"]),
    ([("神戸市", "designated_city")], "B", ["神戸市（政令指定都市）", "都道府県と異なる産業クラスター"], []),
    ([("但馬地域産業振興協議会", "other")], "C", ["但馬地域産業振興協議会", "策定できる団体に当たりません"], []),
    ([("兵庫県", "prefecture"), ("但馬観光推進会議", "other")], "C", ["但馬観光推進会議 は地方公共団体ではありません"],
     ["兵庫県"]),
]


@pytest.mark.parametrize(("authors", "ptype", "said", "not_said"), AUTHOR_NOTICE_CASES,
                         ids=[c[2][0] for c in AUTHOR_NOTICE_CASES])
def test_each_author_problem_is_told_first(kb, authors, ptype, said, not_said):
    plan = plan_of(ptype, authors=[Author(name=n, kind=k) for n, k in authors])
    first = check_plan(plan, source="author.md", plan_type=ptype).recommendation_notices[0]
    assert first.startswith("策定主体の確認が先です")
    assert all(w in first for w in said) and not any(w in first for w in not_said), first


def test_an_author_the_type_allows_gets_no_notice(kb):
    plan = plan_of("C", authors=[Author(name="和歌山県日高郡みなべ町", kind="municipality")])
    assert check_plan(plan, source="minabe.md", plan_type="C").recommendation_notices == []


@pytest.mark.parametrize(("author", "kind", "when"), [("茨城県", "prefecture", "計画が公表されると"),
                                                     ("茨城県日立市", "municipality", "策定主体を見直して")])
def test_the_types_benefit_comes_once_a_body_that_may_write_the_type_publishes_it(kb, author, kind, when):
    """A city that may not write a B plan is told so first; what a published B plan obtains is still handed over, as
    what the plan obtains once the prefecture publishes it (alone or jointly: guidance 1.(1)① ※1・※2)."""
    plan = plan_of("B", authors=[Author(name=author, kind=kind)])
    recs = check_plan(plan, source="b.md", plan_type="B").recommendations
    said = [ln.text for r in recs if r.id == "review_consideration_ministries" for ln in r.reason_lines]
    assert any(t.startswith(when) and "受けられる支援" in t for t in said), said


def test_the_investment_tax_a_published_b_plan_opens_is_handed_over_unnamed(kb):
    """Guidance 1.(3): a B plan reflected in the basic plan of 地域未来投資促進法 opens 地域未来投資促進税制 to its firms, as
    it names 優先採択 and 審査上の考慮: what the published B plan obtains, in its top 10 with that reason, although the
    plan asks most for export support and does not name the tax."""
    plan = plan_of("B", "核となる3社が新工場を建設し、電動車向けの部品を量産する。海外の販路開拓の経験がなく、輸出の手続に不慣れである。"
                        "JETROの海外展開支援を活用する。", authors=[Author(name="群馬県", kind="prefecture")])
    recs = check_plan(plan, source="b.md", plan_type="B").recommendations
    tax = next((r for r in recs if r.id == "regional_future_investment_tax"), None)
    assert tax is not None, [r.id for r in recs]
    assert any(ln.text.startswith("計画が公表されると") for ln in tax.reason_lines)


@pytest.mark.parametrize(("product", "offered"), [("冷凍ホタテ・干し貝柱", True), ("精密減速機", False)])
def test_a_b_plan_exporting_its_fish_gets_the_agri_food_export_platform(kb, product, offered):
    """The B menu lists 関係府省庁による支援策【別紙4】 as the C menu does (guidance 1.(2)③; the overview table:
    「農林水産物・食品の輸出支援等」): a B plan exporting farm or fish products is handed the export platform without
    naming it, as a C plan is; a plan exporting machine parts is not in that business."""
    sections = {
        "B.1.1": ("(1) 産業分野", product),
        "B.3.1": ("(1) 基本戦略", f"核となる4社が{product}の生産を増やし、香港・台湾・米国への輸出を伸ばす。"),
        "B.5.1": ("(1) 課題", "輸出先の衛生基準への対応と現地の販路開拓が課題である。"),
        "B.5.2": ("(2) 政策手段", "県が海外の商談会への出展を支援する。"),
    }
    plan = Plan(plan_type="B", title=f"{product}の輸出クラスター計画", industry=Industry(domain=product),
                sections={k: SectionText(heading=h, text=t) for k, (h, t) in sections.items()},
                authors=[Author(name="北海道", kind="prefecture")])
    ids = [r.id for r in check_plan(plan, source="b.md", plan_type="B").recommendations]
    assert ("agri_food_export_support_platform" in ids) is offered, ids


@pytest.mark.parametrize("fmt", ["text", "markdown", "html"])
def test_reports_show_the_notice_the_window_and_the_reason_evidence(kb, fmt):
    result = _author_problem_result(kb)
    out = render([result], fmt)
    text = out if isinstance(out, str) else out.decode("utf-8")
    assert "策定主体の確認が先です" in text
    assert "計画に記載" in text and "中堅等大規模成長投資補助金の活用を支援する" in text
    assert "補助率・上限額" in text


def test_xlsx_shows_the_notice_and_the_terms(kb, tmp_path):
    from openpyxl import load_workbook  # lazy: openpyxl is only needed by this test

    result = _author_problem_result(kb)
    path = tmp_path / "r.xlsx"
    path.write_bytes(render([result], "xlsx"))
    cells = [str(c.value) for ws in load_workbook(path).worksheets for row in ws.iter_rows() for c in row if c.value]
    assert any("策定主体の確認が先です" in c for c in cells)
    assert any("計画に記載" in c for c in cells) and any("補助率・上限額" in c for c in cells)


def test_ministry_to_confirm_is_shown(kb):
    recs = recommend_for_plan(plan_of("C", "地場産業を支える仕組みづくりとして閉校舎を工房に転用する。"), None, kb, top=30)
    r = next(r for r in recs if r.id == "local_industry_support_framework")
    assert r.ministry_to_confirm and r.ministry_id == "related_ministries"


def test_recommendations_are_deterministic(kb):
    plan = plan_of("C", "ジェトロと連携する。")
    result = SimpleNamespace(plan_type="C", requirements=[], checks=[], plan_type_suggestion=None, plan_type_given=True)
    assert recommend_for_plan(plan, result, kb) == recommend_for_plan(plan, result, kb)
