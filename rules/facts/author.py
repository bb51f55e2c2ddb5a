"""Facts about the plan type and its authors (策定主体)."""

from __future__ import annotations

import re
import unicodedata
from typing import Any

from chiiki_mirai.core.claim_rules import LEANS, STATED
from chiiki_mirai.core.plan import Evidence
from chiiki_mirai.core.text.cues import NON_GOVERNMENT_BODY
from chiiki_mirai.rules.facts.claim_select import claim_fact, claims, evidence_at, stated_claims
from chiiki_mirai.rules.facts.helpers import evidence_of
from chiiki_mirai.rules.facts.registry import FactContext, Uncertain, fact


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
    """The authors read; none read, though the title or the text before the first 記載項目 names a local
    government (「備中・備後…計画　岡山県・広島県 共同策定」 in a layout the reader did not take), goes to a person:
    unknown is never a negative."""
    names = [a.name for a in ctx.plan.authors if a.name]
    if names:
        return "、".join(names), evidence_of(*ctx.plan.authors)
    cover = [ctx.plan.title or ""] + [t.text for t in ctx.plan.other_text[:2]]
    for text in cover:
        m = _COVER_GOVERNMENT.search(unicodedata.normalize("NFKC", text or "")[:300])
        if m:
            return Uncertain(None, (Evidence(section=None, text=text[:200]),), candidate=m.group(0))
    return None


# a local government named on the cover: 「岡山県」「北海道」「下川町」「神戸市」
_COVER_GOVERNMENT = re.compile(r"[一-龥]{1,4}(?:都|道|府|県)(?![内外産])|[一-龥ぁ-んァ-ヶ]{1,5}(?:市|町|村)(?![内外場民長議])")


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


# special local public bodies (地方自治法の特別地方公共団体): whether they may write a plan is for a person
_UNION = re.compile(r"広域連合|一部事務組合|事務組合")
_GOVERNMENT = ("prefecture", "designated_city", "municipality")


def _odd_authors(ctx: FactContext) -> tuple[list, list]:
    """(authors that are not local governments, other authors of an unknown kind)."""
    odd = [a for a in ctx.plan.authors if a.kind not in _GOVERNMENT]
    private = [a for a in odd if NON_GOVERNMENT_BODY.search(unicodedata.normalize("NFKC", a.name)) and not _UNION.search(a.name)]
    return private, [a for a in odd if a not in private]


@fact("author_not_local_government", "策定主体が地方公共団体でない（協議会・観光協会・DMO・一般社団法人等のみ）")
def author_not_local_government(ctx: FactContext) -> Any:
    """000 第2章 2. B.(4)① 「都道府県は…計画案を策定する」, C.(4)① 「市町村又は都道府県は…プラン案を策定する」:
    a plan written by a 協議会, 観光協会, DMO or company alone has no author the types allow. With a local
    government among its authors, the body is a partner and a person checks (author_kind_unusual)."""
    private, _ = _odd_authors(ctx)
    if not private or any(a.kind in _GOVERNMENT for a in ctx.plan.authors):
        return None
    return "、".join(a.name for a in private), evidence_of(*private)


@fact("author_kind_unusual", "策定主体に都道府県・市町村のいずれにも当たらない団体（広域連合・一部事務組合等）がある")
def author_kind_unusual(ctx: FactContext) -> Any:
    """Guidance 2.(1)① (共同して提案することも可能): a 広域連合 / 一部事務組合, or a body beside a local government,
    may or may not write the plan — for a person to check, never a gap."""
    private, other = _odd_authors(ctx)
    if author_not_local_government(ctx) is not None:
        other = [a for a in other if a not in private]
    else:
        other = other + private
    return ("、".join(a.name for a in other), evidence_of(*other)) if other else None


@fact("author_same_cluster_as_prefecture", "政令指定都市のB計画が都道府県の計画と同じ産業クラスターを対象としている")
def author_same_cluster_as_prefecture(ctx: FactContext) -> Any:
    """000 第2章 2. B.(4)①※ 「政令指定都市が都道府県と異なる地域産業クラスター形成を目指す場合には、独自に計画を
    策定することを可能とする」: the city says its cluster is the prefecture's (a same_cluster claim, with no
    different_cluster claim stated beside it)."""
    if not author_designated_city_b(ctx) or _differs_more(ctx):
        return None
    got = claim_fact(ctx, "same_cluster")
    if isinstance(got, tuple):
        return got
    # a difference read with confidence and denied by its own sentence (「府の計画と同じ分野について…策定する」,
    # 「県と異なるクラスターは目指さない」) states the prefecture's cluster
    denied = [
        s for s in claims(ctx, "different_cluster")
        if s.modality == "negated" and s.confidence >= STATED and float(s.attrs.get("p", 1.0)) >= LEANS
    ]
    if denied:
        d = max(denied, key=lambda s: s.confidence)
        return d.place.quote, [evidence_at(d.place)]
    return got


def _differs_more(ctx: FactContext) -> bool:
    """A sentence read as both (「県の計画と同じ分野だが、異なるクラスターを目指す」): the more confident reading wins."""
    diff = max((s.confidence for s in stated_claims(ctx, "different_cluster")), default=0.0)
    same = max((s.confidence for s in stated_claims(ctx, "same_cluster")), default=0.0)
    return diff > 0 and diff >= same


@fact("author_different_cluster_stated", "政令指定都市のB計画が都道府県と異なる産業クラスターを目指すと記載している")
def author_different_cluster_stated(ctx: FactContext) -> Any:
    """000 第2章 2. B.(4)①※: 「県の計画とは異なる産業クラスターを目指す」 read as a difference, in any words."""
    if not author_designated_city_b(ctx) or (stated_claims(ctx, "same_cluster") and not _differs_more(ctx)):
        return None
    return claim_fact(ctx, "different_cluster")


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
