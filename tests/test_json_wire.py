"""The JSON of `check` is the public contract: byte for byte as recorded in tests/data/json_wire/*.json.

The files were first written by main at a6625ea and proved the restructure changed nothing on the wire; after
an intended change of the findings they are rewritten with `python scripts/regen_json_wire.py` and the diff is
reviewed in the commit. Only the ruleset's name in `"rule"` may differ: it carries a digest of the criteria and
an id of the process's rules engine (`chiiki_<type>_<digest>_<instance>`), so both are masked.
"""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path

import pytest

from chiiki_mirai import service
from chiiki_mirai.reports.jsonout import render_json

ROOT = Path(__file__).resolve().parent.parent
WIRE = ROOT / "tests" / "data" / "json_wire"
DRAFTS = (WIRE / "DRAFTS.txt").read_text(encoding="utf-8").split()
_RULESET = re.compile(r'"rule": "chiiki_([ABC])_[0-9a-f]{10}_[0-9a-f]{8}"')


def _masked(text: str) -> str:
    return _RULESET.sub(r'"rule": "chiiki_\1_<ruleset>"', text)


@pytest.mark.parametrize("draft", DRAFTS, ids=[Path(d).stem for d in DRAFTS])
def test_check_json_is_unchanged_on_the_wire(draft: str, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(ROOT)  # the "source" of each result is the path as given, relative to the repository
    got = render_json(service.check_paths([draft], today=dt.date(2026, 5, 1)))
    want = (WIRE / f"{Path(draft).stem}.json").read_text(encoding="utf-8")
    assert _masked(got) == _masked(want)
