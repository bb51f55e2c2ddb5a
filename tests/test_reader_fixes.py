"""Reader fixes driven by the second QA set (tests/data/qa_drafts2), each tested on wording of its own.
The QA drafts themselves are checked by tests/test_qa_drafts.py."""

from __future__ import annotations

import io
from datetime import date

import pytest

from chiiki_mirai.knowledge.loader import load_kb
from chiiki_mirai.readers import read_bytes
from chiiki_mirai.rules.check import evaluate

TODAY = date(2026, 5, 20)

# --- the reader fixes this set drove, each on wording of its own ---------------------------------


def _read_md(text: str):
    plan, _ = read_bytes("draft.md", text.encode("utf-8"))
    return plan


def test_bullet_sub_headings_open_their_items() -> None:
    plan = _read_md(
        "類型：C\n策定主体：大分県竹田市\n\n② 計画推進の核となる地域及び事業主体\n\n"
        "・計画推進の核となる事業主体\n◆ 竹田温泉旅館組合（組合員21軒、宿泊）\n◆ 株式会社くじゅう観光（従業員30名、送客）\n\n"
        "・特定の理由\n組合が宿泊、観光会社が送客を担う。\n"
    )
    names = [c.name for c in plan.core_companies]
    assert any("旅館組合" in n for n in names) and any("くじゅう観光" in n for n in names), names


def test_kpis_written_as_labelled_paragraphs() -> None:
    plan = _read_md(
        "類型：B\n策定主体：宮城県\n\n## 投資促進に向けた課題と事業環境整備の取組\n\n### KPI\n\n"
        "指標A 研修の受講者数 年90人、達成時期：毎年度、所管：経済商工観光部、見直し基準：2年続けて半数未満なら廃止\n\n"
        "指標B 分譲した用地 12ha、達成時期：2029年度、所管：土木部\n"
    )
    got = {k.owner: k.withdrawal_criterion for k in plan.kpis}
    assert set(got) == {"経済商工観光部", "土木部"}
    assert got["経済商工観光部"] and got["土木部"] is None  # the other KPI's criterion is not shared


def test_word_table_with_a_two_level_merged_header() -> None:
    import docx

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


def test_investment_written_as_prose_counts_with_its_amount() -> None:
    plan = _read_md(
        "類型：A\n策定主体：三重県\n\n## 核となる大規模投資案件\n\n### 投資概要\n\n"
        "伊勢湾グリーンケミカル株式会社が、バイオ由来のエチレン製造設備を新設する。総事業費は1,500億円を見込み、"
        "2029年度の稼働を目指す。\n"
    )
    assert [(i.amount, i.operation_year) for i in plan.investments] == [(150_000_000_000, 2029)]


@pytest.mark.parametrize("author, status", [("札幌市", "met"), ("北海道", "met"), ("北海道ニセコ町", "met")])
def test_designated_city_may_author_c(author: str, status: str) -> None:
    plan = _read_md(f"計画の類型：地場産業成長プラン\n策定主体：{author}\n計画期間：2026年度～2030年度\n")
    result = evaluate(plan, load_kb(), source="x.md", today=TODAY)
    assert next(c for c in result.checks if c.id == "author").status == status
