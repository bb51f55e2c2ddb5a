"""The text of each 記載項目 (plan.sections) and the text no item holds (plan.other_text).

Runs after the other families: an item they found by its content where no heading names it (the support
system written under another section) is present, with that text. Offices word, merge and order the items their
own way; besides its own heading or label, an item is written (present) where
- a heading names it together with a neighbour (「核となる企業と特定の理由」, outline.named_by);
- its heading or an empty label naming it (「講じるべき政策パッケージ：」) stands over lines whose own labels place
  them elsewhere (「相談窓口：…」);
- a sentence or entry of its section opens by naming it (「地域へのインパクトとしては、…」);
- its section's own prose states what it holds, as the claims family reads it (CONTENT_CLAIMS: the companies' share
  and capacity straight under 「核となる地域と企業」 is why they were chosen).
An item still without a place is not called absent when its place may hold it: prose straight under its section,
a sentence of a neighbouring item that states what it holds, (for the impact on the region) statements of it
elsewhere in the plan, the prose of unplaced chapters where its section would stand, or the sentence after the
items of its section a narrative chapter wrote. A `section` statement of topic `candidate` quotes that text and the check goes to a reviewer
(rules/facts/compute.py) — except for the items a family reads from every line (KGI, KPI, basis, verification, core
companies), whose absence of statements is the section holding nothing of them. An item whose text is only slots to fill (「（調整中）」「追って記載する」) is not written
(topic `unwritten`).

Why one file over 400 lines: placing, candidates and the unwritten check are three passes over the same outline and
must agree on which lines an item already holds; split apart, each would re-derive that map.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Any

from chiiki_mirai.core.plan import Evidence, SectionText
from chiiki_mirai.core.statement import Statement
from chiiki_mirai.readers.claims import THRESHOLD
from chiiki_mirai.readers.doctree import Section
from chiiki_mirai.readers.doctree.numbering import BACK_MATTER
from chiiki_mirai.readers.heading_parts import item_nouns
from chiiki_mirai.readers.headings import Target, split_numbering
from chiiki_mirai.readers.statements.base import Family, ReadContext, place_of
from chiiki_mirai.readers.statements.indicators import CONTENT_WORDINGS
from chiiki_mirai.readers.statements.operator_layout import OPERATOR_ITEMS
from chiiki_mirai.readers.statements.section_content import stated_by_lines
from chiiki_mirai.readers.statements.section_unwritten import unwritten
from chiiki_mirai.readers.unit_leads import OWN_TOPIC_OPENING
from chiiki_mirai.readers.units import Unit

CANDIDATE = "candidate"  # the topic of a `section` statement that quotes a possible place of an item
# what an item holds, as the claims the statement classifier reads (000 第2章 (3) and 003 1.(2)① name the items):
# an item offices often write inside a neighbour's text (the reason for the field in the product's paragraph, the
# companies' track record under the company table) has there a sentence carrying one of these — its candidate
CONTENT_CLAIMS: tuple[tuple[str, frozenset[str]], ...] = (
    # why this field, region or set of companies: the need it meets, its edge, its share or exports, the scale
    ("特定の理由", frozenset({"market_need", "competitive_advantage", "export_or_top_share", "scale_capability"})),
    ("基本戦略", frozenset({"competitive_advantage", "market_need"})),
    ("地域へのインパクト", frozenset({"jobs", "wages", "procurement_local"})),
    ("地域経済への波及効果", frozenset({"jobs", "wages", "procurement_local"})),
    ("インフラ整備案件", frozenset({"infrastructure"})),
    ("国際的な競争優位性", frozenset({"international_competitiveness", "competitive_advantage"})),
)
# a company's entry (「株式会社A（従業員15名、部品の製造）」): what its brackets say of the company's size describes the
# company the item lists, it is no reason the field or the companies were chosen
_PROFILE_ENTRY = re.compile(r"^[・\-*●○◯]?\s*(?P<name>[^(]{2,60})\([^()]*\)\s*。?$")
PROFILE_CLAIMS = frozenset({"scale_capability"})
# what an item holds, as the statements an earlier family reads wherever the plan writes them: the impact on the
# region (域内取引額・売上額・雇用・賃上げ) is often set out with the goals (「目指す姿と数値目標」), not under its own item
CONTENT_KINDS: tuple[tuple[str, str], ...] = (
    ("地域へのインパクト", "ripple"),
    ("地域経済への波及効果", "ripple"),
)


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
        # a label naming no item (「備考：詳細は別紙」) is not the first item's text; a label naming the section itself
        # (「６　現地化の取組：該当なし。」 in a plan laid out as a form) is
        if items and items[0].id not in by_item and any(
            u.kind != "kv" or ctx.outline.item_of_label(u.key or "", None) == t.id for u in by_item[t.id]
        ):
            by_item[items[0].id] = list(by_item[t.id])


def _heading_names(ctx: ReadContext) -> dict[int, tuple[str, ...]]:
    """Source line of each heading → the items it names besides its place; a sub-heading the outline could place no
    further than its chapter (「ターゲット」 under 「勝ち筋・取組の具体像」) keeps the items its chapter names."""
    out: dict[int, tuple[str, ...]] = {}
    stack = [(s, ()) for s in reversed(ctx.doc.sections)]
    while stack:
        sec, above = stack.pop()
        own = ctx.outline.named_by(sec)
        parent_place = above[1] if above else None
        names = own or (above[0] if above and ctx.outline.item_of(sec) == parent_place else ())
        if names:
            out[sec.place.line] = names
        stack.extend((c, (names, ctx.outline.item_of(sec))) for c in reversed(sec.children))
    return out


def _named_by_headings(ctx: ReadContext) -> dict[str, list[Unit]]:
    """The text under a heading that names items besides its place, for each item it names."""
    named = _heading_names(ctx)
    out: dict[str, list[Unit]] = {}
    items: tuple[str, ...] = ()
    for u in ctx.units:
        if u.kind == "heading":
            if u.section == u.text:  # a section's heading (a table's title row stays in its section)
                items = named.get(u.line, ())
            continue
        for item in items:
            out.setdefault(item, []).append(u)
    return out


_EMPTY_LABEL = re.compile(r"^(?P<label>[^。：:]{2,30})[：:]$")  # 「講じるべき政策パッケージ：」 over the lines it heads
BARE_HEADING_MIN = 20  # a heading this long with nothing under it is a line of text read as a heading


def _bare_headings(ctx: ReadContext) -> set[int]:
    """The lines of headings over nothing (no text, no sub-heading) that are long enough to be text themselves
    (「① 試験海域の利用調整、② 岸壁の不足、③ 技術者不足」 numbered like a heading under 「産業集積に向けた課題」)."""
    return {sec.place.line for sec, blocks in ctx.doc.walk()
            if not blocks and not sec.children and len(sec.heading or "") >= BARE_HEADING_MIN}


def _under_leads(ctx: ReadContext) -> dict[str, list[Unit]]:
    """The lines under an item's heading or under a label with nothing after its colon that names an item, up to
    the next heading or label or a line placed at a sibling item: what the writer put there, though labels of
    their own (「相談窓口：…」 under 「講じるべき政策パッケージ」) placed those lines elsewhere."""
    bare = _bare_headings(ctx)
    out: dict[str, list[Unit]] = {}
    lead: str | None = None
    for u in ctx.units:
        if u.kind == "heading" and not (u.line in bare and u.section == u.text):
            lead = u.item if u.section == u.text and u.item and ctx.outline.section_of(u.item) != u.item else None
            continue
        label = _EMPTY_LABEL.match(u.norm) if u.kind in ("sentence", "item") else None
        named = ctx.outline.item_of_label(label.group("label"), u.item) if label else None
        if named:
            lead = named if ctx.outline.section_of(named) != named else None
            continue
        if lead and u.item != lead and ctx.outline.section_of(u.item) == ctx.outline.section_of(lead) != u.item:
            lead = None  # a line of a sibling item ends the run
        if lead:
            out.setdefault(lead, []).append(u)
    return out


def _descendants(sec: Section) -> Iterator[Section]:
    for c in sec.children:
        yield c
        yield from _descendants(c)


def _nested(ctx: ReadContext) -> dict[str, list[Unit]]:
    """The text of the sub-headings under an item's heading that holds no text of its own (「(2) 講じるべき政策」 over
    「ア　伴走支援体制」「イ　…」): the sub-headings are the item's parts, though their words place them elsewhere (the
    support system, the companies helped), so the item is written there."""
    out: dict[str, list[Unit]] = {}
    for sec, blocks in ctx.doc.walk():
        item = ctx.outline.item_of(sec)
        if blocks or not sec.children or item is None or ctx.outline.section_of(item) == item:
            continue
        lines = {d.place.line for d in _descendants(sec)}
        inside = False
        for u in ctx.units:
            if u.kind == "heading" and u.section == u.text:
                inside = u.line in lines
            elif inside:
                out.setdefault(item, []).append(u)
    return out


def _opened_by_name(ctx: ReadContext, sections: set[str]) -> dict[str, list[Unit]]:
    """Sentences and entries of these sections that open by naming an item of their own section (「地域への
    インパクトとしては、…」)."""
    out: dict[str, list[Unit]] = {}
    for u in ctx.units:
        if u.kind not in ("sentence", "item") or ctx.outline.section_of(u.item) not in sections:
            continue
        if not (m := OWN_TOPIC_OPENING.match(u.norm)):
            continue
        own = ctx.outline.item_of_label(m.group("label"), u.item)
        if own and own != u.item and ctx.outline.section_of(own) == ctx.outline.section_of(u.item) != own:
            out.setdefault(own, []).append(u)
    return out


GLUED_REST_MIN = 4  # text after a numbered entry's leading item name: the item's own text, run on without a break


def _glued_names(ctx: ReadContext, sections: set[str]) -> dict[str, list[Unit]]:
    """Numbered entries of these sections that open with the wording of an item of their own section, its text run
    on with no break (「（２）特定の理由本市のマンゴー生産量は…」, as a PDF's text glues a heading to its first line)."""
    targets = ctx.outline.targets
    out: dict[str, list[Unit]] = {}
    for u in ctx.units:
        sec = ctx.outline.section_of(u.item)
        if u.kind != "item" or not u.marker or sec not in sections:
            continue
        text = u.norm.strip()
        for t in targets:
            if t.parent == sec and t.id != u.item and any(
                len(w) >= 4 and text.startswith(w) and len(text) - len(w) >= GLUED_REST_MIN for w in t.wordings
            ):
                out.setdefault(t.id, []).append(u)
                break
    return out


def _placed(ctx: ReadContext) -> tuple[dict[str, list[Unit]], set[int]]:
    """Item id → its units; and the units some item took by name or content (not as a section's leading text).
    Read once per document (extract and assemble both need it)."""
    if "sections.placed" not in ctx.memo:
        ctx.memo["sections.placed"] = _place_items(ctx)
    return ctx.memo["sections.placed"]


def _place_items(ctx: ReadContext) -> tuple[dict[str, list[Unit]], set[int]]:
    by_item: dict[str, list] = {}
    for u in ctx.units:
        if u.kind != "heading" and u.item:
            by_item.setdefault(u.item, []).append(u)
    own_text = {k: list(v) for k, v in by_item.items()}
    _columns(ctx, by_item)
    taken = {id(u) for item, units in by_item.items() if ctx.outline.section_of(item) != item for u in units}
    _leading_items(ctx, by_item)
    by_content: set[str] = set()
    for item, units in ctx.content_places.items():  # read from its content where no heading names it
        if item not in by_item:
            by_content.add(item)
        by_item.setdefault(item, list(units))
        taken |= {id(u) for u in units}
    for item, units in _nested(ctx).items():  # an item's heading over sub-headings only: their text is its own
        if item not in by_item:
            by_item[item] = units
            taken |= {id(u) for u in units}
    for item, units in _under_leads(ctx).items():  # what its heading or label heads, whatever labels say
        if item not in by_item:
            by_item[item] = units
            taken |= {id(u) for u in units}
    # (only sections with an item still unplaced are read for sentences that name one)
    open_sections = {t.parent for t in ctx.outline.targets if t.parent and t.id not in by_item}
    opened = _opened_by_name(ctx, open_sections | {ctx.outline.section_of(i) for i in by_content})
    for found in (_named_by_headings(ctx), opened, _glued_names(ctx, open_sections)):
        for item, units in found.items():
            if item not in own_text:
                by_item.setdefault(item, units)
                if found is opened and item in by_content:
                    # a sentence that opens by naming the item (「投資総額は約…を見込む。」「KPIは半期ごとに確認する。」)
                    # is the line it is cited by, and adds to the lines a reader of its content placed there
                    _add_in_order(ctx, by_item, item, units)
            taken |= {id(u) for u in units}
    for found_by in (_stated_in_section(ctx, by_item), stated_by_lines(ctx, by_item)):
        for item, units in found_by.items():
            by_item[item] = units
            taken |= {id(u) for u in units}
    return by_item, taken


def _add_in_order(ctx: ReadContext, by_item: dict[str, list[Unit]], item: str, units: list[Unit]) -> None:
    """The item's lines with `units` added, in the document's order; the first of `units` is the one it cites."""
    pos = {id(u): i for i, u in enumerate(ctx.units)}
    have = {id(u) for u in by_item[item]}
    merged = by_item[item] + [u for u in units if id(u) not in have]
    by_item[item] = sorted(merged, key=lambda u: pos.get(id(u), len(pos)))
    ctx.memo.setdefault("sections.cited", {})[item] = units[0]


def _stated_in_section(ctx: ReadContext, by_item: dict[str, list[Unit]]) -> dict[str, list[Unit]]:
    """An item nothing names whose section's own prose states what it holds (CONTENT_CLAIMS: 「A社は国内シェア首位
    で…」 straight under 「核となる地域と企業」 is the reason those companies were chosen): written at its place."""
    out: dict[str, list[Unit]] = {}
    for t in ctx.outline.targets:
        if t.parent is None or t.id in by_item or not any(w in t.wordings for w, _ in CONTENT_CLAIMS):
            continue
        own = [u for u in ctx.units if u.item == t.parent and u.kind in ("sentence", "item")]
        stated = [u for u in own if _claimed(t, u, ctx)]
        if stated:
            out[t.id] = stated
    return out


def _claimed(t: Target, u: Unit, ctx: ReadContext) -> bool:
    """The unit states, as done or decided, what the item holds (CONTENT_CLAIMS): a claim the claims family read
    in it with confidence (not what a company's entry says of the company, PROFILE_CLAIMS)."""
    wanted = frozenset().union(*(c for w, c in CONTENT_CLAIMS if w in t.wordings))
    if wanted and _profile_entry(u, ctx):
        wanted -= PROFILE_CLAIMS
    return bool(wanted) and any(
        s.kind == "claim" and s.topic in wanted and s.held and s.confidence >= THRESHOLD
        and s.place.line == u.line and s.place.quote[:40] in u.text
        for s in ctx.statements
    )


def _profile_entry(u: Unit, ctx: ReadContext) -> bool:
    """The unit is a company's entry: the name of an operator read on its line, then its profile in brackets."""
    m = _PROFILE_ENTRY.match(u.norm.strip())
    return m is not None and any(
        s.kind == "operator" and s.subject and s.place.line == u.line and s.subject in m.group("name")
        for s in ctx.statements
    )


def _candidate(t: Target, ctx: ReadContext, by_item: dict[str, list[Unit]], taken: set[int]) -> Unit | None:
    """Where the item may be written though nothing names it: the section's own text (its first sentence or entry no
    item took, after the text of the items before it, as items are written in order; past the first line, which is
    the first item's; the one that uses the item's own nouns first), else a sentence of another item of the section
    that states what the item holds."""
    siblings = [x for x in ctx.outline.targets if x.parent == t.parent]
    own = [u for u in ctx.units if u.kind != "heading" and u.item == t.parent]
    if own:
        before = [x.id for x in siblings if x.order < t.order]
        after = max((u.index for x in before for u in by_item.get(x, []) if id(u) in taken), default=-1)
        if siblings and siblings[0].id != t.id and id(own[0]) not in taken:
            own = own[1:]  # the section's opening line is its first item's (_leading_items)
        prose = [u for u in own if u.kind in ("sentence", "item")]
        free = [u for u in prose if id(u) not in taken]
        words = item_nouns(t.wordings)
        worded = max(free, key=lambda u: sum(w in u.norm for w in words), default=None)
        if worded is not None and any(w in worded.norm for w in words):
            return worded  # the line that uses the item's own words (「…投資総額は約1,850億円を見込む」)
        return next((u for u in free if u.index > after), None) or next(iter(free or prose or own), None)
    near = [u for x in siblings if x.id != t.id for u in by_item.get(x.id, []) if u.kind in ("sentence", "item")]
    return (next((u for u in near if _claimed(t, u, ctx)), None) or _stated_elsewhere(t, ctx)
            or _in_its_place(t, ctx, by_item) or _after_siblings(t, siblings, near, ctx, by_item))


def _after_siblings(
    t: Target, siblings: list[Target], written: list[Unit], ctx: ReadContext, by_item: dict[str, list[Unit]]
) -> Unit | None:
    """An item that comes after the items of its section a narrative chapter wrote (`written`: 「核となる事業者は、…である。」
    then 「…複数の事業者が関わる形とし、…」 for why those): the next sentence of that chapter may be it."""
    if not written or any(x.order > t.order for x in siblings if by_item.get(x.id)):
        return None
    last = max(written, key=lambda u: u.index)
    ids = {x.id for x in siblings}
    return next((u for u in ctx.units if u.index > last.index and u.section == last.section and u.section
                 and u.kind in ("sentence", "item") and u.item not in ids), None)


def _back_matter(ctx: ReadContext) -> int:
    """The index of the first unit of the back matter (len + 1 when there is none)."""
    return next((u.index for u in ctx.units if u.kind == "heading" and BACK_MATTER.match(split_numbering(u.norm).rest)),
                len(ctx.units) + 1)


def _in_its_place(t: Target, ctx: ReadContext, by_item: dict[str, list[Unit]]) -> Unit | None:
    """A section nothing places, its chapter under a heading in words of its own (「一　七百八十年の刃物づくりを、…で
    伸ばす」): the prose of unplaced chapters between the sections written before it and after it is where it may be
    (the line with the item's own nouns, else the first) — never the back matter after the plan."""
    targets = ctx.outline.targets
    order = {x.id: x.order for x in targets if x.parent is None}
    mine = order.get(t.parent or "")
    if mine is None or any(by_item.get(x.id) for x in targets if x.parent == t.parent):
        return None
    placed = [(order.get(ctx.outline.section_of(i) or ""), u.index) for i, us in by_item.items() for u in us]
    before = max((n for o, n in placed if o is not None and o < mine), default=-1)
    after = min((n for o, n in placed if o is not None and o > mine), default=_back_matter(ctx))
    free = [u for u in ctx.units if u.item is None and u.section and u.kind in ("sentence", "item") and before < u.index < after]
    words = item_nouns(t.wordings)
    return next((u for u in free if any(w in u.norm for w in words)), None) or next(iter(free), None)


def _stated_elsewhere(t: Target, ctx: ReadContext) -> Unit | None:
    """The first line where an earlier family read, as done or decided, what the item holds (CONTENT_KINDS)."""
    kinds = {k for w, k in CONTENT_KINDS if w in t.wordings}
    lines = {s.place.line for s in ctx.statements if s.kind in kinds and s.held}
    return next((u for u in ctx.units if u.kind != "heading" and u.line in lines), None)


def _judged_by_statements(ctx: ReadContext) -> set[str]:
    """The items a family reads from every line of their section wherever it is written — the KGI, the KPI, the
    basis of the goals and the verification (the indicators family), the core companies (the operators family):
    its finding none there is the section holding nothing of them, so no candidate stands in for them."""
    words = {w for w, _ in CONTENT_WORDINGS}
    return {t.id for t in ctx.outline.targets if t.id in OPERATOR_ITEMS or words & set(t.wordings)}


def _extract(ctx: ReadContext) -> list[Statement]:
    """A candidate for each item with no place whose section holds text of its own, and the items written only as
    placeholders (see the module's doc)."""
    by_item, taken = _placed(ctx)
    found = set(ctx.outline.found())
    judged = _judged_by_statements(ctx)
    out = [s for item, units in by_item.items() if (s := unwritten(item, units)) is not None]
    for t in ctx.outline.targets:
        if t.parent is None or t.id in by_item or t.id in found or t.id in judged:
            continue
        if (u := _candidate(t, ctx, by_item, taken)) is not None:
            out.append(Statement(kind="section", topic=CANDIDATE, subject=t.id, modality="none", confidence=0.5,
                                 place=place_of(u)))
    return out


def _assemble(_: list[Statement], ctx: ReadContext) -> dict[str, Any]:
    by_item, _taken = _placed(ctx)
    other: dict[str, list] = {}
    for u in ctx.units:
        if u.kind != "heading" and not u.item:
            other.setdefault(u.section or "本文", []).append(u)
    sections = {}
    cited = ctx.memo.get("sections.cited", {})
    for item, units in by_item.items():
        first = cited.get(item, units[0])
        sections[item] = SectionText(
            heading=first.section or item,
            text="\n".join(u.text for u in units),
            evidence=Evidence(section=first.section, line=first.line, text=first.text[:200]),
        )
    # a placed item with no text of its own (a heading only) is listed with no text: a heading is no content
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
