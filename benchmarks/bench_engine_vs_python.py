"""Peer comparison: the durable-rules evaluation against the same compiled conditions in plain Python.

The Python side is the product's written-down meaning of the Test ops (`chiiki_mirai.rules.criteria`)
over the same facts the engine is given. Both must fire exactly the same rule keys on every plan (examples and variants, each under
every plan type); the run fails otherwise. Reported: the cost per evaluation of each.
"""

from __future__ import annotations

import argparse
import datetime as _dt
import time

from benchmarks.common import example_drafts, print_rows, save, stats_ms
from benchmarks.variants import variants
from chiiki_mirai import service
from chiiki_mirai.readers import read_bytes
from chiiki_mirai.rules import criteria
from chiiki_mirai.rules.engine import get_engine
from chiiki_mirai.rules.facts import derive_facts


def run(n_variants: int = 200, repeat: int = 3) -> dict:
    kb = service.kb()
    engine = get_engine(kb)
    today = _dt.date(2026, 6, 1)
    drafts = example_drafts()
    sample = [(f"{n}.md", t) for n, t in drafts] + variants(drafts, n_variants, seed=9000)
    cases = []
    for name, text in sample:
        plan, _ = read_bytes(name, text.encode("utf-8"))
        for pt in sorted(engine.rulesets):
            cases.append((name, pt, derive_facts(plan, kb, pt, today, None)))
    mismatches = []
    durable_s, python_s = [], []
    fired_counts = []
    for name, pt, facts in cases:
        rs = engine.rulesets[pt]
        a = engine.fired(pt, facts)
        b = criteria.fired(rs, facts)
        if a != b:
            mismatches.append({"plan": name, "type": pt, "only_durable": sorted(a - b), "only_python": sorted(b - a),
                               "rules": {k: rs.rule_text[k] for k in sorted(a ^ b)}})
        fired_counts.append(len(a))
        for _ in range(repeat):
            t0 = time.perf_counter()
            engine.fired(pt, facts)
            t1 = time.perf_counter()
            criteria.fired(rs, facts)
            t2 = time.perf_counter()
            durable_s.append(t1 - t0)
            python_s.append(t2 - t1)
    d, p = stats_ms(durable_s), stats_ms(python_s)
    n_rules = {pt: len(rs.rule_text) for pt, rs in engine.rulesets.items()}
    out = {
        "evaluations": len(cases),
        "plans": len(sample),
        "rules_per_type": n_rules,
        "fired_per_evaluation_median": sorted(fired_counts)[len(fired_counts) // 2],
        "durable_rules": d,
        "plain_python": p,
        "ratio_median": round(d["median_ms"] / p["median_ms"], 1) if p["median_ms"] else None,
        "identical_fired_sets": not mismatches,
        "mismatches": mismatches[:20],
    }
    print_rows(
        f"durable-rules vs plain Python, same compiled conditions ({len(cases)} evaluations = "
        f"{len(sample)} plans x {len(engine.rulesets)} types)",
        [
            ("durable-rules per evaluation", f"median {d['median_ms']:.2f} ms / p95 {d['p95_ms']:.2f} ms",
             f"rules per type {n_rules}"),
            ("plain Python per evaluation", f"median {p['median_ms']:.3f} ms / p95 {p['p95_ms']:.3f} ms", ""),
            ("ratio (median)", f"{out['ratio_median']}x", ""),
            ("identical fired sets", "yes" if not mismatches else f"NO ({len(mismatches)} differ)", ""),
        ],
    )
    print(f"  saved {save('engine_vs_python', out)}")
    if mismatches:
        raise SystemExit(f"fired sets differ on {len(mismatches)} evaluations: {mismatches[:3]}")
    return out


if __name__ == "__main__":
    ap = argparse.ArgumentParser()
    ap.add_argument("--variants", type=int, default=200)
    a = ap.parse_args()
    run(a.variants)
