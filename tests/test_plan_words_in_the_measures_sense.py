"""A plan's word counts for a measure only in the sense the measure means it (issue 19): the classes below, found on dev.

- the 大学 of a 大学校 (a prefecture's 農業大学校 or ものづくり大学校, a ministry's 職業能力開発大学校) is a training
  college, not a university: no object of the university measures;
- a university or kosen that gives a course or training to the plan's firms (「○○大学・○○高専との共同講座」,
  「大学・高専・企業の研修を一本化」) is not asked to change its size or faculties: no object of the measure for
  the size of higher education (`Measure.schools_for_students`), while a plan that adds places or a department is;
- the コンテンツ of a 体験コンテンツ or 観光コンテンツ is what a tourist books, not the content industry;
- an association the plan works with (「○○観光連盟と共同出展」, 「○○観光協会」) names who acts, as a department or a
  cooperative does: its 観光 is no call for tourism measures;
- a line that only points to an attachment (「仕組みづくり：別紙のとおり」) says nothing in the plan itself;
- a figure counted as the sum of course graduates (「…の研修修了者の累計で600人」) is the basis of a KGI, not a need;
- rice cakes and dairy products are farm products: the window for adding value to them is the agriculture ministry's;
- a campus named as a place (「○○大学△△キャンパスが近接する」) is where the plan's partners are, not the campus
  functions the research-university measure strengthens;
- the specialists a plan trains itself (「専門人材の育成：品質保証講座」) are no call for the regional banks' matching
  of professional and management talent;
- the public facilities a plan sells to (「工務店と公共施設に分けて販売する」) are its customers, not facilities it manages;
- the 投資 a plan makes (「新工場への設備投資」, 「官民投資ロードマップ」) is what it spends on, not the funds the government
  finance institutions' investment and loans supply: only funds, loans or equity it writes of (資金, 融資, 出資) are their
  object (round 38);
- a technical demonstration of the plan's own (「試作機の実証環境がない」) is not the 調査・実証 of a special-zone
  proposal the national commissioned programme (地方創生特区推進事業) pays for: the special zone or the regulation the
  plan wants changed is (round 38).
Each case is a pair of plans (or sentences) that differ only in that signal. The plans are written here for these tests.
"""

from __future__ import annotations

import pytest

from chiiki_mirai.core.plan import Plan
from chiiki_mirai.knowledge.loader import load_kb
from chiiki_mirai.recommender.api import recommend_for_plan
from chiiki_mirai.recommender.modality import kind, modality
from chiiki_mirai.recommender.plan_reading import read_plan_needs
from chiiki_mirai.recommender.plan_words import bare_of, norm, object_present
from tests.plan_sections import plan_of


@pytest.fixture(scope="module")
def kb():
    return load_kb()


# --- a 大学校 is no university -------------------------------------------------------------------------------------

@pytest.mark.parametrize(("text", "university"), [
    ("県立ものづくり大学校に溶接の新課程を設け、技能者を育成する。", False),
    ("県立農業大学校の卒業生を担い手として確保する。", False),
    ("県立大学に溶接の新課程を設け、技能者を育成する。", True),
    ("県立農業大学校と県内大学の卒業生を確保する。", True),  # a university is written too
])
def test_the_daigaku_of_a_training_college_is_no_university(text, university):
    assert object_present("大学", norm(text)) is university


# --- a school that gives a course is not asked to change its size ---------------------------------------------------

def parts_plan(talent_line: str) -> Plan:
    """A B plan for precision parts; only its talent line in the policy section varies."""
    return plan_of("B", "精密部品産業の高度化プラン", "精密部品製造業", {
        "B.3.1": ("(1) 基本戦略", "精密部品の量産と海外向けの販路拡大を進める。"),
        "B.5.1": ("(1) 課題", "設計・品質保証の技術者が不足している。"),
        "B.5.2": ("(2) 政策手段", talent_line),
    })


@pytest.mark.parametrize(("line", "offered"), [
    ("人材：地元の工科大学・高専との共同講座を年4回開き、技術者を育成する。", False),
    ("人材：大学・高専・企業の研修を一本化し、技術者を育成する。", False),
    ("人材：地元の工科大学に精密加工学科を新設し、定員を増やして技術者を育成する。", True),
])
def test_a_school_giving_a_course_is_no_object_of_the_higher_education_size_measure(kb, line, offered):
    reading = read_plan_needs(parts_plan(line), kb, "B")
    assert ("大学" in reading.student_objects) is offered, sorted(reading.student_objects)
    ids = [r.id for r in recommend_for_plan(parts_plan(line), None, kb, top=40)]
    assert ("higher_education_rightsizing_regional_needs" in ids) is offered, ids


