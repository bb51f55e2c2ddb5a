"""Exit code precedence, the format dispatcher and batch progress."""

from __future__ import annotations

import io
import json

import openpyxl
import pytest
from reports_samples import batch, broken, plan_b, plan_c

from chiiki_mirai.core.errors import UserError
from chiiki_mirai.reports import FORMATS, check_output_option, exit_code, write_report
from chiiki_mirai.reports.progress import batch_progress


def all_met():
    r = plan_c()
    r.checks[0].status = "review"  # review and n/a are not gaps
    r.checks[1].status = "n/a"
    return r


def test_exit_code_precedence():
    assert exit_code([all_met(), plan_c()]) == 0
    assert exit_code([all_met(), plan_b()]) == 1
    assert exit_code([plan_c(), broken()]) == 2
    assert exit_code([plan_b(), broken()]) == 2  # bad input wins over gaps
    assert exit_code(plan_b()) == 1
    assert exit_code([]) == 0


@pytest.mark.parametrize("fmt", FORMATS)
def test_write_report_writes_and_returns(tmp_path, fmt):
    out = tmp_path / f"report.{fmt}"
    content = write_report(batch(), fmt, out)
    if fmt == "xlsx":
        assert isinstance(content, bytes) and out.read_bytes() == content
        assert len(openpyxl.load_workbook(io.BytesIO(content)).sheetnames) == 4  # summary + 3 readable plans
    else:
        assert isinstance(content, str) and out.read_text(encoding="utf-8") == content
    assert write_report(batch(), fmt, None) is not None


def test_write_report_json_matches_the_contract(tmp_path):
    out = tmp_path / "r.json"
    write_report([plan_c()], "json", out)
    assert json.loads(out.read_text(encoding="utf-8"))["source"] == plan_c().source


def test_bad_options_are_user_errors(tmp_path):
    with pytest.raises(UserError):
        write_report([plan_c()], "pdf", None)
    with pytest.raises(UserError):
        check_output_option("xlsx", None)
    check_output_option("xlsx", tmp_path / "a.xlsx")
    check_output_option("text", None)
    with pytest.raises(UserError):
        write_report([plan_c()], "text", tmp_path / "no_such_dir" / "a.txt")
    with pytest.raises(UserError):
        write_report([plan_c()], "text", tmp_path)  # a folder


def test_progress_is_silent_when_not_a_terminal(capsys):
    with batch_progress(3) as cb:  # pytest captures stderr: not a terminal
        for i, name in enumerate(["a.md", "b [案].md", "c.md"]):
            cb(i, 3, name)
        cb(3, 3, "")
    captured = capsys.readouterr()
    assert captured.err == "" and captured.out == ""


def test_progress_bar_accepts_service_callbacks_when_enabled():
    with batch_progress(2, enabled=True) as cb:
        cb(0, 2, "drafts/[red]markup[/red].md")
        cb(1, 2, "drafts/b.md")
        cb(2, 2, "")
