"""Rewrite tests/data/json_wire/*.json from the current code (after an intended change of the findings).

    python scripts/regen_json_wire.py

Review the diff of the JSON files in the commit: it is the change of the public contract's content.
"""

from __future__ import annotations

import datetime as dt
import os
from pathlib import Path

from chiiki_mirai import service
from chiiki_mirai.reports.jsonout import render_json

ROOT = Path(__file__).resolve().parent.parent
WIRE = ROOT / "tests" / "data" / "json_wire"


def main() -> None:
    os.chdir(ROOT)
    for draft in (WIRE / "DRAFTS.txt").read_text(encoding="utf-8").split():
        out = render_json(service.check_paths([draft], today=dt.date(2026, 5, 1)))
        (WIRE / f"{Path(draft).stem}.json").write_text(out, encoding="utf-8")
        print("wrote", Path(draft).stem)


if __name__ == "__main__":
    main()
