"""Kanji numerals read as digits, quoted as written.

    doc_in_digits, written = in_digits(doc)   # every text of the tree through numbers.arabic_spans, once
    ... every reader reads doc_in_digits ...
    plan = written.plan(plan)                  # each quote (Evidence.text, Place.quote, its heading, an item's
                                               # text) as written

The readers see one way of writing a number (「三百億円」 reads as 「300億円」); what the user is shown of the draft is
what the draft says. A quote is found in the rewritten text it was cut from and mapped back by the rewritten runs'
offsets; a quote put together from several texts (a table row's label and cell) has each of its runs written back
where the document rewrites that run one way only.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Callable
from dataclasses import replace
from typing import Any

from chiiki_mirai.core.plan import Plan
from chiiki_mirai.core.result import ParseReport
from chiiki_mirai.core.text.numbers import Span, arabic_spans, as_written
from chiiki_mirai.readers.doctree import Document, KeyValue, ListItem, Paragraph, Section, Table
from chiiki_mirai.readers.doctree.model import Block, Place
from chiiki_mirai.readers.doctree.tables import make_table

# a number as arabic_spans writes it: digits, with 兆・億・万 kept (「1億2000万」)
_DIGIT_RUN = re.compile(r"(?<![0-9])[0-9]+(?:[兆億万][0-9]*)*")
# what a plan calls its quotes: Evidence {section, line, text}, statements' Place {item, section, line, quote}
_QUOTE_KEYS = ("text", "quote", "section")
_SECTION_TEXT = {"heading", "text", "evidence"}  # SectionText: the text of one 記載項目 as written
# an indicator's texts the user is shown (KGI and KPI: they carry their evidence, not a line of their own)
_INDICATOR_KEYS = ("name", "raw", "target", "withdrawal_criterion")
_CONTEXT = 12  # characters either side of a number compared to tell where in the draft it was cut from
_CANDIDATES = 64  # places of one number compared at most (a draft that repeats a figure a thousand times stays linear)


class _Run:
    """One number of the rewritten document: where it sits in its rewritten text and how the draft writes it."""

    __slots__ = ("end", "rewritten", "start", "was")

    def __init__(self, rewritten: str, start: int, end: int, was: str | None) -> None:
        self.rewritten, self.start, self.end, self.was = rewritten, start, end, was  # was None: written in digits

    def context(self, quote: str, at: int, end: int) -> int:
        """How many characters around the number agree with the quote's around its number at quote[at:end]."""
        n = 0
        while n < _CONTEXT and at - n > 0 and self.start - n > 0 and quote[at - n - 1] == self.rewritten[self.start - n - 1]:
            n += 1
        m = 0
        while (m < _CONTEXT and end + m < len(quote) and self.end + m < len(self.rewritten)
               and quote[end + m] == self.rewritten[self.end + m]):
            m += 1
        return n + m


