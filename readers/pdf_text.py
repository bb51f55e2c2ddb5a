"""A PDF's layout → normalised blocks (headings, paragraphs, tables) → text the reader understands.

What a PDF printed from Word needs before it reads like the draft itself:
- running headers and footers (the same line at the top or bottom of most pages) and page numbers go;
- a line broken by the page width is joined to the next: when it reaches the right margin, does not end
  a sentence, and the next line does not start a heading or a list item (nor a new paragraph after a gap);
  two rows of a table typed with spaces or tabs (`PdfLine.columns`, see pdf_gaps) are never joined;
- an indent is kept as full-width spaces: a paragraph's 字下げ, and a list item's or a 【】 block's nesting;
- lines in a larger font than the body are headings, one level per size (largest first); a bold line at
  the body size is a heading by markup, and a bold label opening a paragraph stays marked;
- ruled tables keep their cells (merged cells filled, a row cut by a page break joined, a table going on over
  a page break made one).
`PdfText.to_text()` renders Markdown-style text (`#` headings, `| a | b |` table rows) for today's text reader,
which takes only rows starting with an ASCII 「|」 for a table; `to_text(pipe="｜")` gives 「｜」 rows without the
`| --- |` rule for a reader that takes those (the document tree's). `PdfText.blocks` keep the page, the source
lines (with their boxes, sizes and bold) and the cells: a document-tree reader can build sections from the
headings (level), paragraphs and list items from the other blocks (`starts_entry`), and tables with records
from `rows` (header first) without going through text.

One module, just past 400 lines: the lines of the body and the lines of a table cell are joined by the same wrap
tests (`starts_entry`, `_new_entry`, `_dot_continues`), which belong beside both.
"""

from __future__ import annotations

import math
import re
from collections import Counter, defaultdict
from dataclasses import dataclass, field

from chiiki_mirai.readers.headings import split_numbering
from chiiki_mirai.readers.pdf_layout import PdfCell, PdfLayout, PdfLine, PdfPage, PdfTable, join_text

# a paragraph that begins with a numbered label ("KPI1 …", "KPI①：…") is a list entry
_ENTRY_LABEL = re.compile(
    r"^(?:[A-Za-zＡ-Ｚａ-ｚ]{2,5}[ \u3000]?[-－‐]?(?:[0-9０-９]{1,2}|[\u2460-\u2473]|[(（][0-9０-９]{1,2}[)）])"
    r"|[^\s、。：:0-9０-９]{1,8}?[\u2460-\u2473])(?=[\s\u3000:：.．)）、]|$)"
)


def entry_label(text: str) -> bool:
    """Whether a paragraph begins with a numbered label ("KPI1 …", "KPI①：…"): a list entry."""
    return bool(_ENTRY_LABEL.match(text.strip()))


BAND = 0.09  # share of the page height at the top and bottom where running headers and footers sit
WRAP_SLACK = 2.5  # a line ending within this many characters of the right margin was broken by the width
PARA_GAP = 0.45  # a gap this share of the font size wider than the usual line gap starts a new paragraph
INDENT = 0.7  # a line starting this share of the font size right of the margin is indented (字下げ)
MAX_INDENT = 3.5  # … up to this many characters
MAX_ENTRY_INDENT = 10.0  # a list item nested a few levels deep
CENTRED_MIN = 3.0  # a centred line leaves more than this many characters free on either side
MAX_HEADING_LEVEL = 6
_SENTENCE_END = re.compile(r"[。．！？!?]$")
_HANGING = re.compile(r"[。、，．,.」』）)]$")
_BULLET = re.compile(r"^(?:[-+・●○■□◆◇▪•※◎〇➢➤►▶]|\*(?!\*))")
_BRACKET_START = re.compile(r"^[【〔［\[]")
_NOUN_END = re.compile(
    r"[\u30a1-\u30fa\u30fc\u4e00-\u9fffA-Za-z0-9）」]"
)  # katakana, kanji, Latin, a closing bracket
_PAGE_NUMBER = re.compile(
    r"^(?:[-－—–‐−]\s*\d{1,4}\s*[-－—–‐−]|[pP]\.?\s*\d{1,4}|\d{1,4}(?:\s*/\s*\d{1,4})?|"
    r"\d{1,4}\s*ページ|[（(]\s*\d{1,4}\s*[）)]|第?\s*\d{1,4}\s*頁)$"
)


