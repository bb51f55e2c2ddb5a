"""A PDF line's glyph positions read back as the spaces the writer typed: a table typed with runs of spaces
or tabs keeps its column gaps, one full-width space stays one, a ligature glyph counts once, and rows that
a rendering collapsed to single spaces are columns again. Lines are built glyph by glyph (10 pt, x from
the left margin) as pdfplumber gives them."""

from __future__ import annotations

import pytest

from chiiki_mirai.readers.pdf_gaps import (
    TabStops,
    distinct_glyphs,
    find_tab_stops,
    line_text,
    single_spaces,
    spaced_rows,
    typed_columns,
)

SIZE = 10.0
LEFT = 56.8
HALF = 0.2559  # one half-width space of the body font, in em (LibreOffice, Noto Serif CJK)


def glyphs(*parts: str | float, x: float = LEFT) -> list[dict]:
    """Glyphs from words and gaps: a string is set glyph by glyph (kanji and kana a full em, ASCII half an
    em), a number is a gap in em before the next word."""
    out: list[dict] = []
    for part in parts:
        if isinstance(part, float | int):
            x += part * SIZE
            continue
        for ch in part:
            width = SIZE * (0.5 if ch.isascii() else 1.0)
            out.append({"text": ch, "x0": x, "x1": x + width, "size": SIZE})
            x += width
    return out


def test_a_ligature_glyph_listed_once_per_character_counts_once() -> None:
    # LibreOffice draws three 「―」 as one glyph; pdfplumber lists it once for each character it stands for
    bar = {"text": "―――", "x0": LEFT, "x1": LEFT + 30, "size": SIZE}
    rest = {"text": "―", "x0": LEFT + 30, "x1": LEFT + 40, "size": SIZE}
    listed = [bar, bar, bar, rest]
    assert line_text(listed) == "――――――――――"
    assert line_text(distinct_glyphs(listed)) == "――――"


@pytest.mark.parametrize(
    ("parts", "columns", "text"),
    [
        # a spreadsheet pasted as text: runs of 3 to 22 half-width spaces between the columns
        (
            ("事業者名", 22 * HALF, "所在", 3 * HALF, "区分", 8 * HALF, "従業者"),
            True,
            "事業者名\u3000\u3000\u3000\u3000所在\u3000\u3000区分\u3000\u3000従業者",
        ),
        # a label and its value after one full-width space, then a column gap: the full-width space stays one
        (
            ("KGI①", 1.0, "官民設備投資額（累計）", 2.0, "1,200億円"),
            True,
            "KGI①\u3000官民設備投資額（累計）\u3000\u30001,200億円",
        ),
        # prose with two full-width spaces of one em each is no table
        (
            ("ア", 1.0, "設備投資の支援", 1.0, "両町村が補助する。"),
            False,
            "ア\u3000設備投資の支援\u3000両町村が補助する。",
        ),
        # one half-width space between words, and the ~0.2 em a word processor sets between kanji and digits
        (("商工労働部", HALF, "産業立地課", 0.2, "2", 0.2, "名"), False, "商工労働部 産業立地課2名"),
    ],
)
def test_typed_table_rows_keep_their_column_gaps(parts: tuple, columns: bool, text: str) -> None:
    chars = glyphs(*parts)
    assert typed_columns(chars) is columns
    assert line_text(chars) == text


