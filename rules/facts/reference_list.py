"""Facts about the reference list (参考リスト): connector and hub degrees, employees."""

from __future__ import annotations

import re
import unicodedata
from typing import Any

from chiiki_mirai.core.plan import Evidence, Plan
from chiiki_mirai.rules.facts.helpers import cue_sentence, evidence_of, has_text
from chiiki_mirai.rules.facts.registry import FactContext, fact

# "…が相対的に高い" / "県内上位" — and not "高くない" / "低い"
# being on the 参考リスト says the same: the list is drawn from companies with high degrees (留意事項 1.(1)⑨)
_HIGH_DEGREE = r"(高い|高く(?!な)|上位|参考リスト(?:に)?(?:も)?掲載(?:されて(?:いる|おり|います)|済|された|。|$|企業)|参考リスト[○〇✓有])"


def _degrees(c) -> tuple[float | None, float | None]:
    conn = c.connector_degree
    if conn is None and c.outside_sales is not None and c.prefecture_outside_sales:
        conn = c.outside_sales / c.prefecture_outside_sales
    hub = c.hub_degree
    if hub is None and c.inside_purchases is not None and c.prefecture_inside_purchases:
        hub = c.inside_purchases / c.prefecture_inside_purchases
    return conn, hub


def connector_hub_degrees(plan: Plan) -> dict[str, tuple[float | None, float | None]]:
    """Connector and hub degree of each core company, computed from the sales/purchase figures."""
    return {c.name: _degrees(c) for c in plan.core_companies}


@fact("core_employees_known", "核となる企業の従業員数がすべて記載されている")
def core_employees_known(ctx: FactContext) -> Any:
    comps = ctx.plan.core_companies
    if not comps:
        return None
    return all(c.employees is not None for c in comps), evidence_of(*comps[:3])


@fact("core_employees_any", "従業員数が記載された核となる企業がある")
def core_employees_any(ctx: FactContext) -> Any:
    known = [c for c in ctx.plan.core_companies if c.employees is not None]
    return (True, evidence_of(*known[:3])) if known else None


@fact("core_company_within_2000", "核となる企業の従業員規模が2,000名以下")
def core_company_within_2000(ctx: FactContext) -> Any:
    known = [c for c in ctx.plan.core_companies if c.employees is not None]
    if not known:
        return None
    limit = ctx.kb.parameter("reference_list_max_employees")
    over = [c for c in known if c.employees > limit]
    if over:
        return False, evidence_of(*over), f"{limit:,}名超: " + "、".join(f"{c.name}（{c.employees:,}名）" for c in over)
    return True, evidence_of(*known[:3]), "、".join(f"{c.name} {c.employees:,}名" for c in known)


@fact("connector_hub_high", "コネクター度・ハブ度が都道府県内で相対的に高いことが示されている")
def connector_hub_high(ctx: FactContext) -> Any:
    shown = []
    evidence = []
    for c in ctx.plan.core_companies:
        conn, hub = _degrees(c)
        if conn is not None or hub is not None:
            parts = []
            if conn is not None:
                parts.append(f"コネクター度 {conn:.2%}")
            if hub is not None:
                parts.append(f"ハブ度 {hub:.2%}")
            shown.append(f"{c.name}: " + "、".join(parts))
            evidence += evidence_of(c)
        elif has_text(c.degree_statement, 2) and re.search(_HIGH_DEGREE, unicodedata.normalize("NFKC", c.degree_statement)):
            # one statement often covers every company ("3社とも…ハブ度が相対的に高い"): show it once
            if not any(c.degree_statement in x for x in shown):
                shown.append(f"{c.name}: {c.degree_statement}")
            evidence += evidence_of(c)
    if shown:
        return True, evidence, " / ".join(shown)
    sentence = cue_sentence(ctx.text, r"(コネクタ[ー一\-]?度|ハブ度)[^。\n]*(高い|上位)")
    if sentence:
        return True, [Evidence(text=sentence[:200])], sentence
    return None
