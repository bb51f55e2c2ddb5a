"""The document as units of text with their place: what every statement extractor reads.

A unit is one sentence of a paragraph, one list entry (with its continuation), one key：value line, one
table record, or one heading, each with the 記載項目 it sits under (`item`, from the outline), the heading as
written and its source line. Nothing after this module reads the raw document again.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from chiiki_mirai.core.text.cues import ARROW_CHARS, ARROW_MARK
from chiiki_mirai.core.text.gaps import split_spans, wide_gaps
from chiiki_mirai.core.text.normalize import nfkc, sentences
from chiiki_mirai.readers.doctree import Document, KeyValue, ListItem, Paragraph, Section, Table
from chiiki_mirai.readers.doctree.lines import unclosed_bracket
from chiiki_mirai.readers.doctree.numbering import APPENDIX, APPENDIX_REF, appendix_key, heading_like
from chiiki_mirai.readers.doctree.tables import is_form, is_title_row, label_header
from chiiki_mirai.readers.meta_grammar import meta_key
from chiiki_mirai.readers.outline import Outline
from chiiki_mirai.readers.unit import Unit
from chiiki_mirai.readers.unit_leads import TRAILING_NOTE, indicator_fields, with_leads


def _make(text: str, kind: str, item: str | None, section: str | None, line: int, n: int, **kw) -> Unit:
    return Unit(text=text, norm=nfkc(text), kind=kind, item=item, section=section, line=line, index=n, **kw)


_BOX = re.compile(r"[│┃|｜┌┐└┘├┤─━]+")  # box-drawing frames around a cover block
# a line that is a label and its value: 「策定主体：越前市」「KPI①：…」 (a short label, not a sentence with a colon)
_KV_LINE = re.compile(r"^\s*(?:[・●○◎■◆▪-]\s*)?(?P<key>[^\s:：。、「」]{1,14}?)\s*[:：]\s*(?P<val>\S.*)$")
# several label：value pairs on one line, separated by wide spaces or slashes, each gap before a label
_NEXT_KEY = re.compile(r"[^\s:：。、「」]{1,14}?[^\S\n]{0,4}[:：]")
QUALIFIER_MAX = 14  # a note in brackets at a line's end whose colon labels nothing: at most this long after it


def _bracket_qualifier(key: str, value: str) -> bool:
    """The colon of a short note in brackets at the line's end (「…目標（KGI：令和12年度）」), not a label's."""
    v = value.strip()
    return unclosed_bracket(key) and v.endswith((")", "）")) and len(v) <= QUALIFIER_MAX and not re.search(r"[:：、]", v)


# a slide outline's entry: a short label, an arrow, what the label holds (「伴走分野 → 設備投資・資金／海外販路」). The label
# names a topic, not an amount or a date (「620億円 → 1,000億円」「2030年度 → 受入拠点 稼働」 are a change and a step)
_ARROW_LINE = re.compile(
    rf"^\s*(?:[・●○◎■◆▪-]\s*)?(?P<key>[^\s:：。、「」{ARROW_CHARS}]{{2,14}}?)\s*{ARROW_MARK}\s*(?P<val>\S.*)$"
)
_FIGURE = re.compile(r"[0-9０-９]+(?:[.．,，][0-9０-９]+)*\s*(?:年|月|%|％|億|万|千|百|円|件|社|者|戸|t|ｔ|ha|倍|割|期)|^[0-9０-９]")


def _arrow_pair(line: str) -> list[tuple[str, str, str]] | None:
    """The label → value pair of a slide outline's entry, read as its label：value."""
    m = _ARROW_LINE.match(line)
    if m is None or _FIGURE.search(m.group("key")) or m.group("key").endswith(("から", "より")):
        return None
    return [(m.group("key").strip(), m.group("val").strip(), line[m.start("key") :].strip())]


def _kv_parts(line: str) -> list[tuple[str, str, str]] | None:
    """(key, value, the pair as written from its key on) for each label：value pair of a line (or label → value)."""
    line = _BOX.sub(" ", line).strip()
    if not re.search(r"[:：]", line) and (pair := _arrow_pair(line)) is not None:
        return pair
    parts = [p for p in split_spans(line, wide_gaps(line, _NEXT_KEY)) if p.strip()]
    pairs = []
    for p in parts:
        m = _KV_LINE.match(p)
        if m is None or _bracket_qualifier(m.group("key"), m.group("val")):
            return None  # 「目指すべき目標（KGI：令和12年度）」: the colon sits inside a short bracket
        pairs.append((m.group("key").strip(), m.group("val").strip(), p[m.start("key") :].strip()))
    return pairs or None


