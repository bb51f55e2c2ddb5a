"""The text of each 記載項目 (plan.sections) and the text no item holds (plan.other_text).

Runs after the other families: an item they found by its content where no heading names it (the support
system written under another section) is present, with that text."""

from __future__ import annotations

from typing import Any

from chiiki_mirai.core.plan import Evidence, SectionText
from chiiki_mirai.core.statement import Statement
from chiiki_mirai.readers.statements.base import Family, ReadContext


def _extract(ctx: ReadContext) -> list[Statement]:
    return []


def _columns(ctx: ReadContext, by_item: dict[str, list]) -> None:
    """A table's column (or row) labels that name items of its section (「投資企業名｜投資時期｜投資総額」 under
    核となる大規模投資案件): those items are written in the table, their text is the column's cells."""
    seen: set[int] = set()
    for u in ctx.units:
        if u.kind != "record" or u.table is None or not u.item or id(u.table) in seen:
            continue
        seen.add(id(u.table))
        cells = u.table.cells
        # the labels along the top and down the left: either may be the header, whatever the orientation
        labels = list(cells[0]) + [row[0] for row in cells[1:] if row]
        for label in dict.fromkeys(x.strip() for x in labels if x.strip()):
            own = ctx.outline.item_of_label(label, u.item)
            if own and own != u.item:
                by_item.setdefault(own, []).append(u)


def _leading_items(ctx: ReadContext, by_item: dict[str, list]) -> None:
    """Text written straight under a section, before or outside its items' headings, is its first item when
    that item has no heading of its own (「6. 現地化の取組」 → (1) 現地化の方針; a 対象区域 table under
    「計画の対象区域」 followed by 「特定の理由：…」)."""
    for t in ctx.outline.targets:
        if t.parent is not None or t.id not in by_item:
            continue
        items = [x for x in ctx.outline.targets if x.parent == t.id]
        # a label naming no item (「備考：詳細は別紙」) is not the first item's text
        if items and items[0].id not in by_item and any(u.kind != "kv" for u in by_item[t.id]):
            by_item[items[0].id] = list(by_item[t.id])


def _assemble(_: list[Statement], ctx: ReadContext) -> dict[str, Any]:
    by_item: dict[str, list] = {}
    other: dict[str, list] = {}
    for u in ctx.units:
        if u.kind == "heading":
            continue
        (by_item.setdefault(u.item, []) if u.item else other.setdefault(u.section or "本文", [])).append(u)
    _columns(ctx, by_item)
    _leading_items(ctx, by_item)
    for item, units in ctx.content_places.items():  # read from its content where no heading names it
        by_item.setdefault(item, list(units))
    sections = {}
    for item, units in by_item.items():
        first = units[0]
        sections[item] = SectionText(
            heading=first.section or item,
            text="\n".join(u.text for u in units),
            evidence=Evidence(section=first.section, line=first.line, text=first.text[:200]),
        )
    # a placed item with no text of its own (a heading only) still counts as present when its section has text
    written = {}
    for u in ctx.units:
        if u.kind == "heading" and u.item and u.section:
            written.setdefault(u.item, u.section)
    for t in ctx.outline.targets:
        if t.id in ctx.outline.found() and t.id not in sections:
            sections[t.id] = SectionText(heading=written.get(t.id, t.heading), text="")
    others = [SectionText(heading=h, text="\n".join(u.text for u in us)) for h, us in other.items()]
    return {"sections": sections, "other_text": others}


SECTIONS = Family("sections", _extract, _assemble, ("sections", "other_text"))
