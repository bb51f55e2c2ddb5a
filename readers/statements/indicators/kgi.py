"""KGI statements: one per value of each KGI, from tables, lines and sentences of the KGI zone.

Each value is bound to its subject by structure: a table row's name cell, the name before the figures in a
clause (「必須KGI：設備投資額 累計3,000億円、付加価値額 1,900億円、人材育成数 年間500人」 is three KGIs),
or the subject a heading or a line without figures opened (「（１）官民設備投資額（必須）」 then
「令和12年度　95億円／年」). A clause without a subject of its own continues the last one (「…18億円、
令和9～16年度の累計で120億円」). The year is the value's own, else its column's, else the one the heading or
a lead-in names (「KGI（目標年度：令和16年度）」); `attrs.year_from` says which. A KGI named without a usable
value (「〇〇人（精査中）」「（下記参照）」「―」) is a statement too, with that modality and no value.

The table, line and heading readers stay in one module because they share the running `_Block` (subject, year,
flags, unit) a heading opens and the lines under it use; a line is split into a clause's name, text and stage by
`_clause_parts`, and what a figureless name's brackets say by `_bracket_year` / `_bracket_flags`.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from chiiki_mirai.core.statement import Statement
from chiiki_mirai.core.text.cues import NOTE_MARK
from chiiki_mirai.core.text.normalize import nfkc
from chiiki_mirai.core.text.numbers import find_fiscal_years, find_quantities
from chiiki_mirai.readers.doctree import Table
from chiiki_mirai.readers.doctree.numbering import ends_in_verb, is_sentence
from chiiki_mirai.readers.statements.base import place_of
from chiiki_mirai.readers.statements.indicators.aligned import aligned_rows
from chiiki_mirai.readers.statements.indicators.field_blocks import field_blocks
from chiiki_mirai.readers.statements.indicators.names import kgi_kind, mandatory_of, split_name, strip_dress
from chiiki_mirai.readers.statements.indicators.per_table import PerTable
from chiiki_mirai.readers.statements.indicators.table_places import RowPlaces, TableRecords
from chiiki_mirai.readers.statements.indicators.tables import (
    BARE_NUMBER,
    CIRCLED,
    Column,
    Row,
    bare_in_unit,
    row_kind,
    table_rows,
    unit_note,
    with_unit,
)
from chiiki_mirai.readers.statements.indicators.values import (
    CUMULATIVE,
    INTERIM,
    LONG_TERM,
    STAGE_LABEL,
    WITHIN_PLAN,
    Cell,
    now_label,
    outside_brackets,
    prepare,
    read_cell,
    split_top,
    target_years,
)
from chiiki_mirai.readers.statements.indicators.zones import Zoned, short_label, states_basis, words_zones
from chiiki_mirai.readers.units import Unit

_KPI_TABLE = re.compile(r"KPI|撤退|担当")
# a clause's head that describes rather than names, or labels a stage of the figure (「当初案 1,900億円 → 修正
# 2,150億円」「内訳：…」 under the KGI's name)
_DESCRIPTIVE = re.compile(
    r"[でにをがと]|する|した|比べ|比較|^(?:当初|修正|変更|改訂|見直し|最新|確定|暫定)(?:案|後|前|値)?$|"
    r"^(?:単年度?|年間|累計|累積|合計|目標値?|目標年度|基準年度?|現状値?|実績)$|"  # 「官民設備投資額：単年 22億円／…累計 85億円」
    r"(?:から|まで)$|^(?:計画)?(?:策定|開始)?時点$|"  # 「…は、計画策定時点から2030年度までの累積で360億円」
    # a label that is nothing but the base of a change (「対前年度比 年3億円の増加」), with the figure's 「年」 perhaps;
    # a ratio named by what it is of (「輸出額の売上高比」「輸出額の対前年比」) names its own KGI
    r"^対?(?:基準年度?|前年度?|現状値?|実績値?|(?:R|H|令和|平成|FY)?\s*[0-9元]{0,4}\s*年度?)比\s*(?:年間?)?$|"
    r"^(?:R|H|令和|平成|FY)?\s*[0-9元]{1,4}\s*年度?末?$"  # a year before the figure (「R12年度 年60億円」) names nothing
)
# a line that breaks a KGI down or notes on it (「内訳：…250人、…120人」「注）当初案は…」): none of its figures is a KGI
_ASIDE = re.compile(r"^\s*(?:[-・*]\s*)?(?:内訳|注\s*[)）:：]|※|参考\s*[)）:：])")
_NOT_KGI = re.compile(r"KPI|[0-9]\s*回|半年|毎月|四半期")  # a clause about KPIs or a frequency is no KGI
# a line with a year and no figure that leads into the goals (「令和12年度に次の数字を達成することを目指します。」)
# (a vision 「2030年度に、…状態を目指す。KGIは次のとおり設定する。」 gives no year to the KGIs)
_LEAD_ONLY = re.compile(r"(?:次|以下|下記)の(?:数字|数値|目標値?)を(?:達成|目指)")
def _leads_in(t: str) -> bool:
    """A line that gives the year of the goals below it: it names the target year (and at most the base year of
    changes, 「（基準は令和7年度）」), or it leads into them without a figure of its own."""
    if _STATES_PERIOD.match(t):
        return False
    bare = not find_quantities(t)
    return bool(_LEAD_YEAR.search(t) and (bare or not target_years(t)[1])) or bool(_LEAD_ONLY.search(t) and bare)


# a sentence that sets the plan's period (「計画期間は令和8年度〜令和12年度（2026〜2030年度）の5年間とする。」) says how
# long the plan runs, not the year of the goals below it (003 C 「目標年度における目標値を設定してください」)
_STATES_PERIOD = re.compile(r"^\s*(?:本計画の|本プランの|本戦略の)?計画期間(?:は|を|:|：)")
_LEAD_YEAR = re.compile(r"目標年度|を目標|目標年次|年度目標|年度の目標|[(（]\s*(?:20[0-9]{2}|令和)")


@dataclass
class _Block:
    """What the lines of a KGI list share: the group, the subject a line opened, the year and class."""

    group: str
    year: int | None = None
    subject: str | None = None
    mandatory: bool | None = None
    long_term: bool = False
    seen: set = field(default_factory=set)
    flags: dict = field(default_factory=dict)  # what the subject's line says of its values (「（…累計）」)
    unit: str | None = None  # the unit the subject's line names for figures written bare (「…（R7比、百万円）」)


def _statement(name: str, cell: Cell, u: Unit, block: _Block, extra: dict, col: Column | None = None) -> list[Statement]:
    kind = kgi_kind(name)
    base = {"group": block.group, "mandatory": extra.get("mandatory"), "raw": cell.text[:120], "state": cell.state}
    out = []
    for r in cell.readings:
        if not unit_fits(kind, r.unit, r.role):
            continue  # 「官民設備投資額は核となる3社と…」: 3社 is not an investment
        year, year_from = (r.year, "value") if r.year else ((col.year, "column") if col and col.year else (block.year, "block"))
        # 「付加価値増加額　+780億円（2022年度比）」: the target of an increase is written as the change
        increase = r.role == "change" and (kind == "value_added" or "増加" in name) and r.unit not in ("%", "割", "倍", "ポイント")
        role = "target" if increase else r.role  # (a rate stays a change: 付加価値増加額 asks for an amount)
        attrs = {
            **base,
            "annual": r.annual,
            "interim": r.interim,
            "long_term": r.long_term or block.long_term or extra.get("long_term", False),
            "base_year": r.base_year,
            "year_from": year_from if year else None,
            "year_blank": extra.get("year_blank", False),
            "block_year": block.year,  # the year a lead-in or heading names for the list (「目標年度は令和12年度」)
        }
        out.append(
            Statement(kind="kgi", topic=kind, subject=name, value=r.value, unit=r.unit, year=year, role=role,  # type: ignore[arg-type]
                      modality=cell.modality if cell.modality != "none" else "affirmed", attrs=attrs, place=place_of(u))
        )
    if not out and cell.state in ("placeholder", "reference", "blank") and (col is None or col.role == "target"):
        mod = {"placeholder": "placeholder", "reference": "considering"}.get(cell.state, "none")
        out.append(Statement(kind="kgi", topic=kind, subject=name, role="target", modality=mod,  # type: ignore[arg-type]
                             attrs={**base, "year_blank": extra.get("year_blank", False)}, place=place_of(u)))
    return out


# the units a mandatory KGI is measured in (a change of value added or productivity may be a rate)
KIND_UNITS = {"investment": ("円",), "value_added": ("円",), "productivity": ("円",), "talent": ("人",)}
RATES = ("%", "倍", "ポイント")


def unit_fits(kind: str, unit: str | None, role: str) -> bool:
    allowed = KIND_UNITS.get(kind)
    if allowed is None or unit in allowed:
        return True
    return kind in ("value_added", "productivity") and unit in RATES


def name_flags(name: str) -> dict[str, bool]:
    """What an indicator's name says of its values: 「（累計）」 a sum over the period, 「（単年度）」 one year's.
    A name that says both (「（単年度／累計）」) heads cells holding a pair (「年50億円／累計430億円」): each figure
    says which it is, the name says nothing of either."""
    n = nfkc(name or "")
    out = {}
    if CUMULATIVE.search(n) or WITHIN_PLAN.search(n) and not target_years(n)[0]:  # 「計画期間中に付加価値額を…」
        out["cumulative"] = True
    if re.search(r"単年度|単年|(?<![0-9])年間|年額", n):  # not 「5年間累積」, a span
        out["annual"] = True
    return {} if len(out) == 2 else out


def _row_statements(row: Row, u: Unit, block: _Block) -> list[Statement]:
    name = strip_dress(row.name) or row.name
    extra = {"mandatory": mandatory_of(row.cls, row.name) if (row.cls or "必須" in row.name or "独自" in row.name) else block.mandatory}
    year_cells = [v for c, v in row.cells if c.fields == ("year",)]
    # 「付加価値増加額（2034年度）」, or the band over the rows (「KGI（目標年度：2040年度）」)
    name_years = target_years(nfkc(row.name))[0] or target_years(nfkc(row.cls or ""))[0]
    year = name_years[-1] if name_years else None
    row_flags = name_flags(row.name)
    if year_cells:
        ys, _, span = target_years(nfkc(year_cells[0]))
        year = ys[-1] if ys else None
        extra["year_blank"] = not ys
        row_flags |= name_flags(year_cells[0]) | ({"cumulative": True} if span else {})
    out: list[Statement] = []
    empty: list[Statement] = []
    values = [(c, v) for c, v in row.cells if c.fields == ("value",)]
    for col, text in values:
        long_term = col.flags.get("long_term") and any(not c.flags.get("long_term") for c, _ in values)
        flags = {**row_flags, **{k: v for k, v in col.flags.items() if v}}
        text = with_unit(row, col, text)  # 「95」 under 「2038年度目標（億円）」, not under a row with its own
        cell = read_cell(text, col.role, col.year or year, **flags)
        found = _statement(name, cell, u, block, {**extra, "long_term": bool(long_term)}, Column(col.label, col.fields, col.role, col.year or year))
        (out if cell.readings else empty).extend(found)
    out += _noted_sums(row, name, year, u, block, extra) if out else []
    # a row without any figure is still a KGI the plan names: blank, a placeholder or a pointer elsewhere
    return out or empty[:1] or _statement(name, Cell("", "blank", "none"), u, block, extra)


def _noted_sums(row: Row, name: str, year: int | None, u: Unit, block: _Block, extra: dict) -> list[Statement]:
    """A sum over the period given in the row's note (「官民設備投資額（年額）｜約８億円｜約21億円｜2026～2030年度の累計
    約84億円」): the KGI's cumulative value."""
    out: list[Statement] = []
    for col, text in row.cells:
        if col.fields == ("note",) and CUMULATIVE.search(nfkc(text)):
            cell = read_cell(text, "target", year, cumulative=True)
            out += [s for s in _statement(name, cell, u, block, extra) if s.role == "cumulative"]
    return out


