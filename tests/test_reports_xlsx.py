"""The review workbook: coverage matrix, per-plan sheets, print layout and the formula-injection guard."""

from __future__ import annotations

import io
import re
import zipfile
from pathlib import Path

import openpyxl
import pytest
from openpyxl import Workbook
from reports_samples import HOSTILE, batch, broken, hostile_plan, plan_b, plan_c

from chiiki_mirai.core.result import BadInput, CheckResult
from chiiki_mirai.reports.common import STATUS_FILL, STATUS_JA, display_width, plan_name
from chiiki_mirai.reports.xlsx import render_xlsx
from chiiki_mirai.reports.xlsx_cells import (
    MAX_CELL_CHARS,
    SUMMARY_SHEET,
    SheetNames,
    cell_text,
    fit_columns,
    fit_rows,
    put,
    status_cell,
)

# written out, not read from the product (issue 20): half- and full-width, tab and carriage return
FORMULA_TRIGGERS = ("=", "+", "-", "@", "\t", "\r", "＝", "＋", "－", "＠")
BASE_COLS = 9  # No, ファイル, 表題, 類型, 推定類型, 判定, 不足数, 要確認数, 備考


def load(results):
    return openpyxl.load_workbook(io.BytesIO(render_xlsx(results)))


def header_ids(ws):
    """Matrix column index → item id (the header's second line)."""
    out = {}
    for c in range(BASE_COLS + 1, ws.max_column + 1):
        v = ws.cell(row=2, column=c).value
        out[c] = v.split("\n")[-1]
    return out


def test_summary_has_one_row_per_input_with_broken_files_and_reasons():
    results = batch()
    ws = load(results)[SUMMARY_SHEET]
    assert ws.max_row == len(results) + 2  # two header rows
    for n, r in enumerate(results, start=1):
        row = n + 2
        assert ws.cell(row=row, column=1).value == n
        assert ws.cell(row=row, column=2).value == plan_name(r)
        if isinstance(r, BadInput):
            assert ws.cell(row=row, column=6).value == "読み込みエラー"
            assert ws.cell(row=row, column=9).value == r.error
        else:
            assert ws.cell(row=row, column=7).value == len(r.gaps)


def test_matrix_statuses_are_text_with_their_fill():
    results = batch()
    ws = load(results)[SUMMARY_SHEET]
    ids = header_ids(ws)
    seen_statuses = set()
    for n, r in enumerate(results, start=1):
        if not isinstance(r, CheckResult):
            continue
        statuses = {i.id: i.status for i in r.requirements + r.checks}
        for c, item_id in ids.items():
            cell = ws.cell(row=n + 2, column=c)
            if item_id in statuses:
                s = statuses[item_id]
                seen_statuses.add(s)
                assert cell.value == STATUS_JA[s]
                assert cell.fill.fgColor.rgb.endswith(STATUS_FILL[s])
            else:
                assert cell.value is None
    assert seen_statuses == set(STATUS_JA)  # the fixture covers every status


def test_matrix_columns_grouped_requirements_by_type_then_checks():
    ws = load(batch())[SUMMARY_SHEET]
    ids = list(header_ids(ws).values())
    kinds = []
    for i in ids:
        prefix = i.split(".", 1)[0]
        kinds.append(prefix if prefix in ("A", "B", "C") else "check")
    order = {"A": 0, "B": 1, "C": 2, "check": 3}
    assert [order[k] for k in kinds] == sorted(order[k] for k in kinds)
    assert set(kinds) == {"A", "B", "C", "check"}
    assert len(ids) == len(set(ids))  # each id once, even when several plans share it (author)
    groups = {ws.cell(row=1, column=c).value for c in range(BASE_COLS + 1, ws.max_column + 1)} - {None}
    assert {"A 要件", "B 要件", "C 要件", "構造チェック"} <= groups


def test_layout_frozen_filters_print_settings():
    wb = load(batch())
    for ws in wb.worksheets:
        assert ws.freeze_panes is not None
        assert ws.auto_filter.ref
        assert ws.page_setup.orientation == "landscape"
        assert int(ws.page_setup.paperSize) == 9  # A4
        assert ws.page_setup.fitToWidth == 1
        assert ws.page_setup.fitToHeight == 0
        assert ws.sheet_properties.pageSetUpPr.fitToPage
        assert ws.print_title_rows
    summary = wb[SUMMARY_SHEET]
    assert summary.freeze_panes == "C3"
    assert summary.auto_filter.ref.startswith("A2:")
    assert summary.auto_filter.ref.endswith(str(summary.max_row))
    assert summary.print_title_rows == "$1:$2"


