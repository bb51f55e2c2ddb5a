"""Helpers for the AppTest tests of the Streamlit app (imported by tests/test_app_*.py)."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest
import streamlit as st
from streamlit.testing.v1 import AppTest

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:  # app_support/ sits next to app.py and is not an installed package
    sys.path.insert(0, str(ROOT))
from app_support.state import PLANNER_UPLOAD  # noqa: E402 - importable once ROOT is on sys.path

APP = str(ROOT / "app.py")
EXAMPLES = ROOT / "examples" / "drafts"
TEST_DRAFTS = ROOT / "tests" / "data" / "drafts"
TIMEOUT = 120  # the first check loads the encoder (several seconds); later runs take well under a second


@pytest.fixture(autouse=True)
def fresh_cache():
    """st.cache_resource outlives AppTest instances in one process: start each test from a clean cache."""
    st.cache_resource.clear()
    yield
    st.cache_resource.clear()


def app(page: str | None = None) -> AppTest:
    at = AppTest.from_file(APP, default_timeout=TIMEOUT)
    if page:
        at.switch_page(f"app_pages/{page}.py")
    return at


def example(name: str) -> tuple[str, bytes]:
    p = EXAMPLES / name
    return p.name, p.read_bytes()


def no_exception(at: AppTest) -> None:
    assert not at.exception, [e.value for e in at.exception]


def expander_for(at: AppTest, item):  # noqa: ANN001 - an Item of a CheckResult
    """The gap-report expander of an item: labelled 「<mark> <status>｜<label>」 (no internal id)."""
    found = [e for e in at.expander if e.label.endswith(f"｜{item.label}")]
    assert found, f"no expander for {item.label}: {[e.label for e in at.expander]}"
    return found[0]


def planner_with(name: str, data: bytes) -> AppTest:
    """The planner page after the uploader stored (name, data), as its on_change does."""
    at = app("planner")
    at.session_state[PLANNER_UPLOAD] = (name, data)
    at.run()
    no_exception(at)
    return at
