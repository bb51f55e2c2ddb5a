"""Facts about the regional ripple (域内への波及) and the labour contribution, from the plan's statements.

B.(2)② 「域内への波及効果として、域内取引額、売上額及び持続可能な労働環境の整備（雇用の創出、賃上げ等）が計画されて
いること」 — a topic is stated when the plan holds it (with or without a figure: 「拡大を図る」 plans it);
C.(2)② 「…に関する目標値を設定できていること」 — a value is a held figure that is a target, a change or a total,
not today's level; A.(2)⑥ 「賃上げも含めた持続可能な地域の労働環境整備に貢献すること」. A topic declined
(「賃金の目標は設けない」) or only being considered is not stated.

Where the sales figure sits: neither passage (000 B.(2)② / C.(2)②, 003 B ⑤ / C ④, which carry no ※ note) says
where in the plan 売上額 is planned or given its target. A plan that sets it as a KGI (「独自KGI：海外向け出荷額
600億円」), as a KPI (「粉末貝柱の売上 年2億円」) or as the sales increase its value-added KGI is computed from
(「売上増加額（6.1億円）×既存の付加価値率」) has planned it, as much as one that writes it under 地域へのインパクト.
Those places are read after the ripple item's own statements. The formula's increase is a planned figure
(B: stated); as C's 目標値 it is a candidate a reviewer confirms (review), since the plan sets it as a step of
the value-added calculation, not as a target of its own. A sales line in the KGI or impact items that no
statement reads (a wording the indicator reader does not take) is a candidate too: present, so never a gap.
"""

from __future__ import annotations

import re
from typing import Any

from chiiki_mirai.core.plan import Evidence
from chiiki_mirai.core.statement import Statement
from chiiki_mirai.core.text.normalize import nfkc
from chiiki_mirai.core.text.numbers import find_quantities
from chiiki_mirai.rules.facts.claim_select import statements
from chiiki_mirai.rules.facts.helpers import section_evidence, section_lines, yen_display
from chiiki_mirai.rules.facts.indicator_statements import of
from chiiki_mirai.rules.facts.indicators import HELD, RATE_UNITS, ev
from chiiki_mirai.rules.facts.registry import FactContext, FactFn, Uncertain, fact

TOPICS = (
    ("regional_transactions", "transactions", "域内取引額"),
    ("sales", "sales", "売上額"),
    ("jobs", "jobs", "雇用の創出"),
    ("wages", "wages", "賃上げ"),
)
TARGET_ROLES = ("target", "change", "cumulative")
# what names a sales amount (売上額): sales, shipments, exports, production value, orders in yen
SALES_NAME = re.compile(r"売上|出荷額|出荷高|販売額|販売高|生産額|輸出額|受注額|観光消費額")
# a KPI on orders plans sales too (「県内企業の保守部材受注件数」), though not as an amount
_SALES_KPI = re.compile(SALES_NAME.pattern + r"|受注")
# the items where a plan writes its goals and its impact (目指すべき目標 / 地域へのインパクト), every type
_GOAL_ITEMS = ("A.3.2", "B.3.2", "C.3.2", "B.4.3", "C.4.3")


# a pay rise the plan commits to in its own words (「技能者の基本給を令和8〜10年度で計10%引上げ（労使合意済み）」)
_RAISE = re.compile(r"(?:賃金|給与|基本給|年収|時給|賃上げ|初任給|手当)[^。]{0,30}(?:引上げ|引き上げ|引上|上げる|上げ|増額|改善|アップ)|賃上げ")


def _raises(ctx: FactContext) -> list[Statement]:
    """Held wage claims that raise pay, where no ripple statement of wages was read."""
    return [s for s in statements(ctx, "claim", "wages") if s.modality in HELD and _RAISE.search(nfkc(s.place.quote))]


def _an_amount(s: Statement) -> bool:
    """域内取引額 is an amount (000 B.(2)② / C.(2)② 「域内取引額…が計画されていること／…に関する目標値」): a share of
    purchases made locally (「県内調達比率を40%に」「域内調達率 50%」) is the measure of 現地化 and 外部依存性
    (000 B.(2)③ 「当該地域又は国内で調達」), not a trade amount; a topic stated without a figure (「取引の拡大を図る」)
    still plans it."""
    return s.topic != "transactions" or s.value is None or (s.unit or "") not in RATE_UNITS


def _regional(s: Statement) -> bool:
    """Counted as the topic: for 域内取引額 an amount (not a share), and not orders to partner firms that nothing places
    at home (readers: `unplaced`, 「…ベトナムの協力工場への発注額」). `unplaced` speaks of orders only: sales, jobs or
    wages carrying it (a plan given as statements can) are counted as any other."""
    return _an_amount(s) and not (s.topic == "transactions" and s.attrs.get("unplaced"))


