"""Spreadsheet formula injection, tested from the outside through every writer that produces a workbook (issue 20).

Each formula trigger is written out here (half-width and full-width, tab and CR), not read from the product:
dropping one from a guard fails the writer's test. Each writer gets text that starts with every trigger, the
workbook it writes is opened with openpyxl, and
- no cell is a formula, and no cell's text starts with a trigger;
- the text is kept: it is there after a leading quote (Excel's text prefix).
Writers: the check workbook (`check --format xlsx`), the comment sheet (`--format comments`), its update
(`compare --comments`), the comparison workbook (`compare --format xlsx`), the progress template
(`progress --template`) and the progress workbook (`progress --format xlsx`). The CLI paths run end to end on
a Markdown draft whose lines start with the triggers. No writer produces CSV (the progress reader reads one).
"""

from __future__ import annotations

import datetime as dt
import io
import re
import zipfile
from pathlib import Path

import openpyxl
import pytest
from reports_samples import item, plan_b, rec, src

from chiiki_mirai import service
from chiiki_mirai.cli import main
from chiiki_mirai.core.plan import KPI, Plan
from chiiki_mirai.core.result import CheckResult, Suggestion
from chiiki_mirai.progress.check import check_progress
from chiiki_mirai.progress.sheet import read_sheet, write_template
from chiiki_mirai.progress.workbook import render_workbook
from chiiki_mirai.reports.comments import render_comments
from chiiki_mirai.reports.comments_update import update_comments
from chiiki_mirai.reports.compare import compare_results
from chiiki_mirai.reports.compare_render import render_compare_xlsx
from chiiki_mirai.reports.xlsx import render_xlsx

# What a spreadsheet may read as the start of a formula (OWASP), and the full-width forms Japanese Excel also
# takes as one when typed. Written out on purpose.
TRIGGERS = ("=", "+", "-", "@", "\t", "\r", "＝", "＋", "－", "＠")
PAYLOADS = [f'{t}HYPERLINK("http://evil.example","押す{n}")' for n, t in enumerate(TRIGGERS)]


def test_the_triggers_are_the_ten_written_out() -> None:
    assert len(set(TRIGGERS)) == 10 and {"＝", "＋", "－", "＠"} <= set(TRIGGERS)


def stored(payload: str) -> tuple[str, str]:
    """How a guarded cell may hold the payload: a quote first (a bare CR may become a line feed)."""
    return "'" + payload, "'" + payload.replace("\r", "\n")


def cells(data: bytes) -> list:
    wb = openpyxl.load_workbook(io.BytesIO(data))
    return [c for ws in wb.worksheets for row in ws.iter_rows() for c in row]


def assert_no_formula(data: bytes, must_keep: list[str]) -> None:
    strings = []
    for c in cells(data):
        assert c.data_type != "f", (c.parent.title, c.coordinate, c.value)
        if isinstance(c.value, str):
            strings.append(c.value)
            assert not c.value.startswith(TRIGGERS), (c.parent.title, c.coordinate, c.value)
    with zipfile.ZipFile(io.BytesIO(data)) as z:
        for name in z.namelist():
            if name.startswith("xl/worksheets/"):
                assert not re.search(rb"<f[ >]", z.read(name)), name
    text = "\n".join(strings)
    for p in must_keep:
        assert any(s in text for s in stored(p)), f"{p!r} was dropped or not guarded"


def hostile_result(source: str = "drafts/hostile.md") -> CheckResult:
    """A check result whose every text starts with a trigger: names, reasons, evidence, sources, fixes."""
    items = [
        item(f"B.h{n}", p, ("partial", "missing")[n % 2], [p], [(f"f{n}", p, 10 + n, p)], src(p, p), fix=p)
        for n, p in enumerate(PAYLOADS)
    ]
    for n, it in enumerate(items):
        it.advice = [PAYLOADS[n]]
    return CheckResult(
        source=source,
        plan_type="B",
        title=PAYLOADS[0],
        plan_type_suggestion=Suggestion(type="B", reasons=list(PAYLOADS)),
        requirements=items,
        checks=[item("kpi", PAYLOADS[1], "partial", list(PAYLOADS), fix=PAYLOADS[2])],
        recommendations=[rec(name=p, ministry=p, reasons=[p], where_to_ask=p) for p in PAYLOADS],
    )


def test_check_workbook() -> None:
    assert_no_formula(render_xlsx([hostile_result(), plan_b()]), PAYLOADS)


def test_comment_sheet() -> None:
    assert_no_formula(render_comments(hostile_result()), PAYLOADS)


def test_comment_sheet_update() -> None:
    old = plan_b()
    sheet = render_comments(old)
    # the new version opens every hostile gap: they are added as new comments
    assert_no_formula(update_comments(sheet, hostile_result()), PAYLOADS)


