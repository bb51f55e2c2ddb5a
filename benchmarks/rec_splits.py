"""Reviewer splits on the dev half, and blind adjudication packets for them (issue 19).

A reviewer split is a measure (for one plan type) whose verdict depends on who judged rather than on the plan: the
same measure, read against plans of the same type, is apt for one reviewer and noise (or plausible) for another,
or its window is one ministry for one reviewer and another for the next. The classes are chosen from the dev
half's judgements only (reviewer against reviewer, never the tool against a reviewer), by the rule below, and
written down in tests/corpus/recommend/adjudication/README.md before any adjudication exists:

- per (measure, plan type), over the reviewers who judged at least MIN_PLANS dev plans of that type;
- a verdict split: the reviewers' most common verdicts (a unique plurality) include apt and something else, and
  Cramér's V between reviewer and verdict is at least MIN_V over at least MIN_PAIRS (plan, measure) pairs;
- a window split: over the reviewers who gave at least MIN_PLANS windows for it, their most common windows
  (regional offices folded into their ministry) differ, and Cramér's V between reviewer and window is at
  least MIN_V.

For each chosen class, every judged plan of that type in BOTH halves is put to the adjudicators, whatever the
tool shows for it; a packet holds the plan's file and, for each measure, its name and its source passages from
the knowledge (nothing the tool computes, no earlier judgement).

    python -m benchmarks.rec_splits                      # print the chosen classes (dev evidence)
    python -m benchmarks.rec_splits --packets DIR        # write DIR/packet_NN.md, DIR/plans/, DIR/ADJ_GUIDE.md
"""

from __future__ import annotations

import argparse
import hashlib
import math
import shutil
from collections import Counter, defaultdict
from dataclasses import dataclass
from pathlib import Path

from benchmarks import rec_eval as re_
from benchmarks.rec_adjudicated import ADJ_DIR
from chiiki_mirai.knowledge.loader import KnowledgeBase, load_kb

MIN_PLANS = 3
MIN_PAIRS = 20
MIN_V = 0.6
PER_PACKET = 25
VERDICTS = ("apt", "plausible", "noise")  # the order of the counts printed per reviewer


@dataclass(frozen=True)
class Split:
    measure: str
    plan_type: str
    kind: str  # verdict / window
    cramers_v: float
    by_reviewer: dict[str, str]  # reviewer → counts, for the record


def cramers_v(table: dict[str, Counter]) -> float:
    rows = [r for r in table if sum(table[r].values())]
    cols = sorted({c for r in rows for c in table[r]})
    n = sum(sum(table[r].values()) for r in rows)
    k = min(len(rows), len(cols)) - 1
    if k <= 0 or not n:
        return 0.0
    col_n = {c: sum(table[r][c] for r in rows) for c in cols}
    chi = 0.0
    for r in rows:
        r_n = sum(table[r].values())
        for c in cols:
            e = r_n * col_n[c] / n
            chi += (table[r][c] - e) ** 2 / e
    return math.sqrt(chi / (n * k))


def _plurality(c: Counter) -> str | None:
    top = c.most_common(2)
    return top[0][0] if len(top) == 1 or top[0][1] > top[1][1] else None


def _filtered(table: dict[str, Counter]) -> dict[str, Counter]:
    return {r: c for r, c in table.items() if sum(c.values()) >= MIN_PLANS}


def find_splits(dev: list[re_.Judgement], types: dict[str, str], measures: list[str],
                parents: dict[str, str]) -> list[Split]:
    """The reviewer splits of the dev half, by the rule of the module's docstring."""
    verdicts: dict[tuple[str, str], dict[str, Counter]] = defaultdict(lambda: defaultdict(Counter))
    windows: dict[tuple[str, str], dict[str, Counter]] = defaultdict(lambda: defaultdict(Counter))
    for j in dev:
        t = types.get(j.plan)
        for m in measures:
            verdicts[(m, t)][j.reviewer][re_.verdict_of(j, m)] += 1
            if m in j.windows:
                windows[(m, t)][j.reviewer][parents.get(j.windows[m], j.windows[m])] += 1
    out = []
    for (m, t), table in sorted(verdicts.items(), key=lambda kv: (kv[0][0], str(kv[0][1]))):
        table = _filtered(table)
        modes = {_plurality(c) for c in table.values()} - {None}
        n = sum(sum(c.values()) for c in table.values())
        v = cramers_v(table)
        if "apt" in modes and len(modes) > 1 and n >= MIN_PAIRS and v >= MIN_V:
            out.append(Split(m, t, "verdict", round(v, 2), _counts(table, VERDICTS)))
        wtable = _filtered(windows[(m, t)])
        wmodes = {_plurality(c) for c in wtable.values()} - {None}
        wv = cramers_v(wtable)
        if len(wmodes) > 1 and wv >= MIN_V:
            out.append(Split(m, t, "window", round(wv, 2), {r: dict(c) for r, c in sorted(wtable.items())}))
    return out


