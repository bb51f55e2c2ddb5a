"""Markdown → `Document` on markdown-it-py (CommonMark with GFM tables, front matter).

markdown-it gives the blocks: `#` headings, paragraphs, lists, tables, front matter. Each paragraph's
lines then go through the same line reader as plain text, so a numbered heading-like line, a typed
「・」 entry, a 「項目：内容」 line or a bold-only line (`**１．概要**`) reads as it would in a .txt.
HTML is kept as text and never rendered or executed.
"""

from __future__ import annotations

from markdown_it import MarkdownIt
from markdown_it.token import Token
from mdit_py_plugins.front_matter import front_matter_plugin

from . import numbering as nb
from .builder import build_document
from .limits import MAX_LIST_DEPTH
from .line_rules import read_lines
from .lines import Draft, Line
from .model import Document
from .text import check_lines, indent_width, text_lines

# markdown-it stops nesting at this token level (a list adds two levels, a paragraph one)
MAX_NESTING = 2 * MAX_LIST_DEPTH + 8


def _parsers() -> tuple[MarkdownIt, MarkdownIt]:
    """A block parser that leaves inline content alone, and a full one used only on inline content
    that holds Markdown's inline characters (most Japanese prose holds none)."""
    opts = {"maxNesting": MAX_NESTING, "html": True}
    full = MarkdownIt("commonmark", opts).enable("table").disable("reference")
    block = MarkdownIt("commonmark", opts).enable("table").disable(["reference", "inline"])
    return block.use(front_matter_plugin), full


_BLOCK, _INLINE = _parsers()
# the characters that can make an inline token other than text in CommonMark: escapes, code spans,
# emphasis, links and images, autolinks and HTML, entities
_INLINE_SPECIAL = frozenset("\\`*_[]!<&")


# inline content run through the inline parser per document, in characters: past it, inline content
# is read as written (markup characters kept), so a document of nothing but 「*a」 stays fast
INLINE_BUDGET = 100_000


def inline_lines(tok: Token, budget: list[int] | None = None) -> list[tuple[str, bool]]:
    """An inline token's text split at its line breaks: (plain text, whether it is all bold).
    `budget` ([characters left, whether it ran out]) bounds what the inline parser may read."""
    content = tok.content
    if not any(c in _INLINE_SPECIAL for c in content):
        return [(x.strip(), False) for x in content.split("\n")]
    if budget is not None:
        if budget[0] < len(content):
            budget[1] = 1
            return [(x.strip(), False) for x in content.split("\n")]
        budget[0] -= len(content)
    return _child_lines(_INLINE.parseInline(content)[0].children or [])


def _child_lines(children: list[Token]) -> list[tuple[str, bool]]:
    lines: list[tuple[str, bool]] = []
    parts: list[str] = []
    bold = plain = strong = False
    for c in children:
        if c.type in ("softbreak", "hardbreak"):
            lines.append(("".join(parts).strip(), bold and not plain))
            parts, bold, plain = [], False, False
        elif c.type == "strong_open":
            strong = True
        elif c.type == "strong_close":
            strong = False
        elif c.type in ("text", "code_inline", "html_inline", "image"):
            s = c.content
            parts.append(s)
            if s.strip():
                bold, plain = bold or strong, plain or not strong
    lines.append(("".join(parts).strip(), bold and not plain))
    return lines


def parse_front_matter(content: str) -> dict[str, str]:
    """`key: value` lines of a front matter block (read as plain pairs, never as YAML objects)."""
    out: dict[str, str] = {}
    for raw in content.split("\n"):
        key, sep, value = raw.partition(":")
        if sep and key.strip() and not raw.startswith((" ", "\t", "-")):
            out[key.strip()] = value.strip().strip("\"'")
    return out


