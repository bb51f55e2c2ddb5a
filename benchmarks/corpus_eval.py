"""Score the check against the independent corpus (tests/corpus/independent), beside trivial baselines.

The labels are the writers' frozen expectations (`<writer>/labels.yaml`, corrections applied from
`<writer>/corrections.yaml`). An item labelled `gap` is *found* when the tool reports it partial or missing;
an item labelled `met` is a *false alarm* when the tool reports a gap, and a *review on met* when it says review.
Items labelled `review` or `n/a` are not scored. `jc` (the writer's judgement call) labels are scored in
"all" and left out in "firm".

Baselines, scored the same way:
- `all_met`: every item met (never finds a gap, never a false alarm);
- `fixed_list`: per plan type, the items that are gaps in at least a third of the dev drafts of that type
  (a list tuned on dev and applied everywhere, ignoring the draft).
"""

from __future__ import annotations

import hashlib
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

CORPUS_DIR = Path(__file__).resolve().parents[1] / "tests" / "corpus" / "independent"
GAP = ("partial", "missing")


@dataclass(frozen=True)
class Draft:
    writer: str
    path: Path
    label: dict[str, Any]

    @property
    def name(self) -> str:
        return self.path.name


def split() -> dict[str, list[str]]:
    return yaml.safe_load((CORPUS_DIR / "SPLIT.yaml").read_text(encoding="utf-8"))


def frozen_problems(writer: str) -> list[str]:
    """Files whose sha256 differs from the writer's FROZEN.sha256 (labels are never edited after freezing)."""
    wdir = CORPUS_DIR / writer
    out = []
    for line in (wdir / "FROZEN.sha256").read_text(encoding="utf-8").splitlines():
        if not line.strip():
            continue
        digest, rel = line.split(maxsplit=1)
        p = wdir / rel.strip().lstrip("*")
        if not p.is_file() or hashlib.sha256(p.read_bytes()).hexdigest() != digest:
            out.append(f"{writer}/{rel}")
    return out


def _corrections(writer: str) -> dict[tuple[str, str], str]:
    p = CORPUS_DIR / writer / "corrections.yaml"
    if not p.is_file():
        return {}
    rows = yaml.safe_load(p.read_text(encoding="utf-8")) or []
    return {(r["draft"], r["item"]): r["new"] for r in rows}


def drafts(half: str) -> list[Draft]:
    """The drafts of one half ("dev" or "heldout"), sorted by writer and name."""
    out = []
    for writer in split()[half]:
        labels = yaml.safe_load((CORPUS_DIR / writer / "labels.yaml").read_text(encoding="utf-8"))
        fixes = _corrections(writer)
        for name in sorted(labels):
            label = labels[name]
            for (draft, item), new in fixes.items():
                if draft == name and item in label["items"]:
                    label["items"][item] = {**_norm(label["items"][item]), "status": new, "corrected": True}
            out.append(Draft(writer, CORPUS_DIR / writer / "drafts" / name, label))
    return out


def _norm(v: Any) -> dict[str, Any]:
    return v if isinstance(v, dict) else {"status": v}


@dataclass
class Score:
    gaps: int = 0
    found: int = 0
    met: int = 0
    false_alarms: int = 0
    review_on_met: int = 0
    type_total: int = 0
    type_right: int = 0
    field_total: int = 0
    field_right: int = 0
    missed: list[str] = field(default_factory=list)
    alarms: list[str] = field(default_factory=list)

    def add_item(self, where: str, want: str, got: str | None) -> None:
        if want == "gap":
            self.gaps += 1
            if got in GAP:
                self.found += 1
            else:
                self.missed.append(f"{where} (tool: {got})")
        elif want == "met":
            self.met += 1
            if got in GAP:
                self.false_alarms += 1
                self.alarms.append(f"{where} (tool: {got})")
            elif got == "review":
                self.review_on_met += 1

    def figures(self) -> dict[str, Any]:
        def pct(a: int, b: int) -> float | None:
            return round(100 * a / b, 1) if b else None

        return {
            "gaps": self.gaps,
            "gaps_found_pct": pct(self.found, self.gaps),
            "met": self.met,
            "false_alarm_pct": pct(self.false_alarms, self.met),
            "review_on_met_pct": pct(self.review_on_met, self.met),
            "plan_type_pct": pct(self.type_right, self.type_total),
            "first_field_pct": pct(self.field_right, self.field_total),
        }


Predictor = Callable[[Draft], dict[str, Any]]  # → {"plan_type", "items": {id: status}, "first_field"}


def score(items: Iterable[Draft], predict: Predictor, firm_only: bool = False) -> Score:
    s = Score()
    for d in items:
        got = predict(d)
        s.type_total += 1
        s.type_right += got.get("plan_type") == d.label.get("plan_type")
        want_fields = d.label.get("fields") or []
        if want_fields and "first_field" in got:
            s.field_total += 1
            first = want_fields[0]
            s.field_right += str(got["first_field"]) == str(first)
        for item, raw in d.label["items"].items():
            lab = _norm(raw)
            if firm_only and lab.get("jc"):
                continue
            s.add_item(f"{d.writer}/{d.name} {item}", lab["status"], got["items"].get(item))
    return s


def all_met(d: Draft) -> dict[str, Any]:
    return {"plan_type": d.label.get("plan_type"), "items": defaultdict(lambda: "met")}


def fixed_list_from(dev: list[Draft], threshold: float = 1 / 3) -> Predictor:
    """The per-type list of items that are gaps in ≥ threshold of the dev drafts of that type."""
    seen: dict[str, Counter] = defaultdict(Counter)
    gaps: dict[str, Counter] = defaultdict(Counter)
    for d in dev:
        t = d.label["plan_type"]
        for item, raw in d.label["items"].items():
            seen[t][item] += 1
            gaps[t][item] += _norm(raw)["status"] == "gap"
    listed = {t: {i for i in seen[t] if gaps[t][i] >= threshold * seen[t][i]} for t in seen}

    def predict(d: Draft) -> dict[str, Any]:
        t = d.label.get("plan_type")
        items = {i: ("partial" if i in listed.get(t, set()) else "met") for i in d.label["items"]}
        return {"plan_type": t, "items": items}

    return predict
