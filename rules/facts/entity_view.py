"""The statements the entity and commitment facts read, in one place.

A plan read from a document carries its statements (readers/statements/). A plan given as YAML/JSON, built
by the app's form or changed by a what-if carries fields only: for a kind of statement the plan has none
of, the statements are derived here from the fields that kind fills (core_companies → `operator`,
investments → `investment`, commitment → `support`/`desk`/`announcement`, submission.forms → `forms`), so
such a plan is judged exactly as its fields say. A field's value is taken as held (affirmed); an award
that is not written as done (「申請予定」) is `considering`, as the line reader judged it.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from chiiki_mirai.core.plan import Evidence, Plan
from chiiki_mirai.core.statement import Place, Statement
from chiiki_mirai.core.text.cues import COMPANY_FORMS, affirmed, bare_company_name
from chiiki_mirai.core.text.normalize import nfkc
from chiiki_mirai.rules.facts.helpers import has_text
from chiiki_mirai.rules.facts.registry import FactContext

_PLACEHOLDER = re.compile(r"[〇○●◯×△]{2,}|XX|ＸＸ|社名(?:は)?(?:非公表|未定)|非公表")


def place(e: Evidence | None) -> Place:
    return Place() if e is None else Place(section=e.section, line=e.line, quote=e.text[:300])


def evidence(*statements: Statement) -> list[Evidence]:
    return [Evidence(section=s.place.section, line=s.place.line, text=s.place.quote[:200])
            for s in statements if s.place.quote][:3]


def _operators(plan: Plan) -> list[Statement]:
    out = []
    for c in plan.core_companies:
        attrs = {
            "role": c.role, "location": c.location, "employees": c.employees, "attracted": c.attracted,
            "kind": c.kind, "scale": c.scale_statement, "degree": c.degree_statement,
            "connector": c.connector_degree, "hub": c.hub_degree, "outside_sales": c.outside_sales,
            "prefecture_outside_sales": c.prefecture_outside_sales, "inside_purchases": c.inside_purchases,
            "prefecture_inside_purchases": c.prefecture_inside_purchases,
        }
        mod = "placeholder" if _PLACEHOLDER.search(c.name) else "affirmed"
        out.append(Statement(kind="operator", topic="entity", subject=c.name, modality=mod, attrs=attrs,
                             place=place(c.evidence)))
    return out + _attracted(plan)


# an attracted company the localization policy names: 「「株式会社みなと食研」を誘致」「A株式会社を誘致し」
_ATTRACTED_NAME = (
    re.compile(r"[「『]([^」』]{2,30})[」』][^。]{0,10}誘致"),
    re.compile(r"誘致[^。]{0,20}?[「『]([^」』]{2,30})[」』]"),
    re.compile(rf"((?:{COMPANY_FORMS})[^\s、。「」（）()をがは]{{2,20}}|"
               rf"[^\s、。「」（）()をがは]{{2,30}}?(?:{COMPANY_FORMS}))[^。]{{0,30}}誘致"),
)


def attracted_names(plan: Plan, text: str) -> list[str]:
    """The attracted companies a statement of attraction names: the core companies it names (a name of two characters
    or more, its legal form written or not), else a quoted or legal name before or after 「誘致」."""
    t = nfkc(text)
    named = [c.name for c in plan.core_companies if has_text(c.name, 2) and bare_company_name(c.name) in t]
    m = None if named else next((m for rx in _ATTRACTED_NAME if (m := rx.search(t))), None)
    return named or ([m.group(1)] if m else [])


def _attracted(plan: Plan) -> list[Statement]:
    """A localization policy (a field) that says an outside company is attracted, naming it if it does."""
    loc = plan.localization
    if not loc.attracts_outside_company:
        return []
    return [Statement(kind="operator", topic="attracted", attrs={"names": attracted_names(plan, loc.policy or "")},
                      place=place(loc.evidence))]


def _investments(plan: Plan) -> list[Statement]:
    out = []
    for i in plan.investments:
        attrs = {"description": i.description, "start_year": i.start_year, "operation_year": i.operation_year,
                 "core": None, "subsidy": i.adopted_subsidy}
        out.append(Statement(kind="investment", topic="project", subject=i.company, value=i.amount,
                             unit="円" if i.amount is not None else None, attrs=attrs, place=place(i.evidence)))
        if i.adopted_subsidy and i.adopted_subsidy.strip():
            mod = "affirmed" if affirmed(i.adopted_subsidy, r"採択|交付決定|認定") else "considering"
            out.append(Statement(kind="investment", topic="subsidy", subject=i.company, modality=mod,
                                 attrs={"core": None, "text": i.adopted_subsidy}, place=place(i.evidence)))
    return out


def _commitment(plan: Plan) -> list[Statement]:
    c = plan.commitment
    out: list[Statement] = []
    s = c.support_system
    if s is not None:
        p = place(s.evidence)
        rows = [("lead", s.lead), ("body", s.body), ("frequency", s.frequency),
                ("staff", s.staff)] + [("department", d) for d in s.departments]
        rows += [("finance", f) for f in s.financial_institutions] + [("field", f) for f in s.support_fields]
        for topic, v in rows:
            if v not in (None, ""):
                out.append(Statement(kind="support", topic=topic, subject=str(v),
                                     value=float(v) if topic == "staff" else None, place=p))
    d = c.consultation_desk
    if d is not None:
        out.append(Statement(kind="desk", subject=d.name, attrs={"department": d.department, "partners": d.partners},
                             place=place(d.evidence)))
    if c.announcement or c.announcement_after_precheck is not None:
        out.append(Statement(kind="announcement", subject=c.announcement,
                             attrs={"after_precheck": c.announcement_after_precheck}, place=place(c.evidence)))
    return out


def _forms(plan: Plan) -> list[Statement]:
    return [Statement(kind="forms", attrs={"forms": list(plan.submission.forms)})] if plan.submission.forms else []


def _none(plan: Plan) -> list[Statement]:
    return []


DERIVE: dict[str, Callable[[Plan], list[Statement]]] = {
    "operator": _operators,
    "investment": _investments,
    "support": _commitment,
    "desk": _commitment,
    "announcement": _commitment,
    "forms": _forms,
    "plan_count": _none,
}


def statements(ctx: FactContext, kind: str, topic: str | None = None) -> list[Statement]:
    """The plan's statements of one kind (and topic): the reader's, and (for the kinds of DERIVE) those its
    fields give where the reader did not (a plan from YAML, the form, or a what-if edit: a field value without evidence)."""
    key = f"view:{kind}"
    if key not in ctx.memo:
        own = [s for s in ctx.plan.statements if s.kind == kind]
        derived = [s for s in DERIVE.get(kind, _none)(ctx.plan) if s.kind == kind]
        # a read plan's fields come from its statements and carry their evidence; a value with no evidence was
        # set since (the app's what-if, a form) and counts beside what the draft says
        ctx.memo[key] = own + [s for s in derived if s.place == Place()] if own else derived
    return [s for s in ctx.memo[key] if topic is None or s.topic == topic]


def core_area(ctx: FactContext) -> Statement | None:
    """The core area's text: the reader's statement, else the field."""
    own = [s for s in ctx.plan.statements if s.kind == "section" and s.topic == "core_area"]
    if own:
        return own[0]
    if ctx.plan.core_area and ctx.plan.core_area.strip():
        # a slot (「〇〇」「非公表」) names no area, as a company's slot names no company
        mod = "placeholder" if _PLACEHOLDER.search(ctx.plan.core_area) else "affirmed"
        return Statement(kind="section", topic="core_area", modality=mod, attrs={"text": ctx.plan.core_area})
    return None