def _counts(table: dict[str, Counter], order: tuple[str, ...]) -> dict[str, str]:
    return {r: "/".join(str(c[k]) for k in order) for r, c in sorted(table.items())}


def pairs_to_adjudicate(splits: list[Split], judged: list[re_.Judgement],
                        types: dict[str, str]) -> dict[str, list[str]]:
    """plan → the measures to adjudicate on it: every judged plan of a split's type, in both halves."""
    out: dict[str, list[str]] = defaultdict(list)
    for j in judged:
        for s in splits:
            if types.get(j.plan) == s.plan_type and s.measure not in out[j.plan]:
                out[j.plan].append(s.measure)
    return {p: sorted(ms) for p, ms in out.items() if ms}


def _shuffle_key(plan: str) -> str:
    return hashlib.sha256(f"adjudication-2026-12-06:{plan}".encode()).hexdigest()


def measure_block(kb: KnowledgeBase, mid: str) -> str:
    m = kb.measures[mid]
    lines = [f"### {mid}", f"- 名称: {m.name}", "- 資料の該当箇所（原文）:"]
    for ref in [m.source, *m.also_cited]:
        doc = kb.documents.get(ref.document)
        lines.append(f"  - {doc.file if doc else ref.document} {ref.section}：「{ref.excerpt}」")
    return "\n".join(lines)


def write_packets(out_dir: Path, kb: KnowledgeBase, todo: dict[str, list[str]],
                  paths: dict[str, Path]) -> list[Path]:
    """Packets of PER_PACKET plans in a fixed pseudo-random order (the two halves mixed), the plans copied."""
    (out_dir / "plans").mkdir(parents=True, exist_ok=True)
    order = sorted(todo, key=_shuffle_key)
    written = []
    for n, start in enumerate(range(0, len(order), PER_PACKET), 1):
        plans = order[start:start + PER_PACKET]
        used = sorted({m for p in plans for m in todo[p]})
        body = [f"# 判定パケット {n:02d}（{len(plans)} 計画）", "",
                f"判定の仕方は `ADJ_GUIDE.md`。結果は `adjudicated_{n:02d}.yaml` に書き、凍結します。", "",
                "## 判定する施策（名称と資料の該当箇所）", ""]
        body += [measure_block(kb, m) + "\n" for m in used]
        body += ["## 計画と判定する施策", ""]
        for i, plan in enumerate(plans, 1):
            shutil.copyfile(paths[plan], out_dir / "plans" / plan)
            body.append(f"{i}. `plans/{plan}` — " + ", ".join(todo[plan]))
        p = out_dir / f"packet_{n:02d}.md"
        p.write_text("\n".join(body) + "\n", encoding="utf-8")
        written.append(p)
    return written


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--packets", type=Path, help="write the blind packets into this folder")
    args = ap.parse_args()
    kb = load_kb()
    dev, held = re_.judgements("dev"), re_.judgements("heldout")
    parents = {m.id: m.parent for m in kb.ministries.values() if m.parent}
    splits = find_splits(dev, re_.plan_types_for(dev), sorted(kb.measures), parents)
    for s in splits:
        print(f"{s.measure} ({s.plan_type}) {s.kind} V={s.cramers_v} {s.by_reviewer}")
    if not args.packets:
        return
    judged = dev + held
    todo = pairs_to_adjudicate(splits, judged, re_.plan_types_for(judged))
    written = write_packets(args.packets, kb, todo, {j.plan: j.path for j in judged})
    shutil.copyfile(ADJ_DIR / "ADJ_GUIDE.md", args.packets / "ADJ_GUIDE.md")
    print(f"{len(todo)} plans, {sum(map(len, todo.values()))} pairs, {len(written)} packets in {args.packets}")


if __name__ == "__main__":
    main()
