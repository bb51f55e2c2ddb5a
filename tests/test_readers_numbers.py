"""Numbers, units, kanji numerals and 和暦 as planners write them."""

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from kanjize import number2kanji

from chiiki_mirai.core.text.numbers import find_fiscal_years, find_quantities, to_number
from chiiki_mirai.readers.headings import best_match, clean_heading, split_numbering
from chiiki_mirai.readers.kbview import targets


@pytest.mark.parametrize(
    ("text", "value", "unit"),
    [
        ("投資額120億円", 1.2e10, "円"),
        ("１，２００万円", 1.2e7, "円"),
        ("500千円", 5e5, "円"),
        ("3,000円", 3000, "円"),
        ("三十億円", 3e9, "円"),
        ("1億2千万円", 1.2e8, "円"),
        ("２．７億円", 2.7e8, "円"),
        ("年間400人", 400, "人"),
        ("従業員35名", 35, "人"),
        ("12万人泊", 120000, "人泊"),
        ("組合員42社", 42, "社"),
        ("商談12件", 12, "件"),
        ("シェア40％", 40, "%"),
        ("調達を5割に", 50, "%"),
        ("30ha", 30, "ha"),
        ("年産100MW", 100, "MW"),
        ("5千トン", 5000, "トン"),
    ],
)
def test_units_are_normalised(text, value, unit):
    q = find_quantities(text)
    assert q, text
    assert q[0].value == pytest.approx(value)
    assert q[0].unit == unit


def test_words_are_not_numbers():
    assert find_quantities("一人当たり付加価値労働生産性") == []
    assert find_quantities("2035年度に") == []


@pytest.mark.parametrize(
    ("text", "years"),
    [
        ("令和8年度", [2026]),
        ("R8年度", [2026]),
        ("令和元年度", [2019]),
        ("平成30年", [2018]),
        ("令和８年度から令和１２年度まで", [2026, 2030]),
        ("2026年度〜2030年度", [2026, 2030]),
        ("令和十年度", [2028]),
    ],
)
def test_wareki_and_western_years(text, years):
    assert [y.fy for y in find_fiscal_years(text)] == years


@given(st.integers(min_value=1, max_value=10**12))
def test_kanji_numerals_round_trip(n):
    assert to_number(number2kanji(n)) == n


@settings(deadline=None)
@given(st.text(max_size=200))
def test_number_readers_never_crash(text):
    find_quantities(text)
    find_fiscal_years(text)
    to_number(text)


@settings(deadline=None)
@given(st.text(max_size=120))
def test_heading_matcher_never_crashes(text):
    split_numbering(text)
    clean_heading(text)
    best_match(text, list(targets("B")), "B.1", 1)


@pytest.mark.parametrize(
    ("text", "style", "number", "rest"),
    [
        ("1. 概要", "dot", 1, "概要"),
        ("1 概要", "space", 1, "概要"),
        ("１．概要", "dot", 1, "概要"),
        ("(2) 概要", "paren", 2, "概要"),
        ("（3）概要", "paren", 3, "概要"),
        ("④ 概要", "circled", 4, "概要"),
        ("Ⅲ 概要", "roman", 3, "概要"),
        ("第2　概要", "dai", 2, "概要"),
        ("第三章 概要", "dai", 3, "概要"),
        ("ウ　概要", "kata", 3, "概要"),
        ("(イ) 概要", "paren_kata", 2, "概要"),
        ("1.2 概要", "decimal1", 2, "概要"),
    ],
)
def test_numbering_styles(text, style, number, rest):
    n = split_numbering(text)
    assert (n.style, n.number, n.rest) == (style, number, rest)


def test_sentences_starting_with_years_are_not_numbered():
    assert split_numbering("2030年までに拡大する").style is None
    assert split_numbering("1,200名の雇用").style is None


@pytest.mark.parametrize(
    ("heading", "expected"),
    [
        ("4 勝ち筋の特定と定量的なインパクト【道筋】", "B.4"),
        ("勝ち筋の特定と投資の具体像", "B.4"),
        ("第3　当該分野の現状認識と目指すべき姿", "B.3"),
        ("伴走支援体制", "B.commitment"),
        ("(2) 計画推進の核となる企業", "B.2.2"),
    ],
)
def test_headings_match_both_wordings(heading, expected):
    m = best_match(heading, list(targets("B")), None, split_numbering(heading).number)
    assert m is not None and m.target.id == expected


def test_same_heading_is_placed_by_context():
    tg = list(targets("B"))
    assert best_match("(2) 特定の理由", tg, "B.1", 2).target.id == "B.1.2"
    assert best_match("(3) 特定の理由", tg, "B.2", 3).target.id == "B.2.3"
