"""Drafts → `Document`: the title, table captions, section nesting, places and cover metadata.

The same steps run for every format, so one content gives one tree whatever it was written in.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from . import numbering as nb
from .levels import LevelTracker
from .lines import Draft, split_kv
from .model import Block, Document, KeyValue, ListItem, Paragraph, Place, Section, Table, join_label
from .tables import GENERIC_HEADERS, make_table

TITLE_MAX = 80
CAPTION_MAX = 40
_CAPTION = re.compile(rf"{nb.APPENDIX.pattern}|{nb.FIGURE_CAPTION.pattern}")


def _caption_of(prev: Draft | None, table: Draft) -> str | None:
    """The label line just above a table (「KPI一覧」「表1 …」「目標（KGI）：」), if any."""
    if prev is None:
        return None
    if prev.kind == "kv" and not prev.text and not table.gap:
        return prev.key
    if prev.kind != "p" or len(prev.text) > CAPTION_MAX or nb.is_sentence(prev.text):
        return None
    if not table.gap or _CAPTION.match(prev.text) or _UNIT_CAPTION.search(prev.text):
        return prev.text  # (a line that gives the table's units speaks of the table, a blank line or not)
    return None


_UNIT_CAPTION = re.compile(r"[(（]\s*単位\s*[:：]")


def attach_captions(drafts: list[Draft]) -> list[Draft]:
    out: list[Draft] = []
    for d in drafts:
        if d.kind == "table":
            cap = _caption_of(out[-1] if out else None, d)
            if cap is not None:
                out.pop()
                d.text = cap
        out.append(d)
    return out


def _heading_class(d: Draft) -> object:
    return d.explicit if d.explicit is not None else d.style


TITLE_AFTER = 3  # cover lines a Title-styled paragraph may come after
COVER_LINE_MAX = 40  # a line of the cover under the title: 「素案」「令和8年7月」「（案）」


def _cover_lines_under(drafts: list[Draft]) -> bool:
    """The first heading has only a few short lines that are no sentences under it (「素案」「令和8年7月」): the
    cover under a title, not a section's body."""
    body: list[Draft] = []
    for d in drafts[1:]:
        if d.kind == "heading":
            break
        body.append(d)
    return 0 < len(body) <= TITLE_AFTER and all(
        d.kind == "p" and len(d.text) <= COVER_LINE_MAX and not nb.is_sentence(d.text) for d in body
    )


# a cover's date (「令和8年3月」「2026年3月31日」; a plan's period 「令和8年度～12年度」 is none), its issuing body
# (「北川村」「山峡町産業振興協議会」), the mark of a draft (「（案）」「【素案】」)
_COVER_DATE = re.compile(r"^(?:令和|平成|20[0-9]{2}|２０[０-９]{2})[^度～~〜]{0,4}年[^度～~〜]{1,3}月(?:[^度～~〜]{1,3}日)?$")
_COVER_BODY = re.compile(r"^[^\s、。]{1,16}(?:[都道府県市区町村]|協議会|役場)$")
_DRAFT_MARK = re.compile(r"[（(【〔\[](?:素|原|修正)?案[）)】〕\]]|^(?:素|原)?案$")


def _cover_marks(drafts: list[Draft]) -> bool:
    """The first heading is a draft's title (「…（案）」), or a line under it (before the next heading) is a date or
    the issuing body: a title over its cover."""
    return bool(_DRAFT_MARK.search(drafts[0].text)) or _cover_line_under(drafts)


def _cover_line_under(drafts: list[Draft]) -> bool:
    """A line under the first heading, before the next heading, is the cover's date, issuing body or draft mark."""
    for d in drafts[1:]:
        if d.kind == "heading":
            return False
        t = d.text.strip(" \u3000")
        if _COVER_DATE.match(t) or _COVER_BODY.match(t) or _DRAFT_MARK.search(t):
            return True
    return False


def _draft_over_cover(drafts: list[Draft]) -> bool:
    """The first heading is a draft's title (「…計画（素案）」) and a line under it, before the next heading, is the cover's
    date or issuing body: the title over its cover, though bold lines of its kind follow (「別表１　ＫＧＩ」 at the end)."""
    return bool(_DRAFT_MARK.search(drafts[0].text)) and _cover_line_under(drafts)


def take_title(drafts: list[Draft]) -> tuple[str | None, list[Draft]]:
    """The document's title, after any handling marks of a meeting's papers (「資料２」「委員限り」), which stay
    as lines of the cover."""
    marks = 0
    while marks < len(drafts) and marks < TITLE_AFTER and drafts[marks].kind in ("p", "heading") and (
        _HANDLING_MARK.match(drafts[marks].text)
    ):
        marks += 1
    if not marks:
        return _title_of(drafts)
    title, rest = _title_of(drafts[marks:])
    return title, [Draft(kind="p", line=d.line, text=d.text) for d in drafts[:marks]] + rest


