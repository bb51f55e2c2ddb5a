"""KPI statements: one per KPI, its 5W1H fields (目標・期限・担当部署・撤退基準・検討の場…) with their modality.

A KPI is read as a record however it is written: a table row (columns named by the indicator tables' labels),
a row of a space-aligned text table, a labelled line (「ＫＰＩ①　名称　意義：…　目標：…　撤退基準：…」), or
a name (a 「＜ＫＰＩ１＞」 line, a numbered entry, a sub-heading of the KPI section) followed by field lines
(「担当：…」「撤退基準：…」). An entry without labels (「体験工房の来場者数：令和11年度に年4,500人、町観光商工課。
令和10年度に2,000人未満なら…切り替える。」) is split by what each clause is: the target with its year, the
department, the criterion. A note under the KPIs (「※撤退基準：…」「撤退基準は設けない」「いずれのKPIも…」) is the
criterion of every KPI that has none of its own; a criterion on a line of its own follows the KPI above it.

Each field keeps its text and its modality: 「（調整中）」 is a placeholder, 「―」 blank, 「設けない」 negated —
stated but not set, which a fact tells apart from a field never written.

The file is just over 400 lines: the record, labelled-line and unlabelled-entry readers share `Kpi`, `put` and the
field patterns, and kpi_owners imports `Kpi` and `put` from here, so a split would need a third module for them.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from chiiki_mirai.core.statement import Statement
from chiiki_mirai.core.text.modality import WRITTEN_LATER, field_modality, pending_slot
from chiiki_mirai.core.text.normalize import nfkc
from chiiki_mirai.core.text.withdrawal import ACTION as WITHDRAW_ACT
from chiiki_mirai.core.text.withdrawal import CONDITION as WITHDRAW_COND
from chiiki_mirai.core.text.withdrawal import criterion_modality
from chiiki_mirai.readers.doctree import Table
from chiiki_mirai.readers.statements.base import place_of
from chiiki_mirai.readers.statements.indicators.monitoring import cycle_of
from chiiki_mirai.readers.statements.indicators.names import strip_dress
from chiiki_mirai.readers.statements.indicators.per_table import PerTable
from chiiki_mirai.readers.statements.indicators.tables import (
    CIRCLED,
    TARGET,
    Row,
    column_of,
    name_before_target,
    row_kind,
    table_rows,
)
from chiiki_mirai.readers.statements.indicators.values import (
    BLANK,
    MAX_CLAUSE,
    WITHIN_PLAN,
    split_text,
    split_top,
    target_years,
)
from chiiki_mirai.readers.statements.indicators.zones import Zoned
from chiiki_mirai.readers.units import Unit

FIELDS = ("target", "deadline", "current", "owner", "withdrawal", "significance", "content", "venue", "approach", "cycle")
# a KPI's own label: 「KPI①」「ＫＰＩ－２」「＜ＫＰＩ１＞」「KPI(1)」「指標A」
KPI_LABEL = re.compile(r"^\s*[<＜〈【\[]?\s*(?:KPI|指標)\s*[-－‐]?\s*[(（]?\s*(?:[0-9]{1,2}(?![WwＷ])|[A-Za-z](?![0-9WwＷ])|[①-⑳])?\s*[)）]?\s*[>＞〉】\]]?\s*[:：]?\s*")
# a KPI's number and the label of its name as one key (「＜KPI①＞ 指標名：浮体基礎の県内製作基数 現状：…」)
NAMED_KEY = re.compile(KPI_LABEL.pattern + r"(?:指標名|指標|名称|KPI名|項目名?)\s*$")
# a field label inside a line: at its start or after a space or a comma, then a colon or a space
_EVERY_YEAR = re.compile(r"毎年度|毎年|各年度")
# a yearly target (「年二十件以上」「年間15人」): its deadline is every year when the KPI has no 期限 field at all
# (a 期限 column left blank is a deadline not set)
_YEARLY = re.compile(r"^\s*(?:年間?|単年度)\s*(?=[0-9〇一二三四五六七八九十百千])|(?:年度|年)から\s*(?:年間|毎年)")
# a deadline counted from the plan's (or the work's) start (「計画3年目」「開始後3年以内」「稼働から2年後」)
_RELATIVE = re.compile(
    r"(?:計画|事業|開始|開業|稼働|運行開始|供用開始|着手)?(?:後|から)?\s*[0-9一二三四五六七八九十]{1,2}\s*(?:年目|か年以内|年以内|年後)"
)
_TIME_WORD = re.compile(r"年度|毎年|[0-9]{4}|月|末|まで|以降|中|年目|年以内|年後")
NAME_LINE = re.compile(r"^[^。、,:：]{2,40}$")  # a line that can be a KPI's name
_PARTICLES = tuple("はのがをもにと、。及等・並")
_MENTION = tuple("はがをもにとの及")  # right after a KPI's number: 「KPI3は…」「KPI2及び3は…」 speak of it  # 「KPIは…」「KPIの進捗…」 are about the KPIs, not one of them
_FIELD_WORDS = (
    r"(?:施策の)?意義(?:・内容)?|(?:施策の)?内容|目標(?:値)?(?:・期限|[(（]期限[)）])?|期限|達成時期|現状値?|"
    r"担当(?:部署|課)?等?|所管(?:課)?等?|進め方|検討の場(?:・進め方)?|確認頻度|頻度|(?:進捗)?確認(?=\s*[:：])|見直し基準|"
    r"なぜ|何を|いつまでに|誰が|どこで|どのように"  # the 5W1H asked as questions (「誰が：産業政策課」)
)
_INLINE = re.compile(
    # (「担当部署＝…」: a 5W1H written as 「項目＝内容」 parts set off by slashes)
    rf"(?:(?<=^)|(?<=[\s、,/(（。．;；]))(?P<l>{_FIELD_WORDS})(?:\s*[:：=]\s*|\s+|(?=[0-9令平R年約累]))|(?P<w>(?:KPI未達時の)?撤退基準(?:[(（][^)）]{{0,10}}[)）])?|撤退(?=\s*[:：]))(?:\s*[:：=]\s*|\s+)"
    # a label glued to the field before it when a cell's lines were joined (「…産業政策課検討の場：推進会議」)
    r"|(?<=[^\s])(?P<g>検討の場|進め方|撤退基準|担当(?:部署|課)?|意義|期限)\s*[:：]\s*"
    # a label in brackets before its field (「（担当部署）県産業振興課。（期限）2030年度。」「【担当】…」)
    rf"|[(（【〈<＜]\s*(?P<b>{_FIELD_WORDS}|撤退基準)\s*[)）】〉>＞]\s*[:：]?\s*"
)
# a figure or a year, in Arabic or kanji numerals (「年二十件以上」「令和十年度」)
_FIGURE = re.compile(r"[0-9]|[〇一二三四五六七八九十百千万]+\s*(?:年度|年|件|人|社|円|億|万|%|割|倍|本|個|台|回|か所|箇所|店|棟|軒|t|トン)")
# a department or an office that runs the KPI's work (「…課」「…センター」「新潟市産業振興財団」「…機構」); a part of an
# area (「県北部」「東部」「沿岸部」) or a bare 本部・支部・一部 names no department
_AREA_PART = r"(?:[都道府県市町村郡圏]?(?:[東西南北]{1,2}|中|沿岸|山間|中山間|都市|市街|島しょ|島嶼|周辺|内陸|中心)|[本支一全各内外])部$"
_DEPT = re.compile(rf"(?!{_AREA_PART})[^\s、,。()（）:：]{{1,16}}(?:課|室|局|部|係|センター|事務局|本部|財団|機構)"
                   r"(?:[^\s、,。()（）]{0,12}(?:課|係|室))?")
# a note in brackets at the end that names only departments (「…年300件（成長産業推進課、新潟市産業振興財団）」): the owners
_OWNERS_NOTE = re.compile(r"[(（]([^()（）]+)[)）]\s*$")


_BARE_YEAR = re.compile(r"[(（]\s*(20[2-6][0-9])\s*[)）]")


@dataclass
class Kpi:
    name: str
    unit: Unit
    fields: dict[str, str] = field(default_factory=dict)
    own_line: int = 0
    blank_cells: set[str] = field(default_factory=set)  # the fields of OWN_CELL_FIELDS whose own table cell is empty

    def statement(self) -> Statement:
        attrs: dict = {}
        for f in FIELDS:
            text = (self.fields.get(f) or "").strip()
            if not text:
                continue
            attrs[f] = text[:300]
            first = split_top(nfkc(text), "。")[0] if text.strip("。") else text
            if f == "owner":  # 「産業振興課／半期ごとの参入状況調査」 under 「担当部署／検討の場」: the department is the first part
                first = re.split(r"[／/]", first)[0] or first
            if BLANK.match(nfkc(text)):
                attrs[f + "_modality"] = "none"
            else:
                attrs[f + "_modality"] = criterion_modality(text) if f == "withdrawal" else field_modality(first)
        # a deadline is a year (「令和10年度」「2030年3月」) or a word of time (「毎年度」「令和10年度～」)
        when = nfkc(self.fields.get("deadline") or self.fields.get("target") or "")
        # a year written bare in brackets after the target (「累計15ha（2030）」 under 「目標（年度）」) is its year
        ys = target_years(when)[0] or [int(y) for y in _BARE_YEAR.findall(when)][-1:]
        if not ys and "deadline" not in self.fields:
            ys = target_years(nfkc(self.name))[0]  # a milestone with its year in its name (「製造棟の稼働（2029年度）」)
        combined = attrs.get("deadline") is not None and attrs.get("deadline") == attrs.get("target")  # 「目標・期限：…」
        if ys and ("deadline" not in attrs or combined):  # 「30社（令和10年度まで）」: the target's year, as a Western year
            attrs["deadline"] = f"{ys[-1]}年度"
            attrs.setdefault("deadline_modality", "affirmed")
        elif ys:
            pass  # a deadline written in its own field stays as written (「令和11年度」)
        elif "deadline" in attrs and not _TIME_WORD.search(nfkc(attrs["deadline"])) and attrs["deadline_modality"] != "placeholder":
            del attrs["deadline"], attrs["deadline_modality"]
            if combined and _YEARLY.search(nfkc(self.fields.get("target") or "")):
                attrs["deadline"], attrs["deadline_modality"] = "毎年度", "affirmed"  # 「目標（期限）：年150人」, as 「年150人」 alone
        elif "deadline" not in attrs and (
            _EVERY_YEAR.search(nfkc(self.fields.get("target") or ""))
            or ("deadline" not in self.fields and _YEARLY.search(nfkc(self.fields.get("target") or "")))
        ):
            attrs["deadline"], attrs["deadline_modality"] = "毎年度", "affirmed"  # 「毎年度50人」「年20件」
        elif "deadline" not in attrs and WITHIN_PLAN.search(nfkc(self.fields.get("target") or "")):
            attrs["deadline"], attrs["deadline_modality"] = "計画期間中", "affirmed"  # 「5年間で15社」
        elif "deadline" not in attrs and (rel := _RELATIVE.search(nfkc(self.fields.get("target") or ""))):
            attrs["deadline"], attrs["deadline_modality"] = rel.group().strip(), "affirmed"  # 「計画3年目 40戸」
        cycle = next((c for c in (cycle_of(self.fields.get(f, "")) for f in ("cycle", "venue", "approach")) if c), None)
        if cycle:
            attrs["cycle"] = cycle
        mod = attrs.get("target_modality", "affirmed")
        return Statement(kind="kpi", subject=self.name[:120], modality=mod if mod != "none" else "affirmed",  # type: ignore[arg-type]
                         attrs=attrs, place=place_of(self.unit))


# a value that only points at a table (「各KPIの担当は下表のとおりとし」「以下のロジックモデル及び5W1H表のとおり」): it fills
# no field
_POINTER = re.compile(r"^(?:[^。]{0,6})?(?:下表|上表|次表|別表|表|以下|下記|上記|別紙|下の|次の)[^。]{0,24}?(?:のとおり|に記載|に示す)")
# a clause of a longer text that points one field at an annex (「…、見直しの目安は付表3に記載する」): that clause fills no
# field — the annex's own rows do, and a KPI an annex leaves out stays without one — while the rest of the text counts.
# (Bounded spans, no nested repeats: linear on long lines.)
_POINTER_CLAUSE = re.compile(
    r"(?:^|[、,，])[^。、]{0,20}?(?:は|について(?:は)?)\s*(?:下表|別表|別紙|別添|付表)[^。、]{0,12}?"
    r"(?:のとおり|に記載|に示す|を参照)(?:とし|とする|とします|する|します|である|です)?"
)


def without_pointers(text: str) -> str:
    """The text less what points at a table: nothing when it only points (「下表のとおり」), else the text with its
    clauses pointing at an annex taken out (「品質基準は自社規程による、見直しの目安は付表3に記載する」 → 「品質基準は自社規程による」)."""
    if _POINTER.match(nfkc(text or "").strip()):
        return ""
    return _POINTER_CLAUSE.sub("", text or "").strip(" 　、,，")


# the fields whose empty cell in the KPI's own row a note elsewhere does not fill: a KPI table with a 担当 column and a KPI's
# cell in it empty says that KPI has no owner (003 ④ 「5W1H（…担当部署…）を記載ください」; lead ruling, two writers judged
# it a gap) — 「事務局は〇〇課が担い、KPIの集計…」 is who collects, not each KPI's owner
OWN_CELL_FIELDS = ("owner",)
# a note that speaks of the empty cells themselves (「担当欄が空欄のものは…」「特に記載のないものは…」「「－」のものを含め」)
_FOR_BLANKS = re.compile(r"空欄|記載の?ない|記載がない|未記入|[-－―ー]」?の(?:もの|欄)|欄が")


def put_note(k: Kpi, fields: tuple[str, ...], text: str, note: str = "") -> None:
    """A note for every KPI fills the fields a KPI leaves empty or blank (「撤退基準の欄が「－」のものを含め…」) —
    an empty cell of OWN_CELL_FIELDS only when the note (its whole `note` text) speaks of the empty cells; a pointer to
    the table (「下表のとおり」) fills none."""
    rest = without_pointers(text)
    if (text or "").strip() and not rest:
        return
    if rest != (text or "").strip(" 　、,，") and not (WITHDRAW_COND.search(nfkc(rest)) or WITHDRAW_ACT.search(nfkc(rest))):
        fields = tuple(f for f in fields if f != "withdrawal")  # the criterion was the clause pointing at the annex
    fields = tuple(f for f in fields if f not in k.blank_cells or _FOR_BLANKS.search(nfkc(note)))
    for f in fields:
        if BLANK.match(nfkc(k.fields.get(f) or "")):
            k.fields.pop(f, None)
    if fields:
        put(k, fields, text)


# a 「いつ」 answer that is a cycle (「毎年度6月」「毎月」「年2回」), not a deadline
_CYCLE_WHEN = re.compile(_EVERY_YEAR.pattern + r"|毎月|毎四半期|年\s*[0-9一二三四]\s*回")


def when_field(text: str) -> str | None:
    """What a 「いつ」 answer is: a year or 〜まで the deadline (「2030年度末まで」), a cycle the cycle (「毎年度6月」),
    a bare 年度末 the deadline; anything else None."""
    t = nfkc(text or "").strip()
    if target_years(t)[0] or re.search(r"まで$|までに$", t):
        return "deadline"
    if _CYCLE_WHEN.search(t):
        return "cycle"
    return "deadline" if "年度末" in t else None


def answered(fields: tuple[str, ...], text: str) -> tuple[str, ...]:
    """The fields a value fills: under 「いつ」 (deadline and cycle) the one its answer is (a cycle when unclear)."""
    if "deadline" not in fields or "cycle" not in fields:
        return fields
    when = when_field(text) or "cycle"
    return tuple(f for f in fields if f not in ("deadline", "cycle") or f == when)


def put(k: Kpi, fields: tuple[str, ...], text: str) -> None:
    text = (text or "").strip(" 　、,/:：。．").rstrip("(（ 　")
    fields = answered(fields, text)
    if text and not (text := without_pointers(text)):
        return  # 「KPI及び撤退基準：下表のとおり」: the fields are where it points, not this line
    if text.endswith((")", "）")) and text.count(")") + text.count("）") > text.count("(") + text.count("（"):
        text = text[:-1].strip()
    for f in fields:
        f = {"value": "target", "year": "deadline"}.get(f, f)
        if f in FIELDS and not k.fields.get(f):
            k.fields[f] = text


def inline_fields(text: str) -> tuple[str, list[tuple[tuple[str, ...], str]]]:
    """(the text before the first field label, [(fields, value)] of each labelled part) of one line."""
    s = nfkc(text or "")[: MAX_CLAUSE * 2]
    # a bracketed label that closes its clause labels the answer before it (_answer_then_label), not the text after
    marks = [m for m in _INLINE.finditer(s) if not (m.group("b") and _CLAUSE_END.match(s, m.end()) and m.start())]
    if not marks:
        return s, []
    out = []
    for m, nxt in zip(marks, [*marks[1:], None], strict=False):
        label = m.group("l") or m.group("w") or m.group("g") or m.group("b")
        value = s[m.end() : nxt.start() if nxt else len(s)]
        col = column_of(label)
        fields = col.fields if col.fields != ("value",) else (("current",) if col.role == "current" else ("target",))
        out.append((fields, value))
    return s[: marks[0].start()], out


def from_row(row: Row, u: Unit) -> Kpi:
    """One KPI of a table row. Of several target columns (中間・最終・長期) the target is the final one written
    (「―」 under a later year is no target), and a column's year (「最終（R12）」) is the KPI's deadline."""
    k = Kpi(strip_dress(row.name) or row.name, u)
    if not any(c.fields == ("value",) for c, _ in row.cells):
        # a name column that holds the target too (「KPI（期限）」: 「修了者数 年六十人（令和9年度以降毎年度）」)
        parts = split_target(nfkc(k.name))
        if parts is not None and _FIGURE.search(parts[1]):
            k.name = parts[0]
            put(k, ("target",), parts[1])
    targets = [(c, t) for c, t in row.cells if c.fields == ("value",) and c.role == "target" and t.strip() and not BLANK.match(nfkc(t))]
    final = [(c, t) for c, t in targets if not (c.flags.get("interim") or c.flags.get("long_term"))]
    named = [(c, t) for c, t in final if TARGET.search(nfkc(c.label))]  # 「最終（R12）」「目標」
    # years under one 「目標値」 header (「目標値（年度） 2026 … 2030」): the latest year's is the target
    named = sorted(named, key=lambda x: -(x[0].year or 0)) if all(c.year for c, _ in named) else named
    dated = sorted((x for x in final if x[0].year), key=lambda x: -(x[0].year or 0))  # else the latest year (R8…R12)
    chosen = (named or dated or final or targets or [None])[0]
    if chosen is not None:
        put(k, ("target",), chosen[1])
        if chosen[0].year and not any("deadline" in answered(c.fields, t) for c, t in row.cells):
            put(k, ("deadline",), f"{chosen[0].year}年度")
    for col, text in row.cells:
        head, labelled_parts = inline_fields(text)
        if len(labelled_parts) >= 2:  # a 「5W1H／撤退基準」 cell: 「意義：…。担当：…。撤退基準：…」, each to its field
            for fs, v in labelled_parts:
                put(k, fs, v)
            if not head.strip():
                continue
            text = head
        if BLANK.match(nfkc(text)):
            k.blank_cells |= set(col.fields) & set(OWN_CELL_FIELDS)
        if col.fields == ("value",):
            put(k, ("current",) if col.role == "current" else ("target",), text)
        elif col.fields == ("fivew",):
            fivew_parts(k, text)
        else:
            put(k, col.fields, text)
    _unsettled_cells(k, row)
    return k


def _unsettled_cells(k: Kpi, row: Row) -> None:
    """A field written in two columns (「実施主体」 and 「担当部署」 both 担当): a pending note in either (「（調整中）」
    「後日記載」) leaves the field unsettled, whatever the other column says; a dash (「－」) is only an empty cell."""
    for col, text in row.cells:
        if col.fields in (("value",), ("fivew",)) or not _pending(text):
            continue
        for f in col.fields:
            if f in FIELDS and k.fields.get(f) and not _pending(k.fields[f]):
                k.fields[f] = text.strip()


# a cell that is or carries a pending note (「未定」「（調整中）」「（観光課又は地域振興課で調整中）」); bounded: linear
_PENDING_CELL = re.compile(r"^\s*(?:調整中|未定|検討中)\s*$|[(（][^()（）]{0,30}?(?:調整中|未定|検討中)[)）]")


def _pending(text: str) -> bool:
    """A real pending note — a slot to fill, a text to be written later, 「（調整中）」 — never a blank dash."""
    t = nfkc(text or "").strip()
    if not t or BLANK.match(t):
        return False
    return pending_slot(t) or bool(WRITTEN_LATER.match(t) or _PENDING_CELL.search(t))


_VENUE = re.compile(r"会議|協議会|部会|委員会|審議会|検討会")
_SAME = re.compile(r"^同(?:室|課|部|局|上|左)$")


def fivew_parts(k: Kpi, text: str) -> None:
    """A cell of the 5W1H written as its parts without labels (「中核。工程確認。R10.4まで。推進室。推進会議で報告」):
    a department (or 「同室」) is the owner, a year or 「毎年度」 the deadline, a meeting the venue, the first
    others the significance and content."""
    rest: list[str] = []
    for part in split_text(text, "。"):
        p = part.strip()
        if not p:
            continue
        if _DEPT.fullmatch(p) or _SAME.match(p):
            put(k, ("owner",), p)
        elif _VENUE.search(p):
            put(k, ("venue",), p)
        elif when_field(p) and len(p) <= 20:  # a cell's 「いつ」, a cycle (毎年度) too, is the 期限 it answers
            put(k, ("deadline",), p)
        else:
            rest.append(p)
    for f, p in zip(("significance", "content"), rest, strict=False):
        put(k, (f,), p)


# who is in charge, as the subject of its clause (「旅館協同組合と商工観光課が担当し」「加工組合が所管する」)
# how the name of a department or of a body in charge ends
OFFICE_END = r"(?:課|室|局|部|係|センター|事務局|本部|財団|組合|協会|商工会|会議所|協議会|機構|公社|JA|漁協|農協)"
IN_CHARGE = re.compile(
    r"(?P<d>[^、。:：]{2,40}?)が(?:[^、。:：]{1,12}を)?(?:主に|主として)?(?:担当|所管)(?:し|する|します|となり|となる)?"
    # 「担当は商工観光課と益子焼協同組合」「担当は産業振興課です」: the department after the topic; after a bare space
    # (「担当 産業労働部 労働政策課」) only words that end as a department's name (「担当 法人を公募して決める」 names none)
    r"|^[:：]?\s*(?:担当|所管|担当部署|担当課)(?:は(?P<t>[^、。:：]{2,40}?)|\s+(?P<s>[^、。:：]{1,38}?" + OFFICE_END + r"))"
    r"(?:です|で|とする|とします|が担う)?$"
)


def in_charge(m: re.Match[str]) -> str:
    """The department an `IN_CHARGE` match names."""
    return m.group("d") or m.group("t") or m.group("s")


# today's level a target starts from (「令和6年度の0室から、令和9年度末までに40室とする」「現状の約90人を、」): no target
_FROM_LEVEL = re.compile(r"(?:から|より|を)$")


# who does the KPI's work, as the subject of a clause (「観光協会と商工観光課が旅行会社への売り込みを行う」「商工観光課が
# 補助申請を受け付け」「組合が毎年集計し」): the body in charge, when the subject names a department or a body that runs
# such work (a company doing its own investment is no owner)
_DOER = re.compile(
    r"(?P<d>[^、。:：]{2,40}?)が[^。が]{0,30}?(?:を)?(?:行う|行い|実施する|実施し|進める|進め|担う|担い|受け持つ|"
    r"集計する|集計し|確認する|確認し|管理する|管理し|受け付ける|受け付け)"
)
_DEPT_WORD = re.compile(OFFICE_END + r"(?:と|・|、|及び|$)")


def doer(sentence: str) -> str | None:
    """The body a clause of the sentence names as doing the work, or None."""
    t = nfkc(sentence).strip()
    starts = [0] + [i + 1 for i, c in enumerate(t) if c == "、"]  # each clause may open with who does it
    for m in (m for i in starts if (m := _DOER.match(t, i)) is not None):
        if _DEPT_WORD.search(m.group("d").strip()):
            return m.group("d").strip()
    return None


def unlabelled(k: Kpi, rest: str) -> None:
    """An entry without labels: the criterion clause, the department, the target with its year."""
    for sent in split_text(rest, "。"):
        if WITHDRAW_COND.search(sent) and WITHDRAW_ACT.search(sent):
            put(k, ("withdrawal",), sent)
            continue
        note = _OWNERS_NOTE.search(sent)
        parts = [x.strip() for x in re.split(r"[、,・]", note.group(1))] if note else []
        if len(parts) > 1 and all(_DEPT.fullmatch(x) for x in parts):  # one owner note, not split at its commas
            put(k, ("owner",), note.group(1).strip())
            sent = sent[: note.start()]
        if (who := doer(sent)) is not None:
            put(k, ("owner",), who)
        for clause in split_text(sent, "、,"):
            if told := _answer_then_label(clause):  # 「2030年度に稼働率80%（期限）」
                put(k, *told)
                continue
            if a := IN_CHARGE.fullmatch(clause.strip()):  # 「観光協会が担当し、推進会議で確認する」
                put(k, ("owner",), in_charge(a))
                continue
            d = _DEPT.fullmatch(clause.strip()) or _DEPT.fullmatch(re.sub(r"^.*[(（]|[)）]$", "", clause.strip()))
            if d and not re.search(r"[0-9]", clause):
                put(k, ("owner",), d.group(0))
                continue
            inner = re.search(r"[(（]([^()（）]+)[)）]\s*$", clause)
            if inner and _DEPT.fullmatch(inner.group(1).strip()):
                put(k, ("owner",), inner.group(1).strip())
                clause = clause[: inner.start()]
            if (_FIGURE.search(clause) or re.search(r"完了|稼働|着工|開始|整備", clause)) and not _FROM_LEVEL.search(clause):
                put(k, ("target",), clause)


# a 5W1H written answer first, its label in brackets after it (「…のため（意義）、…を整備し（内容）、2030年度に80%（期限）」):
# each clause is the answer of the label that closes it — never of the next clause's label
_CLAUSE_END = re.compile(r"\s*(?:[、,。．]|$)")
_LABEL_AFTER = re.compile(r"[(（]\s*([^()（）\s]{1,6})\s*[)）]\s*$")
_CASE_END = re.compile(r"(?:が|で|にて|は)$")
_CASE_FIELDS = frozenset({"owner", "venue"})  # the answers a case particle closes (who does it, where)
_ANSWER_FIELDS = frozenset({"significance", "content", "deadline", "owner", "venue", "approach"})


def _answer_then_label(clause: str) -> tuple[tuple[str, ...], str] | None:
    """(fields, answer) of a clause closed by the bracketed label of a 5W1H field, else None."""
    m = _LABEL_AFTER.search(clause)
    if not m or not (answer := clause[: m.start()].strip()):
        return None
    fields = column_of(m.group(1)).fields
    if set(fields) <= _CASE_FIELDS:  # 「市農政課が（誰が）」「連絡会で（どこで）」: the particle is no part of the answer
        answer = _CASE_END.sub("", answer)
    return (fields, answer) if set(fields) <= _ANSWER_FIELDS and answer else None


@dataclass
class KpiState:
    """The KPIs read so far, the one open for field lines, one named but not yet opened, and the notes."""

    kpis: list[Kpi] = field(default_factory=list)
    table_kpis: list[Kpi] = field(default_factory=list)  # the KPIs of the last table of KPIs, in its order
    current: Kpi | None = None
    pending: Kpi | None = None
    notes: list[tuple[tuple[str, ...], str, Unit]] = field(default_factory=list)
    legend: list[tuple[str, ...]] = field(default_factory=list)  # 「KPI／目標(期限)／担当部署」: the entries' parts

    def open(self, k: Kpi) -> None:
        self.kpis.append(k)
        self.current, self.pending = k, None

    def target(self) -> Kpi | None:
        """The KPI a field line completes (a named one opens now)."""
        if self.pending is not None:
            self.open(self.pending)
        return self.current


@dataclass(frozen=True)
class _KpiColumns:
    """What a table's labels, caption and first rows say of KPIs (the same at every record of the table)."""

    classed: bool  # a class column names KPI rows (KGIs and KPIs in one table)
    kgi_only: bool  # a KGI table (a KGI–KPI tree, 「KGI | KPI | 目標」, holds KPIs)
    named: bool  # a header or a caption names KPIs
    years_down: bool  # years down the side and indicators across (「年度｜麦の作付面積（ha）｜…」)
    fields: frozenset[str]


