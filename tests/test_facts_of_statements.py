"""Facts computed from statements as the reader gives them (built here, where a short draft cannot produce the
combination): the investment total from a core project's own total, the core project's subsidy, a KGI's current
level."""

from __future__ import annotations

import dataclasses
from typing import Any

import pytest

from chiiki_mirai.core.plan import (
    KGI,
    Author,
    Company,
    Evidence,
    Industry,
    Localization,
    Period,
    Plan,
    Ripple,
    RippleTarget,
    SectionText,
    Submission,
)
from chiiki_mirai.core.statement import Place, Statement
from chiiki_mirai.knowledge.loader import load_kb
from chiiki_mirai.rules.facts import Fact, derive_facts
from chiiki_mirai.rules.facts.compute import normalise_result
from tests.facts_reading import TODAY


def _investment(topic: str, line: int, value: float, **attrs: Any) -> Statement:
    return Statement(kind="investment", topic=topic, value=value, unit="円", attrs=attrs,
                     place=Place(line=line, quote=f"{line}行目の金額 {value / 1e8:,.0f}億円"))


@pytest.mark.parametrize(
    ("core_total", "total", "lines"),
    [
        # the core project's own total (its phases beyond the amount listed) plus the related projects
        (1_500e8, 1_562e8, [5, 3, 4]),
        # a core total no larger than the core projects listed adds nothing: the projects are summed
        (1_200e8, 1_262e8, [5, 3, 4]),
        (1_000e8, 1_262e8, [5, 3, 4]),
    ],
)
def test_investment_total_from_the_core_total_and_related_projects(core_total: float, total: float, lines: list[int]) -> None:
    """000 A.(2)④: the total the draft states for its core project counts in place of the core projects' amounts
    when it is larger; related projects (core False) are added either way (statements as the reader gives them)."""
    plan = Plan(statements=[
        _investment("project", 3, 1_200e8, core=True),
        _investment("project", 4, 62e8, core=False),
        _investment("total", 5, core_total, scope="core"),
    ])
    f = derive_facts(plan, load_kb(), "A", TODAY)["investment_total"]
    assert (f.value, [e.line for e in f.evidence]) == (total, lines)


def test_the_first_core_total_stated_is_the_core_projects() -> None:
    plan = Plan(statements=[
        _investment("project", 3, 1_200e8, core=True),
        _investment("project", 4, 62e8, core=False),
        _investment("total", 5, 1_500e8, scope="core"),
        _investment("total", 6, 1_000e8, scope="core"),  # a later line's subtotal (a phase)
    ])
    f = derive_facts(plan, load_kb(), "A", TODAY)["investment_total"]
    assert (f.value, [e.line for e in f.evidence], f.shown()) == (1_562e8, [5, 6, 3], "1,562億円")


@pytest.mark.parametrize(
    ("modality", "uncertain", "shown"),
    [("affirmed", False, "1,500億円"), ("planned", False, "1,500億円"),  # 「投資総額1,500億円を投じる」
     ("considering", True, "1,500億円（精査中・見込み）")],  # 「精査中」: a reviewer weighs it
)
def test_a_plans_total_is_for_review_only_while_it_is_being_worked_out(modality: str, uncertain: bool, shown: str) -> None:
    total = _investment("total", 5, 1_500e8, scope="plan").model_copy(update={"modality": modality})
    f = derive_facts(Plan(statements=[_investment("project", 3, 1_200e8, core=True), total]), load_kb(), "A", TODAY)
    got = f["investment_total"]
    assert (got.value, got.uncertain, got.shown(), [e.line for e in got.evidence]) == (1_500e8, uncertain, shown, [5])


def test_a_total_that_says_neither_the_plans_nor_the_cores_counts_for_nothing() -> None:
    """A total from a plan given as statements (JSON) without its scope: the projects are summed."""
    other = Statement(kind="investment", topic="total", value=2_000e8, unit="円", place=Place(line=5, quote="総額 2,000億円"))
    plan = Plan(statements=[_investment("project", 3, 1_200e8, core=True), _investment("project", 4, 62e8, core=False), other])
    f = derive_facts(plan, load_kb(), "A", TODAY)["investment_total"]
    assert (f.value, [e.line for e in f.evidence]) == (1_262e8, [3, 4])


def test_a_project_not_marked_related_is_not_added_to_the_cores_total() -> None:
    """A project the draft marks neither core nor related may be part of the core's own total: only related ones add."""
    plan = Plan(statements=[_investment("project", 3, 1_200e8, core=True), _investment("project", 4, 62e8, core=None),
                            _investment("total", 5, 1_500e8, scope="core")])
    f = derive_facts(plan, load_kb(), "A", TODAY)["investment_total"]
    assert (f.value, [e.line for e in f.evidence]) == (1_500e8, [5, 3, 4])


@pytest.mark.parametrize(
    ("modality", "total", "lines"),
    [("placeholder", 1_262e8, [3, 4]),  # a slot (「総額〇〇億円」) counts for nothing: the projects are summed
     ("planned", 1_562e8, [5, 3, 4]), ("affirmed", 1_562e8, [5, 3, 4])],  # a core total planned or stated counts
)
def test_a_core_total_counts_unless_left_as_a_slot(modality: str, total: float, lines: list[int]) -> None:
    core = _investment("total", 5, 1_500e8, scope="core").model_copy(update={"modality": modality})
    plan = Plan(statements=[_investment("project", 3, 1_200e8, core=True), _investment("project", 4, 62e8, core=False), core])
    f = derive_facts(plan, load_kb(), "A", TODAY)["investment_total"]
    assert (f.value, [e.line for e in f.evidence]) == (total, lines)




def _project(line: int, company: str, core: bool | None) -> Statement:
    return Statement(kind="investment", topic="project", subject=company, value=100e8, unit="円", attrs={"core": core},
                     place=Place(line=line, quote=f"{company}の投資"))


def _award(line: int, text: str, modality: str = "affirmed", subject: str | None = None, core: bool | None = None) -> Statement:
    return Statement(kind="investment", topic="subsidy", subject=subject, modality=modality, attrs={"core": core, "text": text},
                     place=Place(line=line, quote=text))


CORE, RELATED = _project(3, "響灘水素エナジー株式会社", True), _project(4, "九州臨海化学株式会社", False)
ADOPTED, SOUGHT = "GX補助金に採択済み", "大規模成長投資補助金に申請予定"
SUBSIDY_CASES = [
    # (statements, adopted (value, lines), pending (value, lines))
    ("the_core_projects_award", [CORE, RELATED, _award(5, ADOPTED, core=True)], (ADOPTED, [5]), (None, [])),
    ("the_core_projects_award_by_its_name", [CORE, RELATED, _award(5, ADOPTED, subject="響灘水素エナジー株式会社")], (ADOPTED, [5]), (None, [])),
    ("a_related_projects_award_says_nothing_of_the_core", [CORE, RELATED, _award(5, ADOPTED, subject="九州臨海化学株式会社")],
     (None, []), (None, [])),
    ("a_related_projects_marked_award_neither", [CORE, RELATED, _award(5, ADOPTED, core=False)], (None, []), (None, [])),
    ("an_award_of_no_project_beside_the_cores_application_is_not_the_cores",
     [CORE, _award(5, ADOPTED), _award(6, SOUGHT, "considering", core=True)], (None, []), (SOUGHT, [6])),
    ("the_cores_award_beside_another_application_of_it_counts",
     [CORE, _award(5, ADOPTED, core=True), _award(6, SOUGHT, "considering", core=True)], (ADOPTED, [5]), (None, [])),
    ("the_cores_award_by_name_beside_an_application_counts",
     [CORE, _award(5, ADOPTED, subject="響灘水素エナジー株式会社"), _award(6, SOUGHT, "considering", core=True)], (ADOPTED, [5]), (None, [])),
    ("an_award_of_no_project_alone_counts", [CORE, _award(5, ADOPTED)], (ADOPTED, [5]), (None, [])),
    ("no_core_marked_every_projects_award_counts", [_project(3, "A株式会社", None), _award(5, ADOPTED, subject="A株式会社")],
     (ADOPTED, [5]), (None, [])),
    ("awards_sought_not_given_or_left_as_a_slot_are_pending",
     [CORE, _award(5, SOUGHT, "considering", core=True), _award(6, "採択されていない", "negated", core=True),
      _award(7, "〇〇補助金", "placeholder", core=True)], (None, []), (SOUGHT, [5, 6])),
    ("an_award_planned_is_neither", [CORE, _award(5, "採択を目指す", "planned", core=True)], (None, []), (None, [])),
    # an application read without its own words (a table's row): its line is quoted, the first one's
    ("an_application_without_its_words_is_quoted_by_its_line",
     [CORE, _award(5, SOUGHT, "considering").model_copy(update={"attrs": {"core": True}}),
      _award(6, "〇〇補助金", "placeholder", core=True)], (None, []), (SOUGHT, [5, 6])),
    # the first core project's award by its name, beside its own application by name: the award is given (the
    # reader gives each line's name as a string of its own: equal, not the same object)
    ("the_first_cores_award_by_name_beside_its_application_by_name_counts",
     [CORE, _award(5, ADOPTED, subject="".join("響灘水素エナジー株式会社")),
      _award(6, SOUGHT, "considering", subject="".join("響灘水素エナジー株式会社"))], (ADOPTED, [5]), (None, [])),
    # the lead is the first core project with a name: a core row naming no company before it (the projects as a
    # whole) does not hide that its own award is only sought
    ("the_first_named_core_project_leads_past_an_unnamed_core_row",
     [_project(2, "", True).model_copy(update={"subject": None}), CORE, _award(5, ADOPTED, core=True),
      _award(6, SOUGHT, "considering", subject="".join("響灘水素エナジー株式会社"))], (None, []), (SOUGHT, [6])),
    # a second core project's award does not assure the first one's own application (whatever the names' order)
    *[(f"a_second_cores_award_does_not_assure_the_firsts_application_{i}",
       [CORE, _project(4, second, True), _award(5, ADOPTED, subject=second),
        _award(6, SOUGHT, "considering", subject="".join("響灘水素エナジー株式会社"))], (None, []), (SOUGHT, [6]))
      for i, second in enumerate(["龍野化成株式会社", "四国ブラックマス株式会社"])],
]


@pytest.mark.parametrize(("statements", "adopted", "pending"), [c[1:] for c in SUBSIDY_CASES], ids=[c[0] for c in SUBSIDY_CASES])
def test_the_core_projects_subsidy_adopted_or_pending(statements: list[Statement], adopted: tuple, pending: tuple) -> None:
    """000 A.(2)③ 「補助金等の採択が行われている等により投資実現の確度が保証されている」: the core project's award."""
    f = derive_facts(Plan(statements=statements), load_kb(), "A", TODAY)
    for name, (value, lines) in (("investment_subsidy_adopted", adopted), ("investment_subsidy_pending", pending)):
        assert (f[name].value, [e.line for e in f[name].evidence]) == (value, lines), name



@pytest.mark.parametrize("role", ["current", "base"])
def test_todays_level_of_a_kgi_is_no_target(role: str) -> None:
    """A KGI's current level (a 現状値 column) or its base year's (基準値) sets nothing: C's productivity at today's
    level is no value-added KGI."""
    today = Statement(kind="kgi", topic="productivity", subject="一人当たり付加価値労働生産性", role=role, value=8e6,  # type: ignore[arg-type]
                      unit="円", place=Place(line=3, quote="一人当たり付加価値労働生産性 現状値 800万円"))
    f = derive_facts(Plan(statements=[today]), load_kb(), "C", TODAY)
    assert (f["kgi_value_added_set"].value, f["kgi_productivity_value"].value) == (None, None)
    assert [e.line for e in f["kgi_productivity_value"].evidence] == [3]
    # nor is it a mandatory KGI set, beside KGIs that are
    kgis = [Statement(kind="kgi", topic=k, subject=k, value=v, unit=u, year=2030, role="target", place=Place(line=n, quote=k))
            for k, v, u, n in (("investment", 5e8, "円", 4), ("talent", 40, "人", 5))]
    value_added_today = today.model_copy(update={"topic": "value_added"})
    g = derive_facts(Plan(statements=[*kgis, value_added_today]), load_kb(), "B", TODAY)["kgi_mandatory_all"]
    assert (g.value, g.shown()) == (False, "未設定: 計画での付加価値増加額")



def _claim(line: int, quote: str, modality: str, confidence: float) -> Statement:
    return Statement(kind="claim", topic="procurement_local", modality=modality, confidence=confidence,
                     place=Place(line=line, quote=quote))


HOME = _claim(3, "主要部品は県内の協力企業から調達している。", "affirmed", 1.0)


@pytest.mark.parametrize(
    ("modality", "abroad_confidence", "value", "uncertain", "lines"),
    [
        ("negated", 0.5, None, True, [3, 4]),  # stated with confidence (core/claim_rules.STATED): for a person to weigh
        ("negated", 0.9, None, True, [3, 4]),
        ("negated", 0.4, "国内・域内調達", False, [3]),  # read too weakly to set against the home procurement
        ("planned", 0.9, "国内・域内調達", False, [3]),  # a plan to procure (more) at home is no import
    ],
)
def test_key_parts_from_abroad_weigh_against_home_procurement_when_stated(modality: str, abroad_confidence: float,
                                                                          value: Any, uncertain: bool, lines: list[int]) -> None:
    abroad = _claim(4, "基幹部品は海外から輸入している。", modality, abroad_confidence)
    f = derive_facts(Plan(statements=[HOME, abroad]), load_kb(), "B", TODAY)["procurement_local_or_domestic"]
    assert (f.value, f.uncertain, [e.line for e in f.evidence]) == (value, uncertain, lines)


@pytest.mark.parametrize(
    ("imported", "value", "uncertain", "lines"),
    [
        # the key word names the input bought abroad: not 「主に国内」 (001 ③)
        ("重要な部材は欧州の専門メーカーから購入している。", False, False, [4]),
        ("基幹の駆動チップは海外から輸入している。", False, False, [4]),
        # the key word names a firm, not what it buys: which inputs are essential is for a person to weigh
        ("中核企業が使う事務機器は海外メーカーから購入している。", None, True, [3, 4]),
        ("中核企業の梱包材は海外から輸入している。", None, True, [3, 4]),
    ],
)
def test_an_import_outweighs_home_procurement_only_when_the_key_word_names_the_input(
        imported: str, value: Any, uncertain: bool, lines: list[int]) -> None:
    home = _claim(3, "資材の大半は県内の取引先から購入している。", "affirmed", 1.0)
    f = derive_facts(Plan(statements=[home, _claim(4, imported, "negated", 0.9)]), load_kb(), "B", TODAY)
    got = f["procurement_local_or_domestic"]
    assert (got.value, got.uncertain, [e.line for e in got.evidence]) == (value, uncertain, lines)


def test_procurement_left_to_each_firm_leaves_no_roadmap_to_review() -> None:
    """001 ③ asks for a roadmap where procurement is not mainly at home; a plan that leaves where to buy to each firm
    (「…本計画では各社の判断に委ねる」) answers that it sets none, in words whose mood needs no classifier: a weak
    roadmap candidate elsewhere does not make the answer unknown."""
    weak = Statement(kind="claim", topic="procurement_roadmap", modality="planned", confidence=0.45,
                     place=Place(line=3, quote="目標年度は2030年度とし、その先の姿も参考に示す。"))
    left = Statement(kind="claim", topic="procurement_local", modality="considering", confidence=0.4,
                     place=Place(line=5, quote="原料の調達先は、各社が取引先と決めており、本計画では各社の判断に委ねる。"))
    f = derive_facts(Plan(statements=[weak, left]), load_kb(), "B", TODAY)["procurement_roadmap_stated"]
    assert (f.value, f.uncertain) == (None, False)


