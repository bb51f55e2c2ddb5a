"""Where each 記載項目 is in a document: the plan type and a place (knowledge-base item id) for every section.

The headings of the document tree are matched to the plan type's 記載項目 (`headings.best_match`, fuzzy, with
the section being read as context so 「特定の理由」 goes to the item of its own section). A section that matches
nothing keeps the place of the section it sits in. Labels can also place text: a key：value line whose key
names an item (「KPI：…」), and a table laid out as the plan (項目 | 記載内容) whose first column names items.

The plan type comes from what the draft says (a 類型 line, the title), else from which type's 記載項目 its
headings match best (reported as a guess): readers/plan_type.py.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from chiiki_mirai.readers import kbview
from chiiki_mirai.readers.doctree import Document, KeyValue, ListItem, Section, Table
from chiiki_mirai.readers.doctree.bands import band
from chiiki_mirai.readers.doctree.lines import split_kv
from chiiki_mirai.readers.heading_parts import (
    PART_MATCH,
    head_match,
    itemless_sections,
    named_items,
    split_parts,
)
from chiiki_mirai.readers.headings import (
    AMBIGUITY_MARGIN,
    OWN_SECTION_BONUS,
    Match,
    Target,
    best_match,
    split_numbering,
)
from chiiki_mirai.readers.meta_grammar import cover_title_type
from chiiki_mirai.readers.plan_type import guessed_type, stated_type

LAYOUT_MATCH = 80.0  # a table row label must name an item clearly to lay the plan out
LABEL_MATCH = 78.0  # a key：value key must name an item clearly to place its text
LABEL_MAX = 30  # a longer key is a sentence's opening, no label
TOPIC_MATCH = 85.0  # a sentence's topic must name an item closely to move the sentence to it
WORDING_MATCH = 90.0  # a label this close to an item's wording is that wording


@dataclass
class Outline:
    plan_type: str | None
    type_source: str | None  # "metadata" | "title" | "headings" | None
    targets: list[Target]
    places: dict[int, str] = field(default_factory=dict)  # id(section) → item id
    records: dict[tuple[int, int], str] = field(default_factory=dict)  # (id(table), record) → item id
    scores: dict[str, int] = field(default_factory=dict)  # plan type → matched headings (when guessed)
    # id(section) → the items its heading names besides its place (「核となる企業と特定の理由」 placed at the
    # company item also names the reason item; 「勝ち筋と取組の具体像」 over a section names two of its items)
    named: dict[int, tuple[str, ...]] = field(default_factory=dict)

    def item_of(self, section: Section) -> str | None:
        return self.places.get(id(section))

    def named_by(self, section: Section) -> tuple[str, ...]:
        """The items a section's heading names besides the one it is placed at."""
        return self.named.get(id(section), ())

    def item_of_record(self, table: Table, index: int) -> str | None:
        return self.records.get((id(table), index))

    def item_of_label(self, label: str, current: str | None) -> str | None:
        """The item a key：value key names (「KPI」「特定の理由」), judged within the current section."""
        return self._named(label, self.section_of(current), LABEL_MATCH)

    def item_of_key(self, key: str, current: str | None) -> str | None:
        """The item the key of a key：value pair names: as a label, else — a key in words of its own (「品種・製品」 under
        section 1) — by the noun it ends in, as a sub-heading is. (Not for a bare entry that only looks like a label:
        「…の保護と模倣品対策」 is a point of the text, whatever its last noun.)"""
        named = self.item_of_label(key, current)
        section = self.section_of(current)
        if named is None and section is not None and key and len(key) <= LABEL_MAX:
            head = head_match(key, self.targets, section)
            named = head.id if head is not None else None
        return named

    def item_of_topic(self, label: str) -> str | None:
        """The item the topic a sentence opens with names (「核となる事業者は、…」), wherever the sentence sits: only a
        close match (「本プラン」「核となる事業者の売上高の合計」 name no item)."""
        return self._named(label, None, TOPIC_MATCH)

    def _named(self, label: str, section: str | None, bar: float) -> str | None:
        if not self.targets or not label or len(label) > LABEL_MAX:
            return None
        m = label_match(label, self.targets, section)
        return m.target.id if m is not None and m.score >= bar else None

    def section_of(self, item: str | None) -> str | None:
        """The section an item belongs to (a section is its own)."""
        return _section_id(item, self.targets)

    def found(self) -> list[str]:
        """The item ids that have a place, in the knowledge base's order."""
        placed = set(self.places.values()) | set(self.records.values()) | {i for v in self.named.values() for i in v}
        return [t.id for t in self.targets if t.id in placed]


