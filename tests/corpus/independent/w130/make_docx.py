# -*- coding: utf-8 -*-
"""w130: 様式（項目／記載内容の2列表）で素案を作成する。"""
import os
from docx import Document
from docx.shared import Pt, Mm
from docx.oxml.ns import qn

OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "drafts")
S = "§"  # section row marker

def set_font(doc):
    st = doc.styles["Normal"]
    st.font.name = "ＭＳ 明朝"; st.font.size = Pt(10.5)
    st.element.rPr.rFonts.set(qn("w:eastAsia"), "ＭＳ 明朝")

def fill(cell, text, bold=False):
    lines = text.split("\n")
    cell.text = ""
    p = cell.paragraphs[0]
    for i, ln in enumerate(lines):
        if i > 0:
            p = cell.add_paragraph()
        r = p.add_run(ln); r.bold = bold

def make_docx(fname, d):
    doc = Document(); set_font(doc)
    sec = doc.sections[0]; sec.left_margin = Mm(20); sec.right_margin = Mm(20)
    if d.get("form"):
        p = doc.add_paragraph(d["form"]); 
    h = doc.add_heading(d["title"], level=1)
    for s in d.get("sub", []):
        doc.add_paragraph(s)
    t = doc.add_table(rows=1, cols=2); t.style = "Table Grid"
    fill(t.rows[0].cells[0], "項目", True); fill(t.rows[0].cells[1], "記載内容", True)
    for row in d["rows"]:
        c = t.add_row().cells
        if row[0] == S:
            m = c[0].merge(c[1]); fill(m, row[1], True)
        else:
            fill(c[0], row[0]); fill(c[1], row[1])
    for w, cc in zip((Mm(45), Mm(125)), (0, 1)):
        for r in t.rows:
            r.cells[cc].width = w
    for n in d.get("notes", []):
        doc.add_paragraph(n)
    doc.save(os.path.join(OUT, fname))

def make_txt(fname, d):
    out = []
    if d.get("form"): out.append(d["form"])
    out.append(d["title"])
    out += d.get("sub", [])
    out.append("")
    W = 18
    def pad(s):
        n = sum(2 if ord(ch) > 0xff else 1 for ch in s)
        return s + " " * max(0, W - n)
    out.append("│" + pad("項目") + "│記載内容")
    out.append("├" + "─" * (W // 2) + "┼" + "─" * 30)
    for row in d["rows"]:
        if row[0] == S:
            out.append("│" + row[1])
            out.append("├" + "─" * (W // 2) + "┼" + "─" * 30)
            continue
        left = row[0].split("\n"); right = row[1].split("\n")
        for i in range(max(len(left), len(right))):
            l = left[i] if i < len(left) else ""
            r = right[i] if i < len(right) else ""
            out.append("│" + pad(l) + "│" + r)
        out.append("├" + "─" * (W // 2) + "┼" + "─" * 30)
    out.append("")
    out += d.get("notes", [])
    data = "\r\n".join(out) + "\r\n"
    with open(os.path.join(OUT, fname), "wb") as f:
        f.write(data.encode("cp932"))

from drafts_data import DRAFTS
for fname, d in DRAFTS.items():
    (make_txt if fname.endswith(".txt") else make_docx)(fname, d)
    print("wrote", fname)
