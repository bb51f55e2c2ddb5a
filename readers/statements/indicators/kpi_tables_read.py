"""KPI tables in the KPI zone: one KPI per row; a table of fields only completes the KPI above it; a table keyed
by KPI numbers (「対象KPI | 撤退基準」 with 「KPI-1」…) completes the KPIs of the table above by their numbers."""

from __future__ import annotations

from chiiki_mirai.readers.doctree import Table
from chiiki_mirai.readers.doctree.tables import is_reference
from chiiki_mirai.readers.statements.indicators.kpi import KpiState, from_row, is_kpi_table, put
from chiiki_mirai.readers.statements.indicators.kpi_refs import numbered_kpi
from chiiki_mirai.readers.statements.indicators.table_places import RowPlaces
from chiiki_mirai.readers.statements.indicators.tables import column_of, row_kind, table_rows
from chiiki_mirai.readers.statements.indicators.zones import Zoned
from chiiki_mirai.readers.units import Unit


def read_table(st: KpiState, z: Zoned, seen: set[int], records: list[Unit] | None = None) -> None:
    """The KPIs of the table at `z` (read once), each placed at its own row among the table's `records`."""
    t = z.unit.table
    if t is None or id(t) in seen or not is_kpi_table(z):
        return
    seen.add(id(t))
    if _keyed(st, t):
        return
    rows = table_rows(t)
    if not any(r.name for r in rows):
        k = st.target()  # a table of fields only completes the KPI above it
        for rec in t.data_records() if k is not None else []:
            for label, cell in rec.items():
                put(k, column_of(label).fields, cell)
        return
    classed = any(row_kind(r) == "kpi" for r in rows)
    before = len(st.kpis)
    place = RowPlaces(records or [])
    for row in rows:
        # a sentence run into the table (a line right under a Markdown table) is no KPI
        spilled = row.name.endswith("。") and not any(v.strip() for _, v in row.cells)
        # a table whose class column names KPI rows: only those (not its KGI, ripple or reference rows)
        # a row set apart for reference (「（参考）雇用と賃金」) is no KPI of the plan
        if row.name and not spilled and not is_reference(row.name) and (row_kind(row) == "kpi" or not classed):
            st.kpis.append(from_row(row, place(row.name, z.unit)))
    st.table_kpis = st.kpis[before:]
    st.current = st.pending = None


def _keyed(st: KpiState, t: Table) -> bool:
    """A table keyed by the numbers of the KPIs of the table above (「対象KPI | 撤退基準」 with 「KPI-1」「KPI-2」…):
    each row's fields fill that KPI's (the n-th of that table); a KPI the table leaves out stays without them."""
    recs = t.data_records()
    key = next(iter(recs[0]), None) if recs and st.table_kpis else None
    refs = [numbered_kpi(st, r.get(key) or "") for r in recs] if key is not None else []
    if not refs or not all(refs):
        return False  # (every cell of the key column refers to a KPI of the table above: 「KPI-4」「K2」「③」)
    for k, rec in zip(refs, recs, strict=True):
        for label, cell in rec.items():
            if label != key:
                put(k, column_of(label).fields, cell)
    return True
