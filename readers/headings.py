"""Heading numbering styles and fuzzy matching of headings to the 記載項目 of a plan type.

Numbering is detected on the text as written (before width normalisation, so `①` and `(1)` stay
distinct styles): 第1 / 1. / 1 / １． / 1.1 / (1) / （1） / 1) / ① / Ⅰ / I. / ア / (ア) / a. / 一、 /
（一） / 【１】〔１〕 / １－１.
Matching compares the heading text (numbering and 【tags】 removed) with both wordings the knowledge
base keeps for each section and item (guidance and policy package), using rapidfuzz.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache

from rapidfuzz import fuzz

from chiiki_mirai.core.text.numbers import CIRCLED, to_number
from chiiki_mirai.readers.heading_canon import CANON, NAMES_NOTHING
from chiiki_mirai.readers.heading_sentences import sentence_parts

_KATA = "アイウエオカキクケコサシスセソタチツテトナニヌネノ"
_ROMAN = {"Ⅰ": 1, "Ⅱ": 2, "Ⅲ": 3, "Ⅳ": 4, "Ⅴ": 5, "Ⅵ": 6, "Ⅶ": 7, "Ⅷ": 8, "Ⅸ": 9, "Ⅹ": 10}
_ROMAN_ASCII = {"I": 1, "II": 2, "III": 3, "IV": 4, "V": 5, "VI": 6, "VII": 7, "VIII": 8, "IX": 9, "X": 10}
_KANJI_NUM = {"一": 1, "二": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9, "十": 10}
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
    # 1－1 / １-２ (a chapter-section pair joined by a hyphen; a space must follow, so "1-2月" stays text)
    (
        "hyphen",
        re.compile(rf"^(?P<n>{_DIGITS}(?:[-－‐−―]{_DIGITS})+)(?:[.．]{_SP}*|{_SP}+)(?P<rest>\D.*)$"),
    ),
    # 【１】 / 〔1〕 / ［１］ / [1]: a bracketed number (〔〕 and 【】 as often mark the top level as (1) does not)
    ("bracket", re.compile(rf"^[【〔［\[](?P<n>{_DIGITS})[】〕］\]]{_SP}*(?P<rest>.*)$")),
    ("paren", re.compile(rf"^[(（](?P<n>{_DIGITS})[)）]{_SP}*(?P<rest>.*)$")),
    ("angle", re.compile(rf"^[<＜〈《](?P<n>{_DIGITS})[>＞〉》]{_SP}*(?P<rest>.*)$")),  # 「＜６＞現地化の方針」
    # （一）/ (二): kanji numbers in parentheses, the level under 一、
    ("paren_kanji", re.compile(rf"^[(（](?P<n>[一二三四五六七八九十]{{1,2}})[)）]{_SP}*(?P<rest>.*)$")),
    # the single parenthesized-digit characters ⑴…⒇ (U+2474–2487), a "paren" style too
    ("paren", re.compile(rf"^(?P<n>[\u2474-\u2487]){_SP}*(?P<rest>.*)$")),
    ("half_paren", re.compile(rf"^(?P<n>{_DIGITS})[)）]{_SP}*(?P<rest>.*)$")),
    ("dot", re.compile(rf"^(?P<n>{_DIGITS})[.．、]{_SP}*(?P<rest>\D.*)$")),
    ("space", re.compile(rf"^(?P<n>{_DIGITS}){_SP}+(?P<rest>\D.*)$")),
    ("circled", re.compile(rf"^(?P<n>[{''.join(CIRCLED)}]){_SP}*(?P<rest>.*)$")),
    ("roman", re.compile(rf"^(?P<n>[{''.join(_ROMAN)}])[.．、]?{_SP}*(?P<rest>.*)$")),
    ("roman_ascii", re.compile(rf"^(?P<n>(?:VIII|VII|VI|IV|IX|III|II|I|V|X))[.．]{_SP}*(?P<rest>.*)$")),
    ("paren_kata", re.compile(rf"^[(（](?P<n>[{_KATA}])[)）]{_SP}*(?P<rest>.*)$")),
    ("kata", re.compile(rf"^(?P<n>[{_KATA}])(?:{_SP}+|[.．、]{_SP}*)(?P<rest>.*)$")),
    ("paren_alpha", re.compile(rf"^[(（](?P<n>[a-zａ-ｚ])[)）]{_SP}*(?P<rest>.*)$")),
    ("alpha", re.compile(rf"^(?P<n>[a-zａ-ｚ])[.．)]{_SP}*(?P<rest>.*)$")),
    ("kanji", re.compile(rf"^(?P<n>[一二三四五六七八九十])(?:[、．.]|{_SP}+){_SP}*(?P<rest>.*)$")),
]


_NEST_SEP = re.compile(r"[.．\-－‐−―]")


@dataclass
class Numbering:
    style: str | None
    number: int | None
    rest: str  # the heading text without its number
    label: str  # the number as written ("(1)", "１．", "第2")


def _num_value(style: str, n: str) -> int | None:
    n = unicodedata.normalize("NFKC", n)
    if style in ("decimal", "hyphen"):
        return int(re.split(r"[.\-‐−―]", n)[-1])
    if n.startswith("(") and n.endswith(")") and n[1:-1].isdigit():
        return int(n[1:-1])  # ⑴ normalises to "(1)"
    if n.isdigit():
        return int(n)
    if n in CIRCLED:
        return CIRCLED[n]
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
    if len(n) == 2 and n[0] == "十" and n[1] in _KANJI_NUM:
        return 10 + _KANJI_NUM[n[1]]
    try:
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
            if style == "decimal" and any(p[:1] in "0０" for p in _NEST_SEP.split(m.group("n"))):
                continue  # "0.05mm": a decimal number, not a section number
            label = t[: m.start("rest")].strip()
            # a "decimal" number is nested: 1.2 → its depth distinguishes levels
            st = (
                style + str(len(_NEST_SEP.findall(m.group("n")))) if style in ("decimal", "hyphen") else style
            )
            return Numbering(st, _num_value(style, m.group("n")), m.group("rest").strip(), label)
    return Numbering(None, None, t, "")


_TAG = re.compile(r"【[^】]*】|\[[^\]]*\]")
# a question heading's mark ("Q. なぜこの分野か", "Q3：…", "問1 …"): the question names the 記載項目
_QUESTION_MARK = re.compile(r"^\s*(?:Q|問|設問)(?:\d{1,2}[.:、)]?|[.:、)])\s*")
_PUNCT = re.compile(r"[\s　・、。，,.．:：;；「」『』（）()\-－―〜~…*＊#＃]+")


_NOTE = re.compile(r"[(（]([^)）]+)[)）]\s*$")
# a question asked as spoken, to the written form the question rules read (「…の？」「…なの？」 → 「…か」, 「地域は？」 →
# 「地域」: the topic asked about is what the heading names)
_ASKED_AS_SPOKEN = re.compile(r"(?P<topic>は)?(?:なん|なの|の|ん)?(?:です|でしょう)?か?\s*\?$")


def _as_written_question(m: re.Match[str]) -> str:
    return "" if m.group("topic") and m.start() > 0 else "か"
# a slide's or page's number before a heading (「スライド3-2　現状の整理」「p.4 取組の具体像」) numbers the deck, not the item
_SLIDE = re.compile(r"^\s*(?:スライド|Slide|SLIDE|ページ|頁|p\.|P\.)\s*[0-9０-９]+(?:[-－][0-9０-９]+)?\s*")
# a label and the catchphrase after it (「勝ち筋：「産地の冬」から「都市の一年」へ」「現状 ― 伸び悩む出荷額」): the label
# names the item
_SUBTITLE = re.compile(r"\s*[：:―—｜|〜]\s*|\s+[-－–]\s+")


def label_part(heading: str) -> str | None:
    """The label before a catchphrase, or None when the heading has no separator."""
    rest = split_numbering(_SLIDE.sub("", heading.strip())).rest
    parts = _SUBTITLE.split(rest, maxsplit=1)
    return parts[0] if len(parts) == 2 and len(parts[0].strip()) >= 2 and parts[1].strip() else None


def clean_heading(text: str, keep_note: bool = False) -> str:
    """Heading text as compared: numbering, 【tags】, markup and punctuation removed, NFKC. A trailing
    note is dropped unless `keep_note` (the note may carry the words: 「数値目標（KGI・KPI）」)."""
    t = text.strip().strip("*_ ")
    # a whole heading in brackets ("【2　地域産業クラスターの形成を目指す区域】") is the heading, not a tag
    whole = re.fullmatch(r"[【\[［](.+)[】\]］]", t)
    if whole and not re.fullmatch(r"\s*(?:目標|道筋|政策手段)\s*", whole.group(1)):
        t = whole.group(1)
    t = split_numbering(_SLIDE.sub("", t)).rest
    t = _TAG.sub("", t)
    t = unicodedata.normalize("NFKC", t)
    t = _QUESTION_MARK.sub("", t)
    t = _ASKED_AS_SPOKEN.sub(_as_written_question, t.rstrip())  # 「中心となる地域は？」「どうして益子焼なの？」
    if not keep_note:
        t = re.sub(r"[(（][^)）]*[)）]$", "", t)  # trailing notes: （続き）, （2040年目標）
    return _PUNCT.sub("", t)




# a heading asked as a question: "なぜ水島でなぜこの分野か" asks for the reason (特定した理由) of a choice;
# "核となる投資は何か", "どのような施策を使うのか" ask for the thing named
_WHY = re.compile(r"なぜ|何故|どうして")
_QUESTION_END = re.compile(
    r"(?:(?:は|とは)?(?:何|なに|どこ|どれ|誰|だれ|いつ)(?:です|なの)?|(?:なの|です)?の?)か$"
)
_ASKED = re.compile(r"(?:は|とは)?(?:何|なに|どこ|どれ|誰|だれ|いつ)(?:です|なの)?か(?=.)")
_LISTED_IN = re.compile(
    r"(?:に|には|にも)(?:載って|書かれて|記載されて|明記されて|位置付けられて|盛り込まれて)(?:いる|います)(?:の|ん)?(?:です)?か$"
)
_WHICH = re.compile(r"^(?:どのような|どのように|どんな|どういう|どの)")


def _question(t: str) -> str:
    if not t.endswith("か") or len(t) < 4:
        return t
    listed = _LISTED_IN.search(t)
    if listed:
        # "計画の素案には載っているのか": whether the plan is in a document asks for its 整合性 with it
        return t[: listed.start()] + "との整合性"
    asked = _ASKED.search(t)
    if asked and asked.start() > 1:
        # "区域はどこかなぜそこか": the thing asked for first is what the heading names
        return t[: asked.start()]
    if _WHY.search(t) and not re.search(r"何|なに|どこ|どれ|誰|だれ|いつ|どの", t):
        # (a question that asks what as well as why, "なにを、なぜ伸ばすか", names more than a reason)
        rest = _QUESTION_END.sub("", _WHY.sub("", t))
        return (rest + "を" if rest else "") + "特定した理由"
    if _WHICH.match(t) or re.search(r"(?:何|なに|どこ|どれ|誰|だれ|いつ)(?:です|なの)?か$", t):
        return _QUESTION_END.sub("", _WHICH.sub("", t)) or t
    return t


def canonical(text: str) -> str:
    """A cleaned heading with paraphrased key words in the knowledge base's wording."""
    t = _question(text)
    for rx, rep in CANON:
        t = rx.sub(rep, t)
    return t


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


