"""Plain-text layouts read by the numbering-aware line reader (readers/doctree/text.py)."""

from __future__ import annotations

import pytest

from chiiki_mirai.readers.doctree import KeyValue, ListItem, Paragraph, Table, parse_document, parse_text


def heads(doc) -> list[tuple[int, str | None, str]]:  # noqa: ANN001
    return [(s.level, s.number, s.heading) for s, _ in doc.walk()]


def section(doc, heading: str):  # noqa: ANN001, ANN201
    return next(s for s, _ in doc.walk() if s.heading == heading)


@pytest.mark.parametrize(
    ("outer", "inner", "innermost"),
    [
        ("1.", "(1)", "①"),
        ("１．", "（１）", "ア"),
        ("第1", "1", "(1)"),
        ("第一章", "第1節", "一、"),
        ("Ⅰ", "1-1", "(ア)"),
        ("【1】", "1)", "ｱ"),
        ("1", "1.1", "1.1.1"),
        ("一、", "（一）", "i."),
    ],
)
def test_numbered_headings_nest_in_first_seen_order(outer: str, inner: str, innermost: str) -> None:
    def num(label: str, k: int) -> str:
        return label.replace("1", str(k)).replace("１", "２" if k == 2 else "１").replace("一", "一二"[k - 1]).replace("Ⅰ", "ⅠⅡ"[k - 1])

    sep = " "
    text = "\n\n".join(
        [
            "木工家具クラスター計画",
            f"{outer}{sep}地域の産業",
            f"{inner}{sep}業種の範囲",
            "家具と建具の製造。",
            f"{innermost}{sep}主な製品",
            "椅子と机。",
            f"{num(outer, 2)}{sep}推進の体制",
            "市が事務局を置く。",
        ]
    )
    doc = parse_text(text)
    assert doc.title == "木工家具クラスター計画"
    assert [(lvl, h) for lvl, _, h in heads(doc)] == [
        (1, "地域の産業"),
        (2, "業種の範囲"),
        (3, "主な製品"),
        (1, "推進の体制"),
    ]
    assert section(doc, "主な製品").text() == "椅子と机。"


def test_another_document_nests_the_same_styles_the_other_way() -> None:
    doc = parse_text("（１）産地の概要\n\n１．生産量\n\n年間千トン。\n\n（２）販路\n\n１．国内\n\n百貨店。\n")
    assert [(lvl, n) for lvl, n, _ in heads(doc)] == [(1, "（１）"), (2, "１．"), (1, "（２）"), (2, "１．")]


def test_bracket_underlined_and_mark_headings() -> None:
    text = """漆器振興プラン
==============

【プランの背景】
産地の出荷額は減っている。

■ 伸ばす分野
□ 対象の製品
業務用の椀と盆。

□ 選んだ理由
海外の飲食店からの引き合いがある。

体制
〓〓〓〓
組合が窓口になる。
"""
    doc = parse_text(text)
    assert doc.title == "漆器振興プラン"
    assert [(lvl, h) for lvl, _, h in heads(doc)] == [
        (1, "プランの背景"),
        (2, "伸ばす分野"),
        (3, "対象の製品"),
        (3, "選んだ理由"),
        (4, "体制"),
    ]
    assert section(doc, "対象の製品").text() == "業務用の椀と盆。"


def test_marks_next_to_each_other_are_a_list_and_a_lone_mark_over_content_a_heading() -> None:
    doc = parse_text("鋳物クラスター計画\n\n・対象の企業\n県内の三社。\n\n■ 鋳造\n■ 研磨\n■ 組立\n")
    s = section(doc, "対象の企業")
    assert [b.text for b in s.blocks if isinstance(b, Paragraph)] == ["県内の三社。"]
    items = [b for b in s.blocks if isinstance(b, ListItem)]
    assert [(i.marker, i.text) for i in items] == [("■", "鋳造"), ("■", "研磨"), ("■", "組立")]


def test_a_mark_the_document_heads_sections_with_heads_one_over_indented_paragraphs_too() -> None:
    text = (
        "◆第一　伸ばす分野\n"
        "○対象の製品\n"
        "　業務用の椀と盆。\n"
        "○地域への効果\n"
        "　職人を十人増やし、材料の町内での仕入を倍にする。\n"
        "　工房の平均年収は一割上がる見込みである。\n"
    )
    doc = parse_text(text)
    assert [h for _, _, h in heads(doc)] == ["伸ばす分野", "対象の製品", "地域への効果"]
    assert [b.text for b in section(doc, "地域への効果").blocks] == [
        "職人を十人増やし、材料の町内での仕入を倍にする。",
        "工房の平均年収は一割上がる見込みである。",
    ]


def test_a_row_of_aligned_labels_over_a_rule_is_no_heading() -> None:
    text = (
        "（２）核となる企業\n\n"
        "　　社名　　　　　　所在地　　従業員　　役割\n"
        "　　－－－－－－－－－－－－－－－－－－－－－－－－\n"
        "　　北浜精工（株）　　湊市　　　４８０人　　部品加工\n"
        "　　港南鋳造（株）　　湊市　　　２１０人　　鋳造\n"
    )
    doc = parse_text(text)
    assert [h for _, _, h in heads(doc)] == ["核となる企業"]
    assert "北浜精工（株）" in section(doc, "核となる企業").text()


def test_numbered_sentence_and_adjacent_numbered_lines_are_list_items() -> None:
    doc = parse_text(
        "1. 概要\n\n"
        "(1) 県内の事業者が共同で新しい工場を建設し、部材を域内で調達する。\n\n"
        "(2) 販路の開拓\n(3) 人材の育成\n"
    )
    assert heads(doc) == [(1, "1.", "概要")]
    items = doc.sections[0].blocks
    assert all(isinstance(b, ListItem) for b in items)
    assert [b.marker for b in items] == ["(1)", "(2)", "(3)"]


def test_list_entry_continued_on_an_indented_line() -> None:
    text = """2.2 核となる企業
・株式会社北山鋳造（従業員120名）
　鋳物部品の製造と最終検査
・有限会社南窯業（従業員30名）
　耐火材の供給
"""
    doc = parse_text(text)
    items = doc.sections[0].blocks
    assert [b.text for b in items] == [
        "株式会社北山鋳造（従業員120名） 鋳物部品の製造と最終検査",
        "有限会社南窯業（従業員30名） 耐火材の供給",
    ]
    assert all(isinstance(b, ListItem) and b.marker == "・" for b in items)


def test_nested_list_by_indentation() -> None:
    doc = parse_text("・部材\n  ・樹脂\n  ・金属\n    ・アルミ\n・組立\n")
    top = doc.preamble
    assert [b.text for b in top] == ["部材", "組立"]
    assert [c.text for c in top[0].children] == ["樹脂", "金属"]
    assert top[0].children[1].children[0].text == "アルミ"
    assert top[0].children[1].children[0].level == 3


def test_hard_wrapped_prose_is_joined_until_a_sentence_ends() -> None:
    text = """3.1 現状
県内の出荷額は約百億円で、このうち海外向けは一
割にとどまる。職人の高齢化が進んでいる。
後継者の育成が急がれる。
"""
    doc = parse_text(text)
    assert [b.text for b in doc.sections[0].blocks] == [
        "県内の出荷額は約百億円で、このうち海外向けは一割にとどまる。職人の高齢化が進んでいる。",
        "後継者の育成が急がれる。",
    ]


