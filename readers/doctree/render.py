"""A `Document` written back as Markdown, plain text or Word, in the conventions the readers read.

All three share one flow of items (title, headings, lines, blank lines, tables), so they agree on
what touches what: list entries on consecutive lines, every other block set off by a blank line
(an empty paragraph in Word), a table's caption right above it. Parsing what a renderer writes
gives the same tree back (see tests/test_doctree_parity.py).
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass

from . import numbering as nb
from .levels import LevelTracker
from .line_rules import BARE_MAX
from .model import Block, Document, KeyValue, ListItem, Paragraph, Section, Table, join_label
from .render_docx import write_docx

LIST_INDENT = 2  # spaces per list level in text and Markdown


@dataclass
class Item:
    kind: str  # "title" | "heading" | "blank" | "line" | "table"
    text: str = ""
    depth: int = 0
    number: str | None = None
    indent: int = 0
    marker: str = ""
    table: Table | None = None


def _list_items(item: ListItem, depth: int) -> Iterator[Item]:
    stack = [(item, depth)]
    while stack:
        it, d = stack.pop()
        yield Item("line", it.text, indent=d, marker=it.marker)
        stack.extend((c, d + 1) for c in reversed(it.children))


def _blocks(blocks: tuple[Block, ...]) -> Iterator[Item]:
    prev_list = False
    for b in blocks:
        is_list = isinstance(b, ListItem)
        if not (is_list and prev_list):
            yield Item("blank")
        if isinstance(b, ListItem):
            yield from _list_items(b, 0)
        elif isinstance(b, KeyValue):
            yield Item("line", b.plain())
        elif isinstance(b, Paragraph):
            yield Item("line", b.text)
        elif isinstance(b, Table):
            yield Item("table", table=b)
        prev_list = is_list


def flow(doc: Document) -> Iterator[Item]:
    if doc.title:
        yield Item("title", doc.title)
    yield from _blocks(doc.preamble)
    stack: list[Section] = list(reversed(doc.sections))
    while stack:
        s = stack.pop()
        yield Item("blank")
        yield Item("heading", s.heading, depth=s.level, number=s.number)
        yield from _blocks(s.blocks)
        stack.extend(reversed(s.children))


def _compact(items: Iterator[Item]) -> list[Item]:
    """No blank at the start or twice in a row."""
    out: list[Item] = []
    for it in items:
        if it.kind == "blank" and (not out or out[-1].kind == "blank"):
            continue
        out.append(it)
    while out and out[-1].kind == "blank":
        out.pop()
    return out


# --- plain text -------------------------------------------------------------------------------

UNDERLINES = "=-〓━─～"
BRACKET_STYLE = "bracket-whole【"


def _heading_forms(it: Item) -> list[tuple[str | None, list[str]]]:
    """Ways to write a heading in text, each with the style the reader will give it."""
    label = join_label(it.number, it.text)
    if it.number:
        m = nb.split_marker(label)
        style = m.style if m is not None else None
        bare = m is not None and m.kind == "number" and nb.heading_like(m.rest)
        forms = [(style, [label])] if bare else []
        return forms + [(style, [label, "=" * 8])]
    forms: list[tuple[str | None, list[str]]] = [("ul:" + c, [label, c * 8]) for c in UNDERLINES]
    if nb.heading_like(label) and len(label) <= 40:
        forms.insert(2, (BRACKET_STYLE, [f"【{label}】"]))
    return forms


def _text_heading(it: Item, tracker: LevelTracker) -> tuple[list[str], bool]:
    """The lines of a heading in text, and whether the reader will put it at its depth."""
    forms = _heading_forms(it)
    for style, lines in forms:
        explicit = nb.UNDERLINE_LEVELS.get(style or "") if len(lines) == 2 and not it.number else None
        if tracker.copy().place(style, explicit) == it.depth:
            tracker.place(style, explicit)
            return lines, True
    style, lines = forms[0]
    tracker.place(style, nb.UNDERLINE_LEVELS.get(style or "") if not it.number else None)
    return lines, False


def text_can_say(doc: Document) -> bool:
    """Whether plain text can give every heading its depth. It cannot when a heading's numbering
    style, first met after a sibling of another style, would be read one level deeper (a 「1.」 after
    an unnumbered sibling), or when no underline or bracket lands an unnumbered heading at its depth."""
    tracker = LevelTracker()
    items = list(flow(doc))
    headings = all(_text_heading(it, tracker)[1] for it in items if it.kind == "heading")
    return headings and (bool(doc.sections) or not any(_reads_as_heading(it) for it in items))


def _reads_as_heading(it: Item) -> bool:
    """A short bare paragraph in a document without headings (a cover line 「第1伸ばす分野」 over a table): a text
    reader that finds no marked heading takes such lines for headings, so plain text cannot say it."""
    return it.kind == "line" and not it.marker and len(it.text) <= BARE_MAX and nb.heading_like(it.text)


def _pipe_row(cells: tuple[str, ...]) -> str:
    return "| " + " | ".join(c.replace("|", "\\|").replace("\n", "<br>") for c in cells) + " |"


def _table_lines(t: Table, md: bool) -> list[str]:
    out = [_md_escape(t.title) if md else t.title] if t.title else []
    esc = _md_escape if md else (lambda s: s)
    rows = [tuple(esc(c) for c in r) for r in t.cells]
    out.append(_pipe_row(rows[0]))
    out.append("|" + "|".join("---" for _ in rows[0]) + "|")
    out.extend(_pipe_row(r) for r in rows[1:])
    return out


def to_text(doc: Document, crlf: bool = False) -> str:
    tracker = LevelTracker()
    out: list[str] = []
    for it in _compact(flow(doc)):
        if it.kind == "title":
            out.append(it.text)
        elif it.kind == "blank":
            out.append("")
        elif it.kind == "heading":
            out.extend(_text_heading(it, tracker)[0])
        elif it.kind == "line":
            lead = " " * (LIST_INDENT * it.indent)
            out.append(lead + (f"{it.marker} {it.text}" if it.marker else it.text))
        elif it.kind == "table" and it.table is not None:
            out.extend(_table_lines(it.table, md=False))
    return ("\r\n" if crlf else "\n").join(out) + ("\r\n" if crlf else "\n")


# --- Markdown ---------------------------------------------------------------------------------

_MD_INLINE = str.maketrans({c: "\\" + c for c in "\\`*_[]<&"})
_MD_LIST = ("-", "*", "+")
MD_MAX_LEVEL = 6


def _md_escape(s: str) -> str:
    s = s.translate(_MD_INLINE)
    if s and s[0] in "#>=|+-":
        s = "\\" + s
    elif s[:1].isdigit() and s.lstrip("0123456789")[:1] in (".", ")"):
        k = len(s) - len(s.lstrip("0123456789"))
        s = s[:k] + "\\" + s[k:]
    return s


MD_LIST_INDENT = 4  # enough for a nested list under "-", "1." or "10."


def _md_marker(marker: str) -> bool:
    return marker in _MD_LIST or (marker[:-1].isdigit() and marker[-1:] in ".)")


def _md_line(it: Item) -> str:
    lead = " " * (MD_LIST_INDENT * it.indent)
    if _md_marker(it.marker):
        return f"{lead}{it.marker} {_md_escape(it.text)}"
    text = _md_escape(it.text)
    return lead + (f"{it.marker} {text}" if it.marker else text)


def to_markdown(doc: Document) -> str:
    out: list[str] = []
    shift = 1 if doc.title else 0
    in_md_list = False
    for it in _compact(flow(doc)):
        if it.kind == "line" and it.indent == 0 and in_md_list and not _md_marker(it.marker):
            out.append("")  # a typed line right after a Markdown list would continue its last entry
        if it.kind != "line" or it.indent == 0:
            in_md_list = it.kind == "line" and _md_marker(it.marker)
        if it.kind == "title":
            out.append("# " + _md_escape(it.text))
        elif it.kind == "blank":
            out.append("")
        elif it.kind == "heading":
            level = it.depth + shift
            label = _md_escape(join_label(it.number, it.text)).lstrip("\\")
            out.append(("#" * level + " " + label) if level <= MD_MAX_LEVEL else f"**{label}**")
        elif it.kind == "line":
            out.append(_md_line(it))
        elif it.kind == "table" and it.table is not None:
            out.extend(_table_lines(it.table, md=True))
    return "\n".join(out) + "\n"


def to_docx(doc: Document) -> bytes:
    return write_docx(_compact(flow(doc)))
