"""The knowledge base as a typed networkx graph.

A `networkx.DiGraph`: at most one edge per ordered pair of nodes, which every edge kind below allows
(each pair of node kinds has one edge kind; repeated citations of one document by one entry become
one `cited_in` edge whose weight counts them). Shortest-path and PageRank code can use it as is.

Nodes: id `"<kind>:<kb id>"` (e.g. `field:9`, `product:F09.P1`, `measure:<id>`, `ministry:meti`,
`plan_type:B`, `requirement:B.promise`, `category:capex`, `theme:export`, `source:guidance`), with
attributes `kind` (field, product, plan_type, requirement, check, measure, category, theme, ministry,
contact, source, definition), `ref` (the id in the knowledge base) and `label` (Japanese name).

Edges, attribute `kind`:
  field→product has_product · measure→field / measure→product targets · measure→plan_type
  for_plan_type · measure→ministry run_by (co-running ministries too, `role: co`) · measure→category
  in_category · measure→theme serves · measure→requirement / check helps · measure→measure related ·
  measure→contact ask_at · ministry→ministry part_of · ministry→contact has_contact ·
  plan_type→requirement / check requires · plan_type→contact submit_to · entry→source cited_in.
Every edge has `weight` (strength, higher = closer; PageRank reads it) and `cost` = 1/weight
(distance; use `weight="cost"` for shortest paths).

`build_graph(kb)` is built once per KnowledgeBase and returned frozen: copy it (`g.copy()`) before
changing it.
"""

from __future__ import annotations

import json
import math
import threading
from pathlib import Path
from typing import Any

import networkx as nx

from chiiki_mirai.knowledge.kb_contract import iter_source_refs
from chiiki_mirai.knowledge.labels import CATEGORY_IDS, THEME_IDS, category_label, theme_label
from chiiki_mirai.knowledge.loader import KnowledgeBase
from chiiki_mirai.knowledge.schema import Measure

NODE_KINDS = (
    "field",
    "product",
    "plan_type",
    "requirement",
    "check",
    "measure",
    "category",
    "theme",
    "ministry",
    "contact",
    "source",
    "definition",
)

_lock = threading.Lock()


def node_id(kind: str, ref: Any) -> str:
    return f"{kind}:{ref}"


def _specificity(n: int) -> float:
    """Weight of one of n equal links: a measure aimed at one field is closer to it than one aimed at all."""
    return 1.0 / math.sqrt(max(n, 1))


class _Builder:
    def __init__(self) -> None:
        self.g = nx.DiGraph(name="chiiki-mirai knowledge graph")

    def node(self, kind: str, ref: Any, label: str, **attrs: Any) -> str:
        nid = node_id(kind, ref)
        self.g.add_node(nid, kind=kind, ref=str(ref), label=label, **attrs)
        return nid

    def edge(self, u: str, v: str, kind: str, weight: float = 1.0, **attrs: Any) -> None:
        if u not in self.g or v not in self.g:
            return  # a dangling reference: the validator reports it, the graph leaves it out
        if self.g.has_edge(u, v):
            data = self.g.edges[u, v]
            weight = max(weight, data["weight"])
        self.g.add_edge(u, v, kind=kind, weight=weight, cost=1.0 / weight, **attrs)

    def cites(self, u: str, entry: Any, skip: tuple[str, ...] = ()) -> None:
        """entry→source edges, one per document, weighted by how often the entry cites it."""
        per_doc: dict[str, list[str]] = {}
        for path, ref in iter_source_refs(entry):
            if path.startswith(skip):
                continue
            per_doc.setdefault(ref.document, []).append(ref.section)
        for doc, sections in sorted(per_doc.items()):
            v = node_id("source", doc)
            if v in self.g:
                w = float(len(sections))
                self.g.add_edge(u, v, kind="cited_in", weight=w, cost=1.0 / w, sections=sorted(set(sections)))


def _add_nodes(b: _Builder, kb: KnowledgeBase) -> None:
    for d in kb.documents.values():
        b.node("source", d.id, d.title, file=d.file, issued=d.issued)
    for t in sorted(kb.plan_types):
        pt = kb.plan_types[t]
        b.node("plan_type", t, pt.name, short_name=pt.short_name)
    for r in kb.all_requirements():
        b.node("requirement", r.id, r.label, plan_type=r.plan_type, number=r.number)
    for c in sorted(kb.checks, key=lambda c: c.id):
        b.node("check", c.id, c.label, plan_types=list(c.plan_types))
    for cat in CATEGORY_IDS:
        b.node("category", cat, category_label(cat))
    for theme in THEME_IDS:
        b.node("theme", theme, theme_label(theme))
    for f in kb.fields:
        b.node("field", f.number, f.name, field_id=f.id, number=f.number)
        for p in f.products:
            b.node("product", p.id, p.name, field=f.number, roadmap_leading=p.roadmap_leading)
    for mid in sorted(kb.ministries):
        m = kb.ministries[mid]
        b.node("ministry", m.id, m.name, ministry_kind=m.kind, region=m.region)
        for c in m.contacts:
            b.node("contact", c.id, c.department, role=c.role, ministry=m.id)
    for d in sorted(kb.definitions, key=lambda d: d.id):
        b.node("definition", d.id, d.term)
    for m in (kb.measures[k] for k in sorted(kb.measures)):
        b.node(
            "measure",
            m.id,
            m.name,
            category=m.category,
            plan_types=list(m.plan_types),
            themes=list(m.themes),
            ministry=m.ministry,
        )


