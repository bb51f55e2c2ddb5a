"""The app-only helpers without Streamlit: the form, plan overlays, status changes, the matrices, the reading
tables, graph clicks."""

from __future__ import annotations

import pytest

from app_testing import EXAMPLES, TEST_DRAFTS  # isort: skip
from app_support.graph_figure import build_view, selected_node
from app_support.matrix import notes, outcome_rows, type_matrix, unique_names
from app_support.plan_edits import OKU, parse_kpi_lines, plan_from_form, status_changes
from app_support.plan_overlay import mark_evidence, overlay
from app_support.reading import clean_text, fact_label, section_rows, value_rows
from app_support.views import md_escape
from chiiki_mirai import service
from chiiki_mirai.core.result import BadInput
from chiiki_mirai.knowledge.graph import build_graph
from chiiki_mirai.knowledge.loader import load_kb


@pytest.fixture(scope="module")
def plan_b():
    p = EXAMPLES / "b_perovskite_cluster.md"
    return service.read_plan_bytes(p.name, p.read_bytes())[0]


def test_parse_kpi_lines_accepts_both_bars_tabs_and_missing_parts():
    kpis = parse_kpi_lines(
        "試作品数｜年5件｜2年連続で3件未満なら中止\n\n来訪者数 | 年1万人\n商談件数\t30件\t\n  "
    )
    assert [k.name for k in kpis] == ["試作品数", "来訪者数", "商談件数"]
    assert kpis[0].withdrawal_criterion == "2年連続で3件未満なら中止"
    assert kpis[1].target == "年1万人" and kpis[1].withdrawal_criterion is None
    assert kpis[2].target == "30件" and kpis[2].withdrawal_criterion is None


def test_plan_from_form_keeps_absent_values_absent_and_converts_oku_to_yen():
    plan = plan_from_form(
        {"title": "試し", "investment_cumulative_oku": 120.0, "target_fy": 2032, "products": "和紙、 水引,"}
    )
    inv = next(k for k in plan.kgis if k.kind == "investment")
    assert inv.value is None and inv.cumulative_value == 120 * OKU and inv.year == 2032
    assert plan.industry.products == ["和紙", "水引"]
    assert plan.authors == [] and plan.commitment.consultation_desk is None
    assert not any(k.kind == "value_added" for k in plan.kgis)


def test_overlay_lays_stated_values_over_a_copy_and_merges_named_things(plan_b):
    before = plan_b.model_dump()
    added, _ = service.read_plan_bytes(
        "w.md",
        "計画の類型: B\n\n## 3. 当該分野の現状認識と目指す姿\n\n### (2) 目指すべき目標\n\n"
        "必須KGI：官民設備投資額 2035年度に 120億円（2026〜2035年度の累積 800億円）\n".encode(),
    )
    mark_evidence(added, "【書き足し】")
    out = overlay(plan_b, added)
    assert plan_b.model_dump() == before  # the plan as read is not changed
    investment = [k for k in out.kgis if k.kind == "investment"]
    assert len(investment) == 1 and investment[0].cumulative_value == 800 * OKU  # merged by kind, not added
    assert investment[0].evidence.section.startswith("【書き足し】") and investment[0].evidence.line is None
    assert out.title == plan_b.title and [k.name for k in out.kpis] == [k.name for k in plan_b.kpis]
    assert out.sections["B.3.2"].text.startswith(plan_b.sections["B.3.2"].text)  # appended, not replaced


def test_status_changes_lists_only_what_moved(plan_b):
    base = service.check_plan(plan_b, "b.md", with_recommendations=False)
    edited = plan_b.model_copy(deep=True)
    for k in edited.kpis:
        k.withdrawal_criterion = "目標の半分に届かない年が2年続けば見直す"
    # the KPI statements read from the draft no longer say what the edited KPIs say (as the what-if drops them)
    edited.statements = [s for s in edited.statements if s.kind != "kpi"]
    after = service.check_plan(edited, "b.md", with_recommendations=False)
    changes = status_changes(base, after)
    assert changes and {c.id for c in changes} <= {i.id for i in base.gaps}
    assert all(c.before != c.after for c in changes)
    assert status_changes(base, base) == []


