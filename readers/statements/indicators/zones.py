"""Where the indicators are written: the zone of every unit (KGI, KPI, ripple, basis, verification).

A zone comes from the words of the heading a unit sits under (「目指すべき目標（KGI）」「KPI及び撤退基準」
「地域へのインパクト」「設定の根拠」「効果検証」), inherited down the tree, and otherwise from the wording of the
記載項目 the outline placed the section at. A table can name its own zone by its labels (a 「KGI」 or 「KPI」
column), and a record of a plan laid out as one table takes the zone of the item its row names. A key：value
line keeps the zone of its section: its key (「目標：」) says what the value is, not where it is.

The unit stream is also where layout-table records are opened up: the content cell of a 「項目 | 記載内容」 row
is split into the bullets and sentences it holds, each a unit of its own with the row's item.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, replace

from chiiki_mirai.core.text.normalize import nfkc
from chiiki_mirai.readers.doctree import Table
from chiiki_mirai.readers.doctree.numbering import APPENDIX_REF, split_marker
from chiiki_mirai.readers.doctree.tables import is_form, label_header
from chiiki_mirai.readers.statements.base import ReadContext
from chiiki_mirai.readers.statements.indicators.tables import MAX_FIELDS, NAME_KEY, class_kind, column_of
from chiiki_mirai.readers.units import Unit, cell_pieces

# (zone, heading words) — a heading may name two (「計画のKGI及びKPI」)
ZONE_WORDS: tuple[tuple[str, re.Pattern[str]], ...] = (
    ("kpi", re.compile(r"KPI|撤退基準|進捗管理")),
    ("kgi", re.compile(r"KGI|数値目標|目指すべき目標|目標値|目標\s*[(（]KGI")),
    ("ripple", re.compile(r"地域へのインパクト|地域経済への波及|波及効果|波及・相乗|域内への波及|良質な雇用|雇用の創出")),
    ("basis", re.compile(r"設定の根拠|算定の根拠|根拠")),
    ("verify", re.compile(r"効果検証|効果の検証")),
)
MAX_UNIT = 5_000  # characters of one unit that are read
_BULLET = re.compile(r"(?:^|\s)[・●○◆◇■□▪-]\s*")


@dataclass(frozen=True)
class Zoned:
    """A unit with the zones it sits in and the headings above it (nearest first)."""

    unit: Unit
    zones: frozenset[str]
    headings: tuple[str, ...]

    @property
    def text(self) -> str:
        return self.unit.text


_BOTH = re.compile(r"KGI\s*(?:及び|と|・|、|&|/)\s*KPI")


def words_zones(text: str) -> frozenset[str]:
    """The zones a heading names; 「KPI（KGIの達成に向けた…）」 is a KPI heading, 「KGI及びKPI」 both."""
    t = nfkc(text or "")
    found = {z for z, rx in ZONE_WORDS if rx.search(t)}
    if {"kpi", "kgi"} <= found and not _BOTH.search(t):
        found.discard("kgi")
    return frozenset(found)


def _item_zones(ctx: ReadContext) -> dict[str, frozenset[str]]:
    return {t.id: words_zones(t.heading) for t in ctx.outline.targets}


def _section_zones(ctx: ReadContext, by_item: dict[str, frozenset[str]]) -> dict[int, tuple[frozenset[str], tuple[str, ...]]]:
    """Source line of each section heading → (its zones, the headings down to it, nearest first)."""
    out: dict[int, tuple[frozenset[str], tuple[str, ...]]] = {}
    stack = [(s, frozenset(), (), None, frozenset()) for s in reversed(ctx.doc.sections)]
    while stack:
        sec, inherited, path, above, taken = stack.pop()
        own = words_zones(sec.heading)
        item = ctx.outline.item_of(sec)
        # a part the outline places at another item than the section above it (「第1節 投資促進に向けた課題」 under
        # 「第6章 課題と政策・KPI」) takes that item's zones, not the KPI zone its chapter's title names
        other = item is not None and above is not None and item != above
        zones = own or (by_item.get(item, frozenset()) if item else frozenset()) or (frozenset() if other else inherited)
        if not own and not other:
            # a part gets from a chapter that names two zones (「KGI及びKPI」) only those no sibling part names for
            # itself (「KGI」「KPI」): a third part (「雇用・賃金」) is neither. This holds for zones of the chapter's own
            # outline item too (the outline places the part at it), not for those of another item the part is placed at.
            # (Under 「目指すべき目標（KGI）」, 「独自KGI」 beside a KGI's name is one more KGI: that chapter names one zone.)
            zones -= taken
        heads = (sec.heading, *path)[:6]
        out[sec.place.line] = (zones, heads)
        named = [words_zones(c.heading) & zones if len(zones) > 1 else frozenset() for c in sec.children]
        counts = Counter(z for n in named for z in n)  # (counted, not unioned per child: linear in the siblings)
        for c, n in reversed(list(zip(sec.children, named, strict=True))):
            stack.append((c, zones, heads, item or above, frozenset(z for z in counts if counts[z] > (z in n))))
    return out


def _tables(ctx: ReadContext) -> dict[int, Table]:
    """The document's tables by their source line (the units of a table carry the table's line)."""
    return {b.place.line: b for _, b in ctx.doc.blocks() if isinstance(b, Table)}


def _layout_tables(ctx: ReadContext, tables: dict[int, Table]) -> set[int]:
    """Tables that lay the plan out (「項目 | 記載内容」): the outline's, a table headed as a form (「区分 | 内容 |
    備考」, whatever its length), any two-column table whose second column holds running text under short labels,
    and a short two-column form one of whose labels names a chapter."""
    out = {tid for tid, _ in ctx.outline.records}
    chapters = {x.id for x in ctx.outline.targets if x.parent is None}
    for t in tables.values():
        if id(t) not in out and is_form(t):
            out.add(id(t))
        if id(t) in out or not t.cells or len(t.cells[0]) != 2:
            continue
        # its rows, the first included: a form without a header row (「(3) 設定の根拠 | ・①は…」) starts with content
        texts = [row[-1] or "" for row in t.cells]
        if len(texts) >= 2 and sum(len(x) for x in texts) / len(texts) >= 40:
            out.add(id(t))
        elif any(ctx.outline.item_of_label((row[0] or "").strip(), None) in chapters for row in t.cells):
            out.add(id(t))  # a short form whose label names a chapter (「６　現地化の取組 | 該当なし。」): the form's rows
    return out


LABEL_LINE_MAX = 20  # a row's label read as a line's label (「担当：…」): a short name, no sentence


def _open_layout_record(u: Unit, cells: list[str], label: str = "") -> list[Unit]:
    """The content of a 「項目 | 記載内容」 row as units: one per bullet or sentence of its content cells. A row of a
    short label over one plain value (「担当 | 麦＝皆野町産業観光課、…」) is the label line 「担当：…」 the body would have."""
    value = cells[0].strip() if len(cells) == 1 else ""  # a datum, not running text (its sentences stay entries)
    plain = value and "\n" not in value and "。" not in value.rstrip("。") and not _BULLET.search(value)
    if plain and 0 < len(label) <= LABEL_LINE_MAX and "。" not in label:
        text = f"{label.strip()}：{value}"
        return [replace(u, text=text, norm=nfkc(text), kind="kv", record=None, table=None, key=label.strip(), part=0)]
    return [replace(u, text=s, norm=nfkc(s), kind="item", record=None, table=None, key=None, part=part)
            for s, part in cell_pieces(cells, _BULLET)]


def layout_rows(t: Table) -> list[tuple[int, str, list[str]]]:
    """(record, label, content cells) of each row of a layout table, whichever way the table was read: a form of
    few rows may be read with its labels as the header column (one record keyed by them)."""
    out: list[tuple[int, str, list[str]]] = []
    for i, rec in enumerate(t.data_records()):
        if t.orientation == "columns":
            out += [(i, k, [v]) for k, v in rec.items()]
        else:
            values = list(rec.values())
            out.append((i, values[0] if values else "", values[1:]))
    return out


def _labelled(u: Unit, label: str, cells: list[str]) -> Unit:
    key = label.strip()
    text = f"{key}：{' '.join(c.strip() for c in cells if c.strip())}"
    return replace(u, kind="kv", text=text, norm=nfkc(text), key=key, record=None, table=None)


def _record(u: Unit, t: Table, rec: dict[str, str]) -> Unit:
    text = " / ".join(f"{k}：{v}" for k, v in rec.items() if v)
    return replace(u, kind="record", text=text, norm=nfkc(text), key=t.title, record=rec, table=t)


def _table_zoned(ctx: ReadContext, u: Unit, t: Table, here: tuple[frozenset[str], tuple[str, ...]], layout: set[int]) -> list[Zoned]:
    """A table once, whatever units the unit stream made of it (records, label：value pairs): a layout table's
    rows opened into their bullets and sentences, any other one record unit per data record."""
    zones, heads = here
    by_item = _item_zones(ctx)
    out: list[Zoned] = []
    records = t.data_records()
    if id(t) not in layout:
        return [Zoned(_record(u, t, rec), zones, heads) for rec in records]
    labelled = t.orientation == "columns" or is_form(t)  # rows placed by their labels, not by the outline's records
    for i, label, cells in layout_rows(t):
        by_label = ctx.outline.item_of_label(label, u.item) if labelled else None
        mapped = by_label or ctx.outline.item_of_record(t, i)
        # each row is of the item its label names (「（2）講じるべき政策パッケージ」 under 「（1）…課題」's table)
        ru = replace(_record(u, t, records[i]), item=mapped or u.item)
        named = words_zones(label) or (by_item.get(mapped, frozenset()) if mapped else frozenset())
        if is_form(t) and not named and mapped in (None, u.item) and zones & _INDICATORS and label.strip():
            # a row of a form (「区分 | 内容」) under a KGI/KPI heading whose label names no part and no other item
            # (「付加価値増加額（必須） | 令和12年度に…」): the indicator's label and value, as the same 「label：value」 line
            out.append(Zoned(_labelled(ru, label, cells), zones, heads))
            continue
        # a label naming no zone (「域内取引額」) leaves the row in the table's zones, as the same line in the body is
        own = named or zones
        # a row whose label names a 記載項目 (「(3)KPI・撤退基準 | 下表」) holds that item's text, not a label line
        line_label = label if labelled and mapped is None else ""
        out += [Zoned(x, own, (label, *heads)) for x in _open_layout_record(ru, cells, line_label)]
    return out


_INDICATORS = frozenset({"kgi", "kpi"})
_GOALS = frozenset({"kgi"})


def _within(zones: frozenset[str], opened: frozenset[str]) -> frozenset[str]:
    """A section's zones with those a label line opened: under 「KGI・KPI」 or 「KGI（2040年目標）」, a line 「KPI（…）」
    begins the KPIs and ends the KGIs (the label says which indicators the lines under it are)."""
    if zones & _INDICATORS and opened & _INDICATORS:
        return (zones - _INDICATORS) | opened
    return zones | opened


def _field_class(u: Unit) -> str | None:
    """The indicator class a key：value line states as a record's field (「区分：KGI」「種別：KPI」), else None."""
    if u.kind != "kv" or not u.key or column_of(u.key).fields != ("class",):
        return None
    return class_kind(u.value)


