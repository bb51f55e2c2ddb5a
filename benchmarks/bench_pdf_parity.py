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


def compare(pairs: dict[Path, Path]) -> dict:
    items = same = types = 0
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
            continue
        read_s += time.perf_counter() - start
        types += t_src == t_pdf
        for k, v in s_src.items():
            items += 1
            if s_pdf.get(k) == v:
                same += 1
            else:
                diffs.append(f"{src.name} {k}: {v} → {s_pdf.get(k)}")
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
        "differences": diffs,
    }


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
    out = compare(pairs)
    held = _held_out_names()
    shown = [d for d in out["differences"] if d.split(" ", 1)[0] not in held]
    out["differences"] = shown + [f"({len(out['differences']) - len(shown)} differences on held-out drafts, not listed)"]
    for d in shown:
        print("  " + d)
    for u in out["unreadable"]:
        print("  unreadable: " + u)
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
