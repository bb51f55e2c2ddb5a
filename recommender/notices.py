"""Problems to settle before the recommendations are used, shown at the top of them (issue 19).

A desk officer raises them first: the plan's author may not write this type of plan (a city that is not a
政令指定都市 authoring a B plan; a 協議会 or a company authoring instead of the municipality; a 政令指定都市's B plan
that does not say its cluster differs from the prefecture's), the plan names no author at all, or the type the plan
states is not the one its content suggests (said only beside an author problem), or the type was inferred because
the plan does not state it. They are read from the check's `author` item (its status and which of its criteria
failed) and the type suggestion, so they say no more than the check found; the authors named are the ones the
problem is about (in 「岩手県、洋野町」 writing a B plan, 洋野町).
"""

from __future__ import annotations

import re

from chiiki_mirai.core.plan import Author, Plan
from chiiki_mirai.core.result import CheckResult, Item

TYPE_NAMES = {"A": "A（戦略産業クラスター計画）", "B": "B（地域産業クラスター計画）", "C": "C（地場産業成長プラン）"}
AUTHORS_BY_TYPE = {"A": "都道府県（国への提案）", "B": "都道府県又は政令指定都市", "C": "市町村又は都道府県"}
# the author kinds each type allows (a 政令指定都市 is a 市: it may write what 市町村 may)
KINDS_BY_TYPE = {"A": {"prefecture"}, "B": {"prefecture", "designated_city"},
                 "C": {"prefecture", "designated_city", "municipality"}}
# a body that is not a local government: the check leaves it for review; named like this, it is one for sure
ORGANISATION = re.compile(r"協議会|法人|機構|株式会社|有限会社|組合|協会|団体|DMO|会議所|商工会(?!議)|推進会議|実行委員会|"
                          r"連合会|連盟|工業会|振興会|財団|社団|公社")
FIRST = "策定主体の確認が先です: "


def _names(authors: list[Author]) -> str:
    return "、".join(a.name for a in authors) or "（記載なし）"


def _failed(item: Item, criterion: str) -> bool:
    return any(c.id == criterion and c.applies and not c.passed for c in item.criteria)


def author_notices(plan: Plan, item: Item | None, ptype: str) -> list[str]:
    """The author problem the check found, as the desk would say it first (empty when there is none)."""
    if item is None or item.status in ("met", "n/a"):
        return []
    allowed = AUTHORS_BY_TYPE.get(ptype, "")
    orgs = [a for a in plan.authors if ORGANISATION.search(a.name)]
    if item.status == "missing" or not plan.authors:
        return [f"{FIRST}計画に策定主体の記載が見当たりません。{TYPE_NAMES[ptype]}は{allowed}が策定・提出します。"]
    if item.status == "partial" and _failed(item, "designated_city_same"):
        cities = [a for a in plan.authors if a.kind == "designated_city"]
        return [f"{FIRST}{_names(cities)}（政令指定都市）が独自に策定できるB計画は、都道府県と異なる産業クラスターを目指す"
                "ものに限られますが、計画は都道府県の計画と同じ産業クラスターとしています。"]
    if item.status == "partial":
        wrong = [a for a in plan.authors if a.kind in ("prefecture", "designated_city", "municipality")
                 and a.kind not in KINDS_BY_TYPE[ptype]] or orgs or plan.authors
        return [f"{FIRST}{_names(wrong)} は{TYPE_NAMES[ptype]}を策定できる団体に当たりません（策定主体は{allowed}）。"
                "推薦施策は、計画の位置付け（類型・策定主体）を決めてから使ってください。"]
    if orgs:  # review: a body beside (or instead of) a local government
        return [f"{FIRST}{_names(orgs)} は地方公共団体ではありません。{TYPE_NAMES[ptype]}は{allowed}が策定・提出します。"]
    if _failed(item, "designated_city"):
        cities = [a for a in plan.authors if a.kind == "designated_city"]
        return [f"{FIRST}{_names(cities)}（政令指定都市）が策定するB計画は、都道府県と異なる産業クラスターを目指す場合に"
                "限られます。計画にその記載が見当たりません。"]
    return []


def recommendation_notices(plan: Plan, result: CheckResult) -> list[str]:
    """Japanese notices about who may write the plan and which type it is, most important first."""
    ptype = result.plan_type
    author = next((i for i in result.checks if i.id == "author"), None)
    out = author_notices(plan, author, ptype) if ptype else []
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
