"""The status of one indicator from its actuals: achieved, on_track, behind, withdrawal or no_data.

- achieved: the latest figure reaches the target (or goes below it, for a target below its baseline);
- withdrawal: the 撤退基準 is met (checked first: a plan that must be revised is reported as such);
- behind / on_track: below / on or above the straight line from the baseline to the target at the latest
  figure's time. Without a stated baseline the line starts at 0 at the start of the plan, and the reason
  says so (`baseline_assumed`). A yearly flow (年40件) is measured against the target of that year; a
  上期 figure of a yearly flow against half of it;
- no_data: no figure yet.
"""

from __future__ import annotations

import datetime as _dt
import re
from dataclasses import dataclass, field

from chiiki_mirai.progress.criteria import Criterion
from chiiki_mirai.progress.indicators import Indicator, format_amount
from chiiki_mirai.progress.periods import Point
from chiiki_mirai.progress.quantities import factor_of

STATUSES = ("achieved", "on_track", "behind", "withdrawal", "no_data")
STATUS_JA = {
    "achieved": "達成",
    "on_track": "順調",
    "behind": "遅れ",
    "withdrawal": "撤退基準に該当",
    "no_data": "実績なし",
}
ALERT_STATUSES = ("behind", "withdrawal")
_DONE = re.compile(r"(稼働|完了|達成|供用|開始|締結|取得|完成|竣工|開業|開設|運用|実施|済)")
_NOT_DONE = re.compile(r"(未|せず|していない|できない|遅れ|中止|延期|予定|見込|準備中|検討中|調整中)")


@dataclass
class Actual:
    point: Point
    value: float | None  # in the indicator's base unit; None for a text figure (稼働, 着工 …)
    raw_point: str
    raw_value: str
    row: int | None = None
    text: str | None = None


@dataclass
class Verdict:
    status: str
    reason: str
    baseline_assumed: bool = False
    notes: list[str] = field(default_factory=list)


def _fmt(ind: Indicator, value: float) -> str:
    return format_amount(value, ind.written_unit or ind.unit)


def year_figure(ind: Indicator, actuals: list[Actual], fy: int) -> Actual | None:
    """The figure of a whole fiscal year: written for the year, else its 下期 figure (a level as of the year
    end); for a yearly flow written by halves, 上期 + 下期."""
    same = [a for a in actuals if a.point.fy == fy and a.value is not None]
    whole = [a for a in same if a.point.half is None]
    if whole:
        return whole[-1]
    h1 = next((a for a in same if a.point.half == 1), None)
    h2 = next((a for a in same if a.point.half == 2), None)
    if h2 is None:
        return None
    if ind.annual and h1 is not None:
        return Actual(Point(fy), h1.value + h2.value, f"{fy}年度", f"{h1.raw_value}＋{h2.raw_value}", h2.row)
    return None if ind.annual else h2


def _start(ind: Indicator, plan_start: int | None) -> tuple[float, str]:
    if ind.baseline is not None and ind.baseline_fy:
        return ind.baseline_fy + 1.0, f"{ind.baseline_fy}年度末"
    if plan_start:
        return float(plan_start), f"計画開始（{plan_start}年度初め）"
    first = (ind.target_fy or 2030) - 5
    return first + 1.0, f"{first}年度末"


def expected_at(ind: Indicator, point: Point, plan_start: int | None) -> tuple[float, str]:
    """The value on the straight line from the baseline to the target at `point`, and how it was set."""
    assert ind.target is not None
    if ind.every_year or (ind.annual and ind.baseline is None):
        value, how = ind.target, "年度ごとの目標"
    else:
        base = ind.baseline if ind.baseline is not None else 0.0
        t0, since = _start(ind, plan_start)
        t1 = (ind.target_fy or point.fy) + 1.0
        f = 1.0 if t1 <= t0 else min(max((point.t - t0) / (t1 - t0), 0.0), 1.0)
        value = base + f * (ind.target - base)
        how = f"{since}の{_fmt(ind, base)}から{ind.target_fy}年度末の{_fmt(ind, ind.target)}への直線上の値"
    if ind.annual and point.half == 1:
        value, how = value / 2, how + "の半分（上期）"
    return value, how


def _met(op: str, value: float, threshold: float) -> bool:
    return {"<": value < threshold, "<=": value <= threshold, ">": value > threshold, ">=": value >= threshold}[op]


def _threshold(c: Criterion, ind: Indicator, point: Point, plan_start: int | None) -> tuple[float | None, str]:
    if c.ratio is not None:
        ref, how = expected_at(ind, point, plan_start) if not ind.annual else (ind.target, "年間の目標")
        ref = ind.target if ind.target_fy and point.fy >= ind.target_fy else ref
        return c.ratio * ref, f"目標の{c.ratio * 100:g}%（{_fmt(ind, c.ratio * ref)}）"
    assert c.threshold is not None
    if c.threshold.unit is None:
        return c.threshold.value * factor_of(ind.written_unit), c.threshold.raw
    if ind.unit and c.threshold.unit != ind.unit:
        return None, f"基準の単位（{c.threshold.written_unit}）が指標の単位（{ind.written_unit}）と異なる"
    return c.threshold.value, c.threshold.raw


