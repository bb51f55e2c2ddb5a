"""Reading time against input size: `python -m benchmarks.bench_read_bounds [--check] [--sizes 500,1000]`.

Prints the CPU seconds of `read_bytes` (and, with --check, of the whole check the CLI runs:
`service.check_plan` without recommendations) for tables of growing size in each shape a draft may carry:
a table pasted from a spreadsheet as plain text (cells apart by runs of spaces and tabs), a Markdown pipe
table and a Word table; then a table 2,000 columns wide and the one-line inputs of the issue (a megabyte of
numerals, of 「KPI：…億円、」 clauses, of open brackets). The last size of each table shape is the readers'
line limit (readers/limits.py MAX_LINES), the largest input accepted; the target is LIMIT seconds for each.
SHAPES (tables of TESTED_ROWS rows, two of the one-line megabytes) is what tests/test_read_bounds.py holds to LIMIT. Writes benchmarks/results/read_bounds.json.
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
# the table sizes tests/test_read_bounds.py holds to LIMIT: reading is linear in the rows now (it was quadratic: a
# pasted table took 4.9 s and a Markdown one 14 s at 2,000 rows), but at the line limit it still takes 3–4 s: the
# rows of a Markdown or Word table whose figures differ are each read by the claims model (about 1 ms a row)
TESTED_ROWS = {"pasted_rows": 4_000, "markdown_rows": 1_000, "docx_rows": 1_000}


def pasted(rows: int) -> tuple[str, bytes]:
    return "pasted.txt", (HEAD + PASTED_ROW * rows).encode()


def _cells(i: int) -> tuple[str, ...]:
    """A row's cells: a name and figures that differ from row to row (a Word file of one row repeated is refused as a
    zip bomb; a name repeated on every row would hide a search for each row's own record from the start)."""
    return f"{CELLS[0]}{i}", f"{10 + i % 97}億円（令和７年度）", f"{15 + i % 89}億円（令和12年度）", CELLS[3]


def markdown(rows: int) -> tuple[str, bytes]:
    lines = "".join("| " + " | ".join(_cells(i)) + " |\n" for i in range(rows))
    return "pipe.md", (HEAD + "| 指標 | 現状 | 目標 | 担当 |\n|---|---|---|---|\n" + lines).encode()


def word(rows: int) -> tuple[str, bytes]:
    d = docx.Document()
    d.add_paragraph("類型：C")
    d.add_heading("２．目標", level=1)
    table = d.add_table(rows=1, cols=len(CELLS))
    for cell, text in zip(table.rows[0].cells, ("指標", "現状", "目標", "担当"), strict=True):
        cell.text = text
    for i in range(rows):
        new = table.add_row()
        for cell, text in zip(new.cells, _cells(i), strict=True):
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
OTHERS: dict[str, Callable[[], tuple[str, bytes]]] = {
    "wide_2000_columns": lambda: wide(2_000),
    "numerals_1mb_line": lambda: one_line("1234567890")(1),
    "kpi_clauses_1mb_line": lambda: one_line("KPI：設備投資額100億円、")(1),
    "open_brackets_1mb_line": lambda: one_line("（")(1),
}
# the wide table and the megabyte of numerals take 2.2–2.5 s under load (as before this benchmark): printed, not tested
SHAPES: dict[str, Callable[[], tuple[str, bytes]]] = {
    **{f"{name}_{n}": (lambda f=TABLES[name], n=n: f(n)) for name, n in TESTED_ROWS.items()},
    **{name: OTHERS[name] for name in ("kpi_clauses_1mb_line", "open_brackets_1mb_line")},
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
    for name, make_other in OTHERS.items():
        r, c = timings(*make_other(), args.check)
        out[name] = {"1": [round(r, 3), None if c is None else round(c, 3)]}
        print(f"{name:26s} {'':6s} {r:7.3f} {'' if c is None else f'{c:8.3f}'}{'  OVER' if r >= LIMIT else ''}")
    save("read_bounds", {"cpu_s": out, "limit_s": LIMIT, "max_lines": MAX_LINES})


if __name__ == "__main__":
    main()
