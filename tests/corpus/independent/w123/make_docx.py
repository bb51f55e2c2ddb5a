# -*- coding: utf-8 -*-
"""Build w123 drafts (.docx) from src/*.txt light markup.
Markup: '#1 '..'#4 ' headings (Word Heading 1-4); 'TITLE ' title; '・'/'①' typed bullets as plain paragraphs;
'CAP ' table/figure caption; '|a|b|' table rows (first row header; '<' merges with left cell); '※' notes small."""
import glob, os, re
from docx import Document
from docx.shared import Pt
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml.ns import qn

BASE = os.path.dirname(os.path.abspath(__file__))

def set_font(style, size=None):
    style.font.name = 'MS Mincho'
    rpr = style.element.get_or_add_rPr()
    rf = rpr.find(qn('w:rFonts'))
    if rf is None:
        rf = rpr.makeelement(qn('w:rFonts'), {}); rpr.append(rf)
    rf.set(qn('w:eastAsia'), 'ＭＳ 明朝')
    if size: style.font.size = Pt(size)

def add_table(doc, rows):
    ncol = len(rows[0])
    t = doc.add_table(rows=len(rows), cols=ncol)
    t.style = 'Table Grid'
    for i, r in enumerate(rows):
        for j in range(ncol):
            v = r[j] if j < len(r) else ''
            if v != '<':
                t.cell(i, j).text = v
                if i == 0:
                    for run in t.cell(i, j).paragraphs[0].runs: run.bold = True
    for i, r in enumerate(rows):
        j = 0
        while j < ncol:
            k = j
            while k + 1 < ncol and k + 1 < len(r) and r[k + 1] == '<':
                k += 1
            if k > j:
                t.cell(i, j).merge(t.cell(i, k))
            j = k + 1

def build(src, out):
    doc = Document()
    set_font(doc.styles['Normal'], 10.5)
    lines = open(src, encoding='utf-8').read().splitlines()
    i = 0
    while i < len(lines):
        ln = lines[i].rstrip()
        if ln.startswith('TITLE '):
            p = doc.add_paragraph(); p.alignment = WD_ALIGN_PARAGRAPH.CENTER
            r = p.add_run(ln[6:]); r.bold = True; r.font.size = Pt(16)
        elif ln.startswith('RIGHT '):
            p = doc.add_paragraph(ln[6:]); p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
        elif re.match(r'#[1-4] ', ln):
            doc.add_heading(ln[3:], level=int(ln[1]))
        elif ln.startswith('CAP '):
            p = doc.add_paragraph(); r = p.add_run(ln[4:]); r.bold = True
        elif ln.startswith('|'):
            rows = []
            while i < len(lines) and lines[i].startswith('|'):
                rows.append([c.strip() for c in lines[i].strip().strip('|').split('|')]); i += 1
            add_table(doc, rows); continue
        elif ln.startswith('※'):
            p = doc.add_paragraph(); r = p.add_run(ln); r.font.size = Pt(9)
        elif ln.strip():
            p = doc.add_paragraph(ln)
            if ln.startswith(('・', '①', '②', '③', '④', '⑤', '⑥', 'ア', 'イ', 'ウ')):
                p.paragraph_format.left_indent = Pt(10.5)
        i += 1
    doc.save(out)

if __name__ == '__main__':
    for src in sorted(glob.glob(os.path.join(BASE, 'src', '*.txt'))):
        name = os.path.basename(src)[:-4] + '.docx'
        build(src, os.path.join(BASE, 'drafts', name))
        print('wrote', name)
