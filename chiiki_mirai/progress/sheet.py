"""The progress sheet: the template written from a plan, and the filled sheet read back (xlsx or csv).

The template 「進捗」 has one row per indicator; a 担当部署 fills 時点 and 実績, and adds a row (copying the
indicator's name) for each further period. A hidden column holds each indicator's key, so a row is matched
back even when its name was edited; a hidden sheet 「_meta」 names the plan. Cells are written as text or
numbers, never as formulas, and text a spreadsheet could read as a formula is quoted.
"""

from __future__ import annotations

import csv
import datetime as _dt
import io
import re
from dataclasses import dataclass, field
from typing import Any

from openpyxl import Workbook, load_workbook
from openpyxl.comments import Comment
from openpyxl.styles import Alignment, Font, PatternFill
from openpyxl.worksheet.worksheet import Worksheet

from chiiki_mirai.core.errors import UserError
from chiiki_mirai.core.plan import Plan
from chiiki_mirai.core.text.cells import neutralize_formula
from chiiki_mirai.progress.indicators import Indicator, format_amount, plan_indicators
from chiiki_mirai.progress.quantities import normalize
from chiiki_mirai.readers.decode import decode_text

SHEET = "進捗"
META_SHEET = "_meta"
TEMPLATE_VERSION = "1"
COLUMNS = [
    ("kind", "区分", 9),
    ("name", "指標名", 36),
    ("target", "目標", 26),
    ("target_fy", "目標年度", 10),
    ("baseline", "基準値", 14),
    ("unit", "単位", 8),
    ("withdrawal", "撤退基準", 40),
    ("owner", "担当部署", 22),
    ("point", "時点", 16),
    ("value", "実績", 12),
    ("note", "備考（未達の原因・対応）", 30),
    ("key", "キー（変更しないでください）", 14),
]
HEADERS = {
    "name": ("指標名", "指標", "KPI", "KPI名", "指標の名称", "項目", "名称", "KGI・KPI"),
    "point": ("時点", "期間", "対象期間", "報告時点", "年度", "期"),
    "value": ("実績", "実績値", "値", "数値"),
    "unit": ("単位",),
    "baseline": ("基準値", "現状値", "基準"),
    "withdrawal": ("撤退基準",),
    "key": ("キー（変更しないでください）", "キー", "key"),
    "note": ("備考（未達の原因・対応）", "備考", "原因", "未達の原因"),
    "kind": ("区分",),
    "owner": ("担当部署", "担当"),
}
MAX_ROWS = 5000
_ILLEGAL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f]")
INPUT_FILL = PatternFill("solid", fgColor="FFF2CC")
HEADER_FILL = PatternFill("solid", fgColor="1F4E79")


@dataclass
class SheetRow:
    row: int  # 1-based row in the sheet, for messages
    name: str
    key: str | None = None
    point: Any = None
    value: Any = None
    unit: str | None = None
    baseline: Any = None
    withdrawal: str | None = None
    note: str | None = None


@dataclass
class Sheet:
    source: str
    rows: list[SheetRow] = field(default_factory=list)
    meta: dict[str, str] = field(default_factory=dict)


def safe_text(value: str) -> str:
    """Text as a cell holds it: no control characters, a leading quote before what could be a formula."""
    s = _ILLEGAL.sub("", value)[:32_000]
    return neutralize_formula(s)


def put(ws: Worksheet, row: int, col: int, value: Any) -> None:
    cell = ws.cell(row=row, column=col)
    if isinstance(value, str):
        cell.value = safe_text(value)
        cell.data_type = "s"
    else:
        cell.value = value


def _template_row(ind: Indicator) -> list[Any]:
    baseline = format_amount(ind.baseline, ind.written_unit) if ind.baseline is not None else ""
    if baseline and ind.baseline_fy:
        baseline += f"（{ind.baseline_fy}年度）"
    return [
        ind.label, ind.name, ind.target_text, f"{ind.target_fy}年度" if ind.target_fy else "", baseline,
        ind.written_unit or "", ind.withdrawal or "", ind.owner or "", "", "", "", ind.key,
    ]  # fmt: skip


def write_template(plan: Plan, source: str = "", today: _dt.date | None = None) -> bytes:
    """The progress template of a plan (xlsx bytes)."""
    wb = Workbook()
    ws = wb.active
    ws.title = SHEET
    for col, (_, header, width) in enumerate(COLUMNS, start=1):
        put(ws, 1, col, header)
        c = ws.cell(row=1, column=col)
        c.font, c.fill = Font(bold=True, color="FFFFFF"), HEADER_FILL
        c.alignment = Alignment(wrap_text=True, vertical="center")
        ws.column_dimensions[c.column_letter].width = width
    for r, ind in enumerate(plan_indicators(plan), start=2):
        for col, value in enumerate(_template_row(ind), start=1):
            put(ws, r, col, value)
            ws.cell(row=r, column=col).alignment = Alignment(wrap_text=True, vertical="top")
        for col in (9, 10, 11):
            ws.cell(row=r, column=col).fill = INPUT_FILL
    ws.cell(row=1, column=9).comment = Comment("例: 令和8年度上期、2026年度下期、R9、2027年3月末", "chiiki-mirai")
    ws.cell(row=1, column=10).comment = Comment("例: 12、0.3億円、45件、65%（単位がなければ「単位」列の単位）", "chiiki-mirai")
    ws.column_dimensions["L"].hidden = True
    ws.freeze_panes = "C2"
    _instructions(wb.create_sheet("記入方法"))
    meta = wb.create_sheet(META_SHEET)
    for r, (k, v) in enumerate(_meta(plan, source, today).items(), start=1):
        put(meta, r, 1, k)
        put(meta, r, 2, v)
    meta.sheet_state = "hidden"
    buf = io.BytesIO()
    wb.save(buf)
    return buf.getvalue()


