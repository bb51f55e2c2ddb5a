"""The encoded descriptions of fields, products and outside examples (the semantic anchors of classify.py),
and every lexicon term encoded on its own for soft word matching; cached on disk per model and text set."""

from __future__ import annotations

import hashlib
import threading

import numpy as np

from chiiki_mirai.knowledge.loader import KnowledgeBase
from chiiki_mirai.recommender.encoder import Encoder, cache_root
from chiiki_mirai.recommender.kb_indexes import settle
from chiiki_mirai.recommender.lexicon import lexicon

SOFT_LO = 0.75  # word-to-term similarity below this is no evidence
NEAR_CACHE = 50_000  # words whose close terms are kept

_lock = threading.Lock()


def _descriptions(kb: KnowledgeBase) -> tuple[list[str], list[str]]:
    """(ids, texts) of fields, products and outside examples, for the encoder."""
    ids: list[str] = []
    texts: list[str] = []
    for f in kb.fields:
        ids.append(f"field:{f.number}")
        parts = [f.name, *f.synonyms, *f.keywords]
        for p in f.products:
            parts += [p.name, *p.synonyms]
        texts.append(" ".join(parts))
        for p in f.products:
            ids.append(f"product:{p.id}")
            texts.append(" ".join([p.name, *p.synonyms, *p.keywords, p.direction or ""]))
    for o in kb.outside_examples:
        ids.append(f"outside:{o.id}")
        texts.append(" ".join([o.name, *o.keywords, o.description]))
    return ids, texts


def _cached_encode(encoder: Encoder, texts: list[str], kind: str) -> np.ndarray:
    """encoder.encode(texts), kept on disk per model and text set."""
    digest = hashlib.sha256(("\n".join(texts) + "\0" + encoder.key).encode()).hexdigest()[:16]
    path = cache_root() / "anchors" / f"{kind}-{digest}.npy"
    if path.is_file():
        try:
            vecs = np.load(path)
            if vecs.shape[0] == len(texts):
                return vecs
        except (OSError, ValueError):
            pass
    vecs = encoder.encode(texts)
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        tmp = path.with_name(f"{path.stem}.tmp{threading.get_ident()}.npy")
        np.save(tmp, vecs)
        tmp.replace(path)
    except OSError:
        pass  # a read-only cache only costs time
    return vecs


class AnchorIndex:
    """The encoded descriptions for one knowledge base and one model (cached on disk per model)."""

    def __init__(self, kb: KnowledgeBase, encoder: Encoder):
        self.encoder = encoder
        self.ids, texts = _descriptions(kb)
        self.vecs = _cached_encode(encoder, texts, "anchors")
        # every lexicon term on its own, for soft word matching (船の修理 ≈ 船舶修理)
        lex = lexicon(kb)
        self.term_texts = sorted({t.text for t in lex.terms})
        self.term_vecs = _cached_encode(encoder, self.term_texts, "terms")
        col = {t: i for i, t in enumerate(self.term_texts)}
        self.term_cols = [(col[t.text], t) for t in lex.terms]
        # term column of each lexicon term, as an array: the soft scores select columns with numpy
        self.term_col_index = np.array([c for c, _ in self.term_cols], dtype=np.int64)
        self.row = {k: i for i, k in enumerate(self.ids)}
        self.field_rows = [i for i, k in enumerate(self.ids) if k.startswith("field:")]
        self._near: dict[str, tuple[np.ndarray, np.ndarray]] = {}  # word → (term columns, similarities) > SOFT_LO

    def similarities(self, text_vecs: np.ndarray) -> np.ndarray:
        return text_vecs @ self.vecs.T

    def best_term_similarities(self, words: list[str], enc: Encoder) -> np.ndarray:
        """Per lexicon term text: the best similarity of any of the words to it (only those above SOFT_LO matter).

        Each word's close terms are computed once and kept (words recur across texts; a plan has hundreds)."""
        new = [w for w in words if w not in self._near]
        if new:
            sims = enc.encode(new) @ self.term_vecs.T
            if len(self._near) > NEAR_CACHE:
                self._near.clear()
            for w, row in zip(new, sims, strict=True):
                cols = np.flatnonzero(row > SOFT_LO)
                self._near[w] = (cols, row[cols])
        best = np.zeros(len(self.term_texts), dtype=np.float32)
        for w in words:
            cols, vals = self._near[w]
            if len(cols):
                np.maximum.at(best, cols, vals)
        return best


def anchors(kb: KnowledgeBase, encoder: Encoder) -> AnchorIndex:
    cache: dict = kb.__dict__.setdefault("_anchor_indexes", {})
    idx = cache.get(encoder.key)
    if idx is None:
        with _lock:
            idx = cache.get(encoder.key)
            if idx is None:
                idx = AnchorIndex(kb, encoder)
                cache[encoder.key] = idx
                settle()
    return idx