def test_home_procurement_weighed_against_parts_from_abroad_shows_the_first_import_told() -> None:
    imports = [_claim(4, "基幹部品は海外から輸入している。", "negated", 0.9),
               _claim(7, "制御用の半導体も海外メーカーから購入している。", "negated", 0.9)]
    f = derive_facts(Plan(statements=[HOME, *imports]), load_kb(), "B", TODAY)["procurement_local_or_domestic"]
    assert (f.uncertain, f.shown(), [e.line for e in f.evidence]) == (
        True, "要確認：主要部品は県内の協力企業から調達している。／基幹部品は海外から輸入している。", [3, 4])



@pytest.mark.parametrize(
    ("confidence", "p", "same_cluster"),
    [(0.6, 0.9, "本市は県と異なるクラスターは目指さない。"), (0.5, 0.5, "本市は県と異なるクラスターは目指さない。"),
     (0.4, 0.9, None), (0.6, 0.4, None)],
)
def test_a_difference_denied_with_confidence_states_the_prefectures_cluster(confidence: float, p: float,
                                                                            same_cluster: str | None) -> None:
    """000 B.(4)①※: a designated city's B plan that denies aiming at a different cluster, read with confidence (the
    statement's confidence and the classifier's own probability at STATED / LEANS or above), is on the prefecture's."""
    denial = Statement(kind="claim", topic="different_cluster", modality="negated", confidence=confidence, attrs={"p": p},
                       place=Place(line=4, quote="本市は県と異なるクラスターは目指さない。"))
    plan = Plan(authors=[Author(name="北九州市", kind="designated_city")], statements=[denial])
    f = derive_facts(plan, load_kb(), "B", TODAY)
    assert f["author_same_cluster_as_prefecture"].value == same_cluster
    assert f["author_different_cluster_stated"].value is None



@pytest.mark.parametrize(
    ("topic", "stated"),
    [("competitive_advantage", True), ("comparison", False), ("market_need", False)],
)
def test_under_the_international_item_only_an_advantage_states_world_level_competitiveness(topic: str, stated: bool) -> None:
    """000 A.(2)②: a claim under 国際的な競争優位性 (A.1.4) states it when it is an advantage; a comparison or a
    need written there does not."""
    quote = "独自の接合技術で、短納期の量産に対応できる。"
    claim = Statement(kind="claim", topic=topic, place=Place(item="A.1.4", line=5, quote=quote))
    f = derive_facts(Plan(statements=[claim]), load_kb(), "A", TODAY)["international_competitiveness_stated"]
    assert f.value == (quote if stated else None)



def test_the_heads_support_cites_the_first_line_naming_the_head() -> None:
    """000 B.(2)⑥: the body a head leads is the support; its evidence is the first line naming the head (a deputy
    named later is a head word too)."""
    def support(topic: str, subject: str, line: int) -> Statement:
        return Statement(kind="support", topic=topic, subject=subject, place=Place(line=line, quote=f"{line}行目：{subject}"))

    plan = Plan(authors=[Author(name="熊本県", kind="prefecture")],
                statements=[support("lead", "知事", 5), support("body", "くまもと産業伴走支援本部", 5), support("lead", "副知事", 7)])
    f = derive_facts(plan, load_kb(), "B", TODAY)["support_lead_head"]
    assert (f.value, [e.line for e in f.evidence]) == ("くまもと産業伴走支援本部", [5])



@pytest.mark.parametrize(
    ("name", "not_local_government", "unusual"),
    [("南九州観光推進協議会", "南九州観光推進協議会", None), ("南部広域連合", None, "南部広域連合"),
     ("南部地域振興センター", None, "南部地域振興センター")],
)
def test_an_author_of_no_known_kind_is_private_only_by_its_name(name: str, not_local_government: str | None,
                                                                 unusual: str | None) -> None:
    """A body named as a company, an association or a council is no local government; a regional union, or a body
    whose name says neither, is an unusual author for a person to check."""
    f = derive_facts(Plan(authors=[Author(name=name)]), load_kb(), "C", TODAY)
    assert (f["author_not_local_government"].value, f["author_kind_unusual"].value) == (not_local_government, unusual)


def test_a_dependence_under_the_current_situation_item_counts_when_no_reduction_is_stated() -> None:
    """000 C.(2)④: the plan's dependence, wherever it is told, unless the plan states reducing it (then the one told
    under 現状の整理 is what the plan answers)."""
    told = Statement(kind="claim", topic="over_dependence", place=Place(item="C.3.1", line=5, quote="売上の8割を大手チェーン1社に依存している。"))
    f = derive_facts(Plan(statements=[told]), load_kb(), "C", TODAY)["franchise_dependency"]
    assert (f.value, [e.line for e in f.evidence]) == ("売上の8割を大手チェーン1社に依存している。", [5])
    reducing = Statement(kind="claim", topic="over_dependence", place=Place(item="C.3.2", line=7, quote="大手チェーンへの依存を5割に引き下げる。"))
    assert derive_facts(Plan(statements=[told, reducing]), load_kb(), "C", TODAY)["franchise_dependency"].value is False


def test_a_kgis_basis_listed_first_does_not_hide_the_kgis() -> None:
    basis = Statement(kind="kgi", topic="basis", attrs={"text": "企業への聞き取りによる積み上げ"}, place=Place(line=3, quote="設定根拠"))
    kgi = Statement(kind="kgi", topic="investment", subject="官民設備投資額", value=4e9, unit="円", year=2030, role="target",
                    place=Place(line=4, quote="官民設備投資額 2030年度 40億円"))
    f = derive_facts(Plan(statements=[basis, kgi]), load_kb(), "B", TODAY)["kgi_count"]
    assert (f.value, [e.line for e in f.evidence]) == (1, [4])


def _share(line: int, value: float, role: str = "current", topic: str | None = None, year: int | None = None,
           **attrs: Any) -> Statement:
    return Statement(kind="procurement", topic=topic, role=role, value=value, year=year, unit="%", attrs=attrs,
                     place=Place(line=line, quote=f"{line}行目の割合 {value:.0%}"))


PROCURE_HOME = _claim(3, "加工工程は県内の協力企業に委託している。", "affirmed", 1.0)


@pytest.mark.parametrize(
    ("shares", "value", "lines"),
    [
        # a key input mostly bought abroad (half or more, by the plan's own figure): not 「主に国内」; the first such
        # figure is quoted
        ([_share(4, 0.6, topic="abroad", input="原料"), _share(5, 0.8, topic="abroad", input="部品")], False, [4]),
        ([_share(4, 0.5, topic="abroad", input="原料")], False, [4]),
        # under half abroad, or a share abroad of no key input: the procurement at home stated in words stands
        ([_share(4, 0.3, topic="abroad", input="原料")], "国内・域内調達", [3]),
        ([_share(4, 0.6, topic="abroad")], "国内・域内調達", [3]),
    ],
)
def test_a_key_input_mostly_bought_abroad_is_no_home_procurement(shares: list[Statement], value: Any,
                                                                  lines: list[int]) -> None:
    f = derive_facts(Plan(statements=[PROCURE_HOME, *shares]), load_kb(), "B", TODAY)["procurement_local_or_domestic"]
    assert (f.value, [e.line for e in f.evidence]) == (value, lines)


def test_a_key_input_bought_abroad_weighs_the_same_in_a_plan_saved_and_read_back() -> None:
    """A plan saved as JSON and read back (its words are new strings, equal but not the same objects): the share of a
    key input bought mostly abroad still outweighs the procurement at home stated in words."""
    saved = Plan(statements=[PROCURE_HOME, _share(4, 0.7, topic="abroad", input="樹脂")]).model_dump_json()
    f = derive_facts(Plan.model_validate_json(saved), load_kb(), "B", TODAY)["procurement_local_or_domestic"]
    assert (f.value, [e.line for e in f.evidence]) == (False, [4])


@pytest.mark.parametrize(
    ("targets", "shown"),
    [([_share(6, 0.6, role="target", year=2030)], "2030年度までに域内調達を60%へ"),
     ([_share(6, 0.6, role="target")], "域内調達を60%へ"),  # a target without its year
     # of two targets, the first written is the roadmap
     ([_share(6, 0.6, role="target", year=2030), _share(7, 0.8, role="target", year=2035)], "2030年度までに域内調達を60%へ"),
     # no share at home to reach, but a key input's share abroad brought down: the first one written
     ([_share(6, 0.4, role="target", topic="abroad", year=2030), _share(7, 0.1, role="target", topic="abroad", year=2035)],
      "2030年度までに海外からの調達を40%へ")],
)
def test_a_dated_target_share_is_the_roadmap(targets: list[Statement], shown: str) -> None:
    f = derive_facts(Plan(statements=targets), load_kb(), "B", TODAY)["procurement_roadmap_stated"]
    assert (f.value, [e.line for e in f.evidence]) == (shown, [6])


# an item where the market need belongs (B.3.1) that names a need in 20 characters or more is text for a person to
# read when the reader found no claim; a shorter text holds too little, and the criterion stays unmet
@pytest.mark.parametrize(
    ("text", "uncertain"),
    [("欧州で精密減速機の需要が年率8%で伸びる", True), ("欧州で精密減速機の需要が年率8%伸びる", False)],
)
def test_an_unread_market_need_item_goes_to_a_person_from_20_characters(text: str, uncertain: bool) -> None:
    assert len(text) == (20 if uncertain else 19)
    plan = Plan(sections={"B.3.1": SectionText(heading="市場ニーズ", text=text)})
    f = derive_facts(plan, load_kb(), "B", TODAY)["market_needs_stated"]
    assert f.uncertain is uncertain
    assert [e.text for e in f.evidence] == ([text] if uncertain else [])


def test_an_unread_items_candidate_shows_its_first_80_characters() -> None:
    text = "欧州で精密減速機の需要が年率8%で伸びている。" + "協働ロボットの普及により小型で高精度な減速機の調達先が不足している。" * 3
    assert len(text) > 80
    plan = Plan(sections={"B.3.1": SectionText(heading="市場ニーズ", text=text)})
    f = derive_facts(plan, load_kb(), "B", TODAY)["market_needs_stated"]
    assert (f.uncertain, f.shown(), [e.text for e in f.evidence]) == (True, "要確認：" + text[:80], [text[:200]])


def test_an_unread_kpi_items_candidate_shows_its_first_80_characters() -> None:
    text = "KPIとして、伴走支援を受けた事業者数を年間30社、新製品の試作件数を年間12件とし、" + "四半期ごとに推進会議で進捗を確認する。" * 4
    assert len(text) > 80
    plan = Plan(sections={"B.5.3": SectionText(heading="KPI及びKPI未達時の撤退基準の設定", text=text)})
    f = derive_facts(plan, load_kb(), "B", TODAY)["kpi_count"]
    assert (f.uncertain, f.shown(), [e.text for e in f.evidence]) == (True, "要確認：" + text[:80], [text[:200]])


_WELDING = "溶接技能講習の修了者数：2030年度までに人材育成600人を目標とする"
_LANDSCAPING = "目標：二〇三一年度までに累計四百五十人（人材育成）"
_LANDSCAPING_KPI = Statement(kind="kpi", subject="造園技能講習の修了者数", attrs={"target": "2031年度までに累計450人（人材育成）"},
                             place=Place(item="B.5.3", line=3, quote="③ 造園技能講習の修了者数"))


@pytest.mark.parametrize(("text", "kpis", "shown"), [
    # the line is a KPI the reader read: it is that KPI, so the KGI stays unset (a gap)
    (_WELDING, [Statement(kind="kpi", subject="溶接技能講習の修了者数", value=600, unit="人", year=2030, role="target",
                          place=Place(item="B.5.3", line=4, quote=_WELDING))], "未記載"),
    # a KPI record: its name quoted, its target on the line under it
    (_WELDING, [Statement(kind="kpi", subject="溶接技能講習の修了者数", attrs={"target": "2030年度までに人材育成600人を目標とする"},
                          place=Place(item="B.5.3", line=3, quote="① 溶接技能講習の修了者数"))], "未記載"),
    # no KPI holds the line: a KGI set in the KPI item is present, a reviewer reads it
    (_WELDING, [], "要確認：溶接技能講習の修了者数:2030年度までに人材育成600人を目標とする"),
    # the line in kanji numerals, the KPI's target read in digits: the KPI holds it all the same
    (_LANDSCAPING, [_LANDSCAPING_KPI], "未記載"),
    # the same kanji line with no KPI read is still a KGI candidate for a reviewer
    (_LANDSCAPING, [], "要確認：目標:二〇三一年度までに累計四百五十人(人材育成)"),
])
def test_a_kpi_items_line_a_kpi_holds_is_no_kgi_candidate(text: str, kpis: list[Statement], shown: str) -> None:
    plan = Plan(sections={"B.5.3": SectionText(heading="KPI及びKPI未達時の撤退基準の設定", text=text)}, statements=kpis)
    assert derive_facts(plan, load_kb(), "B", TODAY)["kgi_talent_value"].shown() == shown


SUPPORT_EVIDENCE = Evidence(section="相談窓口", line=5, text="県産業振興課に相談窓口を設置する。")


def _support_line(line: int, topic: str, subject: str | None = None, value: float | None = None,
                  modality: str = "affirmed") -> Statement:
    return Statement(kind="support", topic=topic, subject=subject, value=value, modality=modality,
                     place=Place(line=line, quote=f"{line}行目の伴走支援体制"))


@pytest.mark.parametrize(
    ("support", "fact", "value", "lines"),
    [
        # a staff count is a support system stated even when no name goes with it (a plan given as statements)
        ([_support_line(5, "staff", value=4)], "support_staff_stated", 4, [5]),
        # a support line with neither a name nor a figure says nothing: not even its evidence is cited
        ([_support_line(5, "frequency")], "support_frequency_stated", None, []),
        ([_support_line(5, "frequency"), _support_line(6, "frequency", "月1回")], "support_frequency_stated", "月1回", [6]),
        ([_support_line(5, "frequency", "四半期ごと"), _support_line(6, "frequency", "月1回")], "support_frequency_stated",
         "四半期ごと", [5]),
        # only what the draft holds as done or decided: a bank still being arranged is no bank in the support
        ([_support_line(5, "finance", "北浜銀行", modality="considering")], "support_financial_institutions", None, []),
        ([_support_line(5, "body", "伴走支援チーム", modality="considering")], "support_system_stated", None, []),
        ([_support_line(5, "body", "伴走支援チーム", modality="planned")], "support_system_stated", "伴走支援チーム", [5]),
    ],
)
def test_support_counts_what_is_held_with_a_name_or_a_figure(support: list[Statement], fact: str, value: Any,
                                                               lines: list[int]) -> None:
    f = derive_facts(Plan(statements=support), load_kb(), "B", TODAY)[fact]
    assert (f.value, [e.line for e in f.evidence]) == (value, lines)


def _attraction(text: str, modality: str = "planned") -> Statement:
    return Statement(kind="localization", topic="attraction", modality=modality, place=Place(line=6, quote=text))


@pytest.mark.parametrize(
    ("text", "modality", "companies", "value"),
    [
        ("県外から「北辰精機」を誘致し、組立工場を新設する。", "planned", [], "北辰精機"),  # quoted before 誘致
        ("誘致の対象は「北辰精機」とし、組立工場を新設する。", "planned", [], "北辰精機"),  # quoted after it
        ("北辰精機株式会社を県外から誘致する。", "planned", [], "北辰精機株式会社"),  # a legal name
        ("株式会社北辰精機を県外から誘致する。", "planned", [], "株式会社北辰精機"),
        # a core company the sentence names is named as the plan writes it
        ("北辰精機を県外から誘致する。", "planned", ["株式会社北辰精機"], "株式会社北辰精機"),
        ("県外から「北辰精機」を誘致する。", "planned", ["株式会社南海製作所"], "北辰精機"),  # a core company it does not name
        ("県外から精密機械の企業を誘致する。", "planned", [], True),  # an attraction that names no company
        ("県外から「北辰精機」の誘致を検討する。", "considering", [], False),  # only considered: none
    ],
)
def test_the_localization_statement_names_the_attracted_company(text: str, modality: str, companies: list[str],
                                                                 value: Any) -> None:
    """政策パッケージ 第2章 2. B./C. (3) ⑥ ※ 域外企業の誘致: the company an attraction statement names, when no field
    of the plan names one (a plan given as statements)."""
    plan = Plan(core_companies=[Company(name=n) for n in companies], statements=[_attraction(text, modality)])
    f = derive_facts(plan, load_kb(), "C", TODAY)["attracted_company"]
    assert (f.value, [e.line for e in f.evidence]) == (value, [6] if value else [])


