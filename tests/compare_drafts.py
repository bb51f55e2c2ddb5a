"""Versions of the example C draft for the comparison and comment-sheet tests (tests/test_compare.py,
tests/test_comments.py): the example, its 域内取引額 with and without a number, its 相談窓口 line, and a
plain Word rendering of a Markdown draft."""

from __future__ import annotations

from pathlib import Path

import docx

ROOT = Path(__file__).resolve().parents[1]
C_DRAFT = ROOT / "examples" / "drafts" / "c_kiso_shikki.md"
RIPPLE_OLD = "- 域内取引額: 木地・塗料の域内調達を拡大する"
RIPPLE_NEW = "- 域内取引額: 2030年度に 12億円（2025年度 8億円）"
DESK = "- 相談窓口: 塩尻市産業振興課内に「木曽漆器成長相談窓口」を設置。木曽町商工観光課、木曽平沢漆器協同組合、地元地方銀行の木曽支店と連携。"


def base() -> str:
    return C_DRAFT.read_text(encoding="utf-8")


def write_docx(text: str, path: Path) -> Path:
    """A Word rendering of a Markdown draft: # headings as Word headings, "- " as bullets, tables."""
    doc = docx.Document()
    lines = text.split("\n")
    i = 0
    while i < len(lines):
        s = lines[i].strip()
        if s.startswith("|"):
            rows = []
            while i < len(lines) and lines[i].strip().startswith("|"):
                cells = [c.strip() for c in lines[i].strip().strip("|").split("|")]
                if not all(set(c) <= set("-: ") for c in cells):
                    rows.append(cells)
                i += 1
            t = doc.add_table(rows=len(rows), cols=len(rows[0]))
            for r, row in enumerate(rows):
                for c, v in enumerate(row):
                    t.cell(r, c).text = v
            continue
        if s.startswith("#"):
            level = len(s) - len(s.lstrip("#"))
            doc.add_heading(s.lstrip("# ").strip(), level=min(level, 4))
        elif s.startswith("- "):
            doc.add_paragraph(s[2:], style="List Bullet")
        elif s:
            doc.add_paragraph(s)
        i += 1
    doc.save(path)
    return path
