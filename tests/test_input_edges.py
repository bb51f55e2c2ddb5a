"""The reader's safety limits and the decoder at their edges, on both sides (issue 20).

The numbers are written out here (5 MiB per file, 20,000 lines, 20 MiB per PDF, 1% control characters,
NUL in the first 8 KiB), not read from `readers.limits`: moving a limit fails a test here.
"""

from __future__ import annotations

import codecs

import pytest

from chiiki_mirai.core.errors import UserError
from chiiki_mirai.readers import max_bytes, read_bytes
from chiiki_mirai.readers.decode import decode_text

MIB = 1024 * 1024
MAX_FILE_BYTES = 5 * MIB
MAX_PDF_BYTES = 20 * MIB
MAX_LINES = 20_000

JA = "地域産業クラスターの形成を目指す。"


# --- encodings --------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("data", "encoding"),
    [
        (JA.encode("utf-8"), "utf-8"),
        (codecs.BOM_UTF8 + JA.encode("utf-8"), "utf-8-sig"),
        (codecs.BOM_UTF16_LE + JA.encode("utf-16-le"), "utf-16"),
        (codecs.BOM_UTF16_BE + JA.encode("utf-16-be"), "utf-16"),
        # CP932's own characters (①, ㈱, ～, 髙) are not Shift_JIS: read as CP932, never guessed
        ("①髙橋㈱の計画～2030年度".encode("cp932"), "cp932"),
        (JA.encode("shift_jis"), "cp932"),
    ],
    ids=["utf-8", "utf-8-bom", "utf-16-le", "utf-16-be", "cp932-only-chars", "shift_jis"],
)
def test_each_encoding_is_read_as_itself(data: bytes, encoding: str) -> None:
    text, enc = decode_text(data)
    assert enc == encoding
    assert text == data.decode({"utf-8-sig": "utf-8-sig", "utf-16": "utf-16"}.get(enc, enc))


def test_cp932_text_keeps_its_characters() -> None:
    text, _ = decode_text("①髙橋㈱の計画～2030年度\r\n策定主体：北浜県\r".encode("cp932"))
    assert text == "①髙橋㈱の計画～2030年度\n策定主体：北浜県\n"


def test_line_ends_become_line_feeds() -> None:
    assert decode_text(b"a\r\nb\rc\n")[0] == "a\nb\nc\n"


def test_a_bom_with_bad_utf8_is_refused_not_guessed() -> None:
    with pytest.raises(UnicodeDecodeError):
        decode_text(codecs.BOM_UTF8 + "計画".encode("cp932"))


# --- refusals: binary and control characters --------------------------------------------------------------


def test_nul_in_the_first_8_kib_is_binary() -> None:
    data = b"a" * 8191 + b"\x00" + b"a" * 100
    with pytest.raises(UserError, match="バイナリ"):
        decode_text(data)


def controls(n_bad: int, length: int = 1000) -> bytes:
    """`length` characters of which `n_bad` are control characters (\\x01), the rest Japanese text."""
    return ("\x01" * n_bad + "あ" * (length - n_bad)).encode("utf-8")


def test_one_percent_of_control_characters_is_still_text() -> None:
    text, _ = decode_text(controls(10))  # 10 / 1000 = 1%
    assert text.count("\x01") == 10


def test_more_than_one_percent_is_refused() -> None:
    with pytest.raises(UserError, match="制御文字"):
        decode_text(controls(11))  # 11 / 1000 > 1%


def test_tabs_form_feeds_and_line_ends_are_no_control_characters() -> None:
    text, _ = decode_text(("\t\f\v\r\n" * 100 + "あ" * 10).encode("utf-8"))
    assert text.startswith("\t\f\v\n")


# --- size and line limits ---------------------------------------------------------------------------------


def sized_json(size: int) -> bytes:
    """A JSON plan of exactly `size` bytes (padded with white space, which JSON reads fast)."""
    head = '{"plan_type": "B", "title": "計画"}'.encode()
    return head + b" " * (size - len(head))


def test_the_size_limits_are_as_written() -> None:
    assert max_bytes("a.md") == max_bytes("a.docx") == max_bytes("a.yaml") == MAX_FILE_BYTES
    assert max_bytes("a.pdf") == MAX_PDF_BYTES


def test_a_file_of_exactly_5_mib_is_read() -> None:
    data = sized_json(MAX_FILE_BYTES)
    assert len(data) == MAX_FILE_BYTES
    plan, _ = read_bytes("plan.json", data)
    assert plan.plan_type == "B"


def test_one_byte_more_is_refused() -> None:
    data = sized_json(MAX_FILE_BYTES + 1)
    with pytest.raises(UserError, match="大きすぎ"):
        read_bytes("plan.json", data)


def test_a_pdf_one_byte_over_20_mib_is_refused_before_it_is_parsed() -> None:
    with pytest.raises(UserError, match="大きすぎ"):
        read_bytes("plan.pdf", b"%PDF-1.7\n" + b"0" * (MAX_PDF_BYTES - 8))


def lines(n: int) -> bytes:
    return ("# 計画\n" + "本文。\n" * (n - 2) + "本文。").encode("utf-8")  # n lines, the last unterminated


def test_20000_lines_are_read() -> None:
    data = lines(MAX_LINES)
    assert data.decode().count("\n") + 1 == MAX_LINES
    read_bytes("plan.txt", data)


def test_20001_lines_are_refused() -> None:
    with pytest.raises(UserError, match="行数が多すぎます"):
        read_bytes("plan.txt", lines(MAX_LINES + 1))
