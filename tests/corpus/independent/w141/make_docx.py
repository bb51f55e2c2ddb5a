# Writes the w141 drafts (.docx, prose only, no tables) from src/dNN.txt
# Markup: "T " title, "S " sub-line (author/date), "# " chapter, "## " section, "P " paragraph.
import docx
from docx.shared import Pt
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml.ns import qn

FILES = {
    "d01.txt": ("w141_01_c_yuzu.docx", True),
    "d02.txt": ("w141_02_c_shiitake.docx", False),
    "d03.txt": ("w141_03_c_hinoki.docx", True),
    "d04.txt": ("w141_04_c_yamacha.docx", False),
    "d05.txt": ("w141_05_c_jibie.docx", True),
    "d06.txt": ("w141_06_b_clt.docx", False),
}

def set_font(run, size=None, bold=None):
    run.font.name = "MS Mincho"
    rpr = run._element.get_or_add_rPr()
    rfonts = rpr.find(qn("w:rFonts"))
    if rfonts is None:
        rfonts = rpr.makeelement(qn("w:rFonts"), {})
        rpr.append(rfonts)
    rfonts.set(qn("w:eastAsia"), "ＭＳ 明朝")
    if size: run.font.size = Pt(size)
    if bold is not None: run.bold = bold

for src, (out, use_styles) in FILES.items():
    d = docx.Document()
    st = d.styles["Normal"]
    st.font.size = Pt(10.5)
    for line in open(f"src/{src}", encoding="utf-8").read().splitlines():
        if not line.strip():
            continue
        tag, text = line.split(" ", 1)
        if tag == "T":
            p = d.add_paragraph(); p.alignment = WD_ALIGN_PARAGRAPH.CENTER
            set_font(p.add_run(text), 14, True)
        elif tag == "S":
            p = d.add_paragraph(); p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
            set_font(p.add_run(text))
        elif tag in ("#", "##"):
            if use_styles:
                h = d.add_heading(level=1 if tag == "#" else 2)
                set_font(h.add_run(text))
            else:
                p = d.add_paragraph()
                set_font(p.add_run(text), 12 if tag == "#" else 10.5, True)
        elif tag == "P":
            p = d.add_paragraph()
            p.paragraph_format.first_line_indent = Pt(10.5)
            set_font(p.add_run(text))
        else:
            raise ValueError(line)
    d.save(f"drafts/{out}")
    print(out)