def _figures(c: Criterion, ind: Indicator, actuals: list[Actual], as_of: _dt.date) -> tuple[list[Actual], str]:
    """The figures the criterion is checked on, or [] and why not (yet)."""
    if c.consecutive > 1:
        years = sorted({a.point.fy for a in actuals})
        figs = [f for fy in years if (f := year_figure(ind, actuals, fy))]
        last = figs[-c.consecutive :]
        if len(last) < c.consecutive or last[-1].point.fy - last[0].point.fy != c.consecutive - 1:
            return [], f"撤退基準は{c.consecutive}年度連続の年度実績で判定（まだそろっていません）"
        return last, ""
    if c.at is not None:
        fig = (
            next((a for a in actuals if a.point == c.at and a.value is not None), None)
            if c.at.half
            else year_figure(ind, actuals, c.at.fy)
        )
        if fig is None:
            when = "まだ判定の時点前" if as_of <= c.at.end else "その時点の実績が記入されていません"
            return [], f"撤退基準は{c.at.short}の実績で判定（{when}）"
        return [fig], ""
    latest = [a for a in actuals if a.value is not None]
    return latest[-1:], ""


def check_withdrawal(
    c: Criterion, ind: Indicator, actuals: list[Actual], as_of: _dt.date, plan_start: int | None
) -> tuple[bool | None, str]:
    """(True, why) when the criterion is met; (False, why not); (None, why it cannot be checked)."""
    if not c.parsed:
        return None, f"撤退基準は自動判定できません（{c.note}）"
    if ind.target is None and c.ratio is not None:
        return None, "撤退基準は目標に対する割合ですが、目標値が数値で読めません"
    figs, why = _figures(c, ind, actuals, as_of)
    if not figs:
        return False, why
    shown = []
    for fig in figs:
        threshold, text = _threshold(c, ind, fig.point, plan_start)
        if threshold is None:
            return None, f"撤退基準は自動判定できません（{text}）"
        shown.append(f"{fig.point.short} {_fmt(ind, fig.value)}")
        if not _met(c.op, fig.value, threshold):
            return False, f"撤退基準（{c.condition_text}）には該当しない（{'、'.join(shown)}）"
    return True, f"撤退基準に該当：{c.condition_text}（{'、'.join(shown)}）"


def _text_verdict(ind: Indicator, latest: Actual, as_of: _dt.date) -> Verdict:
    text = latest.text or latest.raw_value
    if _DONE.search(text) and not _NOT_DONE.search(text):
        return Verdict("achieved", f"{latest.point.short}時点で「{text}」（目標「{ind.target_text}」）")
    deadline = Point(ind.target_fy) if ind.target_fy else None
    if deadline and latest.point.end >= deadline.end:
        return Verdict("behind", f"期限（{deadline.short}）の時点で「{text}」（目標「{ind.target_text}」）")
    return Verdict(
        "on_track",
        f"{latest.point.short}時点で「{text}」。数値の目標がないため、期限（{ind.target_fy or '不明'}年度）"
        "までは予定どおりとみなす（要確認）",
    )


def judge(ind: Indicator, actuals: list[Actual], as_of: _dt.date, plan_start: int | None) -> Verdict:
    """The status of one indicator, with the reason in Japanese."""
    actuals = sorted(actuals, key=lambda a: (a.point.t, a.row or 0))
    if not actuals:
        return Verdict("no_data", "実績が記入されていません")
    latest = actuals[-1]
    notes = list(ind.notes)
    criterion_note = ""
    if ind.criterion is not None:
        met, why = check_withdrawal(ind.criterion, ind, actuals, as_of, plan_start)
        if met:
            return Verdict("withdrawal", why, notes=notes)
        criterion_note = why
    if ind.target is None or latest.value is None:
        v = _text_verdict(ind, latest, as_of)
        v.notes = notes + ([criterion_note] if criterion_note else [])
        return v
    v = _numeric_verdict(ind, latest, plan_start)
    v.notes = notes + ([criterion_note] if criterion_note else [])
    return v


def _numeric_verdict(ind: Indicator, latest: Actual, plan_start: int | None) -> Verdict:
    value, target = latest.value, ind.target
    shown = f"{latest.point.short}の実績 {_fmt(ind, value)}"
    final = not (ind.annual and latest.point.half == 1)
    if final and (value <= target if ind.decreasing else value >= target):
        return Verdict("achieved", f"{shown}が目標（{_fmt(ind, target)}）に達している")
    expected, how = expected_at(ind, latest.point, plan_start)
    assumed = ind.baseline is None and not (ind.every_year or ind.annual)
    ok = value <= expected if ind.decreasing else value >= expected
    word = "以上" if not ind.decreasing else "以下"
    rel = f"{word}" if ok else ("に届かない" if not ind.decreasing else "を上回る")
    reason = f"{shown}は、{how}（{_fmt(ind, expected)}）{rel}"
    if assumed:
        reason += "。基準値の記載がないため、計画開始時点を0とした直線で判定（基準値を記入すると正確になります）"
    return Verdict("on_track" if ok else "behind", reason, baseline_assumed=assumed)
