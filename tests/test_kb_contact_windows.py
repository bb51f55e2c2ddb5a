"""A measure's contact text agrees with who runs it (issue 19, round 33).

`kb validate` reads the first body a measure's `where_to_ask` sends a planner to (by a body's name, short name or the
words for its offices: 都道府県労働局 is 厚生労働省's) and reports it where that body is neither the measure's ministry
(nor a body above or under it) nor a window the knowledge gives the measure (by institution, sector or object). A
measure whose owner the sources leave open (関係府省) may list any body, and the bodies that only route a planner (the
one-stop desk of the regional offices) are passed over. The window for adding value to local products follows what
the plan grows: flowers and bulbs (花き, 球根, 切り花) are farm products, the agriculture ministry's (general knowledge).
The cases are written here for these tests.
"""

from __future__ import annotations

import shutil
from pathlib import Path
from typing import Any

import pytest
import yaml

from chiiki_mirai.knowledge.kb_checks_measures import family
from chiiki_mirai.knowledge.loader import DATA_DIR, load_kb
from chiiki_mirai.knowledge.schema import line_up
from chiiki_mirai.knowledge.validate import validate
from chiiki_mirai.recommender.api import recommend_for_plan
from tests.plan_sections import plan_of

TALENT = "regional_talent_secure_develop_retain"


def parts_plan(problem: str) -> object:
    """A B plan of parts makers whose problem section varies."""
    return plan_of("B", "車載部品クラスター計画", "自動車部品", {
        "B.3.1": ("(1) 基本戦略", "電動車向けの部品を量産し、国内の完成車メーカーに納める。"),
        "B.5.1": ("(1) 課題", problem),
        "B.5.2": ("(2) 政策手段", "県の工業技術センターに共用の試験設備を置く。"),
    })


@pytest.fixture
def data(tmp_path) -> Path:
    copy = tmp_path / "data"
    shutil.copytree(DATA_DIR, copy)
    return copy


def _single_window_measure(data: Path) -> tuple[Path, int, dict[str, Any]]:
    """A measure run by the economy ministry alone (no windows, no window by sector or object)."""
    for path in sorted((data / "measures").glob("*.yaml")):
        for i, m in enumerate(yaml.safe_load(path.read_text(encoding="utf-8")) or []):
            if m["ministry"] == "meti" and not any(m.get(k) for k in ("windows", "ministry_by_sector", "ministry_by_object")):
                return path, i, m
    raise AssertionError("no measure run by the economy ministry alone")


def _problems_with_contact(data: Path, where_to_ask: str, **change: Any) -> list[str]:
    path, i, m = _single_window_measure(data)
    measures = yaml.safe_load(path.read_text(encoding="utf-8"))
    measures[i].update(where_to_ask=where_to_ask, **change)
    path.write_text(yaml.safe_dump(measures, allow_unicode=True, sort_keys=False), encoding="utf-8")
    return [str(p) for p in validate(data) if f"{m['id']} where_to_ask" in str(p)]


def test_the_bundled_contacts_agree_with_their_ministries():
    assert not [p for p in validate(DATA_DIR) if "where_to_ask" in str(p)]


@pytest.mark.parametrize("where_to_ask", [
    "各都道府県労働局の雇用担当。まずはワンストップ相談窓口へ。",  # another ministry's office first
    "国土交通省の担当課、各経済産業局",  # another ministry first, its own second
])
def test_a_contact_that_sends_the_planner_elsewhere_is_reported(data, where_to_ask):
    problems = _problems_with_contact(data, where_to_ask)
    assert problems and "経済産業省" in problems[0]


@pytest.mark.parametrize("where_to_ask, change", [
    ("各経済産業局の産業振興担当", {}),  # its own ministry's regional office
    ("まずはワンストップ相談窓口（関係府省庁の地方支分部局等の支援窓口）へ。その後、経済産業省の担当課", {}),
    ("都道府県労働局、各経済産業局", {"ministry": "related_ministries"}),  # owner left open: any body
    ("各地方農政局、各経済産業局", {"ministry_by_sector": [{"keywords": ["果樹"], "ministry": "maff", "basis": {
        "kind": "general_knowledge", "note": "果樹の窓口（テスト用）"}}]}),  # a window by sector may lead
])
def test_a_contact_that_names_who_runs_the_measure_passes(data, where_to_ask, change):
    assert _problems_with_contact(data, where_to_ask, **change) == []


