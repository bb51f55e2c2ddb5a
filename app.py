"""chiiki-mirai の Streamlit アプリ: `streamlit run app.py`.

A thin layer over the functions the CLI calls (chiiki_mirai.service, chiiki_mirai.reports,
chiiki_mirai.recommender.api, chiiki_mirai.knowledge). Each page in app_pages/ describes its UI; helpers are in
app_support/, imported from this file's folder, which `streamlit run` puts on sys.path itself.
"""

from __future__ import annotations

import os
from pathlib import Path

HERE = Path(__file__).resolve().parent
# offline: never let a library reach for the Hugging Face hub
os.environ.setdefault("HF_HUB_OFFLINE", "1")
os.environ.setdefault("TRANSFORMERS_OFFLINE", "1")

import streamlit as st  # noqa: E402

from app_support.loaders import get_kb, start_recommender_warmup  # noqa: E402

st.set_page_config(page_title="地域未来戦略 計画支援", page_icon=":material/map:", layout="wide")

PAGES = [
    st.Page(
        HERE / "app_pages/desk.py",
        title="相談窓口",
        icon=":material/support_agent:",
        url_path="desk",
        default=True,
    ),
    st.Page(
        HERE / "app_pages/planner.py", title="計画づくり", icon=":material/edit_document:", url_path="planner"
    ),
    st.Page(HERE / "app_pages/reviewer.py", title="審査", icon=":material/fact_check:", url_path="reviewer"),
    st.Page(HERE / "app_pages/progress.py", title="進捗", icon=":material/monitoring:", url_path="progress"),
    st.Page(
        HERE / "app_pages/knowledge.py", title="ナレッジ", icon=":material/menu_book:", url_path="knowledge"
    ),
]

page = st.navigation(PAGES)
kb = get_kb()
start_recommender_warmup()
with st.sidebar:
    st.caption("地域未来戦略（2026）の計画要件チェックと支援施策の案内")
    if kb.meta is not None:
        st.caption(f"ナレッジ版 {kb.meta.version}（{kb.meta.updated:%Y年%m月%d日} 更新）")
page.run()
