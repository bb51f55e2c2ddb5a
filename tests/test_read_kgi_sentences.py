"""KGIs written as sentences rather than rows: a change from today's level told in words, and a name whose
brackets say what its figure is (a sum over the period), read as the same values a table would give.

Each case is wording of its own, written for the behaviour (the layout benchmarks/layout_rewrites.py's
`indicators_run_in` writes)."""

from __future__ import annotations

import pytest

from chiiki_mirai.readers import read_bytes
from chiiki_mirai.readers.statements.indicators.values import read_cell


def _kgis(body: str):
    plan, _ = read_bytes("draft.md", ("計画類型：B\n策定主体：山辺県\n\n## 目指すべき目標\n\n" + body).encode("utf-8"))
    return [s for s in plan.statements if s.kind == "kgi" and s.value is not None]


@pytest.mark.parametrize("text", ["現状の2億円（2025年度）から2031年度には7億円とする",
                                  "2億円（令和7年度）から令和13年度に7億円へ増やす",
                                  "約2億円／年（2025年度）から2031年度には7億円／年とする"])
def test_a_figure_followed_by_kara_is_the_level_a_change_starts_from(text: str) -> None:
    cell = read_cell(text)
    assert [(r.value, r.role, r.year) for r in cell.readings] == [(2e8, "current", 2025), (7e8, "target", 2031)]


def test_a_count_of_who_before_kara_is_no_starting_level() -> None:
    assert [(r.value, r.unit, r.role) for r in read_cell("3工房から年120人を受け入れる").readings] == [(120, "人", "target")]


def test_a_kgi_sentence_with_todays_level_gives_the_target_years_value() -> None:
    got = _kgis("計画での付加価値増加額を、現状の2億円（2025年度）から2031年度には7億円とする。\n")
    assert [(s.topic, s.value, s.role, s.year) for s in got] == [("value_added", 2e8, "current", 2025),
                                                                 ("value_added", 7e8, "target", 2031)]


def test_a_sum_over_the_period_named_in_the_kgis_brackets_before_its_figure() -> None:
    got = _kgis("官民設備投資額（2027～2031年度の累計）を、2031年度には45億円とする。\n")
    assert [(s.topic, s.value, s.role) for s in got] == [("investment", 45e8, "cumulative")]


def test_the_year_in_the_kgis_brackets_dates_the_figure_after_it() -> None:
    got = _kgis("産業ニーズに即した人材育成数（2031年度）を、目標の300人（2027年度からの累計）とする。\n")
    assert [(s.topic, s.value, s.year) for s in got] == [("talent", 300, 2031)]


@pytest.mark.parametrize("text", ["4億円から6億円程度の売上", "15人から25人規模の採用", "20%から40%の間で推移",
                                  "8万人から10万人程度", "4億円から6億円",
                                  "令和11年度に4億円から6億円の売上を目指す",
                                  "総収入12億円から人件費9億円を差し引いた3億円"])
def test_two_figures_joined_by_kara_without_todays_level_are_no_change(text: str) -> None:
    assert [r.role for r in read_cell(text).readings] == ["target"]


def test_a_change_by_an_amount_after_kara_is_no_target_level() -> None:
    assert [r.role for r in read_cell("令和6年度の2億円から5千万円増加させる").readings] == ["target"]


def test_a_year_written_before_todays_level_does_not_date_it() -> None:
    got = read_cell("令和11年度に、現状の4億円から6億円へ伸ばす").readings
    assert [(r.value, r.role, r.year) for r in got if r.role == "current"] == [(4e8, "current", None)]


@pytest.mark.parametrize("sentence", ["付加価値増加額（令和6年度を基準とする）を、8億円とする。",
                                      "付加価値増加額（2024年度を起点とする）を、計画期間の最終年度に8億円とする。"])
def test_a_base_year_in_the_kgis_brackets_does_not_date_its_target(sentence: str) -> None:
    assert [(s.value, s.year) for s in _kgis(sentence + "\n")] == [(8e8, None)]


@pytest.mark.parametrize("sentence", ["付加価値増加額（計画期間中の最終年度の値）を、2031年度には8億円とする。",
                                      "付加価値増加額（計画期間中の各年度）を、2031年度には8億円とする。"])
def test_the_plan_period_named_in_the_kgis_brackets_makes_no_sum(sentence: str) -> None:
    assert [(s.value, s.role, s.year) for s in _kgis(sentence + "\n")] == [(8e8, "target", 2031)]
