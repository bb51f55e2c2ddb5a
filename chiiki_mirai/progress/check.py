"""The progress check of one plan: its indicators, the sheet's actuals, a status for each, what comes next.

`check_progress(plan, sheet, as_of)` → ProgressReport; `report.wire()` is the JSON contract:
{"plan", "as_of", "kpis": [{"name", "target", "withdrawal", "owner", "actuals": [...], "status", "reason"}],
 "kgis": [...]}. Values that cannot be read are collected in `report.problems` (row, column, value, why);
the user's sheet is never changed.
"""

from __future__ import annotations

import datetime as _dt
from dataclasses import dataclass, field
from typing import Any

from chiiki_mirai.core.plan import Plan
from chiiki_mirai.progress.criteria import parse_criterion
from chiiki_mirai.progress.indicators import Indicator, plan_indicators
from chiiki_mirai.progress.matching import Match, match_rows
from chiiki_mirai.progress.nextsteps import next_check, next_step
from chiiki_mirai.progress.periods import Point, parse_point
from chiiki_mirai.progress.quantities import convert, factor_of, parse_amount
from chiiki_mirai.progress.sheet import Sheet, SheetRow
from chiiki_mirai.progress.status import ALERT_STATUSES, STATUS_JA, Actual, judge

EXIT_OK, EXIT_ALERT, EXIT_BAD_INPUT = 0, 1, 2


@dataclass
class IndicatorResult:
    indicator: Indicator
    actuals: list[Actual]
    status: str
    reason: str
    next_step: str = ""
    notes: list[str] = field(default_factory=list)
    baseline_assumed: bool = False

    def wire(self) -> dict[str, Any]:
        ind = self.indicator
        return {
            "name": ind.name,
            "target": ind.target_text,
            "withdrawal": ind.withdrawal,
            "owner": ind.owner,
            "actuals": [_actual_wire(ind, a) for a in self.actuals],
            "status": self.status,
            "reason": "。".join(x.rstrip("。") for x in [self.reason, *self.notes] if x),
        }


def _actual_wire(ind: Indicator, a: Actual) -> dict[str, Any]:
    value = a.value / factor_of(ind.written_unit) if a.value is not None else None
    return {
        "period": a.point.short,
        "fy": a.point.fy,
        "half": {1: "上期", 2: "下期"}.get(a.point.half),
        "value": round(value, 6) if value is not None else a.text,
        "unit": ind.written_unit or ind.unit,
        "written": {"period": a.raw_point, "value": a.raw_value},
        "row": a.row,
    }


@dataclass
class ProgressReport:
    plan_name: str
    source: str
    as_of: _dt.date
    results: list[IndicatorResult]
    problems: list[str] = field(default_factory=list)  # values that cannot be read: exit 2
    warnings: list[str] = field(default_factory=list)  # unsure matches, rows not in the plan
    next_check: Point | None = None
    monitoring_cycle: str | None = None
    plan: Plan | None = None

    @property
    def kpis(self) -> list[IndicatorResult]:
        return [r for r in self.results if r.indicator.kind == "kpi"]

    @property
    def kgis(self) -> list[IndicatorResult]:
        return [r for r in self.results if r.indicator.kind == "kgi"]

    @property
    def exit_code(self) -> int:
        if self.problems:
            return EXIT_BAD_INPUT
        return EXIT_ALERT if any(r.status in ALERT_STATUSES for r in self.kpis) else EXIT_OK

    def counts(self) -> dict[str, int]:
        out = dict.fromkeys(STATUS_JA, 0)
        for r in self.results:
            out[r.status] += 1
        return out

    def wire(self) -> dict[str, Any]:
        return {
            "plan": self.plan_name,
            "as_of": self.as_of.isoformat(),
            "kpis": [r.wire() for r in self.kpis],
            "kgis": [r.wire() for r in self.kgis],
        }


