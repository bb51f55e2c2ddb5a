"""相談窓口 page: free-text search, filters and the measure detail, through AppTest."""

from __future__ import annotations

import pytest

from app_testing import app, fresh_cache, no_exception  # noqa: F401 - fixture, isort: skip
from app_support.views import md_escape
from chiiki_mirai.knowledge.loader import load_kb


@pytest.fixture
def kb():
    return load_kb()


def search(query: str, **filters):
    at = app()
    at.run()
    for key, value in filters.items():
        at.selectbox(key=f"desk.{key}").set_value(value)
    at.text_input(key="desk.query").input(query).run()
    no_exception(at)
    return at


def result_ids(at) -> list[str]:
    """Measure ids in the order the cards are shown (the detail selectbox lists the same results)."""
    box = at.selectbox(key="desk.detail")
    # options are shown by name; map back through the knowledge base
    kb = load_kb()
    by_name = {m.name: m.id for m in kb.measures.values()}
    return [by_name[o] for o in box.options]


def test_empty_query_asks_for_input():
    at = app()
    at.run()
    no_exception(at)
    assert any("相談内容を入力" in i.value for i in at.info)
    assert at.title[0].value.endswith("相談窓口")


@pytest.mark.parametrize("query", ["工業用水が足りない", "工業用水の確保に困っている"])
def test_water_question_finds_an_infrastructure_measure(kb, query):
    ids = result_ids(search(query))
    top = [kb.measures[i] for i in ids[:3]]
    assert any(m.category == "infrastructure" and "工業用水" in m.summary for m in top), [m.name for m in top]


@pytest.mark.parametrize("query", ["海外に売りたい", "販路を海外に広げたい"])
def test_export_question_finds_jetro_or_export_support(kb, query):
    at = search(query)
    ids = result_ids(at)
    top = [kb.measures[i] for i in ids[:3]]
    assert any(m.ministry == "jetro" or "export" in m.themes for m in top), [m.name for m in top]
    # each card says where to ask and quotes its source
    text = "\n".join(m.value for m in at.markdown)
    assert "問い合わせ先" in text
    assert any(c.value.startswith("出典") for c in at.caption)


def test_ministry_filter_keeps_only_that_ministrys_measures(kb):
    at = search("海外に売りたい", ministry="meti")
    ids = result_ids(at)
    assert ids
    for i in ids:
        m = kb.measures[i]
        assert "meti" in (m.ministry, *m.co_ministries), m.name


def test_measure_detail_lists_related_measures_and_fields(kb):
    at = search("工業用水が足りない")
    ids = result_ids(at)
    with_related = next((i for i in ids if kb.measures[i].related), None)
    if with_related is None:
        pytest.skip("no result with related measures")
    at.selectbox(key="desk.detail").set_value(with_related).run()
    no_exception(at)
    text = "\n".join(m.value for m in at.markdown)
    assert "関連する施策" in text and "関連する戦略分野" in text
    for r in kb.measures[with_related].related:
        if r in kb.measures:
            assert md_escape(kb.measures[r].name) in text
