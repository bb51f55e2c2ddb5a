"""Ranking quality: main needs over incidental mentions, the type's menu, gaps, explanations, conditions.

The plans here are written for these tests (not the shared example drafts, except in the last test,
which checks the development set's expected measures).
"""

from __future__ import annotations

import io
import json
import shutil
from pathlib import Path
from types import SimpleNamespace

import pytest
import yaml

from chiiki_mirai import service
from chiiki_mirai.cli import main
from chiiki_mirai.core.plan import Company, Industry, Plan, SectionText, Submission
from chiiki_mirai.knowledge.loader import load_kb
from chiiki_mirai.knowledge.validate import validate
from chiiki_mirai.recommender.api import classify_plan, plan_fact_values, plan_signals, recommend_for_plan
from chiiki_mirai.recommender.plan_rank import measure_statics, rank_for_plan, score_for_plan, upper_bound
from chiiki_mirai.recommender.plan_reading import read_plan_needs
from chiiki_mirai.recommender.plan_text import weighted_segments
from chiiki_mirai.recommender.rank import rank_measures
from chiiki_mirai.recommender.ranking_model import Signals
from chiiki_mirai.recommender.themes import NAMED_NEED_STRENGTH, ThemeStrength, theme_strengths
from tests.test_ranking_signals import twins

# the development set from shared/examples, copied into the repository so CI never depends on it
SHARED = Path(__file__).resolve().parents[1] / "examples"


@pytest.fixture(scope="module")
def kb():
    return load_kb()


def _plan(plan_type: str, sections: dict[str, tuple[str, str]], **kw) -> Plan:
    return Plan(
        plan_type=plan_type,
        sections={k: SectionText(heading=h, text=t) for k, (h, t) in sections.items()},
        **kw,
    )


def _result(plan_type: str, gaps: list[str]) -> SimpleNamespace:
    """The part of a CheckResult the recommender reads: the plan type and the items not met."""
    items = [SimpleNamespace(id=g, status="missing") for g in gaps]
    return SimpleNamespace(plan_type=plan_type, requirements=items, checks=[], plan_type_suggestion=None)


def _ids(recs: list[dict]) -> list[str]:
    return [r.id for r in recs]


def _rank_of(ids: list[str], wanted: str) -> int:
    return ids.index(wanted) if wanted in ids else 10**6


EXPORT_C = {
    "C.1.1": ("(1) 対象とする地域資源", "産地で受け継がれてきた手すき和紙と、その和紙を使った照明・壁紙。"),
    "C.1.2": ("(2) 特定の理由", "国内の需要は減っているが、北米やアジアの建築設計事務所からの引き合いがある。"),
    "C.4.1": ("(1) 基本戦略", "主な販売先は海外の設計事務所とホテル。輸出に向けて英語のカタログを整え、"
              "海外の展示会に毎年出展し、越境ECでも販売する。"),
    "C.5.1": ("(1) 取組に向けた課題", "輸出の実務と海外の商習慣に詳しい人がいない。海外の販路開拓のノウハウが不足している。"),
    "C.5.2": ("(2) 講じるべき政策", "輸出支援機関の伴走による海外販路の開拓、海外バイヤーとの商談の場づくり。"),
    "C.5.3": ("(3) 仕組みづくり", "工房の見学を受け入れ、観光客にも紹介する。"),
}


def test_export_plan_ranks_export_support_above_tourism(kb):
    recs = recommend_for_plan(_plan("C", EXPORT_C, title="手すき和紙の海外展開プラン"), None, kb, top=15)
    ids = _ids(recs)
    jetro = _rank_of(ids, "jetro_overseas_expansion_support")
    assert jetro < 10
    tourism = [i for i, r in enumerate(recs) if r.category == "environment" and "観光" in r.name]
    assert all(jetro < t for t in tourism)
    assert ids[0] in {m.id for m in kb.measures.values() if "export" in m.themes}
    # the reasons quote the problem the plan states about exports, where it states it
    top = recs[_rank_of(ids, "jetro_overseas_expansion_support")]
    # (each line under the C template's 「取組に向けた課題」 states a problem: either of its two export problems)
    need = [ln for ln in top.reason_lines if ln.kind in ("need", "object") and ln.quote in EXPORT_C["C.5.1"][1]]
    assert need and need[0].where == "課題・政策手段" and need[0].quote in need[0].text
    assert any(ln.ref == "export" for ln in top.reason_lines)


