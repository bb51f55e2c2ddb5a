"""Plans whose indicators sit in annex tables at the end (「別表」), and Word covers set in bold (issue 13).

The drafts are our own: a Word cover whose bold draft title (「…（素案）」) stands over a date and a department while
the annexes at the end are bold lines too; a KPI annex keyed by KPI number that leaves one KPI out while the body
says the criteria are in that annex; a KPI table with two columns of who (実施主体・担当部署), one of them pending;
a target left to be set once a later result is known.
"""

from __future__ import annotations

import io
import time

import docx
import pytest

from chiiki_mirai.core.text.modality import field_modality, pending_slot, set_after
from chiiki_mirai.readers import read_bytes
from chiiki_mirai.readers.doctree import parse_docx
from chiiki_mirai.readers.statements.indicators.kpi import without_pointers


def _cover_docx() -> bytes:
    d = docx.Document()
    d.add_paragraph().add_run("備後デニム縫製クラスター形成計画（素案）").bold = True
    d.add_paragraph("令和８年１２月１日")
    d.add_paragraph("福山市経済環境局産業振興課")
    d.add_paragraph("本計画は福山市が策定する。計画期間は令和９年度から令和１３年度までとする。")
    for chapter, items in (
        ("第１章　クラスターの形成を目指す産業領域", ("１　該当する業種", "２　特定の理由")),
        ("第２章　計画推進の核となる地域及び企業", ("１　核となる地域", "２　核となる企業", "３　特定の理由")),
    ):
        d.add_paragraph(chapter, style="Heading 1")
        for item in items:
            d.add_paragraph(item, style="Heading 2")
            d.add_paragraph("デニムの縫製と染め加工を担う事業者が集まっている。")
    for caption, rows in (
        ("別表１　ＫＧＩ", (("指標", "目標"), ("製造品出荷額の増加", "３０億円"))),
        ("別表２　ＫＰＩ", (("ＫＰＩ", "目標"), ("新規取引先数", "年４０社"))),
    ):
        d.add_paragraph().add_run(caption).bold = True  # a bold line over its table, as the title is bold
        table = d.add_table(rows=len(rows), cols=2)
        for i, row in enumerate(rows):
            for j, cell in enumerate(row):
                table.cell(i, j).text = cell
    buf = io.BytesIO()
    d.save(buf)
    return buf.getvalue()


def test_a_bold_draft_title_over_its_date_is_the_title_though_bold_annex_lines_follow() -> None:
    doc = parse_docx(_cover_docx())
    assert doc.title == "備後デニム縫製クラスター形成計画（素案）"
    assert [getattr(b, "text", "") for b in doc.preamble][:2] == ["令和８年１２月１日", "福山市経済環境局産業振興課"]


def test_a_cluster_plan_by_a_city_is_not_read_as_a_local_industry_plan() -> None:
    _, report = read_bytes("draft.docx", _cover_docx())
    assert report.sections_matched_as == "B"


_KPI_HEAD = "計画類型：B\n策定主体：湊県\n\n## 5 KPI\n\n"
_KPI_ANNEX = (
    "\n\n## 別表2　KPI\n\n"
    "| No. | KPI | 目標 | 実施主体 | 担当部署 | 期限 |\n|---|---|---|---|---|---|\n"
    "| 1 | 試作品の数 | 12件 | 湊大学 | 県産業振興課 | 令和12年度 |\n"
    "| 2 | 共同受注の額 | 8億円 | 湊工業会 | {owner} | 令和12年度 |\n"
    "| 3 | 研修の修了者数 | {target} | 湊職業訓練校 | 県労働政策課 | 令和11年度 |\n"
    "\n## 別表3　撤退基準\n\n"
    "| KPI | 撤退基準 |\n|---|---|\n"
    "| 1 | 令和10年度に4件未満なら試作支援を打ち切る |\n"
    "| 3 | 令和10年度に20人未満なら研修を企業内訓練の助成に替える |\n"
)


def _kpis(body: str, owner: str = "県商工政策課", target: str = "年60人") -> dict:
    text = _KPI_HEAD + body + _KPI_ANNEX.format(owner=owner, target=target)
    plan, _ = read_bytes("draft.md", text.encode("utf-8"))
    return {k.name: k for k in plan.kpis}


