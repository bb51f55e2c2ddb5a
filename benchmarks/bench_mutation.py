"""Mutation score of the code the rules, the safety guards and the ranking rest on (issue 20). Not part of CI.

    python -m benchmarks.bench_mutation                    # every group (hours on 2 cores)
    python -m benchmarks.bench_mutation --group guards     # one group
    python -m benchmarks.bench_mutation --module rules/criteria.py --tests tests/test_criteria.py
    python -m benchmarks.bench_mutation --report           # figures of the last runs, survivors listed
    python -m benchmarks.bench_mutation --group guards --rerun-survivors   # after adding tests: survivors again
    python -m benchmarks.bench_mutation --group ranking --sample 30        # a deterministic 30% of the mutants
    python -m benchmarks.bench_mutation --group numbers --carry-over OLD.sqlite   # after an edit: rerun changed mutants only
    python -m benchmarks.bench_mutation --group rules --fork   # each mutant's tests in a fork of a warm server (faster)

Tool: cosmic-ray (chosen over mutmut and pytest-gremlins, see the README, issue 20 section). It mutates the source
files in place, one mutant at a time, and runs the group's tests against each: run it in a clean worktree and
let it finish (the script checks that `git diff` shows nothing afterwards); a run stopped by a signal can leave the
file being mutated behind: `git checkout` it.
Sessions are kept in benchmarks/results/mutation/<group>.sqlite, so a stopped run resumes where it was.
A group too large for the time at hand can run a sample (--sample PCT): a mutant is in it when a hash of its module,
operator and hunk (the mutated line and three lines either side, no line numbers: mutation_ledger.hunk_hash) falls
below PCT, so the same mutants are chosen on every run, an edit elsewhere in the module leaves the sample of an
unchanged function as it was, and a larger PCT adds to it; the others are marked skipped and reported as not sampled
(a later run without --sample runs them). (Until December 2026 the key was the mutant's occurrence number, which an
edit above a mutant shifts: results chosen under that key are carried all the same.)

--fork: of a killed mutant's 4-9 s on 2 shared cores, 1.5-3 s go to starting Python and pytest and importing the
third-party modules the tests use (hypothesis, numpy, pydantic, pytest's plugins). With --fork a server
(benchmarks/mutation_server.py) imports those once, never the product or the tests, and forks a child per mutant that
imports the product fresh from disk (the mutated file) and runs pytest.main with the same arguments; a missing server
makes the client run the plain command. Measured on 34 rules_facts mutants (17 killed, 17 surviving, equivalent ones
among them) run both ways on the same code and tests: the same outcome for every one; a killed mutant 8.9 → 5.6 s
on average (shared cores under load), a surviving one, whose tests all run, 33.4 → 32.3 s. The session keeps the
plain command in its config, so a session is one session whichever way its mutants ran. The server first collects
the tests (a minute or more on busy cores): --fork waits --fork-wait seconds (default 300, or $CHIIKI_MUTATION_FORK_WAIT)
for it, then starts the mutants anyway, with the plain command until the server listens.

A mutant is killed when the tests fail (or time out), survives when they pass. Survivors listed in
benchmarks/mutation_equivalent.yaml are equivalent mutants: counted apart, never silently. An entry names the module,
the operator (a substring of cosmic-ray's name), the reason, and where: `site`, the hash of the code the mutant changes
(mutation_ledger.site_hash: the mutated line and three lines either side, no line numbers, so an edit above leaves the
entry on its mutant and an edit of that code drops it, to be judged again; `code`, the mutated line, is there for the
reader), or `anywhere: true` with `mutated`, text the mutated line must hold, for every such mutant of the module.
`mutated` also narrows a `site` entry where other mutants of the same line and operator are not equivalent. The
report lists each survivor with its site. (Until December 2026 entries were keyed on line numbers, which drifted
whenever code above them moved.) Prints, per group and module, killed / survived / equivalent and the score
killed / (killed + survived), the equivalent ones left out of both. Writes benchmarks/results/mutation.json and the
committed ledger of each group (benchmarks/mutation_ledger.py).

Over 400 lines: one script for one tool (config, session bookkeeping, equivalence, report); the ledger and the fork
server are modules of their own.
"""

from __future__ import annotations

import argparse
import ast
import contextlib
import functools
import hashlib
import json
import os
import shlex
import sqlite3
import subprocess
import sys
import tempfile
from collections import Counter
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import yaml

