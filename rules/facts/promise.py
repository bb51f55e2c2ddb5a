"""Facts about the product and its market (有望度)."""

from __future__ import annotations

from typing import Any

from chiiki_mirai.core.text.cues import (
    ADVANTAGE_CUE,
)
from chiiki_mirai.rules.facts.helpers import cue_fact, evidence_of, has_text
from chiiki_mirai.rules.facts.registry import FactContext, fact


@fact("product_specified", "製品・サービス（業種）が具体的に特定されている")
def product_specified(ctx: FactContext) -> Any:
    ind = ctx.plan.industry
    if ind.products:
        return "、".join(ind.products), evidence_of(ind)
    if has_text(ind.domain, 4):
        return ind.domain, evidence_of(ind)
    return None


@fact("industry_reason_stated", "業種・分野を特定した理由が記載されている")
def industry_reason_stated(ctx: FactContext) -> Any:
    return (ctx.plan.industry.reason if has_text(ctx.plan.industry.reason, 8) else None), evidence_of(ctx.plan.industry)


@fact("market_attributes_stated", "ターゲット市場の属性（法人・個人・海外等）が明記されている")
def market_attributes_stated(ctx: FactContext) -> Any:
    tm = ctx.plan.target_market
    return (list(tm.attributes) or None), evidence_of(tm)


@fact("market_needs_stated", "市場ニーズが特定されている")
def market_needs_stated(ctx: FactContext) -> Any:
    tm = ctx.plan.target_market
    if has_text(tm.needs, 6):
        return tm.needs, evidence_of(tm)
    # demand shown by what buyers do: 打診, 注文が伸びる, 予約が取れない, 供給が追いつかない
    return cue_fact(
        ctx,
        r"(ニーズ|需要|引き?合い|市場規模|市場は|打診|問い?合わせが(?:増|相次)|(?:注文|受注)が(?:伸|増)|"
        r"予約が取れない|供給が追いつかな|品薄|求める声|評価が高|人気が高|好評|"
        r"(?:注文|受注|需要)[^。]{0,12}(?:上回|超え)|との声が(?:多|相次|寄せ)|声が寄せられ|を求めて(?:いる|おり)|を求める(?:声|層|顧客))",
    )


@fact("export_or_top_share", "海外輸出（外貨獲得）又は国内上位シェアを目指す")
def export_or_top_share(ctx: FactContext) -> Any:
    tm = ctx.plan.target_market
    kinds = []
    if tm.export:
        kinds.append("海外輸出")
    if tm.domestic_top_share:
        kinds.append("国内上位シェア")
    if tm.import_substitution:
        kinds.append("輸入代替")
    return (kinds or None), evidence_of(tm)


@fact("has_export_target", "海外輸出・海外販路を目指す")
def has_export_target(ctx: FactContext) -> Any:
    tm = ctx.plan.target_market
    return bool(tm.export or "海外" in tm.attributes), evidence_of(tm)


@fact("competitive_advantage_stated", "競争優位性（強み）が示されている")
def competitive_advantage_stated(ctx: FactContext) -> Any:
    tm = ctx.plan.target_market
    if has_text(tm.competitive_advantage, 6):
        return tm.competitive_advantage, evidence_of(tm)
    return cue_fact(ctx, f"({ADVANTAGE_CUE})")


@fact("value_up_or_sales_expansion", "既存製品と比べ付加価値向上又は販路拡大の見通しがある")
def value_up_or_sales_expansion(ctx: FactContext) -> Any:
    tm = ctx.plan.target_market
    if has_text(tm.added_value_outlook, 6):
        return tm.added_value_outlook, evidence_of(tm)
    return cue_fact(
        ctx,
        r"(付加価値を?高め|付加価値向上|高付加価値|単価を|単価の?向上|単価[はが][^。]{0,15}(倍|高)|販路(を|の)?拡大|販路開拓|"
        r"新たな商流|新たな販路|販路を?広げ|単価の高い|単価(?:の)?引き?上げ|"
        r"(消費額|客単価|購入額|販売価格)[^。]{0,12}(倍|高め|引き上げ|向上|増や))",
    )


@fact("value_added_comparison_stated", "業種内比較又は域内比較で高い付加価値を示している")
def value_added_comparison_stated(ctx: FactContext) -> Any:
    tm = ctx.plan.target_market
    parts = [s for s in (tm.comparison_industry, tm.comparison_region) if has_text(s, 4)]
    if parts:
        return " / ".join(parts), evidence_of(tm)
    return cue_fact(ctx, r"(同業種|業種平均|業種内|域内比較|地域内産業|県内平均|全国平均)")


@fact("value_added_basis_stated", "高い付加価値創出の見通しの根拠（付加価値率等の数値）がある")
def value_added_basis_stated(ctx: FactContext) -> Any:
    tm = ctx.plan.target_market
    if tm.value_added_rate is not None:
        shown = f"付加価値率{tm.value_added_rate:.0%}"
        if tm.industry_value_added_rate is not None:
            shown += f"（比較対象 {tm.industry_value_added_rate:.0%}）"
        return shown, evidence_of(tm)
    return cue_fact(ctx, r"付加価値率[^。\n]{0,10}\d")


@fact("value_added_rates_given", "計画と比較対象の付加価値率がともに記載されている")
def value_added_rates_given(ctx: FactContext) -> Any:
    tm = ctx.plan.target_market
    return (True, evidence_of(tm)) if tm.value_added_rate is not None and tm.industry_value_added_rate is not None else None


@fact("value_added_higher_than_industry", "計画の付加価値率が比較対象を上回る")
def value_added_higher_than_industry(ctx: FactContext) -> Any:
    tm = ctx.plan.target_market
    if tm.value_added_rate is None or tm.industry_value_added_rate is None:
        return None
    return tm.value_added_rate > tm.industry_value_added_rate, evidence_of(tm)
