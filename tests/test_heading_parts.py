"""Headings in an office's own words: several items joined in one heading, a sub-heading read by the noun it ends
in, a numbered chapter named by its number and a sub-heading, a label that is both a section's and its item's
name (readers/heading_parts.py, readers/outline.py). Wording written for these tests."""

from __future__ import annotations

import pytest

from chiiki_mirai.readers import kbview, read_bytes
from chiiki_mirai.readers.heading_parts import head_match, item_nouns, named_items, split_parts
from chiiki_mirai.readers.outline import label_match


def _targets(plan_type: str) -> list:
    return list(kbview.targets(plan_type))


@pytest.mark.parametrize(
    ("heading", "parts"),
    [
        ("(2) 中心となる企業と選定の理由", ("中心となる企業", "選定の理由")),  # the と of 「となる」 joins nothing
        ("勝ち筋及び取組の具体像", ("勝ち筋", "取組の具体像")),
        ("地域へのインパクト、目指すべき姿", ("地域へのインパクト", "目指すべき姿")),
        ("対象とする製品", ("対象とする製品",)),
        ("課題と講じる政策", ("課題", "講じる政策")),
    ],
)
def test_a_heading_is_cut_where_its_words_are_joined(heading: str, parts: tuple[str, ...]) -> None:
    assert split_parts(heading) == parts


@pytest.mark.parametrize(
    ("plan_type", "heading", "section", "found"),
    [
        ("B", "中心となる企業と選定の理由", "B.2", ("B.2", ["B.2.2", "B.2.3"])),
        ("C", "勝ち筋と取組の具体像", None, ("C.4", ["C.4.1", "C.4.2"])),
        ("A", "数値目標（KGI）と進捗管理指標（KPI）", None, ("A.5", ["A.5.1", "A.5.2"])),  # notes name the items
        ("B", "課題と講じる政策", None, ("B.5", ["B.5.1", "B.5.2"])),
        # items of two sections, one item, or a wording of one 記載項目 (the template's): no merge
        ("B", "地域へのインパクト、目指すべき姿", "B.4", None),
        # a bare noun after a modified one shares its modifier: 中心となる区域 and 中心となる企業
        ("B", "中心となる区域と企業", None, ("B.2", ["B.2.1", "B.2.2"])),
        ("C", "核となる地区と事業主体", None, ("C.2", ["C.2.1", "C.2.2"])),
        ("B", "核となる地域と企業", None, ("B.2", ["B.2.2"])),  # 核となる地域 already names the section
        # a noun no item is named by does not borrow the modifier: 「核となる」 alone names nothing
        ("B", "核となる地域と産業", None, None),
        ("B", "中心となる地域と産業", None, None),
        ("B", "KPI及び撤退基準", "B.5", None),
        ("B", "勝ち筋の特定と投資の具体像", None, None),
    ],
)
def test_the_items_a_merged_heading_names(plan_type: str, heading: str, section: str | None, found) -> None:  # noqa: ANN001
    assert named_items(heading, _targets(plan_type), section) == found


@pytest.mark.parametrize(
    ("plan_type", "heading", "section", "item"),
    [
        ("C", "育てていく製品", "C.1", "C.1.1"),
        ("B", "計画を牽引する企業", "B.2", "B.2.2"),
        ("C", "この顔ぶれを選んだ理由", "C.2", "C.2.3"),
        ("B", "数字の根拠", "B.3", "B.3.3"),
        ("B", "育てていく製品", None, None),  # no section known: the head alone says nothing
        ("B", "地域への効果", "B.4", None),  # 効果 ends no item's wording
    ],
)
def test_a_sub_heading_read_by_the_noun_it_ends_in(plan_type: str, heading: str, section, item) -> None:  # noqa: ANN001
    got = head_match(heading, _targets(plan_type), section)
    assert (got.id if got else None) == item


def test_the_nouns_of_an_item_leave_out_the_words_every_item_shares() -> None:
    total = next(t for t in _targets("A") if t.id == "A.3.4")
    assert {"総額"} <= item_nouns(total.wordings)
    assert "計画" not in item_nouns(next(t for t in _targets("A") if t.id == "A.5").wordings)


