"""計画づくり: upload a draft or fill a form → plan type, gap report, recommended measures, what-if, downloads."""

from __future__ import annotations

import streamlit as st

from app_support import compare_view, planner_panels, running, state, views, whatif
from app_support.downloads import downloads
from app_support.loaders import get_kb, start_workers
from app_support.plan_edits import status_changes
from app_support.planner_form import form
from chiiki_mirai.core.errors import UserError

kb = get_kb()
start_workers()  # the workers warm up while the user chooses a file (not on the first page's time)

st.title("計画づくり")
st.caption("計画の素案を読み込むか、フォームに入力すると、要件の充足状況と直し方、使える支援施策を示します。")

tab_upload, tab_form = st.tabs(["素案ファイルを読み込む", "フォームで入力する"])
with tab_upload:
    st.file_uploader(
        "計画の素案を選んでください",
        type=None,  # every file reaches the reader, which says in Japanese what it cannot read
        key="planner.uploader",
        on_change=state.store_upload,
        args=("planner.uploader", state.PLANNER_UPLOAD),
        help="ファイルはこの画面の中だけで使い、保存しません。",
    )
    st.caption(views.ACCEPTED_TEXT)
with tab_form:
    form()
status = st.empty()  # 「…を読み込んでいます（n秒）」 while a worker reads or checks; drawn on every run

try:
    active = state.planner_plan(status)
except (UserError, running.TaskFailed) as e:
    st.error("ファイルを読み込めませんでした。" + state.user_error_text(e))
    st.stop()
if active is None:
    st.info("素案ファイルを読み込むか、フォームに入力してください。")
    st.stop()

st.subheader(f"「{views.md_escape(active.plan.title or active.source)}」のチェック結果")
st.caption(f"{'読み込んだファイル' if active.from_upload else '入力'}：{views.md_escape(active.source)}")
chosen_type = st.selectbox(
    "類型（自動判定では計画書の記載と推定を使います）",
    ["", "A", "B", "C"],
    key="planner.plan_type",
    format_func=views.PLAN_TYPE_OPTIONS.get,
)
try:
    base = state.check(active.plan, active.source, chosen_type or None, active.report, status)
except (UserError, running.TaskFailed) as e:
    st.error("チェックを中止しました。" + state.user_error_text(e))
    st.stop()

header_box = st.container()  # filled once the what-if edits are known
inputs = whatif.inputs_for(base, active.plan, kb)
tab_gaps, tab_whatif, tab_recs, tab_read = st.tabs(
    ["要件と不足", f"書き足して試す（{len(inputs.sentences) + len(inputs.kpis)}）", "おすすめの支援施策", "読み取り結果"]
)
with tab_whatif:
    values = planner_panels.whatif_tab(inputs, state.whatif_prefix(active))
edits = whatif.edits_made(inputs, values)
plan, result = active.plan, base
if edits:
    try:
        plan = whatif.apply_edits(
            active.plan,
            inputs,
            values,
            kb,
            read=lambda name, data: running.read(name, data, status, "書き足した内容を読み取っています…")[0],
        )
        edited = state.check(plan, active.source, chosen_type or None, active.report, status)
        result = whatif.mark_result(edited, edits)
    except (UserError, running.TaskFailed) as e:
        st.error("書き足した内容をチェックできませんでした。" + state.user_error_text(e))
        edits, plan, result = [], active.plan, base

with header_box:
    views.plan_header(result)
    compare_view.version_note(active.token, active.source, base)
    planner_panels.changes_table(status_changes(base, result), edits)
with tab_gaps:
    views.gap_report(kb, result, st.toggle("不足のある項目だけ表示", key="planner.only_gaps"))
with tab_recs:
    views.recommendations(kb, result)
with tab_read:
    planner_panels.reading_tab(kb, active, result.plan_type)

st.divider()
st.subheader("ダウンロード")
planner_panels.download_row("素案のとおり", downloads(active.source, active.plan, base, []))
if edits:
    planner_panels.download_row(
        "書き足し後（what-if）",
        downloads(active.source, plan, result, edits),
        "素案にはない書き足しを含みます（ファイル名に「書き足し後」、書き足した行に【書き足し】の印）。",
    )
