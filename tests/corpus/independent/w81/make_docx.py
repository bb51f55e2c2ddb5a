# -*- coding: utf-8 -*-
"""Writes the .docx drafts of writer w81 (python-docx + raw OOXML for tracked changes).

Mini-markup used in the draft sources (drafts_src/*.txt):
  #1 / #2 / #3 text   -> Word heading levels 1-3
  #T text             -> Title style
  !b text             -> bold paragraph
  -* text             -> "List Bullet" style paragraph
  >  text             -> indented continuation paragraph
  | a | b |           -> table row (consecutive rows = one table; first row bold);
                         a cell "<" merges with the cell to its left, "^" with the cell above
  other lines         -> normal paragraph (typed bullets such as 「・」 stay as typed text)
Inline:
  {+text+}  tracked insertion (w:ins)
  {-text-}  tracked deletion  (w:del / w:delText)
  {!text!}  Word comment anchored on the preceding plain run
"""
import re
import sys
from pathlib import Path

from docx import Document
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt, Cm

HERE = Path(__file__).resolve().parent
SRC = HERE / "drafts_src"
OUT = HERE / "drafts"

TOKEN = re.compile(r"(\{\+.*?\+\}|\{-.*?-\}|\{!.*?!\})")


class Ctx:
    def __init__(self, doc, author, date):
        self.doc = doc
        self.author = author
        self.date = date
        self.rev_id = 100

    def next_id(self):
        self.rev_id += 1
        return str(self.rev_id)


def _run_el(text, deleted=False, bold=False):
    r = OxmlElement("w:r")
    if bold:
        rpr = OxmlElement("w:rPr")
        b = OxmlElement("w:b")
        rpr.append(b)
        r.append(rpr)
    t = OxmlElement("w:delText" if deleted else "w:t")
    t.set(qn("xml:space"), "preserve")
    t.text = text
    r.append(t)
    return r


def fill(ctx, p, text, bold=False):
    last_run = None
    for part in TOKEN.split(text):
        if not part:
            continue
        if part.startswith("{+"):
            el = OxmlElement("w:ins")
            el.set(qn("w:id"), ctx.next_id())
            el.set(qn("w:author"), ctx.author)
            el.set(qn("w:date"), ctx.date)
            el.append(_run_el(part[2:-2], bold=bold))
            p._p.append(el)
        elif part.startswith("{-"):
            el = OxmlElement("w:del")
            el.set(qn("w:id"), ctx.next_id())
            el.set(qn("w:author"), ctx.author)
            el.set(qn("w:date"), ctx.date)
            el.append(_run_el(part[2:-2], deleted=True, bold=bold))
            p._p.append(el)
        elif part.startswith("{!"):
            if last_run is None:
                last_run = p.add_run("")
            ctx.doc.add_comment(last_run, text=part[2:-2], author=ctx.author, initials="KEN")
        else:
            last_run = p.add_run(part)
            if bold:
                last_run.bold = True


def build_table(ctx, rows):
    ncols = max(len(r) for r in rows)
    table = ctx.doc.add_table(rows=len(rows), cols=ncols)
    table.style = "Table Grid"
    for i, r in enumerate(rows):
        for j in range(ncols):
            val = r[j] if j < len(r) else ""
            if val in ("<", "^"):
                continue
            cell = table.cell(i, j)
            fill(ctx, cell.paragraphs[0], val, bold=(i == 0))
    # merges after filling
    for i, r in enumerate(rows):
        for j, val in enumerate(r):
            if val == "<":
                k = j - 1
                while k > 0 and rows[i][k] == "<":
                    k -= 1
                table.cell(i, k).merge(table.cell(i, j))
            elif val == "^":
                k = i - 1
                while k > 0 and rows[k][j] == "^":
                    k -= 1
                table.cell(k, j).merge(table.cell(i, j))
    ctx.doc.add_paragraph("")


def build(src_name, out_name, author, date):
    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = "MS Mincho"
    st.font.size = Pt(10.5)
    st.element.rPr.rFonts.set(qn("w:eastAsia"), "ＭＳ 明朝")
    ctx = Ctx(doc, author, date)
    lines = (SRC / src_name).read_text(encoding="utf-8").splitlines()
    table_rows = []
    for line in lines + [""]:
        if line.startswith("|"):
            cells = [c.strip() for c in line.strip().strip("|").split("|")]
            table_rows.append(cells)
            continue
        if table_rows:
            build_table(ctx, table_rows)
            table_rows = []
        if not line.strip():
            continue
        if line.startswith("#T "):
            p = doc.add_paragraph(style="Title")
            fill(ctx, p, line[3:])
        elif re.match(r"#[123] ", line):
            p = doc.add_heading("", level=int(line[1]))
            fill(ctx, p, line[3:])
        elif line.startswith("!b "):
            p = doc.add_paragraph()
            fill(ctx, p, line[3:], bold=True)
        elif line.startswith("-* "):
            p = doc.add_paragraph(style="List Bullet")
            fill(ctx, p, line[3:])
        elif line.startswith("> "):
            p = doc.add_paragraph()
            p.paragraph_format.left_indent = Cm(1.0)
            fill(ctx, p, line[2:])
        else:
            p = doc.add_paragraph()
            fill(ctx, p, line)
    doc.save(OUT / out_name)
    print("wrote", out_name)


JOBS = [
    ("01.txt", "w81_01_b_toyama_cdmo.docx", "富山県商工労働部産業政策課", "2026-06-12T09:30:00Z"),
    ("02.txt", "w81_02_c_echizen_washi.docx", "越前市ものづくり振興課", "2026-06-19T14:10:00Z"),
    ("03.txt", "w81_03_a_niigata_offshore_wind.docx", "新潟県産業立地課", "2026-07-02T10:45:00Z"),
]

if __name__ == "__main__":
    OUT.mkdir(exist_ok=True)
    for src, out, author, date in JOBS:
        build(src, out, author, date)
