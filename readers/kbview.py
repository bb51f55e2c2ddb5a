"""The knowledge base as the readers need it: the 記載項目 of each plan type.

The strict loader is used when the knowledge base is sound; while parts of it are being edited the
plan types that do load are still used, so reading a draft does not depend on unrelated data files.
"""

from __future__ import annotations

import functools

from chiiki_mirai.core.errors import KnowledgeError
from chiiki_mirai.knowledge.loader import load_kb, load_kb_collecting
from chiiki_mirai.readers.headings import Target, targets_of


@functools.lru_cache(maxsize=1)
def plan_types() -> dict:
    try:
        return dict(load_kb().plan_types)
    except KnowledgeError:
        kb, _problems = load_kb_collecting()
        return dict(kb.plan_types)


@functools.lru_cache(maxsize=8)
def targets(plan_type: str) -> tuple[Target, ...]:
    pt = plan_types().get(plan_type)
    return tuple(targets_of(pt)) if pt else ()


def type_names() -> dict[str, list[str]]:
    """Plan type id → its names (full and short) as written in the knowledge base."""
    out: dict[str, list[str]] = {}
    for tid, pt in sorted(plan_types().items()):
        out[tid] = [n for n in (pt.name, pt.short_name, *pt.document_names) if n]
    return out
