"""The PDF normaliser on synthetic layouts: characters a Word PDF carries, running headers and page numbers,
lines broken by the page width, headings by font size, tables cut by a page break."""

from __future__ import annotations

import pytest

from chiiki_mirai.readers.pdf_chars import normalize_chars
from chiiki_mirai.readers.pdf_layout import (
    PdfCell,
    PdfLayout,
    PdfLine,
    PdfPage,
    PdfTable,
    join_cell_lines,
    line_text,
)
from chiiki_mirai.readers.pdf_text import cell_paragraphs, normalise_layout, starts_entry

W, H = 595.0, 842.0
LEFT, RIGHT = 57.0, 540.0


@pytest.mark.parametrize(
    ("raw", "want"),
    [
        ("⽬標値", "目標値"),  # Kangxi radical 目
        ("⼯業⽤⽔", "工業用水"),  # 工, 用, 水 as radicals
        ("⾦額と⼈材", "金額と人材"),
        ("⼾別", "戸別"),  # NFKC gives 戶: the table gives the Japanese form
        ("⾭森", "青森"),
        ("⻑野県", "長野県"),  # a radicals-supplement character NFKC leaves alone
        ("⻝品", "食品"),
        ("福岡‧佐賀", "福岡・佐賀"),
        ("福岡･佐賀", "福岡・佐賀"),
        ("\uf9dc起", "隆起"),  # a CJK compatibility ideograph
        ("①（１）２０３０年度　ＫＰＩ", "①（１）２０３０年度　ＫＰＩ"),  # everything else is left as written
    ],
)
def test_characters(raw: str, want: str) -> None:
    assert normalize_chars(raw) == want


def line(text: str, top: float, page: int = 1, x0: float = LEFT, x1: float | None = None, size: float = 10.5):
    width = x1 if x1 is not None else min(RIGHT, x0 + size * len(text))
    return PdfLine(text, page, x0, width, top, top + size, size)


def layout(*pages: list) -> PdfLayout:
    return PdfLayout(
        pages=[PdfPage(i, W, H, tuple(items)) for i, items in enumerate(pages, start=1)], chars=1000
    )


def body_page(page: int, first: float = 100.0) -> list:
    """Lines that fix the page's margins and line gap (short sentences, one per line)."""
    texts = [
        "本計画は地域の産業を伸ばすものである。",
        "核となる企業は三社である。",
        "目標は次のとおりとする。",
    ]
    return [line(t, first + 16 * i, page) for i, t in enumerate(texts)] + [
        line("右端までの行を置いて本文の右の余白を決める。", first + 48, page, x1=RIGHT)
    ]


def test_broken_line_is_joined_and_a_full_sentence_is_not() -> None:
    lay = layout(
        [
            *body_page(1),
            line(
                "県内には化学・フィルム系の中堅企業と製造装置メーカーが集積し、封止フィルムでは国内シ",
                200,
                x1=RIGHT,
            ),
            line("ェア上位の企業がある。", 216),
            line("次の行は文の終わりで右端に達している文である。", 232, x1=RIGHT),
            line("これは新しい行である。", 248),
        ]
    )
    text = normalise_layout(lay).to_text()
    assert "国内シェア上位の企業がある。" in text
    assert "右端に達している文である。\nこれは新しい行である。" in text


@pytest.mark.parametrize(
    "next_line",
    [
        "(2) 特定の理由",
        "・湖南フィルム化学株式会社",
        "【目標】",
        "第2 計画の区域",
        "１．事業環境の整備",
        "KPI2：商談件数",
    ],
)
def test_broken_line_is_not_joined_to_a_heading_or_list_item(next_line: str) -> None:
    lay = layout(
        [
            *body_page(1),
            line("地域の産業を伸ばすための取組と目標を次のとおり定めて実施していく", 200, x1=RIGHT),
            line(next_line, 216),
        ]
    )
    text = normalise_layout(lay).to_text()
    assert f"\n{next_line}" in text


@pytest.mark.parametrize(
    ("text", "entry"),
    [("1.5倍に拡大する", False), ("2030年度に", False), ("(1) 概要", True), ("① 取組", True)],
)
def test_starts_entry(text: str, entry: bool) -> None:
    assert starts_entry(text) is entry