_OPENERS = ("item", "heading")  # a record opens with a list entry or a heading of its own (「### (1) 付加価値増加額」)


def _name_line(u: Unit) -> bool:
    """A key：value line keyed by an indicator's name (「指標名：…」): it opens a record, as a list entry does."""
    return u.kind == "kv" and bool(NAME_KEY.fullmatch(nfkc(u.key or "").strip()))


def _fields(units: list[Unit], i: int) -> range:
    """The key：value lines that follow a record's opening line as its fields: same section, no blank line between,
    up to the next name line (another record) or MAX_FIELDS."""
    end = i + 1
    for j in range(i + 1, min(len(units), i + 1 + MAX_FIELDS)):
        y = units[j]
        if y.kind != "kv" or y.section != units[i].section or y.line > units[j - 1].line + 1 or _name_line(y):
            break
        end = j + 1
    return range(i + 1, end)


def record_classes(units: list[Unit]) -> dict[int, frozenset[str]]:
    """Index of a unit → the zone its record's class field names: a list entry, a heading or a name line (「指標名：…」) over
    key：value lines one of which is a class (「1. 官民設備投資額（累計）」 over 「- 区分：KGI」「- 目標：…」) is a KGI or a KPI
    by that field, opening line and fields alike, as a table row is by its class cell, whatever both levels the
    heading above names. Linear: each key：value run is scanned once, by the line that opens it."""
    out: dict[int, frozenset[str]] = {}
    for i, u in enumerate(units):
        if u.kind not in _OPENERS and not _name_line(u):
            continue
        run = _fields(units, i)
        kind = next((k for j in run if (k := _field_class(units[j]))), None)
        if kind:
            out.update((j, frozenset({kind})) for j in (i, *run))
    return out


