"""The failure classes found on the dev A plans (issue 19), each as plans that differ in one signal.

- the window for related infrastructure follows what the plan asks it for: roads and ports → 国土交通省,
  industrial water → 経済産業省, both → 関係府省, neither → the grant's 内閣府;
- the window among the government-affiliated lenders follows whom the plan has them finance, where it names them
  (its small suppliers → 日本政策金融公庫), before the plan type's lender;
- the act alone is not the basic-plan measure: 地域未来投資促進法 inside another measure's name, a firm's approval or
  a local tax exemption names no 基本計画への反映;
- the universities' programmes for people in work are on the A menu (大学、高専等の産業人材の育成) as the universities'
  capacity is: an A plan that retrains its workers at a university is handed both;
- land for company housing or a site short of power is no call for industrial-land support; land for industry is;
- a port or industrial water the plan lacks is what the infrastructure measures are for, not a reason for
  the finance of industrial land; an A plan whose universities or kosen train its people is handed the universities'
  programmes (the reviewers judged them apt for A plans that never wrote リ・スキリング), a research partner is not;
- 地域未来交付金 in an A plan names the infrastructure measure where the plan has it pay for works or says
  nothing of its use; written for courses or a council's running costs only, it names the grant's soft support
  (優先採択). The infrastructure measure is on the A menu (overview 支援策(例) インフラ等支援の検討);
- a plan names a national programme in its own words or by its budget name (GXサプライチェーン構築支援事業,
  「船舶の生産能力拡大に向けた設備投資支援」, 「リ・スキリングプログラムの開発」): that is naming it;
- hydrogen or ammonia a plan imports, stores or burns is a fuel, not a GX product it makes: the GX
  products' capex support is for the panels, turbines' parts, batteries and electrolysers a plan manufactures;
- land finance answers a lack of land the plan states or asks about: an industrial park named as the
  plan's area, or land already contracted, asks for nothing (`Measure.objects_in_need`);
- beside the A menu's universities' capacity measure, the package's broader line on higher education
  (高等教育の規模の適正化) gives way (`Measure.yields_to`); a B plan, which that measure is not for, keeps it.
The plans are written here for these tests.
"""

from __future__ import annotations

import pytest

from chiiki_mirai.core.plan import Industry, Investment, Plan, SectionText
from chiiki_mirai.knowledge.loader import load_kb
from chiiki_mirai.recommender.api import recommend_for_plan
from chiiki_mirai.recommender.plan_reading import read_plan_needs


@pytest.fixture(scope="module")
def kb():
    return load_kb()


def hydrogen_plan(problem: str = "", policy: str = "") -> Plan:
    """An A plan for a hydrogen receiving terminal; only the problem and the policy line vary."""
    sections = {
        "A.4.1": ("(1) 基本戦略", "輸入水素を受け入れ、コンビナートの燃料を転換する。"),
        "A.5.1": ("(1) 産業集積に向けた課題", "水素の取扱いに習熟した保安人材が不足している。" + problem),
        "A.5.2": ("(2) 国の政策的対応のニーズ", "受入基地の建設を進める。" + policy),
    }
    return Plan(plan_type="A", title="臨海部の水素受入拠点クラスター", industry=Industry(domain=""),
                investments=[Investment(company="臨海水素ターミナル株式会社", description="水素の受入基地・貯蔵タンクの建設")],
                sections={k: SectionText(heading=h, text=t) for k, (h, t) in sections.items()})


def rec_of(recs, mid: str):
    return next((r for r in recs if r.id == mid), None)


# --- the window for related infrastructure -------------------------------------------------------------------------

INFRA_WINDOW_CASES = [
    ("大型船が着けられる岸壁の水深が足りない。", "mlit"),
    ("搬入路となる県道の幅員が狭い。", "mlit"),
    ("工業用水の供給能力が不足している。", "meti"),
    ("岸壁の水深と工業用水の供給能力がともに不足している。", "related_ministries"),
    ("基地の周辺の拠点整備が遅れている。", "cao"),
]


