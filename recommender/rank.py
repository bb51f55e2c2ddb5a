"""Rank support measures for a plan: what the plan needs, the type's menu, fields, gaps, graph.

Each measure's score adds up evidence a planner can check, each part kept as a `Link` so the
explanation (explain.py) names the actual drivers:
- theme: how much of the plan is about the needs the measure serves (themes.py: weighted cue
  counts relative to the plan's main need), the measure's themes shared 1/sqrt(n) so that a
  measure for one need is closer to it than one for many;
- menu: the plan type's own support menu (Measure.menu_for: the guidance's ③支援メニュー例 or the
  overview table's 支援策(例));
- benefit: what the published plan itself obtains (Measure.plan_benefit_for: the guidance's 支援メニュー
  の活用プロセス — 地域未来交付金の優先採択, 審査上の考慮), whatever else the plan is about;
- field / product: the strategic fields and products the plan matches, shared 1/sqrt(n) over the
  fields the measure targets; sector: a sector outside the 17 fields (Measure.sectors), not shared;
- gap: each requirement/check the plan does not meet gives a boost divided among the measures
  that help close it (IDF-like: the measure for a rare gap gains more);
- text: the measure's own name, aliases or keywords written in the plan (a problem named in the
  課題 section, 「産業用地の不足」, weighs most);
- ppr: personalised PageRank from the plan's nodes, a small tie-breaker computed by power iteration
  on a sparse matrix built once per knowledge base (nx.pagerank per call is ~100× slower).
Measures for another plan type or aimed only at fields the plan does not touch are left out.
Conditions are evaluated against plan facts; an unmet one lowers the score slightly and is shown
with the recommendation, never hidden. Ties are broken by id."""

from __future__ import annotations

import heapq

import numpy as np

from chiiki_mirai.knowledge.loader import KnowledgeBase
from chiiki_mirai.knowledge.schema import Measure
from chiiki_mirai.recommender.graph_index import graph_index
from chiiki_mirai.recommender.links import (
    by_weight,
    field_links,
    gap_links,
    menu_fit,
    term_places,
    text_links,
    theme_links,
)
from chiiki_mirai.recommender.measure_index import MeasureIndex, fold_text, measure_index
from chiiki_mirai.recommender.ranking_model import Link, Scored, Signals
from chiiki_mirai.recommender.weights import UNMET_PENALTY, W_BENEFIT, W_MENU, W_PPR, W_TYPE_SPECIFIC

# a top-N list should cover the plan's different needs: each measure already listed with the same
# main driver (e.g. talent) lowers the next one's score by this much
DIVERSITY = 0.12


def main_driver(s: Scored) -> tuple[str, str]:
    """The need that most drives a measure (the menu, the plan's benefit and PageRank are not needs)."""
    lk = next((lk for lk in s.links if lk.kind not in ("ppr", "menu", "benefit")), None)
    return (lk.kind, lk.ref) if lk else ("", "")


def diversify(scored: list[Scored], top: int) -> list[Scored]:
    """Greedy re-ranking: the next pick is the best score after a penalty per listed measure sharing its main driver."""
    return _diversify(scored, top)[0]


def _diversify(scored: list[Scored], top: int) -> tuple[list[Scored], list[float]]:
    """diversify, with the penalised score each pick had when it was picked.

    Measures sharing a main driver carry the same penalty, so only the best of each driver group
    competes; a heap of the group heads keyed (-(score - penalty), id) picks exactly what comparing
    every measure would.
    """
    groups: dict[tuple[str, str], list[Scored]] = {}
    for s in sorted(scored, key=lambda s: (-s.score, s.measure.id)):
        groups.setdefault(main_driver(s), []).append(s)
    heads = dict.fromkeys(groups, 0)
    heap = [(-(g[0].score - DIVERSITY * 0), g[0].measure.id, d) for d, g in groups.items()]
    heapq.heapify(heap)
    picked: list[Scored] = []
    values: list[float] = []
    seen: dict[tuple[str, str], int] = {}
    while heap and (not top or len(picked) < top):
        key, _, d = heapq.heappop(heap)
        group = groups[d]
        group[heads[d]].rank_score = -key
        picked.append(group[heads[d]])
        values.append(-key)
        seen[d] = seen.get(d, 0) + 1
        heads[d] += 1
        if heads[d] < len(group):
            nxt = group[heads[d]]
            heapq.heappush(heap, (-(nxt.score - DIVERSITY * seen[d]), nxt.measure.id, d))
    return picked, values