@dataclass(frozen=True)
class PdfBlock:
    kind: str  # "heading" (larger font) | "bold" (a bold line at the body size) | "para" | "table"
    text: str
    page: int
    level: int | None = None  # headings: 1 for the largest font
    rows: tuple[tuple[str, ...], ...] = ()  # tables
    lines: tuple[PdfLine, ...] = ()  # the source lines a heading or paragraph was joined from
    gap_before: bool = False  # set off from the block before by vertical space (or a page top)


@dataclass
class PdfText:
    blocks: list[PdfBlock] = field(default_factory=list)
    pages: int = 0

    def to_text(self, pipe: str = "|") -> str:
        """Markdown-style text: `#` headings, paragraphs, `| a | b |` tables (with a `| --- |` rule so the
        first row reads as the header). `pipe="｜"` gives full-width separators and no rule."""
        out: list[str] = []
        for b in self.blocks:
            if out and (b.gap_before or b.kind not in ("para", "bold") or out[-1].startswith(("#", pipe))):
                out.append("")
            if b.kind == "heading":
                out.append("#" * (b.level or 1) + " " + b.text)
            elif (
                b.kind == "bold"
            ):  # Word's bold-only paragraph: a heading by markup, as the Word reader has it
                out.append(f"**{b.text}**")
            elif b.kind == "table":
                out += _table_lines(b.rows, pipe)
            else:
                out.append(_with_lead(b))
        return "\n".join(out).strip("\n") + "\n"


def _with_lead(b: PdfBlock) -> str:
    """A paragraph that opens with a bold label keeps it marked (「**（1）該当する品目**　…」), as Markdown and
    Word drafts write a label and its content on one line."""
    lead = b.lines[0].lead if b.lines else ""
    body = b.text.lstrip("\u3000")
    if not lead or not body.startswith(lead) or "*" in lead:
        return b.text
    return f"{b.text[: len(b.text) - len(body)]}**{lead}**{body[len(lead):]}"


def _table_lines(rows: tuple[tuple[str, ...], ...], pipe: str) -> list[str]:
    def row(cells: tuple[str, ...]) -> str:
        esc = [c.replace("|", "\\|") if pipe == "|" else c for c in cells]
        return f"{pipe} " + f" {pipe} ".join(esc) + f" {pipe}"

    lines = [row(r) for r in rows]
    if pipe == "|" and rows:
        lines.insert(1, "| " + " | ".join("---" for _ in rows[0]) + " |")
    return lines


def _key(text: str) -> str:
    return re.sub(r"\s+", "", re.sub(r"\d+", "#", text))


def running_lines(pages: list[PdfPage]) -> set[tuple[int, float]]:
    """(page, top) of running headers, footers and page numbers: a line in the top or bottom band that
    repeats (digits aside) on at least half of the pages (two at least), or is a page number alone."""
    seen: dict[str, set[int]] = defaultdict(set)
    band: list[tuple[PdfLine, str]] = []
    for p in pages:
        for it in p.items:
            if isinstance(it, PdfLine) and (it.top < p.height * BAND or it.bottom > p.height * (1 - BAND)):
                band.append((it, _key(it.text)))
                seen[_key(it.text)].add(p.number)
    need = max(2, math.ceil(len(pages) / 2))
    return {
        (ln.page, ln.top)
        for ln, key in band
        if len(seen[key]) >= need or _PAGE_NUMBER.match(ln.text.replace(" ", ""))
    }


def body_size(lines: list[PdfLine]) -> float:
    sizes = Counter()
    for ln in lines:
        sizes[ln.size] += len(ln.text)
    return sizes.most_common(1)[0][0] if sizes else 10.0


