"""One knowledge-base entry for people: its kind, readable Japanese text, JSON, and the source passages.

Used by `chiiki-mirai kb show ID`; the text puts each cited passage word for word under the
document title, so a desk officer can check the entry against the policy document.
"""

from __future__ import annotations

from typing import Any

from pydantic import BaseModel
from rapidfuzz import fuzz

from chiiki_mirai.knowledge.kb_contract import iter_source_refs
from chiiki_mirai.knowledge.labels import category_label, theme_label
from chiiki_mirai.knowledge.loader import KnowledgeBase
from chiiki_mirai.knowledge.schema import (
    Basis,
    Check,
    Contact,
    Definition,
    Measure,
    Ministry,
    OutsideExample,
    PlanType,
    Product,
    Requirement,
    SourceRef,
    StrategicField,
)

# (model, kind, Japanese name) in the order item_by_id looks entries up
ENTRY_KINDS: tuple[tuple[type[BaseModel], str, str], ...] = (
    (Requirement, "requirement", "要件"),
    (Check, "check", "チェック"),
    (Measure, "measure", "支援施策"),
    (Ministry, "ministry", "府省庁"),
    (PlanType, "plan_type", "計画類型"),
    (StrategicField, "field", "戦略分野"),
    (Product, "product", "製品・技術"),
    (Contact, "contact", "問い合わせ先"),
    (Definition, "definition", "用語定義"),
    (OutsideExample, "outside_example", "分野外の例"),
)

# Japanese names of attributes, for the text view; attributes not listed are shown by their key.
ATTR_LABELS: dict[str, str] = {
    "id": "ID",
    "name": "名称",
    "label": "名称",
    "term": "用語",
    "short_name": "略称",
    "document_names": "計画書の呼び方",
    "aliases": "別名",
    "number": "番号",
    "plan_type": "計画類型",
    "plan_types": "対象の計画類型",
    "summary": "概要",
    "text": "本文",
    "guidance_text": "留意事項等での記載",
    "description": "説明",
    "definition": "定義",
    "formula": "算式",
    "notes": "注記（※）",
    "criteria": "判定基準",
    "category": "分類",
    "themes": "テーマ",
    "fields": "対象の戦略分野",
    "products": "製品・技術",
    "helps": "役立つ要件・チェック",
    "conditions": "条件",
    "ministry": "所管",
    "co_ministries": "共管",
    "ministry_basis": "所管の根拠",
    "basis": "根拠",
    "where_to_ask": "問い合わせ方法",
    "contact": "問い合わせ先",
    "contacts": "問い合わせ先",
    "related": "関連する施策",
    "keywords": "キーワード（照合用・出典外）",
    "synonyms": "類義語（照合用・出典外）",
    "roadmap_leading": "官民投資ロードマップ先行",
    "direction": "方向性",
    "kind": "種別",
    "parent": "上位組織",
    "region": "管轄地域",
    "offices": "出先機関・部局の呼び方（照合用・出典外）",
    "department": "部署",
    "role": "役割",
    "email": "メール",
    "positioning": "位置付け",
    "authorship": "策定主体",
    "unit": "計画の単位",
    "goal_years": "目標の年数",
    "plan_years": "計画期間（年）",
    "kgi_target_year": "KGIの目標年",
    "mandatory_kgis": "必須KGI",
    "wide_area_kgi_allowed": "広域KGIの設定",
    "value_added_formula": "付加価値額の算式",
    "kpi_rules": "KPIの決まり",
    "monitoring": "進捗確認",
    "sections": "記載項目",
    "process": "策定・提出プロセス",
    "submit_to": "提出先",
    "forms": "様式",
    "deadlines": "期限",
    "plan_count": "計画数",
    "plan_count_max": "計画数の上限",
}


MINISTRY_KIND_LABELS = {
    "cabinet": "内閣官房・内閣府",
    "ministry": "府省",
    "agency": "庁",
    "regional_office": "地方支分部局",
    "organization": "関係機関",
    "council": "会議体",
}


