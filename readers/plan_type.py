"""The plan type of a document: the type the draft states (a 類型 line of the cover, the title, the plan's name on
the cover or on an enclosure after a cover letter), else the guess from which type's 記載項目 its headings match
best (readers/outline.py counts the matches; `guessed_type` picks among them).
"""

from __future__ import annotations

import re
from itertools import islice

from chiiki_mirai.core.errors import UserError
from chiiki_mirai.core.text.normalize import nfkc
from chiiki_mirai.readers import kbview
from chiiki_mirai.readers.doctree import Document, KeyValue, Paragraph
from chiiki_mirai.readers.meta_grammar import PROSE_META, cover_title_type, meta_pairs

TYPE_KEYS = re.compile(r"類型|計画の種類|計画の種別|計画区分|プランの種類|計画のタイプ")
_PROSE_TYPE = next(rx for k, _, rx in PROSE_META if k == "type")
TYPE_SCORE_TIE = 1  # headings matched: a type this close to the best is as likely, and another cue may decide


def _type_from_words(text: str, names: dict[str, list[str]]) -> str | None:
    t = nfkc(text)
    for tid, ns in names.items():
        if any(n and nfkc(n) in t for n in ns):
            return tid
    m = re.match(r"^\s*([ABC])(?![A-Za-z])", t)
    return m.group(1) if m else None


COVER_HEADINGS = 3


def stated_type(doc: Document) -> tuple[str | None, str | None]:
    """The type the draft names: a 類型 line of the cover (metadata), else the title."""
    names = kbview.type_names()
    for k, key, v in meta_pairs(list(doc.meta.items())):
        if k == "type" or TYPE_KEYS.search(key):
            t = _type_from_words(v, names)
            if t:
                return t, "metadata"
            if re.match(r"^\s*[A-Za-z](?![A-Za-z])", nfkc(v)):
                # a type letter other than A/B/C is a wrong type, not a missing one: never guess past it
                raise UserError(
                    f"計画の類型「{v.strip()}」は A（戦略産業クラスター計画）・B（地域産業クラスター計画）・"
                    "C（地場産業成長プラン）のいずれでもありません。類型の記載を直してください。"
                )
    if doc.title:
        t = _type_from_words(doc.title, names) if any(n in doc.title for ns in names.values() for n in ns) else None
        if t:
            return t, "title"
    # a line of the cover that is the plan's name (「〇〇県地域産業クラスター計画（素案）」 under a subtitle)
    for i, b in enumerate(doc.preamble):  # a paragraph, or the caption over the cover table
        if t := cover_title_type(_cover_line(b, first=i == 0), names):
            return t, "title"
    # a subtitle set as a heading over the cover (a PDF's larger print, a bold line): unnumbered headings until
    # the body begins — a heading further in (「関連する戦略産業クラスター計画」) is about another plan
    for sec, _ in islice(doc.walk(), COVER_HEADINGS):
        if sec.number is not None:
            break
        if t := cover_title_type(sec.heading or "", names):
            return t, "title"
        if any(isinstance(b, Paragraph) and (b.text.rstrip().endswith("。") or len(b.text) > 40) for b in sec.blocks):
            break  # this section is body text: the cover is over
    # a sentence of the cover that names it (「…戦略産業クラスター計画（Ａ類型）の候補プロジェクト提案である」)
    for b in doc.preamble:
        m = _PROSE_TYPE.search(nfkc(getattr(b, "text", "") or ""))
        if m:
            return m.group("val")[0], "metadata"
    if t := _enclosed_title_type(doc, names):
        return t, "title"
    return None, None


def _cover_line(b: object, first: bool) -> str:
    """A cover line's text; the document's first line read as a tag and a value (「【設問票】戦略産業クラスター計画
    候補プロジェクト提案（素案）」) is the plan's name after its tag."""
    if first and isinstance(b, KeyValue):
        return b.value
    return getattr(b, "text", None) or getattr(b, "title", None) or ""


ENCLOSURE = re.compile(r"^[\s　]*(?:別紙|別添|別冊)[\s　]*[0-9０-９一二三四五六七八九十]{0,2}[\s　]*$")
LETTER_LINES = 60  # a cover letter is short: its enclosure's mark comes within its first lines
ENCLOSURE_TITLE_LINES = 3  # the plan's name is among the first lines after the enclosure's mark


def _enclosed_title_type(doc: Document, names: dict[str, list[str]]) -> str | None:
    """The type named by the plan's name on the cover of an enclosure after a cover letter (「記 … 以上」 then 「別紙」
    over 「〇〇町地域産業クラスター計画（素案）」): the letter is no part of the plan, its enclosure's cover is the plan's."""
    lines = [b.text for b in doc.preamble if isinstance(b, Paragraph)]
    for sec, bs in doc.walk():
        if len(lines) > LETTER_LINES:
            break  # (a cover letter's 「記」 may number its entries like the plan's chapters)
        lines += [sec.heading or "", *(b.text for b in bs if isinstance(b, Paragraph))]
    for i, line in enumerate(lines[:LETTER_LINES]):
        if ENCLOSURE.match(nfkc(line)):
            for after in lines[i + 1 : i + 1 + ENCLOSURE_TITLE_LINES]:
                if t := cover_title_type(after, names):
                    return t
    return None


def guessed_type(scores: dict[str, int], prefer: str | None = None) -> tuple[str | None, str | None]:
    """The type whose 記載項目 the most headings matched (`scores`: type → headings matched), reported as a guess
    from the headings; of types about as good, `prefer` when it is one of them. (None, None) when none matched."""
    if not scores or max(scores.values()) <= 0:
        return None, None
    t = max(sorted(scores), key=lambda k: scores[k])
    if prefer is not None and scores.get(prefer, 0) > 0 and scores[prefer] >= scores[t] - TYPE_SCORE_TIE:
        t = prefer
    return t, "headings"
