# w67: writes early first drafts (初稿) as .docx with python-docx
import os
from docx import Document
from docx.shared import Pt
from docx.oxml.ns import qn

OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "drafts")

def new_doc():
    d = Document()
    st = d.styles["Normal"]
    st.font.name = "MS Mincho"; st.font.size = Pt(10.5)
    st.element.rPr.rFonts.set(qn("w:eastAsia"), "ＭＳ 明朝")
    return d

def build(name, blocks):
    d = new_doc()
    for b in blocks:
        k = b[0]
        if k == "title":
            p = d.add_paragraph(); r = p.add_run(b[1]); r.bold = True; r.font.size = Pt(14)
        elif k in ("h1", "h2", "h3"):
            d.add_heading(b[1], level=int(k[1]))
        elif k == "b":  # bold paragraph used as heading
            p = d.add_paragraph(); p.add_run(b[1]).bold = True
        elif k == "p":
            d.add_paragraph(b[1])
        elif k == "bul":
            for t in b[1]:
                d.add_paragraph(t, style="List Bullet")
        elif k == "num":
            for t in b[1]:
                d.add_paragraph(t, style="List Number")
        elif k == "table":
            rows = b[1]; merges = b[2] if len(b) > 2 else []
            ncol = max(len(r) for r in rows)
            t = d.add_table(rows=len(rows), cols=ncol); t.style = "Table Grid"
            for i, r in enumerate(rows):
                for j, v in enumerate(r):
                    if v is not None:
                        t.cell(i, j).text = v
            for (r1, c1, r2, c2) in merges:
                a = t.cell(r1, c1); keep = a.text
                m = a.merge(t.cell(r2, c2)); m.text = keep
            for c in t.rows[0].cells:
                for p in c.paragraphs:
                    for r in p.runs: r.bold = True
            d.add_paragraph("")
    d.save(os.path.join(OUT, name))

from drafts_content import DRAFTS
for name, blocks in DRAFTS:
    build(name, blocks)
    print("wrote", name)
