"""How an indicator's value is written, read from one table cell or one clause.

A cell or clause holds zero or more readings: a number with its unit, the fiscal year it is for and its role —
`current` (today's level), `target` (the goal), `cumulative` (a sum over the period), `change` (an increase
over a base year) — and marks: annual (「年間」「／年」「単年度」), interim (「中間」), long-term (「長期」
「参考」). The role comes from the layout first (「現状 → 目標」, a header given by the caller) and from
the words next to the number second. A cell can also be blank (「―」), a placeholder (「〇〇人（精査中）」),
or a pointer elsewhere (「（下記参照）」): those say that the value is not set, which is not the same as
not written.

Linear and bounded: a clause is read up to MAX_CLAUSE characters, brackets are matched in one pass, and every
pattern is anchored or bounded.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any

from chiiki_mirai.core.text.cues import ARROW_MARK, CUMULATIVE
from chiiki_mirai.core.text.modality import modality as _core_modality
from chiiki_mirai.core.text.normalize import nfkc
from chiiki_mirai.core.text.numbers import find_fiscal_years, find_quantities

MAX_CLAUSE = 600  # characters of one cell or clause that are read (a real one is far shorter)


def modality(text: str) -> str:
    """The modality of a clause: the one import to switch when the statement classifier lands."""
    return _core_modality(text[:MAX_CLAUSE])


# a blank cell: dashes, or a dash with only a note mark after it (「—（※）」「―※2」)
BLANK = re.compile(r"^[\s\-‐‑‒–—―ー−─_~]*(?:[(（]?※[0-9０-９]*[)）]?)?$|^(?:なし|無し|該当なし|空欄)$")
REFERENCE = re.compile(r"下記参照|別紙参照|別表参照|後述|上記参照|別途(?:定める|設定)")
ARROW = re.compile(r"\s*" + ARROW_MARK + r"\s*")
# a figure reached over the plan's whole period (「計画期間中に約9億円」「計画期間を通じて4.6億円の増加」「5年間で80人」「5年間累計20人」):
# a sum or change over the period, not the value at a target year (003 C 「付加価値増加額の設定に当たっては、目標年度に
# おける目標値を設定してください」); a KPI's deadline is then the period's end
# PLAN_SPAN, the phrase alone, is the one place it is written: names.py's time phrase before a subject uses it too
# (「計画期間中に付加価値額を…」「5年間で育成数を…」); 「1年間に」 is a rate, not the period
PLAN_SPAN = (r"(?:計画期間(?:中|内|全体)?\s*(?:に|で|を通じて?|の終了まで(?:に)?)"
             r"|(?<![0-9])[0-9一二三四五六七八九十]{1,2}\s*(?:か年|年間)\s*(?:で|を通じて?|の?(?:累計|累積|合計)))")
WITHIN_PLAN = re.compile(rf"{PLAN_SPAN}|計画期間(?:中|内)")
ANNUAL = re.compile(r"年間(?!\s*の)|毎年(?!度)|単年度|単年|年あたり|/年|各年度|^\s*年(?=\s*[0-9])")
INTERIM = re.compile(r"中間")
LONG_TERM = re.compile(r"長期|参考|将来|見通し")
CHANGE_BEFORE = re.compile(r"(?:[+]|増加額|増加率|増加|増|プラス|比\s*[+]?)\s*(?:約|およそ)?\s*$")
# a year that is the base of a change or a past level, not the year a value is for
# a year a change is counted from: 「2022年度比」「令和6年度実績」「令和6年度に比べて」「令和6年度と比較して」
BASE_AFTER = re.compile(r"^\s*\)?\s*(?:比|実績|時点|現在|の実績|対比|(?:に|と)比(?:べ|較)|の水準から)")
# 「（基準は令和7年度）」「基準年度：2024年度」: the year named as the base
BASE_BEFORE = re.compile(r"基準(?:年度?|年次|値)?(?:は|:|：|を)\s*$")
_FROM = re.compile(r"^\s*(?:度)?\s*(?:から|より)")  # 「2026年度から2035年度まで」: the first year of a period
_PER = re.compile(r"^\s*(?:当たり|あたり|当り)")
_RATE = re.compile(r"(?P<num>[0-9]+(?:\.[0-9]+)?)\s*(?P<unit>倍|ポイント|pt)")
_PART_OF = re.compile(r"^\s*(?:うち|内訳|うち、)")
_COUNT_OF = re.compile(r"^(?:で(?!す|し|あ)|から|が|による|間で)")  # 「4社で約180人」: the 4社 says who (「…円です」 is the figure)
_OPEN, _CLOSE = "(「[【〔", ")」]】〕"
_FRACTION = re.compile(r"(?<=[0-9])/(?=[0-9])")  # 「1/4」 is a number, not two values
_DIGIT_COMMA = re.compile(r"(?<=[0-9]),(?=[0-9]{3})")
_PER_YEAR = re.compile(r"([0-9%円人件社]\s*)/\s*年度?(?![0-9度])")  # 「180億円／年」 is a value per year


@dataclass(frozen=True)
class Reading:
    """One number bound to its role."""

    value: float
    unit: str
    year: int | None
    role: str  # current | target | cumulative | change
    raw: str
    annual: bool = False
    interim: bool = False
    long_term: bool = False
    base_year: int | None = None


@dataclass(frozen=True)
class Cell:
    """What one cell or clause says about a value."""

    text: str
    state: str  # "value" | "blank" | "placeholder" | "reference" | "text"
    modality: str
    readings: tuple[Reading, ...] = ()
    years: tuple[int, ...] = field(default=())  # target years written in it (a 期限 cell, 「2030年度に」)

    @property
    def held(self) -> bool:
        return self.modality in ("affirmed", "planned")


def split_top(s: str, seps: str) -> list[str]:
    """`s` split at the separator characters that stand outside brackets (one pass)."""
    out, depth, start = [], 0, 0
    for i, ch in enumerate(s):
        if ch in _OPEN:
            depth += 1
        elif ch in _CLOSE:
            depth = max(0, depth - 1)
        elif depth == 0 and ch in seps:
            out.append(s[start:i])
            start = i + 1
    out.append(s[start:])
    return [p for p in out if p.strip()]


def outside_brackets(s: str) -> tuple[str, list[str]]:
    """(the text outside brackets with each bracket replaced by a space, the bracketed pieces)."""
    main, notes, depth, buf = [], [], 0, []
    for ch in s:
        if ch in _OPEN:
            if depth == 0:
                buf = []
                main.append(" ")
            else:
                buf.append(ch)
            depth += 1
        elif ch in _CLOSE and depth:
            depth -= 1
            if depth == 0:
                notes.append("".join(buf))
            else:
                buf.append(ch)
        elif depth:
            buf.append(ch)
        else:
            main.append(ch)
    if depth:
        notes.append("".join(buf))
    return "".join(main), notes


def quantities(s: str) -> list[tuple[float, str, str, int, int]]:
    """(value, unit, raw, start, end) of each amount in `s`, rates (倍, ポイント) included; 「1人当たり」 is no
    amount."""
    out = [
        (q.value, q.unit, q.raw, q.start, q.end)
        for q in find_quantities(s)
        if not _PER.match(s[q.end : q.end + 4])  # (a unit in brackets, 「（百万円）」, find_quantities leaves out)
    ]
    taken = [(a, b) for *_, a, b in out]
    for m in _RATE.finditer(s):
        if not any(a <= m.start() < b for a, b in taken):
            out.append((float(m.group("num")), m.group("unit").replace("pt", "ポイント"), m.group(0), m.start(), m.end()))
    return sorted(out, key=lambda x: x[3])


def target_years(s: str) -> tuple[list[int], int | None, bool]:
    """(the years a value is for, the base year of a change, whether a period 「令和8～12年度」 is named)."""
    years, base, span = [], None, False
    found = find_fiscal_years(s)
    for i, y in enumerate(found):
        if y.span_start or (_FROM.match(s[y.end : y.end + 4]) and i + 1 < len(found)):
            span = True
            continue
        if _FROM.match(s[y.end : y.end + 4]):
            base = base or y.fy  # 「令和6年度から」 alone: the base of a change
            continue
        if BASE_AFTER.match(s[y.end : y.end + 6]) or BASE_BEFORE.search(s[max(0, y.start - 8) : y.start]):
            base = base or y.fy
            continue
        years.append(y.fy)
    return years, base, span


# a label saying a figure is today's level (「現状値」「基準値」; a 撤退基準値 is a threshold, not a level)
NOW_NOTE = re.compile(r"(?:現状|現在|実績)値?|(?<!撤退)基準値")
# a label that only says when or over which span a figure falls (「令和13年度（目標年度）単年度」「令和9年度～令和13年度
# 累計」「R13において R6比」): the figure's stage, not an indicator's name
_ERA_YEAR = r"(?:令和|平成|R)\s*(?:[0-9]{1,2}|元)\s*年?度?|(?:19|20)[0-9]{2}\s*年?度?"
# (each piece taken atomically, longest first: the pieces overlap — 「目標年度」 is 「目標」「年度」 too — and a label that is
# no stage must fail in linear time)
STAGE_LABEL = re.compile(
    rf"(?:(?>{_ERA_YEAR}|計画最終年度|目標年度|最終年度|単年度|計画期間|において|累計|累積|年度|目標|中間|時点|基準|まで|から|比|"
    r"[\s()（）～〜~\-－・、]))+"
)
_ABOUT = r"(?:約|およそ|概ね|ほぼ)"  # an approximation between the label and the figure (「現状値　約2.4億円」)
NOW_BEFORE = re.compile(r"(?:" + NOW_NOTE.pattern + r")(?:は)?[:：\s]*" + _ABOUT + "?$")  # … right before the figure


def now_label(label: str) -> bool:
    """A label that only says its figure is today's level, however many words say so (「現状値　基準値」)."""
    words = re.sub(_ABOUT + r"$", "", nfkc(label).strip(" :：")).split()
    return bool(words) and all(NOW_NOTE.fullmatch(w) for w in words)


