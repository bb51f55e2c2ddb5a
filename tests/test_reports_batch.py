"""End to end: a batch of the example drafts plus one broken file gives a complete summary.

Skipped until the readers and the rules engine are importable.
"""

from __future__ import annotations

import io
import shutil
from pathlib import Path

import openpyxl
import pytest

from chiiki_mirai.core.result import BadInput, CheckResult
from chiiki_mirai.reports import exit_code, write_report
from chiiki_mirai.reports.common import plan_name
from chiiki_mirai.reports.xlsx_cells import SUMMARY_SHEET
from chiiki_mirai.service import check_paths

DRAFTS = Path(__file__).resolve().parents[1] / "examples" / "drafts"


@pytest.fixture
def batch_dir(tmp_path):
    pytest.importorskip("chiiki_mirai.readers")
    pytest.importorskip("chiiki_mirai.rules.check")
    if not DRAFTS.is_dir():
        pytest.skip("example drafts not present")
    for f in sorted(DRAFTS.glob("*.md")):
        shutil.copy(f, tmp_path / f.name)
    (tmp_path / "zz_broken.docx").write_bytes(b"this is not a zip archive")
    return tmp_path


def test_batch_with_a_broken_file_gives_a_complete_summary(batch_dir, tmp_path):
    results = check_paths([batch_dir])
    files = sorted(p.name for p in batch_dir.iterdir())
    assert [plan_name(r) for r in results] == files
    assert isinstance(results[-1], BadInput) and results[-1].error
    assert all(isinstance(r, CheckResult) for r in results[:-1])
    assert exit_code(results) == 2

    data = write_report(results, "xlsx", tmp_path / "review.xlsx")
    ws = openpyxl.load_workbook(io.BytesIO(data))[SUMMARY_SHEET]
    names = [ws.cell(row=r, column=2).value for r in range(3, ws.max_row + 1)]
    assert names == files
    assert ws.cell(row=ws.max_row, column=9).value == results[-1].error
