# -*- coding: utf-8 -*-
"""w74: 関西府県市の様式（2列レイアウト表）で計画書素案 .docx を作成する。"""
import os
from docx import Document
from docx.shared import Pt, Cm
from docx.oxml.ns import qn

OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "drafts")
os.makedirs(OUT, exist_ok=True)


def set_font(doc):
    st = doc.styles["Normal"]
    st.font.name = "MS Mincho"
    st.font.size = Pt(10.5)
    st.element.rPr.rFonts.set(qn("w:eastAsia"), "ＭＳ 明朝")


def fill_cell(cell, blocks):
    first = True
    for b in blocks:
        if isinstance(b, dict):  # nested table
            rows = b["t"]
            nt = cell.add_table(rows=len(rows), cols=len(rows[0]))
            nt.style = "Table Grid"
            for i, r in enumerate(rows):
                for j, v in enumerate(r):
                    if v is None:
                        continue
                    c = nt.cell(i, j)
                    c.text = v
                    if i == 0 and b.get("hdr", True):
                        for run in c.paragraphs[0].runs:
                            run.bold = True
            for (a, bb, c2, d) in b.get("merge", []):
                m = nt.cell(a, bb).merge(nt.cell(c2, d))
            cell.add_paragraph("")
            continue
        bold = False
        if isinstance(b, tuple):
            bold, b = True, b[1]
        p = cell.paragraphs[0] if first else cell.add_paragraph()
        first = False
        run = p.add_run(b)
        run.bold = bold


def build(fname, title, sub, rows, lead=None):
    doc = Document()
    set_font(doc)
    doc.add_heading(title, level=1)
    for s in sub:
        doc.add_paragraph(s)
    if lead:
        doc.add_paragraph(lead)
    t = doc.add_table(rows=len(rows) + 1, cols=2)
    t.style = "Table Grid"
    t.cell(0, 0).text = "記載項目"
    t.cell(0, 1).text = "内容"
    for c in t.rows[0].cells:
        c.paragraphs[0].runs[0].bold = True
    start = None
    for i, (label, blocks) in enumerate(rows, start=1):
        if label is not None:
            t.cell(i, 0).text = label
            if start is not None and start < i - 1:
                t.cell(start, 0).merge(t.cell(i - 1, 0))
            start = i
        fill_cell(t.cell(i, 1), blocks)
    if start is not None and start < len(rows):
        t.cell(start, 0).merge(t.cell(len(rows), 0))
    for r in t.rows:
        r.cells[0].width = Cm(3.8)
        r.cells[1].width = Cm(12.5)
    doc.save(os.path.join(OUT, fname))


from drafts_content import DRAFTS  # noqa: E402

for d in DRAFTS:
    build(**d)
    print("wrote", d["fname"])
