"""Needs are what a plan states as its problems, not words it uses (issue 19): the classes below, found on dev.

- a heading whose head noun is 課題 lists problems, whatever stands before it (the C template's 「取組に向けた課題」):
  its lines are needs by their place; a heading ending in what is done (「課題と〇〇町が行う取組」) does not;
- a line of a problems section labelled as what is done about them (「ステークホルダーの取組：…」, 「対策：…」) is a
  commitment written beside the problems, not a problem: the land a municipality sells there is no lack of land;
- a council named in brackets after its members (「…大学等で構成する「○○推進会議」において確認する」) is the plan's own
  set-up, as a council with its members in parentheses already was: its members are no needs or objects;
- a need word stated as small or absent (「用地造成の負担が小さい」, 「人材の不足は生じない」) is an advantage the plan
  claims, not a need;
- 物流 in a clause about selling abroad (「海外向けの営業・物流・決済のノウハウ不足」) is the export's logistics, not the
  region's transport; ノウハウ in such a clause (「海外の取引先を開拓するノウハウが乏しい」) is the know-how of exporting,
  not a management problem for a business consultant;
- a plan or firm that names its industry by the loanword (「…ケミカル産業クラスター」) is in the chemical industry the
  process-transition support is for, as one writing 化学 is;
- the suppliers a business buys from (「地域の農家・ワイナリーから仕入れる」) and what it buys in (「食材・土産品の仕入れ」)
  are its inputs: no object of a measure (a hotel buying from wineries is no food-hub plan).
Each case is a pair of plans (or sentences) that differ only in that signal. The plans are written here for these tests.
"""

from __future__ import annotations

import pytest

from chiiki_mirai.core.plan import Industry, Investment, Plan, SectionText
from chiiki_mirai.knowledge.loader import load_kb
from chiiki_mirai.recommender.api import recommend_for_plan
from chiiki_mirai.recommender.modality import kind
from chiiki_mirai.recommender.plan_reading import read_plan_needs
from chiiki_mirai.recommender.plan_words import bare_of
from chiiki_mirai.recommender.themes import detect_themes


@pytest.fixture(scope="module")
def kb():
    return load_kb()


def battery_plan(problems_heading: str, problems: str, strategy: str = "") -> Plan:
    """An A plan for a battery-materials plant; only its problems section (and a strategy line) varies."""
    sections = {
        "A.3.1": ("(1) 基本戦略", "正極材の量産工場を新設し、国内の電池メーカーに供給する。" + strategy),
        "A.5.1": (problems_heading, problems),
        "A.5.2": ("(2) 国の政策的対応のニーズ", "正極材工場の設備投資への支援を求める。"),
    }
    return Plan(plan_type="A", title="臨海部の電池材料クラスター", industry=Industry(domain=""),
                investments=[Investment(company="臨海マテリアル株式会社", description="正極材の量産工場の新設")],
                sections={k: SectionText(heading=h, text=t) for k, (h, t) in sections.items()})


# --- a labelled commitment beside the problems is not a problem ------------------------------------------------------

@pytest.mark.parametrize(("line", "land_need"), [
    ("ステークホルダーの取組：市は市有地12haを工場用地として売却する。", False),
    ("対策：市は市有地12haを工場用地として売却する。", False),
    ("市は市有地12haを工場用地として売却する。", True),  # unlabelled, in a problems section: a problem by its place
    ("国の政策的対応のニーズ：臨海部の工場用地の造成への支援", True),  # a request is a need, though 対応 is in its label
    ("＜KPI②＞ 指標名：工場用地の造成面積 / 現状：0ha / 目標：12ha", False),
])
def test_a_labelled_commitment_in_a_problems_section_is_no_need(kb, line, land_need):
    reading = read_plan_needs(battery_plan("実現に向けた課題", line), kb, "A")
    assert ("land" in reading.needs) is land_need, {t: e.quote for t, e in reading.needs.items()}


