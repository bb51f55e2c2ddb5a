"""Reading one clause: the classifier's labels and modality (the public functions of readers.claims)."""

from __future__ import annotations

import re
from dataclasses import dataclass

from chiiki_mirai.core.statement import Modality
from chiiki_mirai.core.text.normalize import nfkc
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
    mods = _grounded(dict(zip(m.modalities, (float(x) for x in mp), strict=True)), text)
    best = max(mods, key=mods.__getitem__)
    return Reading(text, dict(zip(m.labels, (float(x) for x in lp), strict=True)), best, mods)  # type: ignore[arg-type]


# a word that can deny or lessen what a clause says: a negative form (ない・ず・ません・不・未・無 …), a refusal or an end
# (見送る・取りやめ・廃止・解消), a difficulty or a shortfall (難しい・困難・負けている・下回る・とどまる), a dependence
# (頼る・輸入). The classifier weighs character n-grams, so it may read 「十分」 (seen in 「不十分」「十分ではない」)
# as a denial: a clause with none of these words denies nothing. Every labelled sentence read as negated has one.
_NEGATIVE_FORM = re.compile(
    r"な[いくしかけ]|無[いしく]|(?<!必)(?<!^ま)(?<![、。\s]ま)ず(?![かつっれ])|ぬ|ません|不(?!動産)|未(?!来)|非(?!常)|否|無|見送|やめ|止め|"
    r"取りやめ|とりやめ|廃|中止|控え|避け|回避|解消|脱却|"
    r"ゼロ|(?<![0-9])0\s*(?:件|社|人|%)|下げ|減ら|抑え|低|(?<![海以])外|難|(?<![信依])頼|輸入|負け|下回|小さ|とどま|"
    r"限られ"
)


def _grounded(mods: dict[str, float], text: str) -> dict[str, float]:
    """The modality probabilities without a denial the clause has no word for (the rest renormalised)."""
    if mods.get("negated", 0.0) <= 0.0 or _NEGATIVE_FORM.search(nfkc(text)):
        return mods
    rest = max(1e-9, 1.0 - mods["negated"])
    return {k: (0.0 if k == "negated" else v / rest) for k, v in mods.items()}


def classify(text: str) -> dict[str, float]:
    """Every claim label → the probability that the clause states it."""
    return read(text).labels


def modality(text: str) -> Modality:
    """How the clause holds its claim: affirmed / planned / considering / negated / placeholder / none."""
    return read(text).modality

