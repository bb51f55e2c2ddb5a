"""What the knowledge base must hold, as data: the plan types, the 17 field numbers, the public requirement ids,
the kinds of entries, the ops that take a value, the plan-type keys that need a citation; and `iter_source_refs`."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from pydantic import BaseModel

from chiiki_mirai.knowledge.schema import (
    SourceRef,
)

PLAN_TYPE_IDS = ("A", "B", "C")
FIELD_NUMBERS = range(1, 18)


# The requirement ids are a public contract (reports, tests and users refer to them).
REQUIREMENT_IDS: dict[str, tuple[str, ...]] = {
    "A": (
        "A.growth_strategy_alignment",
        "A.international_competitiveness",
        "A.feasibility",
        "A.investment_scale",
        "A.block_draft_alignment",
        "A.quality_jobs",
        "A.infrastructure_integration",
    ),
    "B": (
        "B.promise",
        "B.feasibility",
        "B.external_dependency",
        "B.cost_effectiveness",
        "B.regional_ripple",
        "B.commitment",
        "B.ebpm",
    ),
    "C": (
        "C.promise",
        "C.feasibility",
        "C.external_dependency",
        "C.regional_ripple",
        "C.commitment",
        "C.ebpm",
    ),
}


# Japanese names of the kinds of entry, for messages.
KIND_JA = {
    "documents": "文書",
    "ministries": "府省庁",
    "fields": "戦略分野",
    "outside_examples": "分野外の例",
    "measures": "支援施策",
    "plan_types": "計画類型",
    "requirements": "要件",
    "checks": "チェック",
    "definitions": "用語定義",
    "products": "製品・技術",
    "contacts": "問い合わせ先",
}


# Tests whose operator compares against `value`, and those that must not carry one.
VALUE_OPS = {"gt", "gte", "lt", "lte", "eq", "ne"}
NO_VALUE_OPS = {"present", "absent", "true", "false"}


# Optional plan-type facts and the citation each needs when it is filled in.
PLAN_TYPE_CITED = (
    ("unit", "unit_source"),
    ("goal_years", "years_source"),
    ("plan_years", "years_source"),
    ("kgi_target_year", "years_source"),
    ("kpi_rules", "kpi_source"),
    ("monitoring", "monitoring_source"),
    ("forms", "forms_source"),
    ("plan_count", "plan_count_source"),
    ("plan_count_max", "plan_count_source"),
)


def iter_source_refs(obj: Any, path: str = "") -> Iterator[tuple[str, SourceRef]]:
    """Every SourceRef inside a model, with its path (list items named by their id where they have one)."""
    if isinstance(obj, SourceRef):
        yield path, obj
    elif isinstance(obj, BaseModel):
        for name in type(obj).model_fields:
            yield from iter_source_refs(getattr(obj, name), f"{path}.{name}" if path else name)
    elif isinstance(obj, list | tuple):
        for i, item in enumerate(obj):
            label = getattr(item, "id", None) if isinstance(item, BaseModel) else None
            yield from iter_source_refs(item, f"{path}[{label if label is not None else i}]")
    elif isinstance(obj, dict):
        for k, v in obj.items():
            yield from iter_source_refs(v, f"{path}[{k}]")


def entry_label(entry: Any) -> str:
    for attr in ("id", "number", "version"):
        value = getattr(entry, attr, None)
        if value is not None:
            return str(value)
    return ""
