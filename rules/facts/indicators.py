"""Facts about the KGIs and KPIs (EBPM), computed from the plan's statements (rules/facts/indicator_statements).

A KGI value counts when the plan holds it (affirmed or planned; a placeholder 「〇〇人（精査中）」, a pointer
「（下記参照）」 or a dash is a KGI named but not set). Sources:
- 政策パッケージ 第2章 3.: the mandatory KGIs 「当該計画による官民設備投資額／付加価値増加額／産業ニーズに即した
  人材育成数」; A's KGI is 「KGI（2040年目標）」 (A.(3)⑤), for which a total to 2040 is the plan's value;
- 留意事項 1.(1)④ (B) and 2.(1)④ (C): 「官民設備投資額の設定に当たっては、目標年度における目標値及び計画策定時点から
  目標年度までの累積の目標値」「付加価値増加額と産業人材育成数の設定に当たっては、目標年度における目標値」 — a
  cumulative total alone is not the target year's value; C may set 「一人当たり付加価値労働生産性の増加額・増加率」
  instead (※1); the simple formula 「売上増加額」×「既存の付加価値率」;
- 政策パッケージ 第2章 2.: 「KPI 及び 5W1H（施策の意義、内容、期限、担当部署、検討の場及び進め方）」; B.(2)⑦ / C.(2)⑥:
  「KPI 未達時の撤退基準を設定していること」; 留意事項: 「定期的（半期ごと等）に…KPI等を確認し」 (an effort clause).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any

from chiiki_mirai.core.plan import Evidence
from chiiki_mirai.core.statement import Statement
from chiiki_mirai.core.text.cues import CUMULATIVE
from chiiki_mirai.core.text.normalize import nfkc
from chiiki_mirai.rules.facts.helpers import yen_display
from chiiki_mirai.rules.facts.indicator_statements import of
from chiiki_mirai.rules.facts.registry import FactContext, Uncertain, fact
from chiiki_mirai.rules.facts.unread_indicators import unread_kgi

# a change given only as a rate or a multiple (「令和7年度比40%増」「2倍」): not the amount 付加価値増加額 asks for
RATE_UNITS = {"%", "割", "倍", "ポイント"}
HELD = ("affirmed", "planned")


def ev(*ss: Statement) -> list[Evidence]:
    return [Evidence(section=s.place.section, line=s.place.line, text=s.place.quote[:200]) for s in ss if s.place.quote]


def shown(s: Statement) -> str:
    v = yen_display(s.value) if s.unit == "円" else f"{s.value:g}{s.unit or ''}"
    return f"{s.year}年度 {v}" if s.year else v


def kgi_values(ctx: FactContext, kind: str) -> list[Statement]:
    """The held values of a KGI kind, the plan's own target first: not interim nor long-term, the plan's target
    year first, then the latest year."""
    xs = [s for s in of(ctx, "kgi", kind) if s.value is not None and s.modality in HELD and s.role in ("target", "cumulative")]
    def rank(s: Statement) -> tuple:
        target = ctx.plan.period.target_fy or s.attrs.get("block_year")
        # a value for the target year first; with no target year known, a dated value before an undated one
        at_target = target is not None and s.year == target
        return (bool(s.attrs.get("long_term")), bool(s.attrs.get("interim")), not at_target, -(s.year or 0))

    return sorted(xs, key=rank)


def _cumulative_ok(ctx: FactContext) -> bool:
    """A (KGI（2040年目標）) takes a total to its target year as the plan's value; B and C ask for the target
    year's value (留意事項 「目標年度における目標値」)."""
    return ctx.plan_type == "A"


def target_value(ctx: FactContext, kind: str, skip: Callable[[Statement], bool] = lambda s: False) -> Statement | None:
    """The KGI's target value. A's KGI is the 2040 target (000 第2章 3. 「KGI（2040年目標）」): a value the plan
    marks as interim (「中間（令和12年度）」) beside an empty 2040 cell is a milestone, not that target."""
    ok_cum = _cumulative_ok(ctx)
    return next((s for s in kgi_values(ctx, kind) if (ok_cum or s.role == "target" or _over_period(s, kind)) and not skip(s)
                 and not (ctx.plan_type == "A" and (s.attrs.get("interim") or _short_of_table(ctx, s)))), None)


