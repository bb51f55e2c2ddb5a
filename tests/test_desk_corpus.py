"""Issue 15 on the independent desk corpus (tests/corpus/desk), dev half only: the margin over trivial baselines.

The held-out half is measured by `python -m benchmarks.bench_desk_corpus` only (aggregate figures); these tests
never read it. Found and missed questions are reported apart (run with -s to see them).
"""

from __future__ import annotations

import pytest

from benchmarks import desk_corpus_eval as de
from benchmarks.bench_desk_corpus import desk_answer, placement
from chiiki_mirai.knowledge.loader import load_kb


@pytest.fixture(scope="module")
def kb():
    return load_kb()


@pytest.fixture(scope="module")
def dev():
    return de.questions("dev"), de.products("dev")


def test_the_sets_are_frozen_and_large_enough():
    for half in ("dev", "heldout"):
        for w in de.split()[half]:
            assert de.frozen_problems(w) == [], w
    writers = de.split()["dev"] + de.split()["heldout"]
    assert len(writers) >= 5


def test_desk_beats_the_fixed_list_on_dev(kb, dev):
    qs, _ = dev
    tool = de.score_desk(qs, desk_answer(kb))
    base = de.score_desk(qs, de.fixed_top5(qs))
    print(f"\nfound ({len(tool.found)}):\n" + "\n".join(tool.found))
    print(f"\nmissed ({len(tool.missed)}):\n" + "\n".join(tool.missed))
    assert tool.figures()["top5_pct"] >= base.figures()["top5_pct"] + 30
    assert tool.thin <= tool.thin_base * 0.1


def test_field_line_beats_the_most_common_field_on_dev(kb, dev):
    qs, ps = dev
    tool = de.score_desk(qs, desk_answer(kb))
    base = de.score_desk(qs, de.fixed_top5(qs))
    assert tool.figures()["field_pct"] >= base.figures()["field_pct"] + 5
    prod = de.score_products(ps, placement(kb)).figures()
    pbase = de.score_products(ps, de.most_common_placement(ps)).figures()
    print(f"\nproducts: {prod} baseline {pbase}")
    assert prod["field_pct"] >= pbase["field_pct"] + 30
    assert prod["product_top1_pct"] >= pbase["product_top1_pct"] + 30
