"""Rank support measures for a plan: what the plan needs, the type's menu, fields, gaps, graph.

Each measure's score adds up evidence a planner can check, each part kept as a `Link` so the
explanation (explain.py) names the actual drivers:
- theme: how much of the plan is about the needs the measure serves (themes.py: weighted cue
  counts relative to the plan's main need), the measure's themes shared 1/sqrt(n) so that a
  measure for one need is closer to it than one for many;
- menu: the plan type's own support menu (Measure.menu_for: the guidance's ③支援メニュー例 or the
  overview table's 支援策(例));
- field / product: the strategic fields and products the plan matches, shared 1/sqrt(n) over the
  fields the measure targets;
- gap: each requirement/check the plan does not meet gives a boost divided among the measures
  that help close it (IDF-like: the measure for a rare gap gains more);
- text: the measure's own name, aliases or keywords written in the plan (a problem named in the
  課題 section, 「産業用地の不足」, weighs most);
- ppr: personalised PageRank from the plan's nodes, a small tie-breaker computed by power iteration
  on a sparse matrix built once per knowledge base (nx.pagerank per call is ~100× slower).
Measures for another plan type or aimed only at fields the plan does not touch are left out.
Conditions are evaluated against plan facts; an unmet one lowers the score slightly and is shown
with the recommendation, never hidden. Ties are broken by id.
"""

from __future__ import annotations

import math
import threading
import unicodedata
from dataclasses import dataclass, field

import numpy as np
import scipy.sparse as sp

from knowledge.graph import build_graph
from knowledge.loader import KnowledgeBase
from knowledge.schema import Measure
from recommender.themes import ThemeStrength

DAMPING = 0.85
ITERATIONS = 40
# the node kinds PageRank walks over (sources, contacts and definitions would connect everything)
WALK_KINDS = {"field", "product", "plan_type", "requirement", "check", "measure", "category", "theme", "ministry"}

W_THEME = 1.0
THEME_CAP = 1.5
# the plan type's menu: a cross-cutting instrument (交付金・財政措置, 審査上の考慮) applies to whatever the
# plan is about, so its listing counts fully; a need-specific one (観光, ES, 輸出) counts as far as the
# plan has that need
W_MENU = 0.8
CROSS_CUTTING_CATEGORIES = {"fiscal", "review_consideration"}
MENU_FIT_STRENGTH = 0.5  # a need this strong makes a need-specific menu entry fit fully
# a top-N list should cover the plan's different needs: each measure already listed with the same
# main driver (e.g. talent) lowers the next one's score by this much
DIVERSITY = 0.12
KEYWORD_MIN_CHARS = 3  # two-character keywords (大学, 雇用, 観光) are themes' job, too generic as evidence
W_FIELD = 1.0
PRODUCT_BONUS = 1.2  # a product is more specific than its field
W_GAP = 0.6
GAP_CAP = 1.0
W_TEXT = 0.6
W_PPR = 0.2
W_TYPE_SPECIFIC = 0.05  # per plan type the measure is not for: a C-only measure is closer to a C plan
UNMET_PENALTY = 0.05
TERM_WEIGHT = {"name": 1.0, "alias": 1.0, "keyword": 0.6}
TEXT_FULL_WEIGHT = 3.0  # a term in a segment of this weight (課題・政策手段) counts fully
SEED_GAP = 0.5

_lock = threading.Lock()


@dataclass
class Seeds:
    """The plan's nodes in the graph with their weights, and where each came from (for paths)."""

    weights: dict[str, float] = field(default_factory=dict)
    origin: dict[str, str] = field(default_factory=dict)  # node → plan text / label it came from

    def add(self, node: str, w: float, origin: str) -> None:
        if w > self.weights.get(node, 0.0):
            self.weights[node] = w
            self.origin[node] = origin


