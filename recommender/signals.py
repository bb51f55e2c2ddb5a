"""What a classification adds to the ranking signals: the matched fields, products and outside sectors.

Shared by the plan recommender (`api.plan_signals`) and the desk's search (`search.search_measures`).
"""

from __future__ import annotations

from chiiki_mirai.recommender.classify import Classification
from chiiki_mirai.recommender.ranking_model import Signals

SECTOR_MIN = 0.5
SECTOR_RELATIVE = 0.8


def add_classification(sig: Signals, cls: Classification | None) -> None:
    """The matched fields and products, with the plan's word that matched them."""
    if cls is None:
        return
    best = max((score for _, _, score in cls.outside), default=0.0)
    for sid, name, score in cls.outside:
        # the outside anchors overlap (部品加工, 商業 echo many texts): only a clear, leading sector counts
        if score >= SECTOR_MIN and score >= SECTOR_RELATIVE * best:
            sig.sectors[sid] = (score, name)
    for f in cls.fields:
        sig.fields[f.number] = (f.score, (f.terms or [f.name])[0])
        for p in f.products:
            sig.products[p.id] = (p.score, (p.terms or [p.name])[0])