from benchmarks import mutation_ledger, mutation_server
from benchmarks.common import save

ROOT = Path(__file__).resolve().parents[1]
SESSIONS = ROOT / "benchmarks" / "results" / "mutation"
EQUIVALENT = ROOT / "benchmarks" / "mutation_equivalent.yaml"
SAVED = ROOT / "benchmarks" / "results" / "mutation.json"
PYTEST_ARGS = "-x -q -p no:cacheprovider -W error"
PYTEST = f"python -m pytest {PYTEST_ARGS}"
FORK_WAIT_ENV = "CHIIKI_MUTATION_FORK_WAIT"  # seconds --fork waits for its server (--fork-wait)

# group → (modules mutated, the tests that guard them: chosen to be fast, each a few seconds to a minute).
# Small groups first: on 2 shared cores a mutant costs 8-20 s (the tests' start-up dominates), so the big
# modules (rules/facts 1,620 mutants, numbers.py 482, rank.py 464) are groups of their own, run when time allows.
GROUPS: dict[str, tuple[list[str], list[str]]] = {
    "guards": (
        ["chiiki_mirai/core/text/cells.py", "readers/decode.py", "readers/limits.py"],
        ["tests/test_formula_guard.py", "tests/test_input_edges.py"],
    ),
    "guards_xlsx": (["chiiki_mirai/reports/xlsx_cells.py"], ["tests/test_formula_guard.py", "tests/test_reports_xlsx.py"]),
    "rules_criteria": (["rules/criteria.py"], ["tests/test_criteria.py", "tests/test_rule_cases.py"]),
    "rules": (
        ["rules/check.py", "rules/compile.py", "rules/suggest.py"],
        ["tests/test_rule_cases.py", "tests/test_criteria.py", "tests/test_suggest.py", "tests/test_sections_each.py",
         "tests/test_rule_reasons.py"],
    ),
    "rules_facts": (
        ["rules/facts"],
        # the facts read from short drafts first: they fail fastest (-x), so a killed mutant costs seconds
        ["tests/test_facts_read_indicators.py", "tests/test_facts_read_authors_support.py",
         "tests/test_facts_read_companies_procurement.py", "tests/test_facts_read_a_plans_promise.py",
         "tests/test_facts_of_fields.py", "tests/test_facts_of_statements.py",
         "tests/test_facts.py", "tests/test_facts_wording.py", "tests/test_rule_cases.py"],
    ),
    "numbers": (
        ["chiiki_mirai/core/text/numbers.py"],
        ["tests/test_read_numbers.py", "tests/test_readers_numbers.py", "tests/test_input_edges.py"],
    ),
    "ranking_signals": (
        ["recommender/signals.py", "recommender/weights.py"],
        ["tests/test_ranking_signals.py", "tests/test_recommender_ranking.py"],
    ),
    "plan_ranking": (
        ["recommender/plan_rank.py"],
        ["tests/test_plan_ranker_gives_way.py", "tests/test_ranking_signals.py", "tests/test_recommender_ranking.py"],
    ),
    "ranking": (
        ["recommender/rank.py", "recommender/links.py"],
        ["tests/test_ranking_signals.py", "tests/test_recommender_ranking.py", "tests/test_plan_recommendations.py"],
    ),
}


def config(modules: list[str], tests: list[str], timeout: float) -> str:
    return (
        "[cosmic-ray]\n"
        f"module-path = {modules!r}\n".replace("'", '"')
        + f"timeout = {timeout}\n"
        + "excluded-modules = []\n"
        + f'test-command = "{PYTEST} {" ".join(tests)}"\n'
        + '[cosmic-ray.distributor]\nname = "local"\n'
    )


def forget_survivors(db: Path) -> int:
    """Mark the surviving mutants of a session pending again (to run them against tests added since), except the
    ones listed as equivalent: no test can kill them."""
    known = equivalent()
    with sqlite3.connect(db) as con:
        rows = con.execute("SELECT r.job_id, s.module_path, s.start_pos_row, s.start_pos_col, s.operator_name, r.diff "
                           "FROM work_results r JOIN mutation_specs s USING (job_id) "
                           "WHERE r.test_outcome = 'SURVIVED'").fetchall()
        again = [(job,) for job, module, line, col, op, diff in rows
                 if not _is_equivalent(module, line, op, diff, known, col)]
        con.executemany("DELETE FROM work_results WHERE job_id = ?", again)
        return len(again)