def test_a_problem_beside_a_labelled_commitment_stays_a_need(kb):
    text = "電池材料の技術者が不足している。\nステークホルダーの取組：市は市有地12haを工場用地として売却する。"
    reading = read_plan_needs(battery_plan("実現に向けた課題", text), kb, "A")
    assert "talent" in reading.needs and "land" not in reading.needs, sorted(reading.needs)


@pytest.mark.parametrize(("heading", "talent_need"), [
    ("(1) 取組に向けた課題", True),
    ("(1) 事業推進に向けた課題", True),
    ("(1) 課題と市が行う取組", False),
    ("(1) 課題解決に向けたステークホルダーの取組", False),
])
def test_a_heading_whose_head_noun_is_kadai_lists_problems(kb, heading, talent_need):
    plan = battery_plan(heading, "正極材工場の運転を担う技術者（品質管理、設備保守）の確保")
    reading = read_plan_needs(plan, kb, "A")
    assert ("talent" in reading.needs) is talent_need, {t: e.quote for t, e in reading.needs.items()}


# --- a council named in brackets after its members is the plan's own set-up ------------------------------------------

@pytest.mark.parametrize(("sentence", "expected"), [
    ("計画の進捗は、市、核企業、地方整備局、大学等で構成する「臨海電池クラスター推進会議」において半期ごとに確認し、"
     "遅れがあればボトルネックを特定する。", "own"),
    ("計画の進捗は、市、核企業、地方整備局、大学等で構成する臨海電池クラスター推進会議において確認する。", "own"),
    ("進捗は「臨海電池クラスター推進会議」（市、核企業、大学で構成）で確認し、ボトルネックを特定する。", "own"),
    ("KPIは振興会議（町、漁協、町商工会、地元銀行）において半期ごとに確認し、遅れの課題を洗い出す。", "own"),
    ("KPIは振興会議（年2回）において確認し、遅れの課題を洗い出す。", "need"),  # no members listed: the need word counts
    ("計画の進捗は半期ごとに確認し、遅れがあればボトルネックを特定する。", "need"),  # no council: the need word counts
])
def test_a_council_named_after_its_members_is_the_plans_own_set_up(sentence, expected):
    assert kind(sentence) == expected


def test_the_members_of_the_plans_council_are_no_research_need(kb):
    council = "計画の進捗は、市、核企業、大学等で構成する「臨海電池クラスター推進会議」において確認し、ボトルネックを特定する。"
    plain = "計画の進捗は、市、核企業、大学等が確認し、ボトルネックを特定する。"
    needs = {text: read_plan_needs(battery_plan("実現に向けた課題", text), kb, "A").needs for text in (council, plain)}
    assert "research" not in needs[council]
    assert "research" in needs[plain]  # the same words outside a council are read as before


# --- a need word stated as small or absent is no need ----------------------------------------------------------------

@pytest.mark.parametrize(("sentence", "expected"), [
    ("既存の岸壁を共用でき、用地造成の負担が小さい。", "other"),
    ("既存の岸壁を共用でき、用地造成の負担が大きい。", "need"),
    ("近隣に大学があり、技術者の不足は生じない見込みである。", "other"),
    ("近隣に大学がなく、技術者の不足が見込まれる。", "need"),
    ("原料の調達リスクが低い。", "other"),
    ("原料の調達リスクが高い。", "need"),
    ("物流の負担の軽減が課題である。", "need"),  # 軽減 is not 軽い: the burden is the problem
])
def test_a_need_word_stated_as_small_is_no_need(sentence, expected):
    assert kind(sentence) == expected


def test_an_advantage_the_plan_claims_gives_no_need(kb):
    small = battery_plan("(2) 産業・製品", "", "既存の工場用地を共用でき、用地造成の負担が小さい。")
    large = battery_plan("(2) 産業・製品", "", "既存の工場用地は手狭で、用地造成の負担が大きい。")
    assert "land" not in read_plan_needs(small, kb, "A").needs
    assert "land" in read_plan_needs(large, kb, "A").needs


# --- what a business buys in, and from whom, is its input -----------------------------------------------------------