def _piece(s: str, role: str, year: int | None, flags: dict) -> list[Reading]:
    """The readings of one piece: its first amount outside brackets, and the changes marked as such."""
    main, notes = outside_brackets(s)
    ys, base, span = target_years(s)
    # the value's own year: written beside it, or in a bracket that holds only dates (「（令和12年度）」), not in
    # a bracket that tells a story with figures (「（令和7年度の470万円から…）」)
    dates = [n for n in notes if not quantities(n)]
    # 「（令和12年度、1人当たり約160万円の増加）」: a bracket that opens with the date, then tells more
    leads = [re.split(r"[、,]", n, maxsplit=1)[0] for n in notes if n not in dates]
    dates += [c for c in leads if not quantities(c) and target_years(c)[0]]
    own = target_years(main)[0] + [y for n in dates for y in target_years(n)[0]]
    own_year = own[-1] if own else year
    # a sum over the period: said beside the value or by a period it is dated with, not by a bracketed aside
    # that gives the sum separately (「年間30億円（累計：2026〜2034年度で220億円）」)
    span = target_years(" ".join([main, *dates]))[2]
    cumulative = flags.get("cumulative") or bool(CUMULATIVE.search(main) or any(CUMULATIVE.search(n) for n in dates)) or (
        (span or not own and WITHIN_PLAN.search(main)) and role != "current"
    )
    out: list[Reading] = []
    qs = [q for q in quantities(main) if not _COUNT_OF.match(main[q[4] : q[4] + 3])]
    prefer = flags.get("prefer")
    if prefer:  # the figure in the unit the subject is measured in (「2社合計で45億円」 → 45億円 for sales)
        qs = [q for q in qs if q[1] in prefer] + [q for q in qs if q[1] not in prefer]
    if not qs:  # 「上記KGIのとおり（420億円）」: the figure stands in brackets only
        # (in its brackets, so that a note naming the unit of figures given elsewhere — 「（R7比、百万円）」 — is none)
        found = ((n, [(*q[:3], q[3] - 1, q[4] - 1) for q in quantities(f"({n})")]) for n in notes if not _PART_OF.match(n))
        first, first_qs = next(((n, q) for n, q in found if q), (None, []))
        if first is not None and not BASE_AFTER.match(first[first_qs[0][4] :]):
            main, notes = first, [n for n in notes if n is not first]
            qs = first_qs[:1]
    if qs:
        value, unit, raw, start, end = qs[0]
        before = main[max(0, start - 6) : start]
        r = "change" if CHANGE_BEFORE.search(before) else ("cumulative" if cumulative and role == "target" else role)
        if r == "target" and (NOW_BEFORE.search(before) or any(NOW_NOTE.fullmatch(n.strip()) for n in notes)):
            r = "current"  # 「現状 800万円」「800万円（現状）」: today's level, named so, is no target
        annual = flags.get("annual") or bool(ANNUAL.search(main[: start + 1])) or main[end : end + 3].startswith("/年")
        out.append(
            Reading(value, unit, own_year, r, raw, annual, flags.get("interim", False), flags.get("long_term", False), base)
        )
    # further amounts are changes only when marked so (「増加額＋140万円」「（＋33％）」); 「（うち輸出…）」 is a part
    more = [(main, q, False) for q in qs[1:]]
    more += [(n, q, n.lstrip().startswith(("+", "増"))) for n in notes if not _PART_OF.match(n) for q in quantities(n)]
    for text, (value, unit, raw, start, _), marked in more:
        before = text[max(0, start - 8) : start]
        if marked or CHANGE_BEFORE.search(before):
            out.append(Reading(value, unit, own_year, "change", raw, False, False, False, base))
        elif CUMULATIVE.search(text[:start]) and role != "current":  # 「年間60億円（累計450億円）」
            out.append(Reading(value, unit, own_year, "cumulative", raw, False, False, False, base))
    return out


