"""The grammar of operators as drafts name them: legal forms, trade nouns, counted lists, placeholders.

Table-driven and linear. An operator is recognised by its form (「株式会社」「協同組合」「（株）」…), by a
trade noun at the end of its name (「白鷺酒造」「山川屋」「丸十本店」「〇〇窯」「X社」), or by where it stands
(a cell of a 事業者名 column, an entry of the operator list: see operators.py) — never by a word list of
known companies. A name with 〇〇 / ●● / 「社名非公表」 is a placeholder (an operator that exists but is not
named); 「公募で選定」 is an operator not chosen yet (unknown, never a count of one); 「宿泊事業者（約40施設）」 is
a category of operators, not a named one.

`modality` is the one import of the clause modality: switch it here when the statement classifier lands.
"""

from __future__ import annotations

import re
from typing import Any

from chiiki_mirai.core.text.cues import COMPANY_FORMS
from chiiki_mirai.core.text.modality import modality as _core_modality
from chiiki_mirai.core.text.normalize import nfkc
from chiiki_mirai.core.text.numbers import find_quantities, to_number
from chiiki_mirai.core.text.sudachi import tokenizer

MAX_CLAUSE = 600  # characters of one clause that are read (a real one is far shorter)


def modality(text: str) -> str:
    """The modality of a clause (affirmed / planned / considering / negated / placeholder / none)."""
    return _core_modality(text[:MAX_CLAUSE])


# legal forms and bodies, as written in full or abbreviated; their kind (企業・組合・団体 …)
LEGAL_FORMS: tuple[tuple[str, str], ...] = (
    ("企業", COMPANY_FORMS),
    ("組合", r"協同組合|協業組合|組合"),
    ("団体", r"一般社団法人|一般財団法人|公益社団法人|公益財団法人|\(一社\)|\(一財\)|\(公社\)|\(公財\)|"
             r"特定非営利活動法人|NPO法人|協議会|協会|連合会|機構|公社|DMO"),
    ("企業", r"農業法人|農地所有適格法人|社会福祉法人|法人"),
    ("個人事業主", r"個人事業主|個人事業"),
    ("大学", r"大学|高専|高等専門学校"),
)
_LEGAL = re.compile("|".join(p for _, p in LEGAL_FORMS))
# trade nouns that end an operator's name: 酒造・本店・屋・窯・工房・製作所・農園・旅館・X社 …
TRADE_NOUN = re.compile(
    r"(?:酒造場?|醸造(?:所|場)?|蔵元?|本店|本舗|商店|商会|商事|屋|堂|窯|陶房|工房|製作所|工業|工場|加工所|鍛冶屋|"
    r"研究所|センター|ファーム|農園|果樹園|牧場|ワイナリー|ヴィンヤーズ|ブルワリー|旅館|ホテル|荘|館|亭|"
    r"ラボ|スタジオ|グループ|ホールディングス|[A-Za-z0-9〇○●◯△×]+社|メーカー)$"
)
# a category of operators rather than a named one: 「宿泊事業者（約40施設）」「飲食・物販事業者」
CATEGORY = re.compile(r"(?:事業者|業者|生産者|農家|漁業者|経営体|事業所|施設|店舗|関係者|企業群|各社)(?:等|など)?$")
# a body described, not named, though it ends like one: 「地元の盆栽生産者団体」「石材業者の組合」 (「香川県盆栽生産
# 組合」 is a name)
# where an operator is, said before it (「町内の」「地元の」): a description, not a name, unless a name follows
PLACE_PREFIX = r"(?:地元|地域|町内|市内|県内|村内|域内|産地|管内|区域内)"
DESCRIBED_BODY = re.compile(
    rf"^(?:{PLACE_PREFIX}|関係)の[^の]{{0,16}}(?:団体|組合|協会)(?:等|など)?$|"
    r"(?:業者|生産者|事業者)の(?:団体|組合|協会)(?:等|など)?$"
)
# a note that the name itself is not given yet (「県外大手食品メーカー（社名調整中）」): the operator is a slot to fill
NAME_WITHHELD = re.compile(r"(?:社名|企業名|事業者名|名称)(?:は)?(?:非公表|未定|調整中|未確定|選定中|検討中)")
PLACEHOLDER_NAME = re.compile(r"[〇○●◯×△□■＊*]{2,}|XX|ＸＸ|" + NAME_WITHHELD.pattern + r"|未定|非公表|\(仮称\)?$")
# 「公募で選定」「今後選定する」: operators not chosen yet
TO_BE_SELECTED = re.compile(r"公募|選定(?:する|予定|中|を行う)|今後(?:選定|決定|募集)|募集する|未定")
ATTRACTED = re.compile(r"誘致|(?<!海外)(?<!国外)進出(?!先)|域外から|県外から|市外から|新規立地|立地予定|立地協定|日本法人")
LOCAL = re.compile(r"地元|県内企業|市内企業|町内企業|域内企業|地場|既存")
# the counters of operators: 「3軒」「8蔵」「4館」「約40施設」「5経営体」
COUNTERS = r"(?:軒|社|者|蔵|事業者|団体|戸|店|工房|窯|館|施設|法人|組合|経営体)"
# a count in a list head: 「蔵元3軒（A、B、C）」「旅館4館（…）」
_COUNTED = re.compile(
    r"^(?P<cat>[^()\[\]、。]{0,16}?)(?P<n>[0-9一二三四五六七八九十]{1,3})\s*"
    rf"{COUNTERS}\s*\((?P<names>[^()]{{2,200}})\)"
)
EMPLOYEES = re.compile(
    r"(?:従業員|社員|従業者|職員|雇用者|スタッフ)(?:数)?\s*(?:は|:|計|約|およそ|\s)*"
    r"(?P<n>[0-9,〇一二三四五六七八九十百千万]+)\s*(?:名|人)"
)
_PLACE_NAME = re.compile(
    r"^(?:本社[:：]?\s*)?[^\s、。()]{1,10}?(?:都|道|府|県|市|区|町|村|郡)(?:[^\s、。()]{1,10}?(?:市|区|町|村|地区|町内))?$"
)
_SENTENCE_LIKE = re.compile(
    # (a note on them all: 「3社とも「参考リスト」掲載」「いずれも市内に本社」)
    r"^[0-9０-９一二三四五六七八九十]+\s*(?:社|者|事業者|団体)(?:とも|すべて|全て)|^(?:いずれも|全社とも)|"
    r"[。]|(?:する|した|している|します|される|である|です|ます|ない|により|について|において|[はがをにでとも])$|[はがを]、|"
    r"[をにで][^()]{1,20}(?:する|した|している|します|される|できる)|[はがを][^()]{3,}[しちりいきけせてえべめれ]$"
)


