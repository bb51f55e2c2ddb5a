"""QA drafts in varied wording and layouts (tests/data/qa_drafts): each gives the findings a careful
reviewer wrote down in expected.yaml before the tool was run. "gap" = partial or missing.
Fields: the best field must be one the reviewer listed; [none] means no field at all."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
import yaml

from knowledge.loader import load_kb
from readers import read_path
from rules.check import evaluate

QA = Path(__file__).parent / "data" / "qa_drafts"
EXPECTED = yaml.safe_load((QA / "expected.yaml").read_text(encoding="utf-8"))
GAP = {"partial", "missing"}
TODAY = date(2026, 5, 20)


@pytest.mark.parametrize("draft", sorted(EXPECTED))
def test_qa_draft_findings(draft: str) -> None:
    want = EXPECTED[draft]
    plan, _ = read_path(QA / draft)
    result = evaluate(plan, load_kb(), source=draft, today=TODAY)
    assert result.plan_type == want["plan_type"]
    items = {i.id: i for i in result.requirements + result.checks}
    expected = dict(want.get("requirements") or {})
    expected.update({f"kgi.{k}": v for k, v in (want.get("mandatory_kgi") or {}).items()})
    expected.update(want.get("checks") or {})
    skipped = set(want.get("tool_disagrees") or [])
    wrong = []
    for item_id, status in expected.items():
        if item_id in skipped:
            continue
        got = items[item_id]
        ok = got.status in GAP if status == "gap" else got.status == status
        if not ok:
            wrong.append(f"{item_id}: expected {status}, got {got.status}: {got.reasons}")
    assert not wrong, "\n".join(wrong)


def test_every_qa_draft_has_expectations() -> None:
    drafts = {p.name for p in QA.iterdir() if p.suffix in {".md", ".txt", ".docx"}}
    assert drafts == set(EXPECTED)


@pytest.mark.parametrize("draft", sorted(d for d in EXPECTED if "fields" in EXPECTED[d]))
def test_qa_draft_fields(draft: str) -> None:
    from recommender.api import classify_plan

    want = EXPECTED[draft]["fields"]
    plan, _ = read_path(QA / draft)
    got = [f.number for f in classify_plan(plan, load_kb()).fields]
    if want == ["none"]:
        assert got == [], f"{draft}: expected no strategic field, got {got}"
    else:
        assert got and got[0] in want, f"{draft}: expected one of {want} first, got {got}"
