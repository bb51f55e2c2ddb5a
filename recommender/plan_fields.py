"""A plan's strategic fields, read first from where the plan names its subject (issue 15).

Where a word stands in a plan says how much it tells about the plan's field: the title and the items of
該当する業種 / 製品・サービス name what the plan is about; the reasons and the market describe the background
(「自動車部品の受注は電動化で先細り」, 「半導体関連の設備投資が続き」) and name other industries in passing. So the
subject is classified on its own first, and its fields (or that none applies) are the plan's. Only when the plan
has no 業種 / 製品 items and its title names no field with confidence (「〇〇市地場産業成長プラン」) does the whole
industry text (title, reasons, market) decide.
"""

from __future__ import annotations

from chiiki_mirai.core.plan import Plan
from chiiki_mirai.knowledge.loader import KnowledgeBase
from chiiki_mirai.recommender.classify import Classification, classify

SUBJECT_MIN_CHARS = 8  # a subject shorter than this (a bare title) is not classified on its own


def subject_text(plan: Plan) -> str:
    """The plan's title and its 該当する業種 / 製品・サービス items."""
    ind = plan.industry
    return "\n".join(x for x in [plan.title or "", ind.domain or "", *ind.products] if x)


def classify_subject_first(subject: str, whole: str, kb: KnowledgeBase, model: str | None = None,
                           items: bool = True) -> Classification:
    """The subject's classification when it names a field with confidence, else the whole text's.

    items: the subject has 業種 / 製品 items (not only a title); then it also decides that no field applies, unless
    its best field, short of confidence, is the one the whole text names first (_leans_to)."""
    if len(subject.strip()) < SUBJECT_MIN_CHARS or subject.strip() == whole.strip():
        return classify([whole], kb, top=3, model=model)[0]
    by_subject, by_whole = classify([subject, whole], kb, top=3, model=model)
    if by_subject.fields or (items and not _leans_to(by_subject, by_whole)):
        return by_subject
    return by_whole


def _leans_to(by_subject: Classification, by_whole: Classification) -> bool:
    """The subject names no field with confidence, but its best field is the one the whole text names first (a
    ship-parts plan whose items also name the fuels the ships run on): the whole text's reading decides. The subject
    leans only when its best field rests on the subject's own evidence, a term or a product of the field it names (推進軸
    for a shipbuilding part); a best field of no evidence (a pickles plan's, best by a hair) leaves the items' decision."""
    best = by_subject.best
    return (best is not None and bool(best.terms or best.products) and bool(by_whole.fields)
            and by_whole.fields[0].number == best.number)


def has_items(plan: Plan) -> bool:
    """Whether the plan names its industry or products (not only a title)."""
    return bool(plan.industry.domain or plan.industry.products)
