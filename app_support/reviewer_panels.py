"""Parts of the reviewer page: every input's outcome, the matrices per plan type, one plan's checklist."""

from __future__ import annotations

from collections.abc import Sequence

import streamlit as st

from app_support import batch, reading, state, views
from app_support.matrix import (
    PLAN,
    TypeMatrix,
    notes,
    outcome_rows,
    plan_types,
    styled,
    type_matrix,
    unique_names,
)
from chiiki_mirai.core.result import BadInput, CheckResult
from chiiki_mirai.knowledge.loader import KnowledgeBase
from chiiki_mirai.progress.mapdata import MapEntry, build_map_data
from chiiki_mirai.progress.maphtml import render_map_html
from chiiki_mirai.reports.common import PLAN_TYPE_JA

DETAIL = "reviewer.detail"
ROW_PX = 35  # the data grid's row height
MAX_ROWS_SHOWN = 25  # a longer matrix scrolls inside its frame


def outcomes(results: Sequence[CheckResult | BadInput]) -> None:
    """Every input with its outcome; the unreadable ones also as error lines, with the reason."""
    names = unique_names(results)
    for name, r in zip(names, results, strict=True):
        if isinstance(r, BadInput):
            st.error(f"{name}：{r.error}")
    with st.expander(f"読み込んだファイルと結果（{len(results)}件）"):
        st.dataframe(outcome_rows(results), hide_index=True, width="stretch")


def _column_config(m: TypeMatrix) -> dict:
    config = {
        c.label: st.column_config.TextColumn(c.label, help=f"{c.label}（{c.id}）") for c in m.columns
    }
    config[PLAN] = st.column_config.TextColumn(PLAN, pinned=True)
    return config


def _follow_selection(m: TypeMatrix, rows: list[int]) -> None:
    """A newly selected row opens that plan's checklist below (a kept selection does not hold it there)."""
    last_key = f"reviewer.matrix_last.{m.plan_type}"
    if rows and rows != st.session_state.get(last_key):
        st.session_state[DETAIL] = m.rows[rows[0]]
    st.session_state[last_key] = rows


def matrices(results: Sequence[CheckResult | BadInput], gaps_only: bool, with_checks: bool) -> None:
    types = plan_types(results)
    counts = {t: sum(1 for r in results if isinstance(r, CheckResult) and r.plan_type == t) for t in types}
    tabs = st.tabs([f"{t} {PLAN_TYPE_JA[t]}（{counts[t]}件）" for t in types])
    for t, tab in zip(types, tabs, strict=True):
        with tab:
            m = type_matrix(results, t, with_checks, gaps_only)
            if m.frame.empty:
                st.info("条件に合う計画はありません。")
                continue
            event = st.dataframe(
                styled(m.frame),
                height=ROW_PX * (min(len(m.frame), MAX_ROWS_SHOWN) + 1) + 3,
                hide_index=True,
                column_config=_column_config(m),
                key=f"reviewer.matrix.{t}",
                on_select="rerun",
                selection_mode="single-row",
            )
            _follow_selection(m, list(event.selection.rows))


def detail(kb: KnowledgeBase, results: Sequence[CheckResult | BadInput], files: list[batch.BatchFile]) -> None:
    names = unique_names(results)
    options = [i for i, r in enumerate(results) if isinstance(r, CheckResult)]
    if st.session_state.get(DETAIL) not in options:
        st.session_state.pop(DETAIL, None)
    pick = st.selectbox("計画を選ぶ", options, key=DETAIL, format_func=lambda i: names[i])
    if pick is None:
        return
    r: CheckResult = results[pick]  # type: ignore[assignment]
    views.plan_header(r)
    note = notes(r)
    if note:
        st.warning("読み取りの注意：" + note)
    tab_gaps, tab_recs, tab_read = st.tabs(["要件と不足", "おすすめの支援施策", "読み取り結果"])
    with tab_gaps:
        views.gap_report(kb, r, st.toggle("不足のある項目だけ表示", key="reviewer.detail_gaps"))
    with tab_recs:
        views.recommendations(kb, r)
    with tab_read:
        read = batch.read_of(files[pick])
        if read is not None and read[1] is not None:
            st.caption(reading.summary_line(read[1]))
            st.table(reading.section_rows(read[1], kb, r.plan_type), hide_index=True)
            st.table(reading.value_rows(read[0], read[1]), hide_index=True)


def map_entries(files: list[batch.BatchFile], results: list[batch.Result]) -> list[MapEntry]:
    """The map's entries from what the batch already read and checked (nothing is read again on this thread)."""
    out = []
    for f, r in zip(files, results, strict=True):
        read = batch.read_of(f)
        if read is None:
            out.append(MapEntry(f.name, error=r.error if isinstance(r, BadInput) else None))
            continue
        inferred = r.plan_type if isinstance(r, CheckResult) and not read[0].plan_type else None
        out.append(MapEntry(f.name, read[0], inferred_type=inferred))
    return out


def map_section(files: list[batch.BatchFile], results: list[batch.Result]) -> None:
    """The prefectures' map of the batch (plan types, planned investment), made when asked for."""
    if not st.toggle("都道府県別の地図を表示（類型・計画上の投資額）", key="reviewer.map"):
        return
    token = state.digest(*(f.digest for f in files))
    if state.get("reviewer.map_token") != token:
        st.session_state["reviewer.map_html"] = render_map_html(build_map_data(map_entries(files, results)))
        st.session_state["reviewer.map_token"] = token
    html = state.get("reviewer.map_html")
    st.iframe(html, height=900)
    st.download_button(
        "地図（HTML）", html, "計画の地図.html", "text/html", key="reviewer.map_download", on_click="ignore"
    )
