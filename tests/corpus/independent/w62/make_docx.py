"""Writes the w62 drafts (.docx) with python-docx. Run: nice python3 make_docx.py"""
import importlib, os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "drafts")
FILES = {
 "d01": "w62_01_a_oita_gx_hydrogen.docx",
 "d02": "w62_02_b_oita_semicon_backend.docx",
 "d03": "w62_03_b_oita_space_drone.docx",
 "d04": "w62_04_b_hita_clt.docx",
 "d05": "w62_05_c_saiki_buri.docx",
 "d06": "w62_06_c_hita_nashi.docx",
}
if __name__ == "__main__":
    os.makedirs(OUT, exist_ok=True)
    for mod, fn in FILES.items():
        importlib.import_module(mod).build(os.path.join(OUT, fn))
        print("wrote", fn)
