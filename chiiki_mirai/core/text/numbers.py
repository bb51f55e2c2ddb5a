"""Numbers as planners write them: amounts with units, full-width digits, kanji numerals, 和暦.

- `to_number("1億2千万")` → 120000000 (kanji numerals via kanjize; commas and decimals allowed)
- `find_quantities(text)` → every amount with a unit, normalised to a base unit (円, 人, ...)
- `find_fiscal_years(text)` → fiscal years written as 2026年度, 令和8年度, R8, 平成30年, 二〇三〇年度, 令和十二年度 ...
All functions take arbitrary text and never raise.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from kanjize import kanji2number

from chiiki_mirai.core.text.normalize import nfkc

KANJI_DIGITS = "〇一二三四五六七八九十百千"
CIRCLED = {chr(0x2460 + i): i + 1 for i in range(20)}  # ①–⑳ → 1–20
_NUM_CHARS = "0-9,.〇一二三四五六七八九十百千万億兆"

# written unit → (base unit, multiplier); longer spellings first in the regex
UNITS: dict[str, tuple[str, float]] = {
    "兆円": ("円", 1e12),
    "億円": ("円", 1e8),
    "千万円": ("円", 1e7),
    "百万円": ("円", 1e6),
    "万円": ("円", 1e4),
    "千円": ("円", 1e3),
    "円": ("円", 1),
    "人泊": ("人泊", 1),
    "万人": ("人", 1e4),
    "人": ("人", 1),
    "名": ("人", 1),
    "社": ("社", 1),
    "件": ("件", 1),
    "回": ("回", 1),
    "%": ("%", 1),
    "割": ("%", 10),
    "ha": ("ha", 1),
    "ヘクタール": ("ha", 1),
    "MW": ("MW", 1),
    "GW": ("MW", 1000),
    "kW": ("MW", 0.001),
    "万トン": ("トン", 1e4),
    "トン": ("トン", 1),
    "t": ("トン", 1),
}
_UNIT_RE = "|".join(re.escape(u) for u in sorted(UNITS, key=len, reverse=True))
# a number run followed by a unit; "t" only right after a digit and not before a letter; 「1人民元」 is no 人
_QTY_RE = re.compile(rf"(?P<num>[{_NUM_CHARS}]+)\s?(?P<unit>{_UNIT_RE})(?![A-Za-z]|民元)")
# the first part of a number that ends in 兆/億/万 and is followed by one space ("3億 " of "3億 5千万円")
_SPLIT_HEAD = re.compile(r"(?<![0-9,.])([0-9][0-9,.]*(?:兆[0-9,.]*)?[兆億万])[ \u3000]$")
# kanji-only runs that are words, not numbers (一人当たり, 一次, 十分)
_NOT_NUMBER_AFTER = ("当たり", "あたり", "当り")
# words made of a numeral and what follows it, looked for right after the run or after its counter: 「一人当たり」
# 「一人ひとり」「一人一人」「一人親方」「三日月」「一回り」「一日も早く」「百名城」
_NUMERAL_WORDS_AFTER = (*_NOT_NUMBER_AFTER, "ひとり", "一人", "人親方", "日月", "回り", "日も早", "名城")
# an exchange rate is no amount: "1ドル=150円", "1ドル150円で換算", "150円/ドル"
_RATE_BEFORE = re.compile(r"(?:ドル|ユーロ|ポンド|人民元|ウォン)\s*[=:]?\s*(?:約|およそ)?\s*$")
_RATE_AFTER = re.compile(r"\s*[/]\s*(?:ドル|ユーロ|ポンド|人民元|ウォン)")  # matched at the end of the number

ERAS = {"令和": 2018, "平成": 1988, "昭和": 1925}
_ERA_ABBR = {"R": "令和", "H": "平成", "S": "昭和"}


def to_number(run: str) -> float | None:
    """A number written with digits and/or kanji numerals → value; None when it is not a number."""
    s = nfkc(run).replace(",", "").strip()
    if not s or s in {".", "-"}:
        return None
    if re.fullmatch(r"\d+(?:\.\d+)?", s):
        return float(s)
    if not re.fullmatch(rf"[{_NUM_CHARS}]+", s) or s.count(".") > 1:
        return None
    if s[0] in "万億兆." or s[-1] == ".":
        return None
    try:
        return float(kanji2number(s))
    except (ValueError, KeyError, IndexError, TypeError, ZeroDivisionError):
        return None


@dataclass
class Quantity:
    value: float  # in the base unit
    unit: str  # base unit
    raw: str  # as written (normalised width)
    start: int
    end: int
    written_unit: str

    @property
    def is_money(self) -> bool:
        return self.unit == "円"


def find_quantities(text: str) -> list[Quantity]:
    """Every amount with a unit in `text` (NFKC-normalised), left to right."""
    s = nfkc(text or "")
    out: list[Quantity] = []
    for m in _QTY_RE.finditer(s):
        num, unit = m.group("num"), m.group("unit")
        # leading separators are not part of the number (e.g. "、" is not in the set, but "," may be)
        lead = len(num) - len(num.lstrip(",."))
        num = num[lead:]
        start = m.start() + lead
        if not num:
            continue
        if not any(ch.isdigit() for ch in num) and s[m.end() : m.end() + 3].startswith(_NOT_NUMBER_AFTER):
            continue
        if unit == "t" and not num[-1].isdigit():
            continue
        if _UNIT_ONLY.fullmatch(num) and _names_a_unit(s, start, start + len(num)):
            continue  # 「付加価値増加額（R7比、百万円）」「（単位：千円）」: the unit of the figures given elsewhere, no amount
        # "2035年度" etc. are years, never amounts: the regex never matches 年, so nothing to do here
        # a number broken after its 兆/億/万 by a line wrap joined with a space: "3億 5千万円", "1兆 2,000億円"
        head = _SPLIT_HEAD.search(s, 0, start)
        bigger = "兆億万"[: "兆億万".index(head.group(1)[-1]) + 1] if head else ""
        if (
            head
            and head.end() == start
            and not any(ch in num for ch in bigger)  # "5万 3億円" is two numbers
            and to_number(head.group(1) + num) is not None
            and (not out or out[-1].end <= head.start(1))
        ):
            num, start = head.group(1) + num, head.start(1)
        if UNITS[unit][0] == "円" and (
            _RATE_BEFORE.search(s[:start]) or _RATE_AFTER.match(s, m.end())  # however wide the spacing
        ):
            continue  # the rate a foreign amount was converted at, not an amount in yen
        mult_unit, mult = UNITS[unit]
        value = to_number(num)
        if value is None:
            continue
        out.append(Quantity(value * mult, mult_unit, s[start : m.end()], start, m.end(), unit))
    return out


def era_to_western(era: str, year: int) -> int:
    return ERAS[era] + year


# the end of a period after its first year: "令和8～12年度" (the era written once), "R8～R12"
_SPAN = re.compile(r"\s*[~〜～]\s*")
_ERA_YEAR = "[0-9]{1,2}|[一二三四五六七八九十]{1,3}"  # 令和12, 令和十二
_ERA_SPAN_END = re.compile(rf"\s*[~〜～]\s*(?P<ey>{_ERA_YEAR})\s*年度?(?![0-9一二三四五六七八九十])")
# a Western year in kanji numerals: digit by digit (「二〇三〇」「二○三○」, ○ for 〇 as typed) or as a number (「二千三十」)
_KANJI_YEAR = r"(?<![〇○一二三四五六七八九十百千万])(?:[一二][〇○一二三四五六七八九]{3}|千九百[一二三四五六七八九十]{1,3}|二千[一二三四五六七八九十]{0,3})"
_KANJI_DIGIT = {c: str(i) for i, c in enumerate("〇一二三四五六七八九")} | {"○": "0"}
_FY_RE = re.compile(
    rf"(?P<era>令和|平成|昭和|R|H)\s?(?P<ey>元|[0-9一二三四五六七八九十]{{1,3}})\s?(?:年度?|(?=[^0-9A-Za-z]|$))"
    rf"|(?P<y>(?:19|20|21)[0-9]{{2}}|{_KANJI_YEAR})\s?(?P<suffix>年度|年)(?!代)"  # 「2030年代」 is a decade, not a year
    r"|(?<![A-Za-z])FY\s?'?(?P<fy>(?:19|20|21)[0-9]{2}|[0-9]{2})(?![0-9])"  # 「FY2031」「FY31」: a fiscal year
)


@dataclass
class Year:
    fy: int
    raw: str
    start: int
    end: int
    fiscal: bool  # written as 年度 (or an era year, read as a fiscal year)
    span_start: bool = False  # the first year of a period ("令和8～12年度", "2026年度～2030年度")


def _western(run: str) -> int | None:
    """A Western year as written: 「2030」, 「二〇三〇」 (digit by digit) or 「二千三十」; None outside 1900–2199."""
    if run.isascii():
        return int(run)
    digits = "".join(_KANJI_DIGIT.get(c, "") for c in run)
    y = int(digits) if len(digits) == len(run) == 4 else to_number(run)
    return int(y) if y is not None and 1900 <= y < 2200 else None


def find_fiscal_years(text: str) -> list[Year]:
    """Years in the text as Western years: 2026年度, 令和8年度, R8, 平成30年, 令和元年, FY2030."""
    s = nfkc(text or "")
    out: list[Year] = []
    for m in _FY_RE.finditer(s):
        if m.group("y"):
            y = _western(m.group("y"))
            if y is not None:
                out.append(Year(y, m.group(0), m.start(), m.end(), m.group("suffix") == "年度"))
            continue
        if m.group("fy"):
            fy = int(m.group("fy"))
            out.append(Year(fy if fy >= 100 else 2000 + fy, m.group(0), m.start(), m.end(), True))
            continue
        era = m.group("era")
        era = _ERA_ABBR.get(era, era)
        before = s[m.start() - 1] if m.start() else ""
        if m.group("era") in _ERA_ABBR and before.isascii() and before.isalnum():
            continue  # glued to a Latin letter or digit ("CR8", "H2O"); after kana or kanji it is a year (「はR12」)
        ey = m.group("ey")
        n = 1 if ey == "元" else to_number(ey)
        if n is None or n < 1 or n > 99:
            continue
        out.append(Year(era_to_western(era, int(n)), m.group(0), m.start(), m.end(), True))
        end = _ERA_SPAN_END.match(s, m.end())
        last_n = to_number(end.group("ey")) if end else None
        if end and last_n is not None and n < last_n <= 99:
            # "令和8～12年度", 「令和八～十二年度」: the end of the period is in the same era
            last = era_to_western(era, int(last_n))
            out.append(Year(last, s[end.start("ey") : end.end()], end.start("ey"), end.end(), True))
    out.sort(key=lambda y: y.start)
    for a, b in zip(out, out[1:], strict=False):
        if a.fy < b.fy and _SPAN.fullmatch(s[a.end : b.start]):
            a.span_start = True
    return out


def percent_to_share(q: Quantity) -> float | None:
    """A percentage or 割 quantity → share in 0..1."""
    if q.unit != "%":
        return None
    v = q.value / 100
    return v if 0 <= v <= 1 else None


# --- kanji numerals written as Arabic ones -------------------------------------------------------------------------

_KANJI_RUN_CHARS = "〇○一二三四五六七八九十百千万億兆"
# what a kanji numeral counts when it is a number: the units above, dates, and counters of things (「二基」「三か所」);
# not 本・戸・歳, which make place names with numerals (二本松, 八戸, 千歳)
_COUNTER_WORDS = {"年", "月", "日", "倍", "パーセント", "％", "基", "台", "隻", "棟", "蔵", "品目", "店舗", "か所", "カ所", "ヶ所",
                  "箇所", "か国", "カ国", "ヶ国", "団体", "事業者", "経営体"}
_COUNTERS = "|".join(re.escape(u) for u in sorted(set(UNITS) | _COUNTER_WORDS, key=len, reverse=True))
# a numeral and a counter that are a place or a phrase: 四日市, 十日町, 廿日市 (日市・日町), 関東一円 (throughout)
_NOT_A_COUNT = re.compile(r"日[市町村]|円(?!\s?[0-9０-９])")
# 「一社」 stays as written: offices that write every count in digits write it so too (「特定の一社に依存しない」), and
# 「（一社）」 abbreviates 一般社団法人 — unless a count follows it in a change (「一社から八社に」「一社→五社」)
_WORDS = ("一社",)
_TO_A_COUNT = re.compile(rf"\s*(?:から|→|[~〜～])\s*[0-9０-９{KANJI_DIGITS}]")
# a run of kanji numerals that counts something: before a unit, 年・月・日, or a range's dash (「令和八～十二年度」);
# not glued to a kanji numeral, a digit or 数 (「数十億円」 reads as it is) before it
_KANJI_RUN = re.compile(
    rf"(?<![{_KANJI_RUN_CHARS}0-9０-９数幾何])(?P<run>[{_KANJI_RUN_CHARS}]+)(?=\s?(?:{_COUNTERS})|\s?[~〜～]\s?[{_KANJI_RUN_CHARS}])"
)
# a text that is a kanji numeral and nothing else (a table's cell under a column whose header gives the unit, 「七万八千」
# 「約四千」 under 「（百万円）」) is a bare number, written as the same cell in digits would be (「78000」)
# what may stand before a bare figure (「約40」「累計 3」): read here and by the indicator tables (readers/statements/
# indicators/tables)
BARE_PREFIX = ("約", "年間", "累計")
_WHOLE_RUN = re.compile(rf"\s*(?:{'|'.join(BARE_PREFIX)})?\s*(?P<run>[{_KANJI_RUN_CHARS}]+)\s*")
_COUNTER_AT = re.compile(_COUNTERS)
_DATE_COUNTERS = frozenset("年月日")
_NUMERAL_AT = re.compile(rf"[{_KANJI_RUN_CHARS}]+")
_IDEOGRAPH = re.compile(r"[\u4e00-\u9fff]")
_PLACEHOLDER_ZERO = frozenset("〇○")
# a run that may name a unit: one power of ten, then one of 万・億・兆 (「十億円」「百人」 count; 「（百万円）」 names a unit);
# 「百十億円」「千二百人」 are numbers wherever they stand
_UNIT_ONLY = re.compile(r"[十百千]?[万億兆]?")
_LARGE_ONLY = frozenset("万億兆")  # 「万人」「万全」: a word, not a count
# where a run with no digit names the unit of a column: in brackets or after 「単位：」 (「（百万円）」「（単位：千円／年）」),
# or a cell that holds nothing but the unit (「千人」)
_UNIT_AFTER = re.compile(rf"\s?(?:{_COUNTERS})\s*")
_UNIT_LABEL_BEFORE = re.compile(r"(?:[(（［\[]|単位\s*[:：]?)\s*$")
# a unit noted in brackets, for the bare figures of a column or an indicator: 「（億円）」「（単位：百万円）」「（人／年）」, or
# the last part of a note after any label (「（R8からの累計、百万円）」「（R7比、百万円）」「（単位、千円）」). Read by the
# indicator tables (readers/statements/indicators/tables.unit_note) and here, where a kanji run closing such a note is
# the column's unit, not an amount (「（うち県外分、十億円）」「（うち新規、百人）」 are amounts: 十億円・百人 name no unit)
UNIT_NOTE = re.compile(
    r"[(（]\s*(?:[^()（）\n]{0,30}?[、,，・]\s*)?(?:単位\s*[:：]?\s*)?"
    r"(兆円|億円|百万円|千万円|万円|千円|円|万人|千人|人|名|社|件|%|％|基|t|トン|ha)\s*(?:[/／]\s*年度?)?\s*[)）]"
)
_NOTE_OPEN = 40  # how far before a unit its note's bracket may open
_GROUPS = re.compile(r"([^兆億万]*)([兆億万]?)")


@lru_cache(maxsize=4096)  # a draft repeats its figures; a pure function of the run
def _arabic(run: str) -> str | None:
    """A kanji numeral run in Arabic digits, keeping 兆・億・万 (「一億二千万」 → 「1億2000万」; 「二〇三〇」 → 「2030」);
    None when it is no number or a placeholder (「〇〇」)."""
    if set(run) <= _PLACEHOLDER_ZERO or set(run) <= _LARGE_ONLY:
        return None  # 「〇人」「〇〇億円」 may be a blank to fill; 「万人」 is everyone
    if len(run) == 4 and set(run) <= set(_KANJI_DIGIT) and run[0] in "一二":
        return "".join(_KANJI_DIGIT[c] for c in run)  # a year written digit by digit
    if len(run) > 1 and set(run) & _PLACEHOLDER_ZERO:
        return None  # 「〇〇百万円」「二〇」: a placeholder or a digit-by-digit number that is no year
    out = ""
    for part, unit in _GROUPS.findall(run):
        if not part and not unit:
            continue
        n = to_number(part) if part else None
        if n is None:
            return None
        out += f"{int(n)}{unit}"
    return out or None


def _names_a_unit(text: str, start: int, end: int) -> bool:
    """The run at text[start:end] is the unit of a column: in brackets (alone or closing a note), after 「単位：」, or
    alone in its cell."""
    unit = _UNIT_AFTER.match(text, end)
    if unit is None:
        return False
    after = unit.end()
    if _UNIT_LABEL_BEFORE.search(text, max(0, start - 8), start):
        return after == len(text) or text[after] in ")）]］/／、,"  # 「（百万円）」「（千円／年）」, not 「（十億円を目標）」
    opened = max(text.rfind("(", max(0, start - _NOTE_OPEN), start), text.rfind("（", max(0, start - _NOTE_OPEN), start))
    if opened >= 0:
        note = UNIT_NOTE.match(text, opened)  # 「（R7比、百万円）」, not 「（R7比、十億円を目標）」
        return note is not None and note.start(1) == start
    return after == len(text) and start < 8 and not text[:start].strip()


def arabic_numerals(text: str) -> str:
    """`text` with every kanji numeral that counts something written in Arabic digits (「三十億円」 → 「30億円」,
    「令和十二年度」 → 「令和12年度」, 「二〇三〇年度」 → 「2030年度」), so that every reader sees one way of writing a
    number. Words made of numerals (「一人当たり」「九州」「一部」「十分」) and placeholders (「〇〇億円」) stay."""
    return arabic_spans(text)[0]


# one rewritten run: (start, end) in the rewritten text, (start, end) in the text as written
Span = tuple[int, int, int, int]


def arabic_spans(text: str) -> tuple[str, tuple[Span, ...]]:
    """`arabic_numerals(text)` and where each rewritten run sits in both texts, so that a part of the rewritten text
    can be quoted as written (`as_written`)."""
    if not text or not any(c in _KANJI_RUN_CHARS for c in text):
        return text, ()
    parts: list[str] = []
    spans: list[Span] = []
    at = shift = 0
    whole = _WHOLE_RUN.fullmatch(text)
    for m in [whole] if whole else _KANJI_RUN.finditer(text):
        digits = _digits_of(text, m)
        if digits is None:
            continue
        a, b = m.span("run")
        parts += [text[at:a], digits]
        start = a + shift
        spans.append((start, start + len(digits), a, b))
        shift += len(digits) - (b - a)
        at = b
    parts.append(text[at:])
    return "".join(parts), tuple(spans)


def _digits_of(text: str, m: re.Match) -> str | None:
    """The run `m` in Arabic digits, or None where it stays as written (a word, a place name, a column's unit)."""
    run, (start, end) = m.group("run"), m.span("run")
    if any(text.startswith(_NUMERAL_WORDS_AFTER, end + k) for k in range(3)) or _paired_count(text, m):
        return None  # 「一人当たり」「一社あたり」「一人ひとり」「一人親方」「二人三脚」「一件一件」
    if _NOT_A_COUNT.match(text, end) and (run == "一" or text[end] == "日"):
        return None  # 「四日市」「十日町」「関東一円」
    if text.startswith(_WORDS, start) and len(run) == 1 and not _TO_A_COUNT.match(text, end + 1):
        return None  # 「特定の一社に」「（一社）北浜観光協会」
    if _UNIT_ONLY.fullmatch(run) and _names_a_unit(text, start, end):
        return None  # 「（百万円）」「単位：千円」
    digits = _whole_figure(run) if m.re is _WHOLE_RUN else _arabic(run)
    return digits if digits != run else None


def _whole_figure(run: str) -> str | None:
    """A text that is a kanji numeral alone as the bare figure in digits (「七万八千」 → 「78000」: it carries no 万・億,
    its unit is its column's; 「四〇〇」 → 「400」, digit by digit as 「二〇三〇」 is), None where it is a unit or a blank
    (「千」「百万」「万」 alone, 「〇〇」)."""
    if _UNIT_ONLY.fullmatch(run) or run[0] in _PLACEHOLDER_ZERO:
        return None
    if len(run) > 1 and set(run) <= set(_KANJI_DIGIT):
        return "".join(_KANJI_DIGIT[c] for c in run)
    return None if _arabic(run) is None else str(int(to_number(run) or 0))


def _paired_count(text: str, m: re.Match) -> bool:
    """The run and its counter are paired with another numeral in an idiom: 「二人三脚」 (counter, numeral, a word that
    counts nothing), 「一件一件」 (the count said twice). A date (「八年三月」) or two counts (「三社五団体」) are no pair."""
    c = _COUNTER_AT.match(text, m.end())
    if c is None or c.group() in _DATE_COUNTERS:
        return False
    before = m.start() - len(c.group())
    if before > 0 and text[before : m.start()] == c.group() and text[before - 1] in _KANJI_RUN_CHARS:
        return True  # the second half of 「一件一件」
    n = _NUMERAL_AT.match(text, c.end())
    if n is None or n.end() >= len(text) or not _IDEOGRAPH.match(text[n.end()]):
        return False
    return text.startswith(c.group(), n.end()) or _COUNTER_AT.match(text, n.end()) is None


def as_written(text: str, spans: tuple[Span, ...], start: int, end: int) -> str:
    """The part of `text` (as written) behind rewritten[start:end] (`arabic_spans`); a run cut by start or end is
    taken whole."""
    return text[_written_at(spans, start, True) : _written_at(spans, end, False)]


def _written_at(spans: tuple[Span, ...], pos: int, is_start: bool) -> int:
    """The position in the text as written of position `pos` of the rewritten text (inside a run: the run's edge)."""
    shift = 0
    for r_start, r_end, w_start, w_end in spans:
        if pos <= r_start:
            break
        if pos < r_end:
            return w_start if is_start else w_end
        shift = w_end - r_end
    return pos + shift
