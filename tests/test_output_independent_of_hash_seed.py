"""The check's findings and recommendations, and the desk's answers, do not depend on Python's hash seed.

Sets and dicts of strings iterate in an order that changes with PYTHONHASHSEED, i.e. from one process to the next. A
ranking or a text span decided by that order gives a reviewer a different answer for the same draft tomorrow. The
processes run the real CLI from the outside with two fixed seeds; only the ruleset's per-process name is masked (see
tests/test_json_wire.py). The drafts are the bundled examples and the dev drafts that name the most measures in each
format (most ties between overlapping measure names and equally ranked measures).
"""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT / "tests" / "corpus" / "independent"
DRAFTS = [
    ROOT / "examples" / "drafts" / "b_perovskite_cluster.md",
    ROOT / "examples" / "drafts" / "c_kiso_shikki.md",
    CORPUS / "w59" / "drafts" / "w59_01_a_ishikari_gx_datacenter.md",
    CORPUS / "w38" / "drafts" / "w38_01_a_kashima_greenchem.docx",
    CORPUS / "w41" / "drafts" / "w41_01_a_hiuchinada_zosen.txt",
]
QUESTIONS = ["工場を誘致したいが用地と水が足りない", "息子が家業を継がないと言っている", "漆器を海外に売りたい"]
_RULESET = re.compile(r'"rule": "chiiki_([ABC])_[0-9a-f]{10}_[0-9a-f]{8}"')


def _process(cmd: list[str], seed: int, cache: Path) -> str:
    env = {**os.environ, "PYTHONHASHSEED": str(seed), "CHIIKI_MIRAI_CACHE": str(cache)}
    out = subprocess.run(cmd, capture_output=True, text=True, encoding="utf-8", env=env, cwd=ROOT, timeout=600)
    assert out.returncode in (0, 1), out.stderr[-2000:]
    return _RULESET.sub(r'"rule": "chiiki_\1_<ruleset>"', out.stdout)


def _run(args: list[str], seed: int, cache: Path) -> str:
    return _process([sys.executable, "-c", "from chiiki_mirai.cli import run; run()", *args], seed, cache)


def _run_python(code: str, args: list[str], seed: int, cache: Path) -> str:
    return _process([sys.executable, "-c", code, *args], seed, cache)


@pytest.mark.parametrize("seed_pair", [(1, 7)])
def test_check_json_is_the_same_under_two_hash_seeds(seed_pair: tuple[int, int], tmp_path: Path) -> None:
    args = ["check", *(str(d) for d in DRAFTS), "--format", "json"]
    a, b = (_run(args, s, tmp_path / f"cache{s}") for s in seed_pair)
    assert '"recommendations"' in a or '"measures"' in a  # the recommendations are part of what is compared
    assert a == b


_DESK = (
    "import json, sys\n"
    "from chiiki_mirai.recommender.api import search\n"
    "print(json.dumps([search(q, top=10) for q in sys.argv[1:]], ensure_ascii=False, sort_keys=True, default=str))\n"
)


def test_desk_answers_are_the_same_under_two_hash_seeds(tmp_path: Path) -> None:
    a, b = (_run_python(_DESK, QUESTIONS, s, tmp_path / f"cache{s}") for s in (3, 11))
    assert all(len(x["measures"]) >= 3 for x in json.loads(a))  # real answers are compared, not empty lists
    assert a == b