def heading_levels(lines: list[PdfLine], body: float) -> dict[float, int]:
    """Font sizes larger than the body's → heading levels, the largest first."""
    bigger = sorted(
        {ln.size for ln in lines if ln.size >= body * 1.1 and ln.size - body >= 1.0}, reverse=True
    )
    return {s: min(i + 1, MAX_HEADING_LEVEL) for i, s in enumerate(bigger)}


def starts_entry(text: str) -> bool:
    """Whether a line starts a list item or a numbered heading (so it is never a broken line's rest):
    a bullet, 【…】, a labelled entry ("KPI2：…"), or a number followed by a space or mark ("1.1 …", "(2)", "第3") — "1.5倍" and
    "2030年度" are the rest of a sentence."""
    if _BULLET.match(text) or _BRACKET_START.match(text) or entry_label(text):
        return True
    num = split_numbering(text)
    if not num.style:
        return False
    after = text[len(num.label) : len(num.label) + 1]
    return not (num.label[-1:].isdigit() and after and not after.isspace())


def _text_end(line: PdfLine) -> float:
    """Where a line's text ends, a closing mark left out: a 「。」 or 「、」 may hang past the right margin."""
    mark = _HANGING.search(line.text)
    return line.x1 - (line.size * (0.5 if mark.group().isascii() else 1.0) if mark else 0.0)


def _right_edges(pages: list[PdfPage], body: float) -> dict[int, float]:
    """The right margin of each page's text: the furthest a body line's text reaches (a typed table's row,
    which may run past the margin, aside; the document's, for a page with few lines)."""
    per: dict[int, float] = {}
    for p in pages:
        lines = [it for it in p.items if isinstance(it, PdfLine) and not it.columns]
        xs = [_text_end(it) for it in lines if abs(it.size - body) < 0.6]
        if len(xs) >= 3:
            per[p.number] = max(xs)
    fallback = max(per.values(), default=max((p.width * 0.88 for p in pages), default=500.0))
    return {p.number: per.get(p.number, fallback) for p in pages}


@dataclass(frozen=True)
class Geometry:
    """What the layout of the whole document says: the body font size, the usual gap between two lines of
    one paragraph, each page's left and right margins, and the heading level of each larger size."""

    body: float
    line_gap: float
    left: dict[int, float]
    right: dict[int, float]
    levels: dict[float, int]

    def new_paragraph(self, prev: PdfLine | PdfTable | None, item: PdfLine | PdfTable) -> bool:
        if prev is None:
            return True
        if item.page != prev.page:  # a page break parts paragraphs, but not a typed table's rows
            return not (isinstance(prev, PdfLine) and isinstance(item, PdfLine) and prev.columns and item.columns)
        size = item.size if isinstance(item, PdfLine) else self.body
        return item.top - prev.bottom > self.line_gap + PARA_GAP * size

    def indent(self, line: PdfLine) -> str:
        """Full-width spaces for a line's indent: a paragraph's indented first line (字下げ, a character or a
        few), a list item's or a labelled block's nesting (「　【県の考え方】」 over 「　　・県道…」)."""
        before, after = line.x0 - self.left[line.page], self.right[line.page] - line.x1
        # centred (a cover's title, date): no indent; a line ending a few characters short of the margin is full
        if after > CENTRED_MIN * line.size and abs(before - after) < line.size:
            return ""
        steps = before / max(line.size, 1.0)
        # a paragraph further right than a few characters is set right or centred, not indented
        deepest = MAX_ENTRY_INDENT if starts_entry(line.text) else MAX_INDENT
        return "\u3000" * round(steps) if INDENT <= steps <= deepest else ""


