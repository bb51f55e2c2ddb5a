"""The 進捗 page's and the 審査 map's helpers: status tables as data frames, the map for uploaded plans.

Kept apart from the page scripts so the browser test and AppTest exercise the same functions.
"""

from __future__ import annotations

import datetime as dt

import pandas as pd

from chiiki_mirai import service
from chiiki_mirai.core.errors import UserError
from chiiki_mirai.progress.check import ProgressReport, check_progress
from chiiki_mirai.progress.mapdata import MapEntry, build_map_data
from chiiki_mirai.progress.maphtml import render_map_html
from chiiki_mirai.progress.render import MARK, actuals_text, reason_text
from chiiki_mirai.progress.sheet import read_sheet
from chiiki_mirai.progress.status import STATUS_JA

STATUS_STYLE = {
    "達成": "background-color: #c6efce",
    "順調": "background-color: #e2f0d9",
    "遅れ": "background-color: #ffeb9c",
    "撤退基準に該当": "background-color: #ffc7ce",
    "実績なし": "background-color: #ededed",
}


def progress_report(plan_upload: tuple[str, bytes], sheet_upload: tuple[str, bytes], as_of: dt.date) -> ProgressReport:
    """Read both uploads and check; raises UserError with a Japanese message."""
    plan, _ = service.read_plan_bytes(*plan_upload)
    sheet = read_sheet(*sheet_upload)
    return check_progress(plan, sheet, as_of, plan_upload[0])


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


def uploads_map_html(uploads: list[tuple[str, bytes]], as_of: dt.date | None = None) -> tuple[str, int]:
    """The map of uploaded plans (a progress sheet among the uploads is paired with its plan by file name)."""
    entries = []
    for name, data in uploads:
        if name.lower().endswith((".xlsx", ".csv")):
            continue
        try:
            plan, _ = service.read_plan_bytes(name, data)
        except UserError as e:
            entries.append(MapEntry(name, error=e.message))
            continue
        inferred = None if plan.plan_type else service.check_plan(plan, name, with_recommendations=False).plan_type
        entries.append(MapEntry(name, plan, inferred_type=inferred))
    data = build_map_data(entries)
    return render_map_html(data, today=as_of), len(data.plans)