def test_an_attraction_told_twice_is_cited_by_its_first_line() -> None:
    later = Statement(kind="localization", topic="attraction", modality="planned",
                      place=Place(line=9, quote="物流拠点として県外の倉庫事業者も誘致する。"))
    plan = Plan(statements=[_attraction("県外から精密機械の企業を誘致する。"), later])
    f = derive_facts(plan, load_kb(), "C", TODAY)["attracted_company"]
    assert (f.value, [e.line for e in f.evidence]) == (True, [6])


def _kgi(line: int, topic: str, year: int | None, group: str | None, value: float = 1e9, subject: str = "") -> Statement:
    return Statement(kind="kgi", topic=topic, subject=subject or topic, value=value, unit="円", year=year, role="target",
                     attrs={"group": group}, place=Place(line=line, quote=f"{line}行目のKGI"))


def test_a_value_added_formula_that_does_not_match_shows_the_first_sales_increase() -> None:
    """Two sales increases (6億円, 10億円) at 40%, against a value-added KGI of 1.8億円: neither product matches, and the
    reviewer is shown the arithmetic of the first figure the plan gives."""
    figures = [_kgi(5, "value_added", 2030, "g0", 1.8e8), _kgi(6, "sales_increase", 2030, "g0", 6e8),
               _kgi(7, "sales_increase", 2030, "g0", 1e9),
               Statement(kind="kgi", topic="value_added_rate", value=0.4, unit="%", place=Place(line=8, quote="8行目の率"))]
    f = derive_facts(Plan(statements=figures), load_kb(), "B", TODAY)["value_added_formula_consistent"]
    assert (f.value, [e.line for e in f.evidence]) == (False, [5])
    assert "6億円 × 40% = 2.4億円（記載値 1.8億円）" in f.shown()


def test_a_value_added_increase_stated_as_zero_is_shown_as_zero_in_the_formula() -> None:
    """No sales increase and no value-added increase (0円 each, at 25%): the arithmetic matches, and the stated
    value is shown as written, 0円."""
    figures = [_kgi(5, "value_added", 2030, "g0", 0.0), _kgi(6, "sales_increase", 2030, "g0", 0.0),
               Statement(kind="kgi", topic="value_added_rate", value=0.25, unit="%", place=Place(line=8, quote="8行目の率"))]
    f = derive_facts(Plan(statements=figures), load_kb(), "B", TODAY)["value_added_formula_consistent"]
    assert (f.value, f.shown()) == (True, "0円 × 25% = 0円（記載値 0円）")


def test_a_value_added_formula_that_does_not_match_shows_the_first_rate_given() -> None:
    """A component rate then the weighted one (30%, 40%) against a value-added KGI of 5億円 that neither product gives:
    the reviewer is shown the arithmetic with the first rate."""
    figures = [_kgi(5, "value_added", 2030, "g0", 5e8), _kgi(6, "sales_increase", 2030, "g0", 6e8),
               *(Statement(kind="kgi", topic="value_added_rate", value=v, unit="%", place=Place(line=line, quote=f"{line}行目の率"))
                 for line, v in ((8, 0.3), (9, 0.4)))]
    f = derive_facts(Plan(statements=figures), load_kb(), "B", TODAY)["value_added_formula_consistent"]
    assert (f.value, f.shown()) == (False, "6億円 × 30% = 1.8億円（記載値 5億円）")


def test_a_fields_place_is_quoted_by_its_first_300_characters() -> None:
    """A ripple field stated without its own words (a form's tick beside the draft's line): the line is the plan's
    statement of it, up to 300 characters."""
    line = "従業員の賃金を毎年引き上げ、地域の所得の向上につなげる。" * 14
    assert len(line) > 301
    plan = Plan(ripple=Ripple(wages=RippleTarget(stated=True, evidence=Evidence(section="B.3.2", line=12, text=line))))
    f = derive_facts(plan, load_kb(), "B", TODAY)["ripple_wages_stated"]
    assert (f.value, [e.line for e in f.evidence]) == (line[:300], [12])


@pytest.mark.parametrize(("text", "value"), [("（調整中）", None), ("〇〇", None), ("設けない", None),
                                           ("賃金を毎年3%引き上げる予定", "賃金を毎年3%引き上げる予定")])
def test_a_ripple_field_left_open_or_denied_is_not_stated(text: str, value: str | None) -> None:
    """A form's ripple field ticked with 「（調整中）」 or 「設けない」 says nothing of the ripple; a plan in its words does."""
    target = RippleTarget(stated=True, text=text, evidence=Evidence(section="B.3.2", line=12, text=f"賃金：{text}"))
    f = derive_facts(Plan(ripple=Ripple(wages=target)), load_kb(), "B", TODAY)["ripple_wages_stated"]
    assert f.value == value


def test_sales_planned_by_a_kgi_and_a_kpi_are_stated_by_the_kgi() -> None:
    kgi = Statement(kind="kgi", subject="売上高", value=5e8, unit="円", role="target", place=Place(line=4, quote="KGI：売上高 5億円"))
    kpi = Statement(kind="kpi", subject="売上高", attrs={"target": "2030年度 5億円"}, place=Place(line=7, quote="KPI：売上高 2030年度 5億円"))
    f = derive_facts(Plan(statements=[kpi, kgi]), load_kb(), "B", TODAY)["ripple_sales_stated"]
    assert (f.value, [e.line for e in f.evidence]) == ("KGI：売上高 5億円", [4])


def test_a_sales_kpi_is_the_sales_target_by_the_first_amount_of_its_target() -> None:
    kpi = Statement(kind="kpi", subject="売上高", attrs={"target": "2030年度 5億円（2024年度実績 3億円）"},
                    place=Place(line=7, quote="KPI：売上高 2030年度 5億円（2024年度実績 3億円）"))
    f = derive_facts(Plan(statements=[kpi]), load_kb(), "B", TODAY)["ripple_sales_value"]
    assert (f.value, [e.line for e in f.evidence]) == (500_000_000, [7])


def test_a_candidate_place_of_an_item_is_quoted_by_its_first_200_characters() -> None:
    """An item with no heading whose section holds prose that may be it: the reviewer reads the prose's first 200
    characters."""
    quote = "響灘の受入基地では" + "水素" * 150
    candidate = Statement(kind="section", topic="candidate", subject="A.3.2", modality="none", place=Place(line=5, quote=quote))
    f = derive_facts(Plan(statements=[candidate]), load_kb(), "A", TODAY)["section:A.3.2"]
    assert (f.value, f.uncertain, [(e.line, e.text) for e in f.evidence]) == (None, True, [(5, quote[:200])])


@pytest.mark.parametrize(
    ("unit", "consistent"),
    [("円", True), (None, True),  # an amount in yen, or a field's value with no unit (fields are normalised to yen)
     ("人", False), ("%", False)],  # a count or a rate is never the amount, whatever its number
)
def test_only_an_amount_in_yen_can_match_the_value_added_formula(unit: str | None, consistent: bool) -> None:
    """付加価値増加額 = 売上増加額 × 付加価値率: 1,000円 × 30% = 300円, against a value-added figure of 300 in the unit given
    (the KGI's own target, 1.8億円, does not match)."""
    figures = [_kgi(5, "value_added", 2030, "g0", 1.8e8), _kgi(6, "sales_increase", 2030, "g0", 1000.0),
               Statement(kind="kgi", topic="value_added_rate", value=0.3, unit="%", place=Place(line=7, quote="7行目の率")),
               Statement(kind="kgi", topic="value_added", value=300.0, unit=unit, year=2028, role="target",
                         place=Place(line=8, quote="8行目の付加価値"))]
    f = derive_facts(Plan(statements=figures), load_kb(), "B", TODAY)["value_added_formula_consistent"]
    assert (f.value, [e.line for e in f.evidence]) == (consistent, [8] if consistent else [5])


@pytest.mark.parametrize(
    ("dated_group", "undated_group", "year"),
    [
        ("g0", "g1", 2030),  # the KGI's own list dates nothing: the plan's target year
        ("g1", "g0", 2030),
        ("g0", "g0", None),  # its list dates the others and not it: no year
        ("g0", "".join(("g", "0")), None),  # the same list by an equal name made apart (another reader, an edit)
    ],
)
def test_an_undated_value_added_kgi_is_dated_by_its_own_list_only(dated_group: str, undated_group: str,
                                                                   year: int | None) -> None:
    plan = Plan(period=Period(start_fy=2026, end_fy=2030, target_fy=2030), statements=[
        _kgi(3, "investment", 2030, dated_group), _kgi(6, "value_added", None, undated_group)])
    f = derive_facts(plan, load_kb(), "B", TODAY)["kgi_value_added_year"]
    assert (f.value, [e.line for e in f.evidence]) == (year, [6])


@pytest.mark.parametrize(
    ("quote", "raw", "year"),
    [
        ("付加価値増加額 12億円（目標年度は研修体系の確定後に設定）", None, None),  # left to later in the line itself
        ("付加価値増加額 12億円", "目標年度は採択状況を見て設定", None),  # in the value as written
        ("付加価値増加額 12億円", "12億円", 2030),  # nothing left to later: the plan's target year
    ],
)
def test_an_undated_kgi_whose_year_is_left_to_later_has_none(quote: str, raw: str | None, year: int | None) -> None:
    said = Statement(kind="kgi", topic="value_added", subject="付加価値増加額", value=1.2e9, unit="円", role="target",
                     attrs={"raw": raw}, place=Place(line=5, quote=quote))
    plan = Plan(period=Period(start_fy=2026, end_fy=2030, target_fy=2030), statements=[said])
    f = derive_facts(plan, load_kb(), "B", TODAY)["kgi_value_added_year"]
    assert (f.value, [e.line for e in f.evidence]) == (year, [5])


@pytest.mark.parametrize(
    ("investment_group", "talent_group", "value"),
    [
        ("g0", "g0", None),  # its table runs the other KGIs to 2040: a 2030 value is a milestone, not the target
        ("g0", "g1", 400.0),  # another table dates nothing further: 2030 is its value
        (None, None, 400.0),  # KGIs read outside any table: no table dates them, a later KGI makes no milestone
    ],
)
def test_an_a_kgi_short_of_the_year_its_table_dates_the_others_to_is_a_milestone(
        investment_group: str | None, talent_group: str | None, value: float | None) -> None:
    """A's KGIs are 2040 targets (000 第2章 3. 「KGI（2040年目標）」): in a table whose other KGIs run to 2040, a value
    that stops at 2030 is a step on the way; the KGI is then named without a target."""
    plan = Plan(statements=[_kgi(3, "investment", 2040, investment_group), _kgi(4, "talent", 2030, talent_group, 400.0)])
    f = derive_facts(plan, load_kb(), "A", TODAY)["kgi_talent_value"]
    assert (f.value, [e.line for e in f.evidence]) == (value, [4])


def test_a_missing_mandatory_kgi_cites_the_first_three_kgis_named() -> None:
    kgis = [_kgi(3, "investment", 2030, "g0"), _kgi(4, "talent", 2030, "g0", 100), _kgi(5, "employment", 2030, "g0", 50, "新規雇用者数"),
            _kgi(6, "custom", 2030, "g0", 3e10, "海外向け出荷額")]
    f = derive_facts(Plan(statements=kgis), load_kb(), "B", TODAY)["kgi_mandatory_all"]
    assert (f.value, [e.line for e in f.evidence], f.shown()) == (False, [3, 4, 5], "未設定: 計画での付加価値増加額")
    count = derive_facts(Plan(statements=kgis), load_kb(), "B", TODAY)["kgi_count"]
    assert (count.value, [e.line for e in count.evidence]) == (4, [3, 4, 5])


@pytest.mark.parametrize("reverse", [False, True])
@pytest.mark.parametrize(
    ("kgis", "value"),
    [
        ([_kgi(3, "investment", 2030, "g0")], False),
        ([_kgi(3, "productivity", 2030, "g0", 8e6)], True),  # C's alternative to value added
        ([_kgi(3, "value_added", 2030, "g0")], True),
    ],
)
def test_cs_mandatory_kgis_are_checked_whatever_order_the_knowledge_lists_them_in(kgis: list[Statement], value: bool,
                                                                                  reverse: bool) -> None:
    """C's mandatory KGI is value added or its alternative, productivity: the verdict must not depend on which of
    the two the knowledge lists first (an alternative listed before the KGI it stands for is skipped, not the end)."""
    kb = load_kb()
    c = kb.plan_types["C"]
    order = list(reversed(c.mandatory_kgis)) if reverse else list(c.mandatory_kgis)
    kb = dataclasses.replace(kb, plan_types={**kb.plan_types, "C": c.model_copy(update={"mandatory_kgis": order})})
    assert (order[0].alternative_to is not None) is reverse
    assert derive_facts(Plan(statements=kgis), kb, "C", TODAY)["kgi_mandatory_all"].value is value


def test_a_kgis_cited_text_keeps_its_first_200_characters() -> None:
    quote = "官民設備投資額 2030年度 40億円。" + "核となる企業の設備投資計画を積み上げた額である。" * 12
    assert len(quote) > 200
    kgi = Statement(kind="kgi", topic="investment", subject="官民設備投資額", value=4e9, unit="円", year=2030, role="target",
                    place=Place(line=4, quote=quote))
    f = derive_facts(Plan(statements=[kgi]), load_kb(), "B", TODAY)
    assert [e.text for e in f["kgi_count"].evidence] == [quote[:200]]
    assert [e.text for e in f["kgi_investment_value"].evidence] == [quote[:200]]



def _roadmap(line: int, modality: str, confidence: float) -> Statement:
    return Statement(kind="claim", topic="procurement_roadmap", modality=modality, confidence=confidence,
                     place=Place(line=line, quote=f"{line}行目：調達の在り方"))


@pytest.mark.parametrize(
    ("deferred_confidence", "uncertain"),
    [
        (0.9, False),  # said with confidence that the roadmap is still to be worked out: the plan's answer (none)
        (0.5, False),  # at STATED
        (0.45, True),  # below it: the weaker roadmap reading elsewhere goes to a person
    ],
)
def test_a_roadmap_confidently_left_for_later_is_the_plans_answer(deferred_confidence: float, uncertain: bool) -> None:
    plan = Plan(statements=[_roadmap(4, "planned", 0.45), _roadmap(6, "considering", deferred_confidence)])
    f = derive_facts(plan, load_kb(), "B", TODAY)["procurement_roadmap_stated"]
    assert (f.value, f.uncertain, [e.line for e in f.evidence]) == (None, uncertain, [4] if uncertain else [])


def _ripple(line: int, topic: str, value: float | None = None, raw: str | None = None, role: str = "target") -> Statement:
    return Statement(kind="ripple", topic=topic, value=value, unit="人" if value is not None else None,
                     role=role if value is not None else None, attrs={"raw": raw},  # type: ignore[arg-type]
                     place=Place(line=line, quote=f"{line}行目の波及効果"))


