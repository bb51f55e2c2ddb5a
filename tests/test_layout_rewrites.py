"""The rewriting layout transforms (benchmarks/layout_rewrites.py) keep what a small draft of our own says.

Indicator tables become numbered entries with nested 「ラベル：値」 entries, Arabic numbers become kanji numerals, and
sub-sections of paragraphs become paragraphs opening with their heading's name: read back, the same indicators,
the same amounts and years, the same sentences.
"""

from __future__ import annotations

import pytest

from benchmarks.layout_rewrites import kanji_number
from benchmarks.layout_variants import TRANSFORMS
from chiiki_mirai.core.text.numbers import find_quantities
from chiiki_mirai.readers.doctree import Document, Paragraph, Table, parse_document
from chiiki_mirai.readers.doctree.render import to_markdown, to_text

DRAFT = """# 山あい木工振興プラン（素案）

## 1 成果の目標

| 指標 | 現状（2025年度） | 目標（2030年度） | 担当 |
|---|---|---|---|
| 木製品の出荷額 | 4億円 | 6億5,000万円 | 林業振興課 |
| 町産材の利用率 | 35% | 60% | 林業振興課 |

## 2 支援の方向

### 2-1 分野

家具と建具の製造を支える。工房は12社、職人は1,240人いる。

### 2-2 特定の理由

町の森林は9,800ヘクタールで、うち2.5%が広葉樹の人工林である。KPI1 は半期ごとに確かめる。
"""


def _doc(fmt: str = "markdown") -> Document:
    doc = parse_document(DRAFT, "markdown")
    return doc if fmt == "markdown" else parse_document(to_text(doc), "text")


def _read_back(doc: Document) -> Document:
    return parse_document(to_markdown(doc) if doc.format == "markdown" else to_text(doc), doc.format)


def _said(doc: Document) -> list[str]:
    """Headings and the lines of entries and paragraphs, in order (an entry over label lines may be read as a
    heading: the reader's choice, not the transform's)."""
    return [t for s, bs in doc.walk() for t in [s.heading, *(ln for b in bs for ln in b.plain().split("\n"))]]


def _amounts(doc: Document) -> list[tuple[float, str]]:
    return [(q.value, q.unit) for _, bs in doc.walk() for b in bs for q in find_quantities(b.plain())]


@pytest.mark.parametrize("fmt", ["markdown", "text"])
def test_an_indicator_table_becomes_one_numbered_entry_per_indicator(fmt: str) -> None:
    new = TRANSFORMS["kpi_list"](_doc(fmt))
    assert not [b for _, b in new.blocks() if isinstance(b, Table)]
    said = _said(_read_back(new))
    assert said[1:9] == ["木製品の出荷額", "現状：4億円（2025年度）", "目標：6億5,000万円（2030年度）", "担当：林業振興課",
                         "町産材の利用率", "現状：35%（2025年度）", "目標：60%（2030年度）", "担当：林業振興課"]


def test_the_bracketed_numbering_writes_the_same_entries_in_plain_text_only() -> None:
    plain = TRANSFORMS["kpi_list_paren"](_doc("text"))
    assert "（１） 木製品の出荷額" in to_text(plain) and "・ 目標：60%（2030年度）" in to_text(plain)
    assert _said(_read_back(plain)) == _said(_read_back(TRANSFORMS["kpi_list"](_doc("text"))))
    assert TRANSFORMS["kpi_list_paren"](_doc()) == _doc()


def test_a_table_without_a_current_and_a_target_column_stays_a_table() -> None:
    doc = parse_document("# 計画\n\n| 事業者 | 所在地 | 業種 |\n|---|---|---|\n| 山あい木工 | 本町 | 家具 |\n", "markdown")
    assert TRANSFORMS["kpi_list"](doc) == doc


@pytest.mark.parametrize(("n", "kanji"), [(0, "〇"), (12, "十二"), (1240, "千二百四十"), (9800, "九千八百"),
                                          (65_000_000, "六千五百万"), (120_000_000, "一億二千万"),
                                          (10_000_000, "一千万"), (3_000_000_000, "三十億")])
def test_a_whole_number_is_spelt_in_kanji_numerals(n: int, kanji: str) -> None:
    assert kanji_number(n) == kanji


@pytest.mark.parametrize("fmt", ["markdown", "text"])
def test_kanji_numerals_keep_every_amount_and_leave_decimals_and_codes(fmt: str) -> None:
    doc = _doc(fmt)
    new = TRANSFORMS["kanji_numerals"](doc)
    text = to_markdown(new) if fmt == "markdown" else to_text(new)
    for said in ("二〇三〇年度", "六億五千万円", "千二百四十人", "九千八百ヘクタール", "六十%", "2.5%", "KPI1"):
        assert said in text
    assert _amounts(_read_back(new)) == _amounts(doc)