def split_text(text: str, seps: str) -> list[str]:
    """`split_top` of the text as written (NFKC), digit-group commas kept (「4,500人」 is one figure)."""
    s = _DIGIT_COMMA.sub("\ue000", nfkc(text or "")[: MAX_CLAUSE * 8])
    return [p.replace("\ue000", ",") for p in split_top(s, seps)]


def prepare(text: str) -> str:
    """NFKC, bounded, digit-group commas and fractions made safe for splitting at commas and slashes."""
    s = nfkc(text or "")[: MAX_CLAUSE * 8]
    return _PER_YEAR.sub(r"\1(毎年)", _DIGIT_COMMA.sub("", _FRACTION.sub("∕", s)))


_LINE_FIGURE = re.compile(r"[0-9]+(?:\.[0-9]+)?\s*(?:億|万|千|百万)?\s*(?:円|人|件|社|%|t|トン|台)")


def _lines_with_figures(pieces: list[str]) -> list[str]:
    """A piece written over lines that each hold a figure (「単年度 21億円↵R8〜R12年度累計 82億円」) is one piece
    a line; a figure wrapped from its note (「120億円↵（R12年度）」) stays whole."""
    out: list[str] = []
    for p in pieces:
        lines = [x for x in p.split("\n") if x.strip()]
        out += lines if len(lines) > 1 and all(_LINE_FIGURE.search(x) for x in lines) else [p]
    return out