def zoned_units(ctx: ReadContext) -> list[Zoned]:
    """Every unit with its zones, tables read once as records (layout rows opened), in document order."""
    by_item = _item_zones(ctx)
    sections = _section_zones(ctx, by_item)
    tables = _tables(ctx)
    layout = _layout_tables(ctx, tables)
    goal = goal_sections(ctx)
    seen: set[int] = set()
    zones: frozenset[str] = frozenset()
    heads: tuple[str, ...] = ()
    opened: frozenset[str] = frozenset()  # zones a label line opened (「KGI（目標年度：令和17年度）」「KPI」)
    classes = record_classes(ctx.units)
    out: list[Zoned] = []
    for n, u in enumerate(ctx.units):
        if len(u.text) > MAX_UNIT:  # a real sentence, entry or row is far shorter: read no further (bounded work)
            u = replace(u, text=u.text[:MAX_UNIT], norm=u.norm[:MAX_UNIT])
        t = tables.get(u.line) if u.kind in ("kv", "record", "heading") else None
        if u.kind == "heading" and (t is None or u.line in sections):
            zones, heads = sections.get(u.line, (words_zones(u.text), (u.text,)))
            opened = frozenset()
            out.append(Zoned(u, zones, heads))
            continue
        if t is not None and u.kind == "heading":  # a table's title row: a caption within the section
            out.append(Zoned(u, words_zones(u.text) or _within(zones, opened), (u.text, *heads)))
            continue
        if t is not None:
            if id(t) not in seen:
                seen.add(id(t))
                # under a heading that names no zone, a table takes the zones of the item the outline placed it at,
                # as a line does, or those its label column's header names (「地域へのインパクト | 現状 | 目標」)
                here = (_within(zones, opened) or (by_item.get(u.item, frozenset()) if u.item else frozenset())
                        or words_zones(label_header(t)))
                out += _table_zoned(ctx, u, t, (here, heads), layout)
            continue
        label = label_zones(u)
        if label:
            opened = label
        # a unit the outline placed at an item of its own under a heading that names no zone (a row of a plan laid
        # out as tables, one per chapter) takes its item's zones
        here = _within(zones, opened) or (by_item.get(u.item, frozenset()) if u.item else frozenset())
        here = _within(here, classes.get(n, frozenset())) if here & _INDICATORS else here
        key = u.key if u.kind == "kv" and u.key else short_label(u)
        if key:  # a key that names a part (「設定の根拠：」「地域へのインパクト：」) places its line
            out.append(Zoned(u, key_zones(key, here) or here, heads))
            continue
        goals = _GOALS if ctx.outline.section_of(u.item) in goal and "kpi" not in here else frozenset()
        out.append(Zoned(u, here | sentence_zones(u, here | goals), heads))
    return out


