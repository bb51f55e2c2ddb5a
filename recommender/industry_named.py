"""Whether a desk question is about the business a measure is aimed at (`Measure.industries`).

A measure of a strategic field for the makers of something (船舶や港湾荷役機械の生産能力拡大, フードテックの設備) fits a question whose
asker is in that business (造船所の設備を増やしたい, 陸の水槽でサーモンを育てたい). A question that only names the
thing as the equipment it buys or updates (当港のコンテナクレーンを更新したい, 瓶詰めの機械を入れたい) or a plain
food factory (食品工場が建屋と機械を増やす) is not: the measure's words in it (クレーン, 機械) are incidental, and the
measure counts UNNAMED_SHARE of its score. The industry is named when one of its words is a word of the question
(a whole token or one of its short units: 造船|所), the name or another name of a product the question was
classified into (陸上養殖, read from 「陸の水槽で…育てる」), or a sector outside the fields the measure serves
(`Measure.sectors`) the question is clearly about (みかん農家 is 農業, though みかん is no word of the list).
"""

from __future__ import annotations

from chiiki_mirai.knowledge.loader import KnowledgeBase
from chiiki_mirai.recommender.kb_indexes import built_once
from chiiki_mirai.recommender.tokenize import fold, split_a, tokens

UNNAMED_SHARE = 0.5
SECTOR_NAMED = 0.5  # a sector outside the 17 fields the question is classified into this clearly names its business


def question_words(text: str) -> set[str]:
    """The folded forms of the question's tokens and of their short units (造船所 → 造船所, 造船, 所)."""
    out: set[str] = set()
    for t in tokens(text):
        out |= {fold(t.surface), fold(t.norm)} | {fold(u) for u in split_a(t.surface)}
    return out


def product_names(kb: KnowledgeBase, cls) -> set[str]:
    """The folded names and other names of the products the question was classified into, but for a product named
    only as a thing the question uses (コンテナクレーンを導入, classify's uses): the asker's equipment, not its business."""
    out: set[str] = set()
    used = set(cls.uses)
    for f in cls.fields:
        known = {p.id: p for p in kb.field_by_number[f.number].products}
        for p in f.products:
            if p.id in known and not (p.terms and set(p.terms) <= used):
                out |= {fold(x) for x in (known[p.id].name, *known[p.id].synonyms)}
    return out


def aimed(kb: KnowledgeBase) -> list[tuple[str, frozenset[str], frozenset[str]]]:
    """(measure id, its industries folded, its sectors) of the measures of a field aimed at industries. A measure for a
    region's own farm and food products names no field: its industries are a plan's ways of saying them (焼酎, 漬物 and
    発酵食 are food too), not a list a desk question must use."""
    return built_once(kb, "_desk_industries", lambda: [
        (mid, frozenset(fold(w) for w in m.industries), frozenset(m.sectors))
        for mid, m in sorted(kb.measures.items()) if m.industries and m.fields])


def unnamed_industry(kb: KnowledgeBase, text: str, cls) -> set[str]:
    """The measures aimed at industries the question does not name."""
    measures = aimed(kb)
    if not measures:
        return set()
    words = question_words(text)
    names = product_names(kb, cls)
    sectors = {o[0] for o in cls.outside if o[2] >= SECTOR_NAMED}
    return {mid for mid, wanted, served in measures
            if not (wanted & words or sectors & served or any(w in n for w in wanted for n in names))}

