"""The cover: title, the type the draft states, the authors and the plan period.

In order of trust: the cover metadata and key：value units (keys as the guidance and real drafts write them:
策定主体・計画期間・目標年度 …, `readers/meta_grammar.py`); sentences that state them (「本計画は〇〇県が策定し、
計画期間は令和8年度から…」); for the author, the organisation line of the cover (「岩手県 商工労働部 産業振興課」,
「和歌山県日高郡みなべ町」) before the first 記載項目.
"""

from __future__ import annotations

import re
from typing import Any

from chiiki_mirai.core.plan import Author, Evidence, Period
from chiiki_mirai.core.statement import Place, Statement, of_kind
from chiiki_mirai.core.text.normalize import unspaced
from chiiki_mirai.readers.meta_grammar import (
    PROSE_META,
    authority_name,
    authority_of,
    body_author,
    heading_key,
    heading_value,
    meta_line,
    meta_pairs,
    plausible,
    read_period,
)
from chiiki_mirai.readers.municipalities import classify_author, split_authors
from chiiki_mirai.readers.statements.base import Family, ReadContext
from chiiki_mirai.readers.unit_leads import TRAILING_NOTE
from chiiki_mirai.readers.units import Unit

COVER_UNITS = 40  # the cover: units before the first placed 記載項目, at most this many
# what follows the organisation on its line and is not part of it: a note in brackets at the end (its
# department, 「（作成支援：株式会社…）」), or another party after a slash (「／ 協力：…市」)
_COVER_NOTE = re.compile(r"\s*(?:[(（][^()（）]*[)）]|[／/｜|]\s*[^:：／/]{1,10}[:：].*)\s*$")


def _organisation(text: str) -> str:
    """A cover line without its trailing notes."""
    t = text.strip()
    while (m := _COVER_NOTE.search(t)) and m.start() > 0:
        t = t[: m.start()].rstrip()
    return t


def _pairs(ctx: ReadContext) -> list[tuple[str, str, str, Place]]:
    """(meta key, key as written, value, place) from the cover metadata and every key：value unit."""
    out: list[tuple[str, str, str, Place]] = []
    for key, k, v in meta_pairs(list(ctx.doc.meta.items())):
        out.append((key, k, v, Place(section="表紙", quote=f"{k}：{v}"[:300])))
    for u in ctx.units:
        if u.kind == "kv" and u.key:
            pairs = meta_pairs([(u.key, u.value)])
            # a 名称 inside a placed item names that item's thing (a desk, a facility), not the plan
            out += [(key, k, v, _place(u)) for key, k, v in pairs if key != "title" or u.item is None]
        elif u.kind in ("sentence", "item") and u.item is None and (kv := meta_line(u.text)):
            out += [(key, k, v, _place(u)) for key, k, v in meta_pairs([kv])]  # 「実施主体　岐阜県」 on the cover
    return out + _under_key_headings(ctx.units)


def _under_key_headings(units: list[Unit]) -> list[tuple[str, str, str, Place]]:
    """A heading that is a key (「2 計画期間」) with its value in the first line under it."""
    out: list[tuple[str, str, str, Place]] = []
    for i, (h, nxt) in enumerate(zip(units, units[1:], strict=False)):
        key = heading_key(h.norm) if h.kind == "heading" else None
        if not key or nxt.kind not in ("sentence", "item"):
            continue
        value = heading_value(nxt.norm)
        if key == "author" and nxt.kind == "item":  # joint authors listed one per entry (「・長崎県（取りまとめ）　産業労働部…」)
            value = "、".join(_entry_authorities(units[i + 1 : i + 1 + MAX_AUTHOR_ENTRIES], nxt.section)) or value
        if plausible(key, h.norm, value):
            out.append((key, h.norm, value, _place(nxt)))
    return out


MAX_AUTHOR_ENTRIES = 4


def _entry_authorities(units: list[Unit], section: str | None) -> list[str]:
    """The authority each list entry under a 策定主体 heading names (its department and notes left out)."""
    out = []
    for u in units:
        if u.kind != "item" or u.section != section or (u.marker or "").startswith("※"):
            continue
        line = re.sub(r"[(（][^()（）]{0,12}[)）]", "", _organisation(u.norm))
        if name := authority_name(line) or authority_name(line.split()[0] if line.split() else ""):
            out.append(name)
    return out


def _place(u: Unit) -> Place:
    return Place(item=u.item, section=u.section, line=u.line, quote=u.text[:300])


_OTHER_PLAN = re.compile(r"が[^。]{0,12}?(?:策定|作成)(?:する|した)[^。]{0,30}?(?:計画|プラン)(?:と|とは)(?:は)?[^。]{0,6}?(?:異な|別|重複|違)")


def _prose(ctx: ReadContext, missing: set[str]) -> dict[str, tuple[str, Place]]:
    """Keys no label gave, from sentences that state them."""
    out: dict[str, tuple[str, Place]] = {}
    for u in ctx.units:
        if u.kind not in ("sentence", "item", "heading") or not missing - set(out):
            continue
        for k, label, rx in PROSE_META:
            if k not in missing or k in out or (u.kind == "heading" and k != "author"):
                continue  # a bold cover line may name the authors (「岡山県・広島県 共同策定」); nothing else
            m = rx.search(u.norm)
            if m and k == "author" and _OTHER_PLAN.search(u.norm[m.start() :]):
                continue  # 「本計画は、兵庫県が策定する…計画とは異なる…」: another's plan, not this one's author
            val = m and next((v for v in m.groupdict().values() if v), "")
            if val and plausible(k, label, val):
                out[k] = (val.strip(), _place(u))
    return out


