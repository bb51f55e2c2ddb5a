"""The trained classifier as arrays: vocabularies, weights, and prediction with numpy only.

Prediction needs no scikit-learn (whose import alone costs about a second of cold start): a clause's
features are a few hundred (column, value) pairs and a 300-d vector, and each answer is one logistic
(labels, one-vs-rest) or one softmax (modality) over them.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np

from chiiki_mirai.readers.claims.features import BLOCKS, WEIGHTS, Vocab, analyse
from chiiki_mirai.readers.claims.tokens import tokens
from chiiki_mirai.readers.claims.vectors import WordVectors

WEIGHTS_FILE, META_FILE = "weights.npz", "model.json"


@dataclass
class Model:
    labels: list[str]
    modalities: list[str]
    vocabs: dict[str, Vocab]
    label_w: np.ndarray  # (labels, features + dim)
    label_b: np.ndarray
    mod_w: np.ndarray  # (modalities, features + dim)
    mod_b: np.ndarray
    vectors: WordVectors | None
    _w: np.ndarray | None = field(default=None, repr=False)
    _b: np.ndarray | None = field(default=None, repr=False)
    _offsets: dict[str, int] | None = field(default=None, repr=False)

    @property
    def offsets(self) -> dict[str, int]:
        if self._offsets is None:
            out, n = {}, 0
            for b in BLOCKS:
                out[b] = n
                n += len(self.vocabs[b].index)
            out["emb"] = n
            self._offsets = out
        return self._offsets

    def features(self, text: str) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
        """(columns, values) of the sparse blocks and the weighted mean word vector of one clause."""
        grams = analyse(text)
        off = self.offsets
        cols, vals = [], []
        for b in BLOCKS:
            c, v = self.vocabs[b].transform(grams[b])
            cols.append(c + off[b])
            vals.append(v * WEIGHTS[b])
        emb = self.vectors.mean(tokens(text)) * WEIGHTS["emb"] if self.vectors is not None else None
        return np.concatenate(cols), np.concatenate(vals), emb

    def _stacked(self) -> np.ndarray:
        """Both weight matrices, features as rows (gathering rows of a C-ordered array is fast)."""
        if self._w is None:
            self._w = np.ascontiguousarray(np.vstack([self.label_w, self.mod_w]).T, dtype=np.float32)
            self._b = np.concatenate([self.label_b, self.mod_b]).astype(np.float32)
        return self._w

    def predict(self, text: str) -> tuple[np.ndarray, np.ndarray]:
        """(label probabilities, modality probabilities) of one clause."""
        w = self._stacked()
        cols, vals, emb = self.features(text)
        z = vals @ w[cols] + self._b
        if emb is not None:
            z = z + emb @ w[self.offsets["emb"] :]
        n = len(self.labels)
        labels = 1.0 / (1.0 + np.exp(-z[:n]))
        m = np.exp(z[n:] - z[n:].max())
        return labels, m / m.sum()

    def label_proba(self, text: str) -> np.ndarray:
        return self.predict(text)[0]

    def modality_proba(self, text: str) -> np.ndarray:
        return self.predict(text)[1]

    def save(self, folder: Path) -> None:
        np.savez(folder / WEIGHTS_FILE, label_w=self.label_w, label_b=self.label_b, mod_w=self.mod_w, mod_b=self.mod_b)
        meta = {
            "labels": self.labels,
            "modalities": self.modalities,
            "vocabs": {b: sorted(v.index, key=v.index.__getitem__) for b, v in self.vocabs.items()},
            "idf": {b: (None if v.idf is None else [float(x) for x in v.idf]) for b, v in self.vocabs.items()},
        }
        (folder / META_FILE).write_text(json.dumps(meta, ensure_ascii=False), encoding="utf-8")

    @classmethod
    def load(cls, folder: Path) -> Model:
        meta = json.loads((folder / META_FILE).read_text(encoding="utf-8"))
        arr = np.load(folder / WEIGHTS_FILE)
        vocabs = {
            b: Vocab(
                {k: i for i, k in enumerate(meta["vocabs"][b])},
                None if meta["idf"][b] is None else np.asarray(meta["idf"][b], dtype=np.float32),
            )
            for b in BLOCKS
        }
        return cls(
            meta["labels"], meta["modalities"], vocabs,
            arr["label_w"], arr["label_b"], arr["mod_w"], arr["mod_b"], WordVectors.load(folder),
        )
