"""Whom a programme is for, and what a plan's targets say (issue 19, round 33): the classes below, found on dev.

- a programme for a kind of firm (中堅・中小企業やスタートアップが行う…大規模投資: the mid-sized firms' large-investment
  subsidy) is for a plan that speaks of such firms (`Measure.for_firms`): an A plan formed around a large firm's
  plant or a terminal, which never mentions mid-sized or small firms, is no client of it unless it names it; a B plan
  is, as the sources describe its core firms as such (中堅企業支援策の適用, 参考リスト: 従業員規模が2,000名以下);
- a line that states one of the plan's figures by its name, then its value or when it will be set (「域内取引額：町内の
  農家・運送業者からの調達額 40億円 → 60億円」, 「産業人材育成数　市内の大学・高専と連携した育成の規模は今後検討する」)
  is a figure, as the basis of a figure is: whom the firms buy from and the schools a number will be agreed with are
  not what the plan asks for (no object of the farm-technology or the university measures);
- 百億 and 100億 (the growth-acceleration subsidy's 売上高100億円) are the number itself, not the end of a larger one
  (七百億円, 二千百億円, 1,100億円);
- the cells of a KPI row that track a measure (現状, 目標, 期限, 担当, 検討の場, 進め方, Who / When / Where / How) say how the
  plan follows it up, not what it asks for: 「現状：用地造成設計中」 or 「Where（対象）：臨空工業団地」 asks for no land;
- a public research institute a plan commissions (「県産業技術センター農産物加工研究所に委託」, 「県水産技術センター」) names who
  acts: its 農産物 is no farm product of the plan's; nor are rivals abroad (「海外競合より開発期間を4割短縮」) a market abroad;
- automation in the name of a maker or a trade (「自動化積層装置メーカー」 a firm it attracts, 「工場自動化の事業者」 its
  customers) is not the plan automating its own work;
- a shortage of people is a talent need, whatever plant, ramp-up or line the people are for (「量産立ち上げ期の技能者
  不足」, 「新工場の稼働には三倍の人数が必要となる」): no call for capital investment, where it is the only lack stated;
  nor is a plant named as where land or a road is lacking (「工場用地の不足」, 「工場へのアクセス道路の渋滞」);
- the authority's own funding (企業版ふるさと納税: companies' donations to its projects; 地域未来基金費: the prefecture's
  fund) is for what the authority pays for (財源, 寄附, 基金): a firm's lack of funds for its own plant is no call for it;
- a programme named where the plan says how it counts a figure (「人材育成数は、県立大学・高専の関連講座の定員拡充分の
  合計」) is how the figure is counted, not a measure the plan asks for.
Each case is a pair of plans that differ only in that signal. The plans are written here for these tests.
"""

from __future__ import annotations

import pytest

from chiiki_mirai.core.plan import Industry, Investment, Plan, SectionText
from chiiki_mirai.knowledge.loader import load_kb
from chiiki_mirai.recommender.api import recommend_for_plan
from chiiki_mirai.recommender.modality import kind
from chiiki_mirai.recommender.plan_names import name_index
from chiiki_mirai.recommender.plan_reading import read_plan_needs
from chiiki_mirai.recommender.plan_statements import need_themes
from chiiki_mirai.recommender.plan_words import bare_of, norm, object_present

CHUKEN = "chuken_large_growth_investment_subsidy"


@pytest.fixture(scope="module")
def kb():
    return load_kb()


def ids(kb, plan: Plan) -> list[str]:
    return [r.id for r in recommend_for_plan(plan, None, kb, top=40)]


def plant_plan(plan_type: str, problem: str, policy: str = "") -> Plan:
    """A plan for a battery-materials plant; its type, problem and policy line vary."""
    p = plan_type
    sections = {
        f"{p}.4.1": ("(1) 基本戦略", "車載電池向けの正極材を量産し、国内の電池メーカーに供給する。"),
        f"{p}.5.1": ("(1) 課題", problem),
        f"{p}.5.2": ("(2) 政策手段", "新工場の建設と量産設備の導入を進める。" + policy),
    }
    return Plan(plan_type=plan_type, title="電池材料クラスター", industry=Industry(domain="正極材"),
                investments=[Investment(company="正極材の製造会社", description="正極材の量産工場の新設（約600億円）")],
                sections={k: SectionText(heading=h, text=t) for k, (h, t) in sections.items()})


