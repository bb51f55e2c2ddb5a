"""Procurement and localisation: shares procured at home now and as a target, and the localisation policy.

- `procurement` statements: a share (0–1) of parts, materials or processes procured in the region or the
  country, role `current` (「部品の9割を県内で調達している」「現在、域内調達は6割」) or `target` (「2030年度までに
  県内調達率を8割に」), with the target's year and the unit's modality. Whether a unit states procurement at home
  in words, or a roadmap to it, is the classifier's `procurement_local` / `procurement_roadmap` claim.
- `procurement` statements of topic `abroad` (role `current`): a share of a key input the plan says comes from abroad today
  (「原料パルプは約6割を輸入」「装置の約8割が欧州製」「原料小麦の大半が輸入」), attrs.input when it names a
  material, part or piece of equipment; a share to be lowered (「輸入比率を3割以下に下げる」) is a target, not one.
- `localization` statements, read under 現地化の取組 (or, without that item, from units that name 現地化・地元資本・
  再投資): topic `policy` (each unit), `attraction` / `no_attraction` (an outside company is, or is not, brought
  in), `roadmap` (labour or technology localised by a date), `local_capital`, `reinvestment`.
"""

from __future__ import annotations

import re

from chiiki_mirai.core.statement import Statement
from chiiki_mirai.core.text.cues import ARROW_MARK, KEY_INPUT
from chiiki_mirai.core.text.modality import modality as text_modality
from chiiki_mirai.core.text.numbers import find_fiscal_years, find_quantities, percent_to_share
from chiiki_mirai.readers.claims import Reading
from chiiki_mirai.readers.statements.base import place_of
from chiiki_mirai.readers.units import Unit

PLACE = re.compile(r"県内|域内|地元|市内|町内|村内|地域内|両県|道内|府内|都内|県産|地元産|道産|市産|町産|村産|国内|国産")
PROCURE = re.compile(r"調達|仕入|輸入|(?:県|国|地元|道|市|町|村)産")
FUTURE = re.compile(r"引き上げ|引上げ|目標|目指|高め|拡大|まで|増や")
NOW = re.compile(r"現在|現状")
FROM_TO = re.compile(r"\s*(?:から|" + ARROW_MARK + r"|～|~)\s*$")
ITEMS = ("B.6", "C.6")
ATTRACTED = re.compile(r"誘致|(?<!海外)(?<!国外)(?<!世界)進出(?!先)|域外から|県外から|市外から|新規立地|立地予定")
NOT_ATTRACTED = re.compile(
    r"誘致[^。]{0,10}(?:予定していない|予定はない|しない|行わない|行わず|せず|ない|ありません|しません|想定していない|"
    r"考えていない|前提としない|前提とせず)|域外企業[^。]{0,10}(?:ない|しない|せず)"
)
# a line of the localisation policy wherever it is written: it names 現地化, procurement at home, local capital or
# reinvestment, or says that no outside company is brought in (「本プランは域外企業の誘致を予定していない。」)
CUE = re.compile(rf"現地化|(?:域内|県内|市内|地元)[^。]{{0,10}}調達|地元資本|再投資|{NOT_ATTRACTED.pattern}")
LABOUR_LOCAL = re.compile(
    r"現地化|(?:地元|県内|域内|市内|町内|村内|地域)(?:から|で)?の?(?:採用|雇用)|地元の?人材|技術[^。]{0,12}移転|技術移転|"
    r"(?:開発|設計|研究|製造)?部門[^。]{0,12}(?:移す|移転|移管)"
)
WITHIN_YEARS = re.compile(r"[0-9一二三四五六七八九十]+\s*(?:年|か年|カ年)(?:以内|後|目|間で|までに)")
LOCAL_CAPITAL = re.compile(r"地元資本|域内資本|地元の出資")
CAPITAL = re.compile(r"出資|資本参加|合弁")
LOCAL_WORD = re.compile(PLACE.pattern + r"|組合|地域")
REINVEST = re.compile(r"再投資|収益[^。]{0,10}還元|利益[^。]{0,10}還元")


