"""The statements the indicator facts read: KGIs, KPIs, monitoring and ripple.

A plan read from a document carries them (readers/statements/indicators). A plan given as YAML/JSON, built by
the app's form or changed by a what-if edit carries only fields: its statements are derived here from those
fields, in one place, with the modality of each field's own wording (「（調整中）」 is a placeholder, 「設けない」
negated), so a plan gives the same verdicts whichever way it came.
"""

from __future__ import annotations

import re

from chiiki_mirai.core.plan import KGI, KPI, Evidence, Plan, RippleTarget
from chiiki_mirai.core.statement import Place, Statement
from chiiki_mirai.core.text.cues import CYCLE
from chiiki_mirai.core.text.formula import formula_figures
from chiiki_mirai.core.text.modality import field_modality
from chiiki_mirai.core.text.withdrawal import criterion_modality
from chiiki_mirai.knowledge.loader import KnowledgeBase
from chiiki_mirai.rules.facts.registry import FactContext

KINDS = ("kgi", "kpi", "monitoring", "ripple")
KPI_FIELDS = {
    "target": "target",
    "deadline": "deadline",
    "owner": "owner",
    "withdrawal": "withdrawal_criterion",
    "significance": "significance",
    "venue": "venue",
    "approach": "approach",
}
RIPPLE_TOPICS = {"regional_transactions": "transactions", "sales": "sales", "jobs": "jobs", "wages": "wages"}
_BLANK = re.compile(r"^[\s\-‐‑‒–—―ー−─_~－]*$")
_CUMULATIVE = re.compile(r"累計|累積")
_CYCLE = re.compile(CYCLE)


def _place(e: Evidence | None) -> Place:
    return Place(section=e.section, line=e.line, quote=e.text[:300]) if e is not None else Place()


def text_modality(text: str | None) -> str:
    """The modality of a field's text; a dash is blank (none)."""
    if text is None or _BLANK.match(text):
        return "none"
    return field_modality(text)


def _kgi(k: KGI) -> list[Statement]:
    base = {"mandatory": k.mandatory, "raw": k.raw, "annual": k.annual, "state": "value"}
    out = []
    # a value written only as a cumulative total (「累計600人」, annual false) is the sum, not the year's value
    role = "cumulative" if k.cumulative_value is None and k.annual is False and _CUMULATIVE.search(k.raw or "") else "target"
    if k.value is not None:
        out.append(Statement(kind="kgi", topic=k.kind, subject=k.name, value=k.value, unit=k.unit, year=k.year, role=role,  # type: ignore[arg-type]
                             attrs=base, place=_place(k.evidence)))
    if k.cumulative_value is not None:
        out.append(Statement(kind="kgi", topic=k.kind, subject=k.name, value=k.cumulative_value, unit=k.unit, year=k.year,
                             role="cumulative", attrs=base, place=_place(k.evidence)))
    if not out:
        mod = text_modality(k.raw) if k.raw else "none"
        out.append(Statement(kind="kgi", topic=k.kind, subject=k.name, role="target", modality=mod,  # type: ignore[arg-type]
                             attrs={**base, "state": "text" if k.raw else "blank"}, place=_place(k.evidence)))
    if k.basis:
        out.append(Statement(kind="kgi", topic="basis", subject=k.kind, attrs={"text": k.basis}, place=_place(k.evidence)))
        out += [Statement(kind="kgi", topic=t, value=v, unit="share" if t == "value_added_rate" else "円", attrs={"raw": r},
                          place=_place(k.evidence)) for t, v, r in formula_figures(k.basis)]
    if k.verification:
        out.append(Statement(kind="kgi", topic="verification", attrs={"text": k.verification}, place=_place(k.evidence)))
    return out


def _kpi(k: KPI) -> Statement:
    attrs: dict = {}
    for key, name in KPI_FIELDS.items():
        text = getattr(k, name)
        if text is not None and text.strip():
            attrs[key] = text
            attrs[key + "_modality"] = criterion_modality(text) if key == "withdrawal" and not _BLANK.match(text) else text_modality(text)
    if k.monitoring_cycle:
        m = _CYCLE.search(k.monitoring_cycle)
        attrs["cycle"] = m.group(0) if m else k.monitoring_cycle
    return Statement(kind="kpi", subject=k.name, attrs=attrs, place=_place(k.evidence))


def _ripple(topic: str, t: RippleTarget) -> list[Statement]:
    if not t.stated and t.value is None:
        return []
    mod = text_modality(t.text) if t.text else "affirmed"
    return [Statement(kind="ripple", topic=topic, value=t.value, unit=t.unit, year=t.year,
                      role="target" if t.value is not None else None, modality=mod if mod != "none" else "affirmed",  # type: ignore[arg-type]
                      attrs={"raw": t.text}, place=_place(t.evidence))]


def _item_ids(kb: KnowledgeBase, words: str) -> set[str]:
    """The ids of the 記載項目 whose heading has these words (「設定の根拠」「効果検証」), in every plan type."""
    return {i.id for pt in kb.plan_types.values() for sec in pt.sections for i in sec.items if re.search(words, i.heading)}


def _section_statements(plan: Plan, kb: KnowledgeBase) -> list[Statement]:
    """A YAML plan's 設定の根拠 / 効果検証 texts: the basis, the verification and the formula's figures."""
    out: list[Statement] = []
    for topic, words in (("basis", r"設定の根拠"), ("verification", r"効果検証")):
        for sid in sorted(_item_ids(kb, words) & set(plan.sections)):
            sec = plan.sections[sid]
            if not sec.text.strip():
                continue
            place = _place(sec.evidence)
            out.append(Statement(kind="kgi", topic=topic, attrs={"text": sec.text[:300]}, place=place))
            if topic == "basis":
                out += [Statement(kind="kgi", topic=t, value=v, unit="share" if t == "value_added_rate" else "円",
                                  attrs={"raw": r}, place=place) for t, v, r in formula_figures(sec.text)]
    return out


def from_fields(plan: Plan, kb: KnowledgeBase) -> list[Statement]:
    """The indicator statements a plan's fields state."""
    out: list[Statement] = []
    for k in plan.kgis:
        out += _kgi(k)
    out += _section_statements(plan, kb)
    out += [_kpi(k) for k in plan.kpis]
    if plan.kpi_monitoring_cycle:
        m = _CYCLE.search(plan.kpi_monitoring_cycle)
        out.append(Statement(kind="monitoring", attrs={"cycle": m.group(0) if m else plan.kpi_monitoring_cycle},
                             place=Place(quote=plan.kpi_monitoring_cycle[:300])))
    for field, topic in RIPPLE_TOPICS.items():
        out += _ripple(topic, getattr(plan.ripple, field))
    return out


def indicator_statements(ctx: FactContext) -> list[Statement]:
    """The plan's indicator statements; of a kind the plan carries none of (a YAML plan, a field a what-if edit
    changed and whose statements it dropped), those its fields state (computed once)."""
    if "indicators" not in ctx.memo:
        own = [s for s in ctx.plan.statements if s.kind in KINDS]
        have = {s.kind for s in own}
        derived = [s for s in from_fields(ctx.plan, ctx.kb) if s.kind not in have] if have != set(KINDS) else []
        ctx.memo["indicators"] = own + derived
    return ctx.memo["indicators"]


def of(ctx: FactContext, kind: str, topic: str | None = None) -> list[Statement]:
    return [s for s in indicator_statements(ctx) if s.kind == kind and (topic is None or s.topic == topic)]