def test_wrapped_list_entry_at_the_wrap_width() -> None:
    first = "・設備投資額は令和十七年度に単年度で十二億円、累計で九十五億円と"
    body = "\n".join([("本文の行はこの幅で折り返されて同じ長さになる" * 2)[: len(first)]] * 8)
    text = body + f"\n{first}\nする。\n・雇用は二百人。\n"
    doc = parse_text(text)
    items = [b for b in doc.preamble if isinstance(b, ListItem)]
    assert [b.text for b in items] == [
        "設備投資額は令和十七年度に単年度で十二億円、累計で九十五億円とする。",
        "雇用は二百人。",
    ]


def test_indented_numbered_entry_wrapped_at_the_width_goes_on_at_the_margin() -> None:
    """The wrap counts the entry's indent and its number: a line cut there continues on the next line even
    when that line starts at the margin (a fixed-width text with a hanging-less wrap)."""
    entry = "　（一）乾燥棟の稼働　令和九年度までに稼働／担当：町農林課／稼働が令和十"
    body = "\n".join([("本文の行はこの幅で折り返されて同じ長さになる" * 3)[: len(entry) + 1]] * 8)
    text = body + f"\n{entry}\n年度にずれ込んだ場合は規模を縮小する。\n　（二）商談件数　年十二件以上。\n"
    doc = parse_text(text)
    items = [b for b in doc.preamble if isinstance(b, ListItem)]
    assert items[0].text.endswith("稼働が令和十年度にずれ込んだ場合は規模を縮小する。")
    assert len(items) == 2


def test_key_value_cover_block_and_sentences_with_colons() -> None:
    text = """みかん産地プラン（素案）

策定主体：愛媛県八幡浜市
計画期間: 2026年度～2030年度
類型：Ｃ　地場産業成長プラン
担当：農林水産課

ターゲット市場は台湾の小売で、理由は次のとおり：輸入規制が緩い。
"""
    doc = parse_text(text)
    assert doc.meta == {
        "策定主体": "愛媛県八幡浜市",
        "計画期間": "2026年度～2030年度",
        "類型": "Ｃ　地場産業成長プラン",
        "担当": "農林水産課",
    }
    kinds = [type(b).__name__ for b in doc.preamble]
    assert kinds == ["KeyValue"] * 4 + ["Paragraph"]


def test_several_targets_on_one_line_stay_one_block() -> None:
    line = "必須KGI：設備投資額 累計3,000億円、付加価値額 1,900億円、人材育成数 年間500人"
    doc = parse_text(f"目標\n\n{line}\n")
    b = doc.preamble[-1] if doc.preamble else doc.sections[0].blocks[0]
    assert isinstance(b, KeyValue) and b.key == "必須KGI" and b.value == line.split("：", 1)[1]


def test_pipe_table_and_total_row() -> None:
    text = """事業者一覧
｜事業者｜従業員数｜役割｜
｜------｜--------｜----｜
｜山科織物｜210名｜製織｜
｜東染工｜45名｜染色｜
｜（参考）市全体｜1,900名｜－｜
"""
    doc = parse_text(text)
    t = next(b for b in doc.preamble if isinstance(b, Table))
    assert t.title == "事業者一覧"
    assert t.orientation == "rows" and t.header_rows == 1
    assert t.records[0] == {"事業者": "山科織物", "従業員数": "210名", "役割": "製織"}
    assert t.total_records == (2,)
    assert [r["事業者"] for r in t.data_records()] == ["山科織物", "東染工"]


def test_box_drawn_table() -> None:
    text = """┏━━━━┳━━━━┓
┃指標    ┃目標    ┃
┣━━━━╋━━━━┫
┃出荷額  ┃40億円  ┃
┃雇用    ┃80人    ┃
┗━━━━┻━━━━┛
"""
    t = parse_text(text).preamble[0]
    assert isinstance(t, Table)
    assert t.cells == (("指標", "目標"), ("出荷額", "40億円"), ("雇用", "80人"))


def test_space_aligned_table_and_a_lone_spaced_line_is_not_one() -> None:
    text = """区分        現状      目標
出荷額      18億円    40億円
海外向け    0.6億円   4億円

県の担当は  産業振興課です。
"""
    doc = parse_text(text)
    t = doc.preamble[0]
    assert isinstance(t, Table) and t.records[1] == {"区分": "海外向け", "現状": "0.6億円", "目標": "4億円"}
    assert isinstance(doc.preamble[1], Paragraph)


@pytest.mark.parametrize(
    "row",
    [
        "KPI　　県内企業への発注額（核となる企業計）12億円　　20億円",  # a figure glued to the name
        "KPI　　誘致企業の研究拠点数（累計）　0社　　　4社",  # one space where two were meant
        "KPI  県内 企業への 発注額  12億円  20億円",  # spaces inside the name
    ],
)
def test_space_aligned_row_pushed_out_of_line_by_its_name_stays_in_the_table(row: str) -> None:
    text = f"区分　　指標　　　　　　　　現状　　　目標\nKGI　　付加価値増加額　　　　―　　　　30億円\n{row}\n"
    t = parse_text(text).preamble[0]
    assert isinstance(t, Table) and len(t.records) == 2
    assert t.records[1]["目標"] in ("20億円", "4社") and t.records[1]["区分"] == "KPI"


def test_a_long_name_pushing_figures_written_with_oku_and_man_out_of_line_stays_in_its_row() -> None:
    text = (
        "　区分                               現状（R7）      目標（R12）\n"
        "　町内の農家からの原料仕入額（加工場計） 1億2,400万円     2億1,000万円\n"
        "　加工場の売上額                     3億8,000万円      5億円\n"
    )
    t = parse_text(text).preamble[0]
    assert isinstance(t, Table) and len(t.records) == 2
    assert t.records[0] == {"区分": "町内の農家からの原料仕入額（加工場計）", "現状（R7）": "1億2,400万円", "目標（R12）": "2億1,000万円"}


def test_a_line_boxed_between_two_rules_is_a_heading_and_a_boxed_bracket_keeps_its_number() -> None:
    text = (
        "==========\n■要点\n==========\n- 島に泊まる旅へ\n\n"
        "==========\n■1 分野（製品・サービス）\n==========\n- ガイド付きの周遊\n\n"
        "==========\n【２】核となる区域\n==========\n北浜町の沿岸部。\n"
    )
    assert [(n, h) for _, n, h in heads(parse_text(text))] == [
        (None, "■要点"), (None, "■1 分野（製品・サービス）"), ("【２】", "核となる区域"),
    ]


def test_a_prose_line_under_an_aligned_table_is_not_fitted_into_it() -> None:
    text = "区分　　指標　　　　現状　　　目標\nKGI　　付加価値額　　―　　　　30億円\n県の担当は 産業振興課 で 3人 です。\n"
    doc = parse_text(text)
    assert isinstance(doc.preamble[0], Table) and len(doc.preamble[0].records) == 1


def test_box_drawn_table_that_rules_off_each_row_reads_a_row_over_several_lines() -> None:
    text = """┌────┬────┬────────┐
│指標　　│目標　　│5W1H　　　　　　│
├────┼────┼────────┤
│①乾燥棟の│R10稼働 │担当：町農林課。│
│　稼働　　│　　　　│撤退基準：R11で │
│　　　　　│　　　　│未稼働なら縮小　│
├────┼────┼────────┤
│②商談件数│年40件　│担当：町商工課　│
└────┴────┴────────┘
"""
    t = parse_text(text).preamble[0]
    assert isinstance(t, Table) and len(t.records) == 2
    assert t.records[0]["指標"] == "①乾燥棟の稼働"
    assert t.records[0]["5W1H"] == "担当：町農林課。撤退基準：R11で未稼働なら縮小"


