"""How fast the app answers a user, in headless Chromium: desk search, planner upload → report (.md and .docx),
a what-if edit → new judgement, a reviewer batch of 5 → matrix. Each figure is the time from the action to the
end of the script run it starts (Streamlit's data-test-script-state, polled every 30 ms), median of several runs.

    python -m benchmarks.bench_app_interactions [--runs 5] [--root /work/main --python /work/venvs/main/bin/python]

`--root/--python` time another checkout the same way (the walkthrough's figures were measured on main:
search 0.18–0.33 s, upload → report 0.72 / 0.75 s, what-if 0.38 s, batch of 5 1.36 s). Needs Debian's chromium
and the playwright package; skipped with a message otherwise.
"""

from __future__ import annotations

import argparse
import os
import re
import statistics
import sys
import time
from pathlib import Path

from app_support.browser import CHROMIUM, ROOT, launch_chromium, running_app, settle, upload, wait_for_app
from benchmarks.common import save

QUERIES = ["漆器を海外に売りたい", "工業用水が足りない", "港の物流機能を強化したい", "人材が集まらない", "半導体工場を誘致したい"]
DRAFTS = ROOT / "examples" / "drafts"
TESTS = ROOT / "tests" / "data"
SLOW_MS = 180_000


def _open(page, url: str, text: str) -> None:  # noqa: ANN001
    page.goto(url)
    page.get_by_text(text).first.wait_for(timeout=SLOW_MS)
    wait_for_app(page, SLOW_MS)


def desk(page, url: str) -> list[float]:  # noqa: ANN001
    _open(page, url, "相談内容を入力すると")  # the root address: main has no /desk
    box = page.get_by_label("相談内容")
    box.fill("地域の産業を海外に展開したい")  # warm-up (not timed)
    box.press("Enter")
    settle(page, time.monotonic())
    out = []
    for q in QUERIES:
        box.fill(q)
        t = time.monotonic()
        box.press("Enter")
        out.append(settle(page, t))
    return out


def upload_report(page, url: str, draft: Path) -> float:  # noqa: ANN001
    _open(page, f"{url}/planner", "素案ファイルを読み込むか")
    t = time.monotonic()
    upload(page, str(draft))
    page.get_by_text("のチェック結果").first.wait_for(timeout=SLOW_MS)
    return settle(page, t)


def what_if(page, url: str) -> float:  # noqa: ANN001
    upload_report(page, url, DRAFTS / "b_perovskite_cluster.md")
    wait_for_app(page, SLOW_MS)
    tab = page.get_by_role("tab", name=re.compile("書き足して試す"))
    if tab.count():  # this branch: a box per gap
        tab.click()
        box, text = page.get_by_label("撤退基準：産業用地の造成面積"), "2年連続で目標の半分未満なら見直す"
    else:  # main: the what-if expander
        page.locator("summary", has_text="もし〜を書き足したら").click()
        box, text = page.get_by_role("textbox", name="KPIの点検の頻度"), "半期ごとに推進会議で確認する"
    box.fill(text)
    t = time.monotonic()
    box.press("Enter")
    return settle(page, t)


def batch(page, url: str) -> float:  # noqa: ANN001
    _open(page, f"{url}/reviewer", "計画の素案ファイルを選んでください")
    files = sorted(DRAFTS.glob("*.md")) + sorted(p for p in (TESTS / "drafts").iterdir() if p.is_file())
    t = time.monotonic()
    upload(page, [str(f) for f in files[:5]], label="計画の素案")  # the batch uploader, not the comparison
    page.get_by_text("充足状況の一覧").wait_for(timeout=SLOW_MS)
    return settle(page, t)


def measure(url: str, runs: int, sync_api) -> dict[str, list[float]]:  # noqa: ANN001
    docx = next(iter(sorted((TESTS / "qa_drafts2").glob("*.docx"))), None)
    out: dict[str, list[float]] = {"desk_search": [], "upload_md": [], "upload_docx": [], "what_if": [], "batch_5": []}
    with sync_api.sync_playwright() as p:
        browser = launch_chromium(p)
        for i in range(runs + 1):  # the first round warms the server and its workers (not kept)
            page = browser.new_page(viewport={"width": 1400, "height": 1200})
            got = {
                "desk_search": desk(page, url),
                "upload_md": [upload_report(page, url, DRAFTS / "c_kiso_shikki.md")],
                "upload_docx": [upload_report(page, url, docx)] if docx else [],
                "what_if": [what_if(page, url)],
                "batch_5": [batch(page, url)],
            }
            page.close()
            if i:
                for k, v in got.items():
                    out[k] += v
        browser.close()
    return out


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--runs", type=int, default=5)
    ap.add_argument("--root", type=Path, default=ROOT, help="the checkout to time (default: this one)")
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
    with running_app(root=a.root, python=a.python) as url:
        times = measure(url, a.runs, sync_api)
    summary = {k: {"median_s": round(statistics.median(v), 2), "min_s": round(min(v), 2), "max_s": round(max(v), 2)}
               for k, v in times.items() if v}
    for k, v in summary.items():
        print(f"{k:12s} median {v['median_s']:.2f} s  (min {v['min_s']:.2f}, max {v['max_s']:.2f}, n={len(times[k])})")
    name = "app_interactions" if a.root == ROOT else f"app_interactions_{a.root.name}"
    data = {"root": str(a.root), "load_average": [round(x, 1) for x in os.getloadavg()], "runs": times,
            "summary": summary}
    print(f"saved {save(name, data)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
