"""Rank support measures for a plan the way a desk officer hands them over (issue 19).

A measure's score adds evidence, each part a `Link` the explanation turns into a checked reason line:
- named: the plan names the measure itself (plan_names: any of its names, with the quote) — this alone puts
  it in the top 10, ahead of everything the plan does not name; a measure it names only as already obtained for a
  project (既採択, 採択済: `PlanReading.adopted`) is reported, not asked for, and ranks by its own evidence;
- need: a problem, shortage or request the plan states as its own (課題・政策手段, a shortage elsewhere) in one
  of the measure's themes; direction: how much of what the plan stands behind is about that theme;
- route: the plan names another measure it proceeds with through this one, for what this one takes
  (`Measure.route_for`: the special-zone system named for a regulation the plan wants changed → the 集中募集 of
  such proposals);
- market: the plan's target market names whom the measure serves (`Measure.customers`: a craft plan selling to
  訪日客 and inbound tourism consumption);
- section: the plan writes, in a section whose content the measure supports (地場産業を支える仕組みづくり), what
  the measure is for (閉校した校舎の転用, デマンド交通);
- prior (evidence, never a gate): listed on the plan type's support menu; listed for the type in the policy
  package; listed only for other types (「政策パッケージではB計画向けに掲載」) lowers it, unless it is a national
  programme open to the plan's type (`Measure.open_to`: the plan states what it pays for, its objects); a field or
  product the measure targets that the plan matches raises it; the plan benefit of the type (優先採択, 審査上の考慮: what the
  published plan itself obtains, whatever it is about, so it is always offered);
- gap: a requirement unmet in this check that the measure helps close, only where the knowledge says how
  (`Measure.helps_how`, with its rationale and source).
The plan's own product line holding the measure's object (a cider maker's 地域産品) counts as an object link as strong as a
stated need, for a measure of a sector outside the 17 fields the plan is classified into (`made_in_sector`).
A measure whose object (museums, ES providers, green steel: `Measure.objects`) is absent from what the plan
stands behind is not recommended unless the plan names it, nor one for another kind of business than the plan's
(`Measure.industries`: the agri-food export platform for a craft), nor a programme for a kind of firm the plan
never mentions (`Measure.for_firms`: 中堅・中小企業 for an A plan of a large firm's plant); nor is one that nothing in the plan points at
and the type's menu does not list (the menu alone is what a desk hands a plan that says little), nor one below
half of the best measure the plan does not name (unless it is the type's benefit).
A measure still under consideration (新たな財政措置の検討) counts only where the plan names it. What a published plan of
the type obtains (優先採択, 審査上の考慮) is offered where the plan's author cannot write that type too (a city that is not
a 政令指定都市 writing a B plan): the sources let a body that may write it publish the plan, alone or jointly (guidance
1.(1)① ※1・※2), and the benefit comes with it; its reason line says so, below the author problem told first. Nor is
what a published plan of another type obtains (a B plan's 審査上の考慮 for a C plan), unless the plan names it; nor one that gives way
to the plan type's own programme for the same thing listed beside it (`Measure.yields_to`), unless the plan names it.
"""

from __future__ import annotations

import heapq
import math
from dataclasses import dataclass

from chiiki_mirai.knowledge.loader import KnowledgeBase
from chiiki_mirai.knowledge.schema import Measure
from chiiki_mirai.recommender.kb_indexes import built_once
from chiiki_mirai.recommender.links import field_links
from chiiki_mirai.recommender.plan_evidence import (
    Evidence,
    PlanReading,
    industry_fits,
    made_evidence,
    market_evidence,
    object_evidence,
    section_evidence,
)
from chiiki_mirai.recommender.plan_names import name_index
from chiiki_mirai.recommender.plan_words import norm
from chiiki_mirai.recommender.ranking_model import Link, Scored, Signals

