"""The desk's answer, shaped for the page: the strategic-field line (only what the search is sure of), a
one-line-per-measure summary table, and the message when nothing is found (the filters, or the question)."""

from __future__ import annotations

from chiiki_mirai.knowledge.labels import category_label
from chiiki_mirai.knowledge.loader import KnowledgeBase

FILTERS_EMPTY = (
    "絞り込みの条件に合う施策がありません。府省庁・分類・類型・分野の絞り込みを外すか、ゆるめてお試しください。"
)
NOTHING_FOUND = "該当する施策が見つかりません。言い換えて検索するか、下記の問い合わせ先にご相談ください。"


def field_line(result: dict) -> str | None:
    """「関係しそうな戦略分野：…」 or 「17の戦略分野の外の例：…」. The desk search names a field or a sector only
    when the classifier is confident (recommender/search.py); anything else gets no line."""
    fields = result.get("fields") or []
    if fields:
        return "関係しそうな戦略分野：" + "、".join(f"{f['number']}. {f['name']}" for f in fields)
    outside = result.get("outside") or []
    return ("17の戦略分野の外の例：" + "、".join(o["name"] for o in outside)) if outside else None


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