def test_a_course_a_school_gives_stays_a_talent_object_for_other_measures(kb):
    """The university giving the course is still where the plan trains people (talent measures keep it)."""
    reading = read_plan_needs(parts_plan("人材：地元の工科大学・高専との共同講座を年4回開き、技術者を育成する。"), kb, "B")
    assert "大学" in reading.talent_objects


# --- what a tourist books is no content industry ---------------------------------------------------------------------

@pytest.mark.parametrize(("text", "content"), [
    ("雪国の暮らしを伝える体験コンテンツを造成し、販売件数を増やす。", False),
    ("温泉街の観光コンテンツを多言語で発信する。", False),
    ("地元のアニメ制作会社と組み、映像コンテンツの制作拠点を育てる。", True),
])
def test_a_tourist_experience_is_no_content_industry(text, content):
    assert object_present("コンテンツ", norm(text)) is content


def onsen_plan(line: str) -> Plan:
    return plan_of("C", "温泉郷の冬季滞在プラン", "宿泊業", {
        "C.3.1": ("(1) 基本戦略", "冬季の連泊客を増やす。" + line),
        "C.5.1": ("(1) 課題", "繁忙期の季節雇用で人材が定着しない。"),
    })


def test_an_onsen_selling_experiences_gets_no_content_talent_measure(kb):
    booked = [r.id for r in recommend_for_plan(onsen_plan("体験コンテンツを造成して販売する。"), None, kb, top=40)]
    made = [r.id for r in recommend_for_plan(onsen_plan("アニメの聖地巡礼と連動し、映像コンテンツの制作者を招く。"),
                                             None, kb, top=40)]
    assert "content_industry_talent_development" not in booked
    assert "content_industry_talent_development" in made


# --- an association is who acts --------------------------------------------------------------------------------------

@pytest.mark.parametrize(("text", "kept"), [
    ("真庭観光連盟と共同で首都圏の物産展に出展する。", False),
    ("町観光協会が販売を担う。", False),
    ("県物産振興連合会の催事で販売する。", False),
    ("観光客向けのもちつき体験を販売する。", True),
])
def test_an_association_named_for_tourism_is_no_tourism_object(text, kept):
    assert ("観光" in bare_of(norm(text))) is kept, bare_of(norm(text))


# --- a pointer to an attachment says nothing -------------------------------------------------------------------------

@pytest.mark.parametrize(("sentence", "expected"), [
    ("仕組みづくり：別紙のとおり", "placeholder"),
    ("詳細は別添参照。", "placeholder"),
    ("公共施設の再配置は別紙に記載のとおり進める。", "placeholder"),
    ("旧校舎を共同作業場に転用する。", "planned"),
])
def test_a_line_pointing_to_an_attachment_is_a_blank(sentence, expected):
    assert modality(sentence) == expected


def test_a_section_written_in_an_attachment_gives_no_object(kb):
    blank = plan_of("C", "もち加工品の販路拡大プラン", "食品製造業", {
        "C.3.1": ("(1) 基本戦略", "切り餅を首都圏の百貨店に販売する。"),
        "C.5.3": ("(3) 仕組みづくり", "公共施設の活用：別紙のとおり"),
    })
    assert "公共施設" not in read_plan_needs(blank, kb, "C").present


# --- the basis of a figure ---------------------------------------------------------------------------------------

@pytest.mark.parametrize(("sentence", "expected"), [
    ("産業人材育成数は、県内大学・工業技術センターの研修修了者の累計で600人とする。", "basis"),
    ("KGI③は講座受講者数の累計とする。", "basis"),
    ("県内大学の研修が不足している。", "need"),
])
def test_a_sum_of_course_graduates_is_the_basis_of_a_figure(sentence, expected):
    assert kind(sentence) == expected


# --- the window for rice cakes and dairy --------------------------------------------------------------------------

