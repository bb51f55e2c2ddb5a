"""Word (.docx) → `Document` with python-docx.

Body paragraphs and tables are read in document order. A paragraph becomes a `Line` for the shared
line reader, with what Word knows about it: a heading style (Heading N / 見出し N / outline level)
gives an explicit level, Word's own list numbering is rendered into the text (so an auto-numbered
「第1」 or 「1.」 reads as if typed), a bullet list paragraph is a list entry, a bold-only short
paragraph may be a heading, and the indent is the nesting of typed 「・」 entries. Tables are
expanded on their grid (gridSpan, vMerge), nested tables flattened into their cell's text; a text box's
paragraphs are read after the paragraph that anchors it.
"""

from __future__ import annotations

import io

from . import limits
from .builder import build_document
from .docx_layout import LAYOUT_VALUE, is_bar, layout_cells, layout_rows, table_next
from .docx_numbering import Numbering
from .docx_parts import Styles, W, check_zip, indent_of, num_pr, on
from .docx_revisions import accept_changes
from .line_rules import read_lines
from .lines import Draft, Line
from .model import Document
from .text import indent_width

# run children read as text, and containers whose runs are read; anything else (deleted text,
# field codes, drawings and text boxes, properties) is skipped
_RUN_TEXT = {f"{W}t": None, f"{W}tab": "\t", f"{W}br": "\n", f"{W}cr": "\n", f"{W}noBreakHyphen": "-"}
_CONTAINERS = {f"{W}hyperlink", f"{W}ins", f"{W}smartTag", f"{W}fldSimple", f"{W}sdt", f"{W}sdtContent",
               f"{W}customXml", f"{W}moveTo", f"{W}dir", f"{W}bdo"}  # fmt: skip


def _runs(p):  # noqa: ANN001, ANN202 - a w:p element; yields w:r elements in order
    stack = list(reversed(list(p)))
    while stack:
        el = stack.pop()
        if el.tag == f"{W}r":
            yield el
        elif el.tag in _CONTAINERS:
            stack.extend(reversed(list(el)))


