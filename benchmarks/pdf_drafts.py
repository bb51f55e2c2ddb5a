"""PDFs printed from the drafts, as an office prints them: LibreOffice headless turns each draft into a PDF.

    python -m benchmarks.pdf_drafts OUT_DIR            # every QA and corpus draft → OUT_DIR/*.pdf
    python -m benchmarks.pdf_drafts --fixtures         # the committed set → tests/data/pdf_drafts/

Word drafts are converted as they are. Markdown drafts become HTML first (markdown-it, tables ruled as Word
draws them) and are opened in Writer; plain-text drafts are opened as text (UTF-8), one paragraph per line, so
the PDF looks like the draft opened in a word processor and printed. Needs `soffice` (`apt-get install -y libreoffice-writer-nogui fonts-noto-cjk`); never run
in CI. The fixture set also gets the bad PDFs the reader must refuse (a scan, a password, a broken file;
the password needs `qpdf`).
"""

from __future__ import annotations

import argparse
import shutil
import subprocess
import tempfile
from pathlib import Path

from markdown_it import MarkdownIt

from chiiki_mirai.readers.decode import decode_text

ROOT = Path(__file__).resolve().parents[1]
FIXTURES = ROOT / "tests" / "data" / "pdf_drafts"
DRAFT_GLOBS = ("tests/data/qa_drafts*/*", "tests/corpus/independent/*/drafts/*")
SUFFIXES = (".md", ".txt", ".docx")
# the committed set: every layout the corpus has (Markdown, text incl. Shift_JIS, Word with tables, the three
# plan types, several writers), small enough for the repository
FIXTURE_NAMES = (
    "qa01_b_wagyu_kagoshima.md",
    "qa02_c_onsen_village.txt",
    "qa06_a_space_hokkaido.md",
    "qa09_c_clt_town_sjis.txt",
    "qa8_01_a_marine_drone_kanagawa.docx",
    "qa8_04_b_auto_warehouse_shizuoka.docx",
    "qa8_06_c_kokuto_okinawa_village.docx",
    "w1_01_a_iwate_semiconductor.docx",
    "w1_05_b_aomori_scallop.md",
    "w1_10_c_ninohe_urushi.docx",
    "w2_01_c_ainan_madai.txt",
    "w2_07_c_tobe_yaki.md",
    # a spreadsheet pasted as text with runs of spaces; a Markdown table typed with tabs (single spaces in the
    # PDF); 【】 labels, 「＜KPI＞」 blocks and rule lines of 「―」 (a ligature glyph in the PDF)
    "w20_02_c_takko_shingo_garlic.txt",
    "w20_04_c_mogami_onsen.md",
    "w22_02_a_osumi_uchu.txt",
)
STYLE = (
    "body{font-family:'Noto Serif CJK JP';font-size:10.5pt}h1,h2,h3,h4,h5,h6{font-family:'Noto Sans CJK JP'}"
)


def soffice() -> str | None:
    return shutil.which("soffice") or shutil.which("libreoffice")


def draft_sources() -> list[Path]:
    """Every QA and independent-corpus draft (.md .txt .docx), sorted by file name."""
    found = {p for g in DRAFT_GLOBS for p in ROOT.glob(g) if p.suffix.lower() in SUFFIXES and p.is_file()}
    return sorted(found, key=lambda p: p.name)


def _page(body: str) -> str:
    return f'<html><head><meta charset="utf-8"><style>{STYLE}</style></head><body>{body}</body></html>'


def markdown_html(text: str) -> str:
    # a line break in the draft is a line break on paper (the tool reads the draft line by line too)
    md = MarkdownIt("commonmark", {"breaks": True}).enable("table")
    body = md.render(text).replace("<table>", '<table border="1" cellspacing="0" cellpadding="4">')
    return _page(body)


def _prepare(src: Path, work: Path) -> Path:
    """The file LibreOffice opens for `src`: the .docx itself, or an HTML rendering of a text draft."""
    if src.suffix.lower() == ".docx":
        dst = work / src.name
        shutil.copyfile(src, dst)
        return dst
    text, _ = decode_text(src.read_bytes())
    if src.suffix.lower() == ".md":
        dst = work / f"{src.stem}.html"
        dst.write_text(markdown_html(text), encoding="utf-8")
    else:
        dst = work / f"{src.stem}.txt"
        dst.write_text(text, encoding="utf-8")
    return dst


