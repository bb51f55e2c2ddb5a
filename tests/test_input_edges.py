"""The reader's safety limits and the decoder at their edges, on both sides (issue 20).

The numbers are written out here (5 MiB per file, 20,000 lines, 20 MiB per PDF, 1% control characters in the
first 20,000 characters, NUL in the first 8 KiB, 100 YAML aliases, 40 levels of nesting, 2,000 zip members, 60 MiB
uncompressed, a compression ratio of 200), not read from `readers.limits`: moving a limit fails a test here.
"""

from __future__ import annotations

import codecs
import io
import struct
import zipfile

import pytest

from chiiki_mirai.core.errors import UserError
from chiiki_mirai.readers import max_bytes, read_bytes
from chiiki_mirai.readers.decode import decode_text
from chiiki_mirai.readers.structured import load_json, load_yaml

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


def test_nul_after_the_first_8_kib_is_no_binary_sign() -> None:
    text, _ = decode_text(b"a" * 8192 + b"\x00" + b"a" * 100)  # one control character in 8,293: text
    assert text.count("\x00") == 1


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


# --- the decoder's sample, its detection fallback, and where a refusal names the file ------------------------
CONTROL_SAMPLE = 20_000  # characters of a text in which control characters are counted


def test_control_characters_are_counted_in_the_first_20000_characters_only() -> None:
    # 200 control characters in the first 20,000 are exactly 1%: read, whatever follows the sample
    text = "\x01" * 200 + "あ" * (CONTROL_SAMPLE - 200) + "\x01" * 5000
    got, _ = decode_text(text.encode("utf-8"))
    assert got.count("\x01") == 5200
    # a sample one character shorter, or one longer (holding one more control character), is more than 1%
    with pytest.raises(UserError, match="制御文字"):
        decode_text(("\x01" * 200 + "あ" * (CONTROL_SAMPLE - 201)).encode("utf-8"))
    with pytest.raises(UserError, match="制御文字"):
        decode_text(("\x01" * 201 + "あ" * (CONTROL_SAMPLE - 201)).encode("utf-8"))


def test_text_valid_in_both_encodings_is_utf8() -> None:
    # ASCII (and much else) decodes as CP932 too: the first encoding that reads the text wins
    assert decode_text(b"plan: B")[1] == "utf-8"
    assert decode_text("計画".encode())[1] == "utf-8"


def test_neither_utf8_nor_cp932_is_left_to_detection() -> None:
    data = "Ein Plan für die Region, schön.".encode("latin-1")
    for candidate in ("utf-8", "cp932"):
        with pytest.raises(UnicodeDecodeError):
            data.decode(candidate)
    text, enc = decode_text(data, "plan.txt")
    assert enc not in ("utf-8", "cp932") and text.startswith("Ein Plan")


def test_undetectable_bytes_are_refused_with_the_file_name() -> None:
    with pytest.raises(UserError, match="文字コードを判別できません") as e:
        decode_text(bytes(range(128, 256)) * 3, "plan.txt")
    assert e.value.source == "plan.txt"


def test_a_control_character_refusal_names_the_file() -> None:
    with pytest.raises(UserError, match="制御文字") as e:
        decode_text(controls(11), "plan.txt")
    assert e.value.source == "plan.txt"
    with pytest.raises(UserError) as e:
        decode_text(controls(11))
    assert e.value.source is None


# --- structured plans: YAML aliases and nesting ----------------------------------------------------------------
MAX_YAML_ALIASES = 100
MAX_NESTING_DEPTH = 40


def yaml_aliases(n: int) -> str:
    return "a: &x 1\nb: [" + ", ".join(["*x"] * n) + "]\n"


def test_100_yaml_aliases_are_read_101_refused() -> None:
    assert len(load_yaml(yaml_aliases(MAX_YAML_ALIASES))["b"]) == MAX_YAML_ALIASES
    with pytest.raises(UserError, match="エイリアス"):
        load_yaml(yaml_aliases(MAX_YAML_ALIASES + 1))


@pytest.mark.parametrize(("load", "fmt"), [(load_yaml, "YAML"), (load_json, "JSON")])
def test_40_levels_of_nesting_are_read_41_refused(load, fmt: str) -> None:
    assert load("[" * MAX_NESTING_DEPTH + "]" * MAX_NESTING_DEPTH) is not None
    with pytest.raises(UserError, match=f"{fmt} の入れ子が深すぎます"):
        load("[" * (MAX_NESTING_DEPTH + 1) + "]" * (MAX_NESTING_DEPTH + 1))


# --- Word: the zip's members, uncompressed size and compression ratio ---------------------------------------
MAX_DOCX_UNCOMPRESSED = 60 * MIB
MAX_DOCX_MEMBERS = 2_000
MAX_DOCX_RATIO = 200


def zipped(sizes: list[int], method: int = zipfile.ZIP_DEFLATED) -> bytes:
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", method) as zf:
        for i, size in enumerate(sizes):
            zf.writestr(f"m/{i}.bin", b"\x00" * size)
    return buf.getvalue()


def docx_error(data: bytes) -> str:
    with pytest.raises(UserError) as e:
        read_bytes("plan.docx", data)
    return e.value.message


def test_uncompressed_size_at_60_mib_passes_one_byte_more_is_refused() -> None:
    # members of 1,000,000 bytes are below the size at which the ratio is checked
    sizes = [1_000_000] * (MAX_DOCX_UNCOMPRESSED // 1_000_000) + [MAX_DOCX_UNCOMPRESSED % 1_000_000]
    assert sum(sizes) == MAX_DOCX_UNCOMPRESSED
    assert "word/document.xml がありません" in docx_error(zipped(sizes))  # past the size check
    sizes[-1] += 1
    assert "展開後のサイズが大きすぎます" in docx_error(zipped(sizes))


def test_2000_members_pass_2001_are_refused() -> None:
    assert "word/document.xml がありません" in docx_error(zipped([0] * MAX_DOCX_MEMBERS, zipfile.ZIP_STORED))
    assert "構成要素が多すぎます" in docx_error(zipped([0] * (MAX_DOCX_MEMBERS + 1), zipfile.ZIP_STORED))


def with_uncompressed_size(data: bytes, size: int) -> bytes:
    """The zip with its one member's uncompressed size in the central directory set to `size`."""
    at = data.index(b"PK\x01\x02") + 24
    return data[:at] + struct.pack("<I", size) + data[at + 4 :]


def test_a_compression_ratio_of_200_passes_above_it_is_refused() -> None:
    stored = zipped([10_000], zipfile.ZIP_STORED)  # compressed size 10,000
    assert "word/document.xml がありません" in docx_error(with_uncompressed_size(stored, MAX_DOCX_RATIO * 10_000))
    assert "ZIP 爆弾" in docx_error(with_uncompressed_size(stored, MAX_DOCX_RATIO * 10_000 + 1))


def test_an_empty_text_file_is_empty_text() -> None:
    assert decode_text(b"") == ("", "utf-8")


def test_control_characters_are_those_below_space() -> None:
    with pytest.raises(UserError, match="制御文字"):
        decode_text(("\x1f" * 11 + "あ" * 989).encode("utf-8"))  # U+001F, the last control character
    assert decode_text((" " * 500 + "あ" * 500).encode("utf-8"))[0].startswith(" " * 500)  # spaces are text


def test_a_binary_refusal_names_the_file() -> None:
    with pytest.raises(UserError, match="バイナリ") as e:
        decode_text(b"\x00abc", "plan.txt")
    assert e.value.source == "plan.txt"
