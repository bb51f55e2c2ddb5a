"""Metadata lines and tables: 類型, 策定主体, 計画期間, 目標年度, 計画名."""

from __future__ import annotations

import re

from chiiki_mirai.core.text.normalize import nfkc
from chiiki_mirai.readers.extract_context import Ctx
from chiiki_mirai.readers.meta_grammar import (  # noqa: F401 - re-exported for the line reader
    BRACKETED_TARGET,
    META_KEYS,
    META_LINE,
    PAIR_GAP,
    PROSE_META,
    meta_key,
    period_years,
    plan_type_from_text,
    plausible,
    read_period,
)
from chiiki_mirai.readers.sections import Unit


def read_metadata(ctx: Ctx) -> dict[str, tuple[str, Unit]]:
    out: dict[str, tuple[str, Unit]] = {}
    for u in ctx.sec.units:
        candidates: list[tuple[str, str]] = []
        if u.kind == "row" and u.table is not None:
            t = ctx.sec.tables[u.table]
            row = t.rows[t.row_lines.index(u.line)]
            if len(row) >= 2 and row[0]:
                key = row[0].strip(" 　*:：【】[]［］〔〕")
                candidates.append((key, " ".join(c for c in row[1:] if c).strip()))
        elif len(u.text) <= 160:
            # Markdown emphasis around the key ("**策定主体**：〇〇県") is layout, not content; several
            # pairs may share a line ("計画期間：2026～2030年度　目標年度：2035年度")
            # a Markdown quote ("> 策定：三重県") is layout too
            for part in PAIR_GAP.split(re.sub(r"\*\*|__|^\s*>\s*", "", u.text)):
                m = META_LINE.match(part)
                if m:
                    key, val = m.group("key1") or m.group("key2"), m.group("val").strip()
                    # a target year in brackets after the period: "令和8～12年度（目標年度 令和12年度）"
                    tm = BRACKETED_TARGET.search(nfkc(val)) if meta_key(nfkc(key).strip()) == "period" else None
                    if tm:
                        candidates.append((key, nfkc(val)[: tm.start()].strip()))
                        candidates.append((tm.group("key"), tm.group("val")))
                    else:
                        candidates.append((key, val))
        for key, val in candidates:
            key = nfkc(key).strip()
            k = meta_key(key)
            if k and val and k not in out and plausible(k, key, val):
                out[k] = (val, u)
                u.kind = "meta"
    _prose_metadata(ctx, out)
    return out


def _prose_metadata(ctx: Ctx, out: dict[str, tuple[str, Unit]]) -> None:
    """Fill keys no label gave from sentences that state them; the paragraph keeps its kind (it may say more)."""
    missing = [(k, key, rx) for k, key, rx in PROSE_META if k not in out]
    if not missing:
        return
    for u in ctx.sec.units:
        if u.kind not in ("para", "item"):
            continue
        t = nfkc(u.text)
        for k, key, rx in missing:
            if k in out:
                continue
            m = rx.search(t)
            val = m and (m.group("val") or m.groupdict().get("val2") or m.groupdict().get("val3") or "")
            if val and plausible(k, key, val):
                out[k] = (val.strip(), u)


