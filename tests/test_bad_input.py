"""Bad input: every case answered with a Japanese message and exit code 2, never a traceback.

Each case goes through the CLI (`chiiki_mirai.cli.main(["check", path])`) and through the service
functions (UserError from read_plan, BadInput from check_paths). The files are generated in tmp_path.
"""

from __future__ import annotations

import hashlib
import io
import json
import os
import re
import shutil
import zipfile
from pathlib import Path

import pytest

from chiiki_mirai import service
from chiiki_mirai.cli import main
from chiiki_mirai.core.errors import UserError
from chiiki_mirai.core.result import BadInput, CheckResult
from chiiki_mirai.readers import limits

JA = re.compile(r"[\u3040-\u30ff\u4e00-\u9fff]")
EXAMPLES = Path(__file__).resolve().parents[1] / "examples" / "drafts"

GOOD_MD = """# 漆器の海外展開プラン（地場産業成長プラン）

- 計画の類型: C
- 策定主体: 長野県木曽町
- 計画期間: 2026年度〜2030年度

## 1. 地場産業の成長を支援する分野

### (1) 該当する作物・品種等

木曽漆器の椀と盆。

## 3. 現状認識と目指す姿

- 必須KGI: 付加価値増加額 2030年度に 2.7億円
"""


def run_cli(capsys, *args: str) -> tuple[int, str, str]:
    rc = main(["check", *args])
    cap = capsys.readouterr()
    assert "Traceback" not in cap.out and "Traceback" not in cap.err
    return rc, cap.out, cap.err


def assert_refused(capsys, path: Path, *words: str) -> str:
    """CLI exit 2 with a Japanese message; read_plan raises UserError; check_paths gives BadInput."""
    rc, out, err = run_cli(capsys, str(path))
    assert rc == 2, (rc, out[-500:], err[-500:])
    assert JA.search(out + err)
    with pytest.raises(UserError) as ei:
        service.read_plan(path)
    msg = ei.value.message
    assert JA.search(msg), msg
    if words:
        assert any(w in msg for w in words), msg
    [res] = service.check_paths([path])
    assert isinstance(res, BadInput)
    assert res.error == msg
    assert _squash(res.error) in _squash(out + err)  # the user sees the reason
    return msg


def _squash(text: str) -> str:
    return re.sub(r"\s+", "", text)


def _write(tmp_path: Path, name: str, data: bytes | str) -> Path:
    p = tmp_path / name
    p.write_bytes(data.encode("utf-8") if isinstance(data, str) else data)
    return p


def _zip(members: dict[str, bytes]) -> bytes:
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as z:
        for k, v in members.items():
            z.writestr(k, v)
    return buf.getvalue()


# --- empty, binary, not what the extension says -------------------------------------------------


@pytest.mark.parametrize("name", ["empty.md", "empty.txt", "empty.docx", "empty.yaml", "empty.json"])
def test_empty_file(tmp_path, capsys, name):
    assert_refused(capsys, _write(tmp_path, name, b""), "空")


@pytest.mark.parametrize("name", ["blank.md", "blank.txt", "blank.yaml"])
def test_whitespace_only_file(tmp_path, capsys, name):
    assert_refused(capsys, _write(tmp_path, name, " \n\n\t\u3000\n"))


@pytest.mark.parametrize("name", ["noise.md", "noise.txt", "noise.docx", "noise.yaml", "noise.json"])
def test_random_binary_under_document_extension(tmp_path, capsys, name):
    data = bytes((i * 131 + 7) % 256 for i in range(4096))  # every byte value, NULs included
    assert_refused(capsys, _write(tmp_path, name, data))


def test_binary_without_nul_bytes_under_md(tmp_path, capsys):
    data = bytes(b for b in os.urandom(6000) if b)  # no NUL: the decoder must still refuse it
    assert_refused(capsys, _write(tmp_path, "noise.md", data))


def test_png_named_docx(tmp_path, capsys):
    png = b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(200))
    assert_refused(capsys, _write(tmp_path, "plan.docx", png))


def test_zip_that_is_not_a_docx(tmp_path, capsys):
    data = _zip({"readme.txt": "これは Word 文書ではありません".encode()})
    assert_refused(capsys, _write(tmp_path, "plan.docx", data))


def test_docx_with_broken_document_xml(tmp_path, capsys):
    data = _zip({"[Content_Types].xml": b"<Types/>", "word/document.xml": b"<w:document><w:body><w:p>"})
    assert_refused(capsys, _write(tmp_path, "broken.docx", data))