def _meta(plan: Plan, source: str, today: _dt.date | None) -> dict[str, str]:
    return {
        "template_version": TEMPLATE_VERSION,
        "plan_title": plan.title or "",
        "plan_source": source.replace("\\", "/").rsplit("/", 1)[-1],
        "authors": "・".join(a.name for a in plan.authors),
        "created": (today or _dt.date.today()).isoformat(),
    }


INSTRUCTIONS = [
    "進捗シートの記入方法",
    "1. 「時点」と「実績」（黄色の列）を記入してください。時点は 2026年度、令和8年度上期、R8下期、2027年3月末 のように書けます。",
    "2. 実績は 12、0.3億円、45件、65% のように書けます。単位を書かない数値は「単位」列の単位で読みます。",
    "3. 同じ指標の別の時点は、行をコピーして追加してください（指標名とキー列をそのまま残します）。",
    "4. 目標に届かない指標は「備考」に原因と対応を記入してください（半期ごとの進捗確認で報告します）。",
    "5. 計画に基準値の記載がない指標は「基準値」を記入すると、基準値から目標への直線で判定します。",
    "6. 指標名を直しても、隠し列のキーで計画の指標と対応付けます。",
]


def _instructions(ws: Worksheet) -> None:
    for r, line in enumerate(INSTRUCTIONS, start=1):
        put(ws, r, 1, line)
    ws["A1"].font = Font(bold=True, size=13)
    ws.column_dimensions["A"].width = 110


def _header_map(cells: list[Any]) -> dict[str, int]:
    found: dict[str, int] = {}
    norm = [re.sub(r"\s", "", normalize(str(c))) if c is not None else "" for c in cells]
    for field_name, names in HEADERS.items():
        wanted = [re.sub(r"\s", "", normalize(n)) for n in names]
        for i, cell in enumerate(norm):
            if cell and cell in wanted and i not in found.values():
                found[field_name] = i
                break
    return found


def _find_header(table: list[list[Any]], source: str) -> tuple[int, dict[str, int]]:
    for h, cells in enumerate(table[:15]):
        cols = _header_map(cells)
        if "name" in cols and "value" in cols:
            return h, cols
    raise UserError("見出し行（「指標名」と「実績」の列）が見つかりません。進捗シートのひな形を使ってください", source)


def _rows_from_table(table: list[list[Any]], source: str) -> list[SheetRow]:
    h, cols = _find_header(table, source)
    if "point" not in cols:
        raise UserError("「時点」の列が見つかりません（例: 令和8年度上期、2026年度）", source)
    out: list[SheetRow] = []
    for r, cells in enumerate(table[h + 1 : h + 1 + MAX_ROWS], start=h + 2):
        get = {k: (cells[i] if i < len(cells) else None) for k, i in cols.items()}
        name = str(get.get("name") or "").strip()
        if not name and not get.get("key"):
            continue
        text = {k: (str(v).strip() if v is not None and str(v).strip() else None) for k, v in get.items()}
        out.append(SheetRow(r, name, text.get("key"), _cell(get.get("point")), _cell(get.get("value")),
                            text.get("unit"), _cell(get.get("baseline")), text.get("withdrawal"), text.get("note")))
    return out


def _cell(v: Any) -> Any:
    if isinstance(v, str):
        v = v.strip()
        return v[1:] if v.startswith("'") else (v or None)
    return v


def read_sheet(name: str, data: bytes) -> Sheet:
    """A filled progress sheet (xlsx or csv bytes) → Sheet. Raises UserError for a file it cannot read."""
    ext = name.lower().rsplit(".", 1)[-1] if "." in name else ""
    if not data:
        raise UserError("進捗シートが空です", name)
    if ext == "csv":
        text, _ = decode_text(data)
        table = list(csv.reader(io.StringIO(text)))
        return Sheet(name, _rows_from_table(table, name))
    if ext not in ("xlsx", "xlsm"):
        raise UserError(f"進捗シートは .xlsx か .csv で指定してください（{ext or '拡張子なし'}）", name)
    try:
        wb = load_workbook(io.BytesIO(data), data_only=True, read_only=True)
    except Exception as e:  # noqa: BLE001 - any failure to open is a bad file, said in Japanese
        raise UserError(f"Excel ファイルとして開けません（{type(e).__name__}）", name) from e
    try:
        ws = wb[SHEET] if SHEET in wb.sheetnames else wb.worksheets[0]
        table = [list(r) for r in ws.iter_rows(max_row=MAX_ROWS + 20, values_only=True)]
        meta = {}
        if META_SHEET in wb.sheetnames:
            meta = {str(k): str(v or "") for k, v, *_ in wb[META_SHEET].iter_rows(values_only=True) if k}
    finally:
        wb.close()
    return Sheet(name, _rows_from_table(table, name), meta)
