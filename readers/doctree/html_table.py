"""HTML tables inside Markdown (a shared online editor's export: 「<table><tr><th rowspan="2">事業者</th>…」) → rows.

The tags are read by the standard library's `html.parser`; a merged cell (rowspan, colspan) puts its text in every
grid cell it covers, as the Word reader does. Inside a cell, 「<br>」「<p>」 break the line and a list entry
(「<li>」) is a line of its own marked 「・」; a table nested in a cell is that cell's text, a line per row. A
「<caption>」 is the table's title. Text outside the outermost table (「<div><table>…</table><p>撤退基準：…</p></div>」) is
kept as the lines before and after it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from html.parser import HTMLParser

from . import limits

# a table, or a table in the boxes an editor wraps it in (「<div class="table-wrap">」「<figure>」)
HTML_TABLE = re.compile(r"^\s*(?:<(?:div|figure|section|center)\b[^<>]{0,200}>\s*)*<table\b", re.IGNORECASE)
_OPEN = re.compile(r"<table\b", re.IGNORECASE)
_CLOSE = re.compile(r"</table\s*>", re.IGNORECASE)
MAX_SPAN = 50  # a span larger than any real table's is read as this many cells
_BREAKS = {"br": "\n", "p": "\n", "div": "\n", "li": "\n・", "tr": "\n"}  # (a nested table's row is a line too)


def _span(attrs: list[tuple[str, str | None]], name: str) -> int:
    value = dict(attrs).get(name) or "1"
    return max(1, min(MAX_SPAN, int(value))) if value.strip().isdigit() else 1


def table_balance(text: str) -> int:
    """Tables opened and not closed in `text` (an export's blank line ends Markdown's HTML block inside a table)."""
    return len(_OPEN.findall(text)) - len(_CLOSE.findall(text))


class _Cells(HTMLParser):
    """Rows of (text, rowspan, colspan) cells of the outermost table, in the order the tags give them."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.rows: list[list[tuple[str, int, int]]] = []
        self.cell: list[str] | None = None
        self.spans = (1, 1)
        self.depth = 0  # tables open: 1 is the outermost
        self.caption: list[str] | None = None
        self.title = ""
        self.before: list[str] = []  # text outside the outermost table, before it opens and after it closes
        self.after: list[str] = []
        self.seen = False  # the outermost table has opened

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if self.depth == 0 and tag != "table":
            (self.after if self.seen else self.before).append("\n")
        if tag == "table":
            self.depth += 1
            self.seen = True
            if self.depth > 1 and self.cell is not None:
                self.cell.append("\n")
        elif self.depth > 1:  # a table nested in a cell: its text, a line per row
            if self.cell is not None:
                self.cell.append(_BREAKS.get(tag, " " if tag in ("td", "th") else ""))
        elif tag == "tr" and len(self.rows) < limits.MAX_LINES:
            self.rows.append([])
        elif tag in ("td", "th") and self.rows:
            self.cell, self.spans = [], (_span(attrs, "rowspan"), _span(attrs, "colspan"))
        elif tag == "caption":
            self.caption = []
        elif self.cell is not None and tag in _BREAKS:
            self.cell.append(_BREAKS[tag])

    def handle_endtag(self, tag: str) -> None:
        if self.depth == 0:
            (self.after if self.seen else self.before).append("\n")
        elif tag == "table":
            self.depth -= 1
        elif tag in ("td", "th") and self.depth == 1 and self.cell is not None and self.rows:
            lines = (x.strip() for x in "".join(self.cell).split("\n"))
            self.rows[-1].append(("\n".join(x for x in lines if x and x != "・"), *self.spans))
            self.cell = None
        elif tag == "caption" and self.caption is not None:
            self.title, self.caption = re.sub(r"\s*\n\s*", " ", "".join(self.caption)).strip(), None

    def handle_data(self, data: str) -> None:
        if self.depth == 0:
            (self.after if self.seen else self.before).append(data)
        elif self.cell is not None:
            self.cell.append(re.sub(r"\s+", " ", data))
        elif self.caption is not None:
            self.caption.append(data)


@dataclass(frozen=True)
class HtmlTable:
    rows: list[list[str]]  # one list of cell texts per row, merged cells repeated over what they cover
    title: str  # the caption ("" when none)
    before: list[str]  # the lines of text outside the outermost table, before and after it
    after: list[str]


def _lines(parts: list[str]) -> list[str]:
    return [x for x in (re.sub(r"\s+", " ", ln).strip() for ln in "".join(parts).split("\n")) if x]


def html_table(html: str) -> HtmlTable:
    """The grid of an HTML table, its caption and the text around it in the same HTML block."""
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
    around = _lines(parser.before), _lines(parser.after)
    if not grid:
        return HtmlTable([], parser.title, *around)
    height = len(parser.rows)
    width = max(c for _, c in grid) + 1
    return HtmlTable([[grid.get((r, c), "") for c in range(width)] for r in range(height)], parser.title, *around)
