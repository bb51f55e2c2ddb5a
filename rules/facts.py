"""Facts derived from a plan: the only input of the compiled rules.

Each fact has a name (referenced by criteria in knowledge/data/requirements/*.yaml and checks.yaml),
a value (bool, number, text or None = not stated) and the evidence in the plan it rests on.
Amounts are in yen, years are Western fiscal years. A value that is not stated is None, never 0.
"""

from __future__ import annotations

import datetime as _dt
import re
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from knowledge.loader import KnowledgeBase, normalize_text
from rules.cues import _NOT_DONE, ADVANTAGE_CUE, affirmed, bare_company_name, is_semiannual
from rules.plan import Evidence, Plan

HEAD_WORDS = ("知事", "市長", "町長", "村長", "区長", "首長", "市町村長")
FINANCE_WORDS = ("銀行", "信用金庫", "信金", "信用組合", "金融機関", "政策金融公庫", "政策投資銀行", "ファンド")
# project-set hints for the A suggestion; the sources set no threshold for 一定の大規模投資
LARGE_INVESTMENT_YEN = 100e8
VERY_LARGE_INVESTMENT_YEN = 1000e8


@dataclass
class Fact:
    name: str
    value: Any = None
    evidence: list[Evidence] = field(default_factory=list)
    display: str | None = None

    @property
    def present(self) -> bool:
        if self.value is None or self.value is False:
            return False
        if isinstance(self.value, str | list | dict):
            return len(self.value) > 0
        return True

    @property
    def stated(self) -> bool:
        """A value was given, False included (present is False for a False value)."""
        return self.value is not None

    def engine_value(self) -> Any:
        """Value as the rules engine sees it: numbers and bools as is, text as presence."""
        v = self.value
        if isinstance(v, bool | int | float) or v is None:
            return v
        return bool(v)

    def shown(self) -> str:
        if self.display is not None:
            return self.display
        v = self.value
        if v is None:
            return "未記載"
        if isinstance(v, bool):
            return "あり" if v else "なし"
        if isinstance(v, float):
            return f"{v:g}"
        if isinstance(v, list):
            return "、".join(map(str, v))
        return str(v)


@dataclass
class FactContext:
    plan: Plan
    kb: KnowledgeBase
    plan_type: str | None
    today: _dt.date
    context: dict[str, Any]
    _text: str | None = None

    @property
    def text(self) -> str:
        """All free text of the plan, NFKC-normalised, for cue words.

        Headings are left out: a template heading such as 「国際的な競争優位性」 or 「計画の素案との整合性」
        names what should be written, so an empty section under it must not count as a statement.
        """
        if self._text is None:
            parts = [s.text for s in self.plan.sections.values()]
            parts += [s.text for s in self.plan.other_text]
            self._text = unicodedata.normalize("NFKC", "\n".join(parts))
        return self._text


FactFn = Callable[[FactContext], Any]
_REGISTRY: dict[str, tuple[str, FactFn]] = {}
# dynamic facts: "section:<section or item id>" = that 記載項目 has text
FACT_PREFIXES = ("section:",)


def fact(name: str, description: str) -> Callable[[FactFn], FactFn]:
    def deco(fn: FactFn) -> FactFn:
        if name in _REGISTRY:
            raise ValueError(f"duplicate fact {name}")
        _REGISTRY[name] = (description, fn)
        return fn

    return deco


def fact_names() -> set[str]:
    return set(_REGISTRY)


def is_known_fact(name: str) -> bool:
    return name in _REGISTRY or any(name.startswith(p) for p in FACT_PREFIXES)


def describe_facts() -> dict[str, str]:
    return {k: v[0] for k, v in sorted(_REGISTRY.items())}


# --- helpers -----------------------------------------------------------------


def _ev(*items: Any) -> list[Evidence]:
    out = []
    for it in items:
        e = getattr(it, "evidence", None) if not isinstance(it, Evidence) else it
        if e is not None and e.text:
            out.append(e)
    return out


def _has(s: str | None, min_len: int = 2) -> bool:
    return bool(s and len(s.strip()) >= min_len)


def yen_display(v: float | None) -> str:
    if v is None:
        return "未記載"
    if abs(v) >= 1e8:
        return f"{v / 1e8:,.4g}億円"
    if abs(v) >= 1e4:
        return f"{v / 1e4:,.4g}万円"
    return f"{v:,.0f}円"


def _kgis(ctx: FactContext, kind: str) -> list:
    return [k for k in ctx.plan.kgis if k.kind == kind]


def _kgi_with_value(ctx: FactContext, kind: str, skip: Callable[[Any], bool] = lambda k: False):
    for k in _kgis(ctx, kind):
        if k.value is not None and not skip(k):
            return k
    return None


def _section_text(ctx: FactContext, *prefixes: str) -> str:
    out = []
    for sid, s in ctx.plan.sections.items():
        if any(sid == p or sid.startswith(p + ".") for p in prefixes):
            out.append(s.text)
    return unicodedata.normalize("NFKC", "\n".join(out))


def _section_ev(ctx: FactContext, *prefixes: str) -> list[Evidence]:
    return [
        s.evidence
        for sid, s in sorted(ctx.plan.sections.items())
        if s.evidence and any(sid == p or sid.startswith(p + ".") for p in prefixes)
    ][:2]


def _cue(text: str, pattern: str) -> str | None:
    """The sentence of `text` matching `pattern`, or None."""
    m = re.search(pattern, text)
    if not m:
        return None
    start = max(text.rfind("。", 0, m.start()), text.rfind("\n", 0, m.start())) + 1
    end_candidates = [i for i in (text.find("。", m.end()), text.find("\n", m.end())) if i != -1]
    end = min(end_candidates) + 1 if end_candidates else len(text)
    return text[start:end].strip()


def _sentences(text: str) -> list[str]:
    return [x.strip() for x in re.split(r"(?<=。)|\n", text) if x.strip()]


def _affirmed_sentence(text: str, pattern: str) -> tuple[str | None, str | None]:
    """(first sentence stating the cue as done, first sentence naming it as negated or future)."""
    pending = None
    done: list[str] = []
    for sent in _sentences(unicodedata.normalize("NFKC", text)):
        if not re.search(pattern, sent):
            continue
        if affirmed(sent, pattern):
            done.append(sent)
        else:
            pending = pending or sent
    # a written sentence ("…明記されている。") rather than a heading line that names the cue
    done.sort(key=lambda x: not x.endswith("。"))
    return (done[0] if done else None), pending


def _cue_fact(ctx: FactContext, pattern: str, *sections: str) -> tuple[Any, list[Evidence]]:
    text = _section_text(ctx, *sections) if sections else ctx.text
    sentence = _cue(text, pattern)
    if sentence:
        return sentence, [Evidence(section=None, text=sentence[:200])]
    return None, []


# --- plan type and authors -------------------------------------------------------


@fact("plan_type_a", "類型がA（戦略産業クラスター計画）")
def _pt_a(ctx: FactContext) -> Any:
    return ctx.plan_type == "A"


@fact("plan_type_b", "類型がB（地域産業クラスター計画）")
def _pt_b(ctx: FactContext) -> Any:
    return ctx.plan_type == "B"


@fact("plan_type_c", "類型がC（地場産業成長プラン）")
def _pt_c(ctx: FactContext) -> Any:
    return ctx.plan_type == "C"


