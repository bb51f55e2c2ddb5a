"""Indicator tables: which column says what, and one row per indicator whatever the layout.

A column label is read by a table of patterns (first match wins): the indicator's name (「指標」「KGI」「KPI」),
its class (「区分」: 必須／独自), a value column with its role and year (「現状（令和7年度）」「目標値 2030年度
（中間）」「令和12年度」「参考：令和17年度」), and the KPI's fields (目標・期限・担当部署・撤退基準・検討の場…;
a joined label such as 「目標・期限」 names two). Three layouts give the same rows:
- one record per indicator (the document model has already turned a table with labels down the left);
- one record per year or stage, indicators across (「年度 | 設備投資額 | 付加価値額」): turned here;
- one record whose labels are the indicators themselves (「産地の生産額：13億円 → 17億円」).
Rows that continue the one above (a wrapped line of a text table, the name cell empty) are joined to it, and
a header the text reader took for the caption (a space-aligned header line over an empty first column) is put
back. Totals and references (「合計」「（参考）市全体」) were marked by the document model and are skipped.

One module (over 400 lines) because the three layouts are told apart by the column table itself (which labels are
names, classes, years or fields): reading a column and turning a table into rows ask the same patterns.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace
from functools import lru_cache

from chiiki_mirai.core.text.cues import ARROW_MARK
from chiiki_mirai.core.text.normalize import nfkc, unspaced, without_trailing_note
from chiiki_mirai.core.text.numbers import BARE_PREFIX, UNIT_NOTE
from chiiki_mirai.core.text.withdrawal import ACTION as WITHDRAW_ACT
from chiiki_mirai.core.text.withdrawal import CONDITION as WITHDRAW_COND
from chiiki_mirai.readers.doctree import Table
from chiiki_mirai.readers.doctree.bands import band
from chiiki_mirai.readers.statements.indicators.per_table import PerTable
from chiiki_mirai.readers.statements.indicators.values import (
    INTERIM,
    LONG_TERM,
    STAGE_LABEL,
    now_label,
    quantities,
    target_years,
)

# (field, label pattern) — order matters: 「KPI未達時の撤退基準」 is a withdrawal column, not the name
COLUMN_FIELDS: tuple[tuple[tuple[str, ...], re.Pattern[str]], ...] = (
    (("no",), re.compile(r"^(?:No\.?|NO\.?|№|番号|#|項番)$")),
    (("unit",), re.compile(r"^単位$")),  # the unit of the bare numbers in the row (「2,150 | … | 億円」)
    # the indicator with its target in one cell (「KPI（目標値・期限）」: 「利用企業数 年間12社（令和10年度）」)
    (("name", "target", "deadline"), re.compile(r"^(?:KPI|指標)(?:名)?\s*[(（][^)）]*期限")),
    (("name", "target"), re.compile(r"^(?:KPI|指標)(?:名)?\s*[(（][^)）]*目標")),
    # the indicator with a note of what it is for (「KPI（施策の意義）」: 「投資決定件数（投資の実行）」)
    (("name",), re.compile(r"^(?:KPI|指標)(?:名)?\s*[(（][^)）]*(?:意義|内容|概要)")),
    # a column that lists the 5W1H at once (「5W1H（意義・内容・期限・担当・検討の場）」): its cell is split by what each part is
    (("fivew",), re.compile(r"5W1H|5Ｗ1Ｈ|意義.{0,6}期限|期限.{0,4}担当|意義.{0,8}担当")),
    # the criterion's column in plain words: 「達成できない場合」「届かないとき」「未達の場合」「引き際」
    (("withdrawal",), re.compile(r"撤退|見直し(?:の)?基準|未達(?:時|の場合)|(?:達成でき|達し|届か|満た)(?:ない|なかった)(?:場合|とき)|引き際")),
    # the stages of a logic model around its KPI column: the policy's input and activity are its content, an
    # outcome short of the KGI a note (「インプット（施策） | アクティビティ | アウトプット（KPI） | 初期アウトカム」)
    (("content",), re.compile(r"インプット|アクティビティ|^(?:投入|活動)$")),
    (("note",), re.compile(r"^(?:初期|中間|短期|中期)?アウトカム$|^(?:初期|中間|短期|中期)アウトカム")),
    (("owner",), re.compile(r"担当|所管|実施主体|責任")),
    (("venue", "approach"), re.compile(r"検討の場.*進め方|進め方.*検討の場")),
    (("venue",), re.compile(r"検討の場|会議体|管理の場")),
    (("approach",), re.compile(r"進め方|手法|方法")),
    (("cycle",), re.compile(r"頻度|周期|モニタリング|確認時期|^(?:進捗)?(?:確認|点検)$")),
    (("significance", "content"), re.compile(r"意義.*内容")),
    (("significance",), re.compile(r"意義")),
    (("content",), re.compile(r"^(?:施策の)?内容$|取組内容|施策内容")),
    (("note",), re.compile(r"根拠|備考|考え方|算定|出典|説明|設定理由")),
    (("class",), re.compile(r"^区分$|^種別$|^種類$|必須.{0,2}独自|^分類$")),
    (("target", "deadline"), re.compile(r"目標.{0,3}(?:期限|時期)|目標値?\s*[(（]\s*期限")),
    (("deadline",), re.compile(r"^期限|達成時期|^時期$|期限$")),
    (("year",), re.compile(r"^(?:目標\s*|達成\s*)?年度$|^時点$|^目標年次$")),
    (("name",), re.compile(r"指標|KGI|KPI|^項目|名称|目標項目|^区分\s*[・/]\s*指標|^取組$")),
)
# the 5W1H asked as questions (「誰が」「いつまでに」), alone or joined in one column (「いつ・誰が」: 「毎年度5月 産業振興課」);
# 「いつ」 without 「までに」 is the deadline (「2030年度末まで」) or the cycle (「毎年度5月」): its answer decides (kpi.answered)
QUESTIONS = {"なぜ": ("significance",), "何を": ("content",), "いつまでに": ("deadline",), "いつ": ("deadline", "cycle"),
             "誰が": ("owner",), "どこで": ("venue",), "どのように": ("approach",)}
_QUESTION_JOIN = re.compile(r"\s*[・/／、,]\s*")


def question_fields(label: str) -> tuple[str, ...] | None:
    """The fields a label of 5W1H questions names (「誰が」 → owner; 「いつ・誰が」 → deadline, cycle, owner), None for any other label."""
    parts = _QUESTION_JOIN.split(label.strip())
    if not all(p in QUESTIONS for p in parts):
        return None
    return tuple(dict.fromkeys(f for p in parts for f in QUESTIONS[p]))


# where a KPI's name ends and its target begins: a colon, a wide gap, or a space before a figure or a year
_NAME_END = re.compile(r"[:：]|\s{2,}|\s(?=[0-9令平R年累約毎])")


def name_before_target(head: str) -> str:
    """The KPI's name at the start of an entry (「技能講座の修了者数 年間60人」 → 「技能講座の修了者数」)."""
    return _NAME_END.split(head.strip(), maxsplit=1)[0]


