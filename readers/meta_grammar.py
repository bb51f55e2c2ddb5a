"""The grammar of cover metadata: keys (類型, 策定主体, 計画期間, 目標年度, 計画名), key：value lines, sentences
that state them, and how periods and target years are read. Tables of patterns, no document access."""

from __future__ import annotations

import re

from chiiki_mirai.core.plan import Period
from chiiki_mirai.core.text.cues import NON_GOVERNMENT_BODY
from chiiki_mirai.core.text.gaps import split_spans, wide_gaps
from chiiki_mirai.core.text.normalize import nfkc
from chiiki_mirai.core.text.numbers import find_fiscal_years, to_number
from chiiki_mirai.readers.headings import split_numbering
from chiiki_mirai.readers.municipalities import PREFECTURES, classify_author, split_authors

# --- the authority a line names ---------------------------------------------------------------
_KNUM = r"[0-9元一二三四五六七八九十〇]"
# the date of the draft written before the organisation (「令和8年7月」「令和八年七月」「令和8年(2026年)8月」), as the
# date of its edition too (「令和8年10月1日版」「…時点」)
_DATE = (
    rf"(?:(?:令和|平成)?\s*{_KNUM}{{1,4}}\s*年\s*(?:[(（]\s*[0-9]{{4}}\s*年\s*[)）])?\s*{_KNUM}{{1,3}}\s*月"
    rf"(?:\s*{_KNUM}{{1,3}}\s*日)?\s*(?:版|時点|現在)?\s*)"
)
# an organisation line of the cover: an authority's name, then optionally its department (部・課・室・係・局),
# written after a space or glued to the name (「三重県雇用経済部 産業企画課」); the division's word ends there
# (「装置部品クラスター」 names no division)
_AUTHORITY_LINE = re.compile(
    rf"^{_DATE}?(?P<name>(?:" + "|".join(PREFECTURES) + r")?\s*(?:[^\s　、。（(]{1,8}郡)?\s*[^\s　、。（(・]{1,10}?(?:都|道|府|県|市|町|村|区))"
    r"(?:[\s　]*[^、。]{0,40}?(?:部|課|室|係|局|班|センター|担当)(?=[\s　(（:：]|$)[^、。]{0,20}"
    # or the head who sends it, with a name or not (「福島県知事　佐藤　一郎」「甲州市長 鈴木 花子」: a cover letter's sender)
    r"|(?:知事|長)(?:[\s　]+[^\s　、。]{1,6}(?:[\s　]+[^\s　、。]{1,6})?)?)?$"
)


def authority_name(text: str) -> str | None:
    """The authority a cover line names (its date before and department after left out), spaces removed."""
    m = _AUTHORITY_LINE.match(text.strip())
    return m.group("name").replace(" ", "").replace("\u3000", "") if m else None


def authority_of(text: str) -> str | None:
    """The local authority a text is or opens with (「愛媛県 経済労働部 産業政策課」 → 愛媛県), None when it names none."""
    if classify_author(text) != "other":
        return text
    short = authority_name(text)
    return short if short and classify_author(short) != "other" else None


# --- metadata ---------------------------------------------------------------------------

META_KEYS: dict[str, str] = {
    "type": r"計画の類型|計画類型|類型|計画の種類|計画の種別|計画種別|種別|計画の区分|計画区分|区分|プランの種類|計画のタイプ",
    # who writes the plan (B/C: 策定; A: the prefecture 提案s a project to the state)
    "author": (
        r"(?:計画の?)?(?:策定|作成|提案|提出|申請|実施)(?:した|する)?(?:主体|者|自治体|団体|都道府県|地方公共団体)"
        r"|策定|作成|提案|提出"
    ),
    "period": r"(?:計画|対象|実施|事業|プラン)?(?:の)?期間",
    "target": (
        r"(?:KGIの|最終)?目標(?:とする|の)?年(?:度)?|(?:目標)?達成(?:目標)?年(?:度)?|"
        r"(?:KGIの)?目標(?:年度|年次|時期)"
    ),
    "title": r"計画名|計画の名称|プラン名|名称",
}
# bare verbs as keys ("作成：", "策定：") are labels only when their value names an authority
_BARE_AUTHOR_KEY = re.compile(r"策定|作成|提案|提出")
_KEYS = "|".join(META_KEYS.values())
_OPEN = r"[【\[［(（〔]"
_CLOSE = r"[】\]］)）〕]"
META_LINE = re.compile(
    rf"^\s*(?:{_OPEN}\s*(?P<key1>{_KEYS})\s*{_CLOSE}\s*[:：]?|(?P<key2>{_KEYS})\s*(?:[:：]|\s+|\t))\s*(?P<val>\S.*)$"
)

