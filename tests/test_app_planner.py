"""計画づくり page: an uploaded draft's gaps, the form, bad files, per-session plans, the time limit.

The what-if tab has its own file (test_app_whatif.py); the reading results are tested here.
"""

from __future__ import annotations

import re

import pytest

from app_testing import (  # noqa: F401 - fixture, isort: skip
    TEST_DRAFTS, app, example, expander_for, fresh_cache, no_exception, planner_with,
)
from app_support.pool import TIME_LIMIT_ENV
from app_support.state import PLANNER_UPLOAD
from chiiki_mirai import service

FACT_KEY = re.compile(r"\b[a-z]+(?:_[a-z0-9]+)+\b")  # an internal fact name such as ripple_sales_value
MARKUP = re.compile(r"</?[a-zA-Z][^>]*>")


def test_uploaded_draft_shows_its_gaps_with_reasons_and_fixes():
    name, data = example("b_perovskite_cluster.md")
    at = planner_with(name, data)
    expected = service.check_plan(*service.read_plan_bytes(name, data)[:1], source=name)
    metrics = {m.label: m.value for m in at.metric}
    assert metrics["類型"].startswith(expected.plan_type)
    assert metrics["不足（一部不足・未記載）"] == f"{len(expected.gaps)} 件"
    assert expected.gaps, "the B example has gaps"
    for item in expected.gaps:
        exp = expander_for(at, item)
        assert exp.label.startswith(("△", "✗")) and item.id not in exp.label  # no internal id in the label
        assert exp.proto.expanded  # gaps are open
        text = "\n".join(m.value for m in exp.markdown)
        assert item.reasons[0][:10].replace(":", "\\:") in text or item.reasons[0][:10] in text
        assert any(i.value.startswith("**直し方**") for i in exp.info)
        assert any(c.value.startswith("要件の出典") for c in exp.caption)


def test_several_fixes_are_a_list_and_quotes_are_clean_text():
    at = planner_with(*example_path(TEST_DRAFTS / "b_missing_sections.md"))
    for exp in at.expander:
        for info in exp.info:
            fixes = info.value.split("\n\n", 1)[1].splitlines()
            assert all(line.startswith("- ") for line in fixes), info.value
        for md in exp.markdown:
            if md.value.startswith(">"):
                assert not MARKUP.search(md.value.replace("\\<", "<").replace("\\>", ">")), md.value


def test_evidence_captions_are_japanese():
    at = planner_with(*example("c_kiso_shikki.md"))
    captions = [c.value for e in at.expander for c in e.caption if not c.value.startswith(("要件の出典", "要件・"))]
    assert captions
    for caption in captions:
        assert not FACT_KEY.search(caption.replace("\\_", "_")), caption


def test_advice_is_shown_apart_from_gaps():
    name, data = example_path(TEST_DRAFTS / "b_missing_sections.md")
    expected = service.check_plan(*service.read_plan_bytes(name, data)[:1], source=name)
    item = next(i for i in expected.requirements + expected.checks if i.advice)
    at = planner_with(name, data)
    exp = expander_for(at, item)
    notes = [s.value for s in exp.success]
    assert notes and notes[0].startswith("**助言**") and "不足ではありません" in notes[0]


def test_reading_results_are_tables_of_what_was_found_where():
    at = planner_with(*example_path(TEST_DRAFTS / "b_missing_sections.md"))
    tables = {tuple(t.value.columns): t.value for t in at.table}
    sections = tables[("記載項目", "状態", "素案の見出し")]
    assert (sections["状態"] == "✗ 見つからない").sum() >= 10
    assert "✓ 見つかった" in set(sections["状態"])
    values = tables[("項目", "読み取った内容", "場所")]
    assert "策定主体" in set(values["項目"]) and any("行目" in w for w in values["場所"])
    assert not at.json  # no raw JSON tree


def test_removing_the_file_clears_the_report():
    at = planner_with(*example("c_kiso_shikki.md"))
    assert at.metric
    at.session_state[PLANNER_UPLOAD] = None  # what the uploader's on_change stores when the file is removed
    at.run()
    no_exception(at)
    assert not at.metric and any("読み込むか" in i.value for i in at.info)


def test_the_report_says_which_file_it_shows():
    at = planner_with(*example("c_kiso_shikki.md"))
    assert "読み込んだファイル：c_kiso_shikki.md" in [c.value.replace("\\", "") for c in at.caption]


def test_shift_jis_text_draft_is_read_and_checked():
    at = planner_with(*example_path(TEST_DRAFTS / "c_mino_washi_sjis.txt"))
    assert {m.label: m.value for m in at.metric}["類型"].startswith("C")


