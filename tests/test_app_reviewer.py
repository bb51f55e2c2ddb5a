"""審査 page: a batch that grows, every input listed with its outcome, one Japanese matrix per plan type, rows
that open a plan's checklist, the reader's notes on screen."""

from __future__ import annotations

import io

from openpyxl import load_workbook

from app_testing import EXAMPLES, ROOT, TEST_DRAFTS, app, fresh_cache, no_exception  # noqa: F401, isort: skip
from app_support.batch import REVIEWER_ADD, REVIEWER_REMOVE
from app_support.pool import TIME_LIMIT_ENV
from chiiki_mirai import service
from chiiki_mirai.core.result import BadInput
from chiiki_mirai.reports import render

BROKEN = [("壊れた.docx", b"PK\x03\x04 not really a zip"), ("空.md", b""), ("素案.pdf", b"%PDF-1.7\n"), ("表.rtf", b"{\\rtf1}")]
PDF_BROKEN = "PDF として読めません"
PDF_DRAFT = ROOT / "tests" / "data" / "pdf_drafts" / "qa02_c_onsen_village.pdf"
IDS = ("A.", "B.", "C.", "kgi.", "kpi", "author", "period", "sections")


def drafts() -> list[tuple[str, bytes]]:
    files = sorted(EXAMPLES.glob("*.md")) + sorted(TEST_DRAFTS.iterdir())
    return [(p.name, p.read_bytes()) for p in files if p.is_file()]


def reviewer_with(uploads):
    at = app("reviewer")
    at.session_state[REVIEWER_ADD] = list(uploads)
    at.run()
    no_exception(at)
    return at


def matrices(at) -> dict[str, object]:
    return {d.key.rsplit(".", 1)[1]: d.value for d in at.dataframe if (d.key or "").startswith("reviewer.matrix.")}


def outcome_table(at):
    return next(d.value for d in at.dataframe if list(d.value.columns) == ["No", "ファイル", "結果", "内容"])


def metric(at, label: str) -> str:
    return {m.label: m.value for m in at.metric}[label]


def test_one_matrix_per_plan_type_headed_in_japanese():
    at = reviewer_with(drafts())
    tables = matrices(at)
    assert set(tables) == {"A", "B", "C"}
    assert [t.label for t in at.tabs][:3] == [
        "A 戦略産業クラスター計画（1件）", "B 地域産業クラスター計画（2件）", "C 地場産業成長プラン（2件）",
    ]
    for t, frame in tables.items():
        cols = list(frame.columns)
        assert cols[:2] == ["計画", "判定"] and cols[-1] == "備考"
        assert not any(c.startswith(IDS) for c in cols), cols  # Japanese labels, not ids
        assert "有望度" in cols if t in "BC" else "国際的な競争優位性" in cols
        statuses = {"✓ 充足", "△ 一部不足", "✗ 未記載", "? 要確認", "- 対象外", ""}
        for c in cols[2:-1]:
            assert set(frame[c]) <= statuses, c  # no column left empty for another type's plans
    assert sum(len(f) for f in tables.values()) == len(drafts())


def test_every_input_is_listed_with_its_outcome_pdf_included():
    good = [*drafts(), (PDF_DRAFT.name, PDF_DRAFT.read_bytes())]  # a PDF is read like any draft
    at = reviewer_with(good[:2] + BROKEN[:2] + good[2:] + BROKEN[2:])
    table = outcome_table(at)
    assert len(table) == len(good) + len(BROKEN)
    by_name = dict(zip(table["ファイル"], table["内容"], strict=True))
    assert by_name["素案.pdf"].startswith(PDF_BROKEN)
    assert by_name[PDF_DRAFT.name].startswith(("不足あり", "すべて充足", "要確認あり"))
    assert "対応していない" in by_name["表.rtf"] and "空" in by_name["空.md"] and "Word" in by_name["壊れた.docx"]
    assert metric(at, "読み込んだファイル") == f"{len(good) + len(BROKEN)} 件"
    assert metric(at, "チェックした計画") == f"{len(good)} 件"
    assert metric(at, "読み込めなかったファイル") == f"{len(BROKEN)} 件"
    errors = [e.value for e in at.error]
    assert any(e.startswith(f"素案.pdf：{PDF_BROKEN}") for e in errors) and len(errors) == len(BROKEN)


def test_the_workbook_lists_the_unreadable_inputs_too():
    results = [BadInput(source="素案.pdf", error=PDF_BROKEN + "（ファイルが壊れています）")]
    wb = load_workbook(io.BytesIO(render(results, "xlsx")))
    cells = [str(c.value) for row in wb.worksheets[0].iter_rows() for c in row if c.value]
    assert "素案.pdf" in cells and any(PDF_BROKEN in c for c in cells)


def test_files_chosen_later_are_added_and_the_page_says_so():
    files = drafts()
    at = reviewer_with(files[:3])
    assert any("3件を一覧に追加しました（合計 3件）" in s.value for s in at.success)
    at.session_state[REVIEWER_ADD] = files[3:4]
    at.run()
    assert any(s.value.startswith("1件を一覧に追加しました（合計 4件）。先に読み込んだ 3件はそのまま") for s in at.success)
    assert metric(at, "チェックした計画") == "4 件"
    at.session_state[REVIEWER_ADD] = files[:1]  # the same file again
    at.run()
    assert any("同じファイルが一覧にあるため追加しませんでした" in s.value for s in at.success)
    assert metric(at, "チェックした計画") == "4 件"


