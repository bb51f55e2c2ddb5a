"""The JSON of `check` is the public contract: byte for byte what main produced before the typed results.

tests/data/json_wire/*.json were written by main (commit a6625ea) with `render_json(check_paths([draft],
today=2026-05-01))`. Only the ruleset's name in `"rule"` may differ: it carries a digest of the criteria and an
id of the process's rules engine (`chiiki_<type>_<digest>_<instance>`), so both are masked.
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
DRAFTS = [
    "examples/drafts/b_perovskite_cluster.md",
    "examples/drafts/c_kiso_shikki.md",
    "examples/a_plan.yaml",
    "tests/data/drafts/a_strategic_cluster.md",
    "tests/data/drafts/c_mino_washi_sjis.txt",
    "tests/data/qa_drafts2/qa2_04_a_hydrogen_yamaguchi.docx",
    "tests/data/qa_drafts6/qa6_05_b_jewelry_yamanashi_sjis.txt",
    "tests/data/qa_drafts7/qa7_03_b_bicycle_parts_sakai.md",
    "tests/data/qa_drafts8/qa8_06_c_kokuto_okinawa_village.docx",
]
_RULESET = re.compile(r'"rule": "chiiki_([ABC])_[0-9a-f]{10}_[0-9a-f]{8}"')


def _masked(text: str) -> str:
    return _RULESET.sub(r'"rule": "chiiki_\1_<ruleset>"', text)


@pytest.mark.parametrize("draft", DRAFTS, ids=[Path(d).stem for d in DRAFTS])
def test_check_json_is_unchanged_on_the_wire(draft: str, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(ROOT)  # the "source" of each result is the path as given, relative to the repository
    got = render_json(service.check_paths([draft], today=dt.date(2026, 5, 1)))
    want = (WIRE / f"{Path(draft).stem}.json").read_text(encoding="utf-8")
    assert _masked(got) == _masked(want)
