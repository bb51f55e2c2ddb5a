"""Word layouts read with python-docx (readers/doctree/docx.py). Fixtures are built here."""

from __future__ import annotations

import io
import zipfile

import docx
import pytest
from docx.enum.style import WD_STYLE_TYPE
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls, qn
from docx.shared import Twips

from chiiki_mirai.readers.doctree import ListItem, Paragraph, Table, parse_document, parse_docx


def heads(doc) -> list[tuple[int, str | None, str]]:  # noqa: ANN001
    return [(s.level, s.number, s.heading) for s, _ in doc.walk()]


def save(d) -> bytes:  # noqa: ANN001
    buf = io.BytesIO()
    d.save(buf)
    return buf.getvalue()


def test_heading_styles_in_any_language_title_and_outline_level() -> None:
    d = docx.Document()
    d.add_paragraph("醸造クラスター計画", style="Title")
    d.add_paragraph("策定主体：岩手県")
    d.add_paragraph("1. 産業の領域", style="Heading 1")
    d.add_paragraph("酒と醤油。")
    ja = d.styles.add_style("見出し 2", WD_STYLE_TYPE.PARAGRAPH)
    ja.base_style = d.styles["Normal"]
    d.add_paragraph("（１）業種", style=ja)
    d.add_paragraph("清酒製造業。")
    p = d.add_paragraph("（２）理由")
    p._p.get_or_add_pPr().append(parse_xml(f'<w:outlineLvl {nsdecls("w")} w:val="1"/>'))
    doc = parse_docx(save(d))
    assert doc.title == "醸造クラスター計画" and doc.meta == {"策定主体": "岩手県"}
    assert heads(doc) == [(1, "1.", "産業の領域"), (2, "（１）", "業種"), (2, "（２）", "理由")]
    assert doc.sections[0].children[0].text() == "清酒製造業。"
    assert doc.format == "docx" and doc.sections[0].place.line == 3


def test_bold_paragraph_headings_and_typed_bullets() -> None:
    d = docx.Document()
    d.add_paragraph("計画")
    d.add_paragraph().add_run("１．核となる企業").bold = True
    d.add_paragraph("・株式会社三陸缶詰（従業員210名）")
    d.add_paragraph("・KPI：輸出額 年12億円、新規取引 30社")
    d.add_paragraph().add_run("２．推進体制").bold = True
    p = d.add_paragraph()
    p.add_run("県が").bold = True
    p.add_run("窓口を置く。")
    doc = parse_docx(save(d))
    assert heads(doc) == [(1, "１．", "核となる企業"), (1, "２．", "推進体制")]
    items = doc.sections[0].blocks
    assert all(isinstance(b, ListItem) and b.marker == "・" for b in items)
    assert items[1].text == "KPI：輸出額 年12億円、新規取引 30社"
    assert isinstance(doc.sections[1].blocks[0], Paragraph)


NUMBERING = """<w:abstractNum {ns} w:abstractNumId="90">
  <w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="decimalFullWidth"/><w:lvlText w:val="第%1"/></w:lvl>
  <w:lvl w:ilvl="1"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%2."/></w:lvl>
  <w:lvl w:ilvl="2"><w:start w:val="1"/><w:numFmt w:val="aiueoFullWidth"/><w:lvlText w:val="（%3）"/></w:lvl>
</w:abstractNum>"""


def _numbered(d, text: str, ilvl: int):  # noqa: ANN001, ANN202
    p = d.add_paragraph(text)
    p._p.get_or_add_pPr().append(
        parse_xml(f'<w:numPr {nsdecls("w")}><w:ilvl w:val="{ilvl}"/><w:numId w:val="90"/></w:numPr>')
    )
    return p


