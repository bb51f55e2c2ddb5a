"""Fill 対応状況 of a reviewer's comment sheet from the check of the next version (see comments.py).

A keyed row (hidden column キー: requirement or check id # criterion id) gets 対応済み when that criterion (or the
whole item) is no longer a gap, 未対応 when it still is, 要確認 when the item is now for a person to judge or is
not in the new version. A gap of the new version no row carries is added as 新たな指摘. Nothing else in the
workbook is changed: the planner's 回答, the reviewer's own rows and wording, widths and colours stay.
"""

from __future__ import annotations

import io
import zipfile

from openpyxl import load_workbook
from openpyxl.utils.exceptions import InvalidFileException
from openpyxl.worksheet.worksheet import Worksheet

from chiiki_mirai.core.errors import UserError
from chiiki_mirai.core.result import GAP_STATUSES, CheckResult, Item
from chiiki_mirai.reports.comments import DONE, HEADERS, NEW, OPEN, SHEET, comments_of
from chiiki_mirai.reports.common import all_items, plan_name
from chiiki_mirai.reports.xlsx_cells import fit_rows, put

REVIEW = "要確認"
MAX_HEADER_SCAN = 30


def _open(data: bytes):  # noqa: ANN202 - an openpyxl Workbook
    try:
        return load_workbook(io.BytesIO(data))
    except (zipfile.BadZipFile, InvalidFileException, KeyError, ValueError, OSError) as e:
        raise UserError("指摘事項一覧を Excel（.xlsx）ファイルとして読めません") from e


def find_sheet(wb) -> tuple[Worksheet, int, dict[str, int]]:  # noqa: ANN001 - an openpyxl Workbook
    """The comment sheet, its header row and its columns by header (the reviewer may have moved them)."""
    sheets = ([wb[SHEET]] if SHEET in wb.sheetnames else []) + [
        ws for ws in wb.worksheets if ws.title != SHEET
    ]
    for ws in sheets:
        for row in ws.iter_rows(min_row=1, max_row=MAX_HEADER_SCAN):
            cols = {str(c.value).strip(): c.column for c in row if c.value is not None}
            if "キー" in cols and "対応状況" in cols:
                return ws, row[0].row, cols
    raise UserError(
        "指摘事項一覧の形式ではありません（「キー」と「対応状況」の列が見つかりません）。"
        "`chiiki-mirai check 素案 --format comments` で作った一覧を使ってください"
    )


def state_of(key: str, items: dict[str, Item]) -> str:
    item_id, _, crit_id = key.partition("#")
    item = items.get(item_id)
    if item is None:
        return REVIEW
    if item.status in ("met", "n/a"):
        return DONE
    if item.status == "review":
        return REVIEW
    if not crit_id:
        return OPEN if item.status in GAP_STATUSES else DONE
    crit = next((c for c in item.criteria if c.id == crit_id), None)
    if crit is None or not crit.applies or crit.passed:
        return DONE
    return OPEN if crit.on_fail == "gap" else REVIEW


def _last_row(ws: Worksheet, header: int, cols: dict[str, int]) -> int:
    last = header
    for row in ws.iter_rows(min_row=header + 1):
        if any(c.value not in (None, "") for c in row[: max(cols.values())]):
            last = row[0].row
    return last


def _next_number(ws: Worksheet, header: int, last: int, col: int | None) -> int:
    nums = [ws.cell(row=r, column=col).value for r in range(header + 1, last + 1)] if col else []
    return max((n for n in nums if isinstance(n, int)), default=last - header) + 1


def update_comments(data: bytes, new: CheckResult) -> bytes:
    """The reviewer's workbook with 対応状況 filled from `new` and its new gaps appended."""
    wb = _open(data)
    ws, header, cols = find_sheet(wb)
    items = {item.id: item for _, item in all_items(new)}
    keys = set()
    last = _last_row(ws, header, cols)
    for r in range(header + 1, last + 1):
        key = ws.cell(row=r, column=cols["キー"]).value
        if isinstance(key, str) and key.strip():
            keys.add(key.strip())
            put(ws, r, cols["対応状況"], state_of(key.strip(), items))
    number = _next_number(ws, header, last, cols.get("番号"))
    for c in comments_of(new):
        if c.key in keys:
            continue
        last += 1
        values = {
            "番号": number,
            "記載項目": c.section,
            "指摘": c.text,
            "根拠": c.basis,
            "素案の該当箇所": c.where,
        }
        values |= {"対応状況": NEW, "キー": c.key, "項目ID": c.item_id}
        for h in HEADERS:
            if h in cols and h in values:
                put(ws, last, cols[h], values[h])
        number += 1
    note = ws.cell(row=2, column=1).value
    stamp = f"更新: {plan_name(new)}（判定日 {new.checked_on}）"
    put(ws, 2, 1, f"{note}　{stamp}" if isinstance(note, str) and note else stamp, "meta")
    if ws.auto_filter.ref:
        ws.auto_filter.ref = f"A{header}:{ws.auto_filter.ref.split(':')[-1].rstrip('0123456789')}{last}"
    fit_rows(ws, header + 1)
    buf = io.BytesIO()
    wb.save(buf)
    return buf.getvalue()
