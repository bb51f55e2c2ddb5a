"""Facts about the reference list (参考リスト): connector and hub degrees, employees — from `operator` statements.

Guidance 1.(1)⑨: the list is drawn from companies with ①都道府県内でコネクター度・ハブ度が相対的に高いこと and
②従業員規模が2,000名以下であること (`reference_list_max_employees`); a company off the list is still considered
when its degrees are shown to be high. Advice only: nothing here is a requirement of the plan.
"""

from __future__ import annotations

import re
import unicodedata
from typing import Any

from chiiki_mirai.core.plan import Plan
from chiiki_mirai.core.statement import Statement
from chiiki_mirai.rules.facts.companies import named_operators
from chiiki_mirai.rules.facts.entity_view import evidence, statements
from chiiki_mirai.rules.facts.registry import FactContext, fact

# "…が相対的に高い" / "県内上位" — and not "高くない" / "低い"
# being on the 参考リスト says the same: the list is drawn from companies with high degrees (留意事項 1.(1)⑨)
_HIGH_DEGREE = r"(高い|高く(?!な)|上位|参考リスト(?:に)?(?:も)?掲載(?:されて(?:いる|おり|います)|済|された|。|$|企業)|参考リスト[○〇✓有]|参考リスト掲載)"


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


def _statement_degrees(s: Statement) -> tuple[float | None, float | None]:
    a = s.attrs
    conn, hub = a.get("connector"), a.get("hub")
    if conn is None and a.get("outside_sales") is not None and a.get("prefecture_outside_sales"):
        conn = a["outside_sales"] / a["prefecture_outside_sales"]
    if hub is None and a.get("inside_purchases") is not None and a.get("prefecture_inside_purchases"):
        hub = a["inside_purchases"] / a["prefecture_inside_purchases"]
    return conn, hub


@fact("core_employees_known", "核となる企業の従業員数がすべて記載されている")
def core_employees_known(ctx: FactContext) -> Any:
    comps = named_operators(ctx)
    if not comps:
        return None
    return all(c.attrs.get("employees") is not None for c in comps), evidence(*comps[:3])


@fact("core_employees_any", "従業員数が記載された核となる企業がある")
def core_employees_any(ctx: FactContext) -> Any:
    known = [c for c in named_operators(ctx) if c.attrs.get("employees") is not None]
    return (True, evidence(*known[:3])) if known else None


@fact("core_company_within_2000", "核となる企業の従業員規模が2,000名以下")
def core_company_within_2000(ctx: FactContext) -> Any:
    known = [c for c in named_operators(ctx) if c.attrs.get("employees") is not None]
    if not known:
        return None
    limit = ctx.kb.parameter("reference_list_max_employees")
    over = [c for c in known if c.attrs["employees"] > limit]
    if over:
        shown = "、".join(f"{c.subject}（{c.attrs['employees']:,}名）" for c in over)
        return False, evidence(*over), f"{limit:,}名超: " + shown
    return True, evidence(*known[:3]), "、".join(f"{c.subject} {c.attrs['employees']:,}名" for c in known)


def _high(text: Any) -> bool:
    return isinstance(text, str) and bool(re.search(_HIGH_DEGREE, unicodedata.normalize("NFKC", text)))


@fact("connector_hub_high", "コネクター度・ハブ度が都道府県内で相対的に高いことが示されている")
def connector_hub_high(ctx: FactContext) -> Any:
    """Guidance 1.(1)⑨: degrees given (or computed from 域外販売額・域内仕入額), a 参考リスト entry, or a
    statement that they are relatively high; a sentence naming no company speaks for all of them."""
    shown: list[str] = []
    used: list[Statement] = []
    for c in named_operators(ctx):
        conn, hub = _statement_degrees(c)
        parts = [f"コネクター度 {conn:.2%}"] if conn is not None else []
        parts += [f"ハブ度 {hub:.2%}"] if hub is not None else []
        if parts:
            shown.append(f"{c.subject}: " + "、".join(parts))
        elif c.attrs.get("reference") is True or _high(c.attrs.get("degree")) or _high(c.attrs.get("reference")):
            shown.append(f"{c.subject}: {c.attrs.get('degree') or '参考リスト掲載'}")
        else:
            continue
        used.append(c)
    said = [s for s in statements(ctx, "operator", "degree") if s.held and _high(s.place.quote)]
    if said and not shown:
        shown.append(said[0].place.quote)
        used += said[:1]
    return (True, evidence(*used), " / ".join(shown)) if shown else None
