"""The Word QA drafts are reproducible: the one builder (tests/data/docx_builder.py) with each set's specs
writes documents that read to the same plan and parse report as the committed .docx files."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

DATA = Path(__file__).parent / "data"
sys.path.insert(0, str(DATA))  # the specs import the builder by its file name, as make_docx.py runs them
import make_docx  # noqa: E402

from chiiki_mirai.readers import read_path  # noqa: E402


@pytest.mark.parametrize("set_name", make_docx.SETS)
def test_regenerated_drafts_read_to_the_committed_plans(set_name: str, tmp_path: Path) -> None:
    written = make_docx.build(set_name, tmp_path)
    assert written and {p.name for p in written} <= {p.name for p in (DATA / set_name).glob("*.docx")}
    for path in written:
        plan, report = read_path(path)
        committed_plan, committed_report = read_path(DATA / set_name / path.name)
        assert plan == committed_plan, path.name
        assert report.wire() == committed_report.wire(), path.name
