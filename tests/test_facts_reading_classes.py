"""Reading classes found by the QA drafts after the statement reader landed (wording differs on purpose from the
drafts): the plan's 付加価値率 set against a peer's (not a basis or today's rate), caps and denials of a dependence,
an alternative that is met on what the reader vouches for, and a designated city that says its cluster is the
prefecture's."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
import yaml

from chiiki_mirai.core.plan import Plan, SectionText
from chiiki_mirai.core.statement import Place, Statement
from chiiki_mirai.knowledge.loader import load_kb
from chiiki_mirai.readers.statements.from_fields import with_statements
from chiiki_mirai.rules.check import evaluate
from chiiki_mirai.rules.facts import derive_facts

TODAY = dt.date(2026, 5, 20)
B_PLAN = Path(__file__).parent / "cases" / "plans" / "b_plan.yaml"


def _text_facts(text: str, plan_type: str):
    plan = with_statements(Plan(other_text=[SectionText(heading="本文", text=text)]))
    return derive_facts(plan, load_kb(), plan_type, TODAY)


@pytest.mark.parametrize(
    "text, higher",
    [
        # a basis citing the sector's rate comes first; the comparison sentence decides
        ("付加価値増加額は、県内金属製品製造業の付加価値率（25%）に売上増加見込みを乗じた。"
         "製品の付加価値率は40%を見込み、県内金属製品製造業の平均（25%）を上回る。", True),
        # today's rate is not the plan's rate
        ("現在の付加価値率は20%にとどまる。新工場の稼働後は付加価値率が35%となり、全国平均の27%を上回る。", True),
        # a peer rate named without 「平均」
        ("新素材の付加価値率は約31％で、県内化学工業（約24％）より高い。", True),
        ("加工品の付加価値率は22%で、全国平均（26%）を下回る。", False),
    ],
)
def test_the_plan_rate_is_the_one_set_against_a_peer(text: str, higher: bool) -> None:
    assert _text_facts(text, "B")["value_added_higher_than_industry"].value is higher


@pytest.mark.parametrize(
    "text, dependent",
    [
        ("特定の問屋への出荷は売上の3割以下に抑える。", False),
        ("一つの販売先への売上が全体の25%を超えないようにする。", False),
        ("地元の旅館と交通事業者が共同で運営しており、外資の大手には依存していない。", False),
        ("輸出は商社経由と直販を半分ずつとし、1社に販路を集中させない。", False),
        ("売上の7割を大手量販店1社に依存している。", True),
    ],
)
def test_a_capped_or_denied_dependence_is_none(text: str, dependent: bool) -> None:
    assert _text_facts(text, "C")["franchise_dependency"].present is dependent


def _claim(topic: str, p: float, quote: str) -> Statement:
    return Statement(kind="claim", topic=topic, confidence=p, attrs={"p": p, "held_p": 0.99},
                     place=Place(item="B.5.1", quote=quote))


def _b_plan(*extra: Statement) -> Plan:
    data = yaml.safe_load(B_PLAN.read_text(encoding="utf-8"))
    data.setdefault("localization", {}).update(domestic_procurement=None, roadmap=None,
                                               local_procurement_share=None, local_procurement_target=None)
    plan = with_statements(Plan.model_validate(data))
    kept = [s for s in plan.statements if s.topic not in ("procurement_local", "procurement_roadmap")
            and s.kind != "procurement"]
    return plan.model_copy(update={"statements": kept + list(extra)})


def test_a_vouched_alternative_is_not_sent_to_review_by_another_candidate() -> None:
    quote = "主要部品は県内の協力工場から調達し、組立と検査はすべて県内で行う。"
    plan = _b_plan(_claim("procurement_local", 0.99, quote), _claim("procurement_roadmap", 0.45, quote))
    item = {i.id: i for i in evaluate(plan, load_kb(), today=TODAY).requirements}["B.external_dependency"]
    assert item.status == "met", item.reasons


def test_a_lone_candidate_still_goes_to_review() -> None:
    plan = _b_plan(_claim("procurement_roadmap", 0.45, "調達先の見直しを進める。"))
    item = {i.id: i for i in evaluate(plan, load_kb(), today=TODAY).requirements}["B.external_dependency"]
    assert item.status == "review", item.reasons


def test_a_designated_city_on_the_prefecture_own_cluster_is_a_gap() -> None:
    data = yaml.safe_load(B_PLAN.read_text(encoding="utf-8"))
    data["authors"] = [{"name": "浜岡市", "kind": "designated_city"}]
    data["other_text"] = [SectionText(
        heading="策定の経緯",
        text="本市は、県の地域産業クラスター計画と同じ産業用ロボットの分野について、市独自の計画として本計画を策定する。",
    ).model_dump()]
    plan = with_statements(Plan.model_validate(data))
    item = {i.id: i for i in evaluate(plan, load_kb(), today=TODAY).checks}["author"]
    assert item.status in ("partial", "missing"), item.reasons


def test_a_confident_import_is_not_made_unknown_by_a_weak_home_reading() -> None:
    abroad = _claim("procurement_local", 0.9, "主要な鋼材は全量を海外から輸入しており、当面は輸入を続ける。")
    plan = _b_plan(abroad.model_copy(update={"modality": "negated", "attrs": {"p": 0.9, "held_p": 0.0}}),
                   _claim("procurement_local", 0.45, "県内には溶接と組立の技術を持つ中小企業が集まっている。"))
    item = {i.id: i for i in evaluate(plan, load_kb(), today=TODAY).requirements}["B.external_dependency"]
    assert item.status in ("partial", "missing"), item.reasons


@pytest.mark.parametrize(
    "text",
    ["鋼材と樹脂はいずれも県内又は国内の業者から調達しており、輸入に頼る部材はない。",
     "主要部品は県内の協力工場から調達し、海外からの調達はしない。"],
)
def test_a_denied_import_affirms_procurement_at_home(text: str) -> None:
    assert _text_facts(text, "B")["procurement_local_or_domestic"].present


@pytest.mark.parametrize(
    "text, fact",
    [
        ("独自の接合技術による軽さを強みに、欧州の自転車メーカーへの輸出と国内上位のシェアを目指す。",
         "competitive_advantage_stated"),
        ("他社にない低温焼成の製法により、北米の住宅メーカーへの輸出で外貨を獲得する。", "competitive_advantage_stated"),
        ("北米の住宅メーカーからの受注が年々伸びており、輸出で外貨を稼げる分野である。", "market_needs_stated"),
    ],
)
def test_a_claim_in_a_head_clause_is_read(text: str, fact: str) -> None:
    assert _text_facts(text, "B")[fact].present
