"""The statement classifier against the word lists it replaces, leave-one-writer-out and on held-out writers.

    python -m benchmarks.bench_claims            # ~5 model fits; prints per-label precision/recall for both

For each of the training writers (readers/resources/sentences/SPLIT.yaml `train`: s1–s5), the classifier is
trained on the others and read on that one; then the shipped model (trained on all of them) is read on the
held-out writers (`heldout`: s6–s8, never trained on). The word lists (readers/claims/cues.py: the cue
patterns of rules/facts/promise.py, procurement.py, strategy_a.py, companies.py, author.py, core/text/cues.py
and readers/extract*.py, with the filters those applied) need no training and are read on the same sentences.
Leave-one-writer-out counts are summed over the training writers. Modality: the classifier beside the
table-driven rules of core/text/modality.py. Writes benchmarks/results/claims.json.
"""

from __future__ import annotations

import time
from collections import Counter

import numpy as np

from benchmarks.common import print_rows, save
from chiiki_mirai.core.text.modality import modality as rule_modality
from chiiki_mirai.readers.claims import store, train
from chiiki_mirai.readers.claims.cues import word_list
from chiiki_mirai.readers.claims.reading import THRESHOLD
from chiiki_mirai.readers.claims.vectors import WordVectors


def _pr(c: Counter) -> tuple[float, float, float]:
    p = c["tp"] / max(1, c["tp"] + c["fp"])
    r = c["tp"] / max(1, c["tp"] + c["fn"])
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)


def _count(c: Counter, said: bool, gold: bool) -> None:
    c["tp" if said and gold else "fp" if said else "fn" if gold else "tn"] += 1


def run() -> dict:
    data = train.load_sentences()
    vectors = WordVectors.load(store.model_dir()) if store.get_model().vectors is not None else None
    clf = {label: Counter() for label in train.LABELS}
    words = {label: Counter() for label in train.LABELS}
    mod_ok = Counter()
    t0 = time.perf_counter()
    for writer in sorted({s.writer for s in data}):
        model = train.fit([s for s in data if s.writer != writer], vectors)
        for s in (s for s in data if s.writer == writer):
            proba = model.label_proba(s.text)
            for i, label in enumerate(train.LABELS):
                gold = label in s.labels
                _count(clf[label], bool(proba[i] >= THRESHOLD), gold)
                _count(words[label], word_list(label, s.text), gold)
            predicted = train.MODALITIES[int(np.argmax(model.modality_proba(s.text)))]
            mod_ok["classifier"] += predicted == s.modality
            mod_ok["rules"] += rule_modality(s.text) == s.modality
            mod_ok["n"] += 1
    out = {"sentences": len(data), "threshold": THRESHOLD, "seconds": round(time.perf_counter() - t0, 1), "labels": {}}
    rows = []
    for label in train.LABELS:
        cp, cr, cf = _pr(clf[label])
        wp, wr, wf = _pr(words[label])
        out["labels"][label] = {"classifier": [round(cp, 3), round(cr, 3)], "word_list": [round(wp, 3), round(wr, 3)]}
        rows.append((label, f"P {cp:.2f} R {cr:.2f} F1 {cf:.2f}", f"word list P {wp:.2f} R {wr:.2f} F1 {wf:.2f}"))
    for name, counts in (("classifier", clf), ("word_list", words)):
        total = sum(counts.values(), Counter())
        out[f"micro_{name}"] = [round(x, 3) for x in _pr(total)]
    cp, cr, cf = out["micro_classifier"]
    wp, wr, wf = out["micro_word_list"]
    rows.append(("micro (all labels)", f"P {cp:.2f} R {cr:.2f} F1 {cf:.2f}", f"word list P {wp:.2f} R {wr:.2f} F1 {wf:.2f}"))
    out["modality_accuracy"] = {k: round(mod_ok[k] / mod_ok["n"], 3) for k in ("classifier", "rules")}
    rows.append(("modality accuracy", f"{out['modality_accuracy']['classifier']:.3f}",
                 f"rules (core/text/modality.py) {out['modality_accuracy']['rules']:.3f}"))
    print_rows("claims: leave-one-writer-out, classifier vs word lists", rows)
    out["heldout"] = _heldout()
    print(f"  saved {save('claims', out)}")
    return out


def _heldout() -> dict:
    """The shipped model on the held-out writers' sentences, beside the word lists."""
    model = store.get_model()
    clf, words, mod_ok = Counter(), Counter(), Counter()
    held = train.load_sentences("heldout")
    for s in held:
        proba = model.label_proba(s.text)
        for i, label in enumerate(train.LABELS):
            gold = label in s.labels
            _count(clf, bool(proba[i] >= THRESHOLD), gold)
            _count(words, word_list(label, s.text), gold)
        mod_ok["classifier"] += train.MODALITIES[int(np.argmax(model.modality_proba(s.text)))] == s.modality
        mod_ok["rules"] += rule_modality(s.text) == s.modality
    n = max(1, len(held))
    got = {"writers": train.split("heldout"), "sentences": len(held),
           "micro_classifier": [round(x, 3) for x in _pr(clf)], "micro_word_list": [round(x, 3) for x in _pr(words)],
           "modality_accuracy": {k: round(mod_ok[k] / n, 3) for k in ("classifier", "rules")}}
    cp, cr, cf = got["micro_classifier"]
    wp, wr, wf = got["micro_word_list"]
    print_rows(f"claims: the shipped model on held-out writers {', '.join(got['writers'])} ({len(held)} sentences)", [
        ("micro (all labels)", f"P {cp:.2f} R {cr:.2f} F1 {cf:.2f}", f"word list P {wp:.2f} R {wr:.2f} F1 {wf:.2f}"),
        ("modality accuracy", f"{got['modality_accuracy']['classifier']:.3f}",
         f"rules (core/text/modality.py) {got['modality_accuracy']['rules']:.3f}"),
    ])
    return got


if __name__ == "__main__":
    run()
