"""The document reader: bytes → document tree → outline → units → statements → plan.

    plan, report = read_tree(doc)       # a parsed readers.doctree.Document

Every family of FAMILIES (readers/statements) extracts its statements from the units and assembles the plan
fields it owns; every field of the plan is owned by one family (a new field is a new family row, see
readers/statements/__init__.py). The parse report says what was found where and what was not found.
"""

from __future__ import annotations

import re
from typing import Any

from chiiki_mirai.core.plan import Plan
from chiiki_mirai.core.result import ParseReport
from chiiki_mirai.core.text.normalize import nfkc
from chiiki_mirai.knowledge.loader import load_kb
from chiiki_mirai.readers.digits import in_digits
from chiiki_mirai.readers.doctree import Document, Table
from chiiki_mirai.readers.outline import Outline, build_outline
from chiiki_mirai.readers.statements import FAMILIES, ReadContext
from chiiki_mirai.readers.statements.meta import cover_values
from chiiki_mirai.readers.units import iter_units


def _run(doc: Document, families: tuple, prefer: str | None = None) -> tuple[ReadContext, dict[str, Any], list, set[str]]:
    outline = build_outline(doc, prefer=prefer)
    ctx = ReadContext(doc=doc, outline=outline, units=list(iter_units(doc, outline)), kb=load_kb())
    fields: dict[str, Any] = {}
    owned: set[str] = set()
    for fam in families:
        mine = fam.extract(ctx)
        fields.update(fam.assemble(mine, ctx))
        ctx.statements += mine  # the next families may read them
        owned.update(fam.fields)
    return ctx, fields, list(ctx.statements), owned


# the only type each kind of author may write when the headings fit two types about as well (B is written by a
# prefecture or a designated city, C by a municipality: 003 1.(1)① / 2.(1)①)
_AUTHOR_TYPE = {"municipality": "C"}


# a title that calls the plan a cluster plan (「…クラスター計画」) is not a C plan, whoever wrote it (an author who may not
# write a B plan is a finding on a B plan, not a reason to read it as C)
_CLUSTER_TITLE = re.compile(r"クラスター")


def _type_by_authors(doc: Document, outline: Outline, fields: dict[str, Any]) -> str | None:
    """A type the authors point to, when the type was guessed from headings and is not it."""
    kinds = {getattr(a, "kind", None) for a in fields.get("authors") or []}
    types = {_AUTHOR_TYPE.get(k or "") for k in kinds}
    want = types.pop() if len(types) == 1 else None
    if want == "C" and _CLUSTER_TITLE.search(nfkc(doc.title or "")):
        return None
    return want if outline.type_source == "headings" and want and want != outline.plan_type else None


def read_tree(doc: Document, fmt: str) -> tuple[Plan, ParseReport]:
    """The plan a document states. Every reader reads the document with its kanji numerals in digits
    (readers/digits.py); the plan's quotes are mapped back to the draft as written."""
    doc, written = in_digits(doc)
    ctx, fields, statements, _ = _run(doc, FAMILIES)
    if (prefer := _type_by_authors(doc, ctx.outline, fields)) is not None:
        ctx2, fields2, statements2, _ = _run(doc, FAMILIES, prefer)
        if ctx2.outline.plan_type == prefer:  # the headings fit it about as well: read it as that type
            ctx, fields, statements = ctx2, fields2, statements2
    plan = Plan.model_validate({**fields, "statements": statements})
    return written.plan(plan), written.report(_report(fmt, ctx, plan))


def unplaced_headings(doc: Document, outline: Outline) -> list[str]:
    """A note for each heading that names no 記載項目 and holds text of its own, which the plan keeps as
    「その他」 (a section placed by its table's rows, the plan written as one table, is placed)."""
    if not outline.targets:
        return []
    out = []
    for sec, blocks in doc.walk():
        if outline.item_of(sec) is not None or not blocks or not (sec.heading or sec.label):
            continue
        if any(isinstance(b, Table) and any(outline.item_of_record(b, i) for i in range(len(b.records))) for b in blocks):
            continue
        out.append(f"見出し「{sec.label}」（{sec.place.line}行）はどの記載項目にも当たらないため、本文は「その他」に入れました")
    return out


def _report(fmt: str, ctx: ReadContext, plan: Plan) -> ParseReport:
    outline = ctx.outline
    missing = [f"{t.id} {t.heading}" for t in outline.targets if t.id not in plan.sections and t.parent is None]
    warnings = list(ctx.warnings) + list(ctx.doc.warnings) + unplaced_headings(ctx.doc, outline)
    ambiguous: list[str] = []
    if outline.type_source == "headings":
        # a guess for a person to confirm: the type the headings resemble most
        scores = "、".join(f"{k}={v}" for k, v in sorted(outline.scores.items()))
        ambiguous.append(f"計画の類型が書かれていません。見出しの照合で最もよく合う {outline.plan_type} とみなしました（{scores}）")
    if plan.plan_type is None:
        warnings.append("計画の類型が読み取れません（「計画の類型: B」のように記載してください）")
    return ParseReport(
        format=fmt,
        plan_type=plan.plan_type,
        plan_type_source=outline.type_source,
        sections_matched_as=outline.plan_type,
        found=outline.found(),
        fields_read=sorted(set(ctx.found_fields)),
        expected_missing=missing,
        warnings=warnings,
        ambiguous=ambiguous,
        sections={k: v.heading for k, v in plan.sections.items()},
        other_text=[o.heading for o in plan.other_text],
        metadata=cover_values(ctx),
    )
