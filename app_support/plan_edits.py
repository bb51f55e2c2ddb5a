"""Plans the app builds or changes: the planner's form, its what-if edits, and what changed in the report.

Edits never touch the plan they are given: they work on a deep copy, so the uploaded plan stays as read
and the what-if report can be compared with the original.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any

from chiiki_mirai.core.plan import (
    KGI,
    KPI,
    Author,
    Commitment,
    ConsultationDesk,
    Industry,
    Period,
    Plan,
    SupportSystem,
)
from chiiki_mirai.core.result import STATUS_JA, CheckResult

OKU = 100_000_000  # 1億円 in yen: the form asks for money in 億円

# one KPI per line: name ｜ target ｜ withdrawal criterion (full- or half-width bar, or a tab)
_KPI_SPLIT = re.compile(r"\s*[｜|\t]\s*")


def parse_kpi_lines(text: str) -> list[KPI]:
    """「名称｜目標｜撤退基準」 lines → KPIs; the target and the criterion may be left out."""
    out: list[KPI] = []
    for line in (text or "").splitlines():
        parts = [p.strip() for p in _KPI_SPLIT.split(line.strip())]
        if not parts or not parts[0]:
            continue
        name, target, withdrawal = (parts + ["", ""])[:3]
        out.append(KPI(name=name, target=target or None, withdrawal_criterion=withdrawal or None))
    return out


def _money_kgi(
    kind: str, name: str, oku: float | None, year: int | None, cumulative_oku: float | None = None
) -> KGI:
    return KGI(
        kind=kind,  # type: ignore[arg-type]
        name=name,
        value=oku * OKU if oku else None,
        unit="円",
        raw=f"{oku:g}億円" if oku else None,
        year=year,
        cumulative_value=cumulative_oku * OKU if cumulative_oku else None,
        mandatory=True,
    )


def plan_from_form(v: dict[str, Any]) -> Plan:
    """The planner's form values → a Plan, checked by the same rules as an uploaded draft.

    Money is asked for in 億円 and stored in 円 like the readers do; empty inputs stay None (absent),
    never zero.
    """
    kgis: list[KGI] = []
    year = v.get("target_fy") or None
    if v.get("investment_oku") or v.get("investment_cumulative_oku"):
        kgis.append(
            _money_kgi(
                "investment",
                "官民設備投資額",
                v.get("investment_oku"),
                year,
                v.get("investment_cumulative_oku"),
            )
        )
    if v.get("value_added_oku"):
        kgis.append(_money_kgi("value_added", "付加価値額", v.get("value_added_oku"), year))
    if v.get("talent_people"):
        n = float(v["talent_people"])
        kgis.append(
            KGI(
                kind="talent",
                name="産業人材育成数",
                value=n,
                unit="人",
                raw=f"{n:g}人",
                year=year,
                mandatory=True,
            )
        )
    desk = None
    if v.get("desk_name") or v.get("desk_department"):
        desk = ConsultationDesk(name=v.get("desk_name") or None, department=v.get("desk_department") or None)
    support = None
    if v.get("support_lead") or v.get("support_body"):
        support = SupportSystem(lead=v.get("support_lead") or None, body=v.get("support_body") or None)
    authors = [Author(name=v["author_name"], kind=v.get("author_kind"))] if v.get("author_name") else []
    products = [p.strip() for p in re.split(r"[、,\n]", v.get("products") or "") if p.strip()]
    return Plan(
        title=v.get("title") or None,
        plan_type=v.get("plan_type") or None,
        authors=authors,
        period=Period(start_fy=v.get("start_fy") or None, end_fy=v.get("end_fy") or None, target_fy=year),
        industry=Industry(domain=v.get("domain") or None, products=products, reason=v.get("reason") or None),
        kgis=kgis,
        kpis=parse_kpi_lines(v.get("kpis") or ""),
        kpi_monitoring_cycle=v.get("monitoring_cycle") or None,
        commitment=Commitment(support_system=support, consultation_desk=desk),
    )


@dataclass
class WhatIf:
    """Edits to try on a plan. Empty values leave the plan as it is."""

    withdrawal: dict[int, str] = field(default_factory=dict)  # KPI index → 撤退基準
    monitoring_cycle: str = ""
    desk_name: str = ""
    desk_department: str = ""
    investment_cumulative_oku: float | None = None

    def is_empty(self) -> bool:
        return not (
            any(s.strip() for s in self.withdrawal.values())
            or self.monitoring_cycle.strip()
            or self.desk_name.strip()
            or self.desk_department.strip()
            or self.investment_cumulative_oku
        )


def apply_what_if(plan: Plan, w: WhatIf) -> Plan:
    """A copy of the plan with the edits applied (the original is not changed)."""
    p = plan.model_copy(deep=True)
    for i, text in w.withdrawal.items():
        if text.strip() and 0 <= i < len(p.kpis):
            p.kpis[i].withdrawal_criterion = text.strip()
    if w.monitoring_cycle.strip():
        p.kpi_monitoring_cycle = w.monitoring_cycle.strip()
        for k in p.kpis:
            k.monitoring_cycle = k.monitoring_cycle or w.monitoring_cycle.strip()
    if w.desk_name.strip() or w.desk_department.strip():
        desk = p.commitment.consultation_desk or ConsultationDesk()
        desk.name = w.desk_name.strip() or desk.name
        desk.department = w.desk_department.strip() or desk.department
        p.commitment.consultation_desk = desk
    if w.investment_cumulative_oku:
        inv = next((k for k in p.kgis if k.kind == "investment"), None)
        if inv is None:
            inv = KGI(
                kind="investment", name="官民設備投資額", unit="円", mandatory=True, year=p.period.target_fy
            )
            p.kgis.append(inv)
        inv.cumulative_value = w.investment_cumulative_oku * OKU
    # the statements of an edited part no longer say what its fields say: drop them, so the facts read that
    # part from the edited fields (rules/facts/indicator_statements)
    edited = set()
    if any(s.strip() for s in w.withdrawal.values()):
        edited.add("kpi")
    if w.monitoring_cycle.strip():
        edited |= {"kpi", "monitoring"}
    if w.investment_cumulative_oku:
        edited.add("kgi")
    p.statements = [s for s in p.statements if s.kind not in edited]
    # re-validate: an edit must leave a plan the rules accept
    return Plan.model_validate(p.model_dump())


@dataclass(frozen=True)
class StatusChange:
    id: str
    label: str
    before: str
    after: str

    @property
    def text(self) -> str:
        return f"{STATUS_JA[self.before]} → {STATUS_JA[self.after]}"


def status_changes(before: CheckResult, after: CheckResult) -> list[StatusChange]:
    """Requirements and checks whose status differs between two results of the same plan."""
    old = {i.id: i for i in before.requirements + before.checks}
    out: list[StatusChange] = []
    for i in after.requirements + after.checks:
        o = old.get(i.id)
        if o is not None and o.status != i.status:
            out.append(StatusChange(i.id, i.label, o.status, i.status))
    return out
