"""Read draft plans (Markdown, text, Word, PDF, YAML, JSON) into the plan model.

`read_path(path)` and `read_bytes(name, data)` return (Plan, parse report). Bad input raises
UserError with a Japanese message. Nothing in a document is ever executed.
"""

from __future__ import annotations

from pathlib import Path

from chiiki_mirai.core.errors import UserError
from chiiki_mirai.core.plan import Plan
from chiiki_mirai.core.result import ParseReport
from chiiki_mirai.readers import limits
from chiiki_mirai.readers.decode import decode_text
from chiiki_mirai.readers.doctree import DocxRefused, parse_document
from chiiki_mirai.readers.pdf import MAX_PDF_BYTES, pdf_text
from chiiki_mirai.readers.pipeline import read_tree
from chiiki_mirai.readers.statements.from_fields import with_statements
from chiiki_mirai.readers.structured import (
    load_json,
    load_yaml,
    plan_from_data,
    structured_report,
)

TEXT_EXT = {".md": "markdown", ".markdown": "markdown", ".txt": "text"}
STRUCT_EXT = {".yaml": "yaml", ".yml": "yaml", ".json": "json"}
DOCX_EXT = {".docx": "docx"}
PDF_EXT = {".pdf": "pdf"}
SUPPORTED = sorted({**TEXT_EXT, **STRUCT_EXT, **DOCX_EXT, **PDF_EXT})


def _read_docx(data: bytes) -> tuple[Plan, ParseReport]:
    try:
        doc = parse_document(data, "docx")
    except DocxRefused as e:  # too many members, too large, a zip bomb, not a Word file
        raise UserError(e.ja) from e
    except ValueError as e:
        raise UserError(f"Word（.docx）ファイルを読めません: {e}") from e
    return read_tree(doc, "docx")


def _read_text(text: str, fmt: str) -> tuple[Plan, ParseReport]:
    lines = text.count("\n") + 1
    if lines > limits.MAX_LINES:  # refused whole, never half-read
        raise UserError(f"行数が多すぎます（{lines:,}行。上限は{limits.MAX_LINES:,}行）")
    # a PDF's text layer comes as Markdown-style text (readers/pdf_text.py)
    try:
        doc = parse_document(text, "markdown" if fmt == "pdf" else fmt)
    except ValueError as e:  # a table past the size limits (an HTML table's spans)
        raise UserError(f"表が大きすぎて読めません: {e}") from e
    return read_tree(doc, fmt)


def read_path(path: str | Path) -> tuple[Plan, ParseReport]:
    p = Path(path)
    if not p.exists():
        raise UserError("ファイルが見つかりません", str(p))
    if p.is_dir():
        raise UserError("フォルダではなく計画ファイルを指定してください", str(p))
    try:
        size = p.stat().st_size
        if size > max_bytes(p.name):
            raise UserError(_too_big(size, max_bytes(p.name)), str(p))
        data = p.read_bytes()
    except PermissionError as e:
        raise UserError("ファイルを読む権限がありません", str(p)) from e
    except OSError as e:
        raise UserError(f"ファイルを読めません（{e.strerror or type(e).__name__}）", str(p)) from e
    return read_bytes(p.name, data, source=str(p))


def max_bytes(name: str) -> int:
    """The size limit for a file of this name (a PDF embeds its fonts and may be larger)."""
    return MAX_PDF_BYTES if Path(name).suffix.lower() in PDF_EXT else limits.MAX_FILE_BYTES


def _too_big(size: int, limit: int = limits.MAX_FILE_BYTES) -> str:
    return f"ファイルが大きすぎます（{size / 1e6:.1f}MB。上限は{limit / 1024 / 1024:.0f}MB）"


def read_bytes(name: str, data: bytes, source: str | None = None) -> tuple[Plan, ParseReport]:
    """A file's bytes (e.g. an upload) → (Plan, report)."""
    src = source or name
    ext = Path(name).suffix.lower()
    try:
        if ext not in TEXT_EXT and ext not in STRUCT_EXT and ext not in DOCX_EXT and ext not in PDF_EXT:
            raise UserError(
                f"対応していないファイル形式です（{ext or '拡張子なし'}）。対応形式: {', '.join(SUPPORTED)}"
            )
        if len(data) > max_bytes(name):
            raise UserError(_too_big(len(data), max_bytes(name)))
        if not data.strip():
            raise UserError("ファイルが空です")
        if ext in DOCX_EXT:
            return _read_docx(data)
        if ext in PDF_EXT:
            return _read_text(pdf_text(data), "pdf")

        text, encoding = decode_text(data)
        if not text.strip():
            raise UserError("ファイルが空です")
        if ext in STRUCT_EXT:
            raw = load_yaml(text) if STRUCT_EXT[ext] == "yaml" else load_json(text)
            plan = with_statements(plan_from_data(raw))
            report = structured_report(plan, STRUCT_EXT[ext])
            report.encoding = encoding
            return plan, report

        plan, report = _read_text(text, TEXT_EXT[ext])
        report.encoding = encoding
        return plan, report
    except UserError as e:
        if e.source is None:
            e.source = src
        raise
    except RecursionError as e:
        raise UserError("入れ子が深すぎて読めません", src) from e
