"""The app's pages: Japanese titles, short ASCII addresses that say what the page is (/desk, /planner, ...).

The root address (/) is a hidden page that opens the desk at /desk, so the desk, like every other page, has
an address of its own that can be bookmarked and shared.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import streamlit as st


@dataclass(frozen=True)
class PageSpec:
    file: str  # relative to app.py
    title: str
    icon: str
    url_path: str


START = PageSpec("app_pages/start.py", "地域未来戦略 計画支援", ":material/map:", "start")
PAGES = (
    PageSpec("app_pages/desk.py", "相談窓口", ":material/support_agent:", "desk"),
    PageSpec("app_pages/planner.py", "計画づくり", ":material/edit_document:", "planner"),
    PageSpec("app_pages/reviewer.py", "審査", ":material/fact_check:", "reviewer"),
    PageSpec("app_pages/progress.py", "進捗", ":material/monitoring:", "progress"),
    PageSpec("app_pages/knowledge.py", "ナレッジ", ":material/menu_book:", "knowledge"),
)


def pages(root: Path) -> list:
    """The st.Page objects for st.navigation: the hidden start page (default, at /) and the four pages."""
    start = st.Page(
        root / START.file, title=START.title, icon=START.icon, url_path=START.url_path, default=True,
        visibility="hidden",
    )
    return [start, *(st.Page(root / p.file, title=p.title, icon=p.icon, url_path=p.url_path) for p in PAGES)]
