"""Issue 15 (session 19, desk40): young people who leave to study and do not come back, and a town that wants them to
study and then work at home, is the need the local-university act's measure serves (「地域における若者の修学及び就業
の促進」, policy package 第3章 3.C. (5)) — not a school's or a worker's skills. The questions are written for these tests,
not taken from the desk corpus."""

from __future__ import annotations

import pytest

from chiiki_mirai.knowledge.loader import load_kb
from chiiki_mirai.recommender.api import search

ACT = "regional_university_industry_act_measures"


@pytest.fixture(scope="module")
def kb():
    return load_kb()


def _ids(kb, q):
    out = search(q, kb=kb, top=10)
    return [m["id"] for m in out["measures"]]


@pytest.mark.parametrize("q", [
    "村の子どもは高校を出ると都会の大学に行ったきり帰ってきません。地元で学んで地元に勤めてもらう手立てはありますか",
    "高校生の大半が進学で島を出て、そのまま戻ってきません。地元で学べて働ける場をつくる国の仕組みは",
])
def test_young_people_leaving_to_study_bring_the_local_university_act(kb, q):
    assert ACT in _ids(kb, q)[:3]


@pytest.mark.parametrize("q,first", [
    ("地元の工業高校の卒業生をもっと採用したい", "vocational_high_school_promotion"),
    ("地元の大学と共同研究をして新しい材料を作りたい", "industry_academia_researcher_training"),
])
def test_a_school_named_for_hiring_or_research_keeps_its_own_measure(kb, q, first):
    assert _ids(kb, q)[0] == first