# a line set out as 「■投資時期・稼働開始時期　令和８年度着工…」 or 「特定の理由 3造船所と…」: a short label, a space, the content
_SPACED_LABEL = re.compile(r"^(?P<key>[^\s。、，,「」:：]{2,24})(?:\u3000+| +)(?P<val>\S.*)$")
# the label set off by a wide gap, as a form typed in text aligns its values (「投資企業名　　北陸…」「投資内容　　　抗体…」)
_WIDE_GAP = re.compile(r"\u3000{2,}| {3,}")
WIDE_LABEL_MAX = 12


def _spaced_label(line: str, item: str | None, outline: Outline) -> list[tuple[str, str, str]] | None:
    """A line (an entry or a paragraph's line) whose label, set off by a space instead of a colon, names another item
    of the outline than the one it sits under (「■投資時期・稼働開始時期　…」 under 投資概要; 「特定の理由 3造船所と…」 under
    対象区域, a form's cells as a PDF's text flattens them), or naming the item it is under with a wide gap as a typed
    form aligns its values (「投資企業名　　北陸…」 under 投資概要): a label：value pair like any other. A label naming no
    item stays part of its line (「付加価値増加額　　令和十三年度に…」), and so does an indicator's entry (「KPI①　名称…」)."""
    t = _BOX.sub(" ", line).strip()
    m = _SPACED_LABEL.match(t)
    if m is None or re.search(r"KPI|KGI|指標", nfkc(m.group("key"))):
        return None  # an indicator's entry (「KPI①　名称：目標…」) is read by the indicator readers as it is
    own = outline.item_of_label(m.group("key"), item)
    wide = len(m.group("key")) <= WIDE_LABEL_MAX and bool(_WIDE_GAP.match(t, m.end("key")))
    if own is None or (own == item and not wide):
        return None
    return [(m.group("key"), m.group("val").strip(), m.group(0))]


# a label that follows the end of a sentence in a label's value (「設定の根拠：…による。効果検証：毎年度…」)
_RUN_ON_LABEL = re.compile(r"(?<=。)\s*(?P<key>[^\s:：。、「」]{2,14})[:：]")


def _run_on(pairs: list[tuple[str, str, str]], item: str | None, outline: Outline) -> list[tuple[str, str, str]]:
    """Each label：value pair, with a value that runs on, after a sentence's end, into another item's label and text
    cut there (the label must name an item other than its own: 「…。注：…」 stays in its value)."""
    out: list[tuple[str, str, str]] = []
    for key, value, written in pairs:
        own = outline.item_of_label(key, item) or item
        cut = next((m for m in _RUN_ON_LABEL.finditer(value)
                    if (named := outline.item_of_label(m.group("key"), own)) and named != own), None)
        if cut is None:
            out.append((key, value, written))
            continue
        head = value[: cut.start()].rstrip()
        out.append((key, head, written[: written.find(value)] + head if value in written else f"{key}：{head}"))
        rest = value[cut.start() :].strip()
        out += _run_on([(cut.group("key"), rest[len(cut.group(0).strip()) :].strip(), rest)], own, outline)
    return out


def _text_units(  # noqa: PLR0913 - the text, where it sits, and the list entry it is
    text: str, kind: str, item: str | None, section: str | None, line: int, start: int, outline: Outline,
    marker: str | None = None, part: int = 0,
) -> list[Unit]:
    """Lines that are label：value pairs become kv units (placed by their label); the rest are sentences."""
    out: list[Unit] = []
    prose: list[str] = []

    def flush() -> None:
        for s in sentences("\n".join(prose)) if prose else []:
            out.append(_make(s, kind, item, section, line, start + len(out), marker=marker, part=part))
        prose.clear()

    for ln in text.splitlines() or [text]:
        pairs = _kv_parts(ln)
        if pairs is None:
            pairs = _spaced_label(ln, item, outline)
        if pairs is None:
            prose.append(ln)
            continue
        flush()
        for key, _, written in _run_on(pairs, item, outline):  # quoted as written (「域内取引額: 木地・塗料…」)
            own = outline.item_of_key(key, item) or item
            out.append(_make(written, "kv", own, section, line, start + len(out), key=key))
    flush()
    return out


