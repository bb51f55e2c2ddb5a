"""One document model for Markdown, plain text and Word drafts.

    from chiiki_mirai.readers.doctree import parse_document
    doc = parse_document(data, "docx")      # or "markdown" / "text"
    for section, blocks in doc.walk(): ...

See `model.py` for the tree, `numbering.py` for the numbering styles and level inference,
`lines.py` for the line reader every format shares, and `render.py` for writing a tree back out.
"""

from __future__ import annotations

from .docx import parse_docx
from .docx_parts import DocxRefused
from .markdown import parse_markdown
from .model import Block, Document, KeyValue, ListItem, Paragraph, Place, Section, Table
from .render import to_docx, to_markdown, to_text
from .text import parse_text

FORMATS = ("markdown", "text", "docx")


def _as_text(data: bytes | str) -> str:
    if isinstance(data, str):
        return data
    for enc in ("utf-8-sig", "cp932"):
        try:
            return data.decode(enc)
        except UnicodeDecodeError:
            continue
    return data.decode("utf-8", errors="replace")


def parse_document(data: bytes | str, fmt: str) -> Document:
    """Bytes or text in one of FORMATS → Document. Text given as bytes is decoded as UTF-8, else
    CP932 (the caller may decode first with its own detection). Raises ValueError for an unknown
    format or a file that is not a Word document (`DocxRefused`, with a Japanese message, when
    it is refused before parsing)."""
    if fmt == "docx":
        if isinstance(data, str):
            raise ValueError("a docx document must be given as bytes")
        return parse_docx(data)
    if fmt == "markdown":
        return parse_markdown(_as_text(data))
    if fmt == "text":
        return parse_text(_as_text(data))
    raise ValueError(f"unknown format {fmt!r} (expected one of {', '.join(FORMATS)})")


__all__ = [
    "Block",
    "Document",
    "DocxRefused",
    "FORMATS",
    "KeyValue",
    "ListItem",
    "Paragraph",
    "Place",
    "Section",
    "Table",
    "parse_document",
    "parse_docx",
    "parse_markdown",
    "parse_text",
    "to_docx",
    "to_markdown",
    "to_text",
]
