"""One-off (2026-12-07, mut42): re-key benchmarks/mutation_equivalent.yaml from line numbers to sites.

Until then an entry named its mutants by `line` (and `end_line`); a line number drifts whenever code above it moves,
and each drift turned equivalent mutants into survivors until someone re-attached the entry. Now an entry names the
code itself: `site`, mutation_ledger.site_hash of the mutant's hunk (the mutated line and three lines either side).

Run from a clean export of the version the entries were attached to (the line numbers must be right there):
    python benchmarks/results/mutation_ledger/reconstruction/migrate_equivalent_sites.py CLEAN_ROOT WORKDIR LIST
It builds a cosmic-ray session over every module the list names (CLEAN_ROOT/WORKDIR), finds the mutants each entry
covers under the old rule, and rewrites LIST (a copy of the list) replacing the entry's `line` with the site(s) of those mutants and `code`, the line.
An entry spanning the whole module (`end_line`) with `mutated` becomes `anywhere: true`. It prints the entries that
cover no mutant (stale) and checks that the new keys cover exactly the mutants the old ones covered.
"""

from __future__ import annotations

import difflib
import json
import sqlite3
import subprocess
import sys
from pathlib import Path

import yaml

sys.path.insert(0, str(Path(__file__).resolve().parents[4]))
from benchmarks import mutation_ledger  # noqa: E402

REPO = Path(__file__).resolve().parents[4]


def old_match(e: dict, module: str, line: int, op: str, added: str) -> bool:
    return (e["module"] == module and e["line"] <= line <= e.get("end_line", e["line"]) and e["operator"] in op
            and e.get("mutated", "") in added)


def new_match(e: dict, module: str, op: str, added: str, site: str) -> bool:
    return (e["module"] == module and e["operator"] in op and e.get("mutated", "") in added
            and (e.get("anywhere") or site in e["sites"]))


def yaml_history(clean: Path) -> list[tuple[str, list[dict]]]:
    """(commit, entries) of every committed version of the list, newest first."""
    log = subprocess.run(["git", "log", "--format=%H", "--", "benchmarks/mutation_equivalent.yaml"], cwd=REPO,
                         capture_output=True, text=True, check=True).stdout.split()
    return [(c, yaml.safe_load(git_show(c, "benchmarks/mutation_equivalent.yaml")) or []) for c in log]


def git_show(commit: str, path: str) -> str:
    return subprocess.run(["git", "show", f"{commit}:{path}"], cwd=REPO, capture_output=True, text=True,
                          check=True).stdout


def remap(e: dict, clean: Path, history: list[tuple[str, list[dict]]]) -> int | None:
    """An entry that covers no mutant drifted when code above it moved: the oldest version of the list from which
    it stood unchanged names the module version it was attached to; map its line through the module's edits since.
    None when the line itself was edited (then the entry needs judging again)."""
    key = (e["module"], e["line"], e["operator"], e.get("mutated"))
    since = None
    for commit, entries in history:
        if key not in {(x["module"], x["line"], x["operator"], x.get("mutated")) for x in entries}:
            break
        since = commit
    if since is None:
        return None
    old = git_show(since, e["module"]).split("\n")
    new = (clean / e["module"]).read_text(encoding="utf-8").split("\n")
    for tag, i1, i2, j1, _ in difflib.SequenceMatcher(None, old, new, autojunk=False).get_opcodes():
        if tag == "equal" and i1 < e["line"] <= i2:
            return e["line"] - i1 + j1
    return None


def main(clean: Path, work: Path, listing: Path) -> None:
    text = listing.read_text(encoding="utf-8")
    known = yaml.safe_load(text)
    modules = sorted({e["module"] for e in known})
    work.mkdir(parents=True, exist_ok=True)
    cfg, db = work / "all.toml", work / "all.sqlite"
    cfg.write_text("[cosmic-ray]\nmodule-path = [" + ", ".join(f'"{m}"' for m in modules) + "]\ntimeout = 10\n"
                   'excluded-modules = []\ntest-command = "true"\n[cosmic-ray.distributor]\nname = "local"\n',
                   encoding="utf-8")
    if not db.is_file():
        subprocess.run(["cosmic-ray", "init", str(cfg), str(db)], cwd=clean, check=True)
    with sqlite3.connect(db) as con:
        specs = con.execute("SELECT job_id, module_path, start_pos_row, operator_name FROM mutation_specs").fetchall()
    cache = work / "diffs.json"
    if not cache.is_file():
        cache.write_text(json.dumps(mutation_ledger.session_diffs(db, clean)), encoding="utf-8")
    diffs = json.loads(cache.read_text(encoding="utf-8"))
    mutants = []
    for job, module, line, op in specs:
        added = "\n".join(ln for ln in diffs[job].splitlines() if ln.startswith("+") and not ln.startswith("+++"))
        mutants.append((module, line, op, added, mutation_ledger.site_hash(diffs[job])))
    history = yaml_history(clean)
    sources = {m: (clean / m).read_text(encoding="utf-8").split("\n") for m in modules}
    for e in known:
        covered = [m for m in mutants if old_match(e, m[0], m[1], m[2], m[3])]
        if not covered and (moved := remap(e, clean, history)) is not None:
            print("drifted:", e["module"], e["line"], "→", moved, e["operator"])
            e["line"], e["end_line"] = moved, moved
            covered = [m for m in mutants if old_match(e, m[0], m[1], m[2], m[3])]
        if e.get("end_line", e["line"]) - e["line"] > 10:
            e["anywhere"] = True
        else:
            e["sites"] = sorted({m[4] for m in covered})
            e["code"] = sources[e["module"]][e["line"] - 1].strip()
        if not covered:
            print("stale (covers no mutant):", e["module"], e["line"], e["operator"])
    before = {m[:3] for m in mutants if any(old_match(e, *m[:4]) for e in known)}
    after = {m[:3] for m in mutants if any(new_match(e, m[0], m[2], m[3], m[4]) for e in known if "line" in e)}
    print(f"{len(known)} entries; mutants covered: {len(before)} by line, {len(after)} by site;",
          "gained", sorted(after - before), "lost", sorted(before - after))
    out, i = [], -1
    for ln in text.split("\n"):
        if ln.startswith("- module:"):
            i += 1
        if ln.startswith("  end_line:"):
            continue
        if ln.startswith("  line:"):
            e = known[i]
            if e.get("anywhere"):
                out.append("  anywhere: true")
            else:
                out.append("  code: " + yaml.safe_dump(e["code"], allow_unicode=True, width=10**6).split("\n")[0])
                if len(e["sites"]) == 1:
                    out.append(f"  site: {e['sites'][0]}")
                else:
                    out.append("  site: " + (e["sites"][0] if e["sites"] else "none"))
                    print("entry with", len(e["sites"]), "sites:", e["module"], e["line"], e["operator"])
            continue
        out.append(ln)
    listing.write_text("\n".join(out), encoding="utf-8")


if __name__ == "__main__":
    main(*(Path(a).resolve() for a in sys.argv[1:4]))
