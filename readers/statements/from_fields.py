"""Statements for a plan that was not read from a document: one place, one row per family.

A plan given as YAML/JSON (or built by a form) has fields and section texts but no statements; the facts read
statements only. `with_statements(plan)` adds, for each family of DERIVERS whose statement kinds the plan does
not carry yet, the statements that family derives from the plan's fields — so a plan read from YAML gives the
same verdicts as the same content read from a document.
"""

from __future__ import annotations

from collections.abc import Callable

from chiiki_mirai.core.plan import Plan
from chiiki_mirai.core.statement import Statement
from chiiki_mirai.readers.statements.claims_family import KINDS as CLAIM_KINDS
from chiiki_mirai.readers.statements.claims_from_fields import claims_from_fields
from chiiki_mirai.readers.statements.operators import sentences_from_fields as operator_sentences

Deriver = Callable[[Plan], list[Statement]]

# (the statement kinds a family writes, how it derives them from a plan's fields)
# (the operators themselves and the other entity kinds are derived from their fields where the facts read them:
# rules/facts/entity_view.py)
DERIVERS: tuple[tuple[tuple[str, ...], Deriver], ...] = (
    (CLAIM_KINDS, claims_from_fields),
    (("operator",), operator_sentences),
)


def with_statements(plan: Plan) -> Plan:
    """The plan with the statements each family derives from its fields, where it has none of that family's."""
    have = {s.kind for s in plan.statements}
    added: list[Statement] = []
    for kinds, derive in DERIVERS:
        if not have & set(kinds):
            added += derive(plan)
    if not added:
        return plan
    return plan.model_copy(update={"statements": [*plan.statements, *added]})
