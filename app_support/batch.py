"""The reviewer's batch: files are added to it (never silently replaced), each read and checked once.

The file uploader's on_change queues what changed: files chosen are added, a file removed with its × is
removed. After a page switch the uploader comes back empty; it then has seen nothing, so a file chosen next
is added to the batch kept in the session. A test queues files the same way (`REVIEWER_ADD`).

Each file is read once and checked once per batch context (how many plans its author submits), in the
worker pool with the time limit; a file that cannot be read, or that runs too long, becomes a BadInput with a
Japanese message and the others go on.
"""

from __future__ import annotations

import json
import time
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

import streamlit as st

from app_support import running
from app_support.state import digest, user_error_text
from chiiki_mirai import service
from chiiki_mirai.core.errors import UserError
from chiiki_mirai.core.plan import Plan
from chiiki_mirai.core.result import BadInput, CheckResult, ParseReport

UPLOADER = "reviewer.uploader"
REVIEWER_ADD = "reviewer.add"  # [(name, bytes)] or [(name, bytes, uploader file id)]: files to add
REVIEWER_REMOVE = "reviewer.remove"  # [uploader file id]: files removed from the uploader
BATCH = "reviewer.batch"
SEEN = "reviewer.uploader_seen"  # the uploader's file ids already queued
READS = "reviewer.reads"  # digest → (plan, report) | BadInput
CHECKS = "reviewer.checks"  # (digest, context) → CheckResult | BadInput
MAX_FILES = 200

Result = CheckResult | BadInput


@dataclass(frozen=True)
class BatchFile:
    name: str
    data: bytes
    digest: str
    file_id: str | None = None


@dataclass(frozen=True)
class Change:
    added: int
    already: list[str]  # names skipped: the same file is in the batch already
    removed: int
    total: int

    def message(self) -> str:
        parts = []
        if self.added:
            kept = self.total - self.added
            parts.append(
                f"{self.added}件を一覧に追加しました（合計 {self.total}件）。"
                + (f"先に読み込んだ {kept}件はそのまま残っています。" if kept else "")
            )
        if self.already:
            parts.append("同じファイルが一覧にあるため追加しませんでした：" + "、".join(self.already))
        if self.removed:
            parts.append(f"{self.removed}件を一覧から外しました（合計 {self.total}件）。")
        return "".join(parts)


def files() -> list[BatchFile]:
    return st.session_state.setdefault(BATCH, [])


def uploader_fresh() -> None:
    """Before the uploader is drawn: a new uploader widget (after a page switch) has seen no file."""
    if UPLOADER not in st.session_state:
        st.session_state[SEEN] = []


def on_uploader_change() -> None:
    """on_change of the uploader: queue the files chosen since last time and the ids of those removed."""
    chosen = st.session_state.get(UPLOADER) or []
    seen = st.session_state.get(SEEN) or []
    ids = [f.file_id for f in chosen]
    new = [(f.name, f.getvalue(), f.file_id) for f in chosen if f.file_id not in seen]
    st.session_state.setdefault(REVIEWER_ADD, []).extend(new)
    st.session_state.setdefault(REVIEWER_REMOVE, []).extend(i for i in seen if i not in ids)
    st.session_state[SEEN] = ids


def apply_pending() -> Change | None:
    """Add and remove the queued files; what changed, or None."""
    adds = st.session_state.pop(REVIEWER_ADD, None) or []
    removes = set(st.session_state.pop(REVIEWER_REMOVE, None) or [])
    if not adds and not removes:
        return None
    batch = files()
    before = len(batch)
    batch[:] = [f for f in batch if f.file_id is None or f.file_id not in removes]
    removed = before - len(batch)
    have = {(f.name, f.digest) for f in batch}
    added, already = 0, []
    for entry in adds:
        name, data, file_id = (*entry, None)[:3]
        d = digest(name, data)
        if (name, d) in have:
            already.append(name)
            continue
        have.add((name, d))
        batch.append(BatchFile(name, data, d, file_id))
        added += 1
    return Change(added, already, removed, len(batch))


