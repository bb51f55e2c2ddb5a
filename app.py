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
from app_support.navigation import pages  # noqa: E402
from app_support.style import JAPANESE_UI_CSS  # noqa: E402

st.set_page_config(page_title="地域未来戦略 計画支援", page_icon=":material/map:", layout="wide")

page = st.navigation(pages(HERE))
st.html(JAPANESE_UI_CSS)
kb = get_kb()
start_recommender_warmup()
with st.sidebar:
    st.caption("地域未来戦略（2026）の計画要件チェックと支援施策の案内")
    if kb.meta is not None:
        st.caption(f"ナレッジ版 {kb.meta.version}（{kb.meta.updated:%Y年%m月%d日} 更新）")
page.run()
