# -*- coding: utf-8 -*-
"""w42: writes five draft plans (.docx) in the layout of Japanese government ポンチ絵 documents.

Devices used: framed boxes (one-cell bordered tables), real Word text boxes
(w:txbxContent inside mc:AlternateContent/w:drawing with a VML w:pict fallback, or VML only),
shaded one-row heading tables, borderless two-column tables, 「※」 notes in small type,
hand-typed numbering.  python-docx + lxml.
"""
import os
from xml.sax.saxutils import escape

from docx import Document
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
from docx.oxml import OxmlElement, parse_xml
from docx.oxml.ns import qn
from docx.shared import Mm, Pt, RGBColor

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "drafts")

MINCHO = "ＭＳ 明朝"
GOTHIC = "ＭＳ ゴシック"

_shape_id = [1000]


# ---------------------------------------------------------------- basics
def new_doc(heading_color="000000"):
    doc = Document()
    sec = doc.sections[0]
    sec.page_width, sec.page_height = Mm(210), Mm(297)
    sec.left_margin = sec.right_margin = Mm(20)
    sec.top_margin, sec.bottom_margin = Mm(18), Mm(18)
    st = doc.styles["Normal"]
    st.font.name = "Century"
    st.font.size = Pt(10.5)
    st.element.get_or_add_rPr().get_or_add_rFonts().set(qn("w:eastAsia"), MINCHO)
    pf = st.paragraph_format
    pf.space_after = Pt(2)
    pf.space_before = Pt(0)
    pf.line_spacing = 1.15
    for name, size in (("Heading 1", 13), ("Heading 2", 11.5), ("Heading 3", 10.5), ("Title", 16)):
        s = doc.styles[name]
        s.font.size = Pt(size)
        s.font.bold = True
        s.font.color.rgb = RGBColor.from_string(heading_color)
        rf = s.element.get_or_add_rPr().get_or_add_rFonts()
        rf.set(qn("w:eastAsia"), GOTHIC)
        rf.set(qn("w:ascii"), "Arial")
        rf.set(qn("w:hAnsi"), "Arial")
        s.paragraph_format.space_before = Pt(8 if name == "Heading 1" else 4)
        s.paragraph_format.space_after = Pt(3)
    return doc


def _fmt_run(run, bold=False, size=None, color=None, font=None, underline=False):
    run.bold = bold or None
    if size:
        run.font.size = Pt(size)
    if color:
        run.font.color.rgb = RGBColor.from_string(color)
    if underline:
        run.underline = True
    if font:
        run._element.get_or_add_rPr().get_or_add_rFonts().set(qn("w:eastAsia"), font)


def add_par(container, content, size=None, bold=False, align=None, indent=None, hanging=None,
            font=None, color=None, after=2, before=0, reuse=True):
    """content: str or list of (text, dict) runs.  indent/hanging in mm."""
    p = None
    if reuse and hasattr(container, "_tc"):
        first = container.paragraphs[0]
        if not first.text and len(container.paragraphs) == 1 and not first.runs:
            p = first
    if p is None:
        p = container.add_paragraph()
    runs = [(content, {})] if isinstance(content, str) else content
    for text, opt in runs:
        r = p.add_run(text)
        _fmt_run(r, bold=opt.get("bold", bold), size=opt.get("size", size), color=opt.get("color", color),
                 font=opt.get("font", font), underline=opt.get("u", False))
    pf = p.paragraph_format
    pf.space_after = Pt(after)
    pf.space_before = Pt(before)
    if align == "center":
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    elif align == "right":
        p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    if indent is not None:
        pf.left_indent = Mm(indent)
    if hanging is not None:
        pf.first_line_indent = Mm(-hanging)
    return p


def note(container, text, size=8, indent=None):
    """A 「※」 footnote line in small type."""
    return add_par(container, text, size=size, indent=indent if indent is not None else 3, hanging=3, after=0)


def gap_par(doc, pt=3):
    p = doc.add_paragraph()
    p.paragraph_format.space_after = Pt(0)
    p.paragraph_format.space_before = Pt(0)
    r = p.add_run("")
    r.font.size = Pt(pt)
    rpr = p._p.get_or_add_pPr()
    # make the empty paragraph small
    pr = OxmlElement("w:rPr")
    sz = OxmlElement("w:sz")
    sz.set(qn("w:val"), str(int(pt * 2)))
    pr.append(sz)
    rpr.append(pr)
    return p


# ---------------------------------------------------------------- tables
def shade(cell, fill):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), fill)
    tcPr.append(shd)


def table_borders(table, sz=4, color="000000", val="single", inside=True):
    tblPr = table._tbl.tblPr
    old = tblPr.find(qn("w:tblBorders"))
    if old is not None:
        tblPr.remove(old)
    b = OxmlElement("w:tblBorders")
    for edge in ("top", "left", "bottom", "right", "insideH", "insideV"):
        e = OxmlElement("w:" + edge)
        if edge.startswith("inside") and not inside:
            e.set(qn("w:val"), "nil")
        elif val == "nil":
            e.set(qn("w:val"), "nil")
        else:
            e.set(qn("w:val"), val)
            e.set(qn("w:sz"), str(sz))
            e.set(qn("w:space"), "0")
            e.set(qn("w:color"), color)
        b.append(e)
    tblPr.append(b)


def cell_margins(table, top=40, bottom=40, left=100, right=100):
    tblPr = table._tbl.tblPr
    m = OxmlElement("w:tblCellMar")
    for k, v in (("top", top), ("left", left), ("bottom", bottom), ("right", right)):
        e = OxmlElement("w:" + k)
        e.set(qn("w:w"), str(v))
        e.set(qn("w:type"), "dxa")
        m.append(e)
    tblPr.append(m)


def widths(table, mm_list):
    table.autofit = False
    tblPr = table._tbl.tblPr
    tw = tblPr.find(qn("w:tblW"))
    if tw is None:
        tw = OxmlElement("w:tblW")
        tblPr.append(tw)
    tw.set(qn("w:w"), str(int(sum(mm_list) * 56.7)))
    tw.set(qn("w:type"), "dxa")
    lay = OxmlElement("w:tblLayout")
    lay.set(qn("w:type"), "fixed")
    tblPr.append(lay)
    grid = table._tbl.tblGrid
    for i, gc in enumerate(grid.findall(qn("w:gridCol"))):
        if i < len(mm_list):
            gc.set(qn("w:w"), str(int(mm_list[i] * 56.7)))
    for row in table.rows:
        for i, c in enumerate(row.cells):
            if i < len(mm_list):
                c.width = Mm(mm_list[i])


def band(doc, text, fill="1F4E79", fg="FFFFFF", size=12, width=170, left_bar=None):
    """Section heading as a shaded one-row table: 「■ ３．目指す姿」."""
    t = doc.add_table(rows=1, cols=1)
    widths(t, [width])
    table_borders(t, val="nil")
    if left_bar:
        tcPr = t.cell(0, 0)._tc.get_or_add_tcPr()
        tb = OxmlElement("w:tcBorders")
        l = OxmlElement("w:left")
        l.set(qn("w:val"), "single")
        l.set(qn("w:sz"), "36")
        l.set(qn("w:space"), "0")
        l.set(qn("w:color"), left_bar)
        tb.append(l)
        tcPr.append(tb)
    c = t.cell(0, 0)
    shade(c, fill)
    hp = add_par(c, text, bold=True, size=size, color=fg, font=GOTHIC, after=0)
    hp.paragraph_format.keep_with_next = True
    gap_par(doc).paragraph_format.keep_with_next = True
    return t


def frame(doc, paras, title=None, border="000000", sz=12, fill=None, width=170, size=None, val="single"):
    """Key message in a framed box (one-cell table with borders, 「枠囲み」)."""
    t = doc.add_table(rows=1, cols=1)
    widths(t, [width])
    table_borders(t, sz=sz, color=border, val=val)
    cell_margins(t, top=80, bottom=80, left=140, right=140)
    c = t.cell(0, 0)
    if fill:
        shade(c, fill)
    if title:
        add_par(c, title, bold=True, font=GOTHIC, size=size, after=2)
    for p in paras:
        if isinstance(p, tuple) and len(p) == 2 and isinstance(p[1], dict) and "indent" in p[1]:
            add_par(c, p[0], size=size, indent=p[1]["indent"], hanging=p[1].get("hanging"), after=1)
        elif isinstance(p, tuple):
            add_par(c, [p], size=size, align=p[1].get("align"), after=1)
        elif isinstance(p, str) and p.startswith("※"):
            note(c, p)
        else:
            add_par(c, p, size=size, after=1)
    gap_par(doc)
    return t


def grid(container, rows, mm, header_rows=1, header_fill="D9E2F3", size=9, merges=(), first_col_fill=None,
         total_rows=(), center_cols=(), doc_gap=True, border_color="404040"):
    t = container.add_table(rows=len(rows), cols=len(rows[0]))
    widths(t, mm)
    table_borders(t, sz=4, color=border_color)
    cell_margins(t, top=20, bottom=20, left=70, right=70)
    for r, row in enumerate(rows):
        for c, val in enumerate(row):
            if val is None:
                continue
            cell = t.cell(r, c)
            lines = val if isinstance(val, list) else [val]
            for ln in lines:
                hdr = r < header_rows
                p = add_par(cell, ln, size=size, bold=hdr or (r in total_rows), after=0,
                            font=GOTHIC if hdr else None)
                if hdr or c in center_cols:
                    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
            if r < header_rows:
                shade(cell, header_fill)
            elif first_col_fill and c == 0:
                shade(cell, first_col_fill)
            if r in total_rows:
                shade(cell, "F2F2F2")
    for (r1, c1, r2, c2) in merges:
        a = t.cell(r1, c1)
        b = t.cell(r2, c2)
        keep = a.text
        m = a.merge(b)
        # python-docx concatenates the texts of merged cells; keep only the first
        if m.text != keep:
            ps = m.paragraphs
            for p in ps[1:]:
                if not p.text.strip():
                    p._p.getparent().remove(p._p)
    if doc_gap and hasattr(container, "add_paragraph") and not hasattr(container, "_tc"):
        gap_par(container)
    return t


def two_col(doc, mm=(100, 70)):
    """Two-column layout done with a borderless table (left: text, right: figures)."""
    t = doc.add_table(rows=1, cols=2)
    widths(t, list(mm))
    table_borders(t, val="nil")
    cell_margins(t, top=0, bottom=0, left=60, right=60)
    gap_par(doc)
    return t.cell(0, 0), t.cell(0, 1)


# ---------------------------------------------------------------- text boxes
def _p_xml(text, bold=False, size=9, color="000000", font=None, align="left", after=0, hanging_mm=0, indent_mm=0):
    font = font or GOTHIC
    ind = ""
    if hanging_mm or indent_mm:
        ind = '<w:ind w:left="%d" w:hanging="%d"/>' % (int((indent_mm + hanging_mm) * 56.7), int(hanging_mm * 56.7))
    b = "<w:b/><w:bCs/>" if bold else ""
    return (
        '<w:p><w:pPr><w:spacing w:before="0" w:after="%d" w:line="260" w:lineRule="auto"/>%s<w:jc w:val="%s"/></w:pPr>'
        '<w:r><w:rPr><w:rFonts w:ascii="%s" w:eastAsia="%s" w:hAnsi="%s" w:hint="eastAsia"/>%s'
        '<w:color w:val="%s"/><w:sz w:val="%d"/><w:szCs w:val="%d"/></w:rPr>'
        '<w:t xml:space="preserve">%s</w:t></w:r></w:p>'
        % (after * 20, ind, align, font, font, font, b, color, int(size * 2), int(size * 2), escape(text))
    )


def _paras_xml(paras):
    out = []
    for p in paras:
        if isinstance(p, str):
            hang = 3 if p[:1] in ("・", "※", "①", "②", "③", "④", "⑤", "○") else 0
            out.append(_p_xml(p, hanging_mm=hang))
        else:
            text, opt = p
            out.append(_p_xml(text, **opt))
    return "".join(out)


NS_DECL = (
    'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" '
    'xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" '
    'xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing" '
    'xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" '
    'xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape" '
    'xmlns:v="urn:schemas-microsoft-com:vml" '
    'xmlns:o="urn:schemas-microsoft-com:office:office" '
    'xmlns:w10="urn:schemas-microsoft-com:office:word"'
)


