"""Names of indicators: the subject a number is bound to, and what kind of KGI it is.

A clause names its subject before its figures (「付加価値増加額　令和12年度　3.6億円」「輸出額を20億円とする」);
the name is what stands before the first amount, year, colon or arrow, without the labels that dress it
(「必須KGI：」「KPI①」「（必須）」) and without a trailing particle. The KGI kinds are a table of words
(core/text/kgi_names.py).
"""

from __future__ import annotations

import re

from chiiki_mirai.core.text.cues import ARROW_MARK
from chiiki_mirai.core.text.kgi_names import KGI_KINDS, kgi_kind  # noqa: F401 - re-exported for the readers
from chiiki_mirai.core.text.normalize import nfkc
from chiiki_mirai.core.text.numbers import UNIT_NOTE
from chiiki_mirai.readers.statements.indicators.values import MAX_CLAUSE, PLAN_SPAN, quantities

# labels that dress a name: 「必須KGI」「独自ＫＧＩ②」「KPI-1」「（必須）」「【必須KGI（代替）】」
_DRESS = re.compile(
    r"^\s*(?:[【\[(（]\s*)?(?:必須|独自|任意|その他)?\s*(?:(?:KGI|KPI)\s*[-－‐]?\s*[0-9①-⑳]{0,2})?\s*"
    r"(?:[(（](?:代替|必須|独自|任意)[^)）]{0,6}[)）])?\s*(?:[】\]）)]\s*)?[:：]?\s*"
)
_MARK = re.compile(r"^\s*(?:[①-⑳]|[(（][0-9一二三四五六七八九十アイウエオカキクケコ]{1,2}[)）]|[0-9]{1,2}(?:[.．](?![0-9])|[)）])|[アイウエオ][　 ]|[・●○◆◇■□-])\s*")
_CLASS = re.compile(r"[(（【\[]\s*(?:必須|独自)[^)）】\]]{0,10}[)）】\]]")
_YEAR_START = re.compile(r"(?:令和|平成|R|Ｒ)\s*[0-9元]{1,2}|(?:19|20|21)[0-9]{2}\s*(?:年|[~〜～-])|計画期間|累計|累積|単年度|年間\s*(?=[約0-9]|$)|毎年")
# the name ends at a colon, an arrow, or a slot for the figure (「付加価値増加額　●●百万円」)
_STOP = re.compile(r"[:：]|" + ARROW_MARK + r"|[〇○●◯×＊*]{2,}")
_QUALIFIER = re.compile(r"^(?:の|から|で|が|による|間)")
_PARTICLE = re.compile(r"(?:は|を|が|の|で|に|も|として|について|では|:|：|、|,|" + ARROW_MARK + r"|\s)+$")  # (and a slide's arrow to its figure)


def mandatory_of(*texts: str) -> bool | None:
    """必須 (True) / 独自・任意 (False) as a class cell, a label or a heading writes it."""
    t = nfkc(" ".join(x for x in texts if x))
    if re.search(r"必須", t):
        return True
    if re.search(r"独自|任意|その他", t):
        return False
    return None


def _strip_lead(s: str) -> str:
    """`s` without the marks and labels in front of the name (「①」「必須KGI：」「KPI-2」)."""
    for _ in range(4):
        m = _MARK.match(s)
        d = _DRESS.match(s) if m is None or m.end() == 0 else None
        end = (m.end() if m and m.end() else 0) or (d.end() if d else 0)
        if not end:
            break
        s = s[end:]
    return s


_UNIT_TAIL = re.compile(r"\s*[(（]\s*(?:単位\s*[:：]?\s*)?(?:兆円|億円|百万円|千万円|万円|千円|円|万人|人|名|社|件|%|％)\s*(?:[/／]\s*年度?)?\s*[)）]\s*$")


def strip_dress(name: str) -> str:
    s = _strip_lead(nfkc(name or "").replace("**", ""))
    s = _CLASS.sub("", s)
    s = _UNIT_TAIL.sub("", s)  # 「設備投資額（億円）」: the unit is the column's, not the name's
    s = _PARTICLE.sub("", s).strip(" 　、,")
    inner = re.fullmatch(r"[(（]([^()（）]+)[)）]", s)  # 「必須KGI（付加価値増加額）」: the name in brackets
    return inner.group(1).strip() if inner else s


