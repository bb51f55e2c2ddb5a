"""The desk's free-text questions ("漆器を海外に売りたい", "工業用水が足りない") → measures with contacts."""

from __future__ import annotations

from chiiki_mirai.errors import UserError
from knowledge.loader import KnowledgeBase
from knowledge.schema import CategoryId
from recommender.api import add_classification
from recommender.classify import classify
from recommender.explain import recommendation
from recommender.rank import Signals, rank_measures
from recommender.themes import ThemeStrength, detect_themes

CATEGORIES = set(CategoryId.__args__)  # type: ignore[attr-defined]


def _check_filters(kb: KnowledgeBase, ministry, plan_type, category, field) -> int | None:
    if ministry and ministry not in kb.ministries:
        raise UserError(f"府省庁IDが見つかりません: {ministry}（例: {', '.join(sorted(kb.ministries)[:5])}）")
    if plan_type and plan_type not in ("A", "B", "C"):
        raise UserError(f"計画の類型は A・B・C のいずれかで指定してください: {plan_type}")
    if category and category not in CATEGORIES:
        raise UserError(f"施策の分類が見つかりません: {category}（{', '.join(sorted(CATEGORIES))}）")
    if field in (None, ""):
        return None
    try:
        n = int(field)
    except (TypeError, ValueError):
        n = -1
    if n not in kb.field_by_number:
        raise UserError(f"戦略分野の番号は1〜17で指定してください: {field}")
    return n


def search_measures(
    query: str,
    kb: KnowledgeBase,
    ministry: str | None = None,
    plan_type: str | None = None,
    category: str | None = None,
    field: int | str | None = None,
    top: int = 10,
    model: str | None = None,
) -> dict:
    if not query or not query.strip():
        raise UserError("検索する質問・キーワードを入力してください")
    fnum = _check_filters(kb, ministry, plan_type, category, field)
    cls = classify([query], kb, top=3, model=model)[0]
    # a question is all need: every theme it names counts fully, every word of it is "the problem"
    sig = Signals(plan_type=plan_type, segments=[(query, 3.0, "相談内容")])
    add_classification(sig, cls)
    if fnum is not None:
        sig.fields[fnum] = (1.0, kb.field_by_number[fnum].name)
    for theme, (w, cue) in detect_themes(query).items():
        sig.themes[theme] = ThemeStrength(w, [cue], "相談内容")
    scored = rank_measures(
        kb, sig, facts=None, top=top,
        filters={"ministry": ministry, "category": category, "field": str(fnum) if fnum else None},
    )
    return {
        "query": query,
        "fields": [f.to_dict() for f in cls.fields],
        "outside": [{"id": o[0], "name": o[1]} for o in cls.outside[:1]] if not cls.fields else [],
        "measures": [recommendation(kb, s) for s in scored],
    }
