"""Process-wide, read-only resources behind st.cache_resource, and lazy access to the recommender.

Sessions run in threads and share these objects, so everything returned here is read-only (the KB and
the frozen graph) or guarded by its own lock (the encoder). The recommender's heavy libraries are loaded
lazily by the recommender itself and warmed up in a background thread, so the first page is ready quickly.
"""

from __future__ import annotations

import contextlib
import threading
from typing import Any

import streamlit as st

from app_support.pool import Pool, get_pool
from chiiki_mirai import service
from chiiki_mirai.knowledge.graph import build_graph
from chiiki_mirai.knowledge.loader import KnowledgeBase
from chiiki_mirai.recommender import api


@st.cache_resource(show_spinner=False)
def get_kb() -> KnowledgeBase:
    return service.kb()


@st.cache_resource(show_spinner="ナレッジグラフを構築しています…")
def get_graph() -> Any:
    return build_graph(get_kb())


def _warm(api: Any) -> None:
    # a warm-up failure shows up again, with a message, on real use
    with contextlib.suppress(Exception):
        api.classify_texts(["地域の産業を海外に展開したい"], top=1)


@st.cache_resource(show_spinner=False)
def start_recommender_warmup() -> threading.Thread:
    """Load the encoder and the anchor vectors once per process, off the page's thread."""
    t = threading.Thread(target=_warm, args=(api,), name="chiiki-mirai-warmup", daemon=True)
    t.start()
    return t


@st.cache_resource(show_spinner=False)
def start_workers() -> Pool:
    """Start the worker processes that read and check drafts (once per server process).

    Called by the pages that check drafts, not by app.py: warming two workers up takes seconds of CPU, which
    the first page (the desk) would otherwise wait for on a small machine."""
    pool = get_pool()
    pool.start()
    return pool


def search_measures(
    query: str,
    ministry: str | None = None,
    plan_type: str | None = None,
    category: str | None = None,
    field: int | None = None,
    top: int = 10,
) -> dict:
    """The desk's search (chiiki_mirai.recommender.api.search)."""
    return api.search(
        query, ministry=ministry, plan_type=plan_type, category=category, field=field, top=top, kb=get_kb()
    )
