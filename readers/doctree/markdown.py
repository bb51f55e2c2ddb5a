"""Markdown → `Document` on markdown-it-py (CommonMark with GFM tables, front matter).

markdown-it gives the blocks: `#` and underlined headings, paragraphs, tables, fenced code, HTML,
front matter. Each paragraph's lines then go through the same line reader as plain text, so a
numbered heading-like line, a list entry (「- 」「1. 」 or a typed 「・」, nested by its indent and
continued on indented lines), a 「項目：内容」 line or a bold-only line (`**１．概要**`) reads as it
would in a .txt. markdown-it's own list, indented-code and block-quote rules are off: in a plan an
indented line is content, a quote mark is layout (stripped), and reading lists the way text is read
keeps the two formats in step and stays linear (markdown-it's list rule costs ~30 µs an entry).
HTML is kept as text and never rendered or executed.
"""

from __future__ import annotations

import re

from markdown_it import MarkdownIt
from markdown_it.token import Token
from mdit_py_plugins.attrs import attrs_plugin
from mdit_py_plugins.deflist import deflist_plugin
from mdit_py_plugins.front_matter import front_matter_plugin

from .builder import build_document
from .html_table import HTML_TABLE, html_table, table_balance
from .line_rules import read_lines
from .lines import Draft, Line
from .model import Document
from .text import check_lines, indent_width, text_lines

MAX_NESTING = 20  # nothing nests with lists and block quotes off; a bound all the same
DEFINITION_INDENT = 2  # a definition nests under its term
_OFF = ["reference", "list", "code", "blockquote"]


def _parsers() -> tuple[MarkdownIt, MarkdownIt]:
    """A block parser that leaves inline content alone, and a full one used only on inline content
    that holds Markdown's inline characters (most Japanese prose holds none)."""
    opts = {"maxNesting": MAX_NESTING, "html": True}
    # pandoc's attributes after a span (「[重要]{.underline}」) are markup: the span's text stays, the braces go
    full = MarkdownIt("commonmark", opts).enable(["table", "strikethrough"]).disable(_OFF).use(attrs_plugin, spans=True)
    block = MarkdownIt("commonmark", opts).enable("table").disable([*_OFF, "inline"])
    return block.use(front_matter_plugin).use(deflist_plugin), full


_BLOCK, _INLINE = _parsers()
# an HTML comment (「<!-- 要確認：窓口の所管 -->」) is the drafter's note, invisible in the rendered document: not the
# plan; an unclosed one runs to the end of its block, as a browser would hide it
_COMMENT = re.compile(r"<!--.*?(?:-->|\Z)", re.S)


def _uncommented(text: str) -> str:
    """`text` without its HTML comments, each replaced by its line breaks (so line numbers stay)."""
    return _COMMENT.sub(lambda m: "\n" * m.group().count("\n"), text) if "<!--" in text else text


# the characters that can make an inline token other than text in CommonMark: escapes, code spans,
# emphasis, strikethrough, links and images, autolinks and HTML, entities
_INLINE_SPECIAL = frozenset("\\`*_~[]!<&")


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


LEAD_IN_MAX = 20  # a bold lead-in longer than this is emphasis in a sentence, not a label
_LEAD_STOP = frozenset("。、，,「」")
_PARTICLES = frozenset("とのをにがはでやへもか")


_TOPIC_AFTER = re.compile(r"^は[、，,]\s*")  # 「**支援する分野**は、…」: the bold words are the topic of the line


def _lead_in(parts: list[str], s: str) -> bool:
    """Whether plain text `s` after an all-bold start (「**核となる地域**　城下町地区」) makes that start
    a label: the lead is short, not a sentence, and a space stands between it and its content."""
    lead = "".join(parts).strip()
    return (
        0 < len(lead) <= LEAD_IN_MAX
        and not any(c in _LEAD_STOP for c in lead)
        and lead[-1] not in ":："
        and (s[:1] in (" ", "\u3000", "\t") or bool(_TOPIC_AFTER.match(s)))
        and bool(s.strip())
        and s.strip()[:1] not in ":："
        and (s.strip()[:1] not in _PARTICLES or bool(_TOPIC_AFTER.match(s.strip())))  # 「**太字** と …」 goes on
    )


