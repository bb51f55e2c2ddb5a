"""The reviewer's comment sheet (指摘事項一覧) and its update when the next version of the plan arrives.

    render_comments(result) → xlsx bytes        # `check PLAN --format comments -o 指摘.xlsx`
    update_comments(xlsx, new_result) → bytes    # `compare OLD NEW --comments 指摘.xlsx -o 指摘_更新.xlsx`

Sheet 「指摘事項一覧」: 番号, 記載項目, 指摘 (the gap in the reviewer's words), 根拠 (the source passage), 素案の該当箇所,
対応状況 (blank), 回答 (blank), and hidden columns with the key (requirement or check id # criterion id) and the
item id. Sheet 「助言・確認事項」: the advice notes and the items a person must judge (要確認), never comments.
The update opens the reviewer's own workbook and writes only 対応状況 (対応済み / 未対応) of keyed rows and the rows
of new gaps (新たな指摘): the planner's 回答, the reviewer's wording, added rows and formatting stay as they are.
Every cell written goes through the formula-injection guard (xlsx_cells.put).
"""

from __future__ import annotations

import io
import re
from dataclasses import dataclass
from pathlib import Path

from openpyxl import Workbook
from openpyxl.worksheet.datavalidation import DataValidation
from openpyxl.worksheet.worksheet import Worksheet

from chiiki_mirai.core.errors import UserError
from chiiki_mirai.core.result import GAP_STATUSES, BadInput, CheckResult, CriterionOut, Item
from chiiki_mirai.knowledge.loader import load_kb
from chiiki_mirai.reports.common import all_items, evidence_location, plan_name, source_text
from chiiki_mirai.reports.dispatch import EXIT_BAD_INPUT, EXIT_GAPS, EXIT_OK
from chiiki_mirai.reports.xlsx_cells import fit_columns, fit_rows, print_setup, put

COMMENTS_FORMAT = "comments"
SHEET = "指摘事項一覧"
ADVICE_SHEET = "助言・確認事項"
HEADERS = ("番号", "記載項目", "指摘", "根拠", "素案の該当箇所", "対応状況", "回答", "キー", "項目ID")
COL = {h: i for i, h in enumerate(HEADERS, start=1)}
HEADER_ROW = 4
DONE, OPEN, NEW = "対応済み", "未対応", "新たな指摘"
STATES = (DONE, OPEN, NEW, "対応中", "確認不要")


@dataclass(frozen=True)
class Comment:
    key: str  # "C.regional_ripple#transactions" (or the item id when no criterion failed)
    item_id: str
    section: str
    text: str
    basis: str
    where: str


def _request(reason: str, fix: str) -> str:
    """「…ため、…してください。」 from a gap reason and a fix written as 「…を記載する（注）」."""
    reason = reason.rstrip("。 ")
    fix = fix.strip().rstrip("。")
    if not fix:
        return f"{reason}ため、記載を補ってください。"
    note = re.search(r"（[^（）]*）$", fix)
    body, tail = (fix[: note.start()], note.group()) if note else (fix, "")
    if body.endswith("する"):
        return f"{reason}ため、{body[: -len('する')]}してください{tail}。"
    return f"{reason}ため、{fix}を検討してください。"


def _gap_criteria(item: Item) -> list[CriterionOut]:
    return [c for c in item.criteria if c.applies and not c.passed and c.on_fail == "gap"]


def _where(item: Item, crit: CriterionOut | None) -> tuple[str, str]:
    """(the section it concerns, 「quote」（section / line）) from the criterion's evidence (the item's when the
    item failed as a whole)."""
    evs = item.evidence if crit is None else [e for e in item.evidence if e.fact in crit.facts]
    if not evs:
        return "", "（該当する記載が見つかりません）"
    quotes = [f"「{e.text}」（{evidence_location(e.section, e.line)}）" for e in evs[:3]]
    return evs[0].section or "", "\n".join(dict.fromkeys(quotes))


def _fixes(item: Item, crits: list[CriterionOut]) -> list[str]:
    """Each failed criterion's fix: the item's fixes in order when there is one per criterion; else the
    knowledge base's wording of the criterion's fix (the engine writes each distinct fix once)."""
    fixes = [f for f in item.fix.split("\n") if f]
    if len(fixes) == len(crits):
        return fixes
    entry = load_kb().item_by_id(item.id)
    by_id = {c.id: c.fix for c in getattr(entry, "criteria", [])}
    out = []
    for c in crits:
        template = by_id.get(c.id, "")
        if template and "{" not in template:
            out.append(template)
            continue
        # a generated criterion (one per 記載項目): the fix that names what its reason quotes
        quoted = re.findall(r"「([^」]+)」", c.reason)
        out.append(next((f for f in fixes if quoted and f"「{quoted[0]}」" in f), fixes[0] if fixes else ""))
    return out


def comments_of(result: CheckResult) -> list[Comment]:
    """One comment per failed criterion of every gap (partial / missing); an item with none gets one."""
    out = []
    for _, item in all_items(result):
        if item.status not in GAP_STATUSES:
            continue
        crits = _gap_criteria(item)
        for crit, fix in zip(crits, _fixes(item, crits), strict=True):
            section, where = _where(item, crit)
            text = f"【{item.label}】" + _request(crit.reason, fix)
            out.append(
                Comment(
                    f"{item.id}#{crit.id}",
                    item.id,
                    section or item.label,
                    text,
                    source_text(item.source),
                    where,
                )
            )
        if not crits:
            section, where = _where(item, None)
            reason = item.reasons[0] if item.reasons else f"{item.label}が不足している"
            text = f"【{item.label}】" + _request(reason, item.fix.split("\n")[0] if item.fix else "")
            out.append(
                Comment(item.id, item.id, section or item.label, text, source_text(item.source), where)
            )
    return out