def test_word_auto_numbered_headings_and_bullet_lists() -> None:
    d = docx.Document()
    numbering = d.part.numbering_part.element
    numbering.insert(0, parse_xml(NUMBERING.format(ns=nsdecls("w"))))
    numbering.append(parse_xml(f'<w:num {nsdecls("w")} w:numId="90"><w:abstractNumId w:val="90"/></w:num>'))
    d.add_paragraph("漁港の計画")
    _numbered(d, "計画の目標", 0)
    _numbered(d, "現状", 1)
    d.add_paragraph("水揚げは年3万トン。")
    _numbered(d, "目標", 1)
    _numbered(d, "加工品", 2)
    d.add_paragraph("冷凍の切り身を輸出する。")
    _numbered(d, "推進体制", 0)
    d.add_paragraph("加工場の新設", style="List Bullet")
    d.add_paragraph("冷凍庫の増設", style="List Bullet 2")
    doc = parse_docx(save(d))
    assert heads(doc) == [
        (1, "第１", "計画の目標"),
        (2, "1.", "現状"),
        (2, "2.", "目標"),
        (3, "（ア）", "加工品"),
        (1, "第２", "推進体制"),
    ]
    items = doc.sections[-1].blocks
    assert [b.text for b in items] == ["加工場の新設"]
    assert isinstance(items[0], ListItem) and items[0].children[0].text == "冷凍庫の増設"


def test_typed_bullets_nest_by_indent() -> None:
    d = docx.Document()
    d.add_paragraph("計画")
    d.add_paragraph("・部材の調達")
    p = d.add_paragraph("・樹脂")
    p.paragraph_format.left_indent = Twips(420)
    d.add_paragraph("・組立")
    doc = parse_docx(save(d))
    top = [b for b in doc.preamble if isinstance(b, ListItem)]
    assert [b.text for b in top] == ["部材の調達", "組立"] and top[0].children[0].text == "樹脂"


def test_tables_with_merged_cells_both_orientations_and_totals() -> None:
    d = docx.Document()
    d.add_paragraph("計画")
    d.add_paragraph("表1 KGI")
    t = d.add_table(rows=4, cols=3)
    for (i, j), text in {(0, 0): "指標", (0, 1): "目標値", (1, 1): "2030年度", (1, 2): "2035年度",
                         (2, 0): "付加価値額", (2, 1): "12億円", (2, 2): "30億円",
                         (3, 0): "（参考）県全体", (3, 1): "900億円", (3, 2): "950億円"}.items():  # fmt: skip
        t.cell(i, j).text = text
    t.cell(0, 1).merge(t.cell(0, 2))  # gridSpan
    t.cell(0, 0).merge(t.cell(1, 0))  # vMerge
    d.add_paragraph("")
    t2 = d.add_table(rows=3, cols=3)
    for i, row in enumerate([["項目", "株式会社遠野精機", "花巻電子株式会社"], ["所在地", "遠野市", "花巻市"],
                             ["従業員数", "300名", "120名"]]):  # fmt: skip
        for j, text in enumerate(row):
            t2.cell(i, j).text = text
    doc = parse_docx(save(d))
    a, b = [x for x in doc.preamble if isinstance(x, Table)]
    assert a.title == "表1 KGI"
    assert a.cells[0] == ("指標", "目標値", "目標値") and a.cells[1] == ("指標", "2030年度", "2035年度")
    assert a.header_rows == 2 and a.records[0] == {
        "指標": "付加価値額",
        "目標値 2030年度": "12億円",
        "目標値 2035年度": "30億円",
    }
    assert a.total_records == (1,) and len(a.data_records()) == 1
    assert set(a.merges) == {(0, 1, 1, 2), (0, 0, 2, 1)}
    assert b.orientation == "columns" and b.records[1]["所在地"] == "花巻市"


def test_nested_table_flattened_and_a_vml_text_box_read_after_its_paragraph() -> None:
    d = docx.Document()
    d.add_paragraph("計画")
    outer = d.add_table(rows=2, cols=2)
    outer.cell(0, 0).text, outer.cell(0, 1).text = "区分", "内容"
    outer.cell(1, 0).text = "設備"
    inner = outer.cell(1, 1).add_table(rows=1, cols=2)
    inner.cell(0, 0).text, inner.cell(0, 1).text = "炉", "2基"
    p = d.add_paragraph("本文の段落。")
    box = (
        f'<w:r {nsdecls("w")} xmlns:v="urn:schemas-microsoft-com:vml"><w:pict><v:shape><v:textbox>'
        "<w:txbxContent><w:p><w:r><w:t>箱の中の文字</w:t></w:r></w:p></w:txbxContent>"
        "</v:textbox></v:shape></w:pict></w:r>"
    )
    p._p.append(parse_xml(box))
    doc = parse_docx(save(d))
    t = doc.preamble[0]
    assert isinstance(t, Table) and t.cells[1] == ("設備", "炉 | 2基")
    assert [b.text for b in doc.preamble if isinstance(b, Paragraph)] == ["本文の段落。", "箱の中の文字"]


