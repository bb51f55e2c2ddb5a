"""Reading time against input size: `python -m benchmarks.bench_read_bounds [--check] [--sizes 500,1000]`.

Prints the CPU seconds of `read_bytes` (and, with --check, of the whole check the CLI runs:
`service.check_plan` without recommendations) for tables of growing size in each shape a draft may carry:
a table pasted from a spreadsheet as plain text (cells apart by runs of spaces and tabs), a Markdown pipe
table and a Word table; then a table 2,000 columns wide and the one-line inputs of the issue (a megabyte of
numerals, of 「KPI：…億円、」 clauses, of open brackets). The last size of each table shape is the readers'
line limit (readers/limits.py MAX_LINES), the largest input accepted: each must read in under LIMIT seconds.
SHAPES is what tests/test_read_bounds.py holds to that limit. Writes benchmarks/results/read_bounds.json.
"""

from __future__ import annotations

import argparse
import io
import time
from collections.abc import Callable

import docx

from benchmarks.bench_indicators import LIMIT
from benchmarks.common import save
from chiiki_mirai import service
from chiiki_mirai.readers import read_bytes
from chiiki_mirai.readers.limits import MAX_LINES

HEAD = "類型：C\n\n２．目標\n"
PASTED_ROW = "指標" + " " * 40 + "現状（令和７年度）" + "\t" * 6 + "目標（令和12年度）" + "　" * 30 + "担当\n"
CELLS = ("観光消費額", "10億円（令和７年度）", "15億円（令和12年度）", "観光課")
ROWS_AT_LIMIT = MAX_LINES - 10  # the header lines and the table's head stay under the line limit


def pasted(rows: int) -> tuple[str, bytes]:
    return "pasted.txt", (HEAD + PASTED_ROW * rows).encode()


def markdown(rows: int) -> tuple[str, bytes]:
    line = "| " + " | ".join(CELLS) + " |\n"
    return "pipe.md", (HEAD + "| 指標 | 現状 | 目標 | 担当 |\n|---|---|---|---|\n" + line * rows).encode()


def word(rows: int) -> tuple[str, bytes]:
    d = docx.Document()
    d.add_paragraph("類型：C")
    d.add_heading("２．目標", level=1)
    table = d.add_table(rows=1, cols=len(CELLS))
    for cell, text in zip(table.rows[0].cells, ("指標", "現状", "目標", "担当"), strict=True):
        cell.text = text
    for _ in range(rows):
        new = table.add_row()
        for cell, text in zip(new.cells, CELLS, strict=True):
            cell.text = text
    buf = io.BytesIO()
    d.save(buf)
    return "table.docx", buf.getvalue()


def wide(cols: int) -> tuple[str, bytes]:
    head = "| KGI | " + " | ".join(f"{2000 + i}年度" for i in range(cols)) + " |\n|" + "---|" * (cols + 1) + "\n"
    return "wide.md", (HEAD + head + "| 官民設備投資額 | " + " | ".join("10億円" for _ in range(cols)) + " |\n").encode()


def one_line(unit: str) -> Callable[[int], tuple[str, bytes]]:
    def make(megabytes: int) -> tuple[str, bytes]:
        n = megabytes * 1_000_000 // len(unit.encode())
        return "line.txt", ("類型：B\n\n## 地域へのインパクト\n\n" + unit * n + "\n").encode()

    return make


TABLES = {"pasted_rows": pasted, "markdown_rows": markdown, "docx_rows": word}
SHAPES: dict[str, Callable[[], tuple[str, bytes]]] = {
    **{f"{name}_at_limit": (lambda f=f: f(ROWS_AT_LIMIT)) for name, f in TABLES.items()},
    "wide_2000_columns": lambda: wide(2_000),
    "numerals_1mb_line": lambda: one_line("1234567890")(1),
    "kpi_clauses_1mb_line": lambda: one_line("KPI：設備投資額100億円、")(1),
    "open_brackets_1mb_line": lambda: one_line("（")(1),
}


def cpu(fn: Callable[[], object]) -> float:
    start = time.process_time()
    fn()
    return time.process_time() - start


def timings(name: str, data: bytes, check: bool) -> tuple[float, float | None]:
    read_s = cpu(lambda: read_bytes(name, data))
    if not check:
        return read_s, None
    plan, report = read_bytes(name, data)
    return read_s, cpu(lambda: service.check_plan(plan, source=name, parse_report=report, with_recommendations=False))


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--check", action="store_true", help="also time the whole check (service.check_plan)")
    ap.add_argument("--sizes", default=f"500,1000,2000,4000,8000,{ROWS_AT_LIMIT}")
    args = ap.parse_args()
    read_bytes("warm.txt", "類型：C\n\n## 地域へのインパクト\n売上額を5億円とする。\n".encode())
    out: dict[str, dict[str, list[float | None]]] = {}
    print(f"{'shape':26s} {'size':>6s} {'read s':>7s} {'check s':>8s}  (limit {LIMIT} s)")
    cases = [(t, n, f) for t, f in TABLES.items() for n in map(int, args.sizes.split(","))]
    for table, n, make in cases:
        r, c = timings(*make(n), args.check)
        out.setdefault(table, {})[str(n)] = [round(r, 3), None if c is None else round(c, 3)]
        print(f"{table:26s} {n:6d} {r:7.3f} {'' if c is None else f'{c:8.3f}'}{'  OVER' if r >= LIMIT else ''}")
    for name in ("wide_2000_columns", "numerals_1mb_line", "kpi_clauses_1mb_line", "open_brackets_1mb_line"):
        r, c = timings(*SHAPES[name](), args.check)
        out[name] = {"1": [round(r, 3), None if c is None else round(c, 3)]}
        print(f"{name:26s} {'':6s} {r:7.3f} {'' if c is None else f'{c:8.3f}'}{'  OVER' if r >= LIMIT else ''}")
    save("read_bounds", {"cpu_s": out, "limit_s": LIMIT, "max_lines": MAX_LINES})


if __name__ == "__main__":
    main()
