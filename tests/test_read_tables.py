"""Reading tables: KGI tables by year column, KPI tables with merged titles, cells with several lines, Word tables.

Each case is wording of its own, written for the behaviour; the QA drafts that first showed a need are
checked as a whole by tests/test_qa_drafts.py."""

from __future__ import annotations

import io

import docx
import pytest

from chiiki_mirai.readers import read_bytes


def _read(name: str, text: str):
    plan, _ = read_bytes(name, text.encode("utf-8"))
    return plan


def _read_docx(build) -> object:
    docx = pytest.importorskip("docx")

    d = docx.Document()
    build(d)
    buf = io.BytesIO()
    d.save(buf)
    plan, _ = read_bytes("draft.docx", buf.getvalue())
    return plan


def _table(d, rows: list[list[str]], merge_first_row: bool = False) -> None:
    t = d.add_table(rows=len(rows), cols=len(rows[0]))
    for i, r in enumerate(rows):
        for j, c in enumerate(r):
            t.cell(i, j).text = c
    if merge_first_row:
        merged = t.cell(0, 0).merge(t.cell(0, len(rows[0]) - 1))
        merged.text = rows[0][0]


_YEARS_MD = (
    "計画類型：B\n策定主体：新潟県\n\n## 目指すべき目標（KGI）\n\n"
    "| 指標（単位） | 2027 | 2028 | 2029 | 2030 | 2031 | 累計 |\n|---|---|---|---|---|---|---|\n"
    "| 設備投資額（億円） | 12 | 30 | 25 | 18 | 15 | 100 |\n"
    "| 付加価値増加額（億円） | 0 | 4 | 9 | 14 | 22 | 49 |\n"
    "| 人材育成数（人） | 20 | 40 | 40 | 50 | 60 | 210 |\n"
)


def test_year_column_kgi_table_takes_the_last_year_and_the_cumulative_column() -> None:
    plan = _read("draft.md", _YEARS_MD)
    by_kind = {k.kind: k for k in plan.kgis}
    assert set(by_kind) >= {"investment", "value_added", "talent"}
    inv = by_kind["investment"]
    assert (inv.value, inv.cumulative_value, inv.year, inv.unit) == (15e8, 100e8, 2031, "円")
    assert inv.name == "設備投資額"
    assert (by_kind["value_added"].value, by_kind["value_added"].year) == (22e8, 2031)
    assert (by_kind["talent"].value, by_kind["talent"].cumulative_value) == (60, 210)


def test_year_column_kgi_table_takes_the_column_of_the_stated_target_year() -> None:
    plan = _read(
        "draft.md",
        "計画類型：B\n策定主体：秋田県\n\n## 目指すべき目標（KGI）\n\n"
        "KGIは次表のとおりとし、目標年度は令和12年度とする。\n\n"
        "| KGI | 令和10年度 | 令和11年度 | 令和12年度 | 令和13年度 |\n|---|---|---|---|---|\n"
        "| 設備投資額（億円） | 5 | 8 | 11 | 3 |\n"
        "| 人材育成数（人） | 10 | 20 | 30 | 30 |\n",
    )
    by_kind = {k.kind: k for k in plan.kgis}
    assert (by_kind["investment"].value, by_kind["investment"].year) == (11e8, 2030)
    assert by_kind["talent"].value == 30


def test_year_column_kgi_table_in_a_docx() -> None:
    def build(d) -> None:
        d.add_paragraph("計画類型：A")
        d.add_paragraph("策定主体：大分県")
        d.add_paragraph("数値目標", style="Heading 1")
        d.add_paragraph("数値目標（KGI）は下表のとおり。")
        _table(
            d,
            [
                ["KGI", "FY2036", "FY2037", "FY2038", "FY2039", "FY2040", "累計"],
                ["官民設備投資額（億円）", "200", "150", "120", "90", "80", "1,800"],
                ["付加価値増加額（億円）", "10", "40", "90", "150", "210", "500"],
                ["人材育成数（人）", "60", "80", "100", "120", "140", "900"],
            ],
        )

    plan = _read_docx(build)
    by_kind = {k.kind: k for k in plan.kgis}
    assert (by_kind["investment"].value, by_kind["investment"].cumulative_value) == (80e8, 1800e8)
    assert by_kind["investment"].year == 2040
    assert by_kind["value_added"].value == 210e8 and by_kind["talent"].value == 140


