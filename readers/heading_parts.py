"""The 記載項目 a heading names when it joins several of them (「核となる企業と特定の理由」「勝ち筋と取組の具体像」
「数値目標（KGI）と進捗管理指標（KPI）」).

Offices merge neighbouring 記載項目 under one heading of their own wording. The heading is cut where its
words are joined — the particle と between two nouns (not the と of 「核となる」「…とする」), 及び / 並びに, the
comma 、 and the 中黒 ・ (「設定の根拠・効果検証」) — read as SudachiPy tokens, and each part is matched to the plan
type's 記載項目 like a heading of its own. The parts name the items when they name two or more items of one
section. A heading that is itself a wording of one 記載項目 (the template's 「勝ち筋の特定と投資の具体像」 is
section 4) names that one only: copied from the template, it says nothing of where each item is written.
"""

from __future__ import annotations

from functools import lru_cache

from chiiki_mirai.core.text.normalize import nfkc
from chiiki_mirai.core.text.sudachi import tokenizer
from chiiki_mirai.readers.headings import Match, Target, best_match, canonical, clean_heading, split_numbering

MAX_HEADING = 60  # longer lines are sentences, not headings that merge items
PART_MATCH = 78.0  # each part must name its item clearly (as a key：value label must)
# と followed by these verbs is a complement (「核となる」「対象とする」「…という」), not a join
_COMPLEMENT_VERBS = frozenset({"成る", "為る", "言う", "共に", "同時"})
_JOINING_WORDS = frozenset({"及び", "および", "並びに", "ならびに"})


@lru_cache(maxsize=4096)
def split_parts(heading: str) -> tuple[str, ...]:
    """The parts of a heading between the words that join them; one part when nothing joins."""
    text = nfkc(split_numbering((heading or "").strip()).rest).strip()
    if not text or len(text) > MAX_HEADING:
        return (text,) if text else ()
    morphs = list(tokenizer().tokenize(text))
    parts: list[str] = []
    current: list[str] = []
    for i, m in enumerate(morphs):
        surface, pos = m.surface(), m.part_of_speech()
        nxt = morphs[i + 1] if i + 1 < len(morphs) else None
        # (a slide's 「課題 → 講じる政策」 and 「KPI／撤退基準」 join two parts as 「及び」 does)
        joins = surface in _JOINING_WORDS or surface in ("、", "・", "→", "⇒", "／") or (
            surface == "と"
            and pos[0] == "助詞"
            and current
            and nxt is not None
            and nxt.normalized_form() not in _COMPLEMENT_VERBS
            and nxt.part_of_speech()[0] not in ("助動詞", "助詞")
        )
        if joins:
            if current:
                parts.append("".join(current))
            current = []
        else:
            current.append(surface)
    if current:
        parts.append("".join(current))
    return tuple(p for p in (x.strip() for x in parts) if p)


def _wording_of_one(heading: str, targets: list[Target]) -> bool:
    h = clean_heading(heading)
    forms = {h, canonical(h)}
    return any(f in t.wordings for t in targets for f in forms if f)


def named_items(heading: str, targets: list[Target], current_section: str | None) -> tuple[str, list[str]] | None:
    """(section id, the item ids in the heading's order) when the heading's parts name two or more items of one
    section; None otherwise (one item, items of different sections, or a wording of one 記載項目)."""
    parts = split_parts(heading)
    if len(parts) < 2 or _wording_of_one(heading, targets):
        return None
    found: list[Target | str] = []  # a target, or a part that named nothing (kept for its place in the heading)
    modifier = ""  # the words before the head noun of the last part that named an item (「核となる」 of 「核となる地域」)
    for part in parts:
        if len(clean_heading(part)) < 2:
            continue
        m = _part_match(part, modifier, targets, current_section)
        if m is not None and m.score >= PART_MATCH:
            modifier = _modifier(clean_heading(part)) or modifier
        if m is not None and m.score >= PART_MATCH and m.target not in found:
            found.append(m.target)
        elif m is None:
            found.append(clean_heading(part))
    named = [t for t in found if isinstance(t, Target)]
    sections = {t.parent or t.id for t in named}
    if len(sections) != 1:
        return None
    section = sections.pop()
    if all(t.id != section for t in named):  # (a part naming the section already stands for it)
        found = [_section_noun(t, section, targets) if isinstance(t, str) else t for t in found]
    named = list(dict.fromkeys(t for t in found if isinstance(t, Target)))
    items = [t.id for t in named if t.parent is not None]
    if len(named) < 2 or not items:
        return None
    return section, items


def _modifier(part: str) -> str:
    """The words a part puts before its head noun (「核となる」 of 「核となる地域」); "" when it is only a noun."""
    head = _head(part)
    return part[: -len(head)] if head and part.endswith(head) and len(part) > len(head) else ""


