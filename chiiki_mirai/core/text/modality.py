"""How a clause holds its claim: affirmed, planned, considering, negated, placeholder (see core/statement.py).

Table-driven and linear: each rule is (modality, pattern, where), where "end" rules look only at the end of the
clause (the Japanese predicate: 「…を設けない。」「…を検討する。」) and "any" rules anywhere in it (a placeholder
「〇〇」, 「（調整中）」). The first rule that matches, in table order, decides; nothing matching means the clause
states what it says (affirmed, or planned when it names a future year or a goal). The statement classifier
(readers/claims) learns modality from labelled sentences and uses these rules as features; this table is
the reading that needs no model (a value in a table cell, a key：value line).
"""

from __future__ import annotations

import re
from typing import Literal

from chiiki_mirai.core.text.normalize import nfkc
from chiiki_mirai.core.text.numbers import find_quantities

Modality = Literal["affirmed", "planned", "considering", "negated", "placeholder", "none"]

# a clause's predicate: the last ~24 characters, without closing brackets and punctuation
_TAIL = 24
_TRIM = re.compile(r"[\s。．.、,）)」』】\]]+$")

# (modality, pattern, where) — order matters: placeholders first, then undecided, then negation, then plans
RULES: tuple[tuple[Modality, str, str], ...] = (
    ("placeholder", r"[〇○●◯×＊*]{2,}|ＸＸ|XX|TBD|tbd|未記入|記載なし|^[-－―ー]$|^[（(]?(?:未定|調整中|精査中|検討中|調査中)[）)]?$", "any"),
    ("placeholder", r"[〇○●◯]{1,}(?:億|万|千|百|円|人|件|社|%|％|年)", "any"),
    ("considering", r"(?:検討|調整|協議|精査|調査|模索|研究|議論|話し合|打診)(?:中|する|を進める|を行う|していく|します|予定|を予定|している|しています|しているところ|中である|している最中である|を続ける)?(?:である|です)?$", "end"),
    ("considering", r"か(?:どうか)?(?:は|を)[^。]{0,60}(?:決める|決定する|確かめる|見極め|確認する|確認して|判断する|確定させる|詰める)|要(?:検討|確認|精査|裏付け)|[^。]{0,4}かは未定", "any"),
    ("considering", r"[（(](?:調整中|検討中|精査中|協議中|調査中|未定|仮)[）)]", "any"),
    ("considering", r"(?:申請|応募)(?:を)?(?:予定|する予定|中|している|を目指す|準備中)|採択(?:を)?(?:目指|見込|待)|未定|決まっていない|確定していない|固まっていない|今後(?:定める|決める|設定する|詰める)|定める予定|設定する予定|追って", "any"),
    ("negated", r"(?:設け|行わ|定め|設定し|実施し|整備し|作成し|置か|含め|予定し|見込ま|及ば|該当し|依存し)(?:ない|ず|ません)|(?:予定|計画|見込み|必要|予算|案件)(?:は|も)?(?:ない|なし|ありません)|ではない|ではありません|しない$|しません$|行わない|なし$|無し$|(?:ない|なかった|ず|ません|ませんでした|見送る|見送った|見送ることとした|置けない|できない)$", "end"),
    ("negated", r"不採択|採択されていない|交付決定(?:は|を)?受けていない|(?:考えて|見込んで|持って|至って)(?:い|お)(?:ない|りません)", "any"),
    ("planned", r"(?:する|します|図る|図ります|目指す|目指します|進める|進めます|取り組む|取り組みます|予定|計画している|見込む|見込み|高める|拡大する|増やす|整備する|設置する|実施する|行う|行います)$", "end"),
)

# rules read after RULES and kept out of the classifier's features (matched_rules): the classifier was fitted on
# RULES' features, and a new feature refits it and moves its borderline readings; these only widen what the
# rules above say, so the reading that needs no model gains them without refitting
LATER_RULES: tuple[tuple[Modality, str, str], ...] = (
    # 「…設置に向けて検討を進めている」「協議を重ねている」: still under consideration
    ("considering", r"(?:検討|調整|協議|精査|調査|模索|研究|議論)を(?:進め|重ね|続け|行っ)て(?:いる|います|いるところ|おり)(?:である|です)?$", "end"),
)

_COMPILED = tuple((m, re.compile(p), w) for m, p, w in RULES)
_LATER = tuple((m, re.compile(p), w) for m, p, w in LATER_RULES)
_FUTURE_YEAR = re.compile(r"(?:20[2-9]\d|令和\s*\d{1,2})\s*年度?(?:まで|に|を目途|目標|末)")


