"""The cover: title, the type the draft states, the authors and the plan period.

Read from the document's metadata (a cover block of key：value lines or a cover table) and from key：value
units anywhere, keys as the guidance and real drafts write them (策定主体・計画期間・目標年度 …).
"""

from __future__ import annotations

import re
from typing import Any

from chiiki_mirai.core.plan import Author, Evidence, Period
from chiiki_mirai.core.statement import Place, Statement, of_kind
from chiiki_mirai.core.text.normalize import nfkc
from chiiki_mirai.readers.extract_meta import META_KEYS, read_period
from chiiki_mirai.readers.municipalities import classify_author, split_authors
from chiiki_mirai.readers.statements.base import Family, ReadContext

_KEY = {k: re.compile(rf"^(?:{v})$") for k, v in META_KEYS.items()}


def _meta_pairs(ctx: ReadContext) -> list[tuple[str, str, Place]]:
    """(meta key, value, place) from the cover metadata and from key：value units, first occurrence first."""
    out: list[tuple[str, str, Place]] = []
    for k, v in ctx.doc.meta.items():
        key = next((name for name, rx in _KEY.items() if rx.match(nfkc(k).strip())), None)
        if key:
            out.append((key, v, Place(section="表紙", quote=f"{k}：{v}"[:300])))
    for u in ctx.units:
        if u.kind == "kv" and u.key:
            key = next((name for name, rx in _KEY.items() if rx.match(nfkc(u.key).strip())), None)
            if key:
                out.append((key, u.value, Place(item=u.item, section=u.section, line=u.line, quote=u.text[:300])))
    return out


def _extract(ctx: ReadContext) -> list[Statement]:
    out: list[Statement] = []
    pairs = _meta_pairs(ctx)
    first = {}
    for key, value, place in pairs:
        first.setdefault(key, (value, place))
    title = first.get("title", (ctx.doc.title, Place(section="表紙", quote=ctx.doc.title or "")))
    if title[0]:
        out.append(Statement(kind="title", subject=title[0].strip(), place=title[1]))
    if ctx.outline.plan_type and ctx.outline.type_source in ("metadata", "title", "given"):
        out.append(Statement(kind="plan_type", topic=ctx.outline.plan_type, attrs={"source": ctx.outline.type_source}))
    if "author" in first:
        value, place = first["author"]
        names, joint = split_authors(value)
        for n in names:
            out.append(Statement(kind="author", subject=n, attrs={"kind": classify_author(n), "joint": joint}, place=place))
    if "period" in first or "target" in first:
        pv, pplace = first.get("period", ("", None))
        tv, _ = first.get("target", (None, None))
        p = read_period(pv or "", tv)
        attrs = {"start": p.start_fy, "end": p.end_fy, "target": p.target_fy}
        out.append(Statement(kind="period", attrs=attrs, place=pplace or Place()))
    return out


def _evidence(place: Place) -> Evidence:
    return Evidence(section=place.section, line=place.line, text=place.quote[:200])


def _assemble(statements: list[Statement], ctx: ReadContext) -> dict[str, Any]:
    out: dict[str, Any] = {}
    if t := of_kind(statements, "title"):
        out["title"] = t[0].subject
    if t := of_kind(statements, "plan_type"):
        out["plan_type"] = t[0].topic
    authors = of_kind(statements, "author")
    out["authors"] = [Author(name=a.subject, kind=a.attrs.get("kind"), evidence=_evidence(a.place)) for a in authors]
    out["joint"] = bool(authors and authors[0].attrs.get("joint")) or len(authors) > 1 or None
    if p := of_kind(statements, "period"):
        a = p[0].attrs
        out["period"] = Period(start_fy=a["start"], end_fy=a["end"], target_fy=a["target"], evidence=_evidence(p[0].place))
    return out


META = Family("meta", _extract, _assemble, ("title", "plan_type", "authors", "joint", "period"))