def test_box_drawn_table_ruled_only_under_its_header_keeps_a_row_per_line() -> None:
    text = "┌──┬──┐\n│区分│目標│\n├──┼──┤\n│出荷額│40億円│\n│輸出額│4億円│\n└──┴──┘\n"
    t = parse_text(text).preamble[0]
    assert isinstance(t, Table) and [r["区分"] for r in t.records] == ["出荷額", "輸出額"]


def test_box_drawn_table_with_a_header_over_two_lines_keeps_its_body_a_row_per_line() -> None:
    text = """┌────────┬──────┬──────┐
│　　　　　　　　│北浜ギア　　│南浜精機　　│
│　　　　　　　　│工業　　　　│株式会社　　│
├────────┼──────┼──────┤
│所在地　　　　　│北浜市　　　│南浜町　　　│
│売上高　　　　　│８８億円　　│３２億円　　│
│チェーン上の　　│減速機の　　│歯車の精密　│
│役割　　　　　　│組立　　　　│加工　　　　│
└────────┴──────┴──────┘
"""
    t = parse_text(text).preamble[0]
    assert isinstance(t, Table) and t.orientation == "columns" and len(t.records) == 2
    first = t.records[0]
    assert first["所在地"] == "北浜市" and first["売上高"] == "８８億円"
    assert first["チェーン上の役割"] == "減速機の組立"  # a label cut after 「の」 goes on


def test_a_pasted_tab_table_keeps_rows_whose_last_cells_are_empty() -> None:
    text = "指標\tR7実績\tR12\tR17（参考）\n出荷額（百万円）\t900\t1,400\t\n雇用（人）\t40\t60\t80\n"
    t = parse_text(text).preamble[0]
    assert isinstance(t, Table) and [r["指標"] for r in t.records] == ["出荷額（百万円）", "雇用（人）"]
    assert t.records[0]["R12"] == "1,400" and t.records[0]["R17（参考）"] == ""


def test_a_name_wrapped_onto_an_indented_line_of_blank_cells_continues_the_row_above() -> None:
    text = """―――――――――――――――――――――
｜指標　　　　　　　　｜現状　｜R11目標
―――――――――――――――――――――
｜①市内の事業所での延べ｜25人　｜80人
｜　研修修了者数　　　　｜　　　｜
｜②出荷額　　　　　　　｜12億円｜20億円
｜　合計　　　　　　　　｜　　　｜　　　｜
｜③設備投資額（累計）　｜　　　｜30億円
―――――――――――――――――――――
"""
    t = parse_text(text).preamble[0]
    assert isinstance(t, Table)
    assert [r["指標"] for r in t.records] == ["①市内の事業所での延べ研修修了者数", "②出荷額合計", "③設備投資額（累計）"]
    assert t.records[0]["R11目標"] == "80人"


def test_a_row_of_its_own_name_at_the_margin_is_not_a_wrap() -> None:
    text = "｜区分｜現状｜目標\n｜出荷額｜40億円｜50億円\n｜参考値｜｜\n"
    t = parse_text(text).preamble[0]
    assert isinstance(t, Table) and [r["区分"] for r in t.records] == ["出荷額", "参考値"]


def test_lines_set_out_as_records_are_not_joined_as_a_wrap() -> None:
    text = "目指すべき目標\n　KGI（必須）付加価値増加額　●●百万円（R12）\n　独自KGI　輸出額　6.5億円→18億円（R12）\n"
    blocks = [b for b in parse_text(text).preamble if isinstance(b, Paragraph)]
    assert [b.text for b in blocks][-2:] == ["KGI（必須）付加価値増加額　●●百万円（R12）", "独自KGI　輸出額　6.5億円→18億円（R12）"]


def test_short_lines_set_out_as_label_space_text_are_not_joined_as_a_wrap() -> None:
    # a form's cells as a PDF's text flattens them: a label, one space, its text; the first line ends short of a wrap
    text = ("Ⅱ 対象区域\n対象区域 湊川市、北浜町、南原町（臨海地区・港湾地区）\n"
            "特定の理由 造船所と協力会社が半径20km圏に集まり、部品の海上輸送が一体で動いているため。\n")
    blocks = [b.text for _, bs in parse_text(text).walk() for b in bs]
    assert blocks == ["対象区域 湊川市、北浜町、南原町（臨海地区・港湾地区）",
                      "特定の理由 造船所と協力会社が半径20km圏に集まり、部品の海上輸送が一体で動いているため。"]


def test_a_table_drawn_with_pipes_between_its_cells_only_is_a_table() -> None:
    # the way a 公用文 text draws a table: indented rows, 「｜」 between cells, none at the edges
    text = ("【ＫＧＩ】\n"
            "　　項目　　　　　　　　　｜基準値（令和７年度）｜目標値（令和１３年度）\n"
            "　　①官民設備投資額　　　｜　　―　　　｜　９５億円\n"
            "　　②付加価値増加額　　　｜　　―　　　｜　１８０億円\n")
    t = next(b for _, b in parse_text(text).blocks() if isinstance(b, Table))
    assert t.records[1] == {"項目": "②付加価値増加額", "基準値（令和７年度）": "―", "目標値（令和１３年度）": "１８０億円"}


def test_table_with_items_as_rows_and_companies_as_columns() -> None:
    text = """| 項目 | 株式会社西陣テック | 丸太町精工株式会社 |
|---|---|---|
| 所在地 | 京都市 | 宇治市 |
| 従業員数 | 320名 | 85名 |
| 役割 | 最終組立 | 精密部品 |
"""
    t = parse_text(text).preamble[0]
    assert isinstance(t, Table) and t.orientation == "columns" and t.header_cols == 1
    assert t.records[1] == {
        "項目": "丸太町精工株式会社",
        "所在地": "宇治市",
        "従業員数": "85名",
        "役割": "精密部品",
    }


def test_kpi_label_entries_keep_their_details() -> None:
    text = "KPI1 展示会での商談件数　目標40件\n　担当：商工課　期限：2028年度\nKPI2 研修の修了者数　年60人\n"
    items = parse_text(text).preamble
    assert [b.text for b in items] == [
        "KPI1 展示会での商談件数　目標40件 担当：商工課　期限：2028年度",
        "KPI2 研修の修了者数　年60人",
    ]


def test_places_and_paths() -> None:
    doc = parse_text("計画\n\n1. 概要\n\n(1) 業種\n\n織物の製造。\n")
    s = section(doc, "業種")
    assert s.place.line == 5 and s.place.path == ("1.概要", "(1)業種")
    assert s.blocks[0].place.line == 7 and s.blocks[0].place.path == s.place.path


def test_crlf_bom_and_empty_input() -> None:
    assert parse_text("").sections == ()
    assert heads(parse_text("\ufeff1. 概要\n\n本文。\n")) == [(1, "1.", "概要")]
    doc = parse_text("1. 概要\r\n\r\n本文。\r\n")
    assert heads(doc) == [(1, "1.", "概要")] and doc.sections[0].text() == "本文。"


def test_bracket_labels_and_bracketed_numbered_headings() -> None:
    text = """【計画名】阿賀野川 鋳物成長プラン（案）
【類型】地場産業成長プラン
【策定主体】新潟県阿賀町

【１　伸ばす分野】
【対象の製品】
鉄鍋と急須。

【２　推進の体制】
町が窓口を置く。
"""
    doc = parse_text(text)
    assert doc.title == "阿賀野川 鋳物成長プラン（案）"
    assert doc.meta == {
        "計画名": "阿賀野川 鋳物成長プラン（案）",
        "類型": "地場産業成長プラン",
        "策定主体": "新潟県阿賀町",
    }
    assert heads(doc) == [(1, "１", "伸ばす分野"), (2, None, "対象の製品"), (1, "２", "推進の体制")]


