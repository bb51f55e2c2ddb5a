# -*- coding: utf-8 -*-
"""w135: 岩手県 産業政策課 主査 の素案（python-docx）を書き出すスクリプト。
内容は drafts_content.py の各ドラフト定義から生成する。"""
import sys
from docx import Document
from docx.shared import Pt, Mm
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml.ns import qn

OUT = "/work/corpus_src/w135/drafts/"


def new_doc():
    d = Document()
    sec = d.sections[0]
    sec.page_width, sec.page_height = Mm(210), Mm(297)
    sec.left_margin = sec.right_margin = Mm(25)
    st = d.styles["Normal"]
    st.font.name = "ＭＳ 明朝"
    st.font.size = Pt(10.5)
    st.element.rPr.rFonts.set(qn("w:eastAsia"), "ＭＳ 明朝")
    for name in ("Heading 1", "Heading 2", "Heading 3", "Title"):
        s = d.styles[name]
        s.font.name = "ＭＳ ゴシック"
        s.element.rPr.rFonts.set(qn("w:eastAsia"), "ＭＳ ゴシック")
    return d


def build(fname, items, heading_mode="style"):
    """items: list of tuples
    ('title', text) ('right', text) ('h1'|'h2'|'h3', text) ('p', text)
    ('b', text)  typed bullet paragraph (text already begins with ・ or ○ etc)
    ('li', text) Word list style bullet
    ('t', rows, merges)  rows = list of lists; merges = list of ((r1,c1),(r2,c2))
    """
    d = new_doc()
    for it in items:
        kind = it[0]
        if kind == "title":
            p = d.add_paragraph()
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER
            r = p.add_run(it[1]); r.bold = True; r.font.size = Pt(14)
        elif kind == "right":
            p = d.add_paragraph(it[1]); p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
        elif kind in ("h1", "h2", "h3"):
            lvl = int(kind[1])
            if heading_mode == "style":
                d.add_heading(it[1], level=lvl)
            else:
                p = d.add_paragraph()
                r = p.add_run(it[1]); r.bold = True
                if lvl == 1:
                    r.font.size = Pt(12)
                p.paragraph_format.left_indent = Mm(4 * (lvl - 1))
        elif kind == "p":
            p = d.add_paragraph(it[1])
            p.paragraph_format.first_line_indent = Mm(3.7)
        elif kind == "b":
            p = d.add_paragraph(it[1])
            p.paragraph_format.left_indent = Mm(7)
            p.paragraph_format.first_line_indent = Mm(-3.7)
        elif kind == "li":
            d.add_paragraph(it[1], style="List Bullet")
        elif kind == "t":
            rows, merges = it[1], it[2]
            ncol = max(len(r) for r in rows)
            t = d.add_table(rows=len(rows), cols=ncol)
            t.style = "Table Grid"
            for i, row in enumerate(rows):
                for j, val in enumerate(row):
                    if val is None:
                        continue
                    t.cell(i, j).text = val
            for (a, b) in merges:
                c1 = t.cell(*a); c2 = t.cell(*b)
                keep = c1.text
                m = c1.merge(c2)
                m.text = keep
            for j in range(ncol):
                for c in t.rows[0].cells:
                    for p in c.paragraphs:
                        for r in p.runs:
                            r.bold = True
            d.add_paragraph("")
    d.save(OUT + fname)


if __name__ == "__main__":
    import drafts_content as dc
    for fname, items, mode in dc.DRAFTS:
        build(fname, items, mode)
        print("wrote", fname)
