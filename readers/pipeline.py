"""The document reader: bytes → document tree → outline → units → statements → plan.

    plan, report = read_tree(doc)       # a parsed readers.doctree.Document

Every family of FAMILIES (readers/statements) extracts its statements from the units and assembles the plan
fields it owns. During the migration from the line-based reader, fields no family owns yet come from the
legacy reader (`legacy`), so the whole check keeps working while families land one by one; the parse report
says which fields came from where.
"""

from __future__ import annotations

from typing import Any

from chiiki_mirai.core.plan import Plan
from chiiki_mirai.core.result import ParseReport
from chiiki_mirai.knowledge.loader import load_kb
from chiiki_mirai.readers.doctree import Document
from chiiki_mirai.readers.outline import build_outline
from chiiki_mirai.readers.statements import FAMILIES, ReadContext
from chiiki_mirai.readers.statements.meta import cover_values
from chiiki_mirai.readers.units import iter_units


def _run(doc: Document, families: tuple, plan_type: str | None = None) -> tuple[ReadContext, dict[str, Any], list, set[str]]:
    outline = build_outline(doc, plan_type) if plan_type else build_outline(doc)
    ctx = ReadContext(doc=doc, outline=outline, units=list(iter_units(doc, outline)), kb=load_kb())
    fields: dict[str, Any] = {}
    statements = []
    owned: set[str] = set()
    for fam in families:
        mine = fam.extract(ctx)
        statements += mine
        fields.update(fam.assemble(mine, ctx))
        owned.update(fam.fields)
    return ctx, fields, statements, owned


def read_tree(doc: Document, fmt: str, legacy: tuple[Plan, ParseReport] | None = None) -> tuple[Plan, ParseReport]:
    ctx, fields, statements, owned = _run(doc, FAMILIES)
    base = legacy[0].model_dump() if legacy else {}
    base = {k: v for k, v in base.items() if k not in owned}
    plan = Plan.model_validate({**base, **{k: v for k, v in fields.items()}, "statements": statements})
    return plan, _report(fmt, ctx, plan, legacy[1] if legacy else None, sorted(owned))


def read_landed(doc: Document, legacy: tuple[Plan, ParseReport]) -> tuple[Plan, ParseReport]:
    """The line-based reading with the fields of the families that have landed (their line-based code is gone)
    read from the document tree, with their statements: the path taken until the tree reader is the default."""
    plan, report = legacy
    landed = tuple(f for f in FAMILIES if f.landed)
    if not landed:
        return legacy
    ctx, fields, statements, owned = _run(doc, landed, plan.plan_type)
    base = {k: v for k, v in plan.model_dump().items() if k not in owned}
    new = Plan.model_validate({**base, **fields, "statements": [*plan.statements, *statements]})
    read = [f for f in report.fields_read if f.split(".")[0] not in owned] + list(ctx.found_fields)
    return new, report.model_copy(update={"fields_read": sorted(set(read))})


def _report(fmt: str, ctx: ReadContext, plan: Plan, legacy: ParseReport | None, owned: list[str]) -> ParseReport:
    outline = ctx.outline
    missing = [f"{t.id} {t.heading}" for t in outline.targets if t.id not in plan.sections and t.parent is None]
    warnings = list(ctx.warnings) + list(ctx.doc.warnings)
    ambiguous: list[str] = []
    if outline.type_source == "headings":
        # a guess for a person to confirm: the type the headings resemble most
        scores = "、".join(f"{k}={v}" for k, v in sorted(outline.scores.items()))
        ambiguous.append(f"計画の類型が書かれていません。見出しの照合で最もよく合う {outline.plan_type} とみなしました（{scores}）")
    if plan.plan_type is None:
        warnings.append("計画の類型が読み取れません（「計画の類型: B」のように記載してください）")
    if legacy is not None:
        legacy_fields = [f for f in legacy.fields_read if f.split(".")[0] not in owned]
    else:
        legacy_fields = []
    return ParseReport(
        format=fmt,
        plan_type=plan.plan_type,
        plan_type_source=outline.type_source,
        sections_matched_as=outline.plan_type,
        found=outline.found(),
        fields_read=sorted(set(ctx.found_fields) | set(legacy_fields)),
        expected_missing=missing,
        warnings=warnings,
        ambiguous=ambiguous,
        sections={k: v.heading for k, v in plan.sections.items()},
        other_text=[o.heading for o in plan.other_text],
        metadata=cover_values(ctx),
    )