def textbox(par, paras, w_mm, h_mm, x_mm=0, y_mm=0, mode="wps", line="1F4E79", fill="FFFFFF",
            line_pt=1.0, hrel="margin", vrel="paragraph", wrap="square", inline=False):
    """Append a real Word text box to paragraph `par`.

    mode 'wps': mc:AlternateContent with a DrawingML text box (wps:txbx) and a VML fallback.
    mode 'vml': a VML text box only (w:pict/v:shape/v:textbox).
    """
    _shape_id[0] += 1
    sid = _shape_id[0]
    body = _paras_xml(paras)
    emu = lambda mm: int(mm * 36000)
    pt = lambda mm: round(mm * 72 / 25.4, 1)
    vml_pos = ("position:absolute;margin-left:%spt;margin-top:%spt;" % (pt(x_mm), pt(y_mm))) if not inline else ""
    vml = (
        '<w:pict><v:shapetype id="_x0000_t202" coordsize="21600,21600" o:spt="202" path="m,l,21600r21600,l21600,xe">'
        '<v:stroke joinstyle="miter"/><v:path gradientshapeok="t" o:connecttype="rect"/></v:shapetype>'
        '<v:shape id="テキスト ボックス %d" o:spid="_x0000_s%d" type="#_x0000_t202" '
        'style="%swidth:%spt;height:%spt;z-index:%d;visibility:visible;mso-wrap-style:square;'
        'mso-position-horizontal-relative:%s;mso-position-vertical-relative:%s;v-text-anchor:top" '
        'fillcolor="#%s" strokecolor="#%s" strokeweight="%spt">'
        '<v:textbox style="mso-fit-shape-to-text:t" inset="2.5mm,1.3mm,2.5mm,1.3mm"><w:txbxContent>%s</w:txbxContent></v:textbox>'
        '%s</v:shape></w:pict>'
        % (sid, sid, vml_pos, pt(w_mm), pt(h_mm), sid, hrel, vrel, fill, line, line_pt, body,
           '<w10:wrap type="square"/>' if (wrap == "square" and not inline) else "")
    )
    if mode == "vml":
        xml = '<w:r %s>%s</w:r>' % (NS_DECL, vml)
    else:
        wrap_xml = '<wp:wrapSquare wrapText="bothSides"/>' if wrap == "square" else '<wp:wrapTopAndBottom/>'
        graphic = (
            '<a:graphic><a:graphicData uri="http://schemas.microsoft.com/office/word/2010/wordprocessingShape">'
            '<wps:wsp><wps:cNvSpPr txBox="1"/><wps:spPr><a:xfrm><a:off x="0" y="0"/><a:ext cx="%d" cy="%d"/></a:xfrm>'
            '<a:prstGeom prst="rect"><a:avLst/></a:prstGeom><a:solidFill><a:srgbClr val="%s"/></a:solidFill>'
            '<a:ln w="%d"><a:solidFill><a:srgbClr val="%s"/></a:solidFill></a:ln></wps:spPr>'
            '<wps:txbx><w:txbxContent>%s</w:txbxContent></wps:txbx>'
            '<wps:bodyPr rot="0" vert="horz" wrap="square" lIns="90000" tIns="46800" rIns="90000" bIns="46800" '
            'anchor="t" anchorCtr="0"><a:spAutoFit/></wps:bodyPr></wps:wsp></a:graphicData></a:graphic>'
            % (emu(w_mm), emu(h_mm), fill, int(line_pt * 12700), line, body)
        )
        if inline:
            drawing = (
                '<w:drawing><wp:inline distT="0" distB="0" distL="0" distR="0">'
                '<wp:extent cx="%d" cy="%d"/><wp:effectExtent l="0" t="0" r="0" b="0"/>'
                '<wp:docPr id="%d" name="テキスト ボックス %d"/><wp:cNvGraphicFramePr/>%s</wp:inline></w:drawing>'
                % (emu(w_mm), emu(h_mm), sid, sid, graphic)
            )
        else:
            drawing = (
                '<w:drawing><wp:anchor distT="45720" distB="45720" distL="114300" distR="114300" simplePos="0" '
                'relativeHeight="%d" behindDoc="0" locked="0" layoutInCell="1" allowOverlap="1">'
                '<wp:simplePos x="0" y="0"/>'
                '<wp:positionH relativeFrom="%s"><wp:posOffset>%d</wp:posOffset></wp:positionH>'
                '<wp:positionV relativeFrom="%s"><wp:posOffset>%d</wp:posOffset></wp:positionV>'
                '<wp:extent cx="%d" cy="%d"/><wp:effectExtent l="0" t="0" r="0" b="0"/>%s'
                '<wp:docPr id="%d" name="テキスト ボックス %d"/><wp:cNvGraphicFramePr/>%s</wp:anchor></w:drawing>'
                % (251659264 + sid, hrel, emu(x_mm), vrel, emu(y_mm), emu(w_mm), emu(h_mm), wrap_xml, sid, sid, graphic)
            )
        xml = ('<w:r %s><mc:AlternateContent><mc:Choice Requires="wps">%s</mc:Choice>'
               '<mc:Fallback>%s</mc:Fallback></mc:AlternateContent></w:r>' % (NS_DECL, drawing, vml))
    par._p.append(parse_xml(xml))
    return par


def title_block(doc, lines):
    for text, opt in lines:
        add_par(doc, text, **opt)


def save(doc, name):
    os.makedirs(OUT, exist_ok=True)
    path = os.path.join(OUT, name)
    doc.save(path)
    return path


