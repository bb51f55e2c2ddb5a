"""Dependence on one party read from the share the plan gives it: 000 C.(2)④ 「特定の事業主体（大企業、
フランチャイザー等）に過度に依存する計画となっていないこと」.

The classifier reads whether a sentence claims a dependence (claims.py); where the sentence binds a share of the
plan's sales, orders or supplies to one party, that number says how much: 「売上の約八割五分を同社向けが占める」,
「売上増加分の約9割を東亜精機向けの受注で見込む」, 「生産したサーモンの全量販売は親会社グループが行う」. A party is one
buyer or supplier — 「1社」「同社」「親会社」「最大取引先」, a company named by a letter (「A社」) where the share is
its trade's, or a company the draft names with its legal form — never a
sector (「自動車向けが約75%」 is a market, not a party). A share capped (「2割以下に抑える」) or reduced is no
dependence (claims.denied). The sources set no share for 過度: the tool's guide is
- at least DEPENDENT (8割): the plan stakes nearly all of it on the party — a dependence claim, stated;
- at least CANDIDATE (half): a candidate for the reviewer (review), never a gap by itself;
- below half (「最大取引先の比率が約25%」): measured and not excessive — it denies a classifier reading of the
  same sentence as a dependence (claims.denied).
"""

from __future__ import annotations

import re
from collections.abc import Callable

from chiiki_mirai.core.statement import HELD, Statement
from chiiki_mirai.core.text.cues import COMPANY_FORMS
from chiiki_mirai.core.text.numbers import to_number
from chiiki_mirai.readers.claims import Reading
from chiiki_mirai.readers.statements import entity_words as w
from chiiki_mirai.readers.statements.base import place_of
from chiiki_mirai.readers.units import Unit

DEPENDENT = 0.8
CANDIDATE = 0.5
_SHARE = re.compile(
    r"(?P<pct>[0-9]{1,3}(?:\.[0-9]+)?)\s*%|(?P<wari>[0-9]{1,2}|[一二三四五六七八九十]{1,2})\s*割"
    r"(?:\s*(?P<bu>[0-9]|[一二三四五六七八九])\s*分)?|(?P<all>全量)"
)
_CAP = re.compile(r"^\s*(?:程度)?\s*(?:以下|未満|以内|まで|を超え(?:ない|ず))")
# the party as a buyer, a supplier or a channel — not as the operator producing (「約6割をA株式会社が担う」 is a
# core operator's part of the plan, which 000 C.(2)③ allows, not a dependence on an outside party)
# (a channel that brings the customers — 「宿泊の約8割を同社の会員組織からの送客で見込む」 — is such a party too)
_RELATION = re.compile(r"向け|販売先|取引先|納入先|出荷先|買い?取|調達|仕入|受注|依存|頼|販売は|販売を|委託|送客|経由")
_PARTY = re.compile(
    r"(?<![0-9])[1一]社|同社|親会社|最大(?:の)?(?:取引先|販売先|顧客|納入先)|単一の(?:企業|取引先|販売先|顧客)|"
    rf"[^\s、。「」()]{{2,20}}?(?:{COMPANY_FORMS}|ホールディングス)"
)
# A company named by a letter (drafts keep a buyer's name back) is one party only where the share is its own: the
# share's object is the party's trade (「約8割をA社のPB向けが占める」「8割を海外のZ社から調達」) or the party's trade
# holds the share (「A社からの受注が約8割」). Drafts name partners, operators and suppliers alike by letters, so a
# letter merely in the clause binds nothing (「A社と連携し、調達比率を8割に高める」), nor does one of several
# (「A社等の大手3社」「A社以外の取引先」「C社とD社の2社」).
_LETTER_PARTY = re.compile(r"(?<![A-Za-z0-9と・や])(?P<party>[A-Z]社)(?!\s*(?:等|など|以外|をはじめ|ほか|と|・|や))")
_SPAN = r"[^、。,]{0,8}?"
_LETTER_TRADE = r"(?:向け|への|から(?:の)?(?:調達|仕入|受注|購入|買|送客)|に(?:出荷|販売|納入|納品|依存))"
_LETTER_LINKS = (
    re.compile(rf"(?:{_SHARE.pattern})\s*(?:以上|程度|近く)?\s*を{_SPAN}{_LETTER_PARTY.pattern}(?:の{_SPAN})?{_LETTER_TRADE}"),
    re.compile(rf"{_LETTER_PARTY.pattern}(?:の{_SPAN})?(?:向け|への|からの){_SPAN}(?:{_SHARE.pattern})"),
)
_NAME_CHARS = r"[一-龥ァ-ヶーA-Za-z0-9々]"  # a name before its legal form: no particle, no punctuation, no kana run
_NAMED = re.compile(
    rf"(?:{COMPANY_FORMS})\s*([ぁ-んァ-ヶー一-龥A-Za-z0-9々]{{2,20}})|({_NAME_CHARS}{{2,20}})\s*(?:{COMPANY_FORMS}|ホールディングス)"
)