@PerTable
def _kgi_table_says(t: Table) -> tuple[bool | None, bool]:
    """What a table says of itself, the same at each of its records: KGIs (True), not (False) or its zone decides
    (None); and whether its rows name mandatory KGIs (「官民設備投資額」「付加価値増加額」…)."""
    labels = " ".join(nfkc(k) for k in t.records[0])
    rows = table_rows(t)
    if any(row_kind(r) == "kgi" for r in rows):
        return True, False  # a class column names KGI rows (KGIs and KPIs in one table)
    if _KPI_TABLE.search(labels) and "KGI" not in labels:
        return False, False
    named = "KGI" in labels or bool(t.title and "KGI" in nfkc(t.title))
    return (True if named else None), any(kgi_kind(r.name) in KIND_UNITS for r in rows)


def _is_kgi_table(z: Zoned) -> bool:
    t = z.unit.table
    if t is None or not t.records:
        return False
    says, mandatory_rows = _kgi_table_says(t)
    if says is not None:
        return says
    # a table of the mandatory KGIs names itself by its rows, wherever it is (not in the ripple part)
    return "kgi" in z.zones or ("ripple" not in z.zones and mandatory_rows)


def _table(z: Zoned, block: _Block, records: list[Unit]) -> list[Statement]:
    """The KGIs of a table, each placed at its own record (its line and quote), else at the table's first."""
    out: list[Statement] = []
    place = RowPlaces(records)
    for row in table_rows(z.unit.table):  # type: ignore[arg-type]
        if row_kind(row) != "kpi":  # a KPI row of a table holding both is the KPI reader's
            own = place(row.name, z.unit)
            out += _row_statements(row, own, block)
    return out


