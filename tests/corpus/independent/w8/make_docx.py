# -*- coding: utf-8 -*-
"""w8: writes the four .docx drafts with python-docx."""
from docx import Document
from docx.shared import Pt
from docx.oxml.ns import qn
from docx.enum.text import WD_ALIGN_PARAGRAPH

def new_doc():
    d = Document()
    st = d.styles['Normal']
    st.font.name = 'MS Mincho'
    st.font.size = Pt(10.5)
    st.element.rPr.rFonts.set(qn('w:eastAsia'), 'ＭＳ 明朝')
    return d

def build(path, items):
    d = new_doc()
    for it in items:
        k = it[0]
        if k == 'title':
            p = d.add_paragraph(); r = p.add_run(it[1]); r.bold = True; r.font.size = Pt(14)
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER
        elif k == 'right':
            p = d.add_paragraph(it[1]); p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
        elif k == 'h':      # bold paragraph used as heading
            p = d.add_paragraph(); p.add_run(it[1]).bold = True
        elif k == 'hs':     # real heading style
            d.add_heading(it[1], level=it[2])
        elif k == 'p':
            d.add_paragraph(it[1])
        elif k == 'bul':    # typed bullet
            d.add_paragraph('・' + it[1])
        elif k == 'lst':    # list style
            d.add_paragraph(it[1], style='List Bullet')
        elif k == 'table':
            rows = it[1]; merges = it[2] if len(it) > 2 else []
            ncol = max(len(r) for r in rows)
            t = d.add_table(rows=len(rows), cols=ncol); t.style = 'Table Grid'
            for i, r in enumerate(rows):
                for j, v in enumerate(r):
                    if v is not None:
                        t.cell(i, j).text = v
            for (a, b), (c, e) in merges:
                keep = t.cell(a, b).text
                m = t.cell(a, b).merge(t.cell(c, e))
                m.text = keep
            for c in t.rows[0].cells:
                for p in c.paragraphs:
                    for r in p.runs: r.bold = True
            d.add_paragraph('')
    d.save(path)

from docx_content import DRAFTS
for name, items in DRAFTS.items():
    build('drafts/' + name, items)
    print('wrote', name)
