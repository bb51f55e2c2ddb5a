"""Linear, bounded reading of the whole reader (document tree, outline, units, every statement family) on text
laid out the way pasted spreadsheets are: long runs of spaces and tabs between cells and labels. Each input takes
under two seconds of this process's CPU (the figures are printed by benchmarks/bench_indicators.py). Long tables
of each shape (pasted, Markdown, Word) and one-line megabytes of the issue are held to the same limit
(benchmarks/bench_read_bounds.py prints their growth up to the readers' line limit)."""

from __future__ import annotations

import time

import pytest

from benchmarks.bench_indicators import LIMIT
from benchmarks.bench_read_bounds import SHAPES
from chiiki_mirai.readers import read_bytes

ROW = "指標" + " " * 40 + "現状（令和７年度）" + "\t" * 6 + "目標（令和12年度）" + "　" * 30 + "担当\n"
INPUTS = {
    "pasted_rows": "類型：C\n\n２．目標\n" + ROW * 2_000,
    "one_long_run": "類型：C\n\n策定主体" + " " * 200_000 + "架空町\n",
    "labels_far_apart": "類型：C\n\n" + ("担当" + " " * 300 + "：産業課" + " " * 300) * 300 + "\n",
}


@pytest.fixture(scope="module", autouse=True)
def _warm() -> None:
    read_bytes("warm.txt", "類型：C\n\n## 地域へのインパクト\n売上額を5億円とする。\n".encode())


@pytest.mark.parametrize("name", sorted(INPUTS))
def test_text_with_long_runs_of_blanks_is_read_in_bounded_time(name: str) -> None:
    start = time.process_time()
    plan, _ = read_bytes(f"{name}.txt", INPUTS[name].encode())
    elapsed = time.process_time() - start
    assert elapsed < LIMIT, f"{name}: {elapsed:.2f}s"
    assert plan.plan_type == "C"


@pytest.mark.parametrize("name", sorted(SHAPES))
def test_long_tables_and_megabyte_lines_are_read_in_bounded_time(name: str) -> None:
    file_name, data = SHAPES[name]()
    start = time.process_time()
    plan, _ = read_bytes(file_name, data)
    elapsed = time.process_time() - start
    assert elapsed < LIMIT, f"{name}: {elapsed:.2f}s"
    assert plan.plan_type in ("B", "C")
