# -*- coding: utf-8 -*-
"""w128: 大分県 新産業創出課 の素案 6本を python-docx で作成する。
見出しは add_heading（Heading 1/2）、箇条は List Number / List Bullet スタイル（番号・記号は本文に入れない）。
"""
import os
from docx import Document
from docx.shared import Pt
from docx.oxml.ns import qn

OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "drafts")
KPI_HDR = ["指標名", "基準値", "目標値", "目標年度", "把握方法"]


def new_doc():
    d = Document()
    st = d.styles["Normal"]
    st.font.name = "MS Mincho"
    st.font.size = Pt(10.5)
    st.element.rPr.rFonts.set(qn("w:eastAsia"), "ＭＳ 明朝")
    return d


def build(name, title, sub, body):
    d = new_doc()
    d.add_heading(title, level=0)
    for s in sub:
        d.add_paragraph(s)
    for item in body:
        kind = item[0]
        if kind == "h1":
            d.add_heading(item[1], level=1)
        elif kind == "h2":
            d.add_heading(item[1], level=2)
        elif kind == "p":
            d.add_paragraph(item[1])
        elif kind == "num":
            for t in item[1]:
                d.add_paragraph(t, style="List Number")
        elif kind == "bul":
            for t in item[1]:
                d.add_paragraph(t, style="List Bullet")
        elif kind == "table":
            hdr, rows = item[1], item[2]
            merge = item[3] if len(item) > 3 else None
            t = d.add_table(rows=1 + len(rows), cols=len(hdr))
            t.style = "Table Grid"
            for i, h in enumerate(hdr):
                c = t.rows[0].cells[i]
                c.text = h
                for r in c.paragraphs[0].runs:
                    r.bold = True
            for ri, row in enumerate(rows, start=1):
                for ci, v in enumerate(row):
                    if v is not None:
                        t.rows[ri].cells[ci].text = v
            if merge:
                for (r1, c1, r2, c2) in merge:
                    txt = t.cell(r1, c1).text
                    m = t.cell(r1, c1).merge(t.cell(r2, c2))
                    m.text = txt
        else:
            raise ValueError(kind)
    d.save(os.path.join(OUT, name))


from drafts_content import DRAFTS  # noqa: E402

if __name__ == "__main__":
    for name, title, sub, body in DRAFTS:
        build(name, title, sub, body)
        print("wrote", name)
