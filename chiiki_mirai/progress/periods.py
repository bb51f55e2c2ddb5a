"""時点: the period a progress figure belongs to, as written by a 担当部署.

`parse_point("令和8年度上期")` → Point(fy=2026, half=1); `parse_point("2027年度")` → Point(fy=2027, half=None);
a date (typed or an Excel date cell) falls into its fiscal half (2026-09-30 → 2026年度上期). Years are fiscal
years (April to March); 上期 is April–September, 下期 October–March. A bad 時点 raises ValueError with a
Japanese message.
"""

from __future__ import annotations

import datetime as _dt
import re
from dataclasses import dataclass

from chiiki_mirai.core.text.normalize import nfkc
from chiiki_mirai.core.text.numbers import ERAS, to_number

HALF_JA = {1: "上期", 2: "下期"}
_ERA_ABBR = {"R": "令和", "H": "平成", "令": "令和"}
_H1 = r"上期|上半期|前期|前半期|第1半期|上半|H1|1H|第[12]四半期|Q[12]"
_H2 = r"下期|下半期|後期|後半期|第2半期|下半|H2|2H|第[34]四半期|Q[34]"
_YEAR_END = r"末|度末|年度末|通期|年間|通年|実績|計"
_ERA_RE = re.compile(r"^(?:FY)?(?P<era>令和|平成|R|H)\s*(?P<y>元|[0-9一二三四五六七八九十]{1,3})\s*(?:年度?)?\s*(?P<rest>.*)$")
_WEST_RE = re.compile(r"^(?:FY)?\s*(?P<y>(?:19|20|21)[0-9]{2})\s*(?:年度|年|FY)?\s*(?P<rest>.*)$")
_DATE_RE = re.compile(
    r"^(?P<y>(?:19|20|21)[0-9]{2})\s*(?:[/\-.年])\s*(?P<m>[0-9]{1,2})\s*(?:(?:[/\-.]|月)\s*(?P<d>[0-9]{1,2})\s*日?)?\s*月?\s*(?:末|時点)?$"
)
_ERA_DATE_RE = re.compile(
    r"^(?P<era>令和|平成|R|H)\s*(?P<y>元|[0-9]{1,2})\s*年\s*(?P<m>[0-9]{1,2})\s*月\s*(?:(?P<d>[0-9]{1,2})\s*日)?\s*(?:末|時点)?$"
)


@dataclass(frozen=True)
class Point:
    """A fiscal year (half None: the whole year, as of its end) or one of its halves."""

    fy: int
    half: int | None = None

    @property
    def end(self) -> _dt.date:
        return _dt.date(self.fy, 9, 30) if self.half == 1 else _dt.date(self.fy + 1, 3, 31)

    @property
    def start(self) -> _dt.date:
        return _dt.date(self.fy, 10, 1) if self.half == 2 else _dt.date(self.fy, 4, 1)

    @property
    def t(self) -> float:
        """Position on a time line counted in fiscal years: the end of FY y is y + 1, of its 上期 y + 0.5."""
        return self.fy + (0.5 if self.half == 1 else 1.0)

    @property
    def label(self) -> str:
        half = HALF_JA.get(self.half, "")
        if self.fy <= ERAS["令和"]:
            return f"{self.fy}年度{half}"
        return f"{self.fy}年度{half}（令和{self.fy - ERAS['令和']}年度{half}）"

    @property
    def short(self) -> str:
        return f"{self.fy}年度{HALF_JA.get(self.half, '')}"


def point_of_date(d: _dt.date) -> Point:
    fy = d.year if d.month >= 4 else d.year - 1
    return Point(fy, 1 if 4 <= d.month <= 9 else 2)


def _half(rest: str, raw: str) -> int | None:
    rest = rest.strip(" 　()（）・:：")
    if not rest or re.fullmatch(_YEAR_END, rest):
        return None
    if re.fullmatch(_H1, rest):
        return 1
    if re.fullmatch(_H2, rest):
        return 2
    raise ValueError(f"時点「{raw}」の「{rest}」を読めません（例: 2026年度、令和8年度上期、R8下期、2026年9月）")


def _era_year(era: str, y: str) -> int:
    n = 1 if y == "元" else to_number(y)
    if n is None or not 1 <= n <= 99:
        raise ValueError(f"和暦の年「{y}」を読めません")
    return ERAS[_ERA_ABBR.get(era, era)] + int(n)


def _date(y: int, m: int, d: str | None, raw: str) -> _dt.date:
    if not 1 <= m <= 12:
        raise ValueError(f"時点「{raw}」は存在しない日付です")
    try:
        if d:
            return _dt.date(y, m, int(d))
        nxt = _dt.date(y + (m == 12), m % 12 + 1, 1)  # a month written alone means its last day
        return nxt - _dt.timedelta(days=1)
    except ValueError as e:
        raise ValueError(f"時点「{raw}」は存在しない日付です") from e


def parse_point(value: object) -> Point:
    """A 時点 cell (text, a year number or a date) → Point. Raises ValueError with a Japanese message."""
    if isinstance(value, _dt.datetime):
        return point_of_date(value.date())
    if isinstance(value, _dt.date):
        return point_of_date(value)
    if isinstance(value, bool):
        raise ValueError(f"時点「{value}」を読めません")
    if isinstance(value, int | float):
        if float(value).is_integer() and 1900 <= value <= 2200:
            return Point(int(value))
        raise ValueError(f"時点「{value}」を年度として読めません（例: 2026年度、令和8年度上期）")
    raw = str(value or "").strip()
    s = nfkc(raw).replace(" ", "").replace("\u3000", "").upper().replace("年度度", "年度")
    if not s:
        raise ValueError("時点が空です")
    if m := _DATE_RE.match(s):
        return point_of_date(_date(int(m["y"]), int(m["m"]), m["d"], raw))
    if m := _ERA_DATE_RE.match(s):
        return point_of_date(_date(_era_year(m["era"], m["y"]), int(m["m"]), m["d"], raw))
    if m := _ERA_RE.match(s):
        return Point(_era_year(m["era"], m["y"]), _half(m["rest"], raw))
    if m := _WEST_RE.match(s):
        return Point(int(m["y"]), _half(m["rest"], raw))
    raise ValueError(f"時点「{raw}」を読めません（例: 2026年度、令和8年度上期、R8下期、2026年9月）")