def test_a_criterion_said_to_be_in_an_annex_is_no_criterion_of_the_kpi_the_annex_leaves_out() -> None:
    kpis = _kpis("進捗は推進会議で半期ごとに確かめ、未達時の撤退基準については付表3に記載する。")
    assert kpis["試作品の数"].withdrawal_criterion == "令和10年度に4件未満なら試作支援を打ち切る"
    assert kpis["共同受注の額"].withdrawal_criterion is None


def test_a_note_keeps_its_criterion_beside_a_clause_pointing_at_an_annex() -> None:
    kpis = _kpis("※撤退基準：目標値の根拠は別紙2のとおりとし、令和10年度に受注額が2億円に届かない場合は共同営業を見直す。")
    assert kpis["共同受注の額"].withdrawal_criterion == "令和10年度に受注額が2億円に届かない場合は共同営業を見直す"
    assert kpis["試作品の数"].withdrawal_criterion == "令和10年度に4件未満なら試作支援を打ち切る"


@pytest.mark.parametrize(
    ("text", "rest"),
    [
        ("品質の基準は自社規程による、見直しの目安は付表3に記載する", "品質の基準は自社規程による"),
        ("担当については別添1を参照", ""),
        ("年2回点検する、各年度の目標は下表に示す", "年2回点検する"),
        ("下表のとおり", ""),
        ("令和10年度に4件未満なら打ち切る", "令和10年度に4件未満なら打ち切る"),
    ],
)
def test_a_clause_pointing_any_field_at_an_annex_is_taken_out_and_the_rest_kept(text: str, rest: str) -> None:
    assert without_pointers(text) == rest


def test_a_pointing_clause_is_found_in_linear_time_on_a_long_line() -> None:
    text = ("、見直しは" + "あ" * 30) * 3000 + "別表"
    start = time.perf_counter()
    assert without_pointers(text) == text.strip("、")
    assert time.perf_counter() - start < 1.0


def test_a_pending_department_beside_a_named_implementer_leaves_the_kpis_owner_pending() -> None:
    kpis = _kpis("KPIは別表2のとおり。", owner="（調整中）")
    assert kpis["共同受注の額"].owner == "（調整中）"
    assert kpis["試作品の数"].owner == "湊大学"


@pytest.mark.parametrize("dash", ["－", "-", "―", "ー"])
def test_a_dash_in_the_second_owner_column_keeps_the_named_implementer(dash: str) -> None:
    kpis = _kpis("KPIは別表2のとおり。", owner=dash)
    assert kpis["共同受注の額"].owner == "湊工業会"


def test_a_target_to_be_set_once_a_result_is_known_is_no_target() -> None:
    plan, _ = read_bytes(
        "draft.md",
        (_KPI_HEAD + "KPIは別表2のとおり。" + _KPI_ANNEX.format(owner="県商工政策課", target="（初年度の調査結果を受けて決める）")).encode(),
    )
    kpi = next(s for s in plan.statements if s.kind == "kpi" and s.subject == "研修の修了者数")
    assert kpi.attrs["target_modality"] == "considering"


@pytest.mark.parametrize(
    ("value", "modality", "slot"),
    [
        ("（初年度の調査結果を受けて決める）", "considering", True),
        ("モニター調査の結果を見て定める", "considering", True),
        ("40人（初年度の調査結果を受けて決める）", "affirmed", False),  # a figure of its own: set
        ("県産業振興課", "affirmed", False),
    ],
)
def test_a_value_set_after_a_later_result_is_named_not_set(value: str, modality: str, slot: bool) -> None:
    assert field_modality(value) == modality
    assert pending_slot(value) is slot


def test_a_value_to_be_set_later_is_read_in_linear_time_over_a_run_of_blanks() -> None:
    text = "令和" + " " * 20000 + "x（実績を踏まえ設定）"
    start = time.perf_counter()
    assert set_after(text) is True  # no figure of its own
    assert time.perf_counter() - start < 1.0