# a gap of full-width or repeated spaces before another "key：" on the same line, or any other label after a wide
# gap (「…（共同提案）　取りまとめ：…」); or a comma before another key and its value after a colon or a full-width
# space (「計画期間：…、目標年度\u3000令和12年度」)
_AFTER_GAP = re.compile(rf"{_OPEN}\s*(?:{_KEYS})\s*{_CLOSE}|(?:{_KEYS})\s*[:：]|[^\s:：、。()（）/／]{{2,12}}[:：]")
_COMMA_KEY = re.compile(rf"[、,](?=\s*(?:{_KEYS})\s*(?:[:：]|\u3000))")


# a line of a cell that opens with a label of its own (「大阪府（担当：…）」 over 「共同検討：堺市、…」): another field
_LINE_KEY = re.compile(r"\n(?=[^\S\n]*[^\s:：、。()（）]{1,12}[:：])")


def _pair_parts(text: str) -> list[str]:
    spans = wide_gaps(text, _AFTER_GAP) + [m.span() for m in _COMMA_KEY.finditer(text)]
    return split_spans(text, sorted(spans + [m.span() for m in _LINE_KEY.finditer(text)]))


BRACKETED_TARGET = re.compile(rf"[(（]\s*(?P<key>{META_KEYS['target']})\s*[:：]?\s*(?P<val>[^)）]+)[)）]")


def split_pairs(key: str, value: str) -> list[tuple[str, str]]:
    """One key：value pair, or several written on one line (「計画期間：… ／ 目標年度：…」)."""
    parts = _pair_parts(f"{key}：{value}")
    if len(parts) < 2:
        return [(key, value)]
    out: list[tuple[str, str]] = [(key, parts[0][len(key) + 1 :].strip())]
    for p in parts[1:]:
        # (a value may run on over a line break of its cell: 「KGIの目標年度：令和12年度\n（10年後の姿：…）」)
        m = re.match(rf"^\s*(?:{_OPEN}\s*(?P<k1>{_KEYS})\s*{_CLOSE}\s*[:：]?|(?P<k2>{_KEYS})\s*[:：\u3000])\s*(?P<v>.*)$", p, re.S)
        if m:
            out.append(((m.group("k1") or m.group("k2")).strip(), m.group("v").strip()))
        elif re.match(r"^\s*[^\s:：、。]{1,12}[:：]", p):
            out.append((p.split("：" if "：" in p else ":", 1)[0].strip(), ""))  # another field (「取りまとめ：…」) ends the value
        else:
            out[-1] = (out[-1][0], f"{out[-1][1]} {p}".strip())
    return [(k, v) for k, v in out if v or k == key]


def meta_pairs(pairs: list[tuple[str, str]]) -> list[tuple[str, str, str]]:
    """(meta key, key as written, value) for the labels that are cover metadata, pairs on one line split."""
    out: list[tuple[str, str, str]] = []
    for key, value in pairs:
        for k, v in split_pairs(key, value):
            for kk, vv in _joined_keys(k, v):
                kn = nfkc(kk).strip(" 　*【】[]［］〔〕")
                mk = meta_key(kn)
                if mk and plausible(mk, kn, vv):
                    out += _bracketed(mk, kk, vv)
    return out


def _bracketed(mk: str, key: str, value: str) -> list[tuple[str, str, str]]:
    """A period with its target year in brackets (「令和９年度～令和１３年度（目標年度　令和１８年度）」): both."""
    m = BRACKETED_TARGET.search(value) if mk == "period" else None
    if m is None:
        return [(mk, key, value)]
    return [(mk, key, (value[: m.start()] + value[m.end() :]).strip()), ("target", m.group("key"), m.group("val").strip())]


def meta_line(text: str) -> tuple[str, str] | None:
    """A line of the cover that is a metadata label and its value, the label followed by a colon or a space
    (「実施主体　岐阜県」「最終目標年度　2033年度」)."""
    m = META_LINE.match(text)
    if m is None:
        return None
    return (m.group("key1") or m.group("key2")).strip(), m.group("val").strip()


_KEY_JOIN = re.compile(r"\s*(?:・|／|/|及び|および|、)\s*")
_VALUE_SPLIT = re.compile(r"\s*[／/]\s*|\u3000+")