@fact("author_stated", "策定主体が記載されている")
def _author_stated(ctx: FactContext) -> Any:
    names = [a.name for a in ctx.plan.authors if a.name]
    return ("、".join(names) or None), _ev(*ctx.plan.authors)


@fact("author_kind_known", "策定主体の種類（都道府県・政令指定都市・市町村）が判別できる")
def _author_kind_known(ctx: FactContext) -> Any:
    if not ctx.plan.authors:
        return None
    return all(a.kind in ("prefecture", "designated_city", "municipality") for a in ctx.plan.authors)


@fact("author_kind_allowed", "策定主体がこの類型を策定できる団体である")
def _author_allowed(ctx: FactContext) -> Any:
    pt = ctx.kb.plan_types.get(ctx.plan_type or "")
    kinds = [a.kind for a in ctx.plan.authors if a.kind in ("prefecture", "designated_city", "municipality")]
    if not pt or not kinds:
        return None
    allowed = set(pt.authorship.kinds)
    if "municipality" in allowed:
        allowed.add("designated_city")  # a 政令指定都市 is a 市: it may author what 市町村 may
    return all(k in allowed for k in kinds), _ev(*ctx.plan.authors)


@fact("author_designated_city_b", "B計画を政令指定都市が策定（都道府県と異なるクラスターであることの確認が必要）")
def _dc_b(ctx: FactContext) -> Any:
    kinds = {a.kind for a in ctx.plan.authors}
    # jointly with a prefecture the plan is the prefecture's own cluster: the condition is for a city alone
    return ctx.plan_type == "B" and "designated_city" in kinds and "prefecture" not in kinds


@fact("author_kind_unusual", "策定主体に都道府県・市町村のいずれにも当たらない団体（広域連合・一部事務組合等）がある")
def _author_unusual(ctx: FactContext) -> Any:
    odd = [a for a in ctx.plan.authors if a.kind not in ("prefecture", "designated_city", "municipality")]
    return ("、".join(a.name for a in odd), _ev(*odd)) if odd else None


# "府の計画と同じ自転車部品の分野について…市独自の計画として策定": the city's cluster is the prefecture's
_SAME_AS_PREF = r"(?:都|道|府|県)(?:の|が)[^。]{0,40}(?:計画|クラスター)[^。]{0,30}(?:同じ|同一|重複|重なる)"


@fact("author_same_cluster_as_prefecture", "政令指定都市のB計画が都道府県の計画と同じ産業クラスターを対象としている")
def _dc_same(ctx: FactContext) -> Any:
    if not _dc_b(ctx):
        return None
    for sent in _sentences(unicodedata.normalize("NFKC", ctx.text)):
        if re.search(_SAME_AS_PREF, sent) and not re.search(r"異なる|別の(?:産業|分野|業種)|重複しない|重ならない", sent):
            return sent, [Evidence(section=None, text=sent[:200])]
    return None


@fact("is_prefecture_or_designated_city", "策定主体が都道府県または政令指定都市")
def _is_pref(ctx: FactContext) -> Any:
    kinds = {a.kind for a in ctx.plan.authors}
    return bool(kinds & {"prefecture", "designated_city"}) if kinds else None


@fact("is_municipality", "策定主体が市町村")
def _is_muni(ctx: FactContext) -> Any:
    kinds = {a.kind for a in ctx.plan.authors}
    return ("municipality" in kinds) if kinds else None


@fact("joint_authors", "複数の地方公共団体による共同作成")
def _joint(ctx: FactContext) -> Any:
    return bool(ctx.plan.joint) or len(ctx.plan.authors) > 1


# --- period ---------------------------------------------------------------------


@fact("period_start_fy", "計画期間の開始年度")
def _start(ctx: FactContext) -> Any:
    return ctx.plan.period.start_fy, _ev(ctx.plan.period)


@fact("period_end_fy", "計画期間の終了年度")
def _end(ctx: FactContext) -> Any:
    return ctx.plan.period.end_fy, _ev(ctx.plan.period)


@fact("target_fy", "目標年度")
def _target(ctx: FactContext) -> Any:
    p = ctx.plan.period
    if p.target_fy is not None:
        return p.target_fy, _ev(p)
    years = [k.year for k in ctx.plan.kgis if k.year]
    return (max(years) if years else None), []


@fact("plan_years", "計画の年数（開始年度から終了年度まで）")
def _plan_years(ctx: FactContext) -> Any:
    p = ctx.plan.period
    if p.start_fy is None or p.end_fy is None:
        return None
    return p.end_fy - p.start_fy + 1, _ev(p)


@fact("period_order_ok", "開始年度≦終了年度≦目標年度の順になっている")
def _order(ctx: FactContext) -> Any:
    p = ctx.plan.period
    if p.start_fy is None or p.end_fy is None:
        return None
    ok = p.start_fy <= p.end_fy and (p.target_fy is None or p.target_fy >= p.start_fy)
    return ok, _ev(p)


@fact("goal_horizon_years", "計画開始から目標年度までの年数")
def _horizon(ctx: FactContext) -> Any:
    p = ctx.plan.period
    target = p.target_fy or max((k.year for k in ctx.plan.kgis if k.year), default=None)
    if p.start_fy is None or target is None:
        return None
    return target - p.start_fy + 1, _ev(p)


@fact("kgi_target_2040", "KGIが2040年目標で設定されている（A）")
def _kgi_2040(ctx: FactContext) -> Any:
    years = {k.year for k in ctx.plan.kgis if k.year} | (
        {ctx.plan.period.target_fy} if ctx.plan.period.target_fy else set()
    )
    if not years:
        return None
    return 2040 in years


# --- product and market (有望度) -------------------------------------------------


@fact("product_specified", "製品・サービス（業種）が具体的に特定されている")
def _product(ctx: FactContext) -> Any:
    ind = ctx.plan.industry
    if ind.products:
        return "、".join(ind.products), _ev(ind)
    if _has(ind.domain, 4):
        return ind.domain, _ev(ind)
    return None


@fact("industry_reason_stated", "業種・分野を特定した理由が記載されている")
def _ind_reason(ctx: FactContext) -> Any:
    return (ctx.plan.industry.reason if _has(ctx.plan.industry.reason, 8) else None), _ev(ctx.plan.industry)


@fact("market_attributes_stated", "ターゲット市場の属性（法人・個人・海外等）が明記されている")
def _attrs(ctx: FactContext) -> Any:
    tm = ctx.plan.target_market
    return (list(tm.attributes) or None), _ev(tm)


@fact("market_needs_stated", "市場ニーズが特定されている")
def _needs(ctx: FactContext) -> Any:
    tm = ctx.plan.target_market
    if _has(tm.needs, 6):
        return tm.needs, _ev(tm)
    # demand shown by what buyers do: 打診, 注文が伸びる, 予約が取れない, 供給が追いつかない
    return _cue_fact(
        ctx,
        r"(ニーズ|需要|引き?合い|市場規模|市場は|打診|問い?合わせが(?:増|相次)|(?:注文|受注)が(?:伸|増)|"
        r"予約が取れない|供給が追いつかな|品薄|求める声|評価が高|人気が高|好評|"
        r"(?:注文|受注|需要)[^。]{0,12}(?:上回|超え)|との声が(?:多|相次|寄せ)|声が寄せられ|を求めて(?:いる|おり)|を求める(?:声|層|顧客))",
    )


