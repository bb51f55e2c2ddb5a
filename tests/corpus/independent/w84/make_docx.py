# -*- coding: utf-8 -*-
"""w84: builds the six draft plans (.docx) with real Word multilevel numbering
(numbering.xml abstractNum/num + numPr/ilvl), vertically merged table cells,
text-box notes (VML txbxContent) and 「注」 lines under tables."""
import copy, importlib.util, pathlib, sys
from docx import Document
from docx.shared import Pt, Mm
from docx.oxml import parse_xml, OxmlElement
from docx.oxml.ns import qn, nsdecls
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.enum.table import WD_TABLE_ALIGNMENT

HERE = pathlib.Path(__file__).resolve().parent
W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'

def lvl(ilvl, fmt, text, ind, hang, start=1, font=None, suff='tab'):
    f = ''
    if font:
        f = f'<w:rPr><w:rFonts w:ascii="{font}" w:hAnsi="{font}" w:eastAsia="{font}" w:hint="eastAsia"/></w:rPr>'
    return (f'<w:lvl w:ilvl="{ilvl}"><w:start w:val="{start}"/><w:numFmt w:val="{fmt}"/>'
            f'<w:suff w:val="{suff}"/><w:lvlText w:val="{text}"/><w:lvlJc w:val="left"/>'
            f'<w:pPr><w:ind w:left="{ind}" w:hanging="{hang}"/></w:pPr>{f}</w:lvl>')

HEADING_SCHEMES = {
    # 第一 / １ / （１）
    'kanji': [('japaneseCounting', '第%1', 0, 0), ('decimalFullWidth', '%2', 420, 420),
              ('decimalFullWidth', '（%3）', 840, 420)],
    # 1. / (1) / ①
    'decimal': [('decimal', '%1.', 420, 420), ('decimal', '(%2)', 630, 420),
                ('decimalEnclosedCircle', '%3', 840, 420)],
    # 【1】 / 1-1 / (1)
    'bracket': [('decimal', '【%1】', 0, 0), ('decimal', '%1-%2', 420, 420),
                ('decimal', '(%3)', 840, 420)],
}