def modality(clause: str) -> Modality:
    """The modality of one clause (a sentence, a cell, a key：value value)."""
    text = nfkc(clause or "").strip()
    if not text:
        return "none"
    if (m := _by_rules(text)) is not None:
        return m
    # a terse negation before its note (「特定事業者への集中なし（最大の事業者でも約6%）」): the note is no predicate
    head = _NOTE_END.sub("", text).strip()
    if head and head != text and _by_rules(head) == "negated":
        return "negated"
    return "planned" if _FUTURE_YEAR.search(text) else "affirmed"


def _by_rules(text: str) -> Modality | None:
    """The first rule that matches a clause (at its predicate for the rules read there), or None."""
    tail = _TRIM.sub("", text)[-_TAIL:]
    for m, rx, where in (*_COMPILED, *_LATER):
        if rx.search(tail if where == "end" else text):
            return m
    return None


_NOTE_END = re.compile(r"[（(][^（）()]{1,60}[）)]\s*[。.]?$")


# a field whose whole value leaves it for later (「担当：別途定める」「期限：後日設定」「追って決定」): named, not set
_LEFT_FOR_LATER = re.compile(r"^\s*[(（]?\s*(?:後日|別途|追って|改めて|今後)\s*(?:設定|決定|定め|決め|検討|調整)")
# a value that will be set once something is known (「（令和9年度の実績を踏まえ設定）」「調査結果を見て決定」), no figure of
# its own besides the year it waits for: named, not set
_SET_AFTER = re.compile(
    r"(?:を踏まえ|を見て|を受けて|を基に|をもとに|の後に?|次第で?)て?\s*(?:設定|決定|定める|決める)(?:する|します|予定)?[)）]?\s*$"
)
_YEAR = re.compile(r"(?:(?:令和|平成|R|H)\s?)?[0-9元]{1,4}\s?年度?")  # (single spaces: linear on a run of blanks)


def set_after(text: str) -> bool:
    """「（令和9年度の実績を踏まえ設定）」: a value left to be set once something is known, with no figure of its own."""
    t = nfkc(text or "")
    return bool(_SET_AFTER.search(t)) and not re.search(r"[0-9]", _YEAR.sub("", t))


# a note in brackets that what it stands by is still pending (「（調整中）」「（観光課又は地域振興課で調整中）」「（未定）」):
# beside a department it names none yet (readers/statements/commitment). Each side is bounded, so an unclosed bracket
# costs linear time, not quadratic.
PENDING_NOTE = re.compile(r"[(（][^()（）]{0,60}?(?:(?:調整|精査|検討|協議|調査|算定)中|未定)[^()（）]{0,60}[)）]")
# a note that is nothing but pending (「（精査中）」), where a KPI's figure would be: narrower than PENDING_NOTE, since a
# side note on something else (「拡大を図る（海外展開の範囲は検討中）」) leaves the target set
_PENDING_SLOT = re.compile(r"[(（](?:調整|精査|検討|協議|調査|算定)中[)）]")


def pending_slot(text: str) -> bool:
    """「目標店舗数は（精査中）とする」: a pending note standing where the figure would be, with no figure beside it — a slot
    to fill, as 「年●●件」 is; 「100人（精査中）」 keeps its figure."""
    return (bool(_PENDING_SLOT.search(text)) and not find_quantities(text)) or set_after(text)


# a value that only says its text will be written in later (「（追記予定）」「後日記載」「追って記入する」): a blank to fill,
# not a plan (as 「（調整中）」)
WRITTEN_LATER = re.compile(
    r"^\s*[(（]?\s*(?:(?:後日|別途|追って|今後|後ほど)\s*(?:追記|記載|記入)(?:予定|する|します)?|(?:追記|記載|記入)(?:予定|する|します)|追記)"
    r"\s*[)）]?\s*[。.]?\s*$"
)


def field_modality(text: str) -> Modality:
    """The modality of a labelled field's value (a KPI's 担当・期限・目標): its first sentence's, or considering when
    the whole value leaves the field for later (in a sentence 「別途定める要綱による」 refers to a rule that exists),
    placeholder when it only says the text will be written in later."""
    first = nfkc(text or "").split("。")[0] or nfkc(text or "")
    if WRITTEN_LATER.match(first):
        return "placeholder"
    if _LEFT_FOR_LATER.match(first) or set_after(first):
        return "considering"
    return modality(first)


def matched_rules(clause: str) -> list[str]:
    """The names of the rules that match (features for the classifier): e.g. ["placeholder#0", "negated#5"]."""
    text = nfkc(clause or "").strip()
    tail = _TRIM.sub("", text)[-_TAIL:]
    out = [f"{m}#{i}" for i, (m, rx, where) in enumerate(_COMPILED) if rx.search(tail if where == "end" else text)]
    if _FUTURE_YEAR.search(text):
        out.append("future_year")
    return out
