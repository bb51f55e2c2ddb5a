"""Every criterion of the knowledge base on both sides, and every part of it guarded by a rule case (issue 20).

Code health of the knowledge, not of the product's code: for each requirement and check (tests/cases/*.yaml,
run by test_rule_cases.py),
- each criterion passes in one case and fails in another, among the cases that pin the item's status;
- each `any_of` alternative is the only one that holds in some passing case;
- each guard (`applies_if`) leaves its criterion out in some case and lets it in in another;
- removing a criterion, an alternative, a guard, or one test of a criterion from the knowledge base (in
  memory) breaks at least one rule case: the cases notice what the YAML stops asking for.

The ids are written out below (`CRITERIA`), not read from the product: a criterion that disappears from the
YAML fails here by name, even before its cases are looked at.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Iterator
from functools import cache
from typing import Any

import pytest
from test_rule_cases import CASES, TODAY, build_plan, case_failures, case_of, items_of, run_case

from chiiki_mirai.core.result import CriterionOut
from chiiki_mirai.knowledge import schema
from chiiki_mirai.knowledge.loader import KnowledgeBase, load_kb
from chiiki_mirai.knowledge.schema import Check, Criterion, Requirement
from chiiki_mirai.rules import criteria as meaning
from chiiki_mirai.rules.check import evaluate_with_facts
from chiiki_mirai.rules.facts import Fact

# The public ids and each item's criteria, in the order of the YAML (written out on purpose).
CRITERIA: dict[str, list[str]] = {
    "A.growth_strategy_alignment": ["field", "roadmap"],
    "A.international_competitiveness": ["stated", "strong"],
    "A.feasibility": ["investments", "adopted", "adopted_not_pending"],
    "A.investment_scale": ["amount", "large"],
    "A.block_draft_alignment": ["block_draft", "block_draft_not_pending"],
    "A.quality_jobs": ["labour", "wages"],
    "A.infrastructure_integration": ["infrastructure", "integrated", "scheduled"],
    "B.promise": [
        "product",
        "market_attributes",
        "market_needs",
        "export_or_top_share",
        "competitive_advantage",
    ],
    "B.regional_ripple": ["transactions", "sales", "labour", "targets"],
    "B.feasibility": ["companies", "all_named", "roles", "scale"],
    "B.external_dependency": ["procurement"],
    "B.cost_effectiveness": ["comparison", "basis", "higher"],
    "B.commitment": ["lead", "lead_governor", "finance", "fields", "staffing", "frequency", "announcement"],
    "B.ebpm": ["kgi", "kpi", "withdrawal", "monitoring", "monitoring_cycle"],
    "C.promise": ["product", "market_attributes", "market_needs", "value_up"],
    "C.regional_ripple": ["transactions", "sales", "labour"],
    "C.feasibility": ["operators", "all_named"],
    "C.external_dependency": ["no_franchise"],
    "C.commitment": ["desk", "desk_department", "management_support", "announcement"],
    "C.ebpm": ["kgi", "kpi", "withdrawal", "monitoring", "monitoring_cycle"],
    "author": ["stated", "allowed", "designated_city", "designated_city_same", "not_government", "kind_unusual"],
    "period": ["stated", "period_written", "order", "five_years", "ten_years", "kgi_2040"],
    "sections": ["each"],
    "kgi.investment": ["target_year_value", "cumulative"],
    "kgi.value_added": ["value", "amount", "year", "formula"],
    "kgi.talent": ["value", "year"],
    "kpi": ["exists", "targets", "withdrawal", "owner", "deadline", "monitoring", "monitoring_cycle"],
    "localization": ["roadmap"],
    "reference_list": ["employees_known", "within_2000", "degrees"],
    "submission": ["order", "schedule", "forms"],
    "plan_count": ["counted", "count"],
}


def kb_items(kb: KnowledgeBase) -> list[Requirement | Check]:
    return [*kb.all_requirements(), *kb.checks]


def test_the_knowledge_base_asks_exactly_the_written_out_criteria() -> None:
    kb = load_kb()
    got = {i.id: [c.id for c in i.criteria] for i in kb_items(kb)}
    missing = {k: v for k, v in CRITERIA.items() if got.get(k) != v}
    extra = sorted(set(got) - set(CRITERIA))
    assert not missing and not extra, (
        f"changed: {missing} → {[got.get(k) for k in missing]}; new items: {extra}"
    )


# --- what each case shows of each criterion -----------------------------------------------------------------


@dataclasses.dataclass(frozen=True)
class Seen:
    where: str  # file#index
    out: CriterionOut
    facts: dict[str, Fact]


@cache
def _facts(file_id: str, index: int) -> dict[str, Fact]:
    case = case_of(file_id, index)
    ev = evaluate_with_facts(
        build_plan(case),
        load_kb(),
        plan_type=case.get("plan_type"),
        today=case.get("today", TODAY),
        context=case.get("context"),
    )
    return ev.facts


def _criterion_id(item: Requirement | Check, out_id: str) -> str:
    """The knowledge base's criterion of an output criterion (a 記載項目 criterion is the item's `each`)."""
    ids = [c.id for c in item.criteria]
    return out_id if out_id in ids else ids[0]


@cache
def observations() -> dict[tuple[str, str], list[Seen]]:
    """(item, criterion) → what every case that pins the item's status showed of it."""
    kb = load_kb()
    by_id = {i.id: i for i in kb_items(kb)}
    out: dict[tuple[str, str], list[Seen]] = {}
    for file_id, index, case in CASES:
        result = run_case(file_id, index)
        items = items_of(result)
        for item_id in case["expect"]:
            got = items.get(item_id)
            if got is None:
                continue
            for c in got.criteria:
                key = (item_id, _criterion_id(by_id[item_id], c.id))
                out.setdefault(key, []).append(Seen(f"{file_id}#{index}", c, _facts(file_id, index)))
    return out


