"""QA drafts in varied wording and layouts (tests/data/qa_drafts*/): each gives the findings a careful
reviewer wrote down in that folder's expected.yaml before the tool was run. "gap" = partial or missing.
Fields: the best field must be one the reviewer listed; [none] means no field at all, and [none, n]
that either is right."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
import yaml

from chiiki_mirai.core.text.normalize import normalize_text
from chiiki_mirai.knowledge.loader import load_kb
from chiiki_mirai.readers import read_path
from chiiki_mirai.recommender.api import classify_plan
from chiiki_mirai.rules.check import evaluate

DATA = Path(__file__).parent / "data"
SETS = sorted(p for p in DATA.glob("qa_drafts*") if (p / "expected.yaml").is_file())
EXPECTED = {
    (qa.name, draft): want
    for qa in SETS
    for draft, want in yaml.safe_load((qa / "expected.yaml").read_text(encoding="utf-8")).items()
}
CORRECTIONS = {
    (qa.name, row["draft"], row["item"]): row
    for qa in SETS
    if (qa / "corrections.yaml").is_file()
    for row in yaml.safe_load((qa / "corrections.yaml").read_text(encoding="utf-8"))
}
GAP = {"partial", "missing"}
TODAY = date(2026, 5, 20)


def _ids(keys) -> list[str]:
    return [f"{s}/{d}" for s, d in keys]


# the tool's verdict differs from the reviewer's and is kept, with the reason (strict: it must keep failing)
KNOWN_DIFFERENT = {
    ("qa_drafts", "qa08_b_biopharma_kobe.md"): (
        "B.ebpm met: 要件⑦ asks that KGIs be set 「計画の最終年度において達成を目指す目標値」; a cumulative investment "
        "to the final year is such a value — that it is not the 留意事項's 「目標年度における目標値」 is reported once, by "
        "kgi.investment (gap here), as a rate-only value added is (qa3_03, qa2_08); two of three dev writers agree"
    ),
    ("qa_drafts3", "qa3_04_b_robot_reducer_kitakyushu.md"): (
        "B.ebpm met: the cumulative-only investment KGI is reported once, by kgi.investment (see qa08)"
    ),
}


def _params(keys):
    return [
        pytest.param(k, marks=pytest.mark.xfail(strict=True, reason=KNOWN_DIFFERENT[k])) if k in KNOWN_DIFFERENT else k
        for k in keys
    ]


@pytest.mark.parametrize("key", _params(sorted(EXPECTED)), ids=_ids(sorted(EXPECTED)))
def test_qa_draft_findings(key: tuple[str, str]) -> None:
    folder, draft = key
    want = EXPECTED[key]
    plan, _ = read_path(DATA / folder / draft)
    result = evaluate(plan, load_kb(), source=draft, today=TODAY)
    assert result.plan_type == want["plan_type"]
    items = {i.id: i for i in result.requirements + result.checks}
    expected = dict(want.get("requirements") or {})
    expected.update({f"kgi.{k}": v for k, v in (want.get("mandatory_kgi") or {}).items()})
    expected.update(want.get("checks") or {})
    for (qa, name, item_id), row in CORRECTIONS.items():
        if (qa, name) == key:
            assert expected.get(item_id) == row["old"], f"{item_id}: the correction's old status is not expected.yaml's"
            expected[item_id] = row["new"]
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


@pytest.mark.parametrize("qa", SETS, ids=[p.name for p in SETS])
def test_every_qa_draft_has_expectations(qa: Path) -> None:
    drafts = {p.name for p in qa.iterdir() if p.suffix in {".md", ".txt", ".docx"}}
    assert drafts == {d for s, d in EXPECTED if s == qa.name}


FIELD_KEYS = sorted(k for k, w in EXPECTED.items() if "fields" in w)


@pytest.mark.parametrize("key", FIELD_KEYS, ids=_ids(FIELD_KEYS))
def test_qa_draft_fields(key: tuple[str, str]) -> None:
    folder, draft = key
    want = EXPECTED[key]["fields"]
    plan, _ = read_path(DATA / folder / draft)
    got = [f.number for f in classify_plan(plan, load_kb()).fields]
    if want == ["none"]:
        assert got == [], f"{draft}: expected no strategic field, got {got}"
    elif "none" in want:  # a reviewer accepts either no field or one of the listed ones
        assert not got or got[0] in want, f"{draft}: expected none or one of {want} first, got {got}"
    else:
        assert got and got[0] in want, f"{draft}: expected one of {want} first, got {got}"


def test_every_qa_folder_is_a_set() -> None:
    """A qa_drafts* folder without expected.yaml would be silently skipped by the runner."""
    folders = sorted(p.name for p in DATA.glob("qa_drafts*") if p.is_dir())
    assert folders[:2] == ["qa_drafts", "qa_drafts2"]
    assert [p.name for p in SETS] == folders


def test_every_correction_cites_a_passage_of_the_sources() -> None:
    kb = load_kb()
    for (qa, draft, item_id), row in CORRECTIONS.items():
        assert row["passages"], f"{qa}/{draft} {item_id}: a correction needs the passage that justifies it"
        for p in row["passages"]:
            assert normalize_text(p["excerpt"]) in kb.normalized_source_text(p["document"]), (qa, draft, item_id)
