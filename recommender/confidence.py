"""How sure the classifier is that a text belongs to its best field: a calibrated probability.

The features of the best field (its combined score; its exact-word, paraphrase, soft-word and vector evidence;
its margin over the next field; the best outside sector's score; the text's length; whether the text names a
technology it only uses) go through a logistic function whose weights were fitted on the dev halves only
(`python -m benchmarks.fit_field_confidence`: dev product descriptions and desk questions, the in-house labelled
sentences, the dev plans). The text gets a field only when the probability reaches the threshold chosen on the
same data; below it the answer is 「分野は特定できません」.
"""

from __future__ import annotations

import functools
import math
from pathlib import Path

import yaml

RESOURCE = Path(__file__).with_name("resources") / "field_confidence.yaml"
FEATURES = ("score", "exact", "para", "soft", "sem", "margin", "outside", "words", "use")
# before any fit: a field with a combined score of 0.3 is as likely right as not
DEFAULT = {"weights": {"score": 10.0}, "bias": -3.0, "threshold": 0.5}


@functools.lru_cache(maxsize=2)
def params(path: Path = RESOURCE) -> dict:
    if not path.is_file():
        return DEFAULT
    return yaml.safe_load(path.read_text(encoding="utf-8")) or DEFAULT


def confidence(features: dict[str, float], p: dict | None = None) -> float:
    p = p or params()
    z = p.get("bias", 0.0) + sum(w * features.get(k, 0.0) for k, w in p.get("weights", {}).items())
    return 1.0 / (1.0 + math.exp(-max(min(z, 40.0), -40.0)))


def threshold(p: dict | None = None) -> float:
    return float((p or params()).get("threshold", 0.5))