def test_line_broken_at_a_page_end_goes_on_on_the_next_page() -> None:
    lay = layout(
        [
            *body_page(1),
            line("計画期間の最終年度までに域内の取引額を二倍に引き上げることを目標として", 700, x1=RIGHT),
        ],
        [line("各事業者と協力する。", 80, page=2), *body_page(2, 120)],
    )
    assert "目標として各事業者と協力する。" in normalise_layout(lay).to_text()


def test_running_header_footer_and_page_numbers_are_removed() -> None:
    pages = []
    for n in (1, 2, 3):
        pages.append(
            [
                line("木曽漆器 地場産業成長プラン（素案）", 30, n),
                *body_page(n),
                line(f"- {n} -", 810, n, x0=280),
            ]
        )
    text = normalise_layout(layout(*pages)).to_text()
    assert "木曽漆器 地場産業成長プラン" not in text
    assert "- 2 -" not in text and "- 1 -" not in text
    assert text.count("核となる企業は三社である。") == 3


def test_a_title_on_one_page_only_is_kept() -> None:
    pages = [[line("木曽漆器 地場産業成長プラン（素案）", 30, 1), *body_page(1)], body_page(2), body_page(3)]
    assert "木曽漆器 地場産業成長プラン（素案）" in normalise_layout(layout(*pages)).to_text()


def test_larger_fonts_are_headings_by_size() -> None:
    lay = layout(
        [
            line("地場産業成長プラン", 40, size=20),
            line("1. 地場産業の成長を支援する分野", 80, size=14),
            line("(1) 該当する作物・品種等", 110, size=12),
            *body_page(1, 140),
        ]
    )
    text = normalise_layout(lay).to_text()
    assert "# 地場産業成長プラン\n" in text
    assert "## 1. 地場産業の成長を支援する分野\n" in text
    assert "### (1) 該当する作物・品種等\n" in text


def test_table_cut_by_a_page_break_is_one_table() -> None:
    head = ("KPI", "目標", "撤退基準")
    first = PdfTable(
        (head, ("海外商談件数", "年40件", "2年連続で目標の5割未満なら見")), 1, 600, 780, LEFT, RIGHT
    )
    rest = PdfTable(
        (head, ("", "", "本市出展を見直す"), ("越境EC売上", "0.5億円", "縮小する")), 2, 60, 120, LEFT, RIGHT
    )
    text = normalise_layout(layout([*body_page(1), first], [rest, *body_page(2, 200)])).to_text()
    assert "| KPI | 目標 | 撤退基準 |\n| --- | --- | --- |\n" in text
    assert "| 海外商談件数 | 年40件 | 2年連続で目標の5割未満なら見本市出展を見直す |" in text
    assert "| 越境EC売上 | 0.5億円 | 縮小する |" in text
    assert text.count("| KPI |") == 1


def test_table_text_is_escaped_and_full_width_pipes_render() -> None:
    t = PdfTable((("項目", "内容"), ("区分", "A|B")), 1, 300, 340, LEFT, RIGHT)
    blocks = normalise_layout(layout([*body_page(1), t]))
    assert "| 区分 | A\\|B |" in blocks.to_text()
    assert "｜ 区分 ｜ A|B ｜" in blocks.to_text(pipe="｜")


def test_indented_paragraph_start_keeps_its_indent() -> None:
    lay = layout([*body_page(1), line("本町は四国の西南端に位置する町である。", 200, x0=LEFT + 10.5)])
    assert "\n\u3000本町は四国の西南端に位置する町である。" in normalise_layout(lay).to_text()


def test_cell_lines_and_character_gaps() -> None:
    assert (
        join_cell_lines("北上市・金ケ崎町を中心に\n半導体関連の事業所\nRoll to\nRoll")
        == "北上市・金ケ崎町を中心に半導体関連の事業所Roll to Roll"
    )
    chars = [
        {"text": "第", "x0": 56.8, "x1": 80.8, "size": 24.0},
        {"text": "1", "x0": 85.6, "x1": 99.8, "size": 24.0},  # the kanji–digit gap (0.2 em): no space
        {"text": "地", "x0": 105.2, "x1": 129.2, "size": 24.0},  # a real space
        {"text": "域", "x0": 129.2, "x1": 153.2, "size": 24.0},
    ]
    assert line_text(chars) == "第1 地域"