# countries and regions a key input is bought from; several may be listed (「台湾・マレーシアから」)
_ORIGIN = (
    r"(?:欧州|欧米|米国|英国|中国|韓国|台湾|ドイツ|フランス|イタリア|北米|南米|東南アジア|アジア|マレーシア|タイ|ベトナム|"
    r"インドネシア|インド|フィリピン|シンガポール|オーストラリア|ノルウェー|チリ|カナダ|ブラジル|ロシア|メキシコ)"
)
ABROAD = re.compile(
    r"輸入|海外(?:製|産|から|の(?:メーカー|企業|工場)|に(?:頼|依存|委託))|外国(?:製|産)|国外|"
    rf"{_ORIGIN}(?:[・、]{_ORIGIN})*(?:製|産|から|の(?:メーカー|企業))"
)
# 「調達先：海外（中国・欧州）約8割」: a bare 海外・国外 right before a bracket or a share, where procurement is spoken of
BARE_ABROAD = re.compile(r"(?:海外|国外)(?=\s*[（(]|\s*(?:約|およそ)?\s*[0-9０-９一二三四五六七八九十])")
_ABROAD_BUYING = re.compile(f"{ABROAD.pattern}|{BARE_ABROAD.pattern}")
SEPARATOR = re.compile(r"[、,，;；／/|｜]")  # a share's own predicate ends where the next list entry begins
MOST = re.compile(r"大半|大部分|ほぼ全(?:量|て)|全量|ほとんど|すべて|全て|全部")
LOWERED = re.compile(r"下げ|低減|減ら|抑え|以下|未満|以内")
MOST_SHARE = 0.9  # 「大半」「ほとんど」: most of it, read as a share
_PREDICATE = 5  # characters after a share that hold its own predicate: 「は輸入品」「を県内で」
MARKET = re.compile(r"シェア|市場|消費量|需要")  # a share of a market is not a share procured
BUYING = re.compile(r"調達|仕入|購入")
# a share of people (「地元人材の採用比率（新規採用の7割以上）」) is not a share procured, whatever the sentence procures next
PEOPLE = re.compile(r"採用|雇用|人材|従業員|社員|就業")


def _of_people(before: str) -> bool:
    """The share's own measure, the last measure word before it, counts people rather than what is bought."""
    last = {m.end(): "people" for m in PEOPLE.finditer(before)} | {m.end(): "buying" for m in PROCURE.finditer(before)}
    return bool(last) and last[max(last)] == "people"


def _abroad_words(s: str) -> re.Pattern[str]:
    """The words that say 'from abroad' in this unit: a bare 海外 counts only where the unit speaks of procurement."""
    return _ABROAD_BUYING if PROCURE.search(s) else ABROAD


def _side(s: str, start: int, end: int) -> str | None:
    """Whether the share at s[start:end] is of what comes from abroad or at home: its own predicate right after
    it (「約8割は輸入品」「6割を県内で」), else the nearest word before it (20 characters), else a word after it (12)."""
    own = SEPARATOR.split(s[end : end + _PREDICATE], maxsplit=1)[0]
    abroad = _abroad_words(s)
    near = min([(m.start(), "abroad") for m in abroad.finditer(own)] + [(m.start(), "home") for m in PLACE.finditer(own)],
               default=None)
    if near is not None:
        return near[1]
    before = s[max(0, start - 20) : start]
    hits = [(m.end(), "abroad") for m in abroad.finditer(before)] + [(m.end(), "home") for m in PLACE.finditer(before)]
    if hits:
        return max(hits)[1]
    after = s[end : end + 12]
    first = min([(m.start(), "abroad") for m in abroad.finditer(after)] + [(m.start(), "home") for m in PLACE.finditer(after)],
                default=None)
    return first[1] if first else None


