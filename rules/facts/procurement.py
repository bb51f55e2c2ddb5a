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
