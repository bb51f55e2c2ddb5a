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


# said in words none of youth_local's phrasings uses (they say 進学・戻ってこない・地元の大学・就職してほしい)
OTHER_WORDS = [
    "町の高校を出た子の大半が県外の学校へ行き、そのまま向こうで就職してしまう。Uターンして働く若者を増やす国の取組は",
    "うちの県は大学生が県外へ流出している。県内の学校から県内企業への就職を後押しする制度を知りたい",
]


def test_young_people_leaving_to_study_bring_the_local_university_act_first(kb):
    q = "進学で都会に出た子どもたちが帰ってこない。地元の大学に進んで地元の会社に勤めてもらう手立ては"
    assert _ids(kb, q)[0] == ACT


@pytest.mark.parametrize("q", OTHER_WORDS)
def test_young_people_leaving_to_study_bring_the_local_university_act_and_the_talent_measure(kb, q):
    assert set(_ids(kb, q)[:2]) == {ACT, "regional_talent_secure_develop_retain"}


@pytest.mark.xfail(strict=True, reason="known gap: youth_local has one writer's phrasings (e2) and is not read in "
                                       "other words; the talent measure comes first (the labour-shortage need, or no need, is "
                                       "read), and with 学んで…働いて the act is not even in the top 4 (talent, higher_education, "
                                       "vocational, reskilling)")
@pytest.mark.parametrize("q", [*OTHER_WORDS, "若者が県外に出ていく。地元で学んで地元で働いてもらうための国の支援は"])
def test_young_people_leaving_to_study_in_other_words_bring_the_local_university_act_first(kb, q):
    assert _ids(kb, q)[0] == ACT


def test_a_course_asked_for_after_a_successor_is_found_stays_a_skills_question(kb):
    # the need's phrasings do not say 学ぶ: that word tells a course (経理を学べる講座), see test_desk_plain_needs_and_industries
    assert "reskilling_programs_at_universities" in _ids(kb, "娘が店を継いでくれることになった。経理を学べる講座はあるか")


@pytest.mark.parametrize("q,first", [
    ("地元の工業高校の卒業生をもっと採用したい", "vocational_high_school_promotion"),
    ("地元の大学と共同研究をして新しい材料を作りたい", "industry_academia_researcher_training"),
])
def test_a_school_named_for_hiring_or_research_keeps_its_own_measure(kb, q, first):
    assert _ids(kb, q)[0] == first


@pytest.mark.parametrize("q", [
    "うちの会社は新卒を採ろうとしても、若い人が都会に出て行ってしまい応募がない",
    "新卒が地元に残らず、工場の採用が毎年計画に届かない",
])
def test_a_firms_hiring_complaint_about_young_people_leaving_stays_the_labour_need(kb, q):
    # the boundary with youth_local: a company that cannot hire is served by the talent measure first
    assert _ids(kb, q)[0] == "regional_talent_secure_develop_retain"
