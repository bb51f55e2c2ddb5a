"""Recommendations against the reviewers' judgements of the independent plans, beside trivial baselines.

    python -m benchmarks.bench_recommend_corpus                 # both halves, aggregate figures only
    python -m benchmarks.bench_recommend_corpus --show dev      # also the dev half's misses, per plan
    python -m benchmarks.bench_recommend_corpus --dev-only      # tuning: the dev half only (held-out not run)
    python -m benchmarks.bench_recommend_corpus --record-first  # store this run as the first (untuned) one

The figures are defined in benchmarks/rec_eval.py (apt@10, apt found, noise, named in the top 10, reason
lines true, ministry right — the figure held to the target; `ministry_shared` is a side column, ministry right with
関係府省 also agreeing with a body named in the cited passage of a measure the sources give to 関係府省).
Rows: `tool` (the recommender now), `fixed_top10` (per plan type, the 10 measures most often judged apt on dev,
whatever the plan says), `first_run` (the recommender as first measured, before issue 19's changes; stored in
benchmarks/results/recommend_corpus_first.json).
Where adjudications of the reviewer splits exist (tests/corpus/recommend/adjudication, benchmarks/rec_adjudicated.py),
the rows `tool+adj` and `fixed+adj` give the same figures with the adjudicated labels as a correction layer,
printed beside the original rows, never in their place.
The held-out half is only ever measured: its individual items are never printed (held-out discipline).
Writes benchmarks/results/recommend_corpus.json.
"""

from __future__ import annotations

import argparse
import json
import re
import time
from typing import Any

from benchmarks import rec_adjudicated as adj
from benchmarks import rec_eval as re_
from benchmarks.common import RESULTS_DIR, save
from chiiki_mirai import service
from chiiki_mirai.core.errors import UserError
from chiiki_mirai.core.plan import Plan
from chiiki_mirai.core.result import CheckResult, Recommendation
from chiiki_mirai.knowledge.loader import KnowledgeBase, load_kb
from chiiki_mirai.knowledge.schema import Measure

TARGETS = {"apt_at_10": ">= 80", "noise": "<= 3", "named_in_top10": ">= 95", "reasons_true": ">= 95",
           "ministry_right": ">= 98"}
COLS = ["apt_at_10", "apt_at_10_plan", "apt_found", "noise", "named_in_top10", "named_quoted", "reasons_true",
        "ministry_right", "ministry_shared", "author_warning_shown"]
# column heads where the first 14 letters would not tell two columns apart
HEADS = {"author_warning_shown": "author_warning"}
FIRST = RESULTS_DIR / "recommend_corpus_first.json"


def plan_text(plan: Plan) -> str:
    parts = [plan.title or "", plan.industry.domain or "", *plan.industry.products, plan.industry.reason or ""]
    parts += [f"{s.heading}\n{s.text}" for s in plan.sections.values()]
    parts += [f"{s.heading}\n{s.text}" for s in plan.other_text]
    return re_.fold("\n".join(parts))


# the reason strings of the recommender before issue 19 (no structured lines): read back by their wording
_OLD = [
    (re.compile(r"要件「(.+?)」が未充足・一部不足"), "gap"),
    (re.compile(r"計画に「(.+?)」の記載があり"), "plan_cues"),
    (re.compile(r"計画の.+?に「(.+?)」とあり"), "plan"),
    (re.compile(r"計画の「(.+?)」は(?:戦略分野|製品・技術)"), "plan"),
    (re.compile(r"17の戦略分野以外の"), "plan_noquote"),
    (re.compile(r"支援メニュー例|支援策\(例\)|活用プロセス"), "kb"),
]


def old_lines(kb: KnowledgeBase, rec: Recommendation) -> list[re_.Line]:
    labels = {getattr(i, "label", ""): i_id for i_id in _item_ids(kb) if (i := kb.item_by_id(i_id))}
    out = []
    for text in rec.reasons:
        for pat, kind in _OLD:
            m = pat.search(text)
            if not m:
                continue
            if kind == "gap":
                out.append(re_.Line("gap", (), labels.get(m.group(1), m.group(1)), False))
            elif kind == "plan_cues":
                out.append(re_.Line("plan", tuple(m.group(1).split("・"))))
            elif kind == "plan":
                out.append(re_.Line("plan", (m.group(1),)))
            elif kind == "plan_noquote":
                out.append(re_.Line("plan"))
            else:
                out.append(re_.Line("kb"))
            break
        else:
            out.append(re_.Line("unknown"))
    return out


