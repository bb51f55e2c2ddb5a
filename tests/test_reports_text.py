"""The terminal checklist."""

from __future__ import annotations

from reports_samples import batch, broken, hostile_plan, plan_b, plan_c

from chiiki_mirai.reports.common import STATUS_MARK
from chiiki_mirai.reports.text import render_text


def test_checklist_shows_marks_reasons_evidence_source_fix():
    r = plan_b()
    out = render_text(r)
    lines = out.splitlines()
    for item in r.requirements + r.checks:
        line = next(ln for ln in lines if f"({item.id})" in ln)
        assert line.startswith(STATUS_MARK[item.status] + " " + item.label)
        for reason in item.reasons:
            assert f"理由: {reason}" in out
        if item.status in ("partial", "missing"):
            assert f"追記すべき事項: {item.fix}" in out
    assert "根拠: 「域内取引額を拡大する」（4. 波及効果 / 58行目）" in out
    assert (
        "出典: 地域未来戦略 政策パッケージ 第2章 2. B. (2) 要件 ④「域内取引額、売上額、雇用者数、賃金の目標」"
        in out
    )
    assert {"✓", "△", "✗", "?"} <= {ln[:1] for ln in lines}


def test_recommendations_with_ministry_and_where_to_ask():
    out = render_text(plan_b())
    assert "大規模成長投資補助金（経済産業省）" in out
    assert "相談先: 近畿経済産業局 地域経済課 06-0000-0000" in out
    assert "2. 地域未来交付金（内閣府）" in out  # a recommendation with few keys still shows


def test_met_items_get_no_fix_line():
    r = plan_c()
    r.requirements[0].fix = "書かなくてよい"
    assert "書かなくてよい" not in render_text(r)


def test_batch_starts_with_summary_including_broken_files():
    out = render_text(batch())
    assert out.startswith("■ 一覧（4件）")
    summary = out.split("━", 1)[0]
    assert "b_film_solar.md" in summary and "読み込みエラー" in summary
    assert "読み込めなかったファイル 1件" in summary
    assert out.index("■ 一覧") < out.index("計画チェック結果: b_film_solar.md")


def test_single_plan_has_no_summary():
    assert "■ 一覧" not in render_text([plan_c()])


def test_terminal_control_sequences_from_drafts_are_removed():
    r = plan_c()
    r.title = "\x1b[2J\x1b[31m赤い表題\x07"
    out = render_text([r, broken()])
    assert "\x1b" not in out and "\x07" not in out and "\r" not in out
    assert "赤い表題" in out
    assert "\r" not in render_text(hostile_plan())
