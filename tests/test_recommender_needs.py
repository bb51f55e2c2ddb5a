"""How a plan's wording of its needs reaches the measures: particles, foreign markets, sports.

The texts are written for these tests (not taken from the QA drafts).
"""

from __future__ import annotations

import pytest

from chiiki_mirai.knowledge.loader import load_kb
from chiiki_mirai.recommender.links import field_links
from chiiki_mirai.recommender.measure_index import fold_text, with_compounds
from chiiki_mirai.recommender.rank import rank_measures
from chiiki_mirai.recommender.ranking_model import Signals
from chiiki_mirai.recommender.themes import detect_themes, theme_strengths
from chiiki_mirai.recommender.weights import W_SECTOR


@pytest.fixture(scope="module")
def kb():
    return load_kb()


def _signals(plan_type: str, needs_text: str, subject: str = "") -> Signals:
    segments = [(needs_text, 3.0, "課題・政策手段")]
    if subject:
        segments.append((subject, 1.5, "産業・製品"))
    return Signals(plan_type=plan_type, themes=theme_strengths(segments), segments=segments)


def _text_terms(scored, mid: str) -> list[str]:
    s = next(s for s in scored if s.measure.id == mid)
    return [lk.ref for lk in s.links if lk.kind == "text"]


# --- a particle between a noun and a kanji word does not hide a measure's compound term ---------------

def _compounds(text: str) -> str:
    return with_compounds(fold_text(text))


def test_plan_text_is_searched_with_a_copy_without_noun_joining_particles():
    assert "用地不足" in _compounds("物流倉庫の用地の不足")
    assert "人材不足" in _compounds("整備士の人材が不足している")
    assert "海外販路" in _compounds("海外の販路")
    # the particle stays where it does not join two nouns (kana on either side)
    assert _compounds("よい町のために") == "よい町のために"


def test_shortage_written_with_a_particle_reaches_the_measure_named_for_it(kb):
    sig = _signals("B", "倉庫を増やすための用地の不足が続いている。", "冷凍食品の物流拠点")
    scored = rank_measures(kb, sig, top=0)
    assert "用地不足" in _text_terms(scored, "industrial_land_development_support")


# --- 海外 and foreign markets are export needs unless visitors are meant ---------------------------

@pytest.mark.parametrize("text", ["北米の家具店へ売り込みたい", "欧州のレストランに出荷する", "東南アジアの小売に卸す"])
def test_a_foreign_market_named_as_such_is_an_export_need(text):
    assert "export" in detect_themes(text)


@pytest.mark.parametrize("text", ["台湾からの旅行者を増やしたい", "欧米の訪日客向けの宿泊プラン", "海外の旅行会社と商談する"])
def test_visitors_from_abroad_are_tourism_not_export(text):
    themes = detect_themes(text)
    assert "export" not in themes and "tourism" in themes


def test_plan_selling_to_a_foreign_market_has_export_as_its_main_need():
    segments = [
        ("ターゲットは欧州と北米の家具メーカー。", 2.0, "戦略・ターゲット市場"),
        ("欧州向けの見本市への出展と、北米の代理店の開拓。", 3.0, "課題・政策手段"),
        ("乾燥設備の更新。", 3.0, "課題・政策手段"),
    ]
    st = theme_strengths(segments)
    assert st["export"].strength == 1.0
    assert st["export"].strength > st["capex"].strength


def test_foreign_visitors_do_not_make_a_tourism_plan_an_export_plan():
    segments = [
        ("ターゲットは台湾・香港の旅行者。", 2.0, "戦略・ターゲット市場"),
        ("宿泊施設の不足、観光ガイドの不足。", 3.0, "課題・政策手段"),
    ]
    assert "export" not in theme_strengths(segments)


# --- a sport named by its name is the sports need -------------------------------------------------

@pytest.mark.parametrize("text", ["サイクリングで周遊する客を増やす", "スキー場の運営を強化したい", "マラソン大会を誘致する"])
def test_a_named_sport_is_a_sports_need(text):
    assert "sports" in detect_themes(text)


def test_sports_measure_reaches_a_c_plan_about_a_sport(kb):
    sig = _signals(
        "C",
        "サイクリングの拠点整備とガイドの育成。自転車の貸出拠点の不足。",
        "湖畔のサイクリングと自転車の周遊ツアー",
    )
    names = [s.measure.id for s in rank_measures(kb, sig, top=10)]
    assert "sports_business_support" in names


def test_a_measure_serving_several_sectors_is_not_diluted_by_them():
    """A sector link counts fully however many sectors the measure serves (a plan is in one sector)."""

    kb = load_kb()
    m = next(x for x in sorted(kb.measures.values(), key=lambda x: x.id) if len(x.sectors) >= 3)
    sig = Signals(plan_type="C", sectors={m.sectors[-1]: (1.0, "test")})
    links = [lk for lk in field_links(m, sig, kb) if lk.kind == "sector"]
    assert [round(lk.contribution, 6) for lk in links] == [W_SECTOR]