def test_the_regional_talent_measure_whose_owner_the_sources_leave_open_is_sent_to_the_related_ministries():
    """The sources name the programme only (no owner): for a plan whose sector and own words choose no window, the
    knowledge does not pick one of the bodies that run such programmes. It shows 関係府省 with the owner to confirm,
    sends the planner to the one-stop desk first, and lists the economy ministry's 地域の人事部 and the labour bureaus
    as windows."""
    kb = load_kb()
    plan = parts_plan("部品メーカー各社で技能者が不足しており、地域ぐるみで若手の採用と定着を進める必要がある。")
    r = next(r for r in recommend_for_plan(plan, None, kb, top=40) if r.id == TALENT)
    assert r.ministry_id == "related_ministries" and r.window_id == "related_ministries"
    assert [w.ministry for w in r.windows] == ["経済産業省", "厚生労働省"]
    assert r.ministry_to_confirm and "経済産業省" in r.ministry_to_confirm and "厚生労働省" in r.ministry_to_confirm
    assert r.where_to_ask.startswith("まずはワンストップ相談窓口")


@pytest.mark.parametrize(("named", "window"), [
    ("県の「地域の人事部」と連携し、地域一体となった人材確保・育成・定着の取組を進める。", "meti"),
    ("都道府県労働局と連携し、地域一体となった人材確保・育成・定着の取組を進める。", "mhlw"),
])
def test_a_plan_that_names_the_programme_with_a_window_is_sent_to_it(named, window):
    kb = load_kb()
    r = next(r for r in recommend_for_plan(parts_plan("技能者が不足している。" + named), None, kb, top=40)
             if r.id == TALENT)
    assert r.window_id == window


@pytest.mark.parametrize(("title", "domain", "window"), [
    ("チューリップ球根・切り花の輸出プラン", "チューリップ球根と切り花", "maff"),
    ("鋳物の輸出プラン", "鉄鋳物の鍋・急須", "meti"),
    # a crop named by itself, not by the word for its kind (果実, 野菜): the farm window all the same
    ("ゆず加工品の輸出プラン", "ゆず果汁と、搾りかすから採る精油（化粧品の香料向け）", "maff"),
    ("ねぎの輸出プラン", "根深ねぎ（冬ねぎ）の生鮮品と乾燥ねぎ", "maff"),
])
def test_the_local_products_window_follows_what_the_plan_grows(title, domain, window):
    kb = load_kb()
    plan = plan_of("C", title, domain, {
        "C.3.1": ("(1) 基本戦略", "地域の産品を高付加価値化し、欧州・台湾へ輸出する。"),
        "C.5.1": ("(1) 課題", "海外向けの商品開発と販路開拓のノウハウが不足している。"),
        "C.5.2": ("(2) 政策手段", "地域産品の高付加価値化・海外展開の支援を活用する。"),
    })
    r = next(r for r in recommend_for_plan(plan, None, kb, top=40) if r.id == "local_products_value_overseas_support")
    assert r.window_id == window


def _problems_with_passage(data: Path, excerpt: str, ministry: str, basis: bool = True) -> list[str]:
    """The single-window measure given `ministry` and one more passage: as the ground of its ministry (basis) or only
    cited for its content (also_cited)."""
    path, i, m = _single_window_measure(data)
    measures = yaml.safe_load(path.read_text(encoding="utf-8"))
    passage = {"document": "policy_package", "section": "第3章", "excerpt": excerpt}
    if basis:
        measures[i].update(ministry=ministry, ministry_basis={"kind": "source", "source": passage})
    else:
        measures[i].update(ministry=ministry, also_cited=[*(measures[i].get("also_cited") or []), passage])
    path.write_text(yaml.safe_dump(measures, allow_unicode=True, sort_keys=False), encoding="utf-8")
    # the made-up passage is not in the sources (its own finding): only the check of the ministry counts here
    return [str(p) for p in validate(data) if f"{m['id']} ministry" in str(p) and "related_ministries" in str(p)]


def test_a_measure_whose_passage_says_the_ministries_give_it_together_names_no_single_ministry(data):
    together = "工場の立地に必要な支援を関係府省庁が連携して行う"
    assert _problems_with_passage(data, together, "meti")
    assert _problems_with_passage(data, together, "related_ministries") == []
    assert _problems_with_passage(data, "工場の立地に必要な支援を行う", "meti") == []


