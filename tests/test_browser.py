"""End to end in headless Chromium: the pages at their addresses, the desk's search, a draft's gap report, the
what-if reset when the plan changes, a PDF upload, a reviewer batch that grows after a page switch, and no
English left on screen.

Needs Debian's chromium at /usr/bin/chromium (`apt-get install -y chromium`) and the `playwright` package;
the browser is never downloaded. Screenshots are saved under tests/artifacts/ (gitignored).
"""

from __future__ import annotations

import re
import time
from pathlib import Path

import pytest

from app_testing import EXAMPLES, ROOT, TEST_DRAFTS  # isort: skip
from app_support.browser import CHROMIUM, launch_chromium, running_app, upload, wait_for_app

pytestmark = [
    pytest.mark.browser,
    pytest.mark.skipif(
        not CHROMIUM.exists(), reason=f"{CHROMIUM} がありません（apt-get install -y chromium）"
    ),
]
ARTIFACTS = ROOT / "tests" / "artifacts"
SLOW = 120_000  # ms: the first check waits for the workers to warm up
ENGLISH = ["Press Enter", "per file", "Upload", "No results", "Running", "Select all", "not allowed", "Browse"]
VISIBLE_ENGLISH_JS = """(words) => {
  const out = [];
  const walk = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  while (walk.nextNode()) {
    const text = walk.currentNode.textContent.trim();
    const el = walk.currentNode.parentElement;
    if (!text || !el || !words.some(w => text.includes(w))) continue;
    const style = getComputedStyle(el);
    if (style.fontSize !== "0px" && style.visibility !== "hidden" && el.getClientRects().length) out.push(text);
  }
  return out;
}"""


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


@pytest.fixture
def page(chromium_browser):
    p = chromium_browser.new_page(viewport={"width": 1400, "height": 1600}, locale="ja-JP")
    yield p
    p.close()


def open_page(page, url: str, ready_text: str) -> None:
    page.goto(url)
    page.get_by_text(ready_text).first.wait_for(timeout=SLOW)
    wait_for_app(page, SLOW)


def visible_english(page) -> list[str]:
    return page.evaluate(VISIBLE_ENGLISH_JS, ENGLISH)


def metric_value(page, label: str) -> str:
    box = page.locator('[data-testid="stMetric"]', has_text=label).first
    return box.locator('[data-testid="stMetricValue"]').inner_text()


def test_first_page_renders_the_desk_at_its_own_address(app_url, page):
    """How fast it appears is measured by benchmarks/bench_app_start.py, not asserted here."""
    start = time.monotonic()
    open_page(page, app_url, "相談内容を入力すると")
    print(f"first page in {time.monotonic() - start:.1f} s")
    assert page.url.rstrip("/").endswith("/desk")
    open_page(page, f"{app_url}/desk", "相談内容を入力すると")  # the address itself works
    assert "Page not found" not in page.inner_text("body")
    assert not visible_english(page)


def test_desk_search_button_enter_and_the_query_kept_across_pages(app_url, page):
    open_page(page, f"{app_url}/desk", "相談内容を入力すると")
    box = page.get_by_label("相談内容")
    box.fill("港の物流機能を強化したい")
    start = time.monotonic()
    page.get_by_role("button", name="検索").click()
    page.get_by_text("支援施策（").wait_for(timeout=SLOW)
    print(f"desk search (button) in {time.monotonic() - start:.2f} s")
    assert "関係しそうな戦略分野" in page.inner_text("body")
    box.fill("漆器を海外に売りたい")
    box.press("Enter")
    page.get_by_text("17の戦略分野の外の例").wait_for(timeout=SLOW)
    wait_for_app(page)
    page.get_by_role("link", name="審査").click()
    page.get_by_text("計画の素案ファイルを選んでください").wait_for(timeout=SLOW)
    page.get_by_role("link", name="相談窓口").click()
    page.get_by_text("支援施策（").wait_for(timeout=SLOW)
    assert page.get_by_label("相談内容").input_value() == "漆器を海外に売りたい"
    assert not visible_english(page)
    page.screenshot(path=str(ARTIFACTS / "desk.png"))


def test_upload_draft_shows_gap_report(app_url, page):
    open_page(page, f"{app_url}/planner", "素案ファイルを読み込むか")
    assert not visible_english(page)
    start = time.monotonic()
    upload(page, str(EXAMPLES / "b_perovskite_cluster.md"))
    page.get_by_text(re.compile(r"一部不足｜KGI及びKPI")).first.wait_for(timeout=SLOW)
    print(f"planner upload → report in {time.monotonic() - start:.2f} s")
    wait_for_app(page, SLOW)
    body = page.inner_text("body")
    assert "チェック結果" in body and "撤退基準" in body and "直し方" in body
    assert "B.ebpm" not in page.locator('[data-testid="stExpander"]').first.inner_text()
    page.screenshot(path=str(ARTIFACTS / "planner_gap_report.png"))


