"""Markdown layouts on markdown-it-py (readers/doctree/markdown.py)."""

from __future__ import annotations

from chiiki_mirai.readers.doctree import KeyValue, ListItem, Paragraph, Table, parse_markdown


def heads(doc) -> list[tuple[int, str | None, str]]:  # noqa: ANN001
    return [(s.level, s.number, s.heading) for s, _ in doc.walk()]


def test_hash_headings_numbered_lines_and_bold_headings() -> None:
    src = """# 竹細工 振興プラン（素案）

- 策定主体：大分県別府市
- 計画期間：2026年度～2030年度

## １．伸ばす分野

**（１）対象の製品**

竹製の照明器具と食器。

（２）選んだ理由

欧州の家具店からの注文が増えている。

① 販路

見本市に出展する。

## ２．推進の体制

市が窓口を置く。
"""
    doc = parse_markdown(src)
    assert doc.title == "竹細工 振興プラン（素案）"
    assert doc.meta == {"策定主体": "大分県別府市", "計画期間": "2026年度～2030年度"}
    assert heads(doc) == [
        (1, "１．", "伸ばす分野"),
        (2, "（１）", "対象の製品"),
        (2, "（２）", "選んだ理由"),
        (3, "①", "販路"),
        (1, "２．", "推進の体制"),
    ]
    assert doc.sections[0].children[0].text() == "竹製の照明器具と食器。"


def test_a_later_plain_numbered_line_takes_the_level_its_style_had_under_hash_headings() -> None:
    doc = parse_markdown("## 1. 概要\n\n### (1) 業種\n\n織物。\n\n(2) 理由\n\n産地がある。\n")
    assert heads(doc) == [(1, "1.", "概要"), (2, "(1)", "業種"), (2, "(2)", "理由")]


def test_a_bold_label_under_a_hash_heading_heads_a_part_of_it_whatever_the_cover_made_bold_lines() -> None:
    src = """**石見焼 成長プラン（素案）**

**― 水がめと食器で海外へ ―**

## 第1 分野

### 1 基本戦略

**ねらう市場：**

- 欧州の雑貨店（法人）

**売り方：**

- 見本市に出る

### 2 取組
窯を一基増やす。
"""
    doc = parse_markdown(src)
    strategy = next(s for s, _ in doc.walk() if s.heading.endswith("基本戦略"))
    assert [c.heading for c in strategy.children] == ["ねらう市場：", "売り方："]
    assert [s.heading for s, _ in doc.walk()][-1] == "取組"


def test_nested_lists_and_continuation() -> None:
    src = """## 核となる事業者

- 株式会社湯布院ファーム（従業員40名）
  牛乳と乳製品の製造
- 日田チーズ工房
  - 熟成庫の運営
  - 直売所

1. 一つ目の取組を進める。
2. 二つ目の取組を進める。
"""
    doc = parse_markdown(src)
    items = doc.sections[0].blocks if doc.sections else doc.preamble
    lis = [b for b in items if isinstance(b, ListItem)]
    assert lis[0].text == "株式会社湯布院ファーム（従業員40名） 牛乳と乳製品の製造"
    assert [c.text for c in lis[1].children] == ["熟成庫の運営", "直売所"]
    assert lis[1].children[0].level == 2
    assert [(b.marker, b.text) for b in lis[2:]] == [
        ("1.", "一つ目の取組を進める。"),
        ("2.", "二つ目の取組を進める。"),
    ]


def test_loose_numbered_list_of_bare_lines_is_headings() -> None:
    src = "1. 基本事項\n   - 類型：地場産業成長プラン\n   - 策定主体：高山市\n\n2. 伸ばす分野\n\n2.1 対象\n\n家具。\n"
    doc = parse_markdown(src)
    assert heads(doc) == [(1, "1.", "基本事項"), (1, "2.", "伸ばす分野"), (2, "2.1", "対象")]
    assert doc.meta == {"類型": "地場産業成長プラン", "策定主体": "高山市"}


def test_typed_marks_in_a_paragraph_read_as_in_text() -> None:
    src = "計画\n\n・対象の製品\n焼酎と甘酒。\n\n・KPI：輸出額 年3億円、販路 20件\n"
    doc = parse_markdown(src)
    assert heads(doc) == [(1, None, "対象の製品")]
    blocks = doc.sections[0].blocks
    assert isinstance(blocks[0], Paragraph) and blocks[0].text == "焼酎と甘酒。"
    assert isinstance(blocks[1], ListItem) and blocks[1].text == "KPI：輸出額 年3億円、販路 20件"


