"""Sheet rows back to the plan's indicators: by the hidden key, else by name (rapidfuzz), one to one.

A name that matches at 90 or more is taken; from 70 it is taken and reported as unsure (「…と対応付けました
（要確認）」); below 70 the rows are reported as not in the plan.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from rapidfuzz import fuzz

from chiiki_mirai.progress.indicators import Indicator
from chiiki_mirai.progress.quantities import normalize
from chiiki_mirai.progress.sheet import SheetRow

SURE = 90.0
UNSURE = 70.0
_NOISE = re.compile(r"[\s()（）「」『』【】\[\]〔〕・、,.:：/／\-ー―〜~]|^(?:KPI|KGI|必須|独自)[0-9]*")


@dataclass
class Match:
    indicator: Indicator
    rows: list[SheetRow] = field(default_factory=list)
    score: float = 100.0
    how: str = "key"  # key | name | fuzzy
    note: str = ""


def name_form(name: str) -> str:
    return _NOISE.sub("", normalize(name)).lower()


def similarity(a: str, b: str) -> float:
    x, y = name_form(a), name_form(b)
    if not x or not y:
        return 0.0
    if x == y:
        return 100.0
    score = fuzz.ratio(x, y)
    if min(len(x), len(y)) >= 4:  # 「越境EC売上」 in 「越境EC売上高（年間）」
        score = max(score, fuzz.partial_ratio(x, y) * 0.95)
    return score


def _groups(rows: list[SheetRow]) -> dict[str, list[SheetRow]]:
    out: dict[str, list[SheetRow]] = {}
    for r in rows:
        out.setdefault(r.key or f"name:{name_form(r.name)}", []).append(r)
    return out


def match_rows(indicators: list[Indicator], rows: list[SheetRow]) -> tuple[dict[str, Match], list[str]]:
    """{indicator key: Match}, and messages about rows matched to nothing."""
    by_key = {i.key: i for i in indicators}
    matches: dict[str, Match] = {}
    pending: list[tuple[str, list[SheetRow]]] = []
    for gkey, group in _groups(rows).items():
        ind = by_key.get(gkey)
        if ind is not None:
            m = matches.setdefault(ind.key, Match(ind))
            m.rows += group
            renamed = {r.name for r in group if r.name and name_form(r.name) != name_form(ind.name)}
            if renamed:
                m.note = f"指標名「{'」「'.join(sorted(renamed))}」をキーで計画の「{ind.name}」に対応付けました"
        else:
            pending.append((gkey, group))
    candidates = sorted(
        ((similarity(g[0].name, ind.name), gkey, ind) for gkey, g in pending for ind in indicators),
        key=lambda t: -t[0],
    )
    taken: set[str] = set()
    for score, gkey, ind in candidates:
        if gkey in taken or score < UNSURE or (ind.key in matches and matches[ind.key].how != "key"):
            continue
        group = dict(pending)[gkey]
        m = matches.setdefault(ind.key, Match(ind, score=score, how="name" if score >= 100 else "fuzzy"))
        m.rows += group
        if score < SURE:
            m.note = f"「{group[0].name}」を計画の「{ind.name}」と対応付けました（一致度 {score:.0f}、要確認）"
        taken.add(gkey)
    unmatched = [
        f"{g[0].row}行目「{g[0].name}」は計画の指標と対応付けられませんでした（指標名を確認してください）"
        for gkey, g in pending
        if gkey not in taken
    ]
    return matches, unmatched
