"""The planner's downloads: the plan and its report as read, and — separately, labelled — with the what-if edits.

A what-if file says so in its name (「_書き足し後」), at its top (which sentences were added where) and at every
quoted line that comes from an added sentence (「【書き足し】」, see whatif.mark_result). The data is made only
when the button is pressed (Streamlit calls the function then).
"""

from __future__ import annotations

import io
from collections.abc import Callable
from dataclasses import dataclass

from openpyxl import load_workbook
from openpyxl.styles import Alignment, Font

from app_support.whatif import Edit
from chiiki_mirai import service
from chiiki_mirai.core.plan import Plan
from chiiki_mirai.core.result import CheckResult
from chiiki_mirai.reports import FILE_SUFFIX, MEDIA_TYPE, render
from chiiki_mirai.reports.common import neutralize_formula
from chiiki_mirai.reports.markdown import md

EDITED_SUFFIX = "_書き足し後"
EDITS_SHEET = "書き足し（what-if）"
NOTICE = (
    "書き足し（what-if）後の判定です。素案そのものではなく、素案に次の内容を書き足した場合の判定です。"
    "引用のうち「【書き足し】」の付いた行は書き足した文です。"
)


@dataclass(frozen=True)
class Download:
    label: str
    file_name: str
    mime: str
    make: Callable[[], str | bytes]
    key: str


def plan_yaml(plan: Plan, edits: list[Edit]) -> str:
    text = service.plan_to_yaml(plan)
    if not edits:
        return text
    head = ["# " + NOTICE] + [f"# - {e.where}：{e.text}" for e in edits]
    return "\n".join(head) + "\n" + text


def report_markdown(result: CheckResult, edits: list[Edit]) -> str:
    text = render(result, "markdown")
    if not edits:
        return text
    lines = [f"> **{NOTICE}**", ">"]
    lines += [f"> - {md(e.where)}：{md(e.text)}（{md('、'.join(e.answers))}）" for e in edits]
    return "\n".join(lines) + "\n\n" + text


def report_xlsx(result: CheckResult, edits: list[Edit]) -> bytes:
    data = render(result, "xlsx")
    if not edits:
        return data
    wb = load_workbook(io.BytesIO(data))
    ws = wb.create_sheet(EDITS_SHEET, 0)
    ws.append([NOTICE])
    ws["A1"].font = Font(bold=True)
    ws.append([])
    ws.append(["書き足した場所", "書き足した内容", "関係する要件・基準"])
    for cell in ws[3]:
        cell.font = Font(bold=True)
    for e in edits:
        ws.append([neutralize_formula(e.where), neutralize_formula(e.text), "、".join(e.answers)])
    for col, width in zip("ABC", (40, 60, 50), strict=True):
        ws.column_dimensions[col].width = width
    for row in ws.iter_rows(min_row=4):
        for cell in row:
            cell.alignment = Alignment(wrap_text=True, vertical="top")
    wb.active = 0
    out = io.BytesIO()
    wb.save(out)
    return out.getvalue()


def stem_of(source: str) -> str:
    name = source.rsplit("/", 1)[-1]
    return (name.rsplit(".", 1)[0] if "." in name else name) or "plan"


def downloads(source: str, plan: Plan, result: CheckResult, edits: list[Edit]) -> list[Download]:
    """Plan (YAML), report (Markdown, Excel): of the draft as read, or of the plan with `edits`."""
    suffix = EDITED_SUFFIX if edits else ""
    stem = stem_of(source) + suffix
    tag = "edited" if edits else "original"
    return [
        Download(
            "計画（YAML）", f"{stem}.yaml", "application/x-yaml", lambda: plan_yaml(plan, edits), f"dl.{tag}.plan"
        ),
        Download(
            "チェック結果（Markdown）",
            f"{stem}_チェック結果{FILE_SUFFIX['markdown']}",
            MEDIA_TYPE["markdown"],
            lambda: report_markdown(result, edits),
            f"dl.{tag}.md",
        ),
        Download(
            "チェック結果（Excel）",
            f"{stem}_チェック結果{FILE_SUFFIX['xlsx']}",
            MEDIA_TYPE["xlsx"],
            lambda: report_xlsx(result, edits),
            f"dl.{tag}.xlsx",
        ),
    ]