def test_one_mention_does_not_outweigh_main_need(kb):
    plan = _plan("C", EXPORT_C)
    strength = theme_strengths(weighted_segments(plan, kb, "C"))
    assert strength["export"].strength == 1.0
    assert strength["tourism"].strength < 0.3


def test_department_names_are_not_needs():
    got = theme_strengths([("担当は市の商工観光課と県の観光振興部。輸出を伸ばす。輸出先を増やす。", 3.0, "課題")])
    assert "tourism" not in got and got["export"].strength > 0


def test_a_shortage_named_once_in_the_problems_section_is_an_important_need():
    talk = "人材育成の講座を開く。技能者を採用する。技能検定を広げる。人材の定着を図る。"
    segs = [(talk * 3, 2.0, "戦略"), ("岸壁の耐荷重不足、組立ヤード用地の不足。", 3.0, "課題・政策手段")]
    got = theme_strengths(segs)
    assert got["talent"].strength == 1.0
    # one clause naming a shortage makes each need in it count at least this much
    assert got["land"].strength >= NAMED_NEED_STRENGTH and got["infrastructure"].strength >= NAMED_NEED_STRENGTH
    # the same words in a background section are a mention only
    weak = theme_strengths([(talk * 3, 2.0, "戦略"), ("組立ヤード用地の不足。", 1.0, "背景")])
    assert weak["land"].strength < NAMED_NEED_STRENGTH
    # a request in the policy section names the need it asks about
    asked = theme_strengths([(talk * 3, 2.0, "戦略"), ("打上げ許可手続の迅速化を国に要望する。", 3.0, "課題・政策手段")])
    assert asked["regulation"].strength >= NAMED_NEED_STRENGTH


def test_plan_benefit_counts_for_the_types_the_process_names(kb):
    for pt in ("B", "C"):
        plan = _plan(pt, EXPORT_C if pt == "C" else LAND_B)
        recs = recommend_for_plan(plan, None, kb, top=30)
        kofukin = next((r for r in recs if r.id == "chiiki_mirai_kofukin_priority"), None)
        assert kofukin is not None, (pt, _ids(recs))
        assert any(d.kind == "benefit" for d in kofukin.drivers)
        assert any("活用プロセス" in x for x in kofukin.reasons)
    # an A plan gets no such link: the guidance names the benefit for B and C plans only
    a = recommend_for_plan(_plan("A", LAND_B), None, kb, top=50)
    assert not any(d.kind == "benefit" for r in a for d in r.drivers)


def test_plan_benefit_for_is_checked_against_plan_types(tmp_path):
    data = Path(__file__).resolve().parents[1] / "knowledge" / "data"
    shutil.copytree(data, tmp_path / "data")
    f = tmp_path / "data" / "measures" / "b_regional.yaml"
    text = f.read_text(encoding="utf-8")
    old = "  plan_benefit_for: [B, C]"
    assert text.count(old) == 1
    f.write_text(text.replace(old, "  plan_benefit_for: [A, B, C]"), encoding="utf-8")
    problems = [str(p) for p in validate(tmp_path / "data")]
    assert any("plan_benefit_for" in p and "chiiki_mirai_kofukin_priority" in p for p in problems), problems


CRAFT_C = {
    "C.1.1": ("(1) 対象とする地域資源", "有田焼の業務用食器。窯元と上絵付けの職人が分業でつくる磁器。"),
    "C.4.1": ("(1) 基本戦略", "国内の料亭と海外の日本料理店に、料理人と共同開発した器を売り込む。"),
    "C.5.1": ("(1) 取組に向けた課題", "窯元の後継者が少ない。"),
}


def test_a_sector_outside_the_fields_reaches_its_measures(kb):
    plan = _plan("C", CRAFT_C, title="有田焼の器づくり成長プラン")
    cls = classify_plan(plan, kb)
    assert cls.fields == []  # 伝統工芸品: outside the 17 fields
    recs = recommend_for_plan(plan, None, kb, top=40, classification=cls)
    local = next(r for r in recs if r.id == "local_products_value_overseas_support")
    assert any(d.kind == "sector" and d.ref == "traditional_crafts" for d in local.drivers)
    assert any("伝統工芸品" in x and "17の戦略分野以外" in x for x in local.reasons)
    # a sector another text belongs to gives no such link
    tourism = [r for r in recs if any(d.kind == "sector" and d.ref == "tourism" for d in r.drivers)]
    assert tourism == []


