"""Facts about the core companies and operators (実現可能性), computed from `operator` statements.

Sources: 政策パッケージ 第2章 2. B. (2) ③ / C. (2) ③ (計画推進の核となる企業・事業主体（企業、組合、個人事業主等）
が存在していること) and the guidance 1.(2)②【実現可能性】 / 2.(2)②【実現可能性】 (個別企業名・役割・立ち位置を明確に、
事業規模・能力が十分であることを明記). An operator named only as 〇〇, one still to be chosen (公募で選定) or a
category (「宿泊事業者（約40施設）」) is not a named operator, and it is never counted as one: an unknown is not
a negative and not a count.
"""

from __future__ import annotations

import re
from typing import Any

from chiiki_mirai.core.statement import Statement
from chiiki_mirai.core.text.cues import LEGAL_FORM, bare_company_name
from chiiki_mirai.core.text.modality import modality
from chiiki_mirai.core.text.normalize import nfkc
from chiiki_mirai.rules.facts.claim_select import claim_fact, claims, unread
from chiiki_mirai.rules.facts.entity_view import attracted_names, core_area, evidence, statements
from chiiki_mirai.rules.facts.helpers import section_evidence
from chiiki_mirai.rules.facts.registry import FactContext, Uncertain, fact


def named_operators(ctx: FactContext) -> list[Statement]:
    """The operators the draft names (held, not a placeholder), one per name: of a name given more than once (a
    summary line 「核となる企業：A社、B社」 and the table of the operators, its legal form abbreviated or not), the mention
    that says most of it (its
    role, note and scale), else the first."""
    by_name: dict[str, list[Statement]] = {}
    for s in statements(ctx, "operator", "entity"):
        name = (s.subject or "").strip()
        if s.held and len(name) >= 2:
            # the same company whatever way its legal form is written (「上州モーターテック(株)」「上州モーターテック株式会社」)
            by_name.setdefault(bare_company_name(name), []).append(s)
    return [max(found, key=_told) for found in by_name.values()]


def _told(s: Statement) -> int:
    return sum(_text(s.attrs.get(k)) for k in ("role", "note", "scale"))


def unnamed_operators(ctx: FactContext) -> list[Statement]:
    """Operators the draft has but does not name: 〇〇 placeholders and operators still to be chosen."""
    ops = statements(ctx, "operator")
    return [s for s in ops if (s.topic == "entity" and s.modality == "placeholder") or s.topic == "selection"]


@fact("core_area_stated", "計画推進の核となる地域・区域が記載されている")
def core_area_stated(ctx: FactContext) -> Any:
    """政策パッケージ 第2章 2. B./C. (3) 記載項目 ②: 特にクラスター形成の核となる区域."""
    s = core_area(ctx)
    text = (s.attrs.get("text") or "").strip() if s else ""
    return (text if len(text) >= 2 and s.modality != "placeholder" else None), evidence(s) if s else []


@fact("core_companies_count", "計画推進の核となる企業・事業者の数")
def core_companies_count(ctx: FactContext) -> Any:
    """B/C (2) ③ 実現可能性: the operators named individually (placeholders and 公募 are not counted). With no
    operator read at all, the operator item's text naming companies by their legal form (a table the readers could
    not read, 「（株）播磨クライオテック 高砂市 320人 …」 taken from a PDF) goes to a person, not a gap."""
    named = named_operators(ctx)
    return ((len(named) or None), evidence(*named[:3])) if named else (_unread_operators(ctx) or (None, []))


_OPERATOR_ITEM = re.compile(r"核となる(?:企業|事業者|事業主体)")


def _unread_operators(ctx: FactContext) -> Uncertain | None:
    """No operator read at all (named, a slot, a kind, one to be chosen), yet the operator item names a company by its
    legal form: that text, for a person."""
    if any(s.topic in ("entity", "category", "selection") for s in statements(ctx, "operator")):
        return None
    pt = ctx.kb.plan_types.get(ctx.plan_type or "")
    items = [i.id for s in pt.sections for i in s.items if _OPERATOR_ITEM.search(nfkc(i.heading))] if pt else []
    for item in items:
        sec = ctx.plan.sections.get(item)
        text = nfkc(sec.text or "") if sec is not None else ""
        if m := LEGAL_FORM.search(text):
            quote = text[max(0, m.start() - 40) : m.end() + 40].strip()
            return Uncertain(None, (section_evidence(sec, quote),), candidate=quote)
    return None


