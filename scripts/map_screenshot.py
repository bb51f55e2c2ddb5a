"""The README's map screenshot: python scripts/map_screenshot.py FOLDER [--out docs/screenshots/map.png].

Runs `chiiki-mirai map FOLDER` and photographs the HTML with Debian's Chromium (/usr/bin/chromium), headless.
"""

from __future__ import annotations

import argparse
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("folder", type=Path)
    ap.add_argument("--out", type=Path, default=ROOT / "docs" / "screenshots" / "map.png")
    ap.add_argument("--as-of", default=None)
    args = ap.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        html = Path(tmp) / "map.html"
        cmd = [sys.executable, "-m", "chiiki_mirai.cli", "map", str(args.folder), "-o", str(html)]
        subprocess.run(cmd + (["--as-of", args.as_of] if args.as_of else []), check=False)
        args.out.parent.mkdir(parents=True, exist_ok=True)
        subprocess.run(
            ["/usr/bin/chromium", "--headless", "--no-sandbox", "--disable-gpu", "--hide-scrollbars",
             f"--screenshot={args.out}", "--window-size=1400,1050", html.as_uri()],
            check=True, capture_output=True, timeout=120,
        )  # fmt: skip
    print(args.out)


if __name__ == "__main__":
    main()