def test_measure_sectors_must_be_known_outside_examples(tmp_path):
    data = Path(__file__).resolve().parents[1] / "knowledge" / "data"
    shutil.copytree(data, tmp_path / "data")
    f = tmp_path / "data" / "measures" / "c_local.yaml"
    text = f.read_text(encoding="utf-8")
    old = "  sectors: [sports]"
    assert text.count(old) == 1
    f.write_text(text.replace(old, "  sectors: [sport]"), encoding="utf-8")
    problems = [str(p) for p in validate(tmp_path / "data")]
    assert any("sectors" in p and "'sport'" in p and "sports" in p for p in problems), problems


LAND_B = {
    "B.1.1": ("(1) 該当する業種", "電気自動車向けの車載電池の正極材と、そのリサイクル。"),
    "B.4.1": ("(1) 基本戦略", "国内の電池メーカー向けに供給し、国内で上位のシェアを目指す。"),
    "B.5.1": ("(1) 投資促進に向けた課題", "新工場を建てる用地が県内に残っておらず、工業団地は満杯。まとまった土地の確保が最大の課題。"),
    "B.5.2": ("(2) 講じるべき政策パッケージ", "新たな工業団地の造成と、農地からの土地利用転換の調整。"),
}


def test_b_plan_short_of_land_gets_industrial_land_support(kb):
    recs = recommend_for_plan(_plan("B", LAND_B, title="車載電池材料クラスター"), None, kb, top=10)
    ids = _ids(recs)
    assert _rank_of(ids, "industrial_land_development_support") < 5
    r = recs[ids.index("industrial_land_development_support")]
    assert any("課題・政策手段" in x for x in r.reasons)


COMMITMENT_C = {
    "C.1.1": ("(1) 対象とする地域資源", "温州みかんを使ったジュースとジャム。"),
    "C.4.1": ("(1) 基本戦略", "首都圏の百貨店とスーパーに販路を広げ、売上を伸ばす。"),
}


def test_a_gap_is_claimed_only_where_the_knowledge_says_how_the_measure_closes_it(kb):
    """A missing 相談窓口 (commitment) is the plan's own to write: no measure claims to close it. A missing
    certainty of the core investment (A.feasibility) is closed by a subsidy's adoption: the capex subsidy says so,
    with the requirement's passage as its source."""
    plan = _plan("C", COMMITMENT_C, title="みかん加工品の販路拡大")
    recs = recommend_for_plan(plan, _result("C", ["C.commitment"]), kb, top=10)
    assert not [ln for r in recs for ln in r.reason_lines if ln.kind == "gap"]
    assert not any("C.commitment" in r.gaps for r in recs)
    # (an A plan whose investors include mid-sized and small firms: the mid-sized firms' subsidy is for them, for_firms)
    a_plan = _plan("A", {**LAND_B, "B.4.1": ("(1) 基本戦略", LAND_B["B.4.1"][1] + "部材を納める地元の中堅・中小企業も量産設備に投資する。")},
                   title="車載電池材料クラスター")
    with_gap = recommend_for_plan(a_plan, _result("A", ["A.feasibility"]), kb, top=40)
    lines = [ln for r in with_gap for ln in r.reason_lines if ln.kind == "gap"]
    assert lines and all(ln.ref == "A.feasibility" and ln.rationale and ln.source for ln in lines)
    assert any("補助金等の採択" in ln.source.excerpt for ln in lines)
    without = recommend_for_plan(a_plan, _result("A", []), kb, top=40)
    assert not [ln for r in without for ln in r.reason_lines if ln.kind == "gap"]


def test_field_path_and_determinism(kb):
    plan = Plan(
        title="次世代型太陽電池の部素材",
        plan_type="A",
        industry=Industry(domain="フィルム型ペロブスカイト太陽電池の封止材", products=["封止フィルム"]),
    )
    a = recommend_for_plan(plan, None, kb, top=20)
    b = recommend_for_plan(plan, None, kb, top=20)
    assert a == b
    ids = _ids(a)
    assert len(ids) == len(set(ids))
    with_field = [r for r in a if any(s.kind == "field" for s in r.path)]
    assert with_field
    kinds = [s.kind for s in with_field[0].path]
    assert kinds[0] == "plan_text" and kinds[-2:] == ["measure", "ministry"]
    assert kinds.index("field") < kinds.index("measure")
    if "product" in kinds:
        assert kinds.index("product") < kinds.index("field")
    assert any("戦略分野" in x for x in with_field[0].reasons)
    scores = [r.score for r in a]
    assert scores[0] == max(scores)


