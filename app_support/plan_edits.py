"""Plans the app builds from the planner's form, and what changed between two reports of one plan.

The what-if edits themselves are in whatif.py.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
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