def geometry(pages: list[PdfPage], lines: list[PdfLine]) -> Geometry:
    body = body_size(lines)
    gaps: Counter[float] = Counter()
    left: dict[int, list[float]] = defaultdict(list)
    for a, b in zip(lines, lines[1:], strict=False):
        if a.page == b.page and abs(a.size - body) < 0.6 and abs(b.size - body) < 0.6 and b.top >= a.bottom:
            gaps[round(b.top - a.bottom)] += 1
    for ln in lines:
        left[ln.page].append(ln.x0)
    # the smallest gap that is common (a tenth of all, three at least): two lines of one paragraph; the most
    # common gap would be the blank line in a draft that leaves one between all its paragraphs
    total = sum(gaps.values())
    common = [g for g, n in gaps.items() if n >= max(3, 0.1 * total)]
    line_gap = float(min(common)) if common else float(min(gaps, default=body * 0.5))
    doc_left = min((min(v) for v in left.values()), default=0.0)
    lefts = {p.number: (min(left[p.number]) if len(left[p.number]) >= 3 else doc_left) for p in pages}
    return Geometry(body, line_gap, lefts, _right_edges(pages, body), heading_levels(lines, body))


_LABEL_START = re.compile(r"^[^\s:：。、，,（(]{2,15}[:：]\s*\S")
_VALUE_END = re.compile(r"[0-9０-９円人名件社％%）)」]$")


def _new_entry(prev: str, text: str) -> bool:
    """「…累計 210億円」 / 「付加価値増加額：…」: a labelled value after a line that ended on a value starts a
    new entry even when the line above reached the margin."""
    return bool(_LABEL_START.match(text) and _VALUE_END.search(prev))


def _dot_continues(prev: str, text: str) -> bool:
    """「アジア」 / 「・北米」: a middle dot that starts a line right after a word is the word list going on, not
    a bullet (a bullet follows a finished line or a word ending in kana, and a space or a word follows it)."""
    return text[:1] == "・" and text[1:2] not in (" ", "\u3000", "") and bool(_NOUN_END.match(prev[-1:]))


def _joins(prev: PdfLine, line: PdfLine, geo: Geometry) -> bool:
    """`line` continues `prev`, which the page width broke mid-sentence."""
    if abs(prev.size - line.size) > 0.6 or _SENTENCE_END.search(prev.text):
        return False
    if starts_entry(line.text) and not _dot_continues(prev.text, line.text):
        return False
    if _new_entry(prev.text, line.text) or (prev.columns and line.columns):
        return False  # two rows of a typed table: the next row is no rest of a wrapped cell
    if prev.x1 < geo.right[prev.page] - WRAP_SLACK * prev.size:
        return False
    if line.page == prev.page:  # the usual line gap grows with the font (a heading broken over two lines)
        return 0 <= line.top - prev.bottom <= geo.line_gap * prev.size / geo.body + PARA_GAP * prev.size
    return line.page == prev.page + 1  # the last line of a page goes on at the top of the next


def bold_label(line: PdfLine, body: float) -> bool:
    """A bold line at the body size that reads as a label (short, no sentence end, no 「項目：内容」)."""
    t = line.text
    return (
        line.bold
        and abs(line.size - body) < 0.6
        and len(t) <= 60
        and not _SENTENCE_END.search(t)
        and not re.search(r"[:：]\s*\S", t)
        and "*" not in t
    )


def normalise_layout(layout: PdfLayout) -> PdfText:
    """Layout → blocks: running lines dropped, broken lines joined, headings by font size, tables kept
    (a table cut by a page break is one table; a header row repeated on the next page is dropped)."""
    drop = running_lines(layout.pages)
    items = [
        it
        for p in layout.pages
        for it in p.items
        if not (isinstance(it, PdfLine) and (it.page, it.top) in drop)
    ]
    geo = geometry(layout.pages, [it for it in items if isinstance(it, PdfLine)])
    out = PdfText(pages=len(layout.pages))
    prev: PdfLine | PdfTable | None = None
    for it in items:
        last = out.blocks[-1] if out.blocks else None
        if isinstance(it, PdfTable):
            goes_on = (
                isinstance(prev, PdfTable) and it.page == prev.page + 1 and last and last.kind == "table"
            )
            if not (goes_on and _continue_table(out, it)):
                out.blocks.append(PdfBlock("table", "", it.page, rows=table_rows(it), gap_before=True))
        elif isinstance(prev, PdfLine) and last and last.lines and _joins(prev, it, geo):
            text = join_text(last.text, it.text)
            out.blocks[-1] = PdfBlock(
                last.kind, text, last.page, last.level, (), (*last.lines, it), last.gap_before
            )
        else:
            level = geo.levels.get(it.size)
            bold = not level and bold_label(it, geo.body)
            text = it.text if level or bold else geo.indent(it) + it.text
            out.blocks.append(
                PdfBlock(
                    "heading" if level else "bold" if bold else "para",
                    text,
                    it.page,
                    level,
                    (),
                    (it,),
                    geo.new_paragraph(prev, it),
                )
            )
        prev = it
    return out


