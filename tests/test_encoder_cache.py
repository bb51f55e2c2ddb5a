"""The encoder cache folder: a location that cannot be written falls back to a temp folder."""

from __future__ import annotations

import tempfile
from pathlib import Path

from chiiki_mirai.recommender.encoder import CACHE_ENV, cache_root


def test_writable_cache_folder_is_used(tmp_path, monkeypatch):
    monkeypatch.setenv(CACHE_ENV, str(tmp_path / "cache"))
    assert cache_root() == tmp_path / "cache"
    assert (tmp_path / "cache").is_dir()


def test_unusable_cache_folder_falls_back_to_temp(tmp_path, monkeypatch):
    blocker = tmp_path / "a_file"
    blocker.write_text("not a folder", encoding="utf-8")
    monkeypatch.setenv(CACHE_ENV, str(blocker / "cache"))  # a folder cannot be made under a file
    root = cache_root()
    assert root.parent == Path(tempfile.gettempdir())
    assert root.name.startswith("chiiki-mirai-")
