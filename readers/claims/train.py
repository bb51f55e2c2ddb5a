"""Training the classifier on the labelled sentences (readers/resources/sentences), deterministically.

The sentences are read in id order; vocabularies are sorted; scikit-learn's logistic regression (lbfgs, no
randomness) is fitted once per label (one-vs-rest, balanced class weights) and once for modality
(multinomial). The same inputs therefore give the same weights on every machine with the same library
versions. scikit-learn is imported only here, when a model is built.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import numpy as np
import yaml

from chiiki_mirai.readers.claims.features import BLOCKS, MIN_DF, Vocab, analyse
from chiiki_mirai.readers.claims.model import Model
from chiiki_mirai.readers.claims.vectors import WordVectors

SENTENCES_DIR = Path(__file__).resolve().parents[1] / "resources" / "sentences"
LABELS = (
    "market_need", "competitive_advantage", "export_or_top_share", "value_up", "comparison", "value_added_basis",
    "scale_capability", "procurement_local", "procurement_roadmap", "over_dependence", "jobs", "wages",
    "different_cluster", "same_cluster", "subsidy_adopted", "international_competitiveness", "infrastructure",
    "support_system", "consultation_desk",
)
MODALITIES = ("affirmed", "planned", "considering", "negated", "placeholder", "none")
C_LABELS, C_MODALITY = 8.0, 8.0
SOLVER = "lbfgs"


@dataclass(frozen=True)
class Sentence:
    id: str
    writer: str
    text: str
    labels: tuple[str, ...]
    modality: str


def split(half: str) -> list[str]:
    """The writers of one half of the sentences (SPLIT.yaml): `train` teaches the shipped model, `heldout`
    only measures it."""
    data = yaml.safe_load((SENTENCES_DIR / "SPLIT.yaml").read_text(encoding="utf-8")) or {}
    return [str(w) for w in data.get(half) or []]


def sentence_files(half: str = "train") -> list[Path]:
    return sorted(SENTENCES_DIR / f"{w}.yaml" for w in split(half))


def load_sentences(half: str = "train") -> list[Sentence]:
    """The labelled sentences of one half, sorted by id (the writer is the file's stem)."""
    out = []
    for p in sentence_files(half):
        for e in yaml.safe_load(p.read_text(encoding="utf-8")) or []:
            labels = tuple(sorted(x for x in (e.get("labels") or []) if x in LABELS))
            out.append(Sentence(str(e["id"]), p.stem, str(e["text"]), labels, str(e["modality"])))
    return sorted(out, key=lambda s: s.id)


def _matrix(model: Model, texts: list[str]):
    # lazy: scipy.sparse is needed only to train
    from scipy.sparse import csr_matrix, hstack

    off = model.offsets
    dim = model.vectors.dim if model.vectors is not None else 0
    rows, cols, vals = [], [], []
    dense = np.zeros((len(texts), dim), dtype=np.float32)
    for i, t in enumerate(texts):
        c, v, emb = model.features(t)
        rows.append(np.full(len(c), i)), cols.append(c), vals.append(v)
        if emb is not None:
            dense[i] = emb
    sparse = csr_matrix(
        (np.concatenate(vals), (np.concatenate(rows), np.concatenate(cols))), shape=(len(texts), off["emb"])
    )
    if not dim:
        return sparse
    return hstack([sparse, csr_matrix(dense)]).tocsr()


def fit(train: list[Sentence], vectors: WordVectors | None) -> Model:
    """A model fitted on these sentences (in the order given)."""
    # lazy: scikit-learn is a heavy third-party library, needed only to train
    from sklearn.linear_model import LogisticRegression

    grams = [analyse(s.text) for s in train]
    vocabs = {b: Vocab.fit([g[b] for g in grams], MIN_DF[b], binary=(b == "rule")) for b in BLOCKS}
    model = Model(list(LABELS), list(MODALITIES), vocabs, np.zeros(0), np.zeros(0), np.zeros(0), np.zeros(0), vectors)
    X = _matrix(model, [s.text for s in train])
    lw, lb = [], []
    for label in LABELS:
        y = np.array([label in s.labels for s in train], dtype=int)
        if y.min() == y.max():  # a label absent from this training set: never predicted
            lw.append(np.zeros(X.shape[1])), lb.append(-20.0)
            continue
        clf = LogisticRegression(C=C_LABELS, max_iter=3000, class_weight="balanced", solver=SOLVER, random_state=0).fit(X, y)
        lw.append(clf.coef_[0]), lb.append(float(clf.intercept_[0]))
    y = np.array([MODALITIES.index(s.modality) for s in train])
    mod = LogisticRegression(C=C_MODALITY, max_iter=3000, class_weight="balanced").fit(X, y)
    mw = np.zeros((len(MODALITIES), X.shape[1]))
    mb = np.full(len(MODALITIES), -20.0)
    for i, cls in enumerate(mod.classes_):
        mw[cls], mb[cls] = mod.coef_[i], mod.intercept_[i]
    model.label_w, model.label_b = np.asarray(lw, dtype=np.float32), np.asarray(lb, dtype=np.float32)
    model.mod_w, model.mod_b = mw.astype(np.float32), mb.astype(np.float32)
    return model
