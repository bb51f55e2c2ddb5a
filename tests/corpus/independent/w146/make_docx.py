# -*- coding: utf-8 -*-
"""w146: 二列表（項目／内容）様式の計画書素案を python-docx で作成する。"""
import os, sys
from docx import Document
from docx.shared import Pt, Mm
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml.ns import qn
from docx.oxml import OxmlElement

OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "drafts")

def shade(cell, color="D9D9D9"):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear"); shd.set(qn("w:color"), "auto"); shd.set(qn("w:fill"), color)
    tcPr.append(shd)

def set_font(doc):
    st = doc.styles["Normal"]
    st.font.name = "MS Mincho"; st.font.size = Pt(10.5)
    st.element.rPr.rFonts.set(qn("w:eastAsia"), "ＭＳ 明朝")

def fill(cell, text, mode):
    """mode 'br': 改行は同一段落内の改行（Shift+Enter）; 'p': 改行ごとに段落。"""
    cell.text = ""
    lines = text.split("\n")
    p = cell.paragraphs[0]
    if mode == "br":
        for i, ln in enumerate(lines):
            r = p.add_run(ln)
            if i < len(lines) - 1:
                r.add_break()
    else:
        p.add_run(lines[0])
        for ln in lines[1:]:
            cell.add_paragraph(ln)

def build(fname, head, rows, tail=None, mode="p", width=(40, 130), section_style="merge"):
    doc = Document()
    set_font(doc)
    sec = doc.sections[0]
    sec.page_width = Mm(210); sec.page_height = Mm(297)
    sec.left_margin = sec.right_margin = Mm(20)
    for kind, txt in head:
        if kind == "R":
            p = doc.add_paragraph(txt); p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
        elif kind == "T":
            p = doc.add_paragraph(); p.alignment = WD_ALIGN_PARAGRAPH.CENTER
            r = p.add_run(txt); r.bold = True; r.font.size = Pt(14)
        elif kind == "H":
            doc.add_heading(txt, level=1)
        else:
            doc.add_paragraph(txt)
    t = doc.add_table(rows=1, cols=2)
    t.style = "Table Grid"
    hdr = t.rows[0].cells
    fill(hdr[0], "項目", "p"); fill(hdr[1], "内容", "p")
    for c in hdr:
        shade(c, "BFBFBF"); c.paragraphs[0].runs[0].bold = True
        c.paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.CENTER
    for row in rows:
        cells = t.add_row().cells
        if row[0] == "§":
            if section_style == "merge":
                m = cells[0].merge(cells[1])
                fill(m, row[1], "p"); m.paragraphs[0].runs[0].bold = True; shade(m)
            else:
                fill(cells[0], row[1], "p"); cells[0].paragraphs[0].runs[0].bold = True
                shade(cells[0]); shade(cells[1]); fill(cells[1], "", "p")
        else:
            fill(cells[0], row[0], "p"); fill(cells[1], row[1], mode)
    for r in t.rows:
        r.cells[0].width = Mm(width[0]); r.cells[1].width = Mm(width[1])
    if tail:
        for txt in tail:
            doc.add_paragraph(txt)
    doc.save(os.path.join(OUT, fname))
    print("wrote", fname)

DRAFTS = []
def draft(fname, head, rows, tail=None, **kw):
    DRAFTS.append((fname, head, rows, tail, kw))

import drafts_data  # noqa: E402  (drafts are defined in drafts_data.py)

if __name__ == "__main__":
    os.makedirs(OUT, exist_ok=True)
    for fname, head, rows, tail, kw in drafts_data.ALL:
        build(fname, head, rows, tail, **kw)
