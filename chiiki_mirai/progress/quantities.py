"""Amounts with units as KPIs and progress sheets write them: 0.5億円, 1,200百万円, 45件, 65％, 300t, 7.5万m3.

Every written unit maps to a base unit and a factor (億円 → 円 × 1e8, 万m3 → m3 × 1e4, 割 → % × 10). Two
amounts can be compared only when their base units are the same; `convert` raises ValueError (Japanese)
otherwise. Rate markers in front of a number (年40件, 月900点, 日量7.5万m3, 累計20件) are read and reported.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from chiiki_mirai.core.text.normalize import nfkc
from chiiki_mirai.core.text.numbers import to_number

_MONEY = {"兆円": 1e12, "億円": 1e8, "千万円": 1e7, "百万円": 1e6, "十万円": 1e5, "万円": 1e4, "千円": 1e3, "円": 1}
_COUNTS = ["件", "社", "者", "事業者", "団体", "企業", "店", "店舗", "戸", "台", "基", "本", "点", "回", "校", "品目", "品", "施設", "箇所", "か所", "カ所", "ヶ所", "隻", "機", "棟", "区画", "商品", "ライン", "地区", "農家", "経営体", "人泊", "講座", "蔵", "室", "軒", "個", "尾", "場", "工房", "樽", "樽分", "頭", "羽", "匹", "便", "路線", "冊", "枚", "株", "園", "窯", "世帯", "席", "床", "人日", "か国", "カ国", "ヶ国", "国", "コース", "種類", "種", "製品", "ルート", "プログラム", "ツアー", "事例", "契約", "協定", "チーム", "団地", "区域"]
_SIMPLE = {u: (u, 1.0) for u in _COUNTS}
UNITS: dict[str, tuple[str, float]] = {
    **{u: ("円", f) for u, f in _MONEY.items()},
    "万人泊": ("人泊", 1e4),
    "万人": ("人", 1e4),
    "千人": ("人", 1e3),
    "人": ("人", 1),
    "名": ("人", 1),
    **_SIMPLE,
    "%": ("%", 1),
    "割": ("%", 10),
    "万トン": ("t", 1e4),
    "千トン": ("t", 1e3),
    "トン": ("t", 1),
    "万t": ("t", 1e4),
    "千t": ("t", 1e3),
    "t": ("t", 1),
    "kg": ("t", 1e-3),
    "キログラム": ("t", 1e-3),
    "ha": ("ha", 1),
    "ヘクタール": ("ha", 1),
    "km2": ("km2", 1),
    "km": ("km", 1),
    "m": ("km", 1e-3),
    "万m3": ("m3", 1e4),
    "千m3": ("m3", 1e3),
    "m3": ("m3", 1),
    "m2": ("m2", 1),
    "GW": ("MW", 1e3),
    "MW": ("MW", 1),
    "kW": ("MW", 1e-3),
    "時間": ("時間", 1),
    "日": ("日", 1),
}
_UNIT_RE = "|".join(re.escape(u) for u in sorted(UNITS, key=len, reverse=True))
_UNITS_SHORT_FIRST = sorted(UNITS, key=len)
_RATE = r"(?P<rate>年間|毎年度?|年度|年|月|日量|日|累計|計|約|およそ|概ね|最大)?"
_RATE_IN_TEXT = r"(?P<rate>年間|毎年度?|年|月|日量|累計)?"
# a whole cell: an optional rate, a number with an optional unit, an optional hedge ("以上", "程度")
_CELL_RE = re.compile(rf"^{_RATE}(?P<tok>[-+]?[0-9〇一二三四五六七八九十百千万億兆][^\s]*?)(?:程度|以上|超|強|弱)?$")
# an amount inside a text: "2028年度 0.5億円", "480人（令和7年度）→900人", "1億2千万円"
_FIND_RE = re.compile(rf"{_RATE_IN_TEXT}(?P<tok>[0-9][0-9,.兆億万千百十]*(?:{_UNIT_RE}))(?![A-Za-z0-9])")
_SUP = str.maketrans({"³": "3", "²": "2", "㎥": "m3", "㎡": "m2", "㎞": "km", "％": "%", "ｔ": "t"})
NO_DATA = {"", "-", "―", "—", "ー", "－", "‐", "未集計", "集計中", "未定", "なし", "n/a", "na", "未記入"}
_MARKS = ("千万", "百万", "十万", "兆", "億", "万", "千")


@dataclass
class Amount:
    value: float  # in the base unit
    unit: str | None  # base unit; None when the number was written without one
    written_unit: str | None  # as written (億円, 件, …)
    rate: str | None  # 年 / 月 / 日量 / 累計 … written before the number
    raw: str
    start: int = 0
    end: int = 0

    def in_unit(self, written_unit: str | None) -> float:
        """The value expressed in another written unit of the same base (億円 → 百万円 ...)."""
        return self.value / factor_of(written_unit)


def normalize(text: str) -> str:
    return nfkc(str(text)).translate(_SUP).replace("m³", "m3").replace("m²", "m2").strip()


def _number(num: str) -> float | None:
    s = num.replace(",", "")
    sign = -1.0 if s.startswith("-") else 1.0
    v = to_number(s.lstrip("+-"))
    return None if v is None else sign * v


def split_unit(token: str) -> tuple[float, str | None, str | None] | None:
    """"0.5億円" → (50000000.0, "円", "億円"); "12" → (12.0, None, None); None when no number leads it.

    The shortest known unit that leaves a number is taken, so a multiplier stays with the number
    ("1億2千万円" is 1億2千万 円), except 十/百/千 right before the unit ("1,200百万円" is 1,200 百万円).
    """
    if (v := _number(token)) is not None:
        return v, None, None
    for unit in _UNITS_SHORT_FIRST:
        if not token.endswith(unit) or len(token) == len(unit):
            continue
        num = token[: -len(unit)]
        if num.endswith(("十", "百", "千")) and num[-1] + unit in UNITS:
            continue  # 「1,200百万円」: 百万円 is the unit
        if (value := _number(num)) is None:
            continue
        mark = next((k for k in _MARKS if num.endswith(k) and k + unit in UNITS), "")
        return value * UNITS[unit][1], UNITS[unit][0], mark + unit
    return None


def _unknown_unit(token: str) -> str:
    m = re.match(r"[-+]?[0-9.,〇一二三四五六七八九十百千万億兆]+", token)
    return token[m.end() :] if m else token


def parse_amount(text: object) -> Amount | None:
    """A cell → Amount; None for an empty cell or a no-data mark (―, 未集計). ValueError when not a number."""
    if text is None:
        return None
    if isinstance(text, bool):
        raise ValueError(f"「{text}」は数値として読めません")
    if isinstance(text, int | float):
        return Amount(float(text), None, None, None, str(text))
    raw = str(text).strip()
    s = normalize(raw).replace(" ", "").replace("\u3000", "")
    if s.lower() in NO_DATA:
        return None
    m = _CELL_RE.match(s)
    if m is None:
        raise ValueError(f"「{raw}」は数値として読めません（例: 12、0.5億円、45件、65%）")
    parsed = split_unit(m["tok"])
    if parsed is None:
        unit = _unknown_unit(m["tok"])
        if not unit or unit == m["tok"] or _number(m["tok"][: len(m["tok"]) - len(unit)]) is None:
            raise ValueError(f"「{raw}」は数値として読めません（例: 12、0.5億円、45件、65%）")
        raise ValueError(f"「{raw}」の単位「{unit}」を読めません（使える単位の例: 億円、百万円、千円、人、件、%、t）")
    value, base, written = parsed
    return Amount(value, base, written, m["rate"], raw)


def find_amounts(text: str | None) -> list[Amount]:
    """Every amount with a unit in a text, left to right (years such as 2028年度 are never amounts)."""
    s = normalize(text or "")
    out: list[Amount] = []
    for m in _FIND_RE.finditer(s):
        parsed = split_unit(m["tok"])
        if parsed is None or parsed[1] is None:
            continue
        value, base, written = parsed
        out.append(Amount(value, base, written, m["rate"], m.group(0), m.start(), m.end()))
    return out


def factor_of(written_unit: str | None) -> float:
    """億円 → 1e8, 万件 → 1e4; 1 for no unit or one not known."""
    if not written_unit:
        return 1.0
    parsed = split_unit("1" + normalize(written_unit))
    return parsed[0] if parsed and parsed[1] else 1.0


def convert(amount: Amount, base_unit: str | None, default_unit: str | None, what: str = "実績") -> float:
    """The amount in `base_unit`. A bare number is read in `default_unit` (the sheet's 単位, else the target's)."""
    if amount.unit is None:
        if default_unit and unit_base(default_unit) is None:
            raise ValueError(f"単位「{default_unit}」を読めません（例: 億円、百万円、千円、人、件、%、t）")
        if default_unit and base_unit is not None and unit_base(default_unit) != base_unit:
            raise ValueError(f"単位「{default_unit}」は目標の単位（{base_unit}）に換算できません")
        return amount.value * factor_of(default_unit)
    if base_unit is not None and amount.unit != base_unit:
        raise ValueError(
            f"{what}「{amount.raw}」の単位（{amount.written_unit}）は目標の単位（{base_unit}）に換算できません"
        )
    return amount.value


def unit_base(written_unit: str | None) -> str | None:
    if not written_unit:
        return None
    parsed = split_unit("1" + normalize(written_unit))
    return parsed[1] if parsed else None