# a company's name inside a sentence, its form before or after it (「…である関カトラリー株式会社と、…する株式会社ハモノ
# ネクストが参画する」): the name runs over katakana, kanji and Latin letters, never over kana of the sentence
_NAME_RUN = r"[ァ-ヶーA-Za-z0-9一-龥々・&]{2,20}"
_NAME_IN_PROSE = re.compile(rf"(?:{COMPANY_FORMS}){_NAME_RUN}|{_NAME_RUN}(?:{COMPANY_FORMS}|協同組合|協業組合)")


def names_in_prose(sentence: str) -> list[str]:
    """The names with a company form a sentence mentions, in order."""
    return [m.group() for m in _NAME_IN_PROSE.finditer(nfkc(sentence))]


def legal_kind(text: str) -> str | None:
    """The kind of operator its name or a 種別 cell says: 企業・組合・団体・個人事業主・大学."""
    t = nfkc(text)
    if re.search(r"個人事業", t):
        return "個人事業主"
    for kind, rx in LEGAL_FORMS:
        if re.search(rx, t):
            return kind
    return None


def has_form(name: str) -> bool:
    """A legal form or a trade noun: the name reads as an operator's by itself."""
    n = nfkc(name).strip()
    return bool(_LEGAL.search(n) or TRADE_NOUN.search(re.sub(r"\(.*?\)$", "", n).strip()))


def is_placeholder(name: str) -> bool:
    return bool(PLACEHOLDER_NAME.search(nfkc(name)))


# operators described by where they are, not named (「町内の漆掻き職人」「町内の木地工房」): a place and の before any name
DESCRIBED_BY_PLACE = re.compile(rf"^{PLACE_PREFIX}の")


def _named(rest: str) -> bool:
    """What follows the place is a name: a legal form with a name beside it (「一般社団法人みなと観光」「北谷大学」, not a
    bare 「農業法人」), or a trade noun after a proper noun (「山辺酒造」, not 「木地工房」)."""
    if _LEGAL.search(rest):
        return bool(_LEGAL.sub("", rest).strip())
    return bool(TRADE_NOUN.search(rest)) and any(
        m.part_of_speech()[1] == "固有名詞" for m in tokenizer().tokenize(rest))


