"""The gaps between a PDF line's glyphs → the spaces the writer typed.

A PDF keeps no space characters, only where each glyph stands. A gap is read back as:
- nothing or one space: a gap of about 0.2 em sits between kanji and Latin letters or digits (「第1」), so a
  space there needs a wider gap than between two letters or two kanji;
- full-width spaces for a gap of a character or more (「類型：B　　策定主体：…」);
- a column gap (two full-width spaces at least, as the text reader takes a table's column gap) in a row of a
  table typed with runs of spaces or tabs (a spreadsheet pasted into text): a line with two gaps or more of
  two half-width spaces or wider, one of them plainly no single full-width space.

A gap of about one em is one full-width space as often as a few half-width ones, so in a typed row it stays
one full-width space (「KGI①　官民設備投資額…」) unless it ends on one of the document's tab stops: when the
wide gaps of the whole document end on stops a fixed step apart (a word processor's default tab stops), the
tables were typed with tabs, and a gap ending on a stop is a tab.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass

SPACE_EM = 0.12  # a gap wider than this share of the font size between two letters (or two kanji) is a space
BOUNDARY_EM = 0.215  # between a kanji and a Latin letter or digit: Word and LibreOffice put ~0.2 em there
WIDE_EM = 0.8  # a gap this wide is written with full-width spaces
COLUMN_EM = 0.4  # a gap this wide (two half-width spaces or more) may part the columns of a typed table
# … but a gap of about one em may be one full-width space (「ア　設備投資の支援」)
ONE_SPACE_EM = (0.85, 1.15)
# default tab stops: LibreOffice 1.25 cm, Word 0.5 inch (1.27 cm); Japanese Word four characters of the body
TAB_STEPS_PT = (35.433, 36.0)
TAB_STEPS_EM = (4.0,)
TAB_TOLERANCE_PT = 0.6
TAB_MIN_GAPS = 4  # wide gaps needed to tell tab stops
TAB_MIN_SHARE = 0.6  # … and the share of them that must end on a stop
AUTOSPACE_EM = 0.2  # the spacing Word and LibreOffice set between a kanji and a Latin letter or digit
TAB_OFF_AUTOSPACE_EM = 0.08  # a tab between the two is this much wider or narrower than that spacing
MIN_SPACED = 2  # single spaces in a line of a table whose column gaps became single spaces
MIN_SPACED_ROWS = 3  # … and lines of such a table with the same number of them
_NO_ROW = re.compile(r"^(?:[-+・●○■□◆◇▪•※◎〇➢➤►▶*]|[(（]?[0-9０-９①-⑳]{1,2}[)）.．、])|[:：]")


@dataclass(frozen=True)
class TabStops:
    """Tab stops every `step` points from a page's left margin (`left`, per page)."""

    step: float
    left: dict[int, float]

    def at(self, page: int, x: float) -> bool:
        off = (x - self.left.get(page, 0.0)) % self.step
        return off <= TAB_TOLERANCE_PT or self.step - off <= TAB_TOLERANCE_PT


def distinct_glyphs(chars: list[dict]) -> list[dict]:
    """A line's glyphs, each once: pdfplumber lists a glyph that stands for several characters (LibreOffice's
    ligature 「―――」 for three 「―」) once per character, each time with the whole text."""
    seen: set[int] = set()
    return [c for c in chars if not (id(c) in seen or seen.add(id(c)))]


def ordered(chars: list[dict]) -> list[dict]:
    """The glyphs left to right, space glyphs left out (their width is in the gaps)."""
    return [c for c in sorted(chars, key=lambda c: c["x0"]) if not c["text"].isspace()]


def _size(a: dict, b: dict) -> float:
    return max(a["size"], b["size"], 1.0)


def _pairs(glyphs: list[dict]) -> Iterable[tuple[dict, dict, float]]:
    """(glyph, next glyph, gap in em) along a line."""
    for a, b in zip(glyphs, glyphs[1:], strict=False):
        yield a, b, (b["x0"] - a["x1"]) / _size(a, b)


def _one_space(em: float) -> bool:
    return ONE_SPACE_EM[0] <= em <= ONE_SPACE_EM[1]


def find_tab_stops(
    lines: list[tuple[int, list[dict]]], left: dict[int, float], body: float
) -> TabStops | None:
    """The document's tab stops, when its plainly wide gaps (lines given as (page, glyphs)) end on stops a
    default step apart; None when they do not (tables typed with spaces, or no typed tables)."""
    ends = [
        (page, b["x0"])
        for page, glyphs in lines
        for _, b, em in _pairs(ordered(glyphs))
        if em >= COLUMN_EM and not _one_space(em)
    ]
    if len(ends) < TAB_MIN_GAPS:
        return None
    best: tuple[float, TabStops] | None = None
    for step in (*TAB_STEPS_PT, *(k * body for k in TAB_STEPS_EM)):
        stops = TabStops(step, left)
        share = sum(stops.at(p, x) for p, x in ends) / len(ends)
        if share >= TAB_MIN_SHARE and (best is None or share > best[0]):
            best = (share, stops)
    return best[1] if best else None


