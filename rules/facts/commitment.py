"""Facts about the local government's commitment (自治体のコミットメント), from `support` / `desk` /
`announcement` statements.

Sources: 政策パッケージ 第2章 2. B. (2) ⑦ / C. (2) ⑥ and the guidance 1.(2)②【自治体のコミットメント】
(知事等が主体となる伴走支援の仕組み、地域金融機関等の巻き込み、人員確保・担当部署、伴走支援の分野・頻度) and 2.(2)②
(事業主体に対する相談窓口の設置、担当部署（自治体及び関係団体等）の特定、経営支援). Only what the draft holds as
done or decided counts: 「相談窓口の設置を検討」「金融機関の参画は今後調整」「体制は追って定める」 are not set up —
the item then holds something (`*_pending`), so a criterion that fails is a gap, not "not written".
"""

from __future__ import annotations

import re
from typing import Any

from chiiki_mirai.core.statement import Statement
from chiiki_mirai.rules.facts.entity_view import evidence, statements
from chiiki_mirai.rules.facts.registry import FactContext, fact

HEAD_WORDS = ("知事", "市長", "町長", "村長", "区長", "首長", "市町村長")


def _support(ctx: FactContext, topic: str | None = None) -> list[Statement]:
    return [s for s in statements(ctx, "support", topic) if s.held and (s.subject or s.value is not None)]


def _names(found: list[Statement]) -> list[str]:
    return list(dict.fromkeys(s.subject for s in found if s.subject))


@fact("support_system_stated", "伴走支援体制が記載されている")
def support_system_stated(ctx: FactContext) -> Any:
    found = _support(ctx)
    if not found:
        return None
    first = next((s for t in ("body", "lead", "department") for s in found if s.topic == t), found[0])
    return first.subject, evidence(first)


@fact("support_pending", "伴走支援体制が検討中・調整中・追って定めるとしてのみ書かれている")
def support_pending(ctx: FactContext) -> Any:
    """「体制は追って定める」「金融機関の参画は今後調整」: named, but not set up."""
    odd = [s for s in statements(ctx, "support") if s.modality in ("considering", "negated", "placeholder")]
    return (odd[0].place.quote[:200], evidence(*odd[:2])) if odd else None


def _heads(ctx: FactContext) -> tuple[str, ...]:
    """The heads that count as 「知事等」 for this plan: B and A are the prefecture's (知事), or a designated
    city's own (市長); C is the 市町村長 or 知事 (2.(2)② 「市町村長又は知事」)."""
    if ctx.plan_type == "C" or ctx.plan_type is None:
        return HEAD_WORDS
    kinds = {a.kind for a in ctx.plan.authors}
    return ("知事", "首長") + (("市長",) if "designated_city" in kinds or not kinds else ())


# a department of a body other than the author's own government (a chamber, a foundation, a bank)
_NOT_OWN = re.compile(r"商工会|会議所|機構|財団|協会|組合|銀行|金庫|公庫|大学|センター|社$")


def _own_departments(ctx: FactContext) -> list[Statement]:
    """The author's own departments that run the support (「県産業企画課に担当3人を配置し…訪問する」)."""
    return [s for s in _support(ctx, "department") if not s.attrs.get("desk") and not _NOT_OWN.search(s.subject or "")]


def _lead(ctx: FactContext, heads: tuple[str, ...], own_kinds: set[str]) -> Any:
    """A head of `heads` as the lead of the support body — or, when the draft names no lead at all, the support
    run by the author's own departments (an author of `own_kinds`): that is the head's own administration
    providing it (「県産業企画課に担当3人を配置し、…四半期ごとに訪問する」), a team it forms included. A lead the
    draft names who is not a head (「商工労働部長を座長とする」) is not the head's."""
    leads = [s for s in _support(ctx, "lead") + _support(ctx, "body") if any(w in (s.subject or "") for w in heads)]
    if leads:
        body = _names(_support(ctx, "body"))
        return (body[0] if body else leads[0].subject), evidence(leads[0])
    own = _own_departments(ctx)
    kinds = {a.kind for a in ctx.plan.authors}
    # a lead named who is not the head is another's support; a team named without its head says nothing of it
    if _support(ctx, "lead") or not own or not kinds & own_kinds:
        return None
    return f"{own[0].subject}（策定主体の担当部署が伴走支援を担う）", evidence(own[0])


@fact("support_lead_own_head", "策定主体の首長（またはその担当部署）が主体となる伴走支援体制")
def support_lead_own_head(ctx: FactContext) -> Any:
    """Any head of the authoring government leading the support (「市長を本部長とする推進本部」), whoever the author
    is: whether that head is a 知事等 is the next question (`support_lead_head`), and whether the author may write
    this type at all is the `author` check's."""
    return _lead(ctx, HEAD_WORDS, {"prefecture", "designated_city", "municipality"})