# --- the firms a programme is for ---------------------------------------------------------------------------------

@pytest.mark.parametrize(("problem", "offered"), [
    ("量産工場の設備投資の資金負担が大きい。", False),  # a large firm's plant: no mid-sized or small firm in sight
    ("部材を納める地元の中堅・中小企業の設備投資の資金負担が大きい。", True),
    ("材料系スタートアップの量産設備への投資が進まない。", True),
])
def test_an_a_plan_gets_the_mid_sized_firms_subsidy_where_it_speaks_of_such_firms(kb, problem, offered):
    assert (CHUKEN in ids(kb, plant_plan("A", problem))) is offered


def test_an_a_plan_that_names_the_subsidy_gets_it_whoever_invests(kb):
    plan = plant_plan("A", "量産工場の設備投資の資金負担が大きい。", "中堅等大規模成長投資補助金の活用を想定する。")
    assert CHUKEN in ids(kb, plan)


def test_a_b_plans_core_firms_are_mid_sized_by_the_sources(kb):
    assert CHUKEN in ids(kb, plant_plan("B", "量産工場の設備投資の資金負担が大きい。"))


# --- a figure's line states the figure --------------------------------------------------------------------------------

@pytest.mark.parametrize(("line", "figure"), [
    ("・域内取引額：町内の農家・運送業者からの調達額 40億円 → 60億円（令和12年度）", True),
    ("　○産業人材育成数　市内の大学・高専と連携した育成の規模は今後検討する", True),
    ("・売上額　核となる企業三社で計三百億円→四百五十億円", True),
    ("○独自KGI　精密部品出荷額　80億円→120億円", True),
    ("売上額の伸び悩みが最大の課題である。", False),  # a problem about a figure, not the figure
    ("高専の定員を増やし、地域の技術者を育成する。", False),
])
def test_a_line_stating_a_figure_is_the_figure(line, figure):
    assert (kind(line) == "basis") is figure


def school_plan(target: str, policy: str = "") -> Plan:
    """A B plan of precision parts whose 目標 section states its talent figure; the policy line varies."""
    sections = {
        "B.3.1": ("(1) 基本戦略", "精密部品を量産し、国内の装置メーカーに供給する。"),
        "B.4.3": ("(3) 地域へのインパクト、目指すべき姿", target),
        "B.5.1": ("(1) 課題", "加工・検査の技能者が不足している。"),
        "B.5.2": ("(2) 政策手段", "共同の検査設備を工業技術センターに置く。" + policy),
    }
    return Plan(plan_type="B", title="精密部品クラスター", industry=Industry(domain="精密部品"),
                sections={k: SectionText(heading=h, text=t) for k, (h, t) in sections.items()})


def test_the_schools_a_figure_will_be_agreed_with_ask_nothing_of_the_school_measures(kb):
    target = "　○産業人材育成数　市内の大学・高専と連携した育成の規模は今後検討する"
    assert "higher_education_rightsizing_regional_needs" not in ids(kb, school_plan(target))
    asked = school_plan(target, "市内の高専の定員を増やし、学科を再編する。")
    assert "higher_education_rightsizing_regional_needs" in ids(kb, asked)


@pytest.mark.parametrize(("text", "present"), [
    ("売上高百億円を目指す企業を育てる。", True),
    ("売上高100億円超を目指す。", True),
    ("売上額　三社計四百二十億円→七百億円", False),
    ("域内取引を二千百億円から二千六百億円へ", False),
    ("出荷額を1,100億円に伸ばす", False),
])
def test_a_hundred_billion_is_the_number_itself(text, present):
    word = "百億" if "百億" in text and "100" not in text else "100億"
    assert object_present(word, norm(text)) is present


