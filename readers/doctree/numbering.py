"""Japanese numbering and list marks: one ordered table, and heading levels inferred from it.

`split_marker(line)` → `Marker(style, value, rest, label, kind)` or None. Styles are matched on the
start of the line only, with anchored patterns of bounded length, so a megabyte-long line costs no
more than a short one. Full- and half-width digits are one style (`1.` and `１．` are both "dot");
half-width katakana (ｱ) is a style of its own, as Japanese office documents nest it under ア.

The heading levels those styles give are inferred in `levels.py`.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import NamedTuple

_D = r"[0-9０-９]{1,2}"
_SP = r"[ \t\u3000]"
_END = rf"(?:{_SP}{{1,8}})"  # a separating space
_PUNCT_SP = rf"(?:[.．、:：]{_SP}{{0,8}}|{_SP}{{1,8}})"
_KATA = "アイウエオカキクケコサシスセソタチツテトナニヌネノハヒフヘホマミムメモヤユヨラリルレロワヲン"
_HKATA = "ｱｲｳｴｵｶｷｸｹｺｻｼｽｾｿﾀﾁﾂﾃﾄﾅﾆﾇﾈﾉﾊﾋﾌﾍﾎﾏﾐﾑﾒﾓﾔﾕﾖﾗﾘﾙﾚﾛﾜｦﾝ"
_KANJI = "〇一二三四五六七八九十"
_ROMAN = ["", "I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII"]
_ROMAN_FULL = "ⅠⅡⅢⅣⅤⅥⅦⅧⅨⅩⅪⅫ"
_ROMAN_FULL_LOWER = "ⅰⅱⅲⅳⅴⅵⅶⅷⅸⅹⅺⅻ"
_CIRCLED = "".join(chr(c) for c in range(0x2460, 0x2474)) + "".join(chr(c) for c in range(0x3251, 0x325F))
_CIRCLED_BLACK = "".join(chr(c) for c in range(0x2776, 0x2780))
_PAREN_CHAR = "".join(chr(c) for c in range(0x2474, 0x2488))  # ⑴…⒇
_PAREN_KANJI_CHAR = "".join(chr(c) for c in range(0x3220, 0x322A))  # ㈠…㈩
_DIGITS = "0123456789０１２３４５６７８９"
_LOWER = "abcdefghijklmnopqrstuvwxyz"
_UPPER = _LOWER.upper()
_LOWER_WIDE = "".join(chr(ord(c) + 0xFEE0) for c in _LOWER)  # ａ…ｚ
_UPPER_WIDE = _LOWER_WIDE.upper()
# the words that label numbered entries (「KPI1 …」「取組②：…」): entries of a list, never headings
LABEL_WORDS = ["KPI", "ＫＰＩ", "KGI", "ＫＧＩ", "PI", "STEP", "Step", "Phase", "No", "取組", "施策", "事業", "目標", "指標",
               "課題", "重点", "ケース", "案"]  # fmt: skip
_LABEL_STARTS = "".join(sorted({w[0] for w in LABEL_WORDS}))
_ROMAN_ASCII = r"(?:XII|XI|X|IX|VIII|VII|VI|V|IV|III|II|I)"

# characters a number may not be followed by when it is a quantity, not a heading number
# ("1.5倍", "3 社", "10％")
UNIT_START = frozenset("倍%％億万千百円人年月日時分秒件社台基回点箇ヶか個本枚校名者歳割km㎞㎡ｍmtgℓ")


class Marker(NamedTuple):
    style: str  # "dot", "paren", "decimal2", "dai章", "mark:■" …
    value: int | None  # the number (the last part of 1.2.3); None for marks
    rest: str  # the line after the marker, stripped
    label: str  # the marker as written ("（１）", "第1章", "■")
    kind: str  # "number" | "mark" | "label" (a numbered label: an entry, never a heading)


def _g(name: str) -> Callable[[re.Match[str]], str]:
    return lambda m: name


_SPACE = _g("space")


def _dai(m: re.Match[str]) -> str:
    return "dai" + (m.group("s") or "")


def _nested(prefix: str) -> Callable[[re.Match[str]], str]:
    return lambda m: prefix + str(1 + len(re.findall(r"[.．\-－‐−―]", m.group("n"))))


def _bracket(m: re.Match[str]) -> str:
    return "bracket" + m.group(0)[0]


# (first characters, pattern, style namer, whether the text after it must not start with a unit). First match wins;
# the order matters where one style is a prefix of another ("1.1" before "1.").
STYLES: list[tuple[str, re.Pattern[str], Callable[[re.Match[str]], str], bool]] = [
    # a slide's or page's number before its title (「P.7　投資の具体像」「スライド3：現状認識」「Slide 4」)
    (
        "PpＰｐスSｽペ",
        re.compile(rf"(?:[PpＰｐ][.．]?|スライド|ｽﾗｲﾄﾞ|Slide|SLIDE|ページ){_SP}{{0,2}}(?P<n>{_D})(?:[.．:：]{_SP}{{0,8}}|{_END})"),
        _g("page"),
        False,
    ),
    (
        "第",
        re.compile(
            rf"第(?P<n>[0-9０-９]{{1,3}}|[{_KANJI}百]{{1,4}})(?:(?P<s>章|節|部|編|款)[.．、:：]?{_SP}{{0,8}}|{_PUNCT_SP})"
        ),
        _dai,
        False,
    ),
    (
        _DIGITS,
        re.compile(rf"(?P<n>{_D}(?:[.．]{_D}){{1,4}})[.．]?(?:{_END}|(?=[^0-9０-９.．,，]))"),
        _nested("decimal"),
        True,
    ),
    (
        _DIGITS,
        re.compile(rf"(?P<n>{_D}(?:[-－‐−―]{_D}){{1,3}})(?:[.．]{_SP}{{0,8}}|{_END})"),
        _nested("hyphen"),
        True,
    ),
    # a question of a form the drafter answers (「問3-1　対象区域を記入してください。」「Q2．計画の名称」): its number nests by hyphen
    (
        "問QＱ",
        re.compile(rf"(?:問|[QＱ][.．]?){_SP}{{0,2}}(?P<n>{_D}(?:[-－‐−―]{_D}){{0,3}})(?:[.．:：]{_SP}{{0,8}}|{_END}|(?=[^0-9０-９.．,，]))"),
        _nested("question"),
        False,
    ),
    ("【〔［[", re.compile(rf"[【〔［\[](?P<n>{_D})[】〕］\]]{_SP}{{0,8}}"), _bracket, False),
    ("<＜〈《", re.compile(rf"[<＜〈《](?P<n>{_D})[>＞〉》]{_SP}{{0,8}}"), _g("angle"), False),  # 「＜６＞現地化の方針」
    ("(（", re.compile(rf"[(（](?P<n>{_D})[)）]{_SP}{{0,8}}"), _g("paren"), False),
    (_PAREN_CHAR, re.compile(rf"(?P<n>[{_PAREN_CHAR}]){_SP}{{0,8}}"), _g("paren"), False),
    ("(（", re.compile(rf"[(（](?P<n>[{_KANJI}]{{1,3}})[)）]{_SP}{{0,8}}"), _g("paren_kanji"), False),
    (_PAREN_KANJI_CHAR, re.compile(rf"(?P<n>[{_PAREN_KANJI_CHAR}]){_SP}{{0,8}}"), _g("paren_kanji"), False),
    ("(（", re.compile(rf"[(（](?P<n>[{_KATA}])[)）]{_SP}{{0,8}}"), _g("paren_kata"), False),
    ("(（", re.compile(rf"[(（](?P<n>[{_HKATA}])[)）]{_SP}{{0,8}}"), _g("paren_hkata"), False),
    ("(（", re.compile(rf"[(（](?P<n>[a-zａ-ｚ])[)）]{_SP}{{0,8}}"), _g("paren_alpha"), False),
    ("(（", re.compile(rf"[(（](?P<n>[A-ZＡ-Ｚ])[)）]{_SP}{{0,8}}"), _g("paren_ALPHA"), False),
    (_DIGITS, re.compile(rf"(?P<n>{_D})[)）]{_SP}{{0,8}}"), _g("half_paren"), True),
    (_CIRCLED, re.compile(rf"(?P<n>[{_CIRCLED}]){_SP}{{0,8}}"), _g("circled"), False),
    (_CIRCLED_BLACK, re.compile(rf"(?P<n>[{_CIRCLED_BLACK}]){_SP}{{0,8}}"), _g("circled_black"), False),
    (_DIGITS, re.compile(rf"(?P<n>{_D})[.．、](?![0-9０-９]){_SP}{{0,8}}"), _g("dot"), True),
    (_DIGITS, re.compile(rf"(?P<n>{_D}){_END}"), _SPACE, True),
    (
        _ROMAN_FULL,
        re.compile(
            rf"(?P<n>[{_ROMAN_FULL}](?:[-－‐−―.．]{_D}){{1,3}})(?:[.．]{_SP}{{0,8}}|{_END}|(?=[^0-9０-９]))"
        ),
        _nested("roman_hyphen"),
        False,
    ),
    (
        _ROMAN_FULL,
        re.compile(rf"(?P<n>[{_ROMAN_FULL}])(?:[.．、]{_SP}{{0,8}}|{_SP}{{0,8}})"),
        _g("roman"),
        False,
    ),
    (
        _ROMAN_FULL_LOWER,
        re.compile(rf"(?P<n>[{_ROMAN_FULL_LOWER}])(?:[.．、]{_SP}{{0,8}}|{_SP}{{0,8}})"),
        _g("roman_lower"),
        False,
    ),
    ("IVX", re.compile(rf"(?P<n>{_ROMAN_ASCII})[.．)]{_SP}{{0,8}}"), _g("roman_ascii"), False),
    ("ivx", re.compile(rf"(?P<n>{_ROMAN_ASCII.lower()})[.．)]{_SP}{{0,8}}"), _g("roman_ascii_lower"), False),
    (_KATA, re.compile(rf"(?P<n>[{_KATA}])(?:{_END}|[.．、)）]{_SP}{{0,8}})"), _g("kata"), False),
    (_HKATA, re.compile(rf"(?P<n>[{_HKATA}])(?:{_END}|[.．、)）]{_SP}{{0,8}})"), _g("hkata"), False),
    # 「a.」「ａ．」 (a 公用文 list under 「（ア）」): half- or full-width letters; 「ａ．社の売上高は」 names company a
    (_LOWER + _LOWER_WIDE, re.compile(rf"(?P<n>[a-zａ-ｚ])[.．)）]{_SP}{{0,8}}(?![A-Za-zＡ-Ｚａ-ｚ][.．]|社)"), _g("alpha"), False),
    (_UPPER + _UPPER_WIDE, re.compile(rf"(?P<n>[A-ZＡ-Ｚ])[.．)）]{_SP}{{0,8}}(?![A-Za-zＡ-Ｚａ-ｚ][.．]|社)"), _g("ALPHA"), False),
    (_KANJI, re.compile(rf"(?P<n>[{_KANJI}]{{1,3}})(?:[、．.]{_SP}{{0,8}}|{_END})"), _g("kanji"), True),
    # a numbered label ("KPI1 …", "KGI②：…", "取組-3 …"): an entry of a list, never a heading
    (
        _LABEL_STARTS,
        re.compile(
            rf"(?P<p>{'|'.join(sorted(LABEL_WORDS, key=len, reverse=True))})[ 　]?[-－‐.．]?(?P<n>{_D}|[{_CIRCLED}])"
            rf"(?:[.．:：)）]{_SP}{{0,8}}|{_END}|(?=[（(]))"
        ),
        lambda m: "label:" + m.group("p"),
        False,
    ),
]

_BY_FIRST: dict[str, list[tuple[re.Pattern[str], Callable[[re.Match[str]], str], bool]]] = {}
for _starts, _rx, _namer, _guard in STYLES:
    for _c in _starts:
        _BY_FIRST.setdefault(_c, []).append((_rx, _namer, _guard))

# list and heading marks; "-", "*", "+" and "－" only when a space follows (so "-5%" and "**bold**"
# are text); a doubled mark ("〇〇市", "■■") is a placeholder or a rule, not a mark
MARKS = "■□◆◇●○◎・▼▽▶▷►◉◯〇♦❖★☆•‣⁃➢➤※"
SPACED_MARKS = "-*+－"
_NOTE_NUMBER = re.compile(r"※[0-9０-９]{1,2}")


def _word_after_space(namer: object, rest: str) -> bool:
    """After a space, a counter that opens a word (「1 基本戦略」「２ 本プラン推進の…」) is the heading's text; a
    count is followed by a particle, a sign or nothing (「3 社が参加」「2 本」)."""
    if namer is not _SPACE or len(rest) < 2 or rest[0] in _MEASURE_UNITS:
        return False  # 「2030 年度に…」「10 年間で…」「5 億円」 stay figures
    return bool(re.match(r"[一-龥ァ-ヶー]", rest[1]))


_MEASURE_UNITS = frozenset("倍%％億万千百円年月日時分秒歳割")


RANGE_SIGNS = "〜～~"


def split_marker(line: str) -> Marker | None:
    """The numbering or mark a line starts with, or None. `line` should be stripped on the left."""
    if not line:
        return None
    mark = _split_mark(line)
    if mark is not None:
        return mark
    for rx, namer, unit_guard in _BY_FIRST.get(line[0], ()):
        m = rx.match(line)
        if m is None:
            continue
        rest = line[m.end() :].strip()
        # a unit right after the number ("1.5倍", "3 社") makes it a quantity; a heading number is
        # set off by punctuation or a space
        # ("4.1 基本戦略"); a full-width space sets a number off as a heading's (「２　本プラン推進の…」)
        tight = m.end() == m.end("n") or (namer is _SPACE and line[m.end("n") : m.end()].strip(" \t") == "")
        if not rest or (unit_guard and tight and rest[0] in UNIT_START and not _word_after_space(namer, rest)):
            continue
        if rest[0] in RANGE_SIGNS and rx.match(rest[1:].lstrip()):
            continue  # 「①〜③はいずれも…」: a range of entries named in a sentence; 「１　～趣旨～」 is a subtitle
        n = m.group("n")
        if n[:1] in "0０" and len(n) > 1 and n[1:2] not in "-－‐−―":
            continue  # "0.5", "05": a quantity, not a number
        style = namer(m)
        value = _ROMAN.index(n.upper()) if style.startswith("roman_ascii") else number_value(n)
        kind = "label" if style.startswith("label:") else "number"
        return Marker(style, value, rest, line[: m.end()].strip(), kind)
    return None


def _split_mark(line: str) -> Marker | None:
    first = line[0]
    if first in SPACED_MARKS:
        if len(line) < 3 or line[1] not in " \t\u3000" or line[2] == first:
            return None
        return Marker("mark:" + first, None, line[2:].strip(), first, "mark")
    if first not in MARKS or line[1:2] == first:
        return None
    label = first
    if first == "※":
        m = _NOTE_NUMBER.match(line)
        label = m.group(0) if m else first
    rest = line[len(label) :].strip()
    if not rest:
        return None
    inner = split_marker(rest) if first != "※" and rest[0] not in MARKS else None
    if inner is not None and inner.kind == "number":
        # 「●１．分野」「■（1）区域」: a mark dressing a number; the number leads, as a style of its own
        label = line[: len(line) - len(inner.rest)].strip()
        return Marker(first + inner.style, inner.value, inner.rest, label, "number")
    return Marker("mark:" + first, None, rest, label, "mark")


def _kanji_value(n: str) -> int | None:
    digits = {c: i for i, c in enumerate(_KANJI)}
    if "十" not in n:
        return int("".join(str(digits[c]) for c in n)) if all(c in digits for c in n) else None
    tens, _, ones = n.partition("十")
    t = digits.get(tens, 0) if tens else 1
    o = digits.get(ones, 0) if ones else 0
    return t * 10 + o


def number_value(n: str) -> int | None:
    """The value of a number as numbering writes it: 3, ３, 1.2 (→ 2), ③, Ⅲ, iii, ウ, ｳ, c, 三."""
    last = re.split(r"[.．\-－‐−―]", n)[-1] if len(n) > 1 else n
    if last.isdecimal():
        return int(last)
    for chars, base in (
        (_CIRCLED, 1),
        (_CIRCLED_BLACK, 1),
        (_PAREN_CHAR, 1),
        (_PAREN_KANJI_CHAR, 1),
        (_ROMAN_FULL, 1),
        (_ROMAN_FULL_LOWER, 1),
        (_KATA, 1),
        (_HKATA, 1),
    ):
        if len(last) == 1 and last in chars:
            return chars.index(last) + base
    if last.upper() in _ROMAN and last.isascii() and len(last) > 1:
        return _ROMAN.index(last.upper())
    if len(last) == 1 and last.isascii() and last.isalpha():
        return ord(last.lower()) - ord("a") + 1
    if len(last) == 1 and "ａ" <= last.lower() <= "ｚ":
        return ord(last.lower()) - ord("ａ") + 1
    return _kanji_value(last)


# --- what a line is -----------------------------------------------------------------------------

SENTENCE_END = frozenset("。．！？!?")
_CLOSERS = "）」』】〕)］]"
# a long line ending in a verb or auxiliary form is a sentence even without 「。」
_VERB_END = frozenset("るたすいうくぐむぶぬつだずん")
HEADING_MAX = 60
SENTENCE_MIN = 40


def ends_sentence(text: str) -> bool:
    t = text.rstrip().rstrip(_CLOSERS)
    return bool(t) and t[-1] in SENTENCE_END


# what a form asks the drafter to do, ending its question (「…を記入してください。（複数可）」)
FORM_REQUEST = re.compile(
    r"(?:記入|記載|記述|選択|回答|チェック|お答え|お書き)(?:して)?(?:ください|下さい)。?(?:\s*[(（][^()（）]{0,30}[)）])?$"
)
QUESTION_HEADING_MAX = 30  # 「（1）どんな製品を伸ばすの？」: a short question heads what answers it
# a form's question closed by 「。」 heads its answer as 「？」 does: put politely (「相談窓口を設置していますか。」) anywhere;
# in plain form (「問3　…を構築しているか。」) only after a question's number, since a plain 「か。」 also closes a statement
# (「森林資源が豊か。」「伸びはわずか。」「確か。」)
POLITE_QUESTION = re.compile(r"(?:ます|です|でしょう|ません)か。?$")
PLAIN_QUESTION = re.compile(r"(?:いる|ある|おる|する|した|できる|れる|ない|の|だろう)か。?$")


def is_sentence(text: str, question: bool = False) -> bool:
    """A sentence, not a heading. question: the line bears a form question's number (「問3」「Q2」)."""
    t = text.rstrip().rstrip(_CLOSERS)
    if not t:
        return False
    if t[-1] in "？?" and len(t) <= QUESTION_HEADING_MAX and "。" not in text:
        return False
    asked = POLITE_QUESTION.search(t) or (question and PLAIN_QUESTION.search(t))
    if asked and len(t) <= QUESTION_HEADING_MAX and text.count("。") <= 1:
        return False
    if FORM_REQUEST.search(text.rstrip()) and text.count("。") <= 1:
        return False  # a form's question (「対象区域を記入してください。」) heads its answer
    if t[-1] in SENTENCE_END or "。" in text:
        return True
    return len(t) > SENTENCE_MIN and ends_in_verb(t)


