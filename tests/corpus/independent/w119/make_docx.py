# Writes the six w119 drafts (.docx with tracked changes and comments).
# lib_track.py holds the helper that inserts <w:ins>/<w:del> runs and comments; d01.py..d06.py hold the text.
import runpy, os
os.chdir(os.path.dirname(os.path.abspath(__file__)))
for i in range(1, 7):
    runpy.run_path(f'd0{i}.py')