_NEXT_NAME = re.compile(r"(?<=[)）])\s+(?=[一-龥ぁ-んァ-ヶA-Za-z])")  # 「…（令和12年度） 出荷単価 …」: a new subject
_LABEL = re.compile(r"^([^:：。、]{1,24})[:：]\s*")


_NEXT_LABEL = re.compile(r"\s+(?=[^\s:：、。0-9]{2,30}[:：])")  # 「…210億円 付加価値増加額：…」: the next target


# a slash after a figure's unit that starts another figure (「単年 22億円／2026〜2030年度累計 85億円」), not a rate (「人/年」)
_NEXT_FIGURE = re.compile(r"(?<=[円人件社%台回])\s*/\s*(?![年月日人件])")


def _clauses(text: str) -> list[str]:
    s = _NEXT_FIGURE.sub("、", _NEXT_LABEL.sub("、", _NEXT_NAME.sub("、", prepare(CIRCLED.sub("", text)))))
    return [c for x in split_top(s, "。") for c in split_top(x, "、,;")]


def _key_value(z: Zoned) -> tuple[str, str]:
    """(label, text) of a line: a key：value unit's, or a short label before a colon (「長期目標（2035年度）：…」)."""
    if z.unit.kind == "kv":
        return z.unit.key or "", z.unit.value
    m = _LABEL.match(nfkc(z.text))
    if m and kgi_kind(m.group(1)) == "custom" and not re.search(r"[0-9]\s*(?:億|万|円|人|%)", m.group(1)):
        return m.group(1), nfkc(z.text)[m.end() :]
    label = short_label(z.unit)  # 「目指すべき目標（必須KGI）　付加価値増加額を…」
    if label and words_zones(label) and kgi_kind(label) == "custom":
        return label, nfkc(z.text).split(label, 1)[-1]
    return "", z.text