def _boundary(a: dict, b: dict) -> bool:
    """Between a kanji (or kana, or a full-width mark) and a Latin letter or digit."""
    return a["text"][-1:].isascii() != b["text"][:1].isascii()


def _column_gap(a: dict, b: dict, em: float, page: int, stops: TabStops | None) -> bool:
    """A gap that parts two columns when the line is a typed table's row. A tab ends on a tab stop however
    narrow it is, so a narrow gap on a stop is a tab: between two kanji when there is a gap at all, between a
    kanji and a digit when it is plainly wider or narrower than the ~0.2 em word processors set there (a digit
    may happen to stand on a stop). A tab that used up its whole width leaves no gap and cannot be told."""
    on_stop = stops is not None and stops.at(page, b["x0"])
    if em < COLUMN_EM and _boundary(a, b):
        return on_stop and abs(em - AUTOSPACE_EM) > TAB_OFF_AUTOSPACE_EM
    if em < COLUMN_EM:
        return on_stop and em > SPACE_EM
    return on_stop or not _one_space(em)


def typed_columns(chars: list[dict], page: int = 0, stops: TabStops | None = None) -> bool:
    """Whether a line is a row of a table typed with runs of spaces or tabs: two gaps or more of two
    half-width spaces or wider (or tabs), one of them plainly no single full-width space (wider or narrower,
    or ending on a tab stop)."""
    gaps = [(em >= COLUMN_EM, _column_gap(a, b, em, page, stops)) for a, b, em in _pairs(ordered(chars))]
    return sum(wide or column for wide, column in gaps) >= 2 and any(column for _, column in gaps)


def _gap_text(a: dict, b: dict, em: float, columns: bool, page: int, stops: TabStops | None) -> str:
    if columns and _column_gap(a, b, em, page, stops):
        return "\u3000" * min(4, max(2, round(em)))
    if em >= WIDE_EM:  # a gap of a character or more: full-width spaces, as the draft spaces items
        return "\u3000" * min(4, max(1, round(em)))
    narrowest = BOUNDARY_EM if _boundary(a, b) else SPACE_EM
    return " " if em * _size(a, b) > max(0.8, narrowest * _size(a, b)) else ""


def _space(a: dict, b: dict, em: float) -> bool:
    """A gap of one half-width space (narrower than a column gap, wider than the kanji–digit spacing)."""
    return (BOUNDARY_EM if _boundary(a, b) else SPACE_EM) < em < COLUMN_EM


def single_spaces(chars: list[dict]) -> int:
    """How many single half-width spaces part a line's words; none counted in a list entry or a labelled
    value (「■ 必須KGI 官民設備投資額：2035年度に 18,500百万円」), whose spaces are words' spaces."""
    glyphs = ordered(chars)
    if _NO_ROW.search("".join(c["text"] for c in glyphs)):
        return 0
    return sum(_space(a, b, em) for a, b, em in _pairs(glyphs))


def spaced_rows(counts: list[int]) -> set[int]:
    """Lines (by index, top to bottom) that are rows of a table whose columns lost their tabs or runs of
    spaces to single spaces (a rendering that collapses white space): in a run of lines with two single
    spaces or more each (a line with fewer may sit between them: the wrapped rest of a row), the lines with
    the run's most common number of spaces (or one fewer: a row whose last cell wrapped), when three lines or
    more have it; a line with more spaces has a space inside a cell and is left as it is."""
    rows: set[int] = set()
    i = 0
    while i < len(counts):
        if counts[i] < MIN_SPACED:
            i += 1
            continue
        j = i
        while j + 1 < len(counts) and (
            counts[j + 1] >= MIN_SPACED or (j + 2 < len(counts) and counts[j + 2] >= MIN_SPACED)
        ):
            j += 1
        run = [k for k in range(i, j + 1) if counts[k] >= MIN_SPACED]
        # the most common count (the larger on a tie) is the columns' gaps; a row with one fewer wrapped
        # its last cell onto the next line
        common = max({counts[k] for k in run}, key=lambda n: (sum(counts[k] == n for k in run), n))
        if sum(counts[k] == common for k in run) >= MIN_SPACED_ROWS:
            rows |= {k for k in run if counts[k] in (common, common - 1)}
        i = j + 1
    return rows


def line_text(
    chars: list[dict],
    columns: bool | None = None,
    page: int = 0,
    stops: TabStops | None = None,
    spaced: bool = False,
) -> str:
    """A line's glyphs → text with the spaces its gaps stand for (see the module's docstring); `columns`
    (worked out when not given) says whether the line is a typed table's row, `spaced` that it is a row whose
    single spaces part its columns (`spaced_rows`)."""
    glyphs = ordered(chars)
    if columns is None:
        columns = typed_columns(glyphs, page, stops)
    out = [glyphs[0]["text"]] if glyphs else []
    for a, b, em in _pairs(glyphs):
        gap = "\u3000\u3000" if spaced and _space(a, b, em) else _gap_text(a, b, em, columns, page, stops)
        out += [gap, b["text"]]
    return "".join(out)
