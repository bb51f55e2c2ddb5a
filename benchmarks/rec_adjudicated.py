"""The adjudicated labels as a correction layer over the reviewers' frozen judgements (issue 19).

The reviewers' judgements (tests/corpus/recommend/judged_r*.yaml) stay as they were frozen; the adjudications
(tests/corpus/recommend/adjudication/adjudicated_*.yaml, each frozen by a FROZEN_*.sha256 beside it) correct them
for the (plan, measure) pairs of the reviewer splits chosen on dev (benchmarks/rec_splits.py). The benchmark prints
the figures with the correction beside the original ones, never in their place. The rule, decided before any
adjudication existed (tests/corpus/recommend/adjudication/README.md):

1. An entry counts only with a verdict (apt / plausible / noise) and a non-empty `passage`; an `apt` entry also
   needs a `window` and a `window_source`.
2. Several adjudicators of one pair: their verdicts' median on noise < plausible < apt, the lower middle one for
   an even number (no adjudicator's withheld credit is claimed).
3. For an adjudicated pair the adjudicated verdict replaces the reviewer's verdict (apt / plausible / noise) in
   both halves alike; the reviewer's `named`, `warnings` and the pairs nobody adjudicated stay as they are.
4. Window of an adjudicated pair whose verdict is apt: the windows the adjudicators (of apt) gave with a source
   passage are the accepted ones (a regional office counts for its ministry, as before); where every such window
   is `general knowledge, uncertain`, the pair's window is not scored in the adjudicated figures (the sources
   cannot decide it) and the number of such pairs is printed. The reviewer's window of an adjudicated pair is
   dropped in the adjudicated figures.
"""

from __future__ import annotations

import dataclasses
import hashlib
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

import yaml

from benchmarks import rec_eval as re_

ADJ_DIR = re_.JUDGED_DIR / "adjudication"
ORDER = ("noise", "plausible", "apt")
UNCERTAIN = "general knowledge, uncertain"


@dataclass
class Pair:
    """The adjudications of one (plan, measure) pair."""

    verdicts: list[str] = field(default_factory=list)
    windows: list[tuple[str, str]] = field(default_factory=list)  # (window, window_source) of apt entries

    def verdict(self) -> str:
        ranks = sorted(ORDER.index(v) for v in self.verdicts)
        return ORDER[ranks[(len(ranks) - 1) // 2]]

    def sourced_windows(self) -> tuple[str, ...]:
        return tuple(sorted({w for w, src in self.windows if src.strip().lower() != UNCERTAIN}))


@dataclass
class Layer:
    pairs: dict[tuple[str, str], Pair] = field(default_factory=dict)
    rejected: int = 0  # entries without a valid verdict or passage
    files: int = 0


def frozen_problems(folder: Path = ADJ_DIR) -> list[str]:
    """Adjudication files that no FROZEN_*.sha256 covers, or whose digest changed."""
    digests = {}
    for f in sorted(folder.glob("FROZEN_*.sha256")):
        for line in f.read_text(encoding="utf-8").splitlines():
            if line.strip():
                digest, rel = line.split(maxsplit=1)
                digests[Path(rel.strip().lstrip("*")).name] = digest
    out = []
    for p in sorted(folder.glob("adjudicated_*.yaml")):
        if digests.get(p.name) != hashlib.sha256(p.read_bytes()).hexdigest():
            out.append(p.name)
    return out


def _valid(entry: object) -> bool:
    if not isinstance(entry, dict) or entry.get("verdict") not in ORDER or not str(entry.get("passage") or "").strip():
        return False
    return entry["verdict"] != "apt" or bool(entry.get("window") and str(entry.get("window_source") or "").strip())


def load(folder: Path = ADJ_DIR) -> Layer:
    layer = Layer()
    for p in sorted(folder.glob("adjudicated_*.yaml")):
        layer.files += 1
        for plan, measures in (yaml.safe_load(p.read_text(encoding="utf-8")) or {}).items():
            for mid, entry in (measures or {}).items():
                if not _valid(entry):
                    layer.rejected += 1
                    continue
                pair = layer.pairs.setdefault((str(plan), str(mid)), Pair())
                pair.verdicts.append(entry["verdict"])
                if entry["verdict"] == "apt":
                    pair.windows.append((str(entry["window"]), str(entry["window_source"])))
    return layer


@dataclass
class Applied:
    judgements: list[re_.Judgement]
    pairs: int = 0  # adjudicated pairs among these plans
    changed: int = 0  # of them, with a verdict other than the reviewer's
    windows_unscored: int = 0  # apt pairs whose adjudicated windows all rest on general knowledge


def apply(judged: Iterable[re_.Judgement], layer: Layer) -> Applied:
    """The judgements with the adjudicated verdicts and windows in place of the reviewers' (rule 3, 4)."""
    by_plan: dict[str, dict[str, Pair]] = {}
    for (plan, mid), pair in layer.pairs.items():
        by_plan.setdefault(plan, {})[mid] = pair
    out = Applied([])
    for j in judged:
        adj = by_plan.get(j.plan, {})
        if not adj:
            out.judgements.append(j)
            continue
        apt, plausible = set(j.apt), set(j.plausible)
        windows, alts = dict(j.windows), dict(j.alt_windows)
        for mid, pair in adj.items():
            v = pair.verdict()
            out.pairs += 1
            out.changed += v != re_.verdict_of(j, mid)
            apt.discard(mid)
            plausible.discard(mid)
            windows.pop(mid, None)
            alts.pop(mid, None)
            {"apt": apt, "plausible": plausible}.get(v, set()).add(mid)
            sourced = pair.sourced_windows()
            if v == "apt" and sourced:
                windows[mid], alts[mid] = sourced[0], sourced[1:]
            elif v == "apt":
                out.windows_unscored += 1
        out.judgements.append(dataclasses.replace(
            j, apt=tuple(sorted(apt)), plausible=tuple(sorted(plausible)), windows=windows, alt_windows=alts))
    return out
