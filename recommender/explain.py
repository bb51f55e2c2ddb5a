"""Turn a scored measure into a recommendation a planner can act on: path, reasons, gaps, conditions."""

from __future__ import annotations

from knowledge.labels import category_label, theme_label
from knowledge.loader import KnowledgeBase
from recommender.rank import Scored


def _label(kb: KnowledgeBase, node: str) -> str:
    kind, ref = node.split(":", 1)
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
    if kind in ("requirement", "check"):
        item = kb.item_by_id(ref)
        return getattr(item, "label", ref)
    return ref


def path_for(kb: KnowledgeBase, s: Scored) -> list[dict]:
    """plan text → product → field → measure → ministry, along the strongest link."""
    m = s.measure
    steps: list[dict] = []
    if s.links:
        node, origin, _ = s.links[0]
        if origin:
            steps.append({"kind": "plan_text", "label": origin})
        if node != "text":
            kind, ref = node.split(":", 1)
            if kind == "product":
                steps.append({"kind": "product", "id": ref, "label": _label(kb, node)})
                fnum = kb.product_field.get(ref)
                if fnum is not None:
                    steps.append({"kind": "field", "id": str(fnum), "label": _label(kb, f"field:{fnum}")})
            else:
                steps.append({"kind": kind, "id": ref, "label": _label(kb, node)})
    steps.append({"kind": "measure", "id": m.id, "label": m.name})
    ministry = kb.ministries.get(m.ministry)
    steps.append({"kind": "ministry", "id": m.ministry, "label": ministry.name if ministry else m.ministry})
    return steps


def reasons_for(kb: KnowledgeBase, s: Scored) -> list[str]:
    out: list[str] = []
    for node, origin, _ in s.links:
        if node == "text":
            out.append(f"記載内容「{origin}」が施策の対象に合致します")
            continue
        kind, _ref = node.split(":", 1)
        label = _label(kb, node)
        if kind in ("field", "product"):
            out.append(f"計画の「{origin}」は戦略分野・製品「{label}」に当たり、この施策の対象です" if origin
                       else f"戦略分野・製品「{label}」を対象とする施策です")
        elif kind == "theme":
            out.append(f"計画に「{origin}」の記載があり、{label}に関する施策です")
        elif kind in ("requirement", "check"):
            out.append(f"要件「{label}」が未充足・一部不足で、この施策がその充足に役立ちます")
        elif kind == "plan_type":
            out.append(f"{label}を対象とする施策です")
    seen: set[str] = set()
    return [r for r in out if not (r in seen or seen.add(r))]


def recommendation(kb: KnowledgeBase, s: Scored) -> dict:
    m = s.measure
    ministry = kb.ministries.get(m.ministry)
    gaps = sorted({n.split(":", 1)[1] for n, _, _ in s.links if n.startswith(("requirement:", "check:"))})
    where = m.where_to_ask or (ministry.where_to_ask if ministry else "")
    contact = kb.contacts.get(m.contact) if m.contact else None
    return {
        "id": m.id,
        "name": m.name,
        "ministry": ministry.name if ministry else m.ministry,
        "ministry_id": m.ministry,
        "category": m.category,
        "category_label": category_label(m.category),
        "score": round(s.score, 4),
        "summary": m.summary,
        "path": path_for(kb, s),
        "reasons": reasons_for(kb, s),
        "gaps": gaps,
        "conditions": [{"text": c["text"], "met": c["met"]} for c in s.conditions],
        "where_to_ask": where,
        "contact": (
            {"department": contact.department, "role": contact.role, "email": contact.email} if contact else None
        ),
        "source": {"document": m.source.document, "section": m.source.section, "excerpt": m.source.excerpt},
    }