def all_criteria() -> Iterator[tuple[str, Criterion]]:
    for item in kb_items(load_kb()):
        for c in item.criteria:
            yield item.id, c


CRITERION_IDS = [f"{i}/{c.id}" for i, c in all_criteria()]

# Criteria that can show one side only, by construction, each with the reason. The test still asserts the side
# they can show, and that the other side is never seen (an entry that stops being true fails here).
ONE_SIDED: dict[str, tuple[str, str]] = {
    "A.feasibility/adopted_not_pending": (
        "fails",
        "its guard (subsidy pending) and its test (adopted) exclude each other",
    ),
    "A.block_draft_alignment/block_draft_not_pending": (
        "fails",
        "its guard (only a future step) excludes its test",
    ),
    "A.infrastructure_integration/integrated": (
        "fails",
        "its guard (declined) excludes its test (not needed)",
    ),
    "A.infrastructure_integration/scheduled": (
        "fails",
        "applies when a piece is left undated or with its timing open and asks that none is",
    ),
    "B.ebpm/monitoring_cycle": (
        "fails",
        "applies when the cycle is longer than 半期 and asks that it is not",
    ),
    "C.ebpm/monitoring_cycle": (
        "fails",
        "applies when the cycle is longer than 半期 and asks that it is not",
    ),
    "kpi/monitoring_cycle": ("fails", "applies when the cycle is longer than 半期 and asks that it is not"),
    "author/designated_city_same": ("fails", "applies when the draft says the cluster is the prefecture's"),
    "author/not_government": ("fails", "applies when an author is no local government and asks that none is"),
    "B.feasibility/all_named": ("fails", "applies when an operator is left unnamed and asks that none is"),
    "C.feasibility/all_named": ("fails", "applies when an operator is left unnamed and asks that none is"),
    "author/kind_unusual": ("passes", "a review marker: its test is its guard (the person decides)"),
    "plan_count/counted": ("passes", "its test is its guard: it puts the count in the reasons"),
    "submission/schedule": ("passes", "tests the type's forms and contacts, which every B and C type has"),
}