def _title_of(drafts: list[Draft]) -> tuple[str | None, list[Draft]]:
    """A Title-styled paragraph, a first unnumbered heading whose next heading of its kind (if any) is
    numbered, or a first short paragraph that is not a sentence."""
    if not drafts:
        return None, drafts
    first = drafts[0]
    if first.kind == "heading" and first.title_style:
        return first.text, drafts[1:]
    # a Title-styled paragraph under a line or two of the cover (「【素案】令和8年7月15日」 over it)
    styled = next((i for i, d in enumerate(drafts[:TITLE_AFTER + 1]) if d.kind == "heading" and d.title_style), None)
    if styled is not None and all(d.kind != "heading" for d in drafts[:styled]):
        return drafts[styled].text, [*drafts[:styled], *drafts[styled + 1 :]]
    if first.kind == "heading" and first.number is None:
        cls = _heading_class(first)
        peer = next((d for d in drafts[1:] if d.kind == "heading" and _heading_class(d) == cls), None)
        second = drafts[1] if len(drafts) > 1 else None
        if second is not None and second.kind == "heading" and second.number is None and (
            second is peer or (first.explicit is None and second.explicit is not None)
        ):
            # the form's name over the plan's own (「# 地場産業成長プラン（Ｃ類型）」 or a bold line, then 「# 白浜町
            # …プラン」): the second is the title; the first stays as a line of the cover
            cls2 = _heading_class(second)
            after = next((d for d in drafts[2:] if d.kind == "heading" and _heading_class(d) == cls2), None)
            if after is None or after.number is not None:
                return second.text, [Draft(kind="p", line=first.line, text=first.text), *drafts[2:]]
        # (a first heading set with a mark that the next one of its kind shares opens a series of chapters: 「◇計画の期間」
        # over two short lines, then 「◇核となる企業」, is no title over its cover)
        # (unless the lines under it are a cover's: a date, the issuing body, or the heading is a draft's (案))
        marked_series = peer is not None and str(first.style or "").startswith("mark:") and not _cover_marks(drafts)
        if peer is None or peer.number is not None or _draft_over_cover(drafts) or (_cover_lines_under(drafts) and not marked_series):
            return first.text, drafts[1:]  # alone of its kind, over a numbered series, or over the cover's lines
        return None, drafts
    if first.kind == "p" and len(first.text) <= TITLE_MAX and not nb.is_sentence(first.text) and not _LETTER_HEAD.match(first.text):
        return first.text, drafts[1:]
    if (boxed := _title_box(first)) is not None:
        return boxed, drafts[1:]
    return None, drafts


TITLE_BOX_LINES = 3  # a box drawn around the title holds its name and a line or two (「（素案）」, the plan's own name)


def _title_box(d: Draft) -> str | None:
    """The text of a one-cell table first in the document that holds a few short lines and no sentence: the title
    drawn in a box (「岡山県 地域産業クラスター計画（素案）」 over the plan's own name), its lines joined by a space."""
    if d.kind != "table" or not d.rows or len(d.rows) != 1 or len(d.rows[0]) != 1:
        return None
    lines = [x.strip() for x in d.rows[0][0].splitlines() if x.strip()]
    text = " ".join(lines)
    ok = 0 < len(lines) <= TITLE_BOX_LINES and len(text) <= TITLE_MAX and not any(nb.is_sentence(x) for x in lines)
    return text if ok else None


# a handling mark of a meeting's papers, over the title: 「資料２」「参考資料1-2」「委員限り」「取扱注意」「資料３　委員限り」
_MARK_WORD = r"(?:(?:(?:参考)?資料|別添|机上(?:配付|配布)(?:資料)?)\s*[0-9０-９]*(?:[-－‐ー][0-9０-９]+)?|委員限り|関係者限り|取扱(?:い)?注意|部外秘|非公開|要回収|会議後回収)"
_HANDLING_MARK = re.compile(rf"^[\s【〔\[（(]*{_MARK_WORD}(?:[\s】〕\]）)・]+{_MARK_WORD})*[\s】〕\]）)]*$")

# the head of a cover letter: its document number (「産振第１２３号」) or its date (「令和８年９月１０日」), no title
_LETTER_HEAD = re.compile(r"^\s*(?:\S{0,12}第\s*[0-9０-９]+\s*号|(?:令和|平成|20[0-9]{2}|２０[０-９]{2})\S{0,10}年\S{1,4}月\S{1,4}日)\s*$")


