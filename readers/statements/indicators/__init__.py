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

from collections.abc import Callable
from typing import Any

from chiiki_mirai.core.statement import Statement
from chiiki_mirai.readers.statements.base import Family, ReadContext, place_by_content
from chiiki_mirai.readers.statements.indicators.assemble import assemble
from chiiki_mirai.readers.statements.indicators.basis import basis_beside_kgis, extract_basis
from chiiki_mirai.readers.statements.indicators.kgi import extract_kgis
from chiiki_mirai.readers.statements.indicators.kpi_read import extract_kpis
from chiiki_mirai.readers.statements.indicators.monitoring import extract_monitoring
from chiiki_mirai.readers.statements.indicators.per_table import forget_tables
from chiiki_mirai.readers.statements.indicators.ripple import extract_ripple
from chiiki_mirai.readers.statements.indicators.zones import zoned_units

PARTS = (extract_kgis, extract_basis, extract_kpis, extract_monitoring, extract_ripple)
FIELDS = ("kgis", "kpis", "kpi_monitoring_cycle", "ripple")


# the 記載項目 a kind of statement writes, by the wording the knowledge gives the item (「KGI」「KPI」「KGIの設定根拠」):
# a KGI read with its figure is the KGI item wherever the plan put it (under 「目指す姿と数値目標」, in one table
# with the KPIs), as the knowledge's own alternative wording of the item would have placed it
CONTENT_WORDINGS: tuple[tuple[str, Callable[[Statement], bool]], ...] = (
    ("KGI", lambda s: s.kind == "kgi" and s.topic not in ("basis", "verification") and s.value is not None),
    ("KPI", lambda s: s.kind == "kpi" and bool(s.subject)),
    ("KGIの設定根拠", lambda s: s.kind == "kgi" and s.topic == "basis"),
    ("効果検証", lambda s: s.kind == "kgi" and s.topic == "verification"),
)


def _extract(ctx: ReadContext) -> list[Statement]:
    zoned = zoned_units(ctx)
    out: list[Statement] = []
    try:
        for part in PARTS:
            out += part(zoned)
        out += basis_beside_kgis(zoned, out)
    finally:
        forget_tables()  # the per-table facts hold this draft's tables: none outlive its reading
    ctx.found_fields += [f for f, present in zip(FIELDS, _present(out), strict=True) if present]
    place_by_content(ctx, out, CONTENT_WORDINGS)
    return out


def _present(statements: list[Statement]) -> tuple[bool, bool, bool, bool]:
    kinds = {(s.kind, s.topic in ("basis", "verification", "sales_increase", "value_added_rate")) for s in statements}
    return (("kgi", False) in kinds, ("kpi", False) in kinds, ("monitoring", False) in kinds, ("ripple", False) in kinds)


def _assemble(statements: list[Statement], ctx: ReadContext) -> dict[str, Any]:
    return assemble(statements)


INDICATORS = Family("indicators", _extract, _assemble, FIELDS)
