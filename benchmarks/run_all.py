"""Run every benchmark, each in its own process, then print one summary table.

    python -m benchmarks.run_all            # all (about 5 minutes on a 2-core machine)
    python -m benchmarks.run_all --quick    # smaller samples, for a quick look

Each benchmark prints its figures and writes benchmarks/results/<name>.json; the summary is also
written to benchmarks/results/summary.json. A separate process per benchmark keeps start-up costs
and peak memory apart.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import time

from benchmarks.common import RESULTS_DIR, ROOT, machine, save

BENCHMARKS = [
    # (module, arguments, arguments with --quick)
    ("bench_coldstart", ["--runs", "5"], ["--runs", "2"]),
    ("bench_check", ["--variants", "60"], ["--variants", "15"]),
    ("bench_batch", ["-n", "1000"], ["-n", "100"]),
    ("bench_scaling", ["--factors", "1,10,100", "--plans", "15"], ["--factors", "1,10", "--plans", "6"]),
    ("bench_engine_vs_python", ["--variants", "200"], ["--variants", "30"]),
    ("bench_recommender", [], []),  # classification quality + recommend speed
    ("bench_desk_search", [], []),  # desk questions: top-3 / top-5 hit rates and search speed
    ("bench_app_start", ["--runs", "3"], ["--runs", "1"]),  # the app: server start and first page in Chromium
    ("bench_pdf_parity", [], ["--limit", "8"]),  # PDFs printed from the drafts read like the drafts (LibreOffice)
]


def _load(name: str) -> dict:
    p = RESULTS_DIR / f"{name}.json"
    return json.loads(p.read_text(encoding="utf-8")) if p.is_file() else {}


def _summary() -> list[tuple[str, str, str, str]]:
    rows: list[tuple[str, str, str, str]] = []

    def ok(flag: bool | None) -> str:
        return "-" if flag is None else ("met" if flag else "NOT met")

    cs = _load("coldstart")
    if cs:
        kb = cs["kb"]
        rows.append(("knowledge base load + graph build", f"{(kb['kb_load_s'] + kb['graph_build_s']) * 1000:.0f} ms",
                     "", "-"))
        if "encoder" in cs:
            rows.append(("encoder load, cold (builds cache)", f"{cs['encoder']['cold']['total_s']:.1f} s", "", "-"))
            rows.append(("encoder load, cached", f"{cs['encoder']['cached']['total_s']:.1f} s", "", "-"))
        c = cs["cli_check"]
        rows.append(("`chiiki-mirai check` one draft, whole process", f"{c['median_s']:.1f} s (max {c['max_s']:.1f})",
                     "< 5 s", ok(c["met"])))
    ch = _load("check")
    if ch:
        s = ch["check_plus_recommend"]
        rows.append(("check + recommend, warm: median", f"{s['median_ms']:.0f} ms", "< 50 ms",
                     ok(ch["targets"]["median_met"])))
        rows.append(("check + recommend, warm: p95", f"{s['p95_ms']:.0f} ms", "< 100 ms", ok(ch["targets"]["p95_met"])))
        rows.append(("  of which check / recommend (median)",
                     f"{ch['check']['median_ms']:.0f} / {ch['recommend']['median_ms']:.0f} ms", "", "-"))
    b = _load("batch")
    if b:
        rows.append((f"batch of {b['drafts']} variants: wall time", f"{b['batch_wall_s']:.1f} s", "< 60 s",
                     ok(b["targets"]["wall_met"])))
        rows.append(("batch: drafts per second", f"{b['drafts_per_s']:.1f}/s", ">= 20/s", ok(b["targets"]["rate_met"])))
        rows.append(("batch: peak memory", f"{b['peak_rss_mb']:.0f} MB", "", "-"))
    sc = _load("scaling")
    if sc:
        for k, f in sc.get("factors", {}).items():
            target = "< 300 ms" if k == "100" else ""
            rows.append((f"recommend, KB {k}x ({f['measures']} measures)", f"{f['recommend']['median_ms']:.0f} ms",
                         target, ok(sc["target"]["met"]) if k == "100" and "target" in sc else "-"))
    ev = _load("engine_vs_python")
    if ev:
        rows.append(("rules: durable-rules per evaluation", f"{ev['durable_rules']['median_ms']:.2f} ms", "", "-"))
        rows.append(("rules: plain Python per evaluation", f"{ev['plain_python']['median_ms']:.3f} ms",
                     f"{ev['ratio_median']}x faster", "same fired sets" if ev["identical_fired_sets"] else "DIFFER"))
    ap_ = _load("app_start")
    if ap_:
        m = ap_["median"]
        rows.append(("app: server ready / first page in Chromium (median)",
                     f"{m['server_ready_s']:.1f} / {m['first_page_s']:.1f} s", "< 5 s (first page)", ok(ap_["met"])))
    pp = _load("pdf_parity")
    if pp:
        rows.append(("PDF printed from a draft: items / plan types identical",
                     f"{100 * pp['items_identical_share']:.1f}% / {100 * pp['plan_types_share']:.0f}%",
                     ">= 95% / 100%",
                     ok(pp["items_identical_share"] >= 0.95 and pp["plan_types_share"] == 1.0)))
    return rows


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--quick", action="store_true", help="smaller samples")
    ap.add_argument("--only", help="comma-separated benchmark modules to run (default: all)")
    a = ap.parse_args(argv)
    only = set(a.only.split(",")) if a.only else None
    m = machine()
    print(f"machine: {m['nproc']} CPUs, {m['cpu']}, {m['memory']}, Python {m['python']}")
    failed = []
    timings = {}
    for module, args, quick in BENCHMARKS:
        if only and module not in only:
            continue
        if not (ROOT / "benchmarks" / f"{module}.py").is_file():
            print(f"\n(skipped {module}: not present)")
            continue
        stale = RESULTS_DIR / f"{module.removeprefix('bench_')}.json"
        if stale.is_file():  # a failed run must not leave the previous figures in the summary
            stale.unlink()
        t = time.perf_counter()
        rc = subprocess.run([sys.executable, "-m", f"benchmarks.{module}", *(quick if a.quick else args)],
                            cwd=ROOT).returncode
        timings[module] = round(time.perf_counter() - t, 1)
        if rc != 0:
            failed.append(module)
    rows = _summary()
    w = [max(len(r[i]) for r in rows) for i in range(4)] if rows else [0] * 4
    print("\n== summary ==")
    print(f"  {'what'.ljust(w[0])}  {'measured'.rjust(w[1])}  {'target'.ljust(w[2])}  verdict")
    for r in rows:
        print(f"  {r[0].ljust(w[0])}  {r[1].rjust(w[1])}  {r[2].ljust(w[2])}  {r[3]}")
    path = save("summary", {"quick": a.quick, "rows": [dict(zip(("what", "measured", "target", "verdict"), r,
                                                                 strict=True)) for r in rows],
                            "seconds_per_benchmark": timings, "failed": failed})
    print(f"  saved {path}")
    if failed:
        print(f"failed: {', '.join(failed)}", file=sys.stderr)
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())