def carry_over(db: Path, old: Path, diffs: dict[str, str]) -> int:
    """Give the pending mutants of a session the results of the same mutants (same module, operator and hunk: the
    mutated lines and three lines either side) in an older session (.sqlite) or a ledger (.jsonl) of an earlier
    version of the modules. Only mutants whose text an edit changed run again. `diffs`: the session's
    (mutation_ledger.session_diffs). Returns how many were carried over."""
    done = (mutation_ledger.settled(mutation_ledger.read(old)) if old.suffix == ".jsonl"
            else mutation_ledger.from_session(old))
    return mutation_ledger.carry(db, done, f"carried over from {old.name}", diffs)


SAMPLE_NOTE = "outside the sample"


def in_sample(module: str, operator: str, hunk: str, pct: float) -> bool:
    """Whether a mutant (its module, operator and hunk hash) is in the PCT% sample: the key holds no line or
    occurrence number, so edits elsewhere in the module never move an unchanged mutant in or out."""
    digest = hashlib.sha1(f"{module}:{operator}:{hunk}".encode()).digest()
    return int.from_bytes(digest[:4], "big") % 10000 < pct * 100


def sample(db: Path, pct: float | None, diffs: dict[str, str]) -> tuple[int, int]:
    """Mark the pending mutants outside the sample skipped (pct None: none); `diffs` as in carry_over. Returns (in the
    sample, skipped)."""
    with sqlite3.connect(db) as con:
        con.execute("DELETE FROM work_results WHERE worker_outcome = 'SKIPPED' AND output = ?", (SAMPLE_NOTE,))
        pending = con.execute("SELECT job_id, module_path, operator_name FROM mutation_specs "
                              "WHERE job_id NOT IN (SELECT job_id FROM work_results)").fetchall()
        out = [job for job, module, op in pending
               if pct is not None and not in_sample(module, op, mutation_ledger.hunk_hash(diffs[job]), pct)]
        con.executemany("INSERT INTO work_results (worker_outcome, output, job_id) VALUES ('SKIPPED', ?, ?)",
                        [(SAMPLE_NOTE, job) for job in out])
        return len(pending) - len(out), len(out)


def run(group: str, modules: list[str], tests: list[str], timeout: float, rerun: bool = False,
        pct: float | None = None, old: Path | None = None, fork: bool = False, fork_wait: float = 0.0) -> None:
    SESSIONS.mkdir(parents=True, exist_ok=True)
    cfg = SESSIONS / f"{group}.toml"
    db = SESSIONS / f"{group}.sqlite"
    text = config(modules, tests, timeout)
    if old is not None and old.resolve() == db.resolve():
        sys.exit(f"{group}: copy the old session elsewhere first (it is rebuilt from the current source)")
    if old is not None or not db.exists() or not cfg.exists() or cfg.read_text(encoding="utf-8") != text:
        cfg.write_text(text, encoding="utf-8")
        db.unlink(missing_ok=True)
        subprocess.run(["cosmic-ray", "init", str(cfg), str(db)], cwd=ROOT, check=True)
        if old is None and group in GROUPS and (ledger := mutation_ledger.path(group)).is_file():
            old = ledger  # a fresh session continues from the committed ledger
    diffs = mutation_ledger.session_diffs(db, ROOT)  # once: carrying, sampling and annotations all read them
    if old is not None:
        print(f"{group}: {carry_over(db, old, diffs)} results carried over from {old}", flush=True)
    todo, skipped = sample(db, pct, diffs)
    print(f"{group}: {settle_annotations(db, diffs)} mutants of never-evaluated annotations recorded equivalent, "
          "not run", flush=True)
    if pct is not None:
        print(f"{group}: sample {pct}%: {todo} mutants to run, {skipped} left out", flush=True)
    if rerun:  # after sampling: a survivor runs again whichever sample it fell in
        print(f"{group}: {forget_survivors(db)} survivors to run again", flush=True)
    if fork:
        with forked_tests(group, text, tests, fork_wait) as fork_cfg:
            subprocess.run(["cosmic-ray", "exec", str(fork_cfg), str(db)], cwd=ROOT, check=True)
    else:
        subprocess.run(["cosmic-ray", "exec", str(cfg), str(db)], cwd=ROOT, check=True)
    dirty = subprocess.run(["git", "diff", "--quiet", "--", *modules], cwd=ROOT, check=False)
    if dirty.returncode:
        sys.exit(f"{group}: a mutated file was left behind: git checkout -- {' '.join(modules)}")
    if group in GROUPS:  # an ad hoc --module group keeps no ledger
        print(f"{group}: ledger {write_ledger(group, db)}", flush=True)