@PerTable
def _kpi_columns(t: Table) -> _KpiColumns:
    labels = [nfkc(k) for k in t.records[0]]
    rows = table_rows(t)
    # the columns as the indicator tables read them (a merged title row or a table laid the other way undone)
    fields = {f for x in labels for f in column_of(x).fields}
    fields |= {f for r in rows[:3] for c, _ in r.cells for f in c.fields}
    # a caption that names KPIs and not KGIs (「図表5-1　KPI及び5W1H」) names the table as a header would
    title = nfkc(t.title or "")
    return _KpiColumns(
        classed=any(row_kind(r) == "kpi" for r in rows),
        kgi_only=any("KGI" in x for x in labels) and not any("KPI" in x and "KGI" not in x for x in labels),
        named=any("KPI" in x for x in labels) or ("KPI" in title and "KGI" not in title),
        years_down=column_of(labels[0]).fields == ("year",) and len(labels) > 1,
        fields=frozenset(fields),
    )


def is_kpi_table(z: Zoned) -> bool:
    t = z.unit.table
    if t is None or not t.records:
        return False
    c = _kpi_columns(t)
    if c.classed or c.kgi_only:
        return c.classed
    # in the KPI part, a table of years down the side holds KPIs, as does one with a column of KPI fields
    inside = "kpi" in z.zones
    return c.named or (inside and c.years_down) or (inside and bool(c.fields & {"withdrawal", "owner", "deadline", "significance"}))