@dataclass
class Signals:
    """What a plan (or a question) says about its needs, in the terms the scorer uses."""

    plan_type: str | None = None
    themes: dict[str, ThemeStrength] = field(default_factory=dict)
    gap_themes: dict[str, list[str]] = field(default_factory=dict)  # theme → the gaps that call for it
    fields: dict[int, tuple[float, str]] = field(default_factory=dict)  # number → (score, plan word)
    products: dict[str, tuple[float, str]] = field(default_factory=dict)  # id → (score, plan word)
    gaps: list[str] = field(default_factory=list)  # requirement / check ids not met
    segments: list[tuple[str, float, str]] = field(default_factory=list)  # (text, weight, label)

    def seeds(self) -> Seeds:
        s = Seeds()
        if self.plan_type:
            s.add(f"plan_type:{self.plan_type}", 0.5, "")
        for n, (w, word) in self.fields.items():
            s.add(f"field:{n}", min(1.0, w), word)
        for p, (w, word) in self.products.items():
            s.add(f"product:{p}", min(1.0, w), word)
        for t, ts in self.themes.items():
            s.add(f"theme:{t}", ts.strength, "・".join(ts.cues[:2]))
        for g in self.gaps:  # a gap is a requirement or a check node; PageRank skips the one that is absent
            s.add(f"requirement:{g}", SEED_GAP, "")
            s.add(f"check:{g}", SEED_GAP, "")
        return s


@dataclass
class Link:
    """One piece of evidence for a measure: what in the plan, through which node, how much."""

    kind: str  # theme / menu / field / product / gap / text / ppr
    ref: str  # theme id, plan type, field number, product id, gap id, matched term
    origin: str  # the plan's words or place behind it
    contribution: float
    detail: dict = field(default_factory=dict)


class GraphIndex:
    """A symmetric, column-stochastic sparse matrix of the graph's walkable part."""

    def __init__(self, kb: KnowledgeBase):
        g = build_graph(kb)
        self.graph = g
        self.nodes = sorted(n for n, d in g.nodes(data=True) if d.get("kind") in WALK_KINDS)
        self.index = {n: i for i, n in enumerate(self.nodes)}
        rows, cols, vals = [], [], []
        for u, v, d in g.edges(data=True):
            if u in self.index and v in self.index:
                w = float(d.get("weight", 1.0))
                rows += [self.index[u], self.index[v]]
                cols += [self.index[v], self.index[u]]
                vals += [w, w]
        n = len(self.nodes)
        w = sp.csr_matrix((vals, (rows, cols)), shape=(n, n))
        out = np.asarray(w.sum(axis=0)).ravel()
        out[out == 0] = 1.0
        self.P = (w @ sp.diags(1.0 / out)).tocsr()  # column-stochastic
        self.measure_nodes = [n for n in self.nodes if n.startswith("measure:")]
        self.measure_idx = np.array([self.index[n] for n in self.measure_nodes], dtype=int)

    def ppr(self, seeds: dict[str, float]) -> dict[str, float]:
        """Personalised PageRank of every measure, scaled so the best is 1 (gap seeds are skipped)."""
        p = np.zeros(len(self.nodes))
        for node, w in seeds.items():
            if node in self.index:
                p[self.index[node]] += w
        if p.sum() == 0:
            return {}
        p /= p.sum()
        r = p.copy()
        for _ in range(ITERATIONS):
            r_new = (1 - DAMPING) * p + DAMPING * (self.P @ r)
            if np.abs(r_new - r).sum() < 1e-9:
                r = r_new
                break
            r = r_new
        vals = r[self.measure_idx]
        top = vals.max() if len(vals) else 0.0
        if top <= 0:
            return {}
        return {n: float(v / top) for n, v in zip(self.measure_nodes, vals, strict=True)}


