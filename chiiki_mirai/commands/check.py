"""`chiiki-mirai check PATH... [--type] [--format] [--output]`: the requirement check."""

from __future__ import annotations

import datetime as _dt
import os
import sys
from pathlib import Path

import typer

from chiiki_mirai import service
from chiiki_mirai.cli_app import app
from chiiki_mirai.core.errors import UserError
from chiiki_mirai.core.result import BadInput
from chiiki_mirai.reports import check_output_option, exit_code, write_report
from chiiki_mirai.reports.comments import COMMENTS_FORMAT, write_comments
from chiiki_mirai.reports.progress import batch_progress


def _parse_date(value: str | None) -> _dt.date | None:
    if value is None:
        return None
    try:
        return _dt.date.fromisoformat(value)
    except ValueError as e:
        raise UserError(f"--today は YYYY-MM-DD 形式で指定してください（指定値: {value}）") from e


@app.command("check")
def check(
    paths: list[Path] = typer.Argument(..., help="計画ファイル（.md .txt .docx .pdf .yaml .json）又はフォルダ"),
    plan_type: str | None = typer.Option(None, "--type", "-t", help="類型 A・B・C（計画の記載より優先）"),
    fmt: str = typer.Option("text", "--format", "-f", help="text / json / markdown / html / xlsx / comments（指摘事項一覧 .xlsx）"),
    output: Path | None = typer.Option(None, "--output", "-o", help="出力ファイル"),
    today: str | None = typer.Option(None, "--today", help="日付の判定に使う日（YYYY-MM-DD、既定は今日）"),
    model: str | None = typer.Option(None, "--model", help="sentence-transformers モデルのフォルダ"),
) -> None:
    """計画の要件・記載項目・必須KGIをチェックし、不足と推奨施策を示す。終了コード: 0=すべて充足, 1=不足あり, 2=入力エラー"""

    if plan_type is not None:
        plan_type = plan_type.strip().upper()
        if plan_type not in ("A", "B", "C"):
            raise UserError(f"--type は A・B・C のいずれかです（指定値: {plan_type}）")
    check_output_option("xlsx" if fmt == COMMENTS_FORMAT else fmt, output)
    if model:
        os.environ["CHIIKI_MIRAI_MODEL"] = model
    files = service.expand_paths(paths)
    if not files:
        raise UserError("チェックする計画ファイルが見つかりません（対応形式: .md .txt .docx .pdf .yaml .yml .json）")
    with batch_progress(2 * len(files), enabled=None if len(files) > 1 else False) as progress:
        results = service.check_paths(files, plan_type=plan_type, today=_parse_date(today), progress=progress)

    # the reasons for unreadable files also go to stderr, so they are seen even when stdout is a file
    for r in results:
        if isinstance(r, BadInput):
            typer.echo(f"エラー: {r.source}: {r.error}", err=True)
    if fmt == COMMENTS_FORMAT:  # the reviewer's comment sheet: one plan per workbook
        raise typer.Exit(write_comments(results, output))
    content = write_report(results if len(results) > 1 else results[0], fmt, output)
    if output is None:
        sys.stdout.write(content if isinstance(content, str) else content.decode("utf-8"))
        if isinstance(content, str) and not content.endswith("\n"):
            sys.stdout.write("\n")
    else:
        typer.echo(f"{output} に保存しました（{len(results)}件）", err=True)
    raise typer.Exit(exit_code(results))
