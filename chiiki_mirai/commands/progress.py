"""`chiiki-mirai progress` (the half-yearly 進捗確認) and `chiiki-mirai map` (the map of every plan).

    chiiki-mirai progress PLAN --template -o 進捗.xlsx          the sheet a 担当部署 fills in
    chiiki-mirai progress PLAN 進捗.xlsx [--format text|json|markdown|xlsx] [-o] [--as-of]
    chiiki-mirai progress DIR [--format xlsx -o 進捗一覧.xlsx]    every plan in DIR with its sheet
    chiiki-mirai map DIR -o map.html                             plans by prefecture, type, investment, status
Exit codes: 0 on track, 1 a KPI behind or in withdrawal, 2 bad input (a clear message; the batch goes on).
"""

from __future__ import annotations

import datetime as _dt
import sys
from pathlib import Path

import typer

from chiiki_mirai import service
from chiiki_mirai.cli_app import app
from chiiki_mirai.core.errors import UserError
from chiiki_mirai.core.plan import Plan
from chiiki_mirai.progress.check import EXIT_ALERT, EXIT_BAD_INPUT, EXIT_OK, ProgressReport, check_progress
from chiiki_mirai.progress.mapdata import MapEntry, build_map_data
from chiiki_mirai.progress.maphtml import render_map_html
from chiiki_mirai.progress.pairing import SHEET_EXTENSIONS, pair_sheets
from chiiki_mirai.progress.render import FORMATS, render_json, render_markdown, render_text
from chiiki_mirai.progress.sheet import Sheet, read_sheet, write_template
from chiiki_mirai.progress.workbook import render_workbook


def parse_as_of(value: str | None) -> _dt.date:
    if value is None:
        return _dt.date.today()
    try:
        return _dt.date.fromisoformat(value)
    except ValueError as e:
        raise UserError(f"--as-of は YYYY-MM-DD 形式で指定してください（指定値: {value}）") from e


def _write(output: Path, content: str | bytes) -> None:
    try:
        output.parent.mkdir(parents=True, exist_ok=True)
        if isinstance(content, bytes):
            output.write_bytes(content)
        else:
            output.write_text(content, encoding="utf-8")
    except OSError as e:
        raise UserError(f"出力先に書き込めません（{e.strerror}）", str(output)) from e


def read_sheet_path(path: Path) -> Sheet:
    if not path.is_file():
        raise UserError("進捗シートが見つかりません", str(path))
    try:
        data = path.read_bytes()
    except OSError as e:
        raise UserError(f"進捗シートを読めません（{e.strerror}）", str(path)) from e
    return read_sheet(str(path), data)


def _template(plan_path: Path, output: Path | None) -> None:
    if plan_path.is_dir():
        if output is None or output.suffix:
            raise UserError("フォルダの計画からひな形を作るときは -o に出力先のフォルダを指定してください")
        for f in service.expand_paths([plan_path]):
            try:
                plan, _ = service.read_plan(f)
            except UserError as e:
                typer.echo(f"エラー: {e}", err=True)
                continue
            _write(output / f"{f.stem}_進捗.xlsx", write_template(plan, f.name))
        typer.echo(f"{output} にひな形を保存しました", err=True)
        return
    plan, _ = service.read_plan(plan_path)
    target = output or Path(f"{plan_path.stem}_進捗.xlsx")
    if target.suffix.lower() != ".xlsx":
        raise UserError("ひな形は .xlsx で保存します（-o 進捗.xlsx）")
    _write(target, write_template(plan, plan_path.name))
    typer.echo(f"{target} に進捗シートのひな形を保存しました（{len(plan.kpis)} KPI）", err=True)


def _emit(reports: list[ProgressReport], fmt: str, output: Path | None, errors: list[tuple[str, str]]) -> None:
    if fmt == "xlsx":
        if output is None:
            raise UserError("--format xlsx のときは -o で出力ファイルを指定してください")
        _write(output, render_workbook(reports, errors))
        typer.echo(f"{output} に保存しました（{len(reports)}件）", err=True)
        return
    if fmt == "json":
        content = render_json(reports[0] if len(reports) == 1 and not errors else reports)
    else:
        render = render_text if fmt == "text" else render_markdown
        content = "\n".join(render(r) for r in reports)
    if output is None:
        sys.stdout.write(content if content.endswith("\n") else content + "\n")
    else:
        _write(output, content)
        typer.echo(f"{output} に保存しました（{len(reports)}件）", err=True)


def _batch(folder: Path, as_of: _dt.date) -> tuple[list[ProgressReport], list[tuple[str, str]]]:
    plans, errors = read_plans(folder)
    sheets: list[Sheet] = []
    for f in sorted(p for p in folder.iterdir() if p.suffix.lower() in SHEET_EXTENSIONS):
        try:
            sheets.append(read_sheet_path(f))
        except UserError as e:
            errors.append((str(f), e.message))
    pairs, orphans = pair_sheets(plans, sheets)
    errors += [(o, "どの計画の進捗シートか分かりません（ひな形から作るか、計画のファイル名で始まる名前にしてください）")
               for o in orphans]  # fmt: skip
    reports = [check_progress(p, pairs[src], as_of, src) for src, p in plans if src in pairs]
    if not reports:
        raise UserError("フォルダに計画と対応する進捗シート（.xlsx / .csv）が見つかりません", str(folder))
    return reports, errors


