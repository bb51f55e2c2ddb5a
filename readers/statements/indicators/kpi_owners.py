"""A sentence that gives each KPI its department by name, in one breath: 「担当部署は、出荷量が町企画課、加工率が
八頭町産業観光課とする」「各KPIの担当部署：出荷量・海外比率＝県産業振興課、リサイクル比率＝県環境政策課」「EC関係は
久米南町産業振興課、ツアーは吉備中央町協働推進課が担当する」.

Each name is the KPI's name abridged (its characters in the same order, as a 5W1H sheet abridges it); a name no
KPI answers to, or one that answers to several, gives nothing. The policy asks a department of each KPI (5W1H:
政策パッケージ 第2章 2.; B.(2)⑦, C.(2)⑥ of the guidance), so a KPI named here has one.
"""

from __future__ import annotations

import re

from chiiki_mirai.core.text.normalize import nfkc
from chiiki_mirai.readers.statements.indicators.kpi import Kpi, put
from chiiki_mirai.readers.statements.indicators.kpi_merge import missing_chars

# the sentence speaks of who is in charge
_OWNING = re.compile(r"担当|所管")
# a department: a name ending in an office word, perhaps with a second one after 「／」「・」 (「県産業振興課／財団」)
_OFFICE = r"[^\s、,。()（）:：＝=]{1,20}(?:課|室|局|部|係|センター|事務局|本部|財団|機構)"
_DEPT = rf"{_OFFICE}(?:\s*[／/・]\s*[^\s、,。()（）:：＝=]{{1,20}})?"
# 「NAMEがDEPT」「NAMEはDEPT」「NAME＝DEPT」「NAME：DEPT」, each pair ended by 「、」「，」「。」 or the verb after it
_PAIR = re.compile(
    rf"(?:^|[、,，：:。]|は、)\s*(?P<n>[^、,，。：:＝=]{{2,24}}?)(?:関係|関連|分)?\s*(?:が|は|＝|=|[:：])\s*(?P<d>{_DEPT})"
    r"(?=\s*(?:[、,，。]|$|が|で|と(?:し|する)|の担当|を担当|が担当|が所管))"
)
_LEAD = re.compile(r"^.*?(?:担当(?:部署|課)?|所管(?:課)?)\s*(?:は|:|：)\s*、?")  # 「担当部署は、」 before the pairs
_SPLIT = re.compile(r"\s*(?:・|及び|および|と|並びに)\s*")
MIN_NAME = 2


def owner_pairs(text: str) -> list[tuple[str, str]]:
    """(name, department) of each KPI a sentence gives a department by name; [] for any other sentence."""
    t = nfkc(text or "")[:600]
    if not _OWNING.search(t):
        return []
    body = _LEAD.sub("", t, count=1)
    out: list[tuple[str, str]] = []
    for m in _PAIR.finditer(body):
        for name in _SPLIT.split(m.group("n").strip()):
            if len(name) >= MIN_NAME and not _OWNING.search(name):
                out.append((name, m.group("d").strip()))
    return out if len(out) >= 2 or (out and _LEAD.match(t)) else []


def give_owners(kpis: list[Kpi], pairs: list[tuple[str, str]]) -> None:
    """Each KPI one abridged name answers to alone gets that department, unless it has its own."""
    for name, dept in pairs:
        hits = [k for k in kpis if missing_chars(name, k.name) == 0]  # its characters in the KPI's name, in order
        if len(hits) == 1:
            put(hits[0], ("owner",), dept)