class Builder:
    def __init__(self, scheme):
        self.doc = Document()
        d = self.doc
        sec = d.sections[0]
        sec.page_width, sec.page_height = Mm(210), Mm(297)
        sec.left_margin = sec.right_margin = Mm(22)
        sec.top_margin = sec.bottom_margin = Mm(20)
        self._fonts()
        self.numbering = d.part.numbering_part.element
        self.next_abs = 10
        self.next_num = 10
        self.h_num = self._add_abstract(
            [lvl(i, f, t, ind, hg, suff='space') for i, (f, t, ind, hg) in enumerate(HEADING_SCHEMES[scheme])])
        self.abs_aiueo = self._abstract_only(
            [lvl(0, 'aiueoFullWidth', '%1', 840, 420), lvl(1, 'decimalEnclosedCircle', '%2', 1260, 420)])
        self.abs_circ = self._abstract_only(
            [lvl(0, 'decimalEnclosedCircle', '%1', 840, 420), lvl(1, 'aiueoFullWidth', '%2', 1260, 420)])
        self.abs_bullet = self._abstract_only(
            [lvl(0, 'bullet', '○', 840, 420, font='ＭＳ 明朝'), lvl(1, 'bullet', '・', 1260, 420, font='ＭＳ 明朝')])
        self.cur_list = None

    def _fonts(self):
        st = self.doc.styles
        for name, font, size, bold in [('Normal', 'ＭＳ 明朝', 10.5, False), ('Heading 1', 'ＭＳ ゴシック', 13, True),
                                       ('Heading 2', 'ＭＳ ゴシック', 11.5, True), ('Heading 3', 'ＭＳ ゴシック', 10.5, True),
                                       ('Title', 'ＭＳ ゴシック', 16, True)]:
            s = st[name]
            s.font.name = font
            s.font.size = Pt(size)
            s.font.bold = bold
            rpr = s.element.get_or_add_rPr()
            rf = rpr.find(qn('w:rFonts'))
            if rf is None:
                rf = OxmlElement('w:rFonts'); rpr.insert(0, rf)
            for a in ('w:ascii', 'w:hAnsi', 'w:eastAsia'):
                rf.set(qn(a), font)
            for a in ('w:asciiTheme', 'w:hAnsiTheme', 'w:eastAsiaTheme'):
                if rf.get(qn(a)) is not None:
                    del rf.attrib[qn(a)]
            if name != 'Normal':
                s.font.color.rgb = None
        st['Normal'].paragraph_format.space_after = Pt(2)

    def _abstract_only(self, lvls):
        aid = self.next_abs; self.next_abs += 1
        xml = (f'<w:abstractNum {W} w:abstractNumId="{aid}"><w:multiLevelType w:val="multilevel"/>'
               + ''.join(lvls) + '</w:abstractNum>')
        el = parse_xml(xml)
        # abstractNum elements must precede num elements
        first_num = self.numbering.find(qn('w:num'))
        if first_num is not None:
            first_num.addprevious(el)
        else:
            self.numbering.append(el)
        return aid

    def _new_num(self, aid, restart=True):
        nid = self.next_num; self.next_num += 1
        ov = '<w:lvlOverride w:ilvl="0"><w:startOverride w:val="1"/></w:lvlOverride>' if restart else ''
        self.numbering.append(parse_xml(f'<w:num {W} w:numId="{nid}"><w:abstractNumId w:val="{aid}"/>{ov}</w:num>'))
        return nid

    def _add_abstract(self, lvls):
        return self._new_num(self._abstract_only(lvls), restart=False)

    @staticmethod
    def _numpr(p, nid, ilvl):
        ppr = p._p.get_or_add_pPr()
        ppr.insert(0, parse_xml(f'<w:numPr {W}><w:ilvl w:val="{ilvl}"/><w:numId w:val="{nid}"/></w:numPr>'))
        # keep style first
        ps = ppr.find(qn('w:pStyle'))
        if ps is not None:
            ppr.remove(ps); ppr.insert(0, ps)

    # ---- content primitives ----
    def title(self, text):
        p = self.doc.add_paragraph(text, style='Title')
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER

    def right(self, text):
        p = self.doc.add_paragraph(text); p.alignment = WD_ALIGN_PARAGRAPH.RIGHT

    def h(self, level, text):
        p = self.doc.add_paragraph(text, style=f'Heading {level}')
        self._numpr(p, self.h_num, level - 1)
        self.cur_list = None

    def p(self, text, indent=True):
        par = self.doc.add_paragraph(text)
        if indent:
            par.paragraph_format.first_line_indent = Pt(10.5)
        self.cur_list = None

    def raw(self, text, left=0):
        par = self.doc.add_paragraph(text)
        if left:
            par.paragraph_format.left_indent = Pt(left)
        return par

    def li(self, text, kind='aiueo', ilvl=0):
        key = kind
        if self.cur_list is None or self.cur_list[0] != key:
            aid = {'aiueo': self.abs_aiueo, 'circ': self.abs_circ, 'bullet': self.abs_bullet}[kind]
            self.cur_list = (key, self._new_num(aid))
        par = self.doc.add_paragraph(text)
        self._numpr(par, self.cur_list[1], ilvl)

    def table(self, rows, merges=(), header=1, widths=None, size=9):
        t = self.doc.add_table(rows=len(rows), cols=len(rows[0]))
        t.style = 'Table Grid'
        t.alignment = WD_TABLE_ALIGNMENT.CENTER
        for r, row in enumerate(rows):
            for c, val in enumerate(row):
                cell = t.cell(r, c)
                cell.text = ''
                para = cell.paragraphs[0]
                lines = str(val).split('\n')
                for k, line in enumerate(lines):
                    if k:
                        para = cell.add_paragraph()
                    run = para.add_run(line)
                    run.font.size = Pt(size)
                    if r < header:
                        run.bold = True
        for (r1, c1, r2, c2) in merges:
            top = t.cell(r1, c1)
            keep = [pp for pp in top.paragraphs]
            m = top.merge(t.cell(r2, c2))
            # drop empty paragraphs python-docx appends from the merged cells
            for pp in list(m.paragraphs)[1:]:
                if not pp.text.strip() and pp._p not in [k._p for k in keep]:
                    pp._p.getparent().remove(pp._p)
        if header:
            for r in range(header):
                trpr = t.rows[r]._tr.get_or_add_trPr()
                trpr.append(parse_xml(f'<w:tblHeader {W}/>'))
        if widths:
            for row in t.rows:
                for c, wdt in enumerate(widths):
                    try:
                        row.cells[c].width = Mm(wdt)
                    except IndexError:
                        pass
        self.cur_list = None
        return t

    def note(self, text):
        par = self.doc.add_paragraph()
        par.paragraph_format.left_indent = Pt(21)
        par.paragraph_format.first_line_indent = Pt(-21)
        run = par.add_run(text); run.font.size = Pt(8.5)
        self.cur_list = None

    def box(self, lines, height_pt=None):
        """A note in a real Word text box (VML shape with txbxContent), anchored inline."""
        h = height_pt or (18 + 14 * len(lines))
        inner = ''.join(
            f'<w:p><w:r><w:rPr><w:sz w:val="18"/></w:rPr><w:t xml:space="preserve">{esc(l)}</w:t></w:r></w:p>'
            for l in lines)
        xml = (f'<w:p {W} xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office">'
               f'<w:r><w:pict><v:shapetype id="_x0000_t202" coordsize="21600,21600" o:spt="202" '
               f'path="m,l,21600r21600,l21600,xe"><v:stroke joinstyle="miter"/><v:path gradientshapeok="t" '
               f'o:connecttype="rect"/></v:shapetype><v:shape type="#_x0000_t202" '
               f'style="width:440pt;height:{h}pt" strokeweight=".5pt"><v:textbox inset="4pt,3pt,4pt,3pt">'
               f'<w:txbxContent>{inner}</w:txbxContent></v:textbox></v:shape></w:pict></w:r></w:p>')
        self.doc.element.body.insert(len(self.doc.element.body) - 1, parse_xml(xml))
        self.cur_list = None

    def save(self, path):
        self.doc.save(path)


def esc(s):
    return s.replace('&', '&amp;').replace('<', '&lt;').replace('>', '&gt;')


def run_spec(spec, out):
    b = Builder(spec['scheme'])
    for item in spec['body']:
        op, *args = item
        getattr(b, op)(*args)
    b.save(out)


if __name__ == '__main__':
    for f in sorted((HERE / 'src').glob('d*.py')):
        sp = importlib.util.spec_from_file_location(f.stem, f)
        m = importlib.util.module_from_spec(sp); sp.loader.exec_module(m)
        out = HERE / 'drafts' / m.FILENAME
        run_spec(m.SPEC, out)
        print('wrote', out.name)