def abroad_statements(read_units: list[tuple[Unit, Reading]]) -> list[Statement]:
    """Shares of key inputs procured abroad today (see the module docstring), and dated targets to lower one
    (「輸入魚粉の比率を令和12年度に4割まで下げる」: role `target`, a roadmap toward procurement at home)."""
    out = []
    for u, r in read_units:
        s = u.norm
        abroad = _abroad_words(s)
        if not abroad.search(s):
            continue
        if LOWERED.search(s):
            out += _lowered(u, r)
            continue
        # the classifier reads a dependence as a negated home procurement (「約7割を輸入に依存している」): for a
        # share written as a figure, the sentence's own grammar decides whether it states it; a share said in
        # words (「全量」「すべて」) counts only as the classifier holds it
        held = r.stance in ("affirmed", "none")
        if not held and text_modality(s) != "affirmed":
            continue
        shares = [v for q in find_quantities(s) if (v := percent_to_share(q)) is not None
                  and _side(s, q.start, q.end) == "abroad"]
        if held:
            shares += [MOST_SHARE for m in MOST.finditer(s) if abroad.search(s[m.start() : m.end() + 16])]
        if shares:
            out.append(Statement(kind="procurement", topic="abroad", role="current", value=max(shares), modality="affirmed",
                                 attrs={"input": bool(KEY_INPUT.search(s))}, place=place_of(u)))
    return out


def _lowered(u: Unit, r: Reading) -> list[Statement]:
    """A dated target to lower what comes from abroad: the lowest share named, by the last year named."""
    s = u.norm
    shares = [v for q in find_quantities(s) if (v := percent_to_share(q)) is not None and _side(s, q.start, q.end) == "abroad"]
    years = [y.fy for y in find_fiscal_years(s) if not y.span_start]
    if not shares or not years or r.stance in ("negated", "considering", "placeholder"):
        return []
    return [Statement(kind="procurement", topic="abroad", role="target", value=min(shares), year=years[-1],
                      modality=r.stance if r.stance != "none" else "planned", place=place_of(u))]


def procurement_statements(read_units: list[tuple[Unit, Reading]]) -> list[Statement]:
    out = abroad_statements(read_units)
    for u, r in read_units:
        s = u.norm
        if not (PROCURE.search(s) and PLACE.search(s)):
            continue
        qs = [q for q in find_quantities(s) if percent_to_share(q) is not None]
        for i, q in enumerate(qs):
            share = percent_to_share(q)
            if _side(s, q.start, q.end) == "abroad":
                continue  # 「約6割を輸入」: what comes from abroad (abroad_statements), not a share at home
            before, after = s[max(0, q.start - 15) : q.start], s[q.end : q.end + 15]
            if MARKET.search(before) or (MARKET.search(s) and not BUYING.search(s)) or _of_people(before):
                continue  # 「国内シェア（国産品）…45%」「国内のタオル市場の約8割」: of a market, not of what is bought
            if i + 1 < len(qs) and FROM_TO.match(s[q.end : qs[i + 1].start]):
                role, year = "current", None  # 「35%から60%に」「6割→8割」: the first is today's share
            elif FUTURE.search(after + before) and not NOW.search(before):
                role = "target"
                years = [y.fy for y in find_fiscal_years(s) if y.end <= q.start + 20 and not y.span_start]
                year = years[-1] if years else None
            elif PLACE.search(before + after):
                role, year = "current", None
            else:
                continue
            out.append(
                Statement(kind="procurement", role=role, value=share, year=year, modality=r.stance, place=place_of(u))
            )
    return out


def topics(s: str) -> list[str]:
    out = ["policy"]
    if NOT_ATTRACTED.search(s):
        out.append("no_attraction")
    elif ATTRACTED.search(s):
        out.append("attraction")
    if LABOUR_LOCAL.search(s) and (find_fiscal_years(s) or WITHIN_YEARS.search(s)):
        out.append("roadmap")
    if LOCAL_CAPITAL.search(s) or (CAPITAL.search(s) and LOCAL_WORD.search(s)):
        out.append("local_capital")
    if REINVEST.search(s):
        out.append("reinvestment")
    return out


def localization_statements(read_units: list[tuple[Unit, Reading]]) -> list[Statement]:
    own = [(u, r) for u, r in read_units if u.item and any(u.item == i or u.item.startswith(i + ".") for i in ITEMS)]
    if not own:
        own = [(u, r) for u, r in read_units if CUE.search(u.norm)]
    return [
        Statement(kind="localization", topic=t, subject=u.text.strip(), modality=r.stance, place=place_of(u))
        for u, r in own
        for t in topics(u.norm)
    ]
