"""Facts about the core companies (実現可能性)."""

from __future__ import annotations

import re
from typing import Any

from chiiki_mirai.core.plan import Evidence
from chiiki_mirai.rules.facts.helpers import cue_fact, cue_sentence, evidence_of, has_text
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
    sentence = cue_sentence(
        ctx.text,
        r"(フランチャイズ|フランチャイザー|[1一]社(のみ|に依存)|大手[^。\n]{0,10}依存|"
        # most of the sales to one buyer: "売上の8割を同社向けとする", "大手チェーン1社のPB商品を柱とし"
        r"売上[^。\n]{0,6}([5-9]割|[5-9][0-9]\s*[%％])[^。\n]{0,8}(同社|[1一]社)|"
        r"(大手|特定)[^。\n]{0,20}[1一]社[^。\n]{0,30}(柱|依存|集中|大半))",
    )
    if sentence and not re.search(
        r"(依存し(?:ない|ていない|ておらず)|依存せず|依存はない|頼らず|頼らない|頼っていない|しない|させない|"
        r"偏らない|偏らず|分散)",
        sentence,
    ):
        return sentence, [Evidence(text=sentence[:200])]
    return False
