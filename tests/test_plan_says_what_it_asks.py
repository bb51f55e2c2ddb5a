"""What a plan asks for is what it writes itself, as a problem or a plan (issue 19): the classes below, found on dev.

- the lines of the section that says how the plan's figures are counted (「（３）設定の根拠」, or the prescribed
  設定の根拠 written as a bare 「3-3 根拠」) are the basis of a figure: the college course whose graduates the
  人材育成数 counts is no school asked to change its size, and the technicians counted there are no need;
- the words the plan type prescribes for a heading (「（３）仕組みづくり」) are the form's, not the plan's: a heading
  written with nothing but them holds no object of the 仕組みづくり support (what the plan writes under it still does);
- an expert is sent for a problem (高度な経営課題に対する専門家派遣, `Measure.answers_need`): a plan that states no
  problem in management or exports gets no expert dispatch from its menu and its export direction alone;
- the window for adding value to local products follows what the plan makes: sawn and engineered wood (スギ・ヒノキ材,
  集成材, CLT) is the forestry agency's even where furniture is among the products, cider the tax agency's as sake is;
- 産地 is where any product is made (a weaving district as much as an orchard): no word of the farming sector, which
  let a textile plan pass the agri-food export platform's industry check.
Each case is a pair of plans that differ only in that signal. The plans are written here for these tests.
"""

from __future__ import annotations

import pytest

from chiiki_mirai.core.plan import Plan, SectionText
from chiiki_mirai.knowledge.loader import load_kb
from chiiki_mirai.recommender.api import classify_plan, plan_signals, recommend_for_plan
from chiiki_mirai.recommender.plan_reading import read_plan_needs
from tests.plan_sections import plan_of

HIGHER_EDUCATION = "higher_education_rightsizing_regional_needs"
FRAMEWORK = "local_industry_support_framework"
EXPERTS = "expert_dispatch_advanced_management"


@pytest.fixture(scope="module")
def kb():
    return load_kb()


def ids_for(kb, plan: Plan) -> list[str]:
    return [r.id for r in recommend_for_plan(plan, None, kb, top=40)]


# --- the basis of a figure is no need ------------------------------------------------------------------------------

def paper_plan(sid: str, heading: str) -> Plan:
    """A B plan for functional paper; the college's course appears only in the section given."""
    return plan_of("B", "機能紙産業の高度化プラン", "機能紙製造業", {
        "B.3.1": ("(1) 現状の整理", "機能紙の出荷額は県内製造業の1割を占める。"),
        sid: (heading, "人材：県内の高専に機能材料コースの学科（定員12人）を設け、技術者を育てる。"),
        "B.5.1": ("(1) 課題", "抄紙工程の技術者が足りない。"),
        "B.5.2": ("(2) 政策手段", "抄紙機の更新と海外の展示会への出展を進める。"),
    })


@pytest.mark.parametrize(("sid", "heading", "basis"), [
    ("B.3.3", "（３）設定の根拠", True),
    ("B.3.3", "3-3 根拠", True),  # the prescribed 設定の根拠 at the place the form gives it, written short
    ("B.9", "（参考）人材育成数の設定の根拠", True),  # a section the reader did not place: its heading says so
    ("B.4.2", "（２）人材の育成", False),
])
def test_the_lines_of_the_basis_section_count_a_figure(kb, sid, heading, basis):
    reading = read_plan_needs(paper_plan(sid, heading), kb, "B")
    course = [st for st in reading.statements if "機能材料コース" in st.text and not st.heading]
    assert course and all((st.kind == "basis") is basis for st in course), [(st.kind, st.text) for st in course]
    assert ("高専" in reading.student_objects) is not basis, sorted(reading.student_objects)


def test_a_college_counted_in_the_basis_is_not_asked_to_grow(kb):
    assert HIGHER_EDUCATION not in ids_for(kb, paper_plan("B.3.3", "（３）設定の根拠"))
    assert HIGHER_EDUCATION in ids_for(kb, paper_plan("B.4.2", "（２）人材の育成"))


# --- the form's heading is not the plan's words ----------------------------------------------------------------------

def crafts_plan(heading: str, text: str) -> Plan:
    """A C plan for lacquerware; only its 仕組みづくり section varies."""
    return plan_of("C", "漆器産地の販路拡大プラン", "漆器製造業", {
        "C.3.1": ("(1) 基本戦略", "漆器の海外向けの販路を広げる。"),
        "C.5.1": ("(1) 課題", "職人の後継者が不足している。"),
        "C.5.3": (heading, text),
    })