def test_deleted_text_and_field_codes_are_not_read() -> None:
    d = docx.Document()
    p = d.add_paragraph("残る")
    p._p.append(
        parse_xml(
            f'<w:del {nsdecls("w")} w:id="1" w:author="x"><w:r><w:delText>消えた</w:delText></w:r></w:del>'
        )
    )
    p._p.append(parse_xml(f"<w:r {nsdecls('w')}><w:instrText>PAGE</w:instrText></w:r>"))
    p._p.append(parse_xml(f'<w:ins {nsdecls("w")} w:id="2" w:author="x"><w:r><w:t>文字</w:t></w:r></w:ins>'))
    assert parse_docx(save(d)).title == "残る文字"


def test_not_a_docx_and_zip_bomb_are_refused() -> None:
    with pytest.raises(ValueError, match="not a zip"):
        parse_docx(b"PK\x03\x04 this is not really a zip")
    with pytest.raises(ValueError):
        parse_docx(b"plain text pretending")
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr("[Content_Types].xml", "<Types/>")
        z.writestr("word/document.xml", b"\0" * 3_000_000)
    with pytest.raises(ValueError, match="zip bomb"):
        parse_docx(buf.getvalue())
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as z:
        z.writestr("hello.txt", "no document here")
    with pytest.raises(ValueError, match="no word/document.xml"):
        parse_docx(buf.getvalue())
    with pytest.raises(ValueError):
        parse_document("text", "docx")
    with pytest.raises(ValueError):
        parse_document(b"", "pdf")


def test_document_xml_that_is_broken_is_a_value_error() -> None:
    data = save(docx.Document())
    src = zipfile.ZipFile(io.BytesIO(data))
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as z:
        for info in src.infolist():
            body = src.read(info.filename)
            z.writestr(info.filename, b"<w:document" if info.filename == "word/document.xml" else body)
    with pytest.raises(ValueError):
        parse_docx(buf.getvalue())


def test_empty_paragraphs_separate_and_style_ids_resolve() -> None:
    d = docx.Document()
    d.add_paragraph("計画")
    d.add_paragraph("")
    d.add_paragraph("概要", style="Heading 1")
    assert d.styles["Heading 1"].element.get(qn("w:styleId")) == "Heading1"
    doc = parse_docx(save(d))
    assert heads(doc) == [(1, None, "概要")] and doc.title == "計画"


def test_word_list_number_styles_are_two_levels() -> None:
    d = docx.Document()
    d.add_paragraph("和紙プラン", style="Title")
    for text, style in [("伸ばす分野", "List Number"), ("対象の製品", "List Number 2"), ("手漉きの紙。", "Normal"),
                        ("選んだ理由", "List Number 2"), ("技術がある。", "Normal"), ("推進の体制", "List Number")]:  # fmt: skip
        d.add_paragraph(text, style=style)
    doc = parse_docx(save(d))
    assert [(lvl, h) for lvl, _, h in heads(doc)] == [
        (1, "伸ばす分野"),
        (2, "対象の製品"),
        (2, "選んだ理由"),
        (1, "推進の体制"),
    ]


def test_long_two_column_layout_table_is_not_cover_metadata() -> None:
    d = docx.Document()
    d.add_paragraph("手袋クラスター計画", style="Title")
    t = d.add_table(rows=14, cols=2)
    for i in range(14):
        t.cell(i, 0).text, t.cell(i, 1).text = f"記載項目{i}", f"記載内容{i}は次のとおり。"
    doc = parse_docx(save(d))
    assert doc.meta == {} and isinstance(doc.preamble[0], Table)