class _Walker:
    def __init__(self, text: str) -> None:
        self.src = text.split("\n")
        self.tokens = _BLOCK.parse(text)
        self.items: list = []
        self.front: dict[str, str] = {}
        self.warnings: list[str] = []
        self.last_end = 0
        self.blanks = 0
        self.budget = [INLINE_BUDGET, 0]

    def gap(self, tok: Token) -> bool:
        start = tok.map[0] if tok.map else self.last_end
        gap = start > self.last_end
        self.blanks = max(0, start - self.last_end) if self.last_end >= 0 else 1
        if tok.map:
            self.last_end = tok.map[1]
        return gap

    def walk(self) -> None:
        i, toks = 0, self.tokens
        while i < len(toks):
            t = toks[i]
            handler = HANDLERS.get(t.type)
            i = handler(self, i) if handler else i + 1

    def close_of(self, i: int) -> int:
        """The index of the token that closes the one opened at i."""
        depth, j = 0, i
        while j < len(self.tokens):
            depth += self.tokens[j].nesting
            if depth == 0:
                return j
            j += 1
        return j

    def paragraph(self, i: int) -> int:
        t, inline = self.tokens[i], self.tokens[i + 1]
        gap = self.gap(t)
        first = t.map[0] if t.map else 0
        for k, (text, bold) in enumerate(inline_lines(inline, self.budget)):
            if not text:
                continue
            no = first + k
            indent = indent_width(self.src[no])[0] if t.level == 0 and no < len(self.src) else 0
            first_line = k == 0
            self.items.append(
                Line(
                    no + 1,
                    text,
                    indent,
                    gap=gap and first_line,
                    blanks=self.blanks if first_line else 0,
                    join=k > 0,
                    bold=bold,
                )
            )
        return i + 3

    def heading(self, i: int) -> int:
        t, inline = self.tokens[i], self.tokens[i + 1]
        gap = self.gap(t)
        text = " ".join(x for x, _ in inline_lines(inline, self.budget) if x)
        self.items.append(Line(t.map[0] + 1, text, gap=gap, join=False, level=int(t.tag[1])))
        return i + 3

    def table(self, i: int) -> int:
        end = self.close_of(i)
        gap = self.gap(self.tokens[i])
        rows: list[list[str]] = []
        for t in self.tokens[i:end]:
            if t.type == "tr_open":
                rows.append([])
            elif t.type == "inline" and rows:
                rows[-1].append(" ".join(x for x, _ in inline_lines(t, self.budget) if x))
        self.items.append(Draft("table", self.tokens[i].map[0] + 1, gap=gap, rows=rows))
        return end + 1

    def raw_block(self, i: int) -> int:
        """Code, HTML and front matter blocks: their lines as plain text lines (never rendered)."""
        t = self.tokens[i]
        if t.type == "front_matter":
            self.front = parse_front_matter(t.content)
            self.gap(t)
            return i + 1
        gap = self.gap(t)
        lines = text_lines(t.content, (t.map[0] + 1) if t.map else 1)
        if lines:
            lines[0].gap, lines[0].join = gap, False
        self.items.extend(lines)
        return i + 1

    def rule(self, i: int) -> int:
        self.gap(self.tokens[i])
        self.last_end = -1  # a thematic break separates what is around it
        return i + 1


def _marker(t: Token) -> str:
    return f"{t.info}{t.markup}" if t.type == "list_item_open" and t.info else t.markup


