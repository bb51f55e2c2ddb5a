"""The measures a plan names itself: every name a measure can be named by, and where a statement names one.

A measure is named by its official name, its proper names (`Measure.proper_names`) or the plan's own wording
(`Measure.name_patterns`). A name inside a longer name of another measure counts for the longer one only (地域未来交付金
inside 地域未来交付金等による地域基盤の再構築); a name several measures share goes first by the use written with it
(`Measure.shared_name_uses`), then to the one listed for the plan's type; a prescribed section heading written as a
label (「（３）地場産業を支える仕組みづくり：…」) names no measure.
"""

from __future__ import annotations

import re
from dataclasses import replace

from chiiki_mirai.knowledge.loader import KnowledgeBase
from chiiki_mirai.knowledge.schema import SharedNameUses
from chiiki_mirai.recommender.kb_indexes import built_once
from chiiki_mirai.recommender.lexicon import bucket_by_prefix
from chiiki_mirai.recommender.plan_statements import Statement
from chiiki_mirai.recommender.plan_words import norm

# what may stand before a heading written inline: numbering and brackets (（３）, 5-3, ③, ア)
LABEL_BEFORE = re.compile(r"[\s\d０-９一二三四五六七八九十()（）\[\]【】①-⑳.．、・\-－ーアイウエオ]*")


class NameIndex:
    """Per knowledge base: every name a measure can be named by (normalised), and every object word."""

    def __init__(self, kb: KnowledgeBase):
        self.names: dict[str, list[tuple[str, bool]]] = {}  # name → [(measure id, proper name?)]
        for m in kb.measures.values():
            official = [m.name, re.sub(r"[（(].*?[）)]", "", m.name)]
            for n, proper in [(x, False) for x in official] + [(x, True) for x in m.proper_names]:
                key = norm(n)
                if len(key) >= 3 and (m.id, proper) not in self.names.get(key, []):
                    self.names.setdefault(key, []).append((m.id, proper))
        # names written as patterns (Measure.name_patterns): the plan's own wording of a programme
        self.patterns = [(m.id, re.compile(p)) for m in kb.measures.values() for p in m.name_patterns]
        self.types = {m.id: set(m.plan_types) for m in kb.measures.values()}
        self.shared_uses = {m.id: m.shared_name_uses for m in kb.measures.values() if m.shared_name_uses}
        # the firms a programme is for (Measure.for_firms) are read as objects are: in what the plan stands behind
        self.measure_firms = {m.id: frozenset(norm(w) for w in m.for_firms.words) for m in kb.measures.values()
                              if m.for_firms}
        self.objects = {norm(o) for m in kb.measures.values() for o in m.objects}
        self.objects |= {w for words in self.measure_firms.values() for w in words}
        self.measure_objects = {m.id: frozenset(norm(o) for o in m.objects) for m in kb.measures.values()}
        self.measure_industries = {m.id: frozenset(norm(o) for o in m.industries) for m in kb.measures.values()}
        self.name_buckets = bucket_by_prefix(self.names)
        # the section headings the plan types prescribe: a name that is one of them, written as a label, is the
        # heading (地場産業を支える仕組みづくり), not the measure of that name
        forms = {norm(h) for pt in kb.plan_types.values() for sec in pt.sections for item in [sec, *sec.items]
                 for h in [item.heading, *item.alt_headings]}
        self.headings = forms & set(self.names)
        # every prescribed heading, longest first: the form's words in a plan's heading (`as_written`)
        self.form_headings = tuple(sorted(forms, key=lambda h: (-len(h), h)))
        # ASCII words (AI, DX) need word boundaries and one-character words escape the two-character buckets
        self.object_buckets = bucket_by_prefix(o for o in self.objects if not o.isascii() and len(o) > 1)


def name_index(kb: KnowledgeBase) -> NameIndex:
    return built_once(kb, "_plan_name_index", lambda: NameIndex(kb))


def named_in(st: Statement, idx: NameIndex, plan_type: str | None, names: list[str]) -> list[tuple[str, str]]:
    """(measure id, matched name) for each measure the statement names; longest names win, type breaks ties.

    names: the names that occur somewhere in the plan (only those are searched for)."""
    spans: dict[tuple[int, int], dict[str, str]] = {}  # (start, end) → measure id → the name matched there
    for name in names:
        if name not in st.norm:
            continue
        owners = [mid for mid, proper in idx.names[name] if st.kind != "own" or proper]  # the plan's own desk
        start = st.norm.find(name)                                                       # is not the national one
        while start >= 0 and owners:
            if not (name in idx.headings and as_label(st.norm, start, start + len(name))):
                spans.setdefault((start, start + len(name)), {}).update(dict.fromkeys(owners, name))
            start = st.norm.find(name, start + 1)
    out: dict[str, str] = {}
    for (s, e), mids in sorted(spans.items()):
        longer = [m for (s2, e2), m in spans.items() if s2 <= s and e <= e2 and e2 - s2 > e - s]
        kept = {mid: name for mid, name in mids.items() if not any(set(m) - {mid} for m in longer)}
        if len(kept) > 1:
            kept = {mid: name for mid, name in kept.items() if not used_otherwise(idx.shared_uses.get(mid), st.norm)}
        if len(kept) > 1 and plan_type:
            fitting = {mid for mid in kept if plan_type in idx.types.get(mid, set())}
            kept = {mid: name for mid, name in kept.items() if mid in fitting} if fitting else kept
        for mid, name in kept.items():
            out.setdefault(mid, name)
    return list(out.items())


def used_otherwise(uses: SharedNameUses | None, text: str) -> bool:
    """Whether a statement naming a shared name says it is for another owner's uses only (none of this measure's)."""
    return bool(uses) and any(w in text for w in uses.other_uses) and not any(w in text for w in uses.uses)


def named_by_pattern(st: Statement, idx: NameIndex) -> list[tuple[str, str]]:
    """(measure id, the words matched) for each measure the statement names in the plan's own wording
    (`Measure.name_patterns`: 「小山工業高等専門学校の実装系コース新設に係る体制・機能強化」)."""
    return [(mid, m.group(0)) for mid, pat in idx.patterns if (m := pat.search(st.norm))]


def as_written(st: Statement, idx: NameIndex) -> Statement:
    """The statement as the plan wrote it: a heading (or a line that is only a prescribed heading, `is_form_label`)
    without the words the plan type prescribes for it (the 仕組みづくり of 「（３）仕組みづくり」 is the form's, not the
    plan's; 「（３）地場産業を支える仕組みづくり（公共施設の集約）」 keeps 公共施設の集約). Other statements are as they are. What the measures' objects are looked for in."""
    if not st.heading and not is_form_label(st.norm, idx):
        return st
    text = st.norm
    for h in idx.form_headings:
        text = text.replace(h, " ")
    return replace(st, norm=text)


def is_form_label(text: str, idx: NameIndex) -> bool:
    """Whether a line is only a heading the plan type prescribes, written as a label (a summary table's row
    「地場産業を支える仕組みづくり」, 「（３）仕組みづくり：」): the form's words, as a heading is."""
    bare = LABEL_BEFORE.sub("", text, count=1).rstrip(":：")
    return bare in idx.form_headings


def as_label(text: str, start: int, end: int) -> bool:
    """Whether text[start:end] stands as a label: only numbering before it, a colon or nothing after it
    (「（３）地場産業を支える仕組みづくり：…」 is the section's heading written inline, not a measure named)."""
    return bool(LABEL_BEFORE.fullmatch(text[:start])) and (end == len(text) or text[end] in ":：")