# LibreOffice's import filter per prepared file: HTML into Writer (not Writer/Web, which drops a first <h1>),
# text as UTF-8 in a Japanese font
FILTERS = {
    ".docx": None,
    ".html": "HTML (StarWriter)",
    ".txt": "Text (encoded):UTF8,LF,Noto Serif CJK JP,ja-JP",
}


def convert(sources: list[Path], out_dir: Path, batch: int = 40) -> dict[Path, Path]:
    """Convert drafts to PDF in `out_dir` (one LibreOffice start per `batch` files): source → PDF."""
    exe = soffice()
    if exe is None:
        raise RuntimeError(
            "soffice がありません（apt-get install -y libreoffice-writer-nogui fonts-noto-cjk）"
        )
    out_dir.mkdir(parents=True, exist_ok=True)
    done: dict[Path, Path] = {}
    with tempfile.TemporaryDirectory() as tmp:
        work = Path(tmp)
        profile = (work / "profile").as_uri()
        inputs = [(s, _prepare(s, work)) for s in sources]
        for suffix, infilter in FILTERS.items():
            kind = [(s, f) for s, f in inputs if f.suffix == suffix]
            for i in range(0, len(kind), batch):
                part = kind[i : i + batch]
                cmd = [exe, f"-env:UserInstallation={profile}", "--headless"]
                cmd += [f"--infilter={infilter}"] if infilter else []
                cmd += ["--convert-to", "pdf", "--outdir", str(out_dir), *(str(f) for _, f in part)]
                subprocess.run(cmd, check=True, capture_output=True, timeout=900)
                for s, f in part:
                    pdf = out_dir / f"{f.stem}.pdf"
                    if pdf.is_file():
                        done[s] = pdf
    return done


def bad_pdfs(out_dir: Path, good: Path) -> list[Path]:
    """A scan (an image, no text layer), a password-protected copy of `good`, a truncated file."""
    # lazy: only the fixture generator draws (Pillow comes with Streamlit)
    from PIL import Image, ImageDraw

    scan = out_dir / "bad_scanned.pdf"
    img = Image.new("RGB", (595, 842), "white")
    ImageDraw.Draw(img).rectangle((60, 60, 530, 120), outline="black")
    img.save(scan, "PDF", resolution=72)
    locked = out_dir / "bad_password.pdf"
    # qpdf (apt-get install -y qpdf) sets a user password: the file cannot be opened without it
    subprocess.run(
        ["qpdf", "--encrypt", "himitsu", "himitsu-owner", "256", "--", str(good), str(locked)], check=True
    )
    broken = out_dir / "bad_truncated.pdf"
    broken.write_bytes(good.read_bytes()[:1500])
    return [scan, locked, broken]


def write_fixtures() -> list[Path]:
    wanted = {p.name: p for p in draft_sources() if p.name in FIXTURE_NAMES}
    missing = sorted(set(FIXTURE_NAMES) - set(wanted))
    if missing:
        raise SystemExit(f"drafts not found: {', '.join(missing)}")
    done = convert([wanted[n] for n in FIXTURE_NAMES], FIXTURES)
    written = sorted(done.values())
    return written + bad_pdfs(FIXTURES, written[0])


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("out", nargs="?", type=Path, help="folder for the PDFs of every draft")
    ap.add_argument(
        "--fixtures", action="store_true", help="write the committed set to tests/data/pdf_drafts/"
    )
    args = ap.parse_args()
    if args.fixtures:
        for p in write_fixtures():
            print(p.relative_to(ROOT), f"{p.stat().st_size / 1024:.0f} KB")
        return
    if args.out is None:
        ap.error("OUT_DIR or --fixtures")
    done = convert(draft_sources(), args.out)
    print(f"{len(done)} PDFs in {args.out}")


if __name__ == "__main__":
    main()
