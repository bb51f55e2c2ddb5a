"""Linear, bounded reading of the indicators: pathological drafts each take under two seconds of CPU.

The inputs sit in the zones the indicators read (KGI, KPI, ripple), so every part of the family runs on them:
a megabyte-long line of kanji numerals, of KPI-like clauses, of labelled KPI entries, of open brackets, of
ripple figures, and a 2,000-column KGI table (benchmarks/bench_indicators.py INPUTS, which prints the figures).
"""

from __future__ import annotations

import time

import pytest

from benchmarks.bench_indicators import INPUTS, LIMIT
from chiiki_mirai.knowledge.loader import load_kb
from chiiki_mirai.readers.doctree import parse_document
from chiiki_mirai.readers.outline import build_outline
from chiiki_mirai.readers.statements.base import ReadContext
from chiiki_mirai.readers.statements.indicators import INDICATORS
from chiiki_mirai.readers.statements.indicators.tables import bare_in_unit
from chiiki_mirai.readers.units import iter_units


@pytest.mark.parametrize("name", sorted(INPUTS))
def test_the_indicators_of_a_pathological_draft_are_read_in_bounded_time(name: str) -> None:
    doc = parse_document(INPUTS[name], "markdown")
    outline = build_outline(doc)
    ctx = ReadContext(doc=doc, outline=outline, units=list(iter_units(doc, outline)), kb=load_kb())
    start = time.process_time()
    statements = INDICATORS.extract(ctx)
    INDICATORS.assemble(statements, ctx)
    elapsed = time.process_time() - start
    assert elapsed < LIMIT, f"{name}: {elapsed:.2f}s"


def test_a_long_run_of_digits_is_no_bare_figure_and_is_judged_in_linear_time() -> None:
    # a cell or line that runs digits into a word: a lazy label matched whole backtracked over every digit for every start
    start = time.process_time()
    assert bare_in_unit("1" * 40_000 + "x", "百万円") is None
    assert bare_in_unit("R12：" + "1" * 40_000, "百万円") == "R12：" + "1" * 40_000 + "百万円"
    assert time.process_time() - start < LIMIT
