"""Each layout transform of benchmarks/layout_variants.py changes only the layout: read back, the draft says the same.

The draft is a small one of our own; every transform must apply to it (change it) and, written out and read back,
keep what it says: the same headings at the same levels with the same numbers, the same entries, the same
label/value pairs, the same table records, the same text up to digit width, the same sentences.
"""

from __future__ import annotations

import unicodedata

import pytest

from benchmarks.layout_variants import HEADING_STYLES, TRANSFORMS
from chiiki_mirai.readers.doctree import Document, KeyValue, ListItem, Paragraph, Table, parse_document
from chiiki_mirai.readers.doctree.numbering import number_value
from chiiki_mirai.readers.doctree.render import text_can_say, to_markdown, to_text

SMALL = """# 港町みらい水産加工プラン（素案）

## 1 支援する分野

### ① 分野

- 冷凍すり身の高付加価値化
- 加工残さの飼料化
  - 魚粉の地元利用

### ② 特定の理由

町の水揚げは年12,000トンである。加工の8割は町外で行われている。

## 2 核となる事業者

| 項目 | 内容 |
|---|---|
| 事業者名 | 港町水産株式会社 |
| 従業員数 | 85人 |

## 3 目標

| 指標 | 現状（2025年度） | 目標（2030年度） |
|---|---|---|
| 域内加工率 | 20% | 45% |
| 加工品出荷額 | 30億円 | 52億円 |

担当部署：産業振興課
確認の周期：半期ごと
"""


def _doc() -> Document:
    return parse_document(SMALL, "markdown")


def _read_back(doc: Document, fmt: str) -> Document:
    if fmt == "text":
        assert text_can_say(doc)
        return parse_document(to_text(doc), "text")
    return parse_document(to_markdown(doc), "markdown")


def _headings(doc: Document) -> list[tuple[int, str, int | None]]:
    return [(s.level, s.heading, number_value(s.number.strip("第章.．()（）【】")) if s.number else None)
            for s, _ in doc.walk()]


def _entries(doc: Document) -> list[tuple[int, str]]:
    out: list[tuple[int, str]] = []

    def go(it: ListItem, depth: int) -> None:
        out.append((depth, it.text.strip("\u3000")))
        for c in it.children:
            go(c, depth + 1)

    for _, b in doc.blocks():
        if isinstance(b, ListItem):
            go(b, 1)
    return out


def _lines(doc: Document, heading: str) -> list[str]:
    """The texts of one section's entries and paragraphs, in order, whatever their nesting."""
    sec = next(bs for s, bs in doc.walk() if s.heading == heading)
    return [t.strip("\u3000") for b in sec for t in b.plain().split("\n") if isinstance(b, (ListItem, Paragraph))]


def _pairs(doc: Document) -> list[tuple[str, str]]:
    out: list[tuple[str, str]] = []
    for _, b in doc.blocks():
        if isinstance(b, KeyValue):
            out.append((b.key, b.value))
        elif isinstance(b, Table) and len(b.cells[0]) == 2:
            out.extend((r["項目"], r["内容"]) for r in b.records if "項目" in r)
    return out


def _records(doc: Document) -> list[tuple]:
    return [tuple(tuple(sorted(r.items())) for r in b.records) for _, b in doc.blocks() if isinstance(b, Table)]


def _words(doc: Document) -> str:
    text = "".join(s.heading + "".join(b.plain() for b in bs) for s, bs in doc.walk())
    return "".join(unicodedata.normalize("NFKC", text).split())


@pytest.mark.parametrize("fmt", ["markdown", "text"])
@pytest.mark.parametrize("style", sorted(HEADING_STYLES))
def test_heading_styles_keep_every_heading_level_and_number(style: str, fmt: str) -> None:
    doc = _doc()
    new = TRANSFORMS[f"heading_{style}"](doc)
    assert new != doc
    assert _headings(_read_back(new, fmt)) == _headings(doc)