W_NAMED = 5.0
# a measure the plan names only as already obtained for one of its projects (PlanReading.adopted): the plan reports
# it, it does not ask for it; that the programme was granted to a firm of the plan still says it fits the plan's
# firms, as a stated need would, so it ranks by its own evidence with this, after what the plan asks for
W_ADOPTED = 1.0
W_NEED = 0.5
W_DIRECTION = 0.8
W_OBJECT = 0.8  # a need statement holds what the measure is for (公共施設, デマンド交通)
# the plan writes, in a section whose content the measure supports (Measure.plan_sections: 地場産業を支える仕組みづくり),
# what the measure is for (閉校した校舎の転用, デマンド交通): it asks for the measure as much as by stating a need
W_SECTION = 2.0
# the plan's target market names whom the measure serves (Measure.customers: 訪日客 for inbound tourism consumption):
# as strong as the measure's object in a stated need (W_OBJECT × a need's strength)
W_MARKET = W_OBJECT
P_MENU = 1.2  # on the plan type's support menu
P_LISTED = 0.3  # listed for the plan type in the policy package
P_SPECIFIC = 0.15  # per plan type the measure is not listed for: a measure for B and C only is closer to them
# listed only for other plan types: what the package lists for other plans is rarely what this plan is handed
# (on dev, none of the 11 such measures the plan did not name that ranked in or near the top 10 was judged apt;
# 5 plausible, 6 noise). The plan's naming it still puts it first (W_NAMED), and a stated need can still carry it
P_OTHER_TYPE = -1.2
W_BENEFIT = 1.0  # what the published plan obtains (優先採択): judged apt for nearly every plan of its type
W_FIELD = 0.6  # times the field / product / sector link of links.field_links
FIELD_BOUND = 1.2  # the largest field_links contribution (a product: W_FIELD × PRODUCT_BONUS of links.py)
W_GAP = 0.25
# the plan names a measure it proceeds with through this one, for what this one takes (Measure.route_for): the
# proposal it will make is what the call is for, a ground second only to naming the call itself
W_ROUTE = 1.5
# a measure scoring below this share of the best measure the plan does not name has too little ground (fewer
# than 10 is better than noise). The type's menu is no exception: a plan that says little still gets what a desk
# hands every plan of its type (its best measures are then menu entries themselves), but a menu entry the plan's
# words barely point at does not take a slot beside what the plan asks for
MIN_SHARE = 0.5
MIN_SCORE = 0.35
UNMET_PENALTY = 0.05
EVIDENCE = ("named", "route", "need", "direction", "object", "section", "market", "field", "product", "sector", "gap")  # what the plan says


def _theme_links(m: Measure, reading: PlanReading) -> list[Link]:
    out = []
    need = max(((reading.needs[t].strength, t) for t in m.themes if t in reading.needs), default=None)
    if need:
        ev = reading.needs[need[1]]
        out.append(Link("need", need[1], ev.quote, W_NEED * need[0], {"where": ev.where}))
    direction = max(((reading.directions[t].strength, t) for t in m.themes if t in reading.directions), default=None)
    if direction and direction[0] > 0:
        ts = reading.directions[direction[1]]
        # sqrt: a plan's second and third themes (wine export *and* wine tourism) are real directions too
        out.append(Link("direction", direction[1], "・".join(ts.cues[:3]), W_DIRECTION * math.sqrt(direction[0]),
                        {"where": ts.where, "cues": ts.cues[:3]}))
    return out


def _prior_links(m: Measure, plan_type: str | None) -> list[Link]:
    if not plan_type:
        return []
    if plan_type in m.menu_for:
        out = [Link("menu", plan_type, "", P_MENU)]
    elif plan_type in m.plan_types:
        out = [Link("listed", plan_type, "", P_LISTED + P_SPECIFIC * (3 - len(m.plan_types)))]
    else:
        out = [Link("other_type", "・".join(m.plan_types), "", P_OTHER_TYPE)]
        if m.open_to and plan_type in m.open_to.plan_types:
            out.append(Link("open", "・".join(m.plan_types), "", open_offset(m)))
    if plan_type in m.plan_benefit_for:
        out.append(Link("benefit", plan_type, "", W_BENEFIT))
    return out