# a figure followed on the same line by another under a label of its own (「単年度 38億円 累計 165億円（…）」)
_NEXT_LABELLED = re.compile(
    r"(?<=[円人件社%台t])\s*(?=(?:累計|累積|単年度|年間)\s*(?:[(（][^()（）]{0,24}[)）])?\s*(?:で)?\s*(?:約)?[0-9])"
)  # 「目標年度 18億円 累計（2026～2030年度）72億円」 too


def _labelled_figures(pieces: list[str]) -> list[str]:
    """A piece holding two figures each under its label is two pieces (the period note stays with the last)."""
    return [x for p in pieces for x in _NEXT_LABELLED.split(p) if x.strip()]


# a figure, with perhaps its notes in brackets, that a change starts from: 「現状の3億円（令和7年度）から」「35億円／年（令和7年度）から」
_FROM_LEVEL = re.compile(r"\s*(?:[(（][^()（）]{0,40}[)）]\s*){0,2}から")
# the side before 「から」 is today's level only when it says so: a 現状/基準 label or 「…年度の」 right before the
# figure, or a year in the brackets after it (「2億円（2025年度）から」; not 「2025年度比」)
_TODAY_BEFORE = re.compile(r"(?:(?:現状|現在|実績|基準)値?(?:は|の|で)?|(?:" + _ERA_YEAR + r")(?:時点)?の)[:：\s]*"
                           + _ABOUT + r"?$")
