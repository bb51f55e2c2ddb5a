"""Scaling: the same recommendations with a synthetic knowledge base 10x and 100x the real one.

The synthetic knowledge base is the real one copied in memory with every measure and every product
repeated k times, each copy renamed and mutated (its field links rotated, some keywords dropped), so
the graph, the lexicon and the encoder anchors grow k-fold. Requirements and checks stay as they are.
Timed per plan after a warm-up (index builds are reported apart). Target: recommend < 300 ms at 100x.

The anchors of a synthetic knowledge base are encoded once and cached on disk like the real ones:
this benchmark points the cache at a temporary folder (with a link to the real encoder) so it leaves
nothing behind in the user's cache.
"""

from __future__ import annotations

import argparse
import dataclasses
import os
import random
import tempfile
import time
from pathlib import Path
from typing import Any

from benchmarks.common import example_drafts, print_rows, save, stats_ms, verdict
from benchmarks.variants import variants
from chiiki_mirai import service
from chiiki_mirai.readers import read_bytes
from chiiki_mirai.recommender.api import recommend_for_plan
from chiiki_mirai.recommender.encoder import CACHE_ENV, default_model_dir

TARGET_100X_MS = 300


def synthetic_kb(kb: Any, k: int, seed: int = 11) -> Any:
    """A KnowledgeBase with k copies of every measure and product (k=1: a plain copy)."""
    rng = random.Random(seed)
    numbers = [f.number for f in kb.fields]
    fields = []
    for f in kb.fields:
        products = list(f.products)
        for i in range(1, k):
            for p in f.products:
                kws = [w for w in p.keywords if rng.random() > 0.2]
                products.append(p.model_copy(update={"id": f"{p.id}x{i}", "name": f"{p.name}（類型{i}）",
                                                     "keywords": kws}))
        fields.append(f.model_copy(update={"products": products}))
    measures = dict(kb.measures)
    for i in range(1, k):
        for mid, m in kb.measures.items():
            new_fields = sorted({rng.choice(numbers) if rng.random() < 0.3 else n for n in m.fields})
            kws = [w for w in m.keywords if rng.random() > 0.2]
            measures[f"{mid}__x{i}"] = m.model_copy(
                update={"id": f"{mid}__x{i}", "name": f"{m.name}（第{i}版）", "fields": new_fields, "keywords": kws,
                        "related": []}
            )
    return dataclasses.replace(kb, fields=fields, measures=measures, _texts={}, _norm_texts={})


def _private_cache() -> tempfile.TemporaryDirectory:
    """A temporary cache root holding a link to the real encoder (anchors of synthetic KBs go there)."""

    real = default_model_dir()
    tmp = tempfile.TemporaryDirectory(prefix="chiiki_scaling_")
    if real.is_dir():
        (Path(tmp.name) / real.name).symlink_to(real, target_is_directory=True)
    os.environ[CACHE_ENV] = tmp.name
    return tmp


def run(factors: tuple[int, ...] = (1, 10, 100), n_plans: int = 15) -> dict:
    tmp = _private_cache()
    try:
        base = service.kb()
        drafts = example_drafts()
        sample = [(f"{n}.md", t) for n, t in drafts] + variants(drafts, max(0, n_plans - len(drafts)), seed=3000)
        plans = []
        for name, text in sample:
            plan, report = read_bytes(name, text.encode("utf-8"))
            plans.append((plan, service.check_plan(plan, name, with_recommendations=False)))
        out: dict[str, Any] = {"plans": len(plans), "factors": {}}
        rows = []
        for k in factors:
            kb = synthetic_kb(base, k)
            t0 = time.perf_counter()
            recommend_for_plan(plans[0][0], plans[0][1], kb)  # builds graph, lexicon, anchors for this kb
            build = time.perf_counter() - t0
            times, counts = [], []
            for plan, result in plans:
                t = time.perf_counter()
                recs = recommend_for_plan(plan, result, kb)
                times.append(time.perf_counter() - t)
                counts.append(len(recs))
            s = stats_ms(times)
            out["factors"][str(k)] = {
                "measures": len(kb.measures),
                "products": len(kb.products),
                "first_call_s": round(build, 3),
                "recommend": s,
                "recommendations_median": sorted(counts)[len(counts) // 2],
            }
            note = ""
            if k == 100:
                note = f"target < {TARGET_100X_MS} ms: {verdict(s['median_ms'], TARGET_100X_MS)} (p95 {s['p95_ms']:.0f} ms)"
            rows.append((f"{k}x ({len(kb.measures)} measures, {len(kb.products)} products)",
                         f"median {s['median_ms']:.1f} ms", f"first call {build:.2f} s; {note}"))
        if "100" in out["factors"]:
            m = out["factors"]["100"]["recommend"]["median_ms"]
            out["target"] = {"ms_at_100x": TARGET_100X_MS, "met": m < TARGET_100X_MS}
        print_rows(f"scaling: recommend_for_plan with a synthetic knowledge base ({len(plans)} plans)", rows)
        print(f"  saved {save('scaling', out)}")
        return out
    finally:
        tmp.cleanup()


if __name__ == "__main__":
    ap = argparse.ArgumentParser()
    ap.add_argument("--factors", default="1,10,100")
    ap.add_argument("--plans", type=int, default=15)
    a = ap.parse_args()
    run(tuple(int(x) for x in a.factors.split(",")), a.plans)