def author_may_write(facts: dict[str, object] | None) -> bool:
    """Whether the check found the plan's author may write its type: what a published plan of the type obtains
    (優先採択, 審査上の考慮) comes only once a body that may write it publishes the plan."""
    if not facts:
        return True
    return facts.get("author_kind_allowed") is not False and not facts.get("author_not_local_government")


def benefit_once_published(lk: Link, facts: dict[str, object] | None) -> Link:
    """The type's benefit for a plan whose author cannot publish it as that type: obtained once a body that may write
    it (the prefecture, or jointly with it) publishes the plan, which its reason line says (`Link.detail`)."""
    if lk.kind != "benefit" or author_may_write(facts):
        return lk
    return Link(lk.kind, lk.ref, lk.origin, lk.contribution, {**lk.detail, "author_first": True})


def other_types_benefit(m: Measure, plan_type: str | None) -> bool:
    """Whether the measure is what a published plan of other types obtains, not this one: the 審査上の考慮 the
    firms a B plan lists receive (guidance 1.(1)⑨: 「B. 地域産業クラスター計画」において記載された、伴走支援の対象
    となる計画推進の核となる企業は、…審査上の考慮…を受けることが可能です) is no ground for a C plan, although the
    package lists the measure for C too (for the few programmes that also prioritise C plans' projects, which
    the C plan obtains through 地域未来交付金での優先採択)."""
    return bool(plan_type and m.plan_benefit_for and plan_type not in m.plan_benefit_for)


def open_offset(m: Measure) -> float:
    """A national programme listed for other types only for what their firms obtain (`Measure.open_to`: 中小企業省力化
    投資補助金, listed under B for the 審査上の考慮): for a plan of a type it is open to — which states what it pays for,
    as the measure's `objects` require — the other types' penalty gives way to the listing a plan of a listed type
    has."""
    return P_LISTED + P_SPECIFIC * (3 - len(m.plan_types)) - P_OTHER_TYPE


def named_link(m: Measure, reading: PlanReading) -> Link:
    """The plan names the measure: first of all where it asks for it, by its own evidence where it only reports it
    obtained (`PlanReading.adopted`; the reason line says 採択済み)."""
    named = reading.named[m.id]
    if m.id in reading.adopted:
        return Link("named", m.id, named.quote, W_ADOPTED, {"where": named.where, "adopted": True})
    return Link("named", m.id, named.quote, W_NAMED, {"where": named.where})


def route_links(m: Measure, reading: PlanReading) -> list[Link]:
    """The measure is the route for one the plan names, in words that say what the plan seeks of it
    (`Measure.route_for`: 規制, 特例, 提案 beside the special-zone system); at most one link."""
    for rf in m.route_for:
        named = reading.named.get(rf.measure)
        if named and any(w in norm(named.quote) for w in rf.words):
            return [Link("route", rf.measure, named.quote, W_ROUTE, {"where": named.where})]
    return []


def _open_objects(m: Measure, objects: frozenset[str]) -> bool:
    """Whether the plan states what the sources count for the type the programme is open to (`OpenTo.objects`:
    リ・スキリング for a B plan, not any university); `objects` are the measure's objects in its sense."""
    return not (m.open_to and m.open_to.objects) or bool(objects & {norm(o) for o in m.open_to.objects})


def _gap_links(m: Measure, sig: Signals) -> list[Link]:
    how = {h.requirement: h for h in m.helps_how}
    return [Link("gap", g, "", W_GAP, {"rationale": how[g].rationale, "source": how[g].source})
            for g in sig.gaps if g in how][:1]


