"""Reading headings: numbering styles, marks and levels, paraphrased and combined headings matched to 記載項目.

Each case is wording of its own, written for the behaviour; the QA drafts that first showed a need are
checked as a whole by tests/test_qa_drafts.py."""

from __future__ import annotations

import io

import docx
import pytest

from chiiki_mirai.readers import kbview, read_bytes
from chiiki_mirai.readers.doctree import parse_document
from chiiki_mirai.readers.headings import best_match, split_numbering


def _read(text: str, name: str = "draft.md"):
    return read_bytes(name, text.encode("utf-8"))


def _sections(text: str, name: str = "draft.md") -> dict:
    return _read(text, name)[1].sections


def _b_draft(top: list[str], sub: list[list[str]]) -> str:
    """A B draft whose two first sections are written with the given top and sub-heading lines."""
    parts = ["計画の類型：B\n策定主体：三重県\n"]
    bodies = [
        ["鋳物とその加工品の製造業。", "鉄の鋳造工場が百社あり、全国有数の集積である。"],
        ["湾岸の工業団地。", "株式会社テスト鋳造（従業員200名）", "工程を県内で完結できるため。"],
    ]
    for t, subs, body in zip(top, sub, bodies, strict=True):
        parts.append(f"{t}\n")
        for s, b in zip(subs, body, strict=True):
            parts.append(f"{s}\n{b}\n")
    return "\n".join(parts)


@pytest.mark.parametrize(
    ("text", "style", "number", "rest"),
    [
        ("（三）区域", "paren_kanji", 3, "区域"),
        ("＜６＞現地化の方針", "angle", 6, "現地化の方針"),
        ("(十一) 補足", "paren_kanji", 11, "補足"),
        ("【２】対象の地域", "bracket", 2, "対象の地域"),
        ("〔４〕課題", "bracket", 4, "課題"),
        ("２－３　理由", "hyphen1", 3, "理由"),
        ("3-1. 現状", "hyphen1", 1, "現状"),
        ("1-2-1 細目", "hyphen2", 1, "細目"),
        ("二、計画の区域", "kanji", 2, "計画の区域"),
        ("Ⅲ．投資", "roman", 3, "投資"),
        ("(ウ) 時期", "paren_kata", 3, "時期"),
        ("第三　課題", "dai", 3, "課題"),
    ],
)
def test_numbering_styles(text: str, style: str, number: int, rest: str) -> None:
    n = split_numbering(text)
    assert (n.style, n.number, n.rest) == (style, number, rest)


@pytest.mark.parametrize("text", ["1-2月に実施する", "3－4年後に見直す", "（一部）補助する"])
def test_hyphen_and_paren_kanji_leave_running_text_alone(text: str) -> None:
    assert split_numbering(text).style is None


def test_kanji_comma_and_kanji_paren_levels_in_plain_text() -> None:
    text = _b_draft(
        ["一、育成する産業の範囲", "二、拠点と中心となる企業"],
        [["（一）業種", "（二）選んだ理由"], ["（一）区域", "（二）中心となる企業", "（三）選定の理由"]],
    )
    got = _sections(text, "draft.txt")
    for sid in ("B.1", "B.1.1", "B.1.2", "B.2", "B.2.1", "B.2.2", "B.2.3"):
        assert sid in got, (sid, got)
    assert got["B.2.1"].endswith("区域")


def test_bracketed_numbers_over_hyphen_numbers() -> None:
    text = _b_draft(
        ["【１】伸ばしたい産業", "【２】担い手の拠点"],
        [
            ["１－１　業種", "１－２　選定の理由"],
            ["２－１　核となる区域", "２－２　核となる企業", "２－３　理由"],
        ],
    )
    got = _sections(text, "draft.txt")
    assert {"B.1", "B.1.1", "B.1.2", "B.2", "B.2.1", "B.2.2", "B.2.3"} <= set(got), got


@pytest.mark.parametrize(("outer", "inner"), [("■", "□"), ("◆", "◇")])
def test_square_and_diamond_marks_are_two_heading_levels(outer: str, inner: str) -> None:
    text = _b_draft(
        [f"{outer} 何をつくるか", f"{outer} 担い手と場所"],
        [
            [f"{inner} 対象とする製品", f"{inner} その理由"],
            [f"{inner} 中心となる区域", f"{inner} 中心となる企業", f"{inner} 理由"],
        ],
    )
    got = _sections(text)
    assert {"B.1", "B.1.1", "B.1.2", "B.2", "B.2.1", "B.2.2", "B.2.3"} <= set(got), got