def test_a_passage_on_joint_support_cited_only_for_the_content_leaves_the_ministry_alone(data):
    # the ministries working together on a subject says who cooperates, not that no one leads the measure
    assert _problems_with_passage(data, "工場の立地に必要な支援を関係府省庁が連携して行う", "meti", basis=False) == []


def test_industrial_land_finance_names_no_giver_and_stays_with_meti_to_confirm():
    # its own passage names a financial measure and no giver; the ministries only cooperate on the land's development
    m = load_kb().measures["industrial_land_development_support"]
    assert m.ministry == "meti" and m.ministry_basis.kind == "general_knowledge" and m.ministry_basis.to_confirm


@pytest.mark.parametrize("mid", ["land_use_coordination_special_measures"])
def test_land_use_support_goes_to_the_related_ministries_as_the_package_says(mid):
    m = load_kb().measures[mid]
    assert m.ministry == "related_ministries" and m.ministry_basis.kind == "source"
    assert "関係府省庁が連携して" in m.ministry_basis.source.excerpt and m.ministry_basis.to_confirm


def test_the_body_the_sources_name_for_the_advice_centres_sits_under_the_small_firms_agency():
    # よろず支援拠点: the sources name 中小企業基盤整備機構; that it is 中小企業庁's organisation is general knowledge (to
    # confirm; the cited passage does not say who oversees it), so 中小企業庁 and 経済産業省 are its line of bodies in kb
    # validate's `family`; the scorer's headline takes only the top of the line (経済産業省) as agreeing with it
    kb = load_kb()
    runs = kb.measures["yorozu_support_center"].ministry
    assert runs == "smrj" and family(kb, runs) == {"smrj", "sme", "meti"}


def test_a_body_line_runs_up_its_parents_and_stops_where_they_come_round_again():
    # one walk over a map of parents for kb validate's `family` and cycle check and the scorer's ministry of a body
    parents = {"desk": "agency", "agency": "ministry", "loop_a": "loop_b", "loop_b": "loop_a"}
    assert line_up(parents, "desk") == ["desk", "agency", "ministry"]
    assert line_up(parents, "ministry") == ["ministry"]
    assert line_up(parents, "loop_a") == ["loop_a", "loop_b"]
    assert line_up(parents, "") == []


def _problems_with_words(data: Path, key: str, index: int, attr: str, words: list[str]) -> list[str]:
    """`kb validate`'s problems about the talent measure after its `key[index].attr` is set to `words`."""
    path = data / "measures" / "b_regional.yaml"
    measures = yaml.safe_load(path.read_text(encoding="utf-8"))
    m = next(m for m in measures if m["id"] == TALENT)
    m[key][index][attr] = words
    path.write_text(yaml.safe_dump(measures, allow_unicode=True, sort_keys=False), encoding="utf-8")
    return [str(p) for p in validate(data) if f"{TALENT} {key}[{index}].{attr}" in str(p)]


def test_the_bundled_windows_hold_no_blank_word():
    assert not [p for p in validate(DATA_DIR) if "空の語" in str(p)]


@pytest.mark.parametrize(("key", "attr", "words"), [
    ("ministry_by_sector", "keywords", ["林業", ""]),  # an empty word
    ("ministry_by_sector", "keywords", ["　"]),  # a full-width space only
    ("windows", "keywords", ["地域の人事部", " "]),
    ("windows", "borrowers", [""]),
])
def test_a_blank_word_that_would_choose_a_window_for_every_plan_is_reported(data, key, attr, words):
    problems = _problems_with_words(data, key, 0, attr, words)
    assert problems and "空の語" in problems[0]


def _problems_with_objects(data: Path, words: list[str]) -> list[str]:
    """`kb validate`'s problems about the talent measure after its objects are set to `words`."""
    path = data / "measures" / "b_regional.yaml"
    measures = yaml.safe_load(path.read_text(encoding="utf-8"))
    next(m for m in measures if m["id"] == TALENT)["objects"] = words
    path.write_text(yaml.safe_dump(measures, allow_unicode=True, sort_keys=False), encoding="utf-8")
    return [str(p) for p in validate(data) if f"{TALENT} objects" in str(p)]


def test_a_blank_object_word_that_would_be_in_every_plan_is_reported(data):
    problems = _problems_with_objects(data, ["人材", " "])
    assert problems and "空の語" in problems[0]
    assert _problems_with_objects(data, ["人材", "担い手"]) == []


def test_window_words_that_are_all_written_pass(data):
    assert _problems_with_words(data, "ministry_by_sector", 0, "keywords", ["林業", "木材"]) == []