@pytest.mark.parametrize(("problem", "window"), INFRA_WINDOW_CASES, ids=[c[1] + str(i) for i, c in
                                                                           enumerate(INFRA_WINDOW_CASES)])
def test_the_infrastructure_window_follows_what_the_plan_asks_for(kb, problem, window):
    plan = hydrogen_plan(problem, "関連するインフラ及び拠点整備の推進（地域未来交付金等）を活用する。")
    r = rec_of(recommend_for_plan(plan, None, kb), "related_infra_hub_development")
    assert r is not None and r.window_id == window, (r.window_id if r else None)
    assert r.ministry_to_confirm  # which body runs it depends on the works: the planner is told to confirm


def test_infrastructure_the_plan_says_it_does_not_need_chooses_no_window(kb):
    plan = hydrogen_plan("岸壁の水深が足りない。工業用水の増強は行わない。",
                         "関連するインフラ及び拠点整備の推進（地域未来交付金等）を活用する。")
    r = rec_of(recommend_for_plan(plan, None, kb), "related_infra_hub_development")
    assert r is not None and r.window_id == "mlit"


# --- the window among the government-affiliated lenders ------------------------------------------------------------

@pytest.mark.parametrize(("line", "window"), [
    ("政府系金融機関等による投資・融資：関連中小企業の設備投資に充てる。", "jfc"),
    ("政府系金融機関等による投資・融資（協力会社の設備更新資金）を活用する。", "jfc"),
    ("政府系金融機関等による投資・融資（受入基地の長期資金）を活用する。", "dbj"),
    ("日本政策投資銀行による投融資で、協力会社を含む設備投資を支える。", "dbj"),  # the lender it names comes first
])
def test_the_lender_follows_whom_the_plan_has_it_finance(kb, line, window):
    r = rec_of(recommend_for_plan(hydrogen_plan(policy=line), None, kb), "government_finance_investment_loans")
    assert r is not None and r.window_id == window


# the plan names the lenders in general and states, among its problems, whose funds are short: the small suppliers'
# lack sends it to the lender for small firms; a bank's offer to them (not a lack) or a lack of the terminal's own
# funds leaves the A plan's lender for large projects
@pytest.mark.parametrize(("problem", "window"), [
    ("協力工場の大半は従業員30人ほどで、設備を入れ替える資金が足りない。", "jfc"),
    ("地元銀行が協力工場向けに設備資金の融資枠を設ける。", "dbj"),
    ("受入基地の建設資金が不足している。", "dbj"),
])
def test_the_lender_follows_whose_lack_of_funds_the_plan_states(kb, problem, window):
    plan = hydrogen_plan(problem, "政府系金融機関等による投資・融資を活用する。")
    r = rec_of(recommend_for_plan(plan, None, kb), "government_finance_investment_loans")
    assert r is not None and r.window_id == window, (r.window_id if r else None)


# --- the act alone is not the basic-plan measure --------------------------------------------------------------------

@pytest.mark.parametrize(("line", "named"), [
    ("地域未来投資促進法の特例等を用いた円滑な土地利用調整により、用地の農地転用を進める。", False),
    ("核企業は地域未来投資促進法に基づく地域経済牽引事業計画の承認を受けた。", False),
    ("市は地域未来投資促進法に基づく固定資産税の課税免除を行う。", False),
    ("県の地域未来投資促進法に基づく基本計画に本計画の内容を反映する。", True),
    ("地域未来投資促進法の基本計画への位置付けを県と協議する。", True),
])
def test_the_act_alone_does_not_name_the_basic_plan(kb, line, named):
    reading = read_plan_needs(hydrogen_plan(policy=line), kb, "A")
    assert ("regional_future_investment_act_basic_plan" in reading.named) is named


# --- the A menu: universities' programmes for people in work ---------------------------------------------------------

