"""The reviewer's comment sheet (指摘事項一覧) round trip with openpyxl: comments written from a check, the reviewer
and the planner edit the workbook, `compare --comments` fills 対応状況 and keeps every edit."""

from __future__ import annotations

import io
from pathlib import Path

import openpyxl
import pytest

from chiiki_mirai import service
from chiiki_mirai.cli import main
from chiiki_mirai.reports.comments import ADVICE_SHEET, HEADERS, SHEET, comments_of, render_comments
from chiiki_mirai.reports.comments_update import update_comments

from compare_drafts import DESK, RIPPLE_NEW, RIPPLE_OLD, base  # isort: skip

TODAY = ["--today", "2026-05-20"]


def rows(path_or_bytes, sheet: str = SHEET) -> list[dict]:
    data = path_or_bytes.read_bytes() if isinstance(path_or_bytes, Path) else path_or_bytes
    ws = openpyxl.load_workbook(io.BytesIO(data))[sheet]
    header = next(r for r in ws.iter_rows(values_only=True) if r and r[0] == "番号")
    out = []
    for r in ws.iter_rows(min_row=5, values_only=True):
        if any(v is not None for v in r):
            out.append(dict(zip(header, r, strict=False)))
    return out


@pytest.fixture
def drafts(tmp_path: Path) -> dict[str, Path]:
    """v1: 域内取引額 without a number and no 相談窓口 (two gaps); v2: the number written, the 相談窓口 still
    missing, and the 撤退基準 of a KPI removed (a new gap)."""
    v1 = base().replace(DESK, "")
    v2 = v1.replace(RIPPLE_OLD, RIPPLE_NEW).replace("2年連続で目標の5割未満なら見本市出展を見直す", "")
    out = {"v1": tmp_path / "v1.md", "v2": tmp_path / "v2.md"}
    out["v1"].write_text(v1, encoding="utf-8")
    out["v2"].write_text(v2, encoding="utf-8")
    return out


def test_sheet_written_from_a_check(tmp_path, drafts):
    out = tmp_path / "指摘.xlsx"
    assert main(["check", str(drafts["v1"]), "--format", "comments", "-o", str(out), *TODAY]) == 1
    wb = openpyxl.load_workbook(out)
    assert wb.sheetnames == [SHEET, ADVICE_SHEET]
    ws = wb[SHEET]
    assert [c.value for c in ws[4]] == list(HEADERS)
    assert ws.column_dimensions["H"].hidden and ws.column_dimensions["I"].hidden  # the keys
    got = rows(out)
    keys = [r["キー"] for r in got]
    assert "C.regional_ripple#transactions" in keys
    assert any(k.startswith("C.commitment#") for k in keys)
    assert [r["番号"] for r in got] == list(range(1, len(got) + 1))
    ripple = next(r for r in got if r["キー"] == "C.regional_ripple#transactions")
    assert ripple["指摘"].startswith("【域内への波及】域内取引額の目標値")
    assert ripple["指摘"].endswith("を記載してください。")  # the reviewer's register
    assert "ため、" in ripple["指摘"]
    assert "地域未来戦略の政策パッケージ" in ripple["根拠"]
    assert "木地・塗料の域内調達を拡大する" in ripple["素案の該当箇所"]
    assert ripple["対応状況"] is None and ripple["回答"] is None
    assert all(r["項目ID"] for r in got)


def test_advice_goes_to_its_own_sheet_not_to_the_comments(tmp_path, drafts):
    plan, report = service.read_plan(drafts["v1"])
    result = service.check_plan(plan, "v1.md", parse_report=report, with_recommendations=False)
    result.requirements[0].advice = ["外部の専門家の活用も検討できます（助言）"]
    data = render_comments(result)
    advice = [r for r in rows(data, ADVICE_SHEET)]
    assert any(
        r["内容"] == "外部の専門家の活用も検討できます（助言）" and r["種類"] == "助言" for r in advice
    )
    assert all("助言" not in (r["指摘"] or "") for r in rows(data))
    assert len(rows(data)) == len(comments_of(result))