def test_marks_dressing_numbers_and_square_bracket_labels() -> None:
    text = """温泉地の合宿プラン

--------------------------------
●１．伸ばす分野
--------------------------------
［該当する分野］
高原の合宿と宿泊。

［選んだ理由］
夏でも涼しい。

--------------------------------
●２．核となる地域
--------------------------------
［核となる地域］
高原地区。
"""
    doc = parse_text(text)
    assert heads(doc) == [
        (1, "●１．", "伸ばす分野"),
        (2, None, "該当する分野"),
        (2, None, "選んだ理由"),
        (1, "●２．", "核となる地域"),
        (2, None, "核となる地域"),
    ]


def test_cover_labels_set_off_by_spaces() -> None:
    doc = parse_text(
        "漁港のプラン\n\n策定主体　宮城県女川町\n計画期間　2026年度～2030年度\n県内には　工場が多い。\n"
    )
    assert doc.meta == {"策定主体": "宮城県女川町", "計画期間": "2026年度～2030年度"}
    assert isinstance(doc.preamble[-1], Paragraph)


def test_bare_lines_between_blank_lines_are_headings_when_nothing_else_is() -> None:
    text = """薬草の里プラン（素案）

策定主体：奈良県宇陀市


伸ばす分野

対象の製品

・大和当帰の葉の茶と入浴剤

選んだ理由

・薬草栽培の歴史がある。


推進の体制

市が窓口を置き、組合と連携する。
"""
    doc = parse_text(text)
    assert doc.title == "薬草の里プラン（素案）"
    assert heads(doc) == [
        (1, None, "伸ばす分野"),
        (2, None, "対象の製品"),
        (2, None, "選んだ理由"),
        (1, None, "推進の体制"),
    ]
    assert doc.warnings
    # with a heading of any kind in the document, bare lines stay paragraphs
    doc = parse_text("1. 概要\n\n短い一行\n\n本文。\n")
    assert heads(doc) == [(1, "1.", "概要")]


def test_a_title_heading_over_a_numbered_series_and_an_unnumbered_closing_section() -> None:
    from chiiki_mirai.readers.doctree import parse_markdown

    doc = parse_markdown(
        "# 織物プラン\n\n# 1. 概要\n\n本文。\n\n# 2. 目標\n\n本文。\n\n# 推進体制\n\n本文。\n"
    )
    assert doc.title == "織物プラン"
    assert heads(doc) == [(1, "1.", "概要"), (1, "2.", "目標"), (1, None, "推進体制")]


def test_a_text_file_written_the_markdown_way() -> None:
    doc = parse_text(
        "# 織物プラン\n\n## 1. 概要\n\n- 対象：帯と着物\n- 区域：西陣\n\n## 2. 目標\n\n**（１）数値目標**\n\n出荷額40億円。\n"
    )
    assert doc.title == "織物プラン"
    assert heads(doc) == [(1, "1.", "概要"), (1, "2.", "目標"), (2, "（１）", "数値目標")]
    assert [b.text for b in doc.sections[0].blocks] == ["対象：帯と着物", "区域：西陣"]


def test_numbered_line_cut_at_the_width_goes_on_however_deep_the_rest_sits() -> None:
    """Half-width digits fill half a place: a line with 「2,400本」 cut at the width is as wide as the full-width
    lines around it, and its last word on the next, deeper line belongs to it (not a heading over 「度）」)."""
    entry = "　（一）苗木の植栽本数（累計）　1,200本（令和７年度）→5,600本（令和13年"
    width = len(entry) - 6  # the 12 digits and commas take half a place each
    body = "\n".join([("本文の行はこの幅で折り返されて同じ長さになる" * 3)[:width]] * 8)
    text = body + f"\n{entry}\n　　度）\n　　　担当：町農林課\n"
    doc = parse_text(text)
    items = [b for b in doc.preamble if isinstance(b, ListItem)]
    assert [b.text for b in items] == ["苗木の植栽本数（累計）　1,200本（令和７年度）→5,600本（令和13年度） 担当：町農林課"]
    assert not doc.sections


def test_table_ruled_with_horizontal_bars_keeps_its_header_row() -> None:
    """「――――」 (U+2015, as a Japanese IME types a line) rules a table as 「────」 does."""
    bar = "―" * 30
    text = f"{bar}\n｜企業名　　　｜所在地　｜役割\n{bar}\n｜株式会社甲　｜高松市　｜製麺ラインの製造\n｜乙食品株式会社｜丸亀市　｜冷凍めんの製造\n{bar}\n"
    doc = parse_text(text)
    tables = [b for b in doc.preamble if isinstance(b, Table)]
    assert len(tables) == 1 and tables[0].cells[0] == ("企業名", "所在地", "役割")
    assert tables[0].cells[1][2] == "製麺ラインの製造"


def test_cover_lines_stay_apart_until_the_first_heading() -> None:
    text = "漆を、暮らしの道具に。\n輪島塗 × 能登の手仕事 日常づかい展開プラン\n（概要版・素案）\n石川県輪島市 観光商工課\n令和8年8月\n\n【1】概要\n本文の一行目で、\n二行目に続く。\n"
    doc = parse_text(text)
    assert [b.text for b in doc.preamble] == [
        "漆を、暮らしの道具に。", "輪島塗 × 能登の手仕事 日常づかい展開プラン", "（概要版・素案）", "石川県輪島市 観光商工課",
        "令和8年8月",
    ]
    assert [b.text for b in doc.sections[0].blocks] == ["本文の一行目で、二行目に続く。"]


def test_a_page_break_drawn_as_text_makes_the_line_under_it_a_heading() -> None:
    text = "有田焼 輸出プラン\n\n--- p.1 ---\n計画の概要\n・策定主体：佐賀県\n\n＝＝ スライド2 ＝＝\n原料も窯も地元で\n・陶石の県内調達率：92%\n"
    doc = parse_text(text)
    assert [s.heading for s in doc.sections] == ["計画の概要", "原料も窯も地元で"]
    assert not any("p.1" in getattr(b, "text", "") for s in doc.sections for b in s.blocks)


def test_page_numbers_and_running_headers_of_a_pasted_pdf_go_and_a_cut_sentence_goes_on() -> None:
    text = (
        "１　概要\n\n本計画は、県内の造船所と舶用事業者が連携して次世代燃料船の\n建造を進めるものである。\n\n- 1 -\n\n"
        "造船クラスター計画（素案）\n\n両地域の造船所は中型船で長年の実績を持ち、この強みを\n\n- 2 -\n\n"
        "造船クラスター計画（素案）\n\n量産に転換する。\n"
    )
    doc = parse_text(text)
    texts = [b.text for s in doc.sections for b in s.blocks]
    assert texts == [
        "本計画は、県内の造船所と舶用事業者が連携して次世代燃料船の建造を進めるものである。",
        "両地域の造船所は中型船で長年の実績を持ち、この強みを量産に転換する。",
    ]



