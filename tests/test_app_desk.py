"""相談窓口 page: free-text search with a button, the query kept across pages, the field line only when sure,
a one-line summary of the answers, filters, the measure detail, through AppTest."""

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
    at.text_input(key="desk.query").input(query)
    next(b for b in at.button if b.label == "検索").click().run()
    no_exception(at)
    return at


def result_ids(at) -> list[str]:
    """Measure ids in the order the cards are shown (the detail selectbox lists the same results)."""
    box = at.selectbox(key="desk.detail")
    by_name = {m.name: m.id for m in load_kb().measures.values()}
    return [by_name[o] for o in box.options]


def summary(at):
    return next(t.value for t in at.table if list(t.value.columns) == ["No", "施策", "所管", "分類", "相談先"])


def text_of(at) -> str:
    return "\n".join(m.value for m in at.markdown) + "\n".join(c.value for c in at.caption)


def test_empty_query_asks_for_input():
    at = app()
    at.run()
    no_exception(at)
    assert any("相談内容を入力" in i.value for i in at.info)
    assert at.title[0].value.endswith("相談窓口")
    assert any(b.label == "検索" for b in at.button)  # a button as well as Enter


@pytest.mark.parametrize("query", ["工業用水が足りない", "工業用水の確保に困っている"])
def test_water_question_finds_an_infrastructure_measure(kb, query):
    ids = result_ids(search(query))
    top = [kb.measures[i] for i in ids[:3]]
    assert any(m.category == "infrastructure" and "工業用水" in m.summary for m in top), [m.name for m in top]


@pytest.mark.parametrize("query", ["海外に売りたい", "販路を海外に広げたい"])
def test_export_question_finds_jetro_or_export_support(kb, query):
    at = search(query)
    top = [kb.measures[i] for i in result_ids(at)[:3]]
    assert any(m.ministry == "jetro" or "export" in m.themes for m in top), [m.name for m in top]
    assert "問い合わせ先" in text_of(at)
    assert any(c.value.startswith("出典") for c in at.caption)


def test_a_summary_table_lists_every_answer_on_one_line(kb):
    at = search("工業団地を造成したいが用地が足りない")
    table = summary(at)
    assert list(table["施策"]) == [kb.measures[i].name for i in result_ids(at)]
    assert all(table["相談先"])


@pytest.mark.parametrize(
    ("query", "shown"),
    [
        ("洋上風力の部品メーカーを地元に呼び込みたい", "関係しそうな戦略分野"),
        ("漆器を海外に売りたい", "17の戦略分野の外の例"),
        ("工業用水が足りない", None),  # the classifier is unsure (it said 林業関係)
        ("大学と組んで研究開発拠点をつくりたい", None),  # unsure (it said コンテンツ)
        ("人材が集まらない", None),
    ],
)
def test_the_field_line_is_shown_only_when_the_classifier_is_sure(query, shown):
    lines = [m.value for m in search(query).markdown]
    field_lines = [v for v in lines if v.startswith(("**関係しそうな戦略分野**", "**17の戦略分野の外の例**"))]
    if shown is None:
        assert not field_lines  # the search may say 「分野は特定できません」 instead (a caption)
    else:
        assert len(field_lines) == 1 and field_lines[0].startswith(f"**{shown}**")


def test_the_query_and_answer_are_kept_across_pages():
    at = search("港の物流機能を強化したい")
    before = list(summary(at)["施策"])
    at.switch_page("app_pages/reviewer.py").run()
    at.switch_page("app_pages/desk.py").run()
    no_exception(at)
    assert at.text_input(key="desk.query").value == "港の物流機能を強化したい"
    assert list(summary(at)["施策"]) == before


def test_filters_that_leave_nothing_say_so():
    at = search("人材が集まらない", category="regulation", plan_type="C")
    warnings = [w.value for w in at.warning]
    assert warnings and "絞り込み" in warnings[0] and "対象外" not in warnings[0]


def test_ministry_filter_keeps_only_that_ministrys_measures(kb):
    at = search("海外に売りたい", ministry="meti")
    ids = result_ids(at)
    assert ids
    for i in ids:
        m = kb.measures[i]
        assert "meti" in (m.ministry, *m.co_ministries), m.name


def test_cards_say_what_to_confirm_terms_and_where_else_to_ask():
    text = text_of(search("政府系金融機関から融資を受けたい"))
    assert "所管要確認" in text and "相談できる機関" in text
    assert "補助・助成の条件" in text_of(search("設備投資の補助金がほしい"))


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
