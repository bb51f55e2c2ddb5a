"""The app's side of the round trip: 計画づくり tells what a newly uploaded version closed and opened (the 審査
page's two-version comparison uses file uploaders, so it is driven in Chromium: tests/test_browser.py); each
version is read and checked in a worker, stopped at the time limit."""

from __future__ import annotations

import pytest

from app_testing import app, example, fresh_cache, no_exception  # noqa: F401, isort: skip
from app_support import compare_view, running
from app_support.pool import TIME_LIMIT_ENV
from app_support.state import PLANNER_UPLOAD
from chiiki_mirai import service

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


def test_a_version_is_read_in_a_worker_and_a_long_one_stopped_at_the_time_limit(monkeypatch):
    name, data = example("c_kiso_shikki.md")
    plan, result = compare_view.read_version(name, data, lambda elapsed: None)
    assert plan == service.read_plan_bytes(name, data)[0]
    assert result.plan_type == "C" and not result.recommendations  # a comparison needs no recommendations
    line = "地域の事業者と連携して新しい製品を開発し、販路を広げる。域内の取引を増やし、雇用を生み出す。"
    long = ("計画の類型: C\n\n## 1. 地場産業の成長を支援する分野\n\n" + "\n".join(
        f"- 取組{i}：{line}" for i in range(5_000)
    )).encode("utf-8")  # within the readers' limits, seconds to read
    monkeypatch.setenv(TIME_LIMIT_ENV, "0.05")
    with pytest.raises(running.TaskFailed) as e:
        compare_view.read_version("長い素案.md", long, lambda elapsed: None)
    assert "「長い素案.md」" in e.value.message and "制限時間" in e.value.message