def made_objects(m: Measure, objects: frozenset[str], reading: PlanReading) -> frozenset[str]:
    """The measure's objects in the sense it is for. A measure aimed at fields (semiconductors, GX products, data
    centres) supports making them: a plan that names them only as the end use of its products (〜向けの部品) does not
    make them. A talent measure (its first theme) is for people: its school or group (大学, 高校, 社会人) counts where
    the plan speaks of training or securing people (plan_words.TALENT_SENSE), not as a council member or a
    research partner; for a measure about schools' size and faculties (`schools_for_students`), not as the giver of
    a course or training either. Other measures keep all."""
    if not objects:
        return objects
    kept = objects
    if m.fields and reading.end_use:
        kept = kept - reading.end_use
    if m.themes and m.themes[0] == "talent":
        kept = kept & (reading.student_objects if m.schools_for_students else reading.talent_objects)
    return kept or frozenset({"\0"})  # none in the measure's sense: an object no plan holds


def _objects_missing(m: Measure, objects: frozenset[str], reading: PlanReading) -> bool:
    """What the measure is for is not in the plan, or (for a measure that answers a lack) not in a lack the plan
    states, or (for a measure that answers a problem, `answers_need`) the plan states no need in its themes: the
    score and its bound both rest on this."""
    absent = bool(objects) and not (objects & reading.present)
    unasked = m.answers_need and not any(t in reading.needs for t in m.themes)
    return absent or unasked or bool(m.objects_in_need and not (objects & reading.object_needs))


def made_in_sector(m: Measure, objects: frozenset[str], reading: PlanReading, sig: Signals) -> Evidence | None:
    """The plan's own product holds the measure's object (`made_evidence`), for a measure of a sector outside the 17
    fields (`Measure.sectors`) the plan was classified into: a cider maker's product is a 地域産品; sunglasses for
    sport or a food plant's automatic machines are products for another's business (スポーツ, 自動化), no ground."""
    if not objects or not (frozenset(m.sectors) & sig.sectors.keys()):
        return None
    return made_evidence(reading, objects)


def firms_missing(m: Measure, reading: PlanReading, plan_type: str | None, firms: frozenset[str]) -> bool:
    """The programme is for a kind of firm (`Measure.for_firms`: 中堅・中小企業やスタートアップ) the plan never mentions,
    and the plan's type is not one the sources describe as about such firms."""
    return bool(firms) and m.for_firms is not None and plan_type not in m.for_firms.implied_for \
        and not firms & reading.present


def score_for_plan(m: Measure, sig: Signals, reading: PlanReading, kb: KnowledgeBase,
                   facts: dict[str, object] | None) -> Scored | None:
    """The measure's score with its links, or None when the plan gives no ground to recommend it."""
    named = reading.named.get(m.id)
    idx = name_index(kb)
    objects = made_objects(m, idx.measure_objects.get(m.id, frozenset()), reading)
    route = route_links(m, reading)  # the words naming the other measure say what this one is for
    if not named and not route and _objects_missing(m, objects, reading):
        return None  # what the measure is for is not in the plan, or not as a lack the plan states
    if not named and firms_missing(m, reading, sig.plan_type, idx.measure_firms.get(m.id, frozenset())):
        return None  # the firms the programme is for are not the plan's (an A plan's large investors)
    if not named and not industry_fits(reading, idx.measure_industries[m.id], frozenset(m.sectors),
                                       frozenset(sig.sectors)):
        return None  # the plan's business is not one the measure is for
    if not named and m.status != "available":
        return None
    if not named and other_types_benefit(m, sig.plan_type):
        return None  # what a published plan of another type obtains (a B plan's 審査上の考慮 for a C plan)
    links = [named_link(m, reading)] if named else []
    links += _theme_links(m, reading) + route
    sec = section_evidence(reading, frozenset(m.plan_sections), objects) if m.plan_sections else None
    obj = object_evidence(reading, objects) if objects and not sec else None
    made = made_in_sector(m, objects, reading, sig) if not sec else None
    if made and (obj is None or obj.strength < made.strength):
        obj = made  # the measure is for what the plan makes: its product line is the ground
    if sec:
        links.append(Link("section", m.id, sec.quote, W_SECTION, {"where": sec.where, "section": sec.section}))
    if obj:
        links.append(Link("object", m.id, obj.quote, W_OBJECT * obj.strength, {"where": obj.where}))
    market = market_evidence(reading, frozenset(norm(c) for c in m.customers)) if m.customers else None
    if market:
        links.append(Link("market", m.id, market.quote, W_MARKET * market.strength, {"where": market.where}))
    links += [Link(lk.kind, lk.ref, lk.origin, W_FIELD * lk.contribution, lk.detail)
              for lk in field_links(m, sig, kb)]
    links += [benefit_once_published(lk, facts) for lk in _prior_links(m, sig.plan_type)
              if lk.kind != "open" or _open_objects(m, objects)]
    links += _gap_links(m, sig)
    evidence = sum(lk.contribution for lk in links if lk.kind in EVIDENCE)
    if evidence <= 0 and not any(lk.kind == "menu" for lk in links):
        return None  # nothing in the plan points at it, and the type's menu does not list it
    conds, penalty = [], 0.0
    for c in m.conditions:
        v = facts.get(c.fact) if (c.fact and facts is not None) else None
        met = None if v is None else bool(v)
        penalty += UNMET_PENALTY if met is False else 0.0
        conds.append({"id": c.id, "text": c.text, "met": met, "fact": c.fact})
    score = sum(lk.contribution for lk in links) - penalty
    if score < MIN_SCORE:
        return None
    links.sort(key=lambda lk: (-lk.contribution, lk.kind, lk.ref))
    return Scored(m, round(score, 6), links, conds)


