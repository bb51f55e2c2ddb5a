"""計画づくり page: an uploaded draft's gaps, what-if edits, the form, bad files, per-session plans."""

from __future__ import annotations

from app_testing import TEST_DRAFTS, app, example, expander_for, fresh_cache, no_exception  # noqa: F401, isort: skip
from app_support.state import PLANNER_UPLOAD
from chiiki_mirai import service


def planner_with(name: str, data: bytes):
    at = app("planner")
    at.session_state[PLANNER_UPLOAD] = (name, data)
    at.run()
    no_exception(at)
    return at


def status_of(at, item_id: str) -> str:
    return expander_for(at, item_id).label.split("｜", 1)[0]


def test_uploaded_draft_shows_its_gaps_with_reasons_and_fixes():
    name, data = example("b_perovskite_cluster.md")
    at = planner_with(name, data)
    expected = service.check_plan(*service.read_plan_bytes(name, data)[:1], source=name)
    metrics = {m.label: m.value for m in at.metric}
    assert metrics["類型"].startswith(expected.plan_type)
    assert metrics["不足（一部不足・未記載）"] == f"{len(expected.gaps)} 件"
    assert expected.gaps, "the B example has gaps"
    for item in expected.gaps:
        exp = expander_for(at, item.id)
        assert exp.label.startswith(("△", "✗"))
        assert exp.proto.expanded  # gaps are open
        text = "\n".join(m.value for m in exp.markdown)
        assert item.reasons[0][:10].replace(":", "\\:") in text or item.reasons[0][:10] in text
        assert any(i.value.startswith("直し方") for i in exp.info)
        assert any(c.value.startswith("要件の出典") for c in exp.caption)


def test_what_if_withdrawal_criteria_and_cycle_flip_ebpm_to_met():
    at = planner_with(*example("b_perovskite_cluster.md"))
    assert status_of(at, "B.ebpm").startswith("△")
    assert status_of(at, "kpi").startswith("△")
    at.button(key="whatif.fill").click().run()
    kpi_inputs = [t for t in at.text_input if (t.key or "").startswith("whatif.kpi.")]
    assert kpi_inputs and all(t.value for t in kpi_inputs)
    at.text_input(key="whatif.cycle").input("四半期ごとに推進会議で進捗を点検する").run()
    no_exception(at)
    assert status_of(at, "B.ebpm").startswith("✓")
    assert status_of(at, "kpi").startswith("✓")
    changed = at.table[0].value
    assert set(changed["書き足し後"]) == {"充足"}
    assert any("B.ebpm" in v for v in changed["項目"])


def test_what_if_cumulative_investment_flips_the_investment_kgi():
    at = planner_with(*example("b_perovskite_cluster.md"))
    before = status_of(at, "kgi.investment")
    assert before.startswith("△")
    at.number_input(key="whatif.inv_cum").set_value(850.0).run()
    no_exception(at)
    assert status_of(at, "kgi.investment").startswith("✓")
    # clearing the edit brings the original verdict back: the uploaded plan was not changed
    at.number_input(key="whatif.inv_cum").set_value(None).run()
    assert status_of(at, "kgi.investment") == before


def test_shift_jis_text_draft_is_read_and_checked():
    p = TEST_DRAFTS / "c_mino_washi_sjis.txt"
    at = planner_with(p.name, p.read_bytes())
    assert {m.label: m.value for m in at.metric}["類型"].startswith("C")
    assert any(e.label.endswith("（C.ebpm）") for e in at.expander)


def test_bad_files_get_a_japanese_message_and_no_traceback():
    for name, data, words in [
        ("plan.pdf", b"%PDF-1.4 ...", "PDF として読めません"),
        ("plan.rtf", b"{\\rtf1 plan}", "対応していない"),
        ("plan.md", b"   \n  ", "空"),
        ("plan.docx", b"not a zip at all", "Word"),
        ("plan.yaml", b"title: [unclosed", "YAML"),
    ]:
        at = planner_with(name, data)
        errors = [e.value for e in at.error]
        assert errors and words in errors[0] and "ファイルを読み込めませんでした" in errors[0], (name, errors)
        assert not at.metric  # no report for a file that could not be read


def test_form_input_is_checked_like_a_draft():
    at = app("planner")
    at.run()
    at.text_input(key="form.title").input("テスト用 地場産業成長プラン")
    at.selectbox(key="form.plan_type").set_value("C")
    at.text_input(key="form.author_name").input("架空町")
    at.selectbox(key="form.author_kind").set_value("municipality")
    at.text_area(key="form.kpis").input(
        "新商品の開発数｜年3件\n販路開拓件数|年10件|2年連続で半分未満なら縮小"
    )
    next(b for b in at.button if b.label == "この内容でチェックする").click().run()
    no_exception(at)
    metrics = {m.label: m.value for m in at.metric}
    assert metrics["類型"].startswith("C")
    assert int(metrics["不足（一部不足・未記載）"].split()[0]) > 0  # a bare form leaves many gaps
    kpi_inputs = [t for t in at.text_input if (t.key or "").startswith("whatif.kpi.")]
    assert [t.label for t in kpi_inputs] == ["撤退基準：新商品の開発数", "撤退基準：販路開拓件数"]


def test_two_sessions_do_not_share_plans():
    b = planner_with(*example("b_perovskite_cluster.md"))
    c = planner_with(*example("c_kiso_shikki.md"))
    empty = app("planner")
    empty.run()
    title_b = b.subheader[0].value
    title_c = c.subheader[0].value
    assert title_b != title_c
    assert {m.label: m.value for m in b.metric}["類型"].startswith("B")
    assert {m.label: m.value for m in c.metric}["類型"].startswith("C")
    # a third session started after both sees no plan at all
    assert not empty.metric and any("読み込むか" in i.value for i in empty.info)
    # B's session still has B after C was checked in another session
    b.run()
    assert b.subheader[0].value == title_b
