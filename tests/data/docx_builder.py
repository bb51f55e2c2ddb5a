"""The python-docx boilerplate of the Word QA drafts, once: a small document builder and table helpers.

Each QA set keeps only what its drafts say (tests/data/<set>/docx_specs.py); `python tests/data/make_docx.py`
writes the .docx files of every set (or of the sets named) next to their specs. The drafts are fictional.
"""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path
from typing import Any

import docx
from docx.enum.style import WD_STYLE_TYPE

NOTE = "※本書は検証用に作成した架空の計画案であり、実在の自治体・企業とは関係ありません。"


def fill_cell(cell: Any, text: str, lines_as_paragraphs: bool = True, bold: bool = False) -> None:
    """Cell text; a "\\n" starts a new paragraph in the cell (or stays a line break in one paragraph)."""
    parts = text.split("\n") if lines_as_paragraphs else [text]
    cell.text = parts[0]
    for extra in parts[1:]:
        cell.add_paragraph(extra)
    if bold:
        for par in cell.paragraphs:
            for run in par.runs:
                run.bold = True


def grid(doc: Any, rows: list[list[str]], bold_rows: Iterable[int] = (0,), lines_as_paragraphs: bool = True) -> Any:
    """A "Table Grid" table of equal-length rows on a plain python-docx document."""
    bold = set(bold_rows)
    t = doc.add_table(rows=len(rows), cols=len(rows[0]))
    t.style = "Table Grid"
    for i, row in enumerate(rows):
        for j, text in enumerate(row):
            fill_cell(t.cell(i, j), text, lines_as_paragraphs, i in bold)
    return t


def bold_par(doc: Any, text: str) -> Any:
    p = doc.add_paragraph()
    p.add_run(text).bold = True
    return p


def lead(doc: Any, label: str, text: str) -> Any:
    """A paragraph with a bold lead-in label and plain text after it."""
    p = doc.add_paragraph()
    p.add_run(label).bold = True
    p.add_run(text)
    return p


class Doc:
    """A draft built paragraph by paragraph.

    headings: "builtin" (Heading N styles), "japanese" (見出し N styles based on them, as a Japanese Word template
    names them) or "bold" (bold plain paragraphs). header_rows / lines_as_paragraphs: the defaults of `table`.
    """

    def __init__(self, headings: str = "builtin", header_rows: int = 0, lines_as_paragraphs: bool = True) -> None:
        self.doc = docx.Document()
        self.mode = headings
        self.header_rows = header_rows
        self.lines_as_paragraphs = lines_as_paragraphs
        self.h = {1: "Heading 1", 2: "Heading 2", 3: "Heading 3"}
        if headings == "japanese":
            for n in (1, 2):
                st = self.doc.styles.add_style(f"見出し {n}", WD_STYLE_TYPE.PARAGRAPH)
                st.base_style = self.doc.styles[f"Heading {n}"]
                self.h[n] = f"見出し {n}"

    def title(self, text: str) -> None:
        if self.mode == "bold":
            self.bold(text)
        else:
            self.doc.add_paragraph(text, style="Title")

    def heading(self, text: str, level: int) -> None:
        if self.mode == "bold":
            self.bold(text)
        else:
            self.doc.add_paragraph(text, style=self.h[level])

    def h1(self, text: str) -> None:
        self.heading(text, 1)

    def h2(self, text: str) -> None:
        self.heading(text, 2)

    def bold(self, text: str) -> None:
        self.doc.add_paragraph().add_run(text).bold = True

    def para(self, *lines: str) -> None:
        for line in lines:
            self.doc.add_paragraph(line)

    p = para

    def bullets(self, *lines: str) -> None:
        for line in lines:
            self.doc.add_paragraph(line, style="List Bullet")

    def blank(self) -> None:
        self.doc.add_paragraph("")

    def table(
        self, rows: list[list[str]], merges: Iterable[tuple[int, int, int, int]] = (), header_rows: int | None = None
    ) -> Any:
        """rows: cell texts; merges: (r0, c0, r1, c1) spans whose first cell keeps the text; header rows bold."""
        bold = range(self.header_rows if header_rows is None else header_rows)
        t = self.doc.add_table(rows=len(rows), cols=max(len(r) for r in rows))
        t.style = "Table Grid"
        for i, row in enumerate(rows):
            for j, text in enumerate(row):
                fill_cell(t.cell(i, j), text, self.lines_as_paragraphs, i in bold)
        for r0, c0, r1, c1 in merges:
            keep = rows[r0][c0]
            t.cell(r0, c0).merge(t.cell(r1, c1)).text = keep
        return t

    def save(self, path: Path) -> None:
        self.doc.save(str(path))
