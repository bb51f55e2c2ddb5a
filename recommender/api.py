"""The recommender's entry points for the CLI, the service layer and the app."""

from __future__ import annotations

from typing import Any

from chiiki_mirai.core.plan import Plan
from chiiki_mirai.core.result import GAP_STATUSES, CheckResult, Recommendation
from chiiki_mirai.knowledge.loader import KnowledgeBase, load_kb
from chiiki_mirai.recommender.classify import Classification, classify
from chiiki_mirai.recommender.explain import recommendation
from chiiki_mirai.recommender.notices import recommendation_notices
from chiiki_mirai.recommender.plan_rank import rank_for_plan
from chiiki_mirai.recommender.plan_reading import read_plan_needs
from chiiki_mirai.recommender.plan_text import weighted_segments
from chiiki_mirai.recommender.ranking_model import Signals
from chiiki_mirai.recommender.search import search_measures
from chiiki_mirai.recommender.signals import add_classification
from chiiki_mirai.recommender.themes import ThemeStrength, gap_needs, theme_strengths
from chiiki_mirai.rules.facts import Fact, derive_facts

CLASSIFY_CHARS = 1500


def classify_texts(texts: list[str], top: int = 3, model: str | None = None, kb: KnowledgeBase | None = None):
    """[{text, fields: [{number, name, score, products: [{id, name, score}]}]}] per text."""
    return [c.to_dict() for c in classify(texts, kb or load_kb(), top=top, model=model)]


def plan_industry_text(plan: Plan) -> str:
    """The part of a plan that says what it is about: title, industry, products, reason, market."""
    ind = plan.industry
    parts = [plan.title or "", ind.domain or "", *ind.products, ind.reason or "", plan.target_market.needs or ""]
    text = "\n".join(p for p in parts if p)
    if len(text) < 20:  # a reader could not place the industry: use the start of the plan's text
        body = "\n".join(s.text for s in plan.sections.values()) + "\n" + "\n".join(s.text for s in plan.other_text)
        text = (text + "\n" + body)[:CLASSIFY_CHARS]
    return text


def plan_fact_values(plan: Plan, kb: KnowledgeBase, plan_type: str | None) -> dict[str, Any]:
    return {name: f.value for name, f in derive_facts(plan, kb, plan_type).items()}


def plan_signals(
    plan: Plan, kb: KnowledgeBase, plan_type: str | None, cls: Classification | None, gaps: list[str]
) -> Signals:
    """Themes weighted by where they are written, needs read from the gaps, fields and products."""
    segments = weighted_segments(plan, kb, plan_type)
    sig = Signals(plan_type=plan_type, themes=theme_strengths(segments), gaps=list(gaps), segments=segments)
    for g in gaps:
        for theme, strength in gap_needs(g):
            ts = sig.themes.get(theme)
            if ts is None:
                sig.themes[theme] = ThemeStrength(strength, [], "")
            elif ts.strength < strength:
                ts.strength = strength
            sig.gap_themes.setdefault(theme, []).append(g)
    add_classification(sig, cls)
    return sig


def recommend_for_plan(
    plan: Plan,
    result: CheckResult | None,
    kb: KnowledgeBase | None = None,
    top: int = 10,
    model: str | None = None,
    classification: Classification | None = None,
    facts: dict[str, Fact] | None = None,
) -> list[Recommendation]:
    """The top measures for a plan. `facts`: the ones `result` was decided on (saves deriving them again)."""
    kb = kb or load_kb()
    plan_type = (result.plan_type if result else None) or plan.plan_type
    if result is not None and not plan_type:
        plan_type = result.plan_type_suggestion.type
    cls = classification or classify_plan(plan, kb, model)
    gaps = [i.id for i in (result.requirements + result.checks) if i.status in GAP_STATUSES] if result else []
    sig = plan_signals(plan, kb, plan_type, cls, gaps)
    # the check already derived the facts for this plan type: reuse them (half the cost of a recommend)
    if facts and result is not None and (result.plan_type or result.plan_type_suggestion.type) == plan_type:
        values = {name: f.value for name, f in facts.items()}
    else:
        values = plan_fact_values(plan, kb, plan_type)
    reading = read_plan_needs(plan, kb, plan_type)
    scored = rank_for_plan(kb, sig, reading, values, top=top)
    return [recommendation(kb, s, reading=reading, sig=sig) for s in scored]


def classify_plan(plan: Plan, kb: KnowledgeBase | None = None, model: str | None = None) -> Classification:
    """The strategic fields and products a plan is about (from its title, industry, reason, market)."""
    kb = kb or load_kb()
    return classify([plan_industry_text(plan)], kb, top=3, model=model)[0]


def annotate_result(
    plan: Plan,
    result: CheckResult,
    kb: KnowledgeBase | None = None,
    model: str | None = None,
    top: int = 10,
    facts: dict[str, Fact] | None = None,
) -> None:
    """Fill result.fields and result.recommendations (service.check_plan calls this with the check's facts)."""
    kb = kb or load_kb()
    cls = classify_plan(plan, kb, model)
    result.fields = [f.to_result() for f in cls.fields]
    result.recommendations = recommend_for_plan(plan, result, kb, top=top, classification=cls, facts=facts)
    result.recommendation_notices = recommendation_notices(plan, result)


def search(
    query: str,
    ministry: str | None = None,
    plan_type: str | None = None,
    category: str | None = None,
    field: int | str | None = None,
    top: int = 10,
    kb: KnowledgeBase | None = None,
    model: str | None = None,
) -> dict:
    """The desk's free-text question → matched fields and measures with contacts."""
    return search_measures(
        query, kb or load_kb(), ministry=ministry, plan_type=plan_type, category=category, field=field, top=top,
        model=model,
    )
