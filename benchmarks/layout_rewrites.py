"""Layout transforms that rewrite more than marks: indicator tables as lists, kanji numerals, headings as prose.

Registered in `layout_variants.TRANSFORMS` (see its docstring). Like the others, each is deterministic, keeps the
meaning and returns a document it does not apply to unchanged.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import replace

from chiiki_mirai.readers.doctree import Block, Document, ListItem, Paragraph, Section, Table
from chiiki_mirai.readers.doctree.walk import map_blocks, map_sections, map_texts

# --- indicator tables → numbered lists ---------------------------------------------------------------

_TARGET = re.compile(r"目標")
_NOW = re.compile(r"現状|現在|基準|実績")
# a column header with a year in brackets at its end: 「目標（令和12年度）」「現状値(2025年度)」
_HEADER_YEAR = re.compile(r"^(?P<label>[^（(]+?)\s*[（(](?P<year>[^（）()]*年[^（）()]*)[）)]$")
_NAME_HEADER = re.compile(r"指標|KGI|KPI|項目|名称")  # the column that names the indicator (not 「区分」)
_ROW_NUMBER = re.compile(r"[0-9０-９]{1,2}[.．]?|[①-⑳]|No\.?\s?[0-9]{1,2}")  # a column that numbers the rows
_WIDE = str.maketrans("0123456789", "０１２３４５６７８９")


def _indicator_records(t: Table) -> list[dict[str, str]] | None:
    """The records of a table of indicators (a header naming 現状 and 目標), one per indicator; None otherwise."""
    if t.merges or t.total_records or not t.records:
        return None
    heads = 1 if t.orientation == "rows" else t.header_cols
    if heads != 1 or (t.orientation == "rows" and t.header_rows != 1):
        return None
    keys = list(t.records[0])
    if len(keys) < 3 or any(k.startswith(("列", "行")) and k[1:].isdigit() or "#" in k for k in keys):
        return None
    if not any(_TARGET.search(k) for k in keys[1:]) or not any(_NOW.search(k) for k in keys[1:]):
        return None
    records = [dict(r) for r in t.records]
    if all(_ROW_NUMBER.fullmatch(r[keys[0]].strip()) for r in records):
        records = [{k: v for k, v in r.items() if k != keys[0]} for r in records]  # the list numbers its entries
    keys = list(records[0])
    name = next((k for k in keys if _NAME_HEADER.search(k) and not _TARGET.search(k) and not _NOW.search(k)), keys[0])
    records = [{name: r[name], **{k: v for k, v in r.items() if k != name}} for r in records]  # 「区分 | 指標 | …」
    if any(not r[name] or "\n" in "".join(r.values()) for r in records):
        return None
    return records


def _entry(key: str, value: str) -> str:
    """「目標：52億円（2030年度）」: a year in the column's header goes after the value (unless it has one)."""
    m = _HEADER_YEAR.match(key)
    if m and "年" not in value:
        return f"{m.group('label')}：{value}（{m.group('year')}）"
    return f"{key}：{value}"


def indicator_list(number: str, bullet: str, formats: tuple[str, ...]) -> Callable[[Document], Document]:
    """Indicator tables → entries numbered by `number`(n) with nested `bullet` entries, in documents of `formats`."""

    def blocks(bs: tuple[Block, ...]) -> tuple[Block, ...]:
        out: list[Block] = []
        for b in bs:
            records = _indicator_records(b) if isinstance(b, Table) else None
            if not records:
                out.append(b)
                continue
            if b.title:
                out.append(Paragraph(b.title, b.place))
            for n, r in enumerate(records, 1):
                name, *rest = r
                kids = tuple(ListItem(_entry(k, r[k]), bullet, 2, b.place) for k in rest if r[k].strip())
                out.append(ListItem(r[name], number(n), 1, b.place, kids))
        return tuple(out)

    return lambda doc: map_blocks(doc, blocks) if doc.format in formats else doc


# --- Arabic numbers → kanji numerals ----------------------------------------------------------------

