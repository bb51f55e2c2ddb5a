"""Verdicts of the entity and commitment items on drafts read by the document-tree reader
(tests/cases/verdicts/entities.yaml): unknown is never a negative, deferral is a gap and not "missing",
and a verdict follows what the draft states."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

import pytest
import yaml

from app_support.plan_edits import WhatIf, apply_what_if
from chiiki_mirai.knowledge.loader import load_kb
from chiiki_mirai.readers import read_bytes
from chiiki_mirai.rules.check import evaluate

CASES = yaml.safe_load((Path(__file__).parent / "cases" / "verdicts" / "entities.yaml").read_text(encoding="utf-8"))
TODAY = dt.date(2026, 11, 22)


def _check(draft: str):
    plan, _ = read_bytes("draft.md", draft.encode("utf-8"))
    return plan, evaluate(plan, load_kb(), today=TODAY)


@pytest.mark.parametrize("case", CASES, ids=[c["name"] for c in CASES])
def test_verdicts(case: dict[str, Any], monkeypatch: pytest.MonkeyPatch) -> None:
    _, result = _check(case["draft"])
    items = {i.id: i for i in result.requirements + result.checks}
    got = {k: items[k].status for k in case["expect"]}
    assert got == case["expect"], [r for k in case["expect"] for r in items[k].reasons]
    for item, text in (case.get("advice_contain") or {}).items():
        assert any(text in a for a in items[item].advice + items[item].reasons), items[item]


def test_a_what_if_desk_counts_beside_a_desk_under_consideration(monkeypatch: pytest.MonkeyPatch) -> None:
    plan, before = _check(CASES[2]["draft"])
    edited = apply_what_if(plan, WhatIf(desk_name="霧ヶ丘町 事業者相談窓口", desk_department="産業振興課"))
    after = evaluate(edited, load_kb(), today=TODAY)
    crit = {c.id: c.passed for i in after.requirements if i.id == "C.commitment" for c in i.criteria}
    assert crit["desk"] and crit["desk_department"]
