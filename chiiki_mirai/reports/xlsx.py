"""The Excel workbook: the coverage matrix 「一覧」 and one checklist sheet per plan.

Text from drafts is data, never code: every string goes through `_put`, which removes characters XML cannot
hold, prefixes a single quote to text a spreadsheet could read as a formula (OWASP), and stores the cell as
a string. The module never writes a formula.
"""

from __future__ import annotations

import math
import re
from collections.abc import Iterable, Sequence
from copy import copy
from io import BytesIO
from pathlib import PurePath
from typing import Any
from weakref import WeakKeyDictionary

from openpyxl import Workbook
from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.styles.cell_style import StyleArray
from openpyxl.utils import get_column_letter, quote_sheetname
from openpyxl.worksheet.hyperlink import Hyperlink
from openpyxl.worksheet.worksheet import Worksheet

from chiiki_mirai.core.result import BadInput, CheckResult, Item
from chiiki_mirai.reports.common import (
    STATUS_FILL,
    STATUS_FONT,
    STATUS_JA,
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
    neutralize_formula,
    parse_warnings,
    plan_name,
    plan_type_text,
    recommendations,
    source_text,
    suggestion_text,
    verdict_text,
)

SUMMARY_SHEET = "一覧"
MAX_CELL_CHARS = 32_767  # Excel's limit per cell
MAX_SHEET_NAME = 31
_SHEET_NAME_FORBIDDEN = re.compile(r"[\[\]:*?/\\]")
RESERVED_SHEET_NAMES = {SUMMARY_SHEET.casefold(), "history"}  # Excel reserves "History"

HEADER_FILL = PatternFill("solid", fgColor="1F4E79")
GROUP_FILL = PatternFill("solid", fgColor="D9E1F2")
HEADER_FONT = Font(bold=True, color="FFFFFF")
BOLD = Font(bold=True)
TITLE_FONT = Font(bold=True, size=14)
ERROR_FILL = PatternFill("solid", fgColor="FFC7CE")
THIN = Side(style="thin", color="BFBFBF")
BORDER = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
WRAP_TOP = Alignment(wrap_text=True, vertical="top")
WRAP_CENTER = Alignment(wrap_text=True, vertical="center", horizontal="center")

LINE_HEIGHT = 15.0  # points per text line at the default 11 pt font
MAX_ROW_HEIGHT = 409.0  # Excel's limit


# ---------------------------------------------------------------- cells


def cell_text(value: str) -> str:
    """The string as it is stored: XML-safe, within Excel's length, never readable as a formula."""
    s = ILLEGAL_CHARACTERS_RE.sub("", value)
    if len(s) > MAX_CELL_CHARS - 1:  # room for the quote prefix
        s = s[: MAX_CELL_CHARS - 2] + "…"
    # guard on the text as written, then make line ends uniform (Excel shows a bare CR as _x000D_)
    return neutralize_formula(s).replace("\r\n", "\n").replace("\r", "\n")


def _style_defs() -> dict[str, dict[str, Any]]:
    body = {"align": WRAP_TOP, "border": BORDER}
    defs: dict[str, dict[str, Any]] = {
        "body": body,
        "header": {"font": HEADER_FONT, "fill": HEADER_FILL, "align": WRAP_CENTER, "border": BORDER},
        "group": {"font": BOLD, "fill": GROUP_FILL, "align": WRAP_CENTER, "border": BORDER},
        "title": {"font": TITLE_FONT, "align": WRAP_TOP},
        "meta": {"align": WRAP_TOP},
        "section": {"font": BOLD},
        "error": {**body, "fill": ERROR_FILL},
        "link": {**body, "font": Font(color="0563C1", underline="single")},
    }
    for s in STATUS_FILL:
        defs[f"status:{s}"] = {
            "font": Font(bold=True, color=STATUS_FONT[s]),
            "align": WRAP_CENTER,
            "fill": PatternFill("solid", fgColor=STATUS_FILL[s]),
            "border": BORDER,
        }
    return defs


STYLES = _style_defs()
# Setting font/fill/border on each cell makes openpyxl hash style objects every time (most of the run
# time); instead each style is applied once per workbook and its style array copied to later cells.
_style_cache: WeakKeyDictionary[Workbook, dict[str, StyleArray]] = WeakKeyDictionary()


def _apply_style(cell, style: str) -> None:
    cache = _style_cache.setdefault(cell.parent.parent, {})
    if style in cache:
        cell._style = copy(cache[style])
        return
    d = STYLES[style]
    for attr, key in (("font", "font"), ("fill", "fill"), ("alignment", "align"), ("border", "border")):
        if key in d:
            setattr(cell, attr, d[key])
    cache[style] = copy(cell._style)