def entry_kind(entry: BaseModel) -> tuple[str, str]:
    """(kind, Japanese name of the kind) of an entry returned by KnowledgeBase.item_by_id."""
    for model, kind, kind_ja in ENTRY_KINDS:
        if isinstance(entry, model):
            return kind, kind_ja
    return type(entry).__name__.lower(), type(entry).__name__


def entry_id(entry: BaseModel) -> str:
    return str(getattr(entry, "id", ""))


def entries_with_id(kb: KnowledgeBase, item_id: str) -> list[tuple[str, BaseModel]]:
    """Every (kind, entry) whose id is item_id (a field also by its number), in ENTRY_KINDS order."""
    candidates: dict[str, list[BaseModel]] = {
        "requirement": list(kb.all_requirements()),
        "check": list(kb.checks),
        "measure": list(kb.measures.values()),
        "ministry": list(kb.ministries.values()),
        "plan_type": list(kb.plan_types.values()),
        "field": list(kb.fields),
        "product": list(kb.products.values()),
        "contact": list(kb.contacts.values()),
        "definition": list(kb.definitions),
        "outside_example": list(kb.outside_examples),
    }
    out = []
    for _, kind, _ in ENTRY_KINDS:
        for e in candidates[kind]:
            if e.id == item_id or (kind == "field" and str(e.number) == item_id):
                out.append((kind, e))
                break
    return out


def find_entry(kb: KnowledgeBase, item_id: str) -> BaseModel | None:
    """The entry with this id; `kind:id` (as in the graph: `definition:kpi`, `field:9`) picks the kind."""
    item_id = item_id.strip()
    found = entries_with_id(kb, item_id)
    if not found and ":" in item_id:
        kind, _, rest = item_id.partition(":")
        found = [(k, e) for k, e in entries_with_id(kb, rest.strip()) if k == kind.strip()]
    return found[0][1] if found else None


def all_ids(kb: KnowledgeBase) -> dict[str, str]:
    """Every id `kb show` accepts, with the entry's Japanese name (for suggestions)."""
    out: dict[str, str] = {}
    for r in kb.all_requirements():
        out[r.id] = r.label
    for c in kb.checks:
        out[c.id] = c.label
    for m in kb.measures.values():
        out[m.id] = m.name
    for m in kb.ministries.values():
        out[m.id] = m.name
    for t, pt in kb.plan_types.items():
        out[t] = pt.name
    for f in kb.fields:
        out[f.id] = f.name
    for p in kb.products.values():
        out[p.id] = p.name
    for c in kb.contacts.values():
        out[c.id] = c.department
    for d in kb.definitions:
        out[d.id] = d.term
    for o in kb.outside_examples:
        out[o.id] = o.name
    return out


def suggest_ids(kb: KnowledgeBase, query: str, limit: int = 5) -> list[tuple[str, str]]:
    """Ids close to `query`, matched on the id or the Japanese name, best first (ties by id)."""
    ids = all_ids(kb)
    scored = []
    for i, name in ids.items():
        score = max(fuzz.WRatio(query, i), fuzz.WRatio(query, name))
        if score >= 75:
            scored.append((-score, i, name))
    scored.sort()
    return [(i, name) for _, i, name in scored[:limit]]


def source_view(kb: KnowledgeBase, ref: SourceRef, path: str = "source") -> dict[str, str]:
    """A citation with the document title and the source passage word for word."""
    out = {"path": path, **kb.source_out(ref)}
    out["document_id"] = ref.document
    out["passage"] = kb.passage(ref) if ref.document in kb.documents else ref.excerpt
    return out


def entry_json(kb: KnowledgeBase, entry: BaseModel) -> dict[str, Any]:
    kind, kind_ja = entry_kind(entry)
    return {
        "kind": kind,
        "kind_ja": kind_ja,
        "id": entry_id(entry),
        "entry": entry.model_dump(mode="json"),
        "sources": [source_view(kb, ref, path) for path, ref in iter_source_refs(entry)],
    }


