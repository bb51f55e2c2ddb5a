"""The parts of a measure's score, each a Link the explanation names: theme, field/product/sector, gap, text, menu fit."""

from __future__ import annotations

import math

from chiiki_mirai.knowledge.loader import KnowledgeBase
from chiiki_mirai.knowledge.schema import Measure
from chiiki_mirai.recommender.lexicon import occurring
from chiiki_mirai.recommender.measure_index import MeasureIndex, with_compounds
from chiiki_mirai.recommender.ranking_model import Link, Signals
from chiiki_mirai.recommender.weights import (
    CROSS_CUTTING_CATEGORIES,
    GAP_CAP,
    MENU_FIT_STRENGTH,
    PRODUCT_BONUS,
    TERM_WEIGHT,
    TEXT_FULL_WEIGHT,
    THEME_CAP,
    W_FIELD,
    W_GAP,
    W_SECTOR,
    W_TEXT,
    W_THEME,
)


def theme_links(m: Measure, sig: Signals) -> list[Link]:
    share = 1.0 / math.sqrt(max(len(m.themes), 1))
    out = []
    for t in m.themes:
        ts = sig.themes.get(t)
        if ts and ts.strength > 0:
            origin = "・".join(ts.cues[:3])
            gaps = [g for g in sig.gap_themes.get(t, []) if g in m.helps]
            detail = {"strength": ts.strength, "where": ts.where, "gaps": gaps}
            # a need read from a gap that the measure is declared to help close counts fully: the
            # measure answers exactly that need, however many other themes it also serves
            out.append(Link("theme", t, origin, W_THEME * ts.strength * (1.0 if gaps else share), detail))
    total = sum(lk.contribution for lk in out)
    if total > THEME_CAP:  # scale down, keep the proportions for the explanation
        for lk in out:
            lk.contribution *= THEME_CAP / total
    return out


def field_links(m: Measure, sig: Signals, kb: KnowledgeBase) -> list[Link]:
    out = []
    fshare = 1.0 / math.sqrt(max(len(m.fields), 1))
    for n in m.fields:
        if n in sig.fields:
            w, word = sig.fields[n]
            out.append(Link("field", str(n), word, W_FIELD * min(w, 1.0) * fshare))
    pshare = 1.0 / math.sqrt(max(len(m.products), 1))
    for p in m.products:
        if p in sig.products:
            w, word = sig.products[p]
            out.append(Link("product", p, word, W_FIELD * PRODUCT_BONUS * min(w, 1.0) * pshare,
                            {"field": kb.product_field.get(p)}))
    for sec in m.sectors:
        if sec in sig.sectors:
            w, name = sig.sectors[sec]
            out.append(Link("sector", sec, name, W_SECTOR * min(w, 1.0)))
    if not out:
        return []
    out.sort(key=lambda lk: (-lk.contribution, lk.ref))
    return [out[0]] + [Link(lk.kind, lk.ref, lk.origin, 0.15 * lk.contribution, lk.detail) for lk in out[1:]]


def gap_links(m: Measure, sig: Signals, helpers: dict[str, int]) -> list[Link]:
    out = []
    for g in sig.gaps:
        if g in m.helps:
            out.append(Link("gap", g, "", W_GAP / math.sqrt(max(helpers.get(g, 1), 1)), {"helpers": helpers.get(g, 1)}))
    total = sum(lk.contribution for lk in out)
    if total > W_GAP * GAP_CAP:
        for lk in out:
            lk.contribution *= W_GAP * GAP_CAP / total
    return out


def by_weight(segments: list[tuple[str, float, str]]) -> list[tuple[str, float, str]]:
    """The folded segments joined per weight, heaviest first: (text, weight, label of the heaviest part)."""
    groups: dict[float, tuple[list[str], str]] = {}
    for text, w, label in segments:
        groups.setdefault(w, ([], label))[0].append(text)
    return [("\n".join(texts), w, label) for w, (texts, label) in sorted(groups.items(), key=lambda x: -x[0])]


def term_places(grouped: list[tuple[str, float, str]], midx: MeasureIndex) -> dict[str, tuple[float, str]]:
    """Each measure term written in the plan → (weight, label) of the heaviest segment group holding it.

    Terms hold no whitespace, so one search over the groups joined by newlines finds exactly the
    terms that occur in some group. Each group is searched with its copy without noun-joining
    particles (with_compounds): 「用地の不足」 holds the term 用地不足.
    """
    grouped = [(with_compounds(text), w, label) for text, w, label in grouped]
    places: dict[str, tuple[float, str]] = {}
    for f in occurring("\n".join(text for text, _, _ in grouped), midx.term_buckets):
        for text, w, label in grouped:  # heaviest first: the first hit is the best place
            if f in text:
                places[f] = (w, label)
                break
    return places


def text_links(terms: list[tuple[str, str, str]], places: dict[str, tuple[float, str]]) -> list[Link]:
    """The measure's own words in the plan: strongest first; a term inside a longer found term counts once."""
    found: list[tuple[float, str, str, str]] = []
    for f, written, kind in terms:
        place = places.get(f)
        if place is None or any(f in longer for _, _, longer, _ in found):
            continue
        w, label = place
        c = TERM_WEIGHT[kind] * min(w / TEXT_FULL_WEIGHT, 1.0)
        found.append((c, written, f, label))
    found.sort(key=lambda x: (-x[0], x[1]))
    out, p = [], 1.0
    for c, written, _, label in found[:3]:
        before = 1.0 - p
        p *= 1.0 - min(c, 0.95)
        out.append(Link("text", written, label, W_TEXT * ((1.0 - p) - before)))
    return out


def menu_fit(m: Measure, sig: Signals) -> float:
    if m.category in CROSS_CUTTING_CATEGORIES:
        return 1.0
    best = max((sig.themes[t].strength for t in m.themes if t in sig.themes), default=0.0)
    return min(1.0, best / MENU_FIT_STRENGTH)
