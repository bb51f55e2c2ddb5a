"""Items a narrative chapter writes inside another item's chapter (or a chapter no item holds), known by what its
lines say rather than by a heading (readers/statements/sections.py places them).

A narrative draft puts several 記載事項 in one chapter under words of its own (「課題と両市町の取組、進捗の点検」,
「これに対して、村は次のことに取り組みます。」, 「村として何をするのか」). A line that says what an item holds is that
item's text where no heading or label placed the item:
- the authority's own measures against the challenges (「これに対し市は、…を整備する。」「両市町は、これらに対応
  するため、…を支援する。」, a heading 「町が行うこと」) are its policy package (003 1.(2)① 5.(2) 講じるべき政策パッケージ);
- a sentence that opens with the present state and gives its figures (「現状、4事業者の売上は合計約3億8,000万円…」)
  is the 現状の整理;
- a sentence that names the centre of the plan's area (「中心となるのは半田地区、…」) is the core area.
A heading that says it carries the lines under it. Only lines of the item's own section or of no item are read.
"""

from __future__ import annotations

import re

from chiiki_mirai.readers.headings import Target
from chiiki_mirai.readers.statements.base import ReadContext
from chiiki_mirai.readers.units import Unit

_AUTHORITY = r"(?:本|両|当|各)?(?:[都道府県市区町村]|市町村?|県市町村)"
_RESPONSE = r"(?:(?:これ(?:ら)?に対し(?:て)?|これら?に対応するため|そこで|このため)[、,]?\s*)?"
_ACTS = r"(?:取り?組|行う|行います|講じ|する(?:のか|こと)|支援|補助|助成|整備|後押し)"
# (item wording, a line that states what the item holds)
CONTENT_LINES: tuple[tuple[str, re.Pattern[str]], ...] = (
    ("講じるべき政策パッケージ",
     re.compile(rf"^{_RESPONSE}{_AUTHORITY}(?:として|は|が)[^。]*?(?:{_ACTS}|(?:する|します|図る|進める)。?$)")),
    ("現状の整理", re.compile(r"^(?:現状|現時点)(?:では|で?は)?[、,][^。]*[0-9０-９]")),
    # 「中心となるのは半田地区、…」「核となる地区は、…」: the core area, named as the centre
    ("計画推進の核となる地域",
     re.compile(r"^(?:(?:推進|本?プラン|計画|取組)の)?(?:中心|核|中核)[とに](?:なる|する)(?:地域|区域|地区|エリア|の)?(?:は|、)")),
)


def _wanted(t: Target) -> re.Pattern[str] | None:
    return next((rx for w, rx in CONTENT_LINES if w in t.wordings), None)


def _under(ctx: ReadContext, heading: Unit) -> list[Unit]:
    """The lines under a heading up to the next heading."""
    out: list[Unit] = []
    for u in ctx.units[heading.index + 1:]:
        if u.kind == "heading" and u.section == u.text:
            break
        out.append(u)
    return out


def stated_by_lines(ctx: ReadContext, placed: dict[str, list[Unit]]) -> dict[str, list[Unit]]:
    """Item id → its lines, for each item with no place whose own section or unplaced chapters hold a line that
    states what it holds (CONTENT_LINES); a heading that states it brings the lines under it."""
    out: dict[str, list[Unit]] = {}
    for t in ctx.outline.targets:
        rx = _wanted(t)
        if rx is None or t.parent is None or t.id in placed:
            continue
        for u in ctx.units:
            if u.item is not None and ctx.outline.section_of(u.item) != t.parent:
                continue
            if u.kind not in ("sentence", "item", "heading") or not rx.search(u.norm):
                continue
            if u.kind == "heading":
                if u.section != u.text or not (lines := [x for x in _under(ctx, u) if x.kind != "heading"]):
                    continue
                out[t.id] = lines
            else:
                out[t.id] = [u]
            break
    return out