def test_plan_sheet_lists_every_item_with_trace_and_measures():
    r = plan_b()
    wb = load([r, plan_c()])
    assert len(wb.sheetnames) == 3
    ws = wb[wb.sheetnames[1]]
    rows = [list(row) for row in ws.iter_rows(values_only=True)]
    header_row = next(i for i, row in enumerate(rows, start=1) if row[:4] == ["区分", "ID", "項目", "状態"])
    assert ws.freeze_panes == f"A{header_row + 1}"
    assert ws.auto_filter.ref.startswith(f"A{header_row}:")
    by_id = {row[1]: row for row in rows[header_row:] if row[1]}
    for item in r.requirements + r.checks:
        row = by_id[item.id]
        assert row[2] == item.label
        assert row[3] == STATUS_JA[item.status]
        for reason in item.reasons:
            assert reason in row[4]
        for ev in item.evidence:
            assert ev.text in row[5] and f"{ev.line}行目" in row[5]
        assert item.source.excerpt in row[6]
        if item.status in ("partial", "missing"):
            assert row[7] == item.fix
    flat = "\n".join(str(v) for row in rows for v in row if v is not None)
    assert "推奨される支援施策" in flat
    for rec in r.recommendations:
        assert rec.name in flat and rec.ministry in flat
    assert "近畿経済産業局 地域経済課" in flat  # where to ask
    assert "資源・エネルギー安全保障・GX" in flat  # strategic field


def all_cells(wb):
    for ws in wb.worksheets:
        for row in ws.iter_rows():
            yield from row


def test_hostile_text_never_becomes_a_formula():
    results = [hostile_plan(), plan_b(), broken("drafts/=2+3.md")]
    data = render_xlsx(results)
    wb = openpyxl.load_workbook(io.BytesIO(data))
    strings = []
    for cell in all_cells(wb):
        assert cell.data_type != "f", cell.coordinate
        if isinstance(cell.value, str):
            strings.append(cell.value)
            assert not cell.value.startswith(FORMULA_TRIGGERS), (
                cell.parent.title,
                cell.coordinate,
                cell.value,
            )
    # the text is kept (neutralised, not dropped)
    for h in HOSTILE:  # (a bare CR becomes a line feed: Excel shows a lone CR as _x000D_)
        assert "'" + h.replace("\r", "\n") in strings, h
    assert "'=2+3.md" in strings
    # and the file itself holds no formula element anywhere
    with zipfile.ZipFile(io.BytesIO(data)) as z:
        for name in z.namelist():
            if name.startswith("xl/worksheets/"):
                assert not re.search(rb"<f[ >]", z.read(name)), name


def test_cell_text_guard_and_limits():
    for t in FORMULA_TRIGGERS:
        assert cell_text(t + "x").startswith("'")
    assert cell_text("普通の文") == "普通の文"
    assert cell_text("年率-3%") == "年率-3%"  # only the first character matters
    assert cell_text("\x01=1+1") == "'=1+1"  # control characters go before the guard looks
    long = cell_text("あ" * (MAX_CELL_CHARS + 10))
    assert len(long) <= MAX_CELL_CHARS


def test_control_characters_and_huge_text_do_not_break_the_workbook():
    r = plan_c()
    r.requirements[0].reasons = ["制御文字\x00\x07\x1bを含む", "い" * 40_000]
    wb = load([r])
    values = [c.value for c in all_cells(wb) if isinstance(c.value, str)]
    assert any(v.startswith("制御文字を含む") for v in values)


def test_sheet_names_are_valid_and_unique():
    names = SheetNames()
    made = [
        names.make(w)
        for w in ["一覧", "計画[案]:1/2*?", "a" * 40, "a" * 40, "A" * 40, "'quoted'", "History", "", "x\\y"]
    ]
    assert len({m.casefold() for m in made}) == len(made)
    for m in made:
        assert 0 < len(m) <= 31
        assert not re.search(r"[\[\]:*?/\\]", m)
        assert not m.startswith("'") and not m.endswith("'")
        assert m.casefold() not in ("一覧", "history")


def test_sheet_names_from_same_stem_in_a_batch():
    a, b = plan_c(), plan_c()
    b.source = "other/c_urushi.md"
    wb = load([a, b])
    assert len(wb.sheetnames) == 3 and len(set(wb.sheetnames)) == 3


def test_column_widths_count_full_width_characters_double():
    r = plan_c()
    r.title = "漢字" * 10  # 20 characters, 40 columns wide
    ws = load([r])[SUMMARY_SHEET]
    width = ws.column_dimensions["C"].width
    assert width >= min(36, display_width(r.title))
    assert width > len(r.title)


def test_empty_batch_gives_a_valid_workbook():
    wb = load([])
    assert wb.sheetnames == [SUMMARY_SHEET]


@pytest.mark.parametrize("name", ["plan.md", "dir/計画.yaml"])
def test_hyperlink_from_summary_to_plan_sheet(name):
    r = plan_c()
    r.source = name
    wb = load([r])
    link = wb[SUMMARY_SHEET].cell(row=3, column=2).hyperlink
    assert link is not None and wb.sheetnames[1] in link.location


# --- the cell helpers at their edges (written-out limits, not the product's constants) ------------------------

EXCEL_CELL_MAX = 32_767  # characters per cell, the quote prefix included
EXCEL_SHEET_NAME_MAX = 31