def ends_in_verb(text: str) -> bool:
    """The line ends in a verb or auxiliary form (「…確保していきたい」「…を目指していく」), as a clause does and a
    name does not."""
    t = text.rstrip().rstrip(_CLOSERS)
    return bool(t) and t[-1] in _VERB_END


def has_labelled_content(text: str) -> bool:
    """「KPI：設備投資額…」: a colon with content after it (a labelled entry, not a heading). A short qualifier in a
    bracket with one colon (「目指すべき目標（KGI：令和12年度）」) labels nothing; fields in a bracket
    (「…年２回（担当：…課、撤退基準：…）」) still do."""
    for colon in ("：", ":"):
        i = text.find(colon)
        if i >= 0 and text[i + 1 :].strip() and not _qualifier_colon(text, i):
            return True
    return False


_QUALIFIER = re.compile(r"[(（][^()（）:：、,]{1,8}[:：][^()（）:：、,]{1,12}[)）]")


def _qualifier_colon(text: str, i: int) -> bool:
    return any(m.start() < i < m.end() for m in _QUALIFIER.finditer(text)) and text.count("：") + text.count(":") == 1


# a figure's or table's caption (「図表3-1　県内繊維工業の推移」「表2 KPI一覧」「表　KPI一覧」): it names the figure, not a
# section
FIGURE_CAPTION = re.compile(
    r"(?:図表|図|表)(?:[ 　]{0,2}[0-9０-９]{1,3}(?:[-－‐―.．][0-9０-９]{1,3})?(?![0-9０-９])|[ 　]+(?=[^\s0-9０-９]))"
)  # 「表　ＫＰＩ一覧」 unnumbered too


