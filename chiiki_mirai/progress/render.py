"""The progress report as text, Markdown or JSON (the workbook is in workbook.py): reports in, str out."""

from __future__ import annotations

import json

from chiiki_mirai.progress.check import IndicatorResult, ProgressReport
from chiiki_mirai.progress.indicators import format_amount
from chiiki_mirai.progress.status import STATUS_JA

FORMATS = ("text", "json", "markdown", "xlsx")
MARK = {"achieved": "◎", "on_track": "○", "behind": "△", "withdrawal": "✗", "no_data": "－"}


def actuals_text(r: IndicatorResult) -> str:
    ind = r.indicator
    parts = []
    for a in r.actuals:
        value = format_amount(a.value, ind.written_unit or ind.unit) if a.value is not None else (a.text or "")
        parts.append(f"{a.point.short} {value}")
    return "、".join(parts) or "―"


def reason_text(r: IndicatorResult) -> str:
    return "。".join(x.rstrip("。") for x in [r.reason, *r.notes] if x)


def counts_text(report: ProgressReport) -> str:
    return " / ".join(f"{STATUS_JA[k]} {v}" for k, v in report.counts().items() if v) or "指標なし"


def render_text(report: ProgressReport) -> str:
    line = "━" * 40
    out = [line, f"進捗確認: {report.plan_name}", line, f"基準日: {report.as_of.isoformat()}"]
    if report.monitoring_cycle:
        out.append(f"計画の進捗確認の頻度: {report.monitoring_cycle}")
    out.append(f"結果: {counts_text(report)}")
    for title, rows in (("KPI", report.kpis), ("必須KGI", report.kgis)):
        if not rows:
            continue
        out += ["", f"■ {title}"]
        for r in rows:
            ind = r.indicator
            out.append(f"{MARK[r.status]} {ind.name}［{STATUS_JA[r.status]}］")
            out.append(f"    目標: {ind.target_text or '―'}")
            out.append(f"    実績: {actuals_text(r)}")
            if ind.withdrawal:
                out.append(f"    撤退基準: {ind.withdrawal}")
            out.append(f"    理由: {reason_text(r)}")
            out.append(f"    次に行うこと: {r.next_step}")
    if report.warnings:
        out += ["", "■ 確認してください"] + [f"  ・{w}" for w in report.warnings]
    if report.problems:
        out += ["", "■ 読めない値（進捗シートを直してください）"] + [f"  ・{p}" for p in report.problems]
    return "\n".join(out) + "\n"


def _cell(text: str) -> str:
    return text.replace("|", "｜").replace("\n", " ")


def render_markdown(report: ProgressReport) -> str:
    out = [f"# 進捗確認: {_cell(report.plan_name)}", "", f"- 基準日: {report.as_of.isoformat()}"]
    if report.monitoring_cycle:
        out.append(f"- 計画の進捗確認の頻度: {report.monitoring_cycle}")
    out += [f"- 結果: {counts_text(report)}", ""]
    for title, rows in (("KPI", report.kpis), ("必須KGI", report.kgis)):
        if not rows:
            continue
        out += [f"## {title}", "", "| 状態 | 指標 | 目標 | 実績 | 撤退基準 | 担当部署 | 理由 |", "|---|---|---|---|---|---|---|"]
        for r in rows:
            ind = r.indicator
            cells = [f"{MARK[r.status]} {STATUS_JA[r.status]}", ind.name, ind.target_text or "―", actuals_text(r),
                     ind.withdrawal or "―", ind.owner or "―", reason_text(r)]  # fmt: skip
            out.append("| " + " | ".join(_cell(c) for c in cells) + " |")
        out.append("")
    out += ["## 次に行うこと（計画の5W1Hから）", ""]
    out += [f"- **{_cell(r.indicator.name)}**（{STATUS_JA[r.status]}）: {_cell(r.next_step)}" for r in report.results]
    if report.warnings:
        out += ["", "## 確認してください", ""] + [f"- {_cell(w)}" for w in report.warnings]
    if report.problems:
        out += ["", "## 読めない値（進捗シートを直してください）", ""] + [f"- {_cell(p)}" for p in report.problems]
    return "\n".join(out) + "\n"


def render_json(report: ProgressReport | list[ProgressReport]) -> str:
    data = [r.wire() for r in report] if isinstance(report, list) else report.wire()
    return json.dumps(data, ensure_ascii=False, indent=2)
