"""Rewriting a document tree piece by piece: its sections, its blocks, or every piece of its text.

The metamorphic benchmark's layout transforms (benchmarks/layout_variants.py, layout_rewrites.py) rewrite drafts with
these walks. The readers do not rewrite a tree before reading: kanji numerals stay as written until reading their digit
form keeps evidence quotes verbatim (tests/test_read_numbers.py's strict xfail).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace

from .model import Block, Document, KeyValue, ListItem, Paragraph, Section


def map_sections(doc: Document, fn: Callable[[Section], Section]) -> Document:
    """`fn` applied to every section, children first."""

    def go(s: Section) -> Section:
        return fn(replace(s, children=tuple(go(c) for c in s.children)))

    return replace(doc, sections=tuple(go(s) for s in doc.sections))


def map_blocks(doc: Document, fn: Callable[[tuple[Block, ...]], tuple[Block, ...]]) -> Document:
    """`fn` applied to the preamble's and every section's own blocks."""
    doc = replace(doc, preamble=fn(doc.preamble))
    return map_sections(doc, lambda s: replace(s, blocks=fn(s.blocks)))


def map_texts(doc: Document, fn: Callable[[str], str]) -> Document:
    """`fn` applied to every piece of text (headings' text, paragraphs, entries, labels and values, cells)."""

    def item(it: ListItem) -> ListItem:
        return replace(it, text=fn(it.text), children=tuple(item(c) for c in it.children))

    def block(b: Block) -> Block:
        if isinstance(b, Paragraph):
            return replace(b, text=fn(b.text))
        if isinstance(b, KeyValue):
            return replace(b, key=fn(b.key), value=fn(b.value))
        if isinstance(b, ListItem):
            return item(b)
        cells = tuple(tuple(fn(c) for c in row) for row in b.cells)
        records = tuple({fn(k): fn(v) for k, v in r.items()} for r in b.records)
        return replace(b, cells=cells, records=records, title=fn(b.title) if b.title else b.title)

    doc = replace(doc, title=fn(doc.title) if doc.title else doc.title)
    doc = map_blocks(doc, lambda bs: tuple(block(b) for b in bs))
    return map_sections(doc, lambda s: replace(s, heading=fn(s.heading)))