def test_entry_continued_on_an_indented_paragraph_and_a_cover_table() -> None:
    d = docx.Document()
    d.add_paragraph("鋳物プラン", style="Title")
    cover = d.add_table(rows=3, cols=2)
    for i, (k, v) in enumerate(
        [("計画名", "鋳物プラン"), ("策定主体", "埼玉県川口市"), ("計画期間", "2026年度～2030年度")]
    ):
        cover.cell(i, 0).text, cover.cell(i, 1).text = k, v
    d.add_paragraph("核となる事業者", style="Heading 1")
    d.add_paragraph("・株式会社荒川鋳造（従業員90名）")
    d.add_paragraph("鋳物部品の製造と検査").paragraph_format.left_indent = Twips(420)
    d.add_paragraph("・有限会社芝川木型")
    doc = parse_docx(save(d))
    assert doc.meta == {"計画名": "鋳物プラン", "策定主体": "埼玉県川口市", "計画期間": "2026年度～2030年度"}
    assert [b.text for b in doc.sections[0].blocks] == [
        "株式会社荒川鋳造（従業員90名） 鋳物部品の製造と検査",
        "有限会社芝川木型",
    ]


def test_title_styled_paragraph_under_a_cover_line_is_the_title() -> None:
    """A draft's date line over the Title (「【素案】令和8年7月」): the Title paragraph is still the title, the line
    and the organisation with a colon inside its bracket stay cover lines, not sections or labels."""
    d = docx.Document()
    d.add_paragraph("【素案】令和8年7月1日　事前確認用")
    d.add_paragraph("宇和島 真珠クラスター計画", style="Title")
    d.add_paragraph("愛媛県　経済労働部 産業政策課（共同作成：宇和島市、愛南町）")
    d.add_paragraph("概要", style="Heading 1")
    d.add_paragraph("本文。")
    doc = parse_docx(save(d))
    assert doc.title == "宇和島 真珠クラスター計画"
    assert heads(doc) == [(1, None, "概要")]
    assert [type(b).__name__ for b in doc.preamble][-1] == "Paragraph"


def test_a_title_drawn_in_a_one_cell_box_first_in_the_document_is_the_title() -> None:
    """A summary sheet's title in a box (a one-cell table of two short lines) over its cover table: the title."""
    d = docx.Document()
    box = d.add_table(rows=1, cols=1).cell(0, 0)
    box.text = "湊県 地域産業クラスター計画（素案）"
    box.add_paragraph("北浜デニム高機能繊維クラスター")
    d.add_paragraph("概要", style="Heading 1")
    d.add_paragraph("本文。")
    doc = parse_docx(save(d))
    assert doc.title == "湊県 地域産業クラスター計画（素案） 北浜デニム高機能繊維クラスター"
    assert heads(doc) == [(1, None, "概要")]


def _bold(d, text: str) -> None:  # noqa: ANN001
    p = d.add_paragraph()
    for k, line in enumerate(text.split("\n")):
        r = p.add_run(line)
        r.bold = True
        if k < text.count("\n"):
            r.add_break()


def test_a_bold_title_broken_over_two_lines_is_one_title_over_the_cover_lines() -> None:
    d = docx.Document()
    _bold(d, "北浜湾 洋上風力サプライチェーン\n地域産業クラスター計画")
    d.add_paragraph("（案）")
    d.add_paragraph("令和8年9月")
    _bold(d, "北　浜　県")
    d.add_paragraph("受託者：株式会社北浜総合研究所")
    d.add_paragraph("第１章　産業領域", style="Heading 1")
    d.add_paragraph("風車部品の製造業。")
    doc = parse_docx(save(d))
    assert doc.title == "北浜湾 洋上風力サプライチェーン 地域産業クラスター計画"
    assert heads(doc)[-1] == (1, "第１章", "産業領域")


def test_a_bold_figure_caption_over_a_table_captions_it_and_is_no_heading() -> None:
    d = docx.Document()
    d.add_paragraph("３－１　現状の整理", style="Heading 2")
    _bold(d, "図表3-1　町内製材業の推移")
    t = d.add_table(rows=2, cols=2)
    for c, v in zip(t.rows[0].cells, ["指標", "2024年"], strict=True):
        c.text = v
    for c, v in zip(t.rows[1].cells, ["出荷額（億円）", "12"], strict=True):
        c.text = v
    _bold(d, "図表3-2　出荷先の内訳（図は省略）")
    doc = parse_docx(save(d))
    assert heads(doc) == [(1, "３－１", "現状の整理")]
    blocks = doc.sections[0].blocks
    assert isinstance(blocks[0], Table) and blocks[0].title == "図表3-1　町内製材業の推移"
    assert isinstance(blocks[1], Paragraph)


