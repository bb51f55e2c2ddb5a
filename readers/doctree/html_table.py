"""HTML tables inside Markdown (a shared online editor's export: 「<table><tr><th rowspan="2">事業者</th>…」) → rows.

The tags are read by the standard library's `html.parser`; a merged cell (rowspan, colspan) puts its text in every
grid cell it covers, as the Word reader does, and 「<br>」 inside a cell is a line break.
"""

from __future__ import annotations

import re
from html.parser import HTMLParser

from . import limits

HTML_TABLE = re.compile(r"^\s*<table\b", re.IGNORECASE)
MAX_SPAN = 50  # a span larger than any real table's is read as this many cells


def _span(attrs: list[tuple[str, str | None]], name: str) -> int:
    value = dict(attrs).get(name) or "1"
    return max(1, min(MAX_SPAN, int(value))) if value.strip().isdigit() else 1


class _Cells(HTMLParser):
    """Rows of (text, rowspan, colspan) cells, in the order the tags give them."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.rows: list[list[tuple[str, int, int]]] = []
        self.cell: list[str] | None = None
        self.spans = (1, 1)

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag == "tr" and len(self.rows) < limits.MAX_LINES:
            self.rows.append([])
        elif tag in ("td", "th") and self.rows:
            self.cell, self.spans = [], (_span(attrs, "rowspan"), _span(attrs, "colspan"))
        elif tag == "br" and self.cell is not None:
            self.cell.append("\n")

    def handle_endtag(self, tag: str) -> None:
        if tag in ("td", "th") and self.cell is not None and self.rows:
            text = "\n".join(x.strip() for x in "".join(self.cell).split("\n") if x.strip())
            self.rows[-1].append((text, *self.spans))
            self.cell = None

    def handle_data(self, data: str) -> None:
        if self.cell is not None:
            self.cell.append(re.sub(r"\s+", " ", data))


def html_table_rows(html: str) -> list[list[str]]:
    """The grid of an HTML table: one list of cell texts per row, merged cells repeated over what they cover."""
    parser = _Cells()
    parser.feed(html)
    parser.close()
    grid: dict[tuple[int, int], str] = {}
    for r, row in enumerate(parser.rows):
        c = 0
        for text, rowspan, colspan in row:
            while (r, c) in grid:
                c += 1
            for dr in range(min(rowspan, len(parser.rows) - r)):  # a span past the last row covers nothing
                for dc in range(colspan):
                    grid.setdefault((r + dr, c + dc), text)
            c += colspan
            if len(grid) > limits.MAX_TABLE_CELLS:
                raise ValueError(f"HTML table has too many cells (at most {limits.MAX_TABLE_CELLS:,})")
    if not grid:
        return []
    height = len(parser.rows)
    width = max(c for _, c in grid) + 1
    return [[grid.get((r, c), "") for c in range(width)] for r in range(height)]
