"""The progress workbook for the semiannual request: a summary of every plan, and one sheet per plan with
each indicator's target, actuals, status, 撤退基準, reason and what comes next (and an empty 原因・対応 column
for the 担当部署). Cells are text or numbers only (never a formula)."""

from __future__ import annotations

import io
import re

from openpyxl import Workbook
from openpyxl.styles import Alignment, Font, PatternFill
from openpyxl.worksheet.worksheet import Worksheet

from chiiki_mirai.progress.check import ProgressReport
from chiiki_mirai.progress.render import actuals_text, counts_text, reason_text
from chiiki_mirai.progress.sheet import HEADER_FILL, put
from chiiki_mirai.progress.status import STATUS_JA, STATUSES

SUMMARY = "一覧"
STATUS_FILL = {
    "achieved": "C6EFCE",
    "on_track": "E2F0D9",
    "behind": "FFEB9C",
    "withdrawal": "FFC7CE",
    "no_data": "EDEDED",
}
PLAN_COLUMNS = [
    ("区分", 9), ("指標", 32), ("目標", 24), ("実績", 30), ("状態", 12), ("撤退基準", 36), ("担当部署", 20),
    ("理由", 60), ("次に行うこと", 50), ("原因・対応（記入）", 30),
]  # fmt: skip
_FORBIDDEN = re.compile(r"[\[\]:*?/\\]")


def _header(ws: Worksheet, row: int, columns: list[tuple[str, int]]) -> None:
    for col, (name, width) in enumerate(columns, start=1):
        put(ws, row, col, name)
        c = ws.cell(row=row, column=col)
        c.font, c.fill = Font(bold=True, color="FFFFFF"), HEADER_FILL
        c.alignment = Alignment(wrap_text=True, vertical="center")
        ws.column_dimensions[c.column_letter].width = width


def _sheet_name(name: str, used: set[str]) -> str:
    base = _FORBIDDEN.sub("_", name).strip("'") or "計画"
    base = base[:28]
    out, n = base, 2
    while out.casefold() in used or out.casefold() in (SUMMARY.casefold(), "history"):
        out, n = f"{base[:26]}_{n}", n + 1
    used.add(out.casefold())
    return out


def _plan_sheet(ws: Worksheet, report: ProgressReport) -> None:
    put(ws, 1, 1, f"進捗確認: {report.plan_name}")
    ws["A1"].font = Font(bold=True, size=13)
    put(ws, 2, 1, f"基準日 {report.as_of.isoformat()}／{counts_text(report)}"
        + (f"／計画の進捗確認の頻度: {report.monitoring_cycle}" if report.monitoring_cycle else ""))
    _header(ws, 4, PLAN_COLUMNS)
    row = 5
    for r in report.results:
        ind = r.indicator
        values = [ind.label, ind.name, ind.target_text, actuals_text(r), STATUS_JA[r.status], ind.withdrawal or "",
                  ind.owner or "", reason_text(r), r.next_step, ""]  # fmt: skip
        for col, v in enumerate(values, start=1):
            put(ws, row, col, v)
            ws.cell(row=row, column=col).alignment = Alignment(wrap_text=True, vertical="top")
        ws.cell(row=row, column=5).fill = PatternFill("solid", fgColor=STATUS_FILL[r.status])
        row += 1
    for note in [*report.warnings, *report.problems]:
        row += 1
        put(ws, row, 1, note)
    ws.freeze_panes = "C5"


def render_workbook(reports: list[ProgressReport], errors: list[tuple[str, str]] | None = None) -> bytes:
    """One workbook: 「一覧」 (every plan, its status counts) and one sheet per plan."""
    wb = Workbook()
    ws = wb.active
    ws.title = SUMMARY
    cols = [("計画", 40), ("基準日", 12), *((STATUS_JA[s], 10) for s in STATUSES), ("要対応のKPI", 50), ("シート", 20)]
    _header(ws, 1, cols)
    used: set[str] = set()
    for i, report in enumerate(reports, start=2):
        name = _sheet_name(report.plan_name, used)
        counts = report.counts()
        alerts = "、".join(f"{r.indicator.name}（{STATUS_JA[r.status]}）" for r in report.kpis
                          if r.status in ("behind", "withdrawal"))  # fmt: skip
        values = [report.plan_name, report.as_of.isoformat(), *(counts[s] for s in STATUSES), alerts, name]
        for col, v in enumerate(values, start=1):
            put(ws, i, col, v)
        _plan_sheet(wb.create_sheet(name), report)
    row = len(reports) + 3
    for source, error in errors or []:
        put(ws, row, 1, source)
        put(ws, row, 2, f"読み込めませんでした: {error}")
        row += 1
    ws.freeze_panes = "B2"
    buf = io.BytesIO()
    wb.save(buf)
    return buf.getvalue()
