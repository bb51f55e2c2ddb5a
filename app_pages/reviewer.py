"""審査: check many drafts at once → every input's outcome, one matrix per plan type, a plan's checklist,
one Excel workbook for all."""

from __future__ import annotations

import streamlit as st

from app_support import batch, compare_view, reviewer_panels, views
from app_support.loaders import get_kb, start_workers
from chiiki_mirai.core.result import BadInput, CheckResult
from chiiki_mirai.reports import MEDIA_TYPE, render

kb = get_kb()
start_workers()  # the workers warm up while the user chooses a file (not on the first page's time)

st.title("審査")
st.caption("複数の計画の素案をまとめて読み込み、要件ごとの充足状況を一覧で確認します。")
with st.expander("二つの版を比べる（再提出された素案の確認・指摘事項一覧）"):
    compare_view.comparison_section("reviewer.compare")
batch.uploader_fresh()
st.file_uploader(
    "計画の素案を選んでください（複数選べます）",
    type=None,  # every file gets an outcome: PDF and other formats are listed with the reason
    accept_multiple_files=True,
    key=batch.UPLOADER,
    on_change=batch.on_uploader_change,
)
st.caption(views.ACCEPTED_TEXT + "ファイルを選ぶたびに一覧へ追加されます（前の分は置き換わりません）。")
change = batch.apply_pending()
files = batch.files()
note, progress = st.empty(), st.empty()  # drawn on every run: the page keeps its shape below them
if not files:
    st.info("計画の素案ファイルを選んでください。読み込めないファイルがあっても、残りはチェックします。")
    st.stop()
if change is not None and change.message():
    note.success(change.message())
if len(files) > batch.MAX_FILES:
    st.error(f"一度にチェックできるのは {batch.MAX_FILES} 件までです（{len(files)} 件）。一覧を空にして分けてください。")
    st.button("一覧を空にする", on_click=batch.clear, key="reviewer.clear_too_many")
    st.stop()

results = batch.check_all(files, progress)
checked = [r for r in results if isinstance(r, CheckResult)]
bad = [r for r in results if isinstance(r, BadInput)]
c1, c2, c3, c4 = st.columns([1, 1, 1, 1])
c1.metric("読み込んだファイル", f"{len(results)} 件")
c2.metric("チェックした計画", f"{len(checked)} 件")
c3.metric("不足のある計画", f"{sum(1 for r in checked if r.gaps)} 件")
c4.metric("読み込めなかったファイル", f"{len(bad)} 件")
d1, d2 = st.columns([3, 1])
d1.download_button(
    "一覧と計画ごとのチェックリスト（Excel）",
    lambda: render(results, "xlsx"),
    "審査一覧.xlsx",
    MEDIA_TYPE["xlsx"],
    key="reviewer.download",
    type="primary",
    on_click="ignore",
)
d2.button("一覧を空にする", on_click=batch.clear, key="reviewer.clear")
reviewer_panels.outcomes(results)
if not checked:
    st.stop()

st.subheader("充足状況の一覧")
st.caption("類型ごとの表です。行を選ぶと、その計画のチェックリストを下に表示します。")
f1, f2 = st.columns(2)
gaps_only = f1.toggle("不足のある計画だけ", key="reviewer.gaps_only")
with_checks = f2.toggle("構造チェックの列も表示", value=True, key="reviewer.with_checks")
reviewer_panels.matrices(results, gaps_only, with_checks)

st.subheader("地図")
reviewer_panels.map_section(files, results)

st.subheader("計画ごとのチェックリスト")
reviewer_panels.detail(kb, results, files)