def test_a_one_column_table_is_a_box_around_the_sections_text() -> None:
    d = docx.Document()
    d.add_paragraph("かんきつ成長プラン", style="Title")
    d.add_paragraph("１　基本戦略", style="Heading 2")
    box = d.add_table(rows=1, cols=1)
    box.cell(0, 0).text = "【ポイント】\n・品種の独占：県内でしか栽培できない。\n・海外の贈答需要：1箱1万円を超えても売れる。"
    d.add_paragraph("２　取組の具体像", style="Heading 2")
    d.add_paragraph("選果場を整備する。")
    doc = parse_docx(save(d))
    assert [h for _, _, h in heads(doc)] == ["基本戦略", "取組の具体像"]
    first = doc.sections[0].blocks
    assert len(first) == 1 and isinstance(first[0], Paragraph)
    assert "品種の独占" in first[0].text and "1箱1万円" in first[0].text


def test_an_unnumbered_bold_table_caption_names_its_table_and_opens_no_section() -> None:
    d = docx.Document()
    d.add_heading("部品産業の計画", level=1)
    d.add_heading("（３）ＫＰＩ及びＫＰＩ未達時の撤退基準の設定", level=2)
    d.add_paragraph().add_run("表　ＫＰＩ一覧（半期ごとに確認）").bold = True
    t = d.add_table(rows=2, cols=3)
    for c, v in zip(t.rows[0].cells, ["KPI", "目標・期限", "撤退基準"], strict=True):
        c.text = v
    for c, v in zip(t.rows[1].cells, ["試作件数", "令和10年度に40件", "20件未満なら支援を見直す"], strict=True):
        c.text = v
    buf = io.BytesIO()
    d.save(buf)
    doc = parse_docx(buf.getvalue())
    headings = [s.heading for s, _ in doc.walk()]
    assert not any(h.startswith("表") for h in headings), headings
    tables = [b for s, blocks in doc.walk() for b in blocks if isinstance(b, Table)]
    assert tables and tables[0].title == "表　ＫＰＩ一覧（半期ごとに確認）"


def test_a_shaded_heading_bar_and_text_laid_out_beside_a_table_are_read_as_the_document() -> None:
    d = docx.Document()
    d.add_heading("部品産業の計画", level=1)
    bar = d.add_table(rows=1, cols=1)
    bar.rows[0].cells[0].text = "■ ２．計画の対象区域"
    layout = d.add_table(rows=1, cols=2)
    left, right = layout.rows[0].cells
    left.text = "（１）対象区域"
    left.add_paragraph("北上市及び花巻市の工業団地を中心とする２市の区域とする。部品の即納が可能な範囲である。")
    left.add_paragraph("（２）特定の理由")
    left.add_paragraph("装置部品と検査の事業所が車で40分圏内に分布しているため、この範囲を区域とした。")
    right.text = "主な立地"
    box = d.add_table(rows=1, cols=1)
    box.rows[0].cells[0].text = "【ポイント】"
    box.rows[0].cells[0].add_paragraph("区域内で保守と部材の即納が完結する。")
    buf = io.BytesIO()
    d.save(buf)
    doc = parse_docx(buf.getvalue())
    headings = [s.heading for s, _ in doc.walk()]
    assert headings == ["計画の対象区域", "対象区域", "特定の理由"]


def test_a_text_box_is_read_once_after_the_paragraph_that_anchors_it() -> None:
    d = docx.Document()
    d.add_heading("部品産業の計画", level=1)
    d.add_heading("（３）ＫＰＩ及びＫＰＩ未達時の撤退基準の設定", level=2)
    anchor = d.add_paragraph("表　ＫＰＩ一覧")
    box = (
        "<w:txbxContent {ns}><w:p><w:r><w:t>【撤退基準】</w:t></w:r></w:p>"
        "<w:p><w:r><w:t>2028年度末に2ライン未満の場合、補助を終了する。</w:t></w:r></w:p></w:txbxContent>"
    )
    mc = (
        '<mc:AlternateContent xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" {ns}>'
        "<mc:Choice Requires=\"wps\"><w:drawing>" + box + "</w:drawing></mc:Choice>"
        "<mc:Fallback><w:pict>" + box + "</w:pict></mc:Fallback></mc:AlternateContent>"
    ).format(ns=nsdecls("w"))
    run = anchor.add_run()
    run._r.append(parse_xml(mc))
    buf = io.BytesIO()
    d.save(buf)
    doc = parse_docx(buf.getvalue())
    texts = [getattr(b, "text", "") for _, blocks in doc.walk() for b in blocks]
    assert texts.count("2028年度末に2ライン未満の場合、補助を終了する。") == 1, texts
    assert texts.index("表　ＫＰＩ一覧") < texts.index("2028年度末に2ライン未満の場合、補助を終了する。")


