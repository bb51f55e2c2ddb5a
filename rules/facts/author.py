"""Facts about the plan type and its authors (策定主体)."""

from __future__ import annotations

import re
import unicodedata
from typing import Any

from chiiki_mirai.core.plan import Evidence
from chiiki_mirai.core.text.normalize import maru_sentences
from chiiki_mirai.rules.facts.helpers import evidence_of
from chiiki_mirai.rules.facts.registry import FactContext, fact


@fact("plan_type_a", "類型がA（戦略産業クラスター計画）")
def plan_type_a(ctx: FactContext) -> Any:
    return ctx.plan_type == "A"


@fact("plan_type_b", "類型がB（地域産業クラスター計画）")
def plan_type_b(ctx: FactContext) -> Any:
    return ctx.plan_type == "B"


@fact("plan_type_c", "類型がC（地場産業成長プラン）")
def plan_type_c(ctx: FactContext) -> Any:
    return ctx.plan_type == "C"


@fact("author_stated", "策定主体が記載されている")
def author_stated(ctx: FactContext) -> Any:
    names = [a.name for a in ctx.plan.authors if a.name]
    return ("、".join(names) or None), evidence_of(*ctx.plan.authors)


@fact("author_kind_known", "策定主体の種類（都道府県・政令指定都市・市町村）が判別できる")
def author_kind_known(ctx: FactContext) -> Any:
    if not ctx.plan.authors:
        return None
    return all(a.kind in ("prefecture", "designated_city", "municipality") for a in ctx.plan.authors)


@fact("author_kind_allowed", "策定主体がこの類型を策定できる団体である")
def author_kind_allowed(ctx: FactContext) -> Any:
    pt = ctx.kb.plan_types.get(ctx.plan_type or "")
    kinds = [a.kind for a in ctx.plan.authors if a.kind in ("prefecture", "designated_city", "municipality")]
    if not pt or not kinds:
        return None
    allowed = set(pt.authorship.kinds)
    if "municipality" in allowed:
        allowed.add("designated_city")  # a 政令指定都市 is a 市: it may author what 市町村 may
    return all(k in allowed for k in kinds), evidence_of(*ctx.plan.authors)


@fact("author_designated_city_b", "B計画を政令指定都市が策定（都道府県と異なるクラスターであることの確認が必要）")
def author_designated_city_b(ctx: FactContext) -> Any:
    kinds = {a.kind for a in ctx.plan.authors}
    # jointly with a prefecture the plan is the prefecture's own cluster: the condition is for a city alone
    return ctx.plan_type == "B" and "designated_city" in kinds and "prefecture" not in kinds


@fact("author_kind_unusual", "策定主体に都道府県・市町村のいずれにも当たらない団体（広域連合・一部事務組合等）がある")
def author_kind_unusual(ctx: FactContext) -> Any:
    odd = [a for a in ctx.plan.authors if a.kind not in ("prefecture", "designated_city", "municipality")]
    return ("、".join(a.name for a in odd), evidence_of(*odd)) if odd else None


# "府の計画と同じ自転車部品の分野について…市独自の計画として策定": the city's cluster is the prefecture's
_SAME_AS_PREF = r"(?:都|道|府|県)(?:の|が)[^。]{0,40}(?:計画|クラスター)[^。]{0,30}(?:同じ|同一|重複|重なる)"


@fact("author_same_cluster_as_prefecture", "政令指定都市のB計画が都道府県の計画と同じ産業クラスターを対象としている")
def author_same_cluster_as_prefecture(ctx: FactContext) -> Any:
    if not author_designated_city_b(ctx):
        return None
    for sent in maru_sentences(unicodedata.normalize("NFKC", ctx.text)):
        if re.search(_SAME_AS_PREF, sent) and not re.search(r"異なる|別の(?:産業|分野|業種)|重複しない|重ならない", sent):
            return sent, [Evidence(section=None, text=sent[:200])]
    return None


@fact("is_prefecture_or_designated_city", "策定主体が都道府県または政令指定都市")
def is_prefecture_or_designated_city(ctx: FactContext) -> Any:
    kinds = {a.kind for a in ctx.plan.authors}
    return bool(kinds & {"prefecture", "designated_city"}) if kinds else None


@fact("is_municipality", "策定主体が市町村")
def is_municipality(ctx: FactContext) -> Any:
    kinds = {a.kind for a in ctx.plan.authors}
    return ("municipality" in kinds) if kinds else None


@fact("joint_authors", "複数の地方公共団体による共同作成")
def joint_authors(ctx: FactContext) -> Any:
    return bool(ctx.plan.joint) or len(ctx.plan.authors) > 1