# bold CommonMark leaves as written beside Japanese punctuation: a closing 「**」 after 「）」 and before 「が」 is not
# right-flanking (「相談は、**若狭町産業振興課（担当2名）**が受ける」); the markers are markup, not text (nor a 「＊＊」 slot)
_LEFT_BOLD = re.compile(r"\*\*(?=\S)([^*\n]+?)(?<=\S)\*\*")


def _plain(line: str) -> str:
    return _LEFT_BOLD.sub(r"\1", line) if "**" in line else line


def _child_lines(children: list[Token]) -> list[tuple[str, bool]]:
    lines: list[tuple[str, bool]] = []
    parts: list[str] = []
    bold = plain = strong = struck = False
    for c in children:
        if c.type in ("s_open", "s_close"):
            # 「~~2028年度~~ 2030年度」: struck-through text is deleted wording (a revision), not the plan
            struck = c.type == "s_open"
        elif struck or (c.type == "html_inline" and c.content.startswith("<!--")):
            continue
        elif c.type in ("softbreak", "hardbreak"):
            lines.append((_plain("".join(parts).strip()), bold and not plain))
            parts, bold, plain = [], False, False
        elif c.type == "strong_open":
            strong = True
        elif c.type == "strong_close":
            strong = False
        elif c.type in ("text", "code_inline", "html_inline", "image"):
            s = c.content
            if s.strip() and not strong and bold and not plain and _lead_in(parts, s):
                # a bold lead-in followed by its content is a label：value line, as a colon would make it (a bold
                # topic, 「**中心となる地域**は、…」, too: the topic marker goes with the label)
                parts = ["".join(parts).strip() + "：", _TOPIC_AFTER.sub("", s.strip())]
                plain = True
                continue
            parts.append(s)
            if s.strip():
                bold, plain = bold or strong, plain or not strong
    lines.append((_plain("".join(parts).strip()), bold and not plain))
    return lines


def parse_front_matter(content: str) -> dict[str, str]:
    """`key: value` lines of a front matter block (read as plain pairs, never as YAML objects)."""
    out: dict[str, str] = {}
    for raw in content.split("\n"):
        key, sep, value = raw.partition(":")
        if sep and key.strip() and not raw.startswith((" ", "\t", "-")):
            k = FRONT_KEYS.get(key.strip().lower(), key.strip())
            out.setdefault(k, value.strip().strip("\"'"))
    return out