def test_a_heading_style_used_by_a_deeper_level_is_not_applied() -> None:
    # subsections numbered 「（1）」: top-level 「(1)」 would put both on one level
    deeper = parse_document(SMALL.replace("### ①", "### （1）").replace("### ②", "### （2）"), "markdown")
    assert TRANSFORMS["heading_paren"](deeper) == deeper
    assert TRANSFORMS["heading_dot"](deeper) != deeper


@pytest.mark.parametrize("fmt", ["markdown", "text"])
@pytest.mark.parametrize("name", ["bullets_dot", "bullets_diamond", "bullets_circle"])
def test_bullet_marks_keep_every_entry_and_its_nesting(name: str, fmt: str) -> None:
    doc = _doc()
    new = TRANSFORMS[name](doc)
    assert new != doc and TRANSFORMS["bullets_dash"](new) == doc
    assert _entries(_read_back(new, fmt)) == _entries(doc)


@pytest.mark.parametrize("fmt", ["markdown", "text"])
def test_entries_without_marks_keep_every_entry_on_its_own_line(fmt: str) -> None:
    doc = _doc()
    new = TRANSFORMS["bullets_none"](doc)
    assert new != doc
    assert _lines(_read_back(new, fmt), "分野") == [t for _, t in _entries(doc)]


@pytest.mark.parametrize("fmt", ["markdown", "text"])
def test_a_label_value_table_and_label_lines_say_the_same_pairs(fmt: str) -> None:
    doc = _doc()
    lines = TRANSFORMS["table_to_lines"](doc)
    table = TRANSFORMS["lines_to_table"](doc)
    assert lines != doc and table != doc
    assert _pairs(_read_back(lines, fmt)) == _pairs(doc)
    assert sorted(_pairs(_read_back(table, fmt))) == sorted(_pairs(doc))


@pytest.mark.parametrize("fmt", ["markdown", "text"])
def test_a_transposed_table_keeps_its_records(fmt: str) -> None:
    doc = _doc()
    new = TRANSFORMS["table_transpose"](doc)
    assert new != doc
    back = _read_back(new, fmt)
    assert [t.orientation for _, t in back.blocks() if isinstance(t, Table)] == ["rows", "columns"]
    assert _records(back) == _records(doc)


@pytest.mark.parametrize("fmt", ["markdown", "text"])
def test_digit_width_changes_nothing_but_the_width(fmt: str) -> None:
    doc = _doc()
    wide = TRANSFORMS["digits_wide"](doc)
    assert wide != doc and "１２，０００" in to_markdown(wide)
    assert _words(_read_back(wide, fmt)) == _words(doc)
    narrow = TRANSFORMS["digits_narrow"](wide)
    assert _words(_read_back(narrow, fmt)) == _words(doc)


@pytest.mark.parametrize("fmt", ["markdown", "text"])
def test_sentences_split_and_joined_keep_the_text(fmt: str) -> None:
    doc = _doc()
    split = TRANSFORMS["sentences_split"](doc)
    assert split != doc
    assert _words(_read_back(split, fmt)) == _words(doc)
    joined = TRANSFORMS["sentences_joined"](split)
    assert _read_back(joined, fmt).outline()["sections"] == doc.outline()["sections"]


def test_every_header_the_reader_takes_as_label_and_value_turns_into_label_lines() -> None:
    """The variant turns a 2-column table into label lines exactly when the reader reads its header as label | value
    (readers/doctree/tables.GENERIC_HEADERS): 「名称 | 値」 as much as 「項目 | 内容」."""
    doc = parse_document("# 試しの計画\n\n| 名称 | 値 |\n|---|---|\n| 計画期間 | 令和9年度～令和13年度 |\n", "markdown")
    new = TRANSFORMS["table_to_lines"](doc)
    assert [(b.key, b.value) for _, b in new.blocks() if isinstance(b, KeyValue)] == [("計画期間", "令和9年度～令和13年度")]