def test_comparison_workbook() -> None:
    old = plan_b()
    new = hostile_result()
    old_plan = Plan(title="旧", sections={"B.1.1": {"heading": PAYLOADS[3], "text": "旧い文。"}})
    new_plan = Plan(title="新", sections={"B.1.1": {"heading": PAYLOADS[3], "text": "\n".join(PAYLOADS)}})
    assert_no_formula(render_compare_xlsx(compare_results(old, new, old_plan, new_plan)), PAYLOADS)


def hostile_plan() -> Plan:
    kpis = [
        KPI(name=p, target="年10件", deadline="2028年度", owner=p, withdrawal_criterion=p) for p in PAYLOADS
    ]
    return Plan(title=PAYLOADS[0], plan_type="B", kpis=kpis)


def test_progress_template() -> None:
    assert_no_formula(write_template(hostile_plan(), source=PAYLOADS[4], today=dt.date(2027, 4, 1)), PAYLOADS)


def test_progress_workbook() -> None:
    plan = hostile_plan()
    template = write_template(plan, source="plan.md", today=dt.date(2027, 4, 1))
    wb = openpyxl.load_workbook(io.BytesIO(template))
    ws = wb.worksheets[0]
    header = [c.value for c in ws[1]]
    point, value, note = header.index("時点"), header.index("実績"), header.index("備考（未達の原因・対応）")
    for row in ws.iter_rows(min_row=2):
        row[point].value, row[value].value, row[note].value = "2027年度", "3", PAYLOADS[5]
    buf = io.BytesIO()
    wb.save(buf)
    report = check_progress(
        plan, read_sheet("進捗.xlsx", buf.getvalue()), as_of=dt.date(2028, 5, 1), name=PAYLOADS[6]
    )
    assert_no_formula(
        render_workbook([report], errors=[(PAYLOADS[7], PAYLOADS[8])]), [PAYLOADS[6], PAYLOADS[7]]
    )


# --- end to end: a draft whose lines start with the triggers, through the command line ------------------------

DRAFT = """# {t0}北浜県 減速機クラスター計画（地域産業クラスター計画）

策定主体：北浜県

## 1 地域産業クラスターの形成を目指す産業領域
### (1) 該当する業種
{lines}

## 5 投資促進に向けた課題と事業環境整備の取組
### (3) KPI及びKPI未達時の撤退基準の設定
| KPI | 目標 | 期限 | 担当部署 | 撤退基準 |
|---|---|---|---|---|
{rows}
"""


@pytest.fixture
def hostile_draft(tmp_path: Path) -> Path:
    lines = "\n".join(f"{t}{n}行目の記載。" for n, t in enumerate(TRIGGERS) if t not in "\t\r")
    rows = "\n".join(
        f"| {t}新規取引件数{n} | 年10件 | 2028年度 | {t}産業振興課 | {t}5件未満なら見直す |"
        for n, t in enumerate(TRIGGERS)
        if t not in "\t\r"
    )
    path = tmp_path / "hostile.md"
    path.write_text(DRAFT.format(t0="＝", lines=lines, rows=rows), encoding="utf-8")
    return path


def strings_of(data: bytes) -> list[str]:
    return [c.value for c in cells(data) if isinstance(c.value, str)]


@pytest.mark.parametrize(
    "args",
    [
        ["check", "{d}", "--format", "xlsx", "-o", "{o}"],
        ["check", "{d}", "--format", "comments", "-o", "{o}"],
        ["compare", "{d}", "{d}", "--format", "xlsx", "-o", "{o}"],
        ["progress", "{d}", "--template", "-o", "{o}"],
    ],
    ids=["check-xlsx", "comments", "compare-xlsx", "progress-template"],
)
def test_through_the_command_line(hostile_draft: Path, tmp_path: Path, args: list[str]) -> None:
    out = tmp_path / "out.xlsx"
    main([a.format(d=hostile_draft, o=out) for a in args])
    data = out.read_bytes()
    assert_no_formula(data, [])
    text = "\n".join(strings_of(data))
    if args[0] == "progress":  # the KPI rows reach the template: each trigger kept behind a quote
        for n, t in enumerate(TRIGGERS):
            if t not in "\t\r":
                # the owner cell is written as the draft has it (a KPI name or 撤退基準 is read, and its leading
                # mark may be normalised or taken for a bullet); a bare 「KPI0」 is a KPI's label, not its name
                assert f"'{t}産業振興課" in text, t
                assert f"新規取引件数{n}" in text, n


def test_a_draft_read_by_the_service_keeps_a_full_width_line_as_text(hostile_draft: Path) -> None:
    plan, report = service.read_plan(hostile_draft)
    result = service.check_plan(plan, "＝cmd|' /C calc'!A0", parse_report=report, with_recommendations=False)
    assert_no_formula(render_xlsx([result]), [])
    assert_no_formula(render_comments(result), [])