def test_a_table_flattened_to_single_spaces_is_a_table_and_aligned_key_values_are_not() -> None:
    text = (
        "２　計画推進の核となる企業\n"
        "企業名 従業員数 売上高 役割\n"
        "湖北ドライブ(株) 870人 410億円 ユニットの設計・組立\n"
        "(株)大津ギヤー 120人 28億円 減速ギヤの精密加工\n"
        "（計） 990人 438億円\n\n"
        "３　目標\n"
        "　官民設備投資額（累計）　　 　　：　　 520億円（2026～2040年度）\n"
        "　付加価値増加額（年）　　　 　　：　　 ＋310億円\n"
        "　産業ニーズに即した人材育成数　：　 累計 2,400人\n"
    )
    doc = parse_text(text)
    first, second = doc.sections
    table = first.blocks[0]
    assert isinstance(table, Table) and [list(r) for r in table.cells][1] == ["湖北ドライブ(株)", "870人", "410億円", "ユニットの設計・組立"]
    assert not any(isinstance(b, Table) for b in second.blocks)



def test_a_row_of_a_single_spaced_table_with_its_last_cell_empty_stays_in_the_table() -> None:
    text = (
        "３　KPI及び撤退基準\n"
        "KPI 目標 期限 担当部署 撤退基準\n"
        "海外承認件数 累計８件 令和11年度 産業政策課 令和９年度末に２件未満なら再設計\n"
        "県内調達比率 80% 令和12年度 産業政策課 \n"
        "港のコンテナ便数 週５便 令和10年度 港湾課 週３便未満なら補助を見直し\n"
    )
    table = parse_text(text).sections[0].blocks[0]
    assert isinstance(table, Table) and len(table.records) == 3
    assert table.records[1]["撤退基準"] == "" and table.records[2]["KPI"] == "港のコンテナ便数"


def test_an_outline_told_by_marks_and_indentation_alone() -> None:
    # chapters marked 「◎」 between blank lines (a short label under the mark included), parts as short labels indented
    # after a blank line over text indented deeper; an indicator's entry and a cover label's value are no parts
    text = (
        "北浜町 ゆず成長プラン（素案）\n\n"
        "【策定主体】\n　北浜町ゆず振興協議会\n　　会長：北浜町長\n\n"
        "◎プランの期間\n　令和９年度から令和１３年度までの５年間とする。\n\n"
        "◎成長を目指す分野\n\n"
        "　対象とする製品\n　　ゆず果汁、ゆず皮ペースト\n\n"
        "　選んだ理由\n　　町のゆず生産量は県内一である。\n\n"
        "◎課題と町の取組\n\n"
        "　ＫＰＩ\n\n"
        "　　ＫＰＩ　　　　　目標　　　　期限\n"
        "　　加工品売上額　　２８億円　　令和１３年度\n"
        "　　輸出額　　　　　６億円　　　令和１３年度\n\n"
        "　＜ＫＰＩ２＞共同加工場の稼働率\n　　　目標：８０％\n"
    )
    doc = parse_text(text)
    assert heads(doc) == [
        (1, None, "策定主体"), (2, None, "プランの期間"), (2, None, "成長を目指す分野"), (3, None, "対象とする製品"),
        (3, None, "選んだ理由"), (2, None, "課題と町の取組"), (3, None, "ＫＰＩ"),
    ]
    assert section(doc, "策定主体").blocks[0].text == "北浜町ゆず振興協議会"
    assert isinstance(section(doc, "ＫＰＩ").blocks[0], Table)


def test_a_strong_mark_after_a_blank_line_over_an_indented_block_is_a_chapter_but_not_over_sibling_entries() -> None:
    text = (
        "◇計画の期間\n　２０２７年度から２０３１年度までの５年間（目標年度　２０３１年度）\n　長期目標は２０３５年度とする\n\n"
        "◇核となる企業\n\n"
        "■湊光電株式会社\n　ＬＥＤ素子の一貫生産\n■北浜精密株式会社\n　セラミック部品の加工\n"
    )
    doc = parse_text(text)
    assert [s.heading for s, _ in doc.walk()] == ["計画の期間", "核となる企業"]
    assert [type(b).__name__ for b in section(doc, "核となる企業").blocks] == ["ListItem", "ListItem"]


def test_a_middle_dot_inside_a_bracket_the_wrap_left_open_goes_on_with_the_sentence() -> None:
    lines = [
        "　本市の駆動部品産業は、ギヤの歯面研削や熱処理などの精密加工を市内の協力企業",
        "で完結できることに強みがあり、欧州の完成車メーカーへの供給実績も積み上がって",
        "いる。今後は中価格帯のユニット市場で販路を広げ、域外から継続して収益を得る。",
        "　ドライブユニットを構成する部品のうち、減速ギヤ、ハブ、クランク、ハウジング",
        "は市内で調達している。一方、磁石及び制御用のＩＣは現在すべて海外（中国、韓国",
        "・台湾）から調達している。これらは汎用品であり、当面は現行の調達先を維持する",
        "。今後の需要の伸びに合わせて、協力企業の加工能力を段階的に高めていくこととし",
        "、その進み具合は推進会議で毎年度確かめ、必要に応じて計画を見直すこととする。",
    ]
    doc = parse_text("\n".join(lines) + "\n")
    assert [type(b) for b in doc.preamble] == [Paragraph, Paragraph]
    assert "海外（中国、韓国・台湾）から調達している。" in doc.preamble[1].text


def test_a_space_aligned_row_with_one_space_between_two_cells_and_a_blank_last_cell_falls_under_the_header() -> None:
    src = (
        "３　成果指標\n"
        "　（確認の場：町産業振興会議）\n"
        "　指標　　　　　　　　目標　　　　期限　　　　所管　　　　　　見直しの目安\n"
        "　体験工房の利用者数　２，０００人　令和１０年度　町観光課　　　令和９年度に８００人未満で見直す\n"
        "　直売所の売上　　　　４，５００万円　令和１１年度　町農林課\n"
    )
    t = next(b for b in parse_text(src).sections[0].blocks if isinstance(b, Table))
    assert t.records[0] == {"指標": "体験工房の利用者数", "目標": "２，０００人", "期限": "令和１０年度", "所管": "町観光課",
                            "見直しの目安": "令和９年度に８００人未満で見直す"}
    assert t.records[1]["所管"] == "町農林課" and t.records[1]["見直しの目安"] == ""


def test_rows_under_a_first_line_that_holds_figures_are_not_placed_under_it_as_under_a_header() -> None:
    src = (
        "目標\n"
        "　　付加価値増加額（必須）　　令和１２年度　　２億円\n"
        "　　年間来訪者数　　　　　　　３万人→５万人（令和１２年度）\n"
        "　　通年雇用者数　　　　　　　８０人→１２０人（令和１２年度）\n"
    )
    doc = parse_text(src)
    assert not any(isinstance(b, Table) and len(b.records[0]) == 3 for s, _ in doc.walk() for b in s.blocks)


def test_a_box_table_ruled_under_its_header_joins_a_cell_wrapped_at_its_edge_but_not_a_row_under_a_short_cell() -> None:
    src = (
        "表\n"
        "+----------+------------------+\n"
        "| 区分     | 内容             |\n"
        "+----------+------------------+\n"
        "| 見直し   | 令和9年度に半分未 |\n"
        "|          | 満なら縮小する   |\n"
        "| 必須     | 投資額           |\n"
        "|          | 付加価値額       |\n"
        "+----------+------------------+\n"
    )
    t = next(b for b in parse_text(src).preamble if isinstance(b, Table))
    assert t.cells == (("区分", "内容"), ("見直し", "令和9年度に半分未満なら縮小する"), ("必須", "投資額"), ("", "付加価値額"))