def write_ledger(group: str, db: Path) -> Path:
    """Rewrite the group's committed ledger (benchmarks/mutation_ledger.py) from its session."""
    known = equivalent()
    diffs = mutation_ledger.session_diffs(db, ROOT)
    with sqlite3.connect(db) as con:
        specs = con.execute("SELECT s.job_id, s.module_path, s.start_pos_row, s.start_pos_col, s.operator_name, "
                            "s.occurrence, r.worker_outcome, r.test_outcome FROM mutation_specs s "
                            "LEFT JOIN work_results r USING (job_id)").fetchall()
    rows = []
    for job, module, line, col, op, occ, worker, test in specs:
        if worker is None:
            outcome = "pending"
        elif worker == "SKIPPED":
            outcome = "not_sampled"
        elif test != "SURVIVED":
            outcome = "killed"  # as cosmic-ray counts it: failed, timed out or incompetent
        else:
            outcome = "equivalent" if _is_equivalent(module, line, op, diffs[job], known, col) else "survived"
        rows.append({"module": module, "line": line, "operator": op, "occurrence": occ,
                     "hunk": mutation_ledger.hunk_hash(diffs[job]) if diffs[job] else "", "outcome": outcome})
    mutation_ledger.write(target := mutation_ledger.path(group), rows)
    return target.relative_to(ROOT)


def settle_annotations(db: Path, diffs: dict[str, str]) -> int:
    """Record the pending mutants inside never-evaluated annotations (`in_signature_annotation`) as surviving without
    running them: they are equivalent whatever the tests. `diffs` as in carry_over. Returns how many."""
    with sqlite3.connect(db) as con:
        pending = con.execute("SELECT job_id, module_path, start_pos_row, start_pos_col FROM mutation_specs "
                              "WHERE job_id NOT IN (SELECT job_id FROM work_results)").fetchall()
        rows = [("--- mutation diff ---\n" + diffs[job], job) for job, module, line, col in pending
                if in_signature_annotation(module, line, col)]
        con.executemany("INSERT INTO work_results (worker_outcome, test_outcome, output, diff, job_id) "
                        "VALUES ('NORMAL', 'SURVIVED', 'not run: a never-evaluated annotation', ?, ?)", rows)
    return len(rows)


@contextlib.contextmanager
def forked_tests(group: str, text: str, tests: list[str], wait: float) -> Iterator[Path]:
    """A config whose test command asks a warm server (benchmarks/mutation_server.py) to run the tests in a fresh fork:
    the session's own config keeps the plain command, so a session run either way stays the same session."""
    sock = Path(tempfile.gettempdir()) / f"chiiki_mutation_{group}_{os.getpid()}.sock"
    fork_cfg = SESSIONS / f"{group}.fork.toml"
    fork_cfg.write_text(text.replace(f'test-command = "{PYTEST} ',
                                     f'test-command = "python -m benchmarks.mutation_server run {sock} -- {PYTEST_ARGS} '),
                        encoding="utf-8")
    cmd = [sys.executable, "-m", "benchmarks.mutation_server", "serve", str(sock), *tests]
    with mutation_server.started(cmd, ROOT, sock, wait) as ready:
        if not ready:
            print(f"{group}: the mutation server is not listening after {wait:g} s; until it is, each mutant runs the "
                  "plain pytest command", flush=True)
        yield fork_cfg


def equivalent(source: Path = EQUIVALENT) -> list[dict[str, Any]]:
    """The recorded equivalent mutants; an entry keyed on anything but its `site` or `anywhere` + `mutated` is refused
    (a line number drifts when code above it moves)."""
    known = (yaml.safe_load(source.read_text(encoding="utf-8")) or []) if source.is_file() else []
    for e in known:
        if ("site" in e) == bool(e.get("anywhere")) or (e.get("anywhere") and not e.get("mutated")) or "line" in e:
            raise ValueError(f"{source.name}: the entry {e.get('module')} {e.get('operator')} needs `site` (the hash "
                             "of the code the mutant changes) or `anywhere: true` with `mutated`, and no line number")
    return known


