"""w88: writes the six .docx drafts (ポンチ絵-style summary sheets). Run: nice python3 make_docx.py"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import d01, d02, d03, d04, d05, d06
OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), 'drafts')
FILES = [
    (d01, 'w88_01_b_miyagi_powersemi.docx'),
    (d02, 'w88_02_b_sendai_bousaitech.docx'),
    (d03, 'w88_03_a_iwate_memory.docx'),
    (d04, 'w88_04_c_tendo_shogikoma.docx'),
    (d05, 'w88_05_c_hachinohe_saba.docx'),
    (d06, 'w88_06_b_akita_offshorewind.docx'),
]
for m, f in FILES:
    m.build(os.path.join(OUT, f))
