"""Take the README screenshots of each page: python scripts/screenshots.py [--out docs/screenshots].

Starts the app on a free local port and drives Debian's Chromium (/usr/bin/chromium) with Playwright,
the same setup as tests/test_browser.py. Japanese text needs a CJK font (apt-get install fonts-noto-cjk).
"""

from __future__ import annotations

import argparse
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from app_support.browser import launch_chromium, running_app, upload, wait_for_app  # noqa: E402

VIEWPORT = {"width": 1400, "height": 1500}
EXAMPLES = ROOT / "examples" / "drafts"
TEST_DRAFTS = ROOT / "tests" / "data" / "drafts"
SLOW = 120_000  # ms: the first check loads the encoder


def shoot(out: Path) -> list[Path]:
    # lazy: playwright is a heavy third-party library, loaded only when needed
    from playwright.sync_api import sync_playwright

    out.mkdir(parents=True, exist_ok=True)
    saved: list[Path] = []
    with running_app() as url, sync_playwright() as p:
        browser = launch_chromium(p)
        page = browser.new_page(viewport=VIEWPORT, locale="ja-JP")

        page.goto(url)  # / opens the desk at /desk
        page.get_by_text("相談内容を入力すると").wait_for(timeout=SLOW)
        page.get_by_label("相談内容").fill("漆器を海外に売りたい")
        page.get_by_role("button", name="検索").click()
        page.get_by_text("支援施策（").wait_for(timeout=SLOW)
        wait_for_app(page, SLOW)
        page.locator('[data-testid="stTable"]').first.wait_for(timeout=SLOW)
        page.wait_for_timeout(3000)  # the cards finish drawing after the script run
        saved.append(out / "desk.png")
        page.screenshot(path=str(saved[-1]))

        page.goto(f"{url}/planner")
        page.get_by_text("素案ファイルを読み込むか").wait_for(timeout=SLOW)
        upload(page, str(EXAMPLES / "b_perovskite_cluster.md"))
        page.get_by_text(re.compile(r"一部不足｜KGI及びKPI")).first.wait_for(timeout=SLOW)
        wait_for_app(page, SLOW)
        page.wait_for_timeout(1500)
        saved.append(out / "planner.png")
        page.screenshot(path=str(saved[-1]))

        page.goto(f"{url}/reviewer")
        page.get_by_text("計画の素案ファイルを選んでください").wait_for(timeout=SLOW)
        files = sorted(EXAMPLES.glob("*.md")) + sorted(f for f in TEST_DRAFTS.iterdir() if f.is_file())
        upload(page, [str(f) for f in files], label="複数選べます")  # the batch, not the comparison
        page.get_by_text("充足状況の一覧").wait_for(timeout=SLOW)
        wait_for_app(page, SLOW)
        page.locator('[data-testid="stDataFrame"] canvas').first.wait_for(timeout=SLOW)
        page.wait_for_timeout(3000)  # the data grid and widgets finish drawing after the script run
        saved.append(out / "reviewer.png")
        page.screenshot(path=str(saved[-1]))

        page.goto(f"{url}/knowledge")
        page.get_by_role("tab", name="つながりの図").wait_for(timeout=SLOW)
        page.get_by_role("tab", name="つながりの図").click()
        page.locator('[data-testid="stPlotlyChart"]').first.wait_for(timeout=SLOW)
        wait_for_app(page, SLOW)
        page.wait_for_timeout(1500)  # let plotly finish drawing
        saved.append(out / "knowledge.png")
        page.screenshot(path=str(saved[-1]))
        browser.close()
    return saved


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--out", type=Path, default=ROOT / "docs" / "screenshots")
    for path in shoot(ap.parse_args().out):
        print(path)


if __name__ == "__main__":
    main()
