"""End to end in headless Chromium: start the server, upload a draft on the planner page, see the gap report.

Needs Debian's chromium at /usr/bin/chromium (`apt-get install -y chromium`) and the `playwright` package;
the browser is never downloaded. The screenshot is saved under tests/artifacts/ (gitignored).
"""

from __future__ import annotations

import io
import re
import time

import pytest
from openpyxl import load_workbook

from app_testing import EXAMPLES, ROOT  # isort: skip
from app_support.browser import CHROMIUM, launch_chromium, running_app, upload, wait_for_app
from chiiki_mirai.progress.sheet import write_template
from chiiki_mirai.service import read_plan

pytestmark = [
    pytest.mark.browser,
    pytest.mark.skipif(
        not CHROMIUM.exists(), reason=f"{CHROMIUM} がありません（apt-get install -y chromium）"
    ),
]
ARTIFACTS = ROOT / "tests" / "artifacts"


@pytest.fixture(scope="module")
def app_url():
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    with running_app(log=ARTIFACTS / "streamlit.log") as url:
        yield url


@pytest.fixture(scope="module")
def chromium_browser():  # not named `browser`: pytest-playwright defines that fixture
    sync_api = pytest.importorskip("playwright.sync_api")
    with sync_api.sync_playwright() as p:
        b = launch_chromium(p)
        yield b
        b.close()


def test_first_page_renders(app_url, chromium_browser):
    """The desk page is the first page. How fast it appears is measured by benchmarks/bench_app_start.py
    (target < 5 s), not asserted here: a timed test flakes on a loaded machine."""
    page = chromium_browser.new_page()
    start = time.monotonic()
    page.goto(app_url)
    page.get_by_text("相談内容を入力すると").wait_for(timeout=60_000)
    print(f"first page in {time.monotonic() - start:.1f} s")
    page.locator("input[type='text']").first.wait_for(timeout=30_000)  # the desk's search box
    assert "相談" in page.inner_text("body")
    page.close()


def test_upload_draft_shows_gap_report(app_url, chromium_browser):
    page = chromium_browser.new_page(viewport={"width": 1400, "height": 1800})
    page.goto(f"{app_url}/planner")
    wait_for_app(page)
    upload(page, str(EXAMPLES / "b_perovskite_cluster.md"))
    # the gap report: requirement rows with status badges and the fix for the KPI gap
    page.get_by_text(re.compile(r"一部不足｜KGI及びKPI")).first.wait_for(timeout=120_000)
    wait_for_app(page, 120_000)
    body = page.inner_text("body")
    assert "チェック結果" in body
    assert "撤退基準" in body
    assert "直し方" in body
    page.screenshot(path=str(ARTIFACTS / "planner_gap_report.png"))
    page.close()


def test_progress_page_shows_statuses_and_offers_the_template(app_url, chromium_browser, tmp_path):
    draft = EXAMPLES / "c_kiso_shikki.md"
    plan, _ = read_plan(draft)
    wb = load_workbook(io.BytesIO(write_template(plan, draft.name)))
    ws = wb["進捗"]
    ws["I2"], ws["J2"] = "令和8年度", "18件"
    ws["I3"], ws["J3"] = "令和8年度上期", "0.05億円"
    sheet = tmp_path / "進捗.xlsx"
    wb.save(sheet)

    page = chromium_browser.new_page(viewport={"width": 1400, "height": 1400})
    page.goto(f"{app_url}/progress")
    wait_for_app(page)
    page.locator('[data-testid="stFileUploaderDropzoneInput"]').nth(0).set_input_files(str(draft))
    page.get_by_text("進捗シートのひな形（Excel）").wait_for(timeout=120_000)
    page.locator('[data-testid="stFileUploaderDropzoneInput"]').nth(1).set_input_files(str(sheet))
    page.get_by_text(re.compile("進捗確認：")).wait_for(timeout=120_000)
    wait_for_app(page, 120_000)
    page.locator('[data-testid="stDataFrame"]').first.wait_for(timeout=60_000)
    body = page.inner_text("body")
    assert "遅れ" in body and "進捗報告（Excel）" in body
    page.screenshot(path=str(ARTIFACTS / "progress_page.png"))


def test_reviewer_compares_two_versions(app_url, chromium_browser, tmp_path):
    """審査: the comparison section reads two versions (a Markdown draft and its edit saved as text) and shows what
    the new version closed and opened, with the evidence side by side."""
    text = (EXAMPLES / "c_kiso_shikki.md").read_text(encoding="utf-8")
    new = tmp_path / "c_kiso_shikki_v2.txt"
    new.write_text(
        text.replace("- 域内取引額: 木地・塗料の域内調達を拡大する", "- 域内取引額: 2030年度に 12億円（2025年度 8億円）"),
        encoding="utf-8",
    )
    page = chromium_browser.new_page(viewport={"width": 1400, "height": 2000})
    page.goto(f"{app_url}/reviewer")
    wait_for_app(page)
    page.get_by_text("二つの版を比べる").click()
    inputs = page.locator('[data-testid="stExpander"] [data-testid="stFileUploaderDropzoneInput"]')
    inputs.nth(0).set_input_files(str(EXAMPLES / "c_kiso_shikki.md"))
    wait_for_app(page, 120_000)
    inputs.nth(1).set_input_files(str(new))
    page.get_by_text(re.compile(r"解消｜域内への波及")).first.wait_for(timeout=120_000)
    wait_for_app(page, 120_000)
    body = page.inner_text("body")
    assert "新たな不足" in body and "記載項目ごとの追加・削除" in body
    page.get_by_text(re.compile(r"解消｜域内への波及")).first.click()
    page.get_by_text("旧版の根拠").first.wait_for(timeout=30_000)
    assert "12億円" in page.inner_text("body")
    page.screenshot(path=str(ARTIFACTS / "reviewer_compare.png"), full_page=True)
    page.close()
