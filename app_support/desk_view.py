"""The desk's answer, shaped for the page: the strategic-field line only when the classifier is confident,
a one-line-per-measure summary table, and the message when nothing is found."""

from __future__ import annotations

from chiiki_mirai.knowledge.labels import category_label
from chiiki_mirai.knowledge.loader import KnowledgeBase
from chiiki_mirai.recommender.classify import classify

# A field (or an example outside the 17 fields) is named above the answer only from this score on. Measured
# on the walkthrough's questions: right answers score 0.6–1.0 (港湾 0.72, 洋上風力 1.0, 漆器→伝統工芸品 0.76,
# 酒蔵→地場の食品加工・酒類 0.72); the wrong lines it showed score 0.08–0.25 (工業用水→林業関係 0.08,
# 大学と研究開発→コンテンツ 0.21, 人材→地域の商業・生活サービス 0.25).
CONFIDENT = 0.5
FILTERS_EMPTY = (
    "絞り込みの条件に合う施策がありません。府省庁・分類・類型・分野の絞り込みを外すか、ゆるめてお試しください。"
)
NOTHING_FOUND = "該当する施策が見つかりません。言い換えて検索するか、下記の問い合わせ先にご相談ください。"


def _outside_scores(query: str, kb: KnowledgeBase) -> dict[str, float]:
    return {oid: score for oid, _name, score in classify([query], kb, top=3)[0].outside}


def field_line(result: dict, kb: KnowledgeBase) -> str | None:
    """「関係しそうな戦略分野：…」 or 「17の戦略分野の外の例：…」, only for confident matches; else None."""
    fields = [f for f in result.get("fields") or [] if f.get("score", 0) >= CONFIDENT]
    if fields:
        return "関係しそうな戦略分野：" + "、".join(f"{f['number']}. {f['name']}" for f in fields)
    outside = result.get("outside") or []
    if not outside:
        return None
    scores = {o["id"]: o["score"] for o in outside if "score" in o}
    if len(scores) < len(outside):
        scores = _outside_scores(result.get("query") or "", kb)
    sure = [o for o in outside if scores.get(o["id"], 0.0) >= CONFIDENT]
    return ("17の戦略分野の外の例：" + "、".join(o["name"] for o in sure)) if sure else None


def summary_rows(measures: list[dict], kb: KnowledgeBase) -> list[dict[str, str]]:
    """One line per measure: what, who runs it, what kind, where to ask."""
    rows = []
    for n, m in enumerate(measures, 1):
        contact = m.get("contact") or {}
        ask = m.get("where_to_ask") or contact.get("department") or ""
        ministry = m.get("ministry") or ""
        if m.get("ministry_to_confirm"):
            ministry += "（所管要確認）"
        rows.append(
            {
                "No": str(n),
                "施策": m.get("name") or "",
                "所管": ministry,
                "分類": m.get("category_label") or category_label(m.get("category") or ""),
                "相談先": ask,
            }
        )
    return rows


def empty_message(result: dict, filtered: bool) -> str:
    """Why there is no answer: the filters, or a question outside the measures."""
    if filtered:
        return FILTERS_EMPTY
    return result.get("message") or NOTHING_FOUND
