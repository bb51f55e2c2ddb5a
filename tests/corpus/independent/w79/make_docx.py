# -*- coding: utf-8 -*-
"""w79: writes 6 draft plans as .docx (logic-model persona)."""
from docx import Document
from docx.shared import Pt
import os
OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "drafts")

def H(doc, text, lvl, style_heading=True):
    if style_heading:
        doc.add_heading(text, level=lvl)
    else:
        p = doc.add_paragraph(); r = p.add_run(text); r.bold = True
        if lvl == 1: r.font.size = Pt(13)

def P(doc, text):
    for line in text.strip().split("\n"):
        doc.add_paragraph(line.strip())

def L(doc, items, style=None):
    for it in items:
        if style: doc.add_paragraph(it, style=style)
        else: doc.add_paragraph(it)

def logic_model(doc, rows, kgi_text, title="ロジックモデル"):
    cols = ["インプット（施策）", "アクティビティ", "アウトプット（KPI）", "初期アウトカム", "最終アウトカム（KGI）"]
    t = doc.add_table(rows=2 + len(rows), cols=5); t.style = "Table Grid"
    top = t.cell(0, 0).merge(t.cell(0, 4)); top.text = title
    for i, c in enumerate(cols): t.cell(1, i).text = c
    for r, row in enumerate(rows):
        for i, v in enumerate(row): t.cell(2 + r, i).text = v
    m = t.cell(2, 4).merge(t.cell(1 + len(rows), 4)); m.text = kgi_text
    doc.add_paragraph("")

def kpi_table(doc, rows):
    cols = ["KPI", "Why（施策の意義）", "What（中身）", "When（期限）", "Who（担当部署）", "Where（対象）", "How（検証方法）", "撤退基準（KPI未達時）"]
    t = doc.add_table(rows=1 + len(rows), cols=len(cols)); t.style = "Table Grid"
    for i, c in enumerate(cols): t.cell(0, i).text = c
    for r, row in enumerate(rows):
        for i, v in enumerate(row): t.cell(1 + r, i).text = v
    doc.add_paragraph("")

def table(doc, header, rows, merge_first_header=None):
    t = doc.add_table(rows=1 + len(rows), cols=len(header)); t.style = "Table Grid"
    for i, c in enumerate(header): t.cell(0, i).text = c
    for r, row in enumerate(rows):
        for i, v in enumerate(row): t.cell(1 + r, i).text = v
    doc.add_paragraph("")

def build(name, parts, heading=True):
    doc = Document()
    for kind, *a in parts:
        if kind == "T": doc.add_heading(a[0], level=0) if heading else H(doc, a[0], 1, False)
        elif kind == "H1": H(doc, a[0], 1, heading)
        elif kind == "H2": H(doc, a[0], 2, heading)
        elif kind == "P": P(doc, a[0])
        elif kind == "L": L(doc, a[0], a[1] if len(a) > 1 else None)
        elif kind == "LM": logic_model(doc, a[0], a[1])
        elif kind == "K": kpi_table(doc, a[0])
        elif kind == "TB": table(doc, a[0], a[1])
    doc.save(os.path.join(OUT, name))

exec(open(os.path.join(os.path.dirname(os.path.abspath(__file__)), "content.py"), encoding="utf-8").read())