def test_struck_through_runs_are_deleted_wording_and_not_read() -> None:
    d = docx.Document()
    p = d.add_paragraph("目標年度：")
    p.add_run("2029年度").font.strike = True
    p.add_run("2031年度")
    q = d.add_paragraph("窓口：")
    q.add_run("商工会に委ねる").font.double_strike = True
    q.add_run("市の商工課に置く")
    assert parse_docx(save(d)).meta == {"目標年度": "2031年度", "窓口": "市の商工課に置く"}


def test_a_plan_laid_out_as_label_and_content_rows_reads_as_sections_with_their_tables() -> None:
    d = docx.Document()
    d.add_paragraph("北浜県 地域産業クラスター計画（素案）")
    t = d.add_table(rows=5, cols=3)
    rows = [("", "策定主体", "北浜県"), ("1", "産業領域", ""), ("", "", ""), ("2", "目指すべき目標", ""), ("3", "現地化の取組", "")]
    for i, (n, label, value) in enumerate(rows):
        t.cell(i, 0).text, t.cell(i, 1).text, t.cell(i, 2).text = n, label, value
    t.cell(1, 1).merge(t.cell(2, 1))  # the label merged down over the row under it
    t.cell(1, 2).text = "（1）該当する業種"
    t.cell(1, 2).add_paragraph("繊維工業及びプラスチック製品製造業。")
    t.cell(2, 2).text = "（2）特定の理由"
    t.cell(2, 2).add_paragraph("本県は合繊長繊維織物で全国シェア約4割を持つ。")
    t.cell(3, 2).text = "KGIは次のとおり。"
    kgi = t.cell(3, 2).add_table(rows=2, cols=2)
    kgi.cell(0, 0).text, kgi.cell(0, 1).text = "指標", "目標（2031年度）"
    kgi.cell(1, 0).text, kgi.cell(1, 1).text = "付加価値増加額", "160億円"
    t.cell(4, 2).text = "誘致企業の組立要員の9割以上を県内で採用する方針を同社と合意している。"
    doc = parse_docx(save(d))
    assert [(n, h) for _, n, h in heads(doc)][:4] == [("1", "産業領域"), ("（1）", "該当する業種"), ("（2）", "特定の理由"), ("2", "目指すべき目標")]
    target = next(blocks for s, blocks in doc.walk() if s.heading == "目指すべき目標")
    assert any(isinstance(b, Table) and b.records[0].get("指標") == "付加価値増加額" for b in target)
    assert doc.meta.get("策定主体") == "北浜県"


def test_a_first_row_merged_across_the_table_is_its_title_not_its_header() -> None:
    d = docx.Document()
    d.add_paragraph("計画")
    t = d.add_table(rows=4, cols=3)
    for i, row in enumerate([["ロジックモデル"] * 3, ["インプット", "アウトプット（KPI）", "最終アウトカム（KGI）"],
                             ["講座の開設", "修了者 年40人", "人材育成数 200人"], ["設備の共同化", "利用件数 年90件", "投資額 30億円"]]):  # fmt: skip
        for j, text in enumerate(row):
            t.cell(i, j).text = text
    t.cell(0, 0).merge(t.cell(0, 2))
    doc = parse_docx(save(d))
    table = next(x for x in doc.preamble if isinstance(x, Table))
    assert table.header_rows == 2
    assert [r["アウトプット（KPI）"] for r in table.data_records()] == ["修了者 年40人", "利用件数 年90件"]


