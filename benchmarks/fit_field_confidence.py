"""Fit the classifier's confidence (recommender/confidence.py) on dev data only, and choose its threshold.

    python -m benchmarks.fit_field_confidence          # fit, print the figures, write the resource
    python -m benchmarks.fit_field_confidence --check  # also the writer-wise cross-check (fit d1, test d2 ...)

Data (all dev or in-house, never the held-out writers): the dev product descriptions and desk questions
(tests/corpus/desk, SPLIT.yaml dev), the in-house labelled sentences (tests/data/fields_labelled.tsv,
examples/fields.tsv) and the dev plans of the independent corpus. A text's best field is "right" when it is
the label; the logistic regression (numpy, L2) learns how likely that is from the best field's features, and
the threshold is the one that makes the most texts right on field-or-none. Writes
recommender/resources/field_confidence.yaml with the figures it was chosen on.
"""

from __future__ import annotations

import argparse
import csv
import datetime as dt
from pathlib import Path

import numpy as np
import yaml

from benchmarks import corpus_eval as ce
from benchmarks import desk_corpus_eval as de
from chiiki_mirai import service
from chiiki_mirai.knowledge.loader import load_kb
from chiiki_mirai.recommender.api import plan_industry_text
from chiiki_mirai.recommender.classify import classify
from chiiki_mirai.recommender.confidence import FEATURES, RESOURCE
from chiiki_mirai.recommender.plan_fields import SUBJECT_MIN_CHARS, subject_text

ROOT = Path(__file__).resolve().parents[1]
TSVS = [ROOT / "tests" / "data" / "fields_labelled.tsv", ROOT / "examples" / "fields.tsv"]
L2 = 0.01


def dev_texts() -> list[tuple[str, str, str]]:
    """(source, text, field label) of every dev text."""
    out = [(f"products:{p.writer}", p.text, p.field) for p in de.products("dev")]
    out += [(f"questions:{q.writer}", q.text, q.field) for q in de.questions("dev")]
    for path in TSVS:
        with path.open(encoding="utf-8") as f:
            out += [("inhouse", r["text"], r["field"]) for r in csv.DictReader(f, delimiter="\t")]
    for d in ce.drafts("dev"):
        want = d.label.get("fields") or []
        if want:
            plan, _ = service.read_plan(d.path)
            # classify_plan reads the plan's subject first and its whole industry text when that names no field
            out.append((f"plans:{d.writer}", plan_industry_text(plan), str(want[0])))
            if len(subject_text(plan).strip()) >= SUBJECT_MIN_CHARS:
                out.append((f"plans:{d.writer}", subject_text(plan), str(want[0])))
    return out


def rows(texts: list[tuple[str, str, str]]) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """Features, whether the best field is the label, whether the label is none."""
    kb = load_kb()
    cls = classify([t for _, t, _ in texts], kb, top=3)
    x = np.array([[c.features.get(k, 0.0) for k in FEATURES] for c in cls])
    best = [str(c.best.number) if c.best else "none" for c in cls]
    y = np.array([b == lab for b, (_, _, lab) in zip(best, texts, strict=True)], dtype=float)
    none = np.array([lab == "none" for _, _, lab in texts])
    return x, y, none


def fit(x: np.ndarray, y: np.ndarray) -> tuple[np.ndarray, float, np.ndarray, np.ndarray]:
    mu, sd = x.mean(axis=0), x.std(axis=0) + 1e-9
    z = (x - mu) / sd
    w, b = np.zeros(z.shape[1]), 0.0
    for _ in range(5000):
        p = 1 / (1 + np.exp(-(z @ w + b)))
        g = p - y
        w -= 0.5 * (z.T @ g / len(y) + L2 * w)
        b -= 0.5 * g.mean()
    return w, b, mu, sd


def prob(x: np.ndarray, w: np.ndarray, b: float, mu: np.ndarray, sd: np.ndarray) -> np.ndarray:
    return 1 / (1 + np.exp(-(((x - mu) / sd) @ w + b)))


def best_threshold(p: np.ndarray, y: np.ndarray, none: np.ndarray) -> tuple[float, float]:
    """The threshold with the most texts right (field named and right, or none and labelled none)."""
    best = (0.0, -1.0)
    for t in np.arange(0.05, 0.96, 0.01):
        acc = float(np.mean(np.where(p >= t, y, none)))
        if acc > best[1] + 1e-12:
            best = (round(float(t), 2), acc)
    return best


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--check", action="store_true", help="also fit without each dev writer and test on it")
    args = ap.parse_args()
    texts = dev_texts()
    x, y, none = rows(texts)
    w, b, mu, sd = fit(x, y)
    t, acc = best_threshold(prob(x, w, b, mu, sd), y, none)
    print(f"dev texts {len(texts)}: field-or-none right {acc:.1%} at threshold {t}")
    if args.check:
        src = np.array([s for s, _, _ in texts])
        for bb in de.split()["dev"]:
            tr = ~np.char.endswith(src, bb)
            te = np.char.endswith(src, bb)
            wa, ba, ma, sa = fit(x[tr], y[tr])
            ta, _ = best_threshold(prob(x[tr], wa, ba, ma, sa), y[tr], none[tr])
            pa = prob(x[te], wa, ba, ma, sa)
            print(f"  fit without {bb}, test on {bb}: {float(np.mean(np.where(pa >= ta, y[te], none[te]))):.1%}")
    # the weights on the raw features, so that confidence.py needs no scaler
    raw_w = w / sd
    raw_b = b - float(np.sum(w * mu / sd))
    out = {
        "fitted": dt.date.today().isoformat(),
        "data": f"dev only: tests/corpus/desk {','.join(de.split()['dev'])} products and questions; "
                "tests/data/fields_labelled.tsv; examples/fields.tsv; dev plans of tests/corpus/independent "
                f"({','.join(sorted({d.writer for d in ce.drafts('dev')}))}; subject and whole industry text)",
        "texts": len(texts),
        "dev_field_or_none_right": round(float(acc), 4),
        "weights": {k: round(float(v), 5) for k, v in zip(FEATURES, raw_w, strict=True)},
        "bias": round(float(raw_b), 5),
        "threshold": float(t),
    }
    RESOURCE.write_text("# Written by python -m benchmarks.fit_field_confidence (do not edit by hand)\n"
                        + yaml.safe_dump(out, allow_unicode=True, sort_keys=False), encoding="utf-8")
    print(f"wrote {RESOURCE}")


if __name__ == "__main__":
    main()
