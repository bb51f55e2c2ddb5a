# -*- coding: utf-8 -*-
"""w143: write the six .docx drafts from the markup files in src/.
markup: H1|/H2|/H3| headings (Word Heading 1-3), H4| bold paragraph (ア イ level),
P| body paragraph with full-width indent, B| typed bullet line, C| continuation line (indented),
N| note line (※), T| table row (cells split by ｜; '<' = merge with left cell, '^' = merge with cell above),
E| end of table, TITLE| / SUB| / R| (right aligned) lines."""
import glob, os, re
from docx import Document
from docx.shared import Pt, Mm
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml.ns import qn

HERE = os.path.dirname(os.path.abspath(__file__))

def set_font(style, size=None, bold=None):
    style.font.name = 'ＭＳ 明朝'
    rpr = style.element.get_or_add_rPr()
    rf = rpr.find(qn('w:rFonts'))
    if rf is None:
        rf = rpr.makeelement(qn('w:rFonts'), {})
        rpr.append(rf)
    rf.set(qn('w:eastAsia'), 'ＭＳ 明朝')
    if size: style.font.size = Pt(size)
    if bold is not None: style.font.bold = bold
    style.font.color.rgb = None

def build(src, out):
    doc = Document()
    sec = doc.sections[0]
    sec.page_height, sec.page_width = Mm(297), Mm(210)
    sec.left_margin = sec.right_margin = Mm(25)
    set_font(doc.styles['Normal'], 10.5)
    for i, sz in ((1, 13), (2, 12), (3, 11)):
        st = doc.styles['Heading %d' % i]
        set_font(st, sz, True)
    table_rows = []
    def flush_table():
        if not table_rows: return
        ncol = max(len(r) for r in table_rows)
        t = doc.add_table(rows=len(table_rows), cols=ncol)
        t.style = 'Table Grid'
        for ri, row in enumerate(table_rows):
            for ci in range(ncol):
                txt = row[ci] if ci < len(row) else ''
                if txt in ('<', '^'): continue
                t.cell(ri, ci).text = txt
                for p in t.cell(ri, ci).paragraphs:
                    for r in p.runs:
                        r.font.size = Pt(9)
                        if ri == 0: r.font.bold = True
        for ri, row in enumerate(table_rows):
            for ci, txt in enumerate(row):
                if txt == '<':
                    a = t.cell(ri, ci - 1); b = t.cell(ri, ci)
                    a.merge(b)
                elif txt == '^':
                    a = t.cell(ri - 1, ci); b = t.cell(ri, ci)
                    keep = a.text
                    m = a.merge(b)
                    m.text = keep
                    for p in m.paragraphs:
                        for r in p.runs: r.font.size = Pt(9)
        table_rows.clear()
        doc.add_paragraph()
    for raw in open(src, encoding='utf-8').read().splitlines():
        if not raw.strip():
            continue
        tag, _, text = raw.partition('|')
        if tag != 'T': flush_table()
        if tag == 'TITLE':
            p = doc.add_paragraph(); p.alignment = WD_ALIGN_PARAGRAPH.CENTER
            r = p.add_run(text); r.bold = True; r.font.size = Pt(15)
        elif tag == 'SUB':
            p = doc.add_paragraph(text); p.alignment = WD_ALIGN_PARAGRAPH.CENTER
        elif tag == 'R':
            p = doc.add_paragraph(text); p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
        elif tag in ('H1', 'H2', 'H3'):
            doc.add_heading(text, level=int(tag[1]))
        elif tag == 'H4':
            p = doc.add_paragraph(); p.paragraph_format.left_indent = Mm(4)
            r = p.add_run(text); r.bold = True
        elif tag == 'P':
            p = doc.add_paragraph('\u3000' + text)
        elif tag == 'B':
            p = doc.add_paragraph(text); p.paragraph_format.left_indent = Mm(4)
            p.paragraph_format.first_line_indent = Mm(-3.7)
        elif tag == 'C':
            p = doc.add_paragraph(text); p.paragraph_format.left_indent = Mm(8)
        elif tag == 'N':
            p = doc.add_paragraph(); p.paragraph_format.left_indent = Mm(4)
            r = p.add_run(text); r.font.size = Pt(9)
        elif tag == 'T':
            table_rows.append(text.split('｜'))
        elif tag == 'E':
            flush_table()
        else:
            raise ValueError(raw)
    flush_table()
    doc.save(out)

if __name__ == '__main__':
    for src in sorted(glob.glob(os.path.join(HERE, 'src', '*.txt'))):
        name = os.path.basename(src)[:-4] + '.docx'
        build(src, os.path.join(HERE, 'drafts', name))
        print('wrote', name)
