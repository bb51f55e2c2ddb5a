"""The desk's search quality: hit rates on tests/data/desk_questions.yaml, by half, and warm speed.

A question with expected measures is a hit at k when one of them is among the first k results; a
question no measure answers (`expect: []`) is a hit when the search returns no measure. The set's
even positions are the tuning half, odd positions the held-out half (see the file's header).

    python -m benchmarks.bench_desk_search [--misses]
"""

from __future__ import annotations

import sys
import time
from pathlib import Path

import yaml

from benchmarks.common import save
from chiiki_mirai.knowledge.loader import load_kb
from chiiki_mirai.recommender.api import search

ROOT = Path(__file__).resolve().parents[1]
QUESTIONS = ROOT / "tests" / "data" / "desk_questions.yaml"


def load_questions(path: Path = QUESTIONS) -> list[dict]:
    return yaml.safe_load(path.read_text(encoding="utf-8"))["questions"]


def is_hit(expect: list[str], ids: list[str], k: int) -> bool:
    return not ids if not expect else bool(set(expect) & set(ids[:k]))


def evaluate(questions: list[dict], search) -> dict:
    """search(query) -> list of measure ids; hit rates at 3 and 5 for all, tuning and held-out halves."""
    rows = []
    for i, q in enumerate(questions):
        ids = search(q["q"])
        rows.append({"i": i, "q": q["q"], "expect": q["expect"], "ids": ids,
                     "top3": is_hit(q["expect"], ids, 3), "top5": is_hit(q["expect"], ids, 5)})

    def rates(sel: list[dict]) -> dict:
        n = max(len(sel), 1)
        return {"n": len(sel), "top3": round(sum(r["top3"] for r in sel) / n, 3),
                "top5": round(sum(r["top5"] for r in sel) / n, 3)}

    return {"all": rates(rows), "tuning": rates([r for r in rows if r["i"] % 2 == 0]),
            "held_out": rates([r for r in rows if r["i"] % 2 == 1]), "rows": rows}


def main() -> None:
    kb = load_kb()

    def ids(q: str) -> list[str]:
        return [m["id"] for m in search(q, kb=kb, top=10)["measures"]]

    questions = load_questions()
    ids(questions[0]["q"])  # warm up: models and indexes
    t = time.perf_counter()
    res = evaluate(questions, ids)
    ms = (time.perf_counter() - t) / len(questions) * 1000
    for half in ("all", "tuning", "held_out"):
        r = res[half]
        print(f"{half:9} n={r['n']:3}  top-3 {r['top3']:.1%}  top-5 {r['top5']:.1%}")
    print(f"warm search: {ms:.1f} ms per question")
    path = save("desk_search", {
        **{half: res[half] for half in ("all", "tuning", "held_out")},
        "warm_search_ms": round(ms, 2),
        "misses_top5": [{"q": r["q"], "expect": r["expect"], "got": r["ids"][:5]} for r in res["rows"] if not r["top5"]],
    })
    print(f"saved {path}")
    if "--misses" in sys.argv:
        show_all = "--all" in sys.argv
        for r in res["rows"]:
            if r["top5"] and not show_all:
                continue
            if r["i"] % 2 == 1 and "--held-out" not in sys.argv:
                print(f"  [held-out #{r['i']}] {'hit' if r['top5'] else 'miss'}")
                continue
            print(f"  #{r['i']} {'ok ' if r['top5'] else 'MISS'} {r['q']}  expect={r['expect']}  got={r['ids'][:5]}")


if __name__ == "__main__":
    main()