@fact("export_or_top_share", "海外輸出（外貨獲得）又は国内上位シェアを目指す")
def _export_top(ctx: FactContext) -> Any:
    tm = ctx.plan.target_market
    kinds = []
    if tm.export:
        kinds.append("海外輸出")
    if tm.domestic_top_share:
        kinds.append("国内上位シェア")
    if tm.import_substitution:
        kinds.append("輸入代替")
    return (kinds or None), _ev(tm)


@fact("has_export_target", "海外輸出・海外販路を目指す")
def _export(ctx: FactContext) -> Any:
    tm = ctx.plan.target_market
    return bool(tm.export or "海外" in tm.attributes), _ev(tm)


@fact("competitive_advantage_stated", "競争優位性（強み）が示されている")
def _adv(ctx: FactContext) -> Any:
    tm = ctx.plan.target_market
    if _has(tm.competitive_advantage, 6):
        return tm.competitive_advantage, _ev(tm)
    return _cue_fact(ctx, f"({ADVANTAGE_CUE})")


@fact("value_up_or_sales_expansion", "既存製品と比べ付加価値向上又は販路拡大の見通しがある")
def _value_up(ctx: FactContext) -> Any:
    tm = ctx.plan.target_market
    if _has(tm.added_value_outlook, 6):
        return tm.added_value_outlook, _ev(tm)
    return _cue_fact(
        ctx,
        r"(付加価値を?高め|付加価値向上|高付加価値|単価を|単価の?向上|単価[はが][^。]{0,15}(倍|高)|販路(を|の)?拡大|販路開拓|"
        r"新たな商流|新たな販路|販路を?広げ|単価の高い|単価(?:の)?引き?上げ|"
        r"(消費額|客単価|購入額|販売価格)[^。]{0,12}(倍|高め|引き上げ|向上|増や))",
    )


@fact("value_added_comparison_stated", "業種内比較又は域内比較で高い付加価値を示している")
def _cmp(ctx: FactContext) -> Any:
    tm = ctx.plan.target_market
    parts = [s for s in (tm.comparison_industry, tm.comparison_region) if _has(s, 4)]
    if parts:
        return " / ".join(parts), _ev(tm)
    return _cue_fact(ctx, r"(同業種|業種平均|業種内|域内比較|地域内産業|県内平均|全国平均)")


@fact("value_added_basis_stated", "高い付加価値創出の見通しの根拠（付加価値率等の数値）がある")
def _cmp_basis(ctx: FactContext) -> Any:
    tm = ctx.plan.target_market
    if tm.value_added_rate is not None:
        shown = f"付加価値率{tm.value_added_rate:.0%}"
        if tm.industry_value_added_rate is not None:
            shown += f"（比較対象 {tm.industry_value_added_rate:.0%}）"
        return shown, _ev(tm)
    return _cue_fact(ctx, r"付加価値率[^。\n]{0,10}\d")


@fact("value_added_rates_given", "計画と比較対象の付加価値率がともに記載されている")
def _rates_given(ctx: FactContext) -> Any:
    tm = ctx.plan.target_market
    return (True, _ev(tm)) if tm.value_added_rate is not None and tm.industry_value_added_rate is not None else None


@fact("value_added_higher_than_industry", "計画の付加価値率が比較対象を上回る")
def _higher(ctx: FactContext) -> Any:
    tm = ctx.plan.target_market
    if tm.value_added_rate is None or tm.industry_value_added_rate is None:
        return None
    return tm.value_added_rate > tm.industry_value_added_rate, _ev(tm)


# --- core companies (実現可能性) ------------------------------------------------


@fact("core_area_stated", "計画推進の核となる地域・区域が記載されている")
def _area(ctx: FactContext) -> Any:
    return ctx.plan.core_area if _has(ctx.plan.core_area, 2) else None


@fact("core_companies_count", "計画推進の核となる企業・事業者の数")
def _ncomp(ctx: FactContext) -> Any:
    named = [c for c in ctx.plan.core_companies if _has(c.name, 2)]
    return (len(named) or None), _ev(*named[:3])


@fact("core_roles_stated", "核となる企業のサプライチェーン・バリューチェーン上の役割が明確")
def _roles(ctx: FactContext) -> Any:
    comps = ctx.plan.core_companies
    if not comps:
        return None
    return all(_has(c.role, 2) for c in comps), _ev(*comps[:3])


@fact("core_scale_stated", "核となる企業の事業規模・能力が計画遂行に十分である旨が明記されている")
def _scale(ctx: FactContext) -> Any:
    for c in ctx.plan.core_companies:
        if _has(c.scale_statement, 4):
            return c.scale_statement, _ev(c)
    return _cue_fact(ctx, r"(事業規模|生産能力|能力)[^。\n]*(十分|足る|有する|持つ)")


@fact("operators_diverse", "特定の事業者に過度に依存していない（複数の事業主体が核となる）")
def _diverse(ctx: FactContext) -> Any:
    named = [c for c in ctx.plan.core_companies if _has(c.name, 2)]
    if not named:
        return None
    return len(named) >= 2, _ev(*named[:3])


@fact("franchise_dependency", "特定の大企業・フランチャイザー等への依存が記載されている")
def _franchise(ctx: FactContext) -> Any:
    sentence = _cue(
        ctx.text,
        r"(フランチャイズ|フランチャイザー|[1一]社(のみ|に依存)|大手[^。\n]{0,10}依存|"
        # most of the sales to one buyer: "売上の8割を同社向けとする", "大手チェーン1社のPB商品を柱とし"
        r"売上[^。\n]{0,6}([5-9]割|[5-9][0-9]\s*[%％])[^。\n]{0,8}(同社|[1一]社)|"
        r"(大手|特定)[^。\n]{0,20}[1一]社[^。\n]{0,30}(柱|依存|集中|大半))",
    )
    if sentence and not re.search(
        r"(依存し(?:ない|ていない|ておらず)|依存せず|依存はない|頼らず|頼らない|頼っていない|しない|させない|"
        r"偏らない|偏らず|分散)",
        sentence,
    ):
        return sentence, [Evidence(text=sentence[:200])]
    return False


# --- procurement / localisation --------------------------------------------------


@fact("procurement_local_or_domestic", "必須・高付加価値の部品・工程を主に域内又は国内で調達している")
def _proc(ctx: FactContext) -> Any:
    loc = ctx.plan.localization
    if loc.local_procurement_share is not None and loc.local_procurement_share >= 0.5:
        return f"域内調達 {loc.local_procurement_share:.0%}", _ev(loc)
    if loc.domestic_procurement:
        return "国内調達", _ev(loc)
    return None


@fact("procurement_roadmap_stated", "域内又は国内での調達を増やすロードマップが示されている")
def _proc_road(ctx: FactContext) -> Any:
    loc = ctx.plan.localization
    if _has(loc.roadmap, 6):
        return loc.roadmap, _ev(loc)
    if loc.local_procurement_target is not None:
        return f"域内調達を{loc.local_procurement_target:.0%}へ", _ev(loc)
    return None


