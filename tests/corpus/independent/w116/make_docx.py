# -*- coding: utf-8 -*-
"""w116: writes the .docx drafts from the content modules in src/ (python-docx)."""
import sys, importlib
from docx import Document
from docx.shared import Pt, Cm
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
from docx.oxml.ns import qn

sys.path.insert(0, '/work/corpus_src/w116/src')

def set_font(doc):
    st = doc.styles['Normal']
    st.font.name = 'MS Mincho'
    st.font.size = Pt(10.5)
    st.element.rPr.rFonts.set(qn('w:eastAsia'), 'ＭＳ 明朝')
    for s in ('Heading 1', 'Heading 2', 'Heading 3', 'Title'):
        doc.styles[s].element.get_or_add_rPr()
        rpr = doc.styles[s].element.rPr
        rf = rpr.find(qn('w:rFonts'))
        if rf is None:
            rf = rpr.makeelement(qn('w:rFonts'), {})
            rpr.append(rf)
        rf.set(qn('w:eastAsia'), 'ＭＳ ゴシック')

def add_table(doc, spec):
    head = spec['head']          # list of header rows (lists); None cell = merged with left
    rows = spec['rows']
    ncol = max(len(r) for r in head + rows)
    t = doc.add_table(rows=len(head) + len(rows), cols=ncol)
    t.style = 'Table Grid'
    allrows = head + rows
    for i, r in enumerate(allrows):
        j = 0
        while j < ncol:
            val = r[j] if j < len(r) else ''
            if val is None:
                j += 1
                continue
            cell = t.cell(i, j)
            # horizontal merge: following None cells
            k = j + 1
            while k < ncol and k < len(r) and r[k] is None:
                k += 1
            if k - 1 > j:
                cell = cell.merge(t.cell(i, k - 1))
            # vertical merge marker '^' = merge with above
            if val == '^':
                above = t.cell(i - 1, j)
                above.merge(t.cell(i, j))
                j = k
                continue
            cell.text = ''
            p = cell.paragraphs[0]
            lines = str(val).split('\n')
            for li, line in enumerate(lines):
                if li > 0:
                    p = cell.add_paragraph()
                run = p.add_run(line)
                run.font.size = Pt(9)
                if i < len(head):
                    run.bold = True
            j = k
    if spec.get('caption'):
        pass
    doc.add_paragraph()

def build(mod):
    m = importlib.import_module(mod)
    doc = Document()
    set_font(doc)
    for s in doc.sections:
        s.left_margin = s.right_margin = Cm(2.2)
    # cover
    for _ in range(3):
        doc.add_paragraph()
    p = doc.add_paragraph(); p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    p.add_run(m.COVER_TAG).bold = True
    for _ in range(4):
        doc.add_paragraph()
    p = doc.add_paragraph(); p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    r = p.add_run(m.TITLE); r.bold = True; r.font.size = Pt(20)
    if m.SUBTITLE:
        p = doc.add_paragraph(); p.alignment = WD_ALIGN_PARAGRAPH.CENTER
        r = p.add_run(m.SUBTITLE); r.font.size = Pt(14)
    for _ in range(8):
        doc.add_paragraph()
    for line in m.COVER_LINES:
        p = doc.add_paragraph(); p.alignment = WD_ALIGN_PARAGRAPH.CENTER
        r = p.add_run(line); r.font.size = Pt(12)
    doc.add_paragraph().add_run().add_break(WD_BREAK.PAGE)
    # toc
    p = doc.add_paragraph(); p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    r = p.add_run('目　次'); r.bold = True; r.font.size = Pt(14)
    for kind, *rest in m.BODY:
        if kind == 'h1':
            doc.add_paragraph(rest[0])
        elif kind == 'h2' and getattr(m, 'TOC_LEVEL2', True):
            doc.add_paragraph('　　' + rest[0])
    doc.add_paragraph().add_run().add_break(WD_BREAK.PAGE)
    for kind, *rest in m.BODY:
        if kind == 'h1':
            doc.add_heading(rest[0], level=1)
        elif kind == 'h2':
            doc.add_heading(rest[0], level=2)
        elif kind == 'h3':
            doc.add_heading(rest[0], level=3)
        elif kind == 'bold':
            doc.add_paragraph().add_run(rest[0]).bold = True
        elif kind == 'p':
            doc.add_paragraph(rest[0])
        elif kind == 'li':      # real list style
            doc.add_paragraph(rest[0], style='List Bullet')
        elif kind == 'ln':
            doc.add_paragraph(rest[0], style='List Number')
        elif kind == 'cap':
            p = doc.add_paragraph(); r = p.add_run(rest[0]); r.bold = True; r.font.size = Pt(9.5)
        elif kind == 't':
            add_table(doc, rest[0])
        elif kind == 'note':
            p = doc.add_paragraph(); r = p.add_run(rest[0]); r.font.size = Pt(9)
        elif kind == 'pb':
            doc.add_paragraph().add_run().add_break(WD_BREAK.PAGE)
    doc.save('/work/corpus_src/w116/drafts/' + m.FILENAME)
    print('wrote', m.FILENAME)

if __name__ == '__main__':
    for mod in sys.argv[1:]:
        build(mod)
