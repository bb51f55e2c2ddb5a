"""Layout transforms that rewrite more than marks: indicator tables as lists, kanji numerals, headings as prose.

Registered in `layout_variants.TRANSFORMS` (see its docstring). Like the others, each is deterministic, keeps the
meaning and returns a document it does not apply to unchanged.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import replace

from chiiki_mirai.core.text.normalize import nfkc
from chiiki_mirai.readers.doctree import Block, Document, ListItem, Paragraph, Section, Table
from chiiki_mirai.readers.doctree.tables import make_table
from chiiki_mirai.readers.doctree.walk import map_blocks, map_sections, map_texts
from chiiki_mirai.readers.statements.indicators.tables import BARE_NUMBER, unit_note
from chiiki_mirai.readers.statements.indicators.values import target_years

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
    """「目標：52億円（2030年度）」: a year in the column's header goes after the value (unless it has one, or there is
    no value: 「現状（2025年度）：―」, not 「現状：―（2025年度）」, which reads as a value for that year)."""
    key = re.sub(r"\s*\n\s*", "", key)  # a header broken over two lines (「基準値<br>（2025年度）」) is one label
    m = _HEADER_YEAR.match(key)
    if m and "年" not in value and value.strip() not in _NO_VALUE:
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


# --- indicator rows → sentences, 現状 and 目標 in one cell ------------------------------------------------

_NOW_LABEL = re.compile(rf"(?:{_NOW.pattern})値?")  # the whole label of a current-value column (not 「撤退基準」)
_TARGET_LABEL = re.compile(r"目標値?")
_YEARISH = re.compile(r"年|[RＲ][0-9０-９]|FY|ＦＹ")
_CLASS_HEADER = "区分"
# 「2027～2031年度累計」: a span, no year the value is for (a base 「2025年度比」 the reader's target_years leaves out)
_SPAN = re.compile(r"(?:令和|平成|[RＲ]|FY)?[0-9０-９元]{1,4}\s?年?度?\s?[~～〜][^）)、]*")
_NO_VALUE = frozenset("―—－-ー‐−–") | {"なし", "該当なし"}  # a current value there is none of


def _names_year(value: str) -> bool:
    """Whether a cell names the year its value is for, as the reader takes it (not 「2025年度比」 nor 「年260億円」)."""
    return bool(target_years(nfkc(_SPAN.sub("", value)))[0])


def _in_unit(name: str, value: str) -> str | None:
    """A cell's value with the unit its indicator's name notes when it is a bare figure (「直売所の売上高（千円）」,
    36,000 → 36,000千円): outside its row a figure has no unit to take. None for a bare figure with no such unit."""
    if not BARE_NUMBER.match(value):
        return value
    unit = unit_note(nfkc(name))
    return f"{value.strip()}{unit}" if unit else None


def _label_year(key: str) -> tuple[str, str | None] | None:
    """(label, year) of a column header: 「目標（令和12年度）」 → (目標, 令和12年度), 「現状」 → (現状, None); None when a
    year sits elsewhere in it (「2030年度目標」), so a rewrite that moves the year cannot say where it was."""
    m = _HEADER_YEAR.match(key)
    if m:
        return m.group("label").strip(), m.group("year")
    return None if _YEARISH.search(key) else (key.strip(), None)


def _now_target(keys: list[str]) -> tuple[str, str] | None:
    """The one current-value and the one target column among `keys` (headers of the form above), or None."""
    split = {k: _label_year(k) for k in keys}
    now = [k for k, ly in split.items() if ly and _NOW_LABEL.fullmatch(ly[0])]
    target = [k for k, ly in split.items() if ly and _TARGET_LABEL.fullmatch(ly[0])]
    return (now[0], target[0]) if len(now) == 1 and len(target) == 1 else None


def _dated(key: str, value: str) -> str:
    """A cell's value with its column's year after it: 「52億円（2030年度）」 (unless the value names a year)."""
    _, year = _label_year(key) or (key, None)
    dated = year and value.strip() not in _NO_VALUE and not _names_year(value)
    return f"{value}（{year}）" if dated else value


def _sentence(r: dict[str, str], name: str, now: str, target: str) -> str:
    """「付加価値額を、現状の52億円（2025年度）から2030年度には80億円とする。」, a 区分 before the name."""
    subject = f"{r[_CLASS_HEADER]}の{r[name]}" if r.get(_CLASS_HEADER) else r[name]
    _, year = _label_year(target) or (target, None)
    goal = f"{year}には{r[target]}" if year and not _names_year(r[target]) else f"目標の{r[target]}"
    if r[now].strip() in _NO_VALUE:
        return f"{subject}を、{goal}とする。"
    return f"{subject}を、現状の{_dated(now, r[now])}から{goal}とする。"


def _united(records: list[dict[str, str]], name: str, cols: tuple[str, ...]) -> list[dict[str, str]] | None:
    """`records` with each bare figure in `cols` given the unit its name notes; None when one has none to take."""
    out = []
    for r in records:
        vals = {c: _in_unit(r[name], r[c]) for c in cols}
        if any(v is None for v in vals.values()):
            return None
        out.append({**r, **vals})
    return out


def _run_in(bs: tuple[Block, ...]) -> tuple[Block, ...]:
    """Indicator tables of a name, a 現状 and a 目標 column (and a 区分) → one sentence per indicator."""
    out: list[Block] = []
    for b in bs:
        records = _indicator_records(b) if isinstance(b, Table) else None
        cols = _now_target(list(records[0])) if records else None
        rest = set(records[0]) - {*cols, _CLASS_HEADER} if cols else set()
        cells = [r[c] for r in records for c in cols] if cols else []
        # a cell with a label of its own (「基準：令和6年 290億円」) or a note (「※…」) has no place inside a sentence
        if not cols or len(rest) != 1 or any(not v.strip() or re.search(r"[:：※]", v) for v in cells):
            out.append(b)
            continue
        name = rest.pop()
        records = _united(records, name, cols)
        if records is None:
            out.append(b)  # a bare figure whose name notes no unit stays in its table
            continue
        out += [Paragraph(b.title, b.place)] if b.title else []
        out += [Paragraph(_sentence(r, name, *cols), b.place) for r in records]
    return tuple(out)


def _cells_combined(bs: tuple[Block, ...]) -> tuple[Block, ...]:
    """Indicator tables: the 現状 and 目標 columns → one 「現状→目標」 column, 「120（2025年度）→180（2030年度）」."""
    out: list[Block] = []
    for b in bs:
        records = _indicator_records(b) if isinstance(b, Table) else None
        keys = list(records[0]) if records else []
        cols = _now_target(keys)
        blank = cols and any(not r[c].strip() for r in records for c in cols)
        if not cols or blank or any(_YEARISH.search(k) for k in keys if k not in cols):  # 中間（令和9年度）: stays
            out.append(b)
            continue
        now, target = cols
        name = next(iter(records[0]))
        united = _united(records, name, cols)
        if united is None:
            out.append(b)
            continue
        records = united
        head = [f"{_label_year(now)[0]}→{_label_year(target)[0]}" if k == now else k for k in keys if k != target]
        rows = [[f"{_dated(now, r[now])}→{_dated(target, r[target])}" if k == now else r[k] for k in keys
                 if k != target] for r in records]
        t = make_table([head, *rows], b.title, b.place)
        out.append(t or b)
    return tuple(out)


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
# numbers after a Latin code word and a space (「KPI 1・3が」「No. 4」): they name items as codes do (「KPI1」), they count nothing
_CODE_BEFORE = re.compile(r"[A-Za-zＡ-Ｚａ-ｚ][.．]?\s+(?:[0-9０-９]+\s*[・、，,]\s*)*$")


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
        if _CODE_BEFORE.search(s, max(0, m.start() - 24), m.start()):
            return m.group()
        if s[m.end() : m.end() + 1] in ("百", "千"):
            return m.group()  # 「300百万円」 has no kanji spelling
        n = int(raw.replace(",", ""))
        if n >= 10**4 and s[m.end() : m.end() + 1] in ("万", "億", "兆"):
            return m.group()  # 「90,000万円」 as 「九万万円」 is no number (the rewrite would change the amount)
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
    "indicators_run_in": lambda doc: map_blocks(doc, _run_in),
    "indicator_cells_combined": lambda doc: map_blocks(doc, _cells_combined),
    "kanji_numerals": kanji_numerals,
    "headings_to_prose": headings_to_prose,
}