@pytest.mark.parametrize(
    ("ripples", "fact", "value", "lines"),
    [
        # a topic planned without a figure: no value, the first line planning it cited
        ([_ripple(5, "wages"), _ripple(6, "wages")], "ripple_wages_value", None, [5]),
        ([_ripple(5, "wages"), _ripple(6, "wages")], "ripple_wages_stated", "5行目の波及効果", [5]),
        ([_ripple(5, "wages", raw="賃上げを進める"), _ripple(6, "wages", raw="最低賃金を上回る")], "ripple_wages_stated",
         "賃上げを進める", [5]),  # the text as written, of the first line
        # nor for the labour environment: the first two lines on jobs or wages cited
        ([_ripple(5, "jobs"), _ripple(6, "wages"), _ripple(7, "wages")], "ripple_labour_value", None, [5, 6]),
        ([_ripple(5, "jobs"), _ripple(6, "wages"), _ripple(7, "wages")], "ripple_labour_stated", True, [5, 6]),
        ([_ripple(5, "jobs"), _ripple(6, "jobs", 120)], "ripple_labour_value", True, [6]),
        # today's level is no target value
        ([_ripple(5, "jobs", 120, role="current")], "ripple_jobs_value", None, [5]),
        ([_ripple(5, "jobs", 120, role="current"), _ripple(6, "jobs", 150)], "ripple_jobs_value", 150, [6]),
    ],
)
def test_ripple_without_a_figure_cites_the_lines_that_plan_it(ripples: list[Statement], fact: str, value: Any,
                                                               lines: list[int]) -> None:
    f = derive_facts(Plan(statements=ripples), load_kb(), "B", TODAY)[fact]
    assert (f.value, [e.line for e in f.evidence]) == (value, lines)


@pytest.mark.parametrize(
    ("topic", "fact", "unit"),
    [("wages", "ripple_wages_value", "%"), ("jobs", "ripple_jobs_value", "人"), ("sales", "ripple_sales_value", "円")],
)
def test_only_orders_are_left_out_for_being_placed_abroad(topic: str, fact: str, unit: str) -> None:
    """`unplaced` marks orders to partner firms that nothing places at home: a plan given as statements may carry it on
    any topic, but it takes a figure out of 域内取引額 only; a pay rise, new jobs or sales with it are the plan's
    value all the same, and nothing is left for a person to confirm."""
    s = Statement(kind="ripple", topic=topic, modality="planned", value=40, unit=unit, year=2031, role="target",  # type: ignore[arg-type]
                  attrs={"unplaced": True}, place=Place(line=8, quote="海外の提携先とともに伸ばす目標"))
    f = derive_facts(Plan(statements=[s]), load_kb(), "C", TODAY)[fact]
    assert (f.value, f.uncertain, [e.line for e in f.evidence]) == (40, False, [8])


@pytest.mark.parametrize(
    ("before", "block", "found"),
    [
        (0, 0, True), (297, 0, True), (298, 0, False),  # the name must end within a text's first 300 characters
        (0, 1, True), (0, 2, False),  # the title and the first two texts before the first item are the cover
    ],
)
def test_an_author_named_on_the_cover_only_goes_to_a_person(before: int, block: int, found: bool) -> None:
    """No author read, but the cover names a local government: a candidate for a person, never a negative."""
    cover = "あ" * before + "大分県"
    texts = ["令和8年7月", "地域未来戦略 素案"][:block] + [cover]
    plan = Plan(title="地域未来戦略", other_text=[SectionText(heading="表紙", text=t) for t in texts])
    f = derive_facts(plan, load_kb(), "C", TODAY)
    got = f["author_stated"]
    assert (got.value, got.uncertain, got.shown()) == ((None, True, "要確認：大分県") if found else (None, False, "未記載"))
    assert [e.text for e in got.evidence] == ([cover[:200]] if found else [])


@pytest.mark.parametrize(
    ("title", "candidate"),
    [
        ("北浜県 真珠計画", True),  # two characters besides the prefecture and the plan's kind name the products
        ("北浜県 珠計画", False),  # one does not
        ("潮見町 地場産業成長プラン（素案）", False),  # the plan's kind and its author only
    ],
)
def test_a_draft_with_no_place_for_its_products_leaves_its_title_to_a_person(title: str, candidate: bool) -> None:
    """No product read and no industry item written: the title may name the products, so it goes to a reviewer
    when it says more than the author and the plan's kind; otherwise the products are missing."""
    got = derive_facts(Plan(title=title), load_kb(), "B", TODAY)["product_specified"]
    assert (got.value, got.uncertain) == (None, candidate)
    assert [e.text for e in got.evidence] == ([title] if candidate else [])


@pytest.mark.parametrize("later", ["none", "an empty second section"])  # a plan type of one section, or its second empty
def test_the_first_item_of_a_plan_type_is_looked_for_whatever_its_later_sections_hold(later: str) -> None:
    """Whether a draft has a place for its products depends on the plan type's first item alone: with that item
    unwritten, a title naming the products goes to a person, however many sections follow and whatever they list."""
    kb = load_kb()
    pt = kb.plan_types["B"]
    rest = [] if later == "none" else [pt.sections[1].model_copy(update={"items": []}), *pt.sections[2:]]
    edited = dataclasses.replace(kb, plan_types={**kb.plan_types, "B": pt.model_copy(update={"sections": [pt.sections[0], *rest]})})
    got = derive_facts(Plan(title="北浜県 真珠計画"), edited, "B", TODAY)["product_specified"]
    assert (got.value, got.uncertain, [e.text for e in got.evidence]) == (None, True, ["北浜県 真珠計画"])


@pytest.mark.parametrize(("at", "candidate"), [(2, True), (3, False)])  # the third heading is the cover, the fourth not
def test_a_draft_with_no_place_for_its_products_leaves_its_first_three_headings_to_a_person(at: int,
                                                                                          candidate: bool) -> None:
    """No product read and no industry item written, a title naming only the author: a heading naming the products
    goes to a reviewer when it is among the first three texts before the first item, not later."""
    headings = ["表紙", "目次", "はじめに", "はじめに"]
    headings[at] = "養殖真珠の加工と輸出"
    plan = Plan(title="北浜県 計画", other_text=[SectionText(heading=h, text="北浜県") for h in headings])
    got = derive_facts(plan, load_kb(), "B", TODAY)["product_specified"]
    assert (got.value, got.uncertain) == (None, candidate)
    assert [e.text for e in got.evidence] == (["養殖真珠の加工と輸出"] if candidate else [])


@pytest.mark.parametrize(
    ("quote", "candidate"),
    [
        ("計画期間は2027年度から2031年度までの5年間とする。", False),  # names no sourcing: the plan period
        ("中核2社の県内調達額は約40億円である。", False),  # today's amount, no direction
        ("鋼材の域内調達率は35%。", False),  # today's share, no direction
        ("鋼材の調達の在り方を見直す。", True),  # about sourcing, no figure
        ("鋼材の調達先3社との取引条件を見直す。", True),  # about sourcing, a count is no amount or share of today
        ("鋼材の調達先を2030年度までに県内へ切り替える。", True),  # about sourcing, with a direction
    ],
)
def test_a_weak_roadmap_reading_goes_to_a_person_only_about_sourcing_and_more_than_todays_figure(
        quote: str, candidate: bool) -> None:
    road = Statement(kind="claim", topic="procurement_roadmap", modality="planned", confidence=0.45,
                     place=Place(line=5, quote=quote))
    f = derive_facts(Plan(statements=[road]), load_kb(), "B", TODAY)["procurement_roadmap_stated"]
    assert (f.value, f.uncertain, [e.line for e in f.evidence]) == (None, candidate, [5] if candidate else [])


ROADMAP_LINE = "域内調達率を現状の30%から2030年度までに60%へ段階的に引き上げる。"


def test_the_first_roadmap_line_saying_where_procurement_goes_is_the_roadmap() -> None:
    lines = ("調達の在り方を見直す。", "2030年度までに主要部材を県内調達へ切り替える。", "その後は国産化を段階的に進める。")
    roads = [Statement(kind="claim", topic="procurement_roadmap", place=Place(line=4 + i, quote=q)) for i, q in enumerate(lines)]
    f = derive_facts(Plan(statements=roads), load_kb(), "B", TODAY)["procurement_roadmap_stated"]
    assert (f.value, [e.line for e in f.evidence]) == (lines[1], [5])


@pytest.mark.parametrize(
    ("names", "shown"),
    [(["金融機関", "北浜銀行", "潮見信用金庫"], "北浜銀行、潮見信用金庫"), (["金融機関"], "金融機関")],  # the banks by name, if any
)
def test_the_support_names_its_banks_before_the_word_for_them(names: list[str], shown: str) -> None:
    found = [_support_line(5 + i, "finance", n) for i, n in enumerate(names)]
    f = derive_facts(Plan(statements=found), load_kb(), "B", TODAY)["support_financial_institutions"]
    assert f.value == shown


@pytest.mark.parametrize(
    ("shares", "value"),
    [
        # the line gives today's share and where it goes: the roadmap as written
        ([_share(5, 0.3), _share(5, 0.6, role="target", year=2030)], ROADMAP_LINE),
        ([_share(5, 0.6, role="target", year=2030)], ROADMAP_LINE),
        # the line only gives today's share: no roadmap read there
        ([_share(5, 0.3)], None),
    ],
)
def test_a_roadmap_on_a_line_with_todays_share_counts_when_it_says_where_it_goes(shares: list[Statement], value: Any) -> None:
    road = Statement(kind="claim", topic="procurement_roadmap", place=Place(line=5, quote=ROADMAP_LINE))
    f = derive_facts(Plan(statements=[*shares, road]), load_kb(), "B", TODAY)["procurement_roadmap_stated"]
    assert (f.value, [e.line for e in f.evidence]) == (value, [5] if value else [])


def test_operators_written_by_category_cite_the_first_three_lines() -> None:
    """A fact cites at most three lines of evidence, the first three, however many statements it rests on."""
    cats = [Statement(kind="operator", topic="category", subject=name, place=Place(line=n, quote=f"{name}（約{n}0施設）"))
            for n, name in ((4, "宿泊事業者"), (5, "飲食事業者"), (6, "交通事業者"), (7, "土産物製造事業者"))]
    f = derive_facts(Plan(statements=cats), load_kb(), "C", TODAY)["core_operator_categories"]
    assert (f.value, [e.line for e in f.evidence]) == ("宿泊事業者、飲食事業者、交通事業者、土産物製造事業者", [4, 5, 6])


@pytest.mark.parametrize("plan_type", ["A", "B", "C", None])
def test_kgi_values_are_read_whatever_the_plan_type(plan_type: str | None) -> None:
    """A plan whose type is not known yet (no type stated, none chosen) still has its KGI values read."""
    kgi = _kgi(3, "investment", 2030, "g0", 4e9)
    f = derive_facts(Plan(statements=[kgi]), load_kb(), plan_type, TODAY)["kgi_investment_value"]
    assert (f.value, f.shown(), [e.line for e in f.evidence]) == (4e9, "2030年度 40億円", [3])


def test_infrastructure_with_its_timing_open_names_the_first_two_pieces() -> None:
    """000 A.(2)⑦: pieces the plan names only as being considered, with no date: the first two are quoted and cited."""
    pieces = [Statement(kind="infrastructure", topic="considering", place=Place(line=n, quote=q)) for n, q in
              ((6, "受入桟橋の増深は今後検討する。"), (7, "水素パイプラインの敷設は関係者と調整中である。"), (8, "用水の確保策を今後検討する。"))]
    f = derive_facts(Plan(statements=pieces), load_kb(), "A", TODAY)["infrastructure_undecided"]
    assert (f.value, [e.line for e in f.evidence]) == ("受入桟橋の増深は今後検討する。、水素パイプラインの敷設は関係者と調整中である。", [6, 7])


def test_a_long_undecided_piece_is_quoted_by_its_first_eighty_characters() -> None:
    long = "受入桟橋の増深と背後の保管用地の造成、構内道路の拡幅、" * 3 + "いずれも今後検討する。"
    pieces = [Statement(kind="infrastructure", topic="considering", place=Place(line=6, quote=long))]
    f = derive_facts(Plan(statements=pieces), load_kb(), "A", TODAY)["infrastructure_undecided"]
    assert (len(long) > 80, f.value, [e.line for e in f.evidence]) == (True, long[:80], [6])


@pytest.mark.parametrize(
    ("kgi", "total"),
    [
        (KGI(kind="investment", name="官民設備投資額", value=3e11, unit="円", year=2040), 3e11),
        (KGI(kind="investment", name="官民設備投資額", value=3e11, cumulative_value=1.5e12, unit="円", year=2040), 1.5e12),
        (KGI(kind="investment", name="官民設備投資額", cumulative_value=1.5e12, unit="円"), 1.5e12),  # a total only
        (KGI(kind="investment", name="官民設備投資額", raw="今後設定する"), None),  # named without a figure
    ],
)
def test_with_no_investment_named_the_investment_kgi_is_the_total(kgi: KGI, total: float | None) -> None:
    """000 A.(2)④: an A plan that names no investment project nor total: its investment KGI (the total to 2040
    where it gives one) stands for the total."""
    f = derive_facts(Plan(kgis=[kgi]), load_kb(), "A", TODAY)["investment_total"]
    assert f.value == total


def _infrastructure(line: int, own_item: bool = False) -> Statement:
    return Statement(kind="infrastructure", topic="stated", attrs={"own_item": own_item},
                     place=Place(line=line, quote=f"{line}行目：受入桟橋を港湾整備と一体で整備する。"))


@pytest.mark.parametrize(
    ("pieces", "line"),
    [
        ([_infrastructure(6), _infrastructure(9)], 6),  # the first one the plan names
        ([_infrastructure(6), _infrastructure(9, own_item=True), _infrastructure(11, own_item=True)], 9),  # under its own item first
    ],
)
def test_infrastructure_stated_quotes_the_first_piece_under_its_own_item_first(pieces: list[Statement], line: int) -> None:
    f = derive_facts(Plan(statements=pieces), load_kb(), "A", TODAY)["infrastructure_stated"]
    assert [e.line for e in f.evidence] == [line]


def _operator(line: int, name: str) -> Statement:
    return Statement(kind="operator", topic="entity", subject=name, place=Place(line=line, quote=f"{name}（加工）"))


@pytest.mark.parametrize(
    ("names", "diverse"),
    [(["有限会社東窯"], False), (["有限会社東窯", "株式会社西窯"], True), (["有限会社東窯", "株式会社西窯", "南窯合同会社"], True)],
)
def test_two_named_operators_are_no_dependence_on_one(names: list[str], diverse: bool) -> None:
    """C.(2)④ 外部依存リスク: two operators named are already several."""
    plan = Plan(statements=[_operator(4 + i, n) for i, n in enumerate(names)])
    f = derive_facts(plan, load_kb(), "C", TODAY)["operators_diverse"]
    assert (f.value, [e.line for e in f.evidence]) == (diverse, [4 + i for i in range(len(names))])


@pytest.mark.parametrize(
    ("raw", "value", "lines", "shown"),
    [
        (True, True, [], "あり"),  # a bare value
        (("窓口",), "窓口", [], "窓口"),  # a value alone in a tuple
        (("窓口", None), "窓口", [], "窓口"),  # no evidence
        (("窓口", []), "窓口", [], "窓口"),
        (("窓口", [SUPPORT_EVIDENCE], "相談窓口"), "窓口", [5], "相談窓口"),  # value, evidence and display
    ],
)
def test_a_facts_result_may_leave_out_its_evidence_and_display(raw: Any, value: Any, lines: list[int], shown: str) -> None:
    f = normalise_result("f", raw)
    assert isinstance(f, Fact)
    assert (f.value, [e.line for e in f.evidence], f.shown()) == (value, lines, shown)


