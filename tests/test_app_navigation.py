"""Every page has a Japanese title and a short ASCII address that says what it is; / opens the desk at /desk."""

from __future__ import annotations

import re

from app_testing import app, fresh_cache, no_exception  # noqa: F401 - fixture, isort: skip
from app_support.navigation import PAGES, START

JAPANESE = re.compile(r"[\u3040-\u30ff\u4e00-\u9fff]")


def test_addresses_are_ascii_words_and_titles_japanese():
    paths = [p.url_path for p in (START, *PAGES)]
    assert len(set(paths)) == len(paths)
    for p in (START, *PAGES):
        assert re.fullmatch(r"[a-z]+", p.url_path), p
        assert JAPANESE.search(p.title), p
    assert [p.url_path for p in PAGES] == ["desk", "planner", "reviewer", "progress", "knowledge"]


def test_the_root_address_opens_the_desk():
    at = app()
    at.run()
    no_exception(at)
    assert at.title[0].value == "相談窓口"