@pytest.mark.parametrize("head", ["産振第１２３号", "令和８年９月１０日", "2026年9月10日"])
def test_a_cover_letters_document_number_or_date_is_no_title(head: str) -> None:
    assert parse_text(f"{head}\n\n地域未来戦略推進室 御中\n\n１　計画の名称\n　白浜町 干物 成長プラン\n").title != head


def test_a_numbered_label_with_its_content_after_a_wide_space_heads_its_content() -> None:
    doc = parse_text("【２】核となる地域と事業者\n\n①地域  南山町 東和地区・橘地区（園地と加工施設）\n\n②事業者\n  ・㈱南山ジャムガーデン\n")
    assert [h for _, _, h in heads(doc)] == ["核となる地域と事業者", "地域", "事業者"]
    assert [b.text for b in section(doc, "地域").blocks] == ["南山町 東和地区・橘地区（園地と加工施設）"]


def test_an_appendix_line_over_entries_heads_the_appendix_and_over_a_table_captions_it() -> None:
    doc = parse_text(
        "１ 計画の概要\n  本文。\n\n別表2　KPI\n  ①共同研ぎ場の稼働日数　年200日\n    担当：商工課\n\n"
        "別表3　予算\n  区分      金額      担当\n  設備      3,000千円  商工課\n  研修      500千円    商工課\n"
    )
    assert "別表2　KPI" in [h for _, _, h in heads(doc)]
    assert "別表3　予算" not in [h for _, _, h in heads(doc)]
    assert any(isinstance(b, Table) and b.title == "別表3　予算" for _, blocks in doc.walk() for b in blocks)


def test_rows_that_start_with_their_number_under_a_no_column_are_a_table() -> None:
    doc = parse_text(
        "４ KPIと撤退基準\n\n No. KPI                      現状   目標    担当\n"
        " 1   共同乾燥機の稼働基数      0基    2基     山村振興課\n"
        " 2   設計事務所への採用件数    4件    40件    商工観光課\n"
    )
    tables = [b for _, blocks in doc.walk() for b in blocks if isinstance(b, Table)]
    assert [list(r.values()) for r in tables[0].records] == [
        ["1", "共同乾燥機の稼働基数", "0基", "2基", "山村振興課"],
        ["2", "設計事務所への採用件数", "4件", "40件", "商工観光課"],
    ]


@pytest.mark.parametrize(
    ("line", "read"),
    [
        ("■設置済み　□設置予定", "設置済み"),
        ("□誘致を行う　■誘致は行わない", "誘致は行わない"),
        ("相談窓口：□未設置 ☑設置済み", "相談窓口：設置済み"),
        ("☑ 研修 ☐ 融資 ☑ 販路", "研修、販路"),
    ],
)
def test_a_line_of_check_boxes_reads_as_the_options_ticked(line: str, read: str) -> None:
    doc = parse_text(f"桜川町 地場産業成長プラン\n\n【相談窓口の設置】\n{line}\n窓口名：産業振興課\n\n【推進体制】\n町長を本部長とする。\n")
    texts = [b.text if isinstance(b, Paragraph) else f"{b.key}：{b.value}" for _, b in doc.blocks() if isinstance(b, Paragraph | KeyValue)]
    assert read in texts
    assert [s.heading for s, _ in doc.walk()] == ["相談窓口の設置", "推進体制"]


@pytest.mark.parametrize(("line", "kept"), [("■ 推進体制", "推進体制"), ("□□市の取組", "□□市の取組"), ("■設置済み □□", "設置済み □□")])
def test_a_heading_mark_or_a_placeholder_is_no_check_box(line: str, kept: str) -> None:
    doc = parse_text(f"桜川町 地場産業成長プラン\n\n{line}\n本文です。\n")
    texts = [s.heading for s, _ in doc.walk()] + [b.text for _, b in doc.blocks() if isinstance(b, Paragraph)]
    assert kept in texts


def test_numbered_chapters_first_met_under_a_forms_label_fields_hold_the_labels_after_them() -> None:
    doc = parse_text(
        "■手続名\n　プラン事前確認申請\n\n【提出団体】\n桜川町\n\n【計画期間】\n令和8年度～令和12年度\n\n"
        "■1．支援する分野\n【該当する製品】\n桜川焼\n【特定の理由】\n窯元が集まる。\n\n"
        "■2．核となる事業者\n【核となる事業者】\n桜川窯業協同組合\n【特定の理由】\n組合が共同窯を持つ。\n"
    )
    chapter = section(doc, "核となる事業者")
    assert [c.heading for c in chapter.children] == ["核となる事業者", "特定の理由"]
    assert [c.heading for c in section(doc, "支援する分野").children] == ["該当する製品", "特定の理由"]


def test_labelled_lines_indented_under_an_empty_label_are_lines_of_their_own() -> None:
    doc = parse_text(
        "問3　伴走支援の分野、人員、頻度\n回答：\n　分野：設備投資、販路開拓\n　人員：産業課に専任2人\n"
        "　頻度：月1回の訪問\n　市長が発表する。\n\n問4　産業領域\n回答：\n　木工家具の製造業\n"
    )
    blocks = [b for _, bs in doc.walk() for b in bs]
    kvs = [(b.key, b.value) for b in blocks if isinstance(b, KeyValue)]
    assert kvs == [("回答", ""), ("分野", "設備投資、販路開拓"), ("人員", "産業課に専任2人"), ("頻度", "月1回の訪問"),
                   ("回答", " 木工家具の製造業")]  # fmt: skip


def test_sub_questions_whose_parent_question_is_not_written_are_not_parts_of_the_question_before() -> None:
    """「問4-1」「問4-2」 after 「問3」 with no 「問4」 are questions beside 問3, not its parts; 「問5-1」 under a written
    「問5」 stays its part."""
    doc = parse_text(
        "問3　計画の素案との関係\n回答：素案に記載がある。\n\n問4-1　対象区域\n回答：北浜市臨海地区\n\n"
        "問4-2　区域を選んだ理由\n回答：港に近い。\n\n問5　核となる投資\n回答：工場の新設。\n\n問5-1　投資額\n回答：120億円\n"
    )
    assert heads(doc) == [(1, "問3", "計画の素案との関係"), (1, "問4-1", "対象区域"), (1, "問4-2", "区域を選んだ理由"),
                          (1, "問5", "核となる投資"), (2, "問5-1", "投資額")]


def test_a_text_table_of_words_keeps_a_figure_glued_to_its_word_in_one_cell() -> None:
    """A KPI table typed with full-width spaces whose rows are words in every column (担当・進め方・撤退基準): a row
    whose target glues a word to its figure (「延べ３００人」) and sits one space from the next cell is placed under the
    header's columns, the figure not split from its word nor the last two cells joined."""
    doc = parse_text(
        "ＫＰＩ　　　　　　　目標　　　　　期限　　　　　担当　　　　　　撤退基準\n"
        "直売所の開設　　　　開設完了　　　令和９年度　　町産業課　　　　令和１０年度末に未開設なら中止\n"
        "体験参加者数　　　　延べ３００人　毎年度　　　　町観光協会　　　２年続けて１００人未満なら見直し\n"
    )
    table = next(b for _, b in doc.blocks() if isinstance(b, Table))
    assert table.cells[2] == ("体験参加者数", "延べ３００人", "毎年度", "町観光協会", "２年続けて１００人未満なら見直し")