def test_html_in_json(tmp_path, capsys):
    html = "<!DOCTYPE html><html><body><h1>計画</h1></body></html>"
    assert_refused(capsys, _write(tmp_path, "plan.json", html), "JSON")


def test_markdown_in_yaml(tmp_path, capsys):
    assert_refused(capsys, _write(tmp_path, "plan.yaml", "# 計画\n\n- 類型: B\n- 策定主体: 愛知県\n"))


# --- size and structure limits ------------------------------------------------------------------


@pytest.mark.parametrize("name", ["big.md", "big.yaml", "big.docx"])
def test_file_beyond_the_size_limit(tmp_path, capsys, name):
    line = "地域産業の成長に向けた取組を記載する。\n".encode()
    data = line * (limits.MAX_FILE_BYTES // len(line) + 2)
    assert len(data) > limits.MAX_FILE_BYTES
    assert_refused(capsys, _write(tmp_path, name, data), "大きすぎ")


def test_docx_zip_bomb(tmp_path, capsys):
    body = b"<w:p>" + b"a" * (limits.MAX_DOCX_UNCOMPRESSED + 1024) + b"</w:p>"
    data = _zip({"[Content_Types].xml": b"<Types/>", "word/document.xml": body})
    assert len(data) < limits.MAX_FILE_BYTES
    assert_refused(capsys, _write(tmp_path, "bomb.docx", data))


def _laughs(levels: int, width: int) -> list[str]:
    lines = [f"a: &a [{','.join(['lol'] * width)}]"]
    names = "abcdefghijklmnop"[:levels]
    for prev, cur in zip(names, names[1:], strict=False):
        lines.append(f"{cur}: &{cur} [{','.join(['*' + prev] * width)}]")
    return lines


def test_yaml_billion_laughs(tmp_path, capsys):
    text = "\n".join(["plan_type: B", "x:", *("  " + ln for ln in _laughs(10, 12))]) + "\n"
    assert_refused(capsys, _write(tmp_path, "lol.yaml", text), "エイリアス")


def test_yaml_alias_expansion_under_the_alias_limit(tmp_path, capsys):
    """9^9 elements from 72 aliases under a plan key: refused quickly, never expanded."""
    lines = _laughs(9, 9)
    text = "other:\n" + "\n".join("  " + ln for ln in lines) + "\nplan_type: B\nindustry:\n  products: *i\n"
    assert_refused(capsys, _write(tmp_path, "lol.yaml", text))


def test_yaml_deeply_nested(tmp_path, capsys):
    assert_refused(capsys, _write(tmp_path, "deep.yaml", "[" * 100_000 + "]" * 100_000), "入れ子")


def test_json_deeply_nested(tmp_path, capsys):
    assert_refused(capsys, _write(tmp_path, "deep.json", "[" * 100_000 + "]" * 100_000), "入れ子")


def test_json_deeply_nested_objects(tmp_path, capsys):
    assert_refused(capsys, _write(tmp_path, "deep.json", '{"a":' * 100_000 + "1" + "}" * 100_000), "入れ子")


def test_markdown_with_very_many_lines(tmp_path, capsys):
    text = "# 計画\n\n- 計画の類型: B\n" + "- 項目\n" * (limits.MAX_LINES + 10)
    assert len(text.encode()) < limits.MAX_FILE_BYTES
    assert_refused(capsys, _write(tmp_path, "long.md", text))


def test_markdown_html_table_whose_spans_pass_the_cell_limit(tmp_path, capsys):
    row = "<tr>" + '<td colspan="50" rowspan="50">x</td>' * 10 + "</tr>\n"
    text = "# 計画\n\n<table>\n" + row * 1_000 + "</table>\n"
    assert len(text.encode()) < limits.MAX_FILE_BYTES
    assert_refused(capsys, _write(tmp_path, "spans.md", text), "表が大きすぎ")


# --- YAML plans: wrong types, unknown keys, absurd numbers, unknown types ---------------------


@pytest.mark.parametrize(
    ("yaml_text", "where"),
    [
        ("plan_type: B\ntitle: [1, 2]\n", "title"),
        ("plan_type: B\nkgis: 5\n", "kgis"),
        ("plan_type: B\ncore_companies:\n  - role: 製造\n", "name"),
        ("plan_type: B\nperiod: 令和8年度から\n", "period"),
        ("plan_type: B\nauthors:\n  - name: 長野県\n    kind: 国\n", "kind"),
        ("plan_type: B\ntitle: 計画\nfavourite_colour: 青\n", "favourite_colour"),
        ("plan:\n  plan_type: C\n  industry:\n    domian: 漆器\n", "domian"),
        ("plan_type: B\ncore_companies:\n  - name: 株式会社テスト\n    employees: -5\n", "employees"),
        ("plan_type: B\nperiod:\n  start_fy: 99999\n", "start_fy"),
        ("plan_type: B\ntarget_market:\n  value_added_rate: 45\n", "value_added_rate"),
        ("plan_type: D\ntitle: 計画\n", "plan_type"),
        ("- plan_type: B\n- title: 計画\n", "辞書"),
        ("just a string\n", "辞書"),
    ],
)
def test_yaml_plan_with_wrong_content(tmp_path, capsys, yaml_text, where):
    assert_refused(capsys, _write(tmp_path, "plan.yaml", yaml_text), where)


def test_json_plan_with_unknown_key(tmp_path, capsys):
    data = json.dumps({"plan_type": "A", "title": "計画", "budget": 1}, ensure_ascii=False)
    assert_refused(capsys, _write(tmp_path, "plan.json", data), "budget")


@pytest.mark.parametrize(
    "yaml_text",
    [
        "plan_type: B\nkgis:\n  - name: 付加価値増加額\n    kind: value_added\n    value: 1.0e+300\n    year: 2030\n",
        "plan_type: B\nkgis:\n  - name: 付加価値増加額\n    kind: value_added\n    value: .nan\n  - name: 投資額\n"
        "    kind: investment\n    value: .inf\n",
        "plan_type: A\ninvestments:\n  - description: 工場\n    amount: -1.0e+300\n    start_year: 99999\n",
    ],
)
def test_absurd_numbers_never_crash(tmp_path, capsys, yaml_text):
    """Absurd numbers the model accepts must be checked or refused, never an internal error."""
    path = _write(tmp_path, "plan.yaml", yaml_text)
    rc, out, err = run_cli(capsys, str(path), "--format", "json")
    assert rc in (1, 2), err
    if rc == 1:
        json.loads(out, parse_constant=lambda c: pytest.fail(f"non-standard JSON constant {c}"))


def test_absurd_numbers_in_a_markdown_draft(tmp_path, capsys):
    text = GOOD_MD + (
        "\n## 2. 核となる事業者\n\n- 株式会社マイナス（従業員-5名）\n\n"
        "## 4. 目標\n\n- 必須KGI: 付加価値増加額 99999年度に 1e300円\n"
        "- 独自KGI: 輸出額 2030年度に 99999999999999999999999999999999兆円\n"
    )
    rc, out, err = run_cli(capsys, str(_write(tmp_path, "absurd.md", text)))
    assert rc in (0, 1), err
    plan, _ = service.read_plan(tmp_path / "absurd.md")
    assert all(c.employees is None or c.employees >= 0 for c in plan.core_companies)


# --- plan types -------------------------------------------------------------------------------


@pytest.mark.parametrize("value", ["Z", "D", "AB", "1"])
def test_unknown_type_option(tmp_path, capsys, value):
    path = _write(tmp_path, "plan.md", GOOD_MD)
    rc, out, err = run_cli(capsys, "--type", value, str(path))
    assert rc == 2
    assert value in err and JA.search(err)
    plan, _ = service.read_plan(path)
    with pytest.raises(UserError):
        service.check_plan(plan, str(path), plan_type=value)


UNTYPED_TITLE_MD = GOOD_MD.replace("（地場産業成長プラン）", "（素案）")


@pytest.mark.parametrize(
    "text",
    [
        UNTYPED_TITLE_MD.replace("- 計画の類型: C", "- 計画の類型: D"),
        UNTYPED_TITLE_MD.replace("- 計画の類型: C", "- 類型：Ｚ（新しい類型）"),
        GOOD_MD.replace("- 計画の類型: C", "- 計画の類型: D（新類型）"),
    ],
)
def test_unknown_type_in_a_draft_is_never_taken_as_the_type(tmp_path, capsys, text):
    path = _write(tmp_path, "typed.md", text)
    rc, out, err = run_cli(capsys, str(path), "--format", "json")
    assert rc in (1, 2), err
    if rc == 1:
        result = json.loads(out)
        assert result["plan_type"] in (None, "A", "B", "C")
        # the user must be told the written type was not understood
        assert any("類型" in w for w in result["parse_report"]["warnings"])


# --- extensions and paths -----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("name", "data"),
    [("plan.rtf", b"{\\rtf1\\ansi plan}"), ("setup.exe", b"MZ\x90\x00\x03"), ("plan.doc", b"\xd0\xcf\x11\xe0"),
     ("plan", "# 計画\n".encode())],
)
def test_unsupported_extension(tmp_path, capsys, name, data):
    assert_refused(capsys, _write(tmp_path, name, data), "対応していない")


