"""A numbered line in a chapter's numbering style that starts over inside a subsection is a list, not a chapter
(readers/doctree/levels.HeadingNumbers, asked by line_rules.rule_marked)."""

from __future__ import annotations

import pytest

from chiiki_mirai.readers.doctree import ListItem, parse_markdown, parse_text


def heads(doc) -> list[tuple[int, str]]:  # noqa: ANN001
    return [(s.level, s.heading) for s, _ in doc.walk()]


def section(doc, heading: str):  # noqa: ANN001, ANN201
    return next(s for s, _ in doc.walk() if s.heading == heading)


_MARKDOWN = """## 1. 計画の概要

竹細工の産地を伸ばす計画です。

## 2. 目標

### (1) 現在の姿

工房は12軒です。

### (2) 目指す指標

1. 竹製品の出荷額
   - 現状：3億円
   - 目標：5億円（2030年度）
2. 工房の体験客数
   - 現状：年4,000人
   - 目標：年9,000人（2030年度）

## 3. 推進体制

市の商工課が窓口です。
"""

_TEXT = """1. 計画の概要

竹細工の産地を伸ばす計画です。

2. 目標

(1) 現在の姿

工房は12軒です。

(2) 目指す指標

1. 竹製品の出荷額
   ・現状：3億円
   ・目標：5億円（2030年度）
2. 工房の体験客数
   ・現状：年4,000人
   ・目標：年9,000人（2030年度）

3. 推進体制

市の商工課が窓口です。
"""


@pytest.mark.parametrize(("parse", "src"), [(parse_markdown, _MARKDOWN), (parse_text, _TEXT)])
def test_a_chapter_number_starting_over_inside_a_subsection_is_a_list_of_that_subsection(parse, src) -> None:  # noqa: ANN001
    doc = parse(src)
    assert heads(doc) == [(1, "計画の概要"), (1, "目標"), (2, "現在の姿"), (2, "目指す指標"), (1, "推進体制")]
    entries = [b for b in section(doc, "目指す指標").blocks if isinstance(b, ListItem)]
    assert [e.text for e in entries] == ["竹製品の出荷額", "工房の体験客数"]
    assert [c.text for c in entries[0].children] == ["現状：3億円", "目標：5億円（2030年度）"]


def test_subheadings_numbered_again_under_each_chapter_stay_headings() -> None:
    doc = parse_text(
        "第1章 産地の姿\n\n（１）該当する品目\n\n・竹籠\n・竹箸\n\n（２）特定の理由\n\n"
        "竹林が近い。\n\n第2章 推進体制\n\n（１）核となる工房\n\n・東工房\n・西工房\n\n（２）窓口\n\n市が置く。\n"
    )
    assert heads(doc) == [
        (1, "産地の姿"),
        (2, "該当する品目"),
        (2, "特定の理由"),
        (1, "推進体制"),
        (2, "核となる工房"),
        (2, "窓口"),
    ]


def test_a_chapter_number_that_counts_on_after_subsections_is_the_next_chapter() -> None:
    doc = parse_text("1. 概要\n\n(1) 経緯\n\n市の計画です。\n\n2. 目標\n\n(1) 指標\n\n出荷額を伸ばす。\n")
    assert heads(doc) == [(1, "概要"), (2, "経緯"), (1, "目標"), (2, "指標")]


def test_a_list_started_over_under_the_first_chapter_goes_on_across_blank_lines() -> None:
    doc = parse_text(
        "1. 概要\n\n(1) 取組\n\n1. 試作室の整備\n\n2. 商談会への出展\n\n3. 体験ツアーの造成\n\n2. 推進体制\n\n市が窓口を置く。\n"
    )
    assert heads(doc) == [(1, "概要"), (2, "取組"), (1, "推進体制")]
    assert [b.text for b in section(doc, "取組").blocks] == ["試作室の整備", "商談会への出展", "体験ツアーの造成"]


