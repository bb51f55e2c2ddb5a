"""Lay what the reader found in added sentences over a plan, and mark it as added (the what-if edits).

`overlay(base, added)` returns a copy of `base` where every value `added` states wins: a value `added` leaves
at its default changes nothing, a nested model is laid over field by field, a list of named things (KGIs by
kind, KPIs, companies, authors, investments) is merged by name and otherwise extended, the text of a
記載項目 is appended to the same 記載項目, and evidence is replaced whole (it says where the new value was
read). Neither input is changed.
"""

from __future__ import annotations

from typing import Any

from pydantic import BaseModel

from chiiki_mirai.core.plan import KGI, Evidence, Plan, SectionText

# parts of a plan an added sentence never sets: they describe the draft, not its content
NOT_LAID_OVER = frozenset({"title", "plan_type", "other_text"})


def _is_default(model: BaseModel, name: str, value: Any) -> bool:
    info = type(model).model_fields[name]
    default = info.get_default(call_default_factory=True)
    return value == default or value is None


def _key(item: Any) -> Any:
    if isinstance(item, KGI) and item.kind != "custom":
        return ("kind", item.kind)
    for attr in ("name", "description"):
        value = getattr(item, attr, None)
        if value:
            return (attr, value)
    return None


def _merge_list(base: list, added: list) -> list:
    out = [b.model_copy(deep=True) if isinstance(b, BaseModel) else b for b in base]
    for a in added:
        key = _key(a) if isinstance(a, BaseModel) else None
        match = next((i for i, b in enumerate(out) if key is not None and _key(b) == key), None)
        if match is not None:
            out[match] = overlay(out[match], a)
        elif a not in out:
            out.append(a.model_copy(deep=True) if isinstance(a, BaseModel) else a)
    return out


def _merge_sections(base: dict[str, SectionText], added: dict[str, SectionText]) -> dict[str, SectionText]:
    out = {k: v.model_copy(deep=True) for k, v in base.items()}
    for key, section in added.items():
        if not section.text.strip():
            continue  # a heading written only to place a sentence under its 記載項目
        if key in out and out[key].text.strip():
            out[key].text = out[key].text.rstrip() + "\n" + section.text
        else:
            out[key] = section.model_copy(deep=True)
    return out


def overlay(base: BaseModel, added: BaseModel) -> Any:
    """A copy of `base` with every value `added` states laid over it (see the module docstring)."""
    out = base.model_copy(deep=True)
    for name in type(added).model_fields:
        if isinstance(added, Plan) and name in NOT_LAID_OVER:
            continue
        value = getattr(added, name)
        if _is_default(added, name, value):
            continue
        current = getattr(out, name)
        if isinstance(value, BaseModel) and isinstance(current, BaseModel) and not isinstance(value, Evidence):
            setattr(out, name, overlay(current, value))
        elif isinstance(value, list) and isinstance(current, list):
            setattr(out, name, _merge_list(current, value))
        elif isinstance(value, dict) and name == "sections":
            setattr(out, name, _merge_sections(current, value))
        else:
            setattr(out, name, value.model_copy(deep=True) if isinstance(value, BaseModel) else value)
    return out


def mark_evidence(model: BaseModel, mark: str) -> None:
    """Prefix `mark` to the section of every Evidence in `model` (in place) and drop its line number:
    the line is in the added sentences, not in the draft."""
    for name in type(model).model_fields:
        value = getattr(model, name)
        for v in value.values() if isinstance(value, dict) else value if isinstance(value, list) else [value]:
            if isinstance(v, Evidence):
                v.section = mark + (v.section or "")
                v.line = None
            elif isinstance(v, BaseModel):
                mark_evidence(v, mark)