def test_missing_file(tmp_path, capsys):
    assert_refused(capsys, tmp_path / "nowhere.md", "見つかりません")


def test_directory_named_like_a_draft(tmp_path, capsys):
    d = tmp_path / "x.md"
    d.mkdir()
    rc, out, err = run_cli(capsys, str(d))
    assert rc == 2 and JA.search(out + err)
    with pytest.raises(UserError):
        service.read_plan(d)


@pytest.mark.skipif(hasattr(os, "geteuid") and os.geteuid() == 0, reason="root can read a chmod 000 file")
def test_file_without_read_permission(tmp_path, capsys):
    p = _write(tmp_path, "secret.md", GOOD_MD)
    p.chmod(0)
    try:
        assert_refused(capsys, p, "権限")
    finally:
        p.chmod(0o644)


# --- encodings that must read ---------------------------------------------------------------------


@pytest.mark.parametrize("encoding", ["cp932", "shift_jis", "utf-8-sig", "utf-16"])
def test_japanese_encodings_are_read(tmp_path, capsys, encoding):
    path = _write(tmp_path, f"plan_{encoding}.md", GOOD_MD.encode(encoding))
    plan, report = service.read_plan(path)
    assert plan.plan_type == "C"
    assert "漆器" in (plan.title or "")
    rc, out, err = run_cli(capsys, str(path))
    assert rc in (0, 1), err


