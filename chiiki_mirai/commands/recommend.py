"""`classify`, `recommend` and `search`: strategic fields and support measures."""

from __future__ import annotations

import json
import sys
from typing import Annotated

import typer

from chiiki_mirai import service
from chiiki_mirai.cli_app import app
from chiiki_mirai.core.errors import UserError
from chiiki_mirai.recommender.api import annotate_result, classify_texts
from chiiki_mirai.recommender.api import search as do_search

ModelOpt = Annotated[str | None, typer.Option("--model", help="sentence-transformers モデルのフォルダ（既定: 内蔵の日本語静的モデル）")]
FormatOpt = Annotated[str, typer.Option("--format", help="text または json")]


def _fmt(fmt: str) -> str:
    if fmt not in ("text", "json"):
        raise UserError(f"--format は text か json で指定してください: {fmt}")
    return fmt


def _print_measures(measures: list[dict]) -> None:
    if not measures:
        print("  該当する支援施策は見つかりませんでした")
    for i, r in enumerate(measures, 1):
        print(f"{i}. {r['name']}（{r['ministry']}） スコア {r['score']:.2f}")
        print("   経路: " + " → ".join(s["label"] for s in r["path"]))
        for reason in r["reasons"][:3]:
            print(f"   理由: {reason}")
        if r["gaps"]:
            print("   役立つ要件: " + "、".join(r["gaps"]))
        for c in r["conditions"]:
            mark = {True: "✓", False: "✗ 未充足", None: "?"}[c["met"]]
            print(f"   条件[{mark}]: {c['text']}")
        if r["where_to_ask"]:
            print(f"   相談先: {r['where_to_ask']}")
        src = r['source']
        print(f"   出典: {src.get('title') or src['document']} {src['section']}「{src['excerpt']}」")


def _print_fields(fields: list[dict]) -> None:
    if not fields:
        print("  17の戦略分野には該当しません")
    for f in fields:
        prods = "、".join(p["name"] for p in f["products"])
        print(f"  {f['number']}. {f['name']}（{f['score']:.2f}）" + (f" 製品: {prods}" if prods else ""))


@app.command()
def classify(
    texts: Annotated[list[str], typer.Argument(help="分類する文章（- で標準入力から1行1件）")],
    top: Annotated[int, typer.Option("--top", help="表示する分野の数")] = 3,
    fmt: FormatOpt = "text",
    model: ModelOpt = None,
) -> None:
    """文章を17の戦略分野・製品に分類する（該当なしも判定）。"""

    fmt = _fmt(fmt)
    items: list[str] = []
    for t in texts:
        if t == "-":
            items += [line.strip() for line in sys.stdin if line.strip()]
        else:
            items.append(t)
    if not items:
        raise UserError("分類する文章がありません")
    out = classify_texts(items, top=top, model=model)
    if fmt == "json":
        print(json.dumps(out, ensure_ascii=False, indent=2))
        return
    for o in out:
        print(o["text"])
        _print_fields(o["fields"])


@app.command()
def recommend(
    path: Annotated[str, typer.Argument(help="計画ファイル（.md .docx .yaml .json など）")],
    top: Annotated[int, typer.Option("--top", help="推薦する施策の数")] = 10,
    fmt: FormatOpt = "text",
    model: ModelOpt = None,
) -> None:
    """計画に該当する戦略分野と、推薦する支援施策を表示する。"""

    fmt = _fmt(fmt)
    plan, report = service.read_plan(path)
    result = service.check_plan(plan, path, parse_report=report, with_recommendations=False)
    annotate_result(plan, result, service.kb(), model=model, top=top)
    fields = [f.model_dump() for f in result.fields]
    recommendations = [r.model_dump() for r in result.recommendations]
    if fmt == "json":
        print(json.dumps({"source": path, "fields": fields, "recommendations": recommendations},
                         ensure_ascii=False, indent=2))
        return
    print(f"計画: {result.title or path}")
    print("該当する戦略分野:")
    _print_fields(fields)
    print("推薦する支援施策:")
    _print_measures(recommendations)


@app.command()
def search(
    query: Annotated[str, typer.Argument(help="相談内容（例: 漆器を海外に売りたい）")],
    ministry: Annotated[str | None, typer.Option("--ministry", help="府省庁ID")] = None,
    plan_type: Annotated[str | None, typer.Option("--plan-type", help="A/B/C")] = None,
    category: Annotated[str | None, typer.Option("--category", help="施策の分類ID")] = None,
    field: Annotated[int | None, typer.Option("--field", help="戦略分野の番号（1〜17）")] = None,
    top: Annotated[int, typer.Option("--top")] = 10,
    fmt: FormatOpt = "text",
    model: ModelOpt = None,
) -> None:
    """窓口での自由文の相談から支援施策と相談先を探す。"""

    fmt = _fmt(fmt)
    out = do_search(query, ministry=ministry, plan_type=plan_type, category=category, field=field, top=top,
                    model=model)
    if fmt == "json":
        print(json.dumps(out, ensure_ascii=False, indent=2))
        return
    print(f"相談: {query}")
    print("該当する戦略分野:")
    _print_fields(out["fields"])
    print("支援施策:")
    if out.get("message"):
        print(f"  {out['message']}")
    else:
        _print_measures(out["measures"])
    if out.get("contacts"):
        print("問い合わせ先:")
        for c in out["contacts"]:
            print(f"  {c['department']}（{c['email']}）: {c['role']}")