class _Reader:
    def __init__(self, document) -> None:  # noqa: ANN001 - a python-docx Document
        self.styles = Styles(document.styles.element)
        try:
            numbering_root = document.part.numbering_part.element
        except (KeyError, NotImplementedError, AttributeError):
            numbering_root = None
        self.numbering = Numbering(numbering_root)
        self.items: list = []
        self.warnings: list[str] = []
        self.index = 0
        self.cells = 0
        self.gap = False
        self.blanks = 0
        self.box_depth = 0
        self.layout_depth = 0
        self.heading_level = 0  # the level of the last Word heading outside layout tables: a layout table's labels go under it
        self.after_layout = 0  # the level of the labels of the layout table just read (0: something else came after it)
        self.table_next = False  # the next block (past empty paragraphs) is a table

    def run_text(self, p) -> tuple[str, bool]:  # noqa: ANN001 - a w:p element
        """A paragraph's text and whether every run with text in it is bold."""
        parts: list[str] = []
        all_bold, any_text = True, False
        para_bold = self.styles.get(self._style_id(p)).bold
        for r in _runs(p):
            rpr = r.find(f"{W}rPr")
            bold = para_bold
            if rpr is not None and (on(rpr.find(f"{W}strike")) or on(rpr.find(f"{W}dstrike"))):
                continue  # struck-through wording is deleted (a revision shown by hand), not the plan
            if rpr is not None:
                rs = rpr.find(f"{W}rStyle")
                if rs is not None and self.styles.get(rs.get(f"{W}val")).bold:
                    bold = True
                if rpr.find(f"{W}b") is not None:
                    bold = on(rpr.find(f"{W}b"))
            for c in r:
                s = c.text if c.tag == f"{W}t" else _RUN_TEXT.get(c.tag, "")
                if s:
                    parts.append(s)
                    if s.strip():
                        any_text = True
                        all_bold = all_bold and bold
        return "".join(parts), any_text and all_bold

    @staticmethod
    def _style_id(p) -> str | None:  # noqa: ANN001
        ppr = p.find(f"{W}pPr")
        ps = ppr.find(f"{W}pStyle") if ppr is not None else None
        return ps.get(f"{W}val") if ps is not None else None

    def paragraph(self, p) -> None:  # noqa: ANN001 - a w:p element
        self.index += 1
        text, bold = self.run_text(p)
        if not text.strip():
            self.gap = True
            self.blanks += 1
            return
        ppr = p.find(f"{W}pPr")
        style = self.styles.get(self._style_id(p))
        num = num_pr(ppr) or style.num
        label = self.numbering.label(*num) if num is not None else None
        listed = bool(label and label[1]) or (style.bullet and label is None)
        if label is not None:
            text = f"{label[0]} {text.strip()}" if label[0] else text
        # Word numbers two list levels alike (「1.」 and 「1.」): each list level is a style of its own
        prefix = f"w{self.numbering.nums.get(num[0], '')}.{num[1]}:" if label and not label[1] else ""
        indent = indent_of(ppr)
        if indent is None:
            indent = style.indent if style.indent is not None else (self.numbering.indent(*num) if num else 0)
        level = _outline_level(ppr) or (style.heading if not style.title else None)
        if level is None and self.after_layout and self.table_next and is_bar(text.strip()):
            # 「KPI及びKPI未達時の撤退基準」 between a chapter's layout table and a table: it heads that table beside the
            # layout's items, not inside the last of them
            level = self.after_layout
        self.after_layout = 0
        if level is not None and not self.layout_depth:
            self.heading_level = level
        if (bold or level is not None or style.title) and "\n" in text.strip():
            # a heading or title broken over lines (「周南地域 水素…」↵「…候補プロジェクト提案書」) is one paragraph: one heading
            text = " ".join(x.strip() for x in text.split("\n") if x.strip())
        for k, raw in enumerate(text.split("\n")):
            extra, rest = indent_width(raw)
            if not rest.strip():
                continue
            self.items.append(
                Line(
                    self.index,
                    rest.strip(),
                    indent + extra,
                    gap=self.gap and k == 0,
                    blanks=self.blanks if k == 0 and self.items else 0,
                    join=k > 0,
                    bold=bold,
                    level=level,
                    title=style.title,
                    listed=listed,
                    style_prefix=prefix if k == 0 else "",
                )
            )
        self.gap, self.blanks = False, 0
        if len(self.items) > limits.MAX_LINES:
            raise ValueError(f"docx has too many lines (at most {limits.MAX_LINES:,})")

    def table(self, tbl) -> None:  # noqa: ANN001 - a w:tbl element
        cells = layout_cells(tbl, self.cell_text) if self.layout_depth < limits.MAX_CELL_NESTING else None
        if cells is not None:  # a heading bar or a layout drawn with a table: its paragraphs are the document's
            self.layout_depth += 1  # layouts nested in layouts are unwrapped to the nesting limit, then kept as tables
            for tc in cells:
                self.body(tc)
            self.layout_depth -= 1
            return
        rows = layout_rows(tbl, self.cell_text) if self.layout_depth < limits.MAX_CELL_NESTING else None
        if rows is not None:  # a whole plan laid out as 「記載項目 | 内容」 rows: each label heads its cell's content
            self.layout_depth += 1
            self.layout(rows)
            self.layout_depth -= 1
            return
        self.after_layout = 0
        self.index += 1
        rows, merges = self.grid(tbl, 0)
        self.items.append(Draft("table", self.index, gap=self.gap, rows=rows, merges=merges))
        self.gap, self.blanks = False, 0

    def layout(self, rows: list[tuple[list[str], object]]) -> None:
        """The rows of a layout table: a label that changes from the row above heads the content at its depth (a
        number column goes with the label beside it); a short one-line content is the label's value. Under a Word
        heading (a chapter's 「項目 | 内容」 table) the labels head sections one level below it."""
        above: list[str] = []
        base = self.heading_level
        for labels, tc in rows:
            if tc is None:  # a chapter bar: its label only
                above = list(labels)
                self.index += 1
                self.items.append(Line(self.index, labels[0], 0, gap=True, join=False, level=base + 1))
                continue
            content = self.cell_text(tc, 0)
            short = "\n" not in content and len(content) <= LAYOUT_VALUE and "。" not in content and tc.find(f"{W}tbl") is None
            for depth, label in enumerate(labels):
                if depth < len(above) and above[depth] == label:
                    continue
                above = above[:depth]
                if short and depth == len(labels) - 1:
                    break
                self.index += 1
                self.items.append(Line(self.index, label, 0, gap=True, join=False, level=base + depth + 1))
            above = list(labels)
            if short and content:
                self.index += 1
                self.items.append(Line(self.index, f"{labels[-1]}：{content}", 0, gap=True, join=False))
            else:
                self.gap = True
                self.body(tc)
        self.after_layout = base + 1 if base else 0

    def grid(self, tbl, depth: int) -> tuple[list[list[str]], tuple]:  # noqa: ANN001
        """A table's rows on its grid: a merged cell's text in every grid cell it covers."""
        rows: list[list[str]] = []
        origin: dict[int, list[int]] = {}  # grid column → the [row, col, rowspan, colspan] of its cell
        merges: list[list[int]] = []
        for tr in tbl.iterchildren(f"{W}tr"):
            row: list[str] = []
            trpr = tr.find(f"{W}trPr")
            before = _val_int(trpr, "gridBefore") if trpr is not None else 0
            row.extend([""] * before)
            for tc in tr.iterchildren(f"{W}tc"):
                tcpr = tc.find(f"{W}tcPr")
                span = max(1, min(_val_int(tcpr, "gridSpan") or 1, 10_000))
                vm = tcpr.find(f"{W}vMerge") if tcpr is not None else None
                col = len(row)
                if vm is not None and vm.get(f"{W}val", "continue") == "continue" and col in origin:
                    text = rows[-1][col] if rows and col < len(rows[-1]) else ""
                    origin[col][2] += 1
                else:
                    text = self.cell_text(tc, depth)
                    area = [len(rows), col, 1, span]
                    for k in range(col, col + span):
                        origin[k] = area
                    if span > 1 or vm is not None:
                        merges.append(area)
                row.extend([text] * span)
            self.cells += len(row)
            if self.cells > limits.MAX_TABLE_CELLS:
                raise ValueError("docx tables have too many cells")
            rows.append(row)
        kept = tuple(tuple(a) for a in merges if a[2] > 1 or a[3] > 1)
        return rows, kept

    def cell_text(self, tc, depth: int) -> str:  # noqa: ANN001 - a w:tc element
        """A cell's paragraphs, one a line; a nested table's rows flattened into it."""
        parts: list[str] = []
        for child in tc:
            if child.tag == f"{W}p":
                t = self.run_text(child)[0].replace("\n", " ").strip()
                if t:
                    parts.append(t)
            elif child.tag == f"{W}tbl" and depth < limits.MAX_CELL_NESTING:
                rows, _ = self.grid(child, depth + 1)
                parts.extend(" | ".join(c for c in r if c) for r in rows if any(r))
            elif child.tag == f"{W}sdt":
                content = child.find(f"{W}sdtContent")
                if content is not None:
                    parts.extend(x for x in (self.run_text(p)[0].strip() for p in content.iter(f"{W}p")) if x)
        return "\n".join(parts)

    def text_boxes(self, p) -> None:  # noqa: ANN001 - a w:p element
        """The text boxes anchored in a paragraph, read after it as the document's own paragraphs: each box once
        (Word writes a VML copy under mc:Fallback), boxes in boxes to a small depth."""
        if self.box_depth >= MAX_BOX_DEPTH:
            return
        for box in p.iter(_TXBX):
            if _copy_or_nested(box, p):
                continue
            self.box_depth += 1
            self.body(box)
            self.box_depth -= 1

    def body(self, el) -> None:  # noqa: ANN001 - w:body or a block-level w:sdtContent
        stack = list(reversed(list(el)))
        while stack:
            child = stack.pop()
            if child.tag == f"{W}p":
                self.table_next = table_next(stack)
                self.paragraph(child)
                self.text_boxes(child)
            elif child.tag == f"{W}tbl":
                self.table(child)
            elif child.tag in (f"{W}sdt", f"{W}sdtContent", f"{W}customXml"):
                stack.extend(reversed(list(child)))


