# -*- coding: utf-8 -*-
"""w147: write the six draft plans as .docx with python-docx.
Content lives in src/dNN.py (each defines FILE and BODY, a list of blocks)."""
import importlib, os, sys
from docx import Document
from docx.shared import Pt, Mm
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml.ns import qn

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(HERE, "src"))

def set_font(doc):
    for name in ("Normal", "Heading 1", "Heading 2", "Heading 3", "Title", "List Bullet"):
        st = doc.styles[name]
        st.font.name = "ＭＳ 明朝" if name in ("Normal", "List Bullet") else "ＭＳ ゴシック"
        rpr = st.element.get_or_add_rPr()
        rfonts = rpr.find(qn("w:rFonts"))
        if rfonts is None:
            rfonts = rpr.makeelement(qn("w:rFonts"), {})
            rpr.append(rfonts)
        rfonts.set(qn("w:eastAsia"), st.font.name)
    doc.styles["Normal"].font.size = Pt(10.5)

def add_table(doc, spec):
    rows = spec["rows"]
    ncol = max(len(r) for r in rows)
    if spec.get("caption"):
        p = doc.add_paragraph()
        r = p.add_run(spec["caption"]); r.bold = True
    t = doc.add_table(rows=len(rows), cols=ncol)
    t.style = "Table Grid"
    for i, row in enumerate(rows):
        for j in range(ncol):
            val = row[j] if j < len(row) else ""
            if val is None:
                continue  # covered by a merge
            cell = t.cell(i, j)
            lines = str(val).split("\n")
            cell.text = lines[0]
            for ln in lines[1:]:
                cell.add_paragraph(ln)
            if i < spec.get("header", 1):
                for par in cell.paragraphs:
                    for run in par.runs:
                        run.bold = True
    for (r1, c1, r2, c2) in spec.get("merge", []):
        t.cell(r1, c1).merge(t.cell(r2, c2))
    if spec.get("note"):
        doc.add_paragraph(spec["note"])

def build(mod):
    doc = Document()
    set_font(doc)
    sec = doc.sections[0]
    sec.page_width, sec.page_height = Mm(210), Mm(297)
    sec.left_margin = sec.right_margin = Mm(22)
    for blk in mod.BODY:
        kind = blk[0]
        if kind == "title":
            p = doc.add_paragraph(); p.alignment = WD_ALIGN_PARAGRAPH.CENTER
            r = p.add_run(blk[1]); r.bold = True; r.font.size = Pt(14)
        elif kind == "right":
            p = doc.add_paragraph(blk[1]); p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
        elif kind == "h1":
            doc.add_heading(blk[1], level=1)
        elif kind == "h2":
            doc.add_heading(blk[1], level=2)
        elif kind == "h3":
            p = doc.add_paragraph(); r = p.add_run(blk[1]); r.bold = True
        elif kind == "p":
            p = doc.add_paragraph(blk[1]); p.paragraph_format.first_line_indent = Pt(10.5)
        elif kind == "ind":  # ア… / typed bullets, hanging indent
            p = doc.add_paragraph(blk[1])
            p.paragraph_format.left_indent = Pt(21); p.paragraph_format.first_line_indent = Pt(-10.5)
        elif kind == "cont":  # continuation line of a list entry
            p = doc.add_paragraph(blk[1]); p.paragraph_format.left_indent = Pt(31.5)
        elif kind == "lb":
            doc.add_paragraph(blk[1], style="List Bullet")
        elif kind == "table":
            add_table(doc, blk[1])
        elif kind == "pb":
            doc.add_page_break()
        else:
            raise ValueError(kind)
    out = os.path.join(HERE, "drafts", mod.FILE)
    doc.save(out)
    return out

def text_len(path):
    import zipfile, re
    x = zipfile.ZipFile(path).read("word/document.xml").decode("utf-8")
    return len("".join(re.findall(r"<w:t[^>]*>([^<]*)</w:t>", x)))

if __name__ == "__main__":
    names = sys.argv[1:] or sorted(f[:-3] for f in os.listdir(os.path.join(HERE, "src")) if f.startswith("d") and f.endswith(".py"))
    for nm in names:
        out = build(importlib.import_module(nm))
        print(os.path.basename(out), text_len(out))