# ================================================================= drafts
# ---------------------------------------------------------------- 01 A 岩手県 北上川流域 メモリ半導体
def draft01():
    doc = new_doc()
    S = {"size": 9}
    add_par(doc, "【素案・事前相談用】", size=9, align="right", font=GOTHIC)
    add_par(doc, "戦略産業クラスター計画　候補プロジェクト提案書（素案）", size=15, bold=True, align="center",
            font=GOTHIC, after=2)
    add_par(doc, "～北上川流域 次世代メモリ半導体製造クラスター～", size=13, bold=True, align="center", font=GOTHIC,
            after=6)
    add_par(doc, "令和８年（2026年）７月", align="right", after=0)
    add_par(doc, "岩手県（商工労働観光部 ものづくり自動車産業振興室）", align="right", after=6)

    frame(doc, [
        "・北上市の北上南部工業団地において、みちのくメモリテクノロジー株式会社（以下「ＭＭＴ」）が進める"
        "北上工場第２製造棟（Ｋ２棟）の建設（投資総額約7,200億円、2028年10月稼働予定）を核として、製造装置の保守・部品、"
        "高純度ガス・薬液、検査・後工程の関連企業を北上川流域に集積させる。",
        "・ＡＩの学習・推論を支える大容量メモリの国内生産能力を高め、日本成長戦略「ＡＩ・半導体」分野の"
        "サプライチェーン強靱化に貢献する。",
        "・2040年に、官民設備投資額（累計）１兆2,000億円、付加価値増加額 年2,100億円を目指す。",
    ], title="【提案の要旨】", border="1F4E79", sz=16, fill="EEF3FA")

    doc.add_heading("第１　戦略産業クラスター計画の概要", level=1)
    doc.add_heading("（１）当該地域において半導体産業を特定した理由", level=2)
    add_par(doc, "　北上川流域（北上市、花巻市、奥州市、金ケ崎町、一関市）は、1990年代以降、電子部品・半導体関連の企業立地が"
                 "続いてきた地域であり、本県の製造品出荷額等（2023年 約2.9兆円）のうち、電子部品・デバイス・電子回路製造業が"
                 "約31％を占めている。特に、ＭＭＴ北上工場第１製造棟（2020年稼働）は３次元ＮＡＮＤ型フラッシュメモリの量産拠点であり、"
                 "同社グループの国内生産能力の約４割を担っている。")
    add_par(doc, "　本地域を選定した理由は、次の４点である。")
    for t in ["①既に量産拠点が稼働しており、前工程の技術者、装置保守の協力企業（約90事業所）が集積していること。",
              "②東北自動車道（北上江釣子ＩＣ、北上金ケ崎ＩＣ）、釜石自動車道、いわて花巻空港に近く、製品・部材の輸送に優れること。",
              "③和賀川・北上川水系の水資源が豊富で、工業用水の増強余地があること。",
              "④一関工業高等専門学校、岩手大学理工学部、県立産業技術短期大学校等の人材供給基盤があること。"]:
        add_par(doc, t, indent=8, hanging=4)

    doc.add_paragraph().add_run().add_break(WD_BREAK.PAGE)
    doc.add_heading("（２）計画の構想【目標】", level=2)
    add_par(doc, "　2040年に、北上川流域が、ＡＩ時代のデータ需要を支える大容量メモリの世界的な供給拠点となり、前工程の量産から"
                 "装置保守・部品供給、材料供給、人材育成までの機能が域内でほぼ完結するクラスター（いわば「メモリ・バレー」）"
                 "を形成することを目指す。この姿に基づく数値目標（ＫＧＩ）を下表のとおり設定する。")
    p = add_par(doc, "表１　計画のＫＧＩ", bold=True, size=9.5, font=GOTHIC, after=1)
    textbox(p, [
        ("【ＫＧＩ設定の考え方】", {"bold": True, "size": 9.5, "color": "1F4E79"}),
        "・官民設備投資額は、ＭＭＴのＫ２棟投資（約7,200億円）と第３製造棟構想（2033年以降、約3,000億円）、"
        "関連企業の投資計画（約500億円）の積上げに、県・市町・送配電事業者のインフラ投資（約1,300億円）を加えたもの。",
        "・付加価値増加額は、ＭＭＴ及び関連企業の売上増加見込みに、県民経済計算における電子部品・デバイス製造業の"
        "付加価値率（約34％）を乗じて算出。",
        "・人材育成数は、一関工業高等専門学校、岩手大学、県立産業技術短期大学校等との協議を踏まえ、令和８年度中に設定する。",
        ("【効果検証の方法】", {"bold": True, "size": 9.5, "color": "1F4E79"}),
        "・毎年度、経済構造実態調査及び企業ヒアリングで実績を把握し、北上川流域半導体クラスター推進協議会（以下「推進協議会」）"
        "に報告。目標との乖離要因を分析し、施策を見直す。",
    ], w_mm=70, h_mm=95, x_mm=100, y_mm=0, mode="wps")
    grid(doc, [
        ["ＫＧＩ", "基準値\n（2024年度）", "中間目標\n（2030年度）", "目標\n（2040年）"],
        ["①官民設備投資額（累計）", "―", "8,400億円", "１兆2,000億円"],
        ["②付加価値増加額\n（2024年度比、年額）", "―", "900億円", "2,100億円"],
        ["③産業ニーズに即した人材育成数", "―", "（関係機関と調整中）", "（同左）"],
        ["④（独自）半導体関連従業者数", "9,800人", "12,600人", "15,000人"],
    ], mm=[34, 19, 22, 21], size=8.5, center_cols=(1, 2, 3))
    note(doc, "※①は2026年度からの累計。②は2024年度の付加価値額（推計 約3,300億円）からの増加額。", indent=0)
    note(doc, "※④は経済センサス－活動調査の「電子部品・デバイス・電子回路製造業」及び関連サービス業の従業者数による。", indent=0)

    doc.add_heading("（３）17の戦略分野の「官民投資ロードマップ」との関係性", level=2)
    add_par(doc, "　日本成長戦略会議で示された「ＡＩ・半導体」分野では、製造業データ等の技術基盤を生かしたＡＩロボットの開発と併せ、"
                 "各種半導体・電子部品の生産・技術基盤を強化する方向性が示されている。本計画は、ＡＩの学習・推論に不可欠な"
                 "大容量メモリの国内生産能力を拡大し、制御・ロジック半導体と組み合わせたフィジカル・インテリジェント・システムの"
                 "国内サプライチェーンを支えるものであり、同分野の官民投資ロードマップの方向性と整合する。")

    doc.add_heading("（４）国際的な競争優位性", level=2)
    for t in ["・ＭＭＴグループは３次元ＮＡＮＤ型フラッシュメモリの世界シェア約15％（2025年、出荷容量ベース）を有し、"
              "Ｋ２棟では300層超の積層技術による次世代品を量産する計画である。",
              "・北上工場は、ＡＩを活用した歩留まり管理により、同社の海外工場と比べてウェハ当たりの良品率が約３ポイント高い。",
              "・地震リスクに備えた免震構造と、複数系統の受電・給水により、データセンター事業者が重視する供給の安定性を確保している。"]:
        add_par(doc, t, indent=4, hanging=4)

    doc.add_heading("（５）計画の素案との整合性", level=2)
    add_par(doc, "　東北経済産業局が事務局を務める「東北地域戦略産業クラスター有識者検討会」において、現在、東北ブロックの"
                 "計画の素案の取りまとめが進められている。本県からは、本クラスターを産業クラスターの候補として素案に位置付ける"
                 "よう提案しており、素案は令和８年●月頃に取りまとめられる予定である。")

    doc.add_heading("第２　計画の対象区域", level=1)
    left, right = two_col(doc, (92, 78))
    add_par(left, "（１）対象区域", bold=True, font=GOTHIC)
    add_par(left, "　北上市、花巻市、奥州市、金ケ崎町及び一関市の５市町（北上川流域）。このうち、北上南部工業団地及び"
                  "隣接して造成中の北上南部第３工業団地（約45ha）をクラスター形成の中心とする。")
    add_par(left, "（２）特定の理由", bold=True, font=GOTHIC)
    add_par(left, "　ＭＭＴ北上工場から車で概ね40分圏内に、装置部品、高純度ガス、検査、物流の事業所が分布しており、"
                  "日常的な保守対応や部材の即納が可能な範囲を区域とした。通勤圏も概ね一致している。")
    add_par(right, "図表１　対象区域の主な立地状況", bold=True, size=8.5, font=GOTHIC, after=1)
    grid(right, [
        ["市町", "主な立地", "関連事業所数"],
        ["北上市", "ＭＭＴ北上工場、装置保守", "38"],
        ["花巻市", "高純度ガス・薬液", "12"],
        ["奥州市", "装置部品・治具", "17"],
        ["金ケ崎町", "物流・倉庫", "9"],
        ["一関市", "検査・後工程", "14"],
        ["合計", "", "90"],
    ], mm=[16, 38, 18], size=8, total_rows=(6,), center_cols=(2,))
    note(right, "※県調べ（2025年10月時点）")

    doc.add_heading("第３　核となる大規模投資案件【道筋】", level=1)
    grid(doc, [
        ["項目", "内容"],
        ["投資企業名", "みちのくメモリテクノロジー株式会社（本社：東京都港区、従業員 約6,400人）"],
        ["投資概要", "北上工場第２製造棟（Ｋ２棟）の建設及び製造装置の導入。３次元ＮＡＮＤ型フラッシュメモリ"
                  "（300層超）、月産能力 300mmウェハ換算 約10万枚"],
        ["担当府省庁・担当部署", ["経済産業省 商務情報政策局 情報産業課",
                          "岩手県 商工労働観光部 ものづくり自動車産業振興室（県窓口）"]],
        ["投資時期・稼働開始時期", "2026年４月着工、2028年10月稼働開始（予定）"],
        ["投資総額", "約7,200億円（うち建屋 約1,900億円、製造装置 約5,300億円）"],
        ["地域経済への波及・相乗効果", ["・新規雇用 約1,100人（うち県内採用 約700人）",
                              "・域内調達額 年間約420億円（装置保守、ガス・薬液、物流、建設、給食・清掃等）",
                              "・関連企業の新規立地・増設（2030年度までに15件程度）"]],
        ["関連する投資案件\n（補助金等の既採択案件）",
         ["・ＭＭＴ Ｋ２棟：「特定半導体の生産施設の整備に対する支援」（令和７年12月 計画認定、助成上限 2,430億円）",
          "・東北プロセス機工株式会社（奥州市）装置部品新工場：「中堅等大規模成長投資補助金」（令和７年度採択、投資額48億円）",
          "・北日本特殊ガス株式会社（花巻市）高純度ガス充填設備：地域未来投資促進法に基づく地域経済牽引事業計画の承認"
          "（令和７年度、投資額21億円、地域未来投資促進税制を適用）"]],
    ], mm=[40, 130], size=8.5, first_col_fill="F2F2F2")

    doc.add_heading("第４　計画実現に向けた課題と講じるべき対策【道筋】", level=1)
    doc.add_heading("（１）産業集積に向けた課題", level=2)
    for t in ["①工業用水：Ｋ２棟の稼働により日量約2.4万m³の追加需要が生じるが、現行の北上中部工業用水道の余力は日量約0.8万m³にとどまる。",
              "②人材：前工程・装置保守の技術者が、2030年度までに約1,500人不足する見込み（推進協議会による企業アンケート）。",
              "③交通：工業団地周辺の通勤時間帯の渋滞が常態化しており、主要地方道北上東和線の拡幅が必要である。",
              "④電力：Ｋ２棟の受電に向け、特別高圧（154kV）の変電設備の新設が必要である。",
              "⑤住まい：従業員向けの賃貸住宅が不足しており、北上市内の民間賃貸の空室率は約４％まで低下している。"]:
        add_par(doc, t, indent=8, hanging=4)
    doc.add_heading("（２）課題解決に向けたステークホルダーの取組", level=2)
    grid(doc, [
        ["主体", "主な取組"],
        ["岩手県", "工業用水道の拡張（企業局）、道路整備、人材育成センター整備、推進協議会の運営"],
        ["北上市・周辺市町", "第３工業団地の造成、従業員向け住宅の供給促進（民間賃貸の建設費補助）、通勤バスの運行支援"],
        ["ＭＭＴ", "Ｋ２棟投資、地元採用枠の拡大、高専・大学への寄附講座、協力企業への技術指導"],
        ["教育機関", "一関高専の半導体コース新設（2027年度）、岩手大学のリ・スキリング講座"],
        ["金融機関", "いわて中央銀行等による関連企業向け設備資金・協調融資"],
    ], mm=[34, 136], size=8.5, first_col_fill="F2F2F2")
    doc.add_heading("（３）インフラ・分野特有の拠点整備案件", level=2)
    grid(doc, [
        ["案件", "事業主体", "事業費", "時期"],
        ["北上中部工業用水道 拡張（日量３万m³増強）", "岩手県企業局", "約380億円", "2026～2028年度"],
        ["主要地方道 北上東和線 ４車線化（延長2.8km）", "岩手県", "約95億円", "2026～2030年度"],
        ["北上南部第３工業団地 造成（約45ha）", "北上市", "約120億円", "2026～2028年度"],
        ["154kV 変電所 新設", "送配電事業者", "約60億円", "2027～2028年度"],
        ["半導体人材育成センター（仮称）", "岩手県・一関高専", "約28億円", "2027～2028年度"],
    ], mm=[70, 36, 24, 40], size=8.5, center_cols=(2, 3))
    add_par(doc, "　工業用水道の拡張は、Ｋ２棟の稼働開始（2028年10月）に先立つ2028年９月の通水を目標としており、核となる投資案件と"
                 "工程を一体で管理する。")
    doc.add_heading("（４）国の政策的対応のニーズ", level=2)
    for t in ["・工業用水道拡張及び道路整備に対する「地域産業構造転換インフラ整備推進交付金」による支援",
              "・第３工業団地の造成に係る産業用地整備支援及び地域未来投資促進法の特例を用いた土地利用調整",
              "・一関高専の定員増・学科再編に係る高専機構運営費交付金の確保",
              "・系統接続の早期化に向けた関係機関との調整"]:
        add_par(doc, t, indent=4, hanging=4)

    frame(doc, [
        "・ＭＭＴは2026年度に基本給のベースアップ5.2％を実施。高専卒初任給を26.5万円に引き上げた。",
        "・Ｋ２棟の新規採用は、県内出身者・県内高等教育機関卒業者を６割以上とする方針。",
        "・2030年度までに、クラスター従事者の平均賃金を県内製造業平均比＋20％とする（ＫＰＩ⑤）。",
        "・交替勤務者の負担軽減（４組３交替の導入）、事業所内保育所の開設（2028年度）を予定。",
        "・関連企業への適正な価格転嫁を推進（ＭＭＴ及び主要協力企業が「パートナーシップ構築宣言」を公表済み）。",
    ], title="【良質な雇用の創出・維持に向けて】", border="1F4E79", sz=12)

    doc.add_heading("第５　計画のＫＧＩ及びＫＰＩ", level=1)
    add_par(doc, "（１）ＫＧＩ（2040年目標）：第１（２）表１のとおり。", after=2)
    add_par(doc, "（２）ＫＰＩ（政策手段の進捗管理のための目標）", after=2)
    grid(doc, [
        ["No", "ＫＰＩ（施策の内容）", "意義", "目標値・期限", "担当部署", "検討の場・進め方"],
        ["①", "工業用水の給水能力増強", "Ｋ２棟の稼働条件", "日量３万m³増\n2028年９月", "県企業局 業務課",
         "推進協議会インフラ部会／四半期ごとに工程確認"],
        ["②", "北上東和線 ４車線化の供用延長", "通勤・物流の円滑化", "2.8km\n2030年度", "県土整備部 道路建設課",
         "同部会／半期ごとに進捗確認"],
        ["③", "半導体技術者育成講座の修了者数", "技術者不足の解消", "年300人\n2028年度以降", "商工労働観光部 産業人材育成課",
         "推進協議会人材部会／半期ごとに実績確認"],
        ["④", "関連企業の新規立地・増設件数", "サプライチェーンの域内化", "累計15件\n2030年度", "ものづくり自動車産業振興室",
         "推進協議会企業誘致部会／半期ごと"],
        ["⑤", "クラスター従事者の平均賃金", "良質な雇用", "県内製造業平均比＋20％\n2030年度", "ものづくり自動車産業振興室",
         "推進協議会／年１回、企業調査で把握"],
    ], mm=[8, 38, 26, 28, 30, 40], size=8, center_cols=(0,))
    note(doc, "※ＫＰＩの進捗は、半年に一回、推進協議会（会長：岩手県知事）で確認し、進捗が芳しくない場合はボトルネックを特定して"
              "追加施策を検討する。確認結果は国からの進捗報告依頼に合わせて報告する。", indent=0)

    doc.add_heading("第６　計画実行にあたり活用が想定される施策【政策手段】", level=1)
    for t in ["・特定半導体の生産施設の整備に対する支援（ＭＭＴ Ｋ２棟、認定済み）",
              "・地域産業構造転換インフラ整備推進交付金（工業用水道、道路）",
              "・産業用地整備支援（北上南部第３工業団地）",
              "・中堅等大規模成長投資補助金（関連企業の工場新設・設備投資）",
              "・地域未来投資促進税制（関連企業の建物・機械等の設備投資）",
              "・地域未来交付金（半導体人材育成センター（仮称）のソフト事業、住宅供給促進）",
              "・高専・大学の体制・機能強化、専門高校を含む高校教育の振興による人材育成"]:
        add_par(doc, t, indent=4, hanging=4)
    add_par(doc, "以上", align="right", before=6)
    return doc