@dataclass
class _Sec:
    heading: str
    number: str | None
    level: int
    place: Place
    blocks: list[Block] = field(default_factory=list)
    children: list[_Sec] = field(default_factory=list)

    def freeze(self) -> Section:
        return Section(
            self.heading,
            self.number,
            self.level,
            tuple(self.blocks),
            tuple(c.freeze() for c in self.children),
            self.place,
        )


def to_block(d: Draft, path: tuple[str, ...]) -> Block | None:
    place = Place(d.line, path)
    if d.kind == "p":
        return Paragraph(d.text, place)
    if d.kind == "kv":
        return KeyValue(d.key, d.text, place)
    if d.kind == "li":
        return ListItem(d.text, d.marker, d.level, place, tuple(to_block(c, path) for c in d.children))
    if d.kind == "table":
        rows = d.rows or []
        if rows and all(len(r) == 1 for r in rows):
            # a one-column table is a box drawn around text (「【ポイント】」 and its lines): it is the section's text
            return Paragraph("\n".join(t for r in rows for t in [r[0].strip()] if t), place)
        return make_table(rows, d.text or None, place, d.merges)
    return None


_SUB_STYLE = re.compile(r"^(?P<kind>question|hyphen)(?P<k>[2-9])$")  # a nested number's style: 「問6-1」 is question2


def _numbers(number: str | None) -> list[str]:
    return re.findall(r"[0-9]+", nb.ascii_digits(number or ""))


def _unopened_parent(d: Draft, stack: list[_Sec], styles: list[str | None]) -> str | None:
    """The style one level up for a sub-number whose parent was never written (「問6-1」「問6-2」 after 「問5」, no 「問6」):
    not a part of the open heading 「問5」 but its sibling. None when the open parent's number is its prefix."""
    m = _SUB_STYLE.match(d.style or "")
    if d.explicit is not None or m is None:
        return None
    up = f"{m['kind']}{int(m['k']) - 1}"
    parent = next((sec for sec, st in zip(reversed(stack), reversed(styles), strict=True) if st == up), None)
    mine, theirs = _numbers(d.number)[:-1], _numbers(parent.number if parent else None)
    return up if mine and theirs and mine != theirs else None


# the mark a question form puts over each answer (「（回答）」「【回答】」), as a heading or a line of its own: the form's
# dress, not a section or a line of the plan — the answer under it is the question's text
ANSWER_MARK = re.compile(r"^[(（【［\[<＜〈]?\s*回\s*答\s*[)）】］\]>＞〉]?$")


def build_sections(drafts: list[Draft]) -> tuple[list[Block], list[_Sec]]:
    tracker = LevelTracker()
    preamble: list[Block] = []
    roots: list[_Sec] = []
    stack: list[_Sec] = []
    styles: list[str | None] = []  # the numbering style each open heading was placed by
    for d in drafts:
        if d.kind in ("heading", "p") and ANSWER_MARK.match(d.text.strip()) and not d.number:
            continue
        if d.kind == "heading":
            style = _unopened_parent(d, stack, styles) or d.style
            depth = tracker.place(style, d.explicit)
            del stack[depth - 1 :]
            del styles[depth - 1 :]
            styles.append(style)
            path = tuple(s.place.path[-1] for s in stack) + (join_label(d.number, d.text),)
            sec = _Sec(d.text, d.number, depth, Place(d.line, path))
            (stack[-1].children if stack else roots).append(sec)
            stack.append(sec)
            continue
        block = to_block(d, stack[-1].place.path if stack else ())
        if block is not None:
            (stack[-1].blocks if stack else preamble).append(block)
    return preamble, roots


# a table of contents: its heading, and an entry: leader dots (「…… 2」「・・・」「．．．」), a page number after a space or
# leader, or a heading the document has (「・区域と企業」 with 「【区域と企業】」 below)
CONTENTS_HEADING = re.compile(r"^(?:目[\s　]*次|もくじ|contents)$", re.IGNORECASE)
CONTENTS_ENTRY_MAX = 60
_LEADER = re.compile(r"[…‥]|[・･]{3,}|[．.]{3,}|[-－―─]{4,}")
_PAGE_NUMBER = re.compile(r"(?:[\s　…‥・･．.]|^)(?:[pPｐＰ][.．]?)?[0-9０-９]{1,3}$|[-－]\s*[0-9０-９]{1,3}\s*[-－]$")
_NOT_IN_NAME = re.compile(r"[\s　【】［］\[\]〔〕]")
_ENTRY_NUMBER_MAX = 6  # 「1．」「第2章」 before a listed heading


