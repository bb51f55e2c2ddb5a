"""Issue 15 (session 19, desk40): a robot is a machine. A paraphrase of a robot (弁当を詰めるロボット) met by a text
that only does the robot's work and names no machine (梅干しを詰めた木箱) is about the work, not about making the robot:
it is cut as machine paraphrases are (paraphrases.NO_MACHINE). Own wording, not from the desk corpus."""

from __future__ import annotations

import pytest

from chiiki_mirai.knowledge.loader import load_kb
from tests.fields_first import first_field


@pytest.fixture(scope="module")
def kb():
    return load_kb()


def test_doing_a_robots_work_is_no_robot(kb):
    assert first_field(kb, "梅干しを詰めた贈答用の木箱") is None


@pytest.mark.parametrize("text,field", [("弁当におかずを詰めるロボット", 8), ("果物を箱に詰める機械を作る", 8)])
def test_a_text_that_names_the_robot_or_the_machine_keeps_it(kb, text, field):
    assert first_field(kb, text) == field
