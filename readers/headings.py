"""Heading numbering styles and fuzzy matching of headings to the 記載項目 of a plan type.

Numbering is detected on the text as written (before width normalisation, so `①` and `(1)` stay
distinct styles): 第1 / 1. / 1 / １． / 1.1 / (1) / （1） / 1) / ① / Ⅰ / I. / ア / (ア) / a. / 一、.
Matching compares the heading text (numbering and 【tags】 removed) with both wordings the knowledge
base keeps for each section and item (guidance and policy package), using rapidfuzz.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

from rapidfuzz import fuzz

_KATA = "アイウエオカキクケコサシスセソタチツテトナニヌネノ"
_ROMAN = {"Ⅰ": 1, "Ⅱ": 2, "Ⅲ": 3, "Ⅳ": 4, "Ⅴ": 5, "Ⅵ": 6, "Ⅶ": 7, "Ⅷ": 8, "Ⅸ": 9, "Ⅹ": 10}
_ROMAN_ASCII = {"I": 1, "II": 2, "III": 3, "IV": 4, "V": 5, "VI": 6, "VII": 7, "VIII": 8, "IX": 9, "X": 10}
_KANJI_NUM = {"一": 1, "二": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9, "十": 10}
_CIRCLED = {chr(0x2460 + i): i + 1 for i in range(20)}
_SP = r"[ \t\u3000]"
_DIGITS = r"[0-9０-９]{1,2}"

# (style, regex); the first match wins. Each regex captures `n` (the number) and `rest`.
_STYLES: list[tuple[str, re.Pattern[str]]] = [
    (
        "dai",
        re.compile(
            rf"^第(?P<n>[0-9０-９一二三四五六七八九十]{{1,3}})(?:章|節|部|項)?(?:{_SP}+|[．.、:：]{_SP}*)(?P<rest>.*)$"
        ),
    ),
    (
        "decimal",
        re.compile(rf"^(?P<n>{_DIGITS}(?:[.．]{_DIGITS})+)[.．]?(?:{_SP}+|(?=[^0-9０-９]))(?P<rest>.*)$"),
    ),
    ("paren", re.compile(rf"^[(（](?P<n>{_DIGITS})[)）]{_SP}*(?P<rest>.*)$")),
    # the single parenthesized-digit characters ⑴…⒇ (U+2474–2487), a "paren" style too
    ("paren", re.compile(rf"^(?P<n>[\u2474-\u2487]){_SP}*(?P<rest>.*)$")),
    ("half_paren", re.compile(rf"^(?P<n>{_DIGITS})[)）]{_SP}*(?P<rest>.*)$")),
    ("dot", re.compile(rf"^(?P<n>{_DIGITS})[.．、]{_SP}*(?P<rest>\D.*)$")),
    ("space", re.compile(rf"^(?P<n>{_DIGITS}){_SP}+(?P<rest>\D.*)$")),
    ("circled", re.compile(rf"^(?P<n>[{''.join(_CIRCLED)}]){_SP}*(?P<rest>.*)$")),
    ("roman", re.compile(rf"^(?P<n>[{''.join(_ROMAN)}])[.．、]?{_SP}*(?P<rest>.*)$")),
    ("roman_ascii", re.compile(rf"^(?P<n>(?:VIII|VII|VI|IV|IX|III|II|I|V|X))[.．]{_SP}*(?P<rest>.*)$")),
    ("paren_kata", re.compile(rf"^[(（](?P<n>[{_KATA}])[)）]{_SP}*(?P<rest>.*)$")),
    ("kata", re.compile(rf"^(?P<n>[{_KATA}])(?:{_SP}+|[.．、]{_SP}*)(?P<rest>.*)$")),
    ("paren_alpha", re.compile(rf"^[(（](?P<n>[a-zａ-ｚ])[)）]{_SP}*(?P<rest>.*)$")),
    ("alpha", re.compile(rf"^(?P<n>[a-zａ-ｚ])[.．)]{_SP}*(?P<rest>.*)$")),
    ("kanji", re.compile(rf"^(?P<n>[一二三四五六七八九十])(?:[、．.]|{_SP}+){_SP}*(?P<rest>.*)$")),
]


@dataclass
class Numbering:
    style: str | None
    number: int | None
    rest: str  # the heading text without its number
    label: str  # the number as written ("(1)", "１．", "第2")


def _num_value(style: str, n: str) -> int | None:
    n = unicodedata.normalize("NFKC", n)
    if style == "decimal":
        return int(n.split(".")[-1])
    if n.startswith("(") and n.endswith(")") and n[1:-1].isdigit():
        return int(n[1:-1])  # ⑴ normalises to "(1)"
    if n.isdigit():
        return int(n)
    if n in _CIRCLED:
        return _CIRCLED[n]
    if n in _ROMAN:
        return _ROMAN[n]
    if n in _ROMAN_ASCII:
        return _ROMAN_ASCII[n]
    if n in _KATA:
        return _KATA.index(n) + 1
    if len(n) == 1 and "a" <= n <= "z":
        return ord(n) - ord("a") + 1
    if n in _KANJI_NUM:
        return _KANJI_NUM[n]
    try:
        from readers.numbers import to_number

        v = to_number(n)
        return int(v) if v is not None else None
    except Exception:  # noqa: BLE001 - numbering is a hint only
        return None


def split_numbering(text: str) -> Numbering:
    """'(1) 該当する業種' → Numbering('paren', 1, '該当する業種', '(1)')."""
    t = (text or "").strip()
    for style, rx in _STYLES:
        m = rx.match(t)
        if m and m.group("rest").strip():
            label = t[: m.start("rest")].strip()
            # a "decimal" number is nested: 1.2 → its depth distinguishes levels
            st = (
                f"decimal{m.group('n').count('.') + m.group('n').count('．')}"
                if style == "decimal"
                else style
            )
            return Numbering(st, _num_value(style, m.group("n")), m.group("rest").strip(), label)
    return Numbering(None, None, t, "")


_TAG = re.compile(r"【[^】]*】|\[[^\]]*\]")
_PUNCT = re.compile(r"[\s　・、。，,.．:：;；「」『』（）()\-－―〜~…*＊#＃]+")


def clean_heading(text: str) -> str:
    """Heading text as compared: numbering, 【tags】, markup and punctuation removed, NFKC."""
    t = split_numbering(text.strip().strip("*_ ")).rest
    t = _TAG.sub("", t)
    t = unicodedata.normalize("NFKC", t)
    t = re.sub(r"[(（][^)）]*[)）]$", "", t)  # trailing notes: （続き）, （2040年目標）
    return _PUNCT.sub("", t)


def similarity(a: str, b: str) -> float:
    """0..100 similarity of two cleaned headings; containment of a whole wording counts high."""
    if not a or not b:
        return 0.0
    if a == b:
        return 100.0
    score = fuzz.ratio(a, b)
    short, long_ = (a, b) if len(a) <= len(b) else (b, a)
    if len(short) >= 4:
        # a heading that contains a whole wording (or is contained in one) is a strong match,
        # discounted by how much of the longer text it covers
        coverage = len(short) / len(long_)
        partial = fuzz.partial_ratio(short, long_)
        score = max(score, partial * (0.75 + 0.25 * coverage))
    return float(score)


@dataclass(frozen=True)
class Target:
    """One 記載項目 (a section or an item) as a heading matching target."""

    id: str
    heading: str
    wordings: tuple[str, ...]  # cleaned
    number: int | None
    parent: str | None  # the section id for items
    order: int


def targets_of(plan_type) -> list[Target]:
    """The sections and items of a knowledge-base PlanType, in document order."""
    out: list[Target] = []
    order = 0
    for s in plan_type.sections:
        words = tuple(dict.fromkeys(w for w in (clean_heading(h) for h in [s.heading, *s.alt_headings]) if w))
        out.append(Target(s.id, s.heading, words, s.number, None, order))
        order += 1
        for it in s.items:
            iw = tuple(
                dict.fromkeys(w for w in (clean_heading(h) for h in [it.heading, *it.alt_headings]) if w)
            )
            try:
                num = int(it.id.rsplit(".", 1)[-1])
            except ValueError:
                num = None
            out.append(Target(it.id, it.heading, iw, num, s.id, order))
            order += 1
    return out


@dataclass
class Match:
    target: Target
    score: float
    runner_up: Target | None = None
    runner_up_score: float = 0.0


MATCH_THRESHOLD = 68.0
AMBIGUITY_MARGIN = 4.0


def best_match(
    heading: str,
    targets: list[Target],
    current_section: str | None = None,
    number: int | None = None,
    top_level_hint: bool | None = None,
) -> Match | None:
    """The 記載項目 a heading stands for, or None. Context breaks ties: items of the section
    being read win over same-named items elsewhere ("特定の理由"), and a matching number helps."""
    h = clean_heading(heading)
    if not h:
        return None
    scored: list[tuple[float, int, Target]] = []
    for t in targets:
        base = max((similarity(h, w) for w in t.wordings), default=0.0)
        if (
            2 <= len(h) <= 3
            and t.parent is not None
            and t.parent == current_section
            and any(w.endswith(h) or w.startswith(h) for w in t.wordings)
        ):
            # a short heading under a known section ("⑴ 業種", "⑶ 根拠", "⑴ 方針") names the
            # item it ends or begins, too short for fuzzy similarity to see
            base = max(base, 72.0)
        if base < 50:
            continue
        bonus = 0.0
        if t.parent is not None:
            # an item is most likely one of the section being read; elsewhere it needs a clearer match
            bonus += 6 if t.parent == current_section else -4
        if (
            number is not None
            and t.number == number
            and (top_level_hint is None or (t.parent is None) == top_level_hint)
        ):
            bonus += 3
        scored.append((base + bonus, -t.order, t))
    if not scored:
        return None
    scored.sort(key=lambda x: (x[0], x[1]), reverse=True)
    score, _, t = scored[0]
    if score < MATCH_THRESHOLD:
        return None
    runner = scored[1] if len(scored) > 1 else None
    return Match(t, score, runner[2] if runner else None, runner[0] if runner else 0.0)