def _row_actual(ind: Indicator, r: SheetRow, as_of: _dt.date) -> Actual | None:
    """One sheet row → Actual (None when it holds no figure). Raises ValueError with a Japanese message."""
    if r.value is None and r.point is None:
        return None
    if r.value is None:
        return None  # a period without a figure yet
    if r.point is None:
        raise ValueError("時点が空です（例: 令和8年度上期、2026年度）")
    point = parse_point(r.point)
    if point.start > as_of:
        raise ValueError(f"時点「{r.point}」は基準日（{as_of.isoformat()}）より後の期間です")
    if ind.target is None and isinstance(r.value, str):
        try:
            amount = parse_amount(r.value)
        except ValueError:
            return Actual(point, None, str(r.point), str(r.value), r.row, text=str(r.value))
    else:
        amount = parse_amount(r.value)
    if amount is None:
        return None
    value = convert(amount, ind.unit, r.unit or ind.written_unit)
    return Actual(point, value, str(r.point), str(r.value), r.row)


def _sheet_baseline(ind: Indicator, rows: list[SheetRow], problems: list[str]) -> None:
    """A 基準値 the sheet states where the plan states none (「基準値を記入すると正確になります」)."""
    if ind.baseline is not None or ind.target is None:
        return
    for r in rows:
        if r.baseline in (None, ""):
            continue
        try:
            text = str(r.baseline)
            amount = parse_amount(text.split("（")[0].split("(")[0])
            if amount is None:
                continue
            ind.baseline = convert(amount, ind.unit, r.unit or ind.written_unit, "基準値")
            years = [y for y in (text.split("（") + text.split("("))[1:] if "年" in y]
            ind.baseline_fy = parse_point(years[0].rstrip("）)")).fy if years else None
            ind.baseline_text = text
            ind.notes.append(f"基準値は進捗シートの記入（{text}）による")
        except ValueError as e:
            problems.append(f"{r.row}行目「{r.name}」の基準値: {e}")
        return


def _sheet_withdrawal(ind: Indicator, rows: list[SheetRow]) -> None:
    """A 撤退基準 written in the sheet's column where the plan states none."""
    written = next((r.withdrawal for r in rows if r.withdrawal), None)
    if not written:
        return
    if not ind.withdrawal:
        ind.withdrawal, ind.criterion = written, parse_criterion(written)
        ind.notes.append("撤退基準は進捗シートの「撤退基準」列の記入による")
    elif written.strip() != ind.withdrawal.strip():
        ind.notes.append(f"進捗シートの撤退基準「{written}」は計画の記載と異なるため、計画の撤退基準で判定")


def _actuals(m: Match | None, ind: Indicator, as_of: _dt.date, problems: list[str]) -> list[Actual]:
    out: list[Actual] = []
    for r in m.rows if m else []:
        try:
            a = _row_actual(ind, r, as_of)
        except ValueError as e:
            problems.append(f"{r.row}行目「{r.name or ind.name}」: {e}")
            continue
        if a is not None:
            out.append(a)
    return out


def check_progress(
    plan: Plan, sheet: Sheet, as_of: _dt.date | None = None, source: str = "", name: str | None = None
) -> ProgressReport:
    """Every indicator of the plan with its actuals from the sheet and a status."""
    as_of = as_of or _dt.date.today()
    indicators = plan_indicators(plan)
    matches, unmatched = match_rows(indicators, sheet.rows)
    problems: list[str] = []
    warnings = [m.note for m in matches.values() if m.note and m.how == "fuzzy"] + unmatched
    results = []
    for ind in indicators:
        m = matches.get(ind.key)
        if m:
            _sheet_baseline(ind, m.rows, problems)
            _sheet_withdrawal(ind, m.rows)
        actuals = _actuals(m, ind, as_of, problems)
        v = judge(ind, actuals, as_of, plan.period.start_fy)
        notes = v.notes + ([m.note] if m and m.note else [])
        res = IndicatorResult(ind, sorted(actuals, key=lambda a: a.point.t), v.status, v.reason, notes=notes,
                              baseline_assumed=v.baseline_assumed)
        res.next_step = next_step(ind, v.status, as_of)
        results.append(res)
    title = name or plan.title or (source.replace("\\", "/").rsplit("/", 1)[-1] if source else "計画")
    return ProgressReport(
        title, source or sheet.source, as_of, results, problems, warnings,
        next_check(as_of), plan.kpi_monitoring_cycle, plan,
    )  # fmt: skip
