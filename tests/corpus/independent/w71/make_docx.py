# Writes w71 drafts as Google-Docs-like .docx exports (python-docx).
import os
from docx import Document
from docx.shared import Pt
from docx.enum.text import WD_BREAK

OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "drafts")

def cell_text(cell, text, bold=False):
    p = cell.paragraphs[0]
    parts = text.split("\n")
    for i, part in enumerate(parts):
        r = p.add_run(part)
        r.bold = bold
        if i < len(parts) - 1:
            r.add_break(WD_BREAK.LINE)

def build(fname, blocks):
    d = Document()
    st = d.styles["Normal"]
    st.font.name = "Arial"
    st.font.size = Pt(11)
    for b in blocks:
        if isinstance(b, dict):
            rows = b["rows"]
            t = d.add_table(rows=len(rows), cols=len(rows[0]))
            t.style = "Table Grid"
            for i, row in enumerate(rows):
                for j, v in enumerate(row):
                    if v is None:
                        continue
                    cell_text(t.cell(i, j), v, bold=(i < b.get("hdr", 1)))
            for (r1, c1, r2, c2) in b.get("merge", []):
                a = t.cell(r1, c1).merge(t.cell(r2, c2))
            continue
        tag, _, text = b.partition(" ")
        if tag == "#":
            d.add_paragraph(text, style="Title")
        elif tag == "##":
            d.add_paragraph(text, style="Subtitle")
        elif tag == "H":
            p = d.add_paragraph(); p.add_run(text).bold = True
        elif tag == "N":
            p = d.add_paragraph(); r = p.add_run(text); r.font.size = Pt(9)
        elif tag == "P":
            d.add_paragraph(text)
        else:
            d.add_paragraph(b)
    d.save(os.path.join(OUT, fname))

from content import DRAFTS
for fname, blocks in DRAFTS.items():
    build(fname, blocks)
    print("wrote", fname)