def test_table_of_contents_entries_are_no_section_text_but_a_sentence_under_it_stays() -> None:
    listed = "港町の造船計画\n\n目　次\n\n1．区域と企業 ………… 2\n2．評価指標と撤退基準 …… 5\n\n1．区域と企業\n\n港町の臨海部とする。\n"
    doc = parse_text(listed)
    assert doc.preamble == ()
    assert [s.text() for s, _ in doc.walk()] == ["港町の臨海部とする。"]
    headed = "港町の造船計画\n\n【目次】\n\n・区域と企業\n・評価指標と撤退基準\n\n【区域と企業】\n\n港町の臨海部。\n\n【評価指標と撤退基準】\n\n年1回評価する。\n"
    assert [s.text() for s, _ in parse_text(headed).walk()] == ["", "港町の臨海部。", "年1回評価する。"]
    written = "港町の造船計画\n\n【目次】\n\n本計画は港町の造船業の集積を目指すものである。\n\n【区域と企業】\n\n臨海部。\n"
    assert [s.text() for s, _ in parse_text(written).walk()][0] == "本計画は港町の造船業の集積を目指すものである。"


def test_a_forms_question_put_politely_heads_its_answer() -> None:
    text = "設問票\n\n問1　区域はどこですか。\n回答：北浜町の全域\n\n問2　窓口を設けていますか。\n回答：設けている\n・産業課\n"
    assert [(s.number, s.heading) for s, _ in parse_text(text).walk()] == [
        ("問1", "区域はどこですか。"),
        ("問2", "窓口を設けていますか。"),
    ]
    prose = "北浜町漆器プラン\n\n1．区域と企業\n\n北浜町の全域とする。では、なぜ北浜町なのでしょうか。\n"
    assert section(parse_text(prose), "区域と企業").text() == "北浜町の全域とする。では、なぜ北浜町なのでしょうか。"


def test_a_forms_plain_question_heads_its_answer() -> None:
    text = "設問票\n\n問3　伴走支援の仕組みを整えているか。\n回答：整えている\n\n問4　主な取引先\n\n北浜精工、南浜化成。\n"
    assert [s.heading for s, _ in parse_text(text).walk()] == ["伴走支援の仕組みを整えているか。", "主な取引先"]


def test_a_pasted_spreadsheet_row_whose_first_cells_are_empty_keeps_them() -> None:
    text = (
        "北浜町計画\n\n5．KPI\n\n指標\t目標\t担当課\t撤退基準\n体験者数\t900人\t商工課\tR10に400人未満なら縮小\n"
        "\t（延べ）\t観光課\t\n\t\t\t（R9に中間評価）\n"
    )
    table = section(parse_text(text), "KPI").blocks[0]
    assert isinstance(table, Table)
    assert [list(r) for r in table.cells[2:]] == [["", "（延べ）", "観光課", ""], ["", "", "", "（R9に中間評価）"]]


@pytest.mark.parametrize("fmt", ["text", "markdown"])
def test_a_label_at_the_indent_of_an_indented_label_heading_is_its_sibling_without_a_blank_line(fmt: str) -> None:
    # the sub-headings of a chapter told by indentation alone, with no mark and no blank line between the parts
    text = (
        "# 1. 伸ばす分野\n\n"
        "　対象の品目\n"
        "    　養殖ブリの加工品\n"
        "    　フィレの冷凍品\n"
        "　選んだ理由\n"
        "    　漁協の出荷量は県内一である\n"
        "    　加工場の増設余地がある\n"
    )
    doc = parse_document(text, fmt)
    parts = [s.heading for s, _ in doc.walk() if s.level == 2]
    assert parts == ["対象の品目", "選んだ理由"]
    assert "加工場の増設余地がある" in section(doc, "選んだ理由").text()


def test_a_plain_statement_ending_in_ka_is_no_question_heading() -> None:
    for line in ("森林資源が豊か。", "雇用の伸びはわずか。", "需要があるのは確か。", "担い手を確保できるか。"):
        text = f"北浜町林業プラン\n\n区域の特徴\n\n北浜町の全域とする。\n\n{line}\n\n林道を延長する。\n\n目標\n\n生産額を増やす。\n"
        doc = parse_text(text)
        assert [s.heading for s, _ in doc.walk()] == ["区域の特徴", "目標"], line
        assert line in section(doc, "区域の特徴").text()

def test_a_numbered_plain_question_heads_its_answer_but_a_numbered_statement_does_not() -> None:
    asked = "設問票\n\n問2　販路を確保できるのか。\n回答：確保している\n"
    assert [s.heading for s, _ in parse_text(asked).walk()] == ["販路を確保できるのか。"]
    told = "設問票\n\n問2　主な取引先\n\n問3　伸びはわずか。\n"
    assert "伸びはわずか。" not in [s.heading for s, _ in parse_text(told).walk()]


def test_short_lines_after_a_contents_heading_that_list_nothing_stay() -> None:
    for fmt in ("text", "markdown"):
        text = "北浜町漆器プラン\n\n目次\n\n区域と企業\n\n目標\n\n北浜県北浜町\n\n令和8年度～令和12年度\n\n本計画は漆器の販路を広げる。\n"
        text += "\n【区域と企業】\n\n北浜町の全域。\n\n【目標】\n\n出荷額を増やす。\n"
        doc = parse_document(text, fmt)
        kept = "\n".join([b.plain() for b in doc.preamble] + [s.text() for s, _ in doc.walk()])
        assert "北浜県北浜町" in kept and "令和8年度～令和12年度" in kept and "本計画は漆器の販路を広げる。" in kept, fmt
        assert "目標\n" not in kept, fmt
    dotted = "港町の造船計画\n\n目次\n\n沿革・・・・・1\nはじめに　3\n計画の区域 ‥‥ 5\n\n港町の臨海部。\n"
    assert [s.text() for s, _ in parse_text(dotted).walk()] == ["港町の臨海部。"]


@pytest.mark.parametrize("fmt", ["text", "markdown"])
@pytest.mark.parametrize("sibling", ["地区：南谷（製材所と乾燥場）", "地区\u3000\u3000南谷（製材所と乾燥場）"])
def test_lines_set_in_with_a_full_width_space_are_lines_of_their_own_not_a_wrapped_sentence(fmt: str, sibling: str) -> None:
    doc = parse_document(
        f"1. 取組の担い手\n\n\u3000{sibling}\n\u3000担い手\n\u3000\u3000南谷木材協同組合（組合員9社）\u3000製材\n"
        "\u3000\u3000有限会社やまびこ乾燥\u3000人工乾燥（従業員6名）\n\u3000\u3000町内の工務店（施工）\n",
        fmt,
    )
    entries = [b.plain() for s, bs in doc.walk() for b in bs if isinstance(b, Paragraph)]
    assert "町内の工務店（施工）" in entries, entries  # not run on after 「…（従業員6名）」
    # 「担い手」 at the indent of the label：value line above it heads the entries set in deeper under it
    assert "担い手" in [s.heading for s, _ in doc.walk()], heads(doc)


def test_a_line_set_in_under_a_line_cut_at_the_wrap_width_goes_on_with_it() -> None:
    body = "\u3000地域の製材所と工務店が連携して県産材の住宅部材を供給し"
    wide = "\n".join([body, body, body + "、", "\u3000" + "町外への販売を広げる。"])
    doc = parse_text("1. 概要\n\n" + wide + "\n")
    paras = [b.plain() for _, bs in doc.walk() for b in bs if isinstance(b, Paragraph)]
    assert any(p.endswith("町外への販売を広げる。") and "、" in p for p in paras), paras


