"""The statement classifier: what a clause claims, and how it holds it — offline and deterministic.

    from chiiki_mirai.readers.claims import classify, modality
    classify("アジアからの個人客の連泊が年々伸びている")   # {"market_need": 0.93, "wages": 0.01, …}
    modality("今後、用水の確保策を検討する")                 # "considering"

Trained on the 2,684 labelled sentences of five independent writers (readers/resources/sentences) with
scikit-learn (one-vs-rest logistic regression over SudachiPy token n-grams, character n-grams, the modality
rules and the old word lists as features, and the mean ja-ginza word vector), at first use, and cached on disk
next to the encoder (store.py); prediction is numpy only. Quality, leave-one-writer-out, beside the word lists
it replaces: `python -m benchmarks.bench_claims` (figures in readers/resources/sentences/README.md).

Public API (stable; the recommender and the statement families import these names):
- `LABELS`: the 19 claim labels; `MODALITIES`: affirmed, planned, considering, negated, placeholder, none;
- `classify(text) -> {label: probability}` for every label;
- `modality(text) -> Modality` (same signature as core/text/modality.modality, which it supersedes);
- `read(text) -> Reading`: both at once, with the modality's probabilities;
- `needs(plan) -> list[Need]`: the needs (課題・不足) a plan states as its own, with modality (needs.py).
"""

from chiiki_mirai.readers.claims.needs import Need, needs
from chiiki_mirai.readers.claims.reading import THRESHOLD, Reading, classify, modality, read
from chiiki_mirai.readers.claims.train import LABELS, MODALITIES

__all__ = ["LABELS", "MODALITIES", "THRESHOLD", "Need", "Reading", "classify", "modality", "needs", "read"]
