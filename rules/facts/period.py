"""Facts about the plan period, the target year and the goal horizon."""

from __future__ import annotations

from typing import Any

from chiiki_mirai.rules.facts.helpers import evidence_of
from chiiki_mirai.rules.facts.indicator_statements import of
from chiiki_mirai.rules.facts.indicators import HELD
from chiiki_mirai.rules.facts.registry import FactContext, fact


@fact("period_start_fy", "計画期間の開始年度")
def period_start_fy(ctx: FactContext) -> Any:
    return ctx.plan.period.start_fy, evidence_of(ctx.plan.period)


@fact("period_end_fy", "計画期間の終了年度")
def period_end_fy(ctx: FactContext) -> Any:
    return ctx.plan.period.end_fy, evidence_of(ctx.plan.period)


def kgi_years(ctx: FactContext) -> list[int]:
    """The years the plan's KGIs aim at (held values; long-term outlooks 「参考」「長期」 left out unless they are
    all there is)."""
    xs = [s for s in of(ctx, "kgi") if s.year and s.value is not None and s.modality in HELD and s.role in ("target", "cumulative")]
    plain = [s.year for s in xs if not s.attrs.get("long_term")]
    return plain or [s.year for s in xs if s.year]


@fact("target_fy", "目標年度")
def target_fy(ctx: FactContext) -> Any:
    p = ctx.plan.period
    if p.target_fy is not None:
        return p.target_fy, evidence_of(p)
    years = kgi_years(ctx)
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
    target = p.target_fy or max(kgi_years(ctx), default=None)
    if p.start_fy is None or target is None:
        return None
    return target - p.start_fy + 1, evidence_of(p)


@fact("kgi_target_2040", "KGIが2040年目標で設定されている（A）")
def kgi_target_2040(ctx: FactContext) -> Any:
    """政策パッケージ 第2章 2. A.(3)⑤ 「KGI（2040年目標）」: a KGI aims at 2040, or the plan's target year is 2040."""
    years = set(kgi_years(ctx)) | ({ctx.plan.period.target_fy} if ctx.plan.period.target_fy else set())
    if not years:
        return None
    return ctx.kb.parameter("kgi_target_year_a") in years