def _item_ids(kb: KnowledgeBase) -> list[str]:
    return [r.id for rs in kb.requirements.values() for r in rs] + [c.id for c in kb.checks]


def new_lines(kb: KnowledgeBase, rec: Recommendation) -> list[re_.Line]:
    out = []
    for ln in rec.reason_lines:
        kind = {"named": "named", "gap": "gap", "kb": "kb"}.get(ln.kind, "plan")
        supported = bool(ln.rationale and ln.source)
        out.append(re_.Line(kind, tuple(q for q in [ln.quote] if q), ln.ref, supported))
    return out


def shown(kb: KnowledgeBase, rec: Recommendation) -> re_.Shown:
    lines = new_lines(kb, rec) if getattr(rec, "reason_lines", None) else old_lines(kb, rec)
    window = getattr(rec, "window_id", "") or rec.ministry_id
    return re_.Shown(rec.id, window, lines)


def tool(kb: KnowledgeBase, j: re_.Judgement) -> re_.Output:
    try:
        plan, report = service.read_plan(j.path)
    except UserError:
        return re_.Output([])
    result: CheckResult = service.check_plan(plan, source=str(j.path), parse_report=report)
    notices = list(getattr(result, "recommendation_notices", []) or [])
    return re_.Output([shown(kb, r) for r in result.recommendations], {i.id for i in result.gaps},
                      plan_text(plan), notices)


def passage_bodies(kb: KnowledgeBase, m: Measure) -> set[str]:
    """For a measure the knowledge gives to 関係府省 on a source, the bodies among its co-owners and windows that the
    cited passage names (経済産業省 in 「経済産業省が「参考リスト」として取りまとめている」); else none."""
    basis = m.ministry_basis
    if m.ministry != re_.RELATED or basis is None or basis.kind != "source" or basis.source is None:
        return set()
    candidates = {*m.co_ministries, *(w.ministry for w in m.windows)} - {re_.RELATED}
    return {b for b in candidates if b in kb.ministries
            and any(n and n in basis.source.excerpt for n in (kb.ministries[b].name, kb.ministries[b].short_name))}


def scorer_for(kb: KnowledgeBase, judged: list[re_.Judgement]) -> re_.Scorer:
    """The scorer with the knowledge's regional offices, ministries, proper names and the bodies named in the passages
    that give measures to 関係府省 (the side column)."""
    return re_.Scorer({m.id: m.parent for m in kb.ministries.values() if m.parent}, re_.gap_labels_for(judged),
                      kb.ministries, {m.id: m.proper_names for m in kb.measures.values()},
                      {m.id: bs for m in kb.measures.values() if (bs := passage_bodies(kb, m))})