def _block_units(  # noqa: PLR0913 - the block, where it sits, and the appendices the body points to
    block, item: str | None, section: str | None, start: int, outline: Outline, refs: dict[str, str]  # noqa: ANN001
) -> list[Unit]:
    if isinstance(block, Paragraph):
        return _text_units(block.text, "sentence", item, section, block.place.line, start, outline)
    if isinstance(block, ListItem):
        out: list[Unit] = []
        stack = [(block, item)]
        while stack:  # iterative: nesting is capped by the parser, but stay off the recursion limit
            x, home = stack.pop()
            # an entry that is a bare label over entries of its own (「- 特定の理由」 over 「  * …」) places them
            # (its bracketed note aside: 「伴走支援体制（知事を本部長とする「…推進本部」）」 over 「・分野：…」「・頻度：…」)
            # (an indicator over its 「現状値：」「目標値：」 entries names a measure, not an item: see indicator_fields)
            label = TRAILING_NOTE.sub("", x.text).strip() if x.children and not indicator_fields(c.text for c in x.children[:1]) else ""
            own = outline.item_of_label(label, home) if label and heading_like(label) and len(label) <= 20 else None
            here = own or home
            # entries that share a line (bullets a Word paragraph breaks with Shift+Enter) are entries of their own:
            # each entry's units share a part of its own, its first unit's number
            out += _text_units(x.text, "item", here, section, x.place.line, start + len(out), outline, x.marker,
                               part=start + len(out))
            stack.extend((c, here) for c in reversed(x.children))
        return out
    if isinstance(block, KeyValue):
        key, value = _BOX.sub(" ", block.key).strip(), _BOX.sub(" ", block.value).strip()
        pairs = _run_on([(key, value, f"{key}：{value}")], item, outline)
        return [_make(written, "kv", outline.item_of_key(k, item) or item, section, block.place.line, start + i, key=k)
                for i, (k, _, written) in enumerate(pairs)]
    if isinstance(block, Table):
        return _table_units(block, _appendix_item(block.title, outline, refs) or item, section, start, outline)
    return []


def _appendix_item(caption: str | None, outline: Outline, refs: dict[str, str]) -> str | None:
    """An appendix (a table captioned 「別表第２　中核企業」 or a section so headed, after the last chapter) belongs
    to the item its caption names, else to the item whose text points to it (「２　推進事業者　別表第２のとおりと
    する」), not to the section it follows."""
    title = nfkc(caption or "").strip()
    m = APPENDIX.match(title)
    if m is None:
        return None
    return outline.item_of_label(title[m.end() :].strip(" 　:：-－―"), None) or refs.get(appendix_key(m))


_POINTER_HEAD = re.compile(r"^[\s(（]*[0-9０-９一二三四五六七八九十]+[)）.．、\s]*|(?:は|について|については)?[、,\s]*$")


def _appendix_refs(doc: Document, outline: Outline) -> dict[str, str]:
    """Appendix → the first placed item whose text points to it."""
    refs: dict[str, str] = {}
    for sec, blocks in doc.walk():
        item = outline.item_of(sec)
        if item is None:
            continue
        for b in blocks:
            text = " ".join(x for x in (getattr(b, "text", None), getattr(b, "key", None), getattr(b, "value", None)) if x)
            t = nfkc(text)
            for m in APPENDIX_REF.finditer(t):
                # the label before the pointer may name the item within the section (「２　推進事業者　別表第２…」)
                head = _POINTER_HEAD.sub("", t[: m.start()]).strip()
                refs.setdefault(appendix_key(m), outline.item_of_label(head, item) or item)
    return refs


def _labels(cells: list[str]) -> bool:
    labels = [x.strip() for x in cells]
    return all(0 < len(x) <= 30 for x in labels) and len(set(labels)) == len(labels)


def _pairs(rows: list[tuple[str, ...]]) -> list[tuple[str, str]] | None:
    """A form read as key：value pairs: rows of label | value (two columns, short labels on the left), the same
    with a label column split in two (「提案主体 | 提案主体 | 茨城県」 where the label cell is merged across, 「戦略
    分野 | 主 | ⑨…」 where it is divided), or a row of short labels over one row of values (the cover sideways)."""
    if rows and all(len(r) == 2 for r in rows) and _labels([r[0] for r in rows]):
        return [(r[0], r[1]) for r in rows]
    if rows and all(len(r) == 3 for r in rows) and sum(r[0] == r[1] for r in rows) * 2 >= len(rows):
        keys = [r[0].strip() if r[0] == r[1] else f"{r[0].strip()} {r[1].strip()}" for r in rows]
        if _labels(keys) and all(len(r[1].strip()) <= 30 for r in rows):
            return [(k, r[2]) for k, r in zip(keys, rows, strict=True)]
    if (side := _side_by_side(rows)) is not None:
        return side
    if len(rows) == 2 and len(rows[0]) == len(rows[1]) >= 2 and _labels(list(rows[0])):
        return list(zip(rows[0], rows[1], strict=True))
    return None