_TXBX = f"{W}txbxContent"
_FALLBACK = "{http://schemas.openxmlformats.org/markup-compatibility/2006}Fallback"
MAX_BOX_DEPTH = 3  # a text box inside a text box inside a text box is read; deeper ones are not


def _copy_or_nested(box, p) -> bool:  # noqa: ANN001 - lxml elements
    """A box under mc:Fallback (the VML copy of one already read) or inside another box (read with that one)."""
    for a in box.iterancestors():
        if a is p:
            return False
        if a.tag in (_FALLBACK, _TXBX):
            return True
    return False


def _val_int(parent, name: str) -> int:  # noqa: ANN001
    el = parent.find(f"{W}{name}") if parent is not None else None
    v = el.get(f"{W}val", "0") if el is not None else "0"
    return int(v) if v.isdigit() else 0


def _outline_level(ppr) -> int | None:  # noqa: ANN001 - a w:pPr element or None
    """A paragraph's own outline level (Word's 「アウトライン レベル」 1–9), if set."""
    el = ppr.find(f"{W}outlineLvl") if ppr is not None else None
    v = el.get(f"{W}val", "9") if el is not None else "9"
    return int(v) + 1 if v.isdigit() and int(v) < 9 else None


def parse_docx(data: bytes) -> Document:
    """A .docx → Document. Raises ValueError for a file that is not a Word document or could
    expand without bound (a zip bomb)."""
    check_zip(data)
    # lazy: python-docx (lxml) only when a Word file is read
    import docx

    try:
        document = docx.Document(io.BytesIO(data))
    except Exception as e:  # noqa: BLE001 - python-docx raises many kinds for a broken file
        raise ValueError(f"not a readable docx file ({type(e).__name__})") from e
    body = document.element.body
    if len(body) > limits.MAX_LINES:
        raise ValueError(f"docx has too many paragraphs ({len(body):,}; at most {limits.MAX_LINES:,})")
    accept_changes(body)  # a file returned with tracked changes reads as accepted
    reader = _Reader(document)
    reader.body(body)
    drafts = read_lines(reader.items, reader.warnings)
    return build_document(drafts, "docx", reader.warnings)