@pytest.mark.parametrize(("heading", "text", "asked"), [
    ("（３）仕組みづくり", "産地の組合が共同で受注し、職人の工房の稼働を平準化する。", False),
    ("（３）地場産業を支える仕組みづくり", "産地の組合が共同で受注し、職人の工房の稼働を平準化する。", False),
    ("（３）仕組みづくり", "閉校した小学校の校舎を共同工房に転用し、公共施設の集約と一体で進める。", True),
])
def test_the_prescribed_heading_alone_asks_for_no_framework_support(kb, heading, text, asked):
    plan = crafts_plan(heading, text)
    reading = read_plan_needs(plan, kb, "C")
    assert ("仕組みづくり" in reading.present or "公共施設" in reading.present) is asked, sorted(reading.present)
    assert (FRAMEWORK in ids_for(kb, plan)) is asked


def test_the_plan_writing_the_word_itself_still_counts(kb):
    """仕組みづくり written by the plan in a sentence (not as the form's heading) is its own word."""
    plan = crafts_plan("（３）仕組みづくり", "職人の技能を産地全体で継承する仕組みづくりを組合と進める。")
    assert "仕組みづくり" in read_plan_needs(plan, kb, "C").present


# --- an expert is sent for a stated problem --------------------------------------------------------------------------

def towel_plan(problem: str) -> Plan:
    """A C plan for towels that exports; only its problems line varies."""
    return plan_of("C", "タオル産地の海外展開プラン", "タオル製造業", {
        "C.3.1": ("(1) 基本戦略", "欧州の高級ホテル向けに輸出を伸ばす。"),
        "C.5.1": ("(1) 課題", problem),
        "C.5.2": ("(2) 政策手段", "海外の展示会に共同で出展し、輸出を拡大する。"),
    })


@pytest.mark.parametrize(("problem", "sent"), [
    ("染色工程の設備が古くなっている。", False),
    ("海外の商社との契約実務のノウハウが不足している。", True),
])
def test_expert_dispatch_answers_a_stated_problem(kb, problem, sent):
    assert (EXPERTS in ids_for(kb, towel_plan(problem))) is sent


def test_a_plan_naming_expert_dispatch_gets_it_without_a_problem(kb):
    plan = towel_plan("染色工程の設備が古くなっている。")
    plan.sections["C.5.2"] = SectionText(heading="(2) 政策手段",
                                         text="高度な経営課題に対する専門家派遣支援を活用し、輸出を拡大する。")
    assert EXPERTS in ids_for(kb, plan)


# --- the window by what the plan makes: timber and cider ------------------------------------------------------------

@pytest.mark.parametrize(("domain", "ministry"), [
    # sawn and engineered wood from the region's forest: the forestry agency, even with furniture among the products
    ("地元産ヒノキの製材品と、それを用いたCLT・内装パネル・家具", "maff"),
    ("スギの床材・羽目板と家具用の集成材", "maff"),
    ("欅を用いた手づくりの座卓・箪笥などの家具", "meti"),  # furniture alone stays manufacturing
    # cider is an alcoholic drink as sake is: 国税庁, although made of apples
    ("りんご加工品（シードル・ジャム・果汁）", "mof"),
    ("りんご加工品（ジャム・果汁・ドライフルーツ）", "maff"),
])
def test_the_window_for_local_products_follows_what_the_plan_makes(kb, domain, ministry):
    plan = plan_of("C", "地域産品の海外展開プラン", domain, {
        "C.3.1": ("(1) 基本戦略", "地域産品を高付加価値化し、台湾・香港へ輸出する。"),
        "C.5.1": ("(1) 課題", "海外向けの商品表示と販路開拓のノウハウが不足している。"),
    })
    rec = {r.id: r for r in recommend_for_plan(plan, None, kb, top=40)}["local_products_value_overseas_support"]
    assert (rec.window_id or rec.ministry_id) == ministry


# --- 産地 is where anything is made -----------------------------------------------------------------------------

@pytest.mark.parametrize(("domain", "farming"), [
    ("先染めの綿織物とシャツ地。産地のブランドで最終製品を直接販売する。", False),  # a weaving district is a 産地 too
    ("りんごとぶどうの生食用果実。産地のブランドで首都圏に直接販売する。", True),
])
def test_a_production_district_is_no_farming_sector(kb, domain, farming):
    """産地 names where a product is made, a textile or lacquer district as much as an orchard: it is no word of the
    farming sector (its own words are: りんご, ぶどう, 果樹)."""
    plan = plan_of("C", "産地の直販拡大プラン", domain, {"C.3.1": ("(1) 基本戦略", domain)})
    sectors = plan_signals(plan, kb, "C", classify_plan(plan, kb), []).sectors  # the sectors the ranker sees
    assert ("agriculture" in sectors) is farming, sectors
