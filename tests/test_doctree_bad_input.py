"""Linear, bounded reading: pathological inputs each parse in bounded time (a quadratic reading of them would take
minutes; the speed itself is measured by benchmarks/bench_doctree.py, not here)."""

from __future__ import annotations

import io
import time
from collections.abc import Callable

import docx
import pytest
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls

from chiiki_mirai.core.text.numbers import arabic_numerals
from chiiki_mirai.readers.doctree import ListItem, Table, parse_docx, parse_markdown, parse_text
from chiiki_mirai.readers.doctree.limits import MAX_LIST_DEPTH
from chiiki_mirai.readers.statements.commitment import departments

# seconds of this process's CPU time (the machine is shared: wall time varies with load); far above the ~1 s they take,
# far below what a quadratic step would cost, so that load never fails them and a blow-up always does
LIMIT = 8.0


def timed(fn: Callable, data):  # noqa: ANN001, ANN201
    start = time.process_time()
    doc = fn(data)
    elapsed = time.process_time() - start
    assert elapsed < LIMIT, f"{fn.__name__} took {elapsed:.2f}s"
    return doc


PARSERS = [parse_text, parse_markdown]

KANJI_LINE = "一二三四五六七八九十百千万億兆" * 70_000  # about 1 MB on one line
KPI_LINE = "KPI：設備投資額100億円、" * 200_000  # 3 MB on one line
BRACKETS = "（" * 1_000_000
SHORT_LINES = "".join(f"{i}行目の短い行\n" for i in range(50_000))


@pytest.mark.parametrize("parse", PARSERS)
@pytest.mark.parametrize("data", [KANJI_LINE, KPI_LINE, BRACKETS], ids=["kanji", "kpi", "brackets"])
def test_megabyte_lines(parse: Callable, data: str) -> None:
    doc = timed(parse, data)
    assert sum(len(b.plain()) for _, b in doc.blocks()) + len(doc.title or "") >= len(data) - 10