def _cover_author(ctx: ReadContext) -> tuple[str, Place] | None:
    """The organisation line of the cover: the first short line before any placed 記載項目 that is an
    authority's name (with its department)."""
    for u in ctx.units[:COVER_UNITS]:
        if u.item is not None and u.kind != "heading":
            break
        line = _organisation(unspaced(u.norm))  # 「山　口　県」 spaced out across the cover
        # 「茨城県日立市（策定主体：日立市　担当：…）」: the author a note in brackets names, else the line without its note
        named = _NAMED_IN_NOTE.search(u.norm)
        line = named.group(1) if named else TRAILING_NOTE.sub("", line)
        if u.kind not in ("sentence", "item", "heading", "kv") or len(line) > 60:
            continue
        # one authority, or several written together (「静岡県・川根本町」「〇〇市、〇〇町」): each part one
        whole = authority_name(line)  # 「観音寺市 経済部 農林水産課・商工観光課」: one authority, two divisions
        parts = [line] if whole and classify_author(whole) != "other" else [p for p in _JOINT.split(line) if p.strip()]
        names = [n for p in parts if (n := authority_name(p))]
        if names and len(names) == len(parts) and all(classify_author(n) != "other" for n in names):
            return "・".join(names), _place(u)
    return None


# a joint body's members on the cover (「（幹事町：智頭町」「構成町：八頭町、若桜町）」「構成市町村：…」): the authorities writing it
_MEMBERS = re.compile(r"(?:幹事|代表|構成)(?:市町村|市町|町村|市|町|村|自治体|団体)\s*[:：]\s*([^()（）]+)")


def _member_authors(ctx: ReadContext) -> tuple[str, Place] | None:
    """The authorities a joint body's cover names as its lead and members, when each is an authority."""
    names: list[str] = []
    place = None
    for u in ctx.units[:COVER_UNITS]:
        if u.item is not None and u.kind != "heading":
            break
        for m in _MEMBERS.finditer(u.norm):
            parts = [p.strip() for p in _JOINT.split(m.group(1)) if p.strip()]
            if not parts or not all(classify_author(p) != "other" for p in parts):
                return None  # 「構成団体：県・商工会・JA」: not every member is an authority
            names += [p for p in parts if p not in names]
            place = place or _place(u)
    return ("・".join(names), place) if names and place is not None else None


_NAMED_IN_NOTE = re.compile(r"[（(][^（）()]*?策定主体\s*[:：]\s*([^\s　、,，)）]+)")
_JOINT = re.compile(r"\s*(?:・|、|，|及び|並びに)\s*")


def _first(ctx: ReadContext) -> dict[str, tuple[str, Place]]:
    """Each cover key's value and place, in order of trust."""
    first: dict[str, tuple[str, Place]] = {}
    # a body after a bare 「策定：」 is the author only when no label names an authority
    for key, _, value, place in sorted(_pairs(ctx), key=lambda p: p[0] == "author" and body_author(p[1], p[2])):
        first.setdefault(key, (value, place))
    first.update(_prose(ctx, {"title", "author", "period", "target"} - set(first)))
    if "author" not in first and (cover := _cover_author(ctx) or _member_authors(ctx)):
        first["author"] = cover
    return first


def cover_values(ctx: ReadContext) -> dict[str, str]:
    """The cover as read (type, author, period, target, title → the value as written), for the parse report."""
    return {k: v for k, (v, _) in _first(ctx).items()}


def _extract(ctx: ReadContext) -> list[Statement]:
    first = _first(ctx)
    out: list[Statement] = []
    title = first.get("title") or (ctx.doc.title, Place(section="表紙", quote=ctx.doc.title or ""))
    if title[0]:
        out.append(Statement(kind="title", subject=title[0].strip(), place=title[1]))
    if ctx.outline.plan_type and ctx.outline.type_source in ("metadata", "title", "given"):
        out.append(Statement(kind="plan_type", topic=ctx.outline.plan_type, attrs={"source": ctx.outline.type_source}))
    if "author" in first:
        value, place = first["author"]
        names, joint = split_authors(value)
        names = [authority_of(n) or n for n in names]  # 「作成：愛媛県 経済労働部 産業政策課」 is 愛媛県
        out += [
            Statement(kind="author", subject=n, attrs={"kind": classify_author(n), "joint": joint}, place=place)
            for n in names
        ]
    if "period" in first or "target" in first:
        pv, pplace = first.get("period", ("", None))
        tv, tplace = first.get("target", (None, None))
        p = read_period(pv or "", tv)
        attrs = {"start": p.start_fy, "end": p.end_fy, "target": p.target_fy}
        out.append(Statement(kind="period", attrs=attrs, place=pplace or tplace or Place()))
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
    out["joint"] = (bool(authors and authors[0].attrs.get("joint")) or len(authors) > 1) or None
    if p := of_kind(statements, "period"):
        a = p[0].attrs
        out["period"] = Period(start_fy=a["start"], end_fy=a["end"], target_fy=a["target"], evidence=_evidence(p[0].place))
    return out


META = Family("meta", _extract, _assemble, ("title", "plan_type", "authors", "joint", "period"))
