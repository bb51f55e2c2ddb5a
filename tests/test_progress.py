"""The half-yearly progress check: periods, amounts, 撤退基準, statuses, fuzzy names, bad values, the template
round trip and the CLI. Plans are built from the plan model, so the tests do not depend on a reader."""

from __future__ import annotations

import datetime as dt
import io
import json

import pytest
from openpyxl import load_workbook

from chiiki_mirai.cli import main
from chiiki_mirai.core.errors import UserError
from chiiki_mirai.core.plan import KGI, KPI, Plan
from chiiki_mirai.progress.check import check_progress
from chiiki_mirai.progress.criteria import parse_criterion
from chiiki_mirai.progress.periods import Point, parse_point
from chiiki_mirai.progress.quantities import convert, parse_amount
from chiiki_mirai.progress.sheet import Sheet, SheetRow, read_sheet, write_template

AS_OF = dt.date(2028, 10, 15)


def make_plan() -> Plan:
    return Plan(
        title="テスト計画",
        plan_type="C",
        period={"start_fy": 2026, "end_fy": 2030},
        kpis=[
            KPI(name="海外商談件数", target="年40件", deadline="毎年度", owner="産業振興課",
                withdrawal_criterion="2年連続で目標の5割未満なら見本市出展を見直す", approach="見本市への共同出展"),
            KPI(name="越境EC売上", target="2028年度 0.5億円", owner="商工観光課",
                withdrawal_criterion="2028年度に0.2億円未満ならEC事業を縮小"),
            KPI(name="輸出比率", target="2030年度 30%", withdrawal_criterion="2028年度に20%未満なら見直す"),
            KPI(name="技能者の育成数", target="480人（令和7年度）→900人（2030年度）"),
            KPI(name="新工場の稼働", target="稼働", deadline="令和10年度"),
        ],
        kgis=[KGI(kind="value_added", name="付加価値増加額", value=2.7e8, unit="円", raw="2.7億円", year=2030)],
        kpi_monitoring_cycle="半期ごと",
    )  # fmt: skip


def rows(*cells: tuple[str, object, object]) -> Sheet:
    return Sheet("t.csv", [SheetRow(i + 2, name, point=p, value=v) for i, (name, p, v) in enumerate(cells)])


def status_of(report, name: str) -> str:
    return next(r.status for r in report.results if r.indicator.name == name)


@pytest.mark.parametrize(
    ("text", "fy", "half"),
    [
        ("令和8年度上期", 2026, 1), ("R8下期", 2026, 2), ("2027年度", 2027, None), ("令和元年度", 2019, None),
        ("2026年度上半期", 2026, 1), ("H30年度", 2018, None), ("2027年3月末", 2026, 2), ("2026/9", 2026, 1),
        ("令和９年度　下期", 2027, 2), (2029, 2029, None), (dt.date(2026, 11, 30), 2026, 2), ("R10", 2028, None),
    ],
)  # fmt: skip
def test_periods_in_western_and_japanese_years_and_halves(text, fy, half):
    assert parse_point(text) == Point(fy, half)


@pytest.mark.parametrize("bad", ["好調", "令和8年度中期", "2026年13月", "", 2026.5])
def test_a_period_that_cannot_be_read_says_so_in_japanese(bad):
    with pytest.raises(ValueError, match="時点"):
        parse_point(bad)


@pytest.mark.parametrize(
    ("cell", "target_unit", "default", "value"),
    [
        ("0.5億円", "円", None, 5e7), ("1,200百万円", "円", None, 1.2e9), ("2,500千円", "円", None, 2.5e6),
        ("3000", "円", "百万円", 3e9), ("45件", "件", None, 45), ("65％", "%", None, 65), ("3割", "%", None, 30),
        ("300t", "t", None, 300), ("1.5万トン", "t", None, 15000), ("1億2千万円", "円", None, 1.2e8),
        ("１２人", "人", None, 12),
    ],
)  # fmt: skip
def test_values_with_units_convert_to_the_targets_unit(cell, target_unit, default, value):
    assert convert(parse_amount(cell), target_unit, default) == pytest.approx(value)


