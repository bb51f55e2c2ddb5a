"""`chiiki-mirai compare OLD NEW`: closed, opened, changed and identical versions, across formats (Markdown,
text, Word, YAML, PDF), in every output format, with the exit codes."""

from __future__ import annotations

import io
import json
from pathlib import Path

import openpyxl
import pytest

from chiiki_mirai.cli import main
from chiiki_mirai.reports.compare import change_kind

from compare_drafts import DESK, RIPPLE_NEW, RIPPLE_OLD, ROOT, base, write_docx  # isort: skip

TODAY = ["--today", "2026-05-20"]


@pytest.fixture
def versions(tmp_path: Path) -> dict[str, Path]:
    """v1 = the example (域内取引額 without a number); v2 closes it; v3 = v2 without the 相談窓口 (opens one)."""
    v1 = base()
    v2 = v1.replace(RIPPLE_OLD, RIPPLE_NEW)
    v3 = v2.replace(DESK, "")
    assert v2 != v1 and v3 != v2
    out = {
        "v1.md": tmp_path / "v1.md",
        "v2.txt": tmp_path / "v2.txt",
        "v3.md": tmp_path / "v3.md",
    }
    out["v1.md"].write_text(v1, encoding="utf-8")
    out["v2.txt"].write_text(v2, encoding="utf-8")
    out["v3.md"].write_text(v3, encoding="utf-8")
    out["v1.docx"] = write_docx(v1, tmp_path / "v1.docx")
    out["v2.docx"] = write_docx(v2, tmp_path / "v2.docx")
    return out


def run_json(capsys, old: Path, new: Path, *extra: str) -> tuple[int, dict]:
    code = main(["compare", str(old), str(new), "--format", "json", *TODAY, *extra])
    return code, json.loads(capsys.readouterr().out)


@pytest.mark.parametrize(("old", "new"), [("v1.md", "v2.txt"), ("v1.docx", "v2.docx"), ("v1.md", "v2.docx")])
def test_closed_across_formats(capsys, versions, old, new):
    code, out = run_json(capsys, versions[old], versions[new])
    assert code == 0
    assert out["closed"] == ["C.regional_ripple"]
    assert out["opened"] == [] and out["changed"] == []
    assert "C.regional_ripple" not in out["unchanged"] and len(out["unchanged"]) == 12
    section = next(s for s in out["sections"] if s["id"] == "C.4.3")
    assert any("12億円" in t for t in section["added"])
    assert any("域内調達を拡大する" in t for t in section["removed"])


def test_opened_exits_1_and_shows_the_removed_text(capsys, versions):
    code, out = run_json(capsys, versions["v2.txt"], versions["v3.md"])
    assert code == 1
    assert out["opened"] == ["C.commitment"] and out["closed"] == []
    removed = [t for s in out["sections"] for t in s["removed"]]
    assert any("木曽漆器成長相談窓口" in t for t in removed)


def test_json_has_exactly_the_contract_keys(capsys, versions):
    _, out = run_json(capsys, versions["v1.md"], versions["v3.md"])
    assert list(out) == ["old", "new", "closed", "opened", "changed", "unchanged", "sections"]
    assert out["old"] == "v1.md" and out["new"] == "v3.md"
    assert out["closed"] == ["C.regional_ripple"] and out["opened"] == ["C.commitment"]


def test_changed_partial_to_missing(capsys, tmp_path):
    """KPIs without withdrawal criteria (partial) that disappear with their section (missing): a move from one
    gap to another is `changed`, listed with both statuses."""
    v1 = base()
    start = v1.index("### (4) KPI及びKPI未達時の撤退基準の設定")
    end = v1.index("## 6. 現地化の取組")
    old = tmp_path / "old.md"
    new = tmp_path / "new.md"
    # old: the KPI rows lose their withdrawal criteria (partial); new: no KPI section at all (missing)
    old.write_text(
        v1.replace("2年連続で目標の5割未満なら見本市出展を見直す", "").replace(
            "2028年度に0.2億円未満ならEC事業を縮小", ""
        ),
        encoding="utf-8",
    )
    new.write_text(v1[:start] + v1[end:], encoding="utf-8")
    code, out = run_json(capsys, old, new)
    moves = {c["id"]: (c["old"], c["new"]) for c in out["changed"]}
    assert moves, out
    assert all(o != n for o, n in moves.values())
    assert ("partial", "missing") in moves.values()
    assert code == (1 if out["opened"] else 0)


