"""Meaning-preserving layout transforms of a document tree, for the metamorphic benchmark and test.

Where `variants.py` changes what a draft says (for load), these change only how it is laid out: each takes a
`Document` (readers/doctree) and returns one with the same words, numbers and structure written in another
layout, which `readers/doctree/render.py` then writes out. A draft and its transform must get the same
verdicts. Each transform leaves a document it does not apply to unchanged (equal), so the caller can skip it.

- `heading_*`: top-level numbered headings renumbered in another style, same values (「3.」 → 「第3章」「(3)」
  「３．」「【3】」); only when no other level uses that style, so the hierarchy stays;
- `bullets_*`: the marks of unnumbered list entries (「-」「・」「◇」「○」), or none with a full-width indent;
- `table_to_lines` / `lines_to_table`: a 2-column label/value table ↔ 「ラベル：値」 lines;
- `table_transpose`: tables of 3 columns or more with items as columns instead of rows;
- `digits_wide` / `digits_narrow`: half-width ↔ full-width digits in the text (not in heading numbers);
- `sentences_split` / `sentences_joined`: one paragraph per sentence ↔ a section's paragraphs joined;
- `kpi_list` / `kpi_list_paren`: an indicator table (現状／目標 columns) → one numbered entry per indicator with
  its values as nested 「ラベル：値」 entries, a year in a column's header moved after the value
  (「1. 付加価値額」「- 目標：52億円（2030年度）」; `_paren`: 「（１）」 and 「・」, plain text only) — `layout_rewrites.py`;
- `indicators_run_in`: an indicator table of a name, a 現状 and a 目標 column (and a 区分) → one sentence per indicator
  (「付加価値増加額を、現状の3億円（2025年度）から2030年度には5億円とする。」; 「―」 today: no 現状 part);
  `indicator_cells_combined`: its 現状 and 目標 columns → one 「現状→目標」 column 「3億円（2025年度）→5億円（2030年度）」,
  other columns kept (not when a third column is dated: stages stay apart) — `layout_rewrites.py`;
- `kanji_numerals`: Arabic numbers → kanji numerals (「三十億円」「千二百人」「令和十二年度」, a year digit by digit
  「二〇三〇年度」), the % kept; decimals, numbers glued to Latin letters or in a typed number left as they are;
- `headings_to_prose`: a parent's leading sub-sections of paragraphs only → paragraphs opening with the heading's
  name (「特定の理由については、…」), the heading removed;
- `format_swap` is not a tree transform: the caller renders Markdown drafts as text and text drafts as Markdown.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import replace

from benchmarks.layout_rewrites import REWRITES
from chiiki_mirai.core.text.normalize import maru_sentences
from chiiki_mirai.readers.doctree import Block, Document, KeyValue, ListItem, Paragraph, Section, Table
from chiiki_mirai.readers.doctree.tables import (  # the reader's own label | value headers
    GENERIC_HEADERS,
    make_table,
)
from chiiki_mirai.readers.doctree.walk import map_blocks, map_sections, map_texts

Transform = Callable[[Document], Document]

# --- headings --------------------------------------------------------------------------------------

_SIMPLE_NUMBER = re.compile(r"^(?:第|[(（【])?([0-9０-９]{1,2})(?:章|[.．)）】])?$")
_WIDE = str.maketrans("0123456789.,", "０１２３４５６７８９．，")
_NARROW = str.maketrans("０１２３４５６７８９．，", "0123456789.,")
HEADING_STYLES = {
    "dot": lambda n: f"{n}.",
    "chapter": lambda n: f"第{n}章",
    "paren": lambda n: f"({n})",
    "wide": lambda n: f"{n}．".translate(_WIDE),
    "bracket": lambda n: f"【{n}】",
}


def _style_key(number: str | None) -> str | None:
    """A number's style with the digits taken out and widths folded: 「（3）」 and 「(3)」 are one style."""
    if not number:
        return None
    return re.sub(r"[0-9]+", "N", number.translate(_NARROW).replace("（", "(").replace("）", ")"))


def heading_style(style: str) -> Transform:
    make = HEADING_STYLES[style]

    def transform(doc: Document) -> Document:
        top = [s for s in doc.sections if s.number and _SIMPLE_NUMBER.match(s.number)]
        if not top:
            return doc
        target = _style_key(make(1))
        deeper = {_style_key(s.number) for t in doc.sections for s, _ in t.walk() if s is not t}
        if target in deeper:
            return doc  # the deeper level's style: the levels would no longer tell apart

        def renumber(s: Section) -> Section:
            m = _SIMPLE_NUMBER.match(s.number or "") if s.level == 1 else None
            return replace(s, number=make(int(m.group(1).translate(_NARROW)))) if m else s

        return map_sections(doc, renumber)

    return transform


# --- bullets ---------------------------------------------------------------------------------------

BULLETS = frozenset("-*+・◇◆○●■□")