# an appendix's caption (「別表第２　中核企業」「別表1」「別紙３」): the body refers to it, so it sits after the body
APPENDIX = re.compile(r"(?:別表|別紙|付表)[ 　]{0,2}第?[ 　]{0,2}([0-9０-９一二三四五六七八九十]{1,3})(?![0-9０-９])")
# the back matter after the plan (「参考資料」「参考2　…の構成員」「付録」): reference material, where no item of the plan stands
BACK_MATTER = re.compile(r"^(?:参考資料|資料編|巻末資料|添付資料|付録|参考)(?:[\s　0-9０-９一二三四五六七八九十]|$)")
# the body pointing to one (「中核企業は、別表第２のとおりとする」「別表第２に掲げる事業者」)
APPENDIX_REF = re.compile(APPENDIX.pattern + r"[^。]{0,6}?(?:のとおり|に掲げる|による|に記載|に示す|を?参照)")


def appendix_key(m: re.Match[str]) -> str:
    """The appendix's kind and number (「別表」, 2) written one way, whatever digits the text used."""
    kind = m.group(0)[:2]
    n = ascii_digits(m.group(1))
    return kind + str(_KANJI_DIGITS.get(n, n))


_FULL_WIDTH_DIGITS = str.maketrans("０１２３４５６７８９", "0123456789")


