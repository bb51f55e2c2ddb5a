"""A text PDF's pages as lines and tables with their positions (pdfplumber): the raw layout.

Each page keeps its lines (text, box, font size, bold) and its ruled tables (cells row by row) in reading
order, top to bottom. Nothing is joined or removed here: `pdf_text` normalises the layout into text, and a
later document-tree reader can build sections, paragraphs and table records from the same pages.
Coordinates are PDF points from the page's top-left corner.
"""

from __future__ import annotations

import io
from collections import Counter
from dataclasses import dataclass, field

from chiiki_mirai.readers.pdf_chars import normalize_chars, strip_unmapped, unmapped_glyphs
from chiiki_mirai.readers.pdf_gaps import (
    TabStops,
    distinct_glyphs,
    find_tab_stops,
    line_text,
    ordered,
    single_spaces,
    spaced_rows,
    typed_columns,
)

__all__ = ["PdfCell", "PdfLayout", "PdfLine", "PdfPage", "PdfTable", "join_cell_lines", "join_text", "line_text"]


@dataclass(frozen=True)
class PdfLine:
    text: str
    page: int  # 1-based
    x0: float
    x1: float
    top: float
    bottom: float
    size: float  # the font size most of its characters have
    bold: bool = False
    lead: str = ""  # a bold label the line starts with, before text that is not bold (「（1）該当する品目」)
    columns: bool = False  # a row of a table typed with runs of spaces (see typed_columns)


@dataclass(frozen=True)
class PdfCell:
    """One cell's lines with their positions, and the cell's right edge (to tell a wrap from a new paragraph)."""

    lines: tuple[PdfLine, ...]
    x1: float


@dataclass(frozen=True)
class PdfTable:
    rows: tuple[tuple[str, ...], ...]  # cells with merged cells filled from their neighbour
    page: int
    top: float
    bottom: float
    x0: float = 0.0
    x1: float = 0.0
    cells: tuple[tuple[PdfCell | None, ...], ...] = ()  # row by row; None for a cell a merge covers


@dataclass(frozen=True)
class PdfPage:
    number: int
    width: float
    height: float
    items: tuple[PdfLine | PdfTable, ...] = ()


@dataclass
class PdfLayout:
    pages: list[PdfPage] = field(default_factory=list)
    chars: int = 0  # characters in the text layer
    unmapped: int = 0  # glyphs with no character ((cid:N))


def _bold(fontname: str) -> bool:
    name = fontname.lower()
    return any(k in name for k in ("bold", "black", "heavy", "-w6", "-w7", "-w8", "-w9", "demi"))


INSET = 2.0  # points a table's box is shrunk by when the text outside it is taken


def _line(raw: dict, page: int, stops: TabStops | None = None, spaced: bool = False) -> PdfLine | None:
    chars = distinct_glyphs(raw.get("chars") or [])
    columns = spaced or typed_columns(chars, page, stops)
    text = raw["text"] if not chars else line_text(chars, columns, page, stops, spaced)
    text = normalize_chars(strip_unmapped(text)).strip()
    if not text:
        return None
    sizes = Counter(round(c["size"], 1) for c in chars)
    size = sizes.most_common(1)[0][0] if sizes else 10.0
    bold = bool(chars) and sum(_bold(c.get("fontname", "")) for c in chars) >= 0.8 * len(chars)
    lead = _lead(chars, bold, columns, page, stops, spaced)
    return PdfLine(text, page, raw["x0"], raw["x1"], raw["top"], raw["bottom"], size, bold, lead, columns)


def _lead(  # noqa: PLR0913 - the line's own reading of its gaps, passed on
    chars: list[dict], bold: bool, columns: bool, page: int, stops: TabStops | None, spaced: bool
) -> str:
    """The bold run a line starts with when plain text follows it (2 to 30 characters)."""
    if bold or not chars:
        return ""
    glyphs = ordered(chars)
    n = next((i for i, c in enumerate(glyphs) if not _bold(c.get("fontname", ""))), len(glyphs))
    if not 2 <= n <= 30 or n == len(glyphs):
        return ""
    return normalize_chars(strip_unmapped(line_text(glyphs[:n], columns, page, stops, spaced))).strip()


