"""The text of each 記載項目 (plan.sections) and the text no item holds (plan.other_text)."""

from __future__ import annotations

from typing import Any

from chiiki_mirai.core.plan import Evidence, SectionText
from chiiki_mirai.core.statement import Statement
from chiiki_mirai.readers.statements.base import Family, ReadContext


def _extract(ctx: ReadContext) -> list[Statement]:
    return []


def _assemble(_: list[Statement], ctx: ReadContext) -> dict[str, Any]:
    by_item: dict[str, list] = {}
    other: dict[str, list] = {}
    for u in ctx.units:
        if u.kind == "heading":
            continue
        (by_item.setdefault(u.item, []) if u.item else other.setdefault(u.section or "本文", [])).append(u)
    sections = {}
    for item, units in by_item.items():
        first = units[0]
        sections[item] = SectionText(
            heading=first.section or item,
            text="\n".join(u.text for u in units),
            evidence=Evidence(section=first.section, line=first.line, text=first.text[:200]),
        )
    # a placed item with no text of its own (a heading only) still counts as present when its section has text
    for t in ctx.outline.targets:
        if t.id in ctx.outline.found() and t.id not in sections:
            sections[t.id] = SectionText(heading=t.heading, text="")
    others = [SectionText(heading=h, text="\n".join(u.text for u in us)) for h, us in other.items()]
    return {"sections": sections, "other_text": others}


SECTIONS = Family("sections", _extract, _assemble, ("sections", "other_text"))
