"""Recommender quality and speed: prints figures and writes benchmarks/results/recommender.json.

Field classification on the shared examples plus tests/data/fields_labelled.tsv (top-1, top-3,
"none" recognised), expected measures of the example drafts within the top 10, warm `recommend`
time for one plan, model load time (the whole encoder start in a fresh process: the cached static
model loads without sentence-transformers; importing sentence-transformers, needed only to build it
or to load another model, is reported apart).
"""

from __future__ import annotations

import csv
import json
import subprocess
import sys
import time
from pathlib import Path

import yaml

from chiiki_mirai import service
from chiiki_mirai.knowledge.loader import load_kb
from chiiki_mirai.recommender.api import recommend_for_plan
from chiiki_mirai.recommender.classify import classify

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT / "examples"  # the shared development set, copied into the repository
SETS = [SHARED / "fields.tsv", ROOT / "tests" / "data" / "fields_labelled.tsv"]


def load_times() -> dict:
    load_code = (
        "import time;t=time.time();"
        "from chiiki_mirai.recommender.encoder import get_encoder;get_encoder();print(time.time()-t)"
    )
    imp_code = "import time;t=time.time();import sentence_transformers;print(time.time()-t)"

    def run(code: str) -> float:
        return float(subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=ROOT,
                                    check=True).stdout)

    load = run(load_code)
    return {"import_sentence_transformers_s": round(run(imp_code), 2), "model_load_s": round(load, 2)}


def _read(path: Path) -> list[tuple[str, str]]:
    if not path.is_file():
        return []
    with path.open(encoding="utf-8") as f:
        return [(r["text"], r["field"]) for r in csv.DictReader(f, delimiter="\t")]


def classification() -> dict:
    """All texts, then the labelled set's two halves by line parity (a held-out view: tuning to one
    half's wording would show as a gap between the halves)."""

    kb = load_kb()
    rows = [r for p in SETS for r in _read(p)]
    t = time.perf_counter()
    res = classify([r[0] for r in rows], kb, top=3)
    per_text_ms = (time.perf_counter() - t) / max(len(rows), 1) * 1000
    out = _score(rows, res)
    out["ms_per_text"] = round(per_text_ms, 2)
    labelled = _read(SETS[1])
    got = dict(zip([r[0] for r in rows], res, strict=True))
    for name, parity in (("labelled_odd_lines", 1), ("labelled_even_lines", 0)):
        # data line i (1-based after the header) is file line i + 1
        half = [r for i, r in enumerate(labelled, 1) if (i + 1) % 2 == parity]
        part = _score(half, [got[r[0]] for r in half])
        out[name] = {k: v for k, v in part.items() if k != "top3_misses"}
    return out


def _score(rows: list[tuple[str, str]], res: list) -> dict:
    top1 = top3 = none_ok = none_n = 0
    misses = []
    for (text, gold), c in zip(rows, res, strict=True):
        got = [f.number for f in c.fields]
        if gold == "none":
            none_n += 1
            ok1 = ok3 = not got
            none_ok += ok1
        else:
            ok1 = bool(got) and got[0] == int(gold)
            ok3 = int(gold) in got[:3]
        top1 += ok1
        top3 += ok3
        if not ok3:
            misses.append({"text": text, "gold": gold, "got": got})
    n = max(len(rows), 1)
    return {
        "n": len(rows), "top1": round(top1 / n, 4), "top3": round(top3 / n, 4),
        "none_recognised": f"{none_ok}/{none_n}", "top3_misses": misses,
    }


def measures() -> dict:
    kb = load_kb()
    expected = yaml.safe_load((SHARED / "expected.yaml").read_text(encoding="utf-8"))
    out: dict = {"drafts": {}}
    found = total = 0
    warm = []
    for rel, exp in sorted(expected.items()):
        plan, report = service.read_plan(SHARED / rel)
        result = service.check_plan(plan, rel, with_recommendations=False)
        recommend_for_plan(plan, result, kb)  # warm
        t = time.perf_counter()
        recs = recommend_for_plan(plan, result, kb, top=10)
        warm.append((time.perf_counter() - t) * 1000)
        names = [r.name + " " + " ".join(kb.measures[r.id].aliases) for r in recs]
        hit = {want: any(want in n for n in names) for want in exp.get("recommend", [])}
        found += sum(hit.values())
        total += len(hit)
        out["drafts"][rel] = {"expected_in_top10": hit, "top10": [r.id for r in recs]}
    out["expected_found"] = f"{found}/{total}"
    out["warm_recommend_ms"] = round(max(warm), 1) if warm else None
    return out


def main() -> None:
    figures = {"load": load_times(), "classification": classification(), "measures": measures()}
    c, m, ld = figures["classification"], figures["measures"], figures["load"]
    print(f"classification: n={c['n']} top-1 {c['top1']:.1%} top-3 {c['top3']:.1%} none {c['none_recognised']}"
          "  (targets: top-1 >= 90%, top-3 >= 98%)")
    for name in ("labelled_odd_lines", "labelled_even_lines"):
        h = c[name]
        print(f"  held-out view {name}: n={h['n']} top-1 {h['top1']:.1%} top-3 {h['top3']:.1%} "
              f"none {h['none_recognised']}")
    print(f"expected measures in top 10: {m['expected_found']}; warm recommend {m['warm_recommend_ms']} ms (target < 50)")
    print(f"model load {ld['model_load_s']} s, target < 3 (a sentence-transformers import alone, not needed for it: {ld['import_sentence_transformers_s']} s)")
    out = ROOT / "benchmarks" / "results" / "recommender.json"
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text(json.dumps(figures, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