# ---------------------------------------------------------------- 02 B 岩手県 電動車用アルミ構造部品
def draft02():
    doc = new_doc()
    NAVY = "1F3864"
    add_par(doc, "資料２", size=10, align="right", font=GOTHIC, bold=True)
    frame(doc, [("岩手県地域産業クラスター計画（素案）", {"bold": True, "size": 15, "font": GOTHIC, "align": "center"}),
                ("いわて県南 電動車用アルミ構造部品クラスター計画", {"bold": True, "size": 12.5, "font": GOTHIC,
                                                    "align": "center"})],
          border=NAVY, sz=24, fill="FFFFFF")
    add_par(doc, "令和８年７月　岩手県", align="right", after=0)
    add_par(doc, "計画期間：令和８年度～令和12年度（５年間）／目標年度：令和12年度（2030年度）", align="right", size=9, after=6)

    frame(doc, [
        "１　電動車の普及により、モーターハウジングやインバーターケースなど、アルミダイカストによる大型・一体成形部品の需要が急拡大。",
        "２　県南４市町に集積するダイカスト・機械加工・二次合金の企業と、誘致企業の大型ダイカスト工場を結び、"
        "「溶湯（溶けたアルミ）の直送」による低コスト・低炭素の部品供給拠点をつくる。",
        "３　2030年度に、電動車用アルミ構造部品の国内シェア22％（国内２位）、クラスターの付加価値 140億円増を目指す。",
    ], title="【計画のポイント】", border="C00000", sz=12, fill="FFF5F5", size=10)

    band(doc, "■ １．地域産業クラスターの形成を目指す産業領域", fill=NAVY)
    add_par(doc, "（１）該当する業種", bold=True, font=GOTHIC)
    add_par(doc, "　非鉄金属ダイカスト製造業を中核に、金型製造業、金属工作機械による精密加工業、アルミ二次合金製造業を含む。"
                 "対象製品は、電動車（ＢＥＶ・ＨＥＶ・ＰＨＥＶ）のモーターハウジング、インバーターケース、バッテリートレイ等の"
                 "高真空ダイカストによる大型アルミ構造部品である。")
    add_par(doc, "（２）特定の理由", bold=True, font=GOTHIC)
    for t in ["①金ケ崎町の完成車組立工場を中心に、県南には自動車関連の事業所が約180あり、うちダイカスト企業が12社集積している。",
              "②県南のダイカスト関連出荷額は約640億円（2024年）で、過去10年で約1.6倍に伸びている。",
              "③電動化により、エンジン部品の需要減少が見込まれる一方、大型・一体成形のアルミ部品の需要は国内で年率８％程度の伸びが見込まれる。",
              "④県内に二次合金メーカーがあり、溶湯のまま工場間で運ぶ「溶湯直送」の条件が整っている。"]:
        add_par(doc, t, indent=6, hanging=4)

    band(doc, "■ ２．地域産業クラスターの形成を目指す区域及び核となる企業", fill=NAVY)
    add_par(doc, "（１）特にクラスター形成の核となる区域", bold=True, font=GOTHIC)
    add_par(doc, "　北上市、奥州市、金ケ崎町及び一関市（県南４市町）。このうち、岩手中部（金ケ崎）工業団地及び北上工業団地を"
                 "クラスターの中心とする。")
    add_par(doc, "（２）計画推進の核となる企業", bold=True, font=GOTHIC)
    grid(doc, [
        ["企業名", "所在地", "従業員数", "売上高", "サプライチェーン上の役割"],
        ["北上ダイカスト工業(株)", "北上市", "420人", "185億円", "Tier2。大型高真空ダイカスト（モーターハウジング）。クラスターの牽引役"],
        ["金ケ崎精密(株)", "金ケ崎町", "180人", "72億円", "Tier2。機械加工・洗浄・サブアッシー組立"],
        ["一関アルミ鋳造(株)", "一関市", "95人", "31億円", "Tier3。中小型ダイカスト（インバーターケース）"],
        ["いわて再生アルミ(株)", "奥州市", "60人", "48億円", "アルミ二次合金の製造・溶湯供給"],
        ["中京軽合金(株)\n（誘致・進出決定）", "本社：愛知県刈谷市\n工場：金ケ崎町", "1,350人\n（全社）", "620億円\n（全社）",
         "Tier1。6,000トン級ダイカストマシンによる一体成形（バッテリートレイ等）"],
    ], mm=[34, 28, 18, 18, 72], size=8.5, center_cols=(2, 3))
    note(doc, "※売上高は直近決算期。中京軽合金(株)とは令和８年３月に立地協定を締結済み。", indent=0)
    add_par(doc, "（３）特定の理由", bold=True, font=GOTHIC)
    add_par(doc, "　いずれも、国が作成した参考リスト又は県の調査により、県内でコネクター度・ハブ度が相対的に高いことを確認した企業である。"
                 "北上ダイカスト工業(株)は高真空ダイカストの量産実績（2019年～）を有し、国内完成車メーカー２社と直接取引がある。"
                 "中京軽合金(株)の進出により、県内で不足していた超大型ダイカストの工程が補完され、県内企業がTier1の供給網に"
                 "組み込まれる。各社の生産能力・財務基盤は、県及び地域金融機関による事前の確認で、本計画の遂行に十分であると判断している。")

    band(doc, "■ ３．当該分野の現状認識と目指す姿【目標】", fill=NAVY)
    left, right = two_col(doc, (98, 72))
    add_par(left, "（１）現状の整理", bold=True, font=GOTHIC)
    for t in ["・県南のダイカスト関連出荷額は約640億円、うち電動車向けは約210億円（33％）。",
              "・金型の県内調達率は約35％で、大型金型の多くは愛知県・岐阜県から調達。",
              "・鋳造技能者の平均年齢は48.6歳。若手の確保が課題。",
              "・１人当たり付加価値額は約820万円で、県内製造業平均（約930万円）を下回る。"]:
        add_par(left, t, size=9.5, indent=3, hanging=3)
    add_par(right, "図表１　県南ダイカスト関連出荷額（億円）", bold=True, size=8.5, font=GOTHIC, after=1)
    grid(right, [
        ["年", "全体", "うち電動車向け"],
        ["2014", "400", "12"],
        ["2019", "520", "68"],
        ["2024", "640", "210"],
        ["2030（目標）", "1,050", "520"],
    ], mm=[22, 20, 26], size=8, center_cols=(0, 1, 2), total_rows=(4,))
    note(right, "※工業統計・経済構造実態調査を基に県推計")

    add_par(doc, "（２）目指すべき目標", bold=True, font=GOTHIC)
    add_par(doc, "　2030年度に、県南が「電動車用アルミ構造部品の国内有数の供給拠点」となり、溶湯供給から大型ダイカスト、"
                 "機械加工・組立までを域内で一貫して担う状態を目指す。10年後（2035年度）には、国内シェア30％を視野に入れる。")
    grid(doc, [
        ["区分", "指標", "基準値（2024年度）", "目標値（2030年度）"],
        ["必須ＫＧＩ", "官民設備投資額", "41億円", "95億円"],
        [None, "付加価値増加額（2024年度比）", "―", "140億円"],
        [None, "産業ニーズに即した人材育成数", "年85人", "年180人"],
        ["独自ＫＧＩ", "電動車用アルミ構造部品の出荷額", "210億円", "520億円"],
        [None, "同部品の国内シェア", "約11％", "22％（国内２位）"],
    ], mm=[24, 66, 40, 40], size=9, center_cols=(2, 3), merges=((1, 0, 3, 0), (4, 0, 5, 0)),
       first_col_fill="E7E6E6")
    add_par(doc, "（３）設定の根拠", bold=True, font=GOTHIC)
    for t in ["・官民設備投資額：核となる企業５社の設備投資計画の積上げ（中京軽合金(株)の第２期投資を含む）に、県の試作評価設備の整備を加えた"
              "目標年度の投資額。",
              "・付加価値増加額：クラスターの売上増加見込み（640億円→1,050億円）に、県民経済計算の非鉄金属製造業の付加価値率"
              "（約34％）を乗じて算出（410億円×34％≒140億円）。",
              "・人材育成数：県立産業技術短期大学校のダイカスト技術コース（定員40人）、企業内訓練、高校の実習受入れの計画を積み上げたもの。"]:
        add_par(doc, t, indent=4, hanging=4, size=10)
    add_par(doc, "（４）効果検証", bold=True, font=GOTHIC)
    add_par(doc, "　毎年度、核となる企業からの実績報告（売上高、設備投資額、雇用・賃金）と経済構造実態調査により把握し、"
                 "いわて電動化部品クラスター推進本部（後述）で検証する。")

    band(doc, "■ ４．勝ち筋の特定と投資の具体像、定量的なインパクト【道筋】", fill=NAVY)
    add_par(doc, "（１）基本戦略：勝ち筋・本県に構築すべき機能", bold=True, font=GOTHIC)
    add_par(doc, "　ターゲットは国内の完成車メーカー及びTier1部品メーカー（法人）である。電動車では航続距離を伸ばすための軽量化と、"
                 "部品点数の削減による組立コストの低減が求められており、複数の部品を一体で成形する大型ダイカスト部品のニーズが高い。"
                 "加えて、完成車メーカーはサプライヤーに製造時のＣＯ２削減を求めている。")
    add_par(doc, "　本県の勝ち筋は、①二次合金メーカーから溶湯を直送することで再溶解のエネルギーを削減し、部品当たりのＣＯ２排出を"
                 "約60％削減できること、②高真空ダイカストにより溶接・熱処理可能な高品質品を量産できること、③完成車工場に近く"
                 "短いリードタイムで供給できることの３点である。本県には、金型の設計・補修と試作評価の機能を構築する。")
    add_par(doc, "（２）投資の具体像", bold=True, font=GOTHIC)
    grid(doc, [
        ["投資主体", "内容", "時期", "投資額"],
        ["中京軽合金(株)", "金ケ崎工場新設（6,000トン級ダイカストマシン２基）", "2027～2028年度", "62億円"],
        ["北上ダイカスト工業(株)", "高真空ダイカストライン増設（３ライン）", "2026～2027年度", "28億円"],
        ["金ケ崎精密(株)", "５軸加工・自動洗浄ライン", "2027年度", "９億円"],
        ["いわて再生アルミ(株)", "溶湯配送車両・保持炉の増強", "2026年度", "６億円"],
        ["岩手県（工業技術センター）", "大型部品の試作評価設備（Ｘ線ＣＴ等）", "2027年度", "4.5億円"],
    ], mm=[40, 74, 30, 26], size=8.5, center_cols=(2, 3))
    add_par(doc, "（３）地域へのインパクト", bold=True, font=GOTHIC)
    frame(doc, [
        "・域内取引額（溶湯・金型・加工・物流の県内取引）　210億円（2024年度）→ 330億円（2030年度）",
        "・クラスター売上額　640億円 → 1,050億円（2030年度）",
        "・雇用　新規380人（2030年度まで）、賃上げ率　毎年3.5％以上",
        "・１人当たり付加価値額　820万円 → 1,150万円（県内製造業平均 約930万円、非鉄金属鋳物の全国平均 約870万円をいずれも上回る）",
        "※１人当たり付加価値額の上昇は、高真空化による不良率の低下（５％→２％）と、一体成形による単価上昇（部品当たり約1.8倍）による。",
    ], border="7F7F7F", sz=8, size=9.5)

    band(doc, "■ ５．投資促進に向けた課題と事業環境整備の取組【政策手段】", fill=NAVY)
    add_par(doc, "（１）投資促進に向けた課題", bold=True, font=GOTHIC)
    for t in ["①大型金型・試作の域外依存（金型の県内調達率35％）　②鋳造技能者・保全人材の不足",
              "③大型工場に対応できる産業用地の不足　④設備投資の資金負担（中小企業の自己資本の薄さ）"]:
        add_par(doc, t, indent=4)
    add_par(doc, "　外部依存の低減に向けては、下表のロードマップにより、金型・二次合金等の必須工程を域内で担えるようにする。")
    grid(doc, [
        ["工程", "現状（2024年度）", "2028年度", "2030年度"],
        ["大型金型（設計・製作）", "県内35％", "50％", "60％"],
        ["アルミ二次合金", "県内70％", "85％", "90％以上"],
        ["ダイカストマシン・周辺機器", "国内調達100％", "維持", "維持"],
    ], mm=[58, 38, 37, 37], size=8.5, center_cols=(1, 2, 3))
    add_par(doc, "（２）講じるべき政策パッケージ", bold=True, font=GOTHIC)
    for t in ["ア　設備投資：地域未来投資促進税制の活用、「中堅等大規模成長投資補助金」等での審査上の考慮、県単独の設備投資補助（上限２億円）",
              "イ　人材：県立産業技術短期大学校ダイカスト技術コースの新設（2027年度）、工業高校での実習、在職者のリ・スキリング",
              "ウ　用地：岩手中部工業団地の拡張（約22ha）。地域未来投資促進法の特例による土地利用調整を活用",
              "エ　技術：工業技術センターによる試作評価、金型の共同開発（県内金型企業３社と北上ダイカスト工業(株)）",
              "オ　環境整備：地域未来交付金を活用した試作評価設備と人材育成拠点の整備"]:
        add_par(doc, t, indent=8, hanging=5, size=10)
    frame(doc, [
        "・推進体制：知事を本部長とする「いわて電動化部品クラスター推進本部」を令和８年度に設置（事務局：商工労働観光部 ものづくり自動車産業振興室）。",
        "・伴走支援チーム：県 ものづくり自動車産業振興室４名（うち専任２名）、(公財)いわて産業振興センター コーディネーター３名、"
        "工業技術センター研究員２名、いわて中央銀行・北上信用金庫 各１名の計11名。",
        "・支援分野：設備投資計画・資金調達、技術開発（高真空化・熱処理）、人材確保・育成、取引拡大（Tier1・完成車メーカーとの商談）。",
        "・頻度：核となる企業ごとに月１回の訪問、四半期ごとの推進会議、年１回の知事トップ面談。",
        "・計画期間（５年間）を通じて継続し、知事による計画発表の際に伴走支援体制の方針を併せて公表する。",
    ], title="【伴走支援体制（県のコミットメント）】", border=NAVY, sz=12, fill="F2F6FC", size=9.5)

    add_par(doc, "（３）ＫＰＩ及びＫＰＩ未達時の撤退基準の設定", bold=True, font=GOTHIC)
    p = add_par(doc, "表　ＫＰＩ一覧（半期ごとに推進本部で進捗を確認）", size=9, bold=True, after=1)
    textbox(p, [
        ("【撤退基準】", {"bold": True, "size": 9.5, "color": "C00000"}),
        "①2027年度末に２ライン未満の場合、県単独補助の上乗せを終了し、支援対象企業を再選定する。",
        "②2028年度末に45％未満の場合、金型共同開発事業を廃止し、域外調達を前提に計画を見直す。",
        "③２年連続で修了者が定員の50％未満の場合、コースを廃止し企業内訓練支援に切り替える。",
        "④初年度（令和８年度）の実績を踏まえて設定する。",
        "⑤２年連続で２％未満の場合、伴走支援の重点を賃上げ原資の確保（価格転嫁・取引拡大）に見直す。",
    ], w_mm=56, h_mm=70, x_mm=114, y_mm=0, mode="wps", line="C00000")
    grid(doc, [
        ["No", "ＫＰＩ", "目標（期限）", "担当部署"],
        ["①", "高真空ダイカストラインの新増設数", "累計５ライン\n（2028年度）", "ものづくり自動車産業振興室"],
        ["②", "大型金型の県内調達率", "60％\n（2030年度）", "工業技術センター"],
        ["③", "ダイカスト技術コース修了者数", "年40人\n（2027年度～）", "産業人材育成課"],
        ["④", "県内企業とTier1・完成車メーカーとの新規成約件数", "累計40件\n（2030年度）", "いわて産業振興センター"],
        ["⑤", "核となる企業の平均賃上げ率", "毎年3.5％以上", "ものづくり自動車産業振興室"],
    ], mm=[8, 46, 24, 32], size=8.5, center_cols=(0, 2))
    note(doc, "※各ＫＰＩの意義：①設備投資の促進（政策ア）、②外部依存の低減（同エ）、③人材の確保（同イ）、"
              "④域内企業の取引拡大、⑤良質な雇用の実現。", indent=0)
    note(doc, "※各ＫＰＩの進め方：担当部署が四半期ごとに実績を取りまとめ、推進本部幹事会（半期ごと）で確認し、"
              "未達の場合はボトルネックを特定して追加策を講じる。", indent=0)
    gap_par(doc, 10)

    band(doc, "■ ６．現地化の取組", fill=NAVY)
    add_par(doc, "（１）現地化の方針", bold=True, font=GOTHIC)
    add_par(doc, "　誘致企業である中京軽合金(株)については、同社との立地協定において、次の方針を確認している。")
    for t in ["・労働の現地化：金ケ崎工場の従業員（計画150人）は９割以上を県内で採用し、工場長を含む管理職の地元採用比率を2030年度までに50％とする。",
              "・技術の現地化：北上ダイカスト工業(株)との共同開発契約により、一体成形の金型技術を県内企業に移転する。",
              "・地元資本の参画：溶湯は全量をいわて再生アルミ(株)から調達し、機械加工は金ケ崎精密(株)に委託する。",
              "・利益の再投資：第２期投資（2030年度、ダイカストマシン１基追加）を金ケ崎工場で行う方針。"]:
        add_par(doc, t, indent=4, hanging=4, size=10)
    note(doc, "※本計画の内容は、策定後１年以内を目途に、地域未来投資促進法に基づく本県の基本計画に反映する予定。", indent=0)
    add_par(doc, "以上", align="right", before=4)
    return doc


