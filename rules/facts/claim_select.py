"""Reading claim statements in facts: stated → the quote and its place; a candidate only → Uncertain.

The rule of when a classifier-read claim counts is core/claim_rules.py (the reader's fields use the same).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from chiiki_mirai.core.claim_rules import best, is_stated, is_uncertain
from chiiki_mirai.core.plan import Evidence
from chiiki_mirai.core.statement import Place, Statement, of_kind
from chiiki_mirai.rules.facts.registry import FactContext, Uncertain


def evidence_at(place: Place) -> Evidence:
    return Evidence(section=place.section, line=place.line, text=place.quote[:200])


def claims(ctx: FactContext, topic: str) -> list[Statement]:
    return of_kind(ctx.plan.statements, "claim", topic)


def stated_claims(ctx: FactContext, topic: str) -> list[Statement]:
    return [s for s in claims(ctx, topic) if is_stated(s)]


def claim_fact(
    ctx: FactContext, topic: str, also: Callable[[Statement], bool] | None = None,
    only: Callable[[Statement], bool] | None = None,
) -> Any:
    """(quote, evidence) of the most confident stated claim; Uncertain for a candidate only; else None.
    `also`: other claim statements that count as this topic (an advantage under the item asking for it);
    `only`: whether a claim is about what the criterion names."""
    found = claims(ctx, topic) + ([s for s in of_kind(ctx.plan.statements, "claim") if also(s)] if also else [])
    if only is not None:
        found = [s for s in found if only(s)]
    got = best([s for s in found if is_stated(s)])
    if got is not None:
        return got.place.quote, [evidence_at(got.place)]
    return uncertain_of([s for s in found if is_uncertain(s)])


def uncertain_of(candidates: list[Statement]) -> Uncertain | None:
    c = best(candidates)
    return Uncertain(None, (evidence_at(c.place),), candidate=c.place.quote) if c is not None else None


def statements(ctx: FactContext, kind: str, topic: str | None = None) -> list[Statement]:
    return of_kind(ctx.plan.statements, kind, topic)