def test_a_plan_in_one_label_and_content_table_with_chapter_bars_reads_as_chapters_and_items() -> None:
    d = docx.Document()
    d.add_paragraph("南浦県 地場産業成長プラン（素案）")
    rows = [("第1 支援する分野", None), ("該当する製品", "・高級家具\n・木製の玩具"), ("特定の理由", "山林が町の面積の8割を占め、製材所が12ある。\n職人の技術が残る。"),
            ("第2 目指す姿", None), ("目標", "KGIは次のとおり。")]  # fmt: skip
    t = d.add_table(rows=len(rows), cols=2)
    for i, (label, content) in enumerate(rows):
        if content is None:  # a chapter drawn as one cell across the table
            t.cell(i, 0).merge(t.cell(i, 1)).text = label
            continue
        t.cell(i, 0).text = label
        lines = content.split("\n")
        t.cell(i, 1).text = lines[0]
        for more in lines[1:]:
            t.cell(i, 1).add_paragraph(more)
    kgi = t.cell(4, 1).add_table(rows=2, cols=2)
    kgi.cell(0, 0).text, kgi.cell(0, 1).text = "指標", "目標（2031年度）"
    kgi.cell(1, 0).text, kgi.cell(1, 1).text = "付加価値増加額", "4億円"
    doc = parse_docx(save(d))
    assert [(lvl, h) for lvl, _, h in heads(doc)] == [
        (1, "支援する分野"), (2, "該当する製品"), (2, "特定の理由"), (1, "目指す姿"), (2, "目標")
    ]
    target = next(blocks for s, blocks in doc.walk() if s.heading == "目標")
    assert any(isinstance(b, Table) and b.records[0].get("指標") == "付加価値増加額" for b in target)


def _del_mark(p) -> None:  # noqa: ANN001 - a python-docx paragraph whose paragraph mark a reviewer deleted
    ppr = p._p.get_or_add_pPr()
    ppr.append(parse_xml(f'<w:rPr {nsdecls("w")}><w:del w:id="9" w:author="x"/></w:rPr>'))


def test_tracked_changes_read_as_accepted() -> None:
    d = docx.Document()
    d.add_heading("1 推進体制", level=1)
    first = d.add_paragraph("各KPIの担当は")
    _del_mark(first)  # the reviewer joined two paragraphs
    d.add_paragraph("商工観光課とする。")
    gone = d.add_paragraph()
    gone._p.append(parse_xml(f'<w:del {nsdecls("w")} w:id="3" w:author="x"><w:r><w:delText>削る段落</w:delText></w:r></w:del>'))
    _del_mark(gone)  # a paragraph deleted whole, its mark too
    moved = d.add_paragraph("残る文")
    moved._p.append(parse_xml(f'<w:moveFrom {nsdecls("w")} w:id="4" w:author="x"><w:r><w:t>移した文</w:t></w:r></w:moveFrom>'))
    d.add_paragraph().add_run("注記")
    d.add_comment(d.paragraphs[-1].runs[0], text="コメントの本文", author="x")
    t = d.add_table(rows=3, cols=2)
    for r, (a, b) in enumerate([("指標", "目標"), ("出荷額", "10億円"), ("削った指標", "5件")]):
        t.cell(r, 0).text, t.cell(r, 1).text = a, b
    t.rows[2]._tr.get_or_add_trPr().append(parse_xml(f'<w:del {nsdecls("w")} w:id="5" w:author="x"/>'))
    doc = parse_docx(save(d))
    joined = " ".join(b.text for _, blocks in doc.walk() for b in blocks if isinstance(b, Paragraph))
    assert "各KPIの担当は商工観光課とする。" in joined
    assert "削る段落" not in joined and "移した文" not in joined and "コメントの本文" not in joined
    tables = [b for _, blocks in doc.walk() for b in blocks if isinstance(b, Table)]
    assert [row[0] for row in tables[0].cells] == ["指標", "出荷額"]


def test_a_question_forms_answer_mark_is_no_section_its_answer_is_the_questions_text() -> None:
    d = docx.Document()
    d.add_paragraph("連携プラン　問答様式", style="Title")
    d.add_paragraph("問1　計画の名称", style="Heading 1")
    d.add_paragraph("（回答）", style="Heading 2")
    d.add_paragraph("北浜梅プラン")
    d.add_paragraph("問2　現状と目指す姿", style="Heading 1")
    d.add_paragraph("【回答】", style="Heading 2")
    d.add_paragraph("（1）現状", style="Heading 3")
    d.add_paragraph("梅の出荷量は約300トン。")
    doc = parse_docx(save(d))
    assert heads(doc) == [(1, "問1", "計画の名称"), (1, "問2", "現状と目指す姿"), (2, "（1）", "現状")]
    assert doc.sections[0].text() == "北浜梅プラン"
    text = parse_document("連携プラン\n\n問1　計画の名称\n（回答）\n北浜梅プラン\n", "text")
    assert [s.text() for s, _ in text.walk()] == ["北浜梅プラン"]


