"""The measures a careful reviewer expects for the QA drafts appear among the top 10 recommendations.

tests/data/qa_recommend*.yaml were written from the drafts and the sources before the recommender was
run on them (one file per QA set). Hit rates: set 1–2, 56/67 (83.6%) when written, 59/67 after the
named-need and plan-benefit signals; sets 3–4 (blind, written after those changes), 42/60 (70%) on
first run, before the sector signal and the reader fixes they prompted; all four sets, 109/129
(84.5%) on 2026-12-02, then 115/129 (89.1%) once compounds written with a particle (用地の不足), foreign
markets as export needs and sports named by their name were read; set 5 (blind) 25/31 on first run,
all five sets 138/160 (86.2%); set 6 (blind) 22/29 on first run; all six sets 163/189 (86.2%) once a
measure serving several sectors was no longer diluted by them; set 7 (blind) 25/29, all seven 188/218;
set 8 (blind) 20/26, all eight 208/244 (85.2%). Issue 20 found a fixed top 10 per plan type scores 215/244 here;
the plan ranker of issue 19 (named measures first, needs from statements, objects present) scores 208/244 with
fewer recommendations where a plan gives little ground (its quality is measured against independent reviewers in
tests/test_recommend_corpus.py and benchmarks/bench_recommend_corpus.py). The threshold is a floor
for the whole: a change that loses several expected measures fails, and the misses are printed so
a failure says which ones.
"""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from chiiki_mirai.service import check_plan, read_plan

DATA = Path(__file__).parent / "data"
EXPECTED = {
    key: entry
    for f in sorted(DATA.glob("qa_recommend*.yaml"))
    for key, entry in yaml.safe_load(f.read_text(encoding="utf-8")).items()
}
THRESHOLD = 0.80
TOP = 10


@pytest.fixture(scope="module")
def top_names() -> dict[str, list[str]]:
    out = {}
    for key in EXPECTED:
        plan, report = read_plan(DATA / key)
        result = check_plan(plan, source=key, parse_report=report)
        out[key] = [r.name for r in result.recommendations[:TOP]]
    return out


def test_expected_measures_in_top_10(top_names):
    hits = total = 0
    misses = []
    for key, entry in EXPECTED.items():
        names = top_names[key]
        for sub in entry["recommend"]:
            total += 1
            if any(sub in n for n in names):
                hits += 1
            else:
                misses.append(f"{key}: {sub}")
    rate = hits / total
    print(f"expected measures in the top {TOP}: {hits}/{total} ({rate:.1%})")
    print("misses:\n  " + "\n  ".join(misses))
    assert rate >= THRESHOLD, misses


def test_every_draft_gets_distinct_measures_and_no_filler(top_names):
    """Up to ten distinct measures; a plan that gives ground for fewer gets fewer (never noise to fill the list):
    a terse plan (qa09: two problems in one line) gets its type's menu items whose object it holds, at least 3."""
    for key, names in top_names.items():
        assert 3 <= len(names) <= TOP and len(set(names)) == len(names), (key, names)