def _joined_keys(key: str, value: str) -> list[tuple[str, str]]:
    """A label that joins two keys (「計画期間・目標年度」) with its value written as two parts in the same order
    (「令和８年度～令和12年度／目標年度 令和17年度」); any other label as it is."""
    kn = nfkc(key).strip(" 　*【】[]［］〔〕")
    keys = _KEY_JOIN.split(kn)
    if meta_key(kn) or len(keys) < 2 or not all(meta_key(x) for x in keys):
        return [(key, value)]
    values = [x for x in _VALUE_SPLIT.split(value.strip()) if x]
    if len(values) != len(keys):
        return [(keys[0], value)]
    return list(zip(keys, values, strict=True))


def meta_key(key: str) -> str | None:
    for k, pat in META_KEYS.items():
        if re.fullmatch(pat, key):
            return k
    return None


_YEARISH = re.compile(r"[0-9]|令和|平成|元年")
_TYPEISH = re.compile(r"^[ABC](?:[\s.:、型類)]|$)|類型|計画|プラン")


def plausible(k: str, key: str, val: str) -> bool:
    """Whether a value fits its key, so that generic labels (期間, 区分, 作成) are not taken from
    running text or from the first column of an unrelated table."""
    v = nfkc(val)
    if k in ("period", "target"):
        return bool(_YEARISH.search(v))
    if k == "type" and key == "区分":
        return bool(_TYPEISH.search(v))
    if k == "author" and _BARE_AUTHOR_KEY.fullmatch(key):
        names, _ = split_authors(v)  # 「作成：愛媛県 経済労働部 産業政策課」: the authority and its department
        return bool(names) and all(authority_of(n) for n in names) or body_author(key, v)
    return True


def body_author(key: str, val: str) -> bool:
    """「策定：〇〇町商工会（町からの委託により作成）」: the plan's 策定 by a body that is no local government — its author,
    which the author facts then find is not one the types allow. Only 策定 says so (「作成：株式会社〇〇総研」 is who
    drafted the text)."""
    names, _ = split_authors(nfkc(val))
    return nfkc(key).strip(" 　*【】[]［］〔〕") == "策定" and bool(names) and all(NON_GOVERNMENT_BODY.search(n) and not authority_of(n) for n in names)


_DECORATION = re.compile(r"^[◎○●◆◇■□▼▽▶▷・※★☆\s]+")
_FIRST_CLAUSE = re.compile(r"[、。]")


def heading_key(heading: str) -> str | None:
    """The cover key a heading is, when the heading is nothing but the key (「2 計画期間」「◎一 計画の期間」): the
    text under it is the key's value."""
    t = _DECORATION.sub("", nfkc(heading or "")).strip()
    t = split_numbering(t).rest.strip(" 　*【】[]［］〔〕:：")
    t = re.sub(r"\s*[(（][^()（）]{1,12}[)）]\s*$", "", t)  # 「策定主体（提案主体）」
    k = meta_key(t)
    return k if k in ("period", "target", "author") else None


def heading_value(text: str) -> str:
    """The value written under a key heading: its first clause (「令和8年度から令和12年度までの5年間とし、数値目標は
    …に置く。」 → the period, not the years of the sentence's second half)."""
    return _FIRST_CLAUSE.split(nfkc(text or ""), maxsplit=1)[0].strip()