def test_sibling_numbered_lines_over_the_same_labelled_entries_are_records_of_a_list() -> None:
    doc = parse_text(
        "第1 目標\n\n"
        "1. 体験工房の利用者数\n  ・現状：年800人\n  ・目標：年2,500人（2030年度）\n  ・担当：観光課\n"
        "2. 工房の新規開業数\n  ・現状：0件\n  ・目標：5件（2029年度）\n  ・担当：商工課\n"
    )
    assert heads(doc) == [(1, "目標")]
    entries = section(doc, "目標").blocks
    assert [e.text for e in entries] == ["体験工房の利用者数", "工房の新規開業数"]
    assert [c.text for c in entries[1].children] == ["現状：0件", "目標：5件（2029年度）", "担当：商工課"]


@pytest.mark.parametrize(
    "under",
    [
        # content of its own kind under each subheading
        ("  ・竹籠\n  ・竹箸\n", "  ・竹林が近い\n"),
        # the same labels under both, but a line among them that is no field (a sentence): sections, not records
        ("  出荷と雇用を伸ばす。\n  ・出荷額：5億円\n  ・雇用：20人\n", "  ・出荷額：販売計画の積み上げ\n  ・雇用：採用計画\n"),
    ],
)
def test_subheadings_over_content_that_is_not_the_same_fields_stay_headings(under: tuple[str, str]) -> None:
    doc = parse_text(f"第1 分野\n\n1. 該当する品目\n{under[0]}2. 特定の理由\n{under[1]}")
    assert heads(doc) == [(1, "分野"), (2, "該当する品目"), (2, "特定の理由")]


@pytest.mark.parametrize(
    "separator",
    # a line, a form's number, a titled part, a part under a rule: none is a subsection a list could go in
    ["付属資料", "様式3-1", "別添", "【付属資料】", "◆ 別添資料", "第2部　付属資料", "付属資料\n━━━━━━"],
)
def test_chapters_numbered_again_after_a_standalone_part_title_stay_chapters(separator: str) -> None:
    doc = parse_text(
        "1. 事業の名称\n\n漆器の里づくり\n\n2. 事業の骨子\n\n(1) 期間\n\n5年間\n\n(2) 実施者\n\n漆の谷村\n\n"
        f"{separator}\n\n1. 漆器産地の歩み\n\n塗師は9人いる。\n\n2. 職人からの声\n\n木地の調達が難しい。\n"
    )
    assert heads(doc)[-2:] == [(1, "漆器産地の歩み"), (1, "職人からの声")]


def test_a_subsection_number_written_twice_after_a_bracketed_heading_stays_a_heading() -> None:
    # a draft that numbers two subsections （３） by mistake, with a 【】 heading between them: the bracketed heading
    # has no number, so it does not make the （）numbers a deeper list's
    text = ("1. 産地の姿\n\n（３）窯元の数\n\n窯元は二十軒あります。\n\n【参考】\n\n組合の名簿によります。\n\n"
            "（３）職人の数\n\n職人は六十人です。\n")
    assert [h for _, h in heads(parse_text(text))] == ["産地の姿", "窯元の数", "参考", "職人の数"]


def test_a_number_that_goes_back_but_not_to_one_starts_no_list() -> None:
    # a list starts at its first number: a subsection number repeated under a new parent (（３） under ① and again under
    # ②) is a heading numbered by mistake or per parent, not the start of a list
    text = ("1. 産地の課題\n\n（１）概要\n\n産地の概要です。\n\n（２）分野\n\n①人材\n\n（３）育成\n\n研修を行います。\n\n"
            "②設備\n\n（３）更新\n\n機械を更新します。\n")
    assert [h for _, h in heads(parse_text(text))][-2:] == ["設備", "更新"]


def test_a_record_whose_labels_carry_a_bracketed_note_is_still_a_sibling_record() -> None:
    doc = parse_text(
        "第2 数値目標\n\n"
        "（１） 観光消費額\n  ・ 現在（2025年）：なし\n  ・ 目標値：12億円（2031年）\n"
        "（２） 宿泊者数\n  ・ 現在：3万人（2025年）\n  ・ 目標値：5万人（2031年）\n"
    )
    assert heads(doc) == [(1, "数値目標")]
    entries = section(doc, "数値目標").blocks
    assert [e.text for e in entries] == ["観光消費額", "宿泊者数"]
    assert [c.text for c in entries[0].children] == ["現在（2025年）：なし", "目標値：12億円（2031年）"]
