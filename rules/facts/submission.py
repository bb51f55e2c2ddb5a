"""Facts about the submission: forms, contacts, deadlines and the plan count."""

from __future__ import annotations

import re
import unicodedata
from typing import Any

from chiiki_mirai.rules.facts.entity_view import evidence, statements
from chiiki_mirai.rules.facts.registry import FactContext, fact


@fact("plan_published", "計画が国により公表されている")
def plan_published(ctx: FactContext) -> Any:
    return ctx.plan.submission.published


@fact("precheck_requested", "事前確認の依頼（日付）が記載されている")
def precheck_requested(ctx: FactContext) -> Any:
    return ctx.plan.submission.precheck_requested_on


@fact("first_round_deadline_passed", "第1弾の事前確認依頼期限（2026年7月15日）を過ぎている")
def first_round_deadline_passed(ctx: FactContext) -> Any:
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
def required_forms(ctx: FactContext) -> Any:
    pt = ctx.kb.plan_types.get(ctx.plan_type or "")
    if pt is None or not pt.forms:
        return None
    return list(pt.forms)


@fact("submission_contacts", "この類型の提出先")
def submission_contacts(ctx: FactContext) -> Any:
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
def submission_forms_ok(ctx: FactContext) -> Any:
    """Guidance 1.(1)⑦ 「様式1-1から1-4まで」 (B) / 2.(1)⑦ 「様式2-1から2-4まで」 (C): the forms the draft names."""
    pt = ctx.kb.plan_types.get(ctx.plan_type or "")
    said = statements(ctx, "forms")
    forms = list(dict.fromkeys(f for s in said for f in s.attrs.get("forms", [])))
    if not forms or pt is None or not pt.forms:
        return None
    # B uses 様式1-x and C 様式2-x: a stated "様式1" or "様式1-1〜1-4" names the right series
    allowed = {_form_series(f) for f in pt.forms}
    wrong = [f for f in forms if _form_series(f) not in allowed]
    ev = evidence(*said)
    if wrong:
        owners = [
            f"{other.id}（{other.name}）"
            for other in ctx.kb.plan_types.values()
            if other.id != pt.id and {_form_series(f) for f in wrong} <= {_form_series(f) for f in other.forms}
        ]
        whose = f"{'・'.join(owners)}の様式であり、" if owners else ""
        return False, ev, f"計画に記載された提出様式（{'、'.join(wrong)}）は{whose}この類型（{pt.id}）の様式ではない"
    return True, ev


@fact("author_plan_count", "同じ策定主体が同じ類型で策定・提出する計画の数（素案の記載、なければ一括チェックの件数）")
def author_plan_count(ctx: FactContext) -> Any:
    """Guidance 1.(1)⑧ 「5つ程度を想定しています」: the number of plans the draft says its author makes
    (「7つの分野で計画を策定する予定」); only when the draft says none, the number of the author's plans in the
    batch being checked. A number written as under consideration is not a count."""
    said = [s for s in statements(ctx, "plan_count") if s.held and s.value is not None]
    if said:
        n = int(said[0].value)
        return n, evidence(said[0]), f"{n}件（素案の記載）"
    n = ctx.context.get("author_plan_count")
    return (n, [], f"{n}件（一括チェックの件数）") if n is not None else None