def join_text(a: str, b: str) -> str:
    """Two pieces of one broken line: Japanese and numbers join without a space (「202」「6」 → 2026), Latin
    words with one, except capitals cut inside an acronym (「KG」「I」 → KGI)."""
    x, y = a[-1:], b[:1]
    if x.isascii() and y.isascii() and x.isalpha() and y.isalpha() and not (x.isupper() and y.isupper()):
        return f"{a} {b}"
    return a + b


def join_cell_lines(text: str) -> str:
    """A cell's wrapped lines as one line (see join_text)."""
    out = ""
    for part in (p.strip() for p in text.split("\n")):
        if part:
            out = join_text(out, part) if out else part
    return out


def _covered_from_above(t, i: int, j: int) -> bool:  # noqa: ANN001 - a pdfplumber Table
    """Whether the empty slot (i, j) lies under a cell of an earlier row that reaches down into row i (a
    vertical merge) rather than right of a cell of its own row (a horizontal one)."""
    top = t.rows[i].bbox[1]
    for k in range(i - 1, -1, -1):
        box = t.rows[k].cells[j] if j < len(t.rows[k].cells) else None
        if box is not None:
            return box[3] > top + 1
    return False


def _rows(t) -> tuple[tuple[str, ...], ...]:  # noqa: ANN001 - a pdfplumber Table
    """Cell texts row by row; a merged cell's text is repeated into every slot it covers, as the Word reader
    does, and a two-row header (a cell merged across columns over its sub-headers) becomes one row whose
    labels join both (「目標値 目標年度」), as the Word reader has it."""
    raw = t.extract()
    rows: list[list[str]] = []
    vertical: list[set[int]] = []
    for i, r in enumerate(raw):
        row: list[str] = []
        down: set[int] = set()
        for j, c in enumerate(r):
            if c is not None:
                row.append(normalize_chars(strip_unmapped(join_cell_lines(c))))
            elif i > 0 and _covered_from_above(t, i, j) and j < len(rows[-1]):
                row.append(rows[-1][j])
                down.add(j)
            else:
                row.append(row[-1] if row else "")
        rows.append(row)
        vertical.append(down)
    if len(rows) >= 3 and vertical[1] and len(vertical[1]) < len(rows[1]) and None in raw[0]:
        head = [
            a if j in vertical[1] or a == b else f"{a} {b}"
            for j, (a, b) in enumerate(zip(rows[0], rows[1], strict=True))
        ]
        rows = [head, *rows[2:]]
    return tuple(tuple(r) for r in rows if any(r))


CELL_PADDING = 6.0  # points between a cell's border and its text, about


def _centre_in(bbox: tuple[float, float, float, float]):  # noqa: ANN202 - a filter for pdfplumber
    """Characters whose centre lies in the box (as pdfplumber assigns characters to table cells: a glyph's
    box can reach over the cell's border)."""
    x0, top, x1, bottom = bbox

    def keep(obj: dict) -> bool:
        if obj.get("object_type") != "char":
            return False
        cx, cy = (obj["x0"] + obj["x1"]) / 2, (obj["top"] + obj["bottom"]) / 2
        return x0 <= cx <= x1 and top <= cy <= bottom

    return keep


