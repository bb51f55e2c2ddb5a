# writes w46 .docx drafts (python-docx)
import sys; sys.path.insert(0, '/work/corpus_src/w46')
from docxlib import new_doc, render
from d01 import D01
from d02 import D02
from d04 import D04
from d06 import D06
from d07 import D07
OUT = '/work/corpus_src/w46/drafts/'
for name, blocks, bold in [
    ('w46_01_a_sic_power.docx', D01, False),
    ('w46_02_a_geothermal_h2.docx', D02, True),
    ('w46_04_b_ev_parts.docx', D04, True),
    ('w46_06_b_medical_devices.docx', D06, False),
    ('w46_07_b_mugi_shochu.docx', D07, True),
]:
    d = new_doc(); render(d, blocks, bold_heads=bold); d.save(OUT + name)
    print('wrote', name)
