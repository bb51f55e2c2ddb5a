"""Personalised PageRank over the knowledge graph: a sparse matrix built once per knowledge base."""

from __future__ import annotations

import numpy as np
import scipy.sparse as sp

from chiiki_mirai.knowledge.graph import build_graph
from chiiki_mirai.knowledge.loader import KnowledgeBase
from chiiki_mirai.recommender.kb_indexes import built_once

DAMPING = 0.85
ITERATIONS = 40


# the node kinds PageRank walks over (sources, contacts and definitions would connect everything)
WALK_KINDS = {"field", "product", "plan_type", "requirement", "check", "measure", "category", "theme", "ministry"}


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
