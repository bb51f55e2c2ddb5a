"""An item whose text is only slots to fill (「（調整中）」「〇〇」) or puts its own writing off (「追って記載する」「別途
算定する」) is not written: a `section` statement of topic `unwritten` (read by sections.py)."""

from __future__ import annotations

import re

from chiiki_mirai.core.statement import Statement
from chiiki_mirai.core.text.normalize import nfkc
from chiiki_mirai.readers.claims import modality
from chiiki_mirai.readers.statements.base import place_of
from chiiki_mirai.readers.units import Unit

UNWRITTEN = "unwritten"  # the topic of a `section` statement: the item's text is only placeholders
# a clause that puts off writing the item itself (「追って記載する」「詳細は今後お示しする」): nothing is written yet
_WRITE_LATER = re.compile(
    r"(?:追って|今後|後日|別途|改めて|次回|確定(?:後|次第)|決まり次第)[^。]{0,15}(?:記載|追記|記入|記述|お示し)"
)
# a short line that only points to an appendix still to come (「別紙４のとおり（追って提出）」); in a longer line of
# content (「…2社については証憑を別途提出予定」) it is a note on a part
_SENT_LATER = re.compile(r"(?:追って|後日|別途|改めて)[^。]{0,15}(?:提出|添付)")
SENT_LATER_MAX = 40
# a short line that only puts the item off (「投資総額：受注条件の確定後に今後精査」「別途算定する」): nothing is written yet
_DEFERRED_ONLY = re.compile(
    r"^[^。]{0,30}(?:今後|追って|後日|別途|確定(?:後に?|次第)|決まり次第)[^。0-9]{0,8}"
    r"(?:精査|検討|算定|確定|決定|調整)(?:する|します|を行う|予定)?。?$"
)
UNWRITTEN_MAX = 4  # an item written in more units than this holds more than a slot to fill
# what a slot to fill is made of: marks (〇〇 ●●), a short note in brackets (（調整中）), words that say it is open
_SLOT = re.compile(r"[〇○●◯×＊*]+|[(（][^)）]{0,8}[)）]|未定|調整中|精査中|検討中|調査中|TBD|未記入|記載なし|[\s、。・:：\-―－]")
SLOT_REST = 4  # a unit with no more than this left beside its slots says nothing else


def unwritten(item: str, units: list[Unit]) -> Statement | None:
    """An item whose every line is a placeholder (「（調整中）」「〇〇」) or puts its own writing off (「追って記載する」)."""
    if not units or len(units) > UNWRITTEN_MAX or any(u.kind == "record" for u in units):
        return None  # (a table's rows are written content, whatever a cell holds)
    for u in units:
        if (_WRITE_LATER.search(u.norm) or _DEFERRED_ONLY.search(nfkc(u.value).strip())
                or (_SENT_LATER.search(u.norm) and len(u.norm) <= SENT_LATER_MAX)):
            continue
        # (the classifier is asked only about a line that is little more than its slot)
        if len(_SLOT.sub("", nfkc(u.value))) > SLOT_REST or modality(u.value) != "placeholder":
            return None
    return Statement(kind="section", topic=UNWRITTEN, subject=item, modality="placeholder", place=place_of(units[0]))
