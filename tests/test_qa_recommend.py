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
tests/test_recommend_corpus.py and benchmarks/bench_recommend_corpus.py); after the failure classes of issue 19
were fixed on that corpus's dev half (type benefit always offered, menu entries no longer kept on the listing alone,
the framework section read) it scores 224/244 against the fixed list's 213/244. The threshold is a floor
for the whole: a change that loses several expected measures fails, and the misses are printed so
a failure says which ones.
"""

from __future__ import annotations

from collections import Counter
from pathlib import Path

import pytest
import yaml

from chiiki_mirai.knowledge.loader import load_kb
from chiiki_mirai.service import check_plan, read_plan

DATA = Path(__file__).parent / "data"
EXPECTED = {
    key: entry
    for f in sorted(DATA.glob("qa_recommend*.yaml"))
    for key, entry in yaml.safe_load(f.read_text(encoding="utf-8")).items()
}
THRESHOLD = 0.80
TOP = 10


_CHECKED: dict[str, tuple[str, list[str]]] = {}


def checked(key: str) -> tuple[str, list[str]]:
    """(plan type, top-10 measure names) of one QA draft, once per run."""
    if key not in _CHECKED:
        plan, report = read_plan(DATA / key)
        result = check_plan(plan, source=key, parse_report=report)
        _CHECKED[key] = (result.plan_type, [r.name for r in result.recommendations[:TOP]])
    return _CHECKED[key]


@pytest.fixture(scope="module")
def top_names() -> dict[str, list[str]]:
    return {key: checked(key)[1] for key in EXPECTED}


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


# every plan gets at least one measure (its type's benefit); a plan that states few needs gets few: the list is never
# filled with measures the plan gives no ground for, so the floor is the same for every draft
FLOOR = 1


def test_every_draft_gets_distinct_measures_and_no_filler(top_names):
    """Up to ten distinct measures, at least FLOOR; a plan that gives ground for fewer gets fewer (never noise to fill
    the list). Which measures a draft should get is asserted by the top-10 hit rate above, not by a count per draft."""
    for key, names in top_names.items():
        assert FLOOR <= len(names) <= TOP and len(set(names)) == len(names), (key, names)


# Reconsidered entries the ranker now breaks (measured 2026-12-04, after issue 19): it ranks a measure the
# sources list for another plan type into these drafts' top 10. Strict: fixing it turns the test red.
# (qa03's 特定半導体 is no longer in its top 10 since the tree reader's merge, qa2_06's GX製品 since a plan's type
# benefit and its framework section outrank it; qa01's 輸出 and qa02's 共同設備 since a measure listed only for
# other plan types weighs −1.2 unless the plan names it (issue 19): all asserted again.)
OTHER_TYPE_IN_TOP_10 = {
    ("qa_drafts2/qa2_04_a_hydrogen_yamaguchi.docx", "地域未来基金費"),
}
RECONSIDERED = [
    pytest.param(
        key,
        sub,
        id=f"{key}:{sub}",
        marks=[
            pytest.mark.xfail(
                strict=True, reason="a measure of another plan type in the top 10 (issue 19 ranker)"
            )
        ]
        if (key, sub) in OTHER_TYPE_IN_TOP_10
        else [],
    )
    for key, entry in EXPECTED.items()
    for sub in entry.get("reconsidered") or {}
]


@pytest.mark.parametrize(("key", "sub"), RECONSIDERED)
def test_a_reconsidered_measure_is_not_recommended_for_a_type_it_is_not_for(key: str, sub: str) -> None:
    """`reconsidered`: a measure the reviewer first expected that the sources list for another plan type.
    It is asserted, not skipped: no measure of that name outside the plan's type is in the top 10."""
    plan_type, names = checked(key)
    by_name = {m.name: m for m in load_kb().measures.values()}
    wrong = [n for n in names if sub in n and plan_type not in by_name[n].plan_types]
    assert not wrong, f"{plan_type} plan gets {wrong}: {EXPECTED[key]['reconsidered'][sub]}"


def fixed_top10_per_type() -> dict[str, list[str]]:
    """Per plan type, the 10 measures whose names hold the most expected entries of that type's drafts
    (a lookup table tuned on the very drafts it is scored on, ignoring what each draft says)."""
    kb = load_kb()
    wanted: dict[str, Counter] = {}
    for key, entry in EXPECTED.items():
        for sub in entry["recommend"]:
            wanted.setdefault(checked(key)[0], Counter())[sub] += 1
    out = {}
    for plan_type, subs in wanted.items():
        names = [m.name for m in kb.measures.values() if plan_type in m.plan_types]
        score = {n: sum(c for s, c in subs.items() if s in n) for n in names}
        out[plan_type] = sorted(names, key=lambda n: (-score[n], n))[:TOP]
    return out


def _hits(names_of) -> tuple[int, int]:
    got = total = 0
    for key, entry in EXPECTED.items():
        for sub in entry["recommend"]:
            total += 1
            got += any(sub in n for n in names_of(key))
    return got, total


def test_the_ranker_beats_a_fixed_top_10_per_plan_type():
    """Issue 20 found a fixed top 10 per plan type ahead (213/244 against 208/244); since the plan's type benefit
    (優先採択) is always offered and menu entries no longer pass the minimum share on the listing alone, the ranker
    is ahead by more than 2% of the expected measures (224/244 on 2026-12-06)."""
    fixed = fixed_top10_per_type()
    tool, total = _hits(lambda k: checked(k)[1])
    base, _ = _hits(lambda k: fixed[checked(k)[0]])
    print(
        f"\nexpected measures in the top {TOP}: ranker {tool}/{total}, fixed top {TOP} per type {base}/{total}"
    )
    assert tool >= base + 0.02 * total
