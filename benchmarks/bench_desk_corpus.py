"""The desk and the field classifier on the independent desk corpus, beside trivial baselines (issue 15).

    python -m benchmarks.bench_desk_corpus               # both halves, figures only
    python -m benchmarks.bench_desk_corpus --show dev    # also the dev half's misses, thin answers, wrong fields

Prints, for dev and held-out: expected measure in the top 5, thin answers (fewer than 3 measures where at least
3 apply), the question's field (or none) right, the product descriptions' field, product top-1 and top-3, and the
independent plans' first field; then the in-house regression sets and the speed (desk search warm median, one
plan's classification). The held-out half is only measured: its individual failures are never printed.
Writes benchmarks/results/desk_corpus.json.
"""

from __future__ import annotations

import argparse
import csv
import statistics
import time
from typing import Any

from benchmarks import corpus_eval as ce
from benchmarks import desk_corpus_eval as de
from benchmarks.bench_desk_search import evaluate as evaluate_inhouse
from benchmarks.bench_desk_search import load_questions as inhouse_questions
from benchmarks.common import save
from chiiki_mirai import service
from chiiki_mirai.core.errors import UserError
from chiiki_mirai.knowledge.loader import load_kb
from chiiki_mirai.recommender.api import classify_plan, plan_industry_text, search
from chiiki_mirai.recommender.classify import classify

TARGETS = {"top5_pct": ">= 95", "thin": "0", "field_pct": ">= 95", "product_top1_pct": ">= 95",
           "product_top3_pct": ">= 99", "plan_first_field_pct": ">= 95", "desk_warm_median_ms": "<= 50",
           "plan_classify_median_ms": "<= 20"}
LABELLED = de.ROOT / "tests" / "data" / "fields_labelled.tsv"


def desk_answer(kb) -> Any:
    def answer(q: de.Question) -> de.Answer:
        out = search(q.text, kb=kb, top=10)
        ids = tuple(m["id"] for m in out["measures"] or out.get("offers") or [])
        matched = out.get("matched", bool(ids))
        fields = out.get("fields") or []
        return de.Answer(ids, matched, str(fields[0]["number"]) if fields else "none")
    return answer


def placement(kb) -> Any:
    def place(p: de.Product) -> de.Placement:
        c = classify([p.text], kb, top=3)[0]
        prods = sorted((pr for f in c.fields for pr in f.products), key=lambda pr: -pr.score)
        return de.Placement(str(c.fields[0].number) if c.fields else "none", tuple(pr.id for pr in prods))
    return place


def plan_fields(half: str, kb) -> tuple[dict[str, Any], list[float], list[str]]:
    """Plans' first field right (plans whose label names fields), the classification times, the misses."""
    right = total = 0
    times: list[float] = []
    misses: list[str] = []
    for d in ce.drafts(half):
        want = [str(x) for x in (d.label.get("fields") or [])]
        if not want:
            continue
        try:
            plan, _ = service.read_plan(d.path)
        except UserError:
            got = "unreadable"
        else:
            t = time.perf_counter()
            cls = classify_plan(plan, kb)
            times.append(time.perf_counter() - t)
            got = str(cls.fields[0].number) if cls.fields else "none"
            if got != want[0]:
                misses.append(f"{d.writer}/{d.name}: label {want} got {got}  [{plan_industry_text(plan)[:80]!r}]")
        total += 1
        right += got == want[0]
    return {"n_plans": total, "plan_first_field_pct": de.pct(right, total)}, times, misses


