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
from collections.abc import Callable
from dataclasses import replace
from typing import Any

from chiiki_mirai.core.plan import Plan
from chiiki_mirai.core.text.numbers import Span, arabic_spans, as_written
from chiiki_mirai.readers.doctree import Document, KeyValue, ListItem, Paragraph, Section, Table
from chiiki_mirai.readers.doctree.model import Block, Place
from chiiki_mirai.readers.doctree.tables import make_table

# a number as arabic_spans writes it: digits, with 兆・億・万 kept (「1億2000万」)
_DIGIT_RUN = re.compile(r"(?<![0-9])[0-9]+(?:[兆億万][0-9]*)*")
# what a plan calls its quotes: Evidence {section, line, text}, statements' Place {item, section, line, quote}
_QUOTE_KEYS = ("text", "quote", "section")
_SECTION_TEXT = {"heading", "text", "evidence"}  # SectionText: the text of one 記載項目 as written


class AsWritten:
    """The way back from the rewritten texts of one document to the texts as written."""

    def __init__(self) -> None:
        self._texts: dict[int, list[tuple[str, str, tuple[Span, ...]]]] = {}  # line → (rewritten, as written, runs)
        self._runs: dict[str, str | None] = {}  # a rewritten run → as written (None: written two ways)
        self._written_runs: set[str] = set()  # the numbers written in digits in the draft itself

    def digits(self, text: str, line: int) -> str:
        """`text` (at source line `line`) with its kanji numerals in digits, remembered for the way back."""
        rewritten, spans = arabic_spans(text)
        if spans:
            self._texts.setdefault(line, []).append((rewritten, text, spans))
            for r_start, r_end, w_start, w_end in spans:
                run, was = rewritten[r_start:r_end], text[w_start:w_end]
                self._runs[run] = was if self._runs.get(run, was) == was else None
        self._written_runs.update(_DIGIT_RUN.findall(text))
        return rewritten

    def quote(self, quote: str, line: int | None) -> str:
        """A quote cut from the rewritten texts (of source line `line`: a look-up, never a search of the whole
        document), as the draft writes it."""
        if not self._texts or not quote:
            return quote
        for rewritten, text, spans in self._texts.get(line or 0, ()):
            at = rewritten.find(quote)
            if at >= 0:
                return as_written(text, spans, at, at + len(quote))
        return _DIGIT_RUN.sub(lambda m: self._run_back(m.group()), quote)

    def _run_back(self, run: str) -> str:
        was = self._runs.get(run)
        return was if was is not None and run not in self._written_runs else run  # also written in digits: stays

    def plan(self, plan: Plan) -> Plan:
        """`plan` with every quote as written (a plan from a draft without kanji numerals is returned as it is)."""
        if not self._texts:
            return plan
        return Plan.model_validate(self._walk(plan.model_dump()))

    def _walk(self, data: Any) -> Any:
        if isinstance(data, list):
            return [self._walk(x) for x in data]
        if not isinstance(data, dict):
            return data
        if data.keys() >= _SECTION_TEXT:  # an item's text, its lines from several places: each run written back
            return {**data, "heading": self.quote(data["heading"], None), "evidence": self._walk(data["evidence"]),
                    "text": "\n".join(self.quote(x, None) for x in (data["text"] or "").split("\n"))}
        quoted = {"line"} <= data.keys() and ("text" in data or "quote" in data)
        return {k: self.quote(v, data["line"]) if quoted and k in _QUOTE_KEYS and isinstance(v, str) else self._walk(v)
                for k, v in data.items()}


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
