"""Bytes → text: UTF-8 (with or without BOM), Shift_JIS/CP932 and what charset-normalizer detects.

Binary content under a text extension is refused rather than read as mojibake.
"""

from __future__ import annotations

import codecs

from charset_normalizer import from_bytes

from chiiki_mirai.core.errors import UserError

_CONTROL_OK = {"\n", "\r", "\t", "\f", "\v"}


def _looks_binary(data: bytes) -> bool:
    return b"\x00" in data[:8192]


def _too_many_controls(text: str) -> bool:
    sample = text[:20000]
    if not sample:
        return False
    bad = sum(1 for ch in sample if ord(ch) < 32 and ch not in _CONTROL_OK)
    return bad / len(sample) > 0.01


def decode_text(data: bytes, name: str = "") -> tuple[str, str]:
    """Decode a text file → (text with \\n line ends, encoding name). Raises UserError."""
    if data.startswith(codecs.BOM_UTF8):
        text, enc = data[len(codecs.BOM_UTF8) :].decode("utf-8", errors="strict"), "utf-8-sig"
    elif data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        text, enc = data.decode("utf-16"), "utf-16"
    else:
        if _looks_binary(data):
            raise UserError("テキストファイルではありません（バイナリデータが含まれています）", name or None)
        text = enc = None
        # strict UTF-8 first: a valid UTF-8 Japanese file is never valid CP932 by accident in practice
        for candidate in ("utf-8", "cp932"):
            try:
                text, enc = data.decode(candidate), candidate
                break
            except UnicodeDecodeError:
                continue
        if text is None:
            best = from_bytes(data).best()
            if best is None:
                raise UserError(
                    "文字コードを判別できません（UTF-8 または Shift_JIS で保存してください）", name or None
                )
            text, enc = str(best), best.encoding
    if _too_many_controls(text):
        raise UserError("テキストファイルではありません（制御文字が多すぎます）", name or None)
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    return text, enc