def _add_structure_edges(b: _Builder, kb: KnowledgeBase) -> None:
    """Fields → products, plan types → requirements/checks/contacts, ministries → contacts, with citations."""
    for f in kb.fields:
        fid = node_id("field", f.number)
        for p in f.products:
            b.edge(fid, node_id("product", p.id), "has_product")
            b.cites(node_id("product", p.id), p)
        b.cites(fid, f, skip=("products",))
    for t in sorted(kb.plan_types):
        pt = kb.plan_types[t]
        pid = node_id("plan_type", t)
        for r in kb.requirements.get(t, []):
            b.edge(pid, node_id("requirement", r.id), "requires")
        for c in sorted(kb.checks, key=lambda c: c.id):
            if t in c.plan_types:
                b.edge(pid, node_id("check", c.id), "requires")
        for c in pt.submit_to:
            b.edge(pid, node_id("contact", c), "submit_to")
        b.cites(pid, pt)
    for r in kb.all_requirements():
        b.cites(node_id("requirement", r.id), r)
    for c in kb.checks:
        b.cites(node_id("check", c.id), c)
    for mid in sorted(kb.ministries):
        m = kb.ministries[mid]
        u = node_id("ministry", m.id)
        if m.parent:
            b.edge(u, node_id("ministry", m.parent), "part_of")
        for c in m.contacts:
            b.edge(u, node_id("contact", c.id), "has_contact")
            b.cites(node_id("contact", c.id), c)
        b.cites(u, m, skip=("contacts",))
    for d in kb.definitions:
        b.cites(node_id("definition", d.id), d)


def _add_measure_edges(b: _Builder, m: Measure) -> None:
    u = node_id("measure", m.id)
    for n in m.fields:
        b.edge(u, node_id("field", n), "targets", _specificity(len(m.fields)))
    for p in m.products:
        b.edge(u, node_id("product", p), "targets", _specificity(len(m.products)))
    for t in m.plan_types:
        b.edge(u, node_id("plan_type", t), "for_plan_type", _specificity(len(m.plan_types)))
    b.edge(u, node_id("ministry", m.ministry), "run_by", 1.0, role="main")
    for c in m.co_ministries:
        if c != m.ministry:
            b.edge(u, node_id("ministry", c), "run_by", 0.5, role="co")
    b.edge(u, node_id("category", m.category), "in_category")
    for theme in m.themes:
        b.edge(u, node_id("theme", theme), "serves", _specificity(len(m.themes)))
    for h in m.helps:
        target = node_id("requirement", h)
        b.edge(u, target if target in b.g else node_id("check", h), "helps")
    for r in m.related:
        if r != m.id:
            b.edge(u, node_id("measure", r), "related", 0.5)
    if m.contact:
        b.edge(u, node_id("contact", m.contact), "ask_at")
    b.cites(u, m)


def _build(kb: KnowledgeBase) -> nx.DiGraph:
    b = _Builder()
    _add_nodes(b, kb)
    _add_structure_edges(b, kb)
    for k in sorted(kb.measures):
        _add_measure_edges(b, kb.measures[k])
    return b.g


def build_graph(kb: KnowledgeBase) -> nx.DiGraph:
    """The knowledge graph of `kb`, built once per KnowledgeBase object (frozen: copy before changing)."""
    cached = getattr(kb, "_graph", None)
    if cached is not None:
        return cached
    with _lock:
        cached = getattr(kb, "_graph", None)
        if cached is None:
            cached = nx.freeze(_build(kb))
            kb._graph = cached  # type: ignore[attr-defined]
    return cached


def graph_to_json(g: nx.DiGraph) -> dict[str, Any]:
    """Node-link form: {"directed", "multigraph", "graph", "nodes": [{id, ...}], "edges": [{source, target, ...}]}.

    Written here rather than with nx.node_link_data, whose keyword names changed between networkx 3.x releases.
    """
    return {
        "directed": g.is_directed(),
        "multigraph": g.is_multigraph(),
        "graph": dict(g.graph),
        "nodes": [{"id": n, **attrs} for n, attrs in g.nodes(data=True)],
        "edges": [{"source": u, "target": v, **attrs} for u, v, attrs in g.edges(data=True)],
    }


def _scalar(value: Any) -> Any:
    """GraphML holds str, int, float and bool only: lists and dicts become JSON text, None empty text."""
    if value is None:
        return ""
    if isinstance(value, bool | int | float | str):
        return value
    return json.dumps(value, ensure_ascii=False)


def graphml_graph(g: nx.DiGraph) -> nx.DiGraph:
    """A copy of g whose attributes GraphML can hold."""
    h = nx.DiGraph()
    h.graph.update({k: _scalar(v) for k, v in g.graph.items()})
    for n, attrs in g.nodes(data=True):
        h.add_node(n, **{k: _scalar(v) for k, v in attrs.items()})
    for u, v, attrs in g.edges(data=True):
        h.add_edge(u, v, **{k: _scalar(x) for k, x in attrs.items()})
    return h


def graphml_text(g: nx.DiGraph) -> str:
    return "\n".join(nx.generate_graphml(graphml_graph(g))) + "\n"


def write_graphml(g: nx.DiGraph, path: Path | str) -> None:
    Path(path).write_text(graphml_text(g), encoding="utf-8")
