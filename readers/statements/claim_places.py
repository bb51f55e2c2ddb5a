"""Where each claim belongs: the 記載項目 that asks for it, and how much its place adds to the classifier.

A claim read where the plan asks for it (a market need under 現状の整理 or 基本戦略, an advantage under the
勝ち筋, a comparison under 設定の根拠) is more likely meant than the same words elsewhere (「ニーズ」 inside a
KPI name, 「市場は」 inside 「ターゲット市場は」 in a KGI table). The confidence of a claim statement is the
classifier's probability moved in log-odds by its place:

    confidence = sigmoid(logit(p) + BONUS[place])      place ∈ home / section / unplaced / elsewhere

`home`: the unit sits under an item of HOME[label]; `section`: under another item of the same section (B.4.2
for B.4.1); `unplaced`: under no 記載項目 (a preamble, a heading the outline could not place); `elsewhere`:
under an item that does not ask for it (or one that names rather than claims: AWAY). A claim counts only
when the classifier leans to it by itself (core/claim_rules.LEANS): the place confirms or doubts a reading,
it never makes one — so words elsewhere need a clearer reading (p ≥ 0.73 elsewhere, 0.62 unplaced), and a
weak reading at home becomes a candidate for the reviewer. BONUS, STATED and CANDIDATE were chosen on the
dev half of the independent corpus (benchmarks/fit_claim_places.py; writers w1, w3, w6), never on the
held-out half: over home 0.5–1.5, section 0–0.3, elsewhere −1.5 to −0.5 the dev verdicts barely move; home
below 1.0 turns one met item into a false alarm, above it adds reviews on met items.
"""

from __future__ import annotations

import math

from chiiki_mirai.core.claim_homes import HOME

# items that name things rather than claim them (the product, the area, the KGI table): a claim read there
# is `elsewhere` unless the item is its home (jobs and wages are at home in the KGI)
AWAY = ("B.1.1", "C.1.1", "B.2.1", "C.2.1", "A.2.1", "B.3.2", "C.3.2", "A.5.1")

# log-odds added by the place (calibrated on dev: benchmarks/fit_claim_places.py)
BONUS = {"home": 1.0, "section": 0.3, "unplaced": -0.5, "elsewhere": -1.0}


def _section(item: str) -> str:
    parts = item.split(".")
    return ".".join(parts[:2])


def place_kind(label: str, item: str | None) -> str:
    if not item:
        return "unplaced"
    home = HOME.get(label, ())
    if item in home or any(item.startswith(h + ".") for h in home):
        return "home"
    if item not in AWAY and any(_section(item) == _section(h) for h in home):
        return "section"
    return "elsewhere"


def confidence(label: str, p: float, item: str | None) -> float:
    """The classifier's probability moved by the unit's place (see the module docstring)."""
    p = min(max(p, 1e-6), 1 - 1e-6)
    z = math.log(p / (1 - p)) + BONUS[place_kind(label, item)]
    return 1.0 / (1.0 + math.exp(-z))