CURRENT = re.compile(r"現状|現在|基準|実績|直近|策定時|足元")
TARGET = re.compile(r"目標|最終|計画値|見込|目指す")
CIRCLED = re.compile(r"^\s*[①-⑳]\s*")
# a row's number before (or instead of) its name: 「①」「(1)」「1.」「KPI③」「KPI①-1」「KGI②」「No.3」
_SUB_NO = r"(?:\s*[-－‐]\s*[①-⑳0-9]{1,2})*"
NUMBER_MARK = re.compile(
    r"^\s*(?:[└├┗┣│┃─━]\s*)*(?:[①-⑳]|[(（]?[0-9]{1,2}(?:[)）]|[.．](?![0-9]))|[0-9]{1,2}\s+|KPI\s*[-－]?\s*[①-⑳0-9]*" + _SUB_NO + r"\s*[:：]?"
    r"|KGI\s*[-－]?\s*[①-⑳0-9]+" + _SUB_NO + r"\s*[:：]?|No\.?\s*[0-9]{1,2}" + _SUB_NO + r")\s*"
)


@dataclass(frozen=True)
class Column:
    label: str
    fields: tuple[str, ...]  # ("value",) for a value column
    role: str = "target"
    year: int | None = None
    flags: dict = field(default_factory=dict)  # cumulative, annual, interim, long_term
    unit: str | None = None  # 「（億円）」「（人／年）」: the unit of bare numbers in the column