def bullets(mark: str) -> Transform:
    """Unnumbered entries get `mark`; "" writes them with no mark, set off by a full-width space."""

    def item(it: ListItem) -> ListItem:
        kids = tuple(item(c) for c in it.children)
        if it.marker not in BULLETS:
            return replace(it, children=kids)
        text = it.text if mark else "\u3000" + it.text
        return replace(it, marker=mark, text=text, children=kids)

    def blocks(bs: tuple[Block, ...]) -> tuple[Block, ...]:
        return tuple(item(b) if isinstance(b, ListItem) else b for b in bs)

    return lambda doc: map_blocks(doc, blocks)


# --- tables and label lines ------------------------------------------------------------------------

_LABEL_MAX = 20


def _kv_rows(t: Table) -> list[tuple[str, str]] | None:
    """The label/value rows of a 2-column table whose header (if any) says nothing but 項目／内容."""
    if len(t.cells[0]) != 2 or t.title:
        return None
    rows = [tuple(r) for r in t.cells]
    if t.orientation == "rows":
        if t.header_rows != 1 or not set(rows[0]) <= GENERIC_HEADERS:
            return None
        rows = rows[1:]
    ok = all(k and v and len(k) <= _LABEL_MAX and "\n" not in k + v and "：" not in k and k != v for k, v in rows)
    return [(k, v) for k, v in rows] if ok and rows else None


def _table_to_lines(bs: tuple[Block, ...]) -> tuple[Block, ...]:
    out: list[Block] = []
    for b in bs:
        rows = _kv_rows(b) if isinstance(b, Table) else None
        out += [KeyValue(k, v, b.place) for k, v in rows] if rows else [b]
    return tuple(out)


def _lines_to_table(bs: tuple[Block, ...]) -> tuple[Block, ...]:
    out: list[Block] = []
    run: list[KeyValue] = []
    for b in (*bs, None):
        if isinstance(b, KeyValue) and b.value and "\n" not in b.value:
            run.append(b)
            continue
        if len(run) >= 2:
            t = make_table([("項目", "内容"), *((kv.key, kv.value) for kv in run)], None, run[0].place)
            out += [t] if t is not None else run
        else:
            out += run
        run = []
        if b is not None:
            out.append(b)
    return tuple(out)


def _transpose(bs: tuple[Block, ...]) -> tuple[Block, ...]:
    out: list[Block] = []
    for b in bs:
        if isinstance(b, Table) and len(b.cells) >= 2 and len(b.cells[0]) >= 3:  # 2 columns: table_to_lines
            t = make_table([list(col) for col in zip(*b.cells, strict=True)], b.title, b.place)
            out.append(t or b)
        else:
            out.append(b)
    return tuple(out)


# --- digits and sentences --------------------------------------------------------------------------

_NARROW_NUMBER = re.compile(r"[0-9]+(?:[.,][0-9]+)*")
_WIDE_NUMBER = re.compile(r"[０-９]+(?:[．，][０-９]+)*")


def _split_sentences(bs: tuple[Block, ...]) -> tuple[Block, ...]:
    out: list[Block] = []
    for b in bs:
        parts = maru_sentences(b.text) if isinstance(b, Paragraph) and "\n" not in b.text else []
        out += [Paragraph(p, b.place) for p in parts] if len(parts) > 1 else [b]
    return tuple(out)


def _join_sentences(bs: tuple[Block, ...]) -> tuple[Block, ...]:
    out: list[Block] = []
    for b in bs:
        prev = out[-1] if out else None
        if isinstance(b, Paragraph) and isinstance(prev, Paragraph) and prev.text.endswith("。") and b.text.endswith("。"):
            out[-1] = replace(prev, text=prev.text + b.text)
        else:
            out.append(b)
    return tuple(out)


TRANSFORMS: dict[str, Transform] = {
    **{f"heading_{s}": heading_style(s) for s in HEADING_STYLES},
    "bullets_dash": bullets("-"),
    "bullets_dot": bullets("・"),
    "bullets_diamond": bullets("◇"),
    "bullets_circle": bullets("○"),
    "bullets_none": bullets(""),
    "table_to_lines": lambda doc: map_blocks(doc, _table_to_lines),
    "lines_to_table": lambda doc: map_blocks(doc, _lines_to_table),
    "table_transpose": lambda doc: map_blocks(doc, _transpose),
    "digits_wide": lambda doc: map_texts(doc, lambda s: _NARROW_NUMBER.sub(lambda m: m.group().translate(_WIDE), s)),
    "digits_narrow": lambda doc: map_texts(doc, lambda s: _WIDE_NUMBER.sub(lambda m: m.group().translate(_NARROW), s)),
    "sentences_split": lambda doc: map_blocks(doc, _split_sentences),
    "sentences_joined": lambda doc: map_blocks(doc, _join_sentences),
    **REWRITES,
}
FORMAT_SWAP = "format_swap"
NAMES = (*TRANSFORMS, FORMAT_SWAP)