def test_a_run_of_marked_lines_stays_a_list() -> None:
    plan, _ = read_bytes(
        "draft.md",
        (
            "類型：C\n策定主体：岐阜県関市\n\n## 支援する地域及び推進の核となる事業者\n\n### 本プラン推進の核となる事業者\n\n"
            "◆ 関刃物協同組合（組合員40社）\n◆ 株式会社テスト刃物（従業員50名）\n\n### 特定の理由\n\n分業の体制がある。\n"
        ).encode(),
    )
    names = [c.name for c in plan.core_companies]
    assert any("協同組合" in n for n in names) and any("テスト刃物" in n for n in names), names


def test_roman_and_katakana_paren_markdown_headings() -> None:
    text = (
        "類型：A\n策定主体：山形県\n\n## Ⅰ．なにを、なぜ伸ばすか\n\n### (ア) この産業を選んだわけ\n\n理由。\n\n"
        "### (イ) 描く将来像\n\n姿。\n\n## Ⅱ．どこで進めるか\n\n### (ア) 対象とする区域\n\n工業団地。\n\n"
        "### (イ) この区域を選んだ理由\n\n港に近い。\n"
    )
    got = _sections(text)
    assert {"A.1", "A.1.1", "A.1.2", "A.2", "A.2.1", "A.2.2"} <= set(got), got


def test_dai_numbered_word_headings_and_kgi_table_under_combined_heading() -> None:
    d = docx.Document()
    d.add_paragraph("テスト県 戦略産業クラスター計画", style="Title")
    d.add_paragraph("第一　計画の概要", style="Heading 1")
    d.add_paragraph("（１）この分野を選んだ理由", style="Heading 2")
    d.add_paragraph("理由。")
    d.add_paragraph("第二　KGI及びKPI", style="Heading 1")
    d.add_paragraph("目標は次の表のとおり。")
    t = d.add_table(rows=4, cols=2)
    for r, (a, b) in enumerate(
        [
            ("指標", "2040年度"),
            ("官民設備投資額", "500億円"),
            ("付加価値増加額", "200億円"),
            ("産業ニーズに即した人材育成数", "年100人"),
        ]
    ):
        t.rows[r].cells[0].text, t.rows[r].cells[1].text = a, b
    d.add_paragraph("KPIは次のとおりとし、半年に一度確認する。")
    k = d.add_table(rows=2, cols=5)
    for c, v in enumerate(["KPI", "目標", "期限", "担当部署", "撤退基準"]):
        k.rows[0].cells[c].text = v
    for c, v in enumerate(["用地の造成", "10ha", "2030年度", "県企業立地課", "未着手なら見直す"]):
        k.rows[1].cells[c].text = v
    buf = io.BytesIO()
    d.save(buf)
    plan, report = read_bytes("draft.docx", buf.getvalue())
    got = report.sections
    assert {"A.1", "A.1.1", "A.5", "A.5.1", "A.5.2"} <= set(got), got
    assert [k.name for k in plan.kpis] == ["用地の造成"]
    assert {k.kind for k in plan.kgis} >= {"investment", "value_added", "talent"}


def test_combined_heading_without_a_second_item_is_not_split() -> None:
    text = (
        "類型：A\n策定主体：山形県\n\n## 計画のKGI及びKPI\n\n"
        "官民設備投資額は2040年度に300億円とする。\n\n付加価値増加額は2040年度に100億円とする。\n"
    )
    got = _sections(text)
    assert "A.5" in got and "A.5.2" not in got, got


@pytest.mark.parametrize(
    ("heading", "want"),
    [
        ("将来の姿", "A.1.2"),
        ("ありたい姿と数値目標", "A.1.2"),
    ],
)
def test_picture_aimed_at_paraphrases(heading: str, want: str) -> None:
    m = best_match(heading, list(kbview.targets("A")), "A.1")
    assert m is not None and m.target.id == want


@pytest.mark.parametrize(
    ("heading", "want"),
    [
        ("中核となる地域", "C.2.1"),
        ("中心となる事業者", "C.2.2"),
        ("市の支援体制", "C.commitment"),
    ],
)
def test_core_and_support_paraphrases(heading: str, want: str) -> None:
    m = best_match(heading, list(kbview.targets("C")), "C.2")
    assert m is not None and m.target.id == want


@pytest.mark.parametrize(
    ("heading", "want"),
    [
        ("最後に、町の外の会社との付き合い方（現地化）についてです。", "C.6"),
        ("勝ち筋は、「量」ではなく「鮮度」です。", "C.4.1"),
        ("KPI（進み具合を確かめる目安）と、うまくいかないときの引き際です。", "C.5.4"),
    ],
)
def test_a_heading_written_as_a_sentence_is_matched_by_its_topic_and_its_brackets(heading: str, want: str) -> None:
    m = best_match(heading, list(kbview.targets("C")), None)
    assert m is not None and m.target.id == want