# a key that names a measure of the plan's own (「KGI4 海外向け出荷額：2030年度 300億円」「独自KGI 輸出額：…」)
_MEASURE_KEY = re.compile(r"(?:数|率|額|量|高|比率|割合|シェア|単価|人数|件数|出荷額|売上高|輸出額)$")


def _measure_key(key: str) -> bool:
    name = outside_brackets(strip_dress(key))[0].strip()
    return bool(re.search(r"KGI", nfkc(key))) and bool(_MEASURE_KEY.search(name))


def _line(z: Zoned, block: _Block) -> list[Statement]:
    """The KGIs of one line or sentence: clause by clause, each bound to its own or the running subject."""
    key, text = _key_value(z)
    if _ASIDE.match(nfkc(key or text)):
        return []
    now = now_label(key)  # 「現状値：年間約4億円」「(ア)　現状値　基準値　約3億円」: the label says when, it names no KGI
    key = "" if now else key
    out: list[Statement] = []
    mandatory = mandatory_of(key, text[:20]) if re.search(r"必須|独自", key + text[:20]) else block.mandatory
    long_term = bool(LONG_TERM.search(nfkc(key) + nfkc(text)[:8]))
    key_years = target_years(nfkc(key))[0]
    year = key_years[-1] if key_years else None
    subject = strip_dress(key) if key and (kgi_kind(key) != "custom" or _measure_key(key)) else None
    subject_flags: dict[str, bool] = name_flags(key)
    pending: dict[str, bool] = {}
    # the unit the running KGI's name notes, for bare figures on a line that names no other indicator (「R12：185」,
    # not 「参加事業者数：12」)
    unit = block.unit if block.subject and _says_when(key) else None
    for clause in _clauses(text):
        if _NOT_KGI.search(clause):
            continue
        own, given, stage = _clause_parts(clause, subject or block.subject, unit)
        ys = target_years(outside_brackets(clause)[0])[0]
        name = own or subject or block.subject or ""
        head = outside_brackets(clause)[0]
        running = subject_flags if subject or subject_flags else block.flags
        flags = name_flags(head) if own else {**running, **pending, **name_flags(head), **{k: v for k, v in stage.items() if v}}
        role = "current" if now and not _TARGET_LABEL.match(nfkc(clause)) else "target"  # 「現状 3、目標 5」
        cell = read_cell(given, role, ys[-1] if ys else None, prefer=KIND_UNITS.get(kgi_kind(name)), **flags)
        if not cell.readings and cell.state not in ("placeholder", "reference"):
            year = ys[-1] if ys else year
            if own and (len(own) <= 40 or _long_name(own)):
                # a clause with no figure is all name: its brackets say what the figures after it are and the year
                # they are for (「官民設備投資額（2026～2030年度累計）を、…」「人材育成数（2030年度）を、…」)
                subject, subject_flags, year = own, {**name_flags(head), **_bracket_flags(clause)}, _bracket_year(clause) or year
            elif not own:
                pending = name_flags(head)  # 「累計（R8～R12）」 set off before its figure qualifies it
            continue
        pending = {}
        if not name:
            continue
        local = _Block(block.group, year or block.year, None, mandatory, block.long_term or long_term)
        out += _statement(name, cell, z.unit, local, {"mandatory": mandatory, "long_term": local.long_term})
        subject = name
    if not out and subject and kgi_kind(subject) != "custom":
        block.subject = subject  # a line that names a KGI and leaves its figures to the next lines
        block.flags = name_flags(nfkc(z.text))
        block.unit = unit_note(nfkc(z.text))
    return out


