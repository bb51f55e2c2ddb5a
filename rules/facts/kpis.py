"""Facts about the KPIs, their 5W1H and withdrawal criteria, their monitoring, and the value-added formula;
computed from the plan's statements (rules/facts/indicator_statements).

A field counts as set when the plan holds it: 「（調整中）」 (placeholder), 「―」 (blank), 「設けない」 (negated) or
「今後設定する」 (considering) are stated but not set — the KPI item is then partial, not missing. Sources:
政策パッケージ 第2章 2. 「KPI 及び 5W1H（施策の意義、内容、期限、担当部署、検討の場及び進め方）を設定し」;
B.(2)⑦ / C.(2)⑥ 「KPI 及び KPI 未達時の撤退基準を設定していること」; 留意事項 1.(1)④ 「定期的（半期ごと等）に…
KPI等を確認し…努めてください」; 留意事項 2.(1)④ 「製品・サービスの売上増加額（単価増 and/or 取扱増）」×「既存の
付加価値率」.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any

from chiiki_mirai.core.statement import Statement
from chiiki_mirai.core.text.cues import is_semiannual
from chiiki_mirai.core.text.modality import pending_slot
from chiiki_mirai.core.text.withdrawal import CONDITION
from chiiki_mirai.rules.facts.helpers import yen_display
from chiiki_mirai.rules.facts.indicator_statements import of
from chiiki_mirai.rules.facts.indicators import HELD, ev, rate_only, target_value
from chiiki_mirai.rules.facts.registry import FactContext, Uncertain, fact
from chiiki_mirai.rules.facts.unread_indicators import unread_kpis

NOT_SET_JA = {"placeholder": "未確定", "negated": "設けない", "considering": "検討中", "none": "空欄"}


def _kpis(ctx: FactContext) -> list[Statement]:
    return [s for s in of(ctx, "kpi") if s.subject]


@fact("kpi_count", "KPIの数")
def kpi_count(ctx: FactContext) -> Any:
    ks = _kpis(ctx)
    if not ks:
        return unread_kpis(ctx) or (None, [])  # KPIs written in a way no reader took go to a person
    return len(ks), ev(*ks[:3])


def field_set(s: Statement, name: str) -> bool:
    text = (s.attrs.get(name) or "").strip()
    return bool(text) and s.attrs.get(name + "_modality", "affirmed") in HELD


def _all(ctx: FactContext, name: str, held_else: Callable[[Statement], bool] = lambda s: False) -> Any:
    """True when every KPI holds the field (or `held_else` says it has it by other means); else False with the KPIs
    that lack it (and how, when stated)."""
    ks = _kpis(ctx)
    if not ks:
        return unread_kpis(ctx)
    lacking = [s for s in ks if not field_set(s, name) and not held_else(s)]
    if not lacking:
        return True, ev(*ks[:3])
    parts = []
    for s in lacking:
        mod = s.attrs.get(name + "_modality") if (s.attrs.get(name) or "").strip() else None
        parts.append(f"{s.subject}（{NOT_SET_JA.get(mod, '記載なし')}）" if mod else s.subject)
    stated = [s for s in lacking if (s.attrs.get(name) or "").strip()]
    return False, ev(*(stated or ks)[:3]), "未設定: " + "、".join(parts)


@fact("kpi_withdrawal_all", "すべてのKPIに未達時の撤退基準が設定されている")
def kpi_withdrawal_all(ctx: FactContext) -> Any:
    """Set for every KPI; a criterion held but without a condition the reader can find (「推進会議で見直す」) may
    not be one: the item goes to a reviewer with its quote."""
    found = _all(ctx, "withdrawal")
    if not (isinstance(found, tuple) and found[0] is True):
        return found
    vague = [s for s in _kpis(ctx) if not CONDITION.search(s.attrs.get("withdrawal") or "")]
    if vague:
        shown = "、".join(f"{s.subject}「{(s.attrs.get('withdrawal') or '')[:40]}」" for s in vague)
        return Uncertain(True, tuple(ev(*vague[:3])), "条件の読み取れない撤退基準: " + shown)
    return found


@fact("kpi_withdrawal_any", "撤退基準が設定されたKPIがある")
def kpi_withdrawal_any(ctx: FactContext) -> Any:
    ks = _kpis(ctx)
    return (any(field_set(s, "withdrawal") for s in ks) or None) if ks else None


@fact("kpi_owner_all", "すべてのKPIに担当部署がある")
def kpi_owner_all(ctx: FactContext) -> Any:
    return _all(ctx, "owner")


# a KPI that repeats a KGI (「付加価値増加額（KGI①再掲）」): the same indicator, due when the KGI is
_REPEATS_KGI = re.compile(r"(?:KGI|ＫＧＩ)[^)）]{0,4}再掲|再掲[^)）]{0,4}(?:KGI|ＫＧＩ)")


@fact("kpi_deadline_all", "すべてのKPIに期限がある")
def kpi_deadline_all(ctx: FactContext) -> Any:
    """期限 of each KPI; a KPI repeating a KGI takes the KGI's target year when the plan states one."""
    dated = bool(ctx.plan.period.target_fy or any(k.year for k in of(ctx, "kgi") if k.value is not None))
    return _all(ctx, "deadline", lambda s: dated and bool(_REPEATS_KGI.search(s.subject or "")))