def test_kpi_table_with_a_merged_title_row_reads_fields_and_the_cycle_in_the_title() -> None:
    def build(d) -> None:
        d.add_paragraph("計画類型：B")
        d.add_paragraph("策定主体：長崎県")
        d.add_paragraph("KPI及び撤退基準", style="Heading 1")
        _table(
            d,
            [
                ["政策手段の指標（四半期ごとに進捗を点検）", "", "", "", ""],
                ["指標", "目標", "期限", "所管", "見直し基準"],
                ["造船技能者の研修修了数", "年90人", "令和11年度", "県労働政策課", "2年続けて45人未満なら研修を見直す"],
                ["省エネ船の受注隻数", "12隻", "令和12年度", "県産業振興課", "令和10年度に3隻未満なら支援を縮小する"],
            ],
            merge_first_row=True,
        )

    plan = _read_docx(build)
    assert [k.name for k in plan.kpis] == ["造船技能者の研修修了数", "省エネ船の受注隻数"]
    k = plan.kpis[0]
    assert (k.target, k.deadline, k.owner) == ("年90人", "令和11年度", "県労働政策課")
    assert k.withdrawal_criterion and "45人未満" in k.withdrawal_criterion
    assert plan.kpi_monitoring_cycle == "四半期ごと"


def test_kpi_table_whose_cells_repeat_the_title_before_the_header() -> None:
    plan = _read(
        "draft.md",
        "計画類型：C\n策定主体：岐阜県高山市\n\n## KPI及び撤退基準\n\n"
        "| KPI（半年ごとに確認） KPI | KPI（半年ごとに確認） 目標値 | KPI（半年ごとに確認） 担当 |\n|---|---|---|\n"
        "| 来訪者数 | 5万人 | 観光課 |\n",
    )
    assert [(k.name, k.target, k.owner) for k in plan.kpis] == [("来訪者数", "5万人", "観光課")]
    assert plan.kpi_monitoring_cycle == "半年ごと"


def test_kpi_owner_after_a_slash_and_a_space() -> None:
    plan = _read(
        "draft.md",
        "計画類型：C\n策定主体：福井県鯖江市\n\n## KPI及び撤退基準\n\n"
        "- KPI①　眼鏡枠の海外取引先数：30社（令和10年度まで）／担当 産業環境部 ものづくり課／撤退基準：令和９年度に10社未満なら展示会を見直す\n"
        "- KPI②　職人研修の修了者数：累計40人（令和12年度まで）／所管 商工政策課／撤退基準：２年続けて５人未満なら研修を再設計する\n"
        "- KPIは半期ごとに市と組合で確認する。\n",
    )
    assert [k.owner for k in plan.kpis] == ["産業環境部 ものづくり課", "商工政策課"]
    assert plan.kpis[0].withdrawal_criterion == "令和9年度に10社未満なら展示会を見直す"
    assert plan.kpis[0].deadline == "2028年度"


def test_numbered_kpi_paragraphs_with_space_separated_fields() -> None:
    plan = _read(
        "draft.txt",
        "計画類型：B\n策定主体：静岡県\n\n第5章　KPI及びKPI未達時の撤退基準\n"
        "KPI1 楽器部品の新規受注件数　目標25件　期限令和11年度　担当：産業イノベーション推進課\n"
        "撤退基準：令和10年度に8件未満なら、商談会の対象を見直す\n"
        "KPI2 技能検定の合格者数　目標年60人　期限令和12年度\n"
        "担当：職業能力開発課　撤退基準：2年続けて30人未満なら講座を見直す\n"
        "KPIは半期ごとに推進会議で確認する。\n",
    )
    got = {k.name: k for k in plan.kpis}
    assert set(got) == {"楽器部品の新規受注件数", "技能検定の合格者数"}
    a, b = got["楽器部品の新規受注件数"], got["技能検定の合格者数"]
    assert (a.target, a.deadline, a.owner) == ("25件", "令和11年度", "産業イノベーション推進課")
    assert a.withdrawal_criterion == "令和10年度に8件未満なら、商談会の対象を見直す"
    assert (b.target, b.deadline, b.owner) == ("年60人", "令和12年度", "職業能力開発課")
    assert b.withdrawal_criterion == "2年続けて30人未満なら講座を見直す"


def test_kpi_fields_after_a_target_label_and_slashes() -> None:
    plan = _read(
        "draft.md",
        "計画類型：C\n策定主体：秋田県湯沢市\n\n## KPI及び撤退基準\n\n"
        "KPI③　甘酒の出荷本数　目標 年50万本／期限 令和11年度／担当 農政課／撤退基準：２年続けて２割未満なら販路を絞る\n",
    )
    k = plan.kpis[0]
    assert (k.name, k.target, k.deadline, k.owner) == ("甘酒の出荷本数", "年50万本", "令和11年度", "農政課")
    assert k.withdrawal_criterion == "2年続けて2割未満なら販路を絞る"


