from docx import Document
from docx.shared import Pt, Mm, RGBColor
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml.ns import qn
from docx.oxml import OxmlElement

def _font(run, size=10.5, bold=False, color=None):
    run.font.size = Pt(size); run.bold = bold
    rpr = run._element.get_or_add_rPr()
    rf = rpr.find(qn('w:rFonts'))
    if rf is None:
        rf = OxmlElement('w:rFonts'); rpr.insert(0, rf)
    rf.set(qn('w:eastAsia'), 'ＭＳ ゴシック' if bold else 'ＭＳ 明朝')
    if color: run.font.color.rgb = RGBColor.from_string(color)

def shade(cell, fill):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement('w:shd'); shd.set(qn('w:val'), 'clear'); shd.set(qn('w:color'), 'auto'); shd.set(qn('w:fill'), fill)
    tcPr.append(shd)

def borders(table, sz=8, color='000000', val='single'):
    tblPr = table._tbl.tblPr
    b = OxmlElement('w:tblBorders')
    for e in ('top','left','bottom','right','insideH','insideV'):
        x = OxmlElement('w:'+e); x.set(qn('w:val'), val); x.set(qn('w:sz'), str(sz)); x.set(qn('w:space'),'0'); x.set(qn('w:color'), color)
        b.append(x)
    tblPr.append(b)

def cell_borders(cell, sz=18, color='000000'):
    tcPr = cell._tc.get_or_add_tcPr()
    b = OxmlElement('w:tcBorders')
    for e in ('top','left','bottom','right'):
        x = OxmlElement('w:'+e); x.set(qn('w:val'), 'single'); x.set(qn('w:sz'), str(sz)); x.set(qn('w:space'),'0'); x.set(qn('w:color'), color)
        b.append(x)
    tcPr.append(b)

def cell_nob(cell):
    tcPr = cell._tc.get_or_add_tcPr()
    b = OxmlElement('w:tcBorders')
    for e in ('top','left','bottom','right'):
        x = OxmlElement('w:'+e); x.set(qn('w:val'), 'nil'); b.append(x)
    tcPr.append(b)

def settext(cell, paras, size=10, bold=False, align=None, color=None):
    first = True
    for t in paras:
        p = cell.paragraphs[0] if first else cell.add_paragraph()
        first = False
        if align: p.alignment = align
        b = bold
        if t.startswith('**'): t = t[2:]; b = True
        _font(p.add_run(t), size, b, color)

class Doc:
    def __init__(self, band_fill='1F4E79'):
        self.d = Document(); self.fill = band_fill
        s = self.d.sections[0]; s.page_width=Mm(210); s.page_height=Mm(297)
        s.left_margin = s.right_margin = Mm(18); s.top_margin = s.bottom_margin = Mm(15)
        st = self.d.styles['Normal']; st.font.size = Pt(10.5)
        st.element.get_or_add_rPr()
    def title(self, t, sub=None):
        p = self.d.add_paragraph(); p.alignment = WD_ALIGN_PARAGRAPH.CENTER
        _font(p.add_run(t), 15, True)
        if sub:
            p = self.d.add_paragraph(); p.alignment = WD_ALIGN_PARAGRAPH.RIGHT; _font(p.add_run(sub), 10)
    def heading(self, t, level=1):
        h = self.d.add_heading(level=level); _font(h.add_run(t), 13 if level==1 else 11.5, True, '000000')
    def band(self, t, fill=None, newpage=False):
        if newpage: self.d.add_page_break()
        tb = self.d.add_table(rows=1, cols=1); borders(tb, 4, fill or self.fill)
        c = tb.cell(0,0); shade(c, fill or self.fill); settext(c, [t], 12, True, color='FFFFFF')
        self.d.add_paragraph()
    def p(self, t, bold=False, size=10.5, align=None):
        p = self.d.add_paragraph()
        if align=='c': p.alignment = WD_ALIGN_PARAGRAPH.CENTER
        _font(p.add_run(t), size, bold); return p
    def bullets(self, items, style=True):
        for t in items:
            if style:
                p = self.d.add_paragraph(style='List Bullet'); _font(p.add_run(t), 10.5)
            else:
                self.p(t)
    def twocol(self, rows, lw=38, fill='D9E2F3'):
        tb = self.d.add_table(rows=len(rows), cols=2); borders(tb)
        for i,(lab, paras) in enumerate(rows):
            c0, c1 = tb.cell(i,0), tb.cell(i,1)
            c0.width = Mm(lw); c1.width = Mm(174-lw)
            shade(c0, fill); settext(c0, [lab], 10, True); settext(c1, paras, 10)
        self.d.add_paragraph()
        return tb
    def boxes(self, items, arrow='⇒', fill='FFF2CC'):
        n = len(items); cols = 2*n-1
        tb = self.d.add_table(rows=1, cols=cols)
        for i in range(cols):
            c = tb.cell(0,i)
            if i % 2 == 0:
                cell_borders(c); shade(c, fill); settext(c, items[i//2].split('\n'), 10, True, WD_ALIGN_PARAGRAPH.CENTER)
            else:
                cell_nob(c); settext(c, [arrow], 14, True, WD_ALIGN_PARAGRAPH.CENTER)
        self.d.add_paragraph()
    def grid(self, header, rows, merges=(), hfill='BDD7EE', total_rows=()):
        tb = self.d.add_table(rows=len(rows)+1, cols=len(header)); borders(tb)
        for j,h in enumerate(header):
            c = tb.cell(0,j); shade(c, hfill); settext(c, [h], 9.5, True, WD_ALIGN_PARAGRAPH.CENTER)
        for i,r in enumerate(rows):
            for j,v in enumerate(r):
                if v is None: continue
                c = tb.cell(i+1,j); settext(c, v.split('\n') if isinstance(v,str) else v, 9.5, (i in total_rows))
                if i in total_rows: shade(c, 'F2F2F2')
        for (r1,c1,r2,c2) in merges:
            a = tb.cell(r1,c1); b = tb.cell(r2,c2)
            keep = a.text
            m = a.merge(b)
            # drop duplicate empty paragraphs created by merge
            ps = m.paragraphs
            for q in ps[1:]:
                if not q.text.strip(): q._element.getparent().remove(q._element)
        self.d.add_paragraph()
        return tb
    def save(self, path): self.d.save(path)