def test_menu_reason_and_unmet_conditions_shown(kb):
    sections = {
        "B.1.1": ("(1) 該当する業種", "産業用ロボットの減速機と制御装置。"),
        "B.5.1": ("(1) 投資促進に向けた課題", "量産工場の新設に向けた設備投資の資金が不足している。"),
    }
    plan = _plan(
        "B", sections, title="ロボット部品クラスター",
        core_companies=[Company(name="大手精機株式会社", employees=8000)],
        submission=Submission(published=False),
    )
    recs = recommend_for_plan(plan, None, kb, top=50)
    menu = [r for r in recs if any("支援メニュー例" in x for x in r.reasons)]
    assert menu and all(kb.measures[r.id].menu_for and "B" in kb.measures[r.id].menu_for for r in menu)
    unmet = [c.text for r in recs for c in r.conditions if c.met is False]
    assert any("公表" in t for t in unmet) or any("2,000" in t for t in unmet)


def test_menu_for_is_checked_against_plan_types(tmp_path):
    data = Path(__file__).resolve().parents[1] / "knowledge" / "data"
    shutil.copytree(data, tmp_path / "data")
    f = tmp_path / "data" / "measures" / "guidance_menu.yaml"
    text = f.read_text(encoding="utf-8")
    start = text.index("- id: expert_dispatch_advanced_management")
    i = text.index("  menu_for: [C]", start)
    f.write_text(text[:i] + "  menu_for: [A, C]" + text[i + len("  menu_for: [C]"):], encoding="utf-8")
    problems = [str(p) for p in validate(tmp_path / "data")]
    assert any("menu_for" in p and "expert_dispatch_advanced_management" in p for p in problems), problems
    assert not any("menu_for" in str(p) for p in validate(data))