def _side_by_side(rows: list[tuple[str, ...]]) -> list[tuple[str, str]] | None:
    """A cover laid out as pairs side by side (「策定主体 | 岡山県 | 計画期間 | 令和8年度～」): an even number of
    columns, short labels in the 1st, 3rd… column of every row and a cover label (策定主体, 計画期間…) among each
    row's labels — a row of values under a row of labels has no cover label in its values."""
    width = len(rows[0]) if rows else 0
    if width < 4 or width % 2 or any(len(r) != width for r in rows):
        return None
    keys = [[r[i].strip() for i in range(0, width, 2)] for r in rows]
    if not _labels([k for row in keys for k in row]) or not all(any(meta_key(k) for k in row) for row in keys):
        return None
    return [(r[i], r[i + 1]) for r in rows for i in range(0, width, 2)]


def _table_units(table: Table, item: str | None, section: str | None, start: int, outline: Outline) -> list[Unit]:
    """A table as units: a title row (one merged cell) is a heading; a two-column label | value form gives
    key：value units placed by their labels; any other table gives one record unit per data record."""
    rows = [tuple(r) for r in table.cells]
    out: list[Unit] = []
    line = table.place.line
    if rows and is_title_row(rows[0]):
        title = rows[0][0].strip()
        own = outline.item_of_label(title, item) or item
        out.append(_make(title, "heading", own, section, line, start))
        item, section, rows = own, title, rows[1:]
    if (pairs := _pairs(rows)) is not None:
        if table.title:  # the line over a form (its organisation or subtitle) is a line of the document, not lost
            out.append(_make(table.title.strip(), "sentence", item, section, line, start + len(out)))
        here = item  # each label is judged within the item the label above it named (「対象区域」 then 「特定の理由」)
        for k, v in pairs:
            key, value = k.strip(), v.strip()
            own = outline.item_of_label(key, here) or item
            first, *more = value.splitlines() or [value]
            # a cell of bullets (「・…」「・支援分野：…」): each further bullet read as the entries under a label in the body
            # are; a cell of plain lines (one company per line, then a sentence on them all) stays one value
            if not (more and all(_BULLET_LINE.match(x) for x in [first, *more] if x.strip())):
                first, more = value, []
            out.append(_make(f"{key}：{first.strip()}", "kv", own, section, line, start + len(out), key=key))
            for ln in more:
                out += _text_units(ln.strip(), "item", own, section, line, start + len(out), outline)
            here = own or here
        return out
    laid_out = _laid_out(table, outline)
    # a table whose label column's header names an item (「伴走支援の分野 | 担当 | 体制・頻度」 under the policy package,
    # 「地域へのインパクト | 現状 | 目標」): its rows are that item's
    head = label_header(table)
    headed = outline.item_of_label(head, item) if len(head) >= HEADED_MIN else None
    for r, rec in enumerate(table.data_records()):
        placed = outline.item_of_record(table, r)
        own = placed or headed or item
        if laid_out:  # a plan laid out as 「項目 | 記載内容」: the content cell is the item's text
            label = (list(rec.values())[:1] or [""])[0].strip() or None  # the row's label (「投資概要」) stays its key
            # a form's row is of the item its label names within the section (「核となる事業者」 under chapter 2)
            own = (outline.item_of_label(label, item) if label and placed is None else None) or own
            for piece, part in cell_pieces(list(rec.values())[1:]):
                # a bullet of the cell that is a label and its value (「・支援分野：資金調達、人材確保」) is read as the
                # same line in the body is: a key：value under its own label
                pair = _kv_parts(piece)
                kind, key = ("kv", pair[0][0]) if pair is not None and len(pair) == 1 else ("item", label)
                out.append(_make(pair[0][2] if kind == "kv" else piece, kind, own, section, line, start + len(out), key=key, part=part))
            continue
        text = " / ".join(f"{k}：{v}" for k, v in rec.items() if v)
        out.append(_make(text, "record", own, section, line, start + len(out), key=table.title, record=rec, table=table))
    return out


HEADED_MIN = 4  # a column header this long can name an item; a short one (「取組」「目標」) is a column's word