@pytest.mark.parametrize("key", CRITERION_IDS)
def test_each_criterion_passes_in_one_case_and_fails_in_another(key: str) -> None:
    item_id, cid = key.split("/")
    seen = observations().get((item_id, cid), [])
    passed = [s.where for s in seen if s.out.applies and s.out.passed]
    failed = [s.where for s in seen if s.out.applies and not s.out.passed]
    only, why = ONE_SIDED.get(key, ("", ""))
    if only == "fails":
        assert failed and not passed, f"{key} ({why}): fails in {failed}, passes in {passed}"
    elif only == "passes":
        assert passed and not failed, f"{key} ({why}): passes in {passed}, fails in {failed}"
    else:
        assert passed, f"{key}: no rule case pinning {item_id} where it passes"
        assert failed, f"{key}: no rule case pinning {item_id} where it fails (passes in {passed})"


def _alternatives(c: Criterion) -> list[list[Any]]:
    return [list(g) for g in c.any_of]


ALTERNATIVES = [
    f"{i}/{c.id}/{k}" for i, c in all_criteria() if len(c.any_of) > 1 for k in range(len(c.any_of))
]


# alternatives that cannot hold alone where their criterion applies, with the reason
UNREACHABLE_ALTERNATIVES = {
    "kgi.value_added/amount/0": "the criterion applies to a rate-only value added, which has no amount",
}


@pytest.mark.parametrize("key", ALTERNATIVES)
def test_each_alternative_alone_makes_its_criterion_pass(key: str) -> None:
    item_id, cid, k = key.split("/")
    crit = next(c for i, c in all_criteria() if i == item_id and c.id == cid)
    alts = _alternatives(crit)
    alone = []
    for s in observations().get((item_id, cid), []):
        holds = [all(meaning.holds(t, s.facts) for t in alt) for alt in alts]
        if s.out.applies and s.out.passed and holds[int(k)] and sum(holds) == 1:
            alone.append(s.where)
    if key in UNREACHABLE_ALTERNATIVES:
        assert not alone, (
            f"{key} listed as unreachable ({UNREACHABLE_ALTERNATIVES[key]}) but holds alone in {alone}"
        )
        return
    assert alone, f"{key}: no case where alternative {alts[int(k)]} alone makes {item_id}/{cid} pass"


GUARDED = [f"{i}/{c.id}" for i, c in all_criteria() if c.applies_if]


# guards that hold for every plan of the types their item is checked for, with the reason
ALWAYS_HOLDING_GUARDS = {
    "submission/schedule": "the first round's deadline is known for every B and C type: the guard is stated",
}


@pytest.mark.parametrize("key", GUARDED)
def test_each_guard_lets_its_criterion_in_and_keeps_it_out(key: str) -> None:
    item_id, cid = key.split("/")
    seen = observations().get((item_id, cid), [])
    assert any(s.out.applies for s in seen), f"{key}: no case where the guard holds"
    if key in ALWAYS_HOLDING_GUARDS:
        assert all(s.out.applies for s in seen), f"{key}: listed as always holding but does not"
        return
    assert any(not s.out.applies for s in seen), f"{key}: no case where the guard keeps the criterion out"


# --- removing a part of the knowledge must break a case -------------------------------------------------------


def _with_criteria(kb: KnowledgeBase, item_id: str, criteria: list[Criterion]) -> KnowledgeBase:
    requirements = {
        t: [r.model_copy(update={"criteria": criteria}) if r.id == item_id else r for r in rs]
        for t, rs in kb.requirements.items()
    }
    checks = [c.model_copy(update={"criteria": criteria}) if c.id == item_id else c for c in kb.checks]
    return dataclasses.replace(kb, requirements=requirements, checks=checks)


