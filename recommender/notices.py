"""Problems to settle before the recommendations are used, shown at the top of them (issue 19).

A desk officer raises them first: the plan's author may not write this type of plan (a city that is not a
政令指定都市 authoring a B plan; a 協議会 or a company authoring instead of the municipality), or the type the plan
states is not the one its content suggests (said only beside an author problem), or the type was inferred because
the plan does not state it. They are read from the check's `author` item and the type suggestion, so they say no
more than the check found.
"""

from __future__ import annotations

import re

from chiiki_mirai.core.plan import Plan
from chiiki_mirai.core.result import CheckResult

TYPE_NAMES = {"A": "A（戦略産業クラスター計画）", "B": "B（地域産業クラスター計画）", "C": "C（地場産業成長プラン）"}
AUTHORS_BY_TYPE = {"A": "都道府県（国への提案）", "B": "都道府県又は政令指定都市", "C": "市町村又は都道府県"}
# a body that is not a local government: the check leaves it for review; named like this, it is one for sure
ORGANISATION = re.compile(r"協議会|法人|機構|株式会社|有限会社|組合|協会|団体|DMO|会議所|商工会(?!議)")


def recommendation_notices(plan: Plan, result: CheckResult) -> list[str]:
    """Japanese notices about who may write the plan and which type it is, most important first."""
    out: list[str] = []
    ptype = result.plan_type
    author = next((i for i in result.checks if i.id == "author"), None)
    names = "、".join(a.name for a in plan.authors) or "（記載なし）"
    if author is not None and ptype:
        allowed = AUTHORS_BY_TYPE.get(ptype, "")
        if author.status == "partial":
            out.append(f"策定主体の確認が先です: {names} は{TYPE_NAMES[ptype]}を策定できる団体に当たりません"
                       f"（策定主体は{allowed}）。推薦施策は、計画の位置付け（類型・策定主体）を決めてから使ってください。")
        elif author.status == "review" and any(ORGANISATION.search(a.name) for a in plan.authors):
            out.append(f"策定主体の確認が先です: {names} は地方公共団体ではありません。{TYPE_NAMES[ptype]}は"
                       f"{allowed}が策定・提出します。")
    suggested = result.plan_type_suggestion.type
    # the type suggestion alone is weak evidence: it is worth a line only beside an author problem
    if out and result.plan_type_given and ptype and suggested and suggested != ptype:
        why = "、".join(result.plan_type_suggestion.reasons[:2])
        out.append(f"記載の類型は{TYPE_NAMES[ptype]}ですが、内容からは{TYPE_NAMES[suggested]}と推定されます（{why}）。"
                   "類型が変わると使える支援施策も変わります。")
    if not result.plan_type_given and ptype:
        out.append(f"計画に類型の記載がないため、内容から推定した{TYPE_NAMES[ptype]}として推薦しています。"
                   "類型を記載すると、推薦される施策も変わります。")
    return out
