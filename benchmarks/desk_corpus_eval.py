"""Score the desk and the field classifier on sets nobody tuned to, beside trivial baselines.

Sets (labels frozen before the tool ran, split by writer):
- `tests/corpus/desk/d*/questions.yaml`: desk questions with `expected` (one of them must be in the first
  five measures shown), `applicable` (every measure that applies) and `field` (1-17 or none);
- `tests/corpus/desk/d*/products.yaml`: short product descriptions with `field` and `product`;
- `tests/corpus/independent/w*/labels.yaml`: plans with their `fields` (the first one is scored).

What an answer shows: the measures the search matched; when it matched none it says so and offers the
general desks (the one-stop desk, よろず支援拠点), and those offers are what it shows. A question labelled
`expected: []` is right when the answer says that nothing matched.

Baselines, scored the same way: a fixed top-5 list (the measures most often expected in the dev half), the
most common field (and product) of the dev half.
"""

from __future__ import annotations

import hashlib
from collections import Counter
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

ROOT = Path(__file__).resolve().parents[1]
DESK_DIR = ROOT / "tests" / "corpus" / "desk"
THIN = 3  # an answer with fewer measures than this is thin where at least this many apply


@dataclass(frozen=True)
class Question:
    writer: str
    id: str
    text: str
    expected: tuple[str, ...]
    applicable: tuple[str, ...]
    field: str  # "1".."17" or "none"


@dataclass(frozen=True)
class Product:
    writer: str
    id: str
    text: str
    field: str
    product: str  # "F08.P2" or "none"


@dataclass(frozen=True)
class Answer:
    """What the desk showed: measure ids in order, whether it matched anything, the field line."""

    ids: tuple[str, ...]
    matched: bool
    field: str


@dataclass(frozen=True)
class Placement:
    """What the classifier said about a text: first field (or none) and products, best first."""

    field: str
    products: tuple[str, ...]


def split(corpus: Path = DESK_DIR) -> dict[str, list[str]]:
    return yaml.safe_load((corpus / "SPLIT.yaml").read_text(encoding="utf-8"))


def frozen_problems(writer: str, corpus: Path = DESK_DIR) -> list[str]:
    """Files whose sha256 differs from the writer's FROZEN.sha256."""
    out = []
    wdir = corpus / writer
    for line in (wdir / "FROZEN.sha256").read_text(encoding="utf-8").splitlines():
        if line.strip():
            digest, rel = line.split(maxsplit=1)
            p = wdir / rel.strip().lstrip("*")
            if not p.is_file() or hashlib.sha256(p.read_bytes()).hexdigest() != digest:
                out.append(f"{writer}/{rel}")
    return out


def _field(v: Any) -> str:
    return "none" if v in (None, "none", "") else str(int(v))


def questions(half: str, corpus: Path = DESK_DIR) -> list[Question]:
    out = []
    for w in split(corpus)[half]:
        for q in yaml.safe_load((corpus / w / "questions.yaml").read_text(encoding="utf-8")) or []:
            out.append(Question(w, q["id"], str(q["question"]), tuple(q.get("expected") or ()),
                                tuple(q.get("applicable") or ()), _field(q.get("field"))))
    return out


def products(half: str, corpus: Path = DESK_DIR) -> list[Product]:
    out = []
    for w in split(corpus)[half]:
        for p in yaml.safe_load((corpus / w / "products.yaml").read_text(encoding="utf-8")) or []:
            out.append(Product(w, p["id"], str(p["text"]), _field(p.get("field")), str(p.get("product") or "none")))
    return out


@dataclass
class DeskScore:
    n: int = 0
    answerable: int = 0
    top5: int = 0
    no_match_n: int = 0
    no_match_right: int = 0
    thin_base: int = 0  # questions with at least THIN applicable measures
    thin: int = 0
    field_right: int = 0
    found: list[str] = field(default_factory=list)
    missed: list[str] = field(default_factory=list)
    thin_items: list[str] = field(default_factory=list)
    field_wrong: list[str] = field(default_factory=list)

    def figures(self) -> dict[str, Any]:
        return {
            "n": self.n,
            "top5_pct": pct(self.top5 + self.no_match_right, self.n),
            "top5_answerable_pct": pct(self.top5, self.answerable),
            "no_match_right": f"{self.no_match_right}/{self.no_match_n}",
            "thin": f"{self.thin}/{self.thin_base}",
            "field_pct": pct(self.field_right, self.n),
        }


def pct(a: int, b: int) -> float | None:
    return round(100 * a / b, 1) if b else None


def score_desk(items: Iterable[Question], answer: Callable[[Question], Answer]) -> DeskScore:
    s = DeskScore()
    for q in items:
        a = answer(q)
        s.n += 1
        where = f"{q.id} {q.text}"
        if q.expected:
            s.answerable += 1
            if set(q.expected) & set(a.ids[:5]):
                s.top5 += 1
                s.found.append(where)
            else:
                s.missed.append(f"{where}\n    expected {list(q.expected)}\n    got {list(a.ids[:5])}")
        else:
            s.no_match_n += 1
            if not a.matched:
                s.no_match_right += 1
                s.found.append(where)
            else:
                s.missed.append(f"{where}\n    expected: no match\n    got {list(a.ids[:5])}")
        if len(q.applicable) >= THIN:
            s.thin_base += 1
            if len(a.ids) < THIN or not a.matched:
                s.thin += 1
                s.thin_items.append(f"{where} ({len(a.ids)} shown, {len(q.applicable)} apply)")
        if a.field == q.field:
            s.field_right += 1
        else:
            s.field_wrong.append(f"{where} (label {q.field}, got {a.field})")
    return s


@dataclass
class ProductScore:
    n: int = 0
    field_right: int = 0
    top1: int = 0
    top3: int = 0
    wrong: list[str] = field(default_factory=list)

    def figures(self) -> dict[str, Any]:
        return {"n": self.n, "field_pct": pct(self.field_right, self.n), "product_top1_pct": pct(self.top1, self.n),
                "product_top3_pct": pct(self.top3, self.n)}


def score_products(items: Iterable[Product], place: Callable[[Product], Placement]) -> ProductScore:
    """Top-1: the first product named is the label (for `none`: no product named); top-3 likewise in three."""
    s = ProductScore()
    for p in items:
        got = place(p)
        s.n += 1
        s.field_right += got.field == p.field
        if p.product == "none":
            ok1 = ok3 = not got.products
        else:
            ok1 = bool(got.products) and got.products[0] == p.product
            ok3 = p.product in got.products[:3]
        s.top1 += ok1
        s.top3 += ok3
        if not (ok1 and got.field == p.field):
            s.wrong.append(f"{p.id} {p.text} (label {p.field}/{p.product}, got {got.field}/{list(got.products[:3])})")
    return s


def fixed_top5(dev: list[Question]) -> Callable[[Question], Answer]:
    """The five measures most often expected in the dev half, for every question."""
    counts = Counter(m for q in dev for m in q.expected)
    ids = tuple(m for m, _ in sorted(counts.items(), key=lambda x: (-x[1], x[0]))[:5])
    common = Counter(q.field for q in dev).most_common(1)[0][0]
    return lambda q: Answer(ids, True, common)


def most_common_placement(dev: list[Product]) -> Callable[[Product], Placement]:
    f = Counter(p.field for p in dev).most_common(1)[0][0]
    prods = Counter(p.product for p in dev if p.field == f).most_common(1)[0][0]
    return lambda p: Placement(f, () if prods == "none" else (prods,))
