"""Facts about the product and its market (有望度・費用対効果), computed from statements only.

Sources: 000 政策パッケージ 第2章 2. B.(2)①有望度 / ④費用対効果, C.(2)①有望度; 001 ガイダンス 1.(2)②①【有望度】
「ターゲットとする市場の属性（法人、個人、海外等）及びその市場における当該製品・サービスのニーズを明記するとともに、
競争優位性を示してください」, ④【費用対効果】「同業種又は地域内産業と比べ…見通し及びその根拠を説明してください」,
2.(2)②①「併せて、付加価値向上または販路拡大の見通しを明記してください」.
"""

from __future__ import annotations

import re
from typing import Any

from chiiki_mirai.core.claim_rules import is_uncertain
from chiiki_mirai.core.plan import Evidence
from chiiki_mirai.core.statement import HELD, Statement
from chiiki_mirai.core.text.normalize import nfkc
from chiiki_mirai.rules.facts.claim_select import (
    claim_fact,
    evidence_at,
    stated_claims,
    statements,
    uncertain_of,
    unread,
)
from chiiki_mirai.rules.facts.registry import FactContext, Uncertain, fact

_EXPORT = re.compile(r"輸出|海外|外貨|越境|国外|欧州|北米|アジア|インバウンド")
_SHARE = re.compile(r"シェア|トップ|首位|上位|No\.?1|1位")
_SUBSTITUTE = re.compile(r"輸入代替|国産化|輸入品[^。]{0,10}(?:置き換|代替)")
# B.(2)④ compares value added (「付加価値」「1人当たり」「生産性」「利益率」「単価」): a comparison of something else
# (「注射剤の比率は約8%（全国平均 約25%）」, a product mix) is not the comparison asked for
_VALUE_WORDS = re.compile(r"付加価値|生産性|1人当たり|一人当たり|利益|収益|単価|マージン|賃金|所得")


@fact("product_specified", "製品・サービス（業種）が具体的に特定されている")
def product_specified(ctx: FactContext) -> Any:
    """B.(3)①/C.(3)① 該当する業種・製品・サービス等: the products listed, else the domain as written."""
    products = [s for s in statements(ctx, "industry", "product") if s.subject]
    if products:
        return "、".join(s.subject for s in products), [evidence_at(products[0].place)]
    domain = [s for s in statements(ctx, "industry", "domain") if s.subject and len(s.subject.strip(" 。．.、")) >= 4]
    if domain:
        return "\n".join(s.subject for s in domain), [evidence_at(domain[0].place)]
    return _unplaced_products(ctx)


# what a title says besides its product: the plan's kind, its author, 素案
_PLAN_WORDS = re.compile(
    r"戦略産業クラスター計画|地域産業クラスター計画|地場産業成長プラン|クラスター計画|成長プラン|計画|プラン|素案|案|"
    r"本文|概要|はじめに|表紙|目次|"
    r"[一-龥]{1,4}(?:都|道|府|県)|[一-龥ぁ-んァ-ヶ]{1,5}(?:市|町|村)"
)


def _unplaced_products(ctx: FactContext) -> Any:
    """Nothing read, and the draft has no place for its products (a narrative draft whose parts are headed in
    sentences of its own): what it makes is for a person to read, from its title, the headings before its first item or its opening lines —
    unknown is never a negative. Where the item is written and holds nothing, or nothing opens the draft but
    the plan's kind and author, it stays a gap."""
    pt = ctx.kb.plan_types.get(ctx.plan_type or "")
    first = pt.sections[0].items[0].id if pt and pt.sections and pt.sections[0].items else None
    if first is None or first in ctx.plan.sections:
        return None  # the item is written and names nothing: a gap
    cover = ctx.plan.other_text[:3]
    for text in [ctx.plan.title or "", *(t.heading for t in cover), *(t.text for t in cover[:1])]:
        if len(_PLAN_WORDS.sub("", nfkc(text)).strip(" 　（）()・「」")) >= 2:
            return Uncertain(None, (Evidence(section=None, text=text[:200]),), candidate=text[:80])
    return None  # the title and the opening lines name nothing but the plan and its author


@fact("industry_reason_stated", "業種・分野を特定した理由が記載されている")
def industry_reason_stated(ctx: FactContext) -> Any:
    """B.(3)①/C.(3)① 特定の理由."""
    reasons = [s for s in statements(ctx, "industry", "reason") if s.subject]
    text = "\n".join(s.subject for s in reasons)
    return (text, [evidence_at(reasons[0].place)]) if len(text.strip()) >= 8 else None