def test_check_uploads_reports_bad_files_and_checks_the_rest():
    files = [(p.name, p.read_bytes()) for p in sorted(TEST_DRAFTS.iterdir())]
    uploads = [files[0], ("計画.pdf", b"%PDF"), *files[1:]]  # a PDF with nothing after its header
    seen: list[tuple[int, int]] = []
    results = service.check_uploads(uploads, progress=lambda i, n, _name: seen.append((i, n)))
    assert [type(r).__name__ for r in results][1] == "BadInput"
    assert "PDF として読めません" in results[1].error
    assert sum(not isinstance(r, BadInput) for r in results) == len(files)
    assert seen[-1][0] == seen[-1][1] == 2 * len(uploads)


def test_plan_yaml_round_trips(plan_b):
    again, _ = service.read_plan_bytes("plan.yaml", service.plan_to_yaml(plan_b).encode("utf-8"))
    assert again == plan_b


def test_matrix_per_type_rows_names_notes_and_outcomes():
    dup = [(p.name, p.read_bytes()) for p in sorted(EXAMPLES.glob("*.md"))]
    results = service.check_uploads([*dup, (dup[0][0], dup[0][1] + b"\n"), ("x.txt", b"")])
    names = unique_names(results)
    assert names[len(dup)] == f"{dup[0][0]}（2）"
    t = results[0].plan_type
    m = type_matrix(results, t)
    assert list(m.frame["計画"]) == [n for n, r in zip(names, results, strict=True) if getattr(r, "plan_type", "") == t]
    assert [results[i].plan_type for i in m.rows] == [t] * len(m.rows)
    assert all(c.group == f"{t} 要件" for c in type_matrix(results, t, with_checks=False).columns)
    rows = outcome_rows(results)
    assert len(rows) == len(results) and rows[-1]["結果"] == "読み込めませんでした" and "空" in rows[-1]["内容"]
    assert notes(results[0]) == "／".join(results[0].parse_report.warnings)


def test_reading_tables_and_japanese_fact_names():
    p = EXAMPLES / "b_perovskite_cluster.md"
    plan, report = service.read_plan_bytes(p.name, p.read_bytes())
    rows = section_rows(report, load_kb(), plan.plan_type)
    assert {r["状態"] for r in rows} <= {"✓ 見つかった", "✗ 見つからない", "－ 任意（記載なし）"}
    assert any(r["素案の見出し"] for r in rows)
    assert {"策定主体", "計画期間", "KGI", "KPI"} <= {r["項目"] for r in value_rows(plan, report)}
    result = service.check_plan(plan, p.name, with_recommendations=False)
    for item in result.requirements + result.checks:
        for ev in item.evidence:
            label = fact_label(ev.fact, item, load_kb())
            assert label and "_" not in label, (ev.fact, label)


def test_clean_text_drops_markup_from_quotes():
    text = '<ul style="list-style-type: none"> 実現する製品</p>\n\n  次の行 &amp; 以上\n- ✓ 地域産品の海外展開'
    assert clean_text(text) == "実現する製品\n次の行 & 以上\n地域産品の海外展開"


def test_graph_view_and_click_event():
    view = build_view(build_graph(load_kb()))
    assert {d["kind"] for _, d in view.graph.nodes(data=True)} == {"field", "product", "measure", "ministry"}
    node = view.nodes_sorted()[0]
    assert view.neighbours(node)
    assert selected_node({"selection": {"points": [{"customdata": node}]}}) == node
    assert selected_node({"selection": {"points": []}}) is None
    assert selected_node(None) is None


def test_md_escape_keeps_draft_text_from_becoming_markup():
    assert md_escape(
        "[リンク](http://x) *強調* <b>"
    ) == "\\[リンク\\]\\(http\\:\\/\\/x\\) \\*強調\\* \\<b\\>".replace("\\/", "/")