def _put(ws: Worksheet, row: int, col: int, value: Any, style: str = "body"):
    cell = ws.cell(row=row, column=col)
    if isinstance(value, str):
        cell.value = cell_text(value)
        cell.data_type = "s"  # explicit: whatever openpyxl would infer, this cell is text
    elif value is None or isinstance(value, bool | int | float):
        cell.value = None if isinstance(value, float) and math.isnan(value) else value
    else:
        cell.value = cell_text(str(value))
        cell.data_type = "s"
    _apply_style(cell, style)
    return cell


def _status_cell(ws: Worksheet, row: int, col: int, status: str):
    return _put(ws, row, col, STATUS_JA[status], f"status:{status}")


def _lines(values: Iterable[str]) -> str:
    return "\n".join(v for v in values if v)


# ---------------------------------------------------------------- layout


def _fit_columns(ws: Worksheet, first_row: int, caps: dict[int, int], minimum: int = 6) -> None:
    """Column widths from the widest line in each column (full-width characters count 2), capped."""
    widths: dict[int, int] = {}
    for row in ws.iter_rows(min_row=first_row):
        for cell in row:
            if cell.value is None or type(cell).__name__ == "MergedCell":
                continue
            w = max(display_width(line) for line in str(cell.value).split("\n"))
            widths[cell.column] = max(widths.get(cell.column, 0), w)
    for col, w in widths.items():
        cap = caps.get(col, 50)
        ws.column_dimensions[get_column_letter(col)].width = max(minimum, min(cap, w + 2))


def _col_width(ws: Worksheet, col: int) -> float:
    return ws.column_dimensions[get_column_letter(col)].width or 8.43


def _fit_rows(ws: Worksheet, first_row: int, merged_width: dict[int, float] | None = None) -> None:
    """Row heights for wrapped text (Excel does not re-measure rows written by a library)."""
    merged_width = merged_width or {}
    for row in ws.iter_rows(min_row=first_row):
        lines = 1
        for cell in row:
            if cell.value is None or type(cell).__name__ == "MergedCell":
                continue
            width = merged_width.get(cell.row) or _col_width(ws, cell.column)
            usable = max(1.0, width - 1)
            n = sum(max(1, math.ceil(display_width(part) / usable)) for part in str(cell.value).split("\n"))
            lines = max(lines, n)
        if lines > 1:
            ws.row_dimensions[row[0].row].height = min(MAX_ROW_HEIGHT, LINE_HEIGHT * lines)


def _print_setup(ws: Worksheet, title_rows: str) -> None:
    ws.page_setup.orientation = "landscape"
    ws.page_setup.paperSize = ws.PAPERSIZE_A4
    ws.page_setup.fitToWidth = 1
    ws.page_setup.fitToHeight = 0  # as many pages down as needed
    ws.sheet_properties.pageSetUpPr.fitToPage = True
    ws.print_title_rows = title_rows
    ws.page_margins.left = ws.page_margins.right = 0.4
    ws.page_margins.top = ws.page_margins.bottom = 0.6
    ws.oddHeader.left.text = "&A"  # sheet name
    ws.oddFooter.center.text = "&P / &N"


class SheetNames:
    """Excel sheet names: at most 31 characters, none of []:*?/\\, no leading/trailing quote, unique
    (case-insensitively), never the summary's name."""

    def __init__(self) -> None:
        self.used: set[str] = set(RESERVED_SHEET_NAMES)

    def make(self, wanted: str) -> str:
        base = (
            _SHEET_NAME_FORBIDDEN.sub("_", ILLEGAL_CHARACTERS_RE.sub("", wanted)).strip().strip("'").strip()
        )
        base = base or "計画"
        name, n = base[:MAX_SHEET_NAME], 1
        while name.casefold() in self.used:
            n += 1
            suffix = f"~{n}"
            name = base[: MAX_SHEET_NAME - len(suffix)].rstrip("'") + suffix
        self.used.add(name.casefold())
        return name


# ---------------------------------------------------------------- the summary (coverage matrix)

BASE_HEADERS = ("No", "ファイル", "表題", "類型", "推定類型", "判定", "不足数", "要確認数", "備考")