# ---------------------------------------------------------------- 03 B 岩手県 三陸 高鮮度冷凍水産品 輸出
def draft03():
    doc = new_doc(heading_color="203864")
    add_par(doc, "岩手県地域産業クラスター計画（案）", size=11, align="center", font=GOTHIC, after=0)
    add_par(doc, "三陸 高鮮度冷凍水産品 輸出クラスター計画", size=16, bold=True, align="center", font=GOTHIC, after=4)
    add_par(doc, "令和８年７月", align="right", after=0)
    add_par(doc, "岩手県 農林水産部 水産振興課／商工労働観光部 産業経済交流課", align="right", after=6)
    frame(doc, [
        "　三陸の冷たい海で育ったウニ・ホタテ・マサバを、細胞を壊しにくい急速凍結（過冷却凍結）で「生に近い品質のまま」"
        "世界に届ける。沿岸５市町の水産加工業者と漁協、冷蔵・物流事業者が一体となり、2030年度に輸出額95億円"
        "（2024年度の2.3倍）を目指す。",
    ], title="目指す姿（一言で）", border="2E75B6", sz=18, fill="EAF2FA", val="double")
    add_par(doc, "計画期間：令和８年度から令和12年度までの５年間（目標年度：令和12年度）", size=9.5, after=4)

    doc.add_heading("Ⅰ　地域産業クラスターの形成を目指す産業領域", level=1)
    doc.add_heading("１．該当する業種", level=2)
    add_par(doc, "　水産食料品製造業（冷凍水産物製造業、水産缶詰・瓶詰製造業）及びこれを支える冷蔵倉庫業・漁業。"
                 "主な製品は、①急速凍結による冷凍生ウニ（ミョウバン不使用）、②冷凍ホタテ貝柱、③三陸マサバのフィレ・"
                 "骨取り加工品である。")
    doc.add_heading("２．特定の理由", level=2)
    add_par(doc, "　三陸沿岸は親潮と黒潮が交わる世界有数の漁場であり、東日本大震災後の復旧・復興で新鋭の加工施設が整備された。"
                 "一方、サケ・サンマの記録的な不漁が続き、加工業者の稼働率は約６割に低下している。海外では日本産のウニ・ホタテ"
                 "の評価が高く、香港・台湾・米国の高級外食で需要が伸びている。既存の加工施設と技術を、輸出向けの高付加価値品に"
                 "振り向けることで、外貨を稼ぐ産業に転換できると判断した。")

    doc.add_heading("Ⅱ　地域産業クラスターの形成を目指す区域", level=1)
    doc.add_heading("１．特にクラスター形成の核となる区域", level=2)
    add_par(doc, "　宮古市、山田町、釜石市、大船渡市及び陸前高田市（沿岸５市町）。宮古港・釜石港の背後地の水産加工団地を中心とする。")
    doc.add_heading("２．計画推進の核となる企業", level=2)
    grid(doc, [
        ["名称", "所在地", "規模", "バリューチェーン上の役割"],
        ["宮古マリンフーズ(株)", "宮古市", "従業員230人／売上高68億円", "冷凍生ウニ・ホタテの加工。対米ＨＡＣＣＰ認定。輸出の窓口（商社機能）"],
        ["(株)釜石オーシャンデリカ", "釜石市", "従業員140人／売上高41億円", "マサバのフィレ・骨取り加工、急速凍結"],
        ["三陸海宝(株)", "大船渡市", "従業員85人／売上高19億円", "ウニの蓄養（身入りを高めて通年出荷）"],
        ["陸中北部漁業協同組合", "宮古市", "組合員620人", "原料（ウニ・ホタテ）の安定供給、衛生管理"],
        ["三陸コールドチェーン(株)", "釜石市", "従業員60人／冷蔵能力2.4万トン", "超低温冷蔵、輸出用コンテナの混載"],
    ], mm=[38, 20, 42, 70], size=8.5)
    doc.add_heading("３．特定の理由", level=2)
    add_par(doc, "　宮古マリンフーズ(株)は県内水産加工業で最も輸出実績が大きく（2024年度 輸出額18億円）、県内漁協からの仕入額も最大"
                 "であることから、コネクター度・ハブ度ともに県内上位にある。他の４者は、原料・蓄養・加工・冷蔵の各工程を担い、"
                 "５者で原料調達から輸出までの工程が完結する。各社の加工能力（合計 日量約180トン）は、目標とする輸出量を上回っている。")

    doc.add_heading("Ⅲ　当該分野の現状認識と目指す姿【目標】", level=1)
    doc.add_heading("１．現状の整理", level=2)
    for t in ["・沿岸５市町の水産食料品出荷額は約310億円（2024年）で、10年前から約２割減少。",
              "・輸出額は約42億円で、香港・台湾向けが７割。米国向けは対米ＨＡＣＣＰ認定工場が少なく伸び悩んでいる。",
              "・従業者の約４割が60歳以上で、外国人材への依存が高まっている。"]:
        add_par(doc, t, indent=4, hanging=4)
    doc.add_heading("２．目指すべき目標", level=2)
    add_par(doc, "　2030年度に、三陸の冷凍水産品が「生と同等の品質で通年供給できる日本産高級食材」として海外の外食市場で定着し、"
                 "沿岸の加工業が輸出で稼ぐ産業になることを目指す。ＫＧＩは次のとおり。")
    grid(doc, [
        ["", "ＫＧＩ", "現状（2024年度）", "目標（2030年度）"],
        ["必須", "官民設備投資額", "―", "目標年度 18億円\n累計（2026～2030年度）72億円"],
        ["", "付加価値増加額（2024年度比）", "―", "48億円"],
        ["", "産業ニーズに即した人材育成数", "年60人", "年120人"],
        ["独自", "輸出額", "42億円", "95億円"],
    ], mm=[14, 62, 36, 58], size=9, center_cols=(0, 2, 3), merges=((1, 0, 3, 0),), header_fill="DEEBF7")
    doc.add_heading("３．設定の根拠", level=2)
    add_par(doc, "　官民設備投資額は核となる５者の投資計画（急速凍結設備、蓄養施設、超低温冷蔵庫等）と県・市町の共同施設整備の積上げ。"
                 "付加価値増加額は、売上増加見込み（140億円）に水産食料品製造業の付加価値率（約34％）を乗じたもの。人材育成数は、"
                 "県水産技術センターの加工技術研修、県立宮古水産高校の実習、外国人材の技能評価試験合格者数を積み上げた。")
    doc.add_heading("４．効果検証", level=2)
    add_par(doc, "　輸出額は財務省貿易統計（県内港・空港分）と核となる企業の実績報告で、付加価値額は経済構造実態調査で毎年度把握し、"
                 "三陸水産輸出クラスター推進会議（年２回）で検証する。")

    doc.add_heading("Ⅳ　勝ち筋の特定と投資の具体像、定量的なインパクト【道筋】", level=1)
    doc.add_heading("１．基本戦略", level=2)
    left, right = two_col(doc, (100, 70))
    add_par(left, "　ターゲットは、香港・台湾・シンガポールの高級日本食レストラン、米国西海岸の寿司業態（いずれも法人）である。"
                  "これらの市場では、ミョウバンを使わない生ウニや刺身用ホタテへのニーズが強いが、生鮮品の空輸は価格が高く、"
                  "時期によって品質がばらつく。", size=10)
    add_par(left, "　本県の勝ち筋は、①過冷却凍結により解凍後も生と同等の食味を保てること、②蓄養によって身入りの良いウニを"
                  "通年出荷できること、③産地で一次処理から凍結までを数時間以内に行えることにある。競合する北海道・海外産と比べ、"
                  "通年の安定供給と品質で優位に立つ。", size=10)
    textbox(add_par(right, "", after=0), [
        ("【輸出先別の戦略】", {"bold": True, "size": 9.5, "color": "203864"}),
        "○香港・台湾：既存の商流を生かし、冷凍生ウニの通年供給で取扱店舗を拡大（120店→300店）",
        "○シンガポール：日本食の高級化に合わせ、ホタテ・ウニのセット商品を提案",
        "○米国：対米ＨＡＣＣＰ認定工場を２→４工場に増やし、寿司チェーンにマサバ骨取りフィレを供給",
        "※国内は百貨店・高級量販店で「三陸過冷却」ブランドを展開",
    ], w_mm=66, h_mm=68, mode="wps", inline=True, line="203864", fill="F7F9FC")

    add_par(doc, "　市場規模の面では、香港・台湾向けの日本産冷凍ウニ・ホタテの輸入額は過去５年で約1.4倍に拡大しており、"
                 "米国でも日本産水産物を扱う寿司業態の店舗数が増えている。三陸産は北海道産に比べ知名度で劣るが、現地の"
                 "バイヤーからは「身の甘さ」と「粒の揃い」が評価されており、通年供給が実現すれば取扱いを増やしたいとの意向が示されている"
                 "（2025年度の県主催商談会でのヒアリング、回答バイヤー42社中29社）。")
    doc.add_heading("２．投資の具体像", level=2)
    grid(doc, [
        ["事業者", "投資内容", "時期", "投資額"],
        ["宮古マリンフーズ(株)", "過冷却凍結設備、対米ＨＡＣＣＰ対応ライン", "2026～2027年度", "21億円"],
        ["(株)釜石オーシャンデリカ", "骨取り自動化ライン、急速凍結設備", "2027年度", "14億円"],
        ["三陸海宝(株)", "ウニ蓄養施設（陸上水槽）の増設", "2026～2028年度", "９億円"],
        ["三陸コールドチェーン(株)", "超低温冷蔵庫（－60℃）の増設", "2028年度", "16億円"],
        ["宮古市・釜石市（県補助）", "共同排水処理・海水供給施設", "2026～2029年度", "12億円"],
        ["合計", "", "", "72億円"],
    ], mm=[44, 70, 30, 26], size=8.5, center_cols=(2, 3), total_rows=(6,))
    doc.add_heading("３．地域へのインパクト", level=2)
    for t in ["・域内取引額（県内漁業者・資材・物流からの仕入等）：85億円（2024年度）→120億円（2030年度）",
              "・売上額（沿岸５市町の水産食料品出荷額）：310億円→450億円（2030年度）",
              "・雇用：新規雇用150人、賃金水準を2030年度までに2025年度比15％引上げ",
              "・１人当たり付加価値額：540万円→780万円（2030年度）。水産食料品製造業の全国平均（約620万円）、"
              "県内の食料品製造業平均（約590万円）を上回る。輸出向け高単価品（単価は国内向けの約1.6倍）への転換と自動化による。"]:
        add_par(doc, t, indent=4, hanging=4)
    note(doc, "※本計画は海外輸出の要素を含む。輸出額の目標はⅢ２のとおり。", indent=0)

    doc.add_heading("Ⅴ　投資促進に向けた課題と事業環境整備の取組【政策手段】", level=1)
    doc.add_heading("１．投資促進に向けた課題", level=2)
    for t in ["①原料の確保：天然資源の変動が大きく、原料価格が不安定（ウニは５年で約1.5倍）。",
              "②外部依存：包装資材の県内調達率は約40％。凍結設備は国内メーカー製だが保守拠点が県外にある。",
              "③輸出手続：対米ＨＡＣＣＰ等の認定取得の負担が大きい。",
              "④人材：加工技術者、品質管理担当者、外国人材の受入体制が不足。"]:
        add_par(doc, t, indent=6, hanging=4)
    add_par(doc, "　外部依存の低減については、原料の県内産比率を70％以上で維持し、包装資材の県内調達率を2030年度までに65％へ"
                 "引き上げる。凍結設備メーカーと協議し、2028年度までに釜石市内への保守拠点の設置を目指す。")
    doc.add_heading("２．講じるべき政策パッケージ", level=2)
    for t in ["（１）設備投資：地域未来投資促進税制、中小企業省力化投資補助金の活用、県単独の水産加工設備高度化補助",
              "（２）輸出：ＪＥＴＲＯ盛岡と連携した海外商談会、農林水産物・食品の輸出支援プラットフォームを通じた現地での販路開拓、"
              "対米ＨＡＣＣＰ認定取得の専門家派遣",
              "（３）原料：ウニ蓄養の技術指導（県水産技術センター）、藻場の再生（磯焼け対策）",
              "（４）環境整備：地域未来交付金を活用した共同排水処理・海水供給施設の整備",
              "（５）人材：加工技術研修、外国人材の生活支援（沿岸広域振興局）"]:
        add_par(doc, t, indent=8, hanging=8, size=10)
    add_par(doc, "　なお、三陸沿岸は東日本大震災の復興事業で整備された水産加工団地や漁港施設を有しており、新たな用地造成を"
                 "必要としない。既存施設の稼働率を高めることが、最も効率的な投資となる。")
    doc.add_heading("３．伴走支援体制", level=2)
    textbox(add_par(doc, "", after=0), [
        ("【伴走支援体制（案）】", {"bold": True, "size": 10, "color": "203864"}),
        "・知事を会長とする「三陸水産輸出クラスター推進会議」を設置し、核となる５者、沿岸５市町、地域金融機関、"
        "ＪＥＴＲＯ盛岡、県水産技術センターが参画する。",
        "・伴走支援の分野は、輸出商談、認定取得、設備投資・資金調達、人材確保とする。",
        "・伴走支援チームの構成（担当職員数等）、企業訪問の頻度及び具体的な担当部署については、沿岸広域振興局及び関係市町と"
        "調整の上、令和８年度中に決定する。",
        "・地域金融機関との連携の在り方についても、併せて検討する。",
    ], w_mm=168, h_mm=40, mode="wps", inline=True, line="203864", fill="FFFFFF")
    doc.add_heading("４．ＫＰＩ及びＫＰＩ未達時の撤退基準", level=2)
    grid(doc, [
        ["ＫＰＩ", "目標値（期限）", "担当部署", "検討の場／進め方", "撤退基準"],
        ["過冷却凍結設備の導入事業者数\n（ねらい：品質の高度化）", "累計６者（2028年度）", "水産振興課", "推進会議／半期ごとに導入状況を確認",
         "2027年度末に２者未満なら県単独補助を終了し、共同利用方式に切替え"],
        ["対米ＨＡＣＣＰ認定工場数\n（ねらい：米国市場の開拓）", "４工場（2029年度）", "水産振興課", "推進会議／半期ごと",
         "2028年度末に３工場未満なら米国向けを縮小し、アジア向けに重点化"],
        ["海外商談会での成約件数\n（ねらい：販路の拡大）", "年30件（2027年度～）", "産業経済交流課", "推進会議／商談会ごとに集計",
         "２年連続で年15件未満なら出展先を見直し、商談会事業を再設計"],
        ["包装資材の県内調達率\n（ねらい：外部依存の低減）", "65％（2030年度）", "商工労働観光部 ものづくり自動車産業振興室", "推進会議／年１回調査",
         "2028年度に50％未満なら資材共同購入事業を廃止"],
        ["加工技術研修の修了者数\n（ねらい：人材の確保）", "年120人（2030年度）", "水産技術センター", "推進会議／年度末に集計",
         "２年連続で計画の半数未満なら研修内容・方法を抜本的に見直す"],
    ], mm=[34, 28, 28, 36, 44], size=8, header_fill="DEEBF7")

    add_par(doc, "　ＫＰＩの実績は、担当部署が半期ごとに取りまとめて推進会議に報告する。撤退基準に該当した施策は、推進会議で"
                 "廃止又は見直しを決定し、その結果を翌年度の予算に反映する。", size=10)

    doc.add_heading("Ⅵ　現地化の取組", level=1)
    add_par(doc, "　本計画では域外企業の誘致は予定しておらず、核となる企業はいずれも県内資本である。利益は、蓄養施設の拡張や"
                 "県内漁業者からの買取価格の引上げに再投資するよう、推進会議で各社に働きかける。")
    note(doc, "※本計画の内容は、地域未来投資促進法に基づく本県の基本計画への反映を検討する。", indent=0)
    add_par(doc, "以上", align="right", before=4)
    return doc


