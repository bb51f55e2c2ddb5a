# -*- coding: utf-8 -*-
"""w49: writes the six .docx drafts (岡山県産業労働部・倉敷市・井原市 persona)."""
import os
from docx import Document
from docx.shared import Pt
from docx.oxml.ns import qn

OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "drafts")


def set_font(doc):
    for name in ["Normal", "Heading 1", "Heading 2", "Heading 3", "Title"]:
        st = doc.styles[name]
        st.font.name = "ＭＳ 明朝" if name == "Normal" else "ＭＳ ゴシック"
        rpr = st.element.get_or_add_rPr()
        rf = rpr.find(qn("w:rFonts"))
        if rf is None:
            rf = rpr.makeelement(qn("w:rFonts"), {})
            rpr.append(rf)
        rf.set(qn("w:eastAsia"), st.font.name)
    doc.styles["Normal"].font.size = Pt(10.5)


def build(fname, items):
    doc = Document()
    set_font(doc)
    for it in items:
        kind = it[0]
        if kind == "title":
            doc.add_heading(it[1], level=0)
        elif kind in ("h1", "h2", "h3"):
            doc.add_heading(it[1], level=int(kind[1]))
        elif kind == "p":
            doc.add_paragraph(it[1])
        elif kind == "bold":
            p = doc.add_paragraph()
            p.add_run(it[1]).bold = True
        elif kind == "ind":  # indented continuation paragraph
            p = doc.add_paragraph(it[1])
            p.paragraph_format.left_indent = Pt(21)
        elif kind == "lb":
            doc.add_paragraph(it[1], style="List Bullet")
        elif kind == "ln":
            doc.add_paragraph(it[1], style="List Number")
        elif kind == "right":
            p = doc.add_paragraph(it[1])
            p.alignment = 2
        elif kind == "t2":  # 項目｜内容
            rows = it[1]
            t = doc.add_table(rows=1, cols=2)
            t.style = "Table Grid"
            t.rows[0].cells[0].text = "項目"
            t.rows[0].cells[1].text = "内容"
            for k, v in rows:
                r = t.add_row().cells
                r[0].text = k
                r[1].text = v
            doc.add_paragraph("")
        elif kind == "t":  # generic table; it[1]=header rows(list of lists), it[2]=body, it[3]=merges
            hdr, body = it[1], it[2]
            merges = it[3] if len(it) > 3 else []
            ncol = len(hdr[0])
            t = doc.add_table(rows=0, cols=ncol)
            t.style = "Table Grid"
            for row in hdr + body:
                cells = t.add_row().cells
                for i, v in enumerate(row):
                    cells[i].text = v
            for (r1, c1, r2, c2) in merges:
                a = t.cell(r1, c1)
                b = t.cell(r2, c2)
                txt = a.text
                m = a.merge(b)
                m.text = txt
            for ri in range(len(hdr)):
                for c in t.rows[ri].cells:
                    for p in c.paragraphs:
                        for r in p.runs:
                            r.bold = True
            doc.add_paragraph("")
    doc.save(os.path.join(OUT, fname))


from drafts_content import DRAFTS  # noqa: E402

if __name__ == "__main__":
    os.makedirs(OUT, exist_ok=True)
    for fname, items in DRAFTS:
        build(fname, items)
        print("wrote", fname)