@fact("market_attributes_stated", "ターゲット市場の属性（法人・個人・海外等）が明記されている")
def market_attributes_stated(ctx: FactContext) -> Any:
    """ガイダンス 1.(2)②①: ターゲットとする市場の属性（法人、個人、海外等）."""
    held = [s for s in statements(ctx, "market") if s.modality not in ("negated", "placeholder")]
    attrs = [a for a in ("法人", "個人", "海外", "国内") if any(s.topic == a for s in held)]
    return (attrs, [evidence_at(held[0].place)]) if attrs else unread(ctx, "market_attributes", home="market_need")


@fact("market_needs_stated", "市場ニーズが特定されている")
def market_needs_stated(ctx: FactContext) -> Any:
    """B.(2)①/C.(2)① 「市場ニーズを特定していること」: a market_need claim, in any words."""
    return claim_fact(ctx, "market_need") or unread(ctx, "market_need")


def _export_kinds(ctx: FactContext) -> tuple[list[str], list]:
    tops = stated_claims(ctx, "export_or_top_share")
    overseas = [s for s in statements(ctx, "market", "海外") if s.modality in HELD]
    kinds: list[str] = []
    if overseas or any(_EXPORT.search(s.place.quote) for s in tops):
        kinds.append("海外輸出")
    if any(_SHARE.search(s.place.quote) for s in tops):
        kinds.append("国内上位シェア")
    if any(_SUBSTITUTE.search(s.place.quote) for s in tops):
        kinds.append("輸入代替")
    if tops and not kinds:
        kinds.append("域外からの収益獲得")
    first = (tops or overseas)[:1]
    return kinds, [evidence_at(s.place) for s in first]


@fact("export_or_top_share", "海外輸出（外貨獲得）又は国内上位シェアを目指す")
def export_or_top_share(ctx: FactContext) -> Any:
    """B.(2)①: 「海外輸出で外貨を獲得し得るもの又は国内で上位シェアを目指し得るもの」."""
    kinds, ev = _export_kinds(ctx)
    if kinds:
        return kinds, ev
    return uncertain_of([s for s in statements(ctx, "claim", "export_or_top_share") if is_uncertain(s)]) or unread(
        ctx, "export_or_top_share"
    )


@fact("has_export_target", "海外輸出・海外販路を目指す")
def has_export_target(ctx: FactContext) -> Any:
    kinds, ev = _export_kinds(ctx)
    return "海外輸出" in kinds, ev


@fact("competitive_advantage_stated", "競争優位性（強み）が示されている")
def competitive_advantage_stated(ctx: FactContext) -> Any:
    """ガイダンス 1.(2)②①: 「競争優位性を示してください」 — a strength over competitors, in any words."""
    return claim_fact(ctx, "competitive_advantage") or unread(ctx, "competitive_advantage")


# an indicator the plan sets on new buyers, new sales channels or its unit price (「新規取引先数 累計60社」「客単価」):
# a target of sales expansion or higher value the plan commits to measure
_EXPANSION_INDICATOR = re.compile(r"新規(?:の)?(?:取引先|顧客|販路|販売先)|販路|販売先数|取引先数|単価")


def _expansion_indicator(ctx: FactContext) -> Statement | None:
    found = [s for s in ctx.plan.statements if s.kind in ("kgi", "kpi") and s.subject and s.modality in HELD
             and s.topic not in ("basis", "verification") and _EXPANSION_INDICATOR.search(nfkc(s.subject))]
    return found[0] if found else None


@fact("value_up_or_sales_expansion", "既存製品と比べ付加価値向上又は販路拡大の見通しがある")
def value_up_or_sales_expansion(ctx: FactContext) -> Any:
    """C.(2)①: 「既存の製品・サービス等と比較して付加価値を高めるもの又は販路拡大が見込まれるもの」: the claim, or an
    indicator the plan sets on new buyers or channels or on its unit price (its own measure of that outlook)."""
    claimed = claim_fact(ctx, "value_up")
    if claimed and not isinstance(claimed, Uncertain):
        return claimed
    if (ind := _expansion_indicator(ctx)) is not None:
        return ind.place.quote, [evidence_at(ind.place)]
    return claimed


