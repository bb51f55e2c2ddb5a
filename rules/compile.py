"""Compile the requirement and check criteria of the knowledge base into durable-rules rulesets.

One ruleset per plan type. Each criterion becomes one rule per alternative (`all_of`, or each
group of `any_of`), plus one rule for its guard (`applies_if`). A rule joins one pattern per fact
it tests; tests on the same fact are merged into that fact's pattern. The action of every rule
only records its key in the session state, so the verdict logic stays in data.
"""

from __future__ import annotations

import hashlib
import json
import re
from dataclasses import dataclass, field
from typing import Any

from chiiki_mirai.knowledge.loader import KnowledgeBase
from chiiki_mirai.knowledge.schema import Check, Criterion, Requirement, Test

SECTION_WILDCARD = "section:*"


@dataclass(frozen=True)
class CompiledCriterion:
    item_id: str
    criterion: Criterion
    rule_keys: tuple[str, ...]  # any of these firing = passed
    guard_key: str | None  # None = always applies
    heading: str | None = None  # for expanded section criteria
    conditions: tuple[str, ...] = ()  # readable condition of each rule in rule_keys, e.g. "kpi_withdrawal_all true"
    guard_condition: str | None = None  # readable condition of the guard (applies_if)

    @property
    def rule(self) -> str:
        """What decided it, as shown in the JSON's criteria[].rule: "a OR b", then " IF guard"."""
        return " OR ".join(self.conditions) + (f" IF {self.guard_condition}" if self.guard_condition else "")


@dataclass
class CompiledRuleset:
    name: str
    plan_type: str
    definition: dict[str, Any]  # durable-rules JSON form (fresh copy per host registration)
    criteria: dict[str, list[CompiledCriterion]] = field(default_factory=dict)  # item id → criteria
    items: list[Requirement | Check] = field(default_factory=list)
    rule_text: dict[str, str] = field(default_factory=dict)  # rule key → readable condition
    fact_names: frozenset[str] = frozenset()  # facts the rules test: only these are asserted
    properties: dict[str, frozenset[str]] = field(default_factory=dict)  # fact → property kinds used
    item_facts: dict[str, frozenset[str]] = field(default_factory=dict)  # item id → facts its rules test

    def fresh_definition(self) -> dict[str, Any]:
        # durable-rules deletes 'run' from the dict it is given (PR #254): never reuse it
        return json.loads(json.dumps(self.definition))


# The plan's facts are asserted as one durable-rules fact per requirement/check ("item"), whose
# properties are named "<fact slug>__<kind>": p = present, s = stated (any value, False
# included), v = value, b = a bool value (set for True and False only: durable-rules matches 1 to true and 0 to
# false), num = numeric value. Every rule is then a single pattern (no joins) and
# the catch-all fires once per item instead of once per fact. (One fact per plan would be
# fewer still, but durable-rules fails with error 303 when ~100 rules match a single fact.)
PROPERTY_KINDS = ("p", "s", "v", "b", "num")


def prop(fact: str, kind: str) -> str:
    return re.sub(r"[^A-Za-z0-9]", "_", fact) + "__" + kind


def _conditions(t: Test) -> list[dict[str, Any]]:
    if t.op == "present":
        return [{prop(t.fact, "p"): True}]
    if t.op == "absent":
        return [{prop(t.fact, "p"): False}]
    if t.op == "stated":
        return [{prop(t.fact, "s"): True}]
    if t.op == "true":
        return [{prop(t.fact, "b"): True}]
    if t.op == "false":
        return [{prop(t.fact, "b"): False}]
    if t.op == "eq":
        return [{prop(t.fact, "v"): t.value}]
    if t.op == "ne":
        return [{prop(t.fact, "s"): True}, {"$neq": {prop(t.fact, "v"): t.value}}]
    # gt gte lt lte: the numeric property exists only for a stated number
    return [{f"${t.op}": {prop(t.fact, "num"): t.value}}]


def _kinds(t: Test) -> set[str]:
    """Property kinds a test reads (p, s, v, num): what the engine must encode for its fact."""
    return {
        "present": {"p"},
        "absent": {"p"},
        "stated": {"s"},
        "true": {"b"},
        "false": {"b"},
        "eq": {"v"},
        "ne": {"s", "v"},
    }.get(t.op, {"num"})


def _text(tests: list[Test]) -> str:
    return " AND ".join(f"{t.fact} {t.op}{'' if t.value is None else ' ' + str(t.value)}" for t in tests)


