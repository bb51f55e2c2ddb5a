"""Facts about the core companies (実現可能性)."""

from __future__ import annotations

from typing import Any

from chiiki_mirai.rules.facts.claim_select import claim_fact
from chiiki_mirai.rules.facts.helpers import cue_fact, evidence_of, has_text
from chiiki_mirai.rules.facts.registry import FactContext, fact


@fact("core_area_stated", "計画推進の核となる地域・区域が記載されている")
def core_area_stated(ctx: FactContext) -> Any:
    return ctx.plan.core_area if has_text(ctx.plan.core_area, 2) else None


@fact("core_companies_count", "計画推進の核となる企業・事業者の数")
def core_companies_count(ctx: FactContext) -> Any:
    named = [c for c in ctx.plan.core_companies if has_text(c.name, 2)]
    return (len(named) or None), evidence_of(*named[:3])


@fact("core_roles_stated", "核となる企業のサプライチェーン・バリューチェーン上の役割が明確")
def core_roles_stated(ctx: FactContext) -> Any:
    comps = ctx.plan.core_companies
    if not comps:
        return None
    return all(has_text(c.role, 2) for c in comps), evidence_of(*comps[:3])


@fact("core_scale_stated", "核となる企業の事業規模・能力が計画遂行に十分である旨が明記されている")
def core_scale_stated(ctx: FactContext) -> Any:
    for c in ctx.plan.core_companies:
        if has_text(c.scale_statement, 4):
            return c.scale_statement, evidence_of(c)
    return cue_fact(ctx, r"(事業規模|生産能力|能力)[^。\n]*(十分|足る|有する|持つ)")


@fact("operators_diverse", "特定の事業者に過度に依存していない（複数の事業主体が核となる）")
def operators_diverse(ctx: FactContext) -> Any:
    named = [c for c in ctx.plan.core_companies if has_text(c.name, 2)]
    if not named:
        return None
    return len(named) >= 2, evidence_of(*named[:3])


@fact("franchise_dependency", "特定の大企業・フランチャイザー等への依存が記載されている")
def franchise_dependency(ctx: FactContext) -> Any:
    """000 第2章 2. C.(2)④ 「特定の事業主体（大企業、フランチャイザー等）に過度に依存する計画となっていないこと」: an
    over_dependence claim the plan states (a big company, a franchisor, one buyer) — never a count of operators
    (one operator, or operators still to be chosen, is no dependence); 「依存していない」 is not one."""
    got = claim_fact(ctx, "over_dependence")
    return False if got is None else got