def label_match(label: str, targets: list[Target], section: str | None) -> Match | None:
    """The item a label names (a key：value key, a row label of a plan laid out as a table), judged within the
    section being read. A label labels an item: one that is both a section's wording and, read within that section,
    one of its items' (「投資促進に向けた課題」 is section 5's alternative name and item (1)'s heading) is the item."""
    m = best_match(label, targets, current_section=section)
    if m is not None and m.target.parent is None and m.target.id != section:
        inner = best_match(label, targets, current_section=m.target.id)
        # the item's own wording, as close as the section's (its score less the bonus for its section's context)
        if inner is not None and inner.target.parent == m.target.id and inner.score - OWN_SECTION_BONUS >= max(
            WORDING_MATCH, m.score - AMBIGUITY_MARGIN
        ):
            return inner
    return m


def _section_id(item: str | None, targets: list[Target]) -> str | None:
    if item is None:
        return None
    t = next((x for x in targets if x.id == item), None)
    return None if t is None else (t.parent or t.id)


def _names_within(sec: Section) -> list[tuple[str, int | None]]:
    """What names the parts of a section: its sub-headings, else the labels of its labelled entries
    (「- **製品**：…」「核となる地域：…」)."""
    if sec.children:
        return [(c.heading or c.label, split_numbering(c.label).number) for c in sec.children]
    out: list[tuple[str, int | None]] = []
    for b in sec.blocks:
        if isinstance(b, KeyValue):
            out.append((b.key, None))
        elif isinstance(b, ListItem) and (kv := split_kv(b.text)):
            out.append((kv[0], None))
    return out


NAMES_READ = 12  # sub-headings or labels read to name a section (its first ones say what it is)


def _item_within(name: str, targets: list[Target], section: str, number: int | None = None) -> Target | None:
    """The item of `section` a sub-heading or label names: by its words, else by the noun it ends in."""
    m = best_match(name, targets, current_section=section, number=number)
    if m is not None:
        return m.target if m.target.parent == section else None
    return head_match(name, targets, section)


def _section_of_children(sec: Section, targets: list[Target], inherited: str | None) -> str | None:
    """The section a top-level heading stands for when its own words name none but its sub-headings or
    labelled entries name items of one section (「■ 何をつくるか」 over 「□ 対象とする製品」「□ その理由」):
    each section is tried as the context, and the one most of the names fall under wins."""
    if inherited is not None:
        return None
    names = _names_within(sec)[:NAMES_READ]
    if len(names) < 2:
        return None
    hits: dict[str, int] = {}
    for sid in (t.id for t in targets if t.parent is None):
        for name, number in names:
            if _item_within(name, targets, sid, number) is not None:
                hits[sid] = hits.get(sid, 0) + 1
    if not hits:
        return None
    ranked = sorted(hits.items(), key=lambda kv: -kv[1])
    top, n = ranked[0]
    unique = len(ranked) == 1 or ranked[1][1] < n
    if len(names) >= 2 and n >= 2 and n * 2 > len(names) and unique:
        return top
    return None


def _numbered_section(sec: Section, targets: list[Target], inherited: str | None) -> str | None:
    """A numbered chapter in words of its own (「3 いまの姿と、5年後・10年後の姿」) whose number is a section's and
    a sub-heading or label of which names one of that section's items stands for that section: the number and the
    item agree. (A placement, not evidence of the plan type: the type guess counts headings that name items.)"""
    number = split_numbering(sec.label).number
    if inherited is not None or number is None:
        return None
    section = next((t.id for t in targets if t.parent is None and t.number == number), None)
    names = _names_within(sec)[:NAMES_READ]
    if section is None:
        return None
    hits = {
        sid: sum(_item_within(name, targets, sid, n) is not None for name, n in names)
        for sid in (t.id for t in targets if t.parent is None)
    }
    # the numbered section must be named at least as often as any other (the number then breaks the tie)
    return section if hits[section] >= 1 and hits[section] >= max(hits.values()) else None


