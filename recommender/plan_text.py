"""A plan's text cut into weighted segments: where a word occurs says how much it tells about needs.

The 課題 and 講じるべき政策 sections (tag 【政策手段】, or a heading naming 課題/政策/施策) say what the
plan needs and weigh most; the strategy and target market (【道筋】) next; what the plan is about
(industry, products) next; the goals, background and the rest least. The commitment section
describes the desk or support system the plan already has, so it weighs less than the rest.
"""

from __future__ import annotations

import re

from chiiki_mirai.core.plan import Plan
from chiiki_mirai.knowledge.loader import KnowledgeBase

W_NEEDS = 3.0  # 課題 / 講じるべき政策 / 活用が想定される施策
W_STRATEGY = 2.0  # 勝ち筋・基本戦略・ターゲット市場
STRATEGY_LABEL = "戦略・ターゲット市場"  # the label of those statements (plan_evidence.market_evidence reads it)
W_SUBJECT = 1.5  # 業種・製品・特定の理由
W_OTHER = 1.0
W_COMMITMENT = 0.5
W_PREFACE = 0.3

# the commitment section under its prescribed name or the plain words a plan may give it (「伴走支援体制」, 「相談窓口」,
# 「相談したいときは？」): the desk and the support the plan sets up itself
COMMITMENT_HEADING = re.compile(r"コミットメント|伴走支援体制|相談窓口|相談体制|相談したい")
_NEEDS_HEADING = re.compile(r"課題|講じ|政策|施策|支援策")
_STRATEGY_HEADING = re.compile(r"戦略|勝ち筋|市場|取組の具体像|投資の具体像")
_SUBJECT_HEADING = re.compile(r"業種|作物|品種|製品|分野|産業領域|特定の理由")


def section_tags(kb: KnowledgeBase, plan_type: str | None) -> dict[str, str]:
    tags: dict[str, str] = {}
    for t, pt in kb.plan_types.items():
        if plan_type and t != plan_type:
            continue
        for sec in pt.sections:
            if sec.tag:
                tags[sec.id] = sec.tag
    return tags


def section_weight(section_id: str, heading: str, tags: dict[str, str]) -> tuple[float, str]:
    """(weight, Japanese label) of one section of the plan."""
    if section_id.endswith("commitment") or COMMITMENT_HEADING.search(heading):
        return W_COMMITMENT, "自治体のコミットメント"
    if _NEEDS_HEADING.search(heading):
        return W_NEEDS, "課題・政策手段"
    parts = section_id.split(".")
    tag = tags.get(".".join(parts[:2]), "")
    if "政策手段" in tag:
        return W_NEEDS, "課題・政策手段"
    if "道筋" in tag or _STRATEGY_HEADING.search(heading):
        return W_STRATEGY, STRATEGY_LABEL
    if _SUBJECT_HEADING.search(heading):
        return W_SUBJECT, "産業・製品"
    return W_OTHER, heading.strip() or "計画本文"


def weighted_segments(plan: Plan, kb: KnowledgeBase, plan_type: str | None) -> list[tuple[str, float, str]]:
    """[(text, weight, label)] covering the plan's text once per place it was read from."""
    tags = section_tags(kb, plan_type)
    segs: list[tuple[str, float, str]] = []
    ind = plan.industry
    subject = "\n".join(x for x in [plan.title or "", ind.domain or "", *ind.products] if x)
    if subject:
        segs.append((subject, W_SUBJECT, "産業・製品"))
    if not plan.sections:  # a structured plan (YAML/JSON) without section texts: use its fields
        if ind.reason:
            segs.append((ind.reason, W_SUBJECT, "産業・製品"))
        tm = plan.target_market
        market = "\n".join(x for x in [tm.needs or "", tm.competitive_advantage or "", tm.added_value_outlook or ""] if x)
        if market:
            segs.append((market, W_STRATEGY, STRATEGY_LABEL))
        if plan.infrastructure:
            segs.append((plan.infrastructure, W_NEEDS, "課題・政策手段"))
        if plan.localization.policy:
            segs.append((plan.localization.policy, W_OTHER, "現地化の取組"))
    for sid in sorted(plan.sections):
        s = plan.sections[sid]
        text = s.text.strip()
        if not text:
            continue
        w, label = section_weight(sid, s.heading, tags)
        segs.append((text, w, label))
    for s in plan.other_text:
        if s.text.strip():
            w, label = section_weight("", s.heading, tags)
            if s.heading.startswith("（前書き"):
                w, label = W_PREFACE, "前書き"
            segs.append((s.text, w, label))
    if not plan.sections and (plan.kgis or plan.kpis):  # read from the sections already when there are any
        segs.append(("\n".join([k.name for k in plan.kgis] + [k.name for k in plan.kpis]), W_OTHER, "KGI・KPI"))
    return segs