def score_measure(
    m: Measure, sig: Signals, kb: KnowledgeBase, midx: MeasureIndex, helpers: dict[str, int],
    places: dict[str, tuple[float, str]], ppr: dict[str, float], facts: dict[str, object] | None,
    filters: dict[str, str | None],
) -> Scored | None:
    """The measure's score with its links, or None when it is filtered out or nothing points at it."""
    mid = m.id
    if sig.plan_type and sig.plan_type not in m.plan_types:
        return None
    own_words = sig.extra.get(mid, [])
    if (m.fields and not own_words and not (midx.fields[mid] & set(sig.fields))
            and not (midx.products[mid] & set(sig.products))):
        return None  # aimed at other fields only
    if filters.get("ministry") and filters["ministry"] not in (m.ministry, *m.co_ministries):
        return None
    if filters.get("category") and m.category != filters["category"]:
        return None
    if filters.get("field") and m.fields and int(filters["field"]) not in m.fields:
        return None
    links = theme_links(m, sig) + field_links(m, sig, kb) + gap_links(m, sig, helpers)
    links += text_links(midx.terms[mid], places) if places else []
    links += own_words
    if sig.plan_type and sig.plan_type in m.menu_for:
        links.append(Link("menu", sig.plan_type, "", W_MENU * menu_fit(m, sig)))
    if sig.plan_type and sig.plan_type in m.plan_benefit_for:
        links.append(Link("benefit", sig.plan_type, "", W_BENEFIT))
    relevance = sum(lk.contribution for lk in links)
    if relevance <= 0:
        return None  # only measures something in the plan points at are candidates
    p = ppr.get(f"measure:{mid}", 0.0)
    links.append(Link("ppr", "", "", W_PPR * p))
    conds = []
    penalty = 0.0
    for c in m.conditions:
        met = None
        if c.fact and facts is not None:
            v = facts.get(c.fact)
            met = None if v is None else bool(v)
        if met is False:
            penalty += UNMET_PENALTY
        conds.append({"id": c.id, "text": c.text, "met": met, "fact": c.fact})
    type_bonus = W_TYPE_SPECIFIC * (3 - len(m.plan_types))
    score = (relevance + W_PPR * p + type_bonus - penalty) * min(sig.scale.get(mid, 1.0), 1.0)
    links.sort(key=lambda lk: (-lk.contribution, lk.kind, lk.ref))
    return Scored(m, round(score, 6), links, conds)


BATCH = 16  # measures scored before the stopping rule is first checked; doubles after each check


def rank_measures(
    kb: KnowledgeBase,
    sig: Signals,
    facts: dict[str, object] | None = None,
    top: int = 10,
    filters: dict[str, str | None] | None = None,
) -> list[Scored]:
    """The top measures after diversify, scoring only the measures that can reach the top.

    Candidates are scored in the order of an upper bound of their score (a measure's penalised
    score in diversify is never above its score, nor its score above its bound). Once diversify
    over the measures scored so far picks `top` measures each strictly above the bound of the next
    unscored one, no unscored measure could have been picked at any step: the result is the same
    as scoring them all, ties included.
    """
    gidx = graph_index(kb)
    midx = measure_index(kb)
    seeds = sig.seeds()
    ppr = gidx.ppr(seeds.weights)
    helpers = midx.helpers.get(sig.plan_type, midx.helpers[None])
    segments = by_weight([(fold_text(t), w, label) for t, w, label in sig.segments])
    places = term_places(segments, midx) if segments else {}
    filters = filters or {}
    bounds = midx.upper_bounds(sig, ppr, places, helpers)
    rows = np.flatnonzero(bounds > -np.inf)
    rows = rows[np.lexsort((rows, -bounds[rows]))]  # best bound first, then id order
    out: list[Scored] = []
    done, batch = 0, BATCH
    while done < len(rows):
        for i in rows[done : done + batch]:
            s = score_measure(kb.measures[midx.ids[i]], sig, kb, midx, helpers, places, ppr, facts, filters)
            if s is not None:
                out.append(s)
        done += batch
        batch *= 2
        if top and done < len(rows):
            nxt = bounds[rows[done]]
            if sum(1 for s in out if s.score > nxt) >= top:  # cheap necessary condition first
                picked, values = _diversify(out, top)
                if len(picked) == top and min(values) > nxt:
                    return picked
    return diversify(out, top)