_TARGET_LABEL = re.compile(r"\s*目標(?:値)?\s*[:：]?\s*[0-9約]")


def _says_when(key: str) -> bool:
    """A line's key that names no indicator: none, or only a year or stage (「R12」「令和12年度（目標）」)."""
    label = nfkc(key or "").strip(" :：")
    return not label or bool(STAGE_LABEL.fullmatch(label))


def _clause_parts(clause: str, running: str | None, unit: str | None) -> tuple[str, str, dict[str, bool]]:
    """A clause as (the indicator it names itself, or "" for the running one; the text its figures are read from; what
    a label before them says of the figures (累計, 単年度)). A bare figure after a label that only says when
    (「R12：185」「令和12年度 150」「目標 5」) takes `unit`, the one the running KGI's name notes."""
    name, rest = split_name(clause)
    bare = bare_in_unit(clause, unit)
    if bare or BARE_NUMBER.match(clause):
        return "", bare or clause, {}  # a figure without a unit names nothing
    label = name or (clause[: len(clause) - len(rest)] if rest and clause.endswith(rest) else "")
    stage: dict[str, bool] = {}
    staged = STAGE_LABEL.fullmatch(label.strip(" :：")) and re.search(r"[0-9]|年度|累計|累積", label)
    if label and (now_label(label) or staged) and re.search(r"[0-9]", rest):
        # 「現状 800万円」「令和13年度（目標年度）単年度　110億円」: the label says when the figure falls (and whether it
        # is a total: 「（累計：…220億円）」), not a KGI's name
        name, rest, stage = "", clause, name_flags(label)
    own = name if name and len(name) >= 2 else ""
    if own and running and kgi_kind(own) == "custom" and (
        _DESCRIPTIVE.search("".join(outside_brackets(own)[0].split())) or _same_act(running, own, clause)
    ):
        # 「…：2034年度までに、県立テクノスクールと高専で年120人…」, or under 「○産業ニーズに即した人材育成数」 the line
        # 「精密加工・品質管理の人材を年間320人育成する」: the running subject's figure, its object named in the clause
        own = ""
    return own, rest or clause, stage