_PREFIX = "|".join(BARE_PREFIX)
BARE_NUMBER = re.compile(rf"^\s*(?:{_PREFIX})?\s*[0-9０-９][0-9０-９,，.．]*\s*$")


def unit_note(label: str) -> str | None:
    m = UNIT_NOTE.search(label or "")
    return m.group(1) if m else None


_BARE_CHARS = frozenset("0123456789,.")
_PARTICLE = re.compile(r"(?:には|に|は|で)$")


def bare_in_unit(text: str, unit: str | None) -> str | None:
    """「R12：185」「令和12年度 150」「2030年度に5」「現状 3」 — a bare figure, alone or after a label that only says
    when — written in `unit`, the one its indicator's name notes (「…（R7比、百万円）」); None when the text has a unit
    of its own, names something, or there is no unit."""
    label = _bare_label(nfkc(text or ""))
    if not unit or label is None:
        return None
    label = _PARTICLE.sub("", label.strip(" :：、,"))
    if label and not (STAGE_LABEL.fullmatch(label) or now_label(label)):
        return None
    return f"{text.rstrip()}{unit}"


def _bare_label(s: str) -> str | None:
    """What stands before a bare figure that ends the text (「R12：185」 → 「R12：」, 「約 40」 → 「」), None when the
    text does not end on one. Read backwards once, so a long run of digits costs linear time (a lazy label before the
    figure, matched whole, backtracks over every digit for every start)."""
    t = s.rstrip()
    i = len(t)
    while i > 0 and t[i - 1] in _BARE_CHARS:
        i -= 1
    while i < len(t) and not t[i].isdigit():
        i += 1
    if i == len(t):
        return None
    head = t[:i].rstrip()
    for prefix in BARE_PREFIX:
        if head.endswith(prefix):
            return head[: -len(prefix)]
    return head


@dataclass(frozen=True)
class Row:
    """One indicator of a table: its name, its class cell, and each other cell with its column."""

    name: str
    cls: str
    cells: tuple[tuple[Column, str], ...]
    units: tuple[str, ...] = ()  # the table's own units (「KGI一覧（単位：億円、人）」), for figures written bare


# a unit a row names for itself (「年間打上げ機数（機）」): the column's unit is not its
# (a note on what the figure is — 「（単年度）」「（累計）」「（独自）」 — is no unit)
OWN_UNIT = re.compile(r"[(（](?!単年度|累計|累積|年間|単年|独自|必須|再掲|目標|参考|任意)[^()（）0-9]{1,3}[)）]\s*$")


# one side of 「A→B」 that is a bare figure, perhaps dated (「36,000（令和7年度）」)
_BARE_SIDE = re.compile(rf"(\s*(?:{_PREFIX})?\s*[0-9０-９][0-9０-９,，.．]*)(\s*(?:[(（][^()（）]*[)）])?\s*)")
_NONE_SIDE = re.compile(r"\s*(?:[―—－\-ー‐−–]|なし)\s*")  # 「―→150」: no value today
_ARROW_SPLIT = re.compile(rf"(\s*{ARROW_MARK}\s*)")


def with_unit(row: Row, col: Column, text: str) -> str:
    """A bare figure (「95」) with the unit its row names (「…（R7比、百万円）」), its row's 単位 cell, or its column
    (「2038年度目標（億円）」) — not a column's unit under a row with a unit of its own. Each side of 「A→B」 alike
    (「36,000（令和7年度）→58,000（令和12年度）」)."""
    parts = _ARROW_SPLIT.split(text)
    sides = parts[::2]
    if not (BARE_NUMBER.match(text) or len(sides) > 1 and all(_BARE_SIDE.fullmatch(p) or _NONE_SIDE.fullmatch(p) for p in sides)):
        return text
    row_unit = next((unit_note(f"（{v.strip()}）") for c, v in row.cells if c.fields == ("unit",) and v.strip()), None)
    unit = unit_note(row.name) or row_unit or (None if OWN_UNIT.search(nfkc(row.name)) else col.unit or _table_unit(row))
    if not unit:
        return text
    return "".join(_BARE_SIDE.sub(rf"\g<1>{unit}\g<2>", p.strip(), count=1) if i % 2 == 0 else p for i, p in enumerate(parts))


