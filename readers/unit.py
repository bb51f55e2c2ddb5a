"""One unit of text with its place (a sentence, a list entry, a key：value line, a table record or a heading): what
every statement extractor reads (built by units.py)."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from chiiki_mirai.core.text.cues import ARROW_MARK
from chiiki_mirai.readers.doctree import Table

_AFTER_KEY = re.compile(r"^[\s\u3000]*(?:[:：]|" + ARROW_MARK + r")?[\s\u3000]*")  # what stands between a kv's key and its value (a slide's arrow too)


@dataclass(frozen=True)
class Unit:
    text: str  # as written
    norm: str  # NFKC
    kind: str  # "heading" | "sentence" | "item" | "kv" | "record"
    item: str | None  # the 記載項目 (knowledge-base section or item id) it sits under, if known
    section: str | None  # the heading it sits under, as written
    line: int
    index: int  # document order
    key: str | None = None  # kv: the key; record: the table's title; item of a layout row: the row's label
    record: dict[str, str] | None = None  # record: header label → cell
    table: Table | None = field(default=None, compare=False, repr=False)
    marker: str | None = None  # item: its list marker
    part: int = 0  # item of a layout row: which line or bullet of the row's cells it is from (its sentences share it)

    @property
    def value(self) -> str:
        """kv: the value; otherwise the text."""
        if self.kind == "kv" and self.key is not None:
            if not self.text.startswith(self.key):
                return self.text
            return _AFTER_KEY.sub("", self.text[len(self.key) :], count=1)
        return self.text