class AsWritten:
    """The way back from the rewritten texts of one document to the texts as written."""

    def __init__(self) -> None:
        self._texts: dict[int, list[tuple[str, str, tuple[Span, ...]]]] = {}  # line → (rewritten, as written, runs)
        self._runs: dict[str, list[_Run]] = {}  # a number as rewritten → its places in the document
        self._whole: dict[str, str] = {}  # a whole rewritten text → as written (itself where written two ways)

    def digits(self, text: str, line: int) -> str:
        """`text` (at source line `line`) with its kanji numerals in digits, remembered for the way back."""
        rewritten, spans = arabic_spans(text)
        if spans:
            self._texts.setdefault(line, []).append((rewritten, text, spans))
            self._whole[rewritten] = text if self._whole.get(rewritten, text) == text else rewritten
        runs = iter(spans)
        span = next(runs, None)
        for m in _DIGIT_RUN.finditer(rewritten):
            while span is not None and span[1] <= m.start():
                span = next(runs, None)
            inside = span is not None and span[0] <= m.start() and m.end() <= span[1]
            was = text[span[2] : span[3]] if inside and span is not None else None
            places = self._runs.setdefault(m.group(), [])
            if len(places) < _CANDIDATES:
                places.append(_Run(rewritten, m.start(), m.end(), was))
        return rewritten

    def quote(self, quote: str, line: int | None) -> str:
        """A quote cut from the rewritten texts (of source line `line`: a look-up, never a search of the whole
        document), as the draft writes it; a text put together from several places has each number written back
        as the draft writes it where the characters around it say where it was cut from."""
        if not self._texts or not quote:
            return quote
        for rewritten, text, spans in self._texts.get(line or 0, ()):
            at = _find_whole(rewritten, spans, quote)
            if at >= 0:
                return as_written(text, spans, at, at + len(quote))
        if quote in self._whole:  # a whole text (an item's line)
            return self._whole[quote]
        return _DIGIT_RUN.sub(lambda m: self._run_back(quote, m), quote)

    def _run_back(self, quote: str, m: re.Match[str]) -> str:
        """The number at `m` as the draft writes it at the place whose characters around it agree best with the
        quote's (digits where the draft writes it so, or where nothing around it says where it was cut from)."""
        best, score = None, 0  # one agreeing character at least
        most = min(_CONTEXT, m.start()) + min(_CONTEXT, len(quote) - m.end())
        for place in self._runs.get(m.group(), ()):
            s = place.context(quote, m.start(), m.end())
            if s > score or (s == score and best is not None and place.was is None):
                best, score = place, s
            if score == most:
                break  # nothing agrees better
        return best.was if best is not None and best.was is not None else m.group()

    def plan(self, plan: Plan) -> Plan:
        """`plan` with every quote as written (a plan from a draft without kanji numerals is returned as it is)."""
        if not self._texts:
            return plan
        return Plan.model_validate(self._walk(plan.model_dump()))

    def report(self, report: ParseReport) -> ParseReport:
        """The parse report with the draft's texts it names (the cover's values, headings) as written."""
        if not self._texts:
            return report
        return ParseReport.model_validate(self._every(report.model_dump()))

    def _every(self, data: Any) -> Any:
        """Every text in `data` as written."""
        if isinstance(data, str):
            return self.quote(data, None)
        if isinstance(data, list):
            return [self._every(x) for x in data]
        return {k: self._every(v) for k, v in data.items()} if isinstance(data, dict) else data

    def _walk(self, data: Any) -> Any:
        if isinstance(data, list):
            return [self._walk(x) for x in data]
        if not isinstance(data, dict):
            return data
        if data.keys() >= _SECTION_TEXT:  # an item's text, its lines from several places: each run written back
            return {**data, "heading": self.quote(data["heading"], None), "evidence": self._walk(data["evidence"]),
                    "text": "\n".join(self.quote(x, None) for x in (data["text"] or "").split("\n"))}
        if "line" in data and ("text" in data or "quote" in data):
            return {k: self.quote(v, data["line"]) if k in _QUOTE_KEYS and isinstance(v, str) else v
                    for k, v in data.items()}
        if isinstance(data.get("evidence"), dict):  # an indicator: its texts are cut from its evidence's line
            line = data["evidence"].get("line")
            return {k: self.quote(v, line) if k in _INDICATOR_KEYS and isinstance(v, str) else self._walk(v)
                    for k, v in data.items()}
        return {k: self._walk(v) for k, v in data.items()}


def _find_whole(rewritten: str, spans: tuple[Span, ...], quote: str) -> int:
    """Where `quote` starts in `rewritten`, not starting or ending inside a rewritten run (「30億円」 is no part of
    「130億円」); -1 if nowhere."""
    starts = [r_start for r_start, _, _, _ in spans]
    at = rewritten.find(quote)
    while at >= 0:
        if not (_inside(spans, starts, at) or _inside(spans, starts, at + len(quote))):
            return at
        at = rewritten.find(quote, at + 1)
    return -1


def _inside(spans: tuple[Span, ...], starts: list[int], pos: int) -> bool:
    """`pos` falls strictly inside a rewritten run (spans are in order and apart)."""
    i = bisect_right(starts, pos) - 1
    return i >= 0 and spans[i][0] < pos < spans[i][1]


def in_digits(doc: Document) -> tuple[Document, AsWritten]:
    """`doc` with every text in digits (numbers.arabic_spans) and the way back to the texts as written."""
    back = AsWritten()
    d = back.digits
    meta = {d(k, 0): d(v, 0) for k, v in doc.meta.items()}
    preamble = tuple(_block(b, d) for b in doc.preamble)
    sections = tuple(_section(s, d) for s in doc.sections)
    title = d(doc.title, 0) if doc.title else doc.title
    return replace(doc, title=title, meta=meta, preamble=preamble, sections=sections), back


Digits = Callable[[str, int], str]


def _place(p: Place, d: Digits) -> Place:
    return replace(p, path=tuple(d(x, 0) for x in p.path)) if p.path else p


def _section(s: Section, d: Digits) -> Section:
    return replace(s, heading=d(s.heading, s.place.line), blocks=tuple(_block(b, d) for b in s.blocks),
                   children=tuple(_section(c, d) for c in s.children), place=_place(s.place, d))


def _block(b: Block, d: Digits) -> Block:
    line = b.place.line
    if isinstance(b, Paragraph):
        return replace(b, text=d(b.text, line), place=_place(b.place, d))
    if isinstance(b, KeyValue):
        return replace(b, key=d(b.key, line), value=d(b.value, line), place=_place(b.place, d))
    if isinstance(b, ListItem):
        return replace(b, text=d(b.text, line), children=tuple(_block(c, d) for c in b.children),
                       place=_place(b.place, d))
    if isinstance(b, Table):  # laid out again: which rows are labels and which way it runs depend on its figures
        cells = tuple(tuple(d(c, line) for c in row) for row in b.cells)
        title, place = (d(b.title, line) if b.title else b.title), _place(b.place, d)
        if cells == b.cells:
            return replace(b, title=title, place=place)
        return make_table(cells, title, place, b.merges) or replace(b, cells=cells, title=title, place=place)
    return b
