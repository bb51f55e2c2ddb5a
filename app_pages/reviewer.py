"""審査: check many drafts at once → coverage matrix, one plan's detail, one Excel workbook for all."""

from __future__ import annotations

import streamlit as st

from app_support import compare_view, state, views
from app_support.loaders import get_kb
from app_support.matrix import coverage_frame, filter_frame, styled, unique_names
from app_support.progress_view import uploads_map_html
from chiiki_mirai import service
from chiiki_mirai.core.result import BadInput, CheckResult
from chiiki_mirai.readers import SUPPORTED
from chiiki_mirai.reports import MEDIA_TYPE, render
from chiiki_mirai.reports.common import plan_name

MAX_FILES = 200
kb = get_kb()

st.title("審査")
st.caption("複数の計画の素案をまとめて読み込み、要件ごとの充足状況を一覧で確認します。")
with st.expander("二つの版を比べる（再提出された素案の確認・指摘事項一覧）"):
    compare_view.comparison_section("reviewer.compare")
st.file_uploader(
    "計画の素案（複数選択できます：" + " / ".join(SUPPORTED) + "）",
    type=[e.lstrip(".") for e in SUPPORTED],
    accept_multiple_files=True,
    key="reviewer.uploader",
    on_change=state.store_upload,
    args=("reviewer.uploader", state.REVIEWER_UPLOADS),
)
uploads = state.get(state.REVIEWER_UPLOADS) or []
if not uploads:
    st.info("計画の素案ファイルを選んでください。読み込めないファイルがあっても、残りはチェックします。")
    st.stop()
if len(uploads) > MAX_FILES:
    st.error(
        f"一度にチェックできるのは {MAX_FILES} 件までです（{len(uploads)} 件選択）。分けて読み込んでください。"
    )
    st.stop()

token = state.digest(*(p for name, data in uploads for p in (name, data)))
if state.get("reviewer.token") != token:
    bar = st.progress(0.0, text="チェックを始めます…")

    def progress(done: int, total: int, name: str) -> None:
        step = "読み込み" if done < total / 2 else "チェック"
        label = (
            f"{plan_name(BadInput(source=name, error=''))} を{step}中（{done}/{total}）" if name else "完了"
        )
        bar.progress(done / total if total else 1.0, text=label)

    try:
        results = service.check_uploads(uploads, progress=progress)
    except Exception as e:  # noqa: BLE001 - an internal error: a Japanese message, never a traceback
        bar.empty()
        st.error("チェック中にエラーが発生しました。" + state.user_error_text(e))
        st.stop()
    bar.empty()
    st.session_state["reviewer.results"] = results
    st.session_state["reviewer.token"] = token
    state.reset_keys("reviewer.detail")
results: list[CheckResult | BadInput] = state.get("reviewer.results") or []

bad = [r for r in results if isinstance(r, BadInput)]
checked = [r for r in results if isinstance(r, CheckResult)]
c1, c2, c3 = st.columns(3)
c1.metric("チェックした計画", f"{len(checked)} 件")
c2.metric("不足のある計画", f"{sum(1 for r in checked if r.gaps)} 件")
c3.metric("読み込めなかったファイル", f"{len(bad)} 件")
for b in bad:
    st.error(f"{plan_name(b)}：{b.error}")

st.download_button(
    "一覧と計画ごとのチェックリスト（Excel）",
    render(results, "xlsx"),
    "審査一覧.xlsx",
    MEDIA_TYPE["xlsx"],
    key="reviewer.download",
    type="primary",
    on_click="ignore",
)
if not checked:
    st.stop()

df, cols = coverage_frame(results)
groups = list(dict.fromkeys(c.group for c in cols))
f1, f2, f3 = st.columns([2, 1, 1])
shown_groups = f1.multiselect("表示する列", groups, default=groups, key="reviewer.groups")
types = f2.multiselect("類型", ["A", "B", "C"], key="reviewer.types", placeholder="すべて")
gaps_only = f3.toggle("不足のある計画だけ", key="reviewer.gaps_only")
view = filter_frame(df, cols, shown_groups, types, gaps_only)
st.subheader("充足状況の一覧")
st.dataframe(styled(view), hide_index=True)
with st.expander("列の説明"):
    st.table(
        [{"ID": c.id, "区分": c.group, "内容": c.label} for c in cols if c.group in shown_groups],
        hide_index=True,
    )

st.subheader("地図")
if st.toggle("都道府県別の地図を表示（類型・計画上の投資額）", key="reviewer.map"):
    if state.get("reviewer.map_token") != token:
        with st.spinner("地図を作成しています…"):
            st.session_state["reviewer.map_html"] = uploads_map_html(uploads)[0]
            st.session_state["reviewer.map_token"] = token
    html = state.get("reviewer.map_html")
    st.iframe(html, height=900)
    st.download_button("地図（HTML）", html, "計画の地図.html", "text/html", key="reviewer.map_download",
                       on_click="ignore")  # fmt: skip

st.subheader("計画ごとの詳細")
names = unique_names(results)
options = [i for i, r in enumerate(results) if isinstance(r, CheckResult)]
pick = st.selectbox("計画を選ぶ", options, key="reviewer.detail", format_func=lambda i: names[i])
if pick is not None:
    r = results[pick]
    views.plan_header(r)
    views.gap_report(kb, r, st.toggle("不足のある項目だけ表示", key="reviewer.detail_gaps"))