@pytest.mark.parametrize(("text", "word", "kept"), [
    ("宿泊施設が地域の農家・ワイナリーから仕入れる金額を増やす。", "ワイナリー", False),
    ("食材・土産品の仕入れを町内事業者に優先して発注する。", "食材", False),
    ("ワイナリーを巡る体験ツアーを造成する。", "ワイナリー", True),
    ("地元の食材を使った料理体験を販売する。", "食材", True),
    ("設備資金を地域金融機関から調達する。", "金融機関", True),  # finance the plan seeks is no input bought in
])
def test_suppliers_and_goods_bought_in_are_no_objects(text, word, kept):
    assert (word in bare_of(text)) is kept, bare_of(text)


def tourism_plan(line: str) -> Plan:
    """A C plan for hot-spring inns; only one strategy line varies."""
    sections = {
        "C.3.1": ("(1) 基本戦略", "温泉旅館の長期滞在プランを欧米の個人旅行者に販売する。" + line),
        "C.4.1": ("(1) 課題", "旅館の人手が不足している。"),
    }
    return Plan(plan_type="C", title="温泉郷の長期滞在観光プラン", industry=Industry(domain="宿泊業", products=["長期滞在プラン"]),
                sections={k: SectionText(heading=h, text=t) for k, (h, t) in sections.items()})


def test_an_inn_buying_from_wineries_is_no_food_hub_plan(kb):
    bought = read_plan_needs(tourism_plan("旅館が地域のワイナリーから仕入れる金額を増やす。"), kb, "C")
    visited = read_plan_needs(tourism_plan("ワイナリーを巡る体験ツアーを造成する。"), kb, "C")
    assert "ワイナリー" not in bought.present
    assert "ワイナリー" in visited.present


# --- the logistics of exports are no local transport --------------------------------------------------------------

@pytest.mark.parametrize(("text", "transport", "export"), [
    ("海外向けの営業・物流・決済のノウハウが不足している。", False, True),
    ("輸出の物流費が重い。", False, True),
    ("町内の物流と路線バスの担い手が不足している。", True, False),
    ("輸出のノウハウが不足し、町内の物流も担い手が足りない。", True, True),  # two clauses: each in its own sense
])
def test_the_logistics_of_exports_are_no_local_transport(text, transport, export):
    themes = detect_themes(text)
    assert ("local_transport" in themes) is transport and ("export" in themes) is export, themes


# --- the know-how of selling abroad is an export need, not a management one ----------------------------------------

@pytest.mark.parametrize(("text", "management", "export"), [
    ("海外の取引先を開拓するノウハウが乏しい。", False, True),
    ("北米の小売チェーンの品質監査に対応するノウハウが足りない。", False, True),
    ("工房の原価計算のノウハウが足りない。", True, False),
    ("輸出の手続のノウハウがなく、工房の原価計算のノウハウも足りない。", True, True),  # two clauses, each in its sense
])
def test_the_know_how_of_exporting_is_no_management_need(text, management, export):
    themes = detect_themes(text)
    assert ("management" in themes) is management and ("export" in themes) is export, themes


# --- the chemical industry named by its loanword -------------------------------------------------------------------

@pytest.mark.parametrize(("title", "offered"), [
    ("臨海ケミカル産業クラスター", True),
    ("臨海化学産業クラスター", True),
    ("臨海水素産業クラスター", False),  # the same text, but the plan's own industry is hydrogen supply
])
def test_a_chemical_plan_named_by_the_loanword_is_in_the_chemical_industry(kb, title, offered):
    plan = battery_plan("(1) 産業集積に向けた課題", "基礎化学品の原料を石油からメタノールに転換する設備の資金が不足している。")
    plan.title = title
    plan.investments = [Investment(company="臨海グリーン株式会社", description="メタノール製造設備の新設")]
    ids = [r.id for r in recommend_for_plan(plan, None, kb, top=40)]
    assert ("hard_to_abate_process_transition" in ids) is offered, ids