def _rule(item_id: str, tests: list[Test], action: str) -> dict[str, Any]:
    conds = [{"item": item_id}] + [c for t in tests for c in _conditions(t)]
    return {"all": [{"m": {"$and": conds}}], "run": action}


def _expand(item: Requirement | Check, plan_type: str, kb: KnowledgeBase) -> list[tuple[Criterion, str | None]]:
    """Criteria of an item; a `section:*` criterion becomes one per 記載項目 of the plan type."""
    out: list[tuple[Criterion, str | None]] = []
    pt = kb.plan_types.get(plan_type)
    for c in item.criteria:
        if any(t.fact == SECTION_WILDCARD for t in c.all_of):
            for sec in pt.sections if pt else []:
                entries = [(sec.id, sec.heading, sec.required, "gap")]
                entries += [(i.id, i.heading, i.required, i.on_fail) for i in sec.items]
                for sid, heading, required, on_fail in entries:
                    if not required:
                        continue
                    rest = [t for t in c.all_of if t.fact != SECTION_WILDCARD]
                    expanded = c.model_copy(
                        update={
                            "id": sid,
                            "label": c.label.replace("{heading}", heading),
                            "all_of": [Test(fact=f"section:{sid}"), *rest],
                            "met_reason": c.met_reason.replace("{heading}", heading),
                            "gap_reason": c.gap_reason.replace("{heading}", heading),
                            "fix": c.fix.replace("{heading}", heading),
                            **({"on_fail": on_fail} if on_fail != "gap" else {}),
                        }
                    )
                    out.append((expanded, heading))
        else:
            out.append((c, None))
    return out


class _Rules:
    """The rules of one ruleset as they are added: keys r0, r1, …, with the facts and property kinds they test."""

    def __init__(self) -> None:
        self.rules: dict[str, Any] = {}
        self.rule_text: dict[str, str] = {}
        self.tested: set[str] = set()
        self.kinds: dict[str, set[str]] = {}
        self.per_item: dict[str, set[str]] = {}

    def add(self, item_id: str, tests: list[Test], label: str) -> str:
        key = f"r{len(self.rules)}"
        self.rules[key] = _rule(item_id, tests, key)
        self.tested.update(t.fact for t in tests)
        self.per_item.setdefault(item_id, set()).update(t.fact for t in tests)
        for t in tests:
            self.kinds.setdefault(t.fact, set()).update(_kinds(t))
        self.rule_text[key] = f"{label}: {_text(tests)}"
        return key

    def criterion(self, item_id: str, crit: Criterion, heading: str | None) -> CompiledCriterion:
        """One rule per alternative (all_of, each any_of group), and one for the guard (applies_if)."""
        alternatives = [alt for alt in ([crit.all_of] if crit.all_of else []) + [list(g) for g in crit.any_of] if alt]
        keys = tuple(self.add(item_id, list(alt), f"{item_id}/{crit.id}") for alt in alternatives)
        guard = guard_text = None
        if crit.applies_if:
            guard = self.add(item_id, list(crit.applies_if), f"{item_id}/{crit.id} applies if")
            guard_text = _text(list(crit.applies_if))
        texts = tuple(_text(list(alt)) for alt in alternatives)
        return CompiledCriterion(item_id, crit, keys, guard, heading, texts, guard_text)


def compile_ruleset(kb: KnowledgeBase, plan_type: str, suffix: str = "") -> CompiledRuleset:
    items: list[Requirement | Check] = list(kb.requirements.get(plan_type, []))
    items += [c for c in kb.checks if plan_type in c.plan_types]
    digest = hashlib.sha1(json.dumps([i.model_dump(mode="json") for i in items]).encode()).hexdigest()[:10]
    name = f"chiiki_{plan_type}_{digest}{suffix}"
    acc = _Rules()
    compiled = {item.id: [acc.criterion(item.id, c, h) for c, h in _expand(item, plan_type, kb)] for item in items}
    # a catch-all on the marker field: a fact matching no rule would raise MessageNotHandledException
    acc.rules["catch_all"] = {"all": [{"m": {"$ex": {"_fact": 1}}}], "run": "noop"}
    slugs = [prop(f, "") for f in acc.tested]
    if len(set(slugs)) != len(slugs):
        raise ValueError("two fact names map to the same rule property")
    return CompiledRuleset(
        name,
        plan_type,
        {name: acc.rules},
        compiled,
        items,
        acc.rule_text,
        frozenset(acc.tested),
        {f: frozenset(k) for f, k in acc.kinds.items()},
        {i: frozenset(f) for i, f in acc.per_item.items()},
    )
