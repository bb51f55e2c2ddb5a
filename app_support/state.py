"""Per-session state: uploads, the active plan and memoised check results, all in st.session_state.

Nothing here is shared between sessions (st.session_state is per browser tab), so two users never see
each other's plans. Uploaded bytes are kept under fixed keys so a test can inject them and exercise the
same code path as the file uploader.
"""

from __future__ import annotations

import datetime as dt
import hashlib
from dataclasses import dataclass
from typing import Any

import streamlit as st

from chiiki_mirai import service
from chiiki_mirai.core.errors import UserError
from chiiki_mirai.core.plan import Plan
from chiiki_mirai.core.result import CheckResult, ParseReport

# keys a test (or the uploader callbacks) sets
PLANNER_UPLOAD = "planner.upload"  # (file name, bytes)
REVIEWER_UPLOADS = "reviewer.uploads"  # [(file name, bytes), ...]
MAX_MEMO = 16


@dataclass
class ActivePlan:
    """The plan the planner page works on: read from an upload or built from the form."""

    source: str
    plan: Plan
    report: ParseReport | None
    token: str


def digest(*parts: bytes | str) -> str:
    h = hashlib.sha256()
    for p in parts:
        h.update(p if isinstance(p, bytes) else p.encode("utf-8"))
        h.update(b"\0")
    return h.hexdigest()[:16]


def store_upload(widget_key: str, target: str) -> None:
    """on_change of a file uploader: copy the uploaded file(s) to `target` as (name, bytes)."""
    files = st.session_state.get(widget_key)
    if files is None:
        st.session_state.pop(target, None)
    elif isinstance(files, list):
        st.session_state[target] = [(f.name, f.getvalue()) for f in files]
    else:
        st.session_state[target] = (files.name, files.getvalue())


def reset_keys(prefix: str) -> None:
    for k in [k for k in st.session_state if isinstance(k, str) and k.startswith(prefix)]:
        del st.session_state[k]


def active_plan_from_upload() -> ActivePlan | None:
    """Read the planner's upload once per distinct file; a bad file raises UserError (message in Japanese)."""
    upload = st.session_state.get(PLANNER_UPLOAD)
    if not upload:
        return None
    name, data = upload
    token = digest(name, data)
    current: ActivePlan | None = st.session_state.get("planner.active")
    if current is not None and current.token == token:
        return current
    st.session_state.pop(PLANNER_UPLOAD + ".error", None)
    plan, report = service.read_plan_bytes(name, data)
    return set_active(ActivePlan(name, plan, report, token))


def set_active(active: ActivePlan) -> ActivePlan:
    if (
        st.session_state.get("planner.active") is None
        or st.session_state["planner.active"].token != active.token
    ):
        reset_keys("whatif.")  # edits belong to the previous plan
    st.session_state["planner.active"] = active
    return active


def check(
    plan: Plan, source: str, plan_type: str | None, report: ParseReport | None, today: dt.date | None = None
) -> CheckResult:
    """service.check_plan, memoised per session by the plan's content (reruns happen on every click)."""
    key = digest(plan.model_dump_json(), plan_type or "", source, str(today or dt.date.today()))
    memo: dict[str, CheckResult] = st.session_state.setdefault("check.memo", {})
    if key not in memo:
        if len(memo) >= MAX_MEMO:
            memo.pop(next(iter(memo)))
        memo[key] = service.check_plan(plan, source, plan_type, today, report)
    return memo[key]


def user_error_text(e: Exception) -> str:
    if isinstance(e, UserError):
        return f"{e.source}：{e.message}" if e.source else e.message
    return f"処理中にエラーが発生しました（{type(e).__name__}）"


def get(key: str, default: Any = None) -> Any:
    return st.session_state.get(key, default)
