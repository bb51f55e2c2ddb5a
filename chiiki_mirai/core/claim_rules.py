"""When a classifier-read claim counts: one rule for the reader's fields and the facts alike.

A `claim` statement (core/statement.py) carries the classifier's confidence (probability moved by the unit's
place) and its modality with `attrs.held_p`, the probability that the unit states it as done or decided.

- stated: confidence ≥ STATED, the classifier's own probability ≥ LEANS (the place confirms or doubts a
  reading, it never makes one: 「ターゲット市場は法人」 under 基本戦略 is no need because the words sit there), and
  the modality is held (affirmed/planned) with held_p ≥ HELD_P;
- uncertain: not stated, but a candidate a reviewer should see — confidence ≥ CANDIDATE with a held
  modality (the classifier is unsure what it claims), or confidence ≥ STATED with an unclear modality
  (held_p between UNCLEAR and HELD_P). An uncertain claim sends the criterion to `review` with its quote,
  never to a gap; a clearly negated, deferred or placeholder claim is not stated and not uncertain.
Statements without these attrs (derived from a YAML/JSON field) are stated when held.

`strength(text)` grades an international-competitiveness claim (000 A.(2)②): strong when it carries a world
share or rank, or a figure set against named foreign rivals; weak when it only asserts.
"""

from __future__ import annotations

import re

from chiiki_mirai.core.statement import HELD, Statement
from chiiki_mirai.core.text.numbers import arabic_numerals

STATED = 0.5
CANDIDATE = 0.4
LEANS = 0.5  # the classifier's own probability a stated claim needs (its place moves the confidence only)
HELD_P = 0.5
UNCLEAR = 0.3


def held_p(s: Statement) -> float:
    return float(s.attrs.get("held_p", 1.0 if s.modality in HELD else 0.0))


def is_stated(s: Statement) -> bool:
    """Confident, held — and read by the classifier itself (p ≥ LEANS): a place never makes a claim alone."""
    return s.confidence >= STATED and s.modality in HELD and held_p(s) >= HELD_P and float(s.attrs.get("p", 1.0)) >= LEANS


def is_uncertain(s: Statement) -> bool:
    if is_stated(s):
        return False
    if s.modality in HELD and s.confidence >= CANDIDATE:
        return True
    return s.confidence >= STATED and UNCLEAR <= held_p(s) < HELD_P


def best(statements: list[Statement]) -> Statement | None:
    """The most confident statement (document order breaks ties)."""
    return max(statements, key=lambda s: s.confidence, default=None)


# a world share / rank / first, or a figure set against named foreign rivals (a figure beside 「世界最高水準」 is the
# writer's own grading, not a share: 「回収率95%と世界最高水準」 is left to the reviewer)
_STRONG = re.compile(
    r"世界(?:シェア|市場)[^。]{0,12}[0-9]|世界(?:で|の)?(?:首位|トップ|[0-9一二三]位|初|唯一)|[0-9]+\s*%[^。]{0,10}世界(?:シェア|市場)|"
    r"(?:米国|欧州|ドイツ|独|中国|韓国|台湾|海外|米|欧|外資)[^。]{0,12}(?:社|メーカー|勢|大手|企業)[^。]{0,40}"
    r"(?:[0-9]|倍|半分|上回|同等以上|凌|優位|勝)"
)


def strength(text: str) -> str:
    """Read on the quote as written, so with its kanji numerals in digits (「世界シェア約四十％」)."""
    return "strong" if _STRONG.search(arabic_numerals(text or "")) else "weak"
