"""PDF drafts: a text PDF (printed or saved from Word) → normalised text → the same reader as a text draft.

    text = pdf_text(data)                 # Markdown-style text (see pdf_text.PdfText.to_text)
    plan, report = read_pdf_document(data)

A scanned PDF (no text layer), one with a password, a broken one, or one over the limits raises UserError
with a Japanese message that says what to send instead.
"""

from __future__ import annotations

from chiiki_mirai.core.errors import UserError
from chiiki_mirai.core.plan import Plan
from chiiki_mirai.core.result import ParseReport
from chiiki_mirai.readers.document import read_text_document
from chiiki_mirai.readers.pdf_layout import PageLimitError, PdfLayout, read_layout
from chiiki_mirai.readers.pdf_text import PdfText, normalise_layout

MAX_PDF_BYTES = 20 * 1024 * 1024  # a PDF embeds its fonts: larger than the text formats' limit
MAX_PDF_PAGES = 200
MIN_CHARS_PER_PAGE = 20  # fewer characters than this on average: an image of text (a scan)
MAX_UNMAPPED_SHARE = 0.2  # more glyphs without a character than this: the text cannot be taken out
SEND_INSTEAD = "Word（.docx）の元ファイルか、Word から「PDF として保存」した文字を含む PDF を使ってください。"


def _open_error(e: Exception) -> UserError:
    """pdfminer / pdfplumber exceptions → the user's message (by class name: the classes move between
    pdfminer releases, and a broken file raises many kinds)."""
    # pdfplumber wraps pdfminer's exception (PdfminerException(PDFPasswordIncorrect())): look inside too
    inner = [e, *(a for a in e.args if isinstance(a, BaseException)), e.__context__, e.__cause__]
    names = {c.__name__ for x in inner if x is not None for c in type(x).__mro__}
    if "PDFPasswordIncorrect" in names or "PDFEncryptionError" in names:
        return UserError("パスワードで保護された PDF は読めません。保護を解除した PDF か、" + SEND_INSTEAD)
    return UserError(
        "PDF として読めません（ファイルが壊れているか、PDF 形式ではありません）。" + SEND_INSTEAD
    )


def read_pdf_layout(data: bytes) -> PdfLayout:
    if len(data) > MAX_PDF_BYTES:
        raise UserError(
            f"PDF が大きすぎます（{len(data) / 1e6:.1f}MB。上限は{MAX_PDF_BYTES // 1024 // 1024}MB）"
        )
    if not data.lstrip()[:5].startswith(b"%PDF"):
        raise UserError("PDF として読めません（PDF 形式ではありません）。" + SEND_INSTEAD)
    try:
        layout = read_layout(data, MAX_PDF_PAGES)
    except PageLimitError as e:
        raise UserError(f"PDF のページ数が多すぎます（{e.pages}ページ。上限は{MAX_PDF_PAGES}ページ）") from e
    except RecursionError as e:
        raise UserError("PDF の構造が深すぎて読めません。" + SEND_INSTEAD) from e
    except Exception as e:  # noqa: BLE001 - pdfminer raises many kinds for a broken file
        raise _open_error(e) from e
    if not layout.pages:
        raise UserError("PDF にページがありません。" + SEND_INSTEAD)
    if layout.chars < MIN_CHARS_PER_PAGE * len(layout.pages):
        raise UserError(
            "PDF に文字の情報がありません（スキャンした画像の PDF のようです）。文字を読み取れないため"
            "チェックできません。" + SEND_INSTEAD
        )
    if layout.unmapped > MAX_UNMAPPED_SHARE * (layout.chars or 1):
        raise UserError("PDF の文字を取り出せません（フォントに文字の対応表がありません）。" + SEND_INSTEAD)
    return layout


def read_pdf(data: bytes) -> PdfText:
    """A PDF's bytes → normalised blocks. Raises UserError."""
    return normalise_layout(read_pdf_layout(data))


def pdf_text(data: bytes) -> str:
    """A PDF's bytes → the Markdown-style text the text reader reads. Raises UserError."""
    return read_pdf(data).to_text()


def read_pdf_document(data: bytes) -> tuple[Plan, ParseReport]:
    plan, report = read_text_document(pdf_text(data), "pdf")
    return plan, report
