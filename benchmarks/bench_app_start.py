"""Start of the Streamlit app as a user feels it: from `streamlit run app.py` to a healthy server, and from
opening the first page in headless Chromium to its text being on screen (several runs, each a new server).

    python -m benchmarks.bench_app_start [--runs 3]

Target (issue 7): the first page ready within 5 s of start on this machine. Needs Debian's chromium and
the playwright package (installed by `bash scripts/install.sh --test`); skipped with a message otherwise.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import time
from pathlib import Path

from app_support.browser import CHROMIUM, ROOT, launch_chromium, running_app
from benchmarks.common import save

FIRST_PAGE_TEXT = "相談内容を入力すると"  # the desk page's lead text, rendered once the page has run
TARGET_S = 5.0


def one_run(sync_api, root: Path = ROOT, python: str = sys.executable) -> dict[str, float]:
    t0 = time.monotonic()
    with running_app(root=root, python=python) as url:
        server_s = time.monotonic() - t0
        with sync_api.sync_playwright() as p:
            browser = launch_chromium(p)
            page = browser.new_page()
            t1 = time.monotonic()
            page.goto(url)
            page.get_by_text(FIRST_PAGE_TEXT).wait_for(timeout=60_000)
            page_s = time.monotonic() - t1
            browser.close()
    return {"server_ready_s": round(server_s, 2), "first_page_s": round(page_s, 2),
            "total_s": round(server_s + page_s, 2)}


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--runs", type=int, default=3)
    ap.add_argument("--root", type=Path, default=ROOT, help="another checkout to time the same way")
    ap.add_argument("--python", default=sys.executable, help="its interpreter")
    a = ap.parse_args(argv)
    try:
        # lazy: playwright is a heavy third-party library, loaded only when needed
        from playwright import sync_api
    except ImportError:
        print("skipped: the playwright package is not installed", file=sys.stderr)
        return 0
    if not CHROMIUM.exists():
        print(f"skipped: {CHROMIUM} is missing (apt-get install -y chromium)", file=sys.stderr)
        return 0
    runs = [one_run(sync_api, a.root, a.python) for _ in range(a.runs)]
    for i, r in enumerate(runs, 1):
        print(f"run {i}: server ready {r['server_ready_s']:.1f} s, first page {r['first_page_s']:.1f} s, "
              f"total {r['total_s']:.1f} s")
    med = {k: round(statistics.median(r[k] for r in runs), 2) for k in runs[0]}
    met = med["first_page_s"] < TARGET_S
    print(f"median: server ready {med['server_ready_s']:.1f} s, first page {med['first_page_s']:.1f} s "
          f"(target < {TARGET_S:.0f} s: {'met' if met else 'NOT met'}), total {med['total_s']:.1f} s")
    name = "app_start" if a.root == ROOT else f"app_start_{a.root.name}"
    path = save(name, {"runs": runs, "median": med, "target_s": TARGET_S, "met": met})
    print(f"saved {path}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
