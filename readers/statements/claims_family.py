"""The claims family: the fuzzy criteria read by the statement classifier, and the plan fields built on them.

extract: every readable unit is read once by the classifier (readers/claims); the parts turn the readings
into statements — claims with place-weighted confidence (claims.py), needs (readers/claims/needs.py), the
product and its market (market.py), procurement and localisation (localization.py), the A plan's
alignment and infrastructure (alignment.py).
assemble: `industry`, `target_market`, `localization`, and the A plan's `international_competitiveness`,
`roadmap_alignment`, `block_draft_alignment`, `infrastructure` — each from the statements (claim_fields.py).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from chiiki_mirai.core.claim_rules import STATED
from chiiki_mirai.core.statement import HELD, Statement
from chiiki_mirai.readers.claims.needs import need_statement
from chiiki_mirai.readers.outline import Outline
from chiiki_mirai.readers.statements.alignment import alignment_statements, infrastructure_statements
from chiiki_mirai.readers.statements.base import Family, ReadContext, place_by_content, place_of
from chiiki_mirai.readers.statements.claim_fields import assemble_fields
from chiiki_mirai.readers.statements.claims import (
    claim_statements,
    clauses,
    held_probability,
    locally_denied,
    readings,
)
from chiiki_mirai.readers.statements.claims_dependence import company_names, dependence_statements
from chiiki_mirai.readers.statements.claims_labelled import declined_claims, labelled_claims
from chiiki_mirai.readers.statements.localization import localization_statements, procurement_statements
from chiiki_mirai.readers.statements.market import (
    industry_statements,
    level_statements,
    market_statements,
    rate_statements,
)
from chiiki_mirai.readers.units import Unit

KINDS = ("claim", "industry", "market", "procurement", "localization", "alignment", "infrastructure")
FIELDS = (
    "industry",
    "target_market",
    "localization",
    "international_competitiveness",
    "roadmap_alignment",
    "block_draft_alignment",
    "infrastructure",
)


def statements_of(units: list[Unit], outline: Outline | None = None) -> list[Statement]:
    """Every statement of the family read from these units (a document's, or a plan's section texts)."""
    names = company_names(units)
    units = clauses(units, outline)
    read_units = readings(units)
    out = claim_statements(read_units)
    out += labelled_claims(read_units, held_probability)
    out += declined_claims([u for u, _ in read_units])
    out += dependence_statements(read_units, names, lambda norm: locally_denied("over_dependence", norm))
    for u, r in read_units:
        n = need_statement(u.text, place_of(u), r.labels, r.stance)
        if n is not None:
            out.append(n)
    out += industry_statements(units)
    out += market_statements(read_units)
    out += rate_statements(units)
    out += level_statements(units)
    out += procurement_statements(read_units)
    out += localization_statements(read_units)
    out += alignment_statements(read_units)
    out += infrastructure_statements(read_units)
    return out


# items the plan writes without a heading of their own, known by what is said there: its own challenges stated
# (課題), the market its strategy aims at (基本戦略), its localisation policy — that no outside company is brought in,
# said in another chapter (「なお、本プランは域外企業の誘致を予定していない。」), is the policy 003 asks for (現地化の方針)
CONTENT_WORDINGS: tuple[tuple[str, Callable[[Statement], bool]], ...] = (
    ("課題", lambda s: s.kind == "claim" and s.topic == "need" and s.confidence >= STATED and s.modality in HELD),
    ("基本戦略", lambda s: s.kind == "market" and s.modality in HELD),
    ("現地化の方針", lambda s: s.kind == "localization" and s.topic == "no_attraction"),
)


def _extract(ctx: ReadContext) -> list[Statement]:
    out = statements_of(ctx.units, ctx.outline)
    place_by_content(ctx, out, CONTENT_WORDINGS)
    return out


def _assemble(statements: list[Statement], ctx: ReadContext) -> dict[str, Any]:
    fields = assemble_fields(statements)
    ctx.found_fields += [f for f in FIELDS if fields.get(f)]
    return fields


CLAIMS = Family("claims", _extract, _assemble, FIELDS)