def test_utf16_without_bom_is_refused_clearly(tmp_path, capsys):
    """Without a BOM UTF-16 cannot be told from binary reliably: refused with a message, never mojibake."""
    path = _write(tmp_path, "plan.md", GOOD_MD.encode("utf-16-le"))
    assert_refused(capsys, path)


# --- batches -------------------------------------------------------------------------------------


def _digest(folder: Path) -> dict[str, str]:
    return {p.name: hashlib.sha256(p.read_bytes()).hexdigest() for p in sorted(folder.iterdir()) if p.is_file()}


def test_batch_with_good_and_bad_files(tmp_path, capsys):
    folder = tmp_path / "batch"
    folder.mkdir()
    good = []
    for p in sorted(EXAMPLES.glob("*.md")):
        shutil.copy(p, folder / p.name)
        good.append(p.name)
    (folder / "simple.md").write_text(GOOD_MD, encoding="utf-8")
    (folder / "plan.yaml").write_text("plan_type: B\ntitle: 水素部品クラスター\n", encoding="utf-8")
    good += ["simple.md", "plan.yaml"]
    bad = {
        "empty.md": b"",
        "noise.docx": bytes(range(256)) * 8,
        "html.json": "<html><body>計画</body></html>".encode(),
        "lol.yaml": b'a: &a [1,1,1,1,1,1,1,1,1]\nb: &b [*a,*a,*a,*a,*a,*a,*a,*a,*a]\nc: [' + b",".join([b"*b"] * 120) + b"]\n",
        "unknown.yaml": b"plan_type: C\nmystery: 1\n",
        "notes.pdf": b"%PDF-1.4\n",  # a PDF with no pages: refused with a reason, the batch goes on
    }
    for name, data in bad.items():
        (folder / name).write_bytes(data)
    (folder / "notes.xlsx").write_bytes(b"PK\x03\x04")  # not a plan extension: a folder skips it
    before = _digest(folder)

    results = service.check_paths([folder])
    by_name = {Path(r.source).name: r for r in results}
    assert set(by_name) == set(good) | set(bad)
    for name in good:
        assert isinstance(by_name[name], CheckResult), name
        assert by_name[name].requirements
    for name in bad:
        r = by_name[name]
        assert isinstance(r, BadInput), name
        assert JA.search(r.error), r.error

    rc, out, err = run_cli(capsys, str(folder), "--format", "json")
    assert rc == 2
    shown = json.loads(out)
    text = json.dumps(shown, ensure_ascii=False)
    for name in bad:
        assert name in text
    for name in good:
        assert name in text
    assert _digest(folder) == before  # the user's files are unchanged


def test_batch_of_explicit_paths_with_a_missing_one(tmp_path, capsys):
    ok = _write(tmp_path, "ok.md", GOOD_MD)
    missing = tmp_path / "missing.md"
    results = service.check_paths([ok, missing])
    assert isinstance(results[0], CheckResult)
    assert isinstance(results[1], BadInput) and "見つかりません" in results[1].error
    rc, out, err = run_cli(capsys, str(ok), str(missing))
    assert rc == 2
    assert "missing.md" in out + err
