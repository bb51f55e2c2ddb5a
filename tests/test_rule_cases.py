"""Runs the YAML rule cases in tests/cases (OpenFisca / MyFriendBen style).

Each file tests one requirement or check id (the file name) and holds a list of cases:
    - name: what the case shows
      clause: the source wording that decides it (copied from knowledge/sources/*.txt)
      base: A | B | C                  # tests/cases/plans/<x>_plan.yaml
      patch: {...}                     # deep-merged into the base: dicts merged, lists replaced, null deletes
      plan_type: B                     # optional: evaluate as this type (default: the plan's own)
      context: {author_plan_count: 7}  # optional evaluation context
      expect: {B.ebpm: partial}        # statuses that must hold
      reasons_contain: {reference_list: "コネクター度 3.00%"}  # optional: text that must appear in the reasons
      reasons_exclude: {period: "前後関係"}  # optional: text no reason may hold (a gap that must not be reported)
      advice_contain: {kpi: "半期"}    # optional: text that must appear in the item's advice (never a gap)
      advice_empty: [kpi]              # optional: items that must carry no advice
      advice_count: {kpi: 1}           # optional: exactly this many notes (one criterion's note, not two)
      today: 2026-07-15                # optional: the day of the check (default 2026-11-22)
      suggestion: C                    # optional: expected plan-type suggestion
"""

from __future__ import annotations

import copy
import datetime as dt
from functools import cache
from pathlib import Path
from typing import Any

import pytest
import yaml

from chiiki_mirai.core.plan import Plan
from chiiki_mirai.core.result import CheckResult, Item
from chiiki_mirai.core.text.normalize import normalize_text
from chiiki_mirai.knowledge.loader import KnowledgeBase, load_kb
from chiiki_mirai.readers.statements.from_fields import with_statements
from chiiki_mirai.rules.check import evaluate

CASES_DIR = Path(__file__).parent / "cases"
PLANS_DIR = CASES_DIR / "plans"
TODAY = dt.date(2026, 11, 22)
CASE_KEYS = {
    "name",
    "clause",
    "base",
    "patch",
    "plan_type",
    "context",
    "expect",
    "reasons_contain",
    "reasons_exclude",
    "advice_contain",
    "advice_empty",
    "advice_count",
    "today",
    "suggestion",
}
STATUSES = {"met", "partial", "missing", "review", "n/a"}


def deep_merge(base: Any, patch: Any) -> Any:
    """Dicts are merged key by key, a None value deletes the key, anything else replaces."""
    if not isinstance(base, dict) or not isinstance(patch, dict):
        return copy.deepcopy(patch)
    out = copy.deepcopy(base)
    for key, value in patch.items():
        if value is None:
            out.pop(key, None)
        elif isinstance(value, dict) and isinstance(out.get(key), dict):
            out[key] = deep_merge(out[key], value)
        else:
            out[key] = copy.deepcopy(value)
    return out


@cache
def base_plan(kind: str) -> dict[str, Any]:
    return yaml.safe_load((PLANS_DIR / f"{kind.lower()}_plan.yaml").read_text(encoding="utf-8"))


def load_cases() -> list[tuple[str, int, dict[str, Any]]]:
    out = []
    for path in sorted(CASES_DIR.glob("*.yaml")):
        cases = yaml.safe_load(path.read_text(encoding="utf-8"))
        assert isinstance(cases, list) and cases, f"{path.name}: a list of cases expected"
        for i, case in enumerate(cases):
            out.append((path.stem, i, case))
    return out


CASES = load_cases()


def build_plan(case: dict[str, Any]) -> Plan:
    # as a YAML plan is read: its statements derived from its fields and section texts
    return with_statements(Plan.model_validate(deep_merge(base_plan(case["base"]), case.get("patch") or {})))


def case_of(file_id: str, index: int) -> dict[str, Any]:
    return next(c for f, i, c in CASES if f == file_id and i == index)