def _over_period(s: Statement, kind: str) -> bool:
    """Value added stated as the plan period's whole increase (「計画期間を通じて4.6億円の増加」), with no year: the plan's
    figure for the KGI, whose target year is not stated (003 C 「目標年度における目標値を設定してください」)."""
    return kind == "value_added" and s.role == "cumulative" and not s.year


def _short_of_table(ctx: FactContext, s: Statement) -> bool:
    """A KGI whose latest value stops short of the year its table dates the others to (「2030年度 400人」 beside
    「2040年度（目標）〇〇人」 while investment and value added run to 2040): its value is a milestone on the way."""
    g = s.attrs.get("group")
    if g is None or not s.year:
        return False
    return any(x.year and x.year > s.year and x.value is not None and x.attrs.get("group") == g for x in of(ctx, "kgi"))


def named(ctx: FactContext, kind: str) -> list[Statement]:
    """Every statement of a KGI kind: what the plan names, set or not (the evidence of a gap)."""
    return of(ctx, "kgi", kind)


def _value_fact(ctx: FactContext, kind: str, skip: Callable[[Statement], bool] = lambda s: False) -> Any:
    s = target_value(ctx, kind, skip)
    if s is None:
        return _none_read(ctx, kind)
    return s.value, ev(s), shown(s)


def _none_read(ctx: FactContext, kind: str) -> Any:
    """No value: the KGI named without one is a gap with its evidence; a KGI no statement names, though a line
    names it with a figure, goes to a person (unread_indicators)."""
    found = named(ctx, kind)
    return (None, ev(*found[:2])) if found else (unread_kgi(ctx, kind) or (None, []))


def _needs_cumulative(ctx: FactContext) -> bool:
    pt = ctx.kb.plan_types.get(ctx.plan_type or "")
    return bool(pt and any(m.id == "investment" and m.needs_cumulative for m in pt.mandatory_kgis))


@fact("kgi_investment_value", "必須KGI 官民設備投資額の目標年度の目標値")
def kgi_investment_value(ctx: FactContext) -> Any:
    """B: 「目標年度における目標値及び…累積の目標値」 — the cumulative total is not the year's value."""
    if _needs_cumulative(ctx):
        s = next((s for s in kgi_values(ctx, "investment") if s.role == "target"), None)
        return (s.value, ev(s), shown(s)) if s else _none_read(ctx, "investment")
    return _value_fact(ctx, "investment")


@fact("kgi_investment_year", "官民設備投資額の目標年度")
def kgi_investment_year(ctx: FactContext) -> Any:
    s = next(iter(kgi_values(ctx, "investment")), None)
    return (s.year if s else None), ev(s) if s else []


@fact("kgi_investment_cumulative", "官民設備投資額の計画策定時点から目標年度までの累積の目標値")
def kgi_investment_cumulative(ctx: FactContext) -> Any:
    s = next((s for s in kgi_values(ctx, "investment") if s.role == "cumulative"), None)
    return (s.value, ev(s), yen_display(s.value)) if s else None


def rate_only(s: Statement) -> bool:
    return (s.unit or "") in RATE_UNITS


@fact("kgi_value_added_value", "必須KGI 付加価値増加額の目標年度の目標値（金額）")
def kgi_value_added_value(ctx: FactContext) -> Any:
    return _value_fact(ctx, "value_added", rate_only)


@fact("kgi_value_added_rate_only", "付加価値増加額が増加率・倍率だけで書かれ、金額の目標値がない")
def kgi_value_added_rate_only(ctx: FactContext) -> Any:
    if target_value(ctx, "value_added", rate_only) is not None:
        return None
    s = next((s for s in kgi_values(ctx, "value_added") if rate_only(s)), None)
    if s is None:
        s = next((s for s in of(ctx, "kgi", "value_added") if s.role == "change" and s.modality in HELD and rate_only(s)), None)
    return (True, ev(s), shown(s)) if s else None