def test_gfm_tables_both_orientations_merged_header_and_total_row() -> None:
    src = """# 計画

KGI一覧
| 指標 | 目標値 | 目標値 |
|---|---|---|
| | 2030年度 | 2035年度 |
| 設備投資額 | 40億円 | 90億円 |
| 雇用 | 120人 | 300人 |

| 項目 | 有限会社北斗工芸 | 株式会社南風堂 |
|---|---|---|
| 所在地 | 輪島市 | 七尾市 |
| 従業員数 | 28名 | 140名 |

| 事業者 | 売上 |
|---|---|
| 北斗工芸 | 3億円 |
| （参考）市全体 | 95億円 |
"""
    doc = parse_markdown(src)
    t1, t2, t3 = [b for b in doc.preamble if isinstance(b, Table)]
    assert t1.title == "KGI一覧" and t1.header_rows == 2 and t1.orientation == "rows"
    assert t1.records[0] == {"指標": "設備投資額", "目標値 2030年度": "40億円", "目標値 2035年度": "90億円"}
    assert t2.orientation == "columns" and t2.header_cols == 1 and t2.header_rows == 0
    assert t2.records == (
        {"項目": "有限会社北斗工芸", "所在地": "輪島市", "従業員数": "28名"},
        {"項目": "株式会社南風堂", "所在地": "七尾市", "従業員数": "140名"},
    )
    assert t3.total_records == (1,) and t3.data_records() == [{"事業者": "北斗工芸", "売上": "3億円"}]


def test_cover_table_and_front_matter() -> None:
    src = """---
作成: 2026-11-02
---

# 湯の花プラン

| 計画名 | 湯の花プラン |
|---|---|
| 策定主体 | 別府市 |
| 計画期間 | 2026年度～2030年度 |

## 1. 概要

本文。
"""
    doc = parse_markdown(src)
    assert doc.meta == {
        "作成": "2026-11-02",
        "計画名": "湯の花プラン",
        "策定主体": "別府市",
        "計画期間": "2026年度～2030年度",
    }
    t = doc.preamble[0]
    assert isinstance(t, Table) and t.orientation == "columns" and len(t.records) == 1


def test_html_is_text_and_never_run() -> None:
    src = "# 計画\n\n<script>alert(1)</script>\n\n本文<b>強調</b>です。\n"
    doc = parse_markdown(src)
    texts = [b.text for b in doc.preamble if isinstance(b, Paragraph)]
    assert texts == ["<script>alert(1)</script>", "本文<b>強調</b>です。"]


def test_key_values_and_label_entries() -> None:
    doc = parse_markdown("# 計画\n\n**策定主体**：長崎県\n\nKPI1 受注件数　年20件\n")
    kv, li = doc.preamble
    assert isinstance(kv, KeyValue) and (kv.key, kv.value) == ("策定主体", "長崎県")
    assert isinstance(li, ListItem) and li.text == "KPI1 受注件数　年20件"


def test_deep_list_is_capped_without_losing_text() -> None:
    src = "".join("  " * i + f"- 項目{i}\n" for i in range(60)) + "\n後の段落。\n"
    doc = parse_markdown(src)
    texts = []
    stack = list(doc.preamble)
    while stack:
        b = stack.pop()
        texts.append(b.text)
        stack.extend(getattr(b, "children", ()))
    assert {f"項目{i}" for i in range(60)} <= set(texts) and "後の段落。" in texts
    assert doc.warnings


def test_an_html_table_in_markdown_is_a_table_with_its_merged_cells_spread() -> None:
    md = (
        "# 温泉地の成長プラン\n\n## 1. 概要\n\n本文。\n\n## 2. 核となる事業者\n\n"
        "<table>\n"
        '  <tr><th rowspan="2">事業者</th><th colspan="2">規模</th></tr>\n'
        "  <tr><th>従業員</th><th>売上</th></tr>\n"
        "  <tr><td>（有）湯の宿<br>本館</td><td>9名</td><td>約8,000万円</td></tr>\n"
        "</table>\n"
    )
    doc = parse_markdown(md)
    table = doc.sections[-1].blocks[0]
    assert isinstance(table, Table)
    assert [list(r) for r in table.cells] == [
        ["事業者", "規模", "規模"], ["事業者", "従業員", "売上"], ["（有）湯の宿\n本館", "9名", "約8,000万円"]
    ]



def test_an_html_table_split_by_blank_lines_stays_one_table_with_its_caption_cell_lists_and_nested_table() -> None:
    md = (
        "# 温泉地の成長プラン\n\n## 5. KPI\n\n"
        "<table>\n<caption>表2　KPIの一覧</caption>\n"
        "<tr><th>KPI</th><th>目標</th><th>担当</th></tr>\n\n"
        "<tr><td>宿泊客数</td><td>12万人</td><td><ul><li>観光課</li><li>商工課</li></ul></td></tr>\n\n"
        "<tr><td>内訳</td><td colspan=\"2\"><table><tr><td>国内</td><td>9万人</td></tr>"
        "<tr><td>海外</td><td>3万人</td></tr></table></td></tr>\n"
        "</table>\n\n本文の続き。\n"
    )
    blocks = parse_markdown(md).sections[-1].blocks
    table = blocks[0]
    assert isinstance(table, Table) and table.title == "表2　KPIの一覧"
    assert [list(r) for r in table.cells] == [
        ["KPI", "目標", "担当"],
        ["宿泊客数", "12万人", "・観光課\n・商工課"],
        ["内訳", "国内 9万人\n海外 3万人", "国内 9万人\n海外 3万人"],
    ]
    assert [b.plain() for b in blocks[1:]] == ["本文の続き。"]


