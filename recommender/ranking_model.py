"""The data the ranking works on: the plan's signals, the seeds of its graph walk, each score's links."""

from __future__ import annotations

from dataclasses import dataclass, field

from chiiki_mirai.knowledge.schema import Measure
from chiiki_mirai.recommender.themes import ThemeStrength
from chiiki_mirai.recommender.weights import SEED_GAP


@dataclass
class Seeds:
    """The plan's nodes in the graph with their weights, and where each came from (for paths)."""

    weights: dict[str, float] = field(default_factory=dict)
    origin: dict[str, str] = field(default_factory=dict)  # node → plan text / label it came from

    def add(self, node: str, w: float, origin: str) -> None:
        if w > self.weights.get(node, 0.0):
            self.weights[node] = w
            self.origin[node] = origin


@dataclass
class Signals:
    """What a plan (or a question) says about its needs, in the terms the scorer uses."""

    plan_type: str | None = None
    themes: dict[str, ThemeStrength] = field(default_factory=dict)
    gap_themes: dict[str, list[str]] = field(default_factory=dict)  # theme → the gaps that call for it
    fields: dict[int, tuple[float, str]] = field(default_factory=dict)  # number → (score, plan word)
    products: dict[str, tuple[float, str]] = field(default_factory=dict)  # id → (score, plan word)
    # sectors outside the 17 fields (outside_examples) the text belongs to: id → (score, sector name)
    sectors: dict[str, tuple[float, str]] = field(default_factory=dict)
    gaps: list[str] = field(default_factory=list)  # requirement / check ids not met
    segments: list[tuple[str, float, str]] = field(default_factory=list)  # (text, weight, label)
    # evidence computed outside the scorer, per measure id (the desk's word overlap, desk_words.py);
    # a measure with such evidence is a candidate even when it targets fields the text did not match
    extra: dict[str, list[Link]] = field(default_factory=dict)
    # measure id → the share of its score it keeps (the desk: a measure aimed at an industry the question does not
    # name, industry_named.py); never above 1, so a measure's bound stays an upper bound
    scale: dict[str, float] = field(default_factory=dict)

    def seeds(self) -> Seeds:
        s = Seeds()
        if self.plan_type:
            s.add(f"plan_type:{self.plan_type}", 0.5, "")
        for n, (w, word) in self.fields.items():
            s.add(f"field:{n}", min(1.0, w), word)
        for p, (w, word) in self.products.items():
            s.add(f"product:{p}", min(1.0, w), word)
        for t, ts in self.themes.items():
            s.add(f"theme:{t}", ts.strength, "・".join(ts.cues[:2]))
        for g in self.gaps:  # a gap is a requirement or a check node; PageRank skips the one that is absent
            s.add(f"requirement:{g}", SEED_GAP, "")
            s.add(f"check:{g}", SEED_GAP, "")
        return s


@dataclass
class Link:
    """One piece of evidence for a measure: what in the plan, through which node, how much."""

    kind: str  # theme / menu / field / product / gap / text / words / ppr
    ref: str  # theme id, plan type, field number, product id, gap id, matched term
    origin: str  # the plan's words or place behind it
    contribution: float
    detail: dict = field(default_factory=dict)


@dataclass
class Scored:
    measure: Measure
    score: float
    links: list[Link]  # strongest first
    conditions: list[dict]
    # the score it was ranked by: relevance less the penalty for measures already listed for the same
    # main need (set by diversify; non-increasing down the list)
    rank_score: float | None = None

    @property
    def has_field(self) -> bool:
        return any(lk.kind in ("field", "product") for lk in self.links)