_UNIT_WORD = re.compile(r"兆円|億円|百万円|千万円|万円|千円|円|万人|人|名|社|件|%|％|基|トン|ha")
_PEOPLE_UNITS = ("万人", "人", "名")
_PEOPLE_ROW = re.compile(r"人材|人数|育成|雇用|者数|従業|研修|修了|受講")


def table_units(title: str | None) -> tuple[str, ...]:
    """The units a table's caption gives (「KGI一覧（単位：億円、人）」 → 億円, 人)."""
    m = re.search(r"単位\s*[:：]\s*([^)）\n]{1,30})", nfkc(title or ""))
    return tuple(u.group() for u in _UNIT_WORD.finditer(m.group(1))) if m else ()


def _table_unit(row: Row) -> str | None:
    """Of the caption's units, the one the row's indicator is counted in: people for a count of people, else the
    first other unit (「単位：億円、人」 over 官民設備投資額 and 産業人材育成数)."""
    if len(row.units) <= 1:
        return row.units[0] if row.units else None
    people = bool(_PEOPLE_ROW.search(nfkc(row.name)))
    return next((u for u in row.units if (u in _PEOPLE_UNITS) == people), None)


_CLASS_VALUE = re.compile(r"KGI|KPI|必須|独自|波及|任意|参考|共通|^\s*[A-ZＡ-Ｚ①-⑳0-9]\s*$")  # what a class cell holds


_CLASS_TAG = re.compile(r"KGI|KPI")
NAME_KEY = re.compile(r"(?:指標名|KGI名|KPI名|指標の名称|名称)")  # the key of an indicator's name on a line of its own
MAX_FIELDS = 12  # key：value lines read as one indicator's fields under its name or entry (a real one holds a handful)


def class_kind(text: str | None) -> str | None:
    """What a class cell or a class field (「区分：KGI」) says an indicator is: "kgi", "kpi" or None."""
    m = _CLASS_TAG.search(nfkc(text or "").upper())  # the leading tag: 「KGI（進捗は下のKPIで管理）」 is a KGI
    return m.group().lower() if m else None


def row_kind(row: Row) -> str | None:
    """What a class cell says a row is when one table holds both (「区分」 KGI / 独自KGI / KPI): "kgi", "kpi" or None."""
    return class_kind(row.cls)


# a year written bare in a header, alone (「2026」「FY2036」) or in brackets after what the column holds (「目標（2030）」)
_BARE_YEAR = re.compile(r"\s*(?:FY|ＦＹ)?\s*((?:19|20|21)[0-9]{2})\s*(?:年度?)?\s*")
_BRACKET_YEAR = re.compile(r"[(（]\s*(?:FY|ＦＹ)?\s*((?:19|20|21)[0-9]{2})\s*[)）]")


def _dated_value(t: str) -> re.Match[str] | None:
    """The bracketed year of a header whose words name a value's role (「目標（2030）」「現状(2024)」), else None:
    「人口（2020）」「全国平均（2023）」 name no target or current value."""
    m = _BRACKET_YEAR.search(t)
    outside = _BRACKET_YEAR.sub("", t)
    return m if m and (CURRENT.search(outside) or TARGET.search(outside)) else None


