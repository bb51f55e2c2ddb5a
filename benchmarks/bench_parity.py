"""The same content as Markdown, Word and plain text (Shift_JIS, CRLF) gives the same findings.

    python -m benchmarks.bench_parity            # every .md draft of the independent corpus and the QA sets

Each Markdown draft is parsed into the document tree and written back out as Word and as Shift_JIS text with
CRLF line ends (readers/doctree/render.py); the three files are read and checked like any upload, and the
statuses of every requirement and check are compared. Prints the share of drafts (and items) whose findings
are identical across formats; writes benchmarks/results/parity.json.
"""

from __future__ import annotations

import argparse
import datetime as dt
from pathlib import Path

from benchmarks.common import ROOT, save
from benchmarks.corpus_eval import split
from chiiki_mirai import service
from chiiki_mirai.core.errors import UserError
from chiiki_mirai.readers.doctree import parse_document, to_docx, to_text
from chiiki_mirai.readers.doctree.render import text_can_say

TODAY = dt.date(2026, 12, 1)


def _statuses(name: str, data: bytes) -> dict[str, str] | None:
    try:
        plan, report = service.read_plan_bytes(name, data)
    except UserError:
        return None
    r = service.check_plan(plan, source=name, parse_report=report, today=TODAY, with_recommendations=False)
    return {i.id: i.status for i in r.requirements + r.checks}


def drafts() -> list[Path]:
    dirs = [ROOT / "tests" / "corpus" / "independent", ROOT / "tests" / "data"]
    return sorted(p for d in dirs for p in d.rglob("*.md") if "drafts" in str(p.parent) or "qa_drafts" in str(p.parent))


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--limit", type=int, default=0)
    args = ap.parse_args()
    paths = drafts()[: args.limit or None]
    same_drafts = items = same_items = 0
    unsayable = 0
    diffs: list[str] = []
    for p in paths:
        text = p.read_text(encoding="utf-8-sig")
        doc = parse_document(text, "markdown")
        md = _statuses(p.name, text.encode("utf-8"))
        docx = _statuses(p.stem + ".docx", to_docx(doc))
        plain = to_text(doc, crlf=True).encode("cp932", errors="replace")
        txt = _statuses(p.stem + ".txt", plain) if text_can_say(doc) else None
        unsayable += not text_can_say(doc)
        if md is None or docx is None:
            diffs.append(f"{p.name}: unreadable in a format")
            continue
        others = [docx] + ([txt] if txt is not None else [])
        ok = all(o == md for o in others)
        same_drafts += ok
        for k, v in md.items():
            items += 1
            same_items += all(o.get(k) == v for o in others)
        if not ok:
            changed = sorted({k for o in others for k in md if o.get(k) != md[k]})
            diffs.append(f"{p.parent.parent.name}/{p.name}: {', '.join(changed)}")
    n = len(paths)
    out = {
        "drafts": n,
        "drafts_identical_pct": round(100 * same_drafts / n, 1) if n else None,
        "items_identical_pct": round(100 * same_items / items, 1) if items else None,
        "text_not_expressible": unsayable,
    }
    print(f"drafts {n}: identical findings in all formats {out['drafts_identical_pct']}%, items {out['items_identical_pct']}%"
          f" (plain text skipped for {unsayable} drafts whose heading levels plain text cannot express)")
    held = set(split()["heldout"])
    shown = [d for d in diffs if d.split("/", 1)[0] not in held]
    for d in shown:  # held-out drafts are counted, never listed (held-out discipline)
        print("  differs:", d)
    if len(shown) < len(diffs):
        print(f"  ({len(diffs) - len(shown)} held-out drafts differ; not listed)")
    save("parity", out)


if __name__ == "__main__":
    main()