@dataclass(frozen=True)
class MeasureStatic:
    """What the bound of one measure needs, computed once per knowledge base."""

    measure: Measure
    themes: tuple[str, ...]
    objects: frozenset[str]
    industries: frozenset[str]
    targets: tuple[frozenset, frozenset, frozenset]  # fields, products, sectors
    prior: dict[str, float]  # plan type → the type's listing and benefit contributions
    gap_ids: frozenset[str]


def measure_statics(kb: KnowledgeBase) -> list[MeasureStatic]:
    def build() -> list[MeasureStatic]:
        idx = name_index(kb)
        return [MeasureStatic(m, tuple(m.themes), idx.measure_objects.get(m.id, frozenset()),
                              idx.measure_industries.get(m.id, frozenset()),
                              (frozenset(m.fields), frozenset(m.products), frozenset(m.sectors)),
                              {t: sum(lk.contribution for lk in _prior_links(m, t)) for t in ("A", "B", "C")},
                              frozenset(h.requirement for h in m.helps_how))
                for m in kb.measures.values()]
    return built_once(kb, "_plan_rank_statics", build)


def upper_bound(ms: MeasureStatic, sig: Signals, reading: PlanReading) -> float:
    """A value no lower than score_for_plan's score (-inf where the measure is no candidate); cheap to compute.

    Each part mirrors one kind of link: the need and direction of its themes, its objects' best statement, the
    field / product / sector links at their largest, the type's listing and benefit exactly, and a gap link."""
    m = ms.measure
    if m.id in reading.named:
        return math.inf
    objects = made_objects(m, ms.objects, reading)
    routed = any(rf.measure in reading.named for rf in m.route_for)
    if (_objects_missing(m, objects, reading) and not routed) or m.status != "available" or other_types_benefit(m, sig.plan_type):
        return -math.inf
    if not industry_fits(reading, ms.industries, frozenset(m.sectors), frozenset(sig.sectors)):
        return -math.inf
    needs, directions, best = reading.needs, reading.directions, reading.object_best
    b = W_NEED * max((needs[t].strength for t in ms.themes if t in needs), default=0.0)
    b += W_DIRECTION * math.sqrt(max((directions[t].strength for t in ms.themes if t in directions), default=0.0))
    made = made_in_sector(m, objects, reading, sig)
    stated = max((best[o].strength for o in objects if o in best), default=0.0)
    b += max(W_OBJECT * max(stated, made.strength if made else 0.0), W_SECTION if m.plan_sections else 0.0)
    fields, products, sectors = ms.targets
    n = len(fields & sig.fields.keys()) + len(products & sig.products.keys()) + len(sectors & sig.sectors.keys())
    b += W_FIELD * FIELD_BOUND * (1 + 0.15 * (n - 1)) if n else 0.0
    b += ms.prior.get(sig.plan_type, 0.0) if sig.plan_type else 0.0
    b += W_GAP if ms.gap_ids and not ms.gap_ids.isdisjoint(sig.gaps) else 0.0
    b += W_ROUTE if routed else 0.0
    b += W_MARKET if m.customers else 0.0
    return b + 1e-6  # score_for_plan rounds the score to 6 decimals: up to 5e-7 above the sum of its parts


