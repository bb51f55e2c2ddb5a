"""Start-up costs, each in a fresh process: knowledge base load + graph build, encoder load (cold =
built into an empty cache, cached = loaded from the cache), and the whole `chiiki-mirai check` process
on one draft (several runs). Target: the whole check process under 5 s.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from benchmarks.common import DRAFT_DIRS, ROOT, print_rows, save, verdict

TARGET_CLI_S = 5.0

# child programs: each prints one JSON line with its own timings
_KB_CHILD = """
import json, time
t0 = time.perf_counter()
from chiiki_mirai.knowledge.loader import load_kb
t1 = time.perf_counter()
kb = load_kb()
t2 = time.perf_counter()
from chiiki_mirai.knowledge.graph import _build
t3 = time.perf_counter()
g = _build(kb)
t4 = time.perf_counter()
try:
    from chiiki_mirai.recommender.graph_index import GraphIndex
    t5 = time.perf_counter(); GraphIndex(kb); t6 = time.perf_counter()
    gi = t6 - t5
except ImportError:
    gi = None
from chiiki_mirai.rules.engine import get_engine
t7 = time.perf_counter(); get_engine(kb); t8 = time.perf_counter()
print(json.dumps({"import_s": t1 - t0, "kb_load_s": t2 - t1, "graph_build_s": t4 - t3,
                  "graph_index_s": gi, "rules_compile_s": t8 - t7,
                  "nodes": g.number_of_nodes(), "edges": g.number_of_edges(),
                  "measures": len(kb.measures), "products": len(kb.products)}))
"""

# the encoder as the tool loads it: the cached static model needs no sentence-transformers (nor
# torch); building it (cold) does. `torch_imported` says which path ran.
_ENCODER_CHILD = """
import json, sys, time
t0 = time.perf_counter()
from chiiki_mirai.recommender.encoder import get_encoder
t1 = time.perf_counter()
enc = get_encoder()
t2 = time.perf_counter()
enc.encode(["木曽漆器の海外販路開拓と職人の育成"])
t3 = time.perf_counter()
print(json.dumps({"import_s": t1 - t0, "get_encoder_s": t2 - t1, "first_encode_s": t3 - t2,
                  "total_s": t3 - t0, "torch_imported": float("torch" in sys.modules)}))
"""

_CHECK_NO_REC_CHILD = """
import sys, time
t0 = time.perf_counter()
from chiiki_mirai import service
plan, report = service.read_plan(sys.argv[1])
r = service.check_plan(plan, sys.argv[1], with_recommendations=False)
print(time.perf_counter() - t0)
"""


def _child(code: str, env: dict | None = None, args: list[str] | None = None) -> tuple[float, str]:
    t = time.perf_counter()
    p = subprocess.run([sys.executable, "-c", code, *(args or [])], capture_output=True, text=True,
                       cwd=ROOT, env={**os.environ, **(env or {})}, timeout=600)
    wall = time.perf_counter() - t
    if p.returncode != 0:
        raise RuntimeError(f"child failed: {p.stderr[-2000:]}")
    return wall, p.stdout.strip().splitlines()[-1]


def _draft() -> Path:
    for d in DRAFT_DIRS:
        if d.is_dir():
            for p in sorted(d.glob("*.md")):
                return p
    raise SystemExit("no example draft found")


def _cli() -> list[str]:
    exe = shutil.which("chiiki-mirai")
    return [exe] if exe else [sys.executable, "-m", "chiiki_mirai.cli"]


def run(runs: int = 5) -> dict:
    out: dict = {}
    kb_runs = [json.loads(_child(_KB_CHILD)[1]) for _ in range(3)]
    out["kb"] = {k: round(statistics.median(r[k] for r in kb_runs), 4) if isinstance(kb_runs[0][k], float)
                 else kb_runs[0][k] for k in kb_runs[0]}
    with tempfile.TemporaryDirectory(prefix="chiiki_cache_") as tmp:
        cold_wall, cold = _child(_ENCODER_CHILD, env={"CHIIKI_MIRAI_CACHE": tmp})
        cached = [json.loads(_child(_ENCODER_CHILD, env={"CHIIKI_MIRAI_CACHE": tmp})[1]) for _ in range(3)]
    out["encoder"] = {
        "cold": {k: round(v, 3) for k, v in json.loads(cold).items()},
        "cached": {k: round(statistics.median(r[k] for r in cached), 3) for k in cached[0]},
    }
    draft = _draft()
    cmd = [*_cli(), "check", str(draft)]
    subprocess.run(cmd, capture_output=True, cwd=ROOT, timeout=600)  # the first run builds the user cache
    walls = []
    for _ in range(runs):
        t = time.perf_counter()
        p = subprocess.run(cmd, capture_output=True, cwd=ROOT, timeout=600)
        walls.append(time.perf_counter() - t)
        if p.returncode not in (0, 1):
            raise RuntimeError(p.stderr.decode()[-2000:])
    no_rec = [_child(_CHECK_NO_REC_CHILD, args=[str(draft)])[0] for _ in range(3)]
    out["cli_check"] = {
        "command": " ".join(["chiiki-mirai", "check", draft.name]),
        "runs": runs,
        "median_s": round(statistics.median(walls), 3),
        "max_s": round(max(walls), 3),
        "min_s": round(min(walls), 3),
        "target_s": TARGET_CLI_S,
        "met": max(walls) < TARGET_CLI_S,
    }
    out["process_check_without_recommendations"] = {
        "median_s": round(statistics.median(no_rec), 3), "max_s": round(max(no_rec), 3)
    }
    kb = out["kb"]
    rows = [
        ("import chiiki_mirai.knowledge.loader", f"{kb['import_s'] * 1000:.0f} ms", ""),
        ("knowledge base load", f"{kb['kb_load_s'] * 1000:.0f} ms",
         f"{kb['measures']} measures, {kb['products']} products"),
        ("graph build", f"{kb['graph_build_s'] * 1000:.0f} ms", f"{kb['nodes']} nodes, {kb['edges']} edges"),
    ]
    if kb.get("graph_index_s") is not None:
        rows.append(("recommender graph index", f"{kb['graph_index_s'] * 1000:.0f} ms", "sparse matrix incl. graph"))
    rows.append(("rules compile + host", f"{kb['rules_compile_s'] * 1000:.0f} ms", "3 rulesets"))
    if "encoder" in out:
        e = out["encoder"]
        rows += [
            ("encoder cold (build cache)", f"{e['cold']['total_s']:.2f} s",
             f"build (sentence-transformers) + load {e['cold']['get_encoder_s']:.2f} s"),
            ("encoder cached", f"{e['cached']['total_s']:.2f} s",
             f"load {e['cached']['get_encoder_s']:.2f} s; torch imported: {bool(e['cached']['torch_imported'])}"),
        ]
    c = out["cli_check"]
    rows.append((f"`chiiki-mirai check` process ({runs} runs)", f"{c['median_s']:.2f} s",
                 f"max {c['max_s']:.2f} s; target < {TARGET_CLI_S:.0f} s: {verdict(c['max_s'], TARGET_CLI_S)}"))
    rows.append(("process: read + check, no recommend", f"{statistics.median(no_rec):.2f} s", "same draft, for comparison"))
    print_rows("start-up (fresh processes)", rows)
    print(f"  saved {save('coldstart', out)}")
    return out


if __name__ == "__main__":
    ap = argparse.ArgumentParser()
    ap.add_argument("--runs", type=int, default=5)
    run(ap.parse_args().runs)
