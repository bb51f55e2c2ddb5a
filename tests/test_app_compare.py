"""The app's side of the round trip: 計画づくり tells what a newly uploaded version closed and opened (the 審査
page's two-version comparison uses file uploaders, so it is driven in Chromium: tests/test_browser.py)."""

from __future__ import annotations

from app_testing import app, example, fresh_cache, no_exception  # noqa: F401, isort: skip
from app_support.state import PLANNER_UPLOAD

from compare_drafts import DESK, RIPPLE_NEW, RIPPLE_OLD  # isort: skip


def test_planner_shows_what_the_new_version_closed_and_opened():
    name, data = example("c_kiso_shikki.md")
    text = data.decode("utf-8")
    v2 = text.replace(RIPPLE_OLD, RIPPLE_NEW).replace(DESK, "")
    at = app("planner")
    at.session_state[PLANNER_UPLOAD] = (name, data)
    at.run()
    no_exception(at)
    assert not any("前の版" in m.value for m in at.markdown)  # the first version: nothing to compare with
    at.session_state[PLANNER_UPLOAD] = ("c_kiso_shikki_v2.md", v2.encode("utf-8"))
    at.run()
    no_exception(at)
    shown = "\n".join(m.value for m in at.markdown)
    assert "前の版（c\\_kiso\\_shikki\\.md）からの変化**：解消 1 件・新たな不足 1 件" in shown  # the name is escaped
    assert "解消：域内への波及" in shown
    assert "新たな不足：地方公共団体のコミットメント" in shown
