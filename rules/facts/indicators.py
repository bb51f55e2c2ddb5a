"""Facts about the KGIs and KPIs (EBPM)."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable
from typing import Any

from chiiki_mirai.core.text.cues import (
    is_semiannual,
)
from chiiki_mirai.rules.facts.helpers import evidence_of, has_text, kgi_with_value, kgis_of, yen_display
from chiiki_mirai.rules.facts.registry import FactContext, fact


def _kgi_value(ctx: FactContext, kind: str, skip: Callable[[Any], bool] = lambda k: False) -> Any:
    k = kgi_with_value(ctx, kind, skip)
    if k is None:
        stated = kgis_of(ctx, kind)
        return None, evidence_of(*stated)
    shown = yen_display(k.value) if (k.unit or "") == "円" else f"{k.value:g}{k.unit or ''}"
    if k.year:
        shown = f"{k.year}年度 {shown}"
    return k.value, evidence_of(k), shown


def _cumulative_only(k) -> bool:
    return k.cumulative_value is None and k.annual is False and bool(k.raw and re.search(r"(累積|累計)", k.raw))


def _needs_cumulative(ctx: FactContext) -> bool:
    pt = ctx.kb.plan_types.get(ctx.plan_type or "")
    return bool(pt and any(m.id == "investment" and m.needs_cumulative for m in pt.mandatory_kgis))


@fact("kgi_investment_value", "必須KGI 官民設備投資額の目標年度の目標値")
def kgi_investment_value(ctx: FactContext) -> Any:
    # where both values are asked for, a cumulative total is not the target year's value
    skip = _cumulative_only if _needs_cumulative(ctx) else (lambda k: False)
    return _kgi_value(ctx, "investment", skip)


@fact("kgi_investment_year", "官民設備投資額の目標年度")
def kgi_investment_year(ctx: FactContext) -> Any:
    k = kgi_with_value(ctx, "investment")
    return (k.year if k else None), evidence_of(k) if k else []


@fact("kgi_investment_cumulative", "官民設備投資額の計画策定時点から目標年度までの累積の目標値")
def kgi_investment_cumulative(ctx: FactContext) -> Any:
    for k in kgis_of(ctx, "investment"):
        if k.cumulative_value is not None:
            return k.cumulative_value, evidence_of(k), yen_display(k.cumulative_value)
        if k.value is not None and k.annual is False and k.raw and re.search(r"(累積|累計)", k.raw):
            return k.value, evidence_of(k), yen_display(k.value)
    return None


# a change given only as a rate or a multiple ("令和7年度比40%増", "2倍"): not the amount 付加価値増加額 asks for
_RATE_UNITS = {"%", "％", "倍", "割", "ポイント", "pt"}


def _rate_only(k) -> bool:
    return (k.unit or "").strip() in _RATE_UNITS


@fact("kgi_value_added_value", "必須KGI 付加価値増加額の目標年度の目標値（金額）")
def kgi_value_added_value(ctx: FactContext) -> Any:
    return _kgi_value(ctx, "value_added", _rate_only)


@fact("kgi_value_added_rate_only", "付加価値増加額が増加率・倍率だけで書かれ、金額の目標値がない")
def kgi_value_added_rate_only(ctx: FactContext) -> Any:
    if kgi_with_value(ctx, "value_added", _rate_only) is not None:
        return None
    k = next((k for k in kgis_of(ctx, "value_added") if k.value is not None and _rate_only(k)), None)
    if k is None:
        return None
    shown = f"{k.value:g}{k.unit}"
    if k.year:
        shown = f"{k.year}年度 {shown}"
    return True, evidence_of(k), shown


@fact("kgi_productivity_value", "一人当たり付加価値労働生産性の増加額・増加率（Cの代替KGI）")
def kgi_productivity_value(ctx: FactContext) -> Any:
    return _kgi_value(ctx, "productivity")


def _alternatives(ctx: FactContext, kind: str) -> list[str]:
    """The KGI kinds the plan type accepts for a mandatory KGI (C: productivity for value added)."""
    pt = ctx.kb.plan_types.get(ctx.plan_type or "")
    alts = [m.id for m in pt.mandatory_kgis if m.alternative_to == kind] if pt else []
    return [kind, *alts]


def _value_added_kgi(ctx: FactContext):
    for kind in _alternatives(ctx, "value_added"):
        k = kgi_with_value(ctx, kind, _rate_only if kind == "value_added" else (lambda k: False))
        if k is not None:
            return k
    return None


@fact("kgi_value_added_set", "付加価値増加額（又はこの類型で認められる代替指標）の目標値がある")
def kgi_value_added_set(ctx: FactContext) -> Any:
    k = _value_added_kgi(ctx)
    return (True, evidence_of(k)) if k else None


@fact("kgi_value_added_year", "付加価値増加額の目標年度（KGIに年度がなければ計画の目標年度）")
def kgi_value_added_year(ctx: FactContext) -> Any:
    k = _value_added_kgi(ctx)
    if k is None:
        return None
    # a KGI is the value aimed at in the plan's target year unless it names its own year
    return (k.year or ctx.plan.period.target_fy), evidence_of(k)


@fact("kgi_talent_value", "必須KGI 産業ニーズに即した産業人材育成数の目標値")
def kgi_talent_value(ctx: FactContext) -> Any:
    return _kgi_value(ctx, "talent")


@fact("kgi_count", "KGIの数")
def kgi_count(ctx: FactContext) -> Any:
    return len(ctx.plan.kgis) or None, evidence_of(*ctx.plan.kgis[:3])


@fact("kgi_mandatory_all", "この類型の必須KGIがすべて設定されている")
def kgi_mandatory_all(ctx: FactContext) -> Any:
    pt = ctx.kb.plan_types.get(ctx.plan_type or "")
    if pt is None:
        return None
    have = {k.kind for k in ctx.plan.kgis if k.value is not None}
    missing = []
    for m in pt.mandatory_kgis:
        if m.alternative_to:
            continue
        alts = {m.id} | {a.id for a in pt.mandatory_kgis if a.alternative_to == m.id}
        if not (have & alts):
            missing.append(m.name)
    if missing:
        return False, [], "未設定: " + "、".join(missing)
    return True


@fact("kgi_basis_stated", "KGIの設定根拠が記載されている")
def kgi_basis_stated(ctx: FactContext) -> Any:
    for k in ctx.plan.kgis:
        if has_text(k.basis, 6):
            return k.basis, evidence_of(k)
    return None


@fact("kgi_verification_stated", "KGIの効果検証の方法が記載されている")
def kgi_verification_stated(ctx: FactContext) -> Any:
    for k in ctx.plan.kgis:
        if has_text(k.verification, 6):
            return k.verification, evidence_of(k)
    return None


_NUM = r"(?P<num>[0-9][0-9,]*(?:\.[0-9]+)?)\s*(?P<unit>億円|万円|千円|円)"


_UNIT = {"億円": 1e8, "万円": 1e4, "千円": 1e3, "円": 1.0}


def _formula_inputs(ctx: FactContext):
    """(KGI, 売上増加額 in yen, 既存付加価値率) when the value-added KGI and both figures are stated."""
    k = kgi_with_value(ctx, "value_added", _rate_only)
    if k is None:
        return None
    text = unicodedata.normalize("NFKC", " ".join(x for x in (k.basis, ctx.text) if x))
    m_sales = re.search(r"売上(?:高)?(?:の)?増加(?:額|分)?[^0-9。\n]{0,12}" + _NUM, text)
    m_rate = re.search(r"付加価値率[^0-9。\n]{0,12}(?P<rate>[0-9]+(?:\.[0-9]+)?)\s*%", text)
    if not (m_sales and m_rate):
        return None
    sales = float(m_sales.group("num").replace(",", "")) * _UNIT[m_sales.group("unit")]
    return k, sales, float(m_rate.group("rate")) / 100


@fact("value_added_formula_found", "付加価値増加額とその算定に使う売上増加額・付加価値率が記載されている")
def value_added_formula_found(ctx: FactContext) -> Any:
    found = _formula_inputs(ctx)
    return (True, evidence_of(found[0])) if found else None


@fact("value_added_formula_consistent", "付加価値増加額が「売上増加額×既存付加価値率」の算定と一致する")
def value_added_formula_consistent(ctx: FactContext) -> Any:
    found = _formula_inputs(ctx)
    if found is None:
        return None
    k, sales, rate = found
    expected = sales * rate
    ok = abs(expected - k.value) <= max(0.05 * abs(expected), 1.0)
    shown = f"{yen_display(sales)} × {rate:.0%} = {yen_display(expected)}（記載値 {yen_display(k.value)}）"
    return ok, evidence_of(k), shown


@fact("kpi_count", "KPIの数")
def kpi_count(ctx: FactContext) -> Any:
    return len(ctx.plan.kpis) or None, evidence_of(*ctx.plan.kpis[:3])


def _kpi_all(ctx: FactContext, attr: str) -> Any:
    kpis = ctx.plan.kpis
    if not kpis:
        return None
    lacking = [k.name for k in kpis if not has_text(getattr(k, attr), 1)]
    if lacking:
        return False, evidence_of(*kpis[:3]), "未設定: " + "、".join(lacking)
    return True, evidence_of(*kpis[:3])


@fact("kpi_withdrawal_all", "すべてのKPIに未達時の撤退基準が設定されている")
def kpi_withdrawal_all(ctx: FactContext) -> Any:
    return _kpi_all(ctx, "withdrawal_criterion")


@fact("kpi_withdrawal_any", "撤退基準が設定されたKPIがある")
def kpi_withdrawal_any(ctx: FactContext) -> Any:
    return (any(has_text(k.withdrawal_criterion, 1) for k in ctx.plan.kpis) or None) if ctx.plan.kpis else None


@fact("kpi_owner_all", "すべてのKPIに担当部署がある")
def kpi_owner_all(ctx: FactContext) -> Any:
    return _kpi_all(ctx, "owner")


@fact("kpi_deadline_all", "すべてのKPIに期限がある")
def kpi_deadline_all(ctx: FactContext) -> Any:
    return _kpi_all(ctx, "deadline")


@fact("kpi_monitoring_stated", "KPIの定期的なモニタリング（半期ごと等）が記載されている")
def kpi_monitoring_stated(ctx: FactContext) -> Any:
    # the guidance asks for 定期的（半期ごと等）: a yearly check is stated but falls short (see below)
    if is_semiannual(ctx.plan.kpi_monitoring_cycle):
        return ctx.plan.kpi_monitoring_cycle
    for k in ctx.plan.kpis:
        if is_semiannual(k.monitoring_cycle):
            return k.monitoring_cycle, evidence_of(k)
    return None


@fact("kpi_monitoring_infrequent", "KPIの確認周期が記載されているが半期ごとより長い（年1回等）")
def kpi_monitoring_infrequent(ctx: FactContext) -> Any:
    if kpi_monitoring_stated(ctx) is not None:
        return None
    if has_text(ctx.plan.kpi_monitoring_cycle, 2):
        return ctx.plan.kpi_monitoring_cycle
    for k in ctx.plan.kpis:
        if has_text(k.monitoring_cycle, 2):
            return k.monitoring_cycle, evidence_of(k)
    return None