# --- a KPI row's tracking cells, institutes and makers name no object ------------------------------------------------

@pytest.mark.parametrize(("text", "word", "present"), [
    ("＜KPI①＞ 指標名：新ドックの着工 ／ 現状：用地造成設計中 ／ 目標：2027年度内に着工 ／ 担当：県産業政策課", "造成", False),
    ("KPI1 / What（中身）：共同検査施設 / Where（対象）：臨空工業団地 / How（検証方法）：利用実績", "工業団地", False),
    ("KPI1 / What（中身）：工業団地の拡張 / When（期限）：2029年度", "工業団地", True),  # what the plan does stays
    ("現状：工業用地が不足している。", "工業用地", True),  # a line of its own, not a cell of a row
    ("県産業技術センター農産物加工研究所に共同研究を委託する。", "農産物", False),
    ("町内の農産物を加工して輸出する。", "農産物", True),
    ("高水温に強い種苗を開発する（県水産技術センター）。", "水産", False),
    ("一体成形により開発期間を海外競合より約4割短縮できる。", "海外", False),
    ("欧州の海外販路を開拓する。", "海外", True),
    ("欧州の自動化積層装置メーカーを誘致する。", "自動化", False),
    ("主な顧客は工場自動化の事業者である。", "自動化", False),
    ("検査工程の自動化を進める。", "自動化", True),
])
def test_tracking_cells_institutes_and_makers_name_no_object(text, word, present):
    assert object_present(word, bare_of(norm(text))) is present


# --- a shortage of people is no lack of plant ------------------------------------------------------------------------

@pytest.mark.parametrize(("text", "capex"), [
    ("量産立ち上げ期の技能者不足（2028年までに約500人の追加需要）", False),
    ("新工場の稼働には現在の三倍の人数が必要となる。", False),
    ("新ラインの稼働に合わせて約二百人の確保が必要である。", False),
    ("新ラインの設備導入の資金が足りない。", True),  # the line itself is lacking
    ("検査技能者の不足と、量産設備の能力不足。", True),  # a lack of people and a lack of plant
    ("工場用地の不足（既存団地の空き区画は2区画のみ）", False),
    ("工場へのアクセス道路が朝夕に渋滞する。", False),
    ("新工場の建設資金が足りない。", True),
])
def test_a_shortage_of_people_is_a_talent_need(text, capex):
    themes = need_themes(text)
    assert ("capex" in themes) is capex
    assert capex or themes.keys() & {"talent", "land", "infrastructure"}


# --- how a figure is counted names no measure ---------------------------------------------------------------------------

@pytest.mark.parametrize(("line", "named"), [
    ("人材育成数は、県立大学・高専の関連講座の定員拡充分と受講者数の合計とした。", False),
    ("県立大学・高専の定員拡充を国に要望する。", True),
])
def test_a_name_in_how_a_figure_is_counted_names_no_measure(kb, line, named):
    plan = school_plan("産業人材育成数を2030年度に年200人とする。", line)
    reading = read_plan_needs(plan, kb, "B")
    assert ("university_kosen_capacity_strengthening" in reading.named) is named


# --- the authority's own funding is not a firm's ------------------------------------------------------------------------

@pytest.mark.parametrize(("problem", "asked"), [
    ("協力企業の設備が老朽化し、更新の資金力が不足している。", False),  # a firm's lack of funds
    ("共用試験棟の整備の財源が不足しており、企業からの寄附も募る。", True),  # the authority's own project
    ("県が基金を設け、複数年度で試験棟の運営を支える。", True),
])
def test_the_authoritys_funding_answers_its_own_projects(kb, problem, asked):
    reading = read_plan_needs(plant_plan("B", problem), kb, "B")
    objects = name_index(kb).measure_objects
    present = {m for m in ("corporate_furusato_nozei", "chiiki_mirai_kikin_hi") if objects[m] & reading.present}
    assert bool(present) is asked
    if not asked:
        assert not {"corporate_furusato_nozei", "chiiki_mirai_kikin_hi"} & set(ids(kb, plant_plan("B", problem)))