def _part_match(part: str, modifier: str, targets: list[Target], current_section: str | None) -> Match | None:
    """A part's match; a bare noun after a modified one shares its modifier (「核となる地域と事業者」 is 核となる地域
    and 核となる事業者) when the part alone names no item clearly."""
    m = best_match(part, targets, current_section=current_section)
    if modifier and (m is None or m.score < PART_MATCH) and _head(clean_heading(part)) == clean_heading(part):
        noun = clean_heading(part)
        shared = best_match(modifier + noun, targets, current_section=current_section)
        # (only when the noun is the matched item's own: 「核となる…と産業」 matched on 「核となる」 alone is none)
        if shared is not None and shared.score >= PART_MATCH and _names_noun(shared.target, noun):
            return shared
    return m


def _names_noun(target: Target, noun: str) -> bool:
    """The noun is the head of one of the item's wordings, or one of the nouns they are made of (not one every item
    shares, like 産業 or 地域)."""
    n = nfkc(noun)
    return n in _heads(target.wordings) or n in item_nouns(target.wordings)


def _section_noun(part: str, section: str, targets: list[Target]) -> Target | str:
    """A part that is only the noun the section's name ends in (「分野と特定の理由」: 分野 of 「…を支援する分野」) names
    the section, whose text straight under it is its first item: that item. Otherwise the part, naming nothing."""
    own = next((t for t in targets if t.id == section), None)
    first = next((t for t in targets if t.parent == section), None)
    if own is None or first is None or part not in _heads(own.wordings):
        return part
    return first


def _head(text: str) -> str | None:
    """The noun a heading ends in (its head: 「伸ばしていく製品」 → 製品), suffixes like 等 passed over; None when it ends
    in something else (a verb, a one-character noun)."""
    morphs = [m for m in tokenizer().tokenize(text) if m.surface().strip()] if text else []
    while morphs and morphs[-1].part_of_speech()[0] == "接尾辞":
        morphs.pop()
    if not morphs:
        return None
    last = morphs[-1]
    pos = last.part_of_speech()
    return last.surface() if pos[0] == "名詞" and pos[1] != "数詞" and len(last.surface()) >= 2 else None


@lru_cache(maxsize=4096)
def _heads(wordings: tuple[str, ...]) -> frozenset[str]:
    return frozenset(h for w in wordings if (h := _head(w)))


@lru_cache(maxsize=8192)
def _heading_head(heading: str) -> str | None:
    h = clean_heading(heading)
    return _head(h) if 0 < len(h) <= MAX_HEADING else None


def head_match(heading: str, targets: list[Target], section: str | None) -> Target | None:
    """Within a known section, the one item whose wordings end in the noun the heading ends in (「伸ばしていく製品」
    under section 1 is 「該当する製品」, 「計画を引っ張る企業」 under section 2 the company item): a paraphrase the fuzzy
    match cannot see, read by its head. None when no item, or more than one, ends so."""
    if section is None or (head := _heading_head(heading)) is None:
        return None
    found = [t for t in targets if t.parent == section and head in _heads(t.wordings)]
    return found[0] if len(found) == 1 else None


GENERIC_NOUNS = frozenset({"計画", "地域", "当該", "産業", "分野"})  # words every item of a plan shares


@lru_cache(maxsize=4096)
def item_nouns(wordings: tuple[str, ...]) -> frozenset[str]:
    """The nouns (two characters or more) an item's wordings are made of, less the ones every item shares: the
    words a line that writes the item tends to use (投資総額 → 投資, 総額)."""
    out: set[str] = set()
    for w in wordings:
        for m in tokenizer().tokenize(w):
            pos = m.part_of_speech()
            if pos[0] == "名詞" and pos[1] != "数詞" and len(m.surface()) >= 2:
                out.add(nfkc(m.surface()))
    return frozenset(out - GENERIC_NOUNS)


def itemless_sections(heading: str, targets: list[Target], current_section: str | None) -> tuple[str, ...]:
    """The sections without items of their own (「計画実行にあたり活用が想定される施策」) that a part of a joined heading
    names clearly, when another part names something else (「国の政策的対応のニーズ及び活用を想定する施策」): the
    heading writes them too, wherever it is placed."""
    parts = split_parts(heading)
    if len(parts) < 2 or _wording_of_one(heading, targets):
        return ()
    parents = {t.parent for t in targets if t.parent}
    found = [m.target for p in parts if len(clean_heading(p)) >= 2
             and (m := best_match(p, targets, current_section=current_section)) is not None and m.score >= PART_MATCH]
    # (of the template's numbered sections: 伴走支援体制 is a target for finding where the plan writes it, no 記載項目)
    itemless = [t.id for t in found if t.parent is None and t.id not in parents and t.id.rsplit(".", 1)[-1].isdigit()]
    return tuple(dict.fromkeys(itemless)) if len(found) > len(itemless) else ()