def _compact(text: str) -> str:
    return _NOT_IN_NAME.sub("", text)


def _lists_heading(line: str, headings: set[str]) -> bool:
    c = _compact(line)
    return any(c.endswith(h) and len(c) - len(h) <= _ENTRY_NUMBER_MAX for h in headings)


def _is_contents_entry(b: Block, headings: set[str]) -> bool:
    if not isinstance(b, (Paragraph, ListItem)):
        return False
    lines = [ln.strip() for ln in b.plain().split("\n") if ln.strip()]
    return all(
        len(ln) <= CONTENTS_ENTRY_MAX and not nb.is_sentence(ln)
        and (_LEADER.search(ln) or _PAGE_NUMBER.search(ln) or _lists_heading(ln, headings))
        for ln in lines
    )


def _without_contents(blocks: list[Block], opened: bool, headings: set[str]) -> list[Block]:
    """The blocks less a table of contents: the run of entries under a contents heading (`opened`) or after a
    「目次」 line of its own, up to the first block that is no entry."""
    out: list[Block] = []
    for b in blocks:
        if isinstance(b, Paragraph) and CONTENTS_HEADING.match(b.text.strip()):
            opened = True
        elif not (opened and _is_contents_entry(b, headings)):
            opened = False
            out.append(b)
    return out


def drop_contents(preamble: list[Block], secs: list[_Sec]) -> list[Block]:
    """A table of contents (「目　次」 over the headings it lists) says nothing of its own: its entries are no section's
    text, so a contents line 「KPI及び撤退基準」 is not read as the criterion of every KPI. What follows the entries (a
    sentence, a table, a short line that is no entry such as 「北浜県北浜町」) stays. Returns the preamble without one;
    the sections are changed in place."""
    every: list[_Sec] = []
    stack = list(secs)
    while stack:
        sec = stack.pop()
        every.append(sec)
        stack.extend(sec.children)
    headings = {h for h in (_compact(s.heading) for s in every) if h and not CONTENTS_HEADING.match(h)}
    for sec in every:
        sec.blocks = _without_contents(sec.blocks, bool(CONTENTS_HEADING.match(sec.heading.strip())), headings)
    return _without_contents(preamble, False, headings)


COVER_TABLE_ROWS = 12  # a longer label | value table is the plan itself, not its cover
TITLE_KEYS = ("計画名", "計画の名称", "プラン名", "名称")


def _table_meta(t: Table) -> dict[str, str]:
    if len(t.cells[0]) != 2 or len(t.cells) > COVER_TABLE_ROWS:
        return {}
    if t.orientation == "columns" and len(t.records) == 1:
        return {k: v for k, v in t.records[0].items() if v}
    first = t.cells[0]
    if t.orientation == "rows" and all(c in GENERIC_HEADERS for c in first):
        return {r[0]: r[1] for r in t.cells[1:] if r[0] and r[1]}
    return {}


def _pairs(b: Block) -> dict[str, str] | None:
    """The label → value pairs a block gives, or None when it is not a labelled block."""
    if isinstance(b, KeyValue):
        return {b.key: b.value} if b.value else {}
    if isinstance(b, ListItem):
        kv = split_kv(b.text)
        return ({kv[0]: kv[1]} if kv[1] else {}) if kv else None
    if isinstance(b, Table):
        return _table_meta(b) or None
    return None


def cover_meta(preamble: list[Block], front: dict[str, str] | None, first: _Sec | None) -> dict[str, str]:
    """Cover metadata: front matter, key：value lines and list entries, and label | value tables
    before the first heading, or in a first section made of nothing else (「1. 基本事項」)."""
    meta: dict[str, str] = dict(front or {})
    blocks = list(preamble)
    if first is not None and first.blocks and all(_pairs(b) is not None for b in first.blocks):
        blocks += first.blocks
    for b in blocks:
        for k, v in (_pairs(b) or {}).items():
            meta.setdefault(k, v)
    return meta


def build_document(
    drafts: list[Draft], fmt: str, warnings: list[str], front: dict[str, str] | None = None
) -> Document:
    drafts = attach_captions(drafts)
    title, drafts = take_title(drafts)
    preamble, roots = build_sections(drafts)
    preamble = drop_contents(preamble, roots)
    meta = cover_meta(preamble, front, roots[0] if roots else None)
    if title is None:  # 「【計画名】…」 first: the plan's name is its title
        title = next((meta[k] for k in TITLE_KEYS if meta.get(k)), None)
    return Document(
        title=title,
        meta=meta,
        preamble=tuple(preamble),
        sections=tuple(s.freeze() for s in roots),
        format=fmt,
        warnings=tuple(warnings),
    )
