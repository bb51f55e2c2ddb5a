"""The Excel workbook: the coverage matrix 「一覧」 and one checklist sheet per plan.

Text from drafts is data, never code: every string goes through `_put`, which removes characters XML cannot
hold, prefixes a single quote to text a spreadsheet could read as a formula (OWASP), and stores the cell as
a string. The module never writes a formula."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from io import BytesIO
from pathlib import PurePath

from openpyxl import Workbook
from openpyxl.utils import get_column_letter, quote_sheetname
from openpyxl.worksheet.hyperlink import Hyperlink
from openpyxl.worksheet.worksheet import Worksheet

from chiiki_mirai.core.result import BadInput, CheckResult, Item
from chiiki_mirai.reports.common import (
    Column,
    Result,
    all_items,
    as_list,
    counts_text,
    criteria_lines,
    display_width,
    evidence_location,
    fields,
    matrix_columns,
    notices,
    parse_warnings,
    plan_name,
    plan_type_text,
    recommendations,
    source_text,
    suggestion_text,
    verdict_text,
)
from chiiki_mirai.reports.xlsx_cells import (
    SUMMARY_SHEET,
    SheetNames,
    col_width,
    fit_columns,
    fit_rows,
    lines_text,
    print_setup,
    put,
    status_cell,
)

BASE_HEADERS = ("No", "ファイル", "表題", "類型", "推定類型", "判定", "不足数", "要確認数", "備考")


def _summary_headers(ws: Worksheet, cols: list[Column]) -> None:
    """Row 1: the column groups (merged); row 2: the column headers."""
    base = len(BASE_HEADERS)
    put(ws, 1, 1, "計画", "group")
    ws.merge_cells(start_row=1, start_column=1, end_row=1, end_column=base)
    start = base + 1
    for i, col in enumerate(cols + [None]):
        end_of_group = col is None or (i > 0 and col.group != cols[i - 1].group)
        if end_of_group and i > 0:
            put(ws, 1, start, cols[i - 1].group, "group")
            if base + i > start:
                ws.merge_cells(start_row=1, start_column=start, end_row=1, end_column=base + i)
            start = base + i + 1
    for c, h in enumerate(BASE_HEADERS, start=1):
        put(ws, 2, c, h, "header")
    for c, col in enumerate(cols, start=base + 1):
        put(ws, 2, c, f"{col.label}\n{col.id}", "header")


def _summary_row(ws: Worksheet, row: int, r: CheckResult, cols: list[Column]) -> None:
    statuses = {item.id: item.status for _, item in all_items(r)}
    review = sum(1 for s in statuses.values() if s == "review")
    note = lines_text(parse_warnings(r))
    values = (r.title or "", plan_type_text(r), suggestion_text(r), verdict_text(r), len(r.gaps), review, note)
    for c, v in enumerate(values, start=3):
        put(ws, row, c, v)
    for c, col in enumerate(cols, start=len(BASE_HEADERS) + 1):
        if col.id in statuses:
            status_cell(ws, row, c, statuses[col.id])
        else:
            put(ws, row, c, None)


def _summary_error_row(ws: Worksheet, row: int, r: BadInput, n_cols: int) -> None:
    for c, v in ((3, None), (4, None), (5, None), (6, verdict_text(r)), (7, None), (8, None), (9, r.error)):
        put(ws, row, c, v, "error")
    for c in range(len(BASE_HEADERS) + 1, len(BASE_HEADERS) + n_cols + 1):
        put(ws, row, c, None, "error")


def _summary_layout(ws: Worksheet, n_results: int, n_cols: int) -> None:
    """Frozen panes, filter, column widths that fit, print titles."""
    base = len(BASE_HEADERS)
    last_col = get_column_letter(base + max(1, n_cols))
    last_row = max(2, n_results + 2)
    ws.freeze_panes = "C3"  # header rows and the plan's number and file name stay visible
    ws.auto_filter.ref = f"A2:{last_col}{last_row}"
    caps = {1: 5, 2: 30, 3: 36, 4: 24, 5: 24, 6: 16, 7: 8, 8: 8, 9: 40}
    caps.update({c: 14 for c in range(base + 1, base + n_cols + 1)})
    fit_columns(ws, 3, caps)
    for c, h in enumerate(BASE_HEADERS, start=1):  # headers must fit too
        letter = get_column_letter(c)
        ws.column_dimensions[letter].width = max(col_width(ws, c), display_width(h) + 4)
    for c in range(base + 1, base + n_cols + 1):
        ws.column_dimensions[get_column_letter(c)].width = max(col_width(ws, c), 12)
    fit_rows(ws, 2)
    print_setup(ws, "1:2")
    ws.print_title_cols = "A:B"


def _summary_sheet(ws: Worksheet, results: Sequence[Result], sheet_of: dict[int, str]) -> None:
    cols: list[Column] = matrix_columns(results)
    _summary_headers(ws, cols)
    for n, r in enumerate(results, start=1):
        row = n + 2
        put(ws, row, 1, n)
        name_cell = put(ws, row, 2, plan_name(r), "link" if n in sheet_of else "body")
        if n in sheet_of:
            name_cell.hyperlink = Hyperlink(
                ref=name_cell.coordinate, location=f"{quote_sheetname(sheet_of[n])}!A1"
            )
        if isinstance(r, BadInput):
            _summary_error_row(ws, row, r, len(cols))
        else:
            _summary_row(ws, row, r, cols)
    _summary_layout(ws, len(results), len(cols))


ITEM_HEADERS = (
    "区分",
    "ID",
    "項目",
    "状態",
    "理由",
    "根拠（計画の記載）",
    "出典",
    "追記すべき事項",
    "判定基準",
)


REC_HEADERS = ("順位", "スコア", "施策", "所管", "理由", "不足・条件", "出典", "相談先", "分類・経路")
PLAN_CAPS = {1: 14, 2: 20, 3: 34, 4: 14, 5: 50, 6: 50, 7: 50, 8: 44, 9: 44}


def _evidence(item: Item) -> str:
    out = []
    for ev in item.evidence:
        where = evidence_location(ev.section, ev.line)
        out.append(f"「{ev.text}」" + (f"（{where}）" if where else ""))
    return lines_text(out)


def _criteria(item: Item) -> str:
    return lines_text(criteria_lines(item))


def _plan_meta(r: CheckResult) -> list[str]:
    """The lines above the table: file, title, type, result, fields, reader warnings."""
    meta = [f"計画チェック結果: {plan_name(r)}"]
    if r.title:
        meta.append(f"表題: {r.title}")
    sug = r.plan_type_suggestion
    line = f"類型: {plan_type_text(r)}　推定される類型: {suggestion_text(r)}"
    if sug.reasons:
        line += "（" + "、".join(sug.reasons) + "）"
    meta.append(line)
    meta.append(
        f"結果: {counts_text(r)} → {verdict_text(r)}" + (f"　判定日: {r.checked_on}" if r.checked_on else "")
    )
    fvs = fields(r)
    if fvs:
        meta.append("関連する戦略分野: " + "、".join(f.text for f in fvs))
    return meta + [f"読み取りの注意: {w}" for w in parse_warnings(r)]


def _item_rows(ws: Worksheet, r: CheckResult, row: int) -> int:
    """One row per requirement and check below `row`; returns the last row written."""
    for kind, item in all_items(r):
        row += 1
        values = (
            kind,
            item.id,
            item.label,
            None,
            lines_text(item.reasons),
            _evidence(item),
            source_text(item.source),
            item.fix if item.status != "met" else "",
            _criteria(item),
        )
        for c, v in enumerate(values, start=1):
            put(ws, row, c, v)
        status_cell(ws, row, 4, item.status)
    return row


def _recommendation_rows(ws: Worksheet, r: CheckResult, row: int) -> None:
    recs = recommendations(r)
    if not recs:
        return
    row += 2
    put(ws, row, 1, "推奨される支援施策", "section")
    for n in notices(r):
        row += 1
        put(ws, row, 1, f"⚠ {n}", "meta")
    row += 1
    for c, h in enumerate(REC_HEADERS, start=1):
        put(ws, row, c, h, "header")
    for rec in recs:
        row += 1
        values = (
            rec.rank,
            rec.score if rec.score is None else round(rec.score, 3),
            rec.name,
            rec.ministry,
            lines_text(rec.reasons),
            lines_text([f"不足: {g}" for g in rec.gaps] + rec.conditions + rec.notes),
            rec.source,
            rec.where_to_ask,
            lines_text([rec.category, rec.path]),
        )
        for c, v in enumerate(values, start=1):
            put(ws, row, c, v)


def _plan_sheet(ws: Worksheet, r: CheckResult) -> None:
    ncols = len(ITEM_HEADERS)
    meta = _plan_meta(r)
    for i, text in enumerate(meta, start=1):
        put(ws, i, 1, text, "title" if i == 1 else "meta")
        ws.merge_cells(start_row=i, start_column=1, end_row=i, end_column=ncols)
    header = len(meta) + 2
    for c, h in enumerate(ITEM_HEADERS, start=1):
        put(ws, header, c, h, "header")
    last_item_row = _item_rows(ws, r, header)
    _recommendation_rows(ws, r, last_item_row)
    ws.freeze_panes = f"A{header + 1}"
    ws.auto_filter.ref = f"A{header}:{get_column_letter(ncols)}{max(header + 1, last_item_row)}"
    fit_columns(ws, header, PLAN_CAPS, minimum=8)
    total = sum(col_width(ws, c) for c in range(1, ncols + 1))
    fit_rows(ws, 1, merged_width={i: total for i in range(1, len(meta) + 1)})
    print_setup(ws, f"{header}:{header}")


def render_xlsx(results: Result | Iterable[Result]) -> bytes:
    """The review workbook as bytes (write them to a .xlsx file or offer them as a download)."""
    results = as_list(results)
    wb = Workbook()
    summary = wb.active
    summary.title = SUMMARY_SHEET
    names = SheetNames()
    sheet_of: dict[int, str] = {}
    for n, r in enumerate(results, start=1):
        if isinstance(r, CheckResult):
            name = names.make(PurePath(plan_name(r)).stem or plan_name(r))
            sheet_of[n] = name
            _plan_sheet(wb.create_sheet(name), r)
    _summary_sheet(summary, results, sheet_of)
    buf = BytesIO()
    wb.save(buf)
    return buf.getvalue()