@fact("attracted_company", "域外から誘致する核となる企業がある")
def _attracted(ctx: FactContext) -> Any:
    comps = [c for c in ctx.plan.core_companies if c.attracted]
    if comps:
        return "、".join(c.name for c in comps), _ev(*comps)
    loc = ctx.plan.localization
    if loc.attracts_outside_company:
        # name it when the localisation text names a core company or an attracted one ("〇〇株式会社を誘致")
        text = unicodedata.normalize("NFKC", loc.policy or "")
        named = [c.name for c in ctx.plan.core_companies if _has(c.name, 2) and bare_company_name(c.name) in text]
        if not named:
            m = (
                re.search(r"[「『]([^」』]{2,30})[」』][^。]{0,10}誘致", text)
                or re.search(r"誘致[^。]{0,20}?[「『]([^」』]{2,30})[」』]", text)
                or re.search(
                    r"((?:株式会社|有限会社|合同会社)[^\s、。「」（）()をがは]{2,20}|"
                    r"[^\s、。「」（）()をがは]{2,30}?(?:株式会社|有限会社|合同会社|\(株\)))[^。]{0,30}誘致",
                    text,
                )
            )
            named = [m.group(1)] if m else []
        if named:
            return "、".join(named), _ev(loc)
        return True, _ev(loc)
    return False


@fact("localization_policy_stated", "現地化の方針が記載されている")
def _loc_policy(ctx: FactContext) -> Any:
    loc = ctx.plan.localization
    return (loc.policy if _has(loc.policy, 4) else None), _ev(loc)


@fact("localization_roadmap_stated", "労働・技術の現地化のロードマップが示されている")
def _loc_road(ctx: FactContext) -> Any:
    loc = ctx.plan.localization
    return (loc.roadmap if _has(loc.roadmap, 6) else None), _ev(loc)


@fact("local_capital_stated", "地元資本の参画方針が示されている")
def _loc_cap(ctx: FactContext) -> Any:
    loc = ctx.plan.localization
    return (loc.local_capital if _has(loc.local_capital, 4) else None), _ev(loc)


@fact("reinvestment_stated", "収益（利益）の再投資方針が示されている")
def _reinv(ctx: FactContext) -> Any:
    loc = ctx.plan.localization
    return (loc.reinvestment if _has(loc.reinvestment, 4) else None), _ev(loc)


# --- regional ripple (域内への波及) ----------------------------------------------


def _ripple(ctx: FactContext, key: str, want_value: bool) -> Any:
    t = getattr(ctx.plan.ripple, key)
    if want_value:
        if t.value is None:
            return None, _ev(t)
        unit = t.unit or ""
        shown = yen_display(t.value) if unit == "円" else f"{t.value:g}{unit}"
        if t.year:
            shown = f"{t.year}年度 {shown}"
        return t.value, _ev(t), shown
    return (t.text or True) if t.stated else None, _ev(t)


for _key, _ja in (
    ("regional_transactions", "域内取引額"),
    ("sales", "売上額"),
    ("jobs", "雇用の創出"),
    ("wages", "賃上げ"),
):

    def _mk(key: str, want_value: bool) -> FactFn:
        return lambda ctx: _ripple(ctx, key, want_value)

    fact(f"ripple_{_key}_stated", f"{_ja}が記載されている")(_mk(_key, False))
    fact(f"ripple_{_key}_value", f"{_ja}の目標値（数値）")(_mk(_key, True))


@fact("ripple_labour_value", "持続可能な労働環境の整備（雇用の創出・賃上げ等）の目標値がある")
def _labour(ctx: FactContext) -> Any:
    r = ctx.plan.ripple
    found = [t for t in (r.jobs, r.wages) if t.value is not None]
    if not found:
        return None, _ev(r.jobs, r.wages)
    return True, _ev(*found)


@fact("ripple_labour_stated", "雇用の創出・賃上げが記載されている")
def _labour_stated(ctx: FactContext) -> Any:
    r = ctx.plan.ripple
    return (r.jobs.stated or r.wages.stated) or None, _ev(r.jobs, r.wages)


# --- commitment ------------------------------------------------------------------


def _support(ctx: FactContext):
    return ctx.plan.commitment.support_system


@fact("support_system_stated", "伴走支援体制が記載されている")
def _sup(ctx: FactContext) -> Any:
    s = _support(ctx)
    if s is None:
        return None
    desc = s.body or s.lead or "、".join(s.departments) or None
    return desc, _ev(s)


@fact("support_lead_head", "知事等（首長）が主体となる伴走支援体制")
def _sup_lead(ctx: FactContext) -> Any:
    s = _support(ctx)
    if s is None:
        return None
    text = " ".join(x for x in (s.lead, s.body) if x)
    return (any(w in text for w in HEAD_WORDS) or None), _ev(s)


@fact("support_financial_institutions", "地域金融機関等を巻き込んでいる")
def _sup_fin(ctx: FactContext) -> Any:
    s = _support(ctx)
    if s is not None and s.financial_institutions:
        return "、".join(s.financial_institutions), _ev(s)
    sentence = _cue(ctx.text, "(" + "|".join(FINANCE_WORDS) + ")")
    if sentence and s is not None:
        return sentence, [Evidence(text=sentence[:200])]
    return None


@fact("support_fields_stated", "伴走支援（経営支援）を行う分野が明記されている")
def _sup_fields(ctx: FactContext) -> Any:
    s = _support(ctx)
    return (s.support_fields or None) if s else None, _ev(s) if s else []


@fact("support_staff_stated", "伴走支援の人員確保（人数・専門人材）が明記されている")
def _sup_staff(ctx: FactContext) -> Any:
    s = _support(ctx)
    if s is None or s.staff is None:
        return None
    return s.staff, _ev(s), f"{s.staff}名"


@fact("support_body_stated", "伴走支援を担う体制（本部・会議・チーム等）が名前で明記されている")
def _sup_body(ctx: FactContext) -> Any:
    s = _support(ctx)
    return (s.body or None) if s else None, _ev(s) if s else []


@fact("support_departments_stated", "担当部署が明記されている")
def _sup_dept(ctx: FactContext) -> Any:
    s = _support(ctx)
    return (s.departments or None) if s else None, _ev(s) if s else []


@fact("support_frequency_stated", "伴走支援の具体的取組・頻度が明記されている")
def _sup_freq(ctx: FactContext) -> Any:
    s = _support(ctx)
    return (s.frequency if s and _has(s.frequency, 2) else None), _ev(s) if s else []


@fact("consultation_desk_stated", "事業主体に対する相談窓口が設置されている")
def _desk(ctx: FactContext) -> Any:
    d = ctx.plan.commitment.consultation_desk
    if d is None:
        return None
    return (d.name or d.department or True), _ev(d)


@fact("consultation_desk_department", "相談窓口の担当部署（自治体・関係団体）が特定されている")
def _desk_dept(ctx: FactContext) -> Any:
    d = ctx.plan.commitment.consultation_desk
    if d is None or not _has(d.department, 2):
        return None
    return d.department, _ev(d)


@fact("announcement_stated", "首長（知事・市町村長等）としての発表が予定されている")
def _ann(ctx: FactContext) -> Any:
    c = ctx.plan.commitment
    return (c.announcement if _has(c.announcement, 2) else None), _ev(c)


@fact("announcement_after_precheck", "首長の発表が国の事前確認の後に行われる")
def _ann_after(ctx: FactContext) -> Any:
    return ctx.plan.commitment.announcement_after_precheck, _ev(ctx.plan.commitment)


# --- KGI / KPI -------------------------------------------------------------------


def _kgi_value(ctx: FactContext, kind: str, skip: Callable[[Any], bool] = lambda k: False) -> Any:
    k = _kgi_with_value(ctx, kind, skip)
    if k is None:
        stated = _kgis(ctx, kind)
        return None, _ev(*stated)
    shown = yen_display(k.value) if (k.unit or "") == "円" else f"{k.value:g}{k.unit or ''}"
    if k.year:
        shown = f"{k.year}年度 {shown}"
    return k.value, _ev(k), shown