_NAMES_LEVEL = re.compile(r"KGI|KPI")


def key_zones(key: str, here: frozenset[str]) -> frozenset[str]:
    """The zones a line's key names: 「目標値：50人」 under a KPI is that KPI's value (a key that names an indicator's
    value without saying KGI or KPI keeps the indicator zone it is in), 「設定の根拠：」 is the basis wherever it is."""
    own = words_zones(key)
    if own and own <= _INDICATORS and here & _INDICATORS and not _NAMES_LEVEL.search(nfkc(key)):
        return frozenset()
    return own


# a sentence of the KGI zone that says what it is by its subject or its verb: 「効果検証は、…で評価する。」 is the
# verification, 「付加価値増加額は、…を乗じて算定した。」 the basis (notes under a table of KGIs)
_VERIFY_SUBJECT = re.compile(r"^\s*[※＊*]?\s*(?:KGIの)?効果(?:の)?検証(?:は|について|の方法は)")
# 「…を乗じて算出した。」「…を積み上げたものである。」「…で簡易に計算しています。」「…に乗じて設定した。」
_BASIS_VERB = re.compile(
    r"(?:(?:算定|算出|試算|積み上げ|積上げ|計算|推計)(?:した|して(?:いる|います|おり)|する|します|たもの|て設定)"
    r"|(?:積み上げ|積上げ)(?:た|ている)|控除し(?:た|ている)"  # 「…を積み上げた。」「…を乗じ、…を控除した。」
    r"|(?:乗じ|掛け合わせ)て(?:設定|置い|見込ん))[^。]{0,12}。?\s*$"
)


def goal_sections(ctx: ReadContext) -> frozenset[str]:
    """The sections whose items include the KGI (「現状認識と目指す姿」 holds 目指すべき目標): a chapter the outline placed
    at one of them holds the goals' basis and verification, whatever words its heading uses (「現状と、5年後の姿」)."""
    return frozenset(t.parent for t in ctx.outline.targets if t.parent and "kgi" in words_zones(t.heading))


def sentence_zones(u: Unit, zones: frozenset[str]) -> frozenset[str]:
    """The basis or the verification a sentence of the goals (the KGI zone, or a section holding the KGI item) says
    it is by its subject or its verb."""
    if "kgi" not in zones or u.kind not in ("sentence", "item"):
        return frozenset()
    t = nfkc(u.text)
    if _VERIFY_SUBJECT.match(t):
        return frozenset({"verify"})
    return frozenset({"basis"}) if states_basis(t) else frozenset()