@pytest.mark.parametrize(
    ("fact", "value"),
    [
        ("kpi_count", 4),  # the KPIs counted
        ("kpi_owner_all", False),  # the KPIs lacking an owner (none says how): all four lack it
    ],
)
def test_facts_over_the_kpis_cite_the_first_three(fact: str, value: Any) -> None:
    kpis = [Statement(kind="kpi", subject=name, attrs={"target": "年40件"}, place=Place(line=n, quote=f"KPI：{name} 年40件"))
            for n, name in ((4, "商談件数"), (5, "成約件数"), (6, "研修受講者数"), (7, "新規取引先数"))]
    f = derive_facts(Plan(statements=kpis), load_kb(), "B", TODAY)[fact]
    assert (f.value, [e.line for e in f.evidence]) == (value, [4, 5, 6])


def test_a_candidate_for_a_person_shows_its_first_120_characters() -> None:
    quote = "欧州の協働ロボット市場では小型で高精度な減速機の需要が伸びており、" * 5
    assert len(quote) > 121
    need = Statement(kind="claim", topic="market_need", confidence=0.45, place=Place(line=5, quote=quote))
    f = derive_facts(Plan(statements=[need]), load_kb(), "B", TODAY)["market_needs_stated"]
    assert (f.uncertain, f.shown(), [e.line for e in f.evidence]) == (True, "要確認：" + quote[:120], [5])


@pytest.mark.parametrize(
    ("fact", "claims", "lines"),
    [
        # the aim to export or to a top share: the first claim of it cited
        ("export_or_top_share", [("claim", "export_or_top_share", "欧州の協働ロボット向けに輸出する。"),
                                 ("claim", "export_or_top_share", "国内シェア3割で首位を目指す。")], [5]),
        ("has_export_target", [("market", "海外", "海外の協働ロボットメーカー"), ("market", "海外", "欧州の装置メーカー")], [5]),
        # the support's departments: the first two cited
        ("support_departments_stated", [("support", "department", "県産業振興課"), ("support", "department", "県労働政策課"),
                                        ("support", "department", "県商工政策課")], [5, 6]),
    ],
)
def test_facts_cite_their_first_statements(fact: str, claims: list[tuple[str, str, str]], lines: list[int]) -> None:
    stated = [Statement(kind=kind, topic=topic, subject=text, place=Place(line=5 + i, quote=text))  # type: ignore[arg-type]
              for i, (kind, topic, text) in enumerate(claims)]
    f = derive_facts(Plan(statements=stated), load_kb(), "B", TODAY)[fact]
    assert [e.line for e in f.evidence] == lines



@pytest.mark.parametrize(
    ("said", "exports"),
    [
        (("market", "海外", "欧州の装置メーカー"), True),  # an overseas market alone
        (("claim", "export_or_top_share", "欧州の協働ロボット向けに輸出する。"), True),  # an aim to export alone
        (("claim", "export_or_top_share", "国内シェア3割で首位を目指す。"), False),  # a top share is no export
    ],
)
def test_an_aim_to_export_is_read_from_an_overseas_market_or_an_export_claim_alone(said: tuple[str, str, str],
                                                                                   exports: bool) -> None:
    kind, topic, text = said
    stated = Statement(kind=kind, topic=topic, subject=text, place=Place(line=5, quote=text))  # type: ignore[arg-type]
    f = derive_facts(Plan(statements=[stated]), load_kb(), "B", TODAY)["has_export_target"]
    assert (f.value, [e.line for e in f.evidence]) == (exports, [5])


@pytest.mark.parametrize(
    ("quote", "stated"),
    [
        ("一人当たり付加価値額は県内同業種でトップとなる見込み。", True),  # a comparison in other words than 上回る・比べ
        ("付加価値増加額は、売上増加額に同業種の付加価値率（約57%）を乗じて算出した。", False),  # arithmetic, no comparison
        ("付加価値率は同業種の平均（29%）を乗じた額を上回る。", True),  # arithmetic words beside a comparison
    ],
)
def test_a_value_added_comparison_is_stated_unless_its_sentence_is_only_the_formula(quote: str, stated: bool) -> None:
    claim = Statement(kind="claim", topic="comparison", confidence=0.9, attrs={"p": 0.9}, place=Place(line=5, quote=quote))
    f = derive_facts(Plan(statements=[claim]), load_kb(), "B", TODAY)["value_added_comparison_stated"]
    assert (f.value == quote) is stated


@pytest.mark.parametrize(
    ("department", "lead"),
    [
        ("県産業企画課", "県産業企画課（策定主体の担当部署が伴走支援を担う）"),  # the prefecture's own department
        ("県商工会議所連合会", None),  # another body's: not the governor's own administration
    ],
)
def test_a_prefectures_own_department_running_the_support_is_the_heads_lead(department: str, lead: str | None) -> None:
    support = Statement(kind="support", topic="department", subject=department, place=Place(line=6, quote=f"{department}が伴走支援を行う。"))
    plan = Plan(authors=[Author(name="福岡県", kind="prefecture")], statements=[support])
    assert derive_facts(plan, load_kb(), "B", TODAY)["support_lead_head"].value == lead


def _block_draft(line: int, modality: str, named: bool, own_item: bool = True) -> Statement:
    return Statement(kind="alignment", topic="block_draft", modality=modality, attrs={"named": named, "own_item": own_item},  # type: ignore[arg-type]
                     place=Place(line=line, quote=f"{line}行目：地方ブロックの計画の素案"))


@pytest.mark.parametrize(
    ("said", "stated", "pending"),
    [
        # named as a candidate, beside a further step planned: named
        ([_block_draft(5, "affirmed", True), _block_draft(6, "planned", False)], [5], None),
        ([_block_draft(5, "planned", False), _block_draft(6, "affirmed", True)], [6], None),
        # a mention outside its item counts when the item says nothing
        ([_block_draft(3, "affirmed", True, own_item=False)], [3], None),
        # a mention outside its item that does not say the draft names the cluster: neither named nor sought
        ([_block_draft(4, "affirmed", False, own_item=False)], None, None),
        # only sought: pending
        ([_block_draft(5, "planned", True)], None, [5]),
    ],
)
def test_the_block_drafts_naming_beside_a_step_still_planned(said: list[Statement], stated: list[int] | None,
                                                              pending: list[int] | None) -> None:
    """000 A.(2)⑤ 「計画の素案…において、産業クラスターの候補として明記されていること」."""
    f = derive_facts(Plan(statements=said), load_kb(), "A", TODAY)
    for name, lines in (("block_draft_alignment_stated", stated), ("block_draft_alignment_pending", pending)):
        assert (f[name].value is not None, [e.line for e in f[name].evidence]) == (lines is not None, lines or []), name


@pytest.mark.parametrize(
    ("domain", "hits"),
    [
        ("造船業の修繕ドックを拡充する", ["2.造船／船舶修繕"]),  # a product by its keyword: the product, not its field again
        ("造船業を振興する", ["2.造船"]),  # the field by its name alone
        ("地域の食品加工業を振興する", False),
    ],
)
def test_a_field_named_counts_only_where_none_of_its_products_is(domain: str, hits: Any) -> None:
    f = derive_facts(Plan(industry=Industry(domain=domain)), load_kb(), "B", TODAY)["strategic_field_matched"]
    assert f.value == hits



def test_the_first_sentence_on_the_operators_scale_is_quoted() -> None:
    """Guidance 1.(2)② 事業規模・能力: with no scale given per operator, the first sentence on it, quoted and cited."""
    said = [Statement(kind="operator", topic="scale", place=Place(line=n, quote=q)) for n, q in
            ((6, "核となる3社はいずれも年商50億円以上で、本計画の投資を自己資金で賄える。"), (8, "各社とも量産ラインの運転実績がある。"))]
    f = derive_facts(Plan(statements=said), load_kb(), "B", TODAY)["core_scale_stated"]
    assert (f.value, [e.line for e in f.evidence]) == (said[0].place.quote, [6])


def _attracted(line: int, name: str, modality: str = "affirmed") -> Statement:
    return Statement(kind="operator", topic="attracted", modality=modality, attrs={"names": [name]},
                     place=Place(line=line, quote=f"{name}を県外から誘致する。"))


@pytest.mark.parametrize(
    ("said", "value", "lines"),
    [
        # every company the plan names as attracted, the first three statements cited
        ([_attracted(5, "北辰精機"), _attracted(6, "南海製作所"), _attracted(7, "西窯工業"), _attracted(8, "東浜化成")],
         "北辰精機、南海製作所、西窯工業、東浜化成", [5, 6, 7]),
        # an attraction only considered names no attracted company
        ([_attracted(5, "北辰精機", "considering")], False, []),
    ],
)
def test_the_attracted_companies_are_those_named_as_attracted(said: list[Statement], value: Any, lines: list[int]) -> None:
    f = derive_facts(Plan(statements=said), load_kb(), "C", TODAY)["attracted_company"]
    assert (f.value, [e.line for e in f.evidence]) == (value, lines)


@pytest.mark.parametrize(("confidence", "uncertain"), [(1.0, False), (0.5, False), (0.3, True)])
def test_a_plan_keeping_its_suppliers_for_now_has_answered_the_roadmap_item(confidence: float, uncertain: bool) -> None:
    """「当面は現行の調達先を維持する」 said with confidence (at least STATED, 0.5) answers where procurement goes: no roadmap,
    and no candidate for a person; said weakly, the weak roadmap reading goes to a person."""
    keep = Statement(kind="claim", topic="procurement_local", modality="affirmed", confidence=confidence,
                     place=Place(line=4, quote="当面は現行の調達先を維持する。"))
    maybe = Statement(kind="claim", topic="procurement_roadmap", modality="affirmed", confidence=0.45,
                      place=Place(line=5, quote="調達の在り方を見直す。"))
    f = derive_facts(Plan(statements=[keep, maybe]), load_kb(), "B", TODAY)["procurement_roadmap_stated"]
    assert (f.value, f.uncertain) == (None, uncertain)


@pytest.mark.parametrize(("attracts", "value"), [(True, True), (False, False), (None, False)])
def test_a_localization_field_saying_a_company_is_attracted_is_an_attraction(attracts: bool | None, value: bool) -> None:
    """A plan's field (the form, a what-if) that says an outside company is attracted, naming none: an attraction."""
    plan = Plan(localization=Localization(attracts_outside_company=attracts, policy="県外から食品加工の企業を誘致する。"))
    assert derive_facts(plan, load_kb(), "C", TODAY)["attracted_company"].value is value


@pytest.mark.parametrize("role", ["current", "base"])
def test_a_value_added_rate_of_today_or_of_the_base_year_is_no_target_written_as_a_rate(role: str) -> None:
    """kgi_value_added_rate_only says the plan sets value added only as a rate: a rate the plan gives for today or
    its base year (現状値・基準値 30%) sets nothing, as a rate or otherwise."""
    today = Statement(kind="kgi", topic="value_added", role=role, value=0.3, unit="%",  # type: ignore[arg-type]
                      place=Place(line=3, quote="付加価値率 現状値 30%"))
    assert derive_facts(Plan(statements=[today]), load_kb(), "B", TODAY)["kgi_value_added_rate_only"].value is None


@pytest.mark.parametrize(
    ("kgi", "rate_only"),
    [
        (Statement(kind="kgi", topic="value_added", role="change", value=0.4, unit="%", place=Place(line=3, quote="2025年度比40%増")), True),
        # an increase in yen over a base year is an amount, not a rate
        (Statement(kind="kgi", topic="value_added", role="change", value=12e8, unit="円", place=Place(line=3, quote="2025年度比12億円増")), None),
    ],
)
def test_a_value_added_increase_in_yen_is_no_rate(kgi: Statement, rate_only: bool | None) -> None:
    f = derive_facts(Plan(statements=[kgi]), load_kb(), "B", TODAY)
    assert f["kgi_value_added_rate_only"].value is rate_only
    assert f["kgi_mandatory_all"].shown() == "未設定: 計画での官民設備投資額、計画での産業ニーズに即した産業人材育成数"



def test_of_two_announcements_the_first_is_stated_and_cited() -> None:
    """The head's announcement is the first one the draft states; it alone is cited."""
    said = [Statement(kind="announcement", subject=q, place=Place(line=n, quote=q)) for n, q in
            ((5, "事前確認の完了後、知事が記者会見で発表する。"), (9, "県議会への報告の後、知事がウェブサイトで発表する。"))]
    f = derive_facts(Plan(statements=said), load_kb(), "B", TODAY)["announcement_stated"]
    assert (f.value, [e.line for e in f.evidence]) == ("事前確認の完了後、知事が記者会見で発表する。", [5])


@pytest.mark.parametrize(("value", "unit", "shown"), [(50, "社", "2030年度 50社"), (3e8, "円", "2030年度 3億円"), (12, "件", "2030年度 12件")])
def test_a_ripple_target_is_shown_in_its_own_unit(value: float, unit: str, shown: str) -> None:
    """Only an amount in yen is written as yen (億円); a count of partners or deals keeps its unit."""
    s = Statement(kind="ripple", topic="transactions", value=value, unit=unit, year=2030, role="target",
                  place=Place(line=6, quote=f"域内の取引を2030年度に{value:g}{unit}とする。"))
    f = derive_facts(Plan(statements=[s]), load_kb(), "C", TODAY)["ripple_regional_transactions_value"]
    assert (f.value, f.shown(), [e.line for e in f.evidence]) == (value, shown, [6])


@pytest.mark.parametrize(
    ("modality", "value", "planned"),
    [
        ("planned", 6e8, True),  # 「売上増加額（6億円）× 付加価値率 30%」: the formula's increase plans sales
        ("considering", 6e8, False),  # an increase still being weighed (「6億円を見込むか精査中」) plans nothing
        ("placeholder", 6e8, False),
        ("planned", None, False),  # an increase named with no figure plans no amount
    ],
)
def test_the_formulas_sales_increase_plans_sales_only_when_held_with_a_figure(modality: str, value: float | None,
                                                                             planned: bool) -> None:
    """B.(2)② asks that sales (売上額) be planned: the sales increase the value-added KGI is computed from counts when
    the plan holds it with its figure; C's sales target then goes to a reviewer with that increase as its candidate."""
    s = Statement(kind="kgi", topic="sales_increase", subject="売上増加額", value=value, unit="円", modality=modality,  # type: ignore[arg-type]
                  place=Place(line=5, quote="売上増加額 6億円"))
    b = derive_facts(Plan(statements=[s]), load_kb(), "B", TODAY)["ripple_sales_stated"]
    assert (b.value, [e.line for e in b.evidence]) == (("売上増加額 6億円", [5]) if planned else (None, []))
    c = derive_facts(Plan(statements=[s]), load_kb(), "C", TODAY)["ripple_sales_value"]
    assert (c.value, c.uncertain, [e.line for e in c.evidence]) == ((None, True, [5]) if planned else (None, False, []))


@pytest.mark.parametrize(
    ("target", "value", "lines"),
    [
        ("2030年度に50人", True, [6]),  # a KPI on jobs with a figure to reach sets the labour target (C.(2)②)
        ("増加を目指す", None, []),  # with no figure it sets none
    ],
)
def test_a_kpi_on_jobs_sets_the_labour_target_only_with_a_figure_to_reach(target: str, value: bool | None,
                                                                          lines: list[int]) -> None:
    kpi = Statement(kind="kpi", topic="custom", subject="新規雇用者数", modality="planned", attrs={"target": target},
                    place=Place(line=6, quote=f"KPI 新規雇用者数：{target}"))
    f = derive_facts(Plan(statements=[kpi]), load_kb(), "C", TODAY)["ripple_labour_value"]
    assert (f.value, [e.line for e in f.evidence]) == (value, lines)