@pytest.mark.parametrize(("domain", "ministry"), [
    ("切り餅・豆餅（原料は村内産もち米）", "maff"),
    ("生乳を原料とするナチュラルチーズ・ヨーグルト等の乳製品", "maff"),
    ("輪島塗の漆器", "meti"),
])
def test_the_window_for_adding_value_to_a_farm_product_is_agricultures(kb, domain, ministry):
    plan = plan_of("C", "地域産品の海外展開プラン", domain, {
        "C.3.1": ("(1) 基本戦略", "地域産品を高付加価値化し、台湾・香港へ輸出する。"),
        "C.5.1": ("(1) 課題", "海外向けの商品表示と販路開拓のノウハウが不足している。"),
    })
    recs = {r.id: r for r in recommend_for_plan(plan, None, kb, top=40)}
    rec = recs["local_products_value_overseas_support"]
    assert (rec.window_id or rec.ministry_id) == ministry


# --- a campus as a place, specialists trained, facilities as customers ----------------------------------------------

def photonics_plan(line: str) -> Plan:
    return plan_of("B", "光学部品の後工程の集積プラン", "光学部品製造業", {
        "B.3.1": ("(1) 基本戦略", "受光素子の後工程を市内に集め、海外向けの販路を広げる。" + line),
        "B.5.1": ("(1) 課題", "光学設計の技術者が不足している。"),
    })


@pytest.mark.parametrize(("line", "offered"), [
    ("工業団地は静岡大学の浜松キャンパスに近接する。", False),
    ("地元大学のキャンパスを共創拠点として企業との共同研究棟を整備する。", True),
])
def test_a_campus_named_as_a_place_is_no_research_university_object(kb, line, offered):
    ids = [r.id for r in recommend_for_plan(photonics_plan(line), None, kb, top=40)]
    assert ("research_university_cocreation_campus" in ids) is offered, ids


@pytest.mark.parametrize(("line", "offered"), [
    ("専門人材の育成：品質保証講座を毎年度開く。", False),
    ("地域金融機関の人材紹介で経営人材を確保する。", True),
])
def test_specialists_the_plan_trains_are_no_call_for_talent_matching(kb, line, offered):
    ids = [r.id for r in recommend_for_plan(photonics_plan(line), None, kb, top=40)]
    assert ("regional_finance_talent_securing" in ids) is offered, ids


@pytest.mark.parametrize(("text", "facility"), [
    ("杉の内装材を中小工務店と公共施設に分けて販売する。", False),
    ("名古屋圏の工務店・保育園・公共施設の内装に売る。", False),
    ("公共施設向けの内装材を開発する。", False),
    ("閉校した公共施設を共同作業場に転用する。", True),
])
def test_public_facilities_the_plan_sells_to_are_its_customers(text, facility):
    assert object_present("公共施設", norm(text)) is facility


# --- the plan's investment is not the money the government lenders supply -------------------------------------------

def machine_plan(line: str) -> Plan:
    """A B plan of machine-tool makers building a new plant; only one line of its problems varies."""
    return plan_of("B", "工作機械クラスター計画", "工作機械製造業", {
        "B.3.1": ("(1) 基本戦略", "核となる3社が新工場への設備投資を行い、官民投資ロードマップの方向に沿って量産する。"),
        "B.5.1": ("(1) 課題", line),
        "B.5.2": ("(2) 政策手段", "県の工業技術センターに共用の試験設備を置く。"),
    })


@pytest.mark.parametrize(("line", "offered"), [
    ("熟練の組立工が不足している。", False),  # investment everywhere, no word of money
    ("協力工場の設備更新の資金が不足している。", True),
    ("熟練の組立工が不足しており、協力工場への融資の仕組みもない。", True),
])
def test_the_plans_investment_is_no_object_of_the_government_lenders(kb, line, offered):
    ids = [r.id for r in recommend_for_plan(machine_plan(line), None, kb, top=40)]
    assert ("government_finance_investment_loans" in ids) is offered


# --- a technical demonstration is not the study of a special-zone proposal ------------------------------------------

@pytest.mark.parametrize(("line", "offered"), [
    ("試作した包装機を食品工場で試す実証環境がなく、導入の判断に時間がかかる。", False),
    ("食品工場での無人搬送に規制緩和が必要で、その根拠となるデータが足りない。", True),
])
def test_a_technical_demonstration_is_no_object_of_the_special_zone_study_programme(kb, line, offered):
    ids = [r.id for r in recommend_for_plan(machine_plan(line), None, kb, top=40)]
    assert ("chihou_sousei_tokku_promotion_project" in ids) is offered
