"""A batch of 1,000 generated draft variants through `service.check_paths` (what `check FOLDER` runs).

Run in its own process (run_all does) so the peak memory (ru_maxrss) is this batch's alone. The
start-up (imports, knowledge base, rules engine, encoder) is timed apart: it is the one check of a
single variant before the batch. Targets: the batch under 60 s, at least 20 drafts/s after start-up.
"""

from __future__ import annotations

import argparse
import tempfile
import time
from pathlib import Path

from benchmarks.common import example_drafts, peak_rss_mb, print_rows, save, verdict
from benchmarks.variants import write_variants

TARGET_WALL_S = 60
TARGET_RATE = 20


def run(n: int = 1000) -> dict:
    t_start = time.perf_counter()
    # imported here on purpose: the import is part of the measured batch time
    from chiiki_mirai import service

    drafts = example_drafts()
    with tempfile.TemporaryDirectory(prefix="chiiki_batch_") as tmp:
        folder = Path(tmp) / "drafts"
        write_variants(drafts, n, folder, seed=5000)
        warm = write_variants(drafts, 1, Path(tmp) / "warm", seed=1)
        t0 = time.perf_counter()
        service.check_paths(warm)
        startup = time.perf_counter() - t0
        rss_before = peak_rss_mb()
        t1 = time.perf_counter()
        results = service.check_paths([folder])
        wall = time.perf_counter() - t1
    bad = [r for r in results if not hasattr(r, "requirements")]
    gaps = sum(1 for r in results if hasattr(r, "requirements") and not r.all_met)
    rate = n / wall
    out = {
        "drafts": n,
        "startup_s": round(startup, 3),
        "batch_wall_s": round(wall, 3),
        "total_with_startup_s": round(time.perf_counter() - t_start, 3),
        "drafts_per_s": round(rate, 2),
        "ms_per_draft": round(1000 * wall / n, 2),
        "peak_rss_mb_after_startup": rss_before,
        "peak_rss_mb": peak_rss_mb(),
        "bad_inputs": len(bad),
        "results_with_gaps": gaps,
        "targets": {"wall_s": TARGET_WALL_S, "drafts_per_s": TARGET_RATE,
                    "wall_met": wall < TARGET_WALL_S, "rate_met": rate >= TARGET_RATE},
    }
    print_rows(
        f"batch of {n} generated variants (service.check_paths on a folder)",
        [
            ("start-up (first check)", f"{startup:.2f} s", ""),
            ("batch wall time", f"{wall:.1f} s", f"target < {TARGET_WALL_S} s: {verdict(wall, TARGET_WALL_S)}"),
            ("drafts per second", f"{rate:.1f}/s",
             f"target >= {TARGET_RATE}/s: {verdict(rate, TARGET_RATE, lower_is_better=False)}"),
            ("peak memory (ru_maxrss)", f"{out['peak_rss_mb']:.0f} MB", f"after start-up {rss_before:.0f} MB"),
            ("unreadable / with gaps", f"{len(bad)} / {gaps}", ""),
        ],
    )
    print(f"  saved {save('batch', out)}")
    return out


if __name__ == "__main__":
    ap = argparse.ArgumentParser()
    ap.add_argument("-n", type=int, default=1000)
    run(ap.parse_args().n)