@pytest.mark.parametrize(
    ("target_fy", "kgi_year", "due"),
    [
        (2030, None, True),  # the plan's target year dates the KGI, and so the KPI that repeats it
        (None, 2030, True),  # a dated KGI value does too
        (None, None, False),  # nothing dates the KGI: the KPI that repeats it has no deadline
    ],
)
def test_a_kpi_repeating_a_kgi_is_due_when_the_kgi_is(target_fy: int | None, kgi_year: int | None, due: bool) -> None:
    kgi = Statement(kind="kgi", topic="value_added", subject="付加価値増加額", value=12e8, unit="円", year=kgi_year,
                    role="target", place=Place(line=4, quote="KGI① 付加価値増加額 12億円"))
    kpi = Statement(kind="kpi", topic="custom", subject="付加価値増加額（KGI①再掲）", attrs={"target": "12億円"},
                    place=Place(line=6, quote="KPI 付加価値増加額（KGI①再掲） 12億円"))
    plan = Plan(period=Period(target_fy=target_fy), statements=[kgi, kpi])
    assert derive_facts(plan, load_kb(), "B", TODAY)["kpi_deadline_all"].value is due


def _cluster(line: int, topic: str, confidence: float) -> Statement:
    return Statement(kind="claim", topic=topic, confidence=confidence, attrs={"p": 0.9},
                     place=Place(line=line, quote=f"{line}行目のクラスターの記載"))


def test_a_stated_difference_outweighs_a_mere_candidate_for_the_prefectures_cluster() -> None:
    """000 B.(4)①※: a designated city that states a cluster of its own (read with confidence below certainty) and has
    only a candidate reading of the prefecture's cluster is not on the prefecture's, nor sent to a reviewer for it."""
    plan = Plan(authors=[Author(name="北九州市", kind="designated_city")],
                statements=[_cluster(4, "different_cluster", 0.8), _cluster(6, "same_cluster", 0.45)])
    f = derive_facts(plan, load_kb(), "B", TODAY)
    assert (f["author_same_cluster_as_prefecture"].value, f["author_same_cluster_as_prefecture"].uncertain) == (None, False)
    assert f["author_different_cluster_stated"].value == "4行目のクラスターの記載"



@pytest.mark.parametrize(("same_confidence", "different"), [(0.85, "4行目のクラスターの記載"), (0.9, "4行目のクラスターの記載"),
                                                          (0.95, None)])
def test_a_difference_read_at_least_as_surely_as_the_prefectures_cluster_is_stated(same_confidence: float,
                                                                                   different: str | None) -> None:
    """A designated city's readings of a cluster of its own (0.9) and of the prefecture's: the difference is stated when
    it is read at least as surely (a tie included), and not when the prefecture's cluster is read more surely."""
    plan = Plan(authors=[Author(name="北九州市", kind="designated_city")],
                statements=[_cluster(4, "different_cluster", 0.9), _cluster(6, "same_cluster", same_confidence)])
    assert derive_facts(plan, load_kb(), "B", TODAY)["author_different_cluster_stated"].value == different


DENIED = "県と異なるクラスターは目指さない。"


@pytest.mark.parametrize(
    ("modality", "quote", "attrs", "same"),
    [
        ("negated", DENIED, {"p": 0.9}, DENIED),  # a difference denied
        ("negated", DENIED, {}, DENIED),  # read without the classifier's probability: a denial all the same
        ("considering", "県と異なるクラスターを目指すことも検討する。", {"p": 0.9}, None),  # only considered: no denial
    ],
)
def test_only_a_denied_difference_states_the_prefectures_cluster(modality: str, quote: str, attrs: dict[str, float],
                                                                  same: str | None) -> None:
    said = Statement(kind="claim", topic="different_cluster", modality=modality, confidence=0.9, attrs=attrs,  # type: ignore[arg-type]
                     place=Place(line=4, quote=quote))
    plan = Plan(authors=[Author(name="北九州市", kind="designated_city")], statements=[said])
    assert derive_facts(plan, load_kb(), "B", TODAY)["author_same_cluster_as_prefecture"].value == same


def _desk(line: int, modality: str = "affirmed", subject: str | None = None, department: str | None = None,
          quote: str = "") -> Statement:
    return Statement(kind="desk", subject=subject, modality=modality, attrs={"department": department},
                     place=Place(line=line, quote=quote or f"{line}行目の相談窓口"))


@pytest.mark.parametrize(
    ("desks", "named"),
    [
        ([_desk(4, subject="ものづくり相談窓口"), _desk(6, subject="輸出相談デスク")], "ものづくり相談窓口"),
        ([_desk(4, department="産業振興課"), _desk(6, department="商工会議所")], "産業振興課"),  # no names: the department
        ([_desk(4), _desk(6, subject="輸出相談デスク")], True),  # neither name nor department: set up all the same
    ],
)
def test_a_desk_set_up_is_named_by_the_first_desk(desks: list[Statement], named: str) -> None:
    f = derive_facts(Plan(statements=desks), load_kb(), "B", TODAY)["consultation_desk_stated"]
    assert (f.value, [e.line for e in f.evidence]) == (named, [4])


@pytest.mark.parametrize("published", [True, False])
def test_whether_the_state_published_the_plan_is_a_fact(published: bool) -> None:
    plan = Plan(submission=Submission(published=published))
    assert derive_facts(plan, load_kb(), "B", TODAY)["plan_published"].value is published


def test_a_desk_still_considered_is_quoted_by_its_first_200_characters_and_cited_first() -> None:
    quote = "相談窓口の設置について関係機関と検討している。" * 12
    assert len(quote) > 201
    desks = [_desk(4, "considering", quote=quote), _desk(6, "considering")]
    f = derive_facts(Plan(statements=desks), load_kb(), "B", TODAY)["consultation_desk_pending"]
    assert (f.value, [e.line for e in f.evidence]) == (quote[:200], [4])


def test_an_operator_named_and_planned_is_no_unnamed_operator() -> None:
    """「みなと精工株式会社が新工場を設立する予定」: a planned operator is named; only a slot or 公募 is unnamed."""
    op = Statement(kind="operator", topic="entity", subject="みなと精工株式会社", modality="planned",
                   place=Place(line=4, quote="みなと精工株式会社が新工場を設立する予定である。"))
    f = derive_facts(Plan(statements=[op]), load_kb(), "B", TODAY)
    assert f["core_operators_unnamed"].value is None
    assert f["core_companies_count"].value == 1


def test_a_plan_loaded_back_from_json_still_counts_its_named_operator() -> None:
    """A read plan saved as JSON and loaded again (its topics are new string objects, not the code's literals) still
    finds its operator by topic: statements are matched by the topic's value, not by identity."""
    op = Statement(kind="operator", topic="entity", subject="しらかわ化成株式会社", modality="planned",
                   place=Place(line=6, quote="しらかわ化成株式会社が新たな生産拠点を整備する。"))
    plan = Plan.model_validate_json(Plan(statements=[op]).model_dump_json())
    assert derive_facts(plan, load_kb(), "B", TODAY)["core_companies_count"].value == 1


def test_a_productivity_kgi_named_without_a_figure_cites_the_first_two_lines() -> None:
    named = [Statement(kind="kgi", topic="productivity", subject="一人当たり付加価値労働生産性", role="target",
                       place=Place(line=n, quote=f"{n}行目の労働生産性")) for n in (4, 5, 6)]
    f = derive_facts(Plan(statements=named), load_kb(), "C", TODAY)["kgi_productivity_value"]
    assert (f.value, [e.line for e in f.evidence]) == (None, [4, 5])


def test_kpis_whose_withdrawal_names_no_condition_cite_the_first_three() -> None:
    kpis = [Statement(kind="kpi", subject=name, attrs={"target": "年40件", "withdrawal": "推進会議で見直す"},
                      place=Place(line=n, quote=f"KPI：{name} 年40件（推進会議で見直す）"))
            for n, name in ((4, "商談件数"), (5, "成約件数"), (6, "研修受講者数"), (7, "新規取引先数"))]
    f = derive_facts(Plan(statements=kpis), load_kb(), "B", TODAY)["kpi_withdrawal_all"]
    assert (f.value, f.uncertain, [e.line for e in f.evidence]) == (True, True, [4, 5, 6])


def test_the_target_year_is_the_kgis_own_not_a_long_term_outlooks() -> None:
    """A KGI for 2030 beside a long-term outlook for 2040 (「参考：2040年」): the target year is 2030."""
    kgis = [_kgi(4, "value_added", 2030, None), _kgi(5, "value_added", 2040, None)]
    kgis[1] = kgis[1].model_copy(update={"attrs": {"long_term": True}})
    assert derive_facts(Plan(statements=kgis), load_kb(), "B", TODAY)["target_fy"].value == 2030


def test_a_candidate_export_claim_goes_to_a_person_with_its_quote() -> None:
    claim = Statement(kind="claim", topic="export_or_top_share", confidence=0.45, attrs={"p": 0.6},
                      place=Place(line=5, quote="将来的には海外展開も視野に入れる。"))
    f = derive_facts(Plan(statements=[claim]), load_kb(), "B", TODAY)["export_or_top_share"]
    assert (f.value, f.uncertain, [e.line for e in f.evidence]) == (None, True, [5])
    assert f.shown() == "要確認：将来的には海外展開も視野に入れる。"


def test_a_rate_not_above_the_industrys_from_another_sentence_shows_the_plans_own_rate_to_a_person() -> None:
    own = Statement(kind="claim", topic="value_added_rate", value=0.25, place=Place(line=3, quote="付加価値率は約25%を見込む。"))
    peer = Statement(kind="claim", topic="value_added_rate", attrs={"industry": 0.29},
                     place=Place(line=4, quote="全国の同業種の平均付加価値率は29%である。"))
    f = derive_facts(Plan(statements=[own, peer]), load_kb(), "C", TODAY)["value_added_higher_than_industry"]
    assert (f.value, f.uncertain, [e.line for e in f.evidence]) == (None, True, [3, 4])
    assert f.shown() == "要確認：付加価値率は約25%を見込む。"


def test_a_wage_raise_states_wages_and_no_other_ripple() -> None:
    """「基本給を毎年3%引き上げる」 where no ripple statement was read: the wage ripple only, not jobs, transactions or sales."""
    raise_ = Statement(kind="claim", topic="wages", place=Place(line=5, quote="従業員の基本給を毎年3%引き上げる。"))
    f = derive_facts(Plan(statements=[raise_]), load_kb(), "B", TODAY)
    assert f["ripple_wages_stated"].value == "従業員の基本給を毎年3%引き上げる。"
    for other in ("ripple_jobs_stated", "ripple_regional_transactions_stated", "ripple_sales_stated"):
        assert f[other].value is None, other


def test_the_core_area_is_the_first_one_read() -> None:
    areas = [Statement(kind="section", topic="core_area", attrs={"text": text}, place=Place(line=n, quote=text))
             for n, text in ((5, "北浜臨海工業団地"), (9, "南港地区"))]
    f = derive_facts(Plan(statements=areas), load_kb(), "B", TODAY)["core_area_stated"]
    assert (f.value, [e.line for e in f.evidence]) == ("北浜臨海工業団地", [5])


@pytest.mark.parametrize(
    ("topic", "quote"),
    [
        ("candidate", "臨海地区を中心に取り組む。"),  # a possible place of an item
        ("unwritten", "〇〇地区（〇〇ha）"),  # an item holding only slots to fill
    ],
)
def test_another_section_statement_is_not_the_core_area(topic: str, quote: str) -> None:
    """A `section` statement of another topic than the core area (a candidate place of an item, an item left as slots)
    is no core area: the field is."""
    other = Statement(kind="section", topic=topic, subject="B.3.3", attrs={"text": quote}, place=Place(line=7, quote=quote))
    plan = Plan(core_area="北浜臨海工業団地", statements=[other])
    assert derive_facts(plan, load_kb(), "B", TODAY)["core_area_stated"].value == "北浜臨海工業団地"


@pytest.mark.parametrize(
    ("text", "uncertain"),
    [
        ("付加価値額は2030年度に12億円を目指す。", True),  # a figure in yen on a line naming the KGI: for a person
        ("付加価値額を2030年度までに前年度比10%増やす。", False),  # a rate names no amount in yen
        ("付加価値額の増加を目指し、支援企業を20社とする。", False),  # nor a count of firms
    ],
)
def test_an_unread_value_added_kgi_goes_to_a_person_only_with_a_figure_in_yen(text: str, uncertain: bool) -> None:
    plan = Plan(sections={"B.3.2": SectionText(heading="目指すべき目標", text=text)})
    f = derive_facts(plan, load_kb(), "B", TODAY)["kgi_value_added_value"]
    assert (f.value, f.uncertain) == (None, uncertain)


def _support_named(line: int, topic: str, subject: str, **attrs: Any) -> Statement:
    return Statement(kind="support", topic=topic, subject=subject, attrs=attrs, place=Place(line=line, quote=f"{line}行目：{subject}"))


def test_the_support_body_is_the_first_one_named() -> None:
    body = [_support_named(4, "body", "精密減速機クラスター推進本部"), _support_named(6, "body", "北浜市産業振興会議")]
    f = derive_facts(Plan(statements=body), load_kb(), "B", TODAY)["support_body_stated"]
    assert (f.value, [e.line for e in f.evidence]) == ("精密減速機クラスター推進本部", [4])


def test_a_desks_department_written_beside_it_is_the_first_such_line() -> None:
    lines = [_desk(3), _support_named(4, "department", "商工労働部産業振興課", desk=True),
             _support_named(5, "department", "北浜商工会議所", desk=True)]
    f = derive_facts(Plan(statements=lines), load_kb(), "B", TODAY)["consultation_desk_department"]
    assert (f.value, [e.line for e in f.evidence]) == ("商工労働部産業振興課", [4])


def test_a_place_for_an_unplaced_item_counts_in_a_plan_saved_and_loaded_again() -> None:
    """A plan saved as JSON and loaded again (its statements' topics new strings) keeps the candidate place of an
    unplaced item: the item goes to a reviewer, as in the plan first read."""
    candidate = Statement(kind="section", topic="candidate", subject="B.3.1",
                          place=Place(section="現状と目標", line=7, quote="県内の減速機の出荷額は伸びている。"))
    loaded = Plan.model_validate_json(Plan(statements=[candidate]).model_dump_json())
    f = derive_facts(loaded, load_kb(), "B", TODAY)["section:B.3.1"]
    assert (f.value, f.uncertain, [e.line for e in f.evidence]) == (None, True, [7])


def test_the_investment_kgi_stands_for_the_total_whatever_kgis_are_listed_before_it() -> None:
    kgis = [KGI(kind="employment", name="新規雇用者数", value=300, unit="人", year=2040),
            KGI(kind="custom", name="域内取引額", value=2e10, unit="円", year=2040),
            KGI(kind="investment", name="官民設備投資額", value=3e11, unit="円", year=2040)]
    assert derive_facts(Plan(kgis=kgis), load_kb(), "A", TODAY)["investment_total"].value == 3e11


@pytest.mark.parametrize(
    ("forms", "ok"),
    [
        (["様式 1-2"], True),  # a space after 様式: the same series as the knowledge's 様式1-2
        (["様式１－３"], True),  # full-width
        (["様式 2-1"], False),  # C's series in a B plan
    ],
)
def test_the_forms_named_are_judged_by_their_series_however_written(forms: list[str], ok: bool) -> None:
    said = Statement(kind="forms", attrs={"forms": forms}, place=Place(line=9, quote="提出様式：" + "、".join(forms)))
    f = derive_facts(Plan(statements=[said]), load_kb(), "B", TODAY)["submission_forms_ok"]
    assert (f.value, [e.line for e in f.evidence]) == (ok, [9])


def test_the_date_a_precheck_was_requested_is_a_fact() -> None:
    plan = Plan(submission=Submission(precheck_requested_on="2026-07-01"))
    assert derive_facts(plan, load_kb(), "B", TODAY)["precheck_requested"].value == "2026-07-01"