def is_category(name: str) -> bool:
    """A kind of operators, not one of them: 「宿泊事業者」「アウトドアガイド事業者」「飲食・物販事業者」「町内の木地工房」."""
    n = nfkc(name).strip()
    described = bool(DESCRIBED_BY_PLACE.search(n)) and not _named(DESCRIBED_BY_PLACE.sub("", n))
    return described or bool(DESCRIBED_BODY.search(n)) or (bool(CATEGORY.search(n)) and not _LEGAL.search(n))


def plausible_name(name: str) -> bool:
    """Short, not a sentence: a name a list entry or a cell can give."""
    n = nfkc(name).strip()
    return 2 <= len(n) <= NAME_MAX and not _SENTENCE_LIKE.search(n)


def split_head(entry: str) -> tuple[str, str]:
    """(name, rest) of one entry: 「A株式会社（従業員45名、部品加工）」, 「A：部品加工」, 「A、部品加工」."""
    t = nfkc(entry).strip().lstrip("・･-●○◆■□*").strip()
    t = re.sub(r"^(?:[0-9]+[.)]|[(][0-9]+[)]|[(][ア-ン][)]|[①-⑳]|[ア-ン][.)\s])\s*", "", t)
    depth = 0
    for i, ch in enumerate(t):
        if ch in "(「[":
            if depth == 0 and i >= 2 and ch == "(" and not _LEGAL_ABBR.match(t, i):
                return t[:i].strip(), t[i:].strip()
            depth += 1
        elif ch in ")」]":
            depth = max(0, depth - 1)
        elif depth == 0 and ch in ":、," and i >= 2 and not (ch == "," and t[i - 1 : i].isdigit()):
            return t[:i].strip(), t[i + 1 :].strip()
        elif depth == 0 and ch == " " and i >= 2 and (t[i + 1 : i + 2] == " " or (i <= NAME_MAX and _named_form(t[:i]))):
            return t[:i].strip(), t[i:].strip()  # (「淵野辺精工(株)　従業員280人」: a space after the legal form ends the name)
    return t, ""


# 「(株)」「(同)」「(一社)」: an abbreviated legal form, part of the name, not its note
_LEGAL_ABBR = re.compile(r"\((?:株|有|合|同|一社|一財|公社|公財)\)")
_FORM_AT = re.compile(rf"^(?:{COMPANY_FORMS})|(?:{COMPANY_FORMS})$")
NAME_MAX = 40  # an operator's name is no longer than this (plausible_name): a space further on ends no name


def _named_form(head: str) -> bool:
    """A name with its legal form before or after it (「(株)ミヤシタ熱処理」, not a bare 「株式会社」)."""
    return bool(_FORM_AT.search(head)) and len(_FORM_AT.sub("", head).strip()) >= 2



def counted_list(entry: str) -> tuple[str, list[str]] | None:
    """「蔵元3軒（白鷺酒造、山川屋、丸十本店）」 → ("蔵元", [白鷺酒造, 山川屋, 丸十本店])."""
    m = _COUNTED.match(nfkc(entry).strip().lstrip("・･-●○*").strip())
    if not m:
        return None
    names = [x.strip() for x in re.split(r"[、,・]", m.group("names")) if x.strip()]
    n = to_number(m.group("n"))
    if len(names) < 2 or (n is not None and abs(n - len(names)) > 1):
        return None
    return m.group("cat").strip(), names


def employees_in(text: str) -> int | None:
    m = EMPLOYEES.search(nfkc(text))
    if not m:
        return None
    v = to_number(m.group("n"))
    return int(v) if v is not None else None


def is_place(text: str) -> bool:
    return bool(_PLACE_NAME.match(nfkc(text).strip()))


def money_in(text: str) -> float | None:
    q = [x for x in find_quantities(text) if x.unit == "円"]
    return q[0].value if q else None


def notes_of(rest: str) -> list[str]:
    """The parts of an entry's note: 「（甲府市、従業員数1,120名、部品加工）」 → [甲府市, 従業員数1,120名, 部品加工]."""
    r = nfkc(rest).strip()
    if r.startswith("("):
        close = _matching(r)
        if close > 0:  # 「（甲府市、従業員45名）：部品加工」: the bracket's notes, then the role after it
            after = re.sub(r"^[:、\s]*(?:は|が)?[、\s]*", "", r[close + 1 :]).strip()
            return notes_of(r[1:close]) + (notes_of(after) if after else [])
    r = re.sub(r"^[(:、]\s*", "", r).strip()
    out: list[str] = []
    depth, cur = 0, ""
    for i, ch in enumerate(r):
        depth += ch in "(「"
        depth -= ch in ")」"
        thousands = ch == "," and r[i - 1 : i].isdigit() and r[i + 1 : i + 2].isdigit()
        # (a slide's fragments: 「従業員 170人／売上 54億円 → 設計・施工」 — the arrow leads to the role)
        if depth <= 0 and ch in "、,。;→⇒" and not thousands:
            if cur.strip():
                out.append(cur.strip())
            cur, depth = "", 0
        else:
            cur += ch
    if cur.strip():
        out.append(cur.strip())
    return out


