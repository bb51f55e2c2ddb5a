"""Rank support measures for a plan: graph candidates, personalised PageRank, applicability.

The plan becomes a set of seed nodes in the knowledge graph (knowledge/graph.py): its plan type,
the fields and products it matches, the themes it needs (cue words in its text) and the
requirements/checks it does not yet meet. Measures are scored by a direct-link score (how
strongly each seed points at the measure) plus personalised PageRank from the seeds, computed by
power iteration on a sparse matrix built once per knowledge base (nx.pagerank per call is ~100×
slower). Measures for another plan type or aimed only at fields the plan does not touch are left
out. Conditions are evaluated against plan facts; an unmet one lowers the score slightly and is
shown with the recommendation, never hidden.
"""

from __future__ import annotations

import re
import threading
import unicodedata
from dataclasses import dataclass, field

import numpy as np
import scipy.sparse as sp

from knowledge.graph import build_graph
from knowledge.loader import KnowledgeBase
from knowledge.schema import Measure

# cue words for the needs a plan or a question can express (schema ThemeId)
THEME_CUES: dict[str, str] = {
    "export": r"輸出|海外|越境EC|外貨|販路開拓|国際展開|グローバル",
    "tourism": r"観光|インバウンド|宿泊|旅行|訪日",
    "talent": r"人材|リスキリング|技能|後継者|担い手|職人|採用|育成|人手不足",
    "land": r"産業用地|工場用地|用地|工業団地|土地利用",
    "infrastructure": r"工業用水|用水|道路|港湾|インフラ|送電|電力供給|鉄道|空港|拠点整備",
    "regulation": r"規制|特区|許認可|制度改革|規制緩和",
    "finance": r"資金|融資|ファンド|出資|金融機関|資金調達|投資家",
    "ax": r"(?<![A-Za-z])(?:AI|DX|AX)(?![A-Za-z])|デジタル|データ活用|人工知能",
    "local_transport": r"公共交通|物流|交通|バス路線|ライドシェア",
    "startup": r"スタートアップ|起業|ベンチャー|創業",
    "management": r"経営課題|経営改善|事業承継|M&A|経営支援|販路拡大|高付加価値化",
    "research": r"研究開発|共同研究|実証|大学|試験研究",
    "capex": r"設備投資|工場|新設|増設|生産ライン|生産能力|量産",
    "consultation": r"相談|窓口|伴走",
    "food": r"食品|食文化|フード|飲食",
    "content": r"アニメ|ゲーム|コンテンツ|マンガ|漫画",
    "sports": r"スポーツ|スタジアム|アリーナ",
    "culture": r"文化|伝統|工芸|博物館|歴史",
    "circular_economy": r"リサイクル|循環|再資源化|廃棄物",
    "agriculture": r"農業|林業|水産|農林水産|漁業",
    "women": r"女性",
    "public_facilities": r"公共施設",
    "tax": r"税制|減税|税の特例|課税",
}
_THEME_RE = {k: re.compile(v) for k, v in THEME_CUES.items()}

DAMPING = 0.85
ITERATIONS = 40
# the node kinds PageRank walks over (sources, contacts and definitions would connect everything)
WALK_KINDS = {"field", "product", "plan_type", "requirement", "check", "measure", "category", "theme", "ministry"}
W_DIRECT = 1.0
W_PPR = 0.6
W_TEXT = 0.35
UNMET_PENALTY = 0.05
SEED_PLAN_TYPE = 0.6
# what a link to a seed of each kind is worth: the plan's own field/product first
KIND_WEIGHT = {"product": 1.2, "field": 1.0, "theme": 0.8, "requirement": 0.7, "check": 0.6, "plan_type": 0.7}
SEED_GAP = 0.8
SEED_THEME_MAX = 0.7

_lock = threading.Lock()


