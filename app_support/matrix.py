"""The reviewer's coverage matrix as a DataFrame: one row per checked plan, one column per requirement/check."""

from __future__ import annotations

from collections.abc import Sequence

import pandas as pd

from chiiki_mirai.core.result import STATUS_JA, STATUS_MARK, BadInput, CheckResult
from chiiki_mirai.reports.common import (
    STATUS_FILL,
    STATUS_FONT,
    Column,
    matrix_columns,
    plan_name,
    plan_type_text,
    verdict_text,
)

FIXED = ("計画", "類型", "判定")


def cell(status: str) -> str:
    return f"{STATUS_MARK[status]} {STATUS_JA[status]}"


_CELL_STATUS = {cell(s): s for s in STATUS_JA}


def unique_names(results: Sequence[CheckResult | BadInput]) -> list[str]:
    """Row names: the file name, numbered when two uploads share a name."""
    seen: dict[str, int] = {}
    out = []
    for r in results:
        name = plan_name(r)
        seen[name] = seen.get(name, 0) + 1
        out.append(name if seen[name] == 1 else f"{name}（{seen[name]}）")
    return out


def coverage_frame(results: Sequence[CheckResult | BadInput]) -> tuple[pd.DataFrame, list[Column]]:
    """(matrix, its columns). Unreadable files are not rows: the page lists them separately."""
    checked = [
        (n, r) for n, r in zip(unique_names(results), results, strict=True) if isinstance(r, CheckResult)
    ]
    cols = matrix_columns([r for _, r in checked])
    rows = []
    for name, r in checked:
        status = {i.id: i.status for i in r.requirements + r.checks}
        row = {"計画": name, "類型": plan_type_text(r), "判定": verdict_text(r)}
        row.update({c.id: cell(status[c.id]) if c.id in status else "" for c in cols})
        rows.append(row)
    return pd.DataFrame(rows, columns=[*FIXED, *(c.id for c in cols)]), cols


def filter_frame(
    df: pd.DataFrame, cols: list[Column], groups: list[str], plan_types: list[str], gaps_only: bool
) -> pd.DataFrame:
    keep_cols = [c.id for c in cols if c.group in groups]
    out = df[[*FIXED, *keep_cols]]
    if plan_types:
        out = out[out["類型"].str[:1].isin(plan_types)]
    if gaps_only:
        gap_cells = {cell("partial"), cell("missing")}
        out = out[out[keep_cols].isin(gap_cells).any(axis=1)] if keep_cols else out.iloc[0:0]
    return out


def _style_cell(value: object) -> str:
    status = _CELL_STATUS.get(str(value))
    if status is None:
        return ""
    return f"background-color: #{STATUS_FILL[status]}; color: #{STATUS_FONT[status]}"


def styled(df: pd.DataFrame):
    """Colour by status (the text says the status too: colour is only a help)."""
    return df.style.map(_style_cell)
