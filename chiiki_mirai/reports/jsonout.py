"""The JSON output of `check`: the contract of chiiki_mirai/core/result.py, stable across runs.

One object per plan — for a single input the object itself, for several a list (input order kept).
Top-level keys are exactly the contract's (plus "parse_report" when there is one); a file that could not be
read is {"source", "error"}. Items keep their model field order; the free-form dicts from the recommender
and readers get sorted keys and rounded floats so equal results always serialise to equal text.
"""

from __future__ import annotations

import json
import math
from collections.abc import Iterable
from typing import Any

from chiiki_mirai.core.result import BadInput
from chiiki_mirai.reports.common import Result, as_list

CONTRACT_KEYS = (
    "source",
    "plan_type",
    "plan_type_suggestion",
    "requirements",
    "checks",
    "fields",
    "recommendations",
)
FLOAT_DIGITS = 6


def _stable(value: Any, sort: bool = True) -> Any:
    """Data → JSON-safe, deterministic (rounded floats, no NaN, sets sorted; keys sorted when `sort`)."""
    if isinstance(value, dict):
        keys = sorted(value, key=str) if sort else list(value)
        return {str(k): _stable(value[k], sort) for k in keys}
    if isinstance(value, list | tuple):
        return [_stable(v, sort) for v in value]
    if isinstance(value, set | frozenset):
        return sorted((_stable(v) for v in value), key=lambda v: json.dumps(v, ensure_ascii=False))
    if isinstance(value, bool) or value is None or isinstance(value, str | int):
        return value
    if isinstance(value, float):
        return None if math.isnan(value) or math.isinf(value) else round(value, FLOAT_DIGITS)
    if hasattr(value, "model_dump"):
        return _stable(value.model_dump(mode="json"))
    if hasattr(value, "item"):  # numpy scalars
        return _stable(value.item())
    return str(value)


def to_json_obj(r: Result) -> dict[str, Any]:
    """The contract object for one result."""
    if isinstance(r, BadInput):
        return {"source": r.source, "error": r.error}
    # model parts keep their field order (the contract's reading order); free-form parts get sorted keys
    d = r.model_dump(mode="json")
    out = {k: _stable(d[k], sort=False) for k in CONTRACT_KEYS}
    if not r.plan_type_given:  # the type was inferred (see plan_type_suggestion), not stated in the plan
        out["plan_type_given"] = False
    out["fields"] = _stable(r.fields)
    out["recommendations"] = _stable(r.recommendations)
    if r.recommendation_notices:  # what to settle first (who may write the plan): only when there is any
        out["recommendation_notices"] = list(r.recommendation_notices)
    if r.parse_report is not None:
        out["parse_report"] = _stable(r.parse_report.wire())
    return out


def render_json(results: Result | Iterable[Result]) -> str:
    results = as_list(results)
    objs = [to_json_obj(r) for r in results]
    payload: Any = objs[0] if len(objs) == 1 else objs
    return json.dumps(payload, ensure_ascii=False, indent=2, allow_nan=False) + "\n"