@pytest.mark.parametrize(
    ("cell", "message"),
    [("好調", "数値として読めません"), ("12ダース", "単位「ダース」を読めません"), ("30人", "換算できません")],
)
def test_bad_values_get_a_japanese_message(cell, message):
    with pytest.raises(ValueError, match=message):
        convert(parse_amount(cell), "円", "億円")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("2028年度に20%未満なら見直す", {"at": Point(2028), "op": "<", "value": 20, "action": "見直す"}),
        ("2年連続で目標の6割未満なら廃止", {"consecutive": 2, "ratio": 0.6, "action": "廃止"}),
        ("目標の半数未満", {"ratio": 0.5, "at": None}),
        ("R11年度末で300t未満なら養殖拡大補助を終了", {"at": Point(2029), "value": 300}),
        ("令和11年度末に2社以下の場合、補助を廃止", {"op": "<=", "value": 2}),
        ("令和10年度に1,000人に届かない場合は、体験を見直す", {"op": "<", "value": 1000}),
    ],
)
def test_withdrawal_criteria_are_read(text, expected):
    c = parse_criterion(text)
    assert c.parsed, c.note
    got = {"at": c.at, "op": c.op, "consecutive": c.consecutive, "ratio": c.ratio, "action": c.action,
           "value": c.threshold.value if c.threshold else None}  # fmt: skip
    assert {k: got[k] for k in expected} == expected


@pytest.mark.parametrize(
    ("text", "why"),
    [("2号機が令和10年度末までに稼働しない場合、補助を取り消す", "数値で判定できません"),
     ("2年連続で定員の5割未満の場合、研修を廃止", "定員"), ("供用2年目で年500件未満の場合、委託", "2年目")],
)  # fmt: skip
def test_criteria_that_cannot_be_read_say_why(text, why):
    c = parse_criterion(text)
    assert not c.parsed and why in c.note


def test_each_status():
    report = check_progress(
        make_plan(),
        rows(("海外商談件数", "令和8年度", "45件"),  # achieved (yearly target 40)
             ("越境EC売上", "令和9年度", "0.3億円"),  # on the line from 0 (2026) to 0.5億円 (2028末) at 2027末: 0.33 → behind
             ("輸出比率", "2028年度上期", "12%"),  # the criterion is checked on the 2028年度 figure: not yet
             ("技能者の育成数", "2027年度", "700人"),  # 480→900 line at 2027末: 648 → on_track
             ("付加価値増加額", "2027年度", "0.5億円")),  # fmt: skip
        AS_OF,
    )
    assert status_of(report, "海外商談件数") == "achieved"
    assert status_of(report, "越境EC売上") == "behind"
    assert status_of(report, "技能者の育成数") == "on_track"
    assert status_of(report, "新工場の稼働") == "no_data"
    assert status_of(report, "付加価値増加額") == "behind"
    assert report.exit_code == 1
    assert report.counts()["no_data"] == 1


def test_withdrawal_written_as_mi_man_nara_minaosu():
    report = check_progress(make_plan(), rows(("輸出比率", "2028年度", "15%")), dt.date(2029, 4, 10))
    r = next(r for r in report.results if r.indicator.name == "輸出比率")
    assert r.status == "withdrawal"
    assert "撤退基準に該当" in r.reason and "2028年度 15%" in r.reason
    assert "「見直す」" in r.next_step


def test_withdrawal_two_years_in_a_row_against_the_target():
    report = check_progress(
        make_plan(), rows(("海外商談件数", "R8", 18), ("海外商談件数", "R9上期", 8), ("海外商談件数", "R9下期", 9)), AS_OF
    )
    r = next(r for r in report.results if r.indicator.name == "海外商談件数")
    assert r.status == "withdrawal", r.reason  # 18 and 8+9=17, both under 50% of 40
    assert "見本市出展を見直す" in r.next_step


