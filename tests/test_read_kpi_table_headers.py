"""KPI table headers written in a town's own words: the 5W1H asked as questions and joined in one column
(「いつ・誰が」), and a target column dated by a bare year in brackets (「目標（2030）」)."""

from __future__ import annotations

import pytest

from chiiki_mirai.readers.statements.indicators.kpi import Kpi, inline_fields, unlabelled
from chiiki_mirai.readers.statements.indicators.tables import column_of
from chiiki_mirai.readers.units import Unit
from tests.facts_reading import read_facts

PERIOD = "計画期間：2026年度〜2030年度"


@pytest.mark.parametrize(("label", "fields"), [
    ("誰が", ("owner",)),
    ("いつまでに", ("deadline",)),
    ("いつ・誰が", ("deadline", "cycle", "owner")),
    ("誰が／どのように", ("owner", "approach")),
    ("なぜ・何を", ("significance", "content")),
])
def test_a_header_of_5w1h_questions_names_each_questions_field(label: str, fields: tuple[str, ...]) -> None:
    assert column_of(label).fields == fields


@pytest.mark.parametrize(("label", "role", "year"), [
    ("目標（2031）", "target", 2031),
    ("現状(2024)", "current", 2024),
    ("目標値（FY2029）", "target", 2029),
])
def test_a_bare_year_in_a_value_headers_brackets_dates_the_column(label: str, role: str, year: int) -> None:
    c = column_of(label)
    assert (c.fields, c.role, c.year) == (("value",), role, year)


@pytest.mark.parametrize("label", ["目標（120）", "人口（2020）", "全国平均（2023）", "出荷額（2024）"])
def test_a_bracketed_number_dates_no_column_unless_its_words_name_a_target_or_current_value(label: str) -> None:
    assert column_of(label).year is None


def test_kpis_under_a_joined_when_who_column_and_a_bracketed_year_have_owners_and_deadlines() -> None:
    facts = read_facts((PERIOD, "## KPI",
                        "| KPI | 目標（2030） | 現状（2025） | いつ・誰が | 備考 |", "|---|---|---|---|---|",
                        "| 試作支援の利用件数（件/年） | 40 | 12 | 毎年度6月 ものづくり振興課 | 聞き取り |",
                        "| 共同受注額（億円/年） | 8 | 2 | 毎年度 商工政策課 | 組合報告 |"), "B")
    assert facts["kpi_count"].value == 2
    assert facts["kpi_owner_all"].value is True
    assert facts["kpi_deadline_all"].value is True


@pytest.mark.parametrize(("when", "deadline_all"), [
    ("2029年度末まで", True),  # a year under 「いつ」 is the deadline
    ("令和11年度", True),
    ("毎月", False),  # a cycle under 「いつ」 sets no deadline
])
def test_a_when_column_is_the_deadline_or_the_cycle_by_its_answer(when: str, deadline_all: bool) -> None:
    facts = read_facts((PERIOD, "## KPI",
                        "| KPI | 目標 | 現状 | いつ | 誰が |", "|---|---|---|---|---|",
                        f"| 空き店舗への出店数（件） | 15 | 3 | {when} | 町にぎわい推進課 |"), "B")
    assert facts["kpi_count"].value == 1
    assert facts["kpi_deadline_all"].value is deadline_all


def test_a_5w1h_written_answer_first_gives_each_answer_to_the_label_that_closes_it() -> None:
    """「…のため（意義）、…を整備し（内容）、2030年度に75%（期限）。担当は…課。」: the bracket ends its clause, so it
    labels the answer before it — not the next clause (the owner and deadline were lost when it was read as leading)."""
    facts = read_facts((PERIOD, "## KPI及びKPI未達時の撤退基準",
                        "| 指標名 | 単位 | 2025年度(現状) | 2030年度(目標) |", "|---|---|---|---|",
                        "| 乾燥施設の稼働率 | % | － | 75 |", "",
                        "| 項目 | 内容 |", "|---|---|",
                        "| 乾燥施設の稼働率 | ・5W1H：原木の滞留を解消するため（意義）、組合が乾燥施設を整備し（内容）、2030年度に75%"
                        "（期限）。担当は農林水産部 林業振興課。推進協議会（年2回）で確認。<br>・撤退基準：2029年度末に稼働率40%"
                        "未満の場合、運営補助を打ち切る。 |"), "B")
    assert facts["kpi_owner_all"].value is True
    assert facts["kpi_deadline_all"].value is True


@pytest.mark.parametrize(("text", "fields"), [
    ("（担当部署）県産業振興課。（期限）2030年度。", [("owner",), ("deadline",)]),  # labels before their answers
    ("販路を広げるため（意義）、2030年度に9億円（期限）", []),  # labels after them: none leads
])
def test_only_a_bracketed_label_that_opens_its_answer_leads_a_field(text: str, fields: list) -> None:
    assert [f for f, _ in inline_fields(text)[1]] == fields


@pytest.mark.parametrize(("clause", "field", "answer"), [
    ("町商工会が（誰が）", "owner", "町商工会"),  # who and where: the case particle is no part of the answer
    ("推進会議で（どこで）", "venue", "推進会議"),
    ("後継者不足が深刻なため（なぜ）", "significance", "後継者不足が深刻なため"),
    ("共同で販路を開く取組は（何を）", "content", "共同で販路を開く取組は"),  # other answers keep their last word
])
def test_only_who_and_where_answers_drop_their_case_particle(clause: str, field: str, answer: str) -> None:
    k = Kpi(name="試作件数", unit=Unit(text=clause, norm="", kind="sentence", item=None, section="4", line=1, index=0,
                                     key=None))
    unlabelled(k, clause)
    assert k.fields.get(field) == answer
