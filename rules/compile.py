"""Compile the requirement and check criteria of the knowledge base into durable-rules rulesets.

One ruleset per plan type. Each criterion becomes one rule per alternative (`all_of`, or each
group of `any_of`), plus one rule for its guard (`applies_if`). A rule joins one pattern per fact
it tests; tests on the same fact are merged into that fact's pattern. The action of every rule
only records its key in the session state, so the verdict logic stays in data.
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass, field
from typing import Any

from knowledge.loader import KnowledgeBase
from knowledge.schema import Check, Criterion, Requirement, Test

SECTION_WILDCARD = "section:*"


@dataclass(frozen=True)
class CompiledCriterion:
    item_id: str
    criterion: Criterion
    rule_keys: tuple[str, ...]  # any of these firing = passed
    guard_key: str | None  # None = always applies
    heading: str | None = None  # for expanded section criteria


@dataclass
class CompiledRuleset:
    name: str
    plan_type: str
    definition: dict[str, Any]  # durable-rules JSON form (fresh copy per host registration)
    criteria: dict[str, list[CompiledCriterion]] = field(default_factory=dict)  # item id → criteria
    items: list[Requirement | Check] = field(default_factory=list)
    rule_text: dict[str, str] = field(default_factory=dict)  # rule key → readable condition

    def fresh_definition(self) -> dict[str, Any]:
        # durable-rules deletes 'run' from the dict it is given (PR #254): never reuse it
        return json.loads(json.dumps(self.definition))


def _pattern(tests: list[Test]) -> dict[str, Any]:
    conds: list[dict[str, Any]] = [{"name": tests[0].fact}]
    for t in tests:
        if t.op == "present":
            conds.append({"p": True})
        elif t.op == "stated":
            conds.append({"s": True})
        elif t.op == "absent":
            conds.append({"p": False})
        elif t.op == "true":
            conds.append({"v": True})
        elif t.op == "false":
            conds.append({"v": False})
        elif t.op == "eq":
            conds.append({"v": t.value})
        elif t.op == "ne":
            conds.append({"p": True})
            conds.append({"$neq": {"v": t.value}})
        else:  # gt gte lt lte: numeric comparisons need a stated number
            conds.append({"p": True})
            conds.append({"n": True})
            conds.append({f"${t.op}": {"v": t.value}})
    return conds[0] if len(conds) == 1 else {"$and": conds}


def _text(tests: list[Test]) -> str:
    return " AND ".join(f"{t.fact} {t.op}{'' if t.value is None else ' ' + str(t.value)}" for t in tests)


def _group_by_fact(tests: list[Test]) -> list[list[Test]]:
    groups: dict[str, list[Test]] = {}
    for t in tests:
        groups.setdefault(t.fact, []).append(t)
    return [groups[k] for k in sorted(groups)]


def _rule(tests: list[Test], action: str) -> dict[str, Any]:
    patterns = [{f"m{i}": _pattern(g)} for i, g in enumerate(_group_by_fact(tests))]
    return {"all": patterns, "run": action}


def _expand(item: Requirement | Check, plan_type: str, kb: KnowledgeBase) -> list[tuple[Criterion, str | None]]:
    """Criteria of an item; a `section:*` criterion becomes one per 記載項目 of the plan type."""
    out: list[tuple[Criterion, str | None]] = []
    pt = kb.plan_types.get(plan_type)
    for c in item.criteria:
        if any(t.fact == SECTION_WILDCARD for t in c.all_of):
            for sec in pt.sections if pt else []:
                entries = [(sec.id, sec.heading, sec.required)]
                entries += [(i.id, i.heading, i.required) for i in sec.items]
                for sid, heading, required in entries:
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
                        }
                    )
                    out.append((expanded, heading))
        else:
            out.append((c, None))
    return out


def compile_ruleset(kb: KnowledgeBase, plan_type: str, suffix: str = "") -> CompiledRuleset:
    items: list[Requirement | Check] = list(kb.requirements.get(plan_type, []))
    items += [c for c in kb.checks if plan_type in c.plan_types]
    digest = hashlib.sha1(json.dumps([i.model_dump(mode="json") for i in items]).encode()).hexdigest()[:10]
    name = f"chiiki_{plan_type}_{digest}{suffix}"
    rules: dict[str, Any] = {}
    compiled: dict[str, list[CompiledCriterion]] = {}
    rule_text: dict[str, str] = {}
    n = 0
    for item in items:
        crits = []
        for crit, heading in _expand(item, plan_type, kb):
            alternatives = [crit.all_of] if crit.all_of else []
            alternatives += [list(g) for g in crit.any_of]
            keys = []
            for alt in alternatives:
                if not alt:
                    continue
                key = f"r{n}"
                n += 1
                rules[key] = _rule(alt, key)
                rule_text[key] = f"{item.id}/{crit.id}: {_text(alt)}"
                keys.append(key)
            guard = None
            if crit.applies_if:
                guard = f"r{n}"
                n += 1
                rules[guard] = _rule(list(crit.applies_if), guard)
                rule_text[guard] = f"{item.id}/{crit.id} applies if: {_text(list(crit.applies_if))}"
            crits.append(CompiledCriterion(item.id, crit, tuple(keys), guard, heading))
        compiled[item.id] = crits
    # a catch-all on the marker field: a fact matching no rule would raise MessageNotHandledException
    rules["catch_all"] = {"all": [{"m": {"$ex": {"_fact": 1}}}], "run": "noop"}
    return CompiledRuleset(name, plan_type, {name: rules}, compiled, items, rule_text)


def referenced_facts(kb: KnowledgeBase) -> set[str]:
    """Every fact name the criteria test (for the validator)."""
    names: set[str] = set()
    for item in [*kb.all_requirements(), *kb.checks]:
        for c in item.criteria:
            for t in [*c.all_of, *c.applies_if, *(t for g in c.any_of for t in g)]:
                names.add(t.fact)
            names.update(c.evidence_facts)
    return names
