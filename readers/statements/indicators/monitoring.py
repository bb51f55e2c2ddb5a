"""Monitoring statements: how often the plan says the KPIs are checked (「KPIは半期ごとに推進会議で確認する」).

A monitoring statement is a clause that names the KPIs or their progress (KPI・指標・進捗・達成状況) and a cycle
(core/text/cues CYCLE: 半期ごと, 四半期, 年2回, 毎月, 年1回, 毎年度, 「毎年6月・12月に開催」 …), in the KPI zone or
anywhere it names the KPIs. A line that sets the place of the checks (「進捗管理の場：推進会議（毎年6月・12月に
開催）」) is one too. The cycle of each KPI's own 検討の場・進め方 stays on the KPI.
"""

from __future__ import annotations

import re

from chiiki_mirai.core.statement import Statement
from chiiki_mirai.core.text.cues import CYCLE, SEMIANNUAL
from chiiki_mirai.core.text.normalize import nfkc
from chiiki_mirai.readers.statements.base import place_of
from chiiki_mirai.readers.statements.indicators.tables import table_caption
from chiiki_mirai.readers.statements.indicators.values import MAX_CLAUSE, modality, split_top
from chiiki_mirai.readers.statements.indicators.zones import Zoned

_CYCLE = re.compile(CYCLE)
_SEMIANNUAL = re.compile(SEMIANNUAL)
_ABOUT = re.compile(r"KPI|指標|進捗|達成状況|モニタリング")
_CHECK = re.compile(r"確認|点検|検証|報告|モニタリング|取りまとめ|取りまと|評価|チェック|確かめ|振り返|把握|管理|開催|共有")
_SUPPORT = re.compile(r"訪問|伴走|面談|ヒアリング")  # the frequency of support visits is no KPI check


def cycle_of(text: str) -> str | None:
    """The cycle a text names, as written (「半期ごと」「年2回」「6月・12月」), or None; a half-yearly or shorter one
    first (「毎年5月・11月に開催」 is twice a year, not 「毎年」)."""
    t = nfkc(text or "")[:MAX_CLAUSE]
    m = _SEMIANNUAL.search(t) or _CYCLE.search(t)
    return m.group(0) if m else None


def _clauses(text: str) -> list[str]:
    return [c for s in split_top(nfkc(text)[: MAX_CLAUSE * 4], "。") for c in [s]]


def extract_monitoring(zoned: list[Zoned]) -> list[Statement]:
    out: list[Statement] = []
    seen: set[int] = set()
    for z in zoned:
        u = z.unit
        if u.kind == "record" and u.table is not None and "kpi" in z.zones and id(u.table) not in seen:
            seen.add(id(u.table))  # 「政策手段の指標（四半期ごとに進捗を点検）」: the cycle in a KPI table's title
            cap = table_caption(u.table)
            if cycle_of(cap) and _CHECK.search(nfkc(cap)):
                out.append(Statement(kind="monitoring", attrs={"cycle": cycle_of(cap), "in_zone": True},
                                     modality="planned", place=place_of(u, cap)))
            continue
        if u.kind not in ("sentence", "item", "kv"):
            continue
        in_zone = "kpi" in z.zones
        for clause in _clauses(u.text):
            cycle = cycle_of(clause)
            if cycle is None or _SUPPORT.search(clause):
                continue
            about = _ABOUT.search(clause) or (in_zone and u.kind == "kv" and re.search(r"進捗|管理|確認", nfkc(u.key or "")))
            if not about or not (_CHECK.search(clause) or u.kind == "kv"):
                continue
            if not in_zone and "KPI" not in clause:
                continue
            out.append(Statement(kind="monitoring", attrs={"cycle": cycle, "in_zone": in_zone}, modality=modality(clause),  # type: ignore[arg-type]
                                 place=place_of(u, clause)))
    return out
