"""The indicators family's reading speed: `python -m benchmarks.bench_indicators` (not a timed test).

Prints the median / p95 / max time of the indicators family (KGI, KPI, monitoring, ripple statements and the
plan fields) on the repository's drafts (tests/data, examples/drafts: .md, .txt, .docx), and the time on each
pathological input of INPUTS, the bad inputs tests/test_read_indicators_bounds.py holds to 2 s of CPU. Writes
benchmarks/results/indicators.json.
"""

from __future__ import annotations

import statistics
import time
from pathlib import Path

from benchmarks.common import save
from chiiki_mirai.knowledge.loader import load_kb
from chiiki_mirai.readers.decode import decode_text
from chiiki_mirai.readers.doctree import parse_document
from chiiki_mirai.readers.outline import build_outline
from chiiki_mirai.readers.statements.base import ReadContext
from chiiki_mirai.readers.statements.indicators import INDICATORS
from chiiki_mirai.readers.units import iter_units

LIMIT = 2.0  # seconds of this process's CPU time

COLS = 2000
INPUTS = {
    "kanji": "類型：B\n\n## 目指すべき目標（KGI）\n\n" + "一二三四五六七八九十百千万億兆" * 70_000,
    "kpi_clauses": "類型：B\n\n## KPI及び撤退基準\n\n" + "KPI：設備投資額100億円、" * 150_000,
    "kpi_entries": "類型：B\n\n## KPI及び撤退基準\n\n" + "KPI1 講座の修了者 年40人 担当：課 撤退基準：2年続けて未満なら見直す " * 20_000,
    "brackets": "類型：B\n\n## 地域へのインパクト\n\n" + "（" * 1_000_000,
    "ripple": "類型：C\n\n## 地域へのインパクト\n\n" + "域内取引額を2030年度に5億円、売上額3億円、雇用10人、" * 50_000,
    "wide_table": "類型：B\n\n## 目指すべき目標（KGI）\n\n| KGI | "
    + " | ".join(f"{2000 + i}年度" for i in range(COLS))
    + " |\n|"
    + "---|" * (COLS + 1)
    + "\n| 官民設備投資額 | "
    + " | ".join("10億円" for _ in range(COLS))
    + " |\n",
}

ROOT = Path(__file__).resolve().parents[1]
FORMATS = {".md": "markdown", ".txt": "text", ".docx": "docx"}


def _ctx(data: bytes | str, fmt: str) -> ReadContext:
    doc = parse_document(data, fmt)
    outline = build_outline(doc)
    return ReadContext(doc=doc, outline=outline, units=list(iter_units(doc, outline)), kb=load_kb())


def _family(ctx: ReadContext) -> float:
    start = time.process_time()
    INDICATORS.assemble(INDICATORS.extract(ctx), ctx)
    return time.process_time() - start


def main() -> None:
    times = []
    for p in sorted({*ROOT.glob("tests/data/**/*"), *ROOT.glob("examples/drafts/*"), *ROOT.glob("tests/corpus/independent/*/drafts/*")}):
        fmt = FORMATS.get(p.suffix.lower())
        if fmt is None or not p.is_file():
            continue
        data = p.read_bytes()
        times.append(_family(_ctx(data if fmt == "docx" else decode_text(data)[0], fmt)))
    times.sort()
    drafts = {
        "n": len(times),
        "median_ms": round(1000 * statistics.median(times), 2),
        "p95_ms": round(1000 * times[int(0.95 * (len(times) - 1))], 2),
        "max_ms": round(1000 * times[-1], 2),
    }
    bad = {name: round(_family(_ctx(text, "markdown")), 3) for name, text in INPUTS.items()}
    print(f"indicators family on {drafts['n']} drafts: median {drafts['median_ms']} ms, p95 {drafts['p95_ms']} ms, max {drafts['max_ms']} ms")
    for name, s in bad.items():
        print(f"  pathological {name:12s} {s:6.3f} s  ({'ok' if s < LIMIT else 'OVER'} < {LIMIT} s)")
    save("indicators", {"drafts": drafts, "pathological_s": bad, "limit_s": LIMIT})


if __name__ == "__main__":
    main()
