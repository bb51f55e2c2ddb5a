"""Turn a scored measure into a recommendation a planner can act on: path, reasons, gaps, conditions.

The reasons name the actual drivers of the score (rank.Link), strongest first, in Japanese: how
much of the plan is about the need the measure serves, the plan type's support menu, the field
or product, the requirement gap, the measure's own words in the plan.
"""

from __future__ import annotations

from chiiki_mirai.core.result import (
    ConditionOut,
    ContactOut,
    Driver,
    PathStep,
    Recommendation,
    SourceOut,
    WindowOut,
)
from chiiki_mirai.knowledge.labels import category_label, theme_label
from chiiki_mirai.knowledge.loader import KnowledgeBase
from chiiki_mirai.knowledge.schema import Measure
from chiiki_mirai.recommender.plan_evidence import PlanReading
from chiiki_mirai.recommender.plan_explain import choose_window, plan_reason_lines
from chiiki_mirai.recommender.ranking_model import Link, Scored, Signals

MIN_REASON = 0.02  # contributions below this are not worth a sentence


def _label(kb: KnowledgeBase, kind: str, ref: str) -> str:
    if kind == "field":
        f = kb.field_by_number.get(int(ref))
        return f"{f.number}. {f.name}" if f else ref
    if kind == "product":
        p = kb.products.get(ref)
        return p.name if p else ref
    if kind == "theme":
        return theme_label(ref)
    if kind == "plan_type":
        pt = kb.plan_types.get(ref)
        return pt.name if pt else ref
    if kind == "gap":
        item = kb.item_by_id(ref)
        return getattr(item, "label", ref)
    return ref


def _level(strength: float, subject: str = "計画") -> str:
    if subject != "計画":  # a desk question: every need it names is its need
        return f"{subject}のニーズ"
    if strength >= 0.6:
        return "計画の主要なニーズ"
    if strength >= 0.3:
        return "計画の重要なニーズの一つ"
    return "計画で触れられているニーズ"


def path_for(kb: KnowledgeBase, s: Scored) -> list[dict]:
    """plan text → product → field → measure → ministry where a field matched; else plan text → need → measure."""
    m = s.measure
    steps: list[dict] = []
    field_link = next((lk for lk in s.links if lk.kind in ("field", "product")), None)
    lead = field_link or next((lk for lk in s.links if lk.kind not in ("ppr",) and lk.contribution > 0), None)
    if lead is not None:
        if lead.kind == "text":
            steps.append({"kind": "plan_text", "label": lead.ref})
        elif lead.origin:
            steps.append({"kind": "plan_text", "label": lead.origin})
        if lead.kind == "product":
            steps.append({"kind": "product", "id": lead.ref, "label": _label(kb, "product", lead.ref)})
            fnum = kb.product_field.get(lead.ref)
            if fnum is not None:
                steps.append({"kind": "field", "id": str(fnum), "label": _label(kb, "field", str(fnum))})
        elif lead.kind == "field":
            steps.append({"kind": "field", "id": lead.ref, "label": _label(kb, "field", lead.ref)})
        elif lead.kind == "sector":
            steps.append({"kind": "sector", "id": lead.ref, "label": lead.origin})
        elif lead.kind == "theme":
            steps.append({"kind": "theme", "id": lead.ref, "label": theme_label(lead.ref)})
        elif lead.kind == "gap":
            steps.append({"kind": "gap", "id": lead.ref, "label": _label(kb, "gap", lead.ref)})
        elif lead.kind in ("menu", "benefit"):
            pt = kb.plan_types.get(lead.ref)
            steps.append({"kind": "plan_type", "id": lead.ref, "label": pt.name if pt else lead.ref})
    steps.append({"kind": "measure", "id": m.id, "label": m.name})
    ministry = kb.ministries.get(m.ministry)
    steps.append({"kind": "ministry", "id": m.ministry, "label": ministry.name if ministry else m.ministry})
    return steps


