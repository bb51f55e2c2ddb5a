# -*- coding: utf-8 -*-
"""w99: writes the six .docx drafts (python-docx). Content lives in drafts_content.py."""
import os
from docx import Document
from docx.shared import Pt
from docx.oxml.ns import qn
from docx.enum.text import WD_ALIGN_PARAGRAPH

from drafts_content import DRAFTS

OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "drafts")


def set_font(doc):
    for name in ["Normal", "Heading 1", "Heading 2", "Heading 3", "List Bullet", "List Number", "Title"]:
        st = doc.styles[name]
        st.font.name = "MS Mincho" if name in ("Normal", "List Bullet", "List Number") else "MS Gothic"
        rpr = st.element.get_or_add_rPr()
        rfonts = rpr.find(qn("w:rFonts"))
        if rfonts is None:
            rfonts = rpr.makeelement(qn("w:rFonts"), {})
            rpr.append(rfonts)
        rfonts.set(qn("w:eastAsia"), st.font.name)
    doc.styles["Normal"].font.size = Pt(10.5)


def add_table(doc, spec):
    """spec = {'head': [str | (str, [sub, sub, ...]), ...], 'rows': [[...], ...]}
    Group headers become a horizontally merged top cell with sub-headers below;
    single headers are merged vertically over the two header rows."""
    head = spec["head"]
    grouped = any(isinstance(h, tuple) for h in head)
    ncols = sum(len(h[1]) if isinstance(h, tuple) else 1 for h in head)
    nhead = 2 if grouped else 1
    t = doc.add_table(rows=nhead + len(spec["rows"]), cols=ncols)
    t.style = "Table Grid"
    c = 0
    for h in head:
        if isinstance(h, tuple):
            label, subs = h
            top = t.cell(0, c)
            if len(subs) > 1:
                top = top.merge(t.cell(0, c + len(subs) - 1))
            top.text = label
            for i, s in enumerate(subs):
                t.cell(1, c + i).text = s
            c += len(subs)
        else:
            cell = t.cell(0, c)
            if grouped:
                cell = cell.merge(t.cell(1, c))
            cell.text = h
            c += 1
    for r in range(nhead):
        for cell in t.rows[r].cells:
            for p in cell.paragraphs:
                p.alignment = WD_ALIGN_PARAGRAPH.CENTER
                for run in p.runs:
                    run.bold = True
    for i, row in enumerate(spec["rows"]):
        for j, val in enumerate(row):
            t.cell(nhead + i, j).text = val
    for m in spec.get("merge", []):  # (r1, c1, r2, c2) in body coordinates
        r1, c1, r2, c2 = m
        a = t.cell(nhead + r1, c1)
        keep = a.text
        a = a.merge(t.cell(nhead + r2, c2))
        a.text = keep
    doc.add_paragraph("")


def build(fname, title, body, tables):
    doc = Document()
    set_font(doc)
    doc.add_paragraph(title, style="Title")
    for line in body.strip("\n").split("\n"):
        line = line.rstrip()
        if not line:
            continue
        if line.startswith("### "):
            doc.add_heading(line[4:], level=3)
        elif line.startswith("## "):
            doc.add_heading(line[3:], level=2)
        elif line.startswith("# "):
            doc.add_heading(line[2:], level=1)
        elif line.startswith("- "):
            doc.add_paragraph(line[2:], style="List Bullet")
        elif line.startswith("+ "):
            doc.add_paragraph(line[2:], style="List Number")
        elif line.startswith("T:"):
            add_table(doc, tables[line[2:].strip()])
        elif line.startswith("R:"):  # right-aligned line (date / office)
            p = doc.add_paragraph(line[2:])
            p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
        else:
            doc.add_paragraph(line)
    os.makedirs(OUT, exist_ok=True)
    doc.save(os.path.join(OUT, fname))


if __name__ == "__main__":
    for d in DRAFTS:
        build(d["file"], d["title"], d["body"], d.get("tables", {}))
        print("wrote", d["file"])
