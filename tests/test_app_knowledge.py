"""ナレッジ page: plan types with requirements and 記載項目, the graph's neighbour list, what changed."""

from __future__ import annotations

import pytest

from app_testing import app, fresh_cache, no_exception  # noqa: F401, isort: skip
from chiiki_mirai.knowledge.graph import build_graph
from chiiki_mirai.knowledge.loader import load_kb


@pytest.fixture
def kb():
    return load_kb()


def test_each_plan_type_lists_its_requirements_and_sections(kb):
    at = app("knowledge")
    at.run()
    no_exception(at)
    for t in sorted(kb.plan_types):
        at.radio(key="kb.type").set_value(t).run()
        labels = [e.label for e in at.expander]
        for r in kb.requirements[t]:
            assert f"{r.number}. {r.label}（{r.id}）" in labels
        for s in kb.plan_types[t].sections:
            assert any(lab.startswith(f"{s.number}. {s.heading}") for lab in labels)


def test_requirement_shows_its_source_passage(kb):
    at = app("knowledge")
    at.run()
    r = kb.requirements["B"][0]
    at.radio(key="kb.type").set_value("B").run()
    exp = next(e for e in at.expander if e.label.endswith(f"（{r.id}）"))
    quoted = "\n".join(m.value for m in exp.markdown if m.value.startswith(">"))
    passage = kb.passage(r.source)
    assert passage[:8] in quoted.replace("\\", "")


def test_picking_a_node_lists_its_neighbours(kb):
    g = build_graph(kb)
    at = app("knowledge")
    at.run()
    at.selectbox(key="kb.focus").set_value("ministry:jetro").run()
    no_exception(at)
    shown = set(at.dataframe[0].value["名称"])
    kinds = {"field", "product", "measure", "ministry"}
    expected = {
        g.nodes[v]["label"]
        for v in set(g.successors("ministry:jetro")) | set(g.predecessors("ministry:jetro"))
        if g.nodes[v]["kind"] in kinds
    }
    assert expected and shown == expected


def test_what_changed_note_shows_version_and_date(kb):
    at = app("knowledge")
    at.run()
    text = "\n".join(m.value for m in at.markdown)
    assert kb.meta.version.replace(".", "\\.") in text or kb.meta.version in text
    assert f"{kb.meta.updated:%Y年%m月%d日}" in text