@lru_cache(maxsize=4096)
def column_of(label: str) -> Column:
    """What a header label names (kept per label: a long table asks of the same few labels once per row)."""
    # a label repeated in the header gets a count from the document model (「区分」「区分#2」): the count names nothing
    t = re.sub(r"#[0-9]+$", "", unspaced(nfkc((label or "")[:200]).strip()))
    sub_year = None
    if " " in t:  # a merged header over its sub-header (「現状と目標（期限） 目標」): the sub-header names the column
        head, last = t.rsplit(" ", 1)
        sub = column_of(last)
        if sub.fields != ("value",) or CURRENT.search(last) or TARGET.search(last):
            year = sub.year or (target_years(head)[0] or [None])[-1]
            return Column(label, sub.fields, sub.role, year, sub.flags, sub.unit or unit_note(head))
        sub_year = sub.year  # 「目標値（年度） 2026」: a year under the header, read with the header's words
    if asked := question_fields(t):
        return Column(label, asked)
    for fields, rx in COLUMN_FIELDS:
        if rx.search(t):
            if fields == ("deadline",) and target_years(t)[0] and not t.startswith("期限"):
                break  # 「2030年度（期限）」 is a value column
            return Column(label, fields)
    years, _, _ = target_years(t)
    years = years or ([sub_year] if sub_year else [])
    if not years and (m := _BARE_YEAR.fullmatch(t) or _dated_value(t)):
        years = [int(m.group(1))]  # a header of bare years: 「2026 | 2027 | … | 累計」「FY2036」「目標（2030）」
    flags = {
        "interim": bool(INTERIM.search(t)),
        "long_term": bool(LONG_TERM.search(t)),
        "cumulative": bool(re.search(r"累計|累積", t)),
        "annual": bool(re.search(r"単年度|年間|/年", t)),
    }
    role = "current" if CURRENT.search(t) and not TARGET.search(t) else "target"
    flags["annual"] = flags["annual"] or bool(re.search(r"[/／]\s*年", t))
    return Column(label, ("value",), role, years[-1] if years else None, flags, unit_note(t))


_WORDS = re.compile(r"[ぁ-んァ-ヶ一-龥]")
CRITERIA_MIN = 2  # filled cells a column needs before its content, not its label, says it holds the criteria


def by_content(cols: list[Column], recs: list[dict[str, str]]) -> list[Column]:
    """A column whose label names nothing known (「事業継続の判断基準」 read as a value column) but whose every filled
    cell is a condition and what is done then (「…30社未満の場合、受注体制を見直し」): the withdrawal criteria."""
    out = []
    for c in cols:
        # (a cell of no words — 「―」「-」 — fills nothing)
        filled = [x for r in recs if _WORDS.search(x := nfkc(r.get(c.label) or ""))]
        if (c.fields == ("value",) and c.year is None and len(filled) >= CRITERIA_MIN
                and all(WITHDRAW_COND.search(x) and WITHDRAW_ACT.search(x) for x in filled)):
            c = replace(c, fields=("withdrawal",))
        out.append(c)
    return out


def bare_years(cols: list[Column]) -> list[Column]:
    """Value columns named by a year alone: the earliest is today's level when two or more are given and no
    column says 現状."""
    values = [c for c in cols if c.fields == ("value",)]
    if any(c.role == "current" for c in values):
        return cols
    # (a total over a span — 「2027〜2031年度 累計」 — beside 「2031年度（単年）」 is no second year)
    bare = [c for c in values if c.year and not TARGET.search(nfkc(c.label)) and not c.flags["long_term"]
            and not c.flags.get("cumulative")]
    if len({c.year for c in bare}) < 2:
        return cols
    first = min(bare, key=lambda c: c.year or 0)
    return [replace(c, role="current") if c is first else c for c in cols]


def _has_figure(text: str) -> bool:
    """A data cell: it holds a digit and is not a year or stage label (「180」「年間120億円」, not 「2040年度の目標」)."""
    t = nfkc(text or "")
    return any(ch.isdigit() for ch in t) and not _is_stage(t)


def _regrid(table: Table) -> list[dict[str, str]] | None:
    """Records read from the grid when indicators run down the left: the leading rows without figures are the
    header (a blank header cell under a merged label takes the label on its left), one record per row under it."""
    cells = [list(r) for r in table.cells]
    if len(cells) < 2 or len(cells[0]) < 2:
        return None
    h = 0
    while h < min(3, len(cells) - 1) and not any(_has_figure(c) for c in cells[h][1:]):
        h += 1
    names = [r[0] for r in cells[h:] if r and r[0].strip()]
    if h == 0 or len(names) < 1 or any(_is_stage(n) for n in names):
        return None
    # a caption merged over every column (「現状・中間・目標」 over 「現状（R6）」「中間（R10）」…) names no column
    spanning = {i for i in range(h - 1) if len({c.strip() for c in cells[i] if c.strip()}) == 1}
    labels = []
    for j in range(len(cells[0])):
        parts = []
        for i in range(h):
            below = cells[i + 1][j] if i + 1 < h and j < len(cells[i + 1]) else ""
            if i in spanning and below.strip():
                continue
            text = cells[i][j] if j < len(cells[i]) else ""
            text = text or (cells[i][j - 1] if 0 < j < len(cells[i]) and i < h - 1 else "")
            if text and text not in parts:
                parts.append(text)
        label = " ".join(parts) or f"#{j}"
        labels.append(label if label not in labels else f"{label}#{j}")
    return [dict(zip(labels, r, strict=False)) for r in cells[h:]]