def run_case(file_id: str, index: int, kb: KnowledgeBase | None = None) -> CheckResult:
    """Evaluate one case, with the project's knowledge base or (for the knowledge mutation tests) another one."""
    if kb is None:
        return _run(file_id, index)
    case = case_of(file_id, index)
    return evaluate(
        build_plan(case),
        kb,
        source=f"{file_id}#{index}",
        plan_type=case.get("plan_type"),
        today=case.get("today", TODAY),
        context=case.get("context"),
    )


@cache
def _run(file_id: str, index: int) -> CheckResult:
    return run_case(file_id, index, load_kb())


def items_of(result: CheckResult) -> dict[str, Item]:
    return {i.id: i for i in result.requirements + result.checks}


def _explain(item: Item | None) -> str:
    if item is None:
        return "(not evaluated for this plan type)"
    lines = [f"{item.id}: {item.status}", *[f"  - {r}" for r in item.reasons]]
    lines += [f"  [{c.id}] passed={c.passed} applies={c.applies} facts={c.facts}" for c in item.criteria]
    return "\n".join(lines)


def all_ids() -> set[str]:
    kb = load_kb()
    return {r.id for r in kb.all_requirements()} | {c.id for c in kb.checks}


def met_reachable(item_id: str) -> bool:
    """False when an always-applicable criterion is marked `review`: such an item is at best `review`."""
    kb = load_kb()
    item = next(i for i in [*kb.all_requirements(), *kb.checks] if i.id == item_id)
    return not any(c.review and not c.applies_if for c in item.criteria)


def is_passing(item_id: str, status: str) -> bool:
    return status in ("met", "n/a") or (status == "review" and not met_reachable(item_id))


@pytest.mark.parametrize(
    ("file_id", "index"), [(f, i) for f, i, _ in CASES], ids=[f"{f}#{i}" for f, i, _ in CASES]
)
def test_case(file_id: str, index: int) -> None:
    case = case_of(file_id, index)
    failures = case_failures(case, _run(file_id, index))
    assert not failures, f"{case['name']}\n" + "\n".join(failures)


def case_failures(case: dict[str, Any], result: CheckResult) -> list[str]:
    """What of the case's expectations the result breaks (empty: the case holds)."""
    items = items_of(result)
    failures = []
    for item_id, want in case["expect"].items():
        got = items.get(item_id)
        if got is None or got.status != want:
            failures.append(f"{item_id}: expected {want}\n{_explain(got)}")
    for item_id, text in (case.get("reasons_contain") or {}).items():
        got = items.get(item_id)
        if got is None or not any(text in r for r in got.reasons):
            failures.append(f"{item_id}: reasons lack {text!r}\n{_explain(got)}")
    for item_id, text in (case.get("reasons_exclude") or {}).items():
        got = items.get(item_id)
        if got is None or any(text in r for r in got.reasons):
            failures.append(f"{item_id}: reasons must not hold {text!r}\n{_explain(got)}")
    for item_id, count in (case.get("advice_count") or {}).items():
        got = items.get(item_id)
        if got is None or len(got.advice) != count:
            failures.append(f"{item_id}: {count} notes expected: {got.advice if got else None}")
    for item_id, text in (case.get("advice_contain") or {}).items():
        got = items.get(item_id)
        if got is None or not any(text in a for a in got.advice):
            failures.append(f"{item_id}: advice lacks {text!r}: {got.advice if got else None}")
    for item_id in case.get("advice_empty") or []:
        got = items.get(item_id)
        if got is None or got.advice:
            failures.append(f"{item_id}: advice expected empty: {got.advice if got else None}")
    if "suggestion" in case and result.plan_type_suggestion.type != case["suggestion"]:
        failures.append(f"suggestion: expected {case['suggestion']}, got {result.plan_type_suggestion}")
    return failures