_QUOTED = re.compile(r"[「『]([^」』]{2,40})[」』]")


def quoted_operator(entry: str) -> tuple[str, str] | None:
    """「台湾系の装置メーカー「X株式会社」を誘致し、…」: the quoted name with a form is the operator, the
    sentence around it says its role."""
    t = nfkc(entry)
    m = _QUOTED.search(t)
    if not m or not has_form(m.group(1)) or t.startswith(m.group(0)):
        return None
    return m.group(1), (t[: m.start()] + m.group(1) + t[m.end() :]).strip(" 。")


def _matching(text: str) -> int:
    """The index of the bracket that closes the one at 0, or -1."""
    depth = 0
    for i, ch in enumerate(text):
        depth += ch == "("
        depth -= ch == ")"
        if depth == 0:
            return i
    return -1


# 「A社、B社の2社。」: the count after the last name
_COUNT_TAIL = re.compile(r"(?:の|計|合計)[0-9一二三四五六七八九十]+(?:社|者|事業者|団体|組合|軒|蔵)$|\s*(?:ほか|他|等|など)$")


def split_operators(line: str) -> list[str]:
    """Several operators on one line: 「A（…）B（…）」 or 「A（…）、B（…）、C」 when every part is a name."""
    parts, depth, cur = [], 0, ""
    for ch in line:
        cur += ch
        depth += ch in "(（"
        if ch in ")）":
            depth = max(0, depth - 1)
            if depth == 0 and not _LEGAL_ABBR.fullmatch(nfkc(cur).strip()):  # 「(株)ケンセイ」: a form before its name
                parts.append(cur)
                cur = ""
        elif ch in "、," and depth == 0 and not (cur[-2:-1].isdigit()):
            parts.append(cur[:-1])
            cur = ""
    parts.append(cur)
    # 「A社、B社の2社。」: the count after the last name is not part of it
    parts = [_COUNT_TAIL.sub("", p.strip(" 、,。")) for p in parts if p.strip(" 、,。")]
    merged: list[str] = []
    for p in parts:  # a bracket right after a name belongs to it: 「A」「（…）」 → 「A（…）」
        if merged and p.startswith(("(", "（", ":", "：")) and not _LEGAL_ABBR.match(nfkc(p)):
            merged[-1] += p
        else:
            merged.append(p)
    heads = [split_head(p)[0] for p in merged]
    if len(merged) > 1 and all(has_form(h) or is_placeholder(h) for h in heads):
        return merged
    return [line]


_SALES = re.compile(r"(?:売上|年商)[^0-9]{0,6}[0-9]")


def notes_attrs(notes: list[str]) -> dict[str, Any]:
    """What an operator's notes say (「（甲府市、従業員45名、部品加工）」): employees, location, kind, origin, reference, scale, role."""
    attrs: dict[str, Any] = {}
    role: list[str] = []
    for n in notes:
        if employees_in(n) is not None or re.search(r"従業員|職員|人員", n):
            attrs.setdefault("employees", n)
            if _SALES.search(nfkc(n)):  # 「従業員 320人／売上 96億円」: its sales say its scale too
                attrs.setdefault("scale", n)
        elif is_place(n) and "location" not in attrs:
            attrs["location"] = n
        elif legal_kind(n) and len(n) <= 12:
            attrs.setdefault("kind", n)
        elif ATTRACTED.search(n) or re.fullmatch(r"地元企業|地元|域内企業", n):
            attrs.setdefault("origin", n)
            if len(n) > 12:  # 「…の製造。…に新工場を設けて進出する（誘致）」 says the role too
                role.append(n)
        elif re.search(r"参考リスト|ハブ度|コネクタ", n):
            attrs.setdefault("reference", n)
        elif re.search(r"売上|年商|[0-9]+\s*(?:石|t|トン|個|台|本|室|ha|戸)", nfkc(n)):
            attrs.setdefault("scale", n)
        else:
            role.append(n)
    if role:
        attrs["role"] = "、".join(role)
    return attrs