def graph_index(kb: KnowledgeBase) -> GraphIndex:
    idx = getattr(kb, "_rank_index", None)
    if idx is None:
        with _lock:
            idx = getattr(kb, "_rank_index", None)
            if idx is None:
                idx = GraphIndex(kb)
                kb._rank_index = idx  # type: ignore[attr-defined]
    return idx


@dataclass
class Scored:
    measure: Measure
    score: float
    links: list[Link]  # strongest first
    conditions: list[dict]

    @property
    def has_field(self) -> bool:
        return any(lk.kind in ("field", "product") for lk in self.links)


def _fold(text: str) -> str:
    return "".join(unicodedata.normalize("NFKC", text).lower().split())


def _measure_terms(m: Measure) -> list[tuple[str, str, str]]:
    """(folded term, as written, kind) of the measure's name, aliases and keywords, longest first."""
    out: dict[str, tuple[str, str]] = {}
    for kind, terms in (("name", [m.name]), ("alias", m.aliases), ("keyword", m.keywords)):
        for t in terms:
            f = _fold(t)
            if len(f) >= (KEYWORD_MIN_CHARS if kind == "keyword" else 2) and f not in out:
                out[f] = (t, kind)
    return sorted(((f, t, k) for f, (t, k) in out.items()), key=lambda x: (-len(x[0]), x[0]))


class MeasureIndex:
    """Per knowledge base: measure terms and, per plan type, how many measures help each gap."""

    def __init__(self, kb: KnowledgeBase):
        self.terms = {mid: _measure_terms(m) for mid, m in kb.measures.items()}
        self.helpers: dict[str | None, dict[str, int]] = {}
        for pt in (None, "A", "B", "C"):
            counts: dict[str, int] = {}
            for m in kb.measures.values():
                if pt is None or pt in m.plan_types:
                    for h in m.helps:
                        counts[h] = counts.get(h, 0) + 1
            self.helpers[pt] = counts


def measure_index(kb: KnowledgeBase) -> MeasureIndex:
    idx = getattr(kb, "_measure_index", None)
    if idx is None:
        with _lock:
            idx = getattr(kb, "_measure_index", None)
            if idx is None:
                idx = MeasureIndex(kb)
                kb._measure_index = idx  # type: ignore[attr-defined]
    return idx


def _theme_links(m: Measure, sig: Signals) -> list[Link]:
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


def _field_links(m: Measure, sig: Signals, kb: KnowledgeBase) -> list[Link]:
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
    if not out:
        return []
    out.sort(key=lambda lk: (-lk.contribution, lk.ref))
    return [out[0]] + [Link(lk.kind, lk.ref, lk.origin, 0.15 * lk.contribution, lk.detail) for lk in out[1:]]


def _gap_links(m: Measure, sig: Signals, helpers: dict[str, int]) -> list[Link]:
    out = []
    for g in sig.gaps:
        if g in m.helps:
            out.append(Link("gap", g, "", W_GAP / math.sqrt(max(helpers.get(g, 1), 1)), {"helpers": helpers.get(g, 1)}))
    total = sum(lk.contribution for lk in out)
    if total > W_GAP * GAP_CAP:
        for lk in out:
            lk.contribution *= W_GAP * GAP_CAP / total
    return out


def _by_weight(segments: list[tuple[str, float, str]]) -> list[tuple[str, float, str]]:
    """The folded segments joined per weight, heaviest first: (text, weight, label of the heaviest part)."""
    groups: dict[float, tuple[list[str], str]] = {}
    for text, w, label in segments:
        groups.setdefault(w, ([], label))[0].append(text)
    return [("\n".join(texts), w, label) for w, (texts, label) in sorted(groups.items(), key=lambda x: -x[0])]