@pytest.mark.parametrize("line", ["KPI及びKPI未達時の撤退基準", "KPIの設定", "（３）KPI一覧", "KPI並びに撤退基準"])
def test_a_heading_written_as_an_item_is_no_kpi(line: str) -> None:
    plan = _read(
        "draft.md",
        "計画類型：C\n策定主体：徳島県上勝町\n\n"
        f"- {line}\n"
        "- KPI①　葉っぱの出荷農家数：60戸（令和10年度まで）／担当 産業課／撤退基準：令和９年度に40戸未満なら集荷方法を見直す\n"
        "- KPIは四半期ごとに町で確認する。\n",
    )
    assert [k.name for k in plan.kpis] == ["葉っぱの出荷農家数"]
    assert plan.kpis[0].owner == "産業課"


def test_kgi_lines_of_one_cell_are_each_read() -> None:
    def build(d) -> None:
        d.add_paragraph("計画類型：B")
        d.add_paragraph("策定主体：岐阜県")
        d.add_paragraph("目指すべき目標（KGI）", style="Heading 1")
        d.add_paragraph(
            "官民設備投資額：令和16年度単年度 14億円、令和８～16年度の累計 95億円\n"
            "付加価値増加額：令和16年度 33億円\n"
            "人材育成数：令和16年度 年間70人"
        )

    plan = _read_docx(build)
    assert {k.kind for k in plan.kgis} >= {"investment", "value_added", "talent"}


def test_markdown_emphasis_is_no_part_of_a_kgi_name() -> None:
    plan = _read(
        "draft.md",
        "計画類型：C\n策定主体：石川県輪島市\n\n## 目指すべき目標\n\n"
        "- **必須KGI**：付加価値増加額を令和12年度に8,000万円とする。\n"
        "- **独自KGI**：漆器の輸出額を令和12年度に1億2,000万円とする。\n",
    )
    names = [k.name for k in plan.kgis]
    assert not any("*" in n for n in names)
    assert plan.kgis[0].kind == "value_added"


def test_numbered_kpis_outside_the_kpi_section_are_read() -> None:
    plan = _read(
        "draft.md",
        "計画類型：C\n策定主体：岩手県久慈市\n\n## 5) 課題と市の取組\n\n"
        "- **KPI及び撤退基準**：\n\n"
        "地場の事業者と市が次の取組を進める。\n\n"
        "- KPI①　琥珀製品の海外取引先数：15店（令和10年度まで）／担当 産業振興課／撤退基準：令和９年度に５店未満なら出展先を見直す\n"
        "- KPI②　研磨職人の研修修了者数：累計18人（令和12年度まで）／担当 商工観光課／撤退基準：令和10年度までに６人未満なら研修を見直す\n"
        "- KPIは半期ごとに市で確認する。\n",
    )
    assert [k.owner for k in plan.kpis] == ["産業振興課", "商工観光課"]
    assert all(k.withdrawal_criterion and k.deadline for k in plan.kpis)


def test_word_table_with_a_two_level_merged_header() -> None:
    d = docx.Document()
    d.add_paragraph("計画の類型：地域産業クラスター計画")
    d.add_paragraph("目指すべき目標", style="Heading 2")
    t = d.add_table(rows=4, cols=4)
    rows = [
        ["指標", "目標", "", "注記"],
        ["", "年度", "数値", ""],
        ["付加価値増加額", "2034年度", "95億円", ""],
        ["産業人材育成数", "2034年度", "年間120人", "高専"],
    ]
    for i, r in enumerate(rows):
        for j, v in enumerate(r):
            t.cell(i, j).text = v
    t.cell(0, 1).merge(t.cell(0, 2)).text = "目標"
    t.cell(0, 0).merge(t.cell(1, 0)).text = "指標"
    buf = io.BytesIO()
    d.save(buf)
    plan, _ = read_bytes("plan.docx", buf.getvalue())
    got = {k.kind: (k.value, k.year) for k in plan.kgis}
    assert got["value_added"] == (9_500_000_000, 2034)
    assert got["talent"] == (120, 2034)


def test_under_a_merged_header_the_sub_header_tells_today_from_the_target() -> None:
    def build(d) -> None:  # noqa: ANN001
        d.add_heading("KPI", level=2)
        t = d.add_table(rows=3, cols=4)
        t.cell(0, 0).merge(t.cell(1, 0)).text = "KPI"
        t.cell(0, 1).merge(t.cell(0, 2)).text = "現状と目標（期限）"
        t.cell(0, 3).merge(t.cell(1, 3)).text = "担当"
        t.cell(1, 1).text, t.cell(1, 2).text = "現状", "目標"
        for c, v in zip(t.rows[2].cells, ["原料の集荷量", "0トン", "年間6,000トン（令和11年度）", "農政課"], strict=True):
            c.text = v

    plan = _read_docx(build)
    k = plan.kpis[0]
    assert (k.name, k.owner) == ("原料の集荷量", "農政課")
    kpi = next(s for s in plan.statements if s.kind == "kpi")
    assert kpi.attrs["current"] == "0トン" and kpi.attrs["target"].startswith("年間6,000トン")