def test_a_label_that_is_a_section_name_and_its_item_heading_is_the_item_but_a_near_miss_is_not() -> None:
    targets = _targets("B")
    assert label_match("投資促進に向けた課題", targets, None).target.id == "B.5.1"
    m = label_match("計画の類型", _targets("A"), None)
    assert m is None or m.target.parent is None or m.score < 78


def _report(text: str):  # noqa: ANN202
    return read_bytes("draft.md", text.encode("utf-8"))[1]


def test_a_numbered_chapter_in_its_own_words_is_the_section_its_number_and_a_sub_heading_agree_on() -> None:
    report = _report(
        "類型：B\n\n"
        "## 3 これまでと、これから\n\n### いまの姿\n県内の出荷額は約300億円である。\n\n"
        "### 目指す姿と目標\n令和12年度に出荷額500億円とする。\n"
    )
    assert report.sections.get("B.3.1") == "いまの姿"
    assert "B.3" in report.found


def test_a_chapter_numbered_as_a_section_but_naming_another_sections_items_is_not_it() -> None:
    report = _report("類型：B\n\n## 3 ものづくりの顔ぶれ\n\n### 計画を牽引する企業\n潮見精工株式会社（従業員480名）。\n")
    assert "B.3" not in report.found


def test_the_entries_under_a_heading_joining_the_area_and_the_operators_are_the_operators() -> None:
    plan = read_bytes(
        "draft.md",
        (
            "類型：C\n策定主体：高知県山峡町\n\n## 1. 支援する分野\n\n柚子の加工品。\n\n"
            "## 2. 中心となる地区と事業主体\n\n中心となる地区は町の北部の川沿いである。\n\n"
            "- 山峡ゆず加工株式会社（従業員25人）：果汁と皮の加工\n"
            "- 北川柚子生産組合（組合員60戸）：原料の生産と集荷\n"
        ).encode(),
    )[0]
    names = [c.name for c in plan.core_companies]
    assert any("ゆず加工" in n for n in names) and any("生産組合" in n for n in names), names


def test_a_sentence_naming_an_item_of_its_section_without_a_comma_writes_that_item() -> None:
    report = _report(
        "類型：B\n\n## 3. 現状と目指す姿\n\n### 現状の整理\n県内の出荷額は約300億円である。\n\n"
        "### 目指す姿\n令和12年度に出荷額500億円とする。\n"
        "目標設定の根拠は主要企業の増産計画の積み上げである。\n"
    )
    assert "B.3.3" in report.sections


def test_under_a_heading_joining_the_area_and_the_operators_the_entries_labelled_as_the_area_are_no_operators() -> None:
    plan = read_bytes(
        "draft.md",
        (
            "類型：C\n策定主体：高知県山峡町\n\n## 1. 支援する分野\n\n柚子の加工品。\n\n"
            "## 2. 中心となる地区と事業主体\n\n- (1) 中心となる地区\n  - 北川地区（旧北川村）、東谷地区（旧東谷村）\n"
            "- (2) 中心となる事業主体\n  - 山峡ゆず加工株式会社（従業員25人）\n"
        ).encode(),
    )[0]
    names = [c.name for c in plan.core_companies]
    assert not any("地区" in n for n in names), names
    assert any("ゆず加工" in n for n in names), names


def test_the_entries_under_a_heading_joining_the_area_and_the_industry_are_no_operators() -> None:
    plan = read_bytes(
        "draft.md",
        ("類型：B\n策定主体：山峡町\n\n## 2. 核となる地域と産業\n\n- 木材の乾燥加工（製材、集成材）\n").encode(),
    )[0]
    assert not any("乾燥加工" in c.name for c in plan.core_companies), plan.core_companies


def test_a_sentence_listed_under_a_heading_joining_the_area_and_the_operators_is_no_operator() -> None:
    plan = read_bytes(
        "draft.md",
        (
            "類型：C\n策定主体：高知県山峡町\n\n## 1. 支援する分野\n\n木材の加工品。\n\n"
            "## 2. 中心となる地区と事業主体\n\n"
            "- 山峡製材株式会社（従業員30人）：製材と乾燥\n"
            "- 森林組合が原木の供給を担う\n"
        ).encode(),
    )[0]
    names = [c.name for c in plan.core_companies]
    assert any("山峡製材" in n for n in names), names
    assert not any("原木の供給" in n for n in names), names
