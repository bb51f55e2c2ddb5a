"""審査 page: many drafts at once, one matrix row per readable plan, broken files reported, filters, detail."""

from __future__ import annotations

from app_testing import EXAMPLES, TEST_DRAFTS, app, fresh_cache, no_exception  # noqa: F401, isort: skip
from app_support.state import REVIEWER_UPLOADS


def drafts() -> list[tuple[str, bytes]]:
    files = sorted(EXAMPLES.glob("*.md")) + sorted(TEST_DRAFTS.iterdir())
    return [(p.name, p.read_bytes()) for p in files if p.is_file()]


def reviewer_with(uploads):
    at = app("reviewer")
    at.session_state[REVIEWER_UPLOADS] = uploads
    at.run()
    no_exception(at)
    return at


def test_matrix_has_one_row_per_plan_and_broken_files_are_reported():
    good = drafts()
    broken = [("壊れた.docx", b"PK\x03\x04 not really a zip"), ("空.md", b"")]
    at = reviewer_with(good[:2] + broken[:1] + good[2:] + broken[1:])
    matrix = at.dataframe[0].value
    assert list(matrix["計画"]) == [name for name, _ in good]
    errors = [e.value for e in at.error]
    assert len(errors) == 2 and errors[0].startswith("壊れた.docx") and errors[1].startswith("空.md")
    metrics = {m.label: m.value for m in at.metric}
    assert metrics["チェックした計画"] == f"{len(good)} 件"
    assert metrics["読み込めなかったファイル"] == "2 件"
    # every cell of a requirement column is a status (or blank where the plan type lacks that requirement)
    statuses = {"✓ 充足", "△ 一部不足", "✗ 未記載", "? 要確認", "- 対象外", ""}
    for col in matrix.columns[3:]:
        assert set(matrix[col]) <= statuses, col


def test_same_file_name_twice_gives_two_rows():
    name, data = drafts()[0]
    at = reviewer_with([(name, data), (name, data)])
    assert len(at.dataframe[0].value) == 2
    assert at.dataframe[0].value["計画"].is_unique


def test_filters_and_detail():
    at = reviewer_with(drafts())
    full = at.dataframe[0].value
    at.multiselect(key="reviewer.types").select("C").run()
    only_c = at.dataframe[0].value
    assert 0 < len(only_c) < len(full)
    assert all(t.startswith("C") for t in only_c["類型"])
    at.multiselect(key="reviewer.groups").set_value(["構造チェック"]).run()
    cols = at.dataframe[0].value.columns
    assert "author" in cols and not any(c.startswith(("A.", "B.", "C.")) for c in cols)
    # the detail of the second plan shows that plan's items
    at.selectbox(key="reviewer.detail").set_value(1).run()
    no_exception(at)
    plan_type = full.iloc[1]["類型"][:1]
    assert any(e.label.endswith(f"（{plan_type}.ebpm）") for e in at.expander)


def test_gaps_only_filter_keeps_plans_with_gaps():
    at = reviewer_with(drafts())
    at.toggle(key="reviewer.gaps_only").set_value(True).run()
    view = at.dataframe[0].value
    status_cols = view.columns[3:]
    for _, row in view.iterrows():
        assert any(row[c] in ("△ 一部不足", "✗ 未記載") for c in status_cols)


def test_no_upload_shows_instructions():
    at = app("reviewer")
    at.run()
    no_exception(at)
    assert not at.dataframe and at.info