def test_withdrawal_written_in_the_sheets_column_when_the_plan_has_none():
    sheet = Sheet("t.csv", [SheetRow(2, "技能者の育成数", point="2028年度", value="500人",
                                     withdrawal="2028年度に600人未満なら講座を見直す")])  # fmt: skip
    r = next(r for r in check_progress(make_plan(), sheet, dt.date(2029, 5, 1)).results if r.indicator.name == "技能者の育成数")
    assert r.status == "withdrawal"
    assert r.indicator.withdrawal == "2028年度に600人未満なら講座を見直す"


def test_an_unreadable_criterion_falls_back_and_shows_its_text():
    plan = make_plan()
    plan.kpis[3].withdrawal_criterion = "2年連続で定員の5割未満の場合、研修を廃止"
    r = next(r for r in check_progress(plan, rows(("技能者の育成数", "2027年度", "500人")), AS_OF).results
             if r.indicator.name == "技能者の育成数")  # fmt: skip
    assert r.status == "behind"
    assert "自動判定できません" in " ".join(r.notes)
    assert r.wire()["withdrawal"] == "2年連続で定員の5割未満の場合、研修を廃止"


def test_no_baseline_is_said_and_a_baseline_written_in_the_sheet_is_used():
    r = check_progress(make_plan(), rows(("越境EC売上", "2027年度", "0.3億円")), AS_OF).results[1]
    assert "基準値の記載がないため" in r.reason and r.baseline_assumed
    sheet = Sheet("t.csv", [SheetRow(2, "越境EC売上", point="2027年度", value="0.4億円", baseline="0.2億円（2026年度）")])
    r = check_progress(make_plan(), sheet, AS_OF).results[1]
    assert r.status == "on_track" and not r.baseline_assumed  # line 0.2 (2026年度末) → 0.5 (2028年度末): 0.35


def test_fuzzy_names_match_and_unsure_ones_are_reported():
    report = check_progress(
        make_plan(),
        rows(("越境ＥＣ売上高", "2027年度", "0.4億円"), ("海外での商談の件数", "R9", 30), ("まったく別の指標", "R9", 1)),
        AS_OF,
    )
    assert report.results[1].actuals and report.results[0].actuals
    assert any("要確認" in w and "海外商談件数" in w for w in report.warnings)
    assert any("まったく別の指標" in w and "対応付けられません" in w for w in report.warnings)


@pytest.mark.parametrize(
    ("point", "value", "message"),
    [("2027年度", "好調", "数値として読めません"), ("2027年度", "5ダース", "単位「ダース」"),
     ("2030年度", "0.4億円", "基準日"), ("", "0.4億円", "時点が空です"), ("R9", "40人", "換算できません")],
)  # fmt: skip
def test_bad_values_in_the_sheet_are_reported_with_the_row_and_nothing_is_changed(point, value, message):
    sheet = rows(("越境EC売上", point or None, value))
    before = [vars(r).copy() for r in sheet.rows]
    report = check_progress(make_plan(), sheet, AS_OF)
    assert report.exit_code == 2
    assert len(report.problems) == 1 and "2行目" in report.problems[0] and message in report.problems[0]
    assert [vars(r) for r in sheet.rows] == before