@fact("core_operators_unnamed", "個別名が明記されていない核となる事業者（〇〇・公募で選定予定）がある")
def core_operators_unnamed(ctx: FactContext) -> Any:
    """Guidance 1.(2)② / 2.(2)② 「個別企業名（個別事業者名）を明記してください」: an operator written as 〇〇 or
    to be chosen later is there but not named."""
    odd = unnamed_operators(ctx)
    if not odd:
        return None
    shown = "、".join(dict.fromkeys((s.subject if s.topic == "entity" else s.place.quote[:60]) or "" for s in odd))
    return shown, evidence(*odd)


@fact("core_operator_categories", "核となる事業者が区分（「宿泊事業者（約40施設）」等）で書かれている")
def core_operator_categories(ctx: FactContext) -> Any:
    cats = statements(ctx, "operator", "category")
    return ("、".join(s.subject or "" for s in cats) or None), evidence(*cats)


@fact("core_roles_stated", "核となる企業のサプライチェーン・バリューチェーン上の役割が明確")
def core_roles_stated(ctx: FactContext) -> Any:
    """Guidance 1.(2)②: 当該企業のサプライチェーン・バリューチェーン内での役割・立ち位置を明確に."""
    named = named_operators(ctx)
    if not named:
        return _unread_operators(ctx)  # the operators not read at all: their roles neither
    missing = [s for s in named if not _text(s.attrs.get("role") or s.attrs.get("note"))]
    if not missing:
        return True, evidence(*named[:3])
    shown = "役割の記載がない：" + "、".join(str(s.subject) for s in missing)
    if len(missing) < len(named):
        # roles read for some operators and not for others: whether the rest is clear from the text is a reader's call
        return Uncertain(None, tuple(evidence(*missing[:3])), shown, candidate=missing[0].place.quote)
    return False, evidence(*named[:3]), shown


def _text(v: Any) -> bool:
    return isinstance(v, str) and len(v.strip()) >= 2


@fact("core_scale_stated", "核となる企業の事業規模・能力が計画遂行に十分である旨が明記されている")
def core_scale_stated(ctx: FactContext) -> Any:
    """Guidance 1.(2)② 「当該企業の事業規模・能力が本計画を遂行する上で十分であることを明記」: a scale or
    capacity written for the operators (a 事業規模・能力 column, a sentence, their sales — the reader takes a
    売上高 column or an entry's 「年商…」 as the business's scale). A headcount alone says how many work there,
    not the scale of the business: not a statement of scale."""
    named = named_operators(ctx)
    stated = [s for s in named if _text(s.attrs.get("scale"))]
    sentences = [s for s in statements(ctx, "operator", "scale") if s.held]
    if stated:
        return "、".join(f"{s.subject}：{s.attrs['scale']}" for s in stated[:3]), evidence(*stated[:3])
    if sentences:
        return sentences[0].place.quote, evidence(sentences[0])
    return unread(ctx, "scale_capability")


@fact("operators_diverse", "特定の事業者に過度に依存していない（複数の事業主体が核となる）")
def operators_diverse(ctx: FactContext) -> Any:
    """C (2) ④ 外部依存リスク: several operators. One named operator is "one" only when the draft names no
    other kind of operator: 「事業者は公募で選ぶ」 or a category is unknown, never "only one"."""
    named = named_operators(ctx)
    if len(named) >= 2:
        return True, evidence(*named[:3])
    if len(named) == 1 and not unnamed_operators(ctx) and not statements(ctx, "operator", "category"):
        return False, evidence(*named)
    return None


def attracted_name(ctx: FactContext, text: str) -> str | None:
    """The attracted company named in the attraction statement (entity_view.attracted_names)."""
    return "、".join(attracted_names(ctx.plan, text)) or None


