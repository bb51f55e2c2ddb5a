"""What counts as the condition of a withdrawal criterion (撤退基準): a threshold or a conditional, and nothing achieved
by a date only when the step taken follows it; a zero that is a goal (排出ゼロ, 労働災害0件) is no condition."""

from __future__ import annotations

import pytest

from chiiki_mirai.core.text.withdrawal import CONDITION

CASES = [
    ("令和10年度末 商談0件 → 展示会を解散し、個社の出展支援に切替", True),
    ("令和11年度末 受注ゼロ → 窓口を解散する", True),
    ("令和9年度に5件未満なら設備を縮小する", True),
    ("2030年度にCO2排出ゼロを目指し、再エネへ転換する", False),
    ("労働災害0件を継続し、安全管理を重点化する", False),
    ("食品ロスゼロの店舗を3店に増やし、販売を集中する", False),
]


@pytest.mark.parametrize(("text", "is_condition"), CASES, ids=[c[0][:14] for c in CASES])
def test_a_zero_is_a_condition_only_with_the_step_that_follows_it(text: str, is_condition: bool) -> None:
    assert bool(CONDITION.search(text)) is is_condition