@pytest.mark.parametrize(
    ("modality", "value", "count"),
    [
        ("affirmed", 7, 7),  # 「7つの分野で計画を策定する」
        ("considering", 7, 3),  # 「7つ程度の計画を検討している」: no count, the batch's
        ("affirmed", None, 3),  # 「複数の計画を策定する」: no number, the batch's
    ],
)
def test_the_plan_count_is_the_drafts_only_when_held_with_a_number(modality: str, value: float | None, count: int) -> None:
    said = Statement(kind="plan_count", modality=modality, value=value, place=Place(line=4, quote="4行目の計画数"))
    f = derive_facts(Plan(statements=[said]), load_kb(), "B", TODAY, context={"author_plan_count": 3})
    assert f["author_plan_count"].value == count


def test_a_section_whose_items_may_be_written_is_cited_by_its_first_such_item() -> None:
    """A section with no text of its own whose items are only candidates goes to a reviewer with the first
    candidate's quote."""
    candidates = [Statement(kind="section", topic="candidate", subject=item,
                            place=Place(section="現状と目標", line=line, quote=f"{line}行目の候補の文"))
                  for item, line in (("B.3.1", 7), ("B.3.3", 9))]
    f = derive_facts(Plan(statements=candidates), load_kb(), "B", TODAY)["section:B.3"]
    assert (f.value, f.uncertain, [e.line for e in f.evidence]) == (None, True, [7])


def test_an_unread_items_text_is_cited_by_its_first_200_characters() -> None:
    text = "欧州で精密減速機の需要が年率8%で伸びている。" + "協働ロボットの普及により小型で高精度な減速機の調達先が不足している。" * 7
    assert len(text) > 201
    plan = Plan(sections={"B.3.1": SectionText(heading="市場ニーズ", text=text)})
    f = derive_facts(plan, load_kb(), "B", TODAY)["market_needs_stated"]
    assert [e.text for e in f.evidence] == [text[:200]]


@pytest.mark.parametrize(("item", "strong"), [("A.1.4", True), ("A.2.1", False)])
def test_an_advantage_with_a_world_share_is_strong_competitiveness_only_under_the_international_item(item: str,
                                                                                                    strong: bool) -> None:
    """000 A.(2)②: an advantage shown by a world share counts as world-level competitiveness where the plan writes it
    under 国際的な競争優位性 (A.1.4); elsewhere it is an advantage of another kind."""
    quote = "当社の精密減速機は世界シェア3割を占める。"
    claim = Statement(kind="claim", topic="competitive_advantage", place=Place(item=item, line=5, quote=quote))
    f = derive_facts(Plan(statements=[claim]), load_kb(), "A", TODAY)["international_competitiveness_strong"]
    assert f.value == (quote if strong else None)


@pytest.mark.parametrize(("plan_type", "allowed"), [("A", False), ("B", True), ("C", True)])
def test_a_designated_city_may_author_what_a_municipality_may_and_b(plan_type: str, allowed: bool) -> None:
    """000 第2章: A is the prefecture's; a 政令指定都市 is a 市, so it may author C as a 市町村 may, and B by name."""
    plan = Plan(authors=[Author(name="北九州市", kind="designated_city")])
    assert derive_facts(plan, load_kb(), plan_type, TODAY)["author_kind_allowed"].value is allowed


def test_a_dependence_the_plan_means_to_keep_is_no_reduction_of_the_one_it_tells() -> None:
    """000 C.(2)④: 「引き続き大手チェーン1社に納める予定」 plans a dependence, it does not reduce one: the dependence told
    under 現状の整理 still stands, and is the one cited."""
    told = Statement(kind="claim", topic="over_dependence", place=Place(item="C.3.1", line=5, quote="売上の8割を大手チェーン1社に依存している。"))
    kept = Statement(kind="claim", topic="over_dependence", modality="planned", confidence=0.6,
                     place=Place(item="C.4.1", line=9, quote="新商品も引き続き大手チェーン1社に納める予定である。"))
    f = derive_facts(Plan(statements=[told, kept]), load_kb(), "C", TODAY)["franchise_dependency"]
    assert (f.value, [e.line for e in f.evidence]) == ("売上の8割を大手チェーン1社に依存している。", [5])


def test_a_basis_item_of_a_plan_given_as_fields_is_its_first_300_characters() -> None:
    text = "核となる3社の設備投資計画を積み上げ、県の産業連関表で波及効果を試算した。" * 10
    assert len(text) > 301
    plan = Plan(sections={"B.3.3": SectionText(heading="設定の根拠", text=text)})
    assert derive_facts(plan, load_kb(), "B", TODAY)["kgi_basis_stated"].value == text[:300]


def test_kgis_of_one_table_are_matched_by_the_tables_name_not_by_the_object_holding_it() -> None:
    """Two statements of the same table carry equal group names made separately (a plan saved and edited, another
    reader): the A KGI short of its table's year is still a milestone."""
    investment = _kgi(3, "investment", 2040, "".join(("表", "1")))
    talent = _kgi(4, "talent", 2030, "".join(("表", "1")), 400.0)
    assert investment.attrs["group"] == talent.attrs["group"] and investment.attrs["group"] is not talent.attrs["group"]
    f = derive_facts(Plan(statements=[investment, talent]), load_kb(), "A", TODAY)["kgi_talent_value"]
    assert (f.value, [e.line for e in f.evidence]) == (None, [4])


@pytest.mark.parametrize("other_table", ["表9", "表0"], ids=["named_after", "named_before"])
def test_an_a_kgi_is_no_milestone_beside_a_later_year_of_another_table(other_table: str) -> None:
    """An A plan's talent KGI dated 2030 in its own table, with the investment dated 2040 in another table: the later
    year of another table does not make it a milestone, whichever table's name sorts first; it is the plan's target."""
    investment = _kgi(3, "investment", 2040, other_table)
    talent = _kgi(8, "talent", 2030, "表5", 400.0)
    f = derive_facts(Plan(statements=[investment, talent]), load_kb(), "A", TODAY)["kgi_talent_value"]
    assert (f.value, [e.line for e in f.evidence]) == (400.0, [8])


def test_a_per_worker_value_added_above_its_peers_is_shown_in_man_yen_rounded() -> None:
    """B.(2)④ by a per-worker figure only: the plan's 1,234.6万円 against the peers' 980万円, each shown to the 万円."""
    level = Statement(kind="claim", topic="value_added_level", value=12_346_000, unit="円", attrs={"industry": 9_800_000},
                      place=Place(line=6, quote="核3社の1人当たり付加価値額は1,234.6万円（市内製造業平均 980万円）。"))
    f = derive_facts(Plan(statements=[level]), load_kb(), "B", TODAY)["value_added_comparison_stated"]
    assert (f.value, [e.line for e in f.evidence]) == ("1人当たり付加価値額 1,235万円（比較対象 980万円）", [6])


def test_a_per_worker_value_added_equal_to_its_peers_is_no_comparison() -> None:
    """B.(2)④ asks for higher value added: a per-worker figure that only matches the peers' (both 1,050万円) is not
    higher, so it states no comparison and cites nothing."""
    level = Statement(kind="claim", topic="value_added_level", value=10_500_000, unit="円", attrs={"industry": 10_500_000},
                      place=Place(line=9, quote="中核2社の1人当たり付加価値額は1,050万円で、県内同業の平均と同じ水準。"))
    f = derive_facts(Plan(statements=[level]), load_kb(), "B", TODAY)["value_added_comparison_stated"]
    assert (f.value, f.evidence) == (None, [])


def test_a_support_still_being_arranged_quotes_the_first_200_characters_of_its_line() -> None:
    """A support body named but not yet set up, on a line longer than 200 characters: the fact shows the line's first
    200 characters, no more."""
    quote = "地元信用金庫と商工会議所による伴走支援体制の構築については、関係機関と引き続き調整中であり、" * 6
    assert len(quote) > 201
    support = Statement(kind="support", modality="considering", place=Place(line=7, quote=quote))
    f = derive_facts(Plan(statements=[support]), load_kb(), "B", TODAY)["support_pending"]
    assert (f.value, [e.line for e in f.evidence]) == (quote[:200], [7])


def test_a_long_title_left_to_a_person_shows_its_first_80_characters() -> None:
    title = "北浜県 精密減速機と協働ロボット向け高精度部品の地域産業クラスター形成に向けた産業成長計画" * 5
    assert len(title) > 201
    got = derive_facts(Plan(title=title), load_kb(), "B", TODAY)["product_specified"]
    assert (got.uncertain, got.shown(), [e.text for e in got.evidence]) == (True, "要確認：" + title[:80], [title[:200]])


def test_jobs_planned_only_by_indicators_quote_the_first_indicator_on_them() -> None:
    kgi = Statement(kind="kgi", topic="employment", subject="新規雇用者数", value=120, unit="人", year=2030, role="target",
                    place=Place(line=4, quote="KGI 新規雇用者数 2030年度 120人"))
    kpi = Statement(kind="kpi", subject="新規採用数", attrs={"target": "年20人"}, place=Place(line=6, quote="KPI 新規採用数 年20人"))
    f = derive_facts(Plan(statements=[kgi, kpi]), load_kb(), "B", TODAY)["ripple_jobs_stated"]
    assert (f.value, [e.line for e in f.evidence]) == ("KGI 新規雇用者数 2030年度 120人", [4])


def test_jobs_planned_only_by_indicators_without_words_show_the_first_indicators_name_and_value() -> None:
    """Indicators on jobs given with no words quoted (a form's fields): the first one's name and value are shown."""
    kgi = Statement(kind="kgi", topic="employment", subject="雇用者数", value=80, unit="人", year=2031, role="target",
                    place=Place(line=7))
    kpi = Statement(kind="kpi", subject="新卒採用数", attrs={"target": "毎年15人"}, place=Place(line=9))
    assert derive_facts(Plan(statements=[kgi, kpi]), load_kb(), "B", TODAY)["ripple_jobs_stated"].value == "2031年度 雇用者数：80人"


def test_wages_raised_in_two_lines_where_no_ripple_was_read_quote_the_first() -> None:
    first = Statement(kind="claim", topic="wages", place=Place(line=4, quote="製造職の初任給を段階的に引き上げる。"))
    later = Statement(kind="claim", topic="wages", place=Place(line=8, quote="技能手当を増額し賃上げにつなげる。"))
    f = derive_facts(Plan(statements=[first, later]), load_kb(), "B", TODAY)["ripple_wages_stated"]
    assert (f.value, [e.line for e in f.evidence]) == ("製造職の初任給を段階的に引き上げる。", [4])


def test_an_operator_still_to_be_chosen_is_shown_by_its_first_60_characters() -> None:
    quote = "核となる事業者は、県内の食品加工事業者を対象とした公募により、事業計画の熟度と地域への波及効果を審査したうえで令和8年度中に選定する予定である。"
    assert len(quote) > 61
    op = Statement(kind="operator", topic="selection", modality="planned", place=Place(line=5, quote=quote))
    f = derive_facts(Plan(statements=[op]), load_kb(), "C", TODAY)["core_operators_unnamed"]
    assert (f.value, [e.line for e in f.evidence]) == (quote[:60], [5])


def test_the_scale_of_the_operators_is_shown_for_the_first_three() -> None:
    ops = [Statement(kind="operator", topic="entity", subject=name, attrs={"scale": scale}, place=Place(line=n, quote=f"{name}（{scale}）"))
           for n, name, scale in ((4, "港北ギア工業株式会社", "年商85億円"), (5, "潮見精密株式会社", "年商30億円"),
                                  (6, "北浜熱処理株式会社", "年商12億円"), (7, "霧ヶ丘鋳造株式会社", "年商9億円"))]
    f = derive_facts(Plan(statements=ops), load_kb(), "B", TODAY)["core_scale_stated"]
    assert (f.value, [e.line for e in f.evidence]) == (
        "港北ギア工業株式会社：年商85億円、潮見精密株式会社：年商30億円、北浜熱処理株式会社：年商12億円", [4, 5, 6])


def test_the_scale_evidence_cites_only_the_operators_whose_scale_is_shown() -> None:
    """The value shows the first three operators' scale; one of them read without a quote of its own has no place to
    cite, and the fourth operator, whose scale is not shown, is not cited in its stead."""
    ops = [Statement(kind="operator", topic="entity", subject=name, attrs={"scale": scale}, place=Place(line=n, quote=quote))
           for n, name, scale, quote in ((3, "白浜製作所株式会社", "年商40億円", "白浜製作所株式会社（年商40億円）"),
                                         (None, "湊川鍛造株式会社", "年商22億円", ""),
                                         (8, "北斗化成株式会社", "年商15億円", "北斗化成株式会社（年商15億円）"),
                                         (9, "大槻工業株式会社", "年商6億円", "大槻工業株式会社（年商6億円）"))]
    f = derive_facts(Plan(statements=ops), load_kb(), "B", TODAY)["core_scale_stated"]
    assert f.value == "白浜製作所株式会社：年商40億円、湊川鍛造株式会社：年商22億円、北斗化成株式会社：年商15億円"
    assert [e.line for e in f.evidence] == [3, 8]


def test_the_number_of_core_projects_cites_the_first_three() -> None:
    projects = [_investment("project", line, value, core=True) for line, value in ((3, 120e8), (4, 45e8), (5, 30e8), (6, 8e8))]
    f = derive_facts(Plan(statements=projects), load_kb(), "A", TODAY)["investments_count"]
    assert (f.value, [e.line for e in f.evidence]) == (4, [3, 4, 5])


def test_a_scale_sentence_written_with_a_placeholder_is_no_unnamed_operator() -> None:
    """「年商〇〇億円」 leaves a figure open, not an operator: only a 〇〇 operator or one still to be chosen is unnamed."""
    scale = Statement(kind="operator", topic="scale", modality="placeholder",
                      place=Place(line=5, quote="核となる事業者の年商は〇〇億円を見込む。"))
    assert derive_facts(Plan(statements=[scale]), load_kb(), "B", TODAY)["core_operators_unnamed"].value is None


def test_infrastructure_the_plan_names_is_cited_by_its_first_line() -> None:
    said = [Statement(kind="infrastructure", topic=topic, place=Place(line=line, quote=quote)) for line, topic, quote in
            ((8, "planned", "港湾の岸壁を2028年度までに延伸する。"), (12, "considering", "工業用水の増強を検討している。"))]
    f = derive_facts(Plan(statements=said), load_kb(), "A", TODAY)["infrastructure_relevant"]
    assert (f.value, [e.line for e in f.evidence]) == (True, [8])


def test_the_first_section_of_an_a_plan_tells_its_strategic_field_as_a_whole_as_by_its_items() -> None:
    """A's 産業分野を特定した理由 (A.1) may be written as a whole or under its items (A.1.2); a later section does not."""
    for sid, hits in (("A.1", ["2.造船"]), ("A.1.2", ["2.造船"]), ("A.2", None)):
        plan = Plan(sections={sid: SectionText(heading="産業分野", text="造船業を振興する")})
        assert derive_facts(plan, load_kb(), "A", TODAY)["strategic_field_matched"].value == hits, sid


def test_operators_named_without_roles_are_cited_by_the_first_three() -> None:
    ops = [Statement(kind="operator", topic="entity", subject=name, place=Place(line=n, quote=f"{name}が参画する。"))
           for n, name in ((4, "港北ギア工業株式会社"), (5, "潮見精密株式会社"), (6, "北浜熱処理株式会社"), (7, "霧ヶ丘鋳造株式会社"))]
    f = derive_facts(Plan(statements=ops), load_kb(), "B", TODAY)["core_roles_stated"]
    assert (f.value, [e.line for e in f.evidence]) == (False, [4, 5, 6])


def test_a_kgi_dated_after_the_rest_of_its_table_is_no_milestone() -> None:
    """Only a later year in its table makes a KGI's value a milestone; a table whose other KGIs stop earlier does not."""
    investment = _kgi(3, "investment", 2030, "表1")
    talent = _kgi(4, "talent", 2040, "表1", 400.0)
    f = derive_facts(Plan(statements=[investment, talent]), load_kb(), "A", TODAY)["kgi_talent_value"]
    assert (f.value, [e.line for e in f.evidence]) == (400.0, [4])