def test_round_trip_fills_status_and_keeps_edits(tmp_path, drafts):
    sheet = tmp_path / "指摘.xlsx"
    main(["check", str(drafts["v1"]), "--format", "comments", "-o", str(sheet), *TODAY])
    # the reviewer rewords a comment and adds one of their own; the planner answers
    wb = openpyxl.load_workbook(sheet)
    ws = wb[SHEET]
    by_key = {ws.cell(row=r, column=8).value: r for r in range(5, ws.max_row + 1)}
    ripple_row = by_key["C.regional_ripple#transactions"]
    desk_row = next(r for k, r in by_key.items() if k and k.startswith("C.commitment#"))
    ws.cell(row=ripple_row, column=7, value="2030年度の域内調達額の目標を追記しました")
    ws.cell(row=desk_row, column=3, value="相談窓口の名称と設置部署を書いてください（審査担当が修正）")
    extra = ws.max_row + 1
    ws.cell(row=extra, column=1, value=extra - 4)
    ws.cell(row=extra, column=3, value="図表の出典を明記してください（審査担当の追加）")
    wb.save(sheet)

    updated = tmp_path / "指摘_更新.xlsx"
    code = main(
        [
            "compare",
            str(drafts["v1"]),
            str(drafts["v2"]),
            "--comments",
            str(sheet),
            "-o",
            str(updated),
            *TODAY,
        ]
    )
    assert code == 1  # the KPI's withdrawal criterion was removed: a new gap
    got = {r["キー"] or r["指摘"]: r for r in rows(updated)}
    assert got["C.regional_ripple#transactions"]["対応状況"] == "対応済み"
    assert got["C.regional_ripple#transactions"]["回答"] == "2030年度の域内調達額の目標を追記しました"
    desk = next(r for k, r in got.items() if k.startswith("C.commitment#"))
    assert desk["対応状況"] == "未対応"
    assert desk["指摘"] == "相談窓口の名称と設置部署を書いてください（審査担当が修正）"
    own = got["図表の出典を明記してください（審査担当の追加）"]
    assert own["対応状況"] is None  # the reviewer's own row is theirs to fill
    new = [r for r in got.values() if r["対応状況"] == "新たな指摘"]
    assert new and all(r["キー"] and r["指摘"] for r in new)
    numbers = [r["番号"] for r in rows(updated)]
    assert len(set(numbers)) == len(numbers)  # new rows get the next numbers
    ws = openpyxl.load_workbook(updated)[SHEET]
    assert ws.column_dimensions["H"].hidden
    assert "更新: v2.md" in ws["A2"].value


def test_formula_injection_is_neutralised(tmp_path, drafts):
    text = (
        drafts["v1"]
        .read_text(encoding="utf-8")
        .replace(RIPPLE_OLD, '- 域内取引額: =HYPERLINK("http://x")を拡大する')
    )
    drafts["v1"].write_text(text, encoding="utf-8")
    plan, report = service.read_plan(drafts["v1"])
    result = service.check_plan(plan, "=cmd|' /C calc'!A0", parse_report=report, with_recommendations=False)
    ws = openpyxl.load_workbook(io.BytesIO(render_comments(result)))[SHEET]
    for row in ws.iter_rows():
        for c in row:
            assert not (isinstance(c.value, str) and c.value.startswith(("=", "+", "-", "@"))), c.value


@pytest.mark.parametrize(
    ("data", "message"),
    [(b"not an xlsx", "Excel（.xlsx）ファイルとして読めません"), (None, "指摘事項一覧の形式ではありません")],
)
def test_bad_comment_sheet(tmp_path, drafts, data, message, capsys):
    sheet = tmp_path / "x.xlsx"
    if data is None:
        wb = openpyxl.Workbook()
        wb.active["A1"] = "番号"
        buf = io.BytesIO()
        wb.save(buf)
        data = buf.getvalue()
    sheet.write_bytes(data)
    argv = [
        "compare",
        str(drafts["v1"]),
        str(drafts["v2"]),
        "--comments",
        str(sheet),
        "-o",
        str(tmp_path / "o.xlsx"),
    ]
    assert main(argv) == 2
    assert message in capsys.readouterr().err


def test_update_is_pure_on_bytes(drafts):
    plan, report = service.read_plan(drafts["v1"])
    r1 = service.check_plan(plan, "v1.md", parse_report=report, with_recommendations=False)
    sheet = render_comments(r1)
    again = update_comments(sheet, r1)  # the same version: every comment still open, nothing new
    states = [r["対応状況"] for r in rows(again)]
    assert states and set(states) == {"未対応"}