def _numbered_part(sec: Section, targets: list[Target], inherited: str | None, number: int | None) -> str | None:
    """A numbered chapter that joins words of its own to a section's name (「6．部品の調達と「地元化」は？」): the section
    one of its parts names clearly, when the chapter's number is that section's."""
    if inherited is not None or number is None:
        return None
    for part in split_parts(sec.heading or sec.label):
        own = best_match(part, targets, number=number)
        if own is not None and own.target.parent is None and own.target.number == number and own.score >= PART_MATCH:
            return own.target.id
    return None


def _merged(sec: Section, targets: list[Target], inherited: str | None, m: Match | None) -> tuple[str, tuple[str, ...]] | None:
    """(place, other items named) for a heading that joins several items of one section (heading_parts): a
    chapter heading stands for the section and names its items; under the section it is placed at the first item
    named and names the others. None when the parts do not agree with where the heading stands."""
    current = _section_id(inherited, targets)
    found = named_items(sec.heading or sec.label, targets, current)
    if found is None:
        return None
    section, items = found
    if m is not None and (m.target.parent or m.target.id) != section:
        return None  # the whole heading names another section: the parts do not decide it
    if current is None:
        return section, tuple(items)
    if current != section:
        return None
    return items[0], tuple(items[1:])


def _part_here(sec: Section, targets: list[Target], inherited: str | None, m: Match, number: int | None) -> Match | None:
    """For a heading under a section that joins words naming an item there and an item elsewhere (「構想と数値目標
    （KGI）」): the match of the part that names the item of the section it stands under; None otherwise."""
    current = _section_id(inherited, targets)
    if current is None or (m.target.parent or m.target.id) == current:
        return None
    for part in split_parts(sec.heading or sec.label):
        if part == (sec.heading or sec.label):
            return None  # nothing joins the heading's words
        own = best_match(part, targets, current_section=current, number=number)
        if own is not None and own.target.parent == current and own.score >= PART_MATCH:
            return own
    return None


def _assign(doc: Document, targets: list[Target]) -> tuple[dict[int, str], dict[int, tuple[str, ...]], int]:
    """Place every section; return the places, the items merged headings name, and how many headings matched an
    item or section."""
    places: dict[int, str] = {}
    named: dict[int, tuple[str, ...]] = {}
    matched = 0
    stack: list[tuple[Section, str | None]] = [(s, None) for s in reversed(doc.sections)]
    while stack:
        sec, inherited = stack.pop()
        num = split_numbering(sec.label)
        if num.number is None and inherited is None and cover_title_type(sec.heading or "", kbview.type_names()):
            stack.extend((c, None) for c in reversed(sec.children))  # the plan's name over the cover (「長崎県地域産業
            continue  # クラスター計画」 set as a heading) places nothing
        # a chapter under no section is numbered as a section is: its number says nothing of an item's (a chapter 「2.」
        # of a plan in chapters of its own is not item (2) of section 2)
        m = best_match(sec.heading or sec.label, targets, current_section=_section_id(inherited, targets), number=num.number,
                       top_level_hint=True if inherited is None else None)
        by_children = _section_of_children(sec, targets, inherited)
        merged = _merged(sec, targets, inherited, m)
        if m is not None and (own := _part_here(sec, targets, inherited, m, num.number)) is not None:
            m = own  # 「２．構想と数値目標（KGI）」 under 計画の概要: its first part, 計画の構想, is where it stands
        if by_children is not None and (m is None or m.target.parent == by_children):
            place: str | None = by_children
            if merged is not None and merged[0] == by_children:
                named[id(sec)] = merged[1]  # 「課題 → 講じる政策」 over its bullets: both items are there
        elif merged is not None:
            place, named[id(sec)] = merged
        elif m is None and (numbered := _numbered_section(sec, targets, inherited)) is not None:
            place = numbered
        elif m is None and (part := _numbered_part(sec, targets, inherited, num.number)) is not None:
            place = part
        elif m is None and (current := _section_id(inherited, targets)) is not None:
            # a sub-heading in words of its own: the item of its section whose wordings end in its head noun
            head = head_match(sec.heading or sec.label, targets, current)
            place = head.id if head is not None else inherited
        else:
            place = m.target.id if m is not None else inherited
        matched += m is not None or by_children is not None
        if place is not None:
            places[id(sec)] = place
            if extra := tuple(i for i in itemless_sections(sec.heading or sec.label, targets, _section_id(inherited, targets)) if i != place):
                named[id(sec)] = named.get(id(sec), ()) + extra
        stack.extend((c, place) for c in reversed(sec.children))
    return places, named, matched


