"""Issue 15: the rules that look for the end of a clause (the heat a food is cooked with, microbes
that break waste down) read a long single line in linear time: the sentence ends are looked up, not scanned per hit.

The lines are written for these tests (not taken from the desk corpus)."""

from __future__ import annotations

import time

import pytest

from chiiki_mirai.recommender.word_places import spans, used_tokens

LIMIT = 0.5  # seconds of CPU for a line of about 40,000 characters (the tokens read apart); quadratic took 0.9


@pytest.mark.parametrize("unit", ["温泉の湯で、", "菌が、", "細菌の働きで、"])
def test_a_long_line_of_heat_or_agents_without_a_verb_is_read_in_linear_time(unit):
    text = unit * (40_000 // len(unit))
    sp = spans(text)
    start = time.process_time()
    used_tokens(sp)
    assert time.process_time() - start < LIMIT