# a KGI name's bracket that only says the year or period its figure is for (「（2031年度）」「（2027～2031年度累計）」),
# not a base year (「（令和7年度を基準とする）」「（2025年度比）」)
_BASE_NOTE = re.compile(r"基準|起点|比|から|時点")


def _bracket_year(clause: str) -> int | None:
    years = [y for n in outside_brackets(clause)[1] if not _BASE_NOTE.search(n) for y in target_years(n)[0]]
    return years[-1] if years else None


def _bracket_flags(clause: str) -> dict[str, bool]:
    """A sum (累計) or one year's (単年度) said in a name's brackets; 「（計画期間中の最終年度の値）」 says neither."""
    notes = " ".join(outside_brackets(clause)[1])
    return {k: v for k, v in name_flags(notes).items() if k != "cumulative" or CUMULATIVE.search(notes)}


# the longest line read as a KGI's name: twice a heading's length (a name qualified by where and whom it counts runs
# to some 50 characters; a longer line is a paragraph)
LONG_NAME_MAX = 80


def _long_name(own: str) -> bool:
    """A long line without figures that still names a mandatory KGI, qualified by where and whom it counts
    (「構成町の木材・木製品製造業における従業者一人当たり付加価値額（労働生産性）の増加額」), not a sentence nor a clause
    ending in a verb (「…付加価値額を高め、雇用の場を確保していきたい」)."""
    return kgi_kind(own) != "custom" and len(own) <= LONG_NAME_MAX and not is_sentence(own) and not ends_in_verb(own)


def _name_entry(z: Zoned, t: str) -> bool:
    """A list entry that only names an indicator (「2. 本枯れ節の出荷額」 over its 「- 目標値：…」 entries): it opens that
    indicator's lines as a heading would, so the figures under it are never the KGI named before it."""
    return z.unit.kind == "item" and len(t) <= LONG_NAME_MAX and not re.search(r"[0-9:：]", t) and not is_sentence(t)


