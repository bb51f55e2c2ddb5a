"""Reusable pieces of the pages' UI: status badges, gap items, recommendations, measures, source passages.

Only display here: every value comes from CheckResult / recommender dicts / the knowledge base.
"""

from __future__ import annotations

from typing import Any

import streamlit as st

from app_support.reading import clean_text, fact_label
from chiiki_mirai.core.result import (
    GAP_STATUSES,
    STATUS_JA,
    STATUS_MARK,
    CheckResult,
    Item,
    PathStep,
    Recommendation,
)
from chiiki_mirai.knowledge.labels import category_label
from chiiki_mirai.knowledge.loader import KnowledgeBase
from chiiki_mirai.knowledge.schema import Measure, SourceRef
from chiiki_mirai.readers import SUPPORTED
from chiiki_mirai.reports.common import evidence_location, plan_type_text, suggestion_text

STATUS_COLOR = {"met": "green", "partial": "orange", "missing": "red", "review": "blue", "n/a": "gray"}
# what the uploaders say they read; PDF follows the readers (chiiki_mirai.readers.SUPPORTED)
ACCEPTED_TEXT = (
    "読み取れる形式：Word（.docx）・テキスト（.txt・.md、Shift_JIS も可）・計画のYAML／JSON"
    + ("・PDF（文字のあるもの）。" if ".pdf" in SUPPORTED else "。PDF は準備中です（Word かテキストで保存し直してください）。")
    + "1ファイル5MBまで。"
)
PLAN_TYPE_OPTIONS = {
    "": "自動判定",
    "A": "A 戦略産業クラスター計画",
    "B": "B 地域産業クラスター計画",
    "C": "C 地場産業成長プラン",
}


def badge(status: str) -> str:
    return f":{STATUS_COLOR.get(status, 'gray')}-badge[{STATUS_MARK.get(status, '')} {STATUS_JA.get(status, status)}]"


def md_escape(text: str) -> str:
    """Draft text is data: keep Markdown from interpreting it (no links, emphasis or HTML)."""
    out = []
    for ch in text:
        out.append("\\" + ch if ch in "\\`*_{}[]<>()#+-.!|~:$" else ch)
    return "".join(out)


def quote(text: str) -> str:
    """A quoted passage as clean text (no HTML or markup left from the source), one '>' line per line."""
    return "\n".join("> " + md_escape(line) for line in clean_text(text).splitlines()) or "> （空）"


def bullets(lines: list[str]) -> str:
    return "\n".join(f"- {md_escape(line)}" for line in lines if line.strip())


def passage(kb: KnowledgeBase, src: Any) -> tuple[str, str]:
    """(heading, source passage word for word) for a SourceOut / SourceRef / dict citation."""
    get = src.get if isinstance(src, dict) else lambda k, d=None: getattr(src, k, d)
    document, section, excerpt = get("document", ""), get("section", ""), get("excerpt", "")
    doc = kb.documents.get(document) or next((d for d in kb.documents.values() if d.file == document), None)
    if doc is None or not excerpt or len(excerpt) < 2:
        return (f"{document} {section}".strip(), excerpt or "")
    text = kb.passage(SourceRef(document=doc.id, section=section, excerpt=excerpt))
    return (f"{doc.title}（{doc.issued}）— {section}", text)


def show_passage(kb: KnowledgeBase, src: Any, label: str = "出典") -> None:
    head, text = passage(kb, src)
    st.caption(f"{label}：{md_escape(head)}")
    st.markdown(quote(text))


def plan_header(r: CheckResult) -> None:
    c1, c2, c3 = st.columns(3)
    # short values: a metric cuts long text; the full names go in the captions
    c1.metric(
        "類型", (r.plan_type or "未記載") + ("" if r.plan_type_given or not r.plan_type else "（推定）")
    )
    c1.caption(md_escape(plan_type_text(r)))
    c2.metric("推奨される類型", r.plan_type_suggestion.type or "判定できず")
    c2.caption(md_escape(suggestion_text(r)))
    c3.metric("不足（一部不足・未記載）", f"{len(r.gaps)} 件")
    if r.plan_type_suggestion.reasons:
        st.caption("類型の判定理由：" + " ／ ".join(md_escape(x) for x in r.plan_type_suggestion.reasons))


def item_label(item: Item) -> str:
    """「△ 一部不足｜域内への波及」: the status first, no internal id (the id is in the detail)."""
    return f"{STATUS_MARK[item.status]} {STATUS_JA[item.status]}｜{item.label}"


def item_detail(kb: KnowledgeBase, item: Item) -> None:
    st.markdown(f"{badge(item.status)} **{md_escape(item.label)}**")
    st.caption(f"要件・チェックの番号：{item.id}")
    st.markdown(bullets(item.reasons))
    if item.evidence:
        st.markdown("**計画書からの引用**")
        for ev in item.evidence:
            where = evidence_location(ev.section, ev.line)
            st.caption(md_escape(fact_label(ev.fact, item, kb) + (f"（{where}）" if where else "")))
            st.markdown(quote(ev.text))
    if item.fix and item.status in (*GAP_STATUSES, "review"):
        st.info("**直し方**\n\n" + bullets(item.fix.splitlines()), icon="✏️")
    if item.advice:
        st.success("**助言**（不足ではありません。書くと計画がよくなる点です）\n\n" + bullets(item.advice), icon="💡")
    show_passage(kb, item.source, "要件の出典")