def _kept(s: Scored, best: float, reading: PlanReading) -> bool:
    """Whether a scored measure stays in the list: the plan names it, it is the type's benefit, or it scores at
    least MIN_SHARE of the best measure the plan does not name."""
    return s.score >= MIN_SHARE * best or s.measure.id in reading.named or any(lk.kind == "benefit" for lk in s.links)


def _yields(s: Scored, ids: set[str], reading: PlanReading) -> bool:
    """Whether a measure the plan does not name gives way to one of its `yields_to` in the list (the type's own
    programme for the same thing)."""
    return s.measure.id not in reading.named and not ids.isdisjoint(s.measure.yields_to)


def _may_give_way(scored: list[Scored], untried: set[str], reading: PlanReading) -> bool:
    """Whether a scored measure the plan does not name may still give way to a programme not yet scored: kept in the
    list however low it scores, that programme removes the measure, so the ranking may not stop before it."""
    return any(_yields(s, untried, reading) for s in scored)


def rank_for_plan(kb: KnowledgeBase, sig: Signals, reading: PlanReading, facts: dict[str, object] | None = None,
                  top: int = 10) -> list[Scored]:
    """The top measures for a plan: the ones it names first, then by the evidence (ties by id).

    Measures are scored in the order of their upper bound and the scoring stops once `top` kept measures and
    the best measure the plan does not name all score above the next bound: no measure left could enter the
    list or change the minimum share (the same result as scoring them all, at a fraction of the cost with a
    large knowledge base)."""
    bounds = sorted(((upper_bound(ms, sig, reading), ms.measure.id) for ms in measure_statics(kb)),
                    key=lambda x: (-x[0], x[1]))
    scored: list[Scored] = []
    best_k: list[float] = []  # min-heap of the `top` best scores so far
    best_unnamed = -math.inf
    candidates = {mid for bound, mid in bounds if bound > -math.inf}
    tried: set[str] = set()
    for bound, mid in bounds:
        if bound == -math.inf:
            break
        if top and len(best_k) >= top and bound < best_k[0] and bound < best_unnamed \
                and sum(s.score > bound and _kept(s, best_unnamed, reading) and not s.measure.yields_to
                        for s in scored) >= top and not _may_give_way(scored, candidates - tried, reading):
            break  # (a measure above the bound that falls below the share leaves its place to one below it)
        tried.add(mid)
        s = score_for_plan(kb.measures[mid], sig, reading, kb, facts)
        if s is None:
            continue
        scored.append(s)
        heapq.heappush(best_k, s.score)
        if top and len(best_k) > top:
            heapq.heappop(best_k)
        if mid not in reading.named:
            best_unnamed = max(best_unnamed, s.score)
    best = max((s.score for s in scored if s.measure.id not in reading.named), default=0.0)
    scored = [s for s in scored if _kept(s, best, reading)]
    ids = {s.measure.id for s in scored}
    scored = [s for s in scored if not _yields(s, ids, reading)]
    scored.sort(key=lambda s: (-s.score, s.measure.id))
    for s in scored:
        s.rank_score = s.score
    return scored[:top] if top else scored
