"""PDF drafts: PDFs printed from QA and corpus drafts (tests/data/pdf_drafts/, made by
`python -m benchmarks.pdf_drafts --fixtures`) give the draft's statuses; bad PDFs get a Japanese message and
exit code 2 while a batch goes on. The benchmark over every draft is benchmarks/bench_pdf_parity.py."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pytest

from chiiki_mirai import readers
from chiiki_mirai.cli import main
from chiiki_mirai.core.errors import UserError
from chiiki_mirai.knowledge.loader import load_kb
from chiiki_mirai.readers import SUPPORTED, read_bytes, read_path
from chiiki_mirai.readers import pdf as pdf_reader
from chiiki_mirai.readers.pdf import pdf_text
from chiiki_mirai.rules.check import evaluate

ROOT = Path(__file__).resolve().parents[1]
PDFS = ROOT / "tests" / "data" / "pdf_drafts"
GOOD = sorted(p for p in PDFS.glob("*.pdf") if not p.name.startswith("bad_"))
SOURCES = [*ROOT.glob("tests/data/qa_drafts*/*"), *ROOT.glob("tests/corpus/independent/*/drafts/*")]
TODAY = date(2026, 5, 20)


def source_of(pdf: Path) -> Path:
    return next(p for p in SOURCES if p.stem == pdf.stem and p.suffix in (".md", ".txt", ".docx"))


def statuses(path: Path) -> tuple[str | None, dict[str, str]]:
    plan, _ = read_path(path)
    r = evaluate(plan, load_kb(), source=path.name, today=TODAY)
    return r.plan_type, {i.id: i.status for i in r.requirements + r.checks}


def test_fixture_set_is_small_and_varied():
    assert 10 <= len(GOOD) <= 40
    assert sum(p.stat().st_size for p in PDFS.iterdir()) < 10 * 1024 * 1024
    assert {source_of(p).suffix for p in GOOD} == {".md", ".txt", ".docx"}
    assert {statuses(source_of(p))[0] for p in GOOD[:6]} | {"A", "B", "C"} == {"A", "B", "C"}


def test_pdfs_give_the_drafts_statuses():
    """≥ 95% of the items keep their status and every plan type is the draft's (the issue's target)."""
    items = same = 0
    diffs = []
    for pdf in GOOD:
        t_src, s_src = statuses(source_of(pdf))
        t_pdf, s_pdf = statuses(pdf)
        assert t_pdf == t_src, f"{pdf.name}: plan type {t_src} → {t_pdf}"
        for k, v in s_src.items():
            items += 1
            same += s_pdf.get(k) == v
            if s_pdf.get(k) != v:
                diffs.append(f"{pdf.name} {k}: {v} → {s_pdf.get(k)}")
    assert same / items >= 0.95, diffs


def test_pdf_text_reads_tables_headings_and_joined_lines():
    text = pdf_text((PDFS / "w1_01_a_iwate_semiconductor.pdf").read_bytes())
    assert text.startswith(
        "# 戦略産業クラスター計画 候補プロジェクト提案書（素案）"
    )  # a title broken over two lines
    assert "## 第1 戦略産業クラスター計画の概要" in text
    assert "| 観点 | 内容 |\n| --- | --- |" in text
    # a cell's wrapped lines are one cell
    assert (
        "| 既存の産業集積 | 北上市・金ケ崎町・奥州市を中心に半導体・電子部品関連の事業所が約140か所立地し、"
        in text
    )
    # a row the page break cut is one row
    assert "「特定半導体生産施設整備等計画」の認定済み（令和7年12月、助成上限額1,650億円）" in text


def test_pdf_text_restores_typed_tables_and_indented_blocks():
    W2 = "\u3000\u3000"
    pasted = pdf_text((PDFS / "w20_02_c_takko_shingo_garlic.pdf").read_bytes()).split("\n")
    # a spreadsheet pasted with runs of spaces: its columns again, each row a line of its own
    assert f"\u3000事業者名{W2}{W2}所在{W2}区分" in pasted[pasted.index(next(x for x in pasted if "事業者名" in x))]
    row = next(i for i, x in enumerate(pasted) if x.startswith("\u3000(株)たっこガーリックファクトリー\u3000"))
    assert pasted[row].endswith(f"乾燥チップ{W2}24,300") and "田子にんにく生産出荷組合" in pasted[row + 1]
    collapsed = pdf_text((PDFS / "w20_04_c_mogami_onsen.pdf").read_bytes())
    # a tab-typed Markdown table the rendering collapsed to single spaces
    assert f"\nKPI{W2}現状{W2}R10{W2}R12{W2}担当{W2}期限・進め方{W2}撤退基準\n" in collapsed
    blocks = pdf_text((PDFS / "w22_02_a_osumi_uchu.pdf").read_bytes())
    assert "\n" + "―" * 38 + "\n" in blocks  # a rule of 「―」 drawn with ligature glyphs, each read once
    # a 【】 label and the block under it keep their indents (the list nested deeper)
    assert f"\n{W2}【県の考え方】\n{W2}\u3000射場の稼働" in blocks
    assert f"\n{W2}{W2}・志布志港 重量物岸壁の改良（国・県、約35億円）\n{W2}{W2}・肝付町内" in blocks


def test_pdf_is_a_supported_format_everywhere():
    assert ".pdf" in SUPPORTED
    plan, report = read_bytes("plan.pdf", (PDFS / "qa02_c_onsen_village.pdf").read_bytes())
    assert report.format == "pdf" and plan.plan_type == "C"


@pytest.mark.parametrize(
    ("name", "message"),
    [
        ("bad_scanned.pdf", "スキャンした画像の PDF"),
        ("bad_password.pdf", "パスワードで保護された PDF"),
        ("bad_truncated.pdf", "PDF として読めません"),
    ],
)
def test_bad_pdfs_get_a_message(name, message):
    with pytest.raises(UserError) as e:
        read_path(PDFS / name)
    assert message in e.value.message
    assert e.value.source.endswith(name)
    assert "Word（.docx）" in e.value.message  # what to send instead


@pytest.mark.parametrize(
    "data",
    [
        b"%PDF-1.7\n garbage",
        b"PK\x03\x04 a zip named .pdf",
        "計画書".encode(),
        b"%PDF-1.4\n" + b"\x00" * 5000,
    ],
)
def test_not_a_pdf(data):
    with pytest.raises(UserError, match="PDF として読めません"):
        read_bytes("x.pdf", data)


def test_limits(monkeypatch):
    data = (PDFS / "qa02_c_onsen_village.pdf").read_bytes()
    monkeypatch.setattr(pdf_reader, "MAX_PDF_PAGES", 1)
    with pytest.raises(UserError, match="ページ数が多すぎます"):
        read_bytes("x.pdf", data)
    monkeypatch.setattr(readers, "MAX_PDF_BYTES", 1000)
    with pytest.raises(UserError, match="大きすぎます"):
        read_bytes("x.pdf", data)


def test_batch_goes_on_past_bad_pdfs(capsys, tmp_path):
    for name in ("bad_scanned.pdf", "bad_password.pdf", "qa02_c_onsen_village.pdf"):
        (tmp_path / name).write_bytes((PDFS / name).read_bytes())
    code = main(["check", str(tmp_path), "--format", "json", "--today", "2026-05-20"])
    assert code == 2
    out = json.loads(capsys.readouterr().out)
    by_name = {Path(o["source"]).name: o for o in out}
    assert set(by_name) == {"bad_scanned.pdf", "bad_password.pdf", "qa02_c_onsen_village.pdf"}
    assert "スキャン" in by_name["bad_scanned.pdf"]["error"]
    assert "パスワード" in by_name["bad_password.pdf"]["error"]
    assert by_name["qa02_c_onsen_village.pdf"]["plan_type"] == "C"


def test_single_bad_pdf_exits_2_without_traceback(capsys):
    assert main(["check", str(PDFS / "bad_truncated.pdf")]) == 2
    err = capsys.readouterr().err
    assert "PDF として読めません" in err and "Traceback" not in err
