"""The indicators family: KGIs, KPIs, their monitoring and the regional ripple, read as statements.

    zones.py      where each unit is (KGI / KPI / ripple / basis / verification), layout rows opened
    values.py     the value grammar of one cell or clause (role, year, cumulative, placeholder …)
    names.py      the subject a clause names and the KGI kind
    tables.py     indicator tables in any layout → one row per indicator
    aligned.py    tables typed with spaces in a text file
    kgi.py        KGI statements          kpi.py, kpi_read.py   KPI statements
    monitoring.py monitoring statements   ripple.py             ripple statements
    basis.py      basis, verification and the value-added formula's figures
    assemble.py   the plan fields (kgis, kpis, kpi_monitoring_cycle, ripple) from the statements
"""

from __future__ import annotations

from typing import Any

from chiiki_mirai.core.statement import Statement
from chiiki_mirai.readers.statements.base import Family, ReadContext
from chiiki_mirai.readers.statements.indicators.assemble import assemble
from chiiki_mirai.readers.statements.indicators.basis import extract_basis
from chiiki_mirai.readers.statements.indicators.kgi import extract_kgis
from chiiki_mirai.readers.statements.indicators.kpi_read import extract_kpis
from chiiki_mirai.readers.statements.indicators.monitoring import extract_monitoring
from chiiki_mirai.readers.statements.indicators.ripple import extract_ripple
from chiiki_mirai.readers.statements.indicators.zones import zoned_units

PARTS = (extract_kgis, extract_basis, extract_kpis, extract_monitoring, extract_ripple)
FIELDS = ("kgis", "kpis", "kpi_monitoring_cycle", "ripple")


def _extract(ctx: ReadContext) -> list[Statement]:
    zoned = zoned_units(ctx)
    out: list[Statement] = []
    for part in PARTS:
        out += part(zoned)
    ctx.found_fields += [f for f, present in zip(FIELDS, _present(out), strict=True) if present]
    return out


def _present(statements: list[Statement]) -> tuple[bool, bool, bool, bool]:
    kinds = {(s.kind, s.topic in ("basis", "verification", "sales_increase", "value_added_rate")) for s in statements}
    return (("kgi", False) in kinds, ("kpi", False) in kinds, ("monitoring", False) in kinds, ("ripple", False) in kinds)


def _assemble(statements: list[Statement], ctx: ReadContext) -> dict[str, Any]:
    return assemble(statements)


INDICATORS = Family("indicators", _extract, _assemble, FIELDS)
