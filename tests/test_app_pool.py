"""The worker pool behind the planner and reviewer: answers like the service, stops a task at the time limit,
keeps answering other users meanwhile, and ends a task whose page went away."""

from __future__ import annotations

import threading
import time

import pytest

from app_testing import EXAMPLES  # isort: skip
from app_support.pool import Pool, TaskTimeout
from chiiki_mirai import service
from chiiki_mirai.core.errors import UserError

# a draft within the readers' limits that takes seconds to read (5,000 list items)
LINE = "地域の事業者と連携して新しい製品を開発し、販路を広げる。域内の取引を増やし、雇用を生み出す。"
LONG = ("# 長い素案\n\n計画の類型: C\n\n## 1. 地場産業の成長を支援する分野\n\n" + "\n".join(
    f"- 取組{i}：{LINE}" for i in range(5_000)
)).encode("utf-8")


class PageGone(BaseException):
    """What Streamlit raises in a script whose user clicked elsewhere (a BaseException, like its own)."""


@pytest.fixture(scope="module")
def pool():
    p = Pool(2)
    p.start()
    yield p
    p.close()


def example() -> tuple[str, bytes]:
    p = EXAMPLES / "c_kiso_shikki.md"
    return p.name, p.read_bytes()


def test_a_worker_reads_and_checks_like_the_service(pool):
    name, data = example()
    plan, report = pool.run("read", (name, data), 120)
    assert (plan, report) == service.read_plan_bytes(name, data)
    result = pool.run("check", (plan, name, None, report, None), 120)
    expected = service.check_plan(plan, name, parse_report=report)
    assert [(i.id, i.status) for i in result.requirements + result.checks] == [
        (i.id, i.status) for i in expected.requirements + expected.checks
    ]


def test_a_bad_file_keeps_its_japanese_message(pool):
    with pytest.raises(UserError) as e:
        pool.run("read", ("素案.rtf", b"{\\rtf1}"), 120)
    assert "対応していない" in e.value.message and e.value.source == "素案.rtf"


def test_a_task_past_the_limit_is_stopped_and_the_pool_goes_on(pool):
    start = time.monotonic()
    with pytest.raises(TaskTimeout):
        pool.run("read", ("長い.md", LONG), 0.3)
    assert time.monotonic() - start < 60  # stopped, not run to its end
    plan, _ = pool.run("read", example(), 120)  # a replacement worker answers
    assert plan.plan_type == "C"


def test_a_long_task_does_not_hold_up_another_users_task(pool):
    pool.run("read", example(), 120)  # both workers warm
    pool.run("read", example(), 120)
    done: dict[str, float] = {}

    def long_task() -> None:
        pool.run("read", ("長い.md", LONG), 120)
        done["long"] = time.monotonic()

    t = threading.Thread(target=long_task)
    t.start()
    time.sleep(0.3)
    pool.run("read", example(), 120)
    done["quick"] = time.monotonic()
    t.join()
    assert done["quick"] < done["long"]


def test_a_task_whose_page_went_away_ends_its_worker(pool):
    calls = [0]

    def wait() -> None:
        calls[0] += 1
        if calls[0] > 3:
            raise PageGone

    with pytest.raises(PageGone):
        pool.run("read", ("長い.md", LONG), 120, wait)
    plan, _ = pool.run("read", example(), 120)
    assert plan.plan_type == "C"