def _cells(p, t, number: int) -> tuple[tuple[PdfCell | None, ...], ...]:  # noqa: ANN001 - pdfplumber objects
    """Each cell's own lines (cropped to the cell), rows with no text left out as `_rows` leaves them."""
    out = []
    for row in t.rows:
        cells: list[PdfCell | None] = []
        for bbox in row.cells:
            if bbox is None:
                cells.append(None)
                continue
            raw = p.filter(_centre_in(bbox)).extract_text_lines(strip=True, return_chars=True)
            lines = tuple(ln for ln in (_line(r, number) for r in raw) if ln is not None)
            cells.append(PdfCell(lines, bbox[2] - CELL_PADDING))
        if any(c is not None and c.lines for c in cells):
            out.append(tuple(cells))
    return tuple(out)


@dataclass
class _RawPage:
    number: int
    width: float
    height: float
    tables: list[PdfTable]
    lines: list[dict]  # pdfplumber's text lines outside the tables, with their characters


def _raw_page(p, number: int, layout: PdfLayout) -> _RawPage:  # noqa: ANN001 - a pdfplumber Page
    tables = [t for t in p.find_tables() if t.bbox[2] - t.bbox[0] > 1 and t.bbox[3] - t.bbox[1] > 1]
    kept: list[PdfTable] = []
    outside = p
    for t in tables:
        rows = _rows(t)
        if rows:
            x0, top, x1, bottom = t.bbox
            cells = _cells(p, t, number)
            kept.append(PdfTable(rows, number, top, bottom, x0, x1, cells if len(cells) == len(rows) else ()))
        # inset: the line right under a table can reach into the bottom rule by a fraction of a point
        x0, top, x1, bottom = t.bbox
        outside = outside.outside_bbox((x0 + INSET, top + INSET, x1 - INSET, bottom - INSET), strict=False)
    lines = outside.extract_text_lines(strip=True, return_chars=True)
    for raw in lines:
        layout.chars += len(raw.get("chars") or [])
        layout.unmapped += unmapped_glyphs(raw["text"])
    layout.chars += sum(len(c) for t in kept for r in t.rows for c in r)
    return _RawPage(number, float(p.width), float(p.height), kept, lines)


def _tab_stops(raw: list[_RawPage]) -> TabStops | None:
    """The document's tab stops, from each page's left margin (see pdf_gaps.find_tab_stops)."""
    left = {r.number: min(ln["x0"] for ln in r.lines) for r in raw if r.lines}
    glyphs = [(r.number, distinct_glyphs(ln.get("chars") or [])) for r in raw for ln in r.lines]
    sizes = Counter(round(c["size"], 1) for _, g in glyphs for c in g)
    return find_tab_stops(glyphs, left, sizes.most_common(1)[0][0] if sizes else 10.0)


def _page(raw: _RawPage, stops: TabStops | None) -> PdfPage:
    items: list[PdfLine | PdfTable] = list(raw.tables)
    spaced = spaced_rows([single_spaces(distinct_glyphs(r.get("chars") or [])) for r in raw.lines])
    lines = (_line(r, raw.number, stops, i in spaced) for i, r in enumerate(raw.lines))
    items += [ln for ln in lines if ln is not None]
    items.sort(key=lambda it: (round(it.top, 1), it.x0))
    return PdfPage(raw.number, raw.width, raw.height, tuple(items))


def read_layout(data: bytes, max_pages: int) -> PdfLayout:
    """The pages of a PDF (bytes). Raises what pdfplumber / pdfminer raise; `pdf.py` turns that into
    a message for the user."""
    # lazy: pdfminer is heavy and only PDF drafts need it
    import pdfplumber

    layout = PdfLayout()
    raw: list[_RawPage] = []
    with pdfplumber.open(io.BytesIO(data)) as pdf:
        if len(pdf.pages) > max_pages:
            raise PageLimitError(len(pdf.pages))
        for i, p in enumerate(pdf.pages, start=1):
            raw.append(_raw_page(p, i, layout))
            p.close()  # frees the page's parsed objects
    stops = _tab_stops(raw)
    layout.pages = [_page(r, stops) for r in raw]
    return layout


class PageLimitError(Exception):
    def __init__(self, pages: int):
        super().__init__(pages)
        self.pages = pages