def cell_paragraphs(cell: PdfCell) -> list[str]:
    """A cell's lines → its paragraphs: a line joins the next when it reaches the cell's right edge, does not
    end a sentence, and the next does not start an entry."""
    paras: list[str] = []
    prev: PdfLine | None = None
    for ln in cell.lines:
        wrapped = (
            prev is not None
            and prev.x1 >= cell.x1 - WRAP_SLACK * prev.size
            and not _SENTENCE_END.search(prev.text)
            and (not starts_entry(ln.text) or _dot_continues(prev.text, ln.text))
            and not _new_entry(prev.text, ln.text)
        )
        if wrapped:
            paras[-1] = join_text(paras[-1], ln.text)
        else:
            paras.append(ln.text)
        prev = ln
    return paras


def table_rows(table: PdfTable) -> tuple[tuple[str, ...], ...]:
    """Rows of cell texts. A cell of several paragraphs: in a two-column table that lays out items
    (項目 | 内容), its paragraphs are joined by <br> (the reader splits a layout table's cells there); in any
    other table by a space, as the Word reader joins a cell's paragraphs."""
    if not table.cells:
        return table.rows
    layout = len(table.rows[0]) == 2 and len(table.rows) >= 4
    rows = []
    for plain, r in zip(table.rows, table.cells, strict=True):
        row: list[str] = []
        for j, c in enumerate(r):
            if c is None or j >= len(plain):  # a merged slot: the text the table reading filled in
                row.append(plain[j] if j < len(plain) else "")
                continue
            paras = cell_paragraphs(c)
            # the cell's own lines must hold exactly the table's text for the cell (else keep that text)
            same = _bare("".join(paras)) == _bare(plain[j])
            row.append(("<br>" if layout else " ").join(paras) if same else plain[j])
        rows.append(tuple(row))
    return tuple(rows)


def _bare(s: str) -> str:
    return re.sub(r"\s+", "", s)


def _rest_of_row(last: tuple[str, ...], first: tuple[str, ...]) -> bool:
    """The first row on the new page is the rest of the row the page break cut: some of its cells are empty
    where the cut row has text (only the cells that wrapped go on), and none has text where the cut row has
    none."""
    gaps = [not b and bool(a) for a, b in zip(last, first, strict=False)]
    extra = [bool(b) and not a for a, b in zip(last, first, strict=False)]
    return any(gaps) and not any(extra)


def _continue_table(out: PdfText, table: PdfTable) -> bool:
    """A table at the top of a page that goes on from the table ending the page before (same columns) is
    added to it: a repeated header row is dropped, and a first row that is the rest of the row the page break
    cut is joined to it."""
    last = out.blocks[-1]
    rows = list(table_rows(table))
    if not rows or not last.rows or len(rows[0]) != len(last.rows[-1]):
        return False
    if rows[0] == last.rows[0]:
        rows = rows[1:]
    merged = list(last.rows)
    if rows and _rest_of_row(merged[-1], rows[0]):
        merged[-1] = tuple(join_text(a, b) for a, b in zip(merged[-1], rows[0], strict=True))
        rows = rows[1:]
    out.blocks[-1] = PdfBlock("table", "", last.page, rows=tuple(merged) + tuple(rows), gap_before=True)
    return True
