"""`chiiki-mirai kb ...`: validate, count, export and show the knowledge base."""

from __future__ import annotations

import json
from enum import StrEnum
from pathlib import Path

import typer

from chiiki_mirai.cli_app import kb_app
from chiiki_mirai.core.errors import UserError
from chiiki_mirai.knowledge.entry_view import entry_json, entry_text, find_entry, suggest_ids
from chiiki_mirai.knowledge.graph import build_graph, graph_to_json, graphml_text
from chiiki_mirai.knowledge.labels import category_label
from chiiki_mirai.knowledge.loader import load_kb
from chiiki_mirai.knowledge.stats import kb_stats, kb_to_json
from chiiki_mirai.knowledge.validate import validate_kb
from chiiki_mirai.rules.facts import FACT_NAMES, FACT_PREFIXES, PARAMETERS_USED

DataOption = typer.Option(None, "--data", help="ナレッジベースのデータフォルダ（省略時は同梱のデータ）")

EXIT_UNSOUND = 1
EXIT_BAD_INPUT = 2


class TextOrJson(StrEnum):
    text = "text"
    json = "json"


class ExportFormat(StrEnum):
    json = "json"  # the whole knowledge base
    graph_json = "graph-json"  # the knowledge graph, node-link JSON
    graphml = "graphml"  # the knowledge graph, GraphML


def _load(data: Path | None):
    if data is not None and not data.is_dir():
        raise UserError(f"ナレッジベースのフォルダが見つかりません: {data}")
    return load_kb(data)


def _dumps(obj: object) -> str:
    return json.dumps(obj, ensure_ascii=False, indent=2)


@kb_app.command("validate")
def validate_command(data: Path | None = DataOption) -> None:
    """ナレッジベースを検証する（問題がなければ終了コード 0、あれば 1）。"""
    if data is not None and not data.is_dir():
        typer.echo(f"エラー: ナレッジベースのフォルダが見つかりません: {data}", err=True)
        raise typer.Exit(EXIT_BAD_INPUT)
    kb, problems = validate_kb(data, FACT_NAMES, FACT_PREFIXES, PARAMETERS_USED)
    for p in problems:
        typer.echo(str(p))
    if problems:
        files = len({p.file for p in problems})
        typer.echo(f"問題が {len(problems)} 件あります（{files} ファイル）。修正して再度検証してください。")
        raise typer.Exit(EXIT_UNSOUND)
    reqs = "・".join(f"{t} {len(kb.requirements.get(t, []))}件" for t in sorted(kb.requirements))
    typer.echo(
        f"問題はありません（戦略分野 {len(kb.fields)}・製品 {len(kb.products)}・支援施策 {len(kb.measures)}・"
        f"府省庁 {len(kb.ministries)}・要件 {reqs}・チェック {len(kb.checks)}・用語 {len(kb.definitions)}）。"
    )


@kb_app.command("stats")
def stats_command(
    format: TextOrJson = typer.Option(TextOrJson.text, "--format", help="text または json"),
    data: Path | None = DataOption,
) -> None:
    """件数を表示する（戦略分野・製品・施策・府省庁・要件ほか）。"""

    stats = kb_stats(_load(data))
    if format == TextOrJson.json:
        typer.echo(_dumps(stats))
        return
    reqs = " / ".join(f"{t}: {n}" for t, n in stats["requirements"].items())
    by_type = " / ".join(f"{t}: {n}" for t, n in stats["measures_by_plan_type"].items())
    lines = [
        f"戦略分野: {stats['fields']}",
        f"製品・技術: {stats['products']}（官民投資ロードマップ先行 {stats['roadmap_leading_products']}）",
        f"分野外の例: {stats['outside_examples']}",
        f"支援施策: {stats['measures']}（{by_type}）",
        f"府省庁・機関: {stats['ministries']}（問い合わせ先 {stats['contacts']}）",
        f"計画類型: {stats['plan_types']}",
        f"要件: {sum(stats['requirements'].values())}（{reqs}）",
        f"チェック: {stats['checks']}",
        f"用語定義: {stats['definitions']}",
        f"出典文書: {stats['documents']}（引用 {stats['citations']} 件）",
        "分類別の支援施策:",
        *(f"  {category_label(c)}: {n}" for c, n in stats["measures_by_category"].items()),
        f"知識グラフ: ノード {stats['graph']['nodes']}・エッジ {stats['graph']['edges']}",
    ]
    typer.echo("\n".join(lines))


@kb_app.command("export")
def export_command(
    format: ExportFormat = typer.Option(
        ExportFormat.json,
        "--format",
        help="json（ナレッジベース全体）、graph-json または graphml（知識グラフ）",
    ),
    output: Path | None = typer.Option(None, "--output", "-o", help="書き出すファイル（省略時は標準出力）"),
    data: Path | None = DataOption,
) -> None:
    """ナレッジベース全体（JSON）または知識グラフ（JSON / GraphML）を書き出す。"""

    kb = _load(data)
    if format == ExportFormat.json:
        text = _dumps(kb_to_json(kb)) + "\n"
    elif format == ExportFormat.graph_json:
        text = _dumps(graph_to_json(build_graph(kb))) + "\n"
    else:
        text = graphml_text(build_graph(kb))
    if output is None:
        typer.echo(text, nl=False)
        return
    try:
        output.write_text(text, encoding="utf-8")
    except OSError as e:
        raise UserError(f"ファイルに書き出せません: {output}（{e.strerror or e}）") from e
    typer.echo(f"書き出しました: {output}")


@kb_app.command("show")
def show_command(
    item_id: str = typer.Argument(
        ..., metavar="ID", help="要件・チェック・施策・府省庁・分野（番号可）・製品などの ID"
    ),
    format: TextOrJson = typer.Option(TextOrJson.text, "--format", help="text または json"),
    data: Path | None = DataOption,
) -> None:
    """1件の項目を出典の原文とともに表示する。"""

    kb = _load(data)
    entry = find_entry(kb, item_id)
    if entry is None:
        close = suggest_ids(kb, item_id)
        hint = "\n".join(f"  {i}  {name}" for i, name in close)
        msg = f"ID {item_id!r} の項目は見つかりません。"
        msg += f"\n近い候補:\n{hint}" if close else "\n`chiiki-mirai kb export` で ID の一覧を確認できます。"
        raise UserError(msg)
    if format == TextOrJson.json:
        typer.echo(_dumps(entry_json(kb, entry)))
    else:
        typer.echo(entry_text(kb, entry))
