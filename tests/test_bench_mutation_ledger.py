"""The committed mutation ledger (issue 20): a later session takes over the results of unchanged mutants only."""

from __future__ import annotations

import json
import re
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest
import yaml

from benchmarks import mutation_ledger

# a tiny module of two functions; the second version edits `discount` only, and adds lines above both
TINY_V1 = '''"""Two rules."""


def is_large(staff):
    return staff > 2000


def pad():
    return None


def spare():
    return None


def discount(price):
    return price * 0.9
'''
TINY_V2 = TINY_V1.replace(
    '"""Two rules."""\n', '"""Two rules."""\n# two lines more than three lines above the rule\nEDITED = True\n', 1
).replace("price * 0.9", "price * 0.8", 1)


def _mutant(source: str, old: str, new: str) -> str:
    return mutation_ledger.mutant_diff("tiny.py", source, source.replace(old, new, 1))


def test_a_mutant_keeps_its_hunk_hash_when_lines_above_move_and_loses_it_when_its_context_changes():
    moved_v1 = _mutant(TINY_V1, "staff > 2000", "staff >= 2000")
    moved_v2 = _mutant(TINY_V2, "staff > 2000", "staff >= 2000")
    assert moved_v1 != moved_v2  # the line numbers differ
    assert mutation_ledger.hunk_hash(moved_v1) == mutation_ledger.hunk_hash(moved_v2)
    edited_v1 = _mutant(TINY_V1, "price * 0.9", "price / 0.9")
    edited_v2 = _mutant(TINY_V2, "price * 0.8", "price / 0.8")
    assert mutation_ledger.hunk_hash(edited_v1) != mutation_ledger.hunk_hash(edited_v2)


def test_only_killed_survived_and_equivalent_mutants_are_taken_over_and_a_survivor_stays_a_survivor():
    rows = [{"module": "m.py", "line": i, "operator": "op", "occurrence": i, "hunk": f"h{i}", "outcome": o}
            for i, o in enumerate(["killed", "survived", "equivalent", "not_sampled", "pending"])]
    assert mutation_ledger.settled(rows) == {("m.py", "op", "h0"): ("NORMAL", "KILLED"),
                                             ("m.py", "op", "h1"): ("NORMAL", "SURVIVED"),
                                             ("m.py", "op", "h2"): ("NORMAL", "SURVIVED")}


def test_the_ledger_is_written_in_one_order_whatever_the_session_order_and_refuses_unknown_outcomes(tmp_path):
    rows = [{"module": m, "line": ln, "operator": "op", "occurrence": 0, "hunk": "h", "outcome": "killed", "extra": 1}
            for m, ln in [("b.py", 3), ("a.py", 10), ("a.py", 2)]]
    a, b = tmp_path / "a.jsonl", tmp_path / "b.jsonl"
    mutation_ledger.write(a, rows)
    mutation_ledger.write(b, list(reversed(rows)))
    assert a.read_bytes() == b.read_bytes()
    assert [(r["module"], r["line"]) for r in mutation_ledger.read(a)] == [("a.py", 2), ("a.py", 10), ("b.py", 3)]
    assert "extra" not in json.loads(a.read_text(encoding="utf-8").splitlines()[0])
    with pytest.raises(ValueError, match="unknown outcome"):
        mutation_ledger.write(a, [{**rows[0], "outcome": "lost"}])


def _session(where: Path, source: str) -> Path:
    (where / "tiny.py").write_text(source, encoding="utf-8")
    (where / "cr.toml").write_text('[cosmic-ray]\nmodule-path = "tiny.py"\ntimeout = 10\nexcluded-modules = []\n'
                                   'test-command = "true"\n[cosmic-ray.distributor]\nname = "local"\n', encoding="utf-8")
    subprocess.run([sys.executable, "-m", "cosmic_ray.cli", "init", "cr.toml", "s.sqlite"], cwd=where, check=True,
                   capture_output=True)
    return where / "s.sqlite"