@pytest.mark.parametrize("name", ["v1.md", "v1.docx", "v2.txt"])
def test_identical_inputs_report_nothing(capsys, versions, name):
    code, out = run_json(capsys, versions[name], versions[name])
    assert code == 0
    assert out["closed"] == out["opened"] == out["changed"] == out["sections"] == []
    assert len(out["unchanged"]) == 13


def test_a_pdf_printed_from_a_draft_keeps_every_status(capsys):
    """A draft against the PDF printed from it (tests/data/pdf_drafts): no status moves."""
    src = ROOT / "tests" / "data" / "qa_drafts" / "qa01_b_wagyu_kagoshima.md"
    pdf = ROOT / "tests" / "data" / "pdf_drafts" / "qa01_b_wagyu_kagoshima.pdf"
    code, out = run_json(capsys, src, pdf)
    assert out["closed"] == out["opened"] == out["changed"] == []
    assert code == 0


def test_text_markdown_and_xlsx(capsys, versions, tmp_path):
    v1, v3 = str(versions["v1.md"]), str(versions["v3.md"])
    assert main(["compare", v1, v3, *TODAY]) == 1
    text = capsys.readouterr().out
    assert "解消（1件）" in text and "新たな不足（1件）" in text
    assert "旧の根拠: 「域内取引額: 木地・塗料の域内調達を拡大する」" in text
    assert "新の根拠: 「域内取引額: 2030年度に 12億円（2025年度 8億円）」" in text
    assert main(["compare", v1, v3, "--format", "markdown", *TODAY]) == 1
    md = capsys.readouterr().out
    assert md.startswith("# 版の比較") and "| 域内への波及（`C.regional_ripple`） | 一部不足 → 充足 |" in md
    out = tmp_path / "比較.xlsx"
    assert main(["compare", v1, v3, "--format", "xlsx", "-o", str(out), *TODAY]) == 1
    wb = openpyxl.load_workbook(io.BytesIO(out.read_bytes()))
    assert wb.sheetnames == ["判定の変化", "記載の追加・削除"]
    rows = [r for r in wb["判定の変化"].iter_rows(values_only=True) if r[0] in ("解消", "新たな不足")]
    assert {(r[0], r[2]) for r in rows} == {("解消", "C.regional_ripple"), ("新たな不足", "C.commitment")}


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["missing.md", "v1.md"], "ファイルが見つかりません"),
        (["v1.md", "v1.md", "--format", "html"], "出力形式"),
        (["v1.md", "v1.md", "--format", "xlsx"], "--output"),
        (["v1.md", "v1.md", "--comments", "x.xlsx"], "--output"),
        (["v1.md", "v1.md", "--type", "D"], "--type"),
        (["v1.md", "bad.pdf"], "PDF として読めません"),
    ],
)
def test_bad_input_exits_2(capsys, versions, tmp_path, args, message):
    (tmp_path / "bad.pdf").write_bytes(b"not a pdf at all")
    argv = ["compare", *[str(tmp_path / a) if a.endswith((".md", ".pdf")) else a for a in args]]
    assert main(argv) == 2
    assert message in capsys.readouterr().err


@pytest.mark.parametrize(
    ("old", "new", "kind"),
    [
        ("missing", "met", "closed"),
        ("partial", "met", "closed"),
        ("met", "partial", "opened"),
        ("met", "missing", "opened"),
        ("partial", "missing", "changed"),
        ("met", "review", "changed"),
        ("review", "partial", "changed"),
        ("missing", "n/a", "changed"),
        (None, "met", "changed"),
        ("met", "met", "unchanged"),
    ],
)
def test_change_kind(old, new, kind):
    assert change_kind(old, new) == kind
