"""The render flow written as a Word document: Title and Heading N styles, typed list marks with
their nesting as indents, empty paragraphs for blank lines, tables with their merged cells."""

from __future__ import annotations

import io

from .model import Table, join_label

LIST_INDENT_TWIPS = 420  # four columns: what the reader takes for one list level
MAX_WORD_HEADING = 9


def _merge_areas(t: Table) -> list[tuple[int, int, int, int]]:
    """The table's own merges, else runs of one label across header rows or down header columns."""
    if t.merges:
        return list(t.merges)
    areas = []
    for i in range(t.header_rows):
        row, j = t.cells[i], 0
        while j < len(row):
            k = j
            while k + 1 < len(row) and row[k + 1] == row[j] and row[j]:
                k += 1
            if k > j:
                areas.append((i, j, 1, k - j + 1))
            j = k + 1
    for j in range(t.header_cols):
        i = 0
        while i < len(t.cells):
            k = i
            while k + 1 < len(t.cells) and t.cells[k + 1][j] == t.cells[i][j] and t.cells[i][j]:
                k += 1
            if k > i:
                areas.append((i, j, k - i + 1, 1))
            i = k + 1
    return areas


def _table(document, t: Table) -> None:  # noqa: ANN001 - a python-docx Document
    rows, cols = len(t.cells), len(t.cells[0])
    table = document.add_table(rows=rows, cols=cols)
    table.style = "Table Grid"
    covered = set()
    areas = _merge_areas(t)
    for r, c, rs, cs in areas:
        covered.update((i, j) for i in range(r, r + rs) for j in range(c, c + cs) if (i, j) != (r, c))
    for i, row in enumerate(t.cells):
        cells = table.rows[i].cells
        for j, text in enumerate(row):
            if (i, j) not in covered and text:
                first, *more = text.split("\n")  # a cell's lines are its paragraphs
                cells[j].text = first
                for line in more:
                    cells[j].add_paragraph(line)
    for r, c, rs, cs in areas:
        table.cell(r, c).merge(table.cell(r + rs - 1, c + cs - 1))


def write_docx(items: list) -> bytes:
    # lazy: python-docx (lxml) only when a Word file is written
    import docx
    from docx.shared import Twips

    document = docx.Document()
    for it in items:
        if it.kind == "title":
            document.add_paragraph(it.text, style="Title")
        elif it.kind == "blank":
            document.add_paragraph("")
        elif it.kind == "heading":
            level = min(it.depth, MAX_WORD_HEADING)
            document.add_paragraph(join_label(it.number, it.text), style=f"Heading {level}")
        elif it.kind == "line":
            p = document.add_paragraph(f"{it.marker} {it.text}" if it.marker else it.text)
            if it.indent:
                p.paragraph_format.left_indent = Twips(LIST_INDENT_TWIPS * it.indent)
        elif it.kind == "table" and it.table is not None:
            if it.table.title:
                document.add_paragraph(it.table.title)
            _table(document, it.table)
    buf = io.BytesIO()
    document.save(buf)
    return buf.getvalue()
