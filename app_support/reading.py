"""What the reader understood, in words a planner reads: tables of the 記載項目 found and not found, and of
the values read with where they were read; Japanese names for the facts that evidence is quoted for.

Only data here (lists of row dicts and strings); the planner and reviewer pages show them.
"""

from __future__ import annotations

import html
import re
from collections.abc import Iterator

from chiiki_mirai.core.plan import AUTHOR_KIND_JA, KGI, KPI, Evidence, Plan, RippleTarget
from chiiki_mirai.core.result import CriterionOut, Item, ParseReport
from chiiki_mirai.knowledge.loader import KnowledgeBase
from chiiki_mirai.reports.common import evidence_location
from chiiki_mirai.rules.facts import yen_display
from chiiki_mirai.rules.facts.registry import REGISTRY

FORMAT_JA = {"markdown": "Markdown", "text": "テキスト", "docx": "Word（.docx）", "yaml": "YAML", "json": "JSON"}
TYPE_SOURCE_JA = {"metadata": "表紙の記載", "heading": "見出し", "text": "本文の記載", "given": "指定"}
FOUND, NOT_FOUND, OPTIONAL = "✓ 見つかった", "✗ 見つからない", "－ 任意（記載なし）"
_TAG = re.compile(r"</?[A-Za-z][^<>]{0,300}>")
_BLANKS = re.compile(r"[ \t\u3000]+")
_BULLET = re.compile(r"^(?:[-*・]\s*)?(?:[✓✔]\s*)?")  # list and check marks the sources carry at line starts


def clean_text(text: str) -> str:
    """Source and draft text without markup: HTML tags removed, entities decoded, list and check marks at
    line starts dropped, spaces collapsed per line."""
    text = html.unescape(_TAG.sub(" ", text or ""))
    lines = (_BULLET.sub("", _BLANKS.sub(" ", line).strip()) for line in text.splitlines())
    return "\n".join(line for line in lines if line)


# ---- fact names ---------------------------------------------------------------------------------------------


def fact_label(fact: str, item: Item | None = None, kb: KnowledgeBase | None = None) -> str:
    """A Japanese name for a fact: the label of the item's criterion that tests it, else the fact's own
    description, else the 記載項目 for a section fact."""
    if item is not None:
        crit: CriterionOut | None = next((c for c in item.criteria if fact in c.facts), None)
        if crit is not None and not crit.label.startswith("{"):
            return crit.label
    if fact.startswith("section:"):
        section_id = fact.split(":", 1)[1]
        heading = _heading(kb, section_id) if kb is not None else ""
        return f"記載項目「{heading}」" if heading else "記載項目"
    entry = REGISTRY.get(fact)
    return entry[0] if entry else "計画書の記載"


def _heading(kb: KnowledgeBase, section_id: str) -> str:
    for pt in kb.plan_types.values():
        for s in pt.sections:
            if s.id == section_id:
                return s.heading
            for it in s.items:
                if it.id == section_id:
                    return it.heading
    return ""


# ---- 記載項目 ---------------------------------------------------------------------------------------------------


def section_rows(report: ParseReport, kb: KnowledgeBase, plan_type: str | None) -> list[dict[str, str]]:
    """One row per 記載項目 of the type: found (with the draft's heading) or not."""
    t = report.sections_matched_as or plan_type
    if t not in kb.plan_types:
        return []
    found = set(report.found) | set(report.sections)
    rows = []
    for s in kb.plan_types[t].sections:
        entries = [(s.id, f"{s.number}. {s.heading}" if s.required else s.heading, s.required)]
        entries += [(it.id, f"　({n}) {it.heading}", it.required and s.required) for n, it in enumerate(s.items, 1)]
        for sid, label, required in entries:
            state = FOUND if sid in found else NOT_FOUND if required else OPTIONAL
            rows.append({"記載項目": label, "状態": state, "素案の見出し": report.sections.get(sid, "")})
    return rows


# ---- values read ------------------------------------------------------------------------------------------------


def _where(ev: Evidence | None) -> str:
    return evidence_location(ev.section, ev.line) if ev is not None else ""


def _row(name: str, value: str | None, ev: Evidence | None) -> dict[str, str] | None:
    return {"項目": name, "読み取った内容": value, "場所": _where(ev)} if value else None


def _kgi(k: KGI) -> str:
    amount = k.raw or (yen_display(k.value) if k.unit == "円" else f"{k.value:g}{k.unit or ''}" if k.value else "")
    parts = [f"{k.year}年度" if k.year else "", amount]
    if k.cumulative_value:
        cum = yen_display(k.cumulative_value) if k.unit == "円" else f"{k.cumulative_value:g}{k.unit or ''}"
        parts.append(f"（累積 {cum}）")
    return f"{k.name}：" + " ".join(p for p in parts if p) if any(parts) else k.name