def baseline(kb: KnowledgeBase, fixed: dict[str, list[str]], ptype: str | None) -> re_.Output:
    return re_.Output([re_.Shown(m, kb.measures[m].ministry) for m in fixed.get(ptype, [])])


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--show", choices=["dev"], help="list the dev half's misses per plan")
    ap.add_argument("--dev-only", action="store_true",
                    help="run the dev half only (while tuning; the held-out half is not even run); writes no file")
    ap.add_argument("--record-first", action="store_true", help="store this run's tool figures as the first run")
    args = ap.parse_args()
    problems = re_.frozen_problems()
    if problems:
        raise SystemExit(f"judgements changed after freezing: {problems}")
    kb = load_kb()
    dev, held = re_.judgements("dev"), re_.judgements("heldout")
    types = re_.plan_types_for(dev + held)
    fixed = re_.fixed_top10(dev, types)
    scorer = scorer_for(kb, dev + held)
    t0 = time.perf_counter()
    if args.dev_only:
        held = []
    outputs = {j.plan: tool(kb, j) for j in dev + held}
    elapsed = time.perf_counter() - t0
    first = json.loads(FIRST.read_text(encoding="utf-8")) if FIRST.is_file() else {}
    layer = _layer()
    out: dict[str, Any] = {"targets": TARGETS, "fixed_top10": fixed}
    details = []
    for half, js in (("dev", dev), ("heldout", held))[:1 if args.dev_only else 2]:
        t_tool, t_fixed = re_.Tally(), re_.Tally()
        for j in js:
            d = scorer.add(t_tool, j, outputs[j.plan], re_.AUTHOR_WARNING_WORDS)
            scorer.add(t_fixed, j, baseline(kb, fixed, types.get(j.plan)), re_.AUTHOR_WARNING_WORDS)
            if half == "dev":
                details.append(d)
        out[half] = {"tool": t_tool.figures(), "fixed_top10": t_fixed.figures(), "apt_at_10_ceiling": re_.ceiling(js)}
        if first.get(half):
            out[half]["first_run"] = first[half]["tool"]
        if layer.files:
            out[half].update(_adjudicated(js, layer, scorer, outputs, lambda j: baseline(kb, fixed, types.get(j.plan))))
    out["seconds"] = round(elapsed, 1)
    _print(out)
    if args.show == "dev":
        for d in details:
            print(f"\n## {d['plan']}\n  shown: {d['shown']}\n  noise: {d['noise']}\n  apt missing: {d['apt_missing']}"
                  f"\n  named missing: {d['named_missing']}\n  wrong windows: {d['wrong_windows']}")
            for b in d["false_lines"]:
                print(f"  false line: {b}")
    if args.dev_only:
        return
    if args.record_first:
        FIRST.write_text(json.dumps({h: {"tool": out[h]["tool"]} for h in ("dev", "heldout")}, ensure_ascii=False,
                                    indent=2) + "\n", encoding="utf-8")
    save("recommend_corpus", out)


def _layer() -> adj.Layer:
    """The adjudication layer, if every file of it is frozen (otherwise none, and why)."""
    problems = adj.frozen_problems()
    if problems:
        print(f"adjudications not frozen, not used: {problems}")
        return adj.Layer()
    return adj.load()


def _adjudicated(js: list[re_.Judgement], layer: adj.Layer, scorer: re_.Scorer, outputs: dict[str, re_.Output],
                 fixed_out: Any) -> dict[str, Any]:
    """The figures with the adjudicated labels in place of the reviewers' for the adjudicated pairs."""
    applied = adj.apply(js, layer)
    t_tool, t_fixed = re_.Tally(), re_.Tally()
    for j in applied.judgements:
        scorer.add(t_tool, j, outputs[j.plan], re_.AUTHOR_WARNING_WORDS)
        scorer.add(t_fixed, j, fixed_out(j), re_.AUTHOR_WARNING_WORDS)
    return {"tool+adj": t_tool.figures(), "fixed+adj": t_fixed.figures(),
            "adjudication": {"pairs": applied.pairs, "changed": applied.changed,
                             "windows_unscored": applied.windows_unscored, "rejected_entries": layer.rejected,
                             "apt_at_10_ceiling": re_.ceiling(applied.judgements)}}


def _print(out: dict[str, Any]) -> None:
    print(f"{'half':8} {'answer':12} " + " ".join(f"{HEADS.get(c, c)[:15]:>15}" for c in COLS))
    for half in [h for h in ("dev", "heldout") if h in out]:
        for name in ("tool", "tool+adj", "fixed_top10", "fixed+adj", "first_run"):
            f = out[half].get(name)
            if f:
                print(f"{half:8} {name:12} " + " ".join(f"{str(f.get(c)):>15}" for c in COLS))
        f = out[half]["tool"]
        print(f"{'':8} {'':12} plans {f['plans']}, apt@10 ceiling {out[half]['apt_at_10_ceiling']}, reason lines {f['reason_lines']} by kind "
              f"{f['reasons_true_by_kind']}, windows scored {f['windows_scored']}")
        if "adjudication" in out[half]:
            print(f"{'':8} {'':12} adjudicated: {out[half]['adjudication']}")
    print(f"targets (held-out): {TARGETS}; {out['seconds']} s")


if __name__ == "__main__":
    main()
