"""What the classifier sees of a clause: four blocks of features, the same at training and at run time.

- `tok`: SudachiPy normalised forms, unigrams and bigrams, and the clause's last three tokens marked as the
  predicate (「検討_為る」 at the end decides modality more than anywhere else);
- `chr`: character 2–4-grams of the cleaned clause with digits folded to 0 (「2030年度」 and 「令和9年度」
  share 「0年度」);
- `rule`: the modality rules that match (core/text/modality.py) and the word lists that fire (cues.py), plus
  the clause's shape (a label line 「…：…」, a number, a year, short);
- `emb`: the unit-length mean of the ja-ginza vectors of its words (vectors.py), so unseen paraphrases land
  near seen ones.
tok/chr are tf-idf (sublinear tf, smooth idf, l2 per block); rule is binary; each block has a fixed weight.
"""

from __future__ import annotations

import math
import re
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass

import numpy as np

from chiiki_mirai.core.text.modality import matched_rules
from chiiki_mirai.readers.claims.cues import cue_features
from chiiki_mirai.readers.claims.tokens import NUM, clean, tokens

BLOCKS = ("tok", "chr", "rule")
WEIGHTS = {"tok": 1.0, "chr": 1.0, "rule": 0.6, "emb": 2.0}
MIN_DF = {"tok": 1, "chr": 2, "rule": 1}
_DIGIT = re.compile(r"[0-9]")
_YEAR = re.compile(r"(?:19|20)[0-9]{2}|令和|平成")


def tok_grams(text: str) -> list[str]:
    t = tokens(text)
    out = list(t)
    out += [f"{a}_{b}" for a, b in zip(t, t[1:], strict=False)]
    out += [f"${x}" for x in t[-3:]]
    if len(t) >= 2:
        out.append(f"$${t[-2]}_{t[-1]}")
    return out


def chr_grams(text: str) -> list[str]:
    s = _DIGIT.sub("0", clean(text))
    out: list[str] = []
    for w in s.split(" "):
        w = f" {w} "
        for n in (2, 3, 4):
            out += [w[i : i + n] for i in range(len(w) - n + 1)]
    return out


def rule_feats(text: str) -> list[str]:
    s = clean(text)
    out = [f"mod:{r}" for r in matched_rules(s)] + cue_features(s)
    if "：" in s or ":" in s:
        out.append("shape:label")
    if NUM in tokens(s):
        out.append("shape:number")
    if _YEAR.search(s):
        out.append("shape:year")
    if len(s) <= 14:
        out.append("shape:short")
    return out


ANALYZERS = {"tok": tok_grams, "chr": chr_grams, "rule": rule_feats}


@dataclass
class Vocab:
    """One block's features: name → column (sorted names), their idf (None for the binary rule block)."""

    index: dict[str, int]
    idf: np.ndarray | None

    @classmethod
    def fit(cls, docs: list[list[str]], min_df: int, binary: bool) -> Vocab:
        df: Counter[str] = Counter()
        for d in docs:
            df.update(set(d))
        names = sorted(k for k, v in df.items() if v >= min_df)
        n = len(docs)
        idf = None if binary else np.array([math.log((1 + n) / (1 + df[k])) + 1.0 for k in names], dtype=np.float32)
        return cls({k: i for i, k in enumerate(names)}, idf)

    def transform(self, grams: Iterable[str]) -> tuple[np.ndarray, np.ndarray]:
        """(columns, values) of one document, l2-normalised."""
        get = self.index.get
        hits = [c for c in map(get, grams) if c is not None]
        if not hits:
            return np.zeros(0, dtype=np.int64), np.zeros(0, dtype=np.float32)
        cols, counts = np.unique(np.asarray(hits, dtype=np.int64), return_counts=True)
        if self.idf is None:
            vals = np.ones(len(cols), dtype=np.float32)
        else:
            vals = (1.0 + np.log(counts.astype(np.float32))) * self.idf[cols]
        norm = float(np.sqrt(vals @ vals))
        return cols, (vals / norm if norm else vals)


def analyse(text: str) -> dict[str, list[str]]:
    return {b: ANALYZERS[b](text) for b in BLOCKS}