# ---------------------------------------------------------------- 04 C 奥州市 南部鉄器
def draft04():
    doc = new_doc()
    BR = "843C0C"

    def h(text):
        band(doc, text, fill="FBE5D6", fg="000000", size=11.5, left_bar=BR)

    add_par(doc, "【事前確認用　素案】", size=9, align="right", font=GOTHIC)
    add_par(doc, "奥州市地場産業成長プラン", size=12, align="center", font=GOTHIC, after=0)
    add_par(doc, "南部鉄器「鋳物の里・水沢」成長プラン", size=16, bold=True, align="center", font=GOTHIC, after=2)
    add_par(doc, "～伝統の鉄瓶と、毎日使える鉄の道具で、世界の食卓へ～", size=10.5, align="center", after=4)
    add_par(doc, "令和８年７月　岩手県奥州市（商工観光部 商業観光課）", align="right", after=0)
    add_par(doc, "プラン期間：令和８年度～令和12年度（2026～2030年度）", align="right", size=9.5, after=6)

    frame(doc, [
        "◆ 分野：南部鉄器（鉄瓶・急須、ＩＨ対応の鉄鍋・グリルパン）",
        "◆ 核となる事業者：市内の鋳造事業者４者、木型製作所、奥州鋳物工業協同組合",
        "◆ 目標（2030年度）：付加価値増加額 4.8億円、売上額 36億円、輸出額 13億円",
        "◆ 市の支援：商工観光部と奥州商工会議所に相談窓口を設置済み（令和８年４月）",
    ], title="プランの概要", border=BR, sz=16, fill="FFFFFF")

    h("１　地場産業の成長を目指す分野")
    add_par(doc, "（１）該当する製品", bold=True, font=GOTHIC)
    add_par(doc, "　南部鉄器のうち、①伝統的技法による鉄瓶・急須（高価格帯）、②ＩＨ対応の鉄鍋・グリルパン・ライスポット（日常使い）の"
                 "２系統を対象とする。")
    add_par(doc, "（２）特定の理由", bold=True, font=GOTHIC)
    for t in ["・水沢の鋳物は平安時代末期に始まるとされ、南部鉄器は昭和50年に国の伝統的工芸品に指定された本市を代表する地場産業である。",
              "・欧州・北米では、日本茶・紅茶ブームを背景に、カラー急須や鉄瓶の人気が定着している。",
              "・国内では、鉄分補給や調理性能への関心から鉄製調理器具の需要が伸び、ＩＨ対応品が求められている。",
              "・鋳造から仕上げ・着色までの工程が市内で完結しており、付加価値を市内に残しやすい。"]:
        add_par(doc, t, indent=4, hanging=4)

    h("２　プラン推進の核となる地域及び事業者")
    add_par(doc, "（１）核となる地域", bold=True, font=GOTHIC)
    add_par(doc, "　水沢羽田町の鋳物団地（鋳造事業者が集まる地区）を中心に、木型・仕上げの事業者がある江刺地区、胆沢地区を含む。")
    add_par(doc, "（２）核となる事業者", bold=True, font=GOTHIC)
    grid(doc, [
        ["事業者名", "形態・規模", "主な製品・役割"],
        ["(株)奥州南部鉄器製作所", "株式会社・従業員48人", "カラー急須、海外ブランドとの共同企画（ＯＥＭ）"],
        ["水沢鋳造(株)", "株式会社・従業員32人", "ＩＨ対応鉄鍋・グリルパンの量産"],
        ["及川鉄瓶工房", "個人事業主・３人（伝統工芸士１人）", "手仕事の鉄瓶（高価格帯）、修理・再生"],
        ["羽田鋳金工房", "個人事業主・２人", "鉄瓶・茶道具、体験工房"],
        ["(株)いさわ木型製作所", "株式会社・従業員６人", "木型・金型の製作（各社の型を供給）"],
        ["奥州鋳物工業協同組合", "協同組合・組合員14者", "共同砂処理、共同検品・出荷、展示会の共同出展"],
    ], mm=[44, 52, 74], size=8.5)
    add_par(doc, "（３）特定の理由", bold=True, font=GOTHIC)
    add_par(doc, "　(株)奥州南部鉄器製作所は産地最大の輸出実績（2024年度 約3.1億円）を持ち、水沢鋳造(株)はＩＨ対応品の量産設備を"
                 "持つ唯一の事業者である。及川鉄瓶工房と羽田鋳金工房は、伝統工芸士による高価格帯の鉄瓶と体験工房を担う。"
                 "高価格帯（工房）と量産（株式会社）の双方の担い手を含め、型づくりと共同施設を担う事業者を加えることで、"
                 "特定の１社に偏らない推進体制とした。４者の生産額は市内南部鉄器生産額の約６割を占める。")

    h("３　本プランの遂行に係る現状認識と目指す姿【目標】")
    left, right = two_col(doc, (98, 72))
    add_par(left, "（１）現状の整理", bold=True, font=GOTHIC)
    for t in ["・生産額は2015年の約28億円から2024年は約24億円に減少した一方、輸出額は約7.7億円と増え、輸出比率は32％に達した。",
              "・海外向けは最大取引先（欧州の輸入代理店）への依存度が38％と高い。",
              "・鋳造職人の平均年齢は61歳。10年以内に約３割が引退する見込み。",
              "・１人当たり付加価値額は約520万円で、市内製造業平均（約680万円）を下回る。"]:
        add_par(left, t, size=9.5, indent=3, hanging=3)
    add_par(right, "図表　南部鉄器（市内）の生産額・輸出額", bold=True, size=8.5, font=GOTHIC, after=1)
    grid(right, [
        ["", "2015年", "2020年", "2024年"],
        ["生産額", "28.1億円", "25.6億円", "24.0億円"],
        ["輸出額", "4.2億円", "5.9億円", "7.7億円"],
        ["事業者数", "21者", "18者", "16者"],
    ], mm=[16, 18, 18, 18], size=8, center_cols=(1, 2, 3))
    note(right, "※奥州鋳物工業協同組合調べ")

    add_par(doc, "　生産額が減少してきた主な要因は、国内の贈答需要の縮小と、安価な海外製の類似品の流通である。一方で、"
                 "欧州の茶専門店では日本製の鉄瓶・急須が「本物」として高く評価されており、カラー急須の平均販売価格は"
                 "国内卸値の約2.5倍で取引されている。産地としては、海外の評価を単価の引上げに結び付けることと、国内の日常使い"
                 "の市場を取り込むことの両方が課題となっている。")
    add_par(doc, "（２）目指すべき目標", bold=True, font=GOTHIC)
    add_par(doc, "　2030年度に、「鋳物の里・水沢」が、伝統の鉄瓶と日常使いの鉄の道具の両方で世界から選ばれる産地となり、"
                 "若い職人が働き続けられる賃金を実現していることを目指す。")
    grid(doc, [
        ["ＫＧＩ", "基準（2024年度）", "目標（2030年度）"],
        ["付加価値増加額（必須）", "―", "4.8億円（2024年度比）"],
        ["（独自）南部鉄器の売上額", "24.0億円", "36.0億円"],
        ["（独自）輸出額", "7.7億円", "13.0億円"],
        ["（独自）１人当たり付加価値額", "520万円", "640万円"],
    ], mm=[70, 45, 55], size=9, center_cols=(1, 2), header_fill="FBE5D6")
    add_par(doc, "（３）設定の根拠", bold=True, font=GOTHIC)
    add_par(doc, "　付加価値増加額は、売上増加額（12.0億円＝単価増 約5.0億円＋販売数量増 約7.0億円）に、組合加盟事業者の既存の"
                 "付加価値率（約40％）を乗じて算出した（12.0億円×40％＝4.8億円）。売上額は、核となる事業者の販売計画の積上げによる。")
    add_par(doc, "（４）効果検証", bold=True, font=GOTHIC)
    add_par(doc, "　組合の出荷統計と、核となる事業者の決算ヒアリング（毎年７月）で実績を把握し、「鋳物の里成長プラン推進会議」"
                 "（市、組合、商工会議所、金融機関で構成、年２回）で目標との差を検証する。")

    h("４　勝ち筋の特定と定量的なインパクト【道筋】")
    add_par(doc, "（１）基本戦略", bold=True, font=GOTHIC)
    add_par(doc, "　「高価格帯の伝統鉄瓶」と「毎日使えるＩＨ対応の鉄の道具」の二本柱で攻める。")
    grid(doc, [
        ["", "高価格帯の鉄瓶・急須", "日常使いの鉄鍋・グリルパン"],
        ["ターゲット市場", "欧州・北米の茶専門店、高級ホテル（法人）、海外の愛好家（個人・越境ＥＣ）",
         "国内の量販店・ＥＣ（個人）、レストラン（法人）"],
        ["市場のニーズ", "一生使える本物の工芸品、湯の味がまろやかになる機能性", "ＩＨ対応、手入れのしやすさ、鉄分補給"],
        ["付加価値・販路拡大の見通し", "平均単価を3.5万円→4.5万円に引上げ（着色・修理保証付き）", "販売数量を年8.5万個→14万個に拡大"],
    ], mm=[34, 68, 68], size=8.5, first_col_fill="F2F2F2", header_fill="FBE5D6")
    add_par(doc, "　競合する海外製の類似品に対しては、①伝統工芸士による手仕事と修理保証、②産地での鋳込みから着色までの"
                 "一貫生産、③「伝統的工芸品」の証紙による真正性の証明で差別化する。ＩＨ鍋では、国内の大手調理器具メーカー品と"
                 "比べて重いという弱点があるため、薄肉鋳造の技術で重量を約２割軽くした新製品を2027年度に投入する。")
    add_par(doc, "（２）取組の具体像", bold=True, font=GOTHIC)
    for t in ["①海外展開：欧州の見本市への共同出展、越境ＥＣサイトの開設（多言語）、輸入代理店の複線化（欧州２社→５社）",
              "②高付加価値化：錆びにくい新しい表面処理の開発（県工業技術センターと共同）、鉄瓶の修理・再生サービスの事業化",
              "③生産性向上：共同砂処理設備の更新、ＩＨ鍋の仕上げ工程の自動化（水沢鋳造(株)）",
              "④産地ツーリズム：鋳物団地の工房見学・鋳込み体験を旅行商品化し、インバウンド客を受け入れる"]:
        add_par(doc, t, indent=8, hanging=4, size=10)
    add_par(doc, "　なお、海外向けの販売は欧州の輸入代理店１社に38％を依存しているが、代理店の複線化と越境ＥＣによる直販により、"
                 "2030年度には最大取引先への依存度を25％以下に引き下げる。大企業やフランチャイズへの依存はなく、核となる事業者"
                 "間でも売上高の最大シェアは約３割にとどまる。")
    add_par(doc, "（３）地域へのインパクト", bold=True, font=GOTHIC)
    grid(doc, [
        ["指標", "現状（2024年度）", "目標（2030年度）"],
        ["域内取引額（砂・木型・着色・梱包・運送の市内取引）", "3.2億円", "4.5億円"],
        ["売上額", "24.0億円", "36.0億円"],
        ["雇用の創出", "―", "新規45人（うち職人20人）"],
        ["賃上げ（核となる事業者の平均賃金）", "―", "2025年度比＋12％"],
    ], mm=[86, 38, 46], size=9, center_cols=(1, 2))

    h("５　取組に向けた課題と奥州市が行う取組【政策手段】")
    add_par(doc, "（１）取組に向けた課題", bold=True, font=GOTHIC)
    add_par(doc, "　①職人の高齢化と後継者不足、②特定の輸入代理店への依存、③老朽化した共同設備、④海外規格（食品接触材料の規制）への対応。")
    add_par(doc, "（２）講じるべき政策パッケージ", bold=True, font=GOTHIC)
    for t in ["ア　担い手：職人育成奨励金（研修生１人月15万円、最長３年）、地域おこし協力隊による職人候補の受入れ",
              "イ　販路：海外見本市の出展経費補助、ＪＥＴＲＯ盛岡による海外バイヤー紹介、越境ＥＣの立上げ支援",
              "ウ　設備：共同砂処理設備の更新（地域未来交付金を活用）",
              "エ　経営：よろず支援拠点と連携した経営計画策定支援、高度な経営課題（M&A、海外販路開拓等）に対する専門家派遣支援の活用"]:
        add_par(doc, t, indent=8, hanging=5, size=10)
    add_par(doc, "（３）地場産業を支える仕組みづくり", bold=True, font=GOTHIC)
    add_par(doc, "　令和５年度に閉校した旧羽田小学校の校舎を、職人研修・体験工房・ショールームを備えた「鋳物の里センター（仮称）」"
                 "に転用する（令和９年度開設）。あわせて、水沢江刺駅と鋳物団地を結ぶ乗合デマンド交通の路線を見直し、観光客と"
                 "通勤者が利用できるようにする。")
    frame(doc, [
        "○奥州市 商工観光部 商業観光課 ものづくり支援係（市役所本庁３階）　担当職員２名",
        "○奥州商工会議所 経営支援課「南部鉄器 事業承継・海外展開相談窓口」　経営指導員２名",
        "○岩手県よろず支援拠点のコーディネーターが毎月２回、鋳物の里センター（開設までは組合事務所）で出張相談",
        "・支援分野：経営計画の策定、事業承継、海外展開、ＡＩを活用した受発注・在庫管理の効率化",
        "※いずれも令和８年４月に設置済み。市長による本プラン発表時に、相談窓口の案内を併せて公表する。",
    ], title="【事業者の相談窓口（設置済み）】", border=BR, sz=12, fill="FFF8F2", size=9.5)
    add_par(doc, "（４）ＫＰＩ及びＫＰＩ未達時の撤退基準", bold=True, font=GOTHIC)
    p = add_par(doc, "", after=0)
    textbox(p, [
        ("撤退基準の考え方", {"bold": True, "size": 9.5, "color": BR}),
        "各ＫＰＩが２年連続で目標の６割を下回った場合は、当該施策を廃止又は抜本的に見直し、推進会議で代替策を決定する。"
        "個別の基準は下表のとおり。",
    ], w_mm=168, h_mm=16, mode="vml", inline=True, line=BR)
    grid(doc, [
        ["ＫＰＩ", "ねらい（意義）", "目標（期限）", "担当", "検討の場・進め方", "撤退基準"],
        ["職人研修生の受入数", "後継者の確保", "累計15人（2030年度）", "商業観光課", "推進会議／半期ごとに確認",
         "2028年度末に累計５人未満なら奨励金を廃止し、企業内育成の支援に切替え"],
        ["海外代理店・取引先数", "特定代理店への依存低減", "５社（2028年度）", "商業観光課・組合", "推進会議／見本市後に組合が報告",
         "2027年度末に３社未満なら見本市出展補助を終了し、越境ＥＣに集中"],
        ["越境ＥＣの売上額", "個人客への直販拡大", "１億円（2029年度）", "組合・商工会議所", "推進会議／四半期ごとに集計",
         "２年連続で計画の６割未満ならＥＣサイトを閉鎖し既存モールに移行"],
        ["産地ツーリズム参加者数", "産地の認知度向上", "年6,000人（2030年度）", "観光物産課", "推進会議／月次で集計",
         "２年連続で年2,000人未満なら旅行商品化を中止"],
        ["共同設備の稼働率", "生産性向上", "80％（2028年度）", "組合", "組合理事会／毎月確認",
         "２年連続で50％未満なら設備の規模を見直す"],
    ], mm=[26, 24, 24, 22, 30, 44], size=8, header_fill="FBE5D6")

    note(doc, "※ＫＰＩの実績は推進会議（年２回）に報告し、未達の場合は担当課がボトルネックを分析して改善策を提示する。", indent=0)
    note(doc, "※推進会議の事務局は商工観光部商業観光課が務める。", indent=0)
    gap_par(doc, 6)
    frame(doc, [
        "・地域未来交付金（共同砂処理設備の更新、鋳物の里センター（仮称）の整備）",
        "・ＪＥＴＲＯによる海外見本市・バイヤー招へい、越境ＥＣを通じた海外販路開拓支援",
        "・よろず支援拠点による経営改善・事業承継支援",
        "・高度な経営課題（M&A、海外販路開拓等）に対する専門家派遣支援",
        "・小規模事業者支援法に基づく経営発達支援計画（奥州商工会議所）による小規模事業者への支援",
    ], title="（参考）活用を想定する国の施策", border="7F7F7F", sz=6, size=9.5)

    h("６　現地化の取組")
    add_par(doc, "（１）現地化の方針", bold=True, font=GOTHIC)
    add_par(doc, "　本プランでは域外企業の誘致は行わない。海外ブランドとの共同企画（ＯＥＭ）は、鋳造・仕上げを市内で行うことを"
                 "契約条件とし、技術と雇用を市内に残す。")
    add_par(doc, "以上", align="right", before=4)
    return doc


