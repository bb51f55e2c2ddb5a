"""The 進捗 page's helpers: the plan read in a worker, status tables as data frames (the 審査 map is drawn from
the batch's own reads: reviewer_panels.map_section).

Kept apart from the page scripts so the browser test and AppTest exercise the same functions.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

import pandas as pd
import streamlit as st

from app_support import running, state
from chiiki_mirai.core.plan import Plan
from chiiki_mirai.progress.check import ProgressReport, check_progress
from chiiki_mirai.progress.render import MARK, actuals_text, reason_text
from chiiki_mirai.progress.sheet import read_sheet
from chiiki_mirai.progress.status import STATUS_JA

PLAN_READ = "progress.plan_read"  # (digest of the upload, its plan)
STATUS_STYLE = {
    "達成": "background-color: #c6efce",
    "順調": "background-color: #e2f0d9",
    "遅れ": "background-color: #ffeb9c",
    "撤退基準に該当": "background-color: #ffc7ce",
    "実績なし": "background-color: #ededed",
}


def plan_of(upload: tuple[str, bytes], slot: Any) -> Plan:
    """The uploaded plan, read once per upload in a worker with the time limit (its progress in `slot`).
    Raises UserError / running.TaskFailed with a Japanese message that names the file."""
    token = state.digest(*upload)
    memo = st.session_state.get(PLAN_READ)
    if memo is None or memo[0] != token:
        memo = (token, running.read(*upload, slot)[0])
        st.session_state[PLAN_READ] = memo
    return memo[1]


def progress_report(plan: Plan, source: str, sheet_upload: tuple[str, bytes], as_of: dt.date) -> ProgressReport:
    """Read the progress sheet and check; raises UserError with a Japanese message."""
    return check_progress(plan, read_sheet(*sheet_upload), as_of, source)


def status_frame(report: ProgressReport) -> pd.DataFrame:
    rows = [
        {
            "状態": STATUS_JA[r.status],
            "": MARK[r.status],
            "区分": r.indicator.label,
            "指標": r.indicator.name,
            "目標": r.indicator.target_text,
            "実績": actuals_text(r),
            "撤退基準": r.indicator.withdrawal or "―",
            "担当部署": r.indicator.owner or "―",
            "理由": reason_text(r),
            "次に行うこと": r.next_step,
        }
        for r in report.results
    ]
    return pd.DataFrame(rows)


def styled(df: pd.DataFrame):  # noqa: ANN201 - a pandas Styler
    return df.style.map(lambda v: STATUS_STYLE.get(v, ""), subset=["状態"])
