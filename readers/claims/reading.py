"""Reading one clause: the classifier's labels and modality (the public functions of readers.claims)."""

from __future__ import annotations

from dataclasses import dataclass

from chiiki_mirai.core.statement import Modality
from chiiki_mirai.readers.claims.store import get_model
from chiiki_mirai.readers.claims.tokens import clean
from chiiki_mirai.readers.claims.train import LABELS, MODALITIES

THRESHOLD = 0.5  # a label is stated when its probability reaches this (the figures are measured at it)


@dataclass(frozen=True)
class Reading:
    text: str
    labels: dict[str, float]  # every label → probability
    modality: Modality
    modality_proba: dict[str, float]

    @property
    def stance(self) -> Modality:
        """The modality among those that hold a claim (not `none`): how the clause holds what it says. The
        labelled sentences mark `none` where a sentence claims none of the labels, so a sentence about
        something else (the roadmap, the block's draft) is often `none` though it plainly affirms it."""
        held = {k: v for k, v in self.modality_proba.items() if k != "none"}
        return max(held, key=held.__getitem__) if held else "none"  # type: ignore[return-value]

    def stated(self, threshold: float = THRESHOLD) -> list[str]:
        """The labels at or above the threshold, most probable first."""
        return [k for k, p in sorted(self.labels.items(), key=lambda kv: -kv[1]) if p >= threshold]


def read(text: str) -> Reading:
    """Labels and modality of one clause (a sentence, a list entry, a cell, a key：value value)."""
    if not clean(text):
        return Reading(text or "", dict.fromkeys(LABELS, 0.0), "none", {m: float(m == "none") for m in MODALITIES})
    m = get_model()
    lp, mp = m.predict(text)
    mods = dict(zip(m.modalities, (float(x) for x in mp), strict=True))
    best = max(mods, key=mods.__getitem__)
    return Reading(text, dict(zip(m.labels, (float(x) for x in lp), strict=True)), best, mods)  # type: ignore[arg-type]


def classify(text: str) -> dict[str, float]:
    """Every claim label → the probability that the clause states it."""
    return read(text).labels


def modality(text: str) -> Modality:
    """How the clause holds its claim: affirmed / planned / considering / negated / placeholder / none."""
    return read(text).modality

