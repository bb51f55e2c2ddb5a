"""Units attributed to 記載項目 → the fields of the plan model.

Which 記載項目 holds what is decided from the knowledge base's own headings (a "concept" is a
pattern over the headings of the plan type: KGI → 目指すべき目標 / KGI, ...), so the same code reads
A, B and C. Where a concept's 記載項目 is absent, content cues in the whole text are used instead.
Every value keeps an Evidence (heading as written, line, quoted text).
"""

from __future__ import annotations

from chiiki_mirai.core.plan import (
    Author,
    Evidence,
    Plan,
    SectionText,
)
from chiiki_mirai.readers.extract_context import SECTION_ONLY, Ctx, ev, units_text
from chiiki_mirai.readers.extract_meta import read_metadata, read_period
from chiiki_mirai.readers.municipalities import classify_author, split_authors
from chiiki_mirai.readers.sections import Unit

# --- target market ------------------------------------------------------------------------

# a sentence about whom the plan sells to; "（国内の法人）", "（海外）" after a buyer name the attribute outright
def build_sections(ctx: Ctx) -> tuple[dict[str, SectionText], list[SectionText]]:
    sections: dict[str, SectionText] = {}
    for tid, f in ctx.sec.found.items():
        own = [u for u in ctx.sec.units if u.section_id == tid]
        sections[tid] = SectionText(
            heading=f.heading,
            text=units_text(own),
            evidence=Evidence(section=f.heading, line=f.line, text=f.heading),
        )
    other: list[SectionText] = []
    groups: dict[tuple[str | None, int], list[Unit]] = {}
    order: list[tuple[str | None, int]] = []
    last_heading: str | None = object()  # type: ignore[assignment]
    key: tuple[str | None, int] | None = None
    for u in ctx.sec.units:
        if u.section_id is not None:
            last_heading = object()  # type: ignore[assignment]
            continue
        if u.heading != last_heading or key is None:
            key = (u.heading, u.line)
            order.append(key)
            groups[key] = []
            last_heading = u.heading
        groups[key].append(u)
    for k in order:
        us = groups[k]
        other.append(
            SectionText(
                heading=k[0] or "（前書き）",
                text=units_text(us),
                evidence=Evidence(section=k[0] or "（前書き）", line=us[0].line, text=us[0].text[:400]),
            )
        )
    return sections, other


def content_sections(ctx: Ctx, sections: dict[str, SectionText]) -> list[str]:
    """記載項目 whose heading is missing but whose content was found by cue words elsewhere."""
    added: list[str] = []
    for concept, units in sorted(ctx.content_found.items()):
        ids = sorted(ctx.concept_ids.get(concept, set()), key=lambda i: ctx.by_id[i].order)
        if not ids or not units:
            continue
        # the 記載項目 itself: prefer an item, else the section
        tid = ids[-1] if ctx.by_id[ids[-1]].parent else ids[0]
        if tid in sections:
            continue
        uniq = sorted({u.line: u for u in units}.values(), key=lambda u: u.line)
        sections[tid] = SectionText(
            heading=f"{ctx.by_id[tid].heading}（見出しなし・本文から）",
            text=units_text(uniq),
            evidence=ev(uniq[0]),
        )
        added.append(tid)
    return added


def read_authors(val: str, u: Unit) -> tuple[list[Author], bool]:
    names, joint = split_authors(val)
    authors = [Author(name=n, kind=classify_author(n), evidence=ev(u)) for n in names]  # type: ignore[arg-type]
    return authors, joint


def extract(ctx: Ctx, plan_type: str | None, type_names: dict[str, list[str]]) -> tuple[Plan, dict]:
    meta = read_metadata(ctx)
    plan = Plan()
    info: dict = {"plan_type_source": None}
    if "title" in meta:
        plan.title = meta["title"][0]
    elif ctx.sec.title:
        plan.title = ctx.sec.title
    if plan_type:
        plan.plan_type = plan_type  # type: ignore[assignment]
        info["plan_type_source"] = "metadata"
    if "author" in meta:
        plan.authors, plan.joint = read_authors(*meta["author"])
        ctx.found_fields.append("authors")
        for a in plan.authors:
            if a.kind == "other":
                ctx.ambiguous.append(
                    f"策定主体「{a.name}」が都道府県・政令指定都市・市町村のいずれか判別できません"
                )
    if "period" in meta or "target" in meta:
        pv = meta.get("period")
        tv = meta.get("target")
        plan.period = read_period(pv[0] if pv else "", tv[0] if tv else None)
        plan.period.evidence = ev((pv or tv)[1])  # type: ignore[index]
        ctx.found_fields.append("period")
    # industry, target_market, localization and the A plan's alignment fields: the claims family
    # (readers/statements/claims_family.py); kgis, kpis, kpi_monitoring_cycle and ripple: the indicators family;
    # core area and companies, investments, the commitment and the forms: the operators, investments,
    # commitment and submission families — all read from the document tree in either reader mode. Their
    # 記載項目 are still claimed here so the section text finds them (the KPI item by its cue words too).
    for concept, cues in (("kgi", False), ("kpi", True), ("impact", False)):
        ctx.units(concept, cue_fallback=cues)
    for concept in SECTION_ONLY:
        ctx.units(concept)
    # the items read from the tree (readers/statements) still open their sections here
    for concept in ("core_area", "companies", "investments"):
        ctx.units(concept, cue_fallback=False)
    ctx.units("commitment", union_cues=True)
    plan.sections, plan.other_text = build_sections(ctx)
    info["content_sections"] = content_sections(ctx, plan.sections)
    if plan.title and "title" not in ctx.found_fields:
        ctx.found_fields.append("title")
    info["meta"] = {k: v[0] for k, v in meta.items()}
    return plan, info

