"""The fact registry: `Fact` (a value with its evidence), `FactContext` (what a fact reads) and `@fact`."""

from __future__ import annotations

import datetime as _dt
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from chiiki_mirai.core.plan import Evidence, Plan
from chiiki_mirai.knowledge.loader import KnowledgeBase


@dataclass
class Fact:
    name: str
    value: Any = None
    evidence: list[Evidence] = field(default_factory=list)
    display: str | None = None
    # found but not vouched for (low classifier confidence, unclear modality, a candidate it could not confirm):
    # a criterion that tests it goes to review with the candidate quote, never to a gap and never straight to met
    uncertain: bool = False

    @property
    def present(self) -> bool:
        if self.value is None or self.value is False:
            return False
        if isinstance(self.value, str | list | dict):
            return len(self.value) > 0
        return True

    @property
    def stated(self) -> bool:
        """A value was given, False included (present is False for a False value)."""
        return self.value is not None

    def engine_value(self) -> Any:
        """Value as the rules engine sees it: numbers and bools as is, text as presence."""
        v = self.value
        if isinstance(v, bool | int | float) or v is None:
            return v
        return bool(v)

    def shown(self) -> str:
        if self.display is not None:
            return self.display
        v = self.value
        if v is None:
            return "未記載"
        if isinstance(v, bool):
            return "あり" if v else "なし"
        if isinstance(v, float):
            return f"{v:g}"
        if isinstance(v, list):
            return "、".join(map(str, v))
        return str(v)


@dataclass
class FactContext:
    plan: Plan
    kb: KnowledgeBase
    plan_type: str | None
    today: _dt.date
    context: dict[str, Any]
    memo: dict[str, Any] = field(default_factory=dict)  # per-plan values the facts share (statement views)


@dataclass(frozen=True)
class Uncertain:
    """What a fact returns when the reader found something it cannot vouch for: the value (None for a
    candidate it could not confirm), its evidence (the quote a reviewer should read), how to show it, and the
    candidate text. `compute.normalise_result` turns it into a Fact with `uncertain=True`."""

    value: Any = None
    evidence: tuple[Evidence, ...] = ()
    display: str | None = None
    candidate: str = ""


FactFn = Callable[[FactContext], Any]


REGISTRY: dict[str, tuple[str, FactFn]] = {}


# dynamic facts: "section:<section or item id>" = that 記載項目 has text
FACT_PREFIXES = ("section:",)


def fact(name: str, description: str) -> Callable[[FactFn], FactFn]:
    def deco(fn: FactFn) -> FactFn:
        if name in REGISTRY:
            raise ValueError(f"duplicate fact {name}")
        REGISTRY[name] = (description, fn)
        return fn

    return deco


def fact_names() -> set[str]:
    return set(REGISTRY)