def _short(item: BaseModel) -> str:
    """One line for a nested model (a condition, a criterion, a product, a section ...)."""
    key = next(
        (str(getattr(item, a)) for a in ("id", "order", "number") if getattr(item, a, None) is not None), ""
    )
    text = next(
        (
            str(getattr(item, a))
            for a in ("name", "label", "heading", "department", "text", "fact")
            if getattr(item, a, None)
        ),
        "",
    )
    return f"{key}: {text}" if key and text else key or text


def _value_text(kb: KnowledgeBase, attr: str, value: Any) -> str | list[str]:
    if attr == "category":
        return f"{category_label(value)}（{value}）"
    if attr == "themes":
        return "、".join(theme_label(t) for t in value)
    if attr == "fields" and all(isinstance(n, int) for n in value):
        names = kb.field_by_number
        return [f"{n}. {names[n].name}" if n in names else str(n) for n in value]
    if attr in ("ministry", "parent") and isinstance(value, str):
        m = kb.ministries.get(value)
        return f"{m.name}（{value}）" if m else value
    if attr == "co_ministries":
        return "、".join(kb.ministries[v].name if v in kb.ministries else v for v in value)
    if attr in ("helps", "related", "products", "submit_to") and all(isinstance(v, str) for v in value):
        names = all_ids(kb)
        return [f"{v}（{names[v]}）" if v in names else v for v in value]
    if attr == "contact" and isinstance(value, str):
        c = kb.contacts.get(value)
        return f"{c.department}（{value}）" if c else value
    if attr == "kind" and value in MINISTRY_KIND_LABELS:
        return MINISTRY_KIND_LABELS[value]
    if isinstance(value, bool):
        return "はい" if value else "いいえ"
    if isinstance(value, Basis):
        kind = "出典に基づく" if value.kind == "source" else "一般知識"
        return f"{kind}　{value.note}".strip()
    if isinstance(value, list):
        if all(isinstance(v, BaseModel) for v in value):
            return [_short(v) for v in value]
        return "、".join(str(v) for v in value)
    if isinstance(value, BaseModel):
        return _short(value) or str(value.model_dump(mode="json"))
    return str(value)


def entry_text(kb: KnowledgeBase, entry: BaseModel) -> str:
    """The entry as Japanese text: its attributes, then every own citation with the passage word for word."""
    kind, kind_ja = entry_kind(entry)
    lines = [f"【{kind_ja}】{entry_id(entry)}"]
    others = [k for k, e in entries_with_id(kb, entry_id(entry)) if e is not entry]
    if others:
        lines.append(
            f"（同じ ID の項目がほかにもあります: {', '.join(f'{k}:{entry_id(entry)}' for k in others)}）"
        )
    own_refs: list[tuple[str, SourceRef]] = []
    for attr in type(entry).model_fields:
        value = getattr(entry, attr)
        if isinstance(value, SourceRef):
            own_refs.append((attr, value))
            continue
        if attr == "also_cited":
            own_refs += [(f"also_cited[{i}]", r) for i, r in enumerate(value)]
            continue
        if isinstance(value, Basis) and value.source is not None:
            own_refs.append((f"{attr}.source", value.source))
        if value is None or value == [] or value == "" or attr == "id":
            continue
        label = ATTR_LABELS.get(attr, attr)
        shown = _value_text(kb, attr, value)
        if isinstance(shown, list):
            lines.append(f"{label}:")
            lines += [f"  - {s}" for s in shown]
        else:
            lines.append(f"{label}: {shown}")
    nested = sum(1 for _ in iter_source_refs(entry)) - len(own_refs)
    for path, ref in own_refs:
        view = source_view(kb, ref, path)
        title = view["title"] or view["document"]
        lines.append("")
        lines.append(f"出典（{path}）: {title}（{view['document']}）")
        lines.append(f"  見出し: {ref.section}")
        lines.append(f"  抜粋: {ref.excerpt}")
        lines.append(f"  原文: {view['passage']}")
    if nested > 0:
        lines.append("")
        lines.append(f"（このほか項目内の出典 {nested} 件: --format json で原文とともに表示）")
    return "\n".join(lines)
