"""The check on the independent corpus: gaps found, false alarms, review on met items, plan type, first field.

    python -m benchmarks.bench_corpus                 # both halves, figures only, beside the baselines
    python -m benchmarks.bench_corpus --show dev      # also list the dev half's misses and false alarms

The held-out half is only ever measured: its individual failures are never printed (held-out discipline,
see tests/corpus/independent/README.md). Writes benchmarks/results/corpus.json.
"""

from __future__ import annotations

import argparse
import time
from typing import Any

from benchmarks import corpus_eval as ce
from benchmarks.common import save
from chiiki_mirai import service
from chiiki_mirai.core.errors import UserError

TARGETS = {"gaps_found_pct": ">= 95", "false_alarm_pct": "<= 5", "review_on_met_pct": "<= 10", "plan_type_pct": "100"}


def tool(d: ce.Draft) -> dict[str, Any]:
    try:
        plan, report = service.read_plan(d.path)
    except UserError as e:
        return {"plan_type": None, "items": {}, "error": str(e)}
    result = service.check_plan(plan, source=str(d.path), parse_report=report)
    items = {i.id: i.status for i in result.requirements + result.checks}
    fields = [f for f in (result.fields or [])]
    first = None
    if fields:
        f0 = fields[0]
        first = (f0.get("number") if isinstance(f0, dict) else getattr(f0, "number", None)) or "none"
    return {"plan_type": result.plan_type, "items": items, "first_field": first if fields else "none"}


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--show", choices=["dev"], help="list the dev half's misses and false alarms")
    ap.add_argument("--items", action="store_true", help="per item (dev half only): gaps, found, met, false alarms")
    ap.add_argument("--dev-only", action="store_true", help="run the dev half only (while debugging)")
    ap.add_argument("--writers", help="dev writers to score, e.g. w8,w9,w10 (implies --dev-only; the fixed list "
                    "is still learnt from the whole dev half)")
    args = ap.parse_args()
    args.dev_only = args.dev_only or bool(args.writers)
    dev, held = ce.drafts("dev"), ([] if args.dev_only else ce.drafts("heldout"))
    fixed = ce.fixed_list_from(dev)
    if args.writers:
        dev = [d for d in dev if d.writer in args.writers.split(",")]
    out: dict[str, Any] = {"targets": TARGETS}
    t0 = time.perf_counter()
    cache = {d.path: tool(d) for d in dev + held}
    elapsed = time.perf_counter() - t0
    for half, items in (("dev", dev), ("heldout", held)):
        row = {}
        for name, pred in (("tool", lambda d: cache[d.path]), ("all_met", ce.all_met), ("fixed_list", fixed)):
            row[name] = ce.score(items, pred).figures()
            row[name + "_firm"] = ce.score(items, pred, firm_only=True).figures()
        row["drafts"] = len(items)
        out[half] = row
    out["seconds"] = round(elapsed, 1)
    _print(out)
    if args.items:
        _print_items(dev, cache)
    if args.show == "dev":
        s = ce.score(dev, lambda d: cache[d.path])
        print("\n# dev: gaps the tool did not find")
        print("\n".join(s.missed) or "(none)")
        print("\n# dev: false alarms")
        print("\n".join(s.alarms) or "(none)")
        bad_type = [f"{d.writer}/{d.name}: {cache[d.path].get('plan_type')} (label {d.label['plan_type']})"
                    for d in dev if cache[d.path].get("plan_type") != d.label["plan_type"]]
        print("\n# dev: plan type wrong\n" + ("\n".join(bad_type) or "(none)"))
    if not args.dev_only:
        save("corpus", out)


def _print_items(dev: list[ce.Draft], cache: dict) -> None:
    rows: dict[str, list[int]] = {}
    for d in dev:
        got = cache[d.path]["items"]
        for item, raw in d.label["items"].items():
            want = raw["status"] if isinstance(raw, dict) else raw
            r = rows.setdefault(item, [0, 0, 0, 0])
            g = got.get(item)
            if want == "gap":
                r[0] += 1
                r[1] += g in ce.GAP
            elif want == "met":
                r[2] += 1
                r[3] += g in ce.GAP
    print(f"\n# dev per item: {'item':28} gaps found   met false-alarms")
    for item in sorted(rows):
        g, f, m, fa = rows[item]
        print(f"  {item:34} {g:4} {f:5}   {m:4} {fa:5}")


def _print(out: dict[str, Any]) -> None:
    cols = ["gaps_found_pct", "false_alarm_pct", "review_on_met_pct", "plan_type_pct", "first_field_pct"]
    print(f"{'half':8} {'answer':16} " + " ".join(f"{c:>18}" for c in cols))
    for half in [h for h in ("dev", "heldout") if out[h]["drafts"]]:
        for name in ("tool", "tool_firm", "all_met", "fixed_list"):
            f = out[half][name]
            vals = " ".join(f"{str(f.get(c)):>18}" for c in cols)
            print(f"{half:8} {name:16} {vals}")
    print(f"targets (held-out): {TARGETS}; drafts dev {out['dev']['drafts']}, held-out {out['heldout']['drafts']}; "
          f"{out['seconds']} s")


if __name__ == "__main__":
    main()
