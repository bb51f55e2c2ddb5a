"""The data behind the map of every plan: per prefecture, the plans by type, their planned investment
(官民設備投資額) and, where a progress report exists, its status. Built from plan models (and progress reports)
only; `render_map_html` draws it.
"""

from __future__ import annotations

import functools
import json
from dataclasses import dataclass, field
from importlib import resources

from chiiki_mirai.core.plan import Plan
from chiiki_mirai.progress.check import ProgressReport
from chiiki_mirai.progress.places import Place, place_plan
from chiiki_mirai.readers.municipalities import PREFECTURES

TYPES = ("A", "B", "C")
TYPE_JA = {"A": "戦略産業クラスター計画", "B": "地域産業クラスター計画", "C": "地場産業成長プラン", "?": "類型不明"}
# the worst status of a plan's KPIs stands for the plan on the map
PLAN_STATUS_ORDER = ("withdrawal", "behind", "on_track", "achieved", "no_data")


@dataclass
class MapPlan:
    name: str
    source: str
    plan_type: str  # A / B / C / ?
    authors: list[str]
    places: list[Place]
    investment: float | None  # 円
    investment_note: str = ""
    status: str | None = None  # None: no progress report
    status_counts: dict[str, int] = field(default_factory=dict)
    note: str = ""

    @property
    def prefectures(self) -> list[str]:
        return list(dict.fromkeys(p.prefecture for p in self.places))


@dataclass
class PrefectureSummary:
    name: str
    plans: list[MapPlan] = field(default_factory=list)

    def count(self, plan_type: str | None = None) -> int:
        return sum(1 for p in self.plans if plan_type is None or p.plan_type == plan_type)

    def investment(self, plan_type: str | None = None) -> float:
        return sum(p.investment or 0.0 for p in self.plans if plan_type is None or p.plan_type == plan_type)

    def statuses(self, plan_type: str | None = None) -> dict[str, int]:
        out: dict[str, int] = {}
        for p in self.plans:
            if p.status and (plan_type is None or p.plan_type == plan_type):
                out[p.status] = out.get(p.status, 0) + 1
        return out

    def worst(self, plan_type: str | None = None) -> str | None:
        s = self.statuses(plan_type)
        return next((k for k in PLAN_STATUS_ORDER if s.get(k)), None)


@dataclass
class MapData:
    prefectures: dict[str, PrefectureSummary]
    plans: list[MapPlan]
    errors: list[tuple[str, str]] = field(default_factory=list)  # (file, why it could not be read)

    @property
    def unplaced(self) -> list[MapPlan]:
        return [p for p in self.plans if not p.places]

    def total_investment(self) -> float:
        return sum(p.investment or 0.0 for p in self.plans)  # a joint plan counted once

    def count(self, plan_type: str | None = None) -> int:
        return sum(1 for p in self.plans if plan_type is None or p.plan_type == plan_type)


def planned_investment(plan: Plan) -> tuple[float | None, str]:
    """官民設備投資額 (円): the investment KGI (its cumulative value first), else the plan's investments."""
    kgis = [k for k in plan.kgis if k.kind == "investment"]
    cumulative = [k.cumulative_value for k in kgis if k.cumulative_value]
    if cumulative:
        return max(cumulative), "KGI（累計）"
    values = [k.value for k in kgis if k.value]
    if values:
        return max(values), "KGI"
    amounts = [i.amount for i in plan.investments if i.amount]
    if not amounts:
        return None, "記載なし"
    top, rest = max(amounts), sum(amounts) - max(amounts)
    if rest and abs(top - rest) <= 0.01 * top:  # a total row beside its items
        return top, "投資の具体像の合計"
    return sum(amounts), "投資の具体像の合計"


def plan_status(report: ProgressReport | None) -> tuple[str | None, dict[str, int]]:
    if report is None:
        return None, {}
    counts = {k: v for k, v in report.counts().items() if v}
    kpi = {r.status for r in report.kpis} or {r.status for r in report.results}
    return next((s for s in PLAN_STATUS_ORDER if s in kpi), "no_data"), counts


@dataclass
class MapEntry:
    """One file of the batch: its plan (None when unreadable), its progress report, a type the check inferred."""

    source: str
    plan: Plan | None = None
    report: ProgressReport | None = None
    error: str | None = None
    inferred_type: str | None = None  # used when the plan does not state its type


def map_plan(source: str, plan: Plan, report: ProgressReport | None = None, inferred_type: str | None = None) -> MapPlan:
    placement = place_plan(plan)
    investment, how = planned_investment(plan)
    status, counts = plan_status(report)
    return MapPlan(
        name=plan.title or source.replace("\\", "/").rsplit("/", 1)[-1],
        source=source,
        plan_type=plan.plan_type or inferred_type or "?",
        authors=[a.name for a in plan.authors],
        places=placement.places,
        investment=investment,
        investment_note=how,
        status=status,
        status_counts=counts,
        note="。".join(x for x in (placement.note, "" if plan.plan_type or not inferred_type else "類型は推定") if x),
    )


def build_map_data(entries: list[MapEntry]) -> MapData:
    """One entry per file → MapData (all 47 prefectures; a joint plan in each of its prefectures)."""
    data = MapData({p: PrefectureSummary(p) for p in PREFECTURES}, [])
    for e in entries:
        if e.plan is None:
            data.errors.append((e.source, e.error or "読み込めませんでした"))
            continue
        mp = map_plan(e.source, e.plan, e.report, e.inferred_type)
        data.plans.append(mp)
        for pref in mp.prefectures:
            data.prefectures[pref].plans.append(mp)
    return data


@functools.lru_cache(maxsize=1)
def geometry() -> dict:
    """The shipped prefecture outlines (data/prefectures.json; japanmap 0.6.0, Apache-2.0, see NOTICE.md)."""
    text = resources.files("chiiki_mirai.progress").joinpath("data/prefectures.json").read_text("utf-8")
    return json.loads(text)