@fact("support_lead_head", "知事等（首長）が主体となる伴走支援体制")
def support_lead_head(ctx: FactContext) -> Any:
    """000 B.(2)⑥ 「都道府県知事が主体となり…伴走支援を提供する仕組みを構築すること」 (003 ⑥ 「知事等が主体と
    なり」): the lead is a 知事等 — the governor, or a designated city's mayor. A general city's mayor leading its
    own support is the author's head but whether it is a 知事等 the 「等」 leaves to a person."""
    return _lead(ctx, _heads(ctx), {"prefecture", "designated_city"})


@fact("support_financial_institutions", "地域金融機関等を巻き込んでいる")
def support_financial_institutions(ctx: FactContext) -> Any:
    """Guidance 1.(2)② 「地域金融機関等を巻き込み」: a bank, 信用金庫 or 政府系金融機関 in the support, held."""
    found = _support(ctx, "finance")
    named = [n for n in _names(found) if n != "金融機関"] or _names(found)
    return ("、".join(named) or None), evidence(*found[:2])


@fact("support_fields_stated", "伴走支援（経営支援）を行う分野が明記されている")
def support_fields_stated(ctx: FactContext) -> Any:
    found = _support(ctx, "field")
    return (_names(found) or None), evidence(*found[:2])


@fact("support_staff_stated", "伴走支援の人員確保（人数・専門人材）が明記されている")
def support_staff_stated(ctx: FactContext) -> Any:
    found = [s for s in _support(ctx, "staff") if s.value is not None]
    if not found:
        return None
    total = max(int(s.value or 0) for s in found)
    return total, evidence(found[0]), f"{total}名"


@fact("support_body_stated", "伴走支援を担う体制（本部・会議・チーム等）が名前で明記されている")
def support_body_stated(ctx: FactContext) -> Any:
    found = _support(ctx, "body")
    return (found[0].subject if found else None), evidence(*found[:1])


@fact("support_departments_stated", "担当部署が明記されている")
def support_departments_stated(ctx: FactContext) -> Any:
    found = _support(ctx, "department")
    return (_names(found) or None), evidence(*found[:2])


@fact("support_frequency_stated", "伴走支援の具体的取組・頻度が明記されている")
def support_frequency_stated(ctx: FactContext) -> Any:
    found = _support(ctx, "frequency")
    return (found[0].subject if found else None), evidence(*found[:1])


def _desks(ctx: FactContext) -> list[Statement]:
    return [s for s in statements(ctx, "desk") if s.topic is None]


@fact("consultation_desk_stated", "事業主体に対する相談窓口が設置されている")
def consultation_desk_stated(ctx: FactContext) -> Any:
    """Guidance 2.(2)② 「事業主体に対する相談窓口を設置」: a desk held as set up or decided."""
    held = [s for s in _desks(ctx) if s.held]
    if not held:
        return None
    return (held[0].subject or held[0].attrs.get("department") or True), evidence(held[0])


@fact("consultation_desk_pending", "相談窓口が検討中・調整中としてのみ書かれている（設置されていない）")
def consultation_desk_pending(ctx: FactContext) -> Any:
    """「相談窓口の設置を検討」「窓口は関係機関と検討中」: named, not set up."""
    if any(s.held for s in _desks(ctx)):
        return None
    odd = [s for s in _desks(ctx) if s.modality in ("considering", "negated", "placeholder")]
    return (odd[0].place.quote[:200], evidence(odd[0])) if odd else None


@fact("consultation_desk_department", "相談窓口の担当部署（自治体・関係団体）が特定されている")
def consultation_desk_department(ctx: FactContext) -> Any:
    """Guidance 2.(2)② 「担当部署（自治体及び関係団体等）を特定」: the desk's own department, or the
    department written beside it (a 担当部署 line under the desk)."""
    held = [s for s in _desks(ctx) if s.held]
    if not held:
        return None
    own = next((s for s in held if s.attrs.get("department")), None)
    if own is not None:
        return own.attrs["department"], evidence(own)
    beside = [s for s in _support(ctx, "department") if s.attrs.get("desk")]
    return (beside[0].subject, evidence(beside[0])) if beside else None


def _announcements(ctx: FactContext) -> list[Statement]:
    return [s for s in statements(ctx, "announcement") if s.held]


@fact("announcement_stated", "首長（知事・市町村長等）としての発表が予定されている")
def announcement_stated(ctx: FactContext) -> Any:
    found = _announcements(ctx)
    return (found[0].subject or found[0].place.quote or None) if found else None, evidence(*found[:1])


@fact("announcement_after_precheck", "首長の発表が国の事前確認の後に行われる")
def announcement_after_precheck(ctx: FactContext) -> Any:
    """Guidance 1.(1)⑤ / 2.(1)⑤ 「事前確認が済んだ後、『知事等による発表』の上」: the order the draft states."""
    said = [s for s in _announcements(ctx) if s.attrs.get("after_precheck") is not None]
    return (said[0].attrs["after_precheck"], evidence(said[0])) if said else None