def clear() -> None:
    for key in (BATCH, READS, CHECKS, SEEN, REVIEWER_ADD, REVIEWER_REMOVE):
        st.session_state.pop(key, None)


class Progress:
    """One progress bar for the batch, in the page's slot: 「読み込み 2/5：name（3秒）」, then 「チェック 1/5：name」."""

    def __init__(self, slot: Any) -> None:
        self.slot = slot
        self.bar = slot.progress(0.0, text="チェックを始めます…")
        self.phase, self.total, self.done = "", 1, 0

    def start(self, phase: str, total: int) -> None:
        self.phase, self.total, self.done = phase, max(total, 1), 0

    def step(self, name: str) -> Callable[[float], None]:
        self.done += 1
        text = f"{self.phase} {self.done}/{self.total}：{name}"
        share = (self.done - 1) / self.total
        self.bar.progress(share, text=text)
        return lambda elapsed: self.bar.progress(share, text=f"{text}（{elapsed:.0f}秒）")

    def clear(self) -> None:
        self.slot.empty()


def _read(f: BatchFile, progress: Progress) -> tuple[Plan, ParseReport] | BadInput:
    show = progress.step(f.name)
    try:
        return running.run("read", (f.name, f.data), f.name, _throttled(show))
    except (UserError, running.TaskFailed) as e:
        return BadInput(source=f.name, error=_message(e))


def _check(f: BatchFile, plan: Plan, report: ParseReport, context: dict | None, progress: Progress) -> Result:
    show = progress.step(f.name)
    try:
        return running.run("check", (plan, f.name, None, report, context), f.name, _throttled(show))
    except (UserError, running.TaskFailed) as e:
        return BadInput(source=f.name, error=_message(e))


def _message(e: Exception) -> str:
    return e.message if isinstance(e, UserError | running.TaskFailed) else user_error_text(e)


def _throttled(show: Callable[[float], None]) -> Callable[[float], None]:
    last = [time.monotonic()]

    def call(elapsed: float) -> None:
        if time.monotonic() - last[0] >= running.UPDATE_EVERY:
            last[0] = time.monotonic()
            show(elapsed)

    return call


def check_all(batch: list[BatchFile], slot: Any) -> list[Result]:
    """Every file's result, in batch order; only files not read or checked before are sent to a worker.
    The progress bar is drawn in `slot` (a placeholder the page draws on every run, so its shape stays)."""
    reads = st.session_state.setdefault(READS, {})
    checks = st.session_state.setdefault(CHECKS, {})
    todo = [f for f in batch if f.digest not in reads]
    progress = Progress(slot) if todo else None
    if progress is not None:
        progress.start("読み込み", len(todo))
        for f in todo:
            reads[f.digest] = _read(f, progress)
    plans = [reads[f.digest] for f in batch]
    counts = service.author_plan_counts([p[0] for p in plans if not isinstance(p, BadInput)])
    contexts = [None if isinstance(p, BadInput) else service.batch_context(p[0], counts) for p in plans]
    keys = [(f.digest, json.dumps(c, sort_keys=True)) for f, c in zip(batch, contexts, strict=True)]
    needed = [i for i, (p, k) in enumerate(zip(plans, keys, strict=True)) if not isinstance(p, BadInput) and k not in checks]
    if needed:
        progress = progress or Progress(slot)
        progress.start("チェック", len(needed))
        for i in needed:
            checks[keys[i]] = _check(batch[i], *plans[i], contexts[i], progress)
    if progress is not None:
        progress.clear()
    return [p if isinstance(p, BadInput) else checks[k] for p, k in zip(plans, keys, strict=True)]


def read_of(f: BatchFile) -> tuple[Plan, ParseReport] | None:
    read = st.session_state.get(READS, {}).get(f.digest)
    return None if read is None or isinstance(read, BadInput) else read