_WORD = re.compile(r"[\u4e00-\u9fffァ-ヴーA-Za-z0-9]{2,}")


def word_cover(a: str, b: str) -> float:
    """A heading made of two or more words (kanji, katakana or Latin runs) that all appear in a
    longer wording ("課題と対策" in "計画実現に向けた課題と解決に向けて講じるべき対策"): 0..100,
    high enough to match but below a close wording, and more for covering more of it."""
    words = _WORD.findall(a)
    if len(words) < 2 or len(b) <= len(a) or not all(w in b for w in words):
        return 0.0
    return min(90.0, 72.0 + 20.0 * sum(len(w) for w in words) / len(b))


@dataclass(frozen=True)
class Target:
    """One 記載項目 (a section or an item) as a heading matching target."""

    id: str
    heading: str
    wordings: tuple[str, ...]  # cleaned
    number: int | None
    parent: str | None  # the section id for items
    order: int
    tags: frozenset[str] = frozenset()  # 【目標】【道筋】【政策手段】 the template attaches to it


def _wordings(headings: list[str]) -> tuple[str, ...]:
    """Cleaned wordings, each followed by its canonical form when that differs."""
    out: list[str] = []
    for h in headings:
        w = clean_heading(h)
        if w:
            out += [w, canonical(w)]
    return tuple(dict.fromkeys(out))


