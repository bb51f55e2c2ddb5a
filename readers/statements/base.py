"""What a statement family is: an extractor, an assembler, and the plan fields it owns."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from chiiki_mirai.core.statement import Place, Statement
from chiiki_mirai.knowledge.loader import KnowledgeBase
from chiiki_mirai.readers.doctree import Document
from chiiki_mirai.readers.outline import Outline
from chiiki_mirai.readers.units import Unit


@dataclass
class ReadContext:
    """Everything an extractor may read: the tree, its outline, its units, the knowledge base."""

    doc: Document
    outline: Outline
    units: list[Unit]
    kb: KnowledgeBase
    warnings: list[str] = field(default_factory=list)
    found_fields: list[str] = field(default_factory=list)
    # an item no heading or label places, read from its content elsewhere (a family's extractor found it)
    content_places: dict[str, list[Unit]] = field(default_factory=dict)
    # the statements the families before read (read-only for the one reading now)
    statements: list[Statement] = field(default_factory=list)
    # values a family computes once per document for its extract and its assemble (keyed "family.what")
    memo: dict[str, Any] = field(default_factory=dict)

    def in_items(self, *prefixes: str) -> list[Unit]:
        """Units placed under items whose id starts with one of the prefixes ("B.3", "C.5.4")."""
        return [u for u in self.units if u.item and any(u.item == p or u.item.startswith(p + ".") for p in prefixes)]


def place_of(u: Unit, quote: str | None = None) -> Place:
    return Place(item=u.item, section=u.section, line=u.line, quote=(quote if quote is not None else u.text)[:300])


Extractor = Callable[[ReadContext], list[Statement]]
# statements of this family (and, read-only, of the families before it) → plan fields it owns
Assembler = Callable[[list[Statement], ReadContext], dict[str, Any]]


@dataclass(frozen=True)
class Family:
    name: str
    extract: Extractor
    assemble: Assembler
    fields: tuple[str, ...]  # the Plan fields it owns (the legacy reader's values are replaced)


def place_by_content(ctx: ReadContext, statements: list[Statement],
                     wordings: tuple[tuple[str, Callable[[Statement], bool]], ...]) -> None:
    """Items no heading or label places, found where their statements were read (the knowledge's own wording of
    the item picks it); a section whose items are all placed is placed with them."""
    placed = set(ctx.outline.found())
    for wording, carries in wordings:
        target = next((t for t in ctx.outline.targets if wording in t.wordings), None)
        if target is None or target.id in placed:
            continue
        lines = {s.place.line for s in statements if carries(s)}
        found = [u for u in ctx.units if u.line in lines and u.kind != "heading"]
        if found:
            ctx.content_places.setdefault(target.id, found)
            parent = target.parent
            children = [t.id for t in ctx.outline.targets if t.parent == parent]
            if parent and parent not in placed and all(c in placed or c in ctx.content_places for c in children):
                ctx.content_places.setdefault(parent, found)
