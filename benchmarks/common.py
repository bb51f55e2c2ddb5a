"""Shared helpers of the benchmarks: drafts, timing statistics, machine info, JSON results."""

from __future__ import annotations

import datetime as _dt
import hashlib
import json
import os
import platform
import resource
import statistics
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

from chiiki_mirai.readers.decode import decode_text

ROOT = Path(__file__).resolve().parents[1]
RESULTS_DIR = ROOT / "benchmarks" / "results"
# the example drafts (the shared development set and the repository's copy) plus the test drafts
DRAFT_DIRS = [ROOT / "examples" / "drafts", ROOT / "tests" / "data" / "drafts"]


def example_drafts() -> list[tuple[str, str]]:
    """(name, text) of every Markdown/text draft found, duplicates (same content) once, sorted by name."""

    seen: set[str] = set()
    out: list[tuple[str, str]] = []
    for d in DRAFT_DIRS:
        if not d.is_dir():
            continue
        for p in sorted(d.iterdir()):
            if p.suffix.lower() not in (".md", ".txt"):
                continue
            data = p.read_bytes()
            h = hashlib.sha1(data).hexdigest()
            if h in seen:
                continue
            seen.add(h)
            text, _ = decode_text(data)
            out.append((p.stem, text))
    return sorted(out)


def stats_ms(samples_s: list[float]) -> dict[str, float]:
    """Median, p95, min, max and mean of samples given in seconds, in milliseconds."""
    ms = sorted(s * 1000 for s in samples_s)
    if not ms:
        return {"n": 0}
    p95 = ms[min(len(ms) - 1, max(0, round(0.95 * len(ms)) - 1))]
    return {
        "n": len(ms),
        "median_ms": round(statistics.median(ms), 3),
        "p95_ms": round(p95, 3),
        "min_ms": round(ms[0], 3),
        "max_ms": round(ms[-1], 3),
        "mean_ms": round(statistics.fmean(ms), 3),
    }


def timed(fn: Callable[[], Any]) -> tuple[float, Any]:
    t = time.perf_counter()
    out = fn()
    return time.perf_counter() - t, out


def peak_rss_mb() -> float:
    """Peak resident set size of this process (Linux reports ru_maxrss in KiB)."""
    return round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, 1)


def machine() -> dict[str, Any]:
    cpu = ""
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    mem = ""
    try:
        for line in Path("/proc/meminfo").read_text().splitlines():
            if line.startswith("MemTotal"):
                mem = f"{int(line.split()[1]) / 1024 / 1024:.1f} GiB"
    except OSError:
        pass
    return {
        "nproc": os.cpu_count(),
        "cpu": cpu or platform.processor(),
        "memory": mem,
        "python": platform.python_version(),
        "platform": platform.platform(),
    }


def save(name: str, data: dict[str, Any]) -> Path:
    """Write benchmarks/results/<name>.json (with the machine and the time) and return its path."""
    RESULTS_DIR.mkdir(parents=True, exist_ok=True)
    out = {"benchmark": name, "when": _dt.datetime.now().isoformat(timespec="seconds"), "machine": machine()}
    out.update(data)
    path = RESULTS_DIR / f"{name}.json"
    path.write_text(json.dumps(out, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
    return path


def verdict(value: float, limit: float, lower_is_better: bool = True) -> str:
    ok = value < limit if lower_is_better else value >= limit
    return "met" if ok else "NOT met"


def print_rows(title: str, rows: list[tuple[str, str, str]]) -> None:
    """A small table: (what, figure, target/verdict)."""
    print(f"\n== {title} ==")
    w0 = max((len(r[0]) for r in rows), default=0)
    w1 = max((len(r[1]) for r in rows), default=0)
    for a, b, c in rows:
        print(f"  {a.ljust(w0)}  {b.rjust(w1)}  {c}")
