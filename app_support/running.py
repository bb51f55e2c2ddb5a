"""Reads and checks from the pages: run in the worker pool, with a visible wait and a time limit.

While a task runs, the page shows what is being done and for how long; each update is also the moment
Streamlit can stop the script when the user clicks or changes page, so the page never locks up. A task past
the time limit, or a worker that dies, becomes a Japanese message that names the file (`TaskFailed`).

The line is written into a `slot` the page draws on every run (st.empty()), so the page keeps its shape whether
or not a task runs: an element that comes and goes would shift everything below it, and the browser would draw
the whole report again.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from typing import Any

from app_support.pool import TaskTimeout, WorkerFailed, get_pool, time_limit
from chiiki_mirai.core.plan import Plan
from chiiki_mirai.core.result import CheckResult, ParseReport

SHOW_AFTER = 0.5  # seconds: a quick task shows nothing (no flicker)
UPDATE_EVERY = 0.25


class TaskFailed(Exception):
    """A read or check that was stopped (time limit) or lost (worker ended), with the message to show."""

    def __init__(self, message: str):
        super().__init__(message)
        self.message = message


def timeout_message(name: str, seconds: float) -> str:
    return (
        f"「{name}」の処理が制限時間（{seconds:g}秒）を超えたため中止しました。ファイルが大きすぎるか、"
        "読み取りに時間のかかる内容の可能性があります。不要な部分を削除するか、ファイルを分けてから読み込み直して"
        "ください。ほかのファイルや入力した内容はそのまま残っています。"
    )


def failed_message(name: str) -> str:
    return f"「{name}」の処理中に作業用のプロセスが終了したため、中止しました。もう一度お試しください。"


class StatusBox:
    """Called with the elapsed seconds: writes 「⏳ …しています（n秒）」 into the slot, from SHOW_AFTER on."""

    def __init__(self, doing: str, slot: Any):
        self.doing = doing
        self.box = slot
        self.last = -1.0

    def __call__(self, elapsed: float) -> None:
        if elapsed >= SHOW_AFTER and elapsed - self.last >= UPDATE_EVERY:
            self.last = elapsed
            self.box.info(f"{self.doing}（{elapsed:.0f}秒）", icon="⏳")

    def clear(self) -> None:
        self.box.empty()


def run(task: str, args: tuple, name: str, show: Callable[[float], None]) -> Any:
    """Run a pool task; UserError passes through, a timeout or a lost worker becomes TaskFailed."""
    start = time.monotonic()
    limit = time_limit()
    try:
        return get_pool().run(task, args, limit, lambda: show(time.monotonic() - start))
    except TaskTimeout as e:
        raise TaskFailed(timeout_message(name, e.seconds)) from e
    except WorkerFailed as e:
        raise TaskFailed(failed_message(name)) from e


def read(name: str, data: bytes, slot: Any, doing: str | None = None) -> tuple[Plan, ParseReport]:
    show = StatusBox(doing or f"「{name}」を読み込んでいます…", slot)
    try:
        return run("read", (name, data), name, show)
    finally:
        show.clear()


def check(
    plan: Plan,
    source: str,
    plan_type: str | None,
    report: ParseReport | None,
    slot: Any,
    context: dict | None = None,
) -> CheckResult:
    show = StatusBox(f"「{source}」の要件をチェックしています…", slot)
    try:
        return run("check", (plan, source, plan_type, report, context), source, show)
    finally:
        show.clear()