def _opens(z: Zoned, block: _Block) -> None:
    """A heading or lead-in sets what the following lines share: the year, the class, a named subject."""
    t = nfkc(z.text)
    ys = target_years(t)[0]
    entry = _name_entry(z, t)
    if z.unit.kind == "heading" or entry:
        # (an entry that names a measure of the plan's own is that measure: 「2. 藍染め製品の出荷額」)
        named = kgi_kind(t) != "custom" or (entry and _MEASURE_END.search(outside_brackets(strip_dress(t))[0].strip()))
        block.subject = strip_dress(t) if named else None
        block.unit = unit_note(t) if named else None
        block.mandatory = mandatory_of(t) if re.search(r"必須|独自", t) else block.mandatory
        block.long_term = bool(LONG_TERM.search(t))
        block.year = ys[-1] if ys else (None if block.long_term else block.year)
    elif ys and _leads_in(t):
        # (a lead-in may name the base of the changes below: 「以下はすべて令和12年度の目標です（基準は令和7年度）」)
        block.year = ys[-1]


# what a clause does that is the running mandatory KGI's own act: its object, named in the clause, is no KGI of its own
# (an indicator of its own — 「研修修了者の県内就職率」 — keeps its name)
_ACTS = {"talent": re.compile(r"育成|養成"), "investment": re.compile(r"投資"), "value_added": re.compile(r"付加価値")}
_MEASURE_END = re.compile(r"(?:数|率|額|量|高|割合|シェア|単価)$")


def _same_act(running: str | None, own: str, clause: str) -> bool:
    rx = _ACTS.get(kgi_kind(running or ""))
    return bool(rx and rx.search(nfkc(clause)) and not _MEASURE_END.search(nfkc(own).strip()))


_SETS_TARGET = re.compile(r"とする|を目指す|目標")
_OTHER_PARTS = frozenset({"basis", "verify", "kpi", "ripple"})


def named_target(z: Zoned) -> bool:
    """A sentence outside the KGI part that sets a mandatory KGI by its own name, with a year and a figure
    (「2040年度に、当該計画による官民設備投資額を累計4,200億円とする。」 under 計画の構想): a KGI wherever it stands."""
    if z.unit.kind not in ("sentence", "item", "kv") or z.zones & _OTHER_PARTS:
        return False
    t = nfkc(z.text)
    # (a sentence that calls its figure the KGI — 「目標（KGI）は、…付加価値増加額 年間2億6,000万円です」 — sets it, dated or not)
    return kgi_kind(t) in ("investment", "value_added", "talent") and bool(
        (_SETS_TARGET.search(t) and target_years(t)[0] or "KGI" in t) and re.search(r"[0-9]", t)
    )




# the working of a figure: a total of parts or a calculation (「計約330億円」「…を合算」「…を乗じ」「…を控除」)
_WORKING = re.compile(r"計約?[0-9]|合計|合算|積み?上げ|乗じ|掛け合わせ|控除|差し引|[×÷]")


def _noted_basis(z: Zoned) -> bool:
    """A note under the KGIs (「※1　官民設備投資額は、4社の投資計画（…計約330億円）と…を積み上げた。」) that says how a
    KGI was set: its figures are the inputs, not the KGI's value. A note that names a KGI with its target year and
    amount and no working (「※2　付加価値増加額は、令和12年度に12億円と試算した。」, a cell 「※2参照」) gives the value."""
    t = nfkc(z.text)
    if not (NOTE_MARK.match(z.unit.marker or "") or NOTE_MARK.match(z.text)) or not states_basis(t):
        return False
    gives_value = kgi_kind(t) != "custom" and target_years(t)[0] and find_quantities(t)
    return bool(_WORKING.search(t)) or not gives_value


# what says the lines under a listed entry are targets, not the past: a 目標/中間 label or wording, or a year after the
# strategy's first (no plan starts before FY2026, so a later year is no past figure of the region)
_TARGET_WORDING = re.compile(f"{_SETS_TARGET.pattern}|{INTERIM.pattern}")
_FIRST_PLAN_FY = 2026


