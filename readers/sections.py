"""Blocks → units attributed to the 記載項目 they are written under.

A heading opens a 記載項目 when it matches one (fuzzy, see headings.py); text belongs to the innermost
open 記載項目. Headings that match nothing keep their text with the enclosing 記載項目 when they are
deeper, or put it in `other` when they are not: nothing is dropped.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field

from chiiki_mirai.readers.blocks import Block, text_blocks
from chiiki_mirai.readers.headings import AMBIGUITY_MARGIN, Match, Target, best_match, clean_heading


@dataclass
class Unit:
    """A paragraph, list item or table row with the 記載項目 it was found under."""

    section_id: str | None
    heading: str | None  # the innermost heading as written
    line: int
    text: str
    kind: str  # "para" | "item" | "row" | "meta"
    table: int | None = None  # index into Sectioned.tables for rows


@dataclass
class Table:
    section_id: str | None
    heading: str | None
    rows: list[list[str]]
    row_lines: list[int]


@dataclass
class Found:
    id: str
    heading: str  # as written
    line: int
    by: str  # "heading" | "label" (an item named by the label of a line) | "content"
    score: float


@dataclass
class Sectioned:
    units: list[Unit] = field(default_factory=list)
    tables: list[Table] = field(default_factory=list)
    found: dict[str, Found] = field(default_factory=dict)
    ambiguous: list[str] = field(default_factory=list)
    title: str | None = None
    title_line: int | None = None
    unmatched_headings: list[tuple[int, str]] = field(default_factory=list)


_TITLE_HINT = re.compile(r"計画|プラン|素案|案$")


def section_blocks(blocks: list[Block], targets: list[Target]) -> Sectioned:
    out = Sectioned()
    by_id = {t.id: t for t in targets}
    style_rank: dict[str | None, int] = {}
    # stack entries: (level, matched id or None, heading as written)
    stack: list[tuple[int, str | None, str]] = []
    inferred = _sections_from_children(blocks, targets) if targets else {}
    if targets:
        inferred = {**_sections_from_labels(blocks, targets), **inferred}
    first_heading = next((b for b in blocks if b.kind == "heading"), None)
    first_content = next((b for b in blocks if b.kind != "heading"), None)

    def current() -> tuple[str | None, str | None]:
        heading = stack[-1][2] if stack else None
        for _, sid, _h in reversed(stack):
            if sid is not None:
                return sid, heading
        return None, heading

    def current_section() -> str | None:
        sid, _ = current()
        if sid is None:
            return None
        t = by_id.get(sid)
        return t.parent or t.id if t else None

    lead_in: tuple[str, str] | None = None  # an item named by "…は次のとおり" just before a table
    for bi, b in enumerate(blocks):
        if b.kind == "heading":
            lead_in = None
            is_title = (
                b is first_heading
                and out.title is None
                and (b.level == 1 or (first_content is None or b.line < first_content.line))
                and (_TITLE_HINT.search(b.text) or b.level == 1)
            )
            m = best_match(b.text, targets, current_section(), b.number) if targets else None
            if is_title and (m is None or m.score < 85):
                out.title, out.title_line = b.text.strip(), b.line
                continue
            if (
                out.title is not None
                and re.fullmatch(_GENERIC_TITLE, unicodedata.normalize("NFKC", out.title))
                and (m is None or m.score < 85)
                and not out.found
            ):
                # "# 地場産業成長プラン（Ｃ類型）" over "# 湯ノ台町 温泉とらふぐ陸上養殖成長プラン": the form's
                # name, then the plan's own title
                out.title, out.title_line = b.text.strip(), b.line
                continue
            if bi in inferred:
                # a reworded heading whose sub-headings are the items of one section is that section
                m = Match(inferred[bi], 85.0)
            if m is None and not b.markup and b.level is None:
                # a plain numbered or bare line that names no 記載項目: running text
                sid, heading = current()
                out.units.append(Unit(sid, heading, b.line, b.text, "item" if b.style else "para"))
                continue
            if b.style == "colon" and not (
                m is not None
                and m.target.parent is not None
                and m.score >= (BOLD_LABEL_THRESHOLD if m.target.parent == current_section() else 85)
            ):
                # a "label：" line that names no item of the section being read: a line of text
                sid, heading = current()
                out.units.append(Unit(sid, heading, b.line, b.text + "：", "para"))
                continue
            if (
                m is not None
                and b.style in (None, "bullet")
                and not b.markup
                and b.level is None
                and m.score < 85
            ):
                sid, heading = current()
                out.units.append(Unit(sid, heading, b.line, b.text, "item" if b.list_item else "para"))
                continue
            if b.level is not None:
                level = b.level
            else:
                key = b.style if b.style else ("bold" if b.markup else "bare")
                style_rank.setdefault(key, len(style_rank))
                level = 10 + style_rank[key]
            if m is not None and m.score < 85 and _jumps_out(m.target, level, stack, by_id):
                # a sub-heading under a matched section that only loosely resembles ANOTHER section
                # ("両市の取組" under 課題と取組 ≈ 現地化の取組) is a part of the section being read
                m = None
            if (
                m is not None
                and m.target.parent is None
                and m.runner_up is not None
                and m.runner_up.parent == m.target.id
                and m.runner_up_score >= 85
                and stack
                and stack[-1][0] == level
                and stack[-1][1] is not None
                and by_id[stack[-1][1]].parent is not None
            ):
                # a flat list of 記載項目 (one table row or heading style for all): after an item, a
                # heading that names a section and as well its item ("投資促進に向けた課題") is the item
                m = Match(m.runner_up, m.runner_up_score)
            while stack and stack[-1][0] >= level:
                stack.pop()
            if m is not None:
                tid = m.target.id
                if (
                    m.runner_up is not None
                    and m.runner_up.id != tid
                    and m.score - m.runner_up_score < AMBIGUITY_MARGIN
                ):
                    out.ambiguous.append(
                        f"見出し「{b.text}」（{b.line}行）は {tid} と {m.runner_up.id} のどちらにも近いため {tid} としました"
                    )
                if tid in out.found:
                    out.ambiguous.append(
                        f"記載項目 {tid} に当たる見出しが複数あります（{out.found[tid].line}行と{b.line}行）。本文は合わせて扱います"
                    )
                else:
                    out.found[tid] = Found(tid, b.text.strip(), b.line, "heading", round(m.score, 1))
                stack.append((level, tid, b.text.strip()))
            else:
                out.unmatched_headings.append((b.line, b.text.strip()))
                stack.append((level, None, b.text.strip()))
            continue
        sid, heading = current()
        if lead_in is not None and (b.kind == "table" or b.list_item):
            # "KPIは次のとおり。" then a table or a list: they are that item's
            sid, heading = lead_in
        else:
            lead_in = None
        if b.kind == "table":
            out.tables.append(Table(sid, heading, b.rows, b.row_lines))
            for r, ln in zip(b.rows, b.row_lines, strict=False):
                out.units.append(Unit(sid, heading, ln, " | ".join(r), "row", table=len(out.tables) - 1))
        else:
            lab = _labelled_item(b.text, sid, by_id, targets, heading)
            if lab is not None:
                tid, label = lab
                if tid not in out.found:
                    out.found[tid] = Found(tid, label, b.line, "label", 0.0)
                sid, heading = tid, label
                if (
                    _LIST_LABEL.match(b.text)
                    or _EMPTY_LABEL.match(b.text)
                    or re.search(r"(?:次|以下)の(?:とおり|通り)", b.text)
                ):
                    lead_in = (tid, label)
            out.units.append(Unit(sid, heading, b.line, b.text, "item" if b.list_item else "para"))
    _split_named_items(out, targets)
    _sole_items(out, targets)
    _leading_text_items(out, targets)
    _company_tables(out, targets)
    return out


# a title that only names the plan type (the form's name): the plan's own title follows
_GENERIC_TITLE = (
    r"\s*(?:戦略産業クラスター計画|地域産業クラスター計画|地場産業成長プラン|地域産業成長プラン)\s*"
    r"(?:[(（]\s*[ABC]?\s*類型?\s*[ABC]?\s*[)）])?\s*(?:\(?[案素]案?\)?)?\s*"
)


def _give_to_item(
    out: Sectioned, item_id: str, label: str, line: int, units: list[Unit], heading: str | None = None
) -> None:
    """Record an item found by what the text says (not by a heading of its own) and move `units`, with the
    tables their rows belong to, under it; `heading` renames them as written under that item."""
    if item_id not in out.found:
        out.found[item_id] = Found(item_id, label, line, "label", 0.0)
    for u in units:
        u.section_id = item_id
        if heading is not None:
            u.heading = heading
        if u.table is not None:
            out.tables[u.table].section_id = item_id
            if heading is not None:
                out.tables[u.table].heading = heading


# the header cell of a company table: 企業名, 事業者名, 社名 …
COMPANY_HEADER = re.compile(r"(?:企業|事業者|事業主体|会社)(?:名|・団体名)?|社名")


def _company_tables(out: Sectioned, targets: list[Target]) -> None:
    """A table headed 企業名 / 事業者名 written straight under a section whose items include the core
    companies (「一緒に取り組む企業と地域」 › the company table) is that item, when no heading named it."""
    for ti, t in enumerate(out.tables):
        sid = t.section_id
        if sid is None or not t.rows or len(t.rows) < 2:
            continue
        if not any(COMPANY_HEADER.fullmatch(unicodedata.normalize("NFKC", h).strip()) for h in t.rows[0]):
            continue
        item = next(
            (x for x in targets if x.parent == sid and x.id not in out.found
             and any(re.search(r"核となる(?:企業|事業者|事業主体)", w) for w in x.wordings)),
            None,
        )  # fmt: skip
        if item is None:
            continue
        _give_to_item(out, item.id, item.heading, t.row_lines[0], [u for u in out.units if u.table == ti])


def _leading_text_items(out: Sectioned, targets: list[Target]) -> None:
    """A section whose later items are written as labels ("選んだ理由：…") and whose first item is the
    unlabelled text that opens it ("私たちが伸ばしたい産業" then "木製家具製造業…です。" then "選んだ
    理由：…"): that opening text is the first item's, when the first item is not found elsewhere."""
    for sid, f in list(out.found.items()):
        items = sorted((t for t in targets if t.parent == sid), key=lambda t: t.order)
        if len(items) < 2 or items[0].id in out.found or f.by != "heading":
            continue
        later = [
            out.found[t.id].line for t in items[1:] if t.id in out.found and out.found[t.id].by == "label"
        ]
        if not later:
            continue
        own = [u for u in out.units if u.section_id == sid and u.line < min(later)]
        if not own or sum(len(u.text.strip()) for u in own) < 5:
            continue
        first = items[0]
        _give_to_item(out, first.id, f.heading, own[0].line, own, heading=first.heading)


def _sole_items(out: Sectioned, targets: list[Target]) -> None:
    """A section with a single item ("6 現地化の取組" whose one item is 現地化の方針) written with its
    text straight under the section heading and no item heading: that text is the item's. A single
    sentence counts ("域外企業の誘致は行わない。" is the 現地化の方針 of a plan that attracts no one: the
    reviewers of QA sets 6 and 7 read it so)."""
    for sid, f in list(out.found.items()):
        items = [t for t in targets if t.parent == sid]
        if len(items) != 1 or items[0].id in out.found or f.by != "heading":
            continue
        own = [u for u in out.units if u.section_id == sid]
        if sum(len(u.text.strip()) for u in own) < 5:
            continue  # an empty section or a stray mark does not write the item out
        _give_to_item(out, items[0].id, f.heading, f.line, own)


def _heading_levels(blocks: list[Block]) -> list[tuple[int, Block, int]]:
    """(index, block, level) of the headings that can give the document its structure: explicit levels
    first, then numbering styles and markup ranked in the order they first appear (outer first)."""
    rank: dict[str, int] = {}
    out: list[tuple[int, Block, int]] = []
    for i, b in enumerate(blocks):
        if b.kind != "heading":
            continue
        if b.level is not None:
            out.append((i, b, b.level))
        elif b.markup or (b.style and b.style != "bullet"):
            key = b.style or "bold"
            out.append((i, b, 10 + rank.setdefault(key, len(rank))))
    return out


def _sections_from_children(blocks: list[Block], targets: list[Target]) -> dict[int, Target]:
    """Headings that name no section clearly ("Ⅱ．どこで、誰と取り組むか", "■ 担い手と拠点") but whose
    direct sub-headings are, read under one section, mostly that section's items: block index → section."""
    sections = [t for t in targets if t.parent is None and any(i.parent == t.id for i in targets)]
    heads = _heading_levels(blocks)
    own: dict[int, Match | None] = {i: best_match(b.text, targets, None, b.number) for i, b, _ in heads}
    level_of = {i: lv for i, _b, lv in heads}
    # sections named clearly by a heading: (block index, level)
    confident: dict[str, list[tuple[int, int]]] = {}
    for i, m in own.items():
        if m is not None and m.score >= 85 and m.target.parent is None:
            confident.setdefault(m.target.id, []).append((i, level_of[i]))
    out: dict[int, Target] = {}
    for k, (i, _b, lv) in enumerate(heads):
        kids: list[tuple[Block, int]] = []
        for _j, c, clv in heads[k + 1 :]:
            if clv <= lv:
                break
            kids.append((c, clv))
        if not kids:
            continue
        top = min(clv for _, clv in kids)
        direct = [c for c, clv in kids if clv == top][:40]  # a section has a handful of items
        m = own[i]
        if m is not None and m.target.parent is None and m.score >= 85:
            continue
        own_section = (m.target.parent or m.target.id) if m is not None else None
        best: tuple[int, bool, int, Target] | None = None
        for sec in sections:
            items: list[str] = []
            for c in direct:
                cm = best_match(c.text, targets, sec.id, c.number)
                if cm is not None and cm.target.parent == sec.id:
                    items.append(cm.target.id)
            # an item heading with sub-headings of its own ("核となる企業" over "選定の理由") stays that
            # item: its children must name two other items of the section
            others = set(items) - ({m.target.id} if m is not None else set())
            if len(others) < 2 or 2 * len(items) < len(direct):
                continue
            key = (len(items), own_section == sec.id, -sec.order, sec)
            if best is None or key[:3] > best[:3]:
                best = key
        if best is None:
            continue
        _n, own_is, _o, sec = best
        if not own_is and any(j != i and jlv <= lv for j, jlv in confident.get(sec.id, [])):
            continue  # the section has a clear heading of its own elsewhere, at this level or above
        if m is None or m.target.id != sec.id:
            out[i] = sec
    return out


_CLAUSE = re.compile(r"^[^、。：:,，]*")


def _split_named_items(out: Sectioned, targets: list[Target]) -> None:
    """A section heading that names two of its items ("KGI及びKPI") with no item headings under it:
    its text is split where a paragraph or table names the next item ("KPIは次のとおり", a table
    headed "KPI"); what comes first belongs to the first item the heading names."""
    for sid, f in list(out.found.items()):
        sec = next((t for t in targets if t.id == sid and t.parent is None), None)
        if sec is None or f.by != "heading":
            continue
        written = unicodedata.normalize("NFKC", f.heading)
        items = [t for t in targets if t.parent == sid and t.id not in out.found]
        named: list[tuple[int, str, Target]] = []
        for t in items:
            words = [w for w in t.wordings if 2 <= len(w) <= 6 and w in written]
            if words:
                w = max(words, key=len)
                named.append((written.index(w), w, t))
        if len(named) < 2:
            continue
        named.sort(key=lambda x: x[0])
        own = [u for u in out.units if u.section_id == sid and u.heading == f.heading]
        if not own:
            continue

        def names(text: str, named: list[tuple[int, str, Target]] = named) -> Target | None:
            hits = [t for _, w, t in named if w in unicodedata.normalize("NFKC", text)]
            return hits[0] if len(hits) == 1 else None

        marks: list[Target | None] = []
        for u in own:
            if u.kind == "row" and u.table is not None:
                marks.append(names(" ".join(out.tables[u.table].rows[0])))
            else:
                marks.append(names(_CLAUSE.match(unicodedata.normalize("NFKC", u.text)).group(0)))
        first = next((x for x in marks if x is not None), None)
        if first is None:
            continue
        order = [t for _, _, t in named]
        cur: Target | None = order[0] if order.index(first) > 0 else None
        word = {t.id: w for _, w, t in named}
        for u, mk in zip(own, marks, strict=True):
            if mk is not None and (cur is None or order.index(mk) >= order.index(cur)):
                cur = mk
            if cur is None:
                continue
            _give_to_item(out, cur.id, word[cur.id], u.line, [u], heading=word[cur.id])


def _jumps_out(
    t: Target, level: int, stack: list[tuple[int, str | None, str]], by_id: dict[str, Target]
) -> bool:
    """Whether a heading deeper than the matched section it is written under was matched to a
    different section (or an item of one)."""
    for lv, sid, _h in reversed(stack):
        if sid is None or lv >= level:
            continue  # closed by this heading
        open_t = by_id.get(sid)
        if open_t is None:
            return False
        open_section = open_t.parent or open_t.id
        return (t.parent or t.id) != open_section
    return False


_LABEL = re.compile(r"^\s*(?:\*\*|__)?(?P<label>[^:：。、\s][^:：。]{1,24}?)(?:\*\*|__)?\s*[:：]\s*\S")
# a bold lead-in with no colon: "**選んだ理由**　英虞湾は…"
_BOLD_LABEL = re.compile(
    r"^\s*(?:\*\*|__)(?P<label>[^*_:：。、\s][^*_:：。]{0,24}?)(?:\*\*|__)\s*(?:[:：]\s*)?\S"
)
# a sentence whose topic is an item's name: "核となる地域は、大川市の家具団地と…です。"
_TOPIC_LABEL = re.compile(r"^\s*(?P<label>[^:：。、\s][^:：。、はが]{1,14}?)は[、,]\s*\S")
# "- 目指すべき目標：" with the table below it
_EMPTY_LABEL = re.compile(r"^\s*(?:\*\*|__)?(?P<label>[^:：。、\s][^:：。]{1,30}?)(?:\*\*|__)?\s*[:：]\s*$")
_LIST_LABEL = re.compile(r"^\s*(?P<label>[^:：。、\s][^:：。、はが]{1,14}?)は(?:次|以下)の(?:とおり|通り)")
LABEL_THRESHOLD = 88.0


def _label_of(text: str, list_label: bool = False) -> tuple[str, bool] | None:
    """The label a paragraph begins with ("特定の理由：…", "**選んだ理由**　…") and whether it is bold.
    With `list_label`, "目標（KGI）は次のとおりです。" also names an item."""
    m = _BOLD_LABEL.match(text)
    if m:
        return m.group("label").strip(), True
    m = (
        _LABEL.match(text)
        or _TOPIC_LABEL.match(text)
        or _EMPTY_LABEL.match(text)
        or (_LIST_LABEL.match(text) if list_label else None)
    )
    return (m.group("label").strip(), False) if m else None


BOLD_LABEL_THRESHOLD = 70.0
# "根拠：", "現状：" under the section they belong to: too short for fuzzy similarity, but the item of this
# section that the word ends or begins (best_match's short-heading rule, plus the section bonus)
SHORT_LABEL_THRESHOLD = 75.0


def _labelled_item(
    text: str, sid: str | None, by_id: dict[str, Target], targets: list[Target], heading: str | None = None
) -> tuple[str, str] | None:
    """A list item or paragraph under a section heading (or under one of its items) that begins with
    an item's name as its label ("- 投資総額：1,150億円", "特定の理由：…", "**選んだ理由**　…") is that
    item's text, as if it had a heading. A bold label is a sub-heading: it needs only a heading's match."""
    if sid is None or not targets:
        return None
    t = by_id.get(sid)
    if t is None:
        return None
    section = t.parent or t.id
    if not any(x.parent == section for x in targets):
        return None
    lab = _label_of(text, list_label=True)
    if lab is None:
        return None
    label, bold = lab
    bm = best_match(label, targets, section)
    if bm is None or bm.target.parent != section or bm.target.id == sid:
        return None
    short = len(clean_heading(label)) <= 3 and bm.score >= SHORT_LABEL_THRESHOLD
    if bm.score < (BOLD_LABEL_THRESHOLD if bold else LABEL_THRESHOLD) and not short:
        return None
    if t.parent is not None and not bold and bm.score < 95:
        return None  # under an item, a plain "label：" is most often a field of that item
    return bm.target.id, label


def _sections_from_labels(blocks: list[Block], targets: list[Target]) -> dict[int, Target]:
    """Headings that name no section clearly ("2) 地域と推進の核となる事業者") whose text is a list of
    labelled entries naming two or more items of one section ("- **核となる地域**：…"): that section."""
    sections = [t for t in targets if t.parent is None and any(i.parent == t.id for i in targets)]
    out: dict[int, Target] = {}
    for i, b in enumerate(blocks):
        if b.kind != "heading" or b.style == "colon":
            continue
        labels: list[tuple[str, bool]] = []
        for c in blocks[i + 1 :]:
            if c.kind == "heading" and not c.list_item:
                break
            lab = (
                (c.text, False)
                if c.kind == "heading" and c.style == "colon"
                else (_label_of(c.text) if c.kind != "table" else None)
            )
            if lab:
                labels.append(lab)
        if len(labels) < 2:
            continue
        own = best_match(b.text, targets, None, b.number)
        if own is not None and own.target.parent is None and own.score >= 85:
            continue
        best: tuple[int, Target] | None = None
        for sec in sections:
            named = set()
            for label, bold in labels:
                bm = best_match(label, targets, sec.id)
                if (
                    bm is not None
                    and bm.target.parent == sec.id
                    and bm.score >= (BOLD_LABEL_THRESHOLD if bold else LABEL_THRESHOLD)
                ):
                    named.add(bm.target.id)
            named.discard(own.target.id if own is not None else "")
            if len(named) >= 2 and (best is None or len(named) > best[0]):
                best = (len(named), sec)
        if best is not None and own is not None and own.target.parent == best[1].id and own.score >= 95:
            continue  # a clear item heading followed by its labelled siblings ("(2) 目指すべき目標", "**(3) 根拠**")
        if best is not None and (own is None or own.target.id != best[1].id):
            out[i] = best[1]
    return out


def guess_targets(
    blocks: list[Block], candidates: dict[str, list[Target]]
) -> tuple[str | None, dict[str, float]]:
    """Which plan type's 記載項目 the headings fit best (used only to place the text, not as the type)."""
    heads = [b.text for b in blocks if b.kind == "heading"]
    scores: dict[str, float] = {}
    for pt, targets in sorted(candidates.items()):
        total = 0.0
        for h in heads:
            if not clean_heading(h):
                continue
            m = best_match(h, targets)
            if m:
                total += m.score
        scores[pt] = round(total, 1)
    if not scores or max(scores.values()) == 0:
        return None, scores
    best = max(sorted(scores), key=lambda k: scores[k])
    return best, scores


# --- plans laid out as one table (記載項目 | 記載内容) ---------------------------------------------

_HEADER_CELL = re.compile(r"^(?:記載)?(?:項目|事項|内容|記載内容|記述|説明|区分|見出し|本文|概要|項目名)$")
LAYOUT_MATCH = 80.0


def _row_label(row: list[str]) -> str:
    return (row[0] if row else "").strip().strip("*_ 　")


def _layout_table(b: Block, target_sets: list[list[Target]]) -> bool:
    """A table whose first column names the 記載項目 of a plan type, one per row, with their text in
    the next column: the layout of the plan, not a table of values."""
    if b.kind != "table" or len(b.rows) < 3 or max(len(r) for r in b.rows) < 2:
        return False
    for targets in target_sets:
        hits: set[str] = set()
        for r in b.rows:
            label = _row_label(r)
            if not label or len(label) > 40 or not any(c.strip() for c in r[1:]):
                continue
            m = best_match(label, targets)
            if m is not None and m.score >= LAYOUT_MATCH:
                hits.add(m.target.id)
        if len(hits) >= 3 and len(hits) >= 0.4 * len(b.rows):
            return True
    return False


def _cell_content(b: Block, i: int, j: int) -> list[Block]:
    line = b.row_lines[i] if i < len(b.row_lines) else b.line
    if b.cells is not None and i < len(b.cells) and j < len(b.cells[i]):
        return list(b.cells[i][j])
    text = b.rows[i][j] if j < len(b.rows[i]) else ""
    text = re.sub(r"<br\s*/?>", "\n", text, flags=re.I)
    out = text_blocks(text) if text.strip() else []
    for x in out:
        x.line = line
        x.row_lines = [line] * len(x.row_lines)
    return out


def _label_lines(label: str, value: str, line: int) -> list[Block]:
    """A metadata row ("計画期間・目標年度 | 令和8～12年度／目標年度 令和17年度") as "key：value" lines,
    a compound label split over the value's "／" parts."""
    parts = [p for p in re.split(r"[・／/]|及び", label) if p]
    if len(parts) < 2 or len(parts[0]) > 10:
        return [Block("para", f"{label}：{value}", line)]
    segs = [s for s in re.split(r"\s*[／/]\s*", value) if s.strip()]
    lines = [f"{parts[0]}：{segs[0]}"] if segs else [f"{parts[0]}：{value}"]
    named = False
    for s in segs[1:]:
        p = next((p for p in parts[1:] if s.startswith(p)), None)
        if p is not None:
            named = True
            lines.append(f"{p}：{s[len(p) :].strip(' 　:：')}")
        else:
            lines[-1] += f"／{s}"
    if not named and len(segs) == len(parts):
        lines = [f"{p}：{s}" for p, s in zip(parts, segs, strict=True)]
    return [Block("para", t, line) for t in lines]


def unfold_layout_tables(blocks: list[Block], target_sets: list[list[Target]]) -> list[Block]:
    """A plan written as one table, a row per 記載項目 (項目 | 記載内容), read as headings with their
    content: the label cell becomes a heading and the content cell's paragraphs, list items and nested
    tables follow it. Rows that name no 記載項目 but hold a short value (計画名・類型・策定主体・計画期間)
    become "key：value" lines, read as metadata."""
    out: list[Block] = []
    for b in blocks:
        if not _layout_table(b, target_sets):
            out.append(b)
            continue
        for i, row in enumerate(b.rows):
            line = b.row_lines[i] if i < len(b.row_lines) else b.line
            label = _row_label(row)
            content = [x for j in range(1, len(row)) for x in _cell_content(b, i, j)]
            if i == 0 and all(_HEADER_CELL.fullmatch(re.sub(r"\s", "", c)) or not c.strip() for c in row):
                continue  # the header row (項目 | 記載内容)
            if not label:
                out += content
                continue
            matched = any(
                (m := best_match(label, ts)) is not None and m.score >= LAYOUT_MATCH for ts in target_sets
            )
            value = " ".join(c.strip() for c in row[1:] if c and c.strip())
            if not matched and len(content) <= 1 and len(value) <= 120 and len(label) <= 20:
                out += _label_lines(label, value, line) if value else []
                continue
            out.append(Block("heading", label, line, style="tablerow", markup=True))
            out += content
    return out
