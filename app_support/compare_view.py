"""Two versions of one plan in the app (事前確認の再提出): a self-contained section for the 審査 page and the
planner's 「前の版からの変化」 note.

    comparison_section("reviewer.compare")     # two uploaders → closed / opened / changed, section diff,
                                                # downloads (比較 Excel, 指摘事項一覧, updated 指摘事項一覧)
    version_note(active_token, result)         # 計画づくり: what the last uploaded version closed and opened

Only display and session state here; the comparison is chiiki_mirai.reports.compare (the CLI's `compare`).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import streamlit as st

from app_support import running, state
from app_support.views import badge, md_escape
from chiiki_mirai.core.result import CheckResult
from chiiki_mirai.reports import MEDIA_TYPE
from chiiki_mirai.reports.comments import render_comments
from chiiki_mirai.reports.comments_update import update_comments
from chiiki_mirai.reports.compare import KIND_JA, Comparison, compare_results
from chiiki_mirai.reports.compare_render import render_compare

SHOWN = ("closed", "opened", "changed")
PREVIOUS = "planner.previous_version"  # (token, source, result) of the plan checked before the active one


def read_version(name: str, data: bytes, show: Callable[[float], None]):  # noqa: ANN202 - (plan, result)
    """Read and check one version in a worker, with the time limit (a long one never holds up other users)."""
    plan, report = running.run("read", (name, data), name, show)
    return plan, running.run("check", (plan, name, None, report, None, False), name, show)


def _compare(
    key: str, old: tuple[str, bytes], new: tuple[str, bytes], slot: Any
) -> tuple[Comparison, CheckResult] | None:
    """Read and check both versions once per distinct pair of files (kept in the session); the status line
    in `slot`, a placeholder drawn on every run so the section keeps its shape."""
    token = state.digest(*old, *new)
    memo = st.session_state.get(f"{key}.memo")
    if memo and memo[0] == token:
        return memo[1]
    show = running.StatusBox("二つの版を読み込んで比べています…", slot)
    try:
        old_plan, old_result = read_version(*old, show)
        new_plan, new_result = read_version(*new, show)
    except Exception as e:  # noqa: BLE001 - a bad file: a Japanese message, never a traceback
        st.error("比較できませんでした。" + state.user_error_text(e))
        return None
    finally:
        show.clear()
    value = (compare_results(old_result, new_result, old_plan, new_plan), new_result)
    st.session_state[f"{key}.memo"] = (token, value)
    return value


def _upload(label: str, key: str) -> tuple[str, bytes] | None:
    f = st.file_uploader(label, type=None, key=key)  # the reader's Japanese message, not Streamlit's English
    return (f.name, f.getvalue()) if f is not None else None


def _changes(c: Comparison) -> None:
    cols = st.columns(4)
    for col, kind in zip(cols, (*SHOWN, "unchanged"), strict=True):
        col.metric(KIND_JA[kind], f"{len(c.of(kind))} 件")
    if c.old_type != c.new_type:
        st.warning(f"類型が変わりました（{c.old_type or '不明'} → {c.new_type or '不明'}）。")
    if c.nothing_changed:
        st.success("判定・記載内容とも変化はありません。")
    for kind in SHOWN:
        for x in c.of(kind):
            old = badge(x.old) if x.old else "（項目なし）"
            new = badge(x.new) if x.new else "（項目なし）"
            with st.expander(f"{KIND_JA[kind]}｜{x.label}：{old} → {new}"):
                left, right = st.columns(2)
                left.markdown("**旧版の根拠**")
                for e in x.old_evidence or ("（なし）",):
                    left.markdown("> " + md_escape(e))
                right.markdown("**新版の根拠**")
                for e in x.new_evidence or ("（なし）",):
                    right.markdown("> " + md_escape(e))


def _sections(c: Comparison) -> None:
    if not c.sections:
        return
    st.markdown("**記載項目ごとの追加・削除**")
    for s in c.sections:
        with st.expander(f"{s.heading}（追加 {len(s.added)}・削除 {len(s.removed)}）"):
            for t in s.added:
                st.markdown(":green[＋] " + md_escape(t))
            for t in s.removed:
                st.markdown(":red[－] " + md_escape(t))


def _downloads(key: str, c: Comparison, new_result: CheckResult) -> None:
    d1, d2 = st.columns(2)
    d1.download_button(
        "比較結果（Excel）", render_compare(c, "xlsx"), "版の比較.xlsx", MEDIA_TYPE["xlsx"],
        key=f"{key}.dl_compare", on_click="ignore",
    )  # fmt: skip
    d2.download_button(
        "新版の指摘事項一覧（Excel）", render_comments(new_result), "指摘事項一覧.xlsx", MEDIA_TYPE["xlsx"],
        key=f"{key}.dl_comments", on_click="ignore",
    )  # fmt: skip
    sheet = st.file_uploader(
        "前の版の指摘事項一覧（.xlsx）を読み込むと、対応状況を記入します", type=None, key=f"{key}.sheet"
    )
    if sheet is None:
        return
    try:
        updated = update_comments(sheet.getvalue(), new_result)
    except Exception as e:  # noqa: BLE001 - not a comment sheet: say so
        st.error(state.user_error_text(e))
        return
    st.download_button(
        "対応状況を記入した指摘事項一覧（Excel）", updated, "指摘事項一覧_更新.xlsx", MEDIA_TYPE["xlsx"],
        key=f"{key}.dl_updated", type="primary", on_click="ignore",
    )  # fmt: skip


def comparison_section(key: str) -> None:
    """Two uploaders (前の版 / 新しい版) and, when both are given, the comparison and its downloads."""
    st.caption(
        "同じ計画の前の版と新しい版を読み込むと、解消した不足・新たな不足・記載の追加と削除を示します。"
    )
    c1, c2 = st.columns(2)
    with c1:
        old = _upload("前の版", f"{key}.old")
    with c2:
        new = _upload("新しい版", f"{key}.new")
    slot = st.empty()  # 「二つの版を読み込んで比べています…（n秒）」 while the workers read and check
    if old is None or new is None:
        return
    value = _compare(key, old, new, slot)
    if value is None:
        return
    comparison, new_result = value
    _changes(comparison)
    _sections(comparison)
    _downloads(key, comparison, new_result)


def version_note(token: str, source: str, result: CheckResult) -> None:
    """計画づくり: when another version replaces the active plan, what it closed and opened."""
    prev = st.session_state.get(PREVIOUS)
    current = st.session_state.get(PREVIOUS + ".current")
    if current is None or current[0] != token:
        if current is not None:
            prev = current
            st.session_state[PREVIOUS] = prev
        st.session_state[PREVIOUS + ".current"] = (token, source, result)
    if prev is None or prev[0] == token or prev[2].plan_type != result.plan_type:
        return
    c = compare_results(prev[2], result)
    closed, opened = c.of("closed"), c.of("opened")
    if not closed and not opened:
        st.info(f"前の版（{md_escape(prev[1])}）から、不足の解消・新たな不足はありません。")
        return
    lines = [f"- 解消：{md_escape(x.label)}" for x in closed] + [
        f"- 新たな不足：{md_escape(x.label)}" for x in opened
    ]
    st.markdown(
        f"**前の版（{md_escape(prev[1])}）からの変化**：解消 {len(closed)} 件・新たな不足 {len(opened)} 件"
    )
    st.markdown("\n".join(lines))
