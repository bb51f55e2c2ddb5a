"""Linear, bounded reading of a desk question: a long paste (greetings, brackets, subject labels) is cut into its
request in under two seconds of CPU, as the drafts' readers are (tests/test_read_indicators_bounds.py)."""

from __future__ import annotations

import time

import pytest

from chiiki_mirai.recommender.message import body, subject

LIMIT = 2.0
INPUTS = {
    "greetings": "ありがとうございます。" * 30_000,
    "seasons": "寒くなってまいりましたが、いかがお過ごしでしょうか。" * 12_000,
    "meetings": "先日の商談会ではお世話になりました。" * 18_000,
    "open_brackets": "「" * 300_000 + "ありがとうございます。",
    "subject_spaces": "件名：" + "補助金 " * 100_000 + "について。",
}


@pytest.mark.parametrize("name", sorted(INPUTS))
def test_a_long_pasted_question_is_read_in_bounded_time(name: str) -> None:
    start = time.process_time()
    body(INPUTS[name])
    subject(INPUTS[name])
    elapsed = time.process_time() - start
    assert elapsed < LIMIT, f"{name}: {elapsed:.2f}s"
