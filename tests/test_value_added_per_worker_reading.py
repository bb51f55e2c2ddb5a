"""Per-worker value added set against a peer's: which figure is the peer's (B.(2)④).

A figure is the peer's yardstick when its own phrase names a population of firms; the plan's own level today set
against its target (「…は現状…であるが、…に高める」) names no peer, nor does a phrase naming the plan's own firms.
"""

from __future__ import annotations

import pytest

from chiiki_mirai.readers import read_bytes


def _levels(sentence: str) -> list[tuple[float, float]]:
    plan, _ = read_bytes("draft.md", f"計画類型：B\n策定主体：長野県\n\n## 設定の根拠\n\n{sentence}\n".encode())
    return [(s.value, s.attrs["industry"]) for s in plan.statements if s.topic == "value_added_level"]


@pytest.mark.parametrize("sentence", [
    # the plan's firms named in the figure's own phrase, today's level raised to a target
    "市内の機械製造業を支える中核企業4社の1人当たり付加価値額は現在約750万円であるが、2029年度には1,050万円まで高める。",
    "県内の参加2社の1人当たり付加価値額は約680万円に対し、令和11年度に950万円を目指す。",
    # a population word far ahead of the figure, in another phrase; the figure then a target's start
    "県内の精密機器製造業では、当社の1人当たり付加価値額は約900万円であるが、2030年度に1,200万円とする。",
    # exceeding today's level is no comparison with a peer
    "金属製品製造業の中核企業の1人当たり付加価値額は約950万円を超え、2030年度に1,250万円を目指す。",
])
def test_the_plans_own_level_today_is_no_peer(sentence: str) -> None:
    assert _levels(sentence) == []


@pytest.mark.parametrize(("sentence", "levels"), [
    ("道内の水産加工業の1人当たり付加価値額は約620万円であるのに対し、連携する3社は約780万円である。",
     [(7_800_000, 6_200_000)]),
    ("中核2社の1人当たり付加価値額は約1,040万円で、県内製造業平均（約870万円）を上回る。", [(10_400_000, 8_700_000)]),
])
def test_a_population_named_in_the_figures_phrase_is_the_peer(sentence: str, levels: list[tuple[float, float]]) -> None:
    assert _levels(sentence) == levels
