"""KPIs read twice: a KPI of a later table (the 5W1H sheet) named by an abridged name of one KPI read before it
from another table is that KPI."""

from __future__ import annotations

from rapidfuzz.distance import LCSseq

from chiiki_mirai.core.text.normalize import nfkc
from chiiki_mirai.readers.statements.indicators.kpi import Kpi

# of a longer abridged name, characters the long name writes otherwise (「認証新規取得事業者数」 for
# 「JIS Q 9100/NADCAP新規取得事業者数」: the standards named, 「認証」 said instead)
_REWORDED = 2
_REWORDED_MIN = 6


def missing_chars(short: str, long: str) -> int:
    """How many characters of `short` the name `long` does not hold in the same order (both read as NFKC): 0 when
    「県内調達額」 abridges 「県内企業からの原材料調達額」."""
    s = nfkc(short)
    return len(s) - LCSseq.similarity(s, nfkc(long))


def _abridges(short: str, long: str) -> bool:
    """「県内調達額」 abridges 「県内企業からの原材料調達額」: its characters in the same order (the same name
    written again counts); a name of six characters or more may say two of them in its own words."""
    n = len(nfkc(short))
    if n < 3:
        return False
    missing = missing_chars(short, long)
    return missing == 0 or (n >= _REWORDED_MIN and missing <= _REWORDED)


def merged(kpis: list[Kpi]) -> list[Kpi]:
    """A KPI of a later table (the 5W1H sheet) named by an abridged name of one KPI read before it from another
    table is that KPI: its fields fill the ones the first left empty."""
    out: list[Kpi] = []
    for k in kpis:
        earlier = [e for e in out if e.unit.line != k.unit.line and _abridges(k.name, e.name)]
        if len(earlier) == 1:
            e = earlier[0]
            for f, v in k.fields.items():
                if v.strip() and not (e.fields.get(f) or "").strip():
                    e.fields[f] = v
            continue
        out.append(k)
    return out