def test_case_files_are_well_formed() -> None:
    kb = load_kb()
    ids = all_ids()
    sources = {d: kb.normalized_source_text(d) for d in kb.documents}
    for file_id, index, case in CASES:
        where = f"{file_id}#{index}"
        assert set(case) <= CASE_KEYS, f"{where}: unknown keys {set(case) - CASE_KEYS}"
        assert case.get("name") and case.get("base") in ("A", "B", "C"), where
        assert file_id in ids, f"{where}: {file_id} is no requirement or check id"
        assert file_id in case["expect"], f"{where}: must state the expected status of {file_id}"
        assert set(case["expect"]) <= ids, f"{where}: unknown ids {set(case['expect']) - ids}"
        assert set(case["expect"].values()) <= STATUSES, where
        clause = normalize_text(case.get("clause") or "")
        assert clause and any(clause in text for text in sources.values()), (
            f"{where}: clause not found in sources"
        )


def _signature(item: Item) -> tuple:
    failed = [c for c in item.criteria if c.applies and not c.passed]
    facts = tuple(sorted((f"{c.id}.{k}", repr(v)) for c in failed for k, v in c.facts.items()))
    return item.status, tuple(sorted(c.id for c in failed)), facts


def test_every_id_is_met_once_and_missed_two_ways() -> None:
    """Every requirement and check has a passing case and two failing cases that fail differently.

    An item whose criteria are all advice (its passages are permissive) cannot fail: it needs a case
    without advice and two cases with advice instead.
    """
    kb = load_kb()
    items = [*kb.all_requirements(), *kb.checks]
    # only criteria that can produce a gap make an item fail in different ways
    criteria_count = {i.id: sum(c.on_fail == "gap" for c in i.criteria) for i in items}
    advice_only = {i.id for i in items if all(c.on_fail == "advice" for c in i.criteria)}
    advised: dict[str, int] = {}
    for file_id, index, _case in CASES:
        if file_id in advice_only and (items_of(_run(file_id, index))[file_id]).advice:
            advised[file_id] = advised.get(file_id, 0) + 1
    passing: dict[str, int] = {}
    failing: dict[str, set[tuple]] = {}
    failing_cases: dict[str, int] = {}
    for file_id, index, case in CASES:
        status = case["expect"][file_id]
        if is_passing(file_id, status):
            passing[file_id] = passing.get(file_id, 0) + 1
        else:
            failing_cases[file_id] = failing_cases.get(file_id, 0) + 1
            item = items_of(_run(file_id, index))[file_id]
            failing.setdefault(file_id, set()).add(_signature(item))
    problems = []
    for item_id in sorted(all_ids()):
        if item_id in advice_only:
            if advised.get(item_id, 0) < 2:
                problems.append(f"{item_id}: fewer than 2 cases with advice")
            if passing.get(item_id, 0) - advised.get(item_id, 0) < 1:
                problems.append(f"{item_id}: no case without advice")
            continue
        if passing.get(item_id, 0) < 1:
            problems.append(f"{item_id}: no passing case")
        if failing_cases.get(item_id, 0) < 2:
            problems.append(f"{item_id}: fewer than 2 failing cases")
        # an item judged by one criterion can only fail one way; the others must show two
        elif criteria_count[item_id] > 1 and len(failing.get(item_id, ())) < 2:
            problems.append(f"{item_id}: the failing cases all fail the same way")
    assert not problems, "\n".join(problems)


def test_base_plans_meet_everything() -> None:
    """The base plans are complete: every requirement and check passes."""
    for kind in ("A", "B", "C"):
        result = evaluate(with_statements(Plan.model_validate(base_plan(kind))), load_kb(), today=TODAY)
        bad = [_explain(i) for i in result.requirements + result.checks if not is_passing(i.id, i.status)]
        assert not bad, f"{kind}:\n" + "\n".join(bad)
        assert result.plan_type_suggestion.type == kind


def test_deep_merge() -> None:
    base = {"a": {"b": 1, "c": [1, 2]}, "d": 1}
    assert deep_merge(base, {"a": {"c": [3]}, "d": None}) == {"a": {"b": 1, "c": [3]}}
    assert deep_merge(base, {"a": {"e": {"f": 1}}})["a"] == {"b": 1, "c": [1, 2], "e": {"f": 1}}
    assert base == {"a": {"b": 1, "c": [1, 2]}, "d": 1}  # the base is not modified