def detect_themes(text: str) -> dict[str, tuple[float, str]]:
    """theme → (strength 0-1, the first cue word found)."""
    t = unicodedata.normalize("NFKC", text)
    out: dict[str, tuple[float, str]] = {}
    for theme, rx in _THEME_RE.items():
        found = rx.findall(t)
        if found:
            out[theme] = (min(1.0, 0.4 + 0.2 * len(found)) * SEED_THEME_MAX, found[0])
    return out


@dataclass
class Seeds:
    """The plan's nodes in the graph with their weights, and where each came from (for paths)."""

    weights: dict[str, float] = field(default_factory=dict)
    origin: dict[str, str] = field(default_factory=dict)  # node → plan text / label it came from

    def add(self, node: str, w: float, origin: str) -> None:
        if w > self.weights.get(node, 0.0):
            self.weights[node] = w
            self.origin[node] = origin


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
    direct: float
    ppr: float
    text: float
    links: list[tuple[str, str, float]]  # (seed node, origin label, contribution)
    conditions: list[dict]


def _measure_terms(m: Measure) -> list[str]:
    return [t for t in [m.name, *m.aliases, *m.keywords] if len(t) >= 2]


def text_match(m: Measure, text_folded: str) -> tuple[float, str | None]:
    """How well the measure's own name/aliases/keywords appear in the (NFKC, no spaces) text."""
    best, word = 0.0, None
    hits = 0
    for t in _measure_terms(m):
        tt = "".join(unicodedata.normalize("NFKC", t).split())
        if tt and tt in text_folded:
            hits += 1
            if word is None or len(tt) > len(word):
                word = t
    if hits:
        best = min(1.0, 0.5 + 0.25 * hits)
    return best, word


def rank_measures(
    kb: KnowledgeBase,
    seeds: Seeds,
    plan_type: str | None,
    fields: set[int],
    products: set[str],
    facts: dict[str, object] | None = None,
    text: str = "",
    top: int = 10,
    filters: dict[str, str | None] | None = None,
) -> list[Scored]:
    idx = graph_index(kb)
    g = idx.graph
    ppr = idx.ppr(seeds.weights)
    folded = "".join(unicodedata.normalize("NFKC", text).split())
    filters = filters or {}
    out: list[Scored] = []
    for mid in sorted(kb.measures):
        m = kb.measures[mid]
        if plan_type and plan_type not in m.plan_types:
            continue
        if m.fields and fields is not None and not (set(m.fields) & fields) and not (set(m.products) & products):
            continue  # aimed at other fields only
        if filters.get("ministry") and filters["ministry"] not in (m.ministry, *m.co_ministries):
            continue
        if filters.get("category") and m.category != filters["category"]:
            continue
        if filters.get("field") and m.fields and int(filters["field"]) not in m.fields:
            continue
        node = f"measure:{mid}"
        links: list[tuple[str, str, float]] = []
        per_kind: dict[str, list[float]] = {}
        if node in g:
            for _, v, d in g.out_edges(node, data=True):
                w = seeds.weights.get(v)
                if w:
                    c = w * float(d.get("weight", 1.0)) * KIND_WEIGHT.get(v.split(":", 1)[0], 0.5)
                    links.append((v, seeds.origin.get(v, ""), c))
                    per_kind.setdefault(v.split(":", 1)[0], []).append(c)
        # one strong link of a kind counts fully, more of the same kind add a little
        direct = sum(max(v) + 0.15 * (sum(v) - max(v)) for v in per_kind.values())
        tm, word = text_match(m, folded) if folded else (0.0, None)
        if word:
            links.append(("text", word, W_TEXT * tm))
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
        p = ppr.get(node, 0.0)
        # only measures something in the plan points at are candidates
        if direct <= 0 and tm <= 0:
            continue
        score = W_DIRECT * min(direct, 3.0) + W_PPR * p + W_TEXT * tm - penalty
        links.sort(key=lambda x: (-x[2], x[0]))
        out.append(Scored(m, round(score, 6), direct, p, tm, links, conds))
    out.sort(key=lambda s: (-s.score, s.measure.id))
    return out[:top] if top else out