_TIME = re.compile(
    r"(?:(?:(?:令和|平成|R)\s*[0-9元]{1,2}|(?:19|20|21)[0-9]{2})\s*年度?(?:末)?\s*(?:から|より|以降|まで(?:に)?|において(?:は)?|に(?:は)?|時点で|の){0,3}"
    # the plan's whole period (「計画期間中に付加価値額を…増加させる」「5年間で育成数を…」): a span, the subject follows
    rf"|{PLAN_SPAN}(?:は)?)\s*[、,]?\s*"
)
# what may stand before a time phrase that a subject follows (「本計画では、目標年度の2035年度に官民設備投資額を…」)
_FILLER = re.compile(r"(?:本計画では|本プランでは|計画では|目標年度の|目標年度である|なお|また|あわせて|さらに)?[、,\s]*")


_QUALIFIER_ONLY = re.compile(r"(?:一|1)人当たり|約|年間|累計|合計|計")


def _after_time(head: str) -> tuple[str, int] | None:
    """(the words after the last time phrase of a clause's head, where they end) when they name something."""
    last = None
    for m in _TIME.finditer(head):
        last = m
    if last is None or last.start() == 0 and last.end() == len(head):
        return None
    rest = head[last.end() :]
    stop = [m.start() for rx in (_YEAR_START, _STOP) if (m := rx.search(rest))]
    rest = rest[: min(stop)] if stop else rest
    if last.start() > 0 and not _FILLER.fullmatch(head[: last.start()]):
        return None
    name = strip_dress(rest)
    return (rest, last.end() + len(rest)) if len(name) >= 2 and not _QUALIFIER_ONLY.fullmatch(name) else None


# what an amount of money before 「の」 is when it is the figure: a change or an investment (「14億円の増加」「30億円の投資」)
_FIGURE_OF = re.compile(r"の(?:増加|減少|増|減|伸び|投資)")


def _amount_is_figure(s: str, q: tuple, later: list) -> bool:
    """Whether an amount of money `q` followed by a qualifying particle is the clause's figure, not part of its name."""
    return q[1] == "円" and (bool(_FIGURE_OF.match(s, q[4])) or not later)


def split_name(clause: str) -> tuple[str, str]:
    """(the subject a clause names, the rest that holds its figures)."""
    s = _strip_lead(nfkc(clause or "")[:MAX_CLAUSE].replace("**", ""))
    cut = len(s)
    # a count that qualifies the name (「核となる4社の売上高」「5社から」) is part of it; so is an amount of money
    # (「年商10億円の企業数を…5社」) unless it is the figure itself (「14億円の増加」「30億円の投資」, or no figure after it)
    found = quantities(s)
    qs = [q for i, q in enumerate(found) if not _QUALIFIER.match(s[q[4] : q[4] + 3]) or _amount_is_figure(s, q, found[i + 1 :])]
    if qs:
        cut = qs[0][3]
    head = s[:cut]
    # a subject after a time phrase: 「2035年度までに付加価値を180億円増やす」「目標年度の2035年度に官民設備投資額を…」
    after = _after_time(head)
    if after is not None:
        return strip_dress(after[0]), s[after[1] :]
    for rx in (_YEAR_START, _STOP):
        m = rx.search(s, 0, cut)
        if m:
            cut = m.start()
    # 「計画期間（2026～2030年度）の累計で」 is no name; 「官民設備投資額（目標年度の単年度）」 is named before its bracket
    name = strip_dress(s[:cut])
    if name.count("(") > name.count(")"):
        # the figures start inside the name's bracket (「付加価値増加額（R7比、百万円）」「…（2030年度）100億円」): the rest
        # keeps the bracket whole, so that a unit closing it is read as a note, never as an amount
        # (only a note of the unit: a bracket holding the figure and its year, 「…（2030年度目標50人）」, keeps the old cut)
        name = name[: name.rfind("(")].strip()
        opened = s.rfind("(", 0, cut)
        cut = opened if UNIT_NOTE.match(s, opened) else cut
    if re.fullmatch(r"(?:計画期間|目標|目標値|現状|中間|長期|参考|[(（].*|(?:一|1)人当たり|約|合計|計|これ|それ|この(?:値|指標|目標))?", name):
        name = ""
    return name, s[cut:]
