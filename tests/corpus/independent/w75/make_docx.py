# -*- coding: utf-8 -*-
"""w75: 中部・北陸型の「一枚表」様式で計画書素案を作成する。"""
from docx import Document
from docx.shared import Pt, Cm
from docx.oxml.ns import qn
import os
OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "drafts")

def setfont(doc):
    st = doc.styles["Normal"]; st.font.name = "ＭＳ 明朝"; st.font.size = Pt(10.5)
    st.element.rPr.rFonts.set(qn("w:eastAsia"), "ＭＳ 明朝")

def fill(cell, blocks):
    first = True
    for kind, val in blocks:
        if kind == "t":
            t = cell.add_table(rows=len(val), cols=len(val[0])); t.style = "Table Grid"
            for i, row in enumerate(val):
                for j, v in enumerate(row):
                    c = t.cell(i, j)
                    if v is None:
                        continue
                    c.text = v
                    if i == 0:
                        for r in c.paragraphs[0].runs: r.bold = True
            # 結合: None は左セルと結合
            for i, row in enumerate(val):
                for j, v in enumerate(row):
                    if v is None and j > 0:
                        a = t.cell(i, j-1).merge(t.cell(i, j))
            cell.add_paragraph("")
            first = False
            continue
        p = cell.paragraphs[0] if first and not cell.paragraphs[0].text else cell.add_paragraph()
        first = False
        if kind == "b":
            p.add_run(val).bold = True
        elif kind == "li":
            p.style = "List Bullet"; p.add_run(val)
        else:
            p.add_run(val)

def build(fname, title, rows, numcol=False, note=None, heading_style=True):
    doc = Document(); setfont(doc)
    sec = doc.sections[0]; sec.left_margin = sec.right_margin = Cm(2)
    if heading_style:
        doc.add_heading(title, level=1)
    else:
        p = doc.add_paragraph(); r = p.add_run(title); r.bold = True; r.font.size = Pt(14)
    if note:
        doc.add_paragraph(note)
    rows = [r if len(r) == 3 else ("",) + tuple(r) for r in rows]
    ncol = 3 if numcol else 2
    t = doc.add_table(rows=len(rows), cols=ncol); t.style = "Table Grid"
    prev = None; start = 0
    for i, (num, item, blocks) in enumerate(rows):
        ic = 1 if numcol else 0
        if numcol:
            t.cell(i, 0).text = num
        if item is not None:
            t.cell(i, ic).text = item
            for r in t.cell(i, ic).paragraphs[0].runs: r.bold = True
        fill(t.cell(i, ic + 1), blocks)
    # 縦結合: item が None の行は上の行と結合
    ic = 1 if numcol else 0
    i = 0
    while i < len(rows):
        j = i
        while j + 1 < len(rows) and rows[j + 1][1] is None:
            j += 1
        if j > i:
            t.cell(i, ic).merge(t.cell(j, ic))
            if numcol:
                t.cell(i, 0).merge(t.cell(j, 0))
        i = j + 1
    for row in t.rows:
        row.cells[ic].width = Cm(3.5)
    doc.save(os.path.join(OUT, fname))

from drafts_content import DRAFTS
for d in DRAFTS:
    build(**d)
print("ok")
