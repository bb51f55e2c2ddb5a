# -*- coding: utf-8 -*-
"""w112: writes 6 draft plans (.docx) for 地域未来戦略 with python-docx."""
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

def table(d, header, rows, merge_years=False, style="Table Grid"):
    """header: list; rows: list of lists. merge_years: two-row header with merged 目標値 cell."""
    if merge_years:
        t = d.add_table(rows=2, cols=len(header), style=style)
        n_fixed = len(header) - 4
        for i, h in enumerate(header):
            if i < n_fixed:
                c = t.cell(0, i).merge(t.cell(1, i)); c.text = h
            else:
                t.cell(1, i).text = h
        m = t.cell(0, n_fixed).merge(t.cell(0, len(header) - 1)); m.text = "目標値"
    else:
        t = d.add_table(rows=1, cols=len(header), style=style)
        for i, h in enumerate(header):
            t.cell(0, i).text = h
    for r in rows:
        cells = t.add_row().cells
        for i, v in enumerate(r):
            cells[i].text = v
    return t

def build(name, items):
    d = new_doc()
    for it in items:
        k = it[0]
        if k == "title":
            d.add_heading(it[1], level=0)
        elif k in ("h1", "h2", "h3"):
            d.add_heading(it[1], level=int(k[1]))
        elif k == "p":
            d.add_paragraph(it[1])
        elif k == "b":      # list style bullets
            for s in it[1]:
                d.add_paragraph(s, style="List Bullet")
        elif k == "n":      # list style numbers
            for s in it[1]:
                d.add_paragraph(s, style="List Number")
        elif k == "bold":
            p = d.add_paragraph(); p.add_run(it[1]).bold = True
        elif k == "t":
            table(d, it[1], it[2], **(it[3] if len(it) > 3 else {}))
            d.add_paragraph("")
    d.save(os.path.join(OUT, name))
    print(name)

from drafts_content import DRAFTS
for name, items in DRAFTS:
    build(name, items)
