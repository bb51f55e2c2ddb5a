"""Reading claim statements in facts: stated → the quote and its place; a candidate only → Uncertain.

The rule of when a classifier-read claim counts is core/claim_rules.py (the reader's fields use the same).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any

from chiiki_mirai.core.claim_homes import HOME
from chiiki_mirai.core.claim_rules import best, is_stated, is_uncertain
from chiiki_mirai.core.plan import Evidence
from chiiki_mirai.core.statement import Place, Statement, of_kind
from chiiki_mirai.rules.facts.helpers import section_evidence
from chiiki_mirai.rules.facts.registry import FactContext, Uncertain


def evidence_at(place: Place) -> Evidence:
    return Evidence(section=place.section, line=place.line, text=place.quote[:200])


def claims(ctx: FactContext, topic: str) -> list[Statement]:
    return of_kind(ctx.plan.statements, "claim", topic)


def stated_claims(ctx: FactContext, topic: str) -> list[Statement]:
    return [s for s in claims(ctx, topic) if is_stated(s)]


def claim_fact(
    ctx: FactContext, topic: str, also: Callable[[Statement], bool] | None = None,
    only: Callable[[Statement], bool] | None = None,
) -> Any:
    """(quote, evidence) of the most confident stated claim; Uncertain for a candidate only; else None.
    `also`: other claim statements that count as this topic (an advantage under the item asking for it);
    `only`: whether a claim is about what the criterion names."""
    found = claims(ctx, topic) + ([s for s in of_kind(ctx.plan.statements, "claim") if also(s)] if also else [])
    if only is not None:
        found = [s for s in found if only(s)]
    got = best([s for s in found if is_stated(s)])
    if got is not None:
        return got.place.quote, [evidence_at(got.place)]
    return uncertain_of([s for s in found if is_uncertain(s)])


def uncertain_of(candidates: list[Statement]) -> Uncertain | None:
    c = best(candidates)
    return Uncertain(None, (evidence_at(c.place),), candidate=c.place.quote) if c is not None else None


def statements(ctx: FactContext, kind: str, topic: str | None = None) -> list[Statement]:
    return of_kind(ctx.plan.statements, kind, topic)


MIN_PROSE = 20  # characters an item's text needs to hold what the reader may have missed
UNREAD_TYPES = ("B",)  # the plan types whose unread items go to a person (see unread)
# the words that make an item's text a candidate for what the reader missed (features of relevance, not verdicts):
# an item that talks of none of them holds nothing relevant, and the criterion stays a gap
RELEVANT: dict[str, re.Pattern[str]] = {
    "market_need": re.compile(r"需要|ニーズ|引き?合い|注文|求め|探して|売れ|不足|伸び|拡大|増加|増え|成長|市場規模"),
    "market_attributes": re.compile(r"法人|個人|消費者|メーカー|事業者向け|企業向け|海外|国内|輸出|観光客|訪日|BtoB|BtoC|業務用|家庭用"),
    "competitive_advantage": re.compile(r"強み|優位|独自|唯一|技術|品質|ノウハウ|特許|差別|他(?:社|国|産地)|短納期|低コスト"),
    "export_or_top_share": re.compile(r"輸出|海外|外貨|シェア|首位|トップ|上位"),
    "scale_capability": re.compile(r"売上|年商|生産能力|能力|規模|資本金|財務|十分"),
}


def unread(ctx: FactContext, label: str, home: str | None = None) -> Uncertain | None:
    """Nothing read for `label` — no claim, no candidate — though the plan writes an item where it belongs
    (core/claim_homes.HOME, or `home`'s items) and that text speaks of the matter (RELEVANT): the text goes to a
    person, not a gap. Used where the reader is known to miss the claim in others' words: on the independent
    corpus's dev half, none of the B plans' market, strength, export and scale criteria that failed with nothing
    read was a gap the writers marked (0 of 9); in C plans such failures were gaps as often as not (2 of 4), so
    there nothing read stays a gap."""
    relevant = RELEVANT.get(label)
    if ctx.plan_type not in UNREAD_TYPES or relevant is None:
        return None
    prefix = f"{ctx.plan_type}."
    items = HOME.get(home or label, ())
    # the items first, then their sections (a part headed in words of its own is placed at the section: B.4)
    sections = tuple(dict.fromkeys(".".join(i.split(".")[:2]) for i in items))
    for item in items + sections:
        sec = ctx.plan.sections.get(item) if item.startswith(prefix) else None
        text = sec.text.strip() if sec is not None else ""
        if len(text) >= MIN_PROSE and relevant.search(text):
            return Uncertain(None, (section_evidence(sec, text),), candidate=text[:80])
    return None
