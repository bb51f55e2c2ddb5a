"""The plan fields of the claims family, assembled from its statements (never from the raw text).

Each text field quotes the statement it rests on (the most confident stated claim of its topic); the
evidence is that statement's place. The A plan's text fields hold what is written under their own item,
else the stated claims that say it elsewhere.
"""

from __future__ import annotations

import re
from typing import Any

from chiiki_mirai.core.claim_rules import best, is_stated
from chiiki_mirai.core.plan import Evidence, Industry, Localization, TargetMarket
from chiiki_mirai.core.statement import HELD, Place, Statement, of_kind

_REGION = re.compile(r"域内|県内|市内|町内|村内|地域内|道内|地域の他|他産業")
_EXPORT = re.compile(r"輸出|海外|外貨|越境|国外|欧州|北米|アジア|インバウンド")
_SHARE = re.compile(r"シェア|トップ|首位|上位|No\.?1|1位")
_SUBSTITUTE = re.compile(r"輸入代替|国産化|輸入品[^。]{0,10}(?:置き換|代替)")
_SMALL = re.compile(r"一部|わずか|少量|ごく一部")


def evidence(place: Place) -> Evidence:
    return Evidence(section=place.section, line=place.line, text=place.quote[:200])


def stated(statements: list[Statement], topic: str) -> list[Statement]:
    return [s for s in of_kind(statements, "claim", topic) if is_stated(s)]


def _quote(statements: list[Statement], topic: str) -> tuple[str | None, Place | None]:
    s = best(stated(statements, topic))
    return (s.place.quote, s.place) if s is not None else (None, None)


def industry(statements: list[Statement]) -> Industry:
    ind = of_kind(statements, "industry")
    dom = [s for s in ind if s.topic == "domain"]
    reason = [s.subject for s in ind if s.topic == "reason" and s.subject]
    return Industry(
        domain="\n".join(s.subject for s in dom if s.subject) or None,
        products=[s.subject for s in ind if s.topic == "product" and s.subject],
        reason="\n".join(reason) or None,
        evidence=evidence(dom[0].place) if dom else None,
    )


def target_market(statements: list[Statement]) -> TargetMarket:
    market = [s for s in of_kind(statements, "market") if s.modality not in ("negated", "placeholder")]
    attrs = [a for a in ("法人", "個人", "海外", "国内") if any(s.topic == a for s in market)]
    tops = stated(statements, "export_or_top_share")
    quotes = " ".join(s.place.quote for s in tops)
    tm = TargetMarket(attributes=attrs)  # type: ignore[arg-type]
    tm.export = True if ("海外" in attrs or _EXPORT.search(quotes)) else None
    tm.domestic_top_share = True if _SHARE.search(quotes) else None
    tm.import_substitution = True if _SUBSTITUTE.search(quotes) else None
    tm.needs, _ = _quote(statements, "market_need")
    tm.competitive_advantage, _ = _quote(statements, "competitive_advantage")
    tm.added_value_outlook, _ = _quote(statements, "value_up")
    for s in sorted(stated(statements, "comparison"), key=lambda x: -x.confidence):
        if _REGION.search(s.place.quote):
            tm.comparison_region = tm.comparison_region or s.place.quote
        else:
            tm.comparison_industry = tm.comparison_industry or s.place.quote
    rates = of_kind(statements, "claim", "value_added_rate")
    tm.value_added_rate = next((s.value for s in rates if s.value is not None), None)
    tm.industry_value_added_rate = next((s.attrs["industry"] for s in rates if s.attrs.get("industry") is not None), None)
    first = market[0].place if market else None
    tm.evidence = evidence(first) if first else None
    return tm


def localization(statements: list[Statement]) -> Localization:
    loc = Localization()
    by_topic: dict[str, list[Statement]] = {}
    for s in of_kind(statements, "localization"):
        by_topic.setdefault(s.topic or "", []).append(s)
    policy = by_topic.get("policy", [])
    loc.policy = "\n".join(s.subject for s in policy if s.subject) or None
    loc.evidence = evidence(policy[0].place) if policy else None
    if by_topic.get("no_attraction"):
        loc.attracts_outside_company = False
    elif by_topic.get("attraction"):
        loc.attracts_outside_company = True
    proc = [s for s in of_kind(statements, "procurement") if s.modality not in ("negated", "placeholder") and s.topic is None]
    loc.local_procurement_share = next((s.value for s in proc if s.role == "current"), None)
    loc.local_procurement_target = next((s.value for s in proc if s.role == "target"), None)
    local = [s for s in stated(statements, "procurement_local") if not _SMALL.search(s.place.quote)]
    loc.domestic_procurement = True if local else None
    held_topic = {t: [s for s in ss if s.modality in HELD] for t, ss in by_topic.items()}
    road = held_topic.get("roadmap") or stated(statements, "procurement_roadmap")
    loc.roadmap = road[0].subject or road[0].place.quote if road else None
    for t in ("local_capital", "reinvestment"):
        if held_topic.get(t):
            setattr(loc, t, held_topic[t][0].subject)
    return loc


def _own_or_stated(statements: list[Statement], kind: str, topic: str | None, claim: str | None) -> str | None:
    own = [s for s in of_kind(statements, kind, topic) if s.attrs.get("own_item")]
    if own:
        return "\n".join(s.place.quote for s in own)
    if claim is not None:
        return _quote(statements, claim)[0]
    held = [s for s in of_kind(statements, kind, topic) if s.modality in HELD]
    return held[0].place.quote if held else None


def a_fields(statements: list[Statement]) -> dict[str, Any]:
    intl = [s for s in of_kind(statements, "claim", "international_competitiveness") if s.place.item == "A.1.4"]
    return {
        "international_competitiveness": "\n".join(s.place.quote for s in intl)
        or _quote(statements, "international_competitiveness")[0],
        "roadmap_alignment": _own_or_stated(statements, "alignment", "roadmap", None),
        "block_draft_alignment": _own_or_stated(statements, "alignment", "block_draft", None),
        "infrastructure": _own_or_stated(statements, "infrastructure", None, None),
    }


def assemble_fields(statements: list[Statement]) -> dict[str, Any]:
    return {
        "industry": industry(statements),
        "target_market": target_market(statements),
        "localization": localization(statements),
        **a_fields(statements),
    }
