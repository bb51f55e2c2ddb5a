"""One-time reconstruction (mut39, 2026-12-07) of a mutation ledger from a recorded 100% whose session was lost.

Not a measurement: mutation.json recorded every (sampled) mutant of the group killed or equivalent, but the sessions
(benchmarks/results/mutation/*.sqlite, gitignored) were lost with the machine. Run in a worktree at the commit whose
code was measured, on a session freshly initialised there (`cosmic-ray init` with the group's config at that commit):
a mutant outside the sample is not_sampled; a sampled one is equivalent when benchmarks/mutation_equivalent.yaml of
the commit that recorded the figures (YAML) or a never-evaluated annotation covers it, killed otherwise.

    cd WORKTREE_AT_COMMIT && python THIS_FILE OUT_DIR GROUP SESSION.sqlite YAML [PCT]

Used for rules_facts at 5e64f77 (PCT 60; YAML of 5e64f77) and plan_ranking at 17e4d4e, the version its 100% ran on
(plan_rank.py changed three times before 5e64f77 without a rerun; YAML of 5e64f77, whose plan_rank.py lines are
those of 17e4d4e: with it the reconstruction gives 551 killed / 181 equivalent against the recorded 555 / 177, the
list covering whole lines where 4 mutants were killed; with 17e4d4e's own list 649 / 83).
"""
import importlib.util
import sqlite3
import sys
import types
from pathlib import Path

sys.path.insert(0, str(Path.cwd()))
sys.modules["benchmarks.common"] = types.SimpleNamespace(save=None)  # only `save`, unused here; avoids the product
from benchmarks import bench_mutation as bm  # noqa: E402  (the version of the commit measured)

spec = importlib.util.spec_from_file_location("mutation_ledger", Path(__file__).resolve().parents[3] / "mutation_ledger.py")
ml = importlib.util.module_from_spec(spec)
spec.loader.exec_module(ml)
assert Path.cwd().resolve() == bm.ROOT, bm.ROOT
out, group, db, listed = Path(sys.argv[1]), sys.argv[2], Path(sys.argv[3]), Path(sys.argv[4])
pct = float(sys.argv[5]) if len(sys.argv) > 5 else None
bm.EQUIVALENT = listed
known = bm.equivalent()
diffs = ml.session_diffs(db, bm.ROOT)
with sqlite3.connect(db) as con:
    specs = con.execute("SELECT job_id, module_path, start_pos_row, start_pos_col, operator_name, occurrence "
                        "FROM mutation_specs").fetchall()
rows = []
for job, module, line, col, op, occ in specs:
    if pct is not None and not bm.in_sample(module, op, occ, pct):
        outcome = "not_sampled"
    elif bm._is_equivalent(module, line, op, diffs[job], known, col):
        outcome = "equivalent"
    else:
        outcome = "killed"
    rows.append({"module": module, "line": line, "operator": op, "occurrence": occ,
                 "hunk": ml.hunk_hash(diffs[job]) if diffs[job] else "", "outcome": outcome})
ml.write(ml.path(group, out), rows)
print(group, ml.counts(rows), "no diff:", sum(1 for r in rows if not r["hunk"]))