@pytest.mark.parametrize("unit", ["十億円、", "（百万円）", "二十億円（千円）"])
def test_kanji_numerals_on_a_half_megabyte_line_are_written_in_digits_in_linear_time(unit: str) -> None:
    text = unit * (500_000 // len(unit))
    assert timed(arabic_numerals, text).endswith(unit[-1])


def test_an_unclosed_bracket_of_pending_words_names_no_department_in_linear_time() -> None:
    # 「（調整中調整中…」 never closes: a note open to any length would be tried from every pending word inside it
    assert timed(departments, "担当：（" + "調整中" * 40_000) == []


@pytest.mark.parametrize("parse", PARSERS)
def test_fifty_thousand_short_lines(parse: Callable) -> None:
    doc = timed(parse, SHORT_LINES)
    assert sum(1 for _ in doc.blocks()) >= 1


@pytest.mark.parametrize("parse", PARSERS)
def test_one_paragraph_hard_wrapped_over_fifty_thousand_lines(parse: Callable) -> None:
    src = "".join(f"これは折り返された長い段落の一部で{i:05d}行目にあたる\n" for i in range(50_000))
    doc = timed(parse, src)
    assert len(doc.preamble) == 1 and len(doc.preamble[0].text) == len(src) - 50_000


@pytest.mark.parametrize("unit", ["*a", "[a](", "<a", "\\", "&", "_a_", "**太字** [x](y)"])
def test_inline_markup_everywhere(unit: str) -> None:
    doc = timed(parse_markdown, unit * (1_000_000 // len(unit)))
    assert doc.warnings


def test_inline_markup_in_every_paragraph() -> None:
    doc = timed(parse_markdown, "**太字** と [リンク](x)\n\n" * 25_000)
    assert len(doc.preamble) == 25_000 - 1 and doc.warnings


@pytest.mark.parametrize("parse", PARSERS)
def test_too_many_lines_are_refused_before_reading(parse: Callable) -> None:
    with pytest.raises(ValueError, match="too many lines"):
        timed(parse, "\n" * 5_000_000)


def test_fifty_thousand_numbered_headings() -> None:
    doc = timed(parse_text, "".join(f"({i % 40 + 1}) 見出し{i}\n本文。\n" for i in range(25_000)))
    assert sum(1 for _ in doc.walk()) == 25_000


@pytest.mark.parametrize("parse", PARSERS)
def test_two_thousand_column_markdown_table(parse: Callable) -> None:
    cols = 2000
    src = (
        "| " + " | ".join(f"列{i}" for i in range(cols)) + " |\n"
        "|"
        + "---|" * cols
        + "\n"
        + "".join("| " + " | ".join(str(i) for i in range(cols)) + " |\n" for _ in range(5))
    )
    doc = timed(parse, src)
    t = next(b for _, b in doc.blocks() if isinstance(b, Table))
    assert len(t.cells[0]) == cols and len(t.records) == 5


def test_two_thousand_column_word_table() -> None:
    cols, rows = 2000, 4
    cells = "".join(
        "<w:tr>"
        + "".join(f"<w:tc><w:p><w:r><w:t>{r}-{c}</w:t></w:r></w:p></w:tc>" for c in range(cols))
        + "</w:tr>"
        for r in range(rows)
    )
    d = docx.Document()
    d.add_paragraph("幅の広い表")
    d.element.body.insert(1, parse_xml(f"<w:tbl {nsdecls('w')}>{cells}</w:tbl>"))
    buf = io.BytesIO()
    d.save(buf)
    doc = timed(parse_docx, buf.getvalue())
    t = doc.preamble[0]
    assert isinstance(t, Table) and len(t.cells[0]) == cols and t.cells[3][1999] == "3-1999"


def _depth(doc) -> int:  # noqa: ANN001
    best, stack = 0, [(b, 1) for _, b in doc.blocks() if isinstance(b, ListItem)]
    while stack:
        item, d = stack.pop()
        best = max(best, d)
        stack.extend((c, d + 1) for c in item.children)
    return best


def test_thousand_level_markdown_list_is_capped() -> None:
    doc = timed(parse_markdown, "".join("  " * i + f"- 項目{i}\n" for i in range(1000)))
    assert _depth(doc) <= MAX_LIST_DEPTH and doc.warnings


def test_thousand_level_text_list_is_capped() -> None:
    doc = timed(parse_text, "".join("\u3000" * i + f"・項目{i}\n" for i in range(1000)))
    assert _depth(doc) == MAX_LIST_DEPTH and doc.warnings
    assert sum(1 for _ in doc.blocks()) == 1


def test_thousand_level_word_list_is_capped() -> None:
    from docx.shared import Twips

    d = docx.Document()
    for i in range(1000):
        d.add_paragraph(f"・項目{i}").paragraph_format.left_indent = Twips(420 * i)
    buf = io.BytesIO()
    d.save(buf)
    doc = timed(parse_docx, buf.getvalue())
    assert _depth(doc) == MAX_LIST_DEPTH


def test_thousand_nested_headings_are_capped() -> None:
    from chiiki_mirai.readers.doctree.limits import MAX_SECTION_DEPTH

    styles = [
        "1.",
        "(1)",
        "①",
        "ア",
        "(ア)",
        "ｱ",
        "a.",
        "(a)",
        "i.",
        "一、",
        "（一）",
        "第1",
        "【1】",
        "1-1",
        "Ⅰ",
    ]
    text = "\n\n".join(f"{s} 見出し{k}" for k, s in enumerate(styles * 60))
    doc = timed(parse_text, text)
    assert max(s.level for s, _ in doc.walk()) == MAX_SECTION_DEPTH


def test_binary_garbage_as_text_and_markdown() -> None:
    garbage = bytes(range(256)).decode("latin-1") * 2000
    for parse in PARSERS:
        timed(parse, garbage)