def _summary_sheet(ws: Worksheet, results: Sequence[Result], sheet_of: dict[int, str]) -> None:
    cols: list[Column] = matrix_columns(results)
    base = len(BASE_HEADERS)
    # row 1: groups; row 2: column headers
    _put(ws, 1, 1, "計画", "group")
    ws.merge_cells(start_row=1, start_column=1, end_row=1, end_column=base)
    start = base + 1
    for i, col in enumerate(cols + [None]):
        end_of_group = col is None or (i > 0 and col.group != cols[i - 1].group)
        if end_of_group and i > 0:
            _put(ws, 1, start, cols[i - 1].group, "group")
            if base + i > start:
                ws.merge_cells(start_row=1, start_column=start, end_row=1, end_column=base + i)
            start = base + i + 1
    for c, h in enumerate(BASE_HEADERS, start=1):
        _put(ws, 2, c, h, "header")
    for c, col in enumerate(cols, start=base + 1):
        _put(ws, 2, c, f"{col.label}\n{col.id}", "header")

    for n, r in enumerate(results, start=1):
        row = n + 2
        _put(ws, row, 1, n)
        name_cell = _put(ws, row, 2, plan_name(r), "link" if n in sheet_of else "body")
        if n in sheet_of:
            name_cell.hyperlink = Hyperlink(
                ref=name_cell.coordinate, location=f"{quote_sheetname(sheet_of[n])}!A1"
            )
        if isinstance(r, BadInput):
            for c, v in (
                (3, None),
                (4, None),
                (5, None),
                (6, verdict_text(r)),
                (7, None),
                (8, None),
                (9, r.error),
            ):
                _put(ws, row, c, v, "error")
            for c in range(base + 1, base + len(cols) + 1):
                _put(ws, row, c, None, "error")
            continue
        statuses = {item.id: item.status for _, item in all_items(r)}
        review = sum(1 for s in statuses.values() if s == "review")
        note = _lines(parse_warnings(r))
        values = (
            r.title or "",
            plan_type_text(r),
            suggestion_text(r),
            verdict_text(r),
            len(r.gaps),
            review,
            note,
        )
        for c, v in enumerate(values, start=3):
            _put(ws, row, c, v)
        for c, col in enumerate(cols, start=base + 1):
            if col.id in statuses:
                _status_cell(ws, row, c, statuses[col.id])
            else:
                _put(ws, row, c, None)

    last_col = get_column_letter(base + max(1, len(cols)))
    last_row = max(2, len(results) + 2)
    ws.freeze_panes = "C3"  # header rows and the plan's number and file name stay visible
    ws.auto_filter.ref = f"A2:{last_col}{last_row}"
    caps = {1: 5, 2: 30, 3: 36, 4: 24, 5: 24, 6: 16, 7: 8, 8: 8, 9: 40}
    caps.update({c: 14 for c in range(base + 1, base + len(cols) + 1)})
    _fit_columns(ws, 3, caps)
    for c, h in enumerate(BASE_HEADERS, start=1):  # headers must fit too
        letter = get_column_letter(c)
        ws.column_dimensions[letter].width = max(_col_width(ws, c), display_width(h) + 4)
    for c in range(base + 1, base + len(cols) + 1):
        ws.column_dimensions[get_column_letter(c)].width = max(_col_width(ws, c), 12)
    _fit_rows(ws, 2)
    _print_setup(ws, "1:2")
    ws.print_title_cols = "A:B"


# ---------------------------------------------------------------- one sheet per plan

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
    return _lines(out)


def _criteria(item: Item) -> str:
    return _lines(criteria_lines(item))


def _plan_sheet(ws: Worksheet, r: CheckResult) -> None:
    ncols = len(ITEM_HEADERS)
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
    meta += [f"読み取りの注意: {w}" for w in parse_warnings(r)]
    for i, text in enumerate(meta, start=1):
        _put(ws, i, 1, text, "title" if i == 1 else "meta")
        ws.merge_cells(start_row=i, start_column=1, end_row=i, end_column=ncols)
    header = len(meta) + 2
    for c, h in enumerate(ITEM_HEADERS, start=1):
        _put(ws, header, c, h, "header")
    row = header
    for kind, item in all_items(r):
        row += 1
        values = (
            kind,
            item.id,
            item.label,
            None,
            _lines(item.reasons),
            _evidence(item),
            source_text(item.source),
            item.fix if item.status != "met" else "",
            _criteria(item),
        )
        for c, v in enumerate(values, start=1):
            _put(ws, row, c, v)
        _status_cell(ws, row, 4, item.status)
    last_item_row = row

    recs = recommendations(r)
    if recs:
        row += 2
        _put(ws, row, 1, "推奨される支援施策", "section")
        row += 1
        for c, h in enumerate(REC_HEADERS, start=1):
            _put(ws, row, c, h, "header")
        for rec in recs:
            row += 1
            values = (
                rec.rank,
                rec.score if rec.score is None else round(rec.score, 3),
                rec.name,
                rec.ministry,
                _lines(rec.reasons),
                _lines([f"不足: {g}" for g in rec.gaps] + rec.conditions),
                rec.source,
                rec.where_to_ask,
                _lines([rec.category, rec.path]),
            )
            for c, v in enumerate(values, start=1):
                _put(ws, row, c, v)

    ws.freeze_panes = f"A{header + 1}"
    ws.auto_filter.ref = f"A{header}:{get_column_letter(ncols)}{max(header + 1, last_item_row)}"
    _fit_columns(ws, header, PLAN_CAPS, minimum=8)
    total = sum(_col_width(ws, c) for c in range(1, ncols + 1))
    _fit_rows(ws, 1, merged_width={i: total for i in range(1, len(meta) + 1)})
    _print_setup(ws, f"{header}:{header}")


# ---------------------------------------------------------------- entry point


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