def _restored(table: Table) -> list[dict[str, str]]:
    """Records, with a header the text reader took for the caption put back (an empty first header cell
    over names): the caption splits into the labels of all columns but the first; a table the document model
    laid the other way while its indicators (or their class: KGI / KPI) run down the left is read from its grid."""
    corner = next((r[0] for r in table.cells[:3] if r and r[0].strip()), "")  # under a caption row left blank there
    if table.orientation == "columns" and column_of(corner).fields in (("name",), ("class",)):
        regrid = _regrid(table)
        if regrid is not None:
            return regrid
    recs = table.data_records()
    if table.orientation != "rows" or not table.title or not table.cells:
        return recs
    parts = re.split(r"\s{2,}|\u3000+", table.title.strip())
    width = len(table.cells[0])
    if len(parts) != width - 1 or not all(column_of(p).fields == ("value",) for p in parts):
        return recs
    header = ["", *parts]
    return [dict(zip(header, row, strict=False)) for row in table.cells]


def _joined(recs: list[dict[str, str]], name_key: str | None) -> list[dict[str, str]]:
    """A record with an empty name cell continues the one above (a wrapped line of a text table)."""
    out: list[dict[str, str]] = []
    for r in recs:
        if out and name_key is not None and not (r.get(name_key) or "").strip() and any(v.strip() for v in r.values()):
            prev = dict(out[-1])
            for k, v in r.items():
                if v.strip():
                    prev[k] = (prev.get(k) or "") + v.strip()
            out[-1] = prev
        else:
            out.append(r)
    return out


def _is_stage(text: str) -> bool:
    """A cell that names a year, a stage or a field (「令和12年度」「現状」「目標（2030）」「担当部署」), not an
    indicator: the cells of the column that labels the records of a table laid the other way."""
    if quantities(nfkc(text)):
        return False  # a cell with an amount is data
    c = column_of(text)
    if c.fields not in (("value",), ("name",), ("no",)):
        return True
    return c.fields == ("value",) and (c.year is not None or bool(CURRENT.search(nfkc(text)) or TARGET.search(nfkc(text))))


def _stage_key(recs: list[dict[str, str]], labels: list[str]) -> str | None:
    """The label whose cells all name years, stages or fields: the first column's (or the second's, when the
    first only repeats a merged caption)."""
    first = [r.get(labels[0], "") for r in recs] if labels else []
    # the first column, or the second under a first that only repeats a merged caption
    caption = len(set(first)) == 1 and len(recs) > 1
    cands = labels[:2] if caption else labels[:1]
    for k in cands:
        cells = [r.get(k, "") for r in recs]
        named = [x for x in labels if x != k and not (caption and x == labels[0]) and "name" in column_of(x).fields]
        if cells and not named and all(c.strip() and _is_stage(c) for c in cells):
            return k
    return None


def _headerless(table: Table, recs: list[dict[str, str]]) -> list[dict[str, str]]:
    """A table whose first row is data (「官民設備投資額 | 令和17年度 年間18億円」): its rows under the labels
    name | value."""
    labels = list(recs[0]) if recs else []
    if table.orientation != "rows" or len(labels) < 2 or not table.cells:
        return recs
    if not any(quantities(nfkc(x)) for x in labels[1:]) or any(column_of(x).fields != ("value",) for x in labels[1:]):
        return recs
    header = ["指標", *[f"目標{i}" if i else "目標" for i in range(len(labels) - 1)]]
    return [dict(zip(header, row, strict=False)) for row in table.cells]


def caption(labels: list[str]) -> str:
    """A merged title row the labels all begin with (「政策手段の指標（四半期ごとに進捗を点検） 目標」), or ""."""
    if len(labels) < 2:
        return ""
    first = labels[0]
    n = 0
    while n < len(first) and all(len(x) > n and x[n] == first[n] for x in labels):
        n += 1
    head = first[:n]
    return head if len(head.strip()) >= 4 and all(len(x) > n for x in labels) else ""