_BULLET_LINE = re.compile(r"^\s*[・●○◆◇■□▪※\-*]")
_CELL_BULLET = re.compile(r"(?:^|\s)[・●○◆◇■□▪]\s*")


def _laid_out(table: Table, outline: Outline) -> bool:
    """A two-column table whose rows the outline placed at 記載項目 by their labels (the plan written as tables,
    one per chapter), or a table headed as a form (「区分 | 内容 | 備考」): its rows are the items' text, not
    records of data."""
    recs = table.data_records()
    if not recs or table.orientation != "rows":
        return False
    return is_form(table) or (
        all(len(r) == 2 for r in recs) and sum(outline.item_of_record(table, i) is not None for i in range(len(recs))) >= 2
    )


def cell_pieces(cells: list[str], bullet: re.Pattern[str] = _CELL_BULLET) -> list[tuple[str, int]]:
    """The bullets and sentences of a layout table's content cells, each the text of a unit, with the number of
    the line or bullet it is from (the sentences of one bullet are one entry; two bullets are two)."""
    out: list[tuple[str, int]] = []
    part = 0
    for cell in cells:
        for line in (cell or "").splitlines():
            parts = [p for p in bullet.split(line) if p.strip()] if bullet.search(line) else [line]
            for p in parts:
                out += [(x, part) for x in (sentences(p) or [p]) if x.strip()]
                part += 1
    return out


# a sentence announcing what follows (「目標（KGI）は次のとおりです。」「KPIを以下に示す。」): its subject names the item
# a checklist of the requirements the drafter fills in (要件自己点検表, 要件の充足状況, チェックリスト): a claim about the
# plan, read by the reviewer against the plan itself
_SELF_CHECK = re.compile(r"(?:要件|記載項目)[^。]{0,6}(?:自己点検|自己評価|点検|チェック|充足|対応表|対照)|自己点検|チェックリスト|チェックシート")


def _self_check_table(t: Table) -> bool:
    """A table setting each requirement beside where or how the plan meets it (「要件 | 本計画での対応 | 該当箇所」)."""
    labels = [nfkc(k) for k in (t.records[0] if t.records else {})]
    return any(re.fullmatch(r"(?:計画)?要件(?:名)?", k) for k in labels) and any(
        re.search(r"対応|該当箇所|記載箇所|充足", k) for k in labels
    )


def iter_units(doc: Document, outline: Outline) -> Iterator[Unit]:
    """Every unit in document order: the preamble first, then each section's heading and blocks."""
    n = 0
    refs = _appendix_refs(doc, outline)
    carried: str | None = None  # a plan written as tables with no headings: the item the last table left off at
    for b in doc.preamble:
        got, carried = _going_on(b, None, carried, None, n, outline, refs)
        yield from got
        n += len(got)
    for sec, blocks in doc.walk():
        if _SELF_CHECK.search(nfkc(sec.heading)):
            continue  # the drafter's own checklist against the requirements says what the plan claims, not the plan
        blocks = [b for b in blocks if not (isinstance(b, Table) and _self_check_table(b))]
        item = outline.item_of(sec) or _appendix_item(sec.heading, outline, refs)
        yield _make(sec.label, "heading", item, sec.label, sec.place.line, n)
        n += 1
        units: list[Unit] = []
        for b in blocks:
            got, carried = _going_on(b, item, carried, sec.label, n + len(units), outline, refs)
            units += got
        yield from with_leads(units, item, outline)
        n += len(units)


def _going_on(  # noqa: PLR0913 - the block, where it sits, and what the tables before it left
    block, item: str | None, carried: str | None, section: str | None, start: int, outline: Outline, refs: dict[str, str]  # noqa: ANN001
) -> tuple[list[Unit], str | None]:
    """A block's units, and the item the tables have reached after it. Where no item places the text (the preamble, a
    subtitle the outline places nowhere), a table goes on from the item the last table left off at (「（２）核となる
    事業者：下表」: the table under it, and the next form's rows)."""
    table = isinstance(block, Table)
    got = _block_units(block, item or (carried if table else None), section, start, outline, refs)
    if table and item is None:
        carried = next((u.item for u in reversed(got) if u.item), carried)
    return got, carried


def section_of(doc: Document, unit: Unit) -> Section | None:
    """The section a unit's line belongs to (for extractors that need the tree around a unit)."""
    best = None
    for sec, _ in doc.walk():
        if sec.place.line <= unit.line:
            best = sec
    return best
