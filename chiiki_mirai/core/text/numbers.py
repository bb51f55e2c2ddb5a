"""Numbers as planners write them: amounts with units, full-width digits, kanji numerals, 和暦.

- `to_number("1億2千万")` → 120000000 (kanji numerals via kanjize; commas and decimals allowed)
- `find_quantities(text)` → every amount with a unit, normalised to a base unit (円, 人, ...)
- `find_fiscal_years(text)` → fiscal years written as 2026年度, 令和8年度, R8, 平成30年 ...
All functions take arbitrary text and never raise.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

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
_ERA_SPAN_END = re.compile(r"\s*[~〜～]\s*(?P<ey>[0-9]{1,2})\s*年度?(?![0-9])")
_FY_RE = re.compile(
    r"(?P<era>令和|平成|昭和|R|H)\s?(?P<ey>元|[0-9一二三四五六七八九十]{1,3})\s?(?:年度?|(?=[^0-9A-Za-z]|$))"
    r"|(?P<y>(?:19|20|21)[0-9]{2})\s?(?P<suffix>年度|年)(?!代)"  # 「2030年代」 is a decade, not a year
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


def find_fiscal_years(text: str) -> list[Year]:
    """Years in the text as Western years: 2026年度, 令和8年度, R8, 平成30年, 令和元年, FY2030."""
    s = nfkc(text or "")
    out: list[Year] = []
    for m in _FY_RE.finditer(s):
        if m.group("y"):
            out.append(Year(int(m.group("y")), m.group(0), m.start(), m.end(), m.group("suffix") == "年度"))
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
        if end and 1 <= int(end.group("ey")) <= 99 and int(end.group("ey")) > n:
            # "令和8～12年度": the end of the period is in the same era
            last = era_to_western(era, int(end.group("ey")))
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