@functools.cache
def _signature_annotations(module: str) -> tuple[tuple[int, int, int, int], ...]:
    """The spans (line, byte column, end line, end byte column) of the parameter and return annotations of the
    module's functions, when the module has `from __future__ import annotations` (then they are strings, never
    evaluated: nothing in these modules reads them back), and of their local variables. Annotations of class fields
    are left out: dataclasses and pydantic read those."""
    path = ROOT / module
    if not path.is_file():
        return ()
    tree = ast.parse(path.read_text(encoding="utf-8"))
    future = any(isinstance(n, ast.ImportFrom) and n.module == "__future__" and any(a.name == "annotations" for a in n.names)
                 for n in tree.body)
    if not future:
        return ()
    spans = []
    for node in ast.walk(tree):
        if isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef):
            a = node.args
            args = [*a.posonlyargs, *a.args, *a.kwonlyargs, *([a.vararg] if a.vararg else []), *([a.kwarg] if a.kwarg else [])]
            anns = [x.annotation for x in args] + [node.returns] + _local_annotations(node.body)
            spans += [(x.lineno, x.col_offset, x.end_lineno, x.end_col_offset) for x in anns if x is not None]
    return tuple(spans)


def _local_annotations(body: list[ast.stmt]) -> list[ast.expr]:
    """The annotations of a function's local variables (`out: list[str] = []`): Python never evaluates them. A class
    defined inside the function is left out (its fields' annotations are read by dataclasses and pydantic)."""
    out: list[ast.expr] = []
    stack = list(body)
    while stack:
        node = stack.pop()
        if isinstance(node, ast.ClassDef | ast.FunctionDef | ast.AsyncFunctionDef):
            continue  # a nested function is walked on its own
        if isinstance(node, ast.AnnAssign):
            out.append(node.annotation)
        stack += [c for c in ast.iter_child_nodes(node) if isinstance(c, ast.stmt)]
    return out


def in_signature_annotation(module: str, line: int, col: int) -> bool:
    """Whether a mutant at (1-based line, 0-based character column) lies in a function's annotation that is never
    evaluated (see `_signature_annotations`): such a mutant (`float | None` → `float + None`) is equivalent."""
    path = ROOT / module
    if not path.is_file():
        return False
    text = path.read_text(encoding="utf-8").splitlines()
    if not 0 < line <= len(text):
        return False
    byte_col = len(text[line - 1][:col].encode("utf-8"))
    return any((line, byte_col) >= (a, b) and (line, byte_col) < (c, d) for a, b, c, d in _signature_annotations(module))


def _is_equivalent(module: str, line: int, operator: str, diff: str, known: list[dict[str, Any]],
                   col: int | None = None) -> bool:
    if col is not None and in_signature_annotation(module, line, col):
        return True
    added = "\n".join(ln for ln in (diff or "").splitlines() if ln.startswith("+") and not ln.startswith("+++"))
    site = mutation_ledger.site_hash(diff)
    return any(e["module"] == module and e["operator"] in operator and e.get("mutated", "") in added
               and (e.get("anywhere") or e["site"] == site) for e in known)


def results(group: str) -> dict[str, Any]:
    from cosmic_ray.work_db import WorkDB, use_db  # lazy: only for reading a session
    from cosmic_ray.work_item import WorkerOutcome  # lazy: as above

    db = SESSIONS / f"{group}.sqlite"
    if not db.exists():
        return {}
    known = equivalent()
    per: dict[str, Counter] = {}
    origin: Counter = Counter()  # how each result came: run here, carried over (from a session or the ledger), not run
    survivors = []
    with use_db(str(db), WorkDB.Mode.open) as wdb:
        pending = sum(1 for _ in wdb.pending_work_items)
        for item, result in wdb.completed_work_items:
            for m in item.mutations:
                module = str(Path(m.module_path).resolve().relative_to(ROOT))
                line = m.start_pos[0]
                c = per.setdefault(module, Counter())
                if result.worker_outcome == WorkerOutcome.SKIPPED:
                    c["not_sampled"] += 1
                    continue
                note = result.output or ""
                origin["carried_over" if note.startswith("carried over") else
                       "annotation_not_run" if note.startswith("not run") else "ran"] += 1
                if result.is_killed:
                    c["killed"] += 1
                elif _is_equivalent(module, line, m.operator_name, result.diff, known, m.start_pos[1]):
                    c["equivalent"] += 1
                else:
                    c["survived"] += 1
                    survivors.append(f"{module}:{line} {m.operator_name} #{m.occurrence} "
                                     f"site {mutation_ledger.site_hash(result.diff)}")
    total = sum(per.values(), Counter())
    counted = total["killed"] + total["survived"]
    return {
        "pending": pending,
        "not_sampled": total["not_sampled"],
        "killed": total["killed"],
        "survived": total["survived"],
        "equivalent": total["equivalent"],
        "score_pct": round(100 * total["killed"] / counted, 1) if counted else None,
        "origin": dict(sorted(origin.items())),
        "modules": {k: dict(v) for k, v in sorted(per.items())},
        "survivors": sorted(survivors),
    }