def test_an_a_plan_retraining_workers_at_a_university_is_handed_the_programme(kb):
    plan = hydrogen_plan(policy="県立大学で在職者向けの水素保安の社会人講座を開く。")
    recs = recommend_for_plan(plan, None, kb)
    r = rec_of(recs, "reskilling_programs_at_universities")
    assert r is not None, [x.id for x in recs]
    assert any(ln.kind == "kb" and "支援策(例)" in ln.text for ln in r.reason_lines)


# --- a bare 用地 is not land for industry -----------------------------------------------------------------------------

@pytest.mark.parametrize(("line", "offered"), [
    ("町は従業員向けの社宅用地を提供する。", False),
    ("第２期用地の受電容量が不足している。", False),
    ("関連企業向けの産業用地（20ha）の造成が必要である。", True),
])
def test_land_for_housing_or_power_is_not_land_for_industry(kb, line, offered):
    ids = [r.id for r in recommend_for_plan(hydrogen_plan(line), None, kb, top=40)]
    assert ("industrial_land_development_support" in ids) is offered, ids


# --- infrastructure is no reason for land finance; universities that train people -----------------------

def test_a_port_or_water_shortage_is_no_reason_for_industrial_land_finance(kb):
    plan = hydrogen_plan("工業用水の供給能力が不足している。岸壁の水深が足りない。", "受入基地は臨海工業団地に建設する。")
    recs = recommend_for_plan(plan, None, kb)
    ids = [r.id for r in recs]
    land = rec_of(recs, "industrial_land_development_support")
    assert ids.index("related_infra_hub_development") < ids.index("industrial_land_development_support"), ids
    assert land is not None and not any(ln.kind in ("need", "direction") and ("工業用水" in ln.quote or "岸壁" in ln.quote)
                                        for ln in land.reason_lines), land.reason_lines


@pytest.mark.parametrize(("line", "offered"), [
    ("県立大学・高専と連携して水素保安の技術者を育成する講座を設ける。", True),
    ("高専に水素保安のコースを設け、運転員を養成する。", True),
    ("県立大学と触媒の共同研究を行う。", False),  # a research partner: no people trained there
])
def test_an_a_plan_training_people_at_universities_is_handed_their_programmes(kb, line, offered):
    ids = [r.id for r in recommend_for_plan(hydrogen_plan(policy=line), None, kb)]
    assert ("reskilling_programs_at_universities" in ids) is offered, ids


@pytest.mark.parametrize(("line", "plan_type", "named"), [
    ("地域未来交付金（保安人材の育成講座、推進協議会の運営）を活用する。", "A", "chiiki_mirai_kofukin_priority"),
    ("地域未来交付金（受入岸壁の改良、研修拠点の整備）を活用する。", "A", "related_infra_hub_development"),
    ("地域未来交付金を活用する。", "A", "related_infra_hub_development"),  # no use said: the A plan's measure
    ("地域未来交付金（共同研修施設の整備）を活用する。", "B", "chiiki_mirai_kofukin_priority"),
])
def test_the_grant_named_for_soft_uses_is_its_soft_support(kb, line, plan_type, named):
    reading = read_plan_needs(hydrogen_plan(policy=line), kb, plan_type)
    both = {"chiiki_mirai_kofukin_priority", "related_infra_hub_development"}
    assert both & set(reading.named) == {named}, sorted(reading.named)


def test_the_infrastructure_measure_is_on_the_a_menu(kb):
    recs = recommend_for_plan(hydrogen_plan("大型船が着けられる岸壁の水深が足りない。"), None, kb)
    r = rec_of(recs, "related_infra_hub_development")
    assert r is not None and any(ln.kind == "kb" and "支援策(例)" in ln.text for ln in r.reason_lines), r


