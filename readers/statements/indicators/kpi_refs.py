"""KPI fields named by a key, and notes that name KPIs by their number.

- a key names fields (「担当」「目標・期限」「撤退基準」「現状値」) or is a KPI's name (None);
- 「※KPI①撤退基準：…」 under a table is that field of the KPI it numbers;
- 「※KPI 1・3が期限までに達成できない場合は…見直す。」 is the criterion of the KPIs it numbers;
- 「①については…、②については…」: the KPIs a note names.
"""

from __future__ import annotations

import re

from chiiki_mirai.core.text.normalize import nfkc
from chiiki_mirai.core.text.numbers import CIRCLED
from chiiki_mirai.readers.statements.indicators.kpi import WITHDRAW_ACT, WITHDRAW_COND, Kpi, KpiState, put
from chiiki_mirai.readers.statements.indicators.tables import column_of

_VALUE_KEY = re.compile(r"(?:目標|現状|基準)値?(?:\s*[(（][^)）]*[)）])?")


def field_of_key(key: str) -> tuple[str, ...] | None:
    """The KPI fields a key names (「担当」「目標・期限」「撤退基準」「現状値」), or None when the key is a name
    (「体験工房の来場者数：令和11年度に…」 is a KPI written as its name and its target)."""
    col = column_of(key)
    if col.fields not in (("value",), ("name",), ("no",)):
        return col.fields
    if col.fields == ("value",) and _VALUE_KEY.fullmatch(nfkc(key)):
        return ("current",) if col.role == "current" else ("target",)
    return None


# 「※KPI①撤退基準：…」 (the key read after NFKC: ① is 1)
_NUMBERED_FIELD = re.compile(r"^[※*]?\s*(?:KPI|指標)\s*[-‐]?\s*\(?\s*(?P<n>[0-9]{1,2})\s*\)?\s*(?:の)?\s*(?P<f>\S.*)$")
# 「※KPI 1・3が期限までに…場合は、…見直す。」 (read after NFKC)
_NUMBERED_CRITERION = re.compile(
    r"^[※*]?\s*(?:KPI|指標)\s*[-‐]?\s*(?P<ns>[0-9]{1,2}(?:\s*(?:・|、|,|及び|および|と)\s*[0-9]{1,2})*)\s*(?:が|は|について|の)"
)


def _numbered(st: KpiState, numbers: list[int]) -> list:
    kpis = st.table_kpis or st.kpis
    if not numbers or not all(1 <= n <= len(kpis) for n in numbers):
        return []
    return [kpis[n - 1] for n in numbers]


def numbered_field(st: KpiState, key: str, text: str) -> bool:
    """A key naming a KPI by its number and a field (「KPI①撤退基準」): that field of that KPI."""
    m = _NUMBERED_FIELD.match(key)
    fs = field_of_key(m.group("f")) if m else None
    found = _numbered(st, [int(m.group("n"))]) if m and fs else []
    for k in found:
        put(k, fs, text)
    return bool(found)


def numbered_criterion(st: KpiState, text: str) -> bool:
    """A criterion that names the KPIs it is for by their numbers: theirs."""
    t = nfkc(text or "").strip()
    m = _NUMBERED_CRITERION.match(t)
    if m is None or not (WITHDRAW_COND.search(t) and WITHDRAW_ACT.search(t)):
        return False
    found = _numbered(st, [int(n) for n in re.findall(r"[0-9]{1,2}", m.group("ns"))])
    for k in found:
        put(k, ("withdrawal",), t.lstrip("※* "))
    return bool(found)


# a row label, heading or cell that is only a KPI's number (「KPI1」「KPI-2」「指標(3)」「K2」「②」「2」, read after
# NFKC: ② is 2)
_KPI_REF = re.compile(r"^\s*(?:KPI|指標|K)?\s*[-‐－]?\s*[(（]?\s*(?P<n>[0-9]{1,2})\s*[)）]?\s*$")


def numbered_kpi(st: KpiState, text: str) -> Kpi | None:
    """The KPI a label that is only its number names (the n-th of the KPI table above, or of all KPIs), or None."""
    m = _KPI_REF.match(nfkc(text or ""))
    found = _numbered(st, [int(m.group("n"))]) if m else []
    return found[0] if found else None


def _stem(name: str) -> str:
    return re.sub(r"\s+", "", re.sub(r"[(（][^)）]*[)）]", "", nfkc(name)))


def _names_end(name: str, stem: str) -> bool:
    """Whether `stem` is the whole name or its end after a word boundary (「の」 or a space): 「修了者数」 ends
    「溶接講座の修了者数（累計）」; 「者数」 ends no name."""
    full = re.sub(r"[(（][^)）]*[)）]", "", nfkc(name)).strip()
    if _stem(full) == stem:
        return True
    head = re.sub(r"\s+$", "", full[: len(full) - len(stem)]) if full.endswith(stem) else ""
    return bool(head) and (head[-1] == "の" or full[len(head)].isspace())


def heading_kpi(st: KpiState, headings: tuple[str, ...]) -> Kpi | None:
    """The KPI the nearest heading above a line names — by its number only (「KPI2」) or by its name or the end of
    its name (「修了者数」 for 「…講座 修了者数（累計）」) — in a 5W1H table whose rows are 「KPI2 | ・期限：…／担当：…
    ・撤退基準：…」: that line is a field of that KPI, not a KPI of its own."""
    h = nfkc(headings[0]) if headings else ""
    if _KPI_REF.match(h):
        return numbered_kpi(st, h)
    stem = _stem(h)
    if len(stem) < 3 or field_of_key(h) is not None:
        return None
    hits = [k for k in st.kpis if k.name and _names_end(k.name, stem)]
    return hits[0] if len(hits) == 1 else None


_REF = re.compile(r"(?:(?P<c>[①-⑳])|(?:KPI|ＫＰＩ|指標)?\s*(?P<n>[0-9]{1,2})\s*(?=について))\s*(?:については|について|は)")


def numbered_refs(text: str) -> set[int]:
    """The KPIs a note names by their number (「①については令和10年度末に55ヘクタール、②については…」)."""
    out = set()
    for m in _REF.finditer((text or "")[:2000]):  # before NFKC: it turns ① into 1
        out.add(CIRCLED[m.group("c")] if m.group("c") else int(m.group("n")))
    return out
