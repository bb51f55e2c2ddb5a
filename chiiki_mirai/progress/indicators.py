"""The indicators a plan is tracked on: every KPI and every mandatory KGI, read from the plan model only.

A KPI's target is text (「2028年度 0.5億円」, 「年40件」, 「480人（令和7年度）→900人（2028年度）」); it is read
here into a value, a unit, a year and, when written, a baseline. Nothing is read from the draft again: a reader
that fills the plan model differently plugs in unchanged.
"""

from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass, field

from chiiki_mirai.core.plan import KGI, KPI, Plan
from chiiki_mirai.core.text.cues import ARROW_MARK
from chiiki_mirai.core.text.numbers import find_fiscal_years
from chiiki_mirai.progress.criteria import Criterion, parse_criterion
from chiiki_mirai.progress.quantities import Amount, find_amounts, normalize, parse_amount

MANDATORY_KGI_KINDS = ("investment", "value_added", "talent", "productivity")
KGI_KIND_JA = {
    "investment": "官民設備投資額",
    "value_added": "付加価値増加額",
    "talent": "産業ニーズに即した人材育成数",
    "productivity": "労働生産性",
}
_ARROW = re.compile(ARROW_MARK + r"|から")
_BASE_MARK = re.compile(r"(現状|現在|基準値?|直近)\s*(?:値)?\s*[:：]?\s*(?:\(.{0,8}\))?\s*$")
_RATE_WORDS = re.compile(r"(^|[^累0-9])(年間|毎年|年(?=[0-9０-９〇一二三四五六七八九十]))|/年|／年|各年度|単年度|（年間）|\(年間\)")
_CUMULATIVE = re.compile(r"累計|累積|通算")


@dataclass
class Indicator:
    """One row of the progress sheet: what is measured, against what, by whom, and what happens if not."""

    key: str
    kind: str  # "kpi" | "kgi"
    name: str
    target_text: str  # as the plan writes it
    target: float | None = None  # in the base unit
    unit: str | None = None  # base unit (円, 人, 件, %, t …)
    written_unit: str | None = None  # as written (億円, 百万円 …): actuals are shown in it
    target_fy: int | None = None
    baseline: float | None = None
    baseline_fy: int | None = None
    baseline_text: str = ""
    annual: bool = False  # a yearly flow (年40件, 年間): each year is measured against the target
    every_year: bool = False  # the same target every year (「毎年度」, or a yearly flow with no target year)
    cumulative: bool = False
    owner: str | None = None
    withdrawal: str | None = None
    criterion: Criterion | None = None
    significance: str | None = None
    approach: str | None = None
    venue: str | None = None
    deadline: str | None = None
    notes: list[str] = field(default_factory=list)

    @property
    def decreasing(self) -> bool:
        """Lower is better: the plan states a baseline above its target (e.g. a cost or a share to cut)."""
        return self.baseline is not None and self.target is not None and self.target < self.baseline

    @property
    def label(self) -> str:
        return "KPI" if self.kind == "kpi" else "必須KGI"


def indicator_key(kind: str, name: str) -> str:
    """A stable key from the kind and the name as the plan writes it (the template's hidden column)."""
    norm = re.sub(r"\s+", "", normalize(name))
    return f"{kind}-{hashlib.sha1(norm.encode('utf-8')).hexdigest()[:10]}"


def _years(text: str) -> list[int]:
    return [y.fy for y in find_fiscal_years(text)]


def _paren_span(s: str, pos: int) -> tuple[int, int] | None:
    """The parentheses around position `pos`, if any: (index of "(", index after ")")."""
    opening = s.rfind("(", 0, pos)
    if opening < 0 or s.rfind(")", 0, pos) > opening:
        return None
    closing = s.find(")", pos)
    return (opening, closing + 1) if closing >= 0 else None


def _year_in(years: list, lo: int, hi: int) -> int | None:
    return next((y.fy for y in years if lo <= y.start and y.end <= hi), None)


def _target_and_baseline(text: str) -> tuple[Amount | None, Amount | None, int | None, int | None]:
    """(target, baseline, target year, baseline year) from a target text.

    「年30人→年90人」 and 「480人（令和7年度）→900人（2028年度）」: left of the arrow is the baseline;
    「2030年度に 24億円（2025年度 18億円）」: an amount in parentheses after the target is the baseline;
    「年80人（令和10年度）／現状：年30人」: an amount right after 現状・基準 is the baseline.
    """
    s = normalize(text)
    amounts = find_amounts(s)
    if not amounts:
        return None, None, None, None
    years = find_fiscal_years(s)
    marked = [a for a in amounts if _BASE_MARK.search(s[max(0, a.start - 6) : a.start])]
    rest = [a for a in amounts if a not in marked]
    arrow = _ARROW.search(s)
    if marked and rest:
        target, baseline = rest[-1] if len(rest) > 1 and arrow else rest[0], marked[0]
        return target, baseline, _year_in(years, target.end, len(s)) or _year_in(years, 0, target.start), None
    if len(amounts) >= 2 and arrow and amounts[0].end <= arrow.start() < amounts[-1].start:
        target, baseline = amounts[-1], amounts[0]
        return target, baseline, _year_in(years, arrow.end(), len(s)), _year_in(years, 0, arrow.start())
    inner = [(a, span) for a in amounts[1:] if (span := _paren_span(s, a.start))]
    if inner:
        baseline, (lo, hi) = inner[0]
        target = amounts[0]
        t_year = _year_in(years, 0, lo) or _year_in(years, hi, len(s))
        return target, baseline, t_year, _year_in(years, lo, hi)
    target = amounts[-1]
    return target, None, _year_in(years, target.end, len(s)) or _year_in(years, 0, target.start), None


