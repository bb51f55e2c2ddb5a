"""Entries read under a legend line that names their parts (「KPI／目標(期限)／担当部署／検討の場／撤退基準」):
each entry's slash-separated parts fill the KPI's fields in the legend's order."""

from __future__ import annotations

import re

from chiiki_mirai.core.text.normalize import nfkc
from chiiki_mirai.readers.statements.indicators.kpi import NAME_LINE, Kpi, KpiState, put, split_target
from chiiki_mirai.readers.statements.indicators.kpi_subjects import HAS_FIGURE
from chiiki_mirai.readers.statements.indicators.names import strip_dress
from chiiki_mirai.readers.statements.indicators.tables import column_of
from chiiki_mirai.readers.statements.indicators.zones import Zoned

_SLASH = re.compile(r"\s*[／/]\s*")
LEGEND_MIN = 3  # a name and two fields at least


def legend_line(st: KpiState, text: str) -> bool:
    """A line that only names the parts of the entries below, split by slashes (「KPI／目標(期限)／担当部署／検討の場
    ／撤退基準」): remembered, so each entry's parts are read in that order."""
    parts = [p for p in _SLASH.split(nfkc(text).strip(" ・")) if p]
    if len(parts) < LEGEND_MIN or not re.fullmatch(r"(?:KPI|指標|項目|名称)(?:名)?", parts[0]):
        return False
    fields = [column_of(p).fields for p in parts[1:]]
    if not all(fields) or any(f == ("name",) for f in fields):
        return False
    st.legend = fields
    return True


def legend_entry(st: KpiState, z: Zoned) -> bool:
    """An entry under a legend (「①櫨の植栽本数　6,000本（R12末）／産業振興課／推進会議」): its name (and the target
    written after it), then its parts as the legend names them; under a KPI named just above (a numbered line
    over its figures), the parts are all that KPI's."""
    if not st.legend:
        return False
    if st.pending is not None:
        parts = [p for p in _SLASH.split(nfkc(z.text).strip()) if p]
        if len(parts) < 2 or not HAS_FIGURE.search(parts[0]):
            return False
        fill(st.target(), st.legend, parts)
        return True
    parts = [p for p in _SLASH.split(nfkc(strip_dress(z.text)).strip()) if p]
    if len(parts) < 2:
        return False
    name, target = split_target(parts[0]) or (parts[0], "")
    if not NAME_LINE.match(name.strip()):
        return False
    k = Kpi(name.strip(), z.unit)
    fill(k, st.legend, [target, *parts[1:]] if target.strip() else parts[1:])
    st.open(k)
    return True


def fill(k: Kpi | None, legend: list[tuple[str, ...]], values: list[str]) -> None:
    for fs, v in zip(legend, values, strict=False) if k is not None else ():
        put(k, fs, v)




def legend_heading(st: KpiState, parts: tuple[str, str], z: Zoned) -> bool:
    """A numbered line heading a KPI under a legend (「①櫨の植栽本数　6,000本（R12末）／産業振興課／推進会議」)."""
    if not st.legend or not _SLASH.search(parts[1]):
        return False
    k = Kpi(strip_dress(parts[0]) or parts[0], z.unit)
    fill(k, st.legend, [p for p in _SLASH.split(nfkc(parts[1]).strip()) if p])
    st.open(k)
    return True