@fact("attracted_company", "域外から誘致する核となる企業がある")
def attracted_company(ctx: FactContext) -> Any:
    """政策パッケージ 第2章 2. B./C. (3) ⑥ 現地化の取組 ※ 「域外企業の誘致の際には…」: the guard of the
    localization check. An operator read as attracted (区分「誘致」, 「…の日本法人」, a sentence naming it as
    attracted), or the localization policy's own statement that an outside company is attracted; a denial
    (「誘致は予定していない」) is not an attraction."""
    named = named_operators(ctx)
    comps = [s for s in named if s.attrs.get("attracted") is True]
    said = [s for s in statements(ctx, "operator", "attracted") if s.held and s.attrs.get("names")]
    names = list(dict.fromkeys([s.subject or "" for s in comps] + [n for s in said for n in s.attrs["names"]]))
    if names:
        return "、".join(names), evidence(*(comps + said)[:3])
    if statements(ctx, "localization", "no_attraction"):
        return False
    loc = [s for s in statements(ctx, "localization", "attraction") if s.held]
    if loc:
        name = attracted_name(ctx, loc[0].subject or loc[0].place.quote)
        return (name or True), evidence(loc[0])
    if ctx.plan.localization.attracts_outside_company:
        return True, ([ctx.plan.localization.evidence] if ctx.plan.localization.evidence else [])
    return False


@fact("franchise_dependency", "特定の大企業・フランチャイザー等への依存が記載されている")
def franchise_dependency(ctx: FactContext) -> Any:
    """000 第2章 2. C.(2)④ 「特定の事業主体（大企業、フランチャイザー等）に過度に依存する計画となっていないこと」: an
    over_dependence claim the plan states (a big company, a franchisor, one buyer) — never a count of operators
    (one operator, or operators still to be chosen, is no dependence); 「依存していない」 is not one. Where the plan
    binds a share of its sales or supplies to one party, the share decides (readers/statements/claims_dependence.py):
    most of it is a dependence, about half a candidate for review, a measured minor share none."""
    reduced = any(s.modality == "negated" or _REDUCES.search(s.place.quote) for s in claims(ctx, "over_dependence"))
    told = _told_items(ctx, r"現状|.*課題$") if reduced else _told_items(ctx, r".*課題$")
    # today's dependence told as the situation or a problem (「集客を大手予約サイトに依存」 under 現状の整理) where the
    # plan states reducing it is what the plan answers, not what it rests on; one listed among the challenges the
    # plan sets out to overcome (「・大手予約サイトへの依存と手数料負担」 under 取組に向けた課題) is so by its place
    # a sentence whose predicate denies the dependence (「特定の１社が崩れると全体が止まる構造にはなっていない」) states
    # none, whatever modality the classifier gave the clause
    got = claim_fact(ctx, "over_dependence", only=lambda s: s.place.item not in told and not _REDUCES.search(s.place.quote)
                     and not _denies(s.place.quote))
    return False if got is None else got


# 「販売先は大手1社しかない」「A社以外に取引先がない」: a negative predicate that states a dependence
_ONLY = re.compile(r"しか[^。]{0,12}(?:ない|ません)|以外[^。]{0,12}(?:ない|ません)|ほか(?:に)?(?:ない|ありません)")


# 「…を大きい会社1社に集めず、…で分担する」「特定の商社に販路を任せず、…と直接取引する」: a clause that avoids putting it on
# one party (a verb of putting it there, negated with 〜ず, after the party); not 〜ざるを得ず (has to rely on it), nor any
# other 〜ず after 「に」 (「…に集中しているにもかかわらず、」「…の生産調整に耐えられず、」 state the dependence)
_AVOIDS = re.compile(
    r"(?:に|へ)[^。、]{0,8}?(?:集め|任せ|頼ら|依存せ|偏ら|絞ら|限ら|委ね|集中させ|一本化せ)ず(?:に)?[、,]"
)


def _denies(quote: str) -> bool:
    t = nfkc(quote)
    return (modality(t) == "negated" or bool(_AVOIDS.search(t))) and not _ONLY.search(t)


# a sentence that lowers or avoids a dependence (「大手予約サイトへの依存（現状65%）を35%まで引き下げる」「特定の1社への
# 依存は避けられる構成としている」) states none
_REDUCES = re.compile(r"依存[^。]{0,30}(?:引き下げ|下げる|低減|減らす|分散|脱却|解消|縮小|避け|回避|防ぐ|防止)")


def _told_items(ctx: FactContext, heading: str) -> set[str]:
    """The items whose heading matches `heading`: where a plan tells how things stand today (現状の整理) or what holds it
    back (取組に向けた課題)."""
    pt = ctx.kb.plan_types.get(ctx.plan_type or "")
    items = [i for sec in pt.sections for i in sec.items] if pt else []
    return {i.id for i in items if re.match(heading, i.heading or "")}