def test_cell_paragraphs_wraps_and_labelled_values() -> None:
    cell_x1 = 300.0
    lines = (
        line("官民設備投資額：令和17年度単年度 28", 100, x0=100, x1=cell_x1),
        line("億円、令和8～17年度の累計 210億円", 114, x0=100, x1=cell_x1 - 2),
        line("付加価値増加額：令和17年度 75億円", 128, x0=100, x1=260),
        line("・縫製技能者の育成", 142, x0=100, x1=200),
    )
    assert cell_paragraphs(PdfCell(lines, cell_x1)) == [
        "官民設備投資額：令和17年度単年度 28億円、令和8～17年度の累計 210億円",
        "付加価値増加額：令和17年度 75億円",
        "・縫製技能者の育成",
    ]


def test_a_bold_label_opening_a_paragraph_stays_marked() -> None:
    text = "（1）該当する品目　温泉水で育てるトラフグ及びその加工品"
    first = PdfLine(text, 1, LEFT, 400, 200, 210.5, 10.5, lead="（1）該当する品目")
    assert (
        "\n**（1）該当する品目**　温泉水で育てるトラフグ及びその加工品\n"
        in normalise_layout(layout([*body_page(1), first])).to_text()
    )


def test_rows_of_a_typed_table_are_not_joined_though_they_reach_the_margin() -> None:
    head = PdfLine(
        "事業者名\u3000\u3000所在\u3000\u3000従業者", 1, LEFT + 10.5, 300, 200, 210.5, 10.5, columns=True
    )
    first = PdfLine(
        "（株）北浜ガーリック\u3000\u3000田子町\u3000\u300022",
        1,
        LEFT + 10.5,
        RIGHT,
        216,
        226.5,
        10.5,
        columns=True,
    )
    second = PdfLine(
        "田子生産組合\u3000\u3000田子町\u3000\u3000―", 1, LEFT + 10.5, 320, 232, 242.5, 10.5, columns=True
    )
    text = normalise_layout(layout([*body_page(1), head, first, second])).to_text()
    assert "\u3000（株）北浜ガーリック\u3000\u3000田子町\u3000\u300022\n\u3000田子生産組合" in text


def test_nested_list_items_and_labelled_blocks_keep_their_indent() -> None:
    lay = layout(
        [
            *body_page(1),
            line("【県の考え方】", 200, x0=LEFT + 21),
            line("・県道の一部改良（約48億円）", 216, x0=LEFT + 42),
            line("・岸壁の改良（約35億円）", 232, x0=LEFT + 63),
        ]
    )
    text = normalise_layout(lay).to_text()
    assert "\n\u3000\u3000【県の考え方】\n\u3000\u3000\u3000\u3000・県道の一部改良（約48億円）\n" in text
    assert "\n" + "\u3000" * 6 + "・岸壁の改良（約35億円）" in text


def test_a_first_line_indent_is_kept_on_a_line_that_fills_the_width() -> None:
    # one character in from the left margin, ending a character short of the right one: no centred line
    first = line(
        "両町村の作付面積は合計百四十二ヘクタールであり、収穫量は約千六百五十トンで",
        200,
        x0=LEFT + 10.5,
        x1=RIGHT - 10.5,
    )
    lay = layout([*body_page(1), first, line("ある。", 216)])
    assert "\n\u3000両町村の作付面積は" in normalise_layout(lay).to_text()


def test_a_mark_hung_past_the_margin_does_not_move_it() -> None:
    hung = line("この一文は右端を越えて句点をぶら下げている文である。", 150, x1=RIGHT + 10.5)
    broken = line("付加価値増加額は売上増加額に既存の付加価値率", 200, x1=RIGHT - 18)
    lay = layout([*body_page(1), hung, broken, line("（約30%）を掛けて算定した。", 216)])
    assert "既存の付加価値率（約30%）を掛けて算定した。" in normalise_layout(lay).to_text()
