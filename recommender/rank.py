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
with the recommendation, never hidden. Ties are broken by id.
"""

from __future__ import annotations

import heapq
import math
import re
import unicodedata
from dataclasses import dataclass, field

import numpy as np
import scipy.sparse as sp

from chiiki_mirai.knowledge.graph import build_graph
from chiiki_mirai.knowledge.loader import KnowledgeBase
from chiiki_mirai.knowledge.schema import Measure
from chiiki_mirai.recommender.kb_indexes import built_once
from chiiki_mirai.recommender.lexicon import bucket_by_prefix, occurring
from chiiki_mirai.recommender.themes import ThemeStrength

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
W_BENEFIT = 0.4
# a top-N list should cover the plan's different needs: each measure already listed with the same
# main driver (e.g. talent) lowers the next one's score by this much
DIVERSITY = 0.12
KEYWORD_MIN_CHARS = 3  # two-character keywords (大学, 雇用, 観光) are themes' job, too generic as evidence
W_FIELD = 1.0
PRODUCT_BONUS = 1.2  # a product is more specific than its field
# a sector outside the 17 fields (伝統工芸品, 農業, 観光): broader than a field, so below it. A plan is in one
# sector, and a measure serving several (工芸品, 食品, 農林水産) serves each fully: unlike a field link, the
# sector link is not divided by the number of sectors
W_SECTOR = 0.5
W_GAP = 0.6
GAP_CAP = 1.0
W_TEXT = 0.6
W_PPR = 0.2
W_TYPE_SPECIFIC = 0.05  # per plan type the measure is not for: a C-only measure is closer to a C plan
UNMET_PENALTY = 0.05
TERM_WEIGHT = {"name": 1.0, "alias": 1.0, "keyword": 0.6}
TEXT_FULL_WEIGHT = 3.0  # a term in a segment of this weight (課題・政策手段) counts fully
SEED_GAP = 0.5


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
    # sectors outside the 17 fields (outside_examples) the text belongs to: id → (score, sector name)
    sectors: dict[str, tuple[float, str]] = field(default_factory=dict)
    gaps: list[str] = field(default_factory=list)  # requirement / check ids not met
    segments: list[tuple[str, float, str]] = field(default_factory=list)  # (text, weight, label)
    # evidence computed outside the scorer, per measure id (the desk's word overlap, desk_words.py);
    # a measure with such evidence is a candidate even when it targets fields the text did not match
    extra: dict[str, list[Link]] = field(default_factory=dict)

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

    kind: str  # theme / menu / field / product / gap / text / words / ppr
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
    return built_once(kb, "_rank_index", lambda: GraphIndex(kb))


@dataclass
class Scored:
    measure: Measure
    score: float
    links: list[Link]  # strongest first
    conditions: list[dict]
    # the score it was ranked by: relevance less the penalty for measures already listed for the same
    # main need (set by diversify; non-increasing down the list)
    rank_score: float | None = None

    @property
    def has_field(self) -> bool:
        return any(lk.kind in ("field", "product") for lk in self.links)


def _fold(text: str) -> str:
    return "".join(unicodedata.normalize("NFKC", text).lower().split())


# 「用地の不足」「人材が不足」「海外の販路」 say what the compounds 用地不足, 人材不足, 海外販路 say: a particle
# between a noun and a kanji word is dropped in a second copy of the plan's text, so a measure's
# compound term is found however the plan phrases it
_PARTICLE = re.compile(r"(?<=[\u4e00-\u9fffァ-ヶー])[のが](?=[\u4e00-\u9fff])")


def _with_compounds(folded: str) -> str:
    """A folded text, followed (on a new line) by its copy without noun-joining particles when that differs."""
    joined = _PARTICLE.sub("", folded)
    return folded if joined == folded else folded + "\n" + joined


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
        # every measure term by its first two characters: a plan's text is searched once per call
        self.term_buckets = bucket_by_prefix({f for terms in self.terms.values() for f, _, _ in terms})
        self.fields = {mid: set(m.fields) for mid, m in kb.measures.items()}
        self.products = {mid: set(m.products) for mid, m in kb.measures.items()}
        self.helpers: dict[str | None, dict[str, int]] = {}
        for pt in (None, "A", "B", "C"):
            counts: dict[str, int] = {}
            for m in kb.measures.values():
                if pt is None or pt in m.plan_types:
                    for h in m.helps:
                        counts[h] = counts.get(h, 0) + 1
            self.helpers[pt] = counts
        self._bound_matrices(kb)

    def _bound_matrices(self, kb: KnowledgeBase) -> None:
        """Sparse measure × theme / field / product / gap matrices for upper bounds of the scores."""
        self.ids = sorted(kb.measures)
        ms = [kb.measures[mid] for mid in self.ids]

        def matrix(values: list[list[tuple[str | int, float]]]) -> tuple[sp.csr_matrix, dict]:
            cols = {k: i for i, k in enumerate(sorted({k for row in values for k, _ in row}, key=str))}
            r, c, v = [], [], []
            for i, row in enumerate(values):
                for k, x in row:
                    r.append(i)
                    c.append(cols[k])
                    v.append(x)
            return sp.csr_matrix((v, (r, c)), shape=(len(values), len(cols))), cols

        self.theme_m, self.theme_cols = matrix([[(t, 1.0) for t in m.themes] for m in ms])
        self.theme_share_m, _ = matrix([[(t, 1.0 / math.sqrt(max(len(m.themes), 1))) for t in m.themes] for m in ms])
        self.field_m, self.field_cols = matrix(
            [[(n, 1.0 / math.sqrt(max(len(m.fields), 1))) for n in m.fields] for m in ms])
        self.product_m, self.product_cols = matrix(
            [[(p, 1.0 / math.sqrt(max(len(m.products), 1))) for p in m.products] for m in ms])
        self.sector_m, self.sector_cols = matrix(
            [[(s, 1.0) for s in m.sectors] for m in ms])
        self.helps_m, self.helps_cols = matrix([[(h, 1.0) for h in m.helps] for m in ms])
        rows: dict[str, list[tuple[int, float]]] = {}
        for i, mid in enumerate(self.ids):
            for f, _, kind in self.terms[mid]:
                rows.setdefault(f, []).append((i, TERM_WEIGHT[kind]))
        self.term_rows = {f: (np.array([i for i, _ in r]), np.array([w for _, w in r])) for f, r in rows.items()}
        self.for_type = {pt: np.array([pt in m.plan_types for m in ms], dtype=bool) for pt in ("A", "B", "C")}
        self.menu = {pt: np.array([pt in m.menu_for for m in ms], dtype=bool) for pt in ("A", "B", "C")}
        self.benefit = {pt: np.array([pt in m.plan_benefit_for for m in ms], dtype=bool) for pt in ("A", "B", "C")}
        self.cross_cutting = np.array([m.category in CROSS_CUTTING_CATEGORIES for m in ms], dtype=bool)
        self.has_fields = np.array([bool(m.fields) for m in ms], dtype=bool)
        self.type_bonus = np.array([W_TYPE_SPECIFIC * (3 - len(m.plan_types)) for m in ms])
        self.node_rows: dict[str, int] = {f"measure:{mid}": i for i, mid in enumerate(self.ids)}

    def upper_bounds(
        self, sig: Signals, ppr: dict[str, float], places: dict[str, tuple[float, str]], helpers: dict[str, int]
    ) -> np.ndarray:
        """For every measure (in id order) a value no lower than its score; -inf where it is no candidate.

        Each part bounds one kind of link of _score: themes (at full weight where a need comes from
        a gap, capped), the field and product links (exact: best + 0.15 × the rest), the gap links
        (exact), text (three terms at the measure's best term weight), the menu (fit from the best
        theme), then PageRank and the type bonus exactly; penalties only lower a score.
        """
        n = len(self.ids)

        def vec(cols: dict, values: dict) -> np.ndarray:
            v = np.zeros(len(cols))
            for k, x in values.items():
                if k in cols:
                    v[cols[k]] += x
            return v

        def hits(m: sp.csr_matrix, cols: dict, keys) -> np.ndarray:
            return (m @ vec(cols, dict.fromkeys(keys, 1.0))) > 0

        def row_max(m: sp.csr_matrix, v: np.ndarray) -> np.ndarray:
            return np.asarray(m.multiply(v[None, :]).tocsr().max(axis=1).todense()).ravel() if m.shape[1] else np.zeros(n)

        strengths = {t: max(ts.strength, 0.0) for t, ts in sig.themes.items()}
        st = vec(self.theme_cols, strengths)
        st_gap = vec(self.theme_cols, {t: x for t, x in strengths.items() if sig.gap_themes.get(t)})
        theme = self.theme_share_m @ st + (self.theme_m - self.theme_share_m) @ st_gap
        rel = np.minimum(W_THEME * theme, THEME_CAP)
        fields = {k: W_FIELD * max(min(w, 1.0), 0.0) for k, (w, _) in sig.fields.items()}
        products = {k: W_FIELD * PRODUCT_BONUS * max(min(w, 1.0), 0.0) for k, (w, _) in sig.products.items()}
        sectors = {k: W_SECTOR * max(min(w, 1.0), 0.0) for k, (w, _) in sig.sectors.items()}
        fv, pv, sv = vec(self.field_cols, fields), vec(self.product_cols, products), vec(self.sector_cols, sectors)
        total = self.field_m @ fv + self.product_m @ pv + self.sector_m @ sv
        best = np.maximum(np.maximum(row_max(self.field_m, fv), row_max(self.product_m, pv)), row_max(self.sector_m, sv))
        rel = rel + best + 0.15 * np.maximum(total - best, 0.0)
        gap_w = {g: W_GAP / math.sqrt(max(helpers.get(g, 1), 1)) for g in set(sig.gaps)}
        gap_n = {g: float(sig.gaps.count(g)) for g in gap_w}
        gaps = self.helps_m @ (vec(self.helps_cols, gap_w) * vec(self.helps_cols, gap_n))
        rel = rel + np.minimum(gaps, W_GAP * GAP_CAP)
        c_max = np.zeros(n)
        for f, (w, _) in places.items():
            if f in self.term_rows:
                r, tw = self.term_rows[f]
                np.maximum.at(c_max, r, tw * min(w / TEXT_FULL_WEIGHT, 1.0))
        rel = rel + W_TEXT * (1.0 - (1.0 - np.minimum(c_max, 0.95)) ** 3)
        extra = np.zeros(n)
        for mid, links in sig.extra.items():
            if f"measure:{mid}" in self.node_rows:
                extra[self.node_rows[f"measure:{mid}"]] = sum(lk.contribution for lk in links)
        rel = rel + extra
        ok = rel > 0
        if sig.plan_type:
            none = np.zeros(n, dtype=bool)
            fit = np.where(self.cross_cutting, 1.0, np.minimum(1.0, row_max(self.theme_m, st) / MENU_FIT_STRENGTH))
            rel = rel + W_MENU * fit * self.menu.get(sig.plan_type, none)
            rel = rel + W_BENEFIT * self.benefit.get(sig.plan_type, none)
            ok = (rel > 0) & self.for_type.get(sig.plan_type, none)
        other_fields = self.has_fields & ~hits(self.field_m, self.field_cols, sig.fields)
        other_fields &= ~hits(self.product_m, self.product_cols, sig.products)
        other_fields &= extra <= 0
        ok &= ~other_fields
        p = np.zeros(n)
        for node, v in ppr.items():
            if node in self.node_rows:
                p[self.node_rows[node]] = v
        bound = rel + W_PPR * p + self.type_bonus + 1e-6  # 1e-6: float rounding and the score's 6 places
        return np.where(ok, bound, -np.inf)


def measure_index(kb: KnowledgeBase) -> MeasureIndex:
    return built_once(kb, "_measure_index", lambda: MeasureIndex(kb))


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
    for sec in m.sectors:
        if sec in sig.sectors:
            w, name = sig.sectors[sec]
            out.append(Link("sector", sec, name, W_SECTOR * min(w, 1.0)))
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


def _term_places(grouped: list[tuple[str, float, str]], midx: MeasureIndex) -> dict[str, tuple[float, str]]:
    """Each measure term written in the plan → (weight, label) of the heaviest segment group holding it.

    Terms hold no whitespace, so one search over the groups joined by newlines finds exactly the
    terms that occur in some group. Each group is searched with its copy without noun-joining
    particles (_with_compounds): 「用地の不足」 holds the term 用地不足.
    """
    grouped = [(_with_compounds(text), w, label) for text, w, label in grouped]
    places: dict[str, tuple[float, str]] = {}
    for f in occurring("\n".join(text for text, _, _ in grouped), midx.term_buckets):
        for text, w, label in grouped:  # heaviest first: the first hit is the best place
            if f in text:
                places[f] = (w, label)
                break
    return places


def _text_links(terms: list[tuple[str, str, str]], places: dict[str, tuple[float, str]]) -> list[Link]:
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


def _menu_fit(m: Measure, sig: Signals) -> float:
    if m.category in CROSS_CUTTING_CATEGORIES:
        return 1.0
    best = max((sig.themes[t].strength for t in m.themes if t in sig.themes), default=0.0)
    return min(1.0, best / MENU_FIT_STRENGTH)


def _main_driver(s: Scored) -> tuple[str, str]:
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
        groups.setdefault(_main_driver(s), []).append(s)
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


def _score(
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
    links = _theme_links(m, sig) + _field_links(m, sig, kb) + _gap_links(m, sig, helpers)
    links += _text_links(midx.terms[mid], places) if places else []
    links += own_words
    if sig.plan_type and sig.plan_type in m.menu_for:
        links.append(Link("menu", sig.plan_type, "", W_MENU * _menu_fit(m, sig)))
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
    score = relevance + W_PPR * p + type_bonus - penalty
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
    segments = _by_weight([(_fold(t), w, label) for t, w, label in sig.segments])
    places = _term_places(segments, midx) if segments else {}
    filters = filters or {}
    bounds = midx.upper_bounds(sig, ppr, places, helpers)
    rows = np.flatnonzero(bounds > -np.inf)
    rows = rows[np.lexsort((rows, -bounds[rows]))]  # best bound first, then id order
    out: list[Scored] = []
    done, batch = 0, BATCH
    while done < len(rows):
        for i in rows[done : done + batch]:
            s = _score(kb.measures[midx.ids[i]], sig, kb, midx, helpers, places, ppr, facts, filters)
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