def test_a_chapters_label_and_content_table_reads_as_items_under_that_chapters_heading() -> None:
    d = docx.Document()
    d.add_heading("西川市 地域産業クラスター計画（素案）", level=0)
    for chapter, rows in (("第1 核となる区域及び企業", [("核となる区域", "・川北工業団地とする。\n・港湾地区の臨海部も含める。"),
                                                     ("核となる企業", "① 川北精工株式会社：精密部品を作る。\n② 西川鋳造株式会社：鋳物を作る。"),
                                                     ("特定の理由", "・①～②は市内の取引の要である。\n・両社で部品の6割を供給する。")]),
                          ("第2 目指す姿", [("目標", "・出荷額を2倍とする。\n・KGIは次の表のとおりとする。"),
                                            ("効果検証", "・毎年度、両社の報告を受けて検証する。\n・結果は議会に報告する。")])):
        d.add_heading(chapter, level=1)
        t = d.add_table(rows=len(rows) + 1, cols=2)
        t.cell(0, 0).text, t.cell(0, 1).text = "項目", "内容"  # the row that names the columns
        for i, (label, content) in enumerate(rows, start=1):
            lines = content.split("\n")
            t.cell(i, 0).text, t.cell(i, 1).text = label, lines[0]
            for more in lines[1:]:
                t.cell(i, 1).add_paragraph(more)
    doc = parse_docx(save(d))
    assert [(lvl, h) for lvl, _, h in heads(doc)] == [
        (1, "核となる区域及び企業"), (2, "核となる区域"), (2, "核となる企業"), (2, "特定の理由"),
        (1, "目指す姿"), (2, "目標"), (2, "効果検証"),
    ]
    blocks = [b for _, bs in doc.walk() for b in bs] + list(doc.preamble)
    assert not any(getattr(b, "key", "") == "項目" for b in blocks)  # the header row is no 「項目：内容」 line
    reason = next(bs for s, bs in doc.walk() if s.heading == "特定の理由")
    assert reason[0].text.startswith("①～②は")  # a range of entries opens the sentence: no number over it


def test_a_short_line_between_a_chapters_layout_table_and_a_table_heads_that_table_beside_the_items() -> None:
    d = docx.Document()
    d.add_heading("第5 課題と政策", level=1)
    t = d.add_table(rows=3, cols=2)
    for i, (label, content) in enumerate((("課題", "・人材が足りない。\n・設備が古い。"), ("政策", "・研修を開く。\n・補助を出す。"),
                                          ("支援体制", "・市長が本部長となる。\n・銀行が参画する。"))):
        lines = content.split("\n")
        t.cell(i, 0).text, t.cell(i, 1).text = label, lines[0]
        for more in lines[1:]:
            t.cell(i, 1).add_paragraph(more)
    d.add_paragraph()
    d.add_paragraph("成果指標と見直しの基準")  # a plain line over the next table
    kpi = d.add_table(rows=2, cols=2)
    kpi.cell(0, 0).text, kpi.cell(0, 1).text = "指標", "目標（2030年度）"
    kpi.cell(1, 0).text, kpi.cell(1, 1).text = "研修の修了者数", "年40人"
    d.add_paragraph("以上の指標は毎年度確認する。")  # a line not over a table stays text
    doc = parse_docx(save(d))
    assert [(lvl, h) for lvl, _, h in heads(doc)] == [
        (1, "課題と政策"), (2, "課題"), (2, "政策"), (2, "支援体制"), (2, "成果指標と見直しの基準"),
    ]
    under = next(bs for s, bs in doc.walk() if s.heading == "成果指標と見直しの基準")
    assert isinstance(under[0], Table) and under[0].records[0]["指標"] == "研修の修了者数"
    assert not any(isinstance(b, Table) for s, bs in doc.walk() if s.heading == "支援体制" for b in bs)
