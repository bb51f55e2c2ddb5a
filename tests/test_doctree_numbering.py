"""The numbering table and heading level inference (readers/doctree/numbering.py)."""

from __future__ import annotations

import pytest

from chiiki_mirai.readers.doctree.levels import LevelTracker
from chiiki_mirai.readers.doctree.numbering import heading_like, split_marker, underline_style

STYLE_CASES = [
    ("1. 概要", "dot", 1, "概要"),
    ("１．概要", "dot", 1, "概要"),
    ("3) 取組", "half_paren", 3, "取組"),
    ("(2) 業種", "paren", 2, "業種"),
    ("（１２）業種", "paren", 12, "業種"),
    ("⑶ 業種", "paren", 3, "業種"),
    ("② 区域", "circled", 2, "区域"),
    ("一、総則", "kanji", 1, "総則"),
    ("三　目的", "kanji", 3, "目的"),
    ("（二）方針", "paren_kanji", 2, "方針"),
    ("ウ　販路", "kata", 3, "販路"),
    ("（イ）販路", "paren_kata", 2, "販路"),
    ("ｱ 販路", "hkata", 1, "販路"),
    ("Ⅱ 現状", "roman", 2, "現状"),
    ("iii. 補足", "roman_ascii_lower", 3, "補足"),
    ("IV. 補足", "roman_ascii", 4, "補足"),
    ("第2 計画の目標", "dai", 2, "計画の目標"),
    ("第三章　推進体制", "dai章", 3, "推進体制"),
    ("第1節 概況", "dai節", 1, "概況"),
    ("【３】支援", "bracket【", 3, "支援"),
    ("〔1〕支援", "bracket〔", 1, "支援"),
    ("1-2 区域の考え方", "hyphen2", 2, "区域の考え方"),
    ("２－３ 区域の考え方", "hyphen2", 3, "区域の考え方"),
    ("1.2 区域の考え方", "decimal2", 2, "区域の考え方"),
    ("2.1.4 設備", "decimal3", 4, "設備"),
    ("Ⅱ-3 調達", "roman_hyphen2", 3, "調達"),
    ("b) 補足", "alpha", 2, "補足"),
    ("(c) 補足", "paren_alpha", 3, "補足"),
    ("ａ．株式会社北浜セラミック", "alpha", 1, "株式会社北浜セラミック"),
    ("Ｂ．補足", "ALPHA", 2, "補足"),
    ("KPI2 研修修了者数", "label:KPI", 2, "研修修了者数"),
    # a form's questions, their numbers nesting by hyphen
    ("問1　提案主体", "question1", 1, "提案主体"),
    ("問3-2 区域を選んだ理由を記入してください。", "question2", 2, "区域を選んだ理由を記入してください。"),
    ("Q4. 計画の名称", "question1", 4, "計画の名称"),
    # a counter that opens a word after the space is the heading's text, not a count
    ("２\u3000本プラン推進の核となる事業者", "space", 2, "本プラン推進の核となる事業者"),
    ("１ 基本戦略", "space", 1, "基本戦略"),
    ("３\u3000時期", "space", 3, "時期"),
    # a wave dash that opens a decorative subtitle keeps the number; only a range 「①〜③」 cancels it
    ("１\u3000～ものづくりの町を目指して～", "space", 1, "～ものづくりの町を目指して～"),
    ("(2)〜観光と産業の連携〜", "paren", 2, "〜観光と産業の連携〜"),
    ("第１\u3000～趣旨～", "dai", 1, "～趣旨～"),
    ("ア\u3000～人材育成～", "kata", 1, "～人材育成～"),
]


@pytest.mark.parametrize(("line", "style", "value", "rest"), STYLE_CASES)
def test_numbering_styles(line: str, style: str, value: int, rest: str) -> None:
    m = split_marker(line)
    assert m is not None and (m.style, m.value, m.rest) == (style, value, rest)


@pytest.mark.parametrize("mark", list("■□◆◇●○◎・▼※") + ["-", "*", "+"])
def test_marks(mark: str) -> None:
    m = split_marker(f"{mark} 項目の内容")
    assert m is not None and m.kind == "mark" and m.style == "mark:" + mark and m.rest == "項目の内容"


@pytest.mark.parametrize(
    "line",
    ["1.5倍に増やす", "2030年度に達成する", "3 社が参加", "2030 年度までに", "10 年間で", "2 本", "アジアへの輸出", "十分な生産能力", "-5%の減少",
     "**太字**", "〇〇市の計画", "0.05mm単位の加工", "第1回の会議で", "IoT化を進める", "■■■",
     "ａ．社の売上高は約300億円", "問題は人手不足である", "Q&Aを参照", "②～④の3社は共同で受注する", "(1)〜(3)の取組を束ねる"],
)  # fmt: skip
def test_not_markers(line: str) -> None:
    assert split_marker(line) is None


def test_heading_like_and_sentences() -> None:
    assert heading_like("地域産業クラスターの形成を目指す産業領域")
    assert not heading_like("県内の企業が設備投資を行う。")
    assert not heading_like("KPI：設備投資額100億円")
    # a long line ending in a verb is a sentence even without 「。」
    assert not heading_like(
        "県内の企業と大学が連携して技術者を育成し、域内の部材メーカーからの調達を増やしていく"
    )
    # a form's question ending in its request heads the answer under it; a request in prose is a sentence
    assert heading_like("核となる企業を記入してください。（複数可）")
    assert not heading_like("詳しくは別紙をご覧ください。")
    assert not heading_like("申請書に記入してください。提出は郵送で受け付けます。")
    assert underline_style("=====") == "ul:=" and underline_style("〓〓〓〓") == "ul:〓"
    assert underline_style("==-") is None and underline_style("--") is None


def test_levels_follow_first_seen_order() -> None:
    t = LevelTracker()
    # a document that nests ① under （１） under 第1
    assert [t.place(s) for s in ["dai", "paren", "circled", "circled", "paren", "dai", "paren"]] == [
        1, 2, 3, 3, 2, 1, 2,
    ]  # fmt: skip
    # another document, another order: （１） outermost, then ア
    t = LevelTracker()
    assert [t.place(s) for s in ["paren", "kata", "paren", "kata"]] == [1, 2, 1, 2]


def test_seen_style_returns_to_its_level_and_explicit_wins() -> None:
    t = LevelTracker()
    assert t.place("dot", explicit=1) == 1
    assert t.place("paren", explicit=2) == 2
    assert t.place("circled") == 3  # new under （１）
    assert t.place("paren") == 2  # seen: back to its level
    assert t.place(None, explicit=1) == 1
    assert t.place("circled") == 2  # level 3 style under a level-1 heading: one level deeper