def test_a_file_added_after_a_page_switch_joins_the_batch():
    files = drafts()
    at = reviewer_with(files[:4])
    at.switch_page("app_pages/knowledge.py").run()
    at.switch_page("app_pages/reviewer.py").run()
    assert metric(at, "チェックした計画") == "4 件"  # the batch survives the switch
    at.session_state[REVIEWER_ADD] = files[4:5]
    at.run()
    no_exception(at)
    assert metric(at, "チェックした計画") == "5 件"


def test_a_file_removed_from_the_uploader_leaves_the_batch_and_clear_empties_it():
    (n1, d1), (n2, d2) = drafts()[:2]
    at = reviewer_with([(n1, d1, "id-1"), (n2, d2, "id-2")])
    at.session_state[REVIEWER_REMOVE] = ["id-1"]
    at.run()
    assert list(outcome_table(at)["ファイル"]) == [n2]
    next(b for b in at.button if b.label == "一覧を空にする").click().run()
    assert not at.dataframe and at.info


def test_same_file_name_with_other_content_gives_two_rows():
    name, data = drafts()[0]
    at = reviewer_with([(name, data), (name, data + b"\n")])
    frame = next(iter(matrices(at).values()))
    assert list(frame["計画"]) == [name, f"{name}（2）"]


def test_selecting_a_row_opens_that_plans_checklist():
    at = reviewer_with(drafts())
    frame = matrices(at)["C"]
    at.session_state["reviewer.matrix.C"] = {"selection": {"rows": [1], "columns": [], "cells": []}}
    at.run()
    no_exception(at)
    picked = at.selectbox(key="reviewer.detail")
    assert picked.format_func(picked.value) == frame.iloc[1]["計画"]
    assert any(e.label.endswith("｜有望度") for e in at.expander)


def test_the_readers_notes_are_on_screen():
    p = ROOT / "tests" / "data" / "qa_drafts" / "qa10_b_food_machinery_niigata.md"
    untyped = ("種別なし.md", "# 木工品の販路拡大\n\n策定主体：架空町\n\n## 1. 対象\n\n木工品を売る。\n".encode())
    at = reviewer_with([(p.name, p.read_bytes()), untyped])
    notes = {row["計画"]: row["備考"] for frame in matrices(at).values() for _, row in frame.iterrows()}
    assert "どの記載項目にも当たらない" in notes[p.name]
    assert "推定した類型" in notes["種別なし.md"]
    at.selectbox(key="reviewer.detail").set_value(0).run()
    assert any(w.value.startswith("読み取りの注意：") for w in at.warning)


def test_gaps_only_keeps_plans_with_gaps():
    at = reviewer_with(drafts())
    at.toggle(key="reviewer.gaps_only").set_value(True).run()
    for frame in matrices(at).values():
        for _, row in frame.iterrows():
            assert any(row[c] in ("△ 一部不足", "✗ 未記載") for c in frame.columns[2:-1])


def test_the_detail_shows_recommendations_and_reading_results():
    at = reviewer_with(drafts()[:1])
    labels = [t.label for t in at.tabs]
    assert "おすすめの支援施策" in labels and "読み取り結果" in labels
    assert any(list(t.value.columns) == ["記載項目", "状態", "素案の見出し"] for t in at.table)


def test_no_upload_shows_instructions():
    at = app("reviewer")
    at.run()
    no_exception(at)
    assert not at.dataframe and at.info


def test_a_file_past_the_time_limit_is_listed_and_the_others_are_checked(monkeypatch):
    line = "地域の事業者と連携して新しい製品を開発し、販路を広げる。域内の取引を増やし、雇用を生み出す。"
    long = ("計画の類型: C\n\n## 1. 地場産業の成長を支援する分野\n\n" + "\n".join(
        f"- 取組{i}：{line}" for i in range(19_000)
    )).encode("utf-8")  # within the readers' limits, many seconds to read
    monkeypatch.setenv(TIME_LIMIT_ENV, "3")
    good = drafts()[:2]
    at = reviewer_with([good[0], ("長い素案.md", long), good[1]])
    by_name = dict(zip(outcome_table(at)["ファイル"], outcome_table(at)["内容"], strict=True))
    assert "「長い素案.md」の処理が制限時間（3秒）を超えたため中止しました" in by_name["長い素案.md"]
    assert metric(at, "チェックした計画") == "2 件"


def test_the_map_is_made_from_the_batch_without_reading_the_files_again(monkeypatch):
    good = drafts()[:3]
    titles = [service.read_plan_bytes(*f)[0].title for f in good]
    at = reviewer_with([*good, BROKEN[1]])

    def read_again(*args, **kwargs):  # noqa: ANN002, ANN003
        raise AssertionError("the map must use the batch's reads")

    monkeypatch.setattr(service, "read_plan_bytes", read_again)
    at.toggle(key="reviewer.map").set_value(True).run()
    no_exception(at)
    html = at.session_state["reviewer.map_html"]
    assert all(t in html for t in titles)
    assert BROKEN[1][0] in html  # the unreadable file is on the map's list with its reason
    assert any(b.label == "地図（HTML）" for b in at.get("download_button"))
