"""Issue 15 (session 19, desk40): the procedures of the foreign workers' residence regimes named by their names
(技能実習, 特定技能, 育成就労) are served by no measure: the answer says nothing applies and names the usual counter
(general knowledge). Hiring foreign workers because hands are short stays a served need. Own wording, not from the
desk corpus."""

from __future__ import annotations

import pytest

from chiiki_mirai.knowledge.loader import load_kb
from chiiki_mirai.recommender.api import search


@pytest.fixture(scope="module")
def kb():
    return load_kb()


@pytest.mark.parametrize("q", [
    "インドネシアから来ている実習生が三年の期限を迎えるので、特定技能に切り替えるにはどうすればいいか教えてください",
    "うちの技能実習生を特定技能に変えるときの書類は",
])
def test_a_residence_regimes_procedure_is_served_by_no_measure(kb, q):
    out = search(q, kb=kb, top=10)
    assert out["matched"] is False and out["outside_need"]


def test_hiring_foreign_workers_for_want_of_hands_is_served(kb):
    out = search("人手が足りないので外国人を雇いたい。受け入れに使える支援は", kb=kb, top=10)
    assert out["matched"] is True and "regional_talent_secure_develop_retain" in [m["id"] for m in out["measures"]][:3]


@pytest.mark.parametrize("q", [
    "技能実習生が足りないので特定技能の人を雇いたい",
    "特定技能で来てくれる外国の人を採用したい。現場の人手が全然足りない",
])
def test_hiring_under_a_named_regime_for_want_of_hands_is_served(kb, q):
    # naming the regimes does not make a hiring question a residence procedure (outside_needs `unless`)
    out = search(q, kb=kb, top=10)
    assert out["matched"] is True and not out.get("outside_need") and out["measures"]