def table_caption(table: Table) -> str:
    """A table's title: its caption line, a merged first row, or the prefix its labels share."""
    if table.title:
        return table.title
    if table.cells and len(table.cells[0]) > 1 and len(set(table.cells[0])) == 1:
        return table.cells[0][0]
    return caption(list(table.records[0])) if table.records else ""


def _uncaptioned(recs: list[dict[str, str]]) -> list[dict[str, str]]:
    cap = caption(list(recs[0])) if recs else ""
    if not cap:
        return recs
    return [{k[len(cap) :].strip() or k: v for k, v in r.items()} for r in recs]


@PerTable
def _table_rows(table: Table) -> tuple[Row, ...]:
    rows = _read_rows(table)
    if units := table_units(table.title):
        rows = [replace(r, units=units) for r in rows]
    return tuple(rows)


def table_rows(table: Table) -> list[Row]:
    """The indicators of a table, one row each, whatever its layout."""
    return list(_table_rows(table))


_LEVEL = re.compile(r"KGI|KPI")  # the level a name column holds in a KGI–KPI tree


def _level(label: str) -> str | None:
    m = _LEVEL.search(nfkc(label))
    return m.group() if m else None


_BLANK_LABEL = re.compile(r"|[行列]1")
_DITTO = re.compile(r"^(?:同上|〃|″|同(?=\s*[(（]))\s*(.*)$")  # 「同（…の累積）」 too, never 「同業種…」


CLASS_CELL_MAX = 10  # a class cell is a short tag (「必須KGI」「独自」「KPI」); a longer one is a name (「臨海部のCO2排出量（独自）」)


def _class_cell(cell: str) -> bool:
    t = nfkc(cell or "").strip()
    return bool(_CLASS_VALUE.search(t)) and len(t) <= CLASS_CELL_MAX


def _read_rows(table: Table) -> list[Row]:
    recs = _uncaptioned(_headerless(table, _restored(table)))
    if not recs:
        return []
    labels = list(recs[0].keys())
    cols = by_content(bare_years([column_of(k) for k in labels]), recs)
    by_label = dict(zip(labels, cols, strict=False))
    names = [c.label for c in cols if "name" in c.fields]
    # of two name columns (「項目 | 指標」), not the one that only numbers the rows (「KPI①」「No.1」)
    name_key = next((k for k in names if any(NUMBER_MARK.sub("", nfkc(r.get(k) or "")).strip() for r in recs)), names[0] if names else None)
    parent_key = None
    if name_key is not None and _level(name_key) == "KGI":
        # a KGI–KPI tree (「KGI | KPI | 目標 …」, the KGI merged down over its KPIs): the rows are the KPIs
        leaf = next((k for k in names if k != name_key and _level(k) == "KPI"), None)
        if leaf is not None:
            name_key, parent_key = leaf, name_key
    if name_key is None and labels and _BLANK_LABEL.fullmatch(labels[0]):
        name_key = labels[0]  # a first column under a blank header cell (the document model calls it 列1 / 行1)
    recs = _joined(recs, name_key)
    stage = _stage_key(recs, labels)
    if stage is not None:
        return _across(recs, stage, [k for k in labels[: labels.index(stage)]])
    if name_key is None:
        # a column headed 「区分」 that holds no class (KGI, 独自, 波及…) holds the names: the first column, or the
        # second of a 「区分」 header over two rows (「必須KGI」 over 「官民設備投資額」)
        name_key = next((k for k in labels if "class" in by_label[k].fields
                         and not any(_class_cell(r.get(k, "")) for r in recs)), None)
    if name_key is None and labels and all(r.get(labels[0], "").strip() and not _has_figure(r.get(labels[0], "")) and not _is_stage(r.get(labels[0], "")) for r in recs) and not all(
        _class_cell(r.get(labels[0], "")) for r in recs
    ):  # (a first column of classes only — 「必須KGI」「独自KGI」 — names no indicator)
        name_key = labels[0]  # 「時点 | 目標（2031年度） | 現状」 laid the other way: the first column names the indicators
    if name_key is None:
        name_key = _text_column(recs, labels, by_label)
    if name_key is None:
        if any(c.fields == ("year",) for c in cols):
            return _across(recs, next(c.label for c in cols if c.fields == ("year",)))
        if len(recs) != 1:
            return []  # no name column and more than one record: not a table of indicators
        return [Row(k, "", ((Column(k, ("value",)), v),)) for k, v in recs[0].items() if v.strip()]
    cls_key = next((c.label for c in cols if "class" in c.fields and c.label != name_key), None)
    # rows named in a column headed KPI (「アウトプット（KPI） | … | 最終アウトカム（KGI）」, 「KPI | 関連KGI」) are KPIs,
    # whatever other column names the KGI they serve
    own_level = "KPI" if parent_key is None and _level(name_key) == "KPI" else ""
    twins = _twins(name_key, labels)
    out: list[Row] = []
    group = ""
    for r in recs:
        if (drawn := band(r)) is not None:
            group = drawn  # 「KGI（2040年目標）」 across the table: the class of the rows under it
            continue
        name = _qualified(NUMBER_MARK.sub("", r.get(name_key) or "").strip(), r, twins)
        if out and (m := _DITTO.match(name)):  # 「同上（令和8〜12年度の累積）」: the row above's indicator, qualified
            name = without_trailing_note(out[-1].name).strip() + m.group(1).strip()
        cells = tuple((by_label[k], v) for k, v in r.items()
                      if k not in (name_key, cls_key, parent_key, *twins) and k in by_label)
        if "target" in by_label[name_key].fields and (short := name_before_target(name)) != name.strip():
            # the name cell holds the target after the name: the rest is the target's cell
            held = tuple(f for f in by_label[name_key].fields if f != "name")
            cells = ((Column(name_key, held), name.strip()[len(short) :]), *cells)
            name = short
        out.append(Row(name, r.get(cls_key, "") if cls_key else (own_level or group), cells))
    return [x for x in out if x.name or any(v.strip() for _, v in x.cells)]