def _cumulative_only(k) -> bool:
    return k.cumulative_value is None and k.annual is False and bool(k.raw and re.search(r"(累積|累計)", k.raw))


def _needs_cumulative(ctx: FactContext) -> bool:
    pt = ctx.kb.plan_types.get(ctx.plan_type or "")
    return bool(pt and any(m.id == "investment" and m.needs_cumulative for m in pt.mandatory_kgis))


@fact("kgi_investment_value", "必須KGI 官民設備投資額の目標年度の目標値")
def _kgi_inv(ctx: FactContext) -> Any:
    # where both values are asked for, a cumulative total is not the target year's value
    skip = _cumulative_only if _needs_cumulative(ctx) else (lambda k: False)
    return _kgi_value(ctx, "investment", skip)


@fact("kgi_investment_year", "官民設備投資額の目標年度")
def _kgi_inv_year(ctx: FactContext) -> Any:
    k = _kgi_with_value(ctx, "investment")
    return (k.year if k else None), _ev(k) if k else []


@fact("kgi_investment_cumulative", "官民設備投資額の計画策定時点から目標年度までの累積の目標値")
def _kgi_inv_cum(ctx: FactContext) -> Any:
    for k in _kgis(ctx, "investment"):
        if k.cumulative_value is not None:
            return k.cumulative_value, _ev(k), yen_display(k.cumulative_value)
        if k.value is not None and k.annual is False and k.raw and re.search(r"(累積|累計)", k.raw):
            return k.value, _ev(k), yen_display(k.value)
    return None


# a change given only as a rate or a multiple ("令和7年度比40%増", "2倍"): not the amount 付加価値増加額 asks for
_RATE_UNITS = {"%", "％", "倍", "割", "ポイント", "pt"}


def _rate_only(k) -> bool:
    return (k.unit or "").strip() in _RATE_UNITS


@fact("kgi_value_added_value", "必須KGI 付加価値増加額の目標年度の目標値（金額）")
def _kgi_va(ctx: FactContext) -> Any:
    return _kgi_value(ctx, "value_added", _rate_only)


@fact("kgi_value_added_rate_only", "付加価値増加額が増加率・倍率だけで書かれ、金額の目標値がない")
def _kgi_va_rate(ctx: FactContext) -> Any:
    if _kgi_with_value(ctx, "value_added", _rate_only) is not None:
        return None
    k = next((k for k in _kgis(ctx, "value_added") if k.value is not None and _rate_only(k)), None)
    if k is None:
        return None
    shown = f"{k.value:g}{k.unit}"
    if k.year:
        shown = f"{k.year}年度 {shown}"
    return True, _ev(k), shown


@fact("kgi_productivity_value", "一人当たり付加価値労働生産性の増加額・増加率（Cの代替KGI）")
def _kgi_prod(ctx: FactContext) -> Any:
    return _kgi_value(ctx, "productivity")


def _alternatives(ctx: FactContext, kind: str) -> list[str]:
    """The KGI kinds the plan type accepts for a mandatory KGI (C: productivity for value added)."""
    pt = ctx.kb.plan_types.get(ctx.plan_type or "")
    alts = [m.id for m in pt.mandatory_kgis if m.alternative_to == kind] if pt else []
    return [kind, *alts]


def _value_added_kgi(ctx: FactContext):
    for kind in _alternatives(ctx, "value_added"):
        k = _kgi_with_value(ctx, kind, _rate_only if kind == "value_added" else (lambda k: False))
        if k is not None:
            return k
    return None


@fact("kgi_value_added_set", "付加価値増加額（又はこの類型で認められる代替指標）の目標値がある")
def _kgi_va_set(ctx: FactContext) -> Any:
    k = _value_added_kgi(ctx)
    return (True, _ev(k)) if k else None


@fact("kgi_value_added_year", "付加価値増加額の目標年度（KGIに年度がなければ計画の目標年度）")
def _kgi_va_year(ctx: FactContext) -> Any:
    k = _value_added_kgi(ctx)
    if k is None:
        return None
    # a KGI is the value aimed at in the plan's target year unless it names its own year
    return (k.year or ctx.plan.period.target_fy), _ev(k)


@fact("kgi_talent_value", "必須KGI 産業ニーズに即した産業人材育成数の目標値")
def _kgi_talent(ctx: FactContext) -> Any:
    return _kgi_value(ctx, "talent")


@fact("kgi_count", "KGIの数")
def _kgi_count(ctx: FactContext) -> Any:
    return len(ctx.plan.kgis) or None, _ev(*ctx.plan.kgis[:3])


@fact("kgi_mandatory_all", "この類型の必須KGIがすべて設定されている")
def _kgi_all(ctx: FactContext) -> Any:
    pt = ctx.kb.plan_types.get(ctx.plan_type or "")
    if pt is None:
        return None
    have = {k.kind for k in ctx.plan.kgis if k.value is not None}
    missing = []
    for m in pt.mandatory_kgis:
        if m.alternative_to:
            continue
        alts = {m.id} | {a.id for a in pt.mandatory_kgis if a.alternative_to == m.id}
        if not (have & alts):
            missing.append(m.name)
    if missing:
        return False, [], "未設定: " + "、".join(missing)
    return True


@fact("kgi_basis_stated", "KGIの設定根拠が記載されている")
def _kgi_basis(ctx: FactContext) -> Any:
    for k in ctx.plan.kgis:
        if _has(k.basis, 6):
            return k.basis, _ev(k)
    return None


@fact("kgi_verification_stated", "KGIの効果検証の方法が記載されている")
def _kgi_verif(ctx: FactContext) -> Any:
    for k in ctx.plan.kgis:
        if _has(k.verification, 6):
            return k.verification, _ev(k)
    return None


_NUM = r"(?P<num>[0-9][0-9,]*(?:\.[0-9]+)?)\s*(?P<unit>億円|万円|千円|円)"
_UNIT = {"億円": 1e8, "万円": 1e4, "千円": 1e3, "円": 1.0}


def _formula_inputs(ctx: FactContext):
    """(KGI, 売上増加額 in yen, 既存付加価値率) when the value-added KGI and both figures are stated."""
    k = _kgi_with_value(ctx, "value_added", _rate_only)
    if k is None:
        return None
    text = unicodedata.normalize("NFKC", " ".join(x for x in (k.basis, ctx.text) if x))
    m_sales = re.search(r"売上(?:高)?(?:の)?増加(?:額|分)?[^0-9。\n]{0,12}" + _NUM, text)
    m_rate = re.search(r"付加価値率[^0-9。\n]{0,12}(?P<rate>[0-9]+(?:\.[0-9]+)?)\s*%", text)
    if not (m_sales and m_rate):
        return None
    sales = float(m_sales.group("num").replace(",", "")) * _UNIT[m_sales.group("unit")]
    return k, sales, float(m_rate.group("rate")) / 100


@fact("value_added_formula_found", "付加価値増加額とその算定に使う売上増加額・付加価値率が記載されている")
def _va_formula_found(ctx: FactContext) -> Any:
    found = _formula_inputs(ctx)
    return (True, _ev(found[0])) if found else None