def _held(ctx: FactContext, topic: str) -> list[Statement]:
    """Held statements of a topic, those of the ripple section first."""
    xs = [s for s in of(ctx, "ripple", topic) if s.modality in HELD and _regional(s)]
    return sorted(xs, key=lambda s: bool(s.attrs.get("outside")))


def _to_confirm(ctx: FactContext, topic: str, value: bool) -> Uncertain | None:
    """What a person confirms as 域内取引額 where nothing counts as it: orders to partner firms placed nowhere at home,
    and, as its 目標値 (000 C.(2)② 「域内取引額…に関する目標値」), a target share of local purchases (「地元産原料の
    調達率：20%→2030年度 60%」) — a target relating to regional trade, though not its amount: review, never a gap."""
    if topic != "transactions":
        return None
    xs = [s for s in of(ctx, "ripple", topic) if s.modality in HELD and not _regional(s)
          and (s.attrs.get("unplaced") or value and s.value is not None and s.role in TARGET_ROLES
               and not s.attrs.get("amount_open"))]  # not beside the amount the plan leaves as 〇〇: that is its gap
    return Uncertain(None, tuple(ev(xs[0])), candidate=xs[0].place.quote) if xs else None


def _sales_kgis(ctx: FactContext) -> list[Statement]:
    """The plan's own sales KGIs in yen (not today's level), the plan's target first."""
    xs = [
        s for s in of(ctx, "kgi") if s.modality in HELD and s.value is not None and s.unit == "円"
        and s.role in TARGET_ROLES and SALES_NAME.search(nfkc(s.subject or ""))
    ]
    return sorted(xs, key=lambda s: (bool(s.attrs.get("long_term")), bool(s.attrs.get("interim"))))


def _sales_kpis(ctx: FactContext) -> list[Statement]:
    return [s for s in of(ctx, "kpi") if s.modality in HELD and _SALES_KPI.search(nfkc(s.subject or ""))]


def _kpi_amount(s: Statement) -> float | None:
    """The yen amount of a sales KPI's target (「令和十二年度に年二億円」), when it names sales in yen."""
    if not SALES_NAME.search(nfkc(s.subject or "")):
        return None
    q = [x for x in find_quantities(str(s.attrs.get("target") or "")) if x.is_money]
    return q[0].value if q else None


def _formula_sales(ctx: FactContext) -> list[Statement]:
    """The sales increase the value-added KGI is computed from (「売上増加額（6.1億円）」): a planned change."""
    return [s.model_copy(update={"role": "change"}) for s in of(ctx, "kgi", "sales_increase")
            if s.value is not None and s.modality in HELD]


def ripple_value(ctx: FactContext, topic: str) -> Statement | None:
    # a rate does not fill an amount the plan leaves as a placeholder (readers: amount_open)
    own = next((s for s in _held(ctx, topic) if s.value is not None and s.role in TARGET_ROLES and not s.attrs.get("amount_open")), None)
    if own is not None or topic != "sales":
        return own
    return next(iter(_sales_kgis(ctx)), None)


def _sales_line(ctx: FactContext) -> tuple[str, list[Evidence]] | None:
    """A line of the goal or impact items that names sales with a yen amount: the candidate no statement read."""
    goals = [sid for sid in sorted(ctx.plan.sections) if any(sid == p or sid.startswith(p + ".") for p in _GOAL_ITEMS)]
    for sec, line in section_lines(ctx, goals):
        if SALES_NAME.search(line) and any(q.is_money for q in find_quantities(line)):
            return line, [section_evidence(sec, line)]
    return None


def _shown(s: Statement) -> str:
    if s.value is None:  # a KPI on sales: its name and target as written
        return f"{s.subject}：{s.attrs.get('target') or ''}".rstrip("：")
    v = yen_display(s.value) if s.unit == "円" else f"{s.value:g}{s.unit or ''}"
    v = f"{s.subject}：{v}" if s.kind != "ripple" and s.subject else v
    return f"{s.year}年度 {v}" if s.year else v


def _candidate(ctx: FactContext, value: bool) -> Uncertain | None:
    """What the plan writes on sales that no reading vouches for as the asked figure: a sales line of the goal
    or impact items, else (C's target value) the increase the value-added formula uses."""
    line = _sales_line(ctx)
    if line is not None:
        return Uncertain(None, tuple(line[1]), candidate=line[0])
    formula = next(iter(_formula_sales(ctx)), None) if value else None
    if formula is None:
        return None
    said = f"付加価値増加額の算定に用いた売上増加額 {yen_display(formula.value)}"
    place = formula.place
    return Uncertain(None, (Evidence(section=place.section, line=place.line, text=place.quote[:200] or said),), candidate=said)


