"""The words that point at each measure (name, aliases, keywords), folded and indexed once per knowledge base."""

from __future__ import annotations

import math
import re
import unicodedata

import numpy as np
import scipy.sparse as sp

from chiiki_mirai.knowledge.loader import KnowledgeBase
from chiiki_mirai.knowledge.schema import Measure
from chiiki_mirai.recommender.kb_indexes import built_once
from chiiki_mirai.recommender.lexicon import bucket_by_prefix
from chiiki_mirai.recommender.ranking_model import Signals
from chiiki_mirai.recommender.weights import (
    CROSS_CUTTING_CATEGORIES,
    GAP_CAP,
    KEYWORD_MIN_CHARS,
    MENU_FIT_STRENGTH,
    PRODUCT_BONUS,
    TERM_WEIGHT,
    TEXT_FULL_WEIGHT,
    THEME_CAP,
    W_BENEFIT,
    W_FIELD,
    W_GAP,
    W_MENU,
    W_PPR,
    W_SECTOR,
    W_TEXT,
    W_THEME,
    W_TYPE_SPECIFIC,
)


def fold_text(text: str) -> str:
    return "".join(unicodedata.normalize("NFKC", text).lower().split())


# 「用地の不足」「人材が不足」「海外の販路」 say what the compounds 用地不足, 人材不足, 海外販路 say: a particle
# between a noun and a kanji word is dropped in a second copy of the plan's text, so a measure's
# compound term is found however the plan phrases it
PARTICLE_BETWEEN_KANJI = re.compile(r"(?<=[\u4e00-\u9fffァ-ヶー])[のが](?=[\u4e00-\u9fff])")


def with_compounds(folded: str) -> str:
    """A folded text, followed (on a new line) by its copy without noun-joining particles when that differs."""
    joined = PARTICLE_BETWEEN_KANJI.sub("", folded)
    return folded if joined == folded else folded + "\n" + joined


def measure_terms(m: Measure) -> list[tuple[str, str, str]]:
    """(folded term, as written, kind) of the measure's name, aliases and keywords, longest first."""
    out: dict[str, tuple[str, str]] = {}
    for kind, terms in (("name", [m.name]), ("alias", m.aliases), ("keyword", m.keywords)):
        for t in terms:
            f = fold_text(t)
            if len(f) >= (KEYWORD_MIN_CHARS if kind == "keyword" else 2) and f not in out:
                out[f] = (t, kind)
    return sorted(((f, t, k) for f, (t, k) in out.items()), key=lambda x: (-len(x[0]), x[0]))


class MeasureIndex:
    """Per knowledge base: measure terms and, per plan type, how many measures help each gap."""

    def __init__(self, kb: KnowledgeBase):
        self.terms = {mid: measure_terms(m) for mid, m in kb.measures.items()}
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

        Each part bounds one kind of link of score_measure: themes (at full weight where a need comes from
        a gap, capped), the field and product links (exact: best + 0.15 × the rest), the gap links
        (exact), text (three terms at the measure's best term weight), the menu (fit from the best
        theme), then PageRank and the type bonus exactly; penalties only lower a score.
        It stays one function on purpose: its parts mirror score_measure's one for one, and the bound is
        checked by reading the two side by side.
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