def ascii_digits(text: str) -> str:
    """Full-width digits written as ASCII ones (「１２」 → 「12」); other characters as they are."""
    return text.translate(_FULL_WIDTH_DIGITS)


_KANJI_DIGITS = {k: i + 1 for i, k in enumerate("一二三四五六七八九十")}


def heading_like(text: str, question: bool = False) -> bool:
    """Short and bare enough to be a heading: not a sentence, not a labelled entry, not a figure's caption.
    question: the line bears a form question's number (see is_sentence)."""
    t = text.strip()
    return (
        bool(t) and len(t) <= HEADING_MAX and not is_sentence(t, question) and not has_labelled_content(t)
        and not FIGURE_CAPTION.match(t)
    )


_UNDERLINE_CHARS = frozenset("=-〓＝━─～~ー－")


# underlines that give a level of their own, as Markdown's setext headings do: 「===」 a chapter, 「---」
# the level under it; any other underline is a style whose level is inferred like a number's
UNDERLINE_LEVELS = {"ul:=": 1, "ul:＝": 1, "ul:-": 2, "ul:－": 2}


def underline_style(line: str) -> str | None:
    """「===」「---」「〓〓〓」: a rule drawn under a heading; its character names the style."""
    s = line.strip()
    if len(s) < 3 or s[0] not in _UNDERLINE_CHARS or s.count(s[0]) != len(s):
        return None
    return "ul:" + s[0]