# metadata written as sentences: "本計画は〇〇県が策定し、計画期間は令和8年度から令和12年度までの5年間とする。"
PROSE_META: list[tuple[str, str, re.Pattern[str]]] = [
    (
        "type",
        "類型",
        # "…戦略産業クラスター計画（Ａ類型）の候補プロジェクト提案である", "地場産業成長プラン（Ｃ類型）を定める"
        re.compile(r"(?:計画|プラン)\s*[(（]\s*(?P<val>[ABC]\s*類型)\s*[)）]"),
    ),
    (
        "author",
        "策定",
        re.compile(
            # 「本計画は、…として秋田県が策定する」: what it is as comes before the author
            r"(?:本計画|本プラン|この計画|このプラン|本構想|本提案|本書)は[、,]?\s*(?:[^、。「」]{0,40}?として\s*)?"
            # (authorities listed with 「、」 — 「入善町、朝日町及び黒部市の2町1市が共同で策定する」 — are one value)
            r"(?P<val>(?:[^、。「」]{1,20}?(?:都|道|府|県|市|区|町|村)、)*[^、。「」]{2,40}?)が"
            r"[^。]{0,8}?(?:策定|作成|提案|提出)|"
            # "岩手県奥州市は、…地場産業成長プランを次のとおり定める"
            r"^\s*(?P<val2>[^、。「」\s]{2,20}?(?:都|道|府|県|市|区|町|村))は[、,][^。]{0,80}?(?:計画|プラン)[^。]{0,20}?"
            r"(?:を|について)[^。]{0,10}?(?:定める|策定する|策定した|作成する|提案する)|"
            # "提案者は岡山県、計画期間は…"
            r"(?:策定|提案|作成|提出)(?:者|主体|団体)は[、,]?\s*(?P<val3>[^、。「」]{2,30}?)(?:[、。]|であ|です|とする)|"
            # a line of the authorities alone: 「岡山県・広島県 共同策定」「愛媛県 作成」
            r"^\s*(?P<val4>(?:[^、。「」\s・]{1,12}?(?:都|道|府|県|市|区|町|村)\s*(?:・|、|及び|と)?\s*){1,4}?)\s*(?:の)?\s*"
            r"(?:共同)?(?:策定|作成)\s*$"
        ),
    ),
    (
        "period",
        "計画期間",
        re.compile(
            # 「計画期間は…とする」, a sentence that opens with 「期間は」, 「計画期間を…とし」, 「計画期間：…」 inside a line
            r"(?:(?:計画|プラン|対象)(?:の)?|^\s*)期間(?:は|を)[、,]?\s*(?P<val>[^。]{4,60}?)(?:まで|とし|とする|である|です|。)|"
            r"(?:計画|プラン|対象)(?:の)?期間\s*[:：]\s*(?P<val3>(?:令和|平成|R|H|20)[^。、\s]{2,40})|"
            r"(?P<val2>(?:令和|平成|R|H|20)[^。、]{2,40}?)(?:まで)?(?:の[0-9０-９一二三四五六七八九十]+(?:年間|か年))?を"
            r"(?:計画|対象|プラン)?期間と(?:する|し)"
        ),
    ),
    (
        "target",
        "目標年度",
        re.compile(
            r"目標(?:年度|年次|時期)(?:は|を)[、,]?\s*(?P<val>[^。、]{4,30}?)(?:とし|とする|である|です|。|、)|"
            r"(?P<val2>(?:令和|平成|R|H)?\s?[0-9元一二三四五六七八九十]{1,4}\s?年度?)を(?:KGIの)?目標(?:年度|年次|時期)と"
        ),
    ),
]


def plan_type_from_text(value: str, names: dict[str, list[str]]) -> str | None:
    v = nfkc(value).strip()
    m = re.match(r"^([ABC])(?:[\s.．:：、型類)）]|$)", v) or re.search(r"(?:類型|タイプ)\s*([ABC])\b", v)
    if m:
        return m.group(1)
    hits = {tid for tid, ns in names.items() for n in ns if n and nfkc(n) in v}
    if len(hits) == 1:
        return hits.pop()
    # longer names contain shorter ones (地域産業クラスター ⊂ ...): keep the longest match
    if hits:
        best = max(hits, key=lambda t: max(len(n) for n in names[t] if nfkc(n) in v))
        return best
    return None


COVER_TITLE_MAX = 60  # a plan's name on its cover is one short line
# notes after a plan's name: in brackets (「（素案）」「（舶用工業）」) or between dashes (「― 素案 ―」「－第2稿－」)
_TITLE_NOTE = re.compile(r"\s*(?:[(（〔【][^()（）〔〕【】]{0,20}[)）〕】]|[―—－\-~〜～]\s*[^―—－\-~〜～]{1,12}\s*[―—－\-~〜～])\s*$")


