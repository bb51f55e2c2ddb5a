"""The entity families: operators (with the core area) and investments, and the plan fields they own.

`core_companies` are the named operators (placeholders included: a 〇〇株式会社 is an operator the draft has
not named, kept so a reader sees it; the facts tell it apart by its statement's modality), each with
what the sentences about them add (scale, reference list / degrees, attraction). `investments` are the
projects, each with the subsidy statement that names it; a stated total with no projects is kept as one.
"""

from __future__ import annotations

from typing import Any

from chiiki_mirai.core.plan import Company, Evidence, Investment
from chiiki_mirai.core.statement import Place, Statement, of_kind
from chiiki_mirai.readers.statements.base import Family, ReadContext
from chiiki_mirai.readers.statements.investments import extract_investments
from chiiki_mirai.readers.statements.operators import extract_area, extract_operators


def evidence(place: Place) -> Evidence:
    return Evidence(section=place.section, line=place.line, text=place.quote[:200])


def _about(s: Statement, name: str) -> bool:
    return name in (s.attrs.get("names") or []) or bool(s.attrs.get("all"))


def _company(s: Statement, said: list[Statement]) -> Company:
    a = s.attrs
    name = s.subject or ""
    scale = a.get("scale") or next((x.place.quote for x in said if x.topic == "scale" and _about(x, name)), None)
    degree = next((x.place.quote for x in said if x.topic == "degree" and _about(x, name)), None)
    if a.get("reference"):
        degree = degree or "参考リスト掲載"
    attracted = a.get("attracted")
    if attracted is None and any(x.topic == "attracted" and name in (x.attrs.get("names") or []) and x.held for x in said):
        attracted = True
    return Company(
        name=name,
        role=a.get("role") or a.get("note") or None,
        location=a.get("location"),
        employees=a.get("employees"),
        attracted=attracted,
        kind=a.get("kind"),
        scale_statement=scale,
        outside_sales=a.get("outside_sales"),
        inside_purchases=a.get("inside_purchases"),
        connector_degree=a.get("connector"),
        hub_degree=a.get("hub"),
        degree_statement=degree,
        evidence=evidence(s.place),
    )


def _extract_operators(ctx: ReadContext) -> list[Statement]:
    return extract_operators(ctx) + extract_area(ctx)


def _assemble_operators(statements: list[Statement], ctx: ReadContext) -> dict[str, Any]:
    ops = of_kind(statements, "operator")
    said = [s for s in ops if s.topic != "entity"]
    companies = [_company(s, said) for s in ops if s.topic == "entity"]
    area = of_kind(statements, "section", "core_area")
    if companies:
        ctx.found_fields.append("core_companies")
    return {"core_companies": companies, "core_area": area[0].attrs["text"] if area else None}


def _assemble_investments(statements: list[Statement], ctx: ReadContext) -> dict[str, Any]:
    projects = of_kind(statements, "investment", "project")
    subsidies = of_kind(statements, "investment", "subsidy")
    out = []
    for p in projects:
        sub = p.attrs.get("subsidy") or next((s.attrs.get("text") for s in subsidies if s.subject and s.subject == p.subject), None)
        out.append(Investment(company=p.subject, description=p.attrs.get("description") or p.subject or "投資案件",
                              amount=p.value, start_year=p.attrs.get("start_year"),
                              operation_year=p.attrs.get("operation_year"), adopted_subsidy=sub,
                              evidence=evidence(p.place)))
    totals = of_kind(statements, "investment", "total")
    if totals and not any(i.amount is not None for i in out):  # the stated total, when no project has an amount
        t = totals[0]
        out.append(Investment(description=t.place.quote[:200] or "投資総額", amount=t.value, evidence=evidence(t.place),
                              start_year=t.attrs.get("start_year"), operation_year=t.attrs.get("operation_year")))
    if out:
        ctx.found_fields.append("investments")
    return {"investments": out}


OPERATORS = Family("operators", _extract_operators, _assemble_operators, ("core_companies", "core_area"))
INVESTMENTS = Family("investments", extract_investments, _assemble_investments, ("investments",))