@fact("value_added_formula_consistent", "付加価値増加額が「売上増加額×既存付加価値率」の算定と一致する")
def _va_formula(ctx: FactContext) -> Any:
    found = _formula_inputs(ctx)
    if found is None:
        return None
    k, sales, rate = found
    expected = sales * rate
    ok = abs(expected - k.value) <= max(0.05 * abs(expected), 1.0)
    shown = f"{yen_display(sales)} × {rate:.0%} = {yen_display(expected)}（記載値 {yen_display(k.value)}）"
    return ok, _ev(k), shown


@fact("kpi_count", "KPIの数")
def _kpi_count(ctx: FactContext) -> Any:
    return len(ctx.plan.kpis) or None, _ev(*ctx.plan.kpis[:3])


def _kpi_all(ctx: FactContext, attr: str) -> Any:
    kpis = ctx.plan.kpis
    if not kpis:
        return None
    lacking = [k.name for k in kpis if not _has(getattr(k, attr), 1)]
    if lacking:
        return False, _ev(*kpis[:3]), "未設定: " + "、".join(lacking)
    return True, _ev(*kpis[:3])


@fact("kpi_withdrawal_all", "すべてのKPIに未達時の撤退基準が設定されている")
def _kpi_w(ctx: FactContext) -> Any:
    return _kpi_all(ctx, "withdrawal_criterion")


@fact("kpi_withdrawal_any", "撤退基準が設定されたKPIがある")
def _kpi_w_any(ctx: FactContext) -> Any:
    return (any(_has(k.withdrawal_criterion, 1) for k in ctx.plan.kpis) or None) if ctx.plan.kpis else None


@fact("kpi_owner_all", "すべてのKPIに担当部署がある")
def _kpi_owner(ctx: FactContext) -> Any:
    return _kpi_all(ctx, "owner")


@fact("kpi_deadline_all", "すべてのKPIに期限がある")
def _kpi_deadline(ctx: FactContext) -> Any:
    return _kpi_all(ctx, "deadline")


@fact("kpi_monitoring_stated", "KPIの定期的なモニタリング（半期ごと等）が記載されている")
def _kpi_mon(ctx: FactContext) -> Any:
    # the guidance asks for 定期的（半期ごと等）: a yearly check is stated but falls short (see below)
    if is_semiannual(ctx.plan.kpi_monitoring_cycle):
        return ctx.plan.kpi_monitoring_cycle
    for k in ctx.plan.kpis:
        if is_semiannual(k.monitoring_cycle):
            return k.monitoring_cycle, _ev(k)
    return None


@fact("kpi_monitoring_infrequent", "KPIの確認周期が記載されているが半期ごとより長い（年1回等）")
def _kpi_mon_infrequent(ctx: FactContext) -> Any:
    if _kpi_mon(ctx) is not None:
        return None
    if _has(ctx.plan.kpi_monitoring_cycle, 2):
        return ctx.plan.kpi_monitoring_cycle
    for k in ctx.plan.kpis:
        if _has(k.monitoring_cycle, 2):
            return k.monitoring_cycle, _ev(k)
    return None


# --- A: strategy alignment, investment, infrastructure ----------------------------


def _term_in(term: str, text: str) -> bool:
    t = normalize_text(term)
    # short Latin terms ("AI", "MW") match inside other words: require three characters for them
    return len(t) >= (3 if t.isascii() else 2) and t in text


def strategic_field_hits(kb: KnowledgeBase, text: str) -> list[str]:
    """Products of the 17 fields named in `text`: by product name or synonym, else by keyword."""
    text = normalize_text(text)
    hits: list[str] = []
    for f in kb.fields:
        for p in f.products:
            if any(_term_in(n, text) for n in [p.name, *p.synonyms]):
                hits.append(f"{f.number}.{f.name}／{p.name}")
    if hits:
        return hits
    for f in kb.fields:
        for p in f.products:
            if any(_term_in(k, text) for k in p.keywords):
                hits.append(f"{f.number}.{f.name}／{p.name}")
        if not any(h.startswith(f"{f.number}.") for h in hits) and any(
            _term_in(n, text) for n in [f.name, *f.synonyms]
        ):
            hits.append(f"{f.number}.{f.name}")
    return hits


@fact("strategic_field_matched", "17の戦略分野の製品・技術に該当する")
def _field_match(ctx: FactContext) -> Any:
    ind = ctx.plan.industry
    # what the plan is about: the industry item (B/C), the title, the core investments and, for A
    # (whose sections have no 業種 item), the first section's 産業分野を特定した理由
    parts = [ind.domain or "", *ind.products, ctx.plan.title or ""]
    parts += [i.description for i in ctx.plan.investments]
    if ctx.plan_type == "A":
        parts.append(_section_text(ctx, "A.1"))
    text = " ".join(parts)
    if not normalize_text(text):
        return None
    return (strategic_field_hits(ctx.kb, text) or False), _ev(ind)


def _stated_or_cue(ctx: FactContext, value: str | None, min_len: int, pattern: str) -> Any:
    """The plan's own field when filled, else the first sentence of the plan matching the cue."""
    return value if _has(value, min_len) else _cue_fact(ctx, pattern)


@fact("roadmap_alignment_stated", "17の戦略分野の「官民投資ロードマップ」との関係性が記載されている")
def _roadmap(ctx: FactContext) -> Any:
    return _stated_or_cue(ctx, ctx.plan.roadmap_alignment, 6, r"(官民投資ロードマップ|日本成長戦略)")


@fact("international_competitiveness_stated", "国際的な競争優位性（世界をリードし得ること）が記載されている")
def _intl(ctx: FactContext) -> Any:
    return _stated_or_cue(
        ctx,
        ctx.plan.international_competitiveness,
        6,
        r"(世界(を|で)?(リード|トップ|有数|最高|水準)|世界シェア|国際競争力|国際的な競争)",
    )


@fact("investments_count", "核となる投資案件の数")
def _inv_count(ctx: FactContext) -> Any:
    return len(ctx.plan.investments) or None, _ev(*ctx.plan.investments[:3])


@fact("investment_total", "投資総額（核となる投資案件の合計）")
def _inv_total(ctx: FactContext) -> Any:
    amounts = [i.amount for i in ctx.plan.investments if i.amount is not None]
    if amounts:
        total = sum(amounts)
        return total, _ev(*ctx.plan.investments[:3]), yen_display(total)
    k = _kgi_with_value(ctx, "investment")
    if k is not None:
        total = k.cumulative_value or k.value
        return total, _ev(k), yen_display(total)
    return None


_ADOPTED = r"(採択(済|され|を受け|となっ|が決定)|交付決定|採択[^。、]{0,6}(済|決定))"


def _adopted(ctx: FactContext) -> tuple[Any, list[Evidence], str | None]:
    """(what shows an investment was awarded a subsidy, its evidence, a sentence naming it as not yet done)."""
    pending = None
    done = []
    for i in ctx.plan.investments:
        if not _has(i.adopted_subsidy, 2):
            continue
        if affirmed(i.adopted_subsidy, r"採択|交付決定"):
            done.append(i)
        else:
            pending = pending or i.adopted_subsidy
    if done:
        return "、".join(i.adopted_subsidy for i in done), _ev(*done), pending
    sentence, cue_pending = _affirmed_sentence(ctx.text, _ADOPTED)
    if sentence:
        return sentence, [Evidence(section=None, text=sentence[:200])], pending
    return None, [], pending or cue_pending


@fact("investment_subsidy_adopted", "核となる投資案件が補助金等に採択されている（投資実現の確度）")
def _inv_adopted(ctx: FactContext) -> Any:
    value, evidence, _ = _adopted(ctx)
    return value, evidence


