"""`check` + `recommend` of one plan, warm: median and p95 over the example drafts and variants.

Each plan is timed once, after a warm-up on other variants, so no per-text cache makes a plan look
faster than a user's new draft would. Phases: read (Markdown bytes → Plan), check (requirements,
no recommendations), recommend (fields + measures, `recommender.api.annotate_result`), and the sum.
Targets: median < 50 ms, p95 < 100 ms for check + recommend.
"""

from __future__ import annotations

import argparse
import time

from benchmarks.common import example_drafts, print_rows, save, stats_ms, verdict
from benchmarks.variants import variants
from chiiki_mirai import service
from chiiki_mirai.readers import read_bytes
from chiiki_mirai.recommender.api import annotate_result

TARGET_MEDIAN_MS = 50
TARGET_P95_MS = 100


def run(n_variants: int = 60) -> dict:
    drafts = example_drafts()
    warm = variants(drafts, 3, seed=7)
    sample = [(f"{n}.md", t) for n, t in drafts] + variants(drafts, n_variants, seed=1000)
    kb = service.kb()
    for name, text in warm:
        plan, _ = read_bytes(name, text.encode("utf-8"))
        service.check_plan(plan, name)

    read_s, check_s, rec_s, total_s = [], [], [], []
    per_plan = []
    for name, text in sample:
        t0 = time.perf_counter()
        plan, report = read_bytes(name, text.encode("utf-8"))
        t1 = time.perf_counter()
        result = service.check_plan(plan, name, parse_report=report, with_recommendations=False)
        t2 = time.perf_counter()
        annotate_result(plan, result, kb)
        t3 = time.perf_counter()
        read_s.append(t1 - t0)
        check_s.append(t2 - t1)
        rec_s.append(t3 - t2)
        total_s.append(t3 - t1)
        per_plan.append(
            {"plan": name, "read_ms": round((t1 - t0) * 1000, 2), "check_ms": round((t2 - t1) * 1000, 2),
             "recommend_ms": round((t3 - t2) * 1000, 2), "recommendations": len(result.recommendations)}
        )
    total = stats_ms(total_s)
    out = {
        "plans": len(sample),
        "examples": len(drafts),
        "variants": n_variants,
        "recommender": True,
        "read": stats_ms(read_s),
        "check": stats_ms(check_s),
        "recommend": stats_ms(rec_s),
        "check_plus_recommend": total,
        "read_check_recommend": stats_ms([a + b for a, b in zip(read_s, total_s, strict=True)]),
        "targets": {
            "median_ms": TARGET_MEDIAN_MS,
            "p95_ms": TARGET_P95_MS,
            "median_met": total["median_ms"] < TARGET_MEDIAN_MS,
            "p95_met": total["p95_ms"] < TARGET_P95_MS,
        },
        "per_plan": per_plan,
    }
    rows = []
    for key, label in [("read", "read (parse)"), ("check", "check"), ("recommend", "recommend"),
                       ("check_plus_recommend", "check + recommend"), ("read_check_recommend", "read + check + recommend")]:
        s = out[key]
        rows.append((label, f"median {s['median_ms']:.1f} ms / p95 {s['p95_ms']:.1f} ms", ""))
    rows[3] = (rows[3][0], rows[3][1],
               f"target median < {TARGET_MEDIAN_MS} ms: {verdict(total['median_ms'], TARGET_MEDIAN_MS)}, "
               f"p95 < {TARGET_P95_MS} ms: {verdict(total['p95_ms'], TARGET_P95_MS)}")
    print_rows(f"check + recommend, warm ({len(sample)} plans: {len(drafts)} examples + {n_variants} variants)", rows)
    print(f"  saved {save('check', out)}")
    return out


if __name__ == "__main__":
    ap = argparse.ArgumentParser()
    ap.add_argument("--variants", type=int, default=60)
    run(ap.parse_args().variants)
