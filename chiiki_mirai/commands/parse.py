"""`chiiki-mirai parse PATH`: the plan as read from a draft, with the parse report."""

from __future__ import annotations

import json
from pathlib import Path

import typer
import yaml

from chiiki_mirai.cli_app import app
from chiiki_mirai.core.errors import UserError
from chiiki_mirai.service import read_plan


def parse_output(path: str | Path) -> dict:
    plan, report = read_plan(path)
    return {"plan": plan.model_dump(mode="json", exclude_none=True), "report": report.wire()}


def dump(data: dict, fmt: str) -> str:
    if fmt == "json":
        return json.dumps(data, ensure_ascii=False, indent=2)
    return yaml.safe_dump(data, allow_unicode=True, sort_keys=False, width=1000)


@app.command("parse")
def parse_cmd(
    path: Path = typer.Argument(..., help="計画ファイル（.md / .txt / .docx / .yaml / .json）"),
    fmt: str = typer.Option("yaml", "--format", "-f", help="出力形式: json または yaml"),
    output: Path | None = typer.Option(None, "--output", "-o", help="出力先ファイル（省略時は標準出力）"),
) -> None:
    """計画ファイルを読み取り、読み取った内容と読み取り結果（見つかった項目・見つからない項目・曖昧な点）を出力する。"""
    fmt = fmt.lower()
    if fmt not in ("json", "yaml"):
        raise UserError(f"--format は json または yaml を指定してください（指定: {fmt}）")
    text = dump(parse_output(path), fmt)
    if output:
        try:
            output.write_text(text + "\n", encoding="utf-8")
        except OSError as e:
            raise UserError(f"出力先に書き込めません（{e.strerror}）", str(output)) from e
    else:
        typer.echo(text)
