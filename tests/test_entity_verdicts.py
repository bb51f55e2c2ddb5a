"""Verdicts of the entity and commitment items on drafts read by the document-tree reader
(tests/cases/verdicts/entities.yaml): unknown is never a negative, deferral is a gap and not "missing",
and a verdict follows what the draft states."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

import pytest
import yaml

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


