"""Metadata lines and tables: 類型, 策定主体, 計画期間, 目標年度, 計画名."""

from __future__ import annotations

import re

from readers.extract_context import Ctx
from readers.numbers import find_fiscal_years, nfkc
from readers.sections import Unit
from rules.plan import Period

# --- metadata ---------------------------------------------------------------------------

META_KEYS: dict[str, str] = {
    "type": r"計画の類型|計画類型|類型|計画の種類|計画の種別",
    "author": r"策定主体|計画策定主体|作成主体|策定者|作成者|提出主体|策定自治体|策定団体|作成団体|作成自治体|提出団体",
    "period": r"計画期間|期間",
    "target": r"目標年度|目標年|KGIの目標年度",
    "title": r"計画名|計画の名称|プラン名|名称",
}
_KEYS = "|".join(META_KEYS.values())
_META_LINE = re.compile(
    rf"^\s*(?:[【\[［(（]\s*(?P<key1>{_KEYS})\s*[】\]］)）]\s*[:：]?|(?P<key2>{_KEYS})\s*(?:[:：]|\s+|\t))\s*(?P<val>\S.*)$"
)


def _meta_key(key: str) -> str | None:
    for k, pat in META_KEYS.items():
        if re.fullmatch(pat, key):
            return k
    return None


def read_metadata(ctx: Ctx) -> dict[str, tuple[str, Unit]]:
    out: dict[str, tuple[str, Unit]] = {}
    for u in ctx.sec.units:
        candidates: list[tuple[str, str]] = []
        if u.kind == "row" and u.table is not None:
            t = ctx.sec.tables[u.table]
            row = t.rows[t.row_lines.index(u.line)]
            if len(row) >= 2 and row[0]:
                candidates.append((row[0].strip(" 　*:："), " ".join(c for c in row[1:] if c).strip()))
        else:
            # Markdown emphasis around the key ("**策定主体**：〇〇県") is layout, not content
            m = _META_LINE.match(re.sub(r"\*\*|__", "", u.text))
            if m and len(u.text) <= 120:
                candidates.append((m.group("key1") or m.group("key2"), m.group("val").strip()))
        for key, val in candidates:
            k = _meta_key(nfkc(key).strip())
            if k and val and k not in out:
                out[k] = (val, u)
                u.kind = "meta"
    return out


def plan_type_from_text(value: str, names: dict[str, list[str]]) -> str | None:
    v = nfkc(value).strip()
    m = re.match(r"^([ABC])(?:[\s.．:：、型類)）]|$)", v) or re.search(r"(?:類型|タイプ)\s*([ABC])\b", v)
    if m:
        return m.group(1)
    hits = {tid for tid, ns in names.items() for n in ns if n and nfkc(n) in v}
    if len(hits) == 1:
        return hits.pop()
    # longer names contain shorter ones (地域産業クラスター ⊂ ...): keep the longest match
    if hits:
        best = max(hits, key=lambda t: max(len(n) for n in names[t] if nfkc(n) in v))
        return best
    return None


def read_period(val: str, target_val: str | None) -> Period:
    ys = find_fiscal_years(val)
    start = ys[0].fy if ys else None
    end = ys[-1].fy if len(ys) > 1 else None
    if start and end is None:
        m = re.search(r"([0-9]+)\s*(?:年間|か年|ヵ年|カ年)", nfkc(val))
        if m:
            end = start + int(m.group(1)) - 1
    target = None
    if target_val:
        ty = find_fiscal_years(target_val)
        target = ty[0].fy if ty else None
    return Period(start_fy=start, end_fy=end, target_fy=target)


