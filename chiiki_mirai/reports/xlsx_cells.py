"""Excel cells for the reports: named styles, safe cell text (no formulas, no illegal characters), column widths
and row heights that fit Japanese text, print setup, unique sheet names."""

from __future__ import annotations

import math
import re
from collections.abc import Iterable
from copy import copy
from typing import Any
from weakref import WeakKeyDictionary

from openpyxl import Workbook
from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.styles.cell_style import StyleArray
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.worksheet import Worksheet

from chiiki_mirai.reports.common import (
    STATUS_FILL,
    STATUS_FONT,
    STATUS_JA,
    display_width,
    neutralize_formula,
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


def cell_text(value: str) -> str:
    """The string as it is stored: XML-safe, within Excel's length, never readable as a formula."""
    s = ILLEGAL_CHARACTERS_RE.sub("", value)
    if len(s) > MAX_CELL_CHARS - 1:  # room for the quote prefix
        s = s[: MAX_CELL_CHARS - 2] + "…"
    # guard on the text as written, then make line ends uniform (Excel shows a bare CR as _x000D_)
    return neutralize_formula(s).replace("\r\n", "\n").replace("\r", "\n")


def style_defs() -> dict[str, dict[str, Any]]:
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


STYLES = style_defs()


# Setting font/fill/border on each cell makes openpyxl hash style objects every time (most of the run
# time); instead each style is applied once per workbook and its style array copied to later cells.
_style_cache: WeakKeyDictionary[Workbook, dict[str, StyleArray]] = WeakKeyDictionary()


def apply_style(cell, style: str) -> None:
    cache = _style_cache.setdefault(cell.parent.parent, {})
    if style in cache:
        cell._style = copy(cache[style])
        return
    d = STYLES[style]
    for attr, key in (("font", "font"), ("fill", "fill"), ("alignment", "align"), ("border", "border")):
        if key in d:
            setattr(cell, attr, d[key])
    cache[style] = copy(cell._style)


def put(ws: Worksheet, row: int, col: int, value: Any, style: str = "body"):
    cell = ws.cell(row=row, column=col)
    if isinstance(value, str):
        cell.value = cell_text(value)
        cell.data_type = "s"  # explicit: whatever openpyxl would infer, this cell is text
    elif value is None or isinstance(value, bool | int | float):
        cell.value = None if isinstance(value, float) and math.isnan(value) else value
    else:
        cell.value = cell_text(str(value))
        cell.data_type = "s"
    apply_style(cell, style)
    return cell


def status_cell(ws: Worksheet, row: int, col: int, status: str):
    return put(ws, row, col, STATUS_JA[status], f"status:{status}")


def lines_text(values: Iterable[str]) -> str:
    return "\n".join(v for v in values if v)


def fit_columns(ws: Worksheet, first_row: int, caps: dict[int, int], minimum: int = 6) -> None:
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


def col_width(ws: Worksheet, col: int) -> float:
    return ws.column_dimensions[get_column_letter(col)].width or 8.43


def fit_rows(ws: Worksheet, first_row: int, merged_width: dict[int, float] | None = None) -> None:
    """Row heights for wrapped text (Excel does not re-measure rows written by a library)."""
    merged_width = merged_width or {}
    for row in ws.iter_rows(min_row=first_row):
        lines = 1
        for cell in row:
            if cell.value is None or type(cell).__name__ == "MergedCell":
                continue
            width = merged_width.get(cell.row) or col_width(ws, cell.column)
            usable = max(1.0, width - 1)
            n = sum(max(1, math.ceil(display_width(part) / usable)) for part in str(cell.value).split("\n"))
            lines = max(lines, n)
        if lines > 1:
            ws.row_dimensions[row[0].row].height = min(MAX_ROW_HEIGHT, LINE_HEIGHT * lines)


def print_setup(ws: Worksheet, title_rows: str) -> None:
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