def last_saved() -> dict[str, Any]:
    """The groups' figures in the last mutation.json: a group whose session is not at hand (the sessions stay out of
    git) keeps them, so a report on one machine never erases the figures another one measured."""
    if not SAVED.is_file():
        return {}
    data = json.loads(SAVED.read_text(encoding="utf-8"))
    return {g: r for g, r in data.items() if g in GROUPS and isinstance(r, dict) and r}


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--group", choices=sorted(GROUPS), action="append")
    ap.add_argument("--module", action="append", help="mutate these files only (with --tests): an ad hoc group")
    ap.add_argument("--tests", nargs="+", help="the tests for --module")
    ap.add_argument("--timeout", type=float, default=300.0, help="seconds per mutant before it counts as killed")
    ap.add_argument("--report", action="store_true", help="only print the figures of the last runs")
    ap.add_argument("--rerun-survivors", action="store_true", help="run the surviving mutants again")
    ap.add_argument("--sample", type=float, metavar="PCT", help="run a deterministic PCT%% of the pending mutants")
    ap.add_argument("--fork", action="store_true",
                    help="run each mutant's tests in a fork of a warm server (benchmarks/mutation_server.py; faster)")
    ap.add_argument("--fork-wait", type=float, metavar="SECONDS", default=float(os.environ.get(FORK_WAIT_ENV, 300)),
                    help=f"how long --fork waits for its server to listen before the mutants start; until it listens "
                         f"each runs the plain command (default 300, or ${FORK_WAIT_ENV})")
    ap.add_argument("--carry-over", type=Path, metavar="OLD_SQLITE",
                    help="take the results of unchanged mutants from an older session of the group")
    args = ap.parse_args()
    groups = dict(GROUPS)
    if args.module:
        name = "adhoc_" + "_".join(Path(m).stem for m in args.module)
        groups = {name: (args.module, args.tests or [])}
    elif args.group:
        groups = {g: GROUPS[g] for g in args.group}
    if not args.report:
        for group, (modules, tests) in groups.items():
            print(f"# {group}: {' '.join(modules)} ← {' '.join(tests)}", flush=True)
            run(group, modules, tests, args.timeout, args.rerun_survivors, args.sample, args.carry_over, args.fork,
                args.fork_wait)
    if args.report:
        for group in groups:
            if group in GROUPS and (SESSIONS / f"{group}.sqlite").exists():
                print(f"{group}: ledger {write_ledger(group, SESSIONS / f'{group}.sqlite')}", flush=True)
    saved = last_saved()
    out = {g: results(g) or saved.get(g, {}) for g in (groups if args.module else GROUPS)}
    for group, r in out.items():
        if not r:
            print(f"{group:10} not run")
            continue
        if group in saved and r is saved[group]:
            print(f"{group:16} (no session here: the figures last saved in {SAVED.name})")
        print(
            f"{group:16} killed {r['killed']}/{r['killed'] + r['survived']}, survived {r['survived']}, "
            f"equivalent {r['equivalent']}, pending {r['pending']}, not sampled {r.get('not_sampled', 0)}: score {r['score_pct']}% (target ≥ 90%)"
            + (f"; results {r['origin']}" if r.get("origin") else "")
        )
        for module, c in r["modules"].items():
            print(f"  {module:45} {c}")
        for s in r["survivors"]:
            print(f"    survived: {s}")
    print("tool: cosmic-ray; run command per group:", shlex.join(["python", "-m", "benchmarks.bench_mutation"]))
    save("mutation", out)


if __name__ == "__main__":
    main()