def _slot(s: Statement) -> bool:
    """A KPI's target written as a slot: 「年●●件」, or a pending note standing for the figure. Read here, on the
    statement, so that a plan read from a document and one given as fields (indicator_statements) judge alike."""
    target, mod = s.attrs.get("target") or "", s.attrs.get("target_modality")
    return mod == "placeholder" or mod == "considering" and pending_slot(target)


@fact("kpi_target_placeholder", "目標値が未確定（〇〇・●●等）のKPIがある")
def kpi_target_placeholder(ctx: FactContext) -> Any:
    """A KPI whose target is written as a slot (「年●●件」) is named but not set; a KPI without a target field
    is not judged here (unknown is never a negative)."""
    bad = [s for s in _kpis(ctx) if (s.attrs.get("target") or "").strip() and _slot(s)]
    if not bad:
        return None
    return True, ev(*bad[:3]), "目標値が未確定: " + "、".join(f"{s.subject}（{s.attrs['target']}）" for s in bad)


def _cycles(ctx: FactContext) -> list[tuple[str, Statement]]:
    """(cycle as written, statement) of the plan's monitoring statements, then of each KPI's own."""
    out = [(s.attrs.get("cycle") or "", s) for s in of(ctx, "monitoring") if s.modality in HELD]
    out += [(s.attrs["cycle"], s) for s in _kpis(ctx) if s.attrs.get("cycle")]
    return [(c, s) for c, s in out if c.strip()]


@fact("kpi_monitoring_stated", "KPIの定期的なモニタリング（半期ごと等）が記載されている")
def kpi_monitoring_stated(ctx: FactContext) -> Any:
    # the guidance asks for 定期的（半期ごと等）: a yearly check is stated but falls short (see below)
    c = next(((c, s) for c, s in _cycles(ctx) if is_semiannual(c)), None)
    return (c[0], ev(c[1])) if c else None


@fact("kpi_monitoring_infrequent", "KPIの確認周期が記載されているが半期ごとより長い（年1回等）")
def kpi_monitoring_infrequent(ctx: FactContext) -> Any:
    if kpi_monitoring_stated(ctx) is not None:
        return None
    c = next(((c, s) for c, s in _cycles(ctx) if len(c) >= 2), None)
    return (c[0], ev(c[1])) if c else None


def _formula_inputs(ctx: FactContext) -> tuple[Statement, list[float], list[float], list[Statement]] | None:
    """(the value-added KGI, the 売上増加額 figures in yen, the 付加価値率 figures, the stated amounts) when the
    KGI and both kinds of figure are stated."""
    k = target_value(ctx, "value_added", rate_only)
    sales = [s.value for s in of(ctx, "kgi", "sales_increase") if s.value is not None]
    rates = [s.value for s in of(ctx, "kgi", "value_added_rate") if s.value is not None]
    if k is None or not sales or not rates:
        return None
    # an amount in yen, or a value with no unit given (a YAML or form field: amounts are normalised to yen, and
    # kgi_value_added_set counts it as the amount) — never a rate or a multiple
    amounts = [s for s in of(ctx, "kgi", "value_added")
               if s.value is not None and s.unit in ("円", None) and s.modality in HELD]
    return k, sales, rates, amounts


@fact("value_added_formula_found", "付加価値増加額とその算定に使う売上増加額・付加価値率が記載されている")
def value_added_formula_found(ctx: FactContext) -> Any:
    found = _formula_inputs(ctx)
    return (True, ev(found[0])) if found else None


@fact("value_added_formula_consistent", "付加価値増加額が「売上増加額×既存付加価値率」の算定と一致する")
def value_added_formula_consistent(ctx: FactContext) -> Any:
    """Consistent when a stated value-added amount (any year: the formula may be written for the final or an
    interim year) is within 5% of a stated 売上増加額 × a stated 付加価値率 (a plan may name component rates
    before the one it multiplies by)."""
    found = _formula_inputs(ctx)
    if found is None:
        return None
    k, sales, rates, amounts = found
    for sv in sales:
        for rv in rates:
            expected = sv * rv
            match = next((a for a in amounts if abs(expected - (a.value or 0)) <= max(0.05 * abs(expected), 1.0)), None)
            if match is not None:
                return True, ev(match), _formula_text(sv, rv, match.value or 0)
    return False, ev(k), _formula_text(sales[0], rates[0], k.value)


def _formula_text(sales: float, rate: float, stated: float | None) -> str:
    return f"{yen_display(sales)} × {rate:.0%} = {yen_display(sales * rate)}（記載値 {yen_display(stated)}）"