def _kpi(k: KPI) -> str:
    extra = [f"目標 {k.target}" if k.target else "", f"期限 {k.deadline}" if k.deadline else ""]
    extra.append(f"担当 {k.owner}" if k.owner else "")
    extra.append(f"撤退基準 {k.withdrawal_criterion}" if k.withdrawal_criterion else "撤退基準なし")
    return f"{k.name}（{'、'.join(e for e in extra if e)}）"


def _ripple(name: str, r: RippleTarget) -> dict[str, str] | None:
    if not r.stated:
        return None
    value = r.text or ""
    if r.value is None:
        value += "（目標値なし）"
    return _row(name, value, r.evidence)


def _basics(plan: Plan, report: ParseReport | None) -> Iterator[dict[str, str] | None]:
    yield _row("表題", plan.title, None)
    if plan.plan_type:
        src = TYPE_SOURCE_JA.get(report.plan_type_source or "", "") if report else ""
        yield _row("類型", plan.plan_type + (f"（{src}から）" if src else ""), None)
    for a in plan.authors:
        kind = AUTHOR_KIND_JA.get(a.kind or "", "")
        yield _row("策定主体", a.name + (f"（{kind}）" if kind else ""), a.evidence)
    p = plan.period
    if p.start_fy or p.end_fy or p.target_fy:
        span = f"{p.start_fy or '？'}年度〜{p.end_fy or '？'}年度"
        yield _row("計画期間", span + (f"（目標年度 {p.target_fy}年度）" if p.target_fy else ""), p.evidence)
    ind = plan.industry
    yield _row("産業領域・製品", "、".join(x for x in [ind.domain or "", *ind.products] if x), ind.evidence)
    yield _row("核となる区域", plan.core_area, None)
    m = plan.target_market
    yield _row("ターゲット市場", "・".join(m.attributes) + (f"　{m.needs}" if m.needs else ""), m.evidence)


def _indicators(plan: Plan) -> Iterator[dict[str, str] | None]:
    for c in plan.core_companies:
        yield _row("核となる事業者", c.name + (f"（{c.role}）" if c.role else ""), c.evidence)
    for k in plan.kgis:
        yield _row("KGI", _kgi(k), k.evidence)
    for k in plan.kpis:
        yield _row("KPI", _kpi(k), k.evidence)
    yield _row("KPIの点検の頻度", plan.kpi_monitoring_cycle, None)
    r = plan.ripple
    for name, target in (("域内取引額", r.regional_transactions), ("売上額", r.sales), ("雇用の創出", r.jobs)):
        yield _ripple(name, target)
    yield _ripple("賃上げ", r.wages)
    for inv in plan.investments:
        yield _row("投資案件", inv.description + (f"（{yen_display(inv.amount)}）" if inv.amount else ""), inv.evidence)


def _commitment(plan: Plan) -> Iterator[dict[str, str] | None]:
    loc = plan.localization
    yield _row("現地化の方針", loc.policy, loc.evidence)
    s = plan.commitment.support_system
    if s is not None:
        parts = [s.lead or "", s.body or "", "・".join(s.financial_institutions)]
        yield _row("伴走支援体制", "　".join(p for p in parts if p) or "記載あり", s.evidence)
    d = plan.commitment.consultation_desk
    if d is not None:
        yield _row("相談窓口", "　".join(x for x in (d.name or "", d.department or "") if x) or "記載あり", d.evidence)


def value_rows(plan: Plan, report: ParseReport | None) -> list[dict[str, str]]:
    """What the reader read, one row per value, with where in the draft."""
    rows = [*_basics(plan, report), *_indicators(plan), *_commitment(plan)]
    return [r for r in rows if r]


def metadata_rows(report: ParseReport) -> list[dict[str, str]]:
    names = {"type": "類型", "author": "策定主体", "period": "計画期間", "target": "目標年度", "title": "表題"}
    return [{"項目": names.get(k, k), "記載": v} for k, v in report.metadata.items()]


def summary_line(report: ParseReport) -> str:
    parts = [f"形式：{FORMAT_JA.get(report.format, report.format)}"]
    if report.encoding:
        parts.append(f"文字コード：{report.encoding.upper()}")
    if report.plan_type:
        src = TYPE_SOURCE_JA.get(report.plan_type_source or "", "")
        parts.append(f"類型：{report.plan_type}" + (f"（{src}から）" if src else ""))
    return "　".join(parts)