def kpi_indicator(kpi: KPI, plan: Plan) -> Indicator:
    text = " ".join(x for x in (kpi.target, kpi.deadline) if x)
    if kpi.target and kpi.deadline and normalize(kpi.deadline) in normalize(kpi.target):
        text = kpi.target
    ind = Indicator(
        key=indicator_key("kpi", kpi.name),
        kind="kpi",
        name=kpi.name,
        target_text=text,
        owner=kpi.owner,
        withdrawal=kpi.withdrawal_criterion,
        criterion=parse_criterion(kpi.withdrawal_criterion),
        significance=kpi.significance,
        approach=kpi.approach,
        venue=kpi.venue,
        deadline=kpi.deadline,
    )
    target, baseline, t_year, b_year = _target_and_baseline(text)
    if target is not None:
        ind.target, ind.unit, ind.written_unit = target.value, target.unit, target.written_unit
        ind.annual = bool(target.rate and target.rate in ("年", "年間", "毎年", "毎年度"))
        ind.cumulative = target.rate == "累計"
    ind.annual = ind.annual or bool(_RATE_WORDS.search(normalize(kpi.name + " " + text)))
    ind.cumulative = ind.cumulative or bool(_CUMULATIVE.search(kpi.name + text)) and not ind.annual
    if baseline is not None and (baseline.unit == ind.unit):
        ind.baseline, ind.baseline_fy, ind.baseline_text = baseline.value, b_year, baseline.raw
    ind.target_fy = t_year or _default_year(text, plan, ind)
    return ind


def _default_year(text: str, plan: Plan, ind: Indicator) -> int | None:
    years = _years(text)
    if years:
        return max(years)
    if "毎年" in text or ind.annual:
        ind.annual = ind.every_year = True
        ind.notes.append("毎年度の目標として、各年度の実績を目標と比べて判定")
        return None
    end = plan.period.target_fy or plan.period.end_fy
    if end:
        ind.notes.append(f"目標年度の記載がないため、計画の最終年度（{end}年度）を目標年度として判定")
    return end


def kgi_indicator(kgi: KGI, plan: Plan) -> Indicator:
    name = kgi.name or KGI_KIND_JA.get(kgi.kind, kgi.kind)
    cumulative = kgi.cumulative_value is not None
    value = kgi.cumulative_value if cumulative else kgi.value
    raw = kgi.raw.split(",")[0].strip() if kgi.raw else None
    written = _written_unit(raw) or kgi.unit
    year = kgi.year or plan.period.target_fy or plan.period.end_fy
    target_text = " ".join(x for x in (f"{year}年度" if year else "", _display(value, written, kgi.unit)) if x)
    if cumulative:
        target_text = f"累計 {target_text}"
    ind = Indicator(
        key=indicator_key("kgi", name),
        kind="kgi",
        name=name,
        target_text=target_text,
        target=value,
        unit=kgi.unit,
        written_unit=written or kgi.unit,
        target_fy=year,
        annual=bool(kgi.annual) and not cumulative,
        cumulative=cumulative,
        significance=kgi.basis,
    )
    if kgi.year is None and year:
        ind.notes.append(f"目標年度の記載がないため、計画の最終年度（{year}年度）を目標年度として判定")
    return ind


def _written_unit(raw: str | None) -> str | None:
    """The unit as the plan writes the KGI (「2.7億円」 → 億円), so actuals are shown the same way."""
    try:
        amount = parse_amount(raw) if raw else None
    except ValueError:
        return None
    return amount.written_unit if amount else None


def _display(value: float | None, written: str | None, unit: str | None) -> str:
    if value is None:
        return ""
    return format_amount(value, written or unit)


def format_amount(value: float, written_unit: str | None) -> str:
    """12.5 in 億円 → 「12.5億円」; the value is given in the base unit."""
    from_base = value
    if written_unit:
        parsed = find_amounts("1" + written_unit)
        if parsed and parsed[0].value:
            from_base = value / parsed[0].value
    text = f"{from_base:,.2f}".rstrip("0").rstrip(".")
    return f"{text}{written_unit or ''}"


def plan_indicators(plan: Plan) -> list[Indicator]:
    """Every KPI, then every mandatory KGI (the kinds 000/003 make mandatory, or marked 必須 by the plan)."""
    out = [kpi_indicator(k, plan) for k in plan.kpis if k.name and k.name.strip()]
    for kgi in plan.kgis:
        if kgi.mandatory is False:
            continue
        if kgi.kind in MANDATORY_KGI_KINDS or kgi.mandatory:
            out.append(kgi_indicator(kgi, plan))
    seen: dict[str, int] = {}
    for ind in out:  # two rows with the same name keep distinct keys
        n = seen.get(ind.key, 0)
        seen[ind.key] = n + 1
        if n:
            ind.key = f"{ind.key}-{n + 1}"
    return out
