# w77: writes 6 draft plans (.docx) with python-docx
from docx import Document
from docx.shared import Pt
from docx.oxml.ns import qn
import os
OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), 'drafts')

def build(fname, title, sub, blocks):
    d = Document()
    st = d.styles['Normal']; st.font.name = 'MS Mincho'; st.font.size = Pt(10.5)
    st.element.rPr.rFonts.set(qn('w:eastAsia'), 'ＭＳ 明朝')
    d.add_heading(title, level=0)
    d.add_paragraph(sub)
    for b in blocks:
        k = b[0]
        if k == 'h1': d.add_heading(b[1], level=1)
        elif k == 'h2': d.add_heading(b[1], level=2)
        elif k == 'p': d.add_paragraph(b[1])
        elif k == 'n': d.add_paragraph(b[1], style='List Number')
        elif k == 'n2': d.add_paragraph(b[1], style='List Number 2')
        elif k == 'b': d.add_paragraph(b[1], style='List Bullet')
        elif k == 'note': d.add_paragraph(b[1])
        elif k == 't':
            rows = b[1]
            t = d.add_table(rows=len(rows), cols=len(rows[0])); t.style = 'Table Grid'
            for i, r in enumerate(rows):
                for j, v in enumerate(r):
                    t.cell(i, j).text = v
            for (r1, c1, r2, c2) in (b[2] if len(b) > 2 else []):
                txt = t.cell(r1, c1).text
                m = t.cell(r1, c1).merge(t.cell(r2, c2)); m.text = txt
    d.save(os.path.join(OUT, fname))

def kgi(rows, extra_col=None):
    hdr = ['KGI', '2027年度', '2028年度', '2029年度', '2030年度', '2031年度', '累計']
    if extra_col: hdr.append(extra_col)
    return [hdr] + rows

from drafts_data import DRAFTS
for f, title, sub, blocks in DRAFTS:
    build(f, title, sub, blocks)
    print('wrote', f)
