"""The reviewer's coverage matrices: one per plan type, columns headed with the Japanese labels of that type's
requirements and checks, one row per checked plan, the reader's notes in 備考; and the list of every input with
its outcome (checked, or why it could not be read)."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

import pandas as pd

from chiiki_mirai.core.result import STATUS_JA, STATUS_MARK, BadInput, CheckResult
from chiiki_mirai.reports.common import (
    GROUP_CHECKS,
    PLAN_TYPE_JA,
    STATUS_FILL,
    STATUS_FONT,
    Column,
    matrix_columns,
    parse_warnings,
    plan_name,
    verdict_text,
)

PLAN = "計画"
VERDICT = "判定"
NOTES = "備考"
FIXED = (PLAN, VERDICT)
GAP_CELLS = frozenset({f"{STATUS_MARK[s]} {STATUS_JA[s]}" for s in ("partial", "missing")})


def cell(status: str) -> str:
    return f"{STATUS_MARK[status]} {STATUS_JA[status]}"


_CELL_STATUS = {cell(s): s for s in STATUS_JA}


def unique_names(results: Sequence[CheckResult | BadInput]) -> list[str]:
    """Row names: the file name, numbered when two inputs share a name."""
    seen: dict[str, int] = {}
    out = []
    for r in results:
        name = plan_name(r)
        seen[name] = seen.get(name, 0) + 1
        out.append(name if seen[name] == 1 else f"{name}（{seen[name]}）")
    return out


def plan_types(results: Sequence[CheckResult | BadInput]) -> list[str]:
    """The plan types present among the checked plans, A, B, C order."""
    present = {r.plan_type for r in results if isinstance(r, CheckResult)}
    return [t for t in PLAN_TYPE_JA if t in present]


def notes(r: CheckResult) -> str:
    """The reader's notes for a plan: its warnings, and that the type was inferred when it was."""
    out = list(parse_warnings(r))
    if not r.plan_type_given:
        out.insert(0, "類型は計画書に書かれておらず、推定した類型でチェックしました")
    return "／".join(out)


@dataclass
class TypeMatrix:
    plan_type: str
    frame: pd.DataFrame  # columns: 計画, 判定, <Japanese labels>, 備考
    columns: list[Column]  # the status columns, in frame order
    rows: list[int]  # the position in `results` of each frame row


def type_matrix(
    results: Sequence[CheckResult | BadInput], plan_type: str, with_checks: bool = True, gaps_only: bool = False
) -> TypeMatrix:
    names = unique_names(results)
    picked = [i for i, r in enumerate(results) if isinstance(r, CheckResult) and r.plan_type == plan_type]
    cols = [
        c
        for c in matrix_columns([results[i] for i in picked])
        if c.group == f"{plan_type} 要件" or (with_checks and c.group == GROUP_CHECKS)
    ]
    records, rows = [], []
    for i in picked:
        r: CheckResult = results[i]  # type: ignore[assignment]
        status = {item.id: item.status for item in r.requirements + r.checks}
        record = {PLAN: names[i], VERDICT: verdict_text(r)}
        record.update({c.label: cell(status[c.id]) if c.id in status else "" for c in cols})
        record[NOTES] = notes(r)
        if gaps_only and not any(record[c.label] in GAP_CELLS for c in cols):
            continue
        records.append(record)
        rows.append(i)
    frame = pd.DataFrame(records, columns=[*FIXED, *(c.label for c in cols), NOTES])
    return TypeMatrix(plan_type, frame, cols, rows)


def outcome_rows(results: Sequence[CheckResult | BadInput]) -> list[dict[str, str]]:
    """Every input with what became of it: checked (with the verdict) or not read (with the reason)."""
    names = unique_names(results)
    return [
        {
            "No": str(n),
            "ファイル": name,
            "結果": "読み込めませんでした" if isinstance(r, BadInput) else f"チェック済み（{r.plan_type}）",
            "内容": r.error if isinstance(r, BadInput) else verdict_text(r),
        }
        for n, (name, r) in enumerate(zip(names, results, strict=True), 1)
    ]


def _style_cell(value: object) -> str:
    status = _CELL_STATUS.get(str(value))
    if status is None:
        return ""
    return f"background-color: #{STATUS_FILL[status]}; color: #{STATUS_FONT[status]}"


def styled(df: pd.DataFrame):
    """Colour by status (the text says the status too: colour is only a help)."""
    return df.style.map(_style_cell)