def _text_links(terms: list[tuple[str, str, str]], grouped: list[tuple[str, float, str]]) -> list[Link]:
    """The measure's own words in the plan: strongest first; a term inside a longer found term counts once."""
    found: list[tuple[float, str, str, str]] = []
    for f, written, kind in terms:
        if any(f in longer for _, _, longer, _ in found):
            continue
        for text, w, label in grouped:  # heaviest first: the first hit is the best place
            if f in text:
                c = TERM_WEIGHT[kind] * min(w / TEXT_FULL_WEIGHT, 1.0)
                found.append((c, written, f, label))
                break
    found.sort(key=lambda x: (-x[0], x[1]))
    out, p = [], 1.0
    for c, written, _, label in found[:3]:
        before = 1.0 - p
        p *= 1.0 - min(c, 0.95)
        out.append(Link("text", written, label, W_TEXT * ((1.0 - p) - before)))
    return out


def _menu_fit(m: Measure, sig: Signals) -> float:
    if m.category in CROSS_CUTTING_CATEGORIES:
        return 1.0
    best = max((sig.themes[t].strength for t in m.themes if t in sig.themes), default=0.0)
    return min(1.0, best / MENU_FIT_STRENGTH)


def _main_driver(s: Scored) -> tuple[str, str]:
    """The need that most drives a measure (the menu and PageRank are not needs)."""
    lk = next((lk for lk in s.links if lk.kind not in ("ppr", "menu")), None)
    return (lk.kind, lk.ref) if lk else ("", "")


def diversify(scored: list[Scored], top: int) -> list[Scored]:
    """Greedy re-ranking: the next pick is the best score after a penalty per listed measure sharing its main driver."""
    rest = sorted(scored, key=lambda s: (-s.score, s.measure.id))
    picked: list[Scored] = []
    seen: dict[tuple[str, str], int] = {}
    while rest and (not top or len(picked) < top):
        best_i = min(
            range(len(rest)),
            key=lambda i: (-(rest[i].score - DIVERSITY * seen.get(_main_driver(rest[i]), 0)), rest[i].measure.id),
        )
        s = rest.pop(best_i)
        picked.append(s)
        d = _main_driver(s)
        seen[d] = seen.get(d, 0) + 1
    return picked


def rank_measures(
    kb: KnowledgeBase,
    sig: Signals,
    facts: dict[str, object] | None = None,
    top: int = 10,
    filters: dict[str, str | None] | None = None,
) -> list[Scored]:
    gidx = graph_index(kb)
    midx = measure_index(kb)
    seeds = sig.seeds()
    ppr = gidx.ppr(seeds.weights)
    helpers = midx.helpers.get(sig.plan_type, midx.helpers[None])
    segments = _by_weight([(_fold(t), w, label) for t, w, label in sig.segments])
    plan_fields = set(sig.fields)
    plan_products = set(sig.products)
    filters = filters or {}
    out: list[Scored] = []
    for mid in sorted(kb.measures):
        m = kb.measures[mid]
        if sig.plan_type and sig.plan_type not in m.plan_types:
            continue
        if m.fields and not (set(m.fields) & plan_fields) and not (set(m.products) & plan_products):
            continue  # aimed at other fields only
        if filters.get("ministry") and filters["ministry"] not in (m.ministry, *m.co_ministries):
            continue
        if filters.get("category") and m.category != filters["category"]:
            continue
        if filters.get("field") and m.fields and int(filters["field"]) not in m.fields:
            continue
        links = _theme_links(m, sig) + _field_links(m, sig, kb) + _gap_links(m, sig, helpers)
        links += _text_links(midx.terms[mid], segments) if segments else []
        if sig.plan_type and sig.plan_type in m.menu_for:
            links.append(Link("menu", sig.plan_type, "", W_MENU * _menu_fit(m, sig)))
        relevance = sum(lk.contribution for lk in links)
        if relevance <= 0:
            continue  # only measures something in the plan points at are candidates
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
        score = relevance + W_PPR * p + type_bonus - penalty
        links.sort(key=lambda lk: (-lk.contribution, lk.kind, lk.ref))
        out.append(Scored(m, round(score, 6), links, conds))
    return diversify(out, top)
