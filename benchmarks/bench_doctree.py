"""The document model's reading speed: `python -m benchmarks.bench_doctree` (not a timed test).

Prints, per format, the median / p95 / max time to parse the repository's drafts (tests/data and
examples/drafts: .md, .txt, .docx), the time for each pathological input of the bad-input tests
(each must stay under 2 s), and how many Markdown drafts round-trip to the same tree through
Markdown, plain text and Word. Standalone: it imports `readers.doctree` only.
"""

from __future__ import annotations

import argparse
import io
import statistics
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
FORMATS = {".md": "markdown", ".txt": "text", ".docx": "docx"}
LIMIT_S = 2.0


def _decode(data: bytes) -> str:
    for enc in ("utf-8-sig", "cp932"):
        try:
            return data.decode(enc)
        except UnicodeDecodeError:
            continue
    return data.decode("utf-8", errors="replace")


def drafts() -> list[tuple[Path, str, bytes | str]]:
    files = sorted({*ROOT.glob("tests/data/**/*"), *ROOT.glob("examples/drafts/*")})
    out = []
    for p in files:
        fmt = FORMATS.get(p.suffix.lower())
        if fmt is None or not p.is_file():
            continue
        data = p.read_bytes()
        out.append((p, fmt, data if fmt == "docx" else _decode(data)))
    return out


def _time(fn: Callable[[], object], repeat: int) -> float:
    times = []
    for _ in range(repeat):
        t = time.perf_counter()
        fn()
        times.append(time.perf_counter() - t)
    return statistics.median(times)


def bench_drafts(repeat: int) -> None:
    from chiiki_mirai.readers.doctree import parse_document

    by_fmt: dict[str, list[float]] = {}
    for _, fmt, data in drafts():
        by_fmt.setdefault(fmt, []).append(_time(lambda d=data, f=fmt: parse_document(d, f), repeat))
    print(f"{'format':10s} {'drafts':>6s} {'median ms':>10s} {'p95 ms':>8s} {'max ms':>8s}")
    for fmt, ts in sorted(by_fmt.items()):
        ts.sort()
        p95 = ts[min(len(ts) - 1, round(0.95 * (len(ts) - 1)))]
        print(
            f"{fmt:10s} {len(ts):6d} {1000 * statistics.median(ts):10.1f} {1000 * p95:8.1f} {1000 * ts[-1]:8.1f}"
        )


def _wide_docx(cols: int = 2000, rows: int = 4) -> bytes:
    import docx
    from docx.oxml import parse_xml
    from docx.oxml.ns import nsdecls

    cells = "".join(
        "<w:tr>"
        + "".join(f"<w:tc><w:p><w:r><w:t>{r}-{c}</w:t></w:r></w:p></w:tc>" for c in range(cols))
        + "</w:tr>"
        for r in range(rows)
    )
    d = docx.Document()
    d.element.body.insert(0, parse_xml(f"<w:tbl {nsdecls('w')}>{cells}</w:tbl>"))
    buf = io.BytesIO()
    d.save(buf)
    return buf.getvalue()


def pathological() -> list[tuple[str, str, bytes | str]]:
    cols = 2000
    md_table = (
        "| " + " | ".join(f"列{i}" for i in range(cols)) + " |\n|" + "---|" * cols + "\n"
        + "".join("| " + " | ".join(str(i) for i in range(cols)) + " |\n" for _ in range(5))
    )  # fmt: skip
    return [
        ("1 MB line of kanji numerals", "text", "一二三四五六七八九十百千万億兆" * 70_000),
        ("3 MB line of 「KPI：…億円、」", "text", "KPI：設備投資額100億円、" * 200_000),
        ("1 MB of 「（」", "text", "（" * 1_000_000),
        ("50,000 short lines", "text", "".join(f"{i}行目の短い行\n" for i in range(50_000))),
        ("50,000-line hard-wrapped paragraph", "text", "".join(f"折り返された段落の{i:05d}行目にあたる\n" for i in range(50_000))),
        ("1,000-level nested list", "text", "".join("\u3000" * i + "・項目\n" for i in range(1000))),
        ("1 MB line of kanji numerals", "markdown", "一二三四五六七八九十百千万億兆" * 70_000),
        ("3 MB line of 「KPI：…億円、」", "markdown", "KPI：設備投資額100億円、" * 200_000),
        ("1 MB of 「（」", "markdown", "（" * 1_000_000),
        ("1 MB of 「*a」", "markdown", "*a" * 500_000),
        ("50,000 short lines", "markdown", "".join(f"{i}行目の短い行\n" for i in range(50_000))),
        ("2,000-column table", "markdown", md_table),
        ("1,000-level nested list", "markdown", "".join("  " * i + "- 項目\n" for i in range(1000))),
        ("2,000-column table", "docx", _wide_docx()),
    ]  # fmt: skip


def bench_pathological() -> None:
    from chiiki_mirai.readers.doctree import parse_document

    print(f"\n{'pathological input':40s} {'format':9s} {'wall s':>7s} {'cpu s':>7s}  (limit {LIMIT_S:.0f} s)")
    for name, fmt, data in pathological():
        w, c = time.perf_counter(), time.process_time()
        parse_document(data, fmt)
        wall, cpu = time.perf_counter() - w, time.process_time() - c
        flag = "" if cpu < LIMIT_S else "  OVER"
        print(f"{name:40s} {fmt:9s} {wall:7.2f} {cpu:7.2f}{flag}")


def bench_parity() -> None:
    from chiiki_mirai.readers.doctree import (
        parse_docx,
        parse_markdown,
        parse_text,
        to_docx,
        to_markdown,
        to_text,
    )
    from chiiki_mirai.readers.doctree.render import text_can_say

    counts = {"md→md": 0, "md→txt": 0, "md→docx": 0}
    files = [p for p, fmt, _ in drafts() if fmt == "markdown"]
    sayable = 0
    for p in files:
        doc = parse_markdown(p.read_text(encoding="utf-8"))
        o = doc.outline()
        sayable += text_can_say(doc)
        counts["md→md"] += parse_markdown(to_markdown(doc)).outline() == o
        counts["md→txt"] += parse_text(to_text(doc)).outline() == o
        counts["md→docx"] += parse_docx(to_docx(doc)).outline() == o
    print(
        f"\nparity over {len(files)} Markdown drafts (same tree modulo places; {sayable} expressible in text):"
    )
    print("  " + ", ".join(f"{k} {v}/{len(files)}" for k, v in counts.items()))


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--repeat", type=int, default=5, help="parses per draft (the median is kept)")
    args = ap.parse_args()
    bench_drafts(args.repeat)
    bench_pathological()
    bench_parity()


if __name__ == "__main__":
    main()
