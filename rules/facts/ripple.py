"""Facts about the regional ripple (域内への波及) and the labour contribution, from the plan's ripple statements.

B.(2)② 「域内への波及効果として、域内取引額、売上額及び持続可能な労働環境の整備（雇用の創出、賃上げ等）が計画されて
いること」 — a topic is stated when the plan holds it (with or without a figure: 「拡大を図る」 plans it);
C.(2)② 「…に関する目標値を設定できていること」 — a value is a held figure that is a target, a change or a total,
not today's level; A.(2)⑥ 「賃上げも含めた持続可能な地域の労働環境整備に貢献すること」. A topic declined
(「賃金の目標は設けない」) or only being considered is not stated.
"""

from __future__ import annotations

from typing import Any

from chiiki_mirai.core.statement import Statement
from chiiki_mirai.rules.facts.helpers import yen_display
from chiiki_mirai.rules.facts.indicator_statements import of
from chiiki_mirai.rules.facts.indicators import HELD, ev
from chiiki_mirai.rules.facts.registry import FactContext, FactFn, fact

TOPICS = (
    ("regional_transactions", "transactions", "域内取引額"),
    ("sales", "sales", "売上額"),
    ("jobs", "jobs", "雇用の創出"),
    ("wages", "wages", "賃上げ"),
)


def _held(ctx: FactContext, topic: str) -> list[Statement]:
    """Held statements of a topic, those of the ripple section first."""
    xs = [s for s in of(ctx, "ripple", topic) if s.modality in HELD]
    return sorted(xs, key=lambda s: bool(s.attrs.get("outside")))


def ripple_value(ctx: FactContext, topic: str) -> Statement | None:
    return next((s for s in _held(ctx, topic) if s.value is not None and s.role in ("target", "change", "cumulative")), None)


def _shown(s: Statement) -> str:
    v = yen_display(s.value) if s.unit == "円" else f"{s.value:g}{s.unit or ''}"
    return f"{s.year}年度 {v}" if s.year else v


def _stated(ctx: FactContext, topic: str) -> Any:
    xs = _held(ctx, topic)
    if not xs:
        return None, ev(*of(ctx, "ripple", topic)[:1])
    return (xs[0].attrs.get("raw") or xs[0].place.quote or True), ev(xs[0])


def _value(ctx: FactContext, topic: str) -> Any:
    s = ripple_value(ctx, topic)
    if s is None:
        return None, ev(*_held(ctx, topic)[:1])
    return s.value, ev(s), _shown(s)


def _mk(topic: str, want_value: bool) -> FactFn:
    return lambda ctx: _value(ctx, topic) if want_value else _stated(ctx, topic)


for _key, _topic, _ja in TOPICS:
    fact(f"ripple_{_key}_stated", f"{_ja}が記載されている")(_mk(_topic, False))
    fact(f"ripple_{_key}_value", f"{_ja}の目標値（数値）")(_mk(_topic, True))


@fact("ripple_labour_value", "持続可能な労働環境の整備（雇用の創出・賃上げ等）の目標値がある")
def ripple_labour_value(ctx: FactContext) -> Any:
    found = [s for s in (ripple_value(ctx, "jobs"), ripple_value(ctx, "wages")) if s is not None]
    if not found:
        return None, ev(*(_held(ctx, "jobs") + _held(ctx, "wages"))[:2])
    return True, ev(*found)


@fact("ripple_labour_stated", "雇用の創出・賃上げが記載されている")
def ripple_labour_stated(ctx: FactContext) -> Any:
    xs = _held(ctx, "jobs") + _held(ctx, "wages")
    return (True if xs else None), ev(*xs[:2])