def _reason(kb: KnowledgeBase, lk: Link, subject: str = "計画") -> str | None:
    if lk.kind == "theme":
        label = theme_label(lk.ref)
        d = lk.detail
        gaps = d.get("gaps") or []
        if lk.origin:
            if subject == "計画":
                where = f"（特に{d['where']}）" if d.get("where") else ""
                text = (f"{label}は{_level(d.get('strength', 0))}です: 計画に「{lk.origin}」の記載があり{where}、"
                        f"この施策は{label}を支援します")
            else:
                text = f"{label}は{_level(0, subject)}です（「{lk.origin}」）: この施策は{label}を支援します"
        else:
            text = f"{label}の支援が必要です"
        if gaps:
            text += "（未充足の要件「" + "」「".join(_label(kb, "gap", g) for g in gaps) + f"」は{label}で補えます）"
        return text
    if lk.kind == "menu":
        pt = kb.plan_types.get(lk.ref)
        name = pt.name if pt else lk.ref
        where = "策定の留意事項の③支援メニュー例" if lk.ref in ("B", "C") else "3つのクラスター計画の概要の支援策(例)"
        return f"{name}の{where}に挙げられた施策です"
    if lk.kind == "sector":
        return f"{subject}は17の戦略分野以外の「{lk.origin}」に当たり、この施策はその分野の取組を支援します"
    if lk.kind == "benefit":
        pt = kb.plan_types.get(lk.ref)
        name = pt.name if pt else lk.ref
        return f"策定の留意事項の「計画策定後の支援メニューの活用プロセス」で、{name}に位置付けられた取組が受けられると示された支援です"
    if lk.kind == "field":
        label = _label(kb, "field", lk.ref)
        return f"{subject}の「{lk.origin}」は戦略分野「{label}」に当たり、この分野を対象とする施策です"
    if lk.kind == "product":
        label = _label(kb, "product", lk.ref)
        fnum = lk.detail.get("field")
        fl = f"（戦略分野「{_label(kb, 'field', str(fnum))}」）" if fnum is not None else ""
        return f"{subject}の「{lk.origin}」は製品・技術「{label}」{fl}に当たり、それを対象とする施策です"
    if lk.kind == "gap":
        n = lk.detail.get("helpers", 0)
        few = "、この要件に役立つ施策は少なく特に有効です" if n and n <= 4 else ""
        return f"要件「{_label(kb, 'gap', lk.ref)}」が未充足・一部不足で、この施策がその充足に役立ちます{few}"
    if lk.kind == "text":
        where = f"計画の{lk.origin}" if subject == "計画" else lk.origin
        return f"{where}に「{lk.ref}」とあり、この施策の対象に当たります"
    if lk.kind == "need":  # the desk's question read as a need (recommender/intents.py)
        return f"相談の「{lk.origin}」は「{lk.detail.get('label', lk.ref)}」のご相談と読み取れ、この施策がそれに応えます"
    if lk.kind == "words":  # the desk's question (recommender/search.py)
        own = [w["word"] for w in lk.detail.get("words", []) if "for" not in w]
        para = [f"「{w['for']}」→「{w['word']}」" for w in lk.detail.get("words", []) if "for" in w]
        parts = []
        if own:
            parts.append("相談の「" + "」「".join(own) + "」")
        if para:
            parts.append("言い換え" + "・".join(para))
        return "、".join(parts) + "がこの施策の名称・概要・キーワードに含まれます"
    return None


def reasons_for(kb: KnowledgeBase, s: Scored, subject: str = "計画") -> list[str]:
    """subject: what the text is, 計画 (a plan) or 相談 (a desk question), for the wording."""
    out: list[str] = []
    for lk in s.links:
        if lk.contribution < MIN_REASON and out:
            continue
        r = _reason(kb, lk, subject)
        if r and r not in out:
            out.append(r)
    return out


def recommendation(
    kb: KnowledgeBase, s: Scored, subject: str = "計画", reading: PlanReading | None = None,
    sig: Signals | None = None,
) -> Recommendation:
    """A recommendation; with `reading` (a plan's), its reasons are checked lines and the window follows the plan."""
    m = s.measure
    window_id, window_name = choose_window(m, reading, sig) if reading is not None else ("", "")
    by_sector = window_id and window_id != m.ministry and not any(w.ministry == window_id for w in m.windows)
    ministry_id = window_id if by_sector else m.ministry
    ministry = kb.ministries.get(ministry_id)
    where = m.where_to_ask or (ministry.where_to_ask if ministry else "")
    lines = plan_reason_lines(kb, s, reading) if reading is not None else []
    contact = kb.contacts.get(m.contact) if m.contact else None
    return Recommendation(
        id=m.id,
        name=m.name,
        ministry=ministry.name if ministry else ministry_id,
        ministry_id=ministry_id,
        category=m.category,
        category_label=category_label(m.category),
        score=round(s.score if s.rank_score is None else s.rank_score, 4),
        relevance=round(s.score, 4),
        summary=m.summary,
        path=[PathStep(**step) for step in path_for(kb, s)],
        reasons=[ln.text for ln in lines] if reading is not None else reasons_for(kb, s, subject),
        drivers=[
            Driver(kind=lk.kind, ref=lk.ref, contribution=round(lk.contribution, 4))
            for lk in s.links
            if lk.contribution > 0
        ],
        gaps=sorted({lk.ref for lk in s.links if lk.kind == "gap"}),
        conditions=[ConditionOut(text=c["text"], met=c["met"]) for c in s.conditions],
        where_to_ask=where,
        contact=(
            ContactOut(department=contact.department, role=contact.role, email=contact.email) if contact else None
        ),
        source=SourceOut(**kb.source_out(m.source)),
        ministry_to_confirm=(
            next((e.basis.to_confirm for e in [*m.ministry_by_sector, *m.ministry_by_object]
                  if e.ministry == ministry_id), m.ministry_basis.to_confirm)
            if by_sector else m.ministry_basis.to_confirm
        ),
        terms_note=terms_note(kb, m),
        windows=[
            WindowOut(name=w.name, ministry=kb.ministries[w.ministry].name if w.ministry in kb.ministries else w.ministry, note=w.note)
            for w in m.windows
        ],
        reason_lines=lines,
        window_id=window_id or ministry_id,
        window=window_name or (ministry.name if ministry else ministry_id),
    )


def terms_note(kb: KnowledgeBase, m: Measure) -> str:
    """For a subsidy or grant, what the sources do not give (its own note, else the knowledge base's notice)."""
    if m.instrument not in ("subsidy", "grant"):
        return m.terms_note
    return m.terms_note or (kb.meta.notices.get("subsidy_terms", "") if kb.meta else "")