@fact("kgi_productivity_value", "一人当たり付加価値労働生産性の増加額・増加率（Cの代替KGI）")
def kgi_productivity_value(ctx: FactContext) -> Any:
    """留意事項 2.(1)④※1: 「一人当たり付加価値労働生産性の増加額・増加率」 — a target level, an increase or a rate."""
    s = target_value(ctx, "productivity") or next(
        (s for s in of(ctx, "kgi", "productivity") if s.role == "change" and s.value is not None and s.modality in HELD), None
    )
    return (s.value, ev(s), shown(s)) if s else (None, ev(*named(ctx, "productivity")[:2]))


def _alternatives(ctx: FactContext, kind: str) -> list[str]:
    """The KGI kinds the plan type accepts for a mandatory KGI (C: productivity for value added)."""
    pt = ctx.kb.plan_types.get(ctx.plan_type or "")
    alts = [m.id for m in pt.mandatory_kgis if m.alternative_to == kind] if pt else []
    return [kind, *alts]


def value_added_kgi(ctx: FactContext) -> Statement | None:
    for kind in _alternatives(ctx, "value_added"):
        s = target_value(ctx, kind, rate_only if kind == "value_added" else (lambda s: False))
        if s is None and kind != "value_added":
            s = next((x for x in of(ctx, "kgi", kind) if x.role == "change" and x.value is not None and x.modality in HELD), None)
        if s is not None:
            return s
    return None


@fact("kgi_value_added_set", "付加価値増加額（又はこの類型で認められる代替指標）の目標値がある")
def kgi_value_added_set(ctx: FactContext) -> Any:
    s = value_added_kgi(ctx)
    return (True, ev(s)) if s else None


def _group_dates(ctx: FactContext, s: Statement) -> bool:
    """The list or table the KGI sits in dates its values (so one without a year has none)."""
    g = s.attrs.get("group")
    return g is not None and any(x.year and x.attrs.get("group") == g for x in of(ctx, "kgi"))


# the KGI's target year left to later (「目標年度は研修体系の確定後に設定」「※目標年度は…採択状況を見て設定」)
_YEAR_LATER = re.compile(r"目標年度[^。]{0,40}?(?:確定後|後日|追って|今後|見て|踏まえ|次第)[^。]{0,20}?(?:設定|定め|決定|決め)")


def _kgi_year(ctx: FactContext, s: Statement | None) -> Any:
    """「目標年度における目標値」: the KGI's own year; a KGI with none is the plan's target year's, unless its
    year is left blank (「目標年度：―」) or to later, or its list dates the others and not it."""
    if s is None:
        return None
    if s.year:
        return s.year, ev(s)
    said = nfkc(f"{s.place.quote or ''} {s.attrs.get('raw') or ''}")
    if _over_period(s, s.topic or ""):
        return _period_end(ctx, s, said)
    if s.attrs.get("year_blank") or _group_dates(ctx, s) or _YEAR_LATER.search(said):
        return None, ev(s)
    return ctx.plan.period.target_fy, ev(s)


_SUM_SAID = re.compile(rf"{CUMULATIVE.pattern}|合計")  # 「計画期間の累計で」「5年間の合計」


def _period_end(ctx: FactContext, s: Statement, said: str) -> Any:
    """Value added raised over the plan's period (「計画期間中に5億円増加させる（2025年度比）」): 付加価値増加額 is
    itself an increase, so most naturally that much higher by the period's end — its end year, for a person to confirm.
    A sum the plan names as such (「計画期間の累計」「5年間の合計」) is no target year's value (003 C 「目標年度における
    目標値を設定してください」): no year."""
    if _SUM_SAID.search(said):
        return None, ev(s)
    return Uncertain(ctx.plan.period.end_fy or ctx.plan.period.target_fy, tuple(ev(s)), candidate=s.place.quote)


@fact("kgi_value_added_year", "付加価値増加額の目標年度（KGIに年度がなければ計画の目標年度）")
def kgi_value_added_year(ctx: FactContext) -> Any:
    return _kgi_year(ctx, value_added_kgi(ctx))