def test_tab_stops_of_a_document_typed_with_tabs() -> None:
    step = 35.433  # LibreOffice's default tab stops (1.25 cm)
    rows = [
        # words ending anywhere, the next column starting on a stop
        glyphs("必須", x=LEFT)
        + glyphs("官民設備投資額", x=LEFT + 2 * step)
        + glyphs("約18億円", x=LEFT + 8 * step),
        glyphs("独自", x=LEFT)
        + glyphs("県内加工の割合", x=LEFT + 2 * step)
        + glyphs("約58％", x=LEFT + 7 * step),
    ]
    stops = find_tab_stops([(1, r) for r in rows], {1: LEFT}, SIZE)
    assert stops is not None and abs(stops.step - step) < 0.01
    # a gap of about one em that ends on a stop is a tab; so is a narrow gap between two kanji
    one_em = (
        glyphs("割合", x=LEFT + 7 * step - 30)
        + glyphs("75％", x=LEFT + 7 * step)
        + glyphs("年", x=LEFT + 9 * step)
    )
    assert "割合\u3000\u300075％" in line_text(one_em, page=1, stops=stops)
    narrow = (
        glyphs("必須", x=LEFT)
        + glyphs("人材育成数", x=LEFT + 5 * step - 51.8)
        + glyphs("―", x=LEFT + 5 * step)
        + glyphs("累計", x=LEFT + 8 * step)
    )
    assert "人材育成数\u3000\u3000―" in line_text(narrow, page=1, stops=stops)
    # a digit that happens to stand on a stop after the kanji–digit spacing is no tab
    digit = (
        glyphs("累計", x=LEFT + 4 * step - 22)
        + glyphs("350人", x=LEFT + 4 * step)
        + glyphs("担当", x=LEFT + 9 * step)
    )
    assert line_text(digit, page=1, stops=stops).startswith("累計350人")


def test_no_tab_stops_when_the_gaps_end_anywhere() -> None:
    rows = [glyphs("指標", 2.3, "現状", 1.7, "目標"), glyphs("売上高", 3.1, "４億円", 1.45, "７億円")]
    assert find_tab_stops([(1, r) for r in rows], {1: LEFT}, SIZE) is None
    assert TabStops(36.0, {1: LEFT}).at(1, LEFT + 72.3)


@pytest.mark.parametrize(
    ("counts", "rows"),
    [
        ([0, 5, 5, 7, 5, 0], {1, 2, 4}),  # a header and rows; a row with spaces inside a name is left alone
        ([0, 6, 6, 1, 6, 6, 0], {1, 2, 4, 5}),  # a long row wrapped onto a line of its own
        ([7, 7, 6, 0, 6, 0, 6, 7], {0, 1, 2, 4, 6, 7}),  # rows whose last cell wrapped have one space fewer
        ([2, 2, 0, 0, 2], set()),  # two lines with spaces are no table
        ([1, 1, 1, 1], set()),  # one space a line: words, not columns
    ],
)
def test_rows_whose_column_gaps_collapsed_to_single_spaces(counts: list[int], rows: set[int]) -> None:
    assert spaced_rows(counts) == rows


def test_a_spaced_row_is_written_with_column_gaps() -> None:
    row = glyphs("雪見湯治パス", HALF, "―", HALF, "1,500枚", HALF, "商工会")
    assert line_text(row, spaced=True) == "雪見湯治パス\u3000\u3000―\u3000\u30001,500枚\u3000\u3000商工会"
    assert line_text(row) == "雪見湯治パス ― 1,500枚 商工会"


@pytest.mark.parametrize(
    ("parts", "spaces"),
    [
        (("指標", HALF, "現状", HALF, "目標"), 2),
        (("■", HALF, "必須KGI", HALF, "官民設備投資額", HALF, "18,500百万円"), 0),  # a list entry
        (("官民設備投資額：2035年度", HALF, "単年度", HALF, "18,500百万円"), 0),  # a labelled value
    ],
)
def test_single_spaces_count_in_table_rows_only(parts: tuple, spaces: int) -> None:
    assert single_spaces(glyphs(*parts)) == spaces


def test_a_tab_between_a_kanji_and_a_digit_is_told_from_their_usual_spacing() -> None:
    stops = TabStops(35.433, {1: LEFT})
    stop = LEFT + 6 * 35.433
    # the tab left 0.38 em before the next column; a kanji and a digit are ~0.2 em apart
    row = glyphs("売上高") + glyphs("3億円", x=stop - 3.8 - 25) + glyphs("5億円", x=stop)
    assert line_text(row, page=1, stops=stops).endswith("3億円\u3000\u30005億円")
    usual = glyphs("売上高") + glyphs("3億円", x=stop - 2.0 - 25) + glyphs("5億円", x=stop)
    assert line_text(usual, page=1, stops=stops).endswith("3億円5億円")  # no tab, no space