def test_cell_text_at_the_excel_length_limit():
    assert cell_text("あ" * (EXCEL_CELL_MAX - 1)) == "あ" * (EXCEL_CELL_MAX - 1)  # room left for a quote
    assert cell_text("あ" * EXCEL_CELL_MAX) == "あ" * (EXCEL_CELL_MAX - 2) + "…"
    guarded = cell_text("＝" + "あ" * 40_000)
    assert len(guarded) == EXCEL_CELL_MAX and guarded.startswith("'＝") and guarded.endswith("あ…")
    assert cell_text("行1\r\n行2\r行3") == "行1\n行2\n行3"


@pytest.mark.parametrize(
    ("wanted", "made"),
    [
        (["a" * 40, "a" * 40, "A" * 40], ["a" * 31, "a" * 29 + "~2", "A" * 29 + "~3"]),
        (["一覧", "History", "", ""], ["一覧~2", "History~2", "計画", "計画~2"]),
        (["計画[案]:1/2*?", "'quoted'", "x\\y"], ["計画_案__1_2__", "quoted", "x_y"]),
        (["a" * 28 + "'xyz", "a" * 28 + "'xyz"], ["a" * 28 + "'xy", "a" * 28 + "~2"]),  # no quote before ~2
    ],
)
def test_sheet_names_exactly(wanted, made):
    names = SheetNames()
    assert [names.make(w) for w in wanted] == made
    assert all(len(m) <= EXCEL_SHEET_NAME_MAX for m in made)


def test_put_keeps_types_and_guards_text():
    ws = Workbook().active
    cells = [put(ws, 1, c, v) for c, v in enumerate(["=1+1", "123", 7, 2.5, True, None, float("nan")], start=1)]
    cells.append(put(ws, 1, 8, Path("=evil.md")))
    assert [c.value for c in cells] == ["'=1+1", "123", 7, 2.5, True, None, None, "'=evil.md"]
    assert [c.data_type for c in cells[:2]] == ["s", "s"]


def test_row_heights_follow_the_wrapped_lines():
    ws = Workbook().active
    ws.column_dimensions["A"].width = 11  # 10 columns usable
    texts = ["短い", "あ" * 5 + "\n" + "い" * 6, "一行目\n\n三行目", "\n".join(["行"] * 40), "あ" * 15, "あ" * 5 + "a"]
    for row, text in enumerate(texts, start=1):
        put(ws, row, 1, text)
    ws.column_dimensions["B"].width = 13
    put(ws, 7, 1, None)
    put(ws, 7, 2, "あ" * 20)  # 40 columns in 12 usable, after an empty cell
    fit_rows(ws, 1, merged_width={5: 31.0})  # row 5 spans merged columns 30 wide: one line
    # row 6: 11 columns of text in 10 usable
    assert [ws.row_dimensions[r].height for r in range(1, 8)] == [None, 45.0, 45.0, 409.0, None, 30.0, 60.0]


def test_column_widths_capped_and_floored():
    ws = Workbook().active
    put(ws, 1, 1, "表題" * 40)  # above the first row measured
    put(ws, 2, 1, "ab")
    put(ws, 2, 2, "あ" * 30)  # 60 wide: capped at 50
    put(ws, 2, 3, "あ" * 10 + "\nx")  # the widest line: 20
    put(ws, 2, 4, "あ" * 30)
    put(ws, 2, 5, "あ" * 5)
    fit_columns(ws, 2, caps={4: 40})
    assert [ws.column_dimensions[c].width for c in "ABCDE"] == [6, 50, 22, 40, 12]


def test_status_cells_are_bold_centred_text():
    ws = Workbook().active
    cells = [status_cell(ws, 1, c, s) for c, s in enumerate(STATUS_JA, start=1)]
    assert [c.value for c in cells] == list(STATUS_JA.values())
    assert all(c.font.b and c.alignment.horizontal == "center" for c in cells)


def test_column_widths_skip_empty_cells():
    ws = Workbook().active
    put(ws, 1, 1, None)
    put(ws, 1, 2, "a")
    put(ws, 2, 1, "ab")
    fit_columns(ws, 1, caps={}, minimum=1)
    assert [ws.column_dimensions[c].width for c in "AB"] == [4, 3]


def test_print_margins_header_footer_and_title_font():
    wb = load([plan_c()])
    for ws in wb.worksheets:
        margins = ws.page_margins
        assert (margins.left, margins.right, margins.top, margins.bottom) == (0.4, 0.4, 0.6, 0.6)
        assert (ws.oddHeader.left.text, ws.oddFooter.center.text) == ("&A", "&P / &N")
    title = wb[wb.sheetnames[1]]["A1"]
    assert (title.font.b, title.font.sz) == (True, 14)
    header, body, group = wb[SUMMARY_SHEET]["A2"], wb[SUMMARY_SHEET]["B3"], wb[SUMMARY_SHEET]["A1"]
    assert (group.font.b, group.fill.fgColor.rgb) == (True, "00D9E1F2")
    assert (header.font.b, header.font.color.rgb, header.fill.fgColor.rgb) == (True, "00FFFFFF", "001F4E79")
    assert (header.alignment.wrap_text, header.alignment.vertical, header.alignment.horizontal) == (True, "center",
                                                                                                   "center")
    assert (body.alignment.wrap_text, body.alignment.vertical, body.border.left.style) == (True, "top", "thin")