def cover_title_type(line: str, names: dict[str, list[str]]) -> str | None:
    """The type a line of the cover names when the line is the plan's name: a short line that ends with a type's
    name, a note in brackets after it allowed (「〇〇県地域産業クラスター計画（素案）」). A sentence that merely
    mentions a type (「…地域産業クラスター計画の策定に向けて」) is not the plan's name."""
    t = nfkc(line or "").strip()
    if not t or len(t) > COVER_TITLE_MAX or "。" in t:
        return None
    # a note in brackets that names the type (「（地場産業成長プラン　素案）」 under the title, 「…プラン（地場産業成長プラン素案）」)
    # the note may carry the edition beside the type (「（地場産業成長プラン・概要版）」「（地域産業クラスター計画 第2稿）」)
    for inner in re.findall(r"[(（]([^()（）]+)[)）]", t):
        notes = [re.sub(r"\s*(?:素案|原案|案)$", "", part) for part in re.split(r"[・/／、,\s]+", inner.strip()) if part]
        named = [(len(n), tid) for tid, ns in names.items() for n in ns for note in notes if n and note.endswith(nfkc(n))]
        if named:
            return max(named)[1]
    while (short := _TITLE_NOTE.sub("", t).strip()) != t:  # 「…計画（舶用工業）― 素案 ―」: each note in turn
        t = short
    ends = [(len(n), tid) for tid, ns in names.items() for n in ns if n and t.endswith(nfkc(n))]
    # a subtitle that opens with the type's name and a space or bracket (「戦略産業クラスター計画　候補プロジェクト提案」)
    ends += [(len(n), tid) for tid, ns in names.items() for n in ns if n and re.match(re.escape(nfkc(n)) + r"[\s(（【〔]", t)]
    return max(ends)[1] if ends else None


_ERA_BASE = {"令和": 2018, "平成": 1988, "R": 2018, "H": 1988}
_Y = r"(?:(?P<{p}w>(?:19|20|21)[0-9]{{2}})|(?P<{p}era>令和|平成|R|H)\s?(?P<{p}ey>元|[0-9]{{1,2}}))"
_RANGE_SEP = r"\s*(?:[～〜~\-－―ー–—]|から|より|to)\s*"
# "2026～2030年度", "令和8～12年度": the first year of a range written once with 年度 at the end
_SHARED_FY = re.compile(
    _Y.format(p="a")
    + _RANGE_SEP
    + r"(?:(?P<bw>(?:19|20|21)[0-9]{2})|(?P<bera>令和|平成|R|H)?\s?(?P<bey>[0-9]{1,2}))\s?年度"
)
# "2026年4月", "令和13年3月", "2031.3", "2026/4": a month, read as the fiscal year it falls in
_MONTH = re.compile(
    _Y.format(p="m") + r"\s?(?:年\s?(?P<mo>[0-9]{1,2})\s?月|[./](?P<mo2>[0-9]{1,2})(?![0-9]))"
)


def _western(w: str | None, era: str | None, ey: str | None) -> int | None:
    if w:
        return int(w)
    if era and ey:
        n = 1 if ey == "元" else int(ey)
        return _ERA_BASE[era] + n
    return None


def period_years(val: str) -> list[int]:
    """The fiscal years a period value names, in order of writing. Months count as the fiscal
    year they fall in (the Japanese fiscal year starts in April: 2031年3月 is FY2030), and a range
    written with one 年度 ("2026～2030年度", "令和8～12年度") gives both of its years."""
    s = nfkc(val or "")
    points: list[tuple[int, int]] = []  # (position, fiscal year)
    taken: list[tuple[int, int]] = []

    def free(a: int, b: int) -> bool:
        return all(b <= x or a >= y for x, y in taken)

    for m in _SHARED_FY.finditer(s):
        a = _western(m.group("aw"), m.group("aera"), m.group("aey"))
        b = _western(m.group("bw"), m.group("bera") or m.group("aera"), m.group("bey"))
        if a is None or b is None or not (0 <= b - a <= 30):
            continue
        points += [(m.start(), a), (m.start() + 1, b)]
        taken.append(m.span())
    for m in _MONTH.finditer(s):
        if not free(*m.span()):
            continue
        y = _western(m.group("mw"), m.group("mera"), m.group("mey"))
        mo = int(m.group("mo") or m.group("mo2"))
        if y is None or not 1 <= mo <= 12:
            continue
        points.append((m.start(), y if mo >= 4 else y - 1))
        taken.append(m.span())
    for y in find_fiscal_years(s):
        if free(y.start, y.end):
            points.append((y.start, y.fy))
    return [fy for _, fy in sorted(points)]


def read_period(val: str, target_val: str | None) -> Period:
    ys = period_years(val)
    start = ys[0] if ys else None
    end = max(ys[1:]) if len(ys) > 1 else None
    if start and end is None:
        m = re.search(r"([0-9一二三四五六七八九十]+)\s*(?:年間|か年|ヵ年|カ年|ケ年|ヶ年)", nfkc(val))
        n = to_number(m.group(1)) if m else None
        if n and 1 <= n <= 30:
            end = start + int(n) - 1
    target = None
    if target_val:
        ty = period_years(target_val)
        target = ty[0] if ty else None
    return Period(start_fy=start, end_fy=end, target_fy=target)
