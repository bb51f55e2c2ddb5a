#!/usr/bin/env python3
"""w153: build the .docx drafts from the light markup in src/*.src.

Markup (one paragraph per line):
  !text        title (centered, bold, 14pt)
  =text        right-aligned line (date, office)
  #text        heading: plain bold paragraph, numbering typed in the text
  >N text      indented paragraph, level N (1-3); used for the 1-(1)-① indicator list
  |a|b|c|      table row; consecutive rows form one table, first row bold;
               a cell "<<" is merged into the cell on its left, "^^" into the cell above
  [BOX] ... [/BOX]   one-cell bordered box (用語解説)
  other        normal paragraph (typed 「・」 bullets stay as text)
"""
import glob
import os
import sys

from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml.ns import qn
from docx.shared import Mm, Pt

HERE = os.path.dirname(os.path.abspath(__file__))


def set_font(doc):
    st = doc.styles["Normal"]
    st.font.name = "ＭＳ 明朝"
    st.font.size = Pt(10.5)
    st.element.rPr.rFonts.set(qn("w:eastAsia"), "ＭＳ 明朝")


def add_table(doc, rows):
    ncol = max(len(r) for r in rows)
    t = doc.add_table(rows=len(rows), cols=ncol)
    t.style = "Table Grid"
    for i, r in enumerate(rows):
        for j in range(ncol):
            txt = r[j] if j < len(r) else ""
            if txt in ("<<", "^^"):
                continue
            c = t.cell(i, j)
            c.text = txt
            if i == 0:
                for run in c.paragraphs[0].runs:
                    run.bold = True
    # merges after text is placed
    for i, r in enumerate(rows):
        for j, txt in enumerate(r):
            if txt == "<<":
                a = t.cell(i, j - 1)
                a.merge(t.cell(i, j))
            elif txt == "^^":
                a = t.cell(i - 1, j)
                a.merge(t.cell(i, j))
    doc.add_paragraph()


def add_box(doc, lines):
    t = doc.add_table(rows=1, cols=1)
    t.style = "Table Grid"
    c = t.cell(0, 0)
    c.text = lines[0]
    c.paragraphs[0].runs[0].bold = True
    for ln in lines[1:]:
        c.add_paragraph(ln)


def build(src, out):
    doc = Document()
    set_font(doc)
    sec = doc.sections[0]
    sec.page_height, sec.page_width = Mm(297), Mm(210)
    sec.left_margin = sec.right_margin = Mm(25)
    lines = open(src, encoding="utf-8").read().splitlines()
    table, box = [], None
    for ln in lines + [""]:
        if box is not None:
            if ln.strip() == "[/BOX]":
                add_box(doc, box)
                box = None
            else:
                box.append(ln)
            continue
        if ln.startswith("|"):
            table.append(ln.strip().strip("|").split("|"))
            continue
        if table:
            add_table(doc, table)
            table = []
        if not ln.strip():
            continue
        if ln.strip() == "[BOX]":
            box = []
        elif ln.startswith("!"):
            p = doc.add_paragraph()
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER
            r = p.add_run(ln[1:])
            r.bold = True
            r.font.size = Pt(14)
        elif ln.startswith("="):
            p = doc.add_paragraph(ln[1:])
            p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
        elif ln.startswith("#"):
            p = doc.add_paragraph()
            p.add_run(ln[1:]).bold = True
        elif ln.startswith(">") and ln[1:2].isdigit():
            lvl = int(ln[1])
            p = doc.add_paragraph(ln[3:])
            p.paragraph_format.left_indent = Mm(6 * lvl)
            p.paragraph_format.space_after = Pt(0)
        else:
            p = doc.add_paragraph(ln)
            p.paragraph_format.first_line_indent = Pt(10.5) if not ln.startswith(("・", "○", "ア", "イ", "ウ", "エ", "オ", "カ", "※")) else None
    doc.save(out)


if __name__ == "__main__":
    for src in sorted(glob.glob(os.path.join(HERE, "src", "*.src"))):
        name = os.path.basename(src)[:-4] + ".docx"
        build(src, os.path.join(HERE, "drafts", name))
        print("wrote", name)
