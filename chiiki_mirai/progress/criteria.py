"""撤退基準 as plans write them, read into a condition that progress figures can be checked against.

    「2028年度に20%未満なら見直す」      → value < 20%, checked on the 2028年度 figure
    「2年連続で目標の6割未満なら廃止」    → value < 0.6 × target, in 2 fiscal years in a row
    「目標の半数未満」                    → value < 0.5 × target, on the latest figure
    「R11年度末で300t未満なら…」         → value < 300 t, on the figure at the end of FY2029
    「令和11年度末に2社以下の場合」       → value ≤ 2社

A criterion that is not a figure against a threshold (「2号機が令和10年度末までに稼働しない場合」, 「定員の5割
未満」) is kept with `parsed=False` and a note saying why; the status then falls back to behind/on_track.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from chiiki_mirai.core.text.numbers import find_fiscal_years
from chiiki_mirai.progress.periods import Point
from chiiki_mirai.progress.quantities import Amount, find_amounts, normalize

_IF = re.compile(r"(?:なら(?:ば)?|の場合|場合(?:は|には)?|ときは|時は|とき(?:に)?は?|であれば|ならば)")
_CONSECUTIVE = re.compile(r"(?P<n>[0-9]+|二|三|四|五)\s*(?:年度?|期)\s*(?:連続|続けて)")
_KANJI_N = {"二": 2, "三": 3, "四": 4, "五": 5}
_RATIO = re.compile(
    r"(?:目標(?:値|の水準)?(?:の|に対して|比)?|達成率(?:が|で)?)\s*(?:(?P<pct>[0-9.]+)\s*%|(?P<wari>[0-9.]+|[一二三四五六七八九])\s*割"
    r"|(?P<half>半数|半分|半ば)|(?P<den>[0-9]+)\s*分の\s*(?P<num>[0-9]+))"
)
_OTHER_BASE = re.compile(r"(定員|計画値|前年|前年度|昨年|予算|見込み|稼働率|充足率)")
_RELATIVE_TIME = re.compile(r"(?:[0-9]+|一|二|三)年目|(?:後|から)\s*[0-9]+\s*年|[0-9]+\s*年(?:間)?後|(?:供用|稼働|開始|導入|更新|改修)後")
_LESS = re.compile(
    r"^\s*(?P<op>未満|以下|を下回(?:る|った)|に届かな|に達しな|に満たな|を超え|超|以上|を上回)"
)
_BARE = re.compile(r"(?<![0-9.年度RH和])(?P<num>[0-9][0-9,.]*)\s*(?P<op>未満|以下)")
_OPS = {"以下": "<=", "を超え": ">", "超": ">", "以上": ">=", "を上回": ">"}
_ZERO = re.compile(r"^\s*(?:の|で|に)?(?:場合|なら)")
_KANJI_WARI = dict(zip("一二三四五六七八九", range(1, 10), strict=True))
_HALF = re.compile(r"(上期|上半期|下期|下半期)")
_DEADLINE = re.compile(r"までに")


@dataclass
class Criterion:
    text: str
    parsed: bool
    note: str = ""  # why it could not be read, or how it is read
    op: str = "<"  # "<", "<=", ">" (「…を超える場合」) or ">="
    threshold: Amount | None = None  # an absolute figure
    ratio: float | None = None  # a share of the target
    at: Point | None = None  # the period whose figure is checked; None: the latest
    consecutive: int = 1  # fiscal years in a row
    action: str = ""  # what the plan says happens then

    @property
    def condition_text(self) -> str:
        op = {"<": "未満", "<=": "以下", ">": "超", ">=": "以上"}[self.op]
        what = f"目標の{self.ratio * 100:g}%" if self.ratio is not None else (self.threshold.raw if self.threshold else "")
        when = f"{self.at.short}の実績が" if self.at else "直近の実績が"
        if self.consecutive > 1:
            when = f"{self.consecutive}年度連続で年度の実績が"
        return f"{when}{what}{op}"


def _ratio(m: re.Match) -> float:
    if m["pct"]:
        return float(m["pct"]) / 100
    if m["wari"]:
        w = m["wari"]
        return (float(w) if w[0].isdigit() else _KANJI_WARI[w]) / 10
    if m["half"]:
        return 0.5
    return float(m["num"]) / float(m["den"])


def _split(text: str) -> tuple[str, str]:
    m = _IF.search(text)
    if not m:
        return text, ""
    return text[: m.start()], text[m.end() :].strip(" 、,。")


def _period(cond: str) -> Point | None:
    years = find_fiscal_years(cond)
    if not years:
        return None
    y = years[0]
    half = _HALF.search(cond[y.end : y.end + 6])
    h = None if not half else (1 if half.group(1).startswith("上") else 2)
    return Point(y.fy, h)


def _threshold(cond: str) -> tuple[Amount | None, str | None]:
    """The amount right before 未満/以下/を下回る, or a zero written as 「0社の場合」."""
    for a in find_amounts(cond):
        after = cond[a.end :]
        if m := _LESS.match(after):
            return a, _OPS.get(m["op"], "<")
        if a.value == 0 and (_ZERO.match(after) or not after.strip()):
            return a, "<="
    if m := _BARE.search(cond):  # 「R10年度末で10未満」: a number without a unit, read in the target's unit
        return Amount(float(m["num"].replace(",", "")), None, None, None, m["num"]), _OPS.get(m["op"], "<")
    return None, None


def parse_criterion(text: str | None) -> Criterion | None:
    """A 撤退基準 text → Criterion (parsed or not); None when there is no criterion."""
    if not text or not text.strip():
        return None
    s = normalize(text).replace("\u3000", " ")
    cond, action = _split(s)
    c = Criterion(text=text.strip(), parsed=False, action=action)
    if m := _CONSECUTIVE.search(cond):
        n = m["n"]
        c.consecutive = int(n) if n.isdigit() else _KANJI_N[n]
    if _DEADLINE.search(cond) and _threshold(cond)[0] is None and not _RATIO.search(cond):
        c.note = "期限までの実施の有無を定める基準で、数値で判定できません"
        return c
    if rel := _RELATIVE_TIME.search(cond):
        c.note = f"判定の時点（{rel.group(0)}）が年度で書かれていないため、自動判定できません"
        return c
    c.at = None if c.consecutive > 1 else _period(cond)
    if m := _RATIO.search(cond):
        rest = cond[m.end() :]
        if op := _LESS.match(rest):
            c.ratio, c.op, c.parsed = _ratio(m), _OPS.get(op["op"], "<"), True
            return c
    if other := _OTHER_BASE.search(cond):
        c.note = f"目標以外の量（{other.group(1)}）に対する基準で、実績から自動判定できません"
        return c
    threshold, op = _threshold(cond)
    if threshold is None:
        c.note = "「…未満」「…以下」のような数値の基準が読み取れません"
        return c
    c.threshold, c.op, c.parsed = threshold, op or "<", True
    return c
