"""Deriving every registered fact for a plan, and the section facts (`section:<id>`)."""

from __future__ import annotations

import datetime as _dt
from typing import Any

from chiiki_mirai.core.plan import Evidence, Plan
from chiiki_mirai.core.text.cues import SEMIANNUAL_MONTHS
from chiiki_mirai.knowledge.loader import KnowledgeBase

# imported for their side effect: each family registers its facts
from chiiki_mirai.rules.facts import (  # noqa: F401
    author,
    commitment,
    companies,
    indicators,
    kpis,
    period,
    procurement,
    promise,
    reference_list,
    ripple,
    strategy_a,
    submission,
)
from chiiki_mirai.rules.facts.helpers import has_text
from chiiki_mirai.rules.facts.registry import REGISTRY, Fact, FactContext, Uncertain, fact_names

# the numbers the facts and the type suggestion read from knowledge/data/parameters.yaml (kb validate checks
# that each is there)
# (id → None: read at run time; id → a value: built into the code, which must agree with the data)
PARAMETERS_USED: dict[str, Any] = {
    "kgi_target_year_a": None,
    "reference_list_max_employees": None,
    "large_investment_yen_a": None,
    "very_large_investment_yen_a": None,
    "semiannual_months": SEMIANNUAL_MONTHS,
}


def normalise_result(name: str, raw: Any) -> Fact:
    if isinstance(raw, Uncertain):
        display = raw.display or (f"要確認：{raw.candidate[:120]}" if raw.candidate else None)
        return Fact(name, raw.value, list(raw.evidence), display, uncertain=True)
    if isinstance(raw, tuple):
        value = raw[0]
        evidence = list(raw[1]) if len(raw) > 1 and raw[1] else []
        display = raw[2] if len(raw) > 2 else None
        return Fact(name, value, evidence, display)
    return Fact(name, raw)


def _section_statements(plan: Plan, topic: str) -> dict[str, Evidence]:
    """Item id → the quote of the reader's `section` statement of this topic about it: `candidate`, text where an
    unplaced item may be written (prose straight under its section); `unwritten`, an item whose text is only
    placeholders (「（調整中）」「追って記載する」)."""
    out: dict[str, Evidence] = {}
    for s in plan.statements:
        if s.kind == "section" and s.topic == topic and s.subject:
            out.setdefault(s.subject, Evidence(section=s.place.section, line=s.place.line, text=s.place.quote[:200]))
    return out


def section_facts(plan: Plan, kb: KnowledgeBase, plan_type: str | None) -> dict[str, Fact]:
    """`section:<id>` for every section and item of the plan type: present when it has text other than placeholders;
    an item with no text whose section holds prose that may be it is uncertain (a reviewer reads the candidate),
    never absent, and so is a section with no text of its own whose items are only uncertain."""
    out: dict[str, Fact] = {}
    pt = kb.plan_types.get(plan_type or "")
    if pt is None:
        return out
    candidates = _section_statements(plan, "candidate")
    unwritten = _section_statements(plan, "unwritten")
    for sec in pt.sections:
        item_facts = []
        for item in sec.items:
            s = plan.sections.get(item.id)
            present = s is not None and has_text(s.text, 1) and item.id not in unwritten
            ev = [s.evidence] if s is not None and s.evidence else []
            if item.id in unwritten:
                ev = [unwritten[item.id]]
            if not present and item.id in candidates:
                item_facts.append(Fact(f"section:{item.id}", None, [candidates[item.id]], uncertain=True))
                continue
            item_facts.append(Fact(f"section:{item.id}", True if present else None, ev))
        s = plan.sections.get(sec.id)
        # a section counts as written when its heading was found with text, or any of its items was
        own = s is not None and has_text(s.text, 1)
        ev = [s.evidence] if s is not None and s.evidence else [e for f in item_facts for e in f.evidence][:1]
        present = own or any(f.present for f in item_facts)
        maybe = [f for f in item_facts if f.uncertain]
        if not present and maybe:  # no text of its own, but items that may be written: a reviewer reads them, never absent
            out[f"section:{sec.id}"] = Fact(f"section:{sec.id}", None, maybe[0].evidence, uncertain=True)
        else:
            out[f"section:{sec.id}"] = Fact(f"section:{sec.id}", True if present else None, ev)
        out.update({f.name: f for f in item_facts})
    return out


def derive_facts(
    plan: Plan,
    kb: KnowledgeBase,
    plan_type: str | None,
    today: _dt.date | None = None,
    context: dict[str, Any] | None = None,
) -> dict[str, Fact]:
    ctx = FactContext(plan, kb, plan_type, today or _dt.date.today(), context or {})
    facts = {name: normalise_result(name, fn(ctx)) for name, (_, fn) in REGISTRY.items()}
    facts.update(section_facts(plan, kb, plan_type))
    return facts


FACT_NAMES = fact_names()


# facts about the plan type or the calendar, not read from the plan: they never make an item "stated"
CONTEXT_FACTS = frozenset(
    {"plan_type_a", "plan_type_b", "plan_type_c", "required_forms", "submission_contacts", "first_round_deadline_passed"}
)