def test_template_round_trip_written_filled_read_back():
    plan = make_plan()
    data = write_template(plan, "plan.md", dt.date(2026, 4, 1))
    wb = load_workbook(io.BytesIO(data))
    ws = wb["進捗"]
    header = [c.value for c in ws[1]]
    assert header[:10] == ["区分", "指標名", "目標", "目標年度", "基準値", "単位", "撤退基準", "担当部署", "時点", "実績"]
    assert ws.column_dimensions["L"].hidden and wb["_meta"].sheet_state == "hidden"
    names = [ws.cell(row=r, column=2).value for r in range(2, ws.max_row + 1)]
    assert names == ["海外商談件数", "越境EC売上", "輸出比率", "技能者の育成数", "新工場の稼働", "付加価値増加額"]
    assert ws["E5"].value == "480人（2025年度）" and ws["F3"].value == "億円" and ws["D3"].value == "2028年度"
    ws["B3"] = "越境ＥＣの売上（全体）"  # renamed by the 担当部署: the hidden key still matches it
    ws["I3"], ws["J3"] = "令和9年度下期", 0.2
    ws["I6"], ws["J6"] = "令和10年度上期", "稼働"
    ws.append(["KPI", "海外商談件数", None, None, None, "件", None, None, "R9", "41件", None, ws["L2"].value])
    buf = io.BytesIO()
    wb.save(buf)
    sheet = read_sheet("filled.xlsx", buf.getvalue())
    assert sheet.meta["plan_source"] == "plan.md"
    report = check_progress(plan, sheet, AS_OF)
    by = {r.indicator.name: r for r in report.results}
    assert by["越境EC売上"].status == "behind" and by["越境EC売上"].actuals[0].value == pytest.approx(2e7)
    assert "キーで計画の「越境EC売上」に対応付けました" in " ".join(by["越境EC売上"].notes)
    assert by["新工場の稼働"].status == "achieved"
    assert by["海外商談件数"].status == "achieved"
    assert not report.problems


def test_a_sheet_that_is_not_a_progress_sheet_is_a_user_error():
    with pytest.raises(UserError, match="見出し行"):
        read_sheet("x.csv", b"a,b\n1,2\n")
    with pytest.raises(UserError, match=".xlsx か .csv"):
        read_sheet("x.pdf", b"%PDF")
    with pytest.raises(UserError, match="Excel ファイルとして開けません"):
        read_sheet("x.xlsx", b"not a zip")


def test_cli_json_contract_and_exit_codes(tmp_path, capsys):
    plan = tmp_path / "plan.yaml"
    plan.write_text(json.dumps(make_plan().model_dump(mode="json", exclude_none=True), ensure_ascii=False), "utf-8")
    sheet = tmp_path / "plan_進捗.csv"
    sheet.write_text("指標名,時点,実績\n越境EC売上,R9,0.1億円\n", encoding="cp932")
    code = main(["progress", str(plan), str(sheet), "--format", "json", "--as-of", "2028-10-15"])
    data = json.loads(capsys.readouterr().out)
    assert code == 1
    assert set(data) == {"plan", "as_of", "kpis", "kgis"} and data["as_of"] == "2028-10-15"
    kpi = data["kpis"][1]
    assert set(kpi) == {"name", "target", "withdrawal", "owner", "actuals", "status", "reason"}
    assert kpi["status"] == "behind" and kpi["actuals"][0]["value"] == pytest.approx(0.1)
    assert kpi["actuals"][0]["unit"] == "億円" and kpi["actuals"][0]["written"]["period"] == "R9"
    assert main(["progress", str(plan), "--template", "-o", str(tmp_path / "tpl" / "t.xlsx")]) == 0
    assert (tmp_path / "tpl" / "t.xlsx").stat().st_size > 0
    out = tmp_path / "all.xlsx"
    assert main(["progress", str(tmp_path), "--format", "xlsx", "-o", str(out), "--as-of", "2028-10-15"]) == 1
    wb = load_workbook(out)
    assert wb.sheetnames[0] == "一覧" and wb["一覧"]["A2"].value == "テスト計画"
    capsys.readouterr()
    bad = tmp_path / "bad.csv"
    bad.write_text("指標名,時点,実績\n越境EC売上,R9,たくさん\n", encoding="utf-8")
    assert main(["progress", str(plan), str(bad), "--as-of", "2028-10-15"]) == 2
    assert "2行目「越境EC売上」: 「たくさん」は数値として読めません" in capsys.readouterr().err