def test_a_count_of_ten_thousand_or_more_before_man_stays_in_digits() -> None:
    doc = parse_document("# 計画\n\n整備費は累計 250,000万円、うち県費 3万円の補助を除く。\n", "markdown")
    new = TRANSFORMS["kanji_numerals"](doc)
    assert "250,000万円" in to_markdown(new) and "三万円" in to_markdown(new)
    assert _amounts(_read_back(new)) == _amounts(doc)


def test_numbers_naming_indicators_after_a_code_word_stay_in_digits() -> None:
    doc = parse_document("# 計画\n\n※ KPI 2・4が未達なら、支援を3年で打ち切る。\n", "markdown")
    assert "KPI 2・4が未達なら、支援を三年で" in to_markdown(TRANSFORMS["kanji_numerals"](doc))


def test_a_year_is_spelt_digit_by_digit_and_an_era_year_as_a_number() -> None:
    doc = parse_document("# 計画\n\n計画期間は2026年度から令和12年度まで。\n", "markdown")
    assert "二〇二六年度から令和十二年度まで" in to_markdown(TRANSFORMS["kanji_numerals"](doc))


@pytest.mark.parametrize("fmt", ["markdown", "text"])
def test_sub_sections_of_paragraphs_become_paragraphs_opening_with_their_name(fmt: str) -> None:
    new = _read_back(TRANSFORMS["headings_to_prose"](_doc(fmt)))
    support = next(s for s in new.sections if s.heading == "支援の方向")
    assert not support.children
    assert [b.text[:8] for b in support.blocks if isinstance(b, Paragraph)] == ["分野については、", "特定の理由につい"]


def test_a_sub_section_holding_a_list_keeps_its_heading() -> None:
    doc = parse_document("# 計画\n\n## 1 方向\n\n### 分野\n\n- 家具\n- 建具\n", "markdown")
    assert TRANSFORMS["headings_to_prose"](doc) == doc


def test_a_column_numbering_the_indicators_gives_way_to_the_lists_own_numbers() -> None:
    doc = parse_document("# 計画\n\n## 成果\n\n| No | 指標 | 現状 | 目標 |\n|---|---|---|---|\n| 1 | 来訪者数 | 3千人 | 5千人 |\n"
                         "| 2 | 出荷量 | 8百トン | 13百トン |\n", "markdown")
    said = _said(_read_back(TRANSFORMS["kpi_list"](doc)))
    assert [t for t in said if t in ("来訪者数", "出荷量", "1", "2")] == ["来訪者数", "出荷量"]


def test_the_entry_is_named_by_the_indicator_column_not_by_a_class_column_before_it() -> None:
    doc = parse_document("# 計画\n\n## 目標\n\n| 区分 | 指標 | 現状 | 目標 |\n|---|---|---|---|\n| 必須 | 付加価値増加額 | － | 3億円 |\n",
                         "markdown")
    assert _said(_read_back(TRANSFORMS["kpi_list"](doc)))[1:3] == ["付加価値増加額", "区分：必須"]


def test_an_entry_for_a_cell_with_no_value_takes_no_year() -> None:
    doc = parse_document("# 計画\n\n## 目標\n\n| 指標 | 現状（令和6年度） | 目標（令和12年度） |\n|---|---|---|\n"
                         "| 新商品の数 | ― | 8品目 |\n", "markdown")
    assert _said(_read_back(TRANSFORMS["kpi_list"](doc)))[1:4] == ["新商品の数", "現状（令和6年度）：―", "目標：8品目（令和12年度）"]


def test_a_header_broken_over_two_lines_is_one_label_of_the_entry() -> None:
    doc = parse_document("# 計画\n\n## 目標\n\n| 指標 | 現状<br>（令和6年度） | 目標<br>（令和12年度） |\n|---|---|---|\n"
                         "| 体験客数 | ― | 900人 |\n| 工房数 | 4軒（令和5年度） | 7軒 |\n", "markdown")
    said = _said(_read_back(TRANSFORMS["kpi_list"](doc)))
    assert said[1:7] == ["体験客数", "現状（令和6年度）：―", "目標：900人（令和12年度）",
                         "工房数", "現状（令和6年度）：4軒（令和5年度）", "目標：7軒（令和12年度）"]


_GOALS = ("# 計画\n\n## 成果の目標\n\n| 区分 | 指標 | 基準値（2025年度） | 目標値（令和12年度） |\n|---|---|---|---|\n"
          "| 必須 | 付加価値増加額 | ― | 2億4,000万円 |\n| 独自 | 工房の売上高 | 年3億円 | 年5億円 |\n"
          "| 独自 | 職人の数 | 40人（2024年度） | 2031年度に55人 |\n")