def test_a_kgi_named_without_a_value_is_cited_by_its_first_two_lines() -> None:
    said = [Statement(kind="kgi", topic="talent", subject="産業人材育成数", place=Place(line=n, quote=f"{n}行目 産業人材育成数（目標値は調整中）"))
            for n in (3, 5, 8)]
    f = derive_facts(Plan(statements=said), load_kb(), "A", TODAY)["kgi_talent_value"]
    assert (f.value, [e.line for e in f.evidence]) == (None, [3, 5])


def test_several_operators_are_cited_from_the_first_three_even_when_one_has_no_line() -> None:
    """The first of four named operators is a field with no line of its own: the evidence is the next two of the
    first three, never the fourth."""
    ops = [Statement(kind="operator", topic="entity", subject=name, place=Place(line=n, quote=f"{name}が参画する。" if n else ""))
           for n, name in ((None, "港北ギア工業株式会社"), (5, "潮見精密株式会社"), (6, "北浜熱処理株式会社"), (7, "霧ヶ丘鋳造株式会社"))]
    f = derive_facts(Plan(statements=ops), load_kb(), "C", TODAY)["operators_diverse"]
    assert (f.value, [e.line for e in f.evidence]) == (True, [5, 6])


def test_an_unread_kgi_line_left_to_a_person_shows_its_first_80_characters() -> None:
    line = "付加価値額は2030年度に12億円を目指し、" + "核となる3社の新工場の稼働、県内の協力企業への発注の拡大、" * 3 + "によって達成する"
    assert len(line) > 80
    plan = Plan(sections={"B.3.2": SectionText(heading="目指すべき目標", text=line)})
    f = derive_facts(plan, load_kb(), "B", TODAY)["kgi_value_added_value"]
    assert (f.uncertain, f.shown()) == (True, "要確認：" + line[:80])


def test_world_level_competitiveness_is_cited_by_its_first_strong_line() -> None:
    claims = [Statement(kind="claim", topic="international_competitiveness", place=Place(line=n, quote=q)) for n, q in
              ((5, "当社の精密減速機は世界シェア3割を占める。"), (9, "協働ロボット用の軸受は世界シェア2位である。"))]
    f = derive_facts(Plan(statements=claims), load_kb(), "A", TODAY)["international_competitiveness_strong"]
    assert (f.value, [e.line for e in f.evidence]) == ("当社の精密減速機は世界シェア3割を占める。", [5])


def test_the_roadmap_alignment_under_its_own_item_leaves_out_the_lines_elsewhere() -> None:
    said = [Statement(kind="alignment", topic="roadmap", attrs={"own_item": own}, place=Place(line=n, quote=q)) for n, own, q in
            ((4, False, "本計画は官民投資ロードマップを踏まえる。"), (7, True, "半導体の官民投資ロードマップの工程と整合させる。"))]
    f = derive_facts(Plan(statements=said), load_kb(), "A", TODAY)["roadmap_alignment_stated"]
    assert (f.value, [e.line for e in f.evidence]) == ("半導体の官民投資ロードマップの工程と整合させる。", [7])


def test_an_award_still_sought_is_shown_by_its_first_200_characters() -> None:
    text = "大規模成長投資補助金に令和9年度の公募で申請する予定であり、" * 8
    assert len(text) > 201
    f = derive_facts(Plan(statements=[CORE, _award(5, text, "considering", core=True)]), load_kb(), "A", TODAY)
    assert (f["investment_subsidy_pending"].value, [e.line for e in f["investment_subsidy_pending"].evidence]) == (text[:200], [5])



def test_a_mandatory_kgi_named_on_its_own_line_over_its_figure_and_not_read_goes_to_a_person() -> None:
    """The KGI's name alone on a line and its figure on the line under it (「ア　KGI　…付加価値額の増加額」 over
    「(イ)　目標値　令和12年度に9億円」), where no reader read it: neither the KGI nor the set of mandatory ones is
    a gap; a name over a line with no figure of its unit, or over another KGI's line, stays one."""
    goals = "ア　KGI　参加企業の付加価値額の増加額\n(イ)　目標値　令和12年度に9億円\nイ　KGI　官民設備投資額\n(イ)　目標値　未定"
    f = derive_facts(Plan(sections={"C.3.2": SectionText(heading="目指すべき目標", text=goals)}), load_kb(), "C", TODAY)
    assert f["kgi_value_added_value"].uncertain and "9億円" in f["kgi_value_added_value"].evidence[0].text
    assert f["kgi_mandatory_all"].uncertain
    bare = "ア　KGI　参加企業の付加価値額の増加額\n(イ)　目標値　令和12年度に30人\n付加価値額の算定は年度末に行う。"
    g = derive_facts(Plan(sections={"C.3.2": SectionText(heading="目指すべき目標", text=bare)}), load_kb(), "C", TODAY)
    assert not g["kgi_value_added_value"].uncertain and g["kgi_mandatory_all"].value is False
    # a name said to be still worked out, over another indicator's own labelled line: a gap, nothing to read
    pending = "・付加価値増加額：算定中であり、確定までに設定する。\n・加工品の売上額：0.4億円→1.2億円（令和12年度）"
    h = derive_facts(Plan(sections={"C.3.2": SectionText(heading="目指すべき目標", text=pending)}), load_kb(), "C", TODAY)
    assert not h["kgi_value_added_value"].uncertain and h["kgi_mandatory_all"].value is False


@pytest.mark.parametrize(
    "text",
    [
        # a sentence that mentions the KGI over a sentence with an amount of money: no name over its figure
        "本町では、地元企業の付加価値額をさらに伸ばしていくことを目指す。\n新しい加工場の整備には約3億円を見込む。",
        # a name over today's level only: no target to read
        "ア　KGI　地元企業の付加価値額の増加額\n(ア)　現状値　約6億円",
    ],
)
def test_a_sentence_or_a_name_over_todays_level_is_no_unread_kgi(text: str) -> None:
    f = derive_facts(Plan(sections={"C.3.2": SectionText(heading="目指すべき目標", text=text)}), load_kb(), "C", TODAY)
    assert not f["kgi_value_added_value"].uncertain and f["kgi_mandatory_all"].value is False


def test_unread_mandatory_kgis_go_to_a_person_showing_the_first_ones_line() -> None:
    """Three mandatory KGIs of B written with figures but none read: the set goes to a person, and what is shown is
    the line of the first mandatory KGI (investment), not of the last one missing."""
    goals = "設備投資額は2030年度に20億円とする\n付加価値額は2030年度に12億円を目指す\n人材育成数は2030年度に30人とする"
    f = derive_facts(Plan(sections={"B.3.2": SectionText(heading="目指すべき目標", text=goals)}), load_kb(), "B", TODAY)
    assert f["kgi_mandatory_all"].uncertain
    assert f["kgi_mandatory_all"].shown() == "要確認：設備投資額は2030年度に20億円とする"


def test_a_kgi_name_over_its_figure_left_to_a_person_shows_the_first_80_characters_of_both_lines() -> None:
    # written as the reader normalises it (NFKC), so that the shown text is the written one
    name = "ア KGI 参加企業の付加価値額の増加額(核となる企業と県内の協力企業、地域の金融機関、大学、商工団体が連携して毎年度の決算に基づき算定するもの)"
    figure = "(イ) 目標値 令和12年度に9億円"
    assert len(name) + 1 + len(figure) > 81
    plan = Plan(sections={"C.3.2": SectionText(heading="目指すべき目標", text=f"{name}\n{figure}")})
    f = derive_facts(plan, load_kb(), "C", TODAY)["kgi_value_added_value"]
    assert f.uncertain
    assert f.shown() == "要確認：" + f"{name} {figure}"[:80]


@pytest.mark.parametrize("filler", [1, 299])  # the name on the second line, and on the 300th of a long item
def test_a_kgi_named_without_its_figure_on_the_last_line_of_the_goals_stays_a_gap(filler: int) -> None:
    """Nothing under the name: no figure to read, the KGI stays a gap, however long the item."""
    text = "\n".join(["地域の産業の現状を整理する。"] * filler + ["ア　KGI　参加企業の付加価値額の増加額"])
    f = derive_facts(Plan(sections={"C.3.2": SectionText(heading="目指すべき目標", text=text)}), load_kb(), "C", TODAY)
    assert not f["kgi_value_added_value"].uncertain and f["kgi_mandatory_all"].value is False


def test_a_kgi_line_with_a_figure_outside_the_goals_item_is_no_unread_kgi() -> None:
    """Today's level in the situation (「現状の整理」) names the KGI with an amount: it is no target the readers
    missed, so the KGI with nothing in the goals stays a gap."""
    plan = Plan(sections={"B.3.1": SectionText(heading="現状の整理", text="付加価値額は2024年度に8億円である"),
                          "B.3.2": SectionText(heading="目指すべき目標", text="")})
    f = derive_facts(plan, load_kb(), "B", TODAY)["kgi_value_added_value"]
    assert (f.value, f.uncertain) == (None, False)


@pytest.mark.parametrize("before", [0, 1, 2])  # the pair on the first, the second or the third line of the item
def test_a_kgi_name_over_its_figure_goes_to_a_person_on_whichever_line_the_pair_begins(before: int) -> None:
    lead = ["本計画で目指す目標は次のとおりとする。", "目標の達成状況は毎年度確認する。"][:before]
    text = "\n".join([*lead, "ア　KGI　参加企業の付加価値額の増加額", "(イ)　目標値　令和12年度に9億円"])
    f = derive_facts(Plan(sections={"C.3.2": SectionText(heading="目指すべき目標", text=text)}), load_kb(), "C", TODAY)
    assert f["kgi_value_added_value"].uncertain and "9億円" in f["kgi_value_added_value"].evidence[0].text


def test_a_company_of_unknown_degrees_listed_first_leaves_the_next_ones_reference_listing_shown() -> None:
    ops = [Statement(kind="operator", topic="entity", subject=name, attrs=attrs, place=Place(line=n, quote=f"{name}が参画する。"))
           for n, name, attrs in ((4, "港北ギア工業株式会社", {}), (5, "潮見精密株式会社", {"reference": True}))]
    f = derive_facts(Plan(statements=ops), load_kb(), "B", TODAY)["connector_hub_high"]
    assert (f.value, f.shown(), [e.line for e in f.evidence]) == (True, "潮見精密株式会社: 参考リスト掲載", [5])


def test_a_support_system_of_no_body_lead_or_department_is_the_first_named() -> None:
    """Only desks named (no body, lead or department): the support system shown is the first desk, never the last."""
    desks = [_support_named(4, "desk", "ものづくり相談窓口"), _support_named(6, "desk", "輸出相談デスク")]
    f = derive_facts(Plan(statements=desks), load_kb(), "B", TODAY)["support_system_stated"]
    assert (f.value, [e.line for e in f.evidence]) == ("ものづくり相談窓口", [4])


def test_the_market_attributes_cite_the_first_market_line() -> None:
    markets = [Statement(kind="market", topic=t, place=Place(line=n, quote=q)) for n, t, q in
               ((5, "法人", "県内の自動車部品メーカーに供給する。"), (8, "海外", "欧州の装置メーカーへ輸出する。"))]
    f = derive_facts(Plan(statements=markets), load_kb(), "C", TODAY)["market_attributes_stated"]
    assert (f.value, [e.line for e in f.evidence]) == (["法人", "海外"], [5])


def test_the_submission_contacts_show_each_offices_email_beside_its_name() -> None:
    f = derive_facts(Plan(), load_kb(), "B", TODAY)["submission_contacts"]
    assert f.shown().startswith("内閣官房地域未来戦略本部事務局 地域未来戦略班（kihon.kousou.r4f@cas.go.jp） 及び ")


def test_a_hub_degree_written_out_is_shown_as_written_beside_the_purchases_it_could_be_computed_from() -> None:
    op = Statement(kind="operator", topic="entity", subject="潮見精密株式会社", place=Place(line=5, quote="潮見精密株式会社"),
                   attrs={"hub": 0.02, "inside_purchases": 3e8, "prefecture_inside_purchases": 1e10})
    f = derive_facts(Plan(statements=[op]), load_kb(), "B", TODAY)["connector_hub_high"]
    assert f.shown() == "潮見精密株式会社: ハブ度 2.00%"


def test_in_b_a_talent_target_for_the_year_wins_over_the_total_written_beside_it() -> None:
    kgis = [Statement(kind="kgi", topic="talent", subject="人材育成数", role=role, value=v, unit="人", year=2030,
                      place=Place(line=n, quote=q)) for n, role, v, q in
            ((7, "cumulative", 120.0, "人材育成数（累計）：2030年度までに120人"), (8, "target", 30.0, "人材育成数：2030年度に30人"))]
    f = derive_facts(Plan(statements=kgis), load_kb(), "B", TODAY)["kgi_talent_value"]
    assert (f.value, [e.line for e in f.evidence]) == (30.0, [8])


def test_a_company_category_left_blank_is_no_unnamed_core_operator() -> None:
    """「〇〇事業者」 written as a category of operators, not an operator: core_operators_unnamed stays unset."""
    blank = Statement(kind="operator", topic="category", modality="placeholder", subject="〇〇事業者",
                      place=Place(line=6, quote="〇〇事業者（約10社）"))
    f = derive_facts(Plan(statements=[blank]), load_kb(), "B", TODAY)["core_operators_unnamed"]
    assert f.value is None


def test_the_roadmap_alignment_written_twice_under_its_own_item_cites_the_first_line() -> None:
    said = [Statement(kind="alignment", topic="roadmap", attrs={"own_item": True}, place=Place(line=n, quote=q)) for n, q in
            ((6, "蓄電池の官民投資ロードマップが示す量産の時期に工場の稼働を合わせる。"), (8, "同ロードマップの人材育成の工程にも沿う。"))]
    f = derive_facts(Plan(statements=said), load_kb(), "A", TODAY)["roadmap_alignment_stated"]
    assert (f.value, [e.line for e in f.evidence]) == ("\n".join(s.place.quote for s in said), [6])


def test_an_award_won_is_shown_by_its_first_120_characters() -> None:
    text = "蓄電池工場の第1期工事は経済産業省の補助金に採択済みで、交付決定を受けている。" * 5
    assert len(text) > 121
    f = derive_facts(Plan(statements=[CORE, _award(7, text, core=True)]), load_kb(), "A", TODAY)["investment_subsidy_adopted"]
    assert (f.value, [e.line for e in f.evidence]) == (text[:120], [7])


def _outlook(confidence: float) -> Statement:
    return Statement(kind="claim", topic="value_up", confidence=confidence, attrs={"p": confidence},
                     place=Place(line=4, quote="従来の干物より保存性を高めた新商品で単価を上げる。"))


NEW_BUYERS = Statement(kind="kpi", subject="新規取引先数", place=Place(line=9, quote="KPI 新規取引先数：2030年度 15社"))


@pytest.mark.parametrize(
    ("confidence", "value", "line"),
    [
        (0.9, "従来の干物より保存性を高めた新商品で単価を上げる。", 4),  # the outlook stated: it answers, before any indicator
        (0.45, "KPI 新規取引先数：2030年度 15社", 9),  # only perhaps stated: the plan's own indicator on new buyers answers
    ],
)
def test_the_value_up_outlook_is_the_stated_claim_else_an_indicator_on_new_buyers(confidence: float, value: str, line: int) -> None:
    """C.(2)①: a claim the plan states comes first; a claim a person must weigh gives way to an indicator the plan sets."""
    f = derive_facts(Plan(statements=[_outlook(confidence), NEW_BUYERS]), load_kb(), "C", TODAY)["value_up_or_sales_expansion"]
    assert (f.value, f.uncertain, [e.line for e in f.evidence]) == (value, False, [line])
