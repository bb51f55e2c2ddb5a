"""Facts about the local government's commitment (自治体のコミットメント)."""

from __future__ import annotations

from typing import Any

from chiiki_mirai.core.plan import Evidence
from chiiki_mirai.rules.facts.helpers import cue_sentence, evidence_of, has_text
from chiiki_mirai.rules.facts.registry import FactContext, fact

FINANCE_WORDS = ("銀行", "信用金庫", "信金", "信用組合", "金融機関", "政策金融公庫", "政策投資銀行", "ファンド")


HEAD_WORDS = ("知事", "市長", "町長", "村長", "区長", "首長", "市町村長")


def _support(ctx: FactContext):
    return ctx.plan.commitment.support_system


@fact("support_system_stated", "伴走支援体制が記載されている")
def support_system_stated(ctx: FactContext) -> Any:
    s = _support(ctx)
    if s is None:
        return None
    desc = s.body or s.lead or "、".join(s.departments) or None
    return desc, evidence_of(s)


@fact("support_lead_head", "知事等（首長）が主体となる伴走支援体制")
def support_lead_head(ctx: FactContext) -> Any:
    s = _support(ctx)
    if s is None:
        return None
    text = " ".join(x for x in (s.lead, s.body) if x)
    return (any(w in text for w in HEAD_WORDS) or None), evidence_of(s)


@fact("support_financial_institutions", "地域金融機関等を巻き込んでいる")
def support_financial_institutions(ctx: FactContext) -> Any:
    s = _support(ctx)
    if s is not None and s.financial_institutions:
        return "、".join(s.financial_institutions), evidence_of(s)
    sentence = cue_sentence(ctx.text, "(" + "|".join(FINANCE_WORDS) + ")")
    if sentence and s is not None:
        return sentence, [Evidence(text=sentence[:200])]
    return None


@fact("support_fields_stated", "伴走支援（経営支援）を行う分野が明記されている")
def support_fields_stated(ctx: FactContext) -> Any:
    s = _support(ctx)
    return (s.support_fields or None) if s else None, evidence_of(s) if s else []


@fact("support_staff_stated", "伴走支援の人員確保（人数・専門人材）が明記されている")
def support_staff_stated(ctx: FactContext) -> Any:
    s = _support(ctx)
    if s is None or s.staff is None:
        return None
    return s.staff, evidence_of(s), f"{s.staff}名"


@fact("support_body_stated", "伴走支援を担う体制（本部・会議・チーム等）が名前で明記されている")
def support_body_stated(ctx: FactContext) -> Any:
    s = _support(ctx)
    return (s.body or None) if s else None, evidence_of(s) if s else []


@fact("support_departments_stated", "担当部署が明記されている")
def support_departments_stated(ctx: FactContext) -> Any:
    s = _support(ctx)
    return (s.departments or None) if s else None, evidence_of(s) if s else []


@fact("support_frequency_stated", "伴走支援の具体的取組・頻度が明記されている")
def support_frequency_stated(ctx: FactContext) -> Any:
    s = _support(ctx)
    return (s.frequency if s and has_text(s.frequency, 2) else None), evidence_of(s) if s else []


@fact("consultation_desk_stated", "事業主体に対する相談窓口が設置されている")
def consultation_desk_stated(ctx: FactContext) -> Any:
    d = ctx.plan.commitment.consultation_desk
    if d is None:
        return None
    return (d.name or d.department or True), evidence_of(d)


@fact("consultation_desk_department", "相談窓口の担当部署（自治体・関係団体）が特定されている")
def consultation_desk_department(ctx: FactContext) -> Any:
    d = ctx.plan.commitment.consultation_desk
    if d is None or not has_text(d.department, 2):
        return None
    return d.department, evidence_of(d)


@fact("announcement_stated", "首長（知事・市町村長等）としての発表が予定されている")
def announcement_stated(ctx: FactContext) -> Any:
    c = ctx.plan.commitment
    return (c.announcement if has_text(c.announcement, 2) else None), evidence_of(c)


@fact("announcement_after_precheck", "首長の発表が国の事前確認の後に行われる")
def announcement_after_precheck(ctx: FactContext) -> Any:
    return ctx.plan.commitment.announcement_after_precheck, evidence_of(ctx.plan.commitment)
