"""The claims family's statements for a plan given as fields (YAML/JSON, a form) instead of a document.

Two sources, so such a plan is judged like a document: the texts of its 記載項目 (`plan.sections`,
`plan.other_text`), read sentence by sentence exactly as a document's units are (claims_family.statements_of),
and its fields — each field the author filled is a statement it makes (confidence 1; the modality is read from
the text, so 「今後検討する」 in a field is not a decision).
"""

from __future__ import annotations

from chiiki_mirai.core.plan import Plan
from chiiki_mirai.core.statement import Place, Statement
from chiiki_mirai.core.text.normalize import nfkc, sentences
from chiiki_mirai.readers.claims import read
from chiiki_mirai.readers.statements.alignment import (
    BLOCK_ITEM,
    INFRA_ITEM,
    NAMED_IN_DRAFT,
    ROADMAP_ITEM,
    alignment_modality,
    infra_topic,
)
from chiiki_mirai.readers.statements.claims import held_probability
from chiiki_mirai.readers.statements.claims_family import statements_of
from chiiki_mirai.readers.statements.localization import topics
from chiiki_mirai.readers.units import Unit


def section_units(plan: Plan) -> list[Unit]:
    """The plan's 記載項目 texts as units (one per sentence), placed under their item ids."""
    out: list[Unit] = []
    parts = [(item, s.heading, s.text, s.evidence) for item, s in plan.sections.items()]
    parts += [(None, s.heading, s.text, s.evidence) for s in plan.other_text]
    for item, heading, text, ev in parts:
        line = ev.line if ev is not None and ev.line is not None else 0
        for s in sentences(text):
            out.append(Unit(text=s, norm=nfkc(s), kind="sentence", item=item, section=heading, line=line, index=len(out)))
    return out


def _claim(topic: str, text: str, item: str | None = None, **attrs) -> Statement:
    r = read(text)
    held_p = held_probability(r)
    return Statement(
        kind="claim", topic=topic, modality=r.stance, confidence=1.0,
        attrs={"source": "field", "held_p": round(held_p, 4), **attrs},
        place=Place(item=item, section="（記載項目の値）", quote=text[:300]),
    )


def _place(text: str, item: str | None = None) -> Place:
    return Place(item=item, section="（記載項目の値）", quote=text[:300])


def _market(plan: Plan) -> list[Statement]:
    tm, ind = plan.target_market, plan.industry
    out = [Statement(kind="market", topic=a, place=_place(a)) for a in tm.attributes]
    out += [Statement(kind="industry", topic="product", subject=p, place=_place(p)) for p in ind.products]
    for topic, text in (("domain", ind.domain), ("reason", ind.reason)):
        if text and text.strip():
            out.append(Statement(kind="industry", topic=topic, subject=text.strip(), place=_place(text)))
    for flag, quote in ((tm.export, "海外輸出"), (tm.domestic_top_share, "国内上位シェア"), (tm.import_substitution, "輸入代替")):
        if flag:
            out.append(Statement(kind="claim", topic="export_or_top_share", attrs={"source": "field"}, place=_place(quote)))
    for topic, text in (
        ("market_need", tm.needs), ("competitive_advantage", tm.competitive_advantage),
        ("value_up", tm.added_value_outlook), ("comparison", tm.comparison_industry), ("comparison", tm.comparison_region),
    ):
        if text and text.strip():
            out.append(_claim(topic, text))
    if tm.value_added_rate is not None or tm.industry_value_added_rate is not None:
        out.append(Statement(
            kind="claim", topic="value_added_rate", value=tm.value_added_rate,
            attrs={"industry": tm.industry_value_added_rate, "source": "field"}, place=_place("付加価値率"),
        ))
    return out


def _localization(plan: Plan) -> list[Statement]:
    loc = plan.localization
    out: list[Statement] = []
    if loc.policy and loc.policy.strip():
        for s in sentences(loc.policy):
            m = read(s).stance
            out += [Statement(kind="localization", topic=t, subject=s, modality=m, place=_place(s)) for t in topics(nfkc(s))]
    if loc.attracts_outside_company is not None:
        t = "attraction" if loc.attracts_outside_company else "no_attraction"
        out.append(Statement(kind="localization", topic=t, subject=loc.policy or t, place=_place(loc.policy or t)))
    for role, share in (("current", loc.local_procurement_share), ("target", loc.local_procurement_target)):
        if share is not None:
            out.append(Statement(kind="procurement", role=role, value=share, place=_place(f"域内調達 {share:.0%}")))
    if loc.domestic_procurement:
        out.append(Statement(kind="claim", topic="procurement_local", attrs={"source": "field"}, place=_place("国内調達")))
    if loc.roadmap and loc.roadmap.strip():
        out.append(_claim("procurement_roadmap", loc.roadmap))
        out.append(Statement(kind="localization", topic="roadmap", subject=loc.roadmap, place=_place(loc.roadmap)))
    for topic, text in (("local_capital", loc.local_capital), ("reinvestment", loc.reinvestment)):
        if text and text.strip():
            out.append(Statement(kind="localization", topic=topic, subject=text, place=_place(text)))
    return out


def _a_fields(plan: Plan) -> list[Statement]:
    out: list[Statement] = []
    if plan.international_competitiveness and plan.international_competitiveness.strip():
        out.append(_claim("international_competitiveness", plan.international_competitiveness, "A.1.4"))
    for topic, item, text in (
        ("roadmap", ROADMAP_ITEM, plan.roadmap_alignment), ("block_draft", BLOCK_ITEM, plan.block_draft_alignment)
    ):
        for s in sentences(text or ""):
            attrs = {"own_item": True, "named": bool(NAMED_IN_DRAFT.search(nfkc(s)))}
            modality = alignment_modality(nfkc(s), read(s))
            out.append(Statement(kind="alignment", topic=topic, modality=modality, attrs=attrs, place=_place(s, item)))
    for s in sentences(plan.infrastructure or ""):
        r = read(s)
        topic = infra_topic(nfkc(s), r)
        if topic:
            out.append(Statement(
                kind="infrastructure", topic=topic, modality=r.stance, attrs={"own_item": True}, place=_place(s, INFRA_ITEM)
            ))
    return out


def claims_from_fields(plan: Plan) -> list[Statement]:
    """The claims family's statements of a plan given as fields and section texts."""
    return statements_of(section_units(plan)) + _market(plan) + _localization(plan) + _a_fields(plan)
