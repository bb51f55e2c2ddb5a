"""Plain text (already decoded) → `Document`, through the numbering-aware line reader."""

from __future__ import annotations

from .builder import build_document
from .limits import MAX_LINES
from .line_rules import read_lines
from .lines import Line
from .model import Document
from .pages import without_page_furniture

_INDENT_WIDTH = {" ": 1, "\u3000": 2, "\t": 4}


def indent_width(raw: str) -> tuple[int, str]:
    """(columns of leading whitespace, the rest)."""
    n = 0
    for k, ch in enumerate(raw):
        w = _INDENT_WIDTH.get(ch)
        if w is None:
            return n, raw[k:]
        n += w
    return n, ""


def _bold(text: str) -> tuple[bool, str]:
    """A whole line in **…** (text written the Markdown way): bold."""
    if len(text) > 4 and text.startswith("**") and text.endswith("**") and "**" not in text[2:-2]:
        return True, text[2:-2].strip()
    return False, text


def _hashes(text: str) -> tuple[int | None, str]:
    """「## 見出し」 in a text file written the Markdown way: an explicit level."""
    n = len(text) - len(text.lstrip("#"))
    if 1 <= n <= 6 and text[n : n + 1] in (" ", "\u3000") and text[n:].strip(" \u3000#"):
        return n, text[n:].strip(" \u3000").rstrip("#").strip()
    return None, text


def text_lines(text: str, first_line: int = 1, hashes: bool = True) -> list[Line]:
    """Non-blank lines with their indent and the blank lines above them; with `hashes`, a line
    「# 見出し」 is a heading of that level (a text file written the Markdown way)."""
    out: list[Line] = []
    blanks = 0
    for k, raw in enumerate(text.split("\n")):
        kept = raw.rstrip(" \t\r\u3000\ufeff")
        indent, rest = indent_width(kept)
        if not rest:
            blanks += 1
            continue
        bold, rest = _bold(rest)
        level, rest = _hashes(rest) if hashes and rest[0] == "#" else (None, rest)
        gap = blanks > 0
        out.append(
            Line(
                first_line + k,
                rest,
                indent,
                gap=gap,
                blanks=blanks if out else 0,
                join=not gap,
                bold=bold,
                level=level,
                tabs=kept[: len(kept) - len(rest)].count("\t"),
                set_in=kept[: len(kept) - len(rest)].endswith("\u3000"),
            )
        )
        blanks = 0
    return out


def check_lines(text: str) -> str:
    """The text with \n line ends; ValueError past MAX_LINES lines (counted in C, before reading)."""
    text = text.removeprefix("\ufeff").replace("\r\n", "\n").replace("\r", "\n")
    n = text.count("\n") + 1
    if n > MAX_LINES:
        raise ValueError(f"too many lines ({n:,}; at most {MAX_LINES:,})")
    return text


def parse_text(text: str) -> Document:
    """Plain text → Document. Raises ValueError past MAX_LINES lines."""
    warnings: list[str] = []
    text = check_lines(text)
    drafts = read_lines(without_page_furniture(text_lines(text)), warnings)
    return build_document(drafts, "text", warnings)
