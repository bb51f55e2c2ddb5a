# helper: paragraphs with tracked changes and comments (python-docx + raw WordprocessingML)
import re, itertools
from docx import Document
from docx.shared import Pt
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.text.run import Run
from docx.enum.text import WD_ALIGN_PARAGRAPH

_id = itertools.count(901)
TOK = re.compile(r'(\{\-.*?\-\}|\{\+.*?\+\}|\{#.*?#\})', re.S)

class Ctx:
    def __init__(self, doc, reviewers, dates):
        self.doc, self.reviewers, self.dates = doc, reviewers, dates
        self.k = 0
    def who(self, s):
        m = re.match(r'@(\d):', s)
        n = 0
        if m:
            n = int(m.group(1)); s = s[m.end():]
        self.k += 1
        return self.reviewers[n], self.dates[self.k % len(self.dates)], s

def _run_el(text, deleted=False, bold=False):
    r = OxmlElement('w:r')
    if bold:
        rpr = OxmlElement('w:rPr'); b = OxmlElement('w:b'); rpr.append(b); r.append(rpr)
    t = OxmlElement('w:delText' if deleted else 'w:t')
    t.set(qn('xml:space'), 'preserve'); t.text = text
    r.append(t)
    return r

def fill(ctx, para, text, bold=False):
    last = None
    for part in TOK.split(text):
        if not part:
            continue
        if part.startswith('{-') or part.startswith('{+'):
            who, date, body = ctx.who(part[2:-2])
            tag = 'w:del' if part.startswith('{-') else 'w:ins'
            w = OxmlElement(tag)
            w.set(qn('w:id'), str(next(_id))); w.set(qn('w:author'), who); w.set(qn('w:date'), date)
            w.append(_run_el(body, deleted=(tag == 'w:del'), bold=bold))
            para._p.append(w)
        elif part.startswith('{#'):
            who, date, body = ctx.who(part[2:-2])
            if last is None:
                last = para.add_run('')
            ctx.doc.add_comment(last, text=body, author=who, initials=who[:2])
        else:
            last = para.add_run(part)
            if bold: last.bold = True
    return para

def P(ctx, text, style=None, bold=False, center=False):
    p = ctx.doc.add_paragraph(style=style) if style else ctx.doc.add_paragraph()
    fill(ctx, p, text, bold=bold)
    if center:
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    return p

def H(ctx, text, level=1):
    p = ctx.doc.add_heading('', level=level)
    fill(ctx, p, text)
    return p

def T(ctx, rows, merges=(), header_rows=1, style='Table Grid'):
    ncol = max(len(r) for r in rows)
    t = ctx.doc.add_table(rows=len(rows), cols=ncol)
    t.style = style
    for (r1, c1, r2, c2) in merges:
        t.cell(r1, c1).merge(t.cell(r2, c2))
    done = []
    for i, row in enumerate(rows):
        for j, txt in enumerate(row):
            if txt is None:
                continue
            cell = t.cell(i, j)
            if any(cell._tc is e for e in done):
                continue
            done.append(cell._tc)
            p = cell.paragraphs[0]
            fill(ctx, p, txt, bold=(i < header_rows))
    return t

def new_doc(reviewers, dates):
    d = Document()
    st = d.styles['Normal']; st.font.name = 'MS Mincho'; st.font.size = Pt(10.5)
    st.element.rPr.rFonts.set(qn('w:eastAsia'), 'ＭＳ 明朝')
    return Ctx(d, reviewers, dates)