def states_basis(text: str) -> bool:
    """The sentence says how a figure was set (「…を乗じて算出した。」「…を積み上げたものである。」)."""
    return _BASIS_VERB.search(text) is not None


_COLON_LABEL = re.compile(r"^\s*([^:：。、]{2,20})[:：]|^\s*([^:：。、\s]{2,18})\s+(?=\S)")


def short_label(u: Unit) -> str | None:
    """The short label before a colon that starts a sentence or a list entry (「地域へのインパクト：…」)."""
    if u.kind not in ("sentence", "item"):
        return None
    m = _COLON_LABEL.match(u.text)
    return nfkc(m.group(1) or m.group(2)) if m else None


_LEAD_IN = re.compile(r"(KGI|KPI)[^。]{0,24}?(?:次表|次の表|下表|次のとおり|以下のとおり|下記|次の(?:KPI|KGI|指標))")
# a line that opens with the label (「KGI（目標年度：令和17年度）」「KPI①」「KPI：」), not a sentence about it
# (「KGIに向けた歩みを確かめるため、次の指標を置く。」: a lead-in, read by _LEAD_IN)
_LABEL_LINE = re.compile(r"^\s*[【\[(（<＜]?\s*(?:必須|独自)?\s*(?:KGI|KPI)(?![A-Za-z]|に|の|を|が|と|で|へ|も|は)")


# a line that points to where the indicators are set out (an appendix, an attachment)
_ELSEWHERE = re.compile(rf"{APPENDIX_REF.pattern}|(?:別添|後掲)[^。]{{0,6}}(?:のとおり|による|に(?:掲げる|記載|示す))")
_PURPOSE = re.compile(r"(?:KGI|KPI)(?:の達成)?(?:に向けた|に向けて|を達成するため|の達成のため|の達成に資する)")
_NOTE = re.compile(r"[(（][^()（）]{0,30}[)）]\s*$")
# a lead-in naming both levels before what it points to (「KGIの推移とKPIを下表に示す。」「KGI及びKPIは次のとおり」)
_BOTH_LEAD = re.compile(r"(KGI|KPI)[^。]{0,40}?(?:と|及び|並びに|・|、)\s*(KGI|KPI)[^。]{0,12}?(?:次表|次の表|下表|次のとおり|以下のとおり|下記)")
# a short line that is a label naming the indicators with a word of its own (「KPIの5W1H」「KPIの詳細」), no sentence
_BARE_NAMED = re.compile(r"^\s*(?:KGI|KPI)[^。、,:：]*$")
BARE_LABEL_MAX = 20  # a list entry this short with no sentence in it is a label over the entries under it


def _unnumbered(t: str) -> str:
    """A line without the number it starts with (「(4) KPI及び撤退基準」 → 「KPI及び撤退基準」): the number orders the
    line, it is no figure of its content."""
    m = split_marker(t.lstrip())
    return m.rest if m is not None and m.kind == "number" else t


def label_zones(u: Unit) -> frozenset[str]:
    """The zones a line opens for the lines under it: one that starts with 「KGI」/「KPI」 (a label, a lead-in,
    the first KPI of a list), or a bare list entry that names a part (「* 地域へのインパクト」 over its bullets)."""
    t = nfkc(u.key if u.kind == "kv" and u.key else u.text)
    if u.kind not in ("sentence", "item", "kv"):
        return frozenset()
    if _ELSEWHERE.search(nfkc(u.text)):
        return frozenset()  # 「KPI及び撤退基準　別表第３のとおり」: they are in the appendix, not under this line
    # a bare list entry, or any line that is a bare label once its number (「(4) KPI及び撤退基準」) and its note in
    # brackets (「目指すべき目標（KGI：2030年度）」) are set aside
    bare = _NOTE.sub("", _unnumbered(t)).strip()
    if (u.kind == "item" or bare != t.strip()) and len(bare) <= BARE_LABEL_MAX and not re.search(r"[0-9。:：]", bare):
        return words_zones(t)
    if both := _BOTH_LEAD.search(t):  # 「KGI（…）の推移とKPIを下表に示す。」: the lines under it are both
        return words_zones(both.group(1)) | words_zones(both.group(2))
    if _LABEL_LINE.match(t) or (len(bare) <= BARE_LABEL_MAX and _BARE_NAMED.match(bare)):
        return words_zones(t[:12]) or frozenset()
    # 「KGIに向けた歩みを確かめるため、次の指標を置く。」: the KGI a purpose names is not what the lines under it are
    lead = _LEAD_IN.search(_PURPOSE.sub("", t))  # 「計画の数値目標（KGI）は次表のとおり。」
    return words_zones(lead.group(1)) if lead else frozenset()