def gap_report(kb: KnowledgeBase, r: CheckResult, only_gaps: bool = False) -> None:
    """Requirements then checks, each with its badge; gaps open by default."""
    for title, items in (("要件", r.requirements), ("構造チェック", r.checks)):
        shown = [i for i in items if not only_gaps or i.status in GAP_STATUSES]
        if not shown:
            continue
        st.subheader(title)
        for item in shown:
            with st.expander(item_label(item), expanded=item.status in GAP_STATUSES):
                item_detail(kb, item)


def path_text(path: list[PathStep]) -> str:
    return " → ".join(step.label for step in path)


def recommendation_card(kb: KnowledgeBase, rec: Recommendation, rank: int | None = None) -> None:
    head = f"{rank}. " if rank is not None else ""
    with st.container(border=True):
        st.markdown(f"**{head}{md_escape(rec.name)}**")
        st.caption(md_escape(f"{rec.ministry}｜{rec.category_label or category_label(rec.category)}"))
        if rec.ministry_to_confirm:
            st.markdown(":orange-badge[所管要確認] " + md_escape(rec.ministry_to_confirm))
        if rec.window and rec.window != rec.ministry:
            st.markdown("**この計画の窓口**：" + md_escape(rec.window))
        if rec.summary:
            st.write(rec.summary)
        if rec.path:
            st.markdown("説明の経路：" + md_escape(path_text(rec.path)))
        for reason in rec.reasons:
            st.markdown(f"- {md_escape(reason)}")
        if rec.conditions:
            st.markdown("**条件**")
            for c in rec.conditions:
                mark = {True: "✓", False: "✗"}.get(c.met, "・")
                st.markdown(f"{mark} {md_escape(c.text)}")
        if rec.terms_note:
            st.caption("補助・助成の条件：" + md_escape(rec.terms_note))
        contact = rec.contact
        if rec.where_to_ask or contact:
            parts = [rec.where_to_ask, contact.department if contact else "", (contact.email if contact else "") or ""]
            st.markdown("**問い合わせ先**：" + md_escape("　".join(dict.fromkeys(p for p in parts if p))))
        if rec.windows:
            st.markdown("**相談できる機関**（いずれかに相談できます）\n\n" + "\n".join(
                f"- {md_escape(w.name)}" + (f"（{md_escape(w.note)}）" if w.note else "") for w in rec.windows
            ))
        show_passage(kb, rec.source)


def recommendations(kb: KnowledgeBase, r: CheckResult) -> None:
    """A plan's strategic fields and recommended measures, as cards."""
    if r.fields:
        st.markdown("**該当しそうな戦略分野**：" + "、".join(md_escape(f"{f.number}. {f.name}") for f in r.fields))
    for notice in r.recommendation_notices:  # what to settle first (who may write the plan), on top
        st.warning(notice)
    if not r.recommendations:
        st.info("おすすめできる支援施策はありません。")
    for n, rec in enumerate(r.recommendations, 1):
        recommendation_card(kb, rec, n)


def measure_detail(kb: KnowledgeBase, m: Measure) -> None:
    """The desk's measure page: what it provides, conditions, who runs it, where to ask, related entries."""
    ministry = kb.ministries.get(m.ministry)
    st.markdown(f"### {md_escape(m.name)}")
    if m.aliases:
        st.caption("別名：" + "、".join(m.aliases))
    st.write(m.summary)
    c1, c2 = st.columns(2)
    c1.markdown(f"**所管**：{md_escape(ministry.name if ministry else m.ministry)}")
    co = [kb.ministries[c].name for c in m.co_ministries if c in kb.ministries]
    if co:
        c1.markdown("**共管**：" + md_escape("、".join(co)))
    c1.markdown(f"**分類**：{category_label(m.category)}")
    c1.markdown("**対象の計画類型**：" + "、".join(PLAN_TYPE_OPTIONS[t] for t in m.plan_types))
    where = m.where_to_ask or (ministry.where_to_ask if ministry else "")
    c2.markdown("**問い合わせ先**：" + md_escape(where or "ワンストップ相談窓口"))
    contact = kb.contacts.get(m.contact) if m.contact else None
    if contact:
        c2.markdown(md_escape(f"{contact.department}（{contact.role}）{contact.email or ''}"))
    if m.conditions:
        st.markdown("**条件**")
        for c in m.conditions:
            st.markdown(f"- {md_escape(c.text)}")
    fields = [kb.field_by_number[n] for n in m.fields if n in kb.field_by_number]
    products = [kb.products[p] for p in m.products if p in kb.products]
    st.markdown(
        "**関連する戦略分野**："
        + (md_escape("、".join(f"{f.number}. {f.name}" for f in fields)) or "分野を問わない")
    )
    if products:
        st.markdown("**対象の製品・技術**：" + md_escape("、".join(p.name for p in products)))
    related = [kb.measures[r] for r in m.related if r in kb.measures]
    if related:
        st.markdown("**関連する施策**")
        for r in related:
            st.markdown(
                f"- {md_escape(r.name)}（{md_escape(kb.ministries[r.ministry].name if r.ministry in kb.ministries else r.ministry)}）"
            )
    show_passage(kb, m.source)