def _sets_targets(zoned: list[Zoned], i: int) -> bool:
    """Whether the key：value lines right under entry i set targets (「目標値：…」「中間値：…」「令和12年度：…」); lines
    that only date past figures (「令和4年度：3億円」) or give today's level (「現状：…」) are the region's record."""
    for z in (zoned[j] for j in range(i + 1, len(zoned))):  # (no copy: the scan stops at the first other line)
        if z.unit.kind != "kv" or z.unit.section != zoned[i].unit.section:
            return False
        t = nfkc(z.text)
        if _TARGET_WORDING.search(t) or any(y.fy > _FIRST_PLAN_FY for y in find_fiscal_years(t)):
            return True
    return False


def _listed(zoned: list[Zoned], listed: tuple[_Block, str | None] | None, i: int) -> tuple[_Block, str | None] | None:
    """A list of KGIs outside the KGI part names itself by its entries, as a table of them does by its rows: an entry
    that only names a mandatory KGI (「1. 官民設備投資額（本計画による累計）」 under 「目指すべき産業クラスターの姿」) opens
    it, its 「目標値：…」 lines give its values, and the entries after it in the same section (「4. （独自）CO2排出削減量」)
    open theirs, each over lines that set targets (a list of past figures is the region's record, not its KGIs).
    Returns the open list (its block and section), or None once a line of another kind ends it."""
    z = zoned[i]
    if z.zones & _OTHER_PARTS:
        return None
    t = nfkc(z.text)
    opens = kgi_kind(t) in KIND_UNITS or (listed is not None and listed[1] == z.unit.section)
    if _name_entry(z, t) and opens and _sets_targets(zoned, i):
        block = _Block(f"l{i}") if kgi_kind(t) in KIND_UNITS or listed is None else listed[0]
        _opens(z, block)
        return block, z.unit.section
    return listed if listed is not None and z.unit.kind == "kv" and listed[1] == z.unit.section else None


def extract_kgis(zoned: list[Zoned]) -> list[Statement]:
    out: list[Statement] = []
    block = _Block("g0")
    seen_tables: set[int] = set()
    records = TableRecords(zoned)
    rows, headers = aligned_rows(zoned, "kgi")
    blocks, taken = field_blocks(zoned, "kgi")  # 「指標名：…」「目標値：…」「目標年度：…」: one row
    listed: tuple[_Block, str | None] | None = None  # a list of KGIs outside the KGI part (see _listed)
    rows = {**blocks, **rows}
    for i, z in enumerate(zoned):
        if i in taken:
            continue
        if i in headers:
            block = _Block(f"a{i}", block.year, None, block.mandatory, block.long_term)
            continue
        if i in rows:
            out += _row_statements(rows[i], z.unit, block)
            continue
        if z.unit.kind == "heading":
            if "kgi" not in z.zones:
                block = _Block(f"g{i}")
                continue
            block = _Block(f"g{i}", block.year, None, block.mandatory)
            _opens(z, block)
            continue
        if z.unit.kind == "record" and z.unit.table is not None:
            if id(z.unit.table) in seen_tables or not _is_kgi_table(z):
                continue
            seen_tables.add(id(z.unit.table))
            out += _table(z, _Block(f"t{i}", block.year, None, block.mandatory, block.long_term), records.of(z.unit.table))
            continue
        listed = _listed(zoned, listed, i) if "kgi" not in z.zones or listed is not None else None
        if listed is not None and z.unit.kind == "kv":
            out += _line(z, listed[0])  # (a 「目標値：…」 line is of the KGI part by its label, and of the list by its place)
            continue
        if "kgi" not in z.zones:
            if named_target(z):
                out += _line(z, _Block(f"s{i}"))
            continue
        if z.unit.kind not in ("sentence", "item", "kv") or _noted_basis(z):
            continue
        found = _line(z, block)
        if not found:
            _opens(z, block)
        out += found
    return out
