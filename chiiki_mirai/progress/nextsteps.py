"""What the plan's 5W1H says must happen next, for each indicator after a progress check.

000 Ch.2 (5): about every half year the national side asks for progress against the 5W1H set with each KPI;
where progress is poor the cause is reported and the plan may be revised. The text here only restates what
the plan itself says (担当部署, 検討の場, 進め方, 撤退基準 and what it says happens then, 期限).
"""

from __future__ import annotations

import datetime as _dt

from chiiki_mirai.progress.indicators import Indicator
from chiiki_mirai.progress.periods import Point, point_of_date


def next_check(as_of: _dt.date) -> Point:
    """The half year whose figures the next semiannual request asks for: the current half."""
    return point_of_date(as_of)


def _who(ind: Indicator) -> str:
    parts = [f"担当: {ind.owner}" if ind.owner else "担当: 計画に記載なし"]
    if ind.venue:
        parts.append(f"検討の場: {ind.venue}")
    return "（" + "、".join(parts) + "）"


def next_step(ind: Indicator, status: str, as_of: _dt.date) -> str:
    approach = f"進め方「{ind.approach}」" if ind.approach else "計画の取組"
    if status == "withdrawal":
        c = ind.criterion
        then = f"計画の定めるとおり「{c.action}」を行う" if c and c.action else "撤退基準に沿って取組を見直す"
        return f"撤退基準に該当。原因を報告し、{then}{_who(ind)}"
    if status == "behind":
        return f"目標に届いていない原因を報告し、{approach}を見直す{_who(ind)}"
    if status == "no_data":
        now = point_of_date(as_of)
        return f"{now.short}までの実績を進捗シートに記入する{_who(ind)}"
    if status == "achieved":
        return f"目標を達成。維持・上積みの取組と、次の目標の設定を検討する{_who(ind)}"
    deadline = f"（期限: {ind.deadline}）" if ind.deadline else (f"（目標年度: {ind.target_fy}年度）" if ind.target_fy else "")
    return f"{approach}を継続する{deadline}{_who(ind)}"
