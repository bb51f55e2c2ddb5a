# -*- coding: utf-8 -*-
"""w106: writes six draft plans (.docx) for 地域未来戦略 (2026)."""
from docx import Document
from docx.shared import Pt
from docx.oxml.ns import qn
import os, importlib.util, sys

OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "drafts")

def setfont(doc):
    st = doc.styles["Normal"]
    st.font.name = "MS Mincho"; st.font.size = Pt(10.5)
    st.element.rPr.rFonts.set(qn("w:eastAsia"), "ＭＳ 明朝")

def heading(doc, text, level, mode):
    if mode == "style":
        doc.add_heading(text, level=level)
    else:
        p = doc.add_paragraph(); r = p.add_run(text); r.bold = True
        r.font.size = Pt(12 if level == 1 else 11)

def para(doc, text, bullet_style=False):
    if bullet_style and text.startswith("・"):
        doc.add_paragraph(text[1:], style="List Bullet")
    else:
        doc.add_paragraph(text)

def item_table(doc, rows):
    t = doc.add_table(rows=1, cols=2); t.style = "Table Grid"
    t.rows[0].cells[0].text = "項目"; t.rows[0].cells[1].text = "記載内容"
    for k, v in rows:
        c = t.add_row().cells; c[0].text = k; c[1].text = v

def kgi_table(doc, header, rows):
    t = doc.add_table(rows=1, cols=len(header)); t.style = "Table Grid"
    for i, h in enumerate(header):
        t.rows[0].cells[i].text = h
    start = None; prev = None
    for r in rows:
        c = t.add_row().cells
        for i, v in enumerate(r):
            c[i].text = v if i > 0 else ""
        idx = len(t.rows) - 1
        if r[0] != prev:
            t.rows[idx].cells[0].text = r[0]; start = idx; prev = r[0]
        else:
            m = t.cell(start, 0).merge(t.cell(idx, 0)); m.text = r[0]
    return t

def build(d):
    doc = Document(); setfont(doc)
    mode = d.get("mode", "style"); bl = d.get("bullet_style", False)
    for line in d["front"]:
        p = doc.add_paragraph(); r = p.add_run(line)
        if line == d["front"][0]:
            r.bold = True; r.font.size = Pt(14)
    for sec in d["sections"]:
        heading(doc, sec["h"], sec.get("lv", 1), mode)
        if sec.get("table"):
            item_table(doc, sec["table"])
        if sec.get("kgi"):
            kgi_table(doc, sec["kgi"][0], sec["kgi"][1])
        for ptxt in sec.get("paras", []):
            para(doc, ptxt, bl)
    doc.save(os.path.join(OUT, d["file"]))

if __name__ == "__main__":
    here = os.path.dirname(os.path.abspath(__file__))
    for fn in sorted(os.listdir(here)):
        if fn.startswith("content_") and fn.endswith(".py"):
            spec = importlib.util.spec_from_file_location(fn[:-3], os.path.join(here, fn))
            m = importlib.util.module_from_spec(spec); spec.loader.exec_module(m)
            build(m.D); print("wrote", m.D["file"])