@fact("value_added_comparison_stated", "業種内比較又は域内比較で高い付加価値を示している")
def value_added_comparison_stated(ctx: FactContext) -> Any:
    """B.(2)④: 「業種内比較及び域内比較において、高い付加価値の創出を目指し得ること」: a comparison claim, or the
    plan's rate set against a peer rate (a numeric comparison)."""
    # the sentence, or its line (「付加価値率は約40%と見込む。全国の同業種の平均（29%）…を上回る。」), names value added
    lines = {s.place.line for s in ctx.plan.statements if s.place.line is not None and _VALUE_WORDS.search(nfkc(s.place.quote))}
    got = claim_fact(
        ctx, "comparison",
        only=lambda s: _about_value(s, lines) and not _formula_only(s.place.quote),
    )
    if isinstance(got, tuple):
        return got
    own, peer, ev = _rates(ctx)
    if own is not None and peer is not None:
        return f"付加価値率 {own:.0%}（比較対象 {peer:.0%}）", ev
    if (level := _level(ctx)) is not None:
        return level
    return got


def _level(ctx: FactContext) -> tuple[str, list] | None:
    """A per-worker value added set against a peer's figure (「1人当たり付加価値額 → 市内製造業平均 980万円、核3社
    1,160万円」): a numeric comparison as a rate's is."""
    s = next((s for s in statements(ctx, "claim", "value_added_level") if s.value is not None), None)
    if s is None or s.value <= s.attrs["industry"]:  # 「高い付加価値」: at or under the peer's is no higher
        return None
    return f"1人当たり付加価値額 {s.value / 1e4:,.0f}万円（比較対象 {s.attrs['industry'] / 1e4:,.0f}万円）", [evidence_at(s.place)]


# an industry's rate used in the KGI's arithmetic (「売上増加額に同業種の付加価値率（約57%）を乗じて算出」) compares nothing
_FORMULA = re.compile(r"乗じ|掛け|×|\*|を用いて算(?:定|出)")
_COMPARES = re.compile(r"上回|下回|比べ|比較|に対し|より高|を超え|超える|並み|水準")


def _about_value(s: Statement, lines: set[int]) -> bool:
    """A comparison of value added: its sentence or line names it, or it sits under a heading that does
    (「(5) 費用対効果」 over 「県内製造業平均（約980万円）…を上回る見通し」)."""
    if _VALUE_WORDS.search(nfkc(s.place.quote)) or s.place.line in lines:
        return True
    return bool(re.search(r"費用対効果|付加価値", nfkc(s.place.section or "")))


def _formula_only(quote: str) -> bool:
    t = nfkc(quote)
    return bool(_FORMULA.search(t)) and not _COMPARES.search(t)


def _rate_statements(ctx: FactContext) -> tuple[Statement | None, Statement | None]:
    """The statements of the plan's own rate and of the rate it is set against (the reader puts a sentence that gives
    both first, so both come from it when there is one)."""
    rates = statements(ctx, "claim", "value_added_rate")
    own = next((s for s in rates if s.value is not None), None)
    peer = next((s for s in rates if s.attrs.get("industry") is not None), None)
    return own, peer


def _rates(ctx: FactContext) -> tuple[float | None, float | None, list]:
    own, peer = _rate_statements(ctx)
    ev = [evidence_at(s.place) for s in (own, peer) if s is not None]
    return (own.value if own else None), (peer.attrs["industry"] if peer else None), ev


@fact("value_added_basis_stated", "高い付加価値創出の見通しの根拠（付加価値率等の数値）がある")
def value_added_basis_stated(ctx: FactContext) -> Any:
    """ガイダンス 1.(2)②④: 「見通し及びその根拠を説明してください」: a rate, else a numeric basis claim."""
    own, peer, ev = _rates(ctx)
    if own is not None:
        shown = f"付加価値率{own:.0%}" + (f"（比較対象 {peer:.0%}）" if peer is not None else "")
        return shown, ev
    return claim_fact(ctx, "value_added_basis")


@fact("value_added_rates_given", "計画と比較対象の付加価値率がともに記載されている")
def value_added_rates_given(ctx: FactContext) -> Any:
    own, peer, ev = _rates(ctx)
    return (True, ev) if own is not None and peer is not None else None


@fact("value_added_higher_than_industry", "計画の付加価値率が比較対象を上回る")
def value_added_higher_than_industry(ctx: FactContext) -> Any:
    """The plan's rate above the one it is set against. Decided by the sentence that gives both; two rates read
    from different sentences (a basis citing an industry's rate, a claim about the product's) may be bound to the
    wrong owner, so a rate not above the other there goes to a person: unknown is never a negative."""
    own, peer = _rate_statements(ctx)
    if own is None or peer is None:
        return None
    higher = own.value > peer.attrs["industry"]
    ev = [evidence_at(own.place), evidence_at(peer.place)]
    return (higher, ev) if higher or own is peer else Uncertain(None, tuple(ev), candidate=ev[0].text)