def test_a_new_session_takes_over_the_unchanged_mutants_and_runs_the_edited_ones(tmp_path):
    pytest.importorskip("cosmic_ray")
    old, new = tmp_path / "v1", tmp_path / "v2"
    old.mkdir()
    new.mkdir()
    db1 = _session(old, TINY_V1)
    diffs = mutation_ledger.session_diffs(db1, old)
    with sqlite3.connect(db1) as con:
        specs = con.execute("SELECT job_id, module_path, start_pos_row, operator_name, occurrence "
                            "FROM mutation_specs").fetchall()
    ledger = [{"module": m, "line": ln, "operator": op, "occurrence": occ, "hunk": mutation_ledger.hunk_hash(diffs[j]),
               "outcome": "killed"} for j, m, ln, op, occ in specs]
    db2 = _session(new, TINY_V2)
    carried = mutation_ledger.carry(db2, mutation_ledger.settled(ledger), "from v1",
                                    mutation_ledger.session_diffs(db2, new))
    with sqlite3.connect(db2) as con:
        done = con.execute("SELECT s.start_pos_row, r.test_outcome, r.output FROM mutation_specs s "
                           "JOIN work_results r USING (job_id)").fetchall()
        pending = con.execute("SELECT start_pos_row FROM mutation_specs "
                              "WHERE job_id NOT IN (SELECT job_id FROM work_results)").fetchall()
    assert carried == len(done) > 0
    assert {row for row, _, _ in done} == {7}  # `staff > 2000`, moved from line 5 to 7, same hunk
    assert {(outcome, note) for _, outcome, note in done} == {("KILLED", "from v1")}
    assert {row for (row,) in pending} == {3, 19}  # the new line, and `price * 0.8` whose line changed: they run


ANNOTATED = '''from __future__ import annotations


def above(x: int | None, floor: int = 2000) -> bool:
    return x is not None and x > floor
'''


def test_annotation_mutants_are_recorded_equivalent_without_running_and_the_ledger_says_so(tmp_path, monkeypatch):
    pytest.importorskip("cosmic_ray")
    from benchmarks import bench_mutation

    db = _session(tmp_path, ANNOTATED)
    monkeypatch.setattr(bench_mutation, "ROOT", tmp_path)
    monkeypatch.setattr(bench_mutation, "equivalent", list)
    monkeypatch.setattr(mutation_ledger, "path", lambda group: tmp_path / f"{group}.jsonl")
    bench_mutation._signature_annotations.cache_clear()
    try:
        settled = bench_mutation.settle_annotations(db, mutation_ledger.session_diffs(db, tmp_path))
        bench_mutation.write_ledger("tiny", db)
    finally:
        bench_mutation._signature_annotations.cache_clear()
    rows = mutation_ledger.read(tmp_path / "tiny.jsonl")
    equivalent = {(r["line"], r["operator"]) for r in rows if r["outcome"] == "equivalent"}
    assert settled == len(equivalent) > 0
    assert {line for line, _ in equivalent} == {4}  # `int | None`, the signature
    assert all("BitOr" in op for _, op in equivalent)
    assert {r["line"] for r in rows if r["outcome"] == "pending"} >= {4, 5}  # the default 2000, `x > floor`: they run


# the second version inserts, above `is_large`, a function with the same operators (a comparison, numbers): under a
# key of occurrence numbers every mutant of `is_large` would shift by one
SAMPLED_V1 = '''"""Limits."""


def is_large(staff, capital):
    return staff > 2000 or capital >= 10000000000 and staff > 300
'''
SAMPLED_V2 = SAMPLED_V1.replace('"""Limits."""\n', '"""Limits."""\n\n\ndef is_tiny(staff):\n    return staff < 5 and staff > 0\n', 1)


