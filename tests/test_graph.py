"""The knowledge graph: typed nodes and edges that mirror the knowledge base, JSON and GraphML export."""

from __future__ import annotations

import json
import shutil
from collections import Counter

import networkx as nx
import pytest
import yaml

from chiiki_mirai.knowledge.graph import (
    NODE_KINDS,
    build_graph,
    graph_to_json,
    graphml_text,
    node_id,
    write_graphml,
)
from chiiki_mirai.knowledge.kb_contract import iter_source_refs
from chiiki_mirai.knowledge.loader import DATA_DIR, load_kb_collecting


@pytest.fixture(scope="module")
def kb():
    return load_kb_collecting()[0]


@pytest.fixture(scope="module")
def g(kb):
    return build_graph(kb)


def out_edges(g, u, kind):
    return {v: d for _, v, d in g.out_edges(u, data=True) if d["kind"] == kind}


def test_every_node_kind_is_present_and_ids_are_prefixed(g):
    kinds = Counter(k for _, k in g.nodes(data="kind"))
    assert set(kinds) == set(NODE_KINDS)
    for n, attrs in g.nodes(data=True):
        assert n == f"{attrs['kind']}:{attrs['ref']}"
        assert attrs["label"], n


def test_fields_and_products(kb, g):
    assert sum(1 for _, k in g.nodes(data="kind") if k == "field") == 17
    for f in kb.fields:
        products = out_edges(g, node_id("field", f.number), "has_product")
        assert set(products) == {node_id("product", p.id) for p in f.products}
    # every product hangs off exactly one field
    for pid in kb.products:
        incoming = [u for u, _, k in g.in_edges(node_id("product", pid), data="kind") if k == "has_product"]
        assert incoming == [node_id("field", kb.product_field[pid])]


def test_measure_edges_mirror_the_measure(kb, g):
    assert kb.measures
    for m in kb.measures.values():
        u = node_id("measure", m.id)
        assert set(out_edges(g, u, "for_plan_type")) == {node_id("plan_type", t) for t in m.plan_types}
        run_by = out_edges(g, u, "run_by")
        assert run_by[node_id("ministry", m.ministry)]["role"] == "main"
        assert set(run_by) == {node_id("ministry", x) for x in [m.ministry, *m.co_ministries]}
        assert set(out_edges(g, u, "in_category")) == {node_id("category", m.category)}
        assert set(out_edges(g, u, "serves")) == {node_id("theme", t) for t in m.themes}
        targets = {node_id("field", n) for n in m.fields} | {node_id("product", p) for p in m.products}
        assert set(out_edges(g, u, "targets")) == targets
        helps = set(out_edges(g, u, "helps"))
        assert {v.split(":", 1)[1] for v in helps} == set(m.helps)
        assert all(g.nodes[v]["kind"] in ("requirement", "check") for v in helps)
        assert set(out_edges(g, u, "related")) == {node_id("measure", r) for r in m.related if r != m.id}
        assert node_id("source", m.source.document) in out_edges(g, u, "cited_in")


def test_plan_types_require_their_requirements(kb, g):
    for t, reqs in kb.requirements.items():
        required = out_edges(g, node_id("plan_type", t), "requires")
        assert {node_id("requirement", r.id) for r in reqs} <= set(required)
        assert {node_id("check", c.id) for c in kb.checks if t in c.plan_types} <= set(required)


def test_ministry_hierarchy_and_contacts(kb, g):
    for m in kb.ministries.values():
        parents = out_edges(g, node_id("ministry", m.id), "part_of")
        assert set(parents) == ({node_id("ministry", m.parent)} if m.parent else set())
        contacts = out_edges(g, node_id("ministry", m.id), "has_contact")
        assert set(contacts) == {node_id("contact", c.id) for c in m.contacts}


def test_weights_are_strengths_and_cost_is_their_inverse(g):
    for u, v, d in g.edges(data=True):
        assert d["weight"] > 0, (u, v)
        assert d["cost"] == pytest.approx(1 / d["weight"])


def test_a_narrow_measure_is_closer_to_its_field_than_a_broad_one(kb, g):
    weights = {}
    for m in kb.measures.values():
        for v, d in out_edges(g, node_id("measure", m.id), "targets").items():
            if v.startswith("field:"):
                weights.setdefault(len(m.fields), set()).add(d["weight"])
    sizes = sorted(weights)
    if len(sizes) < 2:
        pytest.skip("every measure targets the same number of fields")
    for a, b in zip(sizes, sizes[1:], strict=False):
        assert min(weights[a]) > max(weights[b])


def test_repeated_citations_strengthen_the_source_edge(kb, g):
    for m in kb.measures.values():
        per_doc = Counter(ref.document for _, ref in iter_source_refs(m))
        cited = out_edges(g, node_id("measure", m.id), "cited_in")
        assert {v: d["weight"] for v, d in cited.items()} == {
            node_id("source", doc): float(n) for doc, n in per_doc.items()
        }


def test_graph_is_built_once_per_kb_and_frozen(kb, g):
    assert build_graph(kb) is g
    with pytest.raises(nx.NetworkXError):
        g.add_node("measure:new")
    other = load_kb_collecting()[0]
    assert build_graph(other) is not g
    assert build_graph(other).number_of_edges() == g.number_of_edges()


def test_shortest_paths_use_cost(kb, g):
    m = next(m for m in kb.measures.values() if m.fields)
    path = nx.shortest_path(g, node_id("measure", m.id), node_id("field", m.fields[0]), weight="cost")
    assert len(path) == 2


def test_node_link_json(g):
    data = graph_to_json(g)
    text = json.dumps(data, ensure_ascii=False)
    back = json.loads(text)
    assert back["directed"] is True
    assert len(back["nodes"]) == g.number_of_nodes()
    assert len(back["edges"]) == g.number_of_edges()
    ids = {n["id"] for n in back["nodes"]}
    assert all(e["source"] in ids and e["target"] in ids for e in back["edges"])
    assert all("kind" in e and "weight" in e and "cost" in e for e in back["edges"])


def test_graphml_round_trip(kb, g, tmp_path):
    path = tmp_path / "kb.graphml"
    write_graphml(g, path)
    h = nx.read_graphml(path)
    assert h.number_of_nodes() == g.number_of_nodes()
    assert h.number_of_edges() == g.number_of_edges()
    m = next(iter(kb.measures.values()))
    # lists are stored as JSON text, since GraphML holds scalars only
    assert json.loads(h.nodes[node_id("measure", m.id)]["plan_types"]) == list(m.plan_types)
    assert "<graphml" in graphml_text(g)


def test_dangling_references_are_left_out_not_fatal(tmp_path):
    data = tmp_path / "data"
    shutil.copytree(DATA_DIR, data)
    path = sorted((data / "measures").glob("*.yaml"))[0]
    measures = yaml.safe_load(path.read_text(encoding="utf-8"))
    measures[0]["ministry"] = "nowhere"
    measures[0]["related"] = ["no_such_measure"]
    path.write_text(yaml.safe_dump(measures, allow_unicode=True, sort_keys=False), encoding="utf-8")
    kb, _ = load_kb_collecting(data)
    g = build_graph(kb)
    assert "ministry:nowhere" not in g
    assert "measure:no_such_measure" not in g
    assert node_id("measure", measures[0]["id"]) in g