@pytest.mark.parametrize("fmt", ["markdown", "text"])
def test_each_indicator_row_becomes_one_sentence_with_its_years(fmt: str) -> None:
    doc = parse_document(_GOALS, "markdown")
    doc = doc if fmt == "markdown" else parse_document(to_text(doc), "text")
    said = [t for t in _said(_read_back(TRANSFORMS["indicators_run_in"](doc))) if t.endswith("。")]
    assert said == ["必須の付加価値増加額を、令和12年度には2億4,000万円とする。",
                    "独自の工房の売上高を、現状の年3億円（2025年度）から令和12年度には年5億円とする。",
                    "独自の職人の数を、現状の40人（2024年度）から目標の2031年度に55人とする。"]


def test_an_indicator_table_with_more_than_its_values_is_not_run_into_sentences() -> None:
    assert TRANSFORMS["indicators_run_in"](_doc()) == _doc()  # its 担当 column has no place in the sentence


@pytest.mark.parametrize("fmt", ["markdown", "text"])
def test_current_and_target_values_share_one_cell_with_their_years(fmt: str) -> None:
    new = _read_back(TRANSFORMS["indicator_cells_combined"](_doc(fmt)))
    table = next(b for _, b in new.blocks() if isinstance(b, Table))
    assert table.cells == (("指標", "現状→目標", "担当"), ("木製品の出荷額", "4億円（2025年度）→6億5,000万円（2030年度）", "林業振興課"),
                           ("町産材の利用率", "35%（2025年度）→60%（2030年度）", "林業振興課"))


def test_a_withdrawal_criterion_column_is_no_current_value_and_stages_stay_apart() -> None:
    kpis = "# 計画\n\n## KPI\n\n| KPI | 目標 | 撤退基準 |\n|---|---|---|\n| 来訪者数 | 5千人 | 3千人未満で見直す |\n"
    stages = "# 計画\n\n## KGI\n\n| 指標 | 現状 | 中間（令和9年度） | 目標 |\n|---|---|---|---|\n| 出荷額 | 3億円 | 4億円 | 5億円 |\n"
    for text in (kpis, stages):
        doc = parse_document(text, "markdown")
        assert TRANSFORMS["indicator_cells_combined"](doc) == doc and TRANSFORMS["indicators_run_in"](doc) == doc


def test_a_value_cell_with_a_label_of_its_own_is_not_run_into_a_sentence() -> None:
    doc = parse_document("# 計画\n\n## KGI\n\n| 指標 | 現状 | 目標 |\n|---|---|---|\n| 出荷額 | 基準：令和6年 3億円 | 5億円 |\n",
                         "markdown")
    assert TRANSFORMS["indicators_run_in"](doc) == doc


def test_a_span_in_the_target_cell_does_not_stand_for_the_target_year() -> None:
    doc = parse_document("# 計画\n\n## KGI\n\n| 指標 | 現状 | 目標（2031年度） |\n|---|---|---|\n"
                         "| 官民設備投資額 | 年4億円 | 年9億円（2027～2031年度累計 30億円） |\n", "markdown")
    said = [t for t in _said(_read_back(TRANSFORMS["indicators_run_in"](doc))) if t.endswith("。")]
    assert said == ["官民設備投資額を、現状の年4億円から2031年度には年9億円（2027～2031年度累計 30億円）とする。"]


_BARE = ("# 計画\n\n## KGI\n\n| 指標 | 現状（令和6年度） | 目標（令和11年度） |\n|---|---|---|\n"
         "| 付加価値増加額（R6比、百万円） | ― | 120 |\n| 道の駅の売上高（千円） | 42,000 | 61,000 |\n")


def test_a_bare_figure_takes_the_unit_its_name_notes_when_run_into_a_sentence() -> None:
    said = [t for t in _said(_read_back(TRANSFORMS["indicators_run_in"](parse_document(_BARE, "markdown")))) if t.endswith("。")]
    assert said == ["付加価値増加額（R6比、百万円）を、令和11年度には120百万円とする。",
                    "道の駅の売上高（千円）を、現状の42,000千円（令和6年度）から令和11年度には61,000千円とする。"]


def test_a_bare_figure_takes_the_unit_its_name_notes_when_cells_are_combined() -> None:
    new = _read_back(TRANSFORMS["indicator_cells_combined"](parse_document(_BARE, "markdown")))
    table = next(b for _, b in new.blocks() if isinstance(b, Table))
    assert [r[1] for r in table.cells[1:]] == ["―→120百万円（令和11年度）", "42,000千円（令和6年度）→61,000千円（令和11年度）"]


def test_a_bare_figure_without_a_unit_to_take_keeps_its_table() -> None:
    doc = parse_document("# 計画\n\n## KGI\n\n| 指標 | 現状 | 目標 |\n|---|---|---|\n| 出荷額 | 30 | 50 |\n", "markdown")
    assert TRANSFORMS["indicators_run_in"](doc) == doc and TRANSFORMS["indicator_cells_combined"](doc) == doc
