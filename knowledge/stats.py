"""Counts of the knowledge base (`chiiki-mirai kb stats`) and its JSON export (`kb export`)."""

from __future__ import annotations

from collections import Counter
from typing import Any

from chiiki_mirai.knowledge.graph import build_graph
from chiiki_mirai.knowledge.kb_contract import PLAN_TYPE_IDS, iter_source_refs
from chiiki_mirai.knowledge.labels import CATEGORY_IDS
from chiiki_mirai.knowledge.loader import KnowledgeBase


def kb_stats(kb: KnowledgeBase) -> dict[str, Any]:
    """How many of each kind of entry; keys are stable (scripts and tests read them)."""
    by_plan_type = Counter(t for m in kb.measures.values() for t in m.plan_types)
    by_category = Counter(m.category for m in kb.measures.values())
    g = build_graph(kb)
    citations = sum(
        1
        for group in (
            [kb.meta] if kb.meta else [],
            kb.ministries.values(),
            kb.fields,
            kb.outside_examples,
            kb.measures.values(),
            kb.plan_types.values(),
            kb.all_requirements(),
            kb.checks,
            kb.definitions,
        )
        for entry in group
        for _ in iter_source_refs(entry)
    )
    return {
        "fields": len(kb.fields),
        "products": len(kb.products),
        "roadmap_leading_products": sum(1 for p in kb.products.values() if p.roadmap_leading),
        "outside_examples": len(kb.outside_examples),
        "measures": len(kb.measures),
        "ministries": len(kb.ministries),
        "contacts": len(kb.contacts),
        "plan_types": len(kb.plan_types),
        "requirements": {t: len(kb.requirements.get(t, [])) for t in PLAN_TYPE_IDS},
        "checks": len(kb.checks),
        "definitions": len(kb.definitions),
        "documents": len(kb.documents),
        "citations": citations,
        "measures_by_plan_type": {t: by_plan_type.get(t, 0) for t in PLAN_TYPE_IDS},
        "measures_by_category": {c: by_category.get(c, 0) for c in CATEGORY_IDS},
        "graph": {
            "nodes": g.number_of_nodes(),
            "edges": g.number_of_edges(),
            "nodes_by_kind": dict(sorted(Counter(k for _, k in g.nodes(data="kind")).items())),
            "edges_by_kind": dict(sorted(Counter(k for _, _, k in g.edges(data="kind")).items())),
        },
    }


def kb_to_json(kb: KnowledgeBase) -> dict[str, Any]:
    """The whole knowledge base as JSON-ready data (the YAML content, validated and normalised)."""

    def dump(entries: Any) -> list[dict[str, Any]]:
        return [e.model_dump(mode="json") for e in entries]

    return {
        "meta": kb.meta.model_dump(mode="json") if kb.meta else None,
        "documents": dump(kb.documents.values()),
        "ministries": dump(kb.ministries.values()),
        "fields": dump(kb.fields),
        "outside_examples": dump(kb.outside_examples),
        "measures": dump(kb.measures.values()),
        "plan_types": {t: kb.plan_types[t].model_dump(mode="json") for t in sorted(kb.plan_types)},
        "requirements": {t: dump(kb.requirements[t]) for t in sorted(kb.requirements)},
        "checks": dump(kb.checks),
        "definitions": dump(kb.definitions),
    }