def test_label_and_value_lines_spaced_unevenly_stay_lines_not_a_two_row_table() -> None:
    doc = parse_text(
        "1. 目標\n\n令和12年度に次の値を目指す。\n"
        "\u3000木材出荷額\u3000\u3000令和12年度\u300040億円\n\u3000新規就業者数\u3000\u3000令和12年度\u300030人\n"
        "\u3000県産材の使用率\u3000令和12年度\u300080％\n"
    )
    blocks = [b for _, bs in doc.walk() for b in bs]
    assert not any(isinstance(b, Table) for b in blocks), blocks
    assert sum(isinstance(b, Paragraph) and "令和12年度" in b.plain() for b in blocks) == 4


def test_a_two_column_table_aligned_with_spaces_is_still_a_table() -> None:
    doc = parse_text("1. 体制\n\n区分\u3000\u3000担当\n窓口\u3000\u3000商工観光課\n金融\u3000\u3000地元の信用金庫\n\n以上の体制で進める。\n")
    assert any(isinstance(b, Table) for _, bs in doc.walk() for b in bs)


def test_the_first_label_set_in_under_a_heading_heads_the_lines_set_deeper_under_it() -> None:
    doc = parse_text(
        "1. 推進の体制\n\n(1) 支える仕組み\n\u3000相談の窓口\n\u3000\u3000町の産業振興課（担当2名）\n\u3000\u3000町商工会の経営指導員\n"
    )
    assert "相談の窓口" in [s.heading for s, _ in doc.walk()], heads(doc)
    assert [b.plain() for b in section(doc, "相談の窓口").blocks] == ["町の産業振興課（担当2名）", "町商工会の経営指導員"]


def test_a_paragraph_indented_as_a_block_goes_on_where_a_line_stops_on_a_particle() -> None:
    doc = parse_text(
        "1. 方針\n\n\u3000\u3000町外の問屋と長期の取引を結ぶ場合でも、一つの問屋への販売が売上の半分を\n"
        "\u3000\u3000超えないよう、取引先を広げる。\n"
    )
    paras = [b.plain() for _, bs in doc.walk() for b in bs if isinstance(b, Paragraph)]
    assert paras == ["町外の問屋と長期の取引を結ぶ場合でも、一つの問屋への販売が売上の半分を超えないよう、取引先を広げる。"], paras


def test_a_total_line_with_one_space_right_after_a_spaced_table_leaves_the_table_standing() -> None:
    doc = parse_text(
        "1. 目標\n区分\u3000\u3000\u3000\u3000目標値\n売上高\u3000\u3000\u3000100百万円\n雇用者数\u3000\u3000\u300010人\n"
        "設備投資額\u3000\u300050百万円\n合計 160百万円\n"
    )
    blocks = [b for _, bs in doc.walk() for b in bs]
    assert any(isinstance(b, Table) for b in blocks), blocks


def test_two_spaced_rows_then_a_line_with_one_space_stay_a_table() -> None:
    doc = parse_text("1. 体制\n区分\u3000\u3000担当\n窓口\u3000\u3000商工観光課\n備考 なし\n")
    blocks = [b for _, bs in doc.walk() for b in bs]
    assert any(isinstance(b, Table) for b in blocks), blocks


@pytest.mark.parametrize(
    ("text", "label", "value"),
    [
        (
            "1. 計画の概要\n(1) 計画期間\n\u3000令和8年度～12年度\n\u3000\u3000（5年間、中間年に見直し）\n"
            "(2) 策定主体\n\u3000山峡町\n\u3000\u3000（連携：山峡町商工会）\n",
            "計画期間",
            "令和8年度～12年度",
        ),
        ("1. 体制\n(1) 事業主体\n\u3000山峡ゆず加工株式会社\n\u3000\u3000代表取締役\u3000山田太郎\n", "事業主体", "山峡ゆず加工株式会社"),
        ("1. 体制\n(1) 進め方\n\u3000令和9年度から\n\u3000\u3000町内の全地区で始める\n", "進め方", "令和9年度から"),
    ],
)
def test_a_value_set_in_under_a_numbered_heading_stays_its_value_not_a_heading(text: str, label: str, value: str) -> None:
    doc = parse_text(text)
    names = [s.heading for s, _ in doc.walk()]
    assert value not in names, heads(doc)
    assert any(value in b.plain() for b in section(doc, label).blocks), heads(doc)


@pytest.mark.parametrize(
    "cover",
    ["令和9年3月\n山峡町", "山峡町産業振興協議会", "2027年3月31日"],
)
def test_a_marked_first_heading_over_a_date_or_issuing_body_is_the_title_not_a_chapter(cover: str) -> None:
    text = (
        "■山峡町地域未来戦略\n\n" + cover + "\n\n■計画の期間\n令和9年度から5年間\n\n■核となる企業\n山峡ゆず加工株式会社\n"
    )
    doc = parse_text(text)
    assert doc.title == "山峡町地域未来戦略", heads(doc)
    assert "山峡町地域未来戦略" not in [s.heading for s, _ in doc.walk()]


def test_a_marked_draft_title_over_a_date_is_the_title() -> None:
    doc = parse_text("■山峡町地域未来戦略（素案）\n\n令和9年3月\n\n■計画の期間\n令和9年度から5年間\n\n■核となる企業\nなし\n")
    assert doc.title == "山峡町地域未来戦略（素案）", heads(doc)


def test_a_phrase_with_one_space_inside_is_no_label_and_value_so_the_next_short_line_is_no_heading() -> None:
    doc = parse_text("1. 現状\n\u3000本町の林業 現状と課題\n\u3000担い手の確保\n\u3000\u3000林業従事者の高齢化が進んでいる。\n")
    assert [s.heading for s, _ in doc.walk()] == ["現状"], heads(doc)


def test_a_line_set_in_under_a_finished_predicate_without_a_full_stop_begins_a_new_paragraph() -> None:
    doc = parse_text("1. 現状\n\n\u3000木材の価格は長く低迷しており厳しい状況にある\n\u3000そこで、町は県産材の利用を広げる。\n")
    paras = [b.plain() for _, bs in doc.walk() for b in bs if isinstance(b, Paragraph)]
    assert len(paras) == 2, paras


def test_labelled_lines_set_in_under_an_entry_that_only_names_something_are_its_entries() -> None:
    text = "1. 目標\n\n◎設備投資額\n　　令和12年度（単年）：9億円\n　　令和8〜12年度の累計：40億円\n◎人材育成数：令和12年度 30人\n"
    entries = [b for b in section(parse_text(text), "目標").blocks if isinstance(b, ListItem)]
    assert [(e.text, [c.text for c in e.children]) for e in entries] == [
        ("設備投資額", ["令和12年度（単年）：9億円", "令和8〜12年度の累計：40億円"]),
        ("人材育成数：令和12年度 30人", []),
    ]
    # an entry with its value set off by a wide space (in kanji numerals too) keeps the details under it as its text
    kept = "1. 指標\n\n・研修の修了者数　年間八人\n　　担当：町産業課\n"
    entry = next(b for b in section(parse_text(kept), "指標").blocks if isinstance(b, ListItem))
    assert (entry.text, entry.children) == ("研修の修了者数　年間八人 担当：町産業課", ())
    # a wide space before a note on whose figure it is (「（三団体合計）」) sets off no value: the lines under it are entries
    noted = "1. 目標\n\n◎設備の更新額　（三団体合計）\n　　令和11年度（単年）：5億円\n　　令和8～11年度累計：16億円\n"
    entry = next(b for b in section(parse_text(noted), "目標").blocks if isinstance(b, ListItem))
    assert len(entry.children) == 2, (entry.text, entry.children)
