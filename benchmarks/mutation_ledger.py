"""The mutation ledger (issue 20): every mutant of a group and its outcome, committed, so a session continues the last.

The cosmic-ray sessions (benchmarks/results/mutation/<group>.sqlite) are large and machine-local and stay out of git;
they were lost with a machine once, and with them every result `--carry-over` could have carried. The ledger
(benchmarks/results/mutation_ledger/<group>.jsonl) is the compact, committed record: one line per mutant with its
module, operator, occurrence, line, the hash of its hunk (the mutated line and three lines either side, no line
numbers: the same for the same mutant of unchanged code, wherever edits above moved it) and its outcome: killed,
survived, equivalent (a survivor listed in benchmarks/mutation_equivalent.yaml or in a never-evaluated annotation),
not_sampled or pending. Every run and every `--report` rewrites it from the session; a fresh session takes the
results of the mutants whose hunk the ledger knows (killed as killed, survived and equivalent as survived: whether a
survivor is equivalent is decided again from the list), so only the mutants an edit changed run again.
"""

from __future__ import annotations

import difflib
import hashlib
import json
import sqlite3
from collections.abc import Iterable
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
LEDGERS = ROOT / "benchmarks" / "results" / "mutation_ledger"
SETTLED = ("killed", "survived", "equivalent")  # outcomes a later session takes over
OUTCOMES = (*SETTLED, "not_sampled", "pending")
# ledger outcome → (cosmic-ray worker outcome, test outcome) written into a session that takes it over
AS_SESSION = {"killed": ("NORMAL", "KILLED"), "survived": ("NORMAL", "SURVIVED"), "equivalent": ("NORMAL", "SURVIVED")}
FIELDS = ("module", "line", "operator", "occurrence", "hunk", "outcome")

Key = tuple[str, str, str]  # (module, operator, hunk hash)


def hunk(diff: str) -> str:
    """A mutant's diff without its headers and line numbers: the same text for the same mutant of an unchanged
    function, wherever the edits above it moved it."""
    return "\n".join(ln for ln in (diff or "").splitlines()
                     if not ln.startswith(("--- ", "+++ ", "@@")) and ln != "--- mutation diff ---")


def hunk_hash(diff: str) -> str:
    return hashlib.sha1(hunk(diff).encode("utf-8")).hexdigest()[:16]


def site_hash(diff: str) -> str:
    """The hash of the code a mutant changes: its hunk's original side (the mutated lines and three lines either side
    as the source has them, no line numbers). Every mutant of the same line shares it, whichever the operator; an edit
    above moves the line and leaves it, an edit of the line or its context changes it. Equivalent mutants are recorded
    by it (benchmarks/mutation_equivalent.yaml)."""
    original = [ln[1:] for ln in hunk(diff).split("\n") if ln.startswith((" ", "-"))]
    return hashlib.sha1("\n".join(original).encode("utf-8")).hexdigest()[:16]


def mutant_diff(module: str, source: str, mutated: str) -> str:
    """The unified diff (three lines of context) of a module's source and one mutant of it."""
    return "\n".join(difflib.unified_diff(source.split("\n"), mutated.split("\n"), "a/" + module, "b/" + module,
                                          lineterm=""))


def path(group: str, where: Path = LEDGERS) -> Path:
    return where / f"{group}.jsonl"


def write(target: Path, rows: Iterable[dict[str, Any]]) -> int:
    """Write the rows (each with FIELDS) sorted by module, line, operator and occurrence: the same session gives the
    same file. Returns how many rows."""
    for r in (rows := list(rows)):
        if r["outcome"] not in OUTCOMES:
            raise ValueError(f"unknown outcome {r['outcome']!r} of {r['module']}:{r['line']}")
    rows.sort(key=lambda r: (r["module"], r["line"], r["operator"], r["occurrence"]))
    target.parent.mkdir(parents=True, exist_ok=True)
    target.write_text("".join(json.dumps({f: r[f] for f in FIELDS}, ensure_ascii=False) + "\n" for r in rows),
                      encoding="utf-8")
    return len(rows)


def read(source: Path) -> list[dict[str, Any]]:
    return [json.loads(ln) for ln in source.read_text(encoding="utf-8").splitlines() if ln.strip()]


def settled(rows: Iterable[dict[str, Any]]) -> dict[Key, tuple[str, str]]:
    """(module, operator, hunk hash) → the session outcome to carry, for the ledger's mutants that have a result."""
    return {(r["module"], r["operator"], r["hunk"]): AS_SESSION[r["outcome"]]
            for r in rows if r["outcome"] in SETTLED and r["hunk"]}


def counts(rows: Iterable[dict[str, Any]]) -> dict[str, int]:
    out = dict.fromkeys(OUTCOMES, 0)
    for r in rows:
        out[r["outcome"]] += 1
    return out


def session_diffs(db: Path, root: Path = ROOT) -> dict[str, str]:
    """job id → diff of every mutant of a session: the diff the session stored when the mutant ran (or was carried
    over), else the mutant of the module's source as it is now (cosmic-ray's own mutator, ~0.03 s a mutant; "" when
    the mutant no longer applies)."""
    with sqlite3.connect(db) as con:
        rows = con.execute("SELECT s.job_id, s.module_path, s.operator_name, s.occurrence, r.diff FROM mutation_specs s "
                           "LEFT JOIN work_results r USING (job_id)").fetchall()
    out = {job: diff for job, _, _, _, diff in rows if diff}
    missing = [(job, module, op, occ) for job, module, op, occ, diff in rows if not diff]
    if missing:
        from cosmic_ray.mutating import mutate_code  # lazy: only where a session lacks a diff
        from cosmic_ray.plugins import get_operator  # lazy: as above

        sources = {m: (root / m).read_text(encoding="utf-8") for m in {m for _, m, _, _ in missing}}
        for job, module, op, occ in missing:
            mutated = mutate_code(sources[module], get_operator(op)(), occ)
            out[job] = "" if mutated is None else mutant_diff(module, sources[module], mutated)
    return out


def from_session(db: Path) -> dict[Key, tuple[str, str]]:
    """(module, operator, hunk hash) → (worker outcome, test outcome) of the mutants of an older session that ran."""
    with sqlite3.connect(db) as con:
        return {(module, op, hunk_hash(diff)): (worker, outcome) for module, op, worker, outcome, diff in con.execute(
            "SELECT s.module_path, s.operator_name, r.worker_outcome, r.test_outcome, r.diff "
            "FROM work_results r JOIN mutation_specs s USING (job_id) WHERE r.worker_outcome = 'NORMAL'")}


def carry(db: Path, done: dict[Key, tuple[str, str]], note: str, diffs: dict[str, str]) -> int:
    """Give the pending mutants of a session the outcomes `done` holds for the same module, operator and hunk (the
    diff written alongside is the mutant's diff in the current source; `diffs`: the session's, from session_diffs,
    computed once by the caller). Returns how many were carried."""
    with sqlite3.connect(db) as con:
        pending = con.execute("SELECT job_id, module_path, operator_name FROM mutation_specs "
                              "WHERE job_id NOT IN (SELECT job_id FROM work_results)").fetchall()
        rows = [(*done[key], note, "--- mutation diff ---\n" + diffs[job], job) for job, module, op in pending
                if diffs[job] and (key := (module, op, hunk_hash(diffs[job]))) in done]
        con.executemany("INSERT INTO work_results (worker_outcome, test_outcome, output, diff, job_id) "
                        "VALUES (?, ?, ?, ?, ?)", rows)
    return len(rows)
