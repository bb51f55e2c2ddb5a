"""Suggest a plan type with reasons.

Cues, from the plan types' positioning (policy package 第2章 2.):
- A: products in the 17 strategic fields and a large investment at the core;
- B: a prefecture (or designated city) aiming at export or a top domestic share;
- C: a municipality, or local resources (農林水産・観光・伝産品 …) raising value added.
"""

from __future__ import annotations

import re

from chiiki_mirai.core.plan import Plan
from chiiki_mirai.core.result import Suggestion
from chiiki_mirai.core.text.normalize import nfkc, normalize_text
from chiiki_mirai.knowledge.loader import KnowledgeBase
from chiiki_mirai.rules.facts import (
    derive_facts,
    yen_display,
)


def _local_resource_hits(plan: Plan, kb: KnowledgeBase) -> list[str]:
    text = normalize_text(" ".join([plan.title or "", plan.industry.domain or "", *plan.industry.products]))
    hits = []
    for ex in kb.outside_examples:
        for kw in [ex.name, *ex.keywords]:
            if len(kw) >= 2 and normalize_text(kw) in text:
                hits.append(f"{ex.name}（{kw}）")
                break
    return hits


STRUCTURE_WEIGHT = 2.0  # the 記載項目 a plan is written along say what it is, as much as its author and its scale
STRUCTURE_MIN = 10  # items found before the headings count as the type's outline, not a few shared headings


def _structure(plan: Plan) -> tuple[str, int] | None:
    """The type whose 記載項目 the plan's headings were read as, with how many were found, when they hold its outline
    (the reader matches the headings against each type's items and keeps the best: plan.sections are keyed by that
    type's item ids)."""
    ids = [k for k in plan.sections if k[:1] in "ABC" and "." in k]
    types = {k[0] for k in ids}
    if len(types) != 1 or len(ids) < STRUCTURE_MIN:
        return None
    return types.pop(), len(ids)


def suggest_type(plan: Plan, kb: KnowledgeBase, facts: dict | None = None) -> Suggestion:
    """`facts` may be given when already derived: the cues used here do not depend on the plan type."""
    facts = facts or derive_facts(plan, kb, None)
    score = {"A": 0.0, "B": 0.0, "C": 0.0}
    reasons: dict[str, list[str]] = {"A": [], "B": [], "C": []}

    field_hits = facts["strategic_field_matched"].value
    total = facts["investment_total"].value
    if field_hits:
        score["A"] += 1
        reasons["A"].append(f"17の戦略分野の製品・技術に該当：{field_hits[0]}")
        if isinstance(total, float | int) and total >= kb.parameter("large_investment_yen_a"):
            # only very large investments (TSMC / Rapidus scale) outweigh a prefecture's export cluster
            score["A"] += 2 if total >= kb.parameter("very_large_investment_yen_a") else 1
            reasons["A"].append(f"大規模投資（投資総額 {yen_display(total)}）を核とする")
    if facts["is_prefecture_or_designated_city"].value:
        score["B"] += 1.5
        reasons["B"].append("策定主体が都道府県・政令指定都市")
    export = facts["export_or_top_share"].value
    if export:
        score["B"] += 1
        reasons["B"].append("海外輸出又は国内上位シェアを目指す：" + "、".join(export))
    if facts["is_municipality"].value:
        score["C"] += 2
        reasons["C"].append("策定主体が市町村")
    local = _local_resource_hits(plan, kb)
    if local:
        score["C"] += 1.5
        reasons["C"].append("地域資源を活用する地場産業：" + "、".join(local[:3]))
    if not field_hits and not local and facts["value_up_or_sales_expansion"].value:
        score["C"] += 0.5
        reasons["C"].append("既存製品の付加価値向上・販路拡大を目指す")
    title = nfkc(plan.title or "")
    if re.search(r"プラン(?:[（(][^)）]*[)）])?\s*$|プラン[（(]", title) and not re.search(r"計画|クラスター", title):
        # the plan names itself a プラン (the C type's 地場産業成長プラン), not a 計画 (B's and A's クラスター計画)
        score["C"] += 1.5
        reasons["C"].append(f"計画の名称が「プラン」：{plan.title}")
    shape = _structure(plan)
    if shape is not None:
        t, n = shape
        score[t] += STRUCTURE_WEIGHT
        reasons[t].append(f"見出しが{t}計画の記載項目に沿っている（{n}項目）")
    if max(score.values()) == 0:
        return Suggestion(type=None, reasons=["類型を推定する手がかり（策定主体・分野・投資規模）が見つからない"])
    # ties broken by the order B, C, A: the guidance's default types for prefectures and municipalities
    best = max(("B", "C", "A"), key=lambda t: score[t])
    return Suggestion(type=best, reasons=reasons[best])  # type: ignore[arg-type]