# ---------------------------------------------------------------- 05 C 遠野市 ホップ・ビール
def draft05():
    doc = new_doc()
    GR = "375623"

    def h(text):
        band(doc, text, fill=GR, fg="FFFFFF", size=11.5)

    add_par(doc, "（素案）令和８年７月時点", size=9, align="right", font=GOTHIC)
    frame(doc, [("遠野市地場産業成長プラン", {"bold": True, "size": 12, "font": GOTHIC, "align": "center"}),
                ("ホップの里・遠野 ビール産業成長プラン", {"bold": True, "size": 16, "font": GOTHIC, "align": "center"}),
                ("～ホップ畑から一杯のビールまで、遠野で稼ぐ～", {"size": 10.5, "align": "center"})],
          border=GR, sz=12, fill="E2EFD9")
    add_par(doc, "岩手県遠野市（産業部 六次産業推進室）", align="right", after=0)
    add_par(doc, "計画期間：令和８年度（2026年度）～令和12年度（2030年度）", align="right", size=9.5, after=6)

    h("■ １．地場産業の成長を支援する分野")
    add_par(doc, "（１）該当する作物・製品等", bold=True, font=GOTHIC)
    for t in ["①遠野産ホップ（乾燥ホップ・ペレット、収穫直後の生ホップ（フレッシュホップ））",
              "②遠野産ホップを使ったクラフトビール",
              "③ホップ畑・醸造所を巡るビアツーリズム"]:
        add_par(doc, t, indent=6, hanging=4)
    add_par(doc, "（２）特定の理由", bold=True, font=GOTHIC)
    add_par(doc, "　本市では昭和38年からホップ栽培が続き、作付面積（約18ha）は国内有数である。冷涼な気候と昼夜の寒暖差により"
                 "香りの強いホップが育つ。全国のクラフトビール醸造所は900か所を超え、国産ホップ、特に収穫直後にしか使えない"
                 "生ホップへの引き合いが強い。ホップを原料のまま出荷するだけでなく、加工・醸造・観光まで市内で行うことで、"
                 "付加価値を市内に残せる分野である。")

    h("■ ２．支援する地域及び推進の核となる事業者")
    add_par(doc, "（１）特に本プラン遂行の核となる地域", bold=True, font=GOTHIC)
    add_par(doc, "　ホップ畑が集中する上郷・土淵・宮守地区と、醸造所・飲食店が集まる中心市街地（遠野駅周辺）。")
    add_par(doc, "（２）本プラン推進の核となる事業者", bold=True, font=GOTHIC)
    grid(doc, [
        ["事業者", "区分", "規模", "役割"],
        ["遠野ホップ生産組合", "任意組合", "生産者21戸・作付14ha", "ホップの生産、大手ビールメーカーとの契約栽培"],
        ["(株)遠野ファームサポート", "農業法人", "従業員９人・作付４ha", "栽培受託、新規就農者の研修受入れ"],
        ["遠野ブルーイング(株)", "株式会社", "従業員14人・年120kl", "クラフトビール醸造、生ホップの販売窓口"],
        ["遠野麦酒工房", "個人事業主", "２人・年５kl", "小規模醸造、飲食店経営"],
        ["(一社)遠野ビアツーリズム推進機構", "一般社団法人", "職員４人", "ホップ畑ツアー、ビール祭りの企画運営"],
        ["杜の都ブルーイング(株)（誘致）", "株式会社（本社：仙台市）", "従業員38人", "遠野第２醸造所の新設（2028年度稼働予定）"],
    ], mm=[46, 28, 38, 58], size=8.5)
    add_par(doc, "（３）特定の理由", bold=True, font=GOTHIC)
    add_par(doc, "　生産（組合・農業法人）、醸造（株式会社・個人事業主）、観光（推進機構）の各段階の担い手を選んだ。杜の都ブルーイング(株)"
                 "とは令和８年２月に進出に関する基本合意を締結している。")

    h("■ ３．本プランの遂行に係る現状認識と目指す姿【目標】")
    left, right = two_col(doc, (96, 74))
    add_par(left, "（１）現状の整理", bold=True, font=GOTHIC)
    for t in ["・ホップ生産者は2004年の約180戸から2024年は21戸に減少。平均年齢は67歳。",
              "・生産量約22トンの約85％を大手ビールメーカーＡ社との契約栽培で出荷しており、単一の取引先への依存が高い。",
              "・市内の醸造所は２か所、クラフトビールの製造量は年約125kl。",
              "・ビアツーリズム参加者は年約1.2万人（2024年度）。",
              "・乾燥施設は昭和50年代の整備で、能力不足から収穫の適期を逃すことがある。"]:
        add_par(left, t, size=9.5, indent=3, hanging=3)
    add_par(right, "図表　ホップ関連の売上額（百万円）", bold=True, size=8.5, font=GOTHIC, after=1)
    grid(right, [
        ["区分", "2024年度", "2030年度\n（目標）"],
        ["ホップ販売", "210", "330"],
        ["クラフトビール", "520", "980"],
        ["ビアツーリズム", "250", "320"],
        ["合計", "980", "1,630"],
    ], mm=[26, 22, 22], size=8, center_cols=(1, 2), total_rows=(4,))
    note(right, "※市調べ。ビアツーリズムは参加費と関連飲食・宿泊の推計")

    add_par(doc, "（２）目指すべき目標", bold=True, font=GOTHIC)
    add_par(doc, "　2030年度に、遠野がホップの産地にとどまらず、「ホップから一杯のビールまで」を提供する国内唯一の産地として"
                 "定着し、若い生産者と醸造家が集まるまちになることを目指す。")
    frame(doc, [
        "◎必須ＫＧＩ　付加価値増加額　2030年度に2.6億円（2024年度比）",
        "○独自ＫＧＩ　ホップ作付面積　18ha → 28ha（2030年度）",
        "○独自ＫＧＩ　ビアツーリズム参加者数　年1.2万人 → 年3.5万人（2030年度）",
    ], title="ＫＧＩ（目標年度：令和12年度）", border=GR, sz=12, fill="FFFFFF")
    add_par(doc, "（３）設定の根拠", bold=True, font=GOTHIC)
    add_par(doc, "　付加価値増加額は、売上増加額（6.5億円。ホップ販売1.2億円、クラフトビール4.6億円、ビアツーリズム0.7億円）に、"
                 "既存の付加価値率（約40％）を乗じて算出した（6.5億円×40％＝2.6億円）。")
    add_par(doc, "　作付面積は、生産組合の増反計画（４ha）と(株)遠野ファームサポートの新規圃場（４ha）、杜の都ブルーイング(株)の"
                 "自社圃場（２ha）の積上げ。ビアツーリズム参加者数は、旅行商品化と第２醸造所の見学受入れによる増加を見込んだ。")
    add_par(doc, "（４）効果検証", bold=True, font=GOTHIC)
    add_par(doc, "　核となる事業者からの年次報告、生産組合の出荷記録、観光入込客統計により毎年度把握し、「遠野ビール産業推進会議」"
                 "（年２回）に報告する。")

    h("■ ４．勝ち筋の特定と定量的なインパクト【道筋】")
    add_par(doc, "（１）基本戦略", bold=True, font=GOTHIC)
    add_par(doc, "　ターゲットは、①全国のクラフトビール醸造所（法人）、②ビール好きの個人客・インバウンド客である。"
                 "醸造所には、輸入ホップにない「国産・収穫直後」の香りを求めるニーズがあり、生ホップは収穫後24時間以内に"
                 "使う必要があるため、産地に近いことが強みになる。冷凍生ホップの流通により、この強みを全国に広げる。")
    add_par(doc, "　競合は、価格の安い輸入ホップ（主に米国・ドイツ産）と、国内の他産地（東北・北海道の数産地）である。輸入ホップとは"
                 "価格で競わず、「鮮度」と「産地での体験」で選ばれることを目指す。国内の他産地との比較では、ホップ畑・醸造所・"
                 "飲食店が市内で歩いて回れる距離にまとまっていること、民話のふるさととしての観光ブランドがあることが強みとなる。")
    add_par(doc, "　付加価値の見通しとして、契約栽培の乾燥ホップ（1kg当たり約1,800円）に対し、醸造所への直販の冷凍生ホップは"
                 "約4,500円、ペレットは約3,200円で取引されており、直販比率を高めることでホップの単価を平均約1.5倍に引き上げられる。")
    add_par(doc, "（２）取組の具体像", bold=True, font=GOTHIC)
    for t in ["①共同乾燥・ペレット加工施設の整備（旧土淵中学校体育館を転用）により、品質を揃えて全国の醸造所に直販する。",
              "②生ホップの急速冷凍・冷凍便での全国出荷（2027年度開始）。",
              "③杜の都ブルーイング(株)の第２醸造所誘致と、市内醸造所の設備増強（製造量 年125kl→年400kl）。",
              "④ホップ収穫期（８月）のビール祭りと、通年のホップ畑ツアー・醸造所見学の旅行商品化。"]:
        add_par(doc, t, indent=6, hanging=4, size=10)
    add_par(doc, "（３）地域へのインパクト、目指すべき姿", bold=True, font=GOTHIC)
    for t in ["・売上額（ホップ・ビール・ツーリズム）：9.8億円（2024年度）→16.3億円（2030年度）",
              "・雇用：新規32人（醸造18人、農業９人、観光５人）。新規就農者15人の確保",
              "・賃上げ：ホップ農家１戸当たり所得 380万円→520万円、醸造所従業員の賃金を毎年３％引上げ",
              "・域内取引：麦芽の一部、副原料（市内産の果実・ハーブ）、資材、運送を市内事業者から調達し、域内での取引の拡大を図る。"]:
        add_par(doc, t, indent=4, hanging=4)

    h("■ ５．取組に向けた課題と遠野市が行う取組【政策手段】")
    add_par(doc, "（１）取組に向けた課題", bold=True, font=GOTHIC)
    add_par(doc, "　①収穫期の労働力不足と生産者の高齢化、②乾燥施設の老朽化、③Ａ社への販売依存、④醸造所・観光地への交通手段の不足。")
    add_par(doc, "　このうち③については、Ａ社との契約栽培は価格と数量が安定しているという利点もあるため、契約は継続しつつ、"
                 "増産分を全国の醸造所への直販と市内醸造に振り向けることで、2030年度のＡ社への販売比率を60％程度まで下げる。"
                 "Ａ社とは、遠野産ホップを使った限定商品の共同企画を続けることで合意している。")
    add_par(doc, "（２）講じるべき政策パッケージ", bold=True, font=GOTHIC)
    p = add_par(doc, "ア　生産：新規就農者への研修・農地のあっせん、地域おこし協力隊（ホップ栽培）の受入れ（毎年３人）", size=10,
                indent=5, hanging=5)
    textbox(p, [
        ("【事業者の皆様へ　相談窓口について】", {"bold": True, "size": 9.5, "color": GR}),
        "本プランに関する事業者からの相談窓口は、市と遠野商工会・ＪＡ等の関係団体との間で、設置場所や担当する体制を調整しています。",
        "決まり次第、市ホームページ等でお知らせします。",
        "※窓口の設置は、令和８年度中を予定しています。",
    ], w_mm=58, h_mm=46, x_mm=112, y_mm=2, mode="wps", line=GR, fill="F3F8EF")
    for t in ["イ　加工：共同乾燥・ペレット加工施設の整備（地域未来交付金を活用）",
              "ウ　販路：全国の醸造所との商談会（年２回）、冷凍生ホップの共同出荷体制づくり",
              "エ　醸造：杜の都ブルーイング(株)の立地に係る用地あっせん、市内醸造所の設備導入補助",
              "オ　観光：ビアツーリズムの旅行商品化、インバウンド向けの多言語案内"]:
        add_par(doc, t, size=10, indent=5, hanging=5)
    note(doc, "※イの施設整備は、地域未来交付金の活用を前提に、令和９年度の着工、令和10年度の稼働を目指す。", indent=0)
    note(doc, "※全国の醸造所との商談会は、農林水産物・食品の輸出支援プラットフォームの国内外商談会の情報も活用する。", indent=0)
    add_par(doc, "（３）地場産業を支える仕組みづくり", bold=True, font=GOTHIC)
    add_par(doc, "　閉校した旧土淵中学校の体育館を共同乾燥・ペレット加工施設に転用し、校舎は醸造家・就農者向けの研修拠点として"
                 "活用する。また、市内のデマンド型乗合タクシーを再編し、遠野駅とホップ畑・醸造所を結ぶ観光便を収穫期に運行する。")
    add_par(doc, "（４）ＫＰＩ及びＫＰＩ未達時の撤退基準の設定", bold=True, font=GOTHIC)
    grid(doc, [
        ["ＫＰＩ", "意義", "目標（期限）", "担当", "検討の場・進め方", "撤退基準"],
        ["新規就農者数（ホップ）", "生産者の確保", "累計15人（2030年度）", "六次産業推進室", "推進会議／半期ごと",
         "2028年度末に累計５人未満なら研修事業を見直し、法人の雇用就農に重点化"],
        ["共同乾燥・加工施設の処理量", "品質の平準化", "年30トン（2029年度）", "農林課", "推進会議／収穫期後に集計",
         "２年連続で計画の６割未満なら施設の運営方式を見直す"],
        ["Ａ社以外への販売比率", "販売先の分散", "40％（2030年度）", "六次産業推進室", "推進会議／年度末に集計",
         "2028年度に25％未満なら直販事業を縮小し、契約先の複線化に切替え"],
        ["市内のクラフトビール製造量", "醸造の拡大", "年400kl（2030年度）", "商工労働課", "推進会議／半期ごと",
         "2029年度に年250kl未満なら設備導入補助を終了"],
        ["ビアツーリズム参加者数", "観光消費の拡大", "年3.5万人（2030年度）", "観光交流課", "推進会議／月次で集計",
         "２年連続で年２万人未満なら旅行商品を廃止し、祭り事業に集約"],
    ], mm=[28, 22, 26, 22, 28, 44], size=8, header_fill="E2EFD9")

    note(doc, "※ＫＰＩは「遠野ビール産業推進会議」（市長、生産組合、醸造事業者、推進機構、遠野商工会、金融機関で構成）"
              "で半期ごとに確認し、撤退基準に該当した場合は、同会議で施策の廃止・見直しを決定する。", indent=0)
    gap_par(doc, 6)

    frame(doc, [
        "・地域未来交付金（共同乾燥・ペレット加工施設、研修拠点の整備）",
        "・地域おこし協力隊（ホップ栽培・醸造の担い手）",
        "・地方における高付加価値な観光地域づくり（ビアツーリズムの磨き上げ）",
        "・農林水産物・食品の輸出支援プラットフォーム（将来の生ホップ・ビールの輸出に向けた情報収集）",
        "※施策の詳細は、国のワンストップ相談窓口を通じて確認しながら具体化する。",
    ], title="（参考）活用を想定する国の施策", border="7F7F7F", sz=6, size=9.5)

    h("■ ６．現地化の取組")
    add_par(doc, "（１）現地化の方針", bold=True, font=GOTHIC)
    add_par(doc, "　誘致する杜の都ブルーイング(株)とは、基本合意において次の方針を確認している。", after=1)
    for t in ["・第２醸造所の従業員（計画８人）は、醸造責任者を含め６人以上を市内から採用する。",
              "・使用するホップの50％以上を遠野産とし、遠野ブルーイング(株)と技術交流（共同醸造）を行う。",
              "・遠野ブルーイング(株)が第２醸造所の運営会社に20％出資する（地元資本の参画）。",
              "・第２醸造所の利益の一部を、市内のホップ畑の拡大（自社圃場２ha）に再投資する。"]:
        add_par(doc, t, indent=4, hanging=4, size=10)
    add_par(doc, "　市は、立地に係る用地あっせんと設備導入補助の交付に当たり、これらの方針の実施状況を毎年度確認する。", size=10)
    add_par(doc, "以上", align="right", before=4)
    return doc


BUILDERS = [
    ("w42_01_a_kitakami_memory.docx", draft01),
    ("w42_02_b_kennan_diecast.docx", draft02),
    ("w42_03_b_sanriku_seafood.docx", draft03),
    ("w42_04_c_oshu_nanbutekki.docx", draft04),
    ("w42_05_c_tono_hop.docx", draft05),
]

if __name__ == "__main__":
    for fname, fn in BUILDERS:
        print(save(fn(), fname))
