from docx import Document
from docx.shared import Pt, Cm
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml.ns import qn

def new_doc(hdr_left, hdr_right):
    d = Document()
    st = d.styles['Normal']; st.font.name = 'MS Mincho'; st.font.size = Pt(10.5)
    st.element.rPr.rFonts.set(qn('w:eastAsia'), 'ＭＳ 明朝')
    for s in ['Heading 1','Heading 2','Heading 3','Title']:
        d.styles[s].element.get_or_add_rPr()
        rf = d.styles[s].element.rPr.find(qn('w:rFonts'))
        if rf is None:
            d.styles[s].font.name = 'MS Gothic'; rf = d.styles[s].element.rPr.find(qn('w:rFonts'))
        rf.set(qn('w:eastAsia'), 'ＭＳ ゴシック')
    p = d.add_paragraph(); p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    r = p.add_run(hdr_right); r.bold = True
    p = d.add_paragraph(hdr_left); p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    return d

def title(d, t, sub=None):
    p = d.add_paragraph(); p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    r = p.add_run(t); r.bold = True; r.font.size = Pt(14)
    if sub:
        p = d.add_paragraph(sub); p.alignment = WD_ALIGN_PARAGRAPH.RIGHT

def h(d, text, lvl=1):
    d.add_heading(text, level=lvl)

def p(d, text, lvl=0, bold=False):
    para = d.add_paragraph()
    para.paragraph_format.left_indent = Cm(0.6*lvl)
    if lvl:
        para.paragraph_format.first_line_indent = Cm(-0.4)
    r = para.add_run(text); r.bold = bold
    return para

def bl(d, lines):
    """lines: list of (lvl, text)"""
    for lvl, t in lines:
        p(d, t, lvl)

def table(d, rows, merges=(), widths=None, bold_first=True):
    t = d.add_table(rows=len(rows), cols=len(rows[0]))
    t.style = 'Table Grid'
    for i, row in enumerate(rows):
        for j, v in enumerate(row):
            c = t.cell(i, j); c.text = v
            if i == 0 and bold_first:
                for r in c.paragraphs[0].runs: r.bold = True
    for (a, b, c_, e) in merges:
        top = t.cell(a, b); bot = t.cell(c_, e)
        keep = top.text
        m = top.merge(bot); m.text = keep
    return t

def note(d, text):
    para = d.add_paragraph(); para.paragraph_format.left_indent = Cm(0.3)
    r = para.add_run(text); r.font.size = Pt(9)
