"""Per-session state of the planner: the upload, the active plan, memoised checks, what-if widget keys.

Nothing here is shared between sessions (st.session_state is per browser tab), so two users never see each
other's plans. Uploaded bytes are kept under a fixed key so a test can set them and exercise the same code
path as the file uploader: `(name, bytes)` = a file was chosen, `None` = the user removed it.

The what-if boxes belong to one plan: their widget keys carry the plan's content digest, so a new plan (another
file, other form values) starts with new, empty boxes — in the browser too — and the old values are dropped.
"""

from __future__ import annotations

import datetime as dt
import hashlib
from dataclasses import dataclass
from typing import Any

import streamlit as st

from app_support import running
from chiiki_mirai.core.errors import UserError
from chiiki_mirai.core.plan import Plan
from chiiki_mirai.core.result import CheckResult, ParseReport

PLANNER_UPLOAD = "planner.upload"  # (file name, bytes), or None right after the user removed the file
ACTIVE = "planner.active"
FAILED = "planner.failed"  # {digest: message}: a file or check that failed is not tried again on a rerun
WHATIF = "whatif."
MAX_MEMO = 16


@dataclass
class ActivePlan:
    """The plan the planner page works on: read from an upload or built from the form."""

    source: str
    plan: Plan
    report: ParseReport | None
    token: str  # digest of the plan's content: the what-if keys carry it
    from_upload: bool = True


def digest(*parts: bytes | str) -> str:
    h = hashlib.sha256()
    for p in parts:
        h.update(p if isinstance(p, bytes) else p.encode("utf-8"))
        h.update(b"\0")
    return h.hexdigest()[:16]


def get(key: str, default: Any = None) -> Any:
    return st.session_state.get(key, default)


def reset_keys(prefix: str, keep: str | None = None) -> None:
    """Delete the session keys starting with `prefix` (except those starting with `keep`)."""
    for k in [k for k in st.session_state if isinstance(k, str) and k.startswith(prefix)]:
        if keep is None or not k.startswith(keep):
            del st.session_state[k]


def store_upload(widget_key: str, target: str) -> None:
    """on_change of the planner's uploader: copy the file to `target` as (name, bytes), or None if removed."""
    f = st.session_state.get(widget_key)
    st.session_state[target] = (f.name, f.getvalue()) if f is not None else None


def user_error_text(e: Exception) -> str:
    if isinstance(e, UserError):
        return f"{e.source}：{e.message}" if e.source else e.message
    if isinstance(e, running.TaskFailed):
        return e.message
    return f"処理中にエラーが発生しました（{type(e).__name__}）"


def set_active(active: ActivePlan | None) -> ActivePlan | None:
    """Make `active` the planner's plan; the what-if values of any other plan are dropped."""
    if active is None:
        st.session_state.pop(ACTIVE, None)
        reset_keys(WHATIF)
        return None
    reset_keys(WHATIF, keep=whatif_prefix(active))
    st.session_state[ACTIVE] = active
    return active


def whatif_prefix(active: ActivePlan) -> str:
    return f"{WHATIF}{active.token}."


def planner_plan(slot: Any) -> ActivePlan | None:
    """The planner's plan. A new upload is read once (in a worker, with the time limit, its progress in
    `slot`); a removed upload clears the plan it gave. Raises UserError / running.TaskFailed (messages in
    Japanese) for a bad file."""
    current: ActivePlan | None = get(ACTIVE)
    if PLANNER_UPLOAD in st.session_state and st.session_state[PLANNER_UPLOAD] is None:
        del st.session_state[PLANNER_UPLOAD]
        return set_active(None) if current is not None and current.from_upload else current
    upload = get(PLANNER_UPLOAD)
    if not upload:
        return current
    name, data = upload
    token = digest(name, data)
    if current is not None and current.token == token:
        return current
    failed = st.session_state.setdefault(FAILED, {})
    if token in failed:
        set_active(None)
        raise UserError(failed[token])
    try:
        plan, report = running.read(name, data, slot)
    except (UserError, running.TaskFailed) as e:
        failed[token] = user_error_text(e)
        set_active(None)
        raise
    return set_active(ActivePlan(name, plan, report, token))


def check(
    plan: Plan, source: str, plan_type: str | None, report: ParseReport | None, slot: Any
) -> CheckResult:
    """A check in a worker (its progress in `slot`), memoised per session by the plan's content (reruns happen
    on every click). A check that failed (time limit) raises UserError with the same message on later reruns."""
    key = digest(plan.model_dump_json(), plan_type or "", source, str(dt.date.today()))
    failed = st.session_state.setdefault(FAILED, {})
    if key in failed:
        raise UserError(failed[key])
    memo: dict[str, CheckResult] = st.session_state.setdefault("check.memo", {})
    if key not in memo:
        if len(memo) >= MAX_MEMO:
            memo.pop(next(iter(memo)))
        try:
            memo[key] = running.check(plan, source, plan_type, report, slot)
        except (UserError, running.TaskFailed) as e:
            failed[key] = user_error_text(e)
            raise
    return memo[key]