NAMED_IN_OWN_WORDS = [
    ("GXサプライチェーン構築支援事業（採択済み）で分解設備を整える。", "gx_products_manufacturing_capex", True),
    ("ＧＸサプライチェーン構築支援事業の活用を想定する。", "gx_products_manufacturing_capex", True),
    ("造船業の生産能力拡大支援を受けてドックを新設する。", "shipbuilding_port_machinery_support", True),
    ("船舶の生産能力拡大に向けた設備投資支援（国土交通省）", "shipbuilding_port_machinery_support", True),
    ("造船の生産能力拡大を目指す。", "shipbuilding_port_machinery_support", False),  # a goal, no programme
    ("特定半導体等の生産施設整備に対する支援を受ける。", "specific_semiconductor_facility_support", True),
    ("先端半導体の生産基盤整備に係る助成を受けた。", "specific_semiconductor_facility_support", True),
    ("排出削減が困難な産業におけるエネルギー・製造プロセス転換支援事業", "hard_to_abate_process_transition", True),
    ("県立大学での社会人向けリ・スキリングプログラムの開発を支援してほしい。", "reskilling_programs_at_universities", True),
    ("従業員にリ・スキリングの機会を設ける。", "reskilling_programs_at_universities", False),
    ("高専・大学における水素分野の定員拡充への支援", "university_kosen_capacity_strengthening", True),
    ("専門高校（県立工業高校 化学科）の設備更新", "vocational_high_school_promotion", True),
    ("地域未来投資促進法の特例を用いた農地転用手続の円滑化", "land_use_coordination_special_measures", True),
    ("臨海部の産業用地整備に係る金融措置を活用する。", "industrial_land_development_support", True),
    ("重要鉱物の再資源化設備に対する投資促進支援の継続", "metal_resource_recycling_investment", True),
]


@pytest.mark.parametrize(("line", "mid", "named"), NAMED_IN_OWN_WORDS, ids=[f"{c[1]}-{i}" for i, c in
                                                                        enumerate(NAMED_IN_OWN_WORDS)])
def test_a_programme_named_in_the_plans_own_words_is_named(kb, line, mid, named):
    reading = read_plan_needs(hydrogen_plan(policy=line), kb, "A")
    assert (mid in reading.named) is named, sorted(reading.named)


@pytest.mark.parametrize(("title", "investment", "offered"), [
    ("臨海部の水素受入拠点クラスター", "水素の受入基地・貯蔵タンクの建設", False),
    ("水電解装置の量産拠点クラスター", "水電解装置の量産工場の新設", True),
])
def test_a_fuel_the_plan_imports_is_no_gx_product_it_makes(kb, title, investment, offered):
    plan = hydrogen_plan()
    plan.title = title
    plan.investments = [Investment(company="臨海水素株式会社", description=investment)]
    ids = [r.id for r in recommend_for_plan(plan, None, kb, top=40)]
    assert ("gx_products_manufacturing_capex" in ids) is offered, ids


@pytest.mark.parametrize(("strategy", "problem", "offered"), [
    ("受入基地は臨海工業団地の既存岸壁を使う。", "", False),  # the plan's area
    ("立地企業は工場用地の売買契約を締結済みである。", "", False),  # land already secured
    ("受入基地は臨海工業団地に建設する。", "関連企業向けの工業団地の区画が不足している。", True),
])
def test_land_finance_answers_a_lack_the_plan_states(kb, strategy, problem, offered):
    plan = hydrogen_plan(problem)
    plan.sections["A.4.1"] = SectionText(heading="(1) 基本戦略", text=strategy)
    ids = [r.id for r in recommend_for_plan(plan, None, kb, top=40)]
    assert ("industrial_land_development_support" in ids) is offered, ids


@pytest.mark.parametrize(("plan_type", "kosen", "rightsizing"), [("A", True, False), ("B", False, True)])
def test_the_broader_higher_education_line_gives_way_to_the_a_menus_universities(kb, plan_type, kosen, rightsizing):
    plan = hydrogen_plan(policy="県立大学に水素工学の学科を新設し、技術者を育成する。")
    plan.plan_type = plan_type
    ids = [r.id for r in recommend_for_plan(plan, None, kb, top=40)]
    assert ("university_kosen_capacity_strengthening" in ids) is kosen, ids
    assert ("higher_education_rightsizing_regional_needs" in ids) is rightsizing, ids