_YEAR_NOTE = re.compile(r"[(（][^()（）比]*(?:" + _ERA_YEAR + r")[^()（）比]*[)）]")
# … and the side after it a later level: a year before its figure, or 「へ」「とする」「に増やす」 after it; a figure
# followed by 程度/規模/の間/まで is the top of a range (「5億円から7億円程度」), one followed by 増加 a change by
_TO_LEVEL = re.compile(r"\s*(?:[(（][^()（）]{0,40}[)）]\s*)?(?:へ|とする|とし|に(?:増|拡|伸|高|引き上|向上|する))")
_RANGE_TOP = re.compile(r"\s*(?:程度|規模|の間|の範囲|まで|前後|以内)")


def _is_todays_level(s: str, start: int, kara: re.Match) -> bool:
    return bool(_TODAY_BEFORE.search(s[:start]) or _YEAR_NOTE.search(kara.group(0)))


def _is_later_level(s: str, kara_end: int, start: int, end: int) -> bool:
    if _RANGE_TOP.match(s, end):
        return False
    return bool(target_years(s[kara_end:start])[0] or _TO_LEVEL.match(s, end))


def from_to(s: str) -> list[str]:
    """A change written in words (「3億円（令和7年度）から令和12年度には5億円とする」) as the two sides an arrow would
    give: a figure marked as today's level, then 「から」, then a figure in the same unit marked as a later level.
    Anything else stays whole — a range (「5億円から7億円程度」), who or where (「4社から180人」), a change by an
    amount (「3億円から1億円増加」). The first side starts at its own label, so a year written before it
    (「令和12年度に、現状の…」) does not date it."""
    qs = quantities(s)
    for i, (_, unit, _, start, end) in enumerate(qs):
        m = _FROM_LEVEL.match(s, end)
        if not m or not _is_todays_level(s, start, m):
            continue
        later = next((q for q in qs[i + 1 :] if q[1] == unit and q[3] >= m.end()), None)
        if later and _is_later_level(s, m.end(), later[3], later[4]):
            label = _TODAY_BEFORE.search(s[:start])
            return [s[label.start() if label else start : m.end() - 2], s[m.end() :]]
    return [s]


def read_cell(text: str, role: str = "target", year: int | None = None, **flags: Any) -> Cell:
    """A cell or clause → its state and readings. `role` and `year` are the layout's (a column header);
    flags: cumulative, annual, interim, long_term (from the header); prefer: the units the subject is measured in."""
    s = nfkc(text or "")[:MAX_CLAUSE].strip()
    if BLANK.match(s):
        return Cell(s, "blank", "none")
    mod = modality(s)
    if mod == "placeholder":
        return Cell(s, "placeholder", mod)
    if mod == "considering" and (main := outside_brackets(s)[0].strip()) and quantities(main):
        # 「年間2億6,000万円です（達成の時期は…精査しています）」: an aside in brackets leaves the figure as stated
        mod = modality(main)
    s = _PER_YEAR.sub(r"\1(毎年)", _DIGIT_COMMA.sub("", _FRACTION.sub("∕", s)))
    parts = ARROW.split(s)
    parts = parts if len(parts) > 1 else from_to(s)
    readings: list[Reading] = []
    for i, part in enumerate(parts):
        r = role
        f = dict(flags)
        if len(parts) > 1:
            r = "current" if i == 0 else "target"
            f["interim"] = f.get("interim", False) or 0 < i < len(parts) - 1
        for piece in _labelled_figures(_lines_with_figures(split_top(part, "/、,;"))):
            pf = dict(f)
            pf["interim"] = pf.get("interim", False) or bool(INTERIM.search(piece))
            pf["long_term"] = pf.get("long_term", False) or bool(LONG_TERM.search(piece))
            pf["annual"] = pf.get("annual", False) or bool(ANNUAL.search(piece))
            readings += _piece(piece, r, year, pf)
    ys, _, _ = target_years(s)
    if readings:
        return Cell(s, "value", mod, tuple(readings), tuple(ys))
    if REFERENCE.search(s):
        return Cell(s, "reference", "considering", (), tuple(ys))
    return Cell(s, "text", mod, (), tuple(ys))