def _mutants() -> Iterator[tuple[str, str, int, dict[str, Any] | None]]:
    """(name, item, criterion index, update of that criterion; None = the criterion removed)."""
    for item in kb_items(load_kb()):
        for n, c in enumerate(item.criteria):
            base = f"{item.id}/{c.id}"
            yield f"{base}:removed", item.id, n, None
            if len(c.any_of) > 1:
                for k in range(len(c.any_of)):
                    rest = [g for j, g in enumerate(c.any_of) if j != k]
                    yield f"{base}:alternative {k} removed", item.id, n, {"any_of": rest}
            if c.applies_if:
                yield f"{base}:guard removed", item.id, n, {"applies_if": []}
            if len(c.all_of) > 1:
                for k, t in enumerate(c.all_of):
                    rest = [x for j, x in enumerate(c.all_of) if j != k]
                    yield f"{base}:test {t.fact} removed", item.id, n, {"all_of": rest}
            for g, group in enumerate(c.any_of):
                if len(group) > 1:
                    for k, t in enumerate(group):
                        rest = [x for j, x in enumerate(group) if j != k]
                        groups = [rest if j == g else x for j, x in enumerate(c.any_of)]
                        yield (
                            f"{base}:test {t.fact} of alternative {g} removed",
                            item.id,
                            n,
                            {"any_of": groups},
                        )


MUTANTS = list(_mutants())

# Removals that change nothing a case can see, each with the reason (kept short on purpose: every entry is a
# place where the knowledge holds something no behaviour depends on).
EQUIVALENT = {
    "A.block_draft_alignment/block_draft_not_pending:guard removed": "without its guard it tests what `block_draft` "
    "tests, so it passes and fails with it",
    "kgi.value_added/amount:alternative 0 removed": "the amount alternative cannot hold where `amount` applies",
    "kgi.value_added/amount:guard removed": "without its guard it is `value` again (the same alternatives)",
    "submission/schedule:guard removed": "the guard holds for every B and C plan",
    "period/stated:guard removed": "an A plan fails `stated` only with no KGI year and no period, where `kgi_2040` "
    "already fails and the item is missing either way (a missing item shows its first reason only)",
    "submission/schedule:test required_forms removed": "every B and C type has its forms",
    "submission/schedule:test submission_contacts removed": "every B and C type has its contacts",
}


def pinning_cases(item_id: str) -> list[tuple[str, int]]:
    """The cases that say something about this item: its status, reasons or advice."""
    out = []
    for file_id, index, case in CASES:
        keys = set(case["expect"]) | set(case.get("advice_empty") or [])
        for key in ("reasons_contain", "reasons_exclude", "advice_contain", "advice_count"):
            keys |= set(case.get(key) or {})
        if item_id in keys:
            out.append((file_id, index))
    return out


@pytest.mark.parametrize(("name", "item_id", "n", "update"), MUTANTS, ids=[m[0] for m in MUTANTS])
def test_removing_it_from_the_knowledge_breaks_a_case(
    name: str, item_id: str, n: int, update: dict[str, Any] | None
) -> None:
    kb = load_kb()
    item = next(i for i in kb_items(kb) if i.id == item_id)
    crits = list(item.criteria)
    if update is None:
        del crits[n]
    else:
        crits[n] = crits[n].model_copy(update=update)
    if not crits:  # an item must keep one criterion: the lone one made never applicable instead
        crits = [item.criteria[0].model_copy(update={"applies_if": [schema.Test(fact="no_such_fact")]})]
    mutated = _with_criteria(kb, item_id, crits)
    cases = pinning_cases(item_id)
    assert cases, f"no case pins {item_id}"
    broken = [f"{f}#{i}" for f, i in cases if case_failures(case_of(f, i), run_case(f, i, mutated))]
    if name in EQUIVALENT:
        assert not broken, f"{name} is listed as equivalent ({EQUIVALENT[name]}) but breaks {broken}"
        return
    assert broken, f"{name}: every one of the {len(cases)} cases of {item_id} still holds"
