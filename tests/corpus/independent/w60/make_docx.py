"""w60: builds the six .docx drafts (python-docx). Helpers in docxlib.py, content in d01..d06.py."""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import d01, d02, d03, d04, d05, d06

OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "drafts")
FILES = [
    (d01, "w60_01_a_imabari_zeroemission_ship.docx"),
    (d02, "w60_02_b_nanyo_aquaculture_export.docx"),
    (d03, "w60_03_b_shikokuchuo_hygiene_nonwoven.docx"),
    (d04, "w60_04_c_uchiko_washi.docx"),
    (d05, "w60_05_c_yawatahama_citrus.docx"),
    (d06, "w60_06_c_kumakogen_timber.docx"),
]

if __name__ == "__main__":
    os.makedirs(OUT, exist_ok=True)
    for mod, name in FILES:
        mod.build(os.path.join(OUT, name))
        print("wrote", name)