# pandoc's front matter keys as the cover's labels (「author: 富山県 商工労働部」 is 「作成：富山県 商工労働部」); a key in
# Japanese (「策定主体: 岐阜県」) is a label as written
FRONT_KEYS = {"title": "計画名", "author": "作成", "institute": "作成", "subtitle": "副題", "date": "作成日"}
_HEADING_ATTRS = re.compile(r"\s*\{\s*(?:[#.][^{}\s]+\s*|[A-Za-z_-]+=\S+\s*)+\}\s*$")


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
        self.ends: list[int] | None = None  # table_ends, computed when an HTML table first needs it

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
            indent, rest = indent_width(self.src[no]) if t.level == 0 and no < len(self.src) else (0, "")
            set_in = indent > 0 and self.src[no][: len(self.src[no]) - len(rest)].endswith("\u3000")
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
                    set_in=set_in,
                )
            )
        return i + 3

    def heading(self, i: int) -> int:
        t, inline = self.tokens[i], self.tokens[i + 1]
        gap = self.gap(t)
        text = " ".join(x for x, _ in inline_lines(inline, self.budget) if x)
        text = _HEADING_ATTRS.sub("", text)  # pandoc's 「# 第1 概要 {#sec:overview}」: the id is no part of the heading
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
        """Code, HTML and front matter blocks: their lines as plain text lines (never rendered); an HTML table is a
        table."""
        t = self.tokens[i]
        if t.type == "front_matter":
            self.front = parse_front_matter(t.content)
            self.gap(t)
            return i + 1
        gap = self.gap(t)
        if t.type == "html_block" and HTML_TABLE.match(t.content):
            html, j = self.html_run(i)
            found = html_table(html)
            if found.rows:
                start = (t.map[0] + 1) if t.map else 1
                self.around(found.before, start, gap)
                self.items.append(Draft("table", start, found.title, gap=gap, rows=found.rows))
                self.around(found.after, start + html.rstrip().count("\n"), True)
                return j
        self.around([_uncommented(t.content)], (t.map[0] + 1) if t.map else 1, gap)
        return i + 1

    def around(self, texts: list[str], at: int, gap: bool) -> None:
        """Raw text as plain lines from line `at` on (a block's, or text in an HTML table's block outside the table:
        「<p>撤退基準：…</p>」 after it)."""
        lines = text_lines("\n".join(texts), at, hashes=False)
        if lines:
            lines[0].gap, lines[0].join = gap, False
        self.items.extend(lines)

    def html_run(self, i: int) -> tuple[str, int]:
        """An HTML table from its block on, to the line that closes it (a blank line inside the table ends Markdown's
        HTML block, and the rows after it come as blocks of their own), and the index of the first token after it.
        A table never closed is its block as written: the document after it is not taken in."""
        t = self.tokens[i]
        if not t.map or table_balance(t.content) <= 0:
            return t.content, i + 1
        end = self.table_ends()[t.map[0]]
        if end < 0:
            return t.content, i + 1
        j = i + 1
        while j < len(self.tokens) and (self.tokens[j].map is None or self.tokens[j].map[0] < end):
            j += 1
        self.last_end = end
        return "\n".join(self.src[t.map[0] : end]), j

    def table_ends(self) -> list[int]:
        """For each line, the line after the one where the tables opened from it on are all closed again (-1: never):
        the next position whose running count of open tables is no higher, found for all lines at once (linear)."""
        if self.ends is None:
            count = [0]
            for line in self.src:
                count.append(count[-1] + table_balance(line))
            self.ends, stack = [-1] * len(count), []
            for k in range(len(count) - 1, -1, -1):
                while stack and count[stack[-1]] > count[k]:
                    stack.pop()
                self.ends[k] = stack[-1] if stack else -1
                stack.append(k)
        return self.ends

    def deflist(self, i: int) -> int:
        """A definition list (「輸出商談件数」 over 「: 目標　年40件」「: 担当　産業政策課」): each term a list entry, its
        definitions the entries nested under it, as a typed list of the same shape reads."""
        end = self.close_of(i)
        self.gap(self.tokens[i])
        depth = 0
        for t in self.tokens[i:end]:
            if t.type in ("dt_open", "dd_open"):
                depth = 0 if t.type == "dt_open" else DEFINITION_INDENT
            elif t.type == "inline" and t.map:
                for k, (text, bold) in enumerate(inline_lines(t, self.budget)):
                    if text:
                        self.items.append(Line(t.map[0] + k + 1, f"・{text}", depth, join=False, bold=bold))
        return end + 1

    def rule(self, i: int) -> int:
        self.gap(self.tokens[i])
        self.last_end = -1  # a thematic break separates what is around it
        return i + 1


def strip_quotes(text: str) -> str:
    """Block-quote marks (「> 」, up to three spaces before each) removed: layout, not structure."""
    if ">" not in text:
        return text
    out = []
    for line in text.split("\n"):
        rest = line
        while True:
            body = rest.lstrip(" ")
            if len(rest) - len(body) > 3 or not body.startswith(">"):
                break
            rest = body[2:] if body[1:2] == " " else body[1:]
        out.append(rest)
    return "\n".join(out)


HANDLERS = {
    "paragraph_open": _Walker.paragraph,
    "heading_open": _Walker.heading,
    "table_open": _Walker.table,
    "fence": _Walker.raw_block,
    "code_block": _Walker.raw_block,
    "html_block": _Walker.raw_block,
    "front_matter": _Walker.raw_block,
    "hr": _Walker.rule,
    "dl_open": _Walker.deflist,
}


def parse_markdown(text: str) -> Document:
    """Markdown → Document. Raises ValueError past MAX_LINES lines."""
    w = _Walker(strip_quotes(check_lines(text)))
    w.walk()
    if w.budget[1]:
        w.warnings.append(f"inline Markdown past {INLINE_BUDGET:,} characters read as written")
    drafts = read_lines(w.items, w.warnings)
    return build_document(drafts, "markdown", w.warnings, w.front)
