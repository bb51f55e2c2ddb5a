# -*- coding: utf-8 -*-
import docx
from docx.shared import Pt
from docx.oxml.ns import qn
OUT = "/work/corpus_src/w125/drafts/"

def new():
    d = docx.Document()
    st = d.styles["Normal"]; st.font.name = "MS Mincho"; st.font.size = Pt(10.5)
    st.element.rPr.rFonts.set(qn("w:eastAsia"), "ＭＳ 明朝")
    return d

def run(d, blocks):
    for b in blocks:
        k = b[0]
        if k == "t": d.add_heading(b[1], 0)
        elif k == "h1": d.add_heading(b[1], 1)
        elif k == "h2": d.add_heading(b[1], 2)
        elif k == "b":
            p = d.add_paragraph(); p.add_run(b[1]).bold = True
        elif k == "p": d.add_paragraph(b[1])
        elif k == "li": 
            for x in b[1]: d.add_paragraph(x, style="List Bullet")
        elif k == "ln":
            for x in b[1]: d.add_paragraph(x, style="List Number")
        elif k == "tb":
            rows = b[1]; t = d.add_table(rows=len(rows), cols=len(rows[0])); t.style = "Table Grid"
            for i, r in enumerate(rows):
                for j, v in enumerate(r):
                    t.cell(i, j).text = v
            for (r1, c1, r2, c2) in (b[2] if len(b) > 2 else []):
                a = t.cell(r1, c1); txt = a.text
                m = a.merge(t.cell(r2, c2)); m.text = txt
            if len(rows) and True:
                for c in t.rows[0].cells:
                    for p in c.paragraphs:
                        for r_ in p.runs: r_.bold = True

def save(name, blocks):
    d = new(); run(d, blocks); d.save(OUT + name)

from drafts_content import DRAFTS
for name, blocks in DRAFTS:
    save(name, blocks)
    print("wrote", name)
