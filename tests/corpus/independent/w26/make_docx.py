# -*- coding: utf-8 -*-
"""w26: 岐阜県 商工労働部 産業政策課 想定の計画書素案 (.docx) を生成する。
簡易マークアップ: T: 表題 / H1: 見出し1 / H2: 見出し2 / B: 太字段落 / P: 段落 / I: 字下げ段落
TB: 表開始, R: 行(セルは ' | ' 区切り), M:r1,c1,r2,c2 結合, TE 表終了"""
import sys, glob, os
from docx import Document
from docx.shared import Pt, Mm
from docx.oxml.ns import qn

HERE = os.path.dirname(os.path.abspath(__file__))

def set_font(doc):
    st = doc.styles['Normal']
    st.font.name = 'MS Mincho'
    st.font.size = Pt(10.5)
    st.element.rPr.rFonts.set(qn('w:eastAsia'), 'ＭＳ 明朝')

def build(src, out):
    doc = Document()
    set_font(doc)
    for s in doc.sections:
        s.left_margin = s.right_margin = Mm(25)
    lines = open(src, encoding='utf-8').read().splitlines()
    table_rows, merges, in_table = [], [], False
    for ln in lines:
        if not ln.strip():
            continue
        tag, _, body = ln.partition(':')
        if ln.strip() == 'TE':
            ncol = max(len(r) for r in table_rows)
            t = doc.add_table(rows=len(table_rows), cols=ncol)
            t.style = 'Table Grid'
            for i, r in enumerate(table_rows):
                for j in range(ncol):
                    txt = r[j] if j < len(r) else ''
                    c = t.cell(i, j)
                    c.text = txt
                    if i == 0:
                        for run in c.paragraphs[0].runs:
                            run.bold = True
            for (r1, c1, r2, c2) in merges:
                a, b = t.cell(r1, c1), t.cell(r2, c2)
                keep = a.text
                m = a.merge(b)
                # 結合後は先頭セルの文言のみ残す
                for p in m.paragraphs[1:]:
                    p._element.getparent().remove(p._element)
                m.paragraphs[0].text = keep
            doc.add_paragraph()
            table_rows, merges, in_table = [], [], False
            continue
        if tag == 'TB':
            in_table = True
            continue
        if in_table:
            if tag == 'R':
                table_rows.append([c.strip() for c in body.split('|')])
            elif tag == 'M':
                merges.append(tuple(int(x) for x in body.split(',')))
            continue
        if tag == 'T':
            p = doc.add_heading(body, level=0)
        elif tag == 'H1':
            doc.add_heading(body, level=1)
        elif tag == 'H2':
            doc.add_heading(body, level=2)
        elif tag == 'B':
            p = doc.add_paragraph()
            p.add_run(body).bold = True
        elif tag == 'I':
            p = doc.add_paragraph(body)
            p.paragraph_format.left_indent = Mm(7)
        elif tag == 'R2':
            p = doc.add_paragraph(body)
            p.alignment = 2
        else:
            doc.add_paragraph(body)
    doc.save(out)

if __name__ == '__main__':
    for src in sorted(glob.glob(os.path.join(HERE, 'src', '*.txt'))):
        name = os.path.splitext(os.path.basename(src))[0] + '.docx'
        build(src, os.path.join(HERE, 'drafts', name))
        print('wrote', name)
