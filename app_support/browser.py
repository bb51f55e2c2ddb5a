"""Run the app in a real server and drive Debian's Chromium with Playwright (browser test, screenshots).

Never downloads a browser: Playwright is pointed at /usr/bin/chromium (`apt-get install chromium`).
"""

from __future__ import annotations

import contextlib
import os
import socket
import subprocess
import sys
import time
import urllib.request
from collections.abc import Iterator
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
CHROMIUM = Path(os.environ.get("CHIIKI_MIRAI_CHROMIUM", "/usr/bin/chromium"))
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--no-first-run",
    "--disable-sync",
]
START_TIMEOUT = 60.0


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _healthy(url: str) -> bool:
    try:
        with urllib.request.urlopen(f"{url}/_stcore/health", timeout=2) as r:
            return r.status == 200
    except OSError:
        return False


@contextlib.contextmanager
def running_app(log: Path | None = None, root: Path = ROOT, python: str = sys.executable) -> Iterator[str]:
    """Start `streamlit run app.py` on a free local port; yield its base URL; stop it afterwards.
    `root` and `python`: another checkout and its interpreter (a benchmark compares two versions)."""
    port = free_port()
    url = f"http://127.0.0.1:{port}"
    cmd = [
        python, "-m", "streamlit", "run", str(root / "app.py"),
        "--server.headless", "true",
        "--server.address", "127.0.0.1",
        "--server.port", str(port),
        "--browser.gatherUsageStats", "false",
        "--server.fileWatcherType", "none",
    ]  # fmt: skip
    out = open(log, "wb") if log else subprocess.DEVNULL  # noqa: SIM115 - closed below
    env = {**os.environ, "HF_HUB_OFFLINE": "1", "TRANSFORMERS_OFFLINE": "1"}
    if root != ROOT:
        env["PYTHONDONTWRITEBYTECODE"] = "1"  # another checkout is only read, never written to
    proc = subprocess.Popen(cmd, cwd=root, stdout=out, stderr=subprocess.STDOUT, env=env)
    try:
        deadline = time.monotonic() + START_TIMEOUT
        while not _healthy(url):
            if proc.poll() is not None:
                raise RuntimeError(f"streamlit exited with code {proc.returncode}")
            if time.monotonic() > deadline:
                raise TimeoutError(f"streamlit did not become healthy within {START_TIMEOUT:.0f} s")
            time.sleep(0.2)
        yield url
    finally:
        proc.terminate()
        try:
            proc.wait(timeout=10)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait()
        if log:
            out.close()


def launch_chromium(playwright):  # noqa: ANN001, ANN201 - playwright types are optional at import time
    return playwright.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS, headless=True)


IDLE_JS = """() => {
  const app = document.querySelector('[data-testid="stApp"]');
  const state = app && app.getAttribute('data-test-script-state');
  return !!app && state !== 'running' && state !== 'rerunRequested'
    && !document.querySelector('[data-testid="stStatusWidget"]');
}"""


def wait_for_app(page, timeout_ms: int = 60_000) -> None:  # noqa: ANN001
    """Wait until Streamlit has finished running the script: no 'running' indicator (it shows only after a
    moment) and the app's script state not 'running' (set at once: text drawn early in a run is no sign of its end)."""
    page.wait_for_selector('[data-testid="stApp"]', timeout=timeout_ms)
    page.wait_for_function(IDLE_JS, timeout=timeout_ms)


SCRIPT_STATE_JS = """() => {
  const app = document.querySelector('[data-testid="stApp"]');
  return app ? app.getAttribute('data-test-script-state') : null;
}"""


def settle(page, started: float, timeout_s: float = 120.0, poll_s: float = 0.03) -> float:  # noqa: ANN001
    """Seconds from `started` (time.monotonic) until the script run an action started has finished: waits for
    Streamlit's script state to leave 'notRunning' (at most 1.5 s) and to come back, polling every 30 ms."""
    deadline = time.monotonic() + timeout_s
    seen_running = False
    while time.monotonic() < deadline:
        state = page.evaluate(SCRIPT_STATE_JS)
        if state == "running":
            seen_running = True
        elif state == "notRunning" and (seen_running or time.monotonic() - started > 1.5):
            return time.monotonic() - started
        time.sleep(poll_s)
    raise TimeoutError("the script run did not finish")


def upload(page, path_or_files, label: str | None = None) -> None:  # noqa: ANN001
    """Choose files in the page's first file uploader, or in the one whose label contains `label`."""
    scope = page.locator('[data-testid="stFileUploader"]', has_text=label).first if label else page
    scope.locator('[data-testid="stFileUploaderDropzoneInput"]').first.set_input_files(path_or_files)