def test_an_html_table_in_an_editors_box_is_a_table() -> None:
    md = "# 温泉地の成長プラン\n\n## 5. KPI\n\n<div class=\"tbl\">\n<table>\n<tr><th>KPI</th><th>目標</th></tr>\n"
    md += "<tr><td>宿泊客数</td><td>12万人</td></tr>\n</table>\n</div>\n\n本文。\n"
    blocks = parse_markdown(md).sections[-1].blocks
    assert isinstance(blocks[0], Table) and [list(r) for r in blocks[0].cells] == [["KPI", "目標"], ["宿泊客数", "12万人"]]
    assert [b.plain() for b in blocks[1:]] == ["本文。"]


def test_struck_through_wording_is_a_deleted_revision_and_not_read() -> None:
    src = """# 真珠加工 成長プラン（第2版）

## 1. 目標

- 目標年度：~~2029年度~~ 2031年度
- 市内の仕入額：~~4億円→6億円~~ 実態調査の後に定める。

| 指標 | 目標 |
|---|---|
| 輸出額 | ~~3億円~~ 5億円 |
"""
    blocks = parse_markdown(src).sections[0].blocks
    texts = [b.plain() for b in blocks]
    assert not any("2029" in t or "4億円" in t or "3億円" in t for t in texts)
    assert any("2031年度" in t for t in texts) and any("実態調査の後に定める" in t for t in texts)
    table = next(b for b in blocks if isinstance(b, Table))
    assert "5億円" in table.plain() and "3億円" not in table.plain()


def test_html_comments_are_the_drafters_notes_and_not_read() -> None:
    src = """# 和紙 成長プラン

## 4 相談窓口

窓口の置き場所は今後決める。<!-- 案：市の観光商工課 -->

<!-- メモ：担当は
産業振興課か商工会で調整 -->

<!-- 閉じ忘れ
商工会に置く
"""
    doc = parse_markdown(src)
    text = "\\n".join(b.plain() for b in doc.sections[0].blocks)
    assert "窓口の置き場所は今後決める。" in text
    assert not any(w in text for w in ("観光商工課", "産業振興課", "商工会に置く", "<!--"))


def test_a_definition_list_reads_as_entries_with_their_definitions_nested_under_them() -> None:
    src = "## 5. KPI\n\n新商品の数\n: 目標　12品（2029年度）\n: 担当　町産業課\n\n見学者数\n: 目標　年3千人\n"
    blocks = parse_markdown(src).sections[0].blocks
    assert [(b.text, [c.text for c in b.children]) for b in blocks if isinstance(b, ListItem)] == [
        ("新商品の数", ["目標\u300012品（2029年度）", "担当\u3000町産業課"]),
        ("見学者数", ["目標\u3000年3千人"]),
    ]


def test_a_pictograph_before_a_headings_number_is_decoration() -> None:
    doc = parse_markdown("# 🏭 柳川市 ひな人形 成長プラン\n\n## 📌 1. 支援する分野\n\n人形。\n\n## ✅ 2. KPI\n\n- ⚠️ 検討中\n")
    assert doc.title == "柳川市 ひな人形 成長プラン"
    assert heads(doc) == [(1, "1.", "支援する分野"), (1, "2.", "KPI")]


def test_a_statement_ending_in_ka_above_a_table_is_no_caption() -> None:
    md = "# 北浜町プラン\n\n## 雇用\n\n雇用の伸びはわずか。\n| 年度 | 人数 |\n|---|---|\n| R6 | 10 |\n"
    doc = parse_markdown(md)
    tables = [b for s, _ in doc.walk() for b in s.blocks if isinstance(b, Table)]
    assert tables and tables[0].title != "雇用の伸びはわずか。"
    paragraphs = [b.text for s, _ in doc.walk() for b in s.blocks if isinstance(b, Paragraph)]
    assert "雇用の伸びはわずか。" in paragraphs


def test_text_after_an_html_table_in_its_box_is_kept_after_the_table() -> None:
    md = (
        "# 北浜町プラン\n\n## 評価指標\n\n"
        '<div class="wrap"><table><tr><th>指標</th><th>目標</th></tr>'
        "<tr><td>出荷額</td><td>10億円</td></tr></table>\n"
        "<p>撤退基準：令和10年度に目標の5割未満の場合は事業を見直す。</p></div>\n\n本文。\n"
    )
    blocks = list(parse_markdown(md).sections[-1].blocks)
    assert isinstance(blocks[0], Table) and blocks[0].cells[1] == ("出荷額", "10億円")
    after = "\n".join(b.plain() for b in blocks[1:])
    assert "令和10年度に目標の5割未満の場合は事業を見直す。" in after and after.endswith("本文。")