def test_what_if_values_are_dropped_when_the_plan_changes(app_url, page):
    open_page(page, f"{app_url}/planner", "素案ファイルを読み込むか")
    upload(page, str(EXAMPLES / "b_perovskite_cluster.md"))
    page.get_by_text("のチェック結果").wait_for(timeout=SLOW)
    wait_for_app(page, SLOW)
    page.get_by_role("tab", name=re.compile("書き足して試す")).click()
    box = page.get_by_label("撤退基準：産業用地の造成面積")
    box.fill("2年連続で目標の半分未満なら見直す")
    start = time.monotonic()
    box.press("Enter")
    page.get_by_text("書き足し（what-if）1件を反映した判定です").wait_for(timeout=SLOW)
    print(f"what-if edit → new judgement in {time.monotonic() - start:.2f} s")
    wait_for_app(page, SLOW)
    with page.expect_download() as download:
        page.get_by_role("button", name="チェック結果（Markdown）").nth(1).click()
    assert "_書き足し後_" in download.value.suggested_filename
    assert "書き足し（what-if）後の判定です" in Path(download.value.path()).read_text(encoding="utf-8")
    # remove the file: the report and its what-if go
    page.locator('[data-testid="stFileChipDeleteBtn"] button').first.click()
    page.get_by_text("素案ファイルを読み込むか").wait_for(timeout=SLOW)
    assert "書き足し（what-if）" not in page.inner_text("body")
    # another plan: its boxes are new and empty, and nothing of the first plan's edit applies
    upload(page, str(TEST_DRAFTS / "b_missing_sections.md"))
    page.get_by_text("のチェック結果").wait_for(timeout=SLOW)
    wait_for_app(page, SLOW)
    page.get_by_role("tab", name=re.compile("書き足して試す")).click()
    values = page.locator('[data-testid="stTextInput"] input').evaluate_all("els => els.map(e => e.value)")
    assert values and not any(values)
    assert "書き足し（what-if）" not in page.inner_text("body")
    page.screenshot(path=str(ARTIFACTS / "planner_whatif_reset.png"))


def test_a_pdf_upload_gets_a_japanese_message(app_url, page, tmp_path):
    pdf = tmp_path / "素案.pdf"
    pdf.write_bytes(b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n")
    open_page(page, f"{app_url}/planner", "素案ファイルを読み込むか")
    upload(page, str(pdf))
    page.get_by_text("PDF（.pdf）はまだ読み取りに対応していない形式です").wait_for(timeout=SLOW)
    assert "素案.pdf" in page.inner_text("body")
    assert not visible_english(page)


def test_a_reviewer_batch_grows_after_a_page_switch_and_lists_a_pdf(app_url, page, tmp_path):
    pdf = tmp_path / "素案.pdf"
    pdf.write_bytes(b"%PDF-1.4\n")
    open_page(page, f"{app_url}/reviewer", "計画の素案ファイルを選んでください")
    first = sorted(EXAMPLES.glob("*.md"))
    start = time.monotonic()
    upload(page, [str(f) for f in first] + [str(pdf)])
    page.get_by_text("充足状況の一覧").wait_for(timeout=SLOW)
    wait_for_app(page, SLOW)
    print(f"reviewer batch of {len(first) + 1} → matrix in {time.monotonic() - start:.2f} s")
    assert metric_value(page, "チェックした計画") == f"{len(first)} 件"
    assert metric_value(page, "読み込めなかったファイル") == "1 件"
    assert "素案.pdf：PDF（.pdf）はまだ読み取りに対応していない形式です" in page.inner_text("body")
    page.get_by_role("link", name="ナレッジ").click()
    page.get_by_role("tab", name="計画類型と要件").wait_for(timeout=SLOW)
    page.get_by_role("link", name="審査").click()
    page.get_by_text("充足状況の一覧").wait_for(timeout=SLOW)
    wait_for_app(page, SLOW)
    upload(page, str(TEST_DRAFTS / "b_missing_sections.md"))
    page.get_by_text(f"1件を一覧に追加しました（合計 {len(first) + 2}件）").wait_for(timeout=SLOW)
    wait_for_app(page, SLOW)
    assert metric_value(page, "チェックした計画") == f"{len(first) + 1} 件"
    assert not visible_english(page)
    page.screenshot(path=str(ARTIFACTS / "reviewer_batch.png"), full_page=True)