def _sampled_hunks(where: Path, source: str, pct: float) -> dict[str, bool]:
    """hunk hash → whether the PCT% sample took the mutant, for every mutant of `is_large`."""
    from benchmarks import bench_mutation

    where.mkdir()
    db = _session(where, source)
    diffs = mutation_ledger.session_diffs(db, where)
    bench_mutation.sample(db, pct, diffs)
    with sqlite3.connect(db) as con:
        rows = con.execute("SELECT s.job_id, r.worker_outcome FROM mutation_specs s "
                           "LEFT JOIN work_results r USING (job_id)").fetchall()
    return {mutation_ledger.hunk_hash(diffs[job]): worker is None for job, worker in rows
            if "-    return staff > 2000 or capital >= 10000000000 and staff > 300" in diffs[job].splitlines()}


@pytest.mark.parametrize("pct", [30, 50, 70])
def test_an_edit_elsewhere_in_the_module_leaves_the_sample_of_an_unchanged_function_unchanged(tmp_path, pct):
    pytest.importorskip("cosmic_ray")
    before = _sampled_hunks(tmp_path / "v1", SAMPLED_V1, pct)
    after = _sampled_hunks(tmp_path / "v2", SAMPLED_V2, pct)
    assert len(before) >= 10  # the mutants of `is_large`, each known by its hunk
    assert after == before
    assert 0 < sum(before.values()) < len(before)  # the sample takes some of them, not all


class _Executed(Exception):
    """Raised where a run would start running the mutants."""


def _run_until_exec(where: Path, monkeypatch, *, prepare=lambda db: None, **kwargs) -> Path:
    """bench_mutation.run on tiny.py in `where`, stopped where the mutants would run; `prepare` gets the session right
    after `cosmic-ray init`. Returns the session."""
    from benchmarks import bench_mutation

    real_run = subprocess.run

    def fake_run(cmd, *args, **kw):
        if cmd[:2] == ["cosmic-ray", "exec"]:
            raise _Executed
        done = real_run([sys.executable, "-m", "cosmic_ray.cli", *cmd[1:]], *args, **kw, capture_output=True)
        prepare(Path(cmd[-1]))
        return done

    monkeypatch.setattr(bench_mutation.subprocess, "run", fake_run)
    monkeypatch.setattr(bench_mutation, "ROOT", where)
    monkeypatch.setattr(bench_mutation, "SESSIONS", where / "sessions")
    monkeypatch.setattr(bench_mutation, "equivalent", list)
    bench_mutation._signature_annotations.cache_clear()
    try:
        with pytest.raises(_Executed):
            bench_mutation.run("tiny", ["tiny.py"], [], 10.0, **kwargs)
    finally:
        bench_mutation._signature_annotations.cache_clear()
    return where / "sessions" / "tiny.sqlite"


def test_a_run_reads_the_sessions_diffs_once_for_carrying_sampling_and_annotations(tmp_path, monkeypatch):
    pytest.importorskip("cosmic_ray")
    (tmp_path / "tiny.py").write_text(ANNOTATED, encoding="utf-8")
    mutation_ledger.write(ledger := tmp_path / "old.jsonl", [])
    calls = []
    real_diffs = mutation_ledger.session_diffs
    monkeypatch.setattr(mutation_ledger, "session_diffs", lambda *a: calls.append(a) or real_diffs(*a))
    _run_until_exec(tmp_path, monkeypatch, rerun=True, pct=50, old=ledger)
    assert len(calls) == 1


def test_survivors_asked_to_run_again_run_even_outside_the_sample(tmp_path, monkeypatch):
    pytest.importorskip("cosmic_ray")
    (tmp_path / "tiny.py").write_text(SAMPLED_V1, encoding="utf-8")

    def all_survived(db: Path) -> None:
        with sqlite3.connect(db) as con:
            con.execute("INSERT INTO work_results (worker_outcome, test_outcome, output, diff, job_id) "
                        "SELECT 'NORMAL', 'SURVIVED', '', '', job_id FROM mutation_specs")

    db = _run_until_exec(tmp_path, monkeypatch, prepare=all_survived, rerun=True, pct=0)
    with sqlite3.connect(db) as con:
        specs = con.execute("SELECT count(*) FROM mutation_specs").fetchone()[0]
        pending = con.execute("SELECT count(*) FROM mutation_specs "
                              "WHERE job_id NOT IN (SELECT job_id FROM work_results)").fetchone()[0]
    assert pending == specs > 0  # a 0% sample leaves out every pending mutant, never a survivor to run again