def _inhouse(kb) -> dict[str, Any]:
    res = evaluate_inhouse(inhouse_questions(), lambda q: [m["id"] for m in search(q, kb=kb, top=10)["measures"]])
    with LABELLED.open(encoding="utf-8") as f:
        rows = [(r["text"], r["field"]) for r in csv.DictReader(f, delimiter="\t")]
    got = classify([t for t, _ in rows], kb, top=3)
    right = sum((str(c.fields[0].number) if c.fields else "none") == g for (_, g), c in zip(rows, got, strict=True))
    return {"desk_questions_top5_pct": round(100 * res["all"]["top5"], 1),
            "fields_labelled_top1_pct": de.pct(right, len(rows)), "fields_labelled_n": len(rows)}


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--show", choices=["dev"], help="list the dev half's failures")
    args = ap.parse_args()
    kb = load_kb()
    answer, place = desk_answer(kb), placement(kb)
    answer(de.Question("", "", "工業用水が足りない", (), (), "none"))  # warm up
    dev_q, dev_p = de.questions("dev"), de.products("dev")
    baselines = {"fixed_top5": de.fixed_top5(dev_q), "most_common": de.most_common_placement(dev_p)}
    out: dict[str, Any] = {"targets": TARGETS}
    desk_times: list[float] = []
    plan_times: list[float] = []
    shown: dict[str, Any] = {}
    for half in ("dev", "heldout"):
        qs, ps = de.questions(half), de.products(half)

        def timed_answer(q: de.Question) -> de.Answer:
            t = time.perf_counter()
            a = answer(q)
            desk_times.append(time.perf_counter() - t)
            return a

        desk = de.score_desk(qs, timed_answer)
        prod = de.score_products(ps, place)
        plans, ptimes, pmiss = plan_fields(half, kb)
        plan_times += ptimes
        out[half] = {
            "tool": {**desk.figures(), **_product_keys(prod.figures()), **plans},
            "fixed_top5": de.score_desk(qs, baselines["fixed_top5"]).figures(),
            "most_common": de.score_products(ps, baselines["most_common"]).figures(),
        }
        if half == "dev":
            shown = {"missed": desk.missed, "thin": desk.thin_items, "field_wrong": desk.field_wrong,
                     "products_wrong": prod.wrong, "plans_wrong": pmiss, "found": len(desk.found)}
    out["speed"] = {"desk_warm_median_ms": round(1000 * statistics.median(desk_times), 1),
                    "plan_classify_median_ms": round(1000 * statistics.median(plan_times), 1) if plan_times else None}
    out["inhouse"] = _inhouse(kb)
    _print(out)
    if args.show == "dev":
        for k in ("missed", "thin", "field_wrong", "products_wrong", "plans_wrong"):
            print(f"\n# dev: {k} ({len(shown[k])})")
            print("\n".join(shown[k]) or "(none)")
        print(f"\n# dev: found {shown['found']}")
    save("desk_corpus", out)


def _product_keys(fig: dict[str, Any]) -> dict[str, Any]:
    """The product figures under names that do not collide with the questions' (n, field_pct)."""
    return {(k if k.startswith("product_") else "product_" + k): v for k, v in fig.items()}


def _print(out: dict[str, Any]) -> None:
    cols = ["top5_pct", "no_match_right", "thin", "field_pct", "product_field_pct", "product_top1_pct",
            "product_top3_pct", "plan_first_field_pct"]
    print(f"{'half':8} {'answer':12} " + " ".join(f"{c:>20}" for c in cols))
    for half in ("dev", "heldout"):
        tool = out[half]["tool"]
        base = {**out[half]["fixed_top5"], **_product_keys(out[half]["most_common"])}
        for name, row in (("tool", tool), ("baseline", base)):
            print(f"{half:8} {name:12} " + " ".join(f"{str(row.get(c, '-')):>20}" for c in cols))
    print(f"questions dev {out['dev']['tool']['n']}, held-out {out['heldout']['tool']['n']}; products dev "
          f"{out['dev']['tool']['product_n']}, held-out {out['heldout']['tool']['product_n']}; plans dev "
          f"{out['dev']['tool']['n_plans']}, held-out {out['heldout']['tool']['n_plans']}")
    print("baseline: a fixed top-5 list / the most common field and product of the dev half")
    print(f"speed: {out['speed']}  (targets: desk <= 50 ms, plan classification <= 20 ms)")
    print(f"in-house regression sets: {out['inhouse']}")
    print(f"targets (held-out): {TARGETS}")


if __name__ == "__main__":
    main()