@fact("kgi_talent_year", "産業人材育成数の目標年度（KGIに年度がなければ計画の目標年度）")
def kgi_talent_year(ctx: FactContext) -> Any:
    return _kgi_year(ctx, next(iter(kgi_values(ctx, "talent")), None))


@fact("kgi_talent_value", "必須KGI 産業ニーズに即した産業人材育成数の目標値")
def kgi_talent_value(ctx: FactContext) -> Any:
    """留意事項 asks 「目標年度における目標値」; a count of people trained is often written as a total to the
    target year (「人材育成数（累計） R12 620人」). Unlike the investment (「目標年度における目標値及び…累積の目標値」,
    two values), the text sets no form for this count, and a total reached by the target year is a value at it:
    the independent writers judged such totals met in all but one of the dev drafts that give one alone
    (tests/corpus/independent). It is shown as a total."""
    found = _value_fact(ctx, "talent")
    if isinstance(found, Uncertain) or found[0] is not None or ctx.plan_type == "A":
        return found
    cum = next((s for s in kgi_values(ctx, "talent") if s.role == "cumulative"), None)
    if cum is None:
        return found
    return cum.value, ev(cum), f"{shown(cum)}（累計）"


def kgi_names(ctx: FactContext) -> list[Statement]:
    """One statement per KGI the plan names (the first of each kind or name)."""
    seen, out = set(), []
    for s in of(ctx, "kgi"):
        if s.topic in ("basis", "verification", "sales_increase", "value_added_rate"):
            continue
        key = s.topic if s.topic not in ("custom", "employment") else f"{s.topic}:{s.subject}"
        if key not in seen:
            seen.add(key)
            out.append(s)
    return out


@fact("kgi_count", "KGIの数")
def kgi_count(ctx: FactContext) -> Any:
    ks = kgi_names(ctx)
    return len(ks) or None, ev(*ks[:3])


def _set(ctx: FactContext, kind: str) -> bool:
    """A mandatory KGI is set when the plan holds a value for it (B.(2)⑦ 「計画の最終年度において達成を目指す
    目標値（KGI）…を設定していること」): a total to the final year and a rate of change are such values. Whether
    the value has the form 留意事項 asks for (「目標年度における目標値」, an amount) is judged once, by kgi.investment
    / kgi.value_added / kgi.talent, not a second time here."""
    return any(True for _ in kgi_values(ctx, kind)) or (
        kind in ("value_added", "productivity")
        and any(s.role == "change" and s.value is not None and s.modality in HELD for s in of(ctx, "kgi", kind))
    )


@fact("kgi_mandatory_all", "この類型の必須KGIがすべて設定されている")
def kgi_mandatory_all(ctx: FactContext) -> Any:
    pt = ctx.kb.plan_types.get(ctx.plan_type or "")
    if pt is None:
        return None
    missing, unread = [], []
    for m in pt.mandatory_kgis:
        if m.alternative_to:
            continue
        alts = [m.id] + [a.id for a in pt.mandatory_kgis if a.alternative_to == m.id]
        if not any(_set(ctx, k) for k in alts):
            missing.append(m.name)
            unread.append(next((u for k in alts if isinstance(u := _none_read(ctx, k), Uncertain)), None))
    if missing and all(unread):
        # each one missing is written where the goals are but was not read (unread_indicators): a person reads it
        return Uncertain(None, tuple(e for u in unread for e in u.evidence), candidate=unread[0].candidate)
    if missing:
        return False, ev(*kgi_names(ctx)[:3]), "未設定: " + "、".join(missing)
    return True


def _text_of(ctx: FactContext, topic: str) -> Any:
    s = next((s for s in of(ctx, "kgi", topic) if len((s.attrs.get("text") or "").strip()) >= 6), None)
    return (s.attrs["text"], ev(s)) if s else None


@fact("kgi_basis_stated", "KGIの設定根拠が記載されている")
def kgi_basis_stated(ctx: FactContext) -> Any:
    return _text_of(ctx, "basis")


@fact("kgi_verification_stated", "KGIの効果検証の方法が記載されている")
def kgi_verification_stated(ctx: FactContext) -> Any:
    return _text_of(ctx, "verification")
