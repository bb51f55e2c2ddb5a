"""The app-only helpers without Streamlit: plan edits, the form, status changes, the matrix, graph clicks."""

from __future__ import annotations

import pytest

from app_testing import EXAMPLES, TEST_DRAFTS  # isort: skip
from app_support.graph_figure import build_view, selected_node
from app_support.matrix import coverage_frame, filter_frame, unique_names
from app_support.plan_edits import OKU, WhatIf, apply_what_if, parse_kpi_lines, plan_from_form, status_changes
from app_support.views import md_escape
from chiiki_mirai import service
from chiiki_mirai.core.result import BadInput
from chiiki_mirai.knowledge.graph import build_graph
from chiiki_mirai.knowledge.loader import load_kb
from chiiki_mirai.readers import read_bytes


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


def test_apply_what_if_changes_a_copy_only(plan_b):
    before = plan_b.model_dump()
    edited = apply_what_if(
        plan_b,
        WhatIf(
            withdrawal={0: "未達2年で撤退", 99: "範囲外は無視"},
            desk_name="県産業振興課 相談窓口",
            investment_cumulative_oku=500,
        ),
    )
    assert plan_b.model_dump() == before
    assert edited.kpis[0].withdrawal_criterion == "未達2年で撤退"
    assert edited.commitment.consultation_desk.name == "県産業振興課 相談窓口"
    assert next(k for k in edited.kgis if k.kind == "investment").cumulative_value == 500 * OKU
    assert WhatIf().is_empty() and WhatIf(withdrawal={0: "  "}).is_empty()


def test_what_if_adds_an_investment_kgi_when_the_plan_has_none(plan_b):
    bare = plan_b.model_copy(update={"kgis": []})
    edited = apply_what_if(bare, WhatIf(investment_cumulative_oku=10))
    assert [k.kind for k in edited.kgis] == ["investment"]


def test_what_if_on_a_read_draft_is_judged_from_the_edited_fields():
    """A plan read from a document carries its statements: the what-if edit replaces those of the part it edits."""
    draft = (
        "類型：C\n策定主体：長野県木曽町\n\n## KPI及び撤退基準\n\n"
        "| KPI | 目標 | 期限 | 担当 | 撤退基準 |\n|---|---|---|---|---|\n"
        "| 漆器の受注件数 | 年120件 | 2030年度 | 町産業振興室 | （調整中） |\n\nKPIは半期ごとに確認する。\n"
    )
    plan, _ = read_bytes("draft.md", draft.encode("utf-8"))

    def kpi(p):  # noqa: ANN001, ANN202
        return next(i.status for i in service.check_plan(p, "d.md", with_recommendations=False).checks if i.id == "kpi")

    assert kpi(plan) == "partial"
    assert kpi(apply_what_if(plan, WhatIf(withdrawal={0: "2029年度に60件未満なら販路支援を縮小する"}))) == "met"


def test_status_changes_lists_only_what_moved(plan_b):
    base = service.check_plan(plan_b, "b.md", with_recommendations=False)
    w = WhatIf(
        withdrawal={i: "目標の半分に届かない年が2年続けば見直す" for i in range(len(plan_b.kpis))},
        monitoring_cycle="半期ごと",
    )
    after = service.check_plan(apply_what_if(plan_b, w), "b.md", with_recommendations=False)
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


def test_matrix_rows_names_and_filters():
    dup = [(p.name, p.read_bytes()) for p in sorted(EXAMPLES.glob("*.md"))]
    results = service.check_uploads([*dup, dup[0], ("x.txt", b"")])
    assert unique_names(results)[len(dup)] == f"{dup[0][0]}（2）"
    df, cols = coverage_frame(results)
    assert len(df) == len(dup) + 1  # the unreadable file is not a row
    only_checks = filter_frame(df, cols, ["構造チェック"], [], False)
    assert all(
        c in ("計画", "類型", "判定") or not c.startswith(("A.", "B.", "C.")) for c in only_checks.columns
    )
    assert filter_frame(df, cols, [], [], True).empty  # no columns shown → no gaps to show


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