_TEMPLATE_TAG = re.compile(r"【(目標|道筋|政策手段)】")


def _tags(headings: list[str]) -> frozenset[str]:
    return frozenset(m for h in headings for m in _TEMPLATE_TAG.findall(h or ""))


def targets_of(plan_type) -> list[Target]:
    """The sections and items of a knowledge-base PlanType, in document order."""
    out: list[Target] = []
    order = 0
    for s in plan_type.sections:
        words = _wordings([s.heading, *s.alt_headings])
        tags = _tags([s.heading, *s.alt_headings, getattr(s, "tag", None) or ""])
        out.append(Target(s.id, s.heading, words, s.number, None, order, tags))
        order += 1
        for it in s.items:
            iw = _wordings([it.heading, *it.alt_headings])
            try:
                num = int(it.id.rsplit(".", 1)[-1])
            except ValueError:
                num = None
            out.append(Target(it.id, it.heading, iw, num, s.id, order, _tags([it.heading, *it.alt_headings])))
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
OWN_SECTION_BONUS = 6.0  # an item of the section being read is the likelier one


@lru_cache(maxsize=50_000)
def _base_scores(forms: tuple[str, ...], targets: tuple[Target, ...]) -> tuple[float, ...]:
    """The context-free similarity of a heading's forms to each target (the costly part of a match;
    the sectioner asks about the same heading under several sections, and drafts repeat headings)."""
    return tuple(
        max((max(similarity(x, w), word_cover(x, w)) for x in forms for w in t.wordings), default=0.0)
        for t in targets
    )


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
    full = clean_heading(heading, keep_note=True)
    forms = [h, canonical(h), full, canonical(full)]
    note = _NOTE.search(unicodedata.normalize("NFKC", heading.strip()))
    if note and (h.endswith("か") or any(clean_heading(note.group(1)) in t.wordings for t in targets)):
        # a question with the 記載項目 in a note ("Q. 進み具合はどう確かめるのか（KPI）"), or a note that is an
        # item's own wording ("数値目標（KGI）", "進捗管理指標（KPI）"): the note names it
        forms.append(clean_heading(note.group(1)))
    label = label_part(heading)
    if label:
        forms.append(clean_heading(label))
    forms = tuple(dict.fromkeys(f for f in [*forms, *(clean_heading(p) for p in sentence_parts(heading))] if f))
    if all(NAMES_NOTHING.match(canonical(f)) for f in forms):
        return None  # the plan's schedule in general (「工程表（ロードマップ）」)
    tags = _tags([heading])
    topics = [
        x
        for x in (clean_heading(m) for m in re.findall(r"【([^】]{2,12})】", heading))
        if len(x) >= 2 and x not in ("目標", "道筋", "政策手段")
    ]
    scored: list[tuple[float, int, Target]] = []
    bases = _base_scores(forms, tuple(targets))
    for t, base in zip(targets, bases, strict=True):
        if (
            2 <= len(h) <= 3
            and t.parent is not None
            and t.parent == current_section
            and any(w.endswith(h) or w.startswith(h) for w in t.wordings)
        ):
            # a short heading under a known section ("⑴ 業種", "⑶ 根拠", "⑴ 方針") names the
            # item it ends or begins, too short for fuzzy similarity to see
            base = max(base, 72.0)
        if (
            len(h) > 3
            and h.endswith("理由")
            and t.parent is not None
            and t.parent == current_section
            and any(w.endswith("理由") for w in t.wordings)
        ):
            # "〇〇に取り組む理由", "△△を伸ばす理由": under a section, a reason is its 特定の理由 item
            base = max(base, 70.0)
        if t.parent is None and any(w.startswith(f + "の") for f in forms if len(f) >= 3 for w in t.wordings):
            # a section headed by the topic its wording opens with (「６．現地化について」 → 現地化の取組)
            base = max(base, 72.0)
        if tags and tags & t.tags and t.parent is None:
            # the template's 【目標】/【道筋】/【政策手段】 kept on a reworded section heading
            # ("③ 現状と目標【目標】") names the section it is attached to
            base = max(base, 70.0)
        if topics and t.parent is None and any(x in w for x in topics for w in t.wordings):
            # a reworded section heading tagged with its topic ("よそから来る事業者とのかかわり【現地化】")
            base = max(base, 70.0)
        if base < 50:
            continue
        bonus = 0.0
        if t.parent is not None:
            # an item is most likely one of the section being read; elsewhere it needs a clearer match
            bonus += OWN_SECTION_BONUS if t.parent == current_section else -4
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