def _notes(result: CheckResult) -> list[tuple[str, str, str, str]]:
    """(項目, 種類, 内容, 根拠) for advice notes and items a person must judge."""
    rows = []
    for _, item in all_items(result):
        label = f"{item.label}（{item.id}）"
        rows += [(label, "助言", a, source_text(item.source)) for a in item.advice]
        if item.status == "review":
            rows.append(
                (
                    label,
                    "要確認",
                    "\n".join(item.reasons) + ("\n" + item.fix if item.fix else ""),
                    source_text(item.source),
                )
            )
    return rows


def _write_row(ws: Worksheet, row: int, number: int, c: Comment, state: str = "") -> None:
    values = (number, c.section, c.text, c.basis, c.where, state, "", c.key, c.item_id)
    for col, v in enumerate(values, start=1):
        put(ws, row, col, v if v != "" else None)


def _comment_sheet(ws: Worksheet, result: CheckResult, comments: list[Comment]) -> None:
    put(ws, 1, 1, SHEET, "title")
    put(
        ws,
        2,
        1,
        f"計画: {result.title or plan_name(result)}　素案: {plan_name(result)}　判定日: {result.checked_on}",
        "meta",
    )
    put(
        ws,
        3,
        1,
        "対応状況は「対応済み／未対応／新たな指摘」を選びます。回答欄は計画策定側が記入してください。",
        "meta",
    )
    for col, h in enumerate(HEADERS, start=1):
        put(ws, HEADER_ROW, col, h, "header")
    for n, c in enumerate(comments, start=1):
        _write_row(ws, HEADER_ROW + n, n, c)
    _finish(ws, HEADER_ROW + len(comments))


def _finish(ws: Worksheet, last_row: int) -> None:
    """Widths, wrapped rows, hidden key columns, the 対応状況 choices, print setup."""
    fit_columns(ws, HEADER_ROW, {1: 6, 2: 24, 3: 60, 4: 40, 5: 40, 6: 12, 7: 40})
    for col in ("H", "I"):
        ws.column_dimensions[col].hidden = True
    ws.column_dimensions["G"].width = max(ws.column_dimensions["G"].width or 0, 40)
    ws.column_dimensions["F"].width = max(ws.column_dimensions["F"].width or 0, 12)
    fit_rows(ws, HEADER_ROW + 1)
    ws.freeze_panes = ws.cell(row=HEADER_ROW + 1, column=3)
    ws.auto_filter.ref = f"A{HEADER_ROW}:G{max(last_row, HEADER_ROW + 1)}"
    if not ws.data_validations.dataValidation:
        dv = DataValidation(type="list", formula1='"' + ",".join(STATES) + '"', allow_blank=True)
        dv.add(f"F{HEADER_ROW + 1}:F{HEADER_ROW + 2000}")
        ws.add_data_validation(dv)
    print_setup(ws, f"{HEADER_ROW}:{HEADER_ROW}")


def _advice_sheet(ws: Worksheet, result: CheckResult) -> None:
    put(ws, 1, 1, "助言・確認事項（指摘ではありません）", "title")
    put(
        ws,
        2,
        1,
        "資料が「可能」「努めてください」等と定める点の助言と、審査担当が内容を判断する項目です。",
        "meta",
    )
    for col, h in enumerate(("番号", "項目", "種類", "内容", "根拠"), start=1):
        put(ws, HEADER_ROW, col, h, "header")
    notes = _notes(result)
    for n, (label, kind, text, basis) in enumerate(notes, start=1):
        for col, v in enumerate((n, label, kind, text, basis), start=1):
            put(ws, HEADER_ROW + n, col, v)
    if not notes:
        put(ws, HEADER_ROW + 1, 2, "助言・確認事項はありません。")
    fit_columns(ws, HEADER_ROW, {1: 6, 2: 30, 3: 8, 4: 70, 5: 50})
    fit_rows(ws, HEADER_ROW + 1)
    print_setup(ws, f"{HEADER_ROW}:{HEADER_ROW}")


def write_comments(results: list[CheckResult | BadInput], output: Path) -> int:
    """`check PLAN --format comments -o 指摘.xlsx`: the sheet of one plan; returns the exit code."""
    if len(results) != 1:
        raise UserError(
            "指摘事項一覧（--format comments）は計画1件ずつ作成します。ファイルを1つ指定してください。"
        )
    r = results[0]
    if isinstance(r, BadInput):
        return EXIT_BAD_INPUT
    write_report_bytes(render_comments(r), output)
    return EXIT_GAPS if r.gaps else EXIT_OK


def write_report_bytes(content: bytes, output: Path) -> None:
    try:
        Path(output).write_bytes(content)
    except OSError as e:
        raise UserError(f"ファイルを保存できませんでした（{e.strerror or e}）", str(output)) from e


def render_comments(result: CheckResult) -> bytes:
    wb = Workbook()
    ws = wb.active
    ws.title = SHEET
    _comment_sheet(ws, result, comments_of(result))
    _advice_sheet(wb.create_sheet(ADVICE_SHEET), result)
    buf = io.BytesIO()
    wb.save(buf)
    return buf.getvalue()
