# -*- coding: utf-8 -*-
"""w70: writes the six .docx drafts from the city template (cover table, はじめに, Heading 1/2, KPI sheets, 参考資料)."""
from docx import Document
from docx.shared import Pt
from docx.oxml.ns import qn
import os, importlib.util

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "drafts")

def setfont(doc):
    st = doc.styles["Normal"]
    st.font.name = "MS Mincho"; st.font.size = Pt(10.5)
    st.element.rPr.rFonts.set(qn("w:eastAsia"), "ＭＳ 明朝")

def table(doc, rows, header=True, merge=None):
    t = doc.add_table(rows=len(rows), cols=len(rows[0]))
    t.style = "Table Grid"
    for i, r in enumerate(rows):
        for j, v in enumerate(r):
            t.cell(i, j).text = str(v)
            if header and i == 0:
                for p in t.cell(i, j).paragraphs:
                    for run in p.runs: run.bold = True
    for m in (merge or []):
        (r1, c1), (r2, c2) = m
        txt = t.cell(r1, c1).text
        c = t.cell(r1, c1).merge(t.cell(r2, c2))
        c.text = txt
    doc.add_paragraph("")
    return t

KPI_ROWS = ["指標名", "現状値", "目標値", "期限", "担当課", "検討の場", "撤退基準"]

def kpi(doc, title, d):
    p = doc.add_paragraph(); r = p.add_run(title); r.bold = True
    rows = [[k, d.get(k, "")] for k in KPI_ROWS if k in d]
    t = doc.add_table(rows=len(rows), cols=2); t.style = "Table Grid"
    for i, (k, v) in enumerate(rows):
        t.cell(i, 0).text = k; t.cell(i, 1).text = v
    doc.add_paragraph("")

def build(spec):
    doc = Document(); setfont(doc)
    doc.add_heading(spec["title"], level=0)
    table(doc, [["計画名", spec["title"]], ["策定主体", spec["author"]],
                ["計画期間", spec["period"]], ["担当", spec["tanto"]]], header=False)
    doc.add_page_break()
    for it in spec["body"]:
        kind = it[0]
        if kind == "h1": doc.add_heading(it[1], level=1)
        elif kind == "h2": doc.add_heading(it[1], level=2)
        elif kind == "p": doc.add_paragraph(it[1])
        elif kind == "b":  # bold paragraph as a minor heading
            p = doc.add_paragraph(); p.add_run(it[1]).bold = True
        elif kind == "li":  # list style bullets
            for x in it[1]: doc.add_paragraph(x, style="List Bullet")
        elif kind == "ln":
            for x in it[1]: doc.add_paragraph(x, style="List Number")
        elif kind == "t": table(doc, it[1], merge=(it[2] if len(it) > 2 else None))
        elif kind == "kpi": kpi(doc, it[1], it[2])
        elif kind == "refs":
            doc.add_heading("参考資料", level=1)
            for x in it[1]: doc.add_paragraph("・" + x)
    doc.save(os.path.join(OUT, spec["file"]))
    return spec["file"]

if __name__ == "__main__":
    import glob
    for f in sorted(glob.glob(os.path.join(HERE, "specs", "d*.py"))):
        s = importlib.util.spec_from_file_location("m", f); m = importlib.util.module_from_spec(s); s.loader.exec_module(m)
        print(build(m.SPEC))