def read_plans(folder: Path) -> tuple[list[tuple[str, Plan]], list[tuple[str, str]]]:
    plans, errors = [], []
    for f in service.expand_paths([folder]):
        try:
            plans.append((str(f), service.read_plan(f)[0]))
        except UserError as e:
            errors.append((str(f), e.message))
        except Exception as e:  # noqa: BLE001 - one unreadable file never stops the batch
            errors.append((str(f), f"読み込み中に内部エラーが発生しました（{type(e).__name__}）"))
    return plans, errors


@app.command("progress")
def progress_cmd(
    plan_path: Path = typer.Argument(..., help="計画ファイル（又は計画と進捗シートのあるフォルダ）"),
    sheet_path: Path | None = typer.Argument(None, help="進捗シート（.xlsx / .csv）"),
    template: bool = typer.Option(False, "--template", help="計画から進捗シートのひな形（.xlsx）を作る"),
    fmt: str = typer.Option("text", "--format", "-f", help="text / json / markdown / xlsx"),
    output: Path | None = typer.Option(None, "--output", "-o", help="出力ファイル"),
    as_of: str | None = typer.Option(None, "--as-of", help="基準日（YYYY-MM-DD、既定は今日）"),
) -> None:
    """KPI・必須KGIの実績を目標と撤退基準に照らして判定する。終了コード: 0=順調, 1=遅れ又は撤退基準に該当, 2=入力エラー"""
    if template:
        _template(plan_path, output)
        return
    fmt = fmt.lower()
    if fmt not in FORMATS:
        raise UserError(f"--format は {' / '.join(FORMATS)} のいずれかです（指定値: {fmt}）")
    day = parse_as_of(as_of)
    errors: list[tuple[str, str]] = []
    if plan_path.is_dir() and sheet_path is None:
        reports, errors = _batch(plan_path, day)
    elif sheet_path is None:
        raise UserError("進捗シートを指定してください（ひな形は --template で作れます）")
    else:
        plan, _ = service.read_plan(plan_path)
        reports = [check_progress(plan, read_sheet_path(sheet_path), day, str(plan_path))]
    for source, error in errors:
        typer.echo(f"エラー: {source}: {error}", err=True)
    for r in reports:
        for p in r.problems:
            typer.echo(f"エラー: {r.source}: {p}", err=True)
    _emit(reports, fmt, output, errors)
    codes = [r.exit_code for r in reports] + [EXIT_BAD_INPUT for _ in errors]
    code = EXIT_BAD_INPUT if EXIT_BAD_INPUT in codes else (EXIT_ALERT if EXIT_ALERT in codes else EXIT_OK)
    raise typer.Exit(code)


def map_entries(folder: Path, as_of: _dt.date) -> list[MapEntry]:
    """Every plan in the folder with its progress report (when a sheet for it is there) and inferred type."""
    plans, errors = read_plans(folder)
    sheets = []
    for f in sorted(p for p in folder.iterdir() if p.suffix.lower() in SHEET_EXTENSIONS):
        try:
            sheets.append(read_sheet_path(f))
        except UserError as e:
            typer.echo(f"エラー: {e}", err=True)
    pairs, _ = pair_sheets(plans, sheets)
    entries = [MapEntry(src, error=err) for src, err in errors]
    for src, plan in plans:
        report = check_progress(plan, pairs[src], as_of, src) if src in pairs else None
        inferred = None if plan.plan_type else service.check_plan(plan, src, with_recommendations=False).plan_type
        entries.append(MapEntry(src, plan, report, inferred_type=inferred))
    return entries


@app.command("map")
def map_cmd(
    folder: Path = typer.Argument(..., help="計画（と進捗シート）のあるフォルダ"),
    output: Path = typer.Option(Path("map.html"), "--output", "-o", help="出力する HTML ファイル"),
    as_of: str | None = typer.Option(None, "--as-of", help="進捗の基準日（YYYY-MM-DD、既定は今日）"),
) -> None:
    """都道府県別に計画（類型・計画上の官民設備投資額・進捗）を地図にした HTML を作る（オフラインで開けます）"""
    if not folder.is_dir():
        raise UserError("計画のあるフォルダを指定してください", str(folder))
    entries = map_entries(folder, parse_as_of(as_of))
    if not entries:
        raise UserError("フォルダに計画ファイルがありません（.md .txt .docx .yaml .json）", str(folder))
    data = build_map_data(entries)
    for source, error in data.errors:
        typer.echo(f"エラー: {source}: {error}", err=True)
    _write(output, render_map_html(data))
    typer.echo(f"{output} に地図を保存しました（計画 {len(data.plans)}件）", err=True)
    raise typer.Exit(EXIT_BAD_INPUT if data.errors else EXIT_OK)