def test_a_short_bold_sentence_over_its_own_text_is_a_heading_of_one_level() -> None:
    text = (
        "# 北浜村 地場産業成長プラン\n\n**まず、この村で何を伸ばしたいのかについてです。**\n\n"
        "村の柚子を、果汁だけでなく香りの素材として売り出します。\n\n### なぜ柚子なのか\n\n栽培の歴史が長いからです。\n\n"
        "**最後に、村の外の会社との付き合い方（現地化）についてです。**\n\n誘致は予定していません。\n"
    )
    doc = parse_document(text.encode(), "markdown")
    levels = {s.heading: s.level for s, _ in doc.walk()}
    assert levels["まず、この村で何を伸ばしたいのかについてです。"] == levels["最後に、村の外の会社との付き合い方（現地化）についてです。"]


def test_obstacles_and_answers_heading_over_its_items() -> None:
    text = (
        "類型：A\n策定主体：山形県\n\n## 4. 越えるべきハードルと方策\n\n### (1) 集積に向けた課題\n\n用地不足。\n\n"
        "### (2) 関係者の取組\n\n大学が講座を開く。\n\n### (3) 国に求める対応\n\n道路の整備。\n"
    )
    got = _sections(text)
    assert {"A.4", "A.4.1", "A.4.2", "A.4.4"} <= set(got), got


def test_note_in_parentheses_names_the_section() -> None:
    text = "類型：A\n策定主体：山形県\n\n## 5. 目標値（KGI・KPI）\n\nKPIは次のとおり。\n"
    assert "A.5" in _sections(text)


def test_item_heading_with_its_own_sub_heading_stays_the_item() -> None:
    text = (
        "類型：B\n策定主体：三重県\n\n## 地域産業クラスターの形成を目指す区域\n\n### 計画推進の核となる企業\n\n"
        "株式会社テスト鋳造\n\n#### 特定の理由\n\n県内で完結する。\n"
    )
    got = _sections(text)
    assert "B.2.2" in got and got.get("B.2", "").startswith("地域産業"), got


@pytest.mark.parametrize(
    ("heading", "want"),
    [
        ("スライド4　勝ち筋：「冬だけの産地」から「一年中の産地」へ", "C.4.1"),
        ("勝ち筋 ― 小さな町が選ぶ売り方", "C.4.1"),
        ("スライド2-1　現状の整理", "C.3.1"),
        ("p.5 取組の具体像", "C.4.2"),
    ],
)
def test_a_label_before_a_catchphrase_and_a_slide_number_name_the_item(heading: str, want: str) -> None:
    m = best_match(heading, list(kbview.targets("C")), None)
    assert m is not None and m.target.id == want, (heading, m and m.target.id)


@pytest.mark.parametrize(
    ("heading", "section", "want"),
    [
        ("（２）市の取組", "C.5", "C.5.2"),
        ("（２）町が行う取組", "C.5", "C.5.2"),
        ("（３）なぜこの数字なのか", "B.3", "B.3.3"),
        ("（３）目標値の根拠", "B.3", "B.3.3"),
        ("■7　KPIと見直しの基準", "C.5", "C.5.4"),
        ("KPIと撤退の考え方", "C.5", "C.5.4"),
    ],
)
def test_the_authoritys_own_actions_and_the_reason_for_the_figures_name_their_items(heading: str, section: str, want: str) -> None:
    m = best_match(heading, list(kbview.targets(section[0])), section)
    assert m is not None and m.target.id == want, (heading, m and m.target.id)


@pytest.mark.parametrize(("heading", "want"), [("６．現地化について", "C.6"), ("現地化に関して", "C.6")])
def test_a_section_headed_by_the_topic_its_wording_opens_with(heading: str, want: str) -> None:
    m = best_match(heading, list(kbview.targets("C")), None)
    assert m is not None and m.target.id == want, (heading, m and m.target.id)


def test_a_heading_joining_an_item_here_and_one_elsewhere_stands_at_the_item_here() -> None:
    text = "\n".join([
        "類型：A", "", "# Ⅰ．計画の概要", "", "## １．本地域でこの分野を選んだ理由", "地熱資源が国内有数である。", "",
        "## ２．構想と数値目標（KGI）", "次世代地熱と水素の一貫拠点をつくる。2040年度に官民設備投資額 累計2,000億円。", "",
        "## ３．官民投資ロードマップとの関係", "水素等の分野に当たる。",
    ]) + "\n"
    got = _sections(text)
    assert got.get("A.1.2", "").endswith("構想と数値目標（KGI）"), got


def test_angle_bracket_numbers_are_section_headings_in_plain_text() -> None:
    text = _b_draft(["＜１＞育成する産業の範囲", "＜２＞拠点と中心となる企業"],
                    [["（１）業種", "（２）選んだ理由"], ["（１）区域", "（２）中心となる企業", "（３）選定の理由"]])
    got = _sections(text, "draft.txt")
    assert {"B.1", "B.1.1", "B.1.2", "B.2", "B.2.1", "B.2.2", "B.2.3"} <= set(got), got
