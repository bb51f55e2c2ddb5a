"""Facts about the plan period, the target year and the goal horizon."""

from __future__ import annotations

from typing import Any

from chiiki_mirai.rules.facts.helpers import evidence_of
from chiiki_mirai.rules.facts.registry import FactContext, fact


@fact("period_start_fy", "計画期間の開始年度")
def period_start_fy(ctx: FactContext) -> Any:
    return ctx.plan.period.start_fy, evidence_of(ctx.plan.period)


@fact("period_end_fy", "計画期間の終了年度")
def period_end_fy(ctx: FactContext) -> Any:
    return ctx.plan.period.end_fy, evidence_of(ctx.plan.period)


@fact("target_fy", "目標年度")
def target_fy(ctx: FactContext) -> Any:
    p = ctx.plan.period
    if p.target_fy is not None:
        return p.target_fy, evidence_of(p)
    years = [k.year for k in ctx.plan.kgis if k.year]
    return (max(years) if years else None), []


@fact("plan_years", "計画の年数（開始年度から終了年度まで）")
def plan_years(ctx: FactContext) -> Any:
    p = ctx.plan.period
    if p.start_fy is None or p.end_fy is None:
        return None
    return p.end_fy - p.start_fy + 1, evidence_of(p)


@fact("period_order_ok", "開始年度≦終了年度≦目標年度の順になっている")
def period_order_ok(ctx: FactContext) -> Any:
    p = ctx.plan.period
    if p.start_fy is None or p.end_fy is None:
        return None
    ok = p.start_fy <= p.end_fy and (p.target_fy is None or p.target_fy >= p.start_fy)
    return ok, evidence_of(p)


@fact("goal_horizon_years", "計画開始から目標年度までの年数")
def goal_horizon_years(ctx: FactContext) -> Any:
    p = ctx.plan.period
    target = p.target_fy or max((k.year for k in ctx.plan.kgis if k.year), default=None)
    if p.start_fy is None or target is None:
        return None
    return target - p.start_fy + 1, evidence_of(p)


@fact("kgi_target_2040", "KGIが2040年目標で設定されている（A）")
def kgi_target_2040(ctx: FactContext) -> Any:
    years = {k.year for k in ctx.plan.kgis if k.year} | (
        {ctx.plan.period.target_fy} if ctx.plan.period.target_fy else set()
    )
    if not years:
        return None
    return ctx.kb.parameter("kgi_target_year_a") in years
