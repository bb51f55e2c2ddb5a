"""Who and which KPI a line speaks of, where the line does not say it by a label: the KPI a criterion's subject names
(「熟成庫の利用樽数が…場合」 under a table of KPIs), a name line that names a KPI (numbered, or an indicator's noun), and
the body a sentence says does the KPI's work (「観光協会と商工観光課が…売り込みを行う」), a field given as a sentence's
topic (「担当は村産業課。…」) or as the subject of 担当 (「観光協会が担当し、…」). Split from kpi_read, which keeps the
order of reading."""

from __future__ import annotations

import re

from chiiki_mirai.core.text.normalize import nfkc
from chiiki_mirai.core.text.withdrawal import ACTION as WITHDRAW_ACT
from chiiki_mirai.core.text.withdrawal import CONDITION as WITHDRAW_COND
from chiiki_mirai.readers.statements.indicators.kpi import (
    IN_CHARGE,
    Kpi,
    KpiState,
    doer,
    in_charge,
    put,
    unlabelled,
)
from chiiki_mirai.readers.statements.indicators.kpi_prose import FIGURE as HAS_FIGURE
from chiiki_mirai.readers.statements.indicators.kpi_prose import is_indicator, prose_kpi
from chiiki_mirai.readers.statements.indicators.kpi_refs import field_of_key
from chiiki_mirai.readers.statements.indicators.zones import Zoned

# the subject a criterion opens with (「熟成庫の利用樽数が…」「輸出支援補助は…」)
_SUBJECT = re.compile(r"^\s*(?:[・●○◆\-]\s*)?([^、。がは]{2,20})(?:が|は)")


def named_by_subject(st: KpiState, text: str) -> Kpi | None:
    """The one KPI (none open) whose name the criterion's subject is part of, or holds."""
    m = _SUBJECT.match(nfkc(text))
    if m is None or st.current is not None or st.pending is not None:
        return None
    subject = m.group(1).strip()
    stems = [(k, re.sub(r"[(（][^)）]*[)）]", "", nfkc(k.name)).strip()) for k in st.kpis]
    hits = [k for k, stem in stems if len(stem) >= 2 and (subject in stem or stem in subject)]
    return hits[0] if len(hits) == 1 and not hits[0].fields.get("withdrawal") else None


def by_subjects(st: KpiState, value: str) -> bool:
    """Criteria under one label, a line each opening with its KPI's name: each to its KPI. False when any line names
    none (the value is then a note for all)."""
    parts = [p.strip() for p in re.split(r"\n|(?<=。)", nfkc(value)) if p.strip()]
    owners = [named_by_subject(st, p) for p in parts]
    if len(parts) < 2 or any(o is None for o in owners) or len({id(o) for o in owners}) != len(owners):
        return False
    for o, p in zip(owners, parts, strict=True):
        put(o, ("withdrawal",), p)  # type: ignore[arg-type]
    return True


def named_kpi(name: str) -> bool:
    """A name line that names a KPI: numbered (「①陸上蓄養施設の稼働」 read as 「1 …」), or an indicator's noun
    (「…の加工量」); a line marked only (「◆ 相談窓口と伴走支援」) heads what follows, not a KPI."""
    return bool(re.match(r"^[0-9]{1,2}\s", name)) or is_indicator(name)


def doer_line(st: KpiState, z: Zoned) -> bool:
    """A sentence under a KPI (not one that sets out the next) whose clause names who does its work: that body is in
    charge; a sentence without figures is then read, one with figures is read on."""
    t = nfkc(z.text).strip()
    k = st.current if st.pending is None else (st.pending if named_kpi(st.pending.name) else None)
    if k is None or k.fields.get("owner") or z.unit.kind not in ("sentence", "item") or prose_kpi(t) is not None:
        return False  # (a sentence that sets out the next KPI names its own department)
    who = doer(t)
    if who is None:
        return False
    if HAS_FIGURE.search(t):
        put(k, ("owner",), who)  # read on (its target, its criterion): a KPI named on the line before stays to take them
        return False
    put(st.target(), ("owner",), who)  # type: ignore[arg-type]
    return True


# 「担当は村産業課。令和11年度末に3人に満たない場合は…見直します。」: a field given as the topic of a sentence
# 「担当は町農林課とし、毎年度末に…確認する。」: the department is what comes before 「とし」
_TOPIC_FIELD = re.compile(
    r"^(?P<f>担当(?:部署|課)?|所管(?:課)?|期限)は、?\s*(?P<v>[^。]{2,60}?)(?:とし(?:[、,](?P<tail>[^。]*))?|とする|である|です|で[、,](?P<more>[^。]*))?。(?P<rest>.*)$"
)


_FIGURE_WORD = re.compile(r"[0-9]")


def topic_field_line(st: KpiState, z: Zoned) -> bool:
    """A line under a KPI that opens with its field as the sentence's topic: the field, then the rest read as
    an unlabelled entry (the criterion that follows in the same paragraph)."""
    m = _TOPIC_FIELD.match(nfkc(z.text).strip())
    k = st.target() if m else None
    if m is None or k is None:
        return False
    put(k, field_of_key(m.group("f")) or (), m.group("v"))
    tail = m.group("tail") or ""
    # 「担当は村産業課とし、令和10年度に…届かない場合は…取りやめる。」: a criterion after 「とし」 is the KPI's (a check
    # there — 「…とし、毎年度末に確認する」 — is no field of it)
    rest = (tail + "。" if WITHDRAW_COND.search(tail) and WITHDRAW_ACT.search(tail) else "") + m.group("rest")
    # 「担当は…で、2029年度までに15経営体を目指します。」: what follows the department in the sentence is the KPI's too
    # (a check there — 「…で、毎年度確認します」 — is no field of it)
    more = m.group("more") or ""
    if _FIGURE_WORD.search(more):
        rest = more + "。" + rest
    if rest.strip():
        unlabelled(k, rest)
    return True


def in_charge_line(st: KpiState, z: Zoned) -> bool:
    """A sentence under a KPI that opens with who is in charge (「観光協会が担当し、推進会議で半期ごとに確認する。」):
    the department, then the rest of the sentence read as an unlabelled entry."""
    first, _, rest = nfkc(z.text).strip().partition("、")
    m = IN_CHARGE.fullmatch(first.rstrip("。"))
    k = st.target() if m else None
    if m is None or k is None:
        return False
    put(k, ("owner",), in_charge(m))
    if rest.strip():
        unlabelled(k, rest)
    return True
