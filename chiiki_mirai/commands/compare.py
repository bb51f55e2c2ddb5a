"""`chiiki-mirai compare OLD NEW [--format] [--output] [--comments 指摘.xlsx]`: two versions of one plan."""

from __future__ import annotations

import datetime as _dt
import sys
from pathlib import Path

import typer

from chiiki_mirai import service
from chiiki_mirai.cli_app import app
from chiiki_mirai.core.errors import UserError
from chiiki_mirai.reports.comments_update import update_comments
from chiiki_mirai.reports.compare import compare_results
from chiiki_mirai.reports.compare_render import COMPARE_FORMATS, render_compare
from chiiki_mirai.reports.dispatch import EXIT_GAPS, EXIT_OK

COMMENTS_MAX_BYTES = 20 * 1024 * 1024


def _check(path: Path, plan_type: str | None, today: _dt.date | None):  # noqa: ANN202 - (plan, result)
    plan, report = service.read_plan(path)
    return plan, service.check_plan(plan, str(path), plan_type, today, report, with_recommendations=False)


def _write(path: Path, content: str | bytes) -> None:
    try:
        if isinstance(content, bytes):
            path.write_bytes(content)
        else:
            path.write_text(content, encoding="utf-8")
    except OSError as e:
        raise UserError(f"ファイルを保存できませんでした（{e.strerror or e}）", str(path)) from e


def _read_comments(path: Path) -> bytes:
    if not path.is_file():
        raise UserError("指摘事項一覧のファイルが見つかりません", str(path))
    if path.stat().st_size > COMMENTS_MAX_BYTES:
        raise UserError("指摘事項一覧のファイルが大きすぎます", str(path))
    return path.read_bytes()


@app.command("compare")
def compare(
    old: Path = typer.Argument(..., help="前の版の素案（.md .txt .docx .pdf .yaml .json）"),
    new: Path = typer.Argument(..., help="新しい版の素案"),
    plan_type: str | None = typer.Option(None, "--type", "-t", help="類型 A・B・C（両方の版に適用）"),
    fmt: str = typer.Option("text", "--format", "-f", help="text / json / markdown / xlsx"),
    output: Path | None = typer.Option(
        None, "--output", "-o", help="出力ファイル（--comments のときは更新した指摘事項一覧）"
    ),
    comments: Path | None = typer.Option(
        None, "--comments", help="前の版の指摘事項一覧（.xlsx）：対応状況を記入する"
    ),
    today: str | None = typer.Option(None, "--today", help="日付の判定に使う日（YYYY-MM-DD）"),
) -> None:
    """二つの版を比べ、解消・新たな不足・判定の変化と記載項目ごとの追加・削除を示す。終了コード: 0=新たな不足なし, 1=新たな不足あり, 2=入力エラー"""
    if fmt not in COMPARE_FORMATS:
        raise UserError(
            f"出力形式「{fmt}」には対応していません。{' / '.join(COMPARE_FORMATS)} のいずれかを指定してください。"
        )
    if plan_type is not None and plan_type.strip().upper() not in ("A", "B", "C"):
        raise UserError(f"--type は A・B・C のいずれかです（指定値: {plan_type}）")
    if comments is not None and output is None:
        raise UserError(
            "--comments を使うときは、更新した指摘事項一覧の保存先を --output で指定してください。"
        )
    if comments is None and fmt == "xlsx" and output is None:
        raise UserError("xlsx 形式は端末に表示できません。--output で保存先のファイル名を指定してください。")
    try:
        day = _dt.date.fromisoformat(today) if today else None
    except ValueError as e:
        raise UserError(f"--today は YYYY-MM-DD 形式で指定してください（指定値: {today}）") from e
    sheet = _read_comments(comments) if comments is not None else None
    t = plan_type.strip().upper() if plan_type else None
    old_plan, old_result = _check(old, t, day)
    new_plan, new_result = _check(new, t, day)
    comparison = compare_results(old_result, new_result, old_plan, new_plan)
    if sheet is not None:
        _write(output, update_comments(sheet, new_result))
        typer.echo(f"{output} に指摘事項一覧（対応状況を記入）を保存しました", err=True)
        content = render_compare(comparison, fmt if fmt != "xlsx" else "text")
        sys.stdout.write(content)
    else:
        content = render_compare(comparison, fmt)
        if output is None:
            sys.stdout.write(content)
        else:
            _write(output, content)
            typer.echo(f"{output} に保存しました", err=True)
    raise typer.Exit(EXIT_GAPS if comparison.anything_opened else EXIT_OK)
