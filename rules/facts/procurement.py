"""Facts about procurement and localisation (域外依存・現地化)."""

from __future__ import annotations

from typing import Any

from chiiki_mirai.rules.facts.helpers import evidence_of, has_text
from chiiki_mirai.rules.facts.registry import FactContext, fact


@fact("procurement_local_or_domestic", "必須・高付加価値の部品・工程を主に域内又は国内で調達している")
def procurement_local_or_domestic(ctx: FactContext) -> Any:
    loc = ctx.plan.localization
    if loc.local_procurement_share is not None and loc.local_procurement_share >= 0.5:
        return f"域内調達 {loc.local_procurement_share:.0%}", evidence_of(loc)
    if loc.domestic_procurement:
        return "国内調達", evidence_of(loc)
    return None


@fact("procurement_roadmap_stated", "域内又は国内での調達を増やすロードマップが示されている")
def procurement_roadmap_stated(ctx: FactContext) -> Any:
    loc = ctx.plan.localization
    if has_text(loc.roadmap, 6):
        return loc.roadmap, evidence_of(loc)
    if loc.local_procurement_target is not None:
        return f"域内調達を{loc.local_procurement_target:.0%}へ", evidence_of(loc)
    return None


@fact("localization_policy_stated", "現地化の方針が記載されている")
def localization_policy_stated(ctx: FactContext) -> Any:
    loc = ctx.plan.localization
    return (loc.policy if has_text(loc.policy, 4) else None), evidence_of(loc)


@fact("localization_roadmap_stated", "労働・技術の現地化のロードマップが示されている")
def localization_roadmap_stated(ctx: FactContext) -> Any:
    loc = ctx.plan.localization
    return (loc.roadmap if has_text(loc.roadmap, 6) else None), evidence_of(loc)


@fact("local_capital_stated", "地元資本の参画方針が示されている")
def local_capital_stated(ctx: FactContext) -> Any:
    loc = ctx.plan.localization
    return (loc.local_capital if has_text(loc.local_capital, 4) else None), evidence_of(loc)


@fact("reinvestment_stated", "収益（利益）の再投資方針が示されている")
def reinvestment_stated(ctx: FactContext) -> Any:
    loc = ctx.plan.localization
    return (loc.reinvestment if has_text(loc.reinvestment, 4) else None), evidence_of(loc)