_DIGITS = "〇一二三四五六七八九"
# a whole number (with thousands commas), not part of a decimal, a date or time typed with / : -, a code (KPI1, R8)
_D = "0-9０-９"
_NUMBER = re.compile(
    rf"(?<![{_D}A-Za-z.,，．/:\-_])(?:[{_D}]{{1,3}}(?:[,，][{_D}]{{3}})+|[{_D}]+)(?![{_D}A-Za-z/:\-_]|[.,，．][{_D}])"
)
_NARROW = str.maketrans("０１２３４５６７８９，", "0123456789,")
_YEAR_AFTER = re.compile(r"\s?(?:年|[~〜～])")
_UNIT_AFTER = re.compile(r"\s?[^\s、。，,.．)）]")
_TYPED_NUMBER = re.compile(r"[.．)）、\s]")  # 「1. 」「2)」 opening a text: a number typed as a list's


def _kanji_small(n: int) -> str:
    """1–9999 as kanji numerals: 千二百三十四 (no 一 before 十, 百, 千)."""
    out = ""
    for unit, value in (("千", 1000), ("百", 100), ("十", 10)):
        d, n = divmod(n, value)
        out += ("" if d == 1 else _DIGITS[d]) + unit if d else ""
    return out + (_DIGITS[n] if n else "")


def kanji_number(n: int) -> str:
    """A whole number as kanji numerals with 万, 億 and 兆: 120000000 → 一億二千万, 0 → 〇."""
    if n == 0:
        return "〇"
    out = ""
    for unit, value in (("兆", 10**12), ("億", 10**8), ("万", 10**4), ("", 1)):
        d, n = divmod(n, value)
        if d:
            small = _kanji_small(d)
            out += ("一" + small if unit and d >= 1000 and small.startswith("千") else small) + unit
    return out


def _kanji_text(s: str) -> str:
    def one(m: re.Match) -> str:
        raw = m.group().translate(_NARROW)
        if m.start() == 0 and _TYPED_NUMBER.match(s, m.end()):
            return m.group()
        if s[m.start() - 1 : m.start()] in ("(", "（", "【", "［") and s[m.end() : m.end() + 1] in (")", "）", "】", "］"):
            return m.group()  # 「(3)」: a typed number of an entry
        if s[m.end() : m.end() + 1] in ("百", "千"):
            return m.group()  # 「300百万円」 has no kanji spelling
        n = int(raw.replace(",", ""))
        if len(raw) == 4 and 1900 <= n < 2200:
            if _YEAR_AFTER.match(s, m.end()):
                return "".join(_DIGITS[int(c)] for c in raw)
            if not _UNIT_AFTER.match(s, m.end()):
                return m.group()  # a bare 「2030」 (a table's header) may be a year
        return kanji_number(n) if 0 < n < 10**16 else m.group()  # 「〇人」 may read as a blank to fill

    return _NUMBER.sub(one, s)


def kanji_numerals(doc: Document) -> Document:
    return map_texts(doc, _kanji_text)


# --- headed sections → prose ------------------------------------------------------------------------

_NAME_MAX = 24


def _as_prose(s: Section) -> tuple[Block, ...] | None:
    """A sub-section of paragraphs only as paragraphs, the first opening with its heading; None if it has more."""
    name = s.heading.strip()
    if s.children or not s.blocks or not all(isinstance(b, Paragraph) for b in s.blocks):
        return None
    if not name or len(name) > _NAME_MAX or any(c in name for c in "。、：:「」（）()"):
        return None
    first = s.blocks[0]
    return (replace(first, text=f"{name}については、{first.text}"), *s.blocks[1:])


def _prose_children(s: Section) -> Section:
    blocks = list(s.blocks)
    for k, c in enumerate(s.children):
        prose = _as_prose(c)
        if prose is None:
            return replace(s, blocks=tuple(blocks), children=s.children[k:]) if k else s
        blocks += prose
    return replace(s, blocks=tuple(blocks), children=())


def headings_to_prose(doc: Document) -> Document:
    return map_sections(doc, _prose_children)


REWRITES = {
    "kpi_list": indicator_list(lambda n: f"{n}.", "-", ("markdown", "text")),
    "kpi_list_paren": indicator_list(lambda n: f"（{n}）".translate(_WIDE), "・", ("text",)),
    "kanji_numerals": kanji_numerals,
    "headings_to_prose": headings_to_prose,
}
