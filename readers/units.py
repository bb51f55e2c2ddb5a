"""The document as units of text with their place: what every statement extractor reads.

A unit is one sentence of a paragraph, one list entry (with its continuation), one key：value line, one
table record, or one heading, each with the 記載項目 it sits under (`item`, from the outline), the heading as
written and its source line. Nothing after this module reads the raw document again.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field

from chiiki_mirai.core.text.normalize import nfkc, sentences
from chiiki_mirai.readers.doctree import Document, KeyValue, ListItem, Paragraph, Section, Table
from chiiki_mirai.readers.outline import Outline


@dataclass(frozen=True)
class Unit:
    text: str  # as written
    norm: str  # NFKC
    kind: str  # "heading" | "sentence" | "item" | "kv" | "record"
    item: str | None  # the 記載項目 (knowledge-base section or item id) it sits under, if known
    section: str | None  # the heading it sits under, as written
    line: int
    index: int  # document order
    key: str | None = None  # kv: the key; record: the table's title
    record: dict[str, str] | None = None  # record: header label → cell
    table: Table | None = field(default=None, compare=False, repr=False)
    marker: str | None = None  # item: its list marker

    @property
    def value(self) -> str:
        """kv: the value; otherwise the text."""
        if self.kind == "kv" and self.key is not None:
            return self.text.split("：", 1)[-1] if "：" in self.text else self.text
        return self.text


def _make(text: str, kind: str, item: str | None, section: str | None, line: int, n: int, **kw) -> Unit:
    return Unit(text=text, norm=nfkc(text), kind=kind, item=item, section=section, line=line, index=n, **kw)


def _list_units(li: ListItem, item: str | None, section: str | None, start: int) -> list[Unit]:
    out: list[Unit] = []
    stack = [li]
    while stack:  # iterative: nesting is capped by the parser, but stay off the recursion limit
        x = stack.pop()
        out.append(_make(x.text, "item", item, section, x.place.line, start + len(out), marker=x.marker))
        stack.extend(reversed(x.children))
    return out


def _block_units(block, item: str | None, section: str | None, start: int, outline: Outline) -> list[Unit]:  # noqa: ANN001 - a doctree Block
    if isinstance(block, Paragraph):
        return [
            _make(s, "sentence", item, section, block.place.line, start + i)
            for i, s in enumerate(sentences(block.text) or [block.text])
        ]
    if isinstance(block, ListItem):
        return _list_units(block, item, section, start)
    if isinstance(block, KeyValue):
        own = outline.item_of_label(block.key, item)
        return [
            _make(
                f"{block.key}：{block.value}", "kv", own or item, section, block.place.line, start, key=block.key
            )
        ]
    if isinstance(block, Table):
        out = []
        for r, rec in enumerate(block.data_records()):
            text = " / ".join(f"{k}：{v}" for k, v in rec.items() if v)
            own = outline.item_of_record(block, r) or item
            out.append(
                _make(text, "record", own, section, block.place.line, start + r, key=block.title, record=rec, table=block)
            )
        return out
    return []


def iter_units(doc: Document, outline: Outline) -> Iterator[Unit]:
    """Every unit in document order: the preamble first, then each section's heading and blocks."""
    n = 0
    for b in doc.preamble:
        for u in _block_units(b, None, None, n, outline):
            yield u
            n += 1
    for sec, blocks in doc.walk():
        item = outline.item_of(sec)
        yield _make(sec.label, "heading", item, sec.label, sec.place.line, n)
        n += 1
        for b in blocks:
            for u in _block_units(b, item, sec.label, n, outline):
                yield u
                n += 1


def section_of(doc: Document, unit: Unit) -> Section | None:
    """The section a unit's line belongs to (for extractors that need the tree around a unit)."""
    best = None
    for sec, _ in doc.walk():
        if sec.place.line <= unit.line:
            best = sec
    return best