@fact("investment_subsidy_pending", "補助金等の採択が未了・予定として書かれている（採択済みではない）")
def _inv_pending(ctx: FactContext) -> Any:
    value, _, pending = _adopted(ctx)
    if value or not pending:
        return None
    return pending, [Evidence(section=None, text=pending[:200])]


_BLOCK = r"(計画の素案|素案|有識者検討会|ブロック[^。]{0,20}候補)"


_NAMED_IN_DRAFT = r"候補|位置付|明記|記載|盛り込|掲げ|挙げ|含まれ|掲載"


def _block_draft(ctx: FactContext) -> tuple[str | None, str | None, list[Evidence]]:
    """(sentence stating the block draft names the cluster, sentence naming it only as future, evidence)."""
    own = ctx.plan.block_draft_alignment
    if _has(own, 6):
        done, pending = _affirmed_sentence(own, _BLOCK)
        own_n = unicodedata.normalize("NFKC", own)
        if done and not re.search(_NAMED_IN_DRAFT, done) and (pending or re.search(_NOT_DONE, own_n)):
            # "素案の検討が進められている" is about the draft, not the cluster in it; the sentence that is
            # about the cluster says it is only being asked for
            done = None
            pending = pending or next((x for x in _sentences(own_n) if re.search(_NOT_DONE, x)), None)
        if done:
            return done, None, []
        if pending is None and not re.search(_NOT_DONE, unicodedata.normalize("NFKC", own)):
            return own, None, []  # written under its heading without the cue words
        if pending is None:
            pending = _sentences(unicodedata.normalize("NFKC", own))[0]
    else:
        done, pending = _affirmed_sentence(ctx.text, _BLOCK)
        if done:
            return done, None, [Evidence(section=None, text=done[:200])]
    return None, pending, ([Evidence(section=None, text=pending[:200])] if pending else [])


@fact("block_draft_alignment_stated", "地方ブロックの計画の素案に産業クラスターの候補として明記されている")
def _block(ctx: FactContext) -> Any:
    done, _, evidence = _block_draft(ctx)
    return done, evidence


@fact("block_draft_alignment_pending", "計画の素案への位置付けが今後の予定・働きかけとしてのみ書かれている")
def _block_pending(ctx: FactContext) -> Any:
    done, pending, evidence = _block_draft(ctx)
    return (pending, evidence) if pending and not done else None


@fact("infrastructure_stated", "インフラ・分野特有の拠点整備が記載されている")
def _infra(ctx: FactContext) -> Any:
    return _stated_or_cue(
        ctx, ctx.plan.infrastructure, 4, r"(工業用水|道路|港湾|鉄道|送電|電力系統|インフラ|拠点整備|産業用地)"
    )


@fact("infrastructure_relevant", "インフラ・拠点整備が密接不可分な分野か、計画自身がインフラ・拠点整備に触れている")
def _infra_relevant(ctx: FactContext) -> Any:
    """000 A.(2)⑦ 「インフラ・分野特有の拠点整備が密接かつ不可分な分野においては」: the plan names them, or its
    field is flagged `infrastructure_intensive` in fields.yaml (a general-knowledge flag)."""
    if _has(ctx.plan.infrastructure, 4):
        return True, [Evidence(section=None, text=ctx.plan.infrastructure[:200])]
    matched = _field_match(ctx)
    hits = matched[0] if isinstance(matched, tuple) and matched[0] else []
    numbers = {int(h.split(".", 1)[0]) for h in hits}
    intensive = [f.name for f in ctx.kb.fields if f.number in numbers and f.infrastructure_intensive]
    return (True, [Evidence(section=None, text="、".join(intensive))]) if intensive else False


_INFRA_WORD = r"インフラ|拠点整備|工業用水|受電|送電|電力系統|変電|道路|港湾|岸壁|鉄道|産業用地|用水"
# the plan leaves infrastructure out although it is part of the project: "案件を含めていない", "一体で進めることはしない"
_INFRA_DECLINED = (
    r"含めていない|含めない|含まない|一体(?:的に|で)?(?:進める|整備する|行う)ことはしない|"
    r"個別に(?:協議|対応|調整)|整備は行わない|整備しない|予定はない|予定していない"
)
_INFRA_UNNEEDED = r"不要|必要(?:としない|がない|はない|ない)|要しない|求められない|既存の[^。]{0,20}(?:で足り|で賄え|で対応でき)"


@fact("infrastructure_declined", "インフラ・拠点整備を投資案件と一体で進めないと記載されている（不要とはしていない）")
def _infra_declined(ctx: FactContext) -> Any:
    own = ctx.plan.infrastructure
    if not _has(own, 4):
        return None
    for sent in _sentences(unicodedata.normalize("NFKC", own)):
        if re.search(_INFRA_DECLINED, sent) and not re.search(_INFRA_UNNEEDED, sent):
            return sent, [Evidence(section=None, text=sent[:200])]
    return None


@fact("infrastructure_unneeded", "インフラ・拠点整備が不要である旨（理由）が記載されている")
def _infra_unneeded(ctx: FactContext) -> Any:
    own = ctx.plan.infrastructure
    if not _has(own, 4):
        return None
    for sent in _sentences(unicodedata.normalize("NFKC", own)):
        if re.search(_INFRA_UNNEEDED, sent) and re.search(_INFRA_WORD + r"|整備|案件", sent):
            return sent, [Evidence(section=None, text=sent[:200])]
    return None


# --- reference list (参考リスト) ----------------------------------------------------


# "…が相対的に高い" / "県内上位" — and not "高くない" / "低い"
# being on the 参考リスト says the same: the list is drawn from companies with high degrees (留意事項 1.(1)⑨)
_HIGH_DEGREE = r"(高い|高く(?!な)|上位|参考リスト(?:に)?(?:も)?掲載(?:されて(?:いる|おり|います)|済|された|。|$|企業)|参考リスト[○〇✓有])"


def _degrees(c) -> tuple[float | None, float | None]:
    conn = c.connector_degree
    if conn is None and c.outside_sales is not None and c.prefecture_outside_sales:
        conn = c.outside_sales / c.prefecture_outside_sales
    hub = c.hub_degree
    if hub is None and c.inside_purchases is not None and c.prefecture_inside_purchases:
        hub = c.inside_purchases / c.prefecture_inside_purchases
    return conn, hub


def connector_hub_degrees(plan: Plan) -> dict[str, tuple[float | None, float | None]]:
    """Connector and hub degree of each core company, computed from the sales/purchase figures."""
    return {c.name: _degrees(c) for c in plan.core_companies}


@fact("core_employees_known", "核となる企業の従業員数がすべて記載されている")
def _emp_known(ctx: FactContext) -> Any:
    comps = ctx.plan.core_companies
    if not comps:
        return None
    return all(c.employees is not None for c in comps), _ev(*comps[:3])


@fact("core_employees_any", "従業員数が記載された核となる企業がある")
def _emp_any(ctx: FactContext) -> Any:
    known = [c for c in ctx.plan.core_companies if c.employees is not None]
    return (True, _ev(*known[:3])) if known else None


