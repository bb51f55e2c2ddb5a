"""A PDF printed from a draft gives the draft's findings: share of items with the same status, plan types.

    python -m benchmarks.bench_pdf_parity                 # convert every QA and corpus draft, then compare
    python -m benchmarks.bench_pdf_parity --pdf-dir DIR   # PDFs already made by `python -m benchmarks.pdf_drafts DIR`

Targets (issue 17): ≥ 95% of items identical, 100% of plan types. Prints the items that differ.
Needs LibreOffice to make the PDFs (see benchmarks/pdf_drafts.py); reading them needs only pdfplumber.
"""

from __future__ import annotations

import argparse
import tempfile
import time
from datetime import date
from pathlib import Path

from benchmarks import corpus_eval as ce
from benchmarks.common import save
from benchmarks.pdf_drafts import convert, draft_sources, soffice
from chiiki_mirai.core.errors import UserError
from chiiki_mirai.knowledge.loader import load_kb
from chiiki_mirai.readers import read_path
from chiiki_mirai.rules.check import evaluate

TODAY = date(2026, 5, 20)


def statuses(path: Path) -> tuple[str | None, dict[str, str]]:
    plan, _ = read_path(path)
    r = evaluate(plan, load_kb(), source=path.name, today=TODAY)
    return r.plan_type, {i.id: i.status for i in r.requirements + r.checks}


def group_of(src: Path, held: set[str]) -> str:
    """The draft's writer group: "qa", a dev writer ("w20"), or "held-out" (the held-out writers together)."""
    if src.name in held:
        return "held-out"
    return src.name.split("_", 1)[0] if src.name.startswith("w") else "qa"


def _tally(groups: dict[str, dict], group: str, items: int, same: int, typed: bool) -> None:
    g = groups.setdefault(group, {"drafts": 0, "items": 0, "items_identical": 0, "plan_types_identical": 0})
    g["drafts"] += 1
    g["items"] += items
    g["items_identical"] += same
    g["plan_types_identical"] += typed


def compare(pairs: dict[Path, Path], held: set[str] = frozenset()) -> dict:
    """Statuses of each draft against its PDF; `held` names the held-out drafts, counted in one group."""
    items = same = types = 0
    groups: dict[str, dict] = {}
    diffs: list[str] = []
    failed: list[str] = []
    read_s = 0.0
    for src, pdf in sorted(pairs.items()):
        t_src, s_src = statuses(src)
        start = time.perf_counter()
        try:
            t_pdf, s_pdf = statuses(pdf)
        except UserError as e:
            failed.append(f"{src.name}: {e.message}")
            items += len(s_src)
            _tally(groups, group_of(src, held), len(s_src), 0, False)
            continue
        read_s += time.perf_counter() - start
        types += t_src == t_pdf
        hits = 0
        for k, v in s_src.items():
            if s_pdf.get(k) == v:
                hits += 1
            else:
                diffs.append(f"{src.name} {k}: {v} → {s_pdf.get(k)}")
        items += len(s_src)
        same += hits
        _tally(groups, group_of(src, held), len(s_src), hits, t_src == t_pdf)
        if t_src != t_pdf:
            diffs.append(f"{src.name} plan type: {t_src} → {t_pdf}")
    n = len(pairs)
    return {
        "drafts": n,
        "items": items,
        "items_identical": same,
        "items_identical_share": round(same / items, 4) if items else None,
        "plan_types_identical": types,
        "plan_types_share": round(types / n, 4) if n else None,
        "pdf_read_and_check_s_mean": round(read_s / max(1, n - len(failed)), 3),
        "unreadable": failed,
        "groups": {
            k: {**g, "items_identical_share": round(g["items_identical"] / g["items"], 4) if g["items"] else None}
            for k, g in sorted(groups.items(), key=lambda kv: _group_order(kv[0]))
        },
        "differences": diffs,
    }


def _group_order(name: str) -> tuple[int, int]:
    return (0, 0) if name == "qa" else (2, 0) if name == "held-out" else (1, int(name[1:]) if name[1:].isdigit() else 0)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--pdf-dir", type=Path, help="PDFs already generated (named after the drafts)")
    ap.add_argument("--limit", type=int, help="only every n-th draft, for a quick look (run_all --quick)")
    args = ap.parse_args()
    sources = draft_sources()[:: args.limit] if args.limit else draft_sources()
    if args.pdf_dir:
        pairs = {
            s: args.pdf_dir / f"{s.stem}.pdf" for s in sources if (args.pdf_dir / f"{s.stem}.pdf").is_file()
        }
        out = _report(pairs)
    else:
        if soffice() is None:  # not an error: the benchmark needs LibreOffice to print the drafts
            print(
                "skipped: soffice がありません（apt-get install -y libreoffice-writer-nogui fonts-noto-cjk）"
            )
            return
        with tempfile.TemporaryDirectory() as tmp:
            start = time.perf_counter()
            pairs = convert(sources, Path(tmp))
            print(f"{len(pairs)} PDFs made in {time.perf_counter() - start:.0f} s")
            out = _report(pairs)
    save("pdf_parity", out)


def _held_out_names() -> set[str]:
    """Drafts of the independent corpus's held-out writers: counted, never listed (they are only measured)."""
    return {d.name for d in ce.drafts("heldout")}


def _report(pairs: dict[Path, Path]) -> dict:
    held = _held_out_names()
    out = compare(pairs, held)
    shown = [d for d in out["differences"] if d.split(" ", 1)[0] not in held]
    out["differences"] = shown + [f"({len(out['differences']) - len(shown)} differences on held-out drafts, not listed)"]
    for d in shown:
        print("  " + d)
    for u in out["unreadable"]:
        print("  unreadable: " + u)
    for name, g in out["groups"].items():
        print(
            f"  {name:>8}: {g['drafts']:3d} drafts, items {g['items_identical']}/{g['items']}"
            f" ({100 * (g['items_identical_share'] or 0):.1f}%), plan types {g['plan_types_identical']}/{g['drafts']}"
        )
    print(
        f"drafts {out['drafts']}: items identical {out['items_identical']}/{out['items']}"
        f" ({100 * (out['items_identical_share'] or 0):.1f}%, target ≥ 95%),"
        f" plan types {out['plan_types_identical']}/{out['drafts']}"
        f" ({100 * (out['plan_types_share'] or 0):.1f}%, target 100%);"
        f" PDF read+check {out['pdf_read_and_check_s_mean']:.2f} s per draft"
    )
    return out


if __name__ == "__main__":
    main()