def test_classify_reads_stdin(monkeypatch, capsys):
    monkeypatch.setattr("sys.stdin", io.StringIO("量子コンピュータの冷凍機を作る\n\n老舗の酒蔵が吟醸酒を仕込む\n"))
    assert main(["classify", "-", "--format", "json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert len(data) == 2
    assert data[0]["fields"][0]["number"] == 3
    assert data[1]["fields"] == []


def test_recommend_json(tmp_path, capsys):
    text = "\n".join([
        "# 和紙の海外展開プラン", "", "- 計画の類型: C. 地場産業成長プラン", "",
        "## 4. 勝ち筋の特定と定量的なインパクト", "", "### (1) 基本戦略", "",
        "海外の設計事務所に和紙の照明を輸出する。越境ECも使う。", "",
        "## 5. 取組に向けた課題と町が行う取組", "", "### (1) 取組に向けた課題", "",
        "輸出のノウハウがなく、海外の販路開拓が進まない。", "",
    ])
    path = tmp_path / "plan.md"
    path.write_text(text, encoding="utf-8")
    assert main(["recommend", str(path), "--format", "json", "--top", "5"]) == 0
    data = json.loads(capsys.readouterr().out)
    recs = data["recommendations"]
    assert 0 < len(recs) <= 5
    for r in recs:
        assert {"id", "name", "ministry", "category", "score", "path", "reasons", "gaps", "conditions",
                "where_to_ask", "source"} <= set(r)
        assert r["reasons"] and r["path"][-1]["kind"] == "ministry"
    assert any("export" in load_kb().measures[r["id"]].themes for r in recs[:3])


@pytest.mark.parametrize("draft", sorted(yaml.safe_load((SHARED / "expected.yaml").read_text(encoding="utf-8"))))
def test_expected_measures_in_top10(kb, draft):
    expected = yaml.safe_load((SHARED / "expected.yaml").read_text(encoding="utf-8"))[draft]
    plan, _ = service.read_plan(SHARED / draft)
    result = service.check_plan(plan, draft, with_recommendations=False)
    recs = recommend_for_plan(plan, result, kb, top=10)
    names = [r.name + " " + " ".join(kb.measures[r.id].aliases) for r in recs]
    missing = [w for w in expected.get("recommend", []) if not any(w in n for n in names)]
    assert not missing, (missing, [r.id for r in recs])


@pytest.fixture(scope="module")
def plan_inputs(kb):
    """(signals, reading, facts) as recommend_for_plan builds them, for the example drafts and a written plan."""
    plans = [service.read_plan(SHARED / "drafts" / d)[0] for d in ("b_perovskite_cluster.md", "c_kiso_shikki.md")]
    plans.append(_plan("C", EXPORT_C, title="手すき和紙の海外展開プラン"))
    out = []
    for plan in plans:
        gaps = ["B.regional_ripple"] if plan.plan_type == "B" else []
        sig = plan_signals(plan, kb, plan.plan_type, classify_plan(plan, kb), gaps)
        out.append((sig, read_plan_needs(plan, kb, plan.plan_type), plan_fact_values(plan, kb, plan.plan_type)))
    return out


def test_upper_bound_is_never_below_a_score(kb, plan_inputs):
    """The ranking scores measures in the order of their bound and stops early: a bound below a measure's real
    score would drop it unseen."""
    for sig, reading, facts in plan_inputs:
        scored = 0
        for ms in measure_statics(kb):
            s = score_for_plan(ms.measure, sig, reading, kb, facts)
            bound = upper_bound(ms, sig, reading)
            if s is not None:
                scored += 1
                assert s.score <= bound, (ms.measure.id, s.score, bound)
        # enough measures with ground to make the comparison mean something (the lacquerware example has 9 since the
        # government lenders need a word of funds, not of investment: round 38)
        assert scored >= 8


def test_stopping_early_gives_the_full_ranking_head(kb, plan_inputs):
    for sig, reading, facts in plan_inputs:
        full = [(s.measure.id, s.score) for s in rank_for_plan(kb, sig, reading, facts, top=0)]
        assert len(full) > 5
        for top in (1, 3, 5, 10):
            assert [(s.measure.id, s.score) for s in rank_for_plan(kb, sig, reading, facts, top=top)] == full[:top]


def test_a_section_that_holds_what_the_measure_is_for_links_it(kb):
    """The plan writes, in the section the measure supports (C.5.3 仕組みづくり), what the measure is for (閉校した
    校舎): a section link of 2.0; the same words elsewhere are no section link."""
    def links(sections):
        plan = _plan("C", sections, title="手すき和紙の産地プラン")
        sig = plan_signals(plan, kb, "C", classify_plan(plan, kb), [])
        ranked = rank_for_plan(kb, sig, read_plan_needs(plan, kb, "C"), plan_fact_values(plan, kb, "C"), top=0)
        got = {s.measure.id: s for s in ranked}.get("public_facility_appropriate_management")
        return {lk.kind: lk.contribution for lk in got.links} if got else {}

    text = "閉校した校舎を和紙の工房と展示の場に転用し、職人の育成拠点とする。"
    base = {k: v for k, v in EXPORT_C.items() if k != "C.5.3"}
    assert links({**base, "C.5.3": ("(3) 仕組みづくり", text)})["section"] == 2.0
    assert "section" not in links({**base, "C.4.1": ("(1) 基本戦略", EXPORT_C["C.4.1"][1] + text)})


def test_desk_theme_link_names_three_cues_at_most(tmp_path_factory) -> None:
    """The need a desk answer's theme link shows is told by its first three cue words (most frequent first)."""
    kb = twins(tmp_path_factory, "desk_cues", twin_a={})
    sig = Signals(plan_type="B", themes={"export": ThemeStrength(1.0, ["輸出", "海外", "販路", "越境EC"])})
    (s,) = rank_measures(kb, sig, None, top=0)
    assert [lk.origin for lk in s.links if lk.kind == "theme"] == ["輸出・海外・販路"]


def test_desk_scores_are_given_to_six_decimals(tmp_path_factory) -> None:
    """A measure serving two needs shares its theme weight by 1/√2: the score shown is rounded to six decimals."""
    kb = twins(tmp_path_factory, "desk_six_places", twin_a={"themes": ["export", "tourism"]})
    (s,) = rank_measures(kb, Signals(plan_type="B", themes={"export": ThemeStrength(1.0)}), None, top=0)
    assert s.score == round(s.score, 6)
    assert s.score == pytest.approx(sum(lk.contribution for lk in s.links), abs=5e-7)
