"""What follows a lead-in belongs to the item it names: the lines under an empty label or a label entry, the entries
after a sentence announcing them, and a sentence that opens by naming an item of another section (units.py reads a
document's blocks into units; this places the units a lead carries)."""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import replace

from chiiki_mirai.core.text.normalize import nfkc
from chiiki_mirai.readers.doctree.numbering import heading_like
from chiiki_mirai.readers.outline import Outline
from chiiki_mirai.readers.unit import Unit

TRAILING_NOTE = re.compile(r"[（(][^（）()「」]*(?:[（(「][^（）()「」]*[）)」][^（）()「」]*)*[）)]\s*$")  # a note closing an entry, one level of brackets inside

_LEAD_IN = re.compile(
    r"^(?P<label>[^。、：:]{1,30}?)(?:は|を|について(?:は)?)?[、,]?\s*(?:次|以下|下記)の?"
    r"(?:とおり|通り|ように|に示す|[0-9０-９一二三四五六七八九十]{1,2}\s*(?:社|者|事業者|団体|機関|つ|点|件|項目|分野))"
)


LABEL_ENTRY_MAX = 20


def _label_entry_item(u: Unit, home: str | None, outline: Outline) -> str | None:
    """The item a list entry that is only a label names (「核となる事業者」「講じるべき政策」)."""
    label = TRAILING_NOTE.sub("", u.text).strip(" ：:")
    if not label or len(label) > LABEL_ENTRY_MAX or not heading_like(label):
        return None
    return outline.item_of_label(label, home)


# an indicator's own field: its level today or its target (「現状値：年間6回」「目標（R12）：…」)
_INDICATOR_FIELD = re.compile(r"^(?:現状|目標|基準|実績)値?\s*(?:[(（][^)）]{0,12}[)）])?\s*[:：]")


def indicator_fields(texts: Iterable[str]) -> bool:
    """Whether the lines under an entry open with an indicator's field: the entry (「伴走支援による企業の訪問回数」 over
    「現状値：年間6回」 among the KPIs) names a measure, not an item, whatever its words."""
    return any(_INDICATOR_FIELD.match(nfkc(t)) for t in texts)


def _over_fields(units: list[Unit], i: int) -> bool:
    nxt = units[i + 1] if i + 1 < len(units) else None
    return nxt is not None and nxt.kind == "kv" and indicator_fields([nxt.norm])


# a line that is only a label in brackets (「【伴走支援体制（県のコミットメント）】」): it heads the lines under it, as an
# empty label does
_BRACKET_LABEL = re.compile(r"^[【［〔]\s*(?P<label>[^【】［］〔〕]{1,30}?)\s*[】］〕]$")


def _bracket_label_item(u: Unit, home: str | None, outline: Outline) -> str | None:
    m = _BRACKET_LABEL.match(u.norm.strip()) or _BRACKET_LABEL.match(u.text.strip())
    label = TRAILING_NOTE.sub("", m.group("label")).strip() if m else ""
    return outline.item_of_label(label, home) if label and heading_like(label) else None


# a sentence that opens by naming its topic: 「Xとして(は)、」「Xについて(は)、」「Xに関しては、」「Xでは、」「Xは、」
_TOPIC = r"^(?:[※＊*・●○◎■□◆◇-]\s*)?(?P<label>[^。、，,：:「」\s]{2,24}?)(?:として(?:は|も)?|について(?:は)?|に(?:関|つい)して(?:は)?|では|は)"
TOPIC_OPENING = re.compile(_TOPIC + r"[、,]")
# within its own section the comma after the topic may be left out (「設定の根拠は核企業の中期計画による。」): the topic must
# still name an item of that section (statements/sections.py), so only the sections family reads it so
OWN_TOPIC_OPENING = re.compile(_TOPIC)


def _topic_item(u: Unit, home: str | None, outline: Outline) -> str | None:
    """The item a sentence names as its topic when that item belongs to another section than the one the sentence
    sits in, or the sentence sits in none (a narrative draft's chapter 「担い手となる事業者と、目指す姿」 holding
    「核となる事業者は、A株式会社、…である。」). Within its own section the sections family places it."""
    m = TOPIC_OPENING.match(u.norm)
    if m is None:
        return None
    own = outline.item_of_topic(m.group("label"))
    if own is None or own == home or outline.section_of(own) == outline.section_of(home):
        return None
    local = outline.item_of_label(m.group("label"), home) if home else None
    if local and local != outline.section_of(home) and outline.section_of(local) == outline.section_of(home):
        return None  # a name two sections share (特定の理由) names the item of the section the sentence sits in
    if outline.section_of(own) == own and not any(t.parent == own for t in outline.targets):
        return None  # a section with no items (伴走支援体制) is read by its content (the sections family), not moved here
    return own


def with_leads(units: list[Unit], home: str | None, outline: Outline) -> list[Unit]:
    """What follows a lead-in belongs to the item it names: a label line with nothing after its colon
    (「中心となる企業と担う役割：」) heads the lines under it; a sentence announcing a list or table
    (「目標（KGI）は次のとおりです。」) heads the entries after it. A label naming an item ends the run; a label
    naming no item (「補足：」) takes the lines under it back to the section. Prose that announces and then lists in
    the same paragraph (「推進の核となる事業者は次のとおりである。A株式会社は…。B協同組合は…。」) carries the item through that
    paragraph's sentences."""
    lead: str | None = None
    by_label = False
    lead_line: int | None = None  # the paragraph of a lead-in sentence: the sentences after it there are what it announces
    out: list[Unit] = []
    for i, u in enumerate(units):
        named = u.item if u.item != home else None
        if u.kind == "kv":
            if not u.value.strip():
                lead, by_label = named, True
            elif named is not None and named != lead:
                lead = None  # (a label placed in the lead's own item — 「推進体制：」 under 【伴走支援体制】 — keeps the run)
            elif lead is not None:
                u = replace(u, item=lead)
        elif u.kind == "item" and not _over_fields(units, i) and (own := _label_entry_item(u, home, outline)) is not None:
            # 「2-2　核となる事業者」 as an entry of its own over the entries that name them; one naming the section's own
            # item ends the run
            lead, by_label = (own, True) if own != home else (None, False)
            u = replace(u, item=own)
        elif u.kind == "item" and named is not None and named != lead:
            lead = None  # an entry already placed by its own label (a form's row 「1-3　…」) ends the run
        elif u.kind == "sentence" and (own := _bracket_label_item(u, home, outline)) is not None:
            lead, by_label = (own, True) if own != home else (None, False)
            u = replace(u, item=own)
        elif u.kind == "sentence" and (own := _topic_item(u, home, outline)) is not None:
            u = replace(u, item=own)  # 「核となる事業者は、…」 under a chapter of another item: the sentence is that item's
            lead = None
        elif u.kind == "sentence" and (m := _LEAD_IN.match(u.norm)):
            own = outline.item_of_label(m.group("label").strip(), home)
            lead, by_label = (own, False) if own and own != home else (None, False)
            lead_line = u.line
            if lead is not None:
                u = replace(u, item=lead)
        elif lead is not None and (by_label or u.kind != "sentence" or u.line == lead_line):
            u = replace(u, item=lead)
        else:
            lead = None
        out.append(u)
    return out
