"""The document model: one tree for Markdown, plain text and Word.

Every class is a frozen dataclass (attributes cannot be reassigned); sequences are tuples. A block
or section keeps its `Place`: the 1-based source line (for Word: the index of the body paragraph or
table) and the heading path it sits under. `Document.outline()` gives the tree without places, the
form in which two readings of the same content are compared.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Union


@dataclass(frozen=True)
class Place:
    line: int
    path: tuple[str, ...] = ()


@dataclass(frozen=True)
class Paragraph:
    text: str
    place: Place

    def plain(self) -> str:
        return self.text


@dataclass(frozen=True)
class KeyValue:
    """A 「項目：内容」 line whose key is a short label (not a sentence that holds a colon)."""

    key: str
    value: str
    place: Place

    def plain(self) -> str:
        return f"{self.key}：{self.value}" if self.value else f"{self.key}："


@dataclass(frozen=True)
class ListItem:
    """A list entry (typed mark, Markdown list or Word numbering) with its continuation lines joined.
    `level` is 1 for a top-level entry; `children` are the entries nested under it."""

    text: str
    marker: str
    level: int
    place: Place
    children: tuple[ListItem, ...] = ()

    def plain(self) -> str:
        lines = [self.text]
        lines += [c.plain() for c in self.children]
        return "\n".join(lines)


@dataclass(frozen=True)
class Table:
    """A table with merged cells expanded (a merged cell's text is repeated into every cell it covers).

    `orientation` is "rows" when each row is a record (labels on top, `header_rows` of them) or
    "columns" when each column is a record (labels down the left, `header_cols` of them). `records`
    maps each label to the record's cell, in record order; `total_records` are the indices of records
    that are totals or references (合計・小計・（参考）…全体), which consumers may skip. `merges` are
    the merged areas as (row, col, rowspan, colspan) when the source said so (Word)."""

    cells: tuple[tuple[str, ...], ...]
    header_rows: int
    header_cols: int
    orientation: str
    records: tuple[dict[str, str], ...]
    title: str | None
    place: Place
    total_records: tuple[int, ...] = ()
    merges: tuple[tuple[int, int, int, int], ...] = ()

    def data_records(self) -> list[dict[str, str]]:
        """The records that are not totals or references."""
        skip = set(self.total_records)
        return [r for i, r in enumerate(self.records) if i not in skip]

    def plain(self) -> str:
        return "\n".join(" | ".join(row) for row in self.cells)


Block = Union[Paragraph, ListItem, Table, KeyValue]  # noqa: UP007 - a runtime alias


@dataclass(frozen=True)
class Section:
    heading: str
    number: str | None
    level: int  # depth in the tree: 1 for a top-level section
    blocks: tuple[Block, ...]
    children: tuple[Section, ...]
    place: Place

    @property
    def label(self) -> str:
        """The heading as written: its number (if any) and its text."""
        return join_label(self.number, self.heading)

    def text(self) -> str:
        """Plain text of the section's own blocks (not of its subsections)."""
        return "\n".join(b.plain() for b in self.blocks)

    def walk(self) -> Iterator[tuple[Section, tuple[Block, ...]]]:
        stack = [self]
        while stack:
            s = stack.pop()
            yield s, s.blocks
            stack.extend(reversed(s.children))


@dataclass(frozen=True)
class Document:
    title: str | None
    meta: dict[str, str]
    preamble: tuple[Block, ...]
    sections: tuple[Section, ...]
    format: str
    warnings: tuple[str, ...] = field(default=())

    def walk(self) -> Iterator[tuple[Section, tuple[Block, ...]]]:
        """Sections depth-first, each with its own blocks."""
        for s in self.sections:
            yield from s.walk()

    def blocks(self) -> Iterator[tuple[Section | None, Block]]:
        """Every block in document order with the section that holds it (None for the preamble)."""
        for b in self.preamble:
            yield None, b
        for s, blocks in self.walk():
            for b in blocks:
                yield s, b

    def outline(self) -> dict:
        """The tree as plain data without places: what two readings of one content must share."""
        return {
            "title": self.title,
            "meta": dict(self.meta),
            "preamble": [block_outline(b) for b in self.preamble],
            "sections": [section_outline(s) for s in self.sections],
        }


def join_label(number: str | None, heading: str) -> str:
    if not number:
        return heading
    if not heading:
        return number
    sep = "" if number[-1] in "．.、)）】〕]］" else " "
    if sep and number[-1] in "０１２３４５６７８９":
        sep = "\u3000"  # 「３　時期」: a full-width number is set off as its draft set it, so it reads back as one
    return number + sep + heading


def block_outline(b: Block) -> tuple:
    if isinstance(b, Paragraph):
        return ("p", b.text)
    if isinstance(b, KeyValue):
        return ("kv", b.key, b.value)
    if isinstance(b, ListItem):
        out: list = []
        stack = [(b, out)]
        while stack:  # iterative: list nesting is capped, but stay off the recursion limit anyway
            item, into = stack.pop()
            kids: list = []
            into.append(("li", item.marker, item.level, item.text, kids))
            stack.extend((c, kids) for c in reversed(item.children))
        return out[0]
    return (
        "table",
        b.title,
        b.orientation,
        b.header_rows,
        b.header_cols,
        tuple(b.cells),
        tuple(tuple(sorted(r.items())) for r in b.records),
        b.total_records,
    )


def section_outline(s: Section) -> dict:
    return {
        "heading": s.heading,
        "number": s.number,
        "level": s.level,
        "blocks": [block_outline(b) for b in s.blocks],
        "children": [section_outline(c) for c in s.children],
    }