def labelled(text: str) -> tuple[str, str] | None:
    """(name, rest) of a line that starts with a KPI label (「ＫＰＩ①　名称…」「＜ＫＰＩ１＞名称」「指標A 名称」)."""
    s = nfkc(CIRCLED.sub("", text or "")).strip()
    m = KPI_LABEL.match(s)
    numbered = m is not None and bool(re.search(r"[0-9A-Za-z]", s[: m.end()].replace("KPI", "")))
    if not m or not re.match(r"[<＜〈【\[]?\s*(?:KPI|指標\s*[A-Za-z0-9])", s):
        return None
    if not numbered and s[m.end() : m.end() + 1] in _PARTICLES:  # 「KPI3 等級別販売…」 is a KPI, 「KPIは…」 not
        return None
    if numbered and s[m.end() - 1 : m.end()] not in ":：>＞〉】]" and s[m.end() : m.end() + 1] in _MENTION:
        return None  # 「KPI3は用地所管と…のいずれが担当するか調整中」: a note on KPI 3, not a KPI
    if not numbered and (_NOTE_ONLY.match(s) or _FIELD_NOTE.match(s)):
        # 「KPI（各KPIの下に5W1H）」: a label over the list with a note; 「KPI （施策の意義）…」: a field the KPIs share
        return None
    rest = s[m.end() :]
    head, _ = inline_fields(rest)
    name = name_before_target(head)
    return name, rest[len(name) :]


# (「KPI（5W1H）：下表のとおり」: what the KPIs below give, not one of them)
_NOTE_ONLY = re.compile(
    r"^[<＜〈【\[]?\s*(?:KPI|指標)\s*[>＞〉】\]]?\s*(?:[(（][^()（）]*[)）]\s*$|[(（][^()（）]*5\s*W\s*1\s*H[^()（）]*[)）])"
)
_FIELD_NOTE = re.compile(rf"^[<＜〈【\[]?\s*(?:KPI|指標)\s*[>＞〉】\]]?\s*[(（]\s*(?:{_FIELD_WORDS})\s*[)）]")


def split_target(text: str) -> tuple[str, str] | None:
    """(name, what follows it) of an entry that goes on past the KPI's name (「職人数　4人（R7）→8人（R13）」);
    None when the text is the name alone."""
    t = text.strip()
    name = name_before_target(t).strip()
    return (name, t[len(name) :]) if name != t else None
