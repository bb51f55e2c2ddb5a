"""Facts about the regional ripple (域内への波及)."""

from __future__ import annotations

from typing import Any

from chiiki_mirai.rules.facts.helpers import evidence_of, yen_display
from chiiki_mirai.rules.facts.registry import FactContext, FactFn, fact


def _ripple(ctx: FactContext, key: str, want_value: bool) -> Any:
    t = getattr(ctx.plan.ripple, key)
    if want_value:
        if t.value is None:
            return None, evidence_of(t)
        unit = t.unit or ""
        shown = yen_display(t.value) if unit == "円" else f"{t.value:g}{unit}"
        if t.year:
            shown = f"{t.year}年度 {shown}"
        return t.value, evidence_of(t), shown
    return (t.text or True) if t.stated else None, evidence_of(t)


for _key, _ja in (
    ("regional_transactions", "域内取引額"),
    ("sales", "売上額"),
    ("jobs", "雇用の創出"),
    ("wages", "賃上げ"),
):

    def _mk(key: str, want_value: bool) -> FactFn:
        return lambda ctx: _ripple(ctx, key, want_value)

    fact(f"ripple_{_key}_stated", f"{_ja}が記載されている")(_mk(_key, False))
    fact(f"ripple_{_key}_value", f"{_ja}の目標値（数値）")(_mk(_key, True))


@fact("ripple_labour_value", "持続可能な労働環境の整備（雇用の創出・賃上げ等）の目標値がある")
def ripple_labour_value(ctx: FactContext) -> Any:
    r = ctx.plan.ripple
    found = [t for t in (r.jobs, r.wages) if t.value is not None]
    if not found:
        return None, evidence_of(r.jobs, r.wages)
    return True, evidence_of(*found)


@fact("ripple_labour_stated", "雇用の創出・賃上げが記載されている")
def ripple_labour_stated(ctx: FactContext) -> Any:
    r = ctx.plan.ripple
    return (r.jobs.stated or r.wages.stated) or None, evidence_of(r.jobs, r.wages)