def _equivalent_to(entries: list[dict], source: str, old: str, new: str, operator: str) -> bool:
    from benchmarks import bench_mutation

    diff = _mutant(source, old, new)
    line = next(i for i, ln in enumerate(source.split("\n"), 1) if old in ln)
    return bench_mutation._is_equivalent("tiny.py", line, operator, diff, entries)


def test_an_equivalent_entry_follows_its_code_when_lines_above_move_and_lapses_when_that_code_is_edited():
    size = {"module": "tiny.py", "operator": "ReplaceComparisonOperator_Gt",
            "site": mutation_ledger.site_hash(_mutant(TINY_V1, "staff > 2000", "staff >= 2000"))}
    price = {"module": "tiny.py", "operator": "ReplaceBinaryOperator_Mul",
             "site": mutation_ledger.site_hash(_mutant(TINY_V1, "price * 0.9", "price / 0.9"))}
    # two lines were added above both functions: the entry still names the comparison, every variant of it
    assert _equivalent_to([size], TINY_V2, "staff > 2000", "staff >= 2000", "core/ReplaceComparisonOperator_Gt_GtE")
    assert _equivalent_to([size], TINY_V2, "staff > 2000", "staff < 2000", "core/ReplaceComparisonOperator_Gt_Lt")
    # the line the comparison used to be on now holds other code: nothing there is covered
    assert not _equivalent_to([size], TINY_V2, "def is_large", "def is_large_", "core/ReplaceComparisonOperator_Gt")
    # the multiplication itself was edited (0.9 → 0.8): its entry lapses, the mutant is to be judged again
    assert _equivalent_to([price], TINY_V1, "price * 0.9", "price / 0.9", "core/ReplaceBinaryOperator_Mul_Div")
    assert not _equivalent_to([price], TINY_V2, "price * 0.8", "price / 0.8", "core/ReplaceBinaryOperator_Mul_Div")


def test_an_entry_for_the_whole_module_covers_only_mutants_whose_mutated_line_holds_its_text():
    entry = {"module": "tiny.py", "operator": "ReplaceComparisonOperator_Gt", "anywhere": True,
             "mutated": "staff >= 2000"}
    assert _equivalent_to([entry], TINY_V2, "staff > 2000", "staff >= 2000", "core/ReplaceComparisonOperator_Gt_GtE")
    assert not _equivalent_to([entry], TINY_V2, "staff > 2000", "staff < 2000", "core/ReplaceComparisonOperator_Gt_Lt")


@pytest.mark.parametrize("entry", [
    {"line": 5},  # a line number drifts when code above it moves
    {"line": 5, "site": "0123456789abcdef"},
    {},  # no place at all
    {"anywhere": True},  # the whole module needs the mutated text
    {"anywhere": True, "mutated": "x", "site": "0123456789abcdef"},
])
def test_an_equivalent_entry_keyed_on_a_line_or_on_nothing_is_refused(tmp_path, entry):
    from benchmarks import bench_mutation

    listing = tmp_path / "equivalent.yaml"
    listing.write_text(yaml.safe_dump([{"module": "tiny.py", "operator": "NumberReplacer", "reason": "r", **entry}]),
                       encoding="utf-8")
    with pytest.raises(ValueError, match="site"):
        bench_mutation.equivalent(listing)
    listing.write_text(yaml.safe_dump([{"module": "tiny.py", "operator": "NumberReplacer", "reason": "r",
                                        "site": "0123456789abcdef"}]), encoding="utf-8")
    assert len(bench_mutation.equivalent(listing)) == 1


def test_every_recorded_equivalent_names_its_code_by_site_and_gives_a_reason():
    from benchmarks import bench_mutation

    for e in bench_mutation.equivalent():
        assert e.get("anywhere") or re.fullmatch(r"[0-9a-f]{16}", e["site"]), e
        assert e.get("anywhere") or e.get("code"), e
        assert e.get("reason"), e
