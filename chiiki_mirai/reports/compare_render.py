"""A comparison of two versions of a plan as text, Markdown, JSON or an Excel workbook (pure: str / bytes out)."""

from __future__ import annotations

import io
import json

from openpyxl import Workbook

from chiiki_mirai.core.errors import UserError
from chiiki_mirai.reports.common import STATUS_JA
from chiiki_mirai.reports.compare import KIND_JA, Comparison, ItemChange, comparison_json
from chiiki_mirai.reports.xlsx_cells import fit_columns, fit_rows, lines_text, print_setup, put, status_cell

COMPARE_FORMATS = ("text", "json", "markdown", "xlsx")
SHOWN = ("closed", "opened", "changed")


def _status(s: str | None) -> str:
    return STATUS_JA.get(s, s) if s else "（項目なし）"


def _head(c: Comparison) -> list[str]:
    counts = "／".join(f"{KIND_JA[k]} {len(c.of(k))}" for k in (*SHOWN, "unchanged"))
    lines = [f"旧版: {c.old}", f"新版: {c.new}", f"結果: {counts}"]
    if c.old_type != c.new_type:
        lines.append(f"注意: 類型が変わりました（{c.old_type or '不明'} → {c.new_type or '不明'}）")
    if c.nothing_changed:
        lines.append("判定・記載内容とも変化はありません。")
    return lines


def render_compare_text(c: Comparison) -> str:
    out = ["━" * 40, "版の比較", "━" * 40, *_head(c)]
    for kind in SHOWN:
        changes = c.of(kind)
        if not changes:
            continue
        out += ["", f"■ {KIND_JA[kind]}（{len(changes)}件）"]
        for x in changes:
            out.append(f"・{x.label}（{x.id}）: {_status(x.old)} → {_status(x.new)}")
            out += [f"    旧の根拠: {e}" for e in x.old_evidence] or ["    旧の根拠: （なし）"]
            out += [f"    新の根拠: {e}" for e in x.new_evidence] or ["    新の根拠: （なし）"]
    if c.sections:
        out += ["", "■ 記載項目ごとの追加・削除"]
        for s in c.sections:
            out.append(f"・{s.heading}（{s.id}）")
            out += [f"    + {t}" for t in s.added] + [f"    - {t}" for t in s.removed]
    return "\n".join(out) + "\n"


def _md(s: str) -> str:
    return s.replace("|", "\\|").replace("\n", " ")


def _md_row(x: ItemChange) -> str:
    old = "<br>".join(_md(e) for e in x.old_evidence) or "（なし）"
    new = "<br>".join(_md(e) for e in x.new_evidence) or "（なし）"
    return f"| {_md(x.label)}（`{x.id}`） | {_status(x.old)} → {_status(x.new)} | {old} | {new} |"


def render_compare_markdown(c: Comparison) -> str:
    out = ["# 版の比較", "", *[f"- {line}" for line in _head(c)]]
    for kind in SHOWN:
        changes = c.of(kind)
        if changes:
            out += ["", f"## {KIND_JA[kind]}（{len(changes)}件）", ""]
            out += ["| 項目 | 判定 | 旧版の根拠 | 新版の根拠 |", "|---|---|---|---|"]
            out += [_md_row(x) for x in changes]
    if c.sections:
        out += ["", "## 記載項目ごとの追加・削除"]
        for s in c.sections:
            out += ["", f"### {s.heading}（{s.id}）", ""]
            out += [f"- 追加: {_md(t)}" for t in s.added] + [f"- 削除: {_md(t)}" for t in s.removed]
    return "\n".join(out) + "\n"


def render_compare_json(c: Comparison) -> str:
    return json.dumps(comparison_json(c), ensure_ascii=False, indent=2) + "\n"


ITEM_HEADERS = (
    "区分",
    "項目",
    "ID",
    "旧版の判定",
    "新版の判定",
    "旧版の根拠",
    "新版の根拠",
    "旧版の理由",
    "新版の理由",
)


def _items_sheet(ws, c: Comparison) -> None:  # noqa: ANN001 - an openpyxl worksheet
    for row, line in enumerate(_head(c), start=1):
        put(ws, row, 1, line, "meta")
    top = len(_head(c)) + 2
    for col, h in enumerate(ITEM_HEADERS, start=1):
        put(ws, top, col, h, "header")
    order = {k: i for i, k in enumerate((*SHOWN, "unchanged"))}
    for r, x in enumerate(sorted(c.items, key=lambda x: order[x.kind]), start=top + 1):
        put(ws, r, 1, KIND_JA[x.kind])
        put(ws, r, 2, x.label)
        put(ws, r, 3, x.id)
        for col, s in ((4, x.old), (5, x.new)):
            if s in STATUS_JA:
                status_cell(ws, r, col, s)
            else:
                put(ws, r, col, _status(s))
        put(ws, r, 6, lines_text(x.old_evidence))
        put(ws, r, 7, lines_text(x.new_evidence))
        put(ws, r, 8, lines_text(x.old_reasons))
        put(ws, r, 9, lines_text(x.new_reasons))
    ws.freeze_panes = ws.cell(row=top + 1, column=3)
    ws.auto_filter.ref = f"A{top}:I{top + len(c.items)}"
    fit_columns(ws, top, {6: 60, 7: 60, 8: 50, 9: 50})
    fit_rows(ws, top + 1)
    print_setup(ws, f"{top}:{top}")


def _sections_sheet(ws, c: Comparison) -> None:  # noqa: ANN001
    for col, h in enumerate(("記載項目", "ID", "追加された記載", "削除された記載"), start=1):
        put(ws, 1, col, h, "header")
    for r, s in enumerate(c.sections, start=2):
        put(ws, r, 1, s.heading)
        put(ws, r, 2, s.id)
        put(ws, r, 3, lines_text(s.added))
        put(ws, r, 4, lines_text(s.removed))
    if not c.sections:
        put(ws, 2, 1, "記載内容に変化はありません。", "meta")
    ws.freeze_panes = "A2"
    fit_columns(ws, 1, {3: 70, 4: 70})
    fit_rows(ws, 2)
    print_setup(ws, "1:1")


def render_compare_xlsx(c: Comparison) -> bytes:
    wb = Workbook()
    ws = wb.active
    ws.title = "判定の変化"
    _items_sheet(ws, c)
    _sections_sheet(wb.create_sheet("記載の追加・削除"), c)
    buf = io.BytesIO()
    wb.save(buf)
    return buf.getvalue()


def render_compare(c: Comparison, fmt: str) -> str | bytes:
    renderers = {
        "text": render_compare_text,
        "json": render_compare_json,
        "markdown": render_compare_markdown,
        "xlsx": render_compare_xlsx,
    }
    if fmt not in renderers:
        raise UserError(
            f"出力形式「{fmt}」には対応していません。{' / '.join(COMPARE_FORMATS)} のいずれかを指定してください。"
        )
    return renderers[fmt](c)