def _group_section(cell: str, targets: list[Target]) -> str | None:
    """The section a numbered cell of a column grouping a plan's rows names (「2 区域」 for 地域産業クラスターの形成を目指す
    区域): its number is the section's and its words are read as that section's."""
    number = split_numbering(cell).number
    if number is None or not 0 < len(cell) <= 40:
        return None
    m = best_match(cell, targets, number=number)
    return m.target.id if m is not None and m.target.parent is None and m.target.number == number else None


def _layout_hits(b: Table, col: int, targets: list[Target]) -> dict[int, str]:
    """The records whose label in column `col` names a 記載項目 (items of one section follow each other)."""
    hits: dict[int, str] = {}
    current = None
    matched: dict[tuple[str, str | None], Match | None] = {}  # a long table repeats its labels: each is judged once
    for i, rec in enumerate(b.data_records()):
        if b.orientation == "rows" and band(rec) is not None:
            continue  # a band (「【KGI】」 across the row) classes the rows under it: it names no item of the plan
        cells = list(rec.values()) if b.orientation == "rows" else [next(iter(rec.keys()), "")]
        label = cells[col] if col < len(cells) else ""
        if col > 0 and (group := _group_section(cells[0], targets)) is not None:
            current = group  # 「2 区域 | (3) 特定の理由」: the grouping cell says which section the label is read in
        if 0 < len(label) <= 40 and (label, current) not in matched:
            matched[label, current] = label_match(label, targets, current)
        m = matched.get((label, current))
        if m is not None and m.score >= LAYOUT_MATCH:
            hits[i] = m.target.id
            current = m.target.parent or m.target.id
    return hits


def _layout_records(doc: Document, targets: list[Target]) -> dict[tuple[int, int], str]:
    """A table whose first column names 記載項目, one per row (the plan written as one table): three rows at
    least, naming three different items. The labels may stand in the second column, after a column grouping
    the rows (「区分｜項目｜内容」: 核となる投資案件 ｜ 投資総額 ｜ 約1,280億円); the column naming more items wins."""
    out: dict[tuple[int, int], str] = {}
    for b in doc.preamble + tuple(b for _, bs in doc.walk() for b in bs):
        if not isinstance(b, Table) or len(b.records) < 3:
            continue
        cols = (0, 1) if b.orientation == "rows" else (0,)
        hits = max((_layout_hits(b, c, targets) for c in cols), key=lambda h: len(set(h.values())))
        # rows naming three different items: a column repeating one or two names (「区分」 KGI / KGI / KPI)
        # classes the rows of a table of indicators, it does not lay the plan out
        if len(hits) >= 3 and len(set(hits.values())) >= 3:
            out.update({(id(b), i): t for i, t in hits.items()})
    return out


def build_outline(doc: Document, plan_type: str | None = None, prefer: str | None = None) -> Outline:
    """The outline of a document, for a given plan type or the one it states or resembles (of types whose headings
    match about as well, `prefer` when it is one of them)."""
    t, source = (plan_type, "given") if plan_type else stated_type(doc)
    scores: dict[str, int] = {}
    if t is None:
        scores = {tid: _assign(doc, list(kbview.targets(tid)))[2] for tid in sorted(kbview.type_names())}
        t, source = guessed_type(scores, prefer)
    targets = list(kbview.targets(t)) if t else []
    places, named, _ = _assign(doc, targets) if targets else ({}, {}, 0)
    return Outline(t, source, targets, places, _layout_records(doc, targets) if targets else {}, scores, named)
