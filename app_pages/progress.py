"""進捗: upload a plan and its progress sheet → the status of every KPI and mandatory KGI; the template download."""

from __future__ import annotations

import datetime as dt

import streamlit as st

from app_support import running, state
from app_support.loaders import start_workers
from app_support.progress_view import plan_of, progress_report, status_frame, styled
from chiiki_mirai.core.errors import UserError
from chiiki_mirai.progress.render import counts_text, render_markdown
from chiiki_mirai.progress.sheet import write_template
from chiiki_mirai.progress.workbook import render_workbook
from chiiki_mirai.readers import SUPPORTED

XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
PLAN_KEY, SHEET_KEY = "progress.plan", "progress.sheet"

start_workers()  # the plan is read in a worker (time limit); they warm up while the user chooses a file

st.title("進捗")
st.caption(
    "承認後の半期ごとの進捗確認：計画と進捗シートを読み込むと、KPI・必須KGIごとに目標と撤退基準に照らした"
    "状態（達成・順調・遅れ・撤退基準に該当・実績なし）と、計画の5W1Hに沿って次に行うことを示します。"
)
c1, c2 = st.columns(2)
c1.file_uploader(
    "計画（" + " / ".join(SUPPORTED) + "）",
    type=None,  # any file reaches the reader, which says in Japanese what it cannot read (not Streamlit's English)
    key="progress.plan_uploader",
    on_change=state.store_upload,
    args=("progress.plan_uploader", PLAN_KEY),
)
c2.file_uploader(
    "進捗シート（.xlsx / .csv）",
    type=None,  # read_sheet says in Japanese which formats it reads
    key="progress.sheet_uploader",
    on_change=state.store_upload,
    args=("progress.sheet_uploader", SHEET_KEY),
)
as_of = st.date_input("基準日", value=dt.date.today(), key="progress.as_of")
plan_upload = state.get(PLAN_KEY)
sheet_upload = state.get(SHEET_KEY)
if not plan_upload:
    st.info("計画ファイルを選ぶと、進捗シートのひな形をダウンロードできます。")
    st.stop()

try:
    plan = plan_of(plan_upload, st.empty())
except (UserError, running.TaskFailed) as e:
    st.error(f"計画を読み込めません：{state.user_error_text(e)}")
    st.stop()
stem = plan_upload[0].rsplit(".", 1)[0]
st.download_button(
    "進捗シートのひな形（Excel）",
    write_template(plan, plan_upload[0]),
    f"{stem}_進捗.xlsx",
    XLSX,
    key="progress.template",
    on_click="ignore",
)
if not sheet_upload:
    st.info("ひな形の「時点」「実績」を記入した進捗シートを選んでください。")
    st.stop()

try:
    report = progress_report(plan, plan_upload[0], sheet_upload, as_of)
except UserError as e:
    st.error(f"進捗シートを読み込めません：{e.message}")
    st.stop()

st.subheader(f"進捗確認：{report.plan_name}")
st.write(f"基準日 {report.as_of.isoformat()}／{counts_text(report)}")
for p in report.problems:
    st.error(p)
if report.problems:
    st.caption("読めない値の行は除いて判定しています。進捗シートを直して読み込み直してください。")
for w in report.warnings:
    st.warning(w)
st.dataframe(styled(status_frame(report)), hide_index=True)
d1, d2 = st.columns(2)
d1.download_button("進捗報告（Excel）", render_workbook([report]), f"{stem}_進捗報告.xlsx", XLSX,
                   key="progress.download_xlsx", on_click="ignore")  # fmt: skip
d2.download_button("進捗報告（Markdown）", render_markdown(report), f"{stem}_進捗報告.md", "text/markdown",
                   key="progress.download_md", on_click="ignore")  # fmt: skip