@fact("core_company_within_2000", "核となる企業の従業員規模が2,000名以下")
def _within(ctx: FactContext) -> Any:
    known = [c for c in ctx.plan.core_companies if c.employees is not None]
    if not known:
        return None
    over = [c for c in known if c.employees > 2000]
    if over:
        return False, _ev(*over), "2,000名超: " + "、".join(f"{c.name}（{c.employees:,}名）" for c in over)
    return True, _ev(*known[:3]), "、".join(f"{c.name} {c.employees:,}名" for c in known)


@fact("connector_hub_high", "コネクター度・ハブ度が都道府県内で相対的に高いことが示されている")
def _conn_high(ctx: FactContext) -> Any:
    shown = []
    evidence = []
    for c in ctx.plan.core_companies:
        conn, hub = _degrees(c)
        if conn is not None or hub is not None:
            parts = []
            if conn is not None:
                parts.append(f"コネクター度 {conn:.2%}")
            if hub is not None:
                parts.append(f"ハブ度 {hub:.2%}")
            shown.append(f"{c.name}: " + "、".join(parts))
            evidence += _ev(c)
        elif _has(c.degree_statement, 2) and re.search(_HIGH_DEGREE, unicodedata.normalize("NFKC", c.degree_statement)):
            # one statement often covers every company ("3社とも…ハブ度が相対的に高い"): show it once
            if not any(c.degree_statement in x for x in shown):
                shown.append(f"{c.name}: {c.degree_statement}")
            evidence += _ev(c)
    if shown:
        return True, evidence, " / ".join(shown)
    sentence = _cue(ctx.text, r"(コネクタ[ー一\-]?度|ハブ度)[^。\n]*(高い|上位)")
    if sentence:
        return True, [Evidence(text=sentence[:200])], sentence
    return None


# --- submission and plan count ------------------------------------------------------


@fact("plan_published", "計画が国により公表されている")
def _published(ctx: FactContext) -> Any:
    return ctx.plan.submission.published


@fact("precheck_requested", "事前確認の依頼（日付）が記載されている")
def _precheck(ctx: FactContext) -> Any:
    return ctx.plan.submission.precheck_requested_on


@fact("first_round_deadline_passed", "第1弾の事前確認依頼期限（2026年7月15日）を過ぎている")
def _deadline_passed(ctx: FactContext) -> Any:
    pt = ctx.kb.plan_types.get(ctx.plan_type or "")
    if pt is None:
        return None
    d = next((x for x in pt.deadlines if x.id == "first_round_precheck"), None)
    if d is None:
        return None
    passed = ctx.today > d.date
    window = pt.submission_window
    as_of = f"（{window.as_of.isoformat()}時点の資料）" if window else ""
    if passed:
        shown = (
            f"提出期間は随時。{d.label}（{d.date.isoformat()}）は過ぎています（判定日 {ctx.today.isoformat()}）。"
            f"第1弾以降の取りまとめ・公開の取扱いは追って連絡{as_of}"
        )
    else:
        shown = f"提出期間は随時。{d.label}（{d.date.isoformat()}）まであと{(d.date - ctx.today).days}日。第1弾の取りまとめに間に合う"
    return passed, [], shown


@fact("required_forms", "この類型の提出様式")
def _forms(ctx: FactContext) -> Any:
    pt = ctx.kb.plan_types.get(ctx.plan_type or "")
    if pt is None or not pt.forms:
        return None
    return list(pt.forms)


@fact("submission_contacts", "この類型の提出先")
def _submit_to(ctx: FactContext) -> Any:
    pt = ctx.kb.plan_types.get(ctx.plan_type or "")
    if pt is None or not pt.submit_to:
        return None
    contacts = ctx.kb.contacts
    names = [
        f"{contacts[c].department}（{contacts[c].email}）" if contacts[c].email else contacts[c].department
        for c in pt.submit_to
        if c in contacts
    ]
    return names or None, [], " 及び ".join(names)


def _form_series(name: str) -> str | None:
    m = re.search(r"様式\s*(\d+)", unicodedata.normalize("NFKC", name))
    return m.group(1) if m else None


@fact("submission_forms_ok", "計画に記載された提出様式がこの類型の様式である")
def _forms_ok(ctx: FactContext) -> Any:
    pt = ctx.kb.plan_types.get(ctx.plan_type or "")
    if not ctx.plan.submission.forms or pt is None or not pt.forms:
        return None
    # B uses 様式1-x and C 様式2-x: a stated "様式1" or "様式1-1〜1-4" names the right series
    allowed = {_form_series(f) for f in pt.forms}
    wrong = [f for f in ctx.plan.submission.forms if _form_series(f) not in allowed]
    sentence = _cue(ctx.text, r"様式\s*(?:第\s*)?[0-9]")
    evidence = [Evidence(section=None, text=sentence[:200])] if sentence else []
    if wrong:
        owners = [
            f"{other.id}（{other.name}）"
            for other in ctx.kb.plan_types.values()
            if other.id != pt.id and {_form_series(f) for f in wrong} <= {_form_series(f) for f in other.forms}
        ]
        whose = f"{'・'.join(owners)}の様式であり、" if owners else ""
        return False, evidence, f"計画に記載された提出様式（{'、'.join(wrong)}）は{whose}この類型（{pt.id}）の様式ではない"
    return True, evidence


@fact("author_plan_count", "同じ策定主体が同じ類型で提出する計画の数（一括チェック時）")
def _count(ctx: FactContext) -> Any:
    return ctx.context.get("author_plan_count")


# --- computing ---------------------------------------------------------------------


def _normalise_result(name: str, raw: Any) -> Fact:
    if isinstance(raw, tuple):
        value = raw[0]
        evidence = list(raw[1]) if len(raw) > 1 and raw[1] else []
        display = raw[2] if len(raw) > 2 else None
        return Fact(name, value, evidence, display)
    return Fact(name, raw)


def section_facts(plan: Plan, kb: KnowledgeBase, plan_type: str | None) -> dict[str, Fact]:
    out: dict[str, Fact] = {}
    pt = kb.plan_types.get(plan_type or "")
    if pt is None:
        return out
    for sec in pt.sections:
        item_facts = []
        for item in sec.items:
            s = plan.sections.get(item.id)
            present = s is not None and _has(s.text, 1)
            ev = [s.evidence] if s is not None and s.evidence else []
            item_facts.append(Fact(f"section:{item.id}", True if present else None, ev))
        s = plan.sections.get(sec.id)
        # a section counts as written when its heading was found with text, or any of its items was
        own = s is not None and _has(s.text, 1)
        ev = [s.evidence] if s is not None and s.evidence else [e for f in item_facts for e in f.evidence][:1]
        present = own or any(f.present for f in item_facts)
        out[f"section:{sec.id}"] = Fact(f"section:{sec.id}", True if present else None, ev)
        out.update({f.name: f for f in item_facts})
    return out


def derive_facts(
    plan: Plan,
    kb: KnowledgeBase,
    plan_type: str | None,
    today: _dt.date | None = None,
    context: dict[str, Any] | None = None,
) -> dict[str, Fact]:
    ctx = FactContext(plan, kb, plan_type, today or _dt.date.today(), context or {})
    facts = {name: _normalise_result(name, fn(ctx)) for name, (_, fn) in _REGISTRY.items()}
    facts.update(section_facts(plan, kb, plan_type))
    return facts


FACT_NAMES = fact_names()
# facts about the plan type or the calendar, not read from the plan: they never make an item "stated"
CONTEXT_FACTS = frozenset(
    {"plan_type_a", "plan_type_b", "plan_type_c", "required_forms", "submission_contacts", "first_round_deadline_passed"}
)