def _list(w: _Walker, i: int) -> int:
    end = w.close_of(i)
    gap = w.gap(w.tokens[i])
    roots: list[Draft] = []
    stack: list[Draft] = []
    truncated: tuple[int, int] | None = None
    loose = False
    for k in range(i, end + 1):
        t = w.tokens[k]
        if t.type == "paragraph_open" and t.level == w.tokens[i].level + 2 and not t.hidden:
            loose = True
        if t.type == "list_item_open":
            d = Draft("li", (t.map[0] + 1) if t.map else 0, marker=_marker(t), level=len(stack) + 1, gap=gap)
            (stack[-1].children if stack else roots).append(d)
            stack.append(d)
            nxt = w.tokens[k + 1] if k + 1 < len(w.tokens) else None
            if nxt is not None and nxt.type == "list_item_close" and t.map and t.map[1] - t.map[0] > 1:
                truncated = (t.map[0], t.map[1])  # markdown-it stopped nesting here
        elif t.type == "list_item_close":
            stack.pop()
        elif t.type == "inline" and stack:
            for text, _ in inline_lines(t, w.budget):
                if text and stack[-1].text:
                    stack[-1].append(text)
                elif text:
                    stack[-1].text = stack[-1].last = text
    done = list(roots)
    while done:
        d = done.pop()
        d.finish()
        done.extend(d.children)
    _emit_list(w, roots, loose)
    if truncated is not None:
        _recover(w, truncated)
    return end + 1


def _heading_entry(d: Draft) -> Line | None:
    """A numbered entry that is a bare short line ("1. 概要"), as the line it was typed as."""
    if not d.marker[:1].isdigit():
        return None
    line = f"{d.marker} {d.text}"
    m = nb.split_marker(line)
    if m is None or m.kind != "number" or not nb.heading_like(m.rest):
        return None
    return Line(d.line, line, gap=d.gap, join=False)


def _emit_list(w: _Walker, roots: list[Draft], loose: bool) -> None:
    """Numbered entries that are bare short lines are heading candidates when the list holds one
    entry, or is loose with every entry so ("1. 概要" ⏎⏎ "2. 目的", each over its own content): they
    go to the line reader as typed, and the entries nested under them follow as lists of their own."""
    heads = [_heading_entry(d) for d in roots]
    if not all(heads) or not (len(roots) == 1 or loose or any(d.children for d in roots)):
        w.items.extend(_cap(roots))
        return
    for d, head in zip(roots, heads, strict=True):
        w.items.append(head)
        stack = list(d.children)
        while stack:
            c = stack.pop()
            c.level -= 1
            stack.extend(c.children)
        w.items.extend(_cap(d.children))


def _cap(roots: list[Draft]) -> list[Draft]:
    """Entries nested deeper than the list depth limit become siblings at the limit."""
    stack = [(d, 1) for d in roots]
    while stack:
        d, depth = stack.pop()
        if depth >= MAX_LIST_DEPTH - 1 and d.children:
            flat, todo = [], list(reversed(d.children))
            while todo:
                c = todo.pop()
                todo.extend(reversed(c.children))
                c.children, c.level = [], MAX_LIST_DEPTH
                flat.append(c)
            d.children = flat
            continue
        stack.extend((c, depth + 1) for c in d.children)
    return roots


def _recover(w: _Walker, span: tuple[int, int]) -> None:
    w.warnings.append(
        f"list nesting deeper than {MAX_LIST_DEPTH} levels: lines {span[0] + 1}–{span[1]} read as text"
    )
    lines = text_lines("\n".join(w.src[span[0] : span[1]]), span[0] + 1)
    if lines:
        lines[0].gap, lines[0].join = True, False
    w.items.extend(lines)


HANDLERS = {
    "paragraph_open": _Walker.paragraph,
    "heading_open": _Walker.heading,
    "table_open": _Walker.table,
    "bullet_list_open": _list,
    "ordered_list_open": _list,
    "fence": _Walker.raw_block,
    "code_block": _Walker.raw_block,
    "html_block": _Walker.raw_block,
    "front_matter": _Walker.raw_block,
    "hr": _Walker.rule,
}


def parse_markdown(text: str) -> Document:
    """Markdown → Document. Raises ValueError past MAX_LINES lines."""
    w = _Walker(check_lines(text))
    w.walk()
    if w.budget[1]:
        w.warnings.append(f"inline Markdown past {INLINE_BUDGET:,} characters read as written")
    drafts = read_lines(w.items, w.warnings)
    return build_document(drafts, "markdown", w.warnings, w.front)