def _twins(name_key: str, labels: list[str]) -> list[str]:
    """The columns under the name's header merged across them (「KGI」 over 「官民設備投資額 | 累積（令和9～13年度）」; the
    document model counts the repeats 「KGI#2」)."""
    return [k for k in labels if k != name_key and re.sub(r"#[0-9]+$", "", k) == name_key]


def _qualified(name: str, rec: dict[str, str], twins: list[str]) -> str:
    """The name with what its twin columns add (「官民設備投資額 累積（令和9～13年度）」); a name merged across them too
    (「付加価値増加額」 over both) is said once."""
    for k in twins:
        part = (rec.get(k) or "").strip()
        if part and part != name:
            name = f"{name} {part}".strip()
    return name


def _text_column(recs: list[dict[str, str]], labels: list[str], by_label: dict[str, Column]) -> str | None:
    """The one column of words among columns of figures and a class column (「区分 | （単位） | 目標値 | 現状値」 whose
    second column names the indicators, its header cut in two by the paste): the names."""
    def words(k: str) -> int:
        return sum(1 for r in recs if re.search(r"[一-龥ぁ-んァ-ヶA-Za-z]", r.get(k, "")) and not _has_figure(r.get(k, "")))
    # (a column of class tags — 「必須」「独自」 under a header repeated over both columns, 「成果目標 | 成果目標」 — is no name)
    texts = [k for k in labels if by_label[k].fields == ("value",) and words(k) * 3 >= len(recs) * 2
             and not all(_class_cell(r.get(k, "")) for r in recs)]
    return texts[0] if len(texts) == 1 and len(recs) >= 2 else None


def _across(recs: list[dict[str, str]], stage_key: str, skip: list[str] | None = None) -> list[Row]:
    """Records that are years, stages or fields, indicators across: one row per indicator."""
    cols = bare_years([column_of(r.get(stage_key, "")) for r in recs])
    names = [k for k in recs[0] if k != stage_key and k not in (skip or [])]
    return [
        Row(NUMBER_MARK.sub("", n).strip(), "", tuple((c, r.get(n, "")) for c, r in zip(cols, recs, strict=False)))
        for n in names
    ]