def company_names(units: list[Unit]) -> list[str]:
    """The companies the draft names with a legal form, without it (「東亜精機（株）」 → 東亜精機)."""
    out: dict[str, None] = {}
    for u in units:
        for m in _NAMED.finditer(u.norm):
            name = re.sub(r"[はがをにでとのも]+$", "", (m.group(1) or m.group(2) or "").strip())
            if len(name) >= 2 and w.plausible_name(name):
                out[name] = None
    return list(out)


def _share(m: re.Match) -> float | None:
    if m.group("all"):
        return 1.0
    if m.group("pct"):
        v = float(m.group("pct")) / 100
    else:  # 「八割五分」 = 0.85
        v = (to_number(m.group("wari")) or 0) / 10 + (to_number(m.group("bu") or "0") or 0) / 100
    return v if 0 < v <= 1 else None


# 「AはXの約8割を扱っており、B社は…を買い取る」: a clause ended by おり/あり and followed by one of another topic (…は)
# — the share in the first is not bound to the party in the second
_NEW_TOPIC = re.compile(r"(?<=おり|あり)[、,](?=[^、。,]{2,20}?は)")


def concentration(norm: str, names: list[str]) -> tuple[float, str] | None:
    """(share, party) when a clause binds a share of sales, orders or supplies to one party; the largest
    such share (a capped one is none)."""
    found = [got for clause in _NEW_TOPIC.split(norm) if (got := _clause_concentration(clause, names))]
    return max(found, key=lambda g: g[0]) if found else None


def _clause_concentration(norm: str, names: list[str]) -> tuple[float, str] | None:
    if not _RELATION.search(norm):
        return None
    party = _PARTY.search(norm)
    named = next((n for n in names if n in norm), None)
    if party is None and named is None:
        return _letter_concentration(norm)
    shares = [v for m in _SHARE.finditer(norm) if not _CAP.match(norm[m.end() :]) and (v := _share(m)) is not None]
    if not shares:
        return None
    return max(shares), (named or (party.group(0) if party else ""))


def _letter_concentration(norm: str) -> tuple[float, str] | None:
    """(share, party) for a letter-named party whose own trade the share measures; the largest such share."""
    found = [
        (v, m.group("party"))
        for link in _LETTER_LINKS
        for m in link.finditer(norm)
        if not _CAP.match(norm[m.end() :]) and (v := _share(m)) is not None
    ]
    return max(found) if found else None


_SAYS_DEPENDENCE = re.compile(r"依存|頼(?:る|り|っ)")


def measured(norm: str) -> bool:
    """A share bound to one party: the share says how much the plan depends on it, so a reading of the sentence's
    words gives way to it — below half always (not excessive), above it unless the sentence itself calls it a
    dependence (「売上の7割を1社に依存している」 says so; 「増産分の約6割は1社向けを見込む」 leaves it to the reviewer)."""
    got = concentration(norm, [])
    return got is not None and (got[0] < CANDIDATE or not _SAYS_DEPENDENCE.search(norm))


def dependence_statements(
    read_units: list[tuple[Unit, Reading]], names: list[str], deny: Callable[[str], bool]
) -> list[Statement]:
    out: list[Statement] = []
    for u, _ in read_units:
        got = concentration(u.norm, names)
        if got is None or got[0] < CANDIDATE or deny(u.norm):
            continue
        share, party = got
        modality = w.modality(u.text)
        if modality not in HELD:
            continue
        conf = 0.99 if share >= DEPENDENT else 0.45  # a share bound to a party outranks a reading of words
        out.append(Statement(
            kind="claim", topic="over_dependence", subject=party, value=share, modality=modality, confidence=conf,
            attrs={"p": conf, "held_p": 1.0, "share": share, "place": "share"}, place=place_of(u),
        ))
    return out