@pytest.mark.parametrize(
    ("name", "data", "words"),
    [
        ("plan.pdf", b"%PDF-1.4 ...", "PDF として読めません"),
        ("plan.rtf", b"{\\rtf1 plan}", "対応していない"),
        ("plan.md", b"   \n  ", "空"),
        ("plan.docx", b"not a zip at all", "Word"),
        ("plan.yaml", b"title: [unclosed", "YAML"),
        ("表.xlsx", b"PK\x03\x04", "対応していない"),
    ],
)
def test_bad_files_get_a_japanese_message_and_no_traceback(name, data, words):
    at = planner_with(name, data)
    errors = [e.value for e in at.error]
    assert errors and words in errors[0] and "ファイルを読み込めませんでした" in errors[0], errors
    assert name in errors[0]
    assert not at.metric  # no report for a file that could not be read
    at.run()  # a rerun shows the same message without reading the file again
    assert [e.value for e in at.error] == errors


def test_a_check_past_the_time_limit_is_stopped_with_a_message_naming_the_file(monkeypatch):
    line = "地域の事業者と連携して新しい製品を開発し、販路を広げる。域内の取引を増やし、雇用を生み出す。"
    body = "\n".join(f"- 取組{i}：{line}" for i in range(5_000))  # within the limits, seconds to read
    data = ("# 長い素案\n\n計画の類型: C\n\n## 1. 地場産業の成長を支援する分野\n\n" + body).encode("utf-8")
    monkeypatch.setenv(TIME_LIMIT_ENV, "0.05")
    at = planner_with("長い素案.md", data)
    errors = [e.value for e in at.error]
    assert errors and "「長い素案.md」" in errors[0] and "制限時間（0.05秒）" in errors[0], errors
    monkeypatch.delenv(TIME_LIMIT_ENV)
    # nothing else is lost: another file checks normally afterwards, in the same session
    at.session_state[PLANNER_UPLOAD] = example("c_kiso_shikki.md")
    at.run()
    no_exception(at)
    assert {m.label: m.value for m in at.metric}["類型"].startswith("C")


def test_form_input_is_checked_like_a_draft():
    at = app("planner")
    at.run()
    at.text_input(key="form.title").input("テスト用 地場産業成長プラン")
    at.selectbox(key="form.plan_type").set_value("C")
    at.text_input(key="form.author_name").input("架空町")
    at.selectbox(key="form.author_kind").set_value("municipality")
    at.text_area(key="form.kpis").input("新商品の開発数｜年3件\n販路開拓件数|年10件|2年連続で半分未満なら縮小")
    next(b for b in at.button if b.label == "この内容でチェックする").click().run()
    no_exception(at)
    metrics = {m.label: m.value for m in at.metric}
    assert metrics["類型"].startswith("C")
    assert int(metrics["不足（一部不足・未記載）"].split()[0]) > 0  # a bare form leaves many gaps
    kpi_boxes = [t.label for t in at.text_input if ".kpi.withdrawal_criterion." in (t.key or "")]
    assert kpi_boxes == ["撤退基準：新商品の開発数"]  # the KPI with its own criterion gets no box


def test_an_empty_form_asks_for_a_name_or_type():
    at = app("planner")
    at.run()
    next(b for b in at.button if b.label == "この内容でチェックする").click().run()
    no_exception(at)
    assert any("名称か類型" in w.value for w in at.warning)
    assert not at.metric


def test_two_sessions_do_not_share_plans():
    b = planner_with(*example("b_perovskite_cluster.md"))
    c = planner_with(*example("c_kiso_shikki.md"))
    empty = app("planner")
    empty.run()
    title_b = b.subheader[0].value
    assert title_b != c.subheader[0].value
    assert {m.label: m.value for m in b.metric}["類型"].startswith("B")
    assert {m.label: m.value for m in c.metric}["類型"].startswith("C")
    assert not empty.metric and any("読み込むか" in i.value for i in empty.info)
    b.run()
    assert b.subheader[0].value == title_b


def test_recommendations_show_what_to_confirm_terms_and_windows():
    name, data = example("b_perovskite_cluster.md")
    expected = service.check_plan(*service.read_plan_bytes(name, data)[:1], source=name)
    at = planner_with(name, data)
    text = "\n".join(m.value for m in at.markdown) + "\n".join(c.value for c in at.caption)
    for rec in expected.recommendations:
        if rec.ministry_to_confirm:
            assert "所管要確認" in text
        if rec.terms_note:
            assert "補助・助成の条件" in text
        if rec.windows:
            assert "相談できる機関" in text
        if rec.window and rec.window != rec.ministry:
            assert f"この計画の窓口**：{rec.window}" in text
    assert any(r.window and r.window != r.ministry for r in expected.recommendations)


def test_what_to_settle_first_is_on_top_of_the_recommendations():
    """A draft without its type: the recommendations say first that they follow the inferred type."""
    name, data = example("c_kiso_shikki.md")
    text = data.decode("utf-8").replace("- 計画の類型: C. 地場産業成長プラン\n", "").replace("地場産業成長プラン", "成長計画")
    expected = service.check_plan(service.read_plan_bytes(name, text.encode("utf-8"))[0], source=name)
    assert expected.recommendation_notices
    at = planner_with(name, text.encode("utf-8"))
    warnings = [w.value for w in at.warning]
    for notice in expected.recommendation_notices:
        assert notice in warnings


def example_path(p):
    return p.name, p.read_bytes()