# a KGI or KPI on jobs or wages plans them too (「KPI：製造従事者の平均年収 520万円→680万円」): stated, for the
# requirements that ask that they be planned or contributed to (B.(2)②, A.(2)⑥), and with a figure to reach they
# are C's 目標値 too, after the ripple's own
LABOUR_NAME = {
    "wages": re.compile(r"賃金|賃上げ|給与|年収|時給|所得|報酬|初任給"),
    "jobs": re.compile(r"雇用(?!労働)|従業員数|雇用者数|従業者数|就業者数|新規採用|採用数"),
}


def _indicators_on(ctx: FactContext, topic: str) -> list[Statement]:
    rx = LABOUR_NAME[topic]
    return [s for s in of(ctx, "kgi") + of(ctx, "kpi") if s.modality in HELD and s.role != "current"
            and rx.search(nfkc(s.subject or "")) and s.topic not in ("basis", "verification")]


def _stated(ctx: FactContext, topic: str) -> Any:
    xs = _held(ctx, topic)
    if xs:
        return (xs[0].attrs.get("raw") or xs[0].place.quote or True), ev(xs[0])
    if topic in LABOUR_NAME and (on := _indicators_on(ctx, topic)):
        return (on[0].place.quote or _shown(on[0])), ev(on[0])
    if topic == "wages" and (raised := _raises(ctx)):
        return raised[0].place.quote, ev(raised[0])
    if topic == "sales":
        planned = _sales_kgis(ctx) + _sales_kpis(ctx) + _formula_sales(ctx)
        if planned:
            s = planned[0]
            return (s.place.quote or _shown(s)), ev(s)
        return _candidate(ctx, value=False) or (None, [])
    return _to_confirm(ctx, topic, value=False) or (None, ev(*of(ctx, "ripple", topic)[:1]))


def _value(ctx: FactContext, topic: str) -> Any:
    s = ripple_value(ctx, topic)
    if s is not None:
        return s.value, ev(s), _shown(s)
    if topic == "sales":
        for k in _sales_kpis(ctx):
            if (amount := _kpi_amount(k)) is not None:
                return amount, ev(k), f"{k.subject}：{yen_display(amount)}（KPI）"
        return _candidate(ctx, value=True) or (None, [])
    return _to_confirm(ctx, topic, value=True) or (None, ev(*_held(ctx, topic)[:1]))


def _mk(topic: str, want_value: bool) -> FactFn:
    return lambda ctx: _value(ctx, topic) if want_value else _stated(ctx, topic)


for _key, _topic, _ja in TOPICS:
    fact(f"ripple_{_key}_stated", f"{_ja}が記載されている")(_mk(_topic, False))
    fact(f"ripple_{_key}_value", f"{_ja}の目標値（数値）")(_mk(_topic, True))


@fact("ripple_transactions_share_note", "域内取引額に代えて調達率だけが示されている（理由の補足）")
def ripple_transactions_share_note(ctx: FactContext) -> Any:
    """Where no 域内取引額 is read but a share of local purchases is (「県内調達比率を…45%に」), the gap's reason says
    why that share does not plan it; blank for every other draft."""
    shares = [] if _held(ctx, "transactions") else [
        s for s in of(ctx, "ripple", "transactions") if s.modality in HELD and not _an_amount(s)]
    if not shares:
        return None, [], ""
    return shares[0].place.quote, ev(shares[0]), "（調達率だけでは取引額にならない）"


def _indicator_target(ctx: FactContext, topic: str) -> Statement | None:
    """A KGI or KPI on jobs or wages with a figure to reach (「水産加工従事者の平均時給 1,010円→1,250円」) is a target
    value on them, wherever the plan sets it (C.(2)② asks that the value be set, not where)."""
    for s in _indicators_on(ctx, topic):
        if s.value is not None and s.role in TARGET_ROLES:
            return s
        if s.kind == "kpi" and find_quantities(str(s.attrs.get("target") or "")):
            return s
    return None


@fact("ripple_labour_value", "持続可能な労働環境の整備（雇用の創出・賃上げ等）の目標値がある")
def ripple_labour_value(ctx: FactContext) -> Any:
    found = [s for s in (ripple_value(ctx, "jobs"), ripple_value(ctx, "wages")) if s is not None]
    found = found or [s for s in (_indicator_target(ctx, "jobs"), _indicator_target(ctx, "wages")) if s is not None]
    if not found:
        return None, ev(*(_held(ctx, "jobs") + _held(ctx, "wages"))[:2])
    return True, ev(*found)


@fact("ripple_labour_stated", "雇用の創出・賃上げが記載されている")
def ripple_labour_stated(ctx: FactContext) -> Any:
    xs = _held(ctx, "jobs") + _held(ctx, "wages") or _indicators_on(ctx, "jobs") + _indicators_on(ctx, "wages")
    return (True if xs else None), ev(*xs[:2])
