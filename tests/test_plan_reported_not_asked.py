"""What a plan reports it has obtained is not what it asks for (issue 19, session 20): classes found on dev.

- a programme the plan names only as already obtained for one of its projects (「関連する投資案件（既採択）：…補助金
  採択（令和7年度）」, 採択済み, 交付決定済) is named, and shown with 「計画に記載（採択済み）」 and its quote, but the plan does
  not ask for it: it ranks by its own evidence, after the measures the plan asks for; named as what the plan will use
  (活用を想定), or named as obtained and again as to be used, it is asked for and comes first;
- a hoped or conditional adoption (採択を目指す, 採択されれば) is no report of one obtained.
Each case is a pair of plans that differ only in that signal. The plans are written here for these tests.
"""

from __future__ import annotations

import pytest

from chiiki_mirai.knowledge.loader import load_kb
from chiiki_mirai.recommender.api import recommend_for_plan
from chiiki_mirai.recommender.modality import reports_adoption
from chiiki_mirai.recommender.plan_reading import read_plan_needs
from tests.plan_sections import plan_of

SUPPLIER_GRANT = "sme_growth_acceleration_subsidy"


@pytest.fixture(scope="module")
def kb():
    return load_kb()


def parts_plan(supplier_line: str, policy_extra: str = ""):
    """An A plan for power-module packaging lines; only what it says of a supplier's grant varies."""
    return plan_of("A", "車載パワーモジュール実装の集積", "半導体後工程", {
        "A.4.1": ("(1) 基本戦略", "車載用パワーモジュールの実装・検査工程を臨海部に集める。"),
        "A.4.3": ("(3) 投資の具体像", "核企業が実装工場（投資額420億円）を新設する。" + supplier_line),
        "A.5.1": ("(1) 産業集積に向けた課題", "実装ラインを担う技能者が足りない。工業高校・高専の卒業生の確保が課題である。"),
        "A.5.2": ("(2) 国の政策的対応のニーズ", "実装工場の立地に合わせて人材育成を進める。" + policy_extra),
    })


OBTAINED = "関連する投資案件（既採択）：協力会社の検査装置増設（中小企業成長加速化補助金 採択、令和7年度）。"
TO_USE = "協力会社の検査装置増設には中小企業成長加速化補助金の活用を想定する。"


def named(rec) -> bool:
    return any(ln.kind == "named" for ln in rec.reason_lines)


def ranked(kb, plan):
    return recommend_for_plan(plan, None, kb, top=40)


@pytest.mark.parametrize(("line", "obtained"), [
    (OBTAINED, True),
    ("協力会社の検査装置増設は中小企業成長加速化補助金に採択済みである。", True),
    ("協力会社の検査装置増設（令和8年3月交付決定）：中小企業成長加速化補助金。", True),
    (TO_USE, False),
    ("協力会社の検査装置増設は中小企業成長加速化補助金の採択を目指す。", False),
    ("協力会社の検査装置増設は中小企業成長加速化補助金に採択されれば着工する。", False),
])
def test_a_programme_reported_obtained_is_named_not_asked_for(kb, line, obtained):
    reading = read_plan_needs(parts_plan(line), kb, "A")
    assert SUPPLIER_GRANT in reading.named
    assert (SUPPLIER_GRANT in reading.adopted) is obtained
    assert reports_adoption(line) is obtained


def test_an_obtained_programme_ranks_after_what_the_plan_asks_for_and_says_so(kb):
    asked = ranked(kb, parts_plan(TO_USE))
    reported = ranked(kb, parts_plan(OBTAINED))
    at = {r.id: i for i, r in enumerate(reported)}
    before = asked[:[r.id for r in asked].index(SUPPLIER_GRANT)]
    assert all(named(r) for r in before), "asked for: among the named measures, before all others"
    assert SUPPLIER_GRANT in at, "an obtained programme is still shown"
    unnamed_before = [r.id for r in reported[:at[SUPPLIER_GRANT]] if not named(r)]
    assert unnamed_before, "what the plan asks for (its lack of technicians) ranks before what it reports obtained"
    line = next(ln for ln in reported[at[SUPPLIER_GRANT]].reason_lines if ln.kind == "named")
    assert line.text.startswith("計画に記載（採択済み）") and "中小企業成長加速化補助金" in line.quote


def test_a_programme_obtained_and_named_again_for_use_is_asked_for(kb):
    reading = read_plan_needs(parts_plan(OBTAINED, TO_USE), kb, "A")
    assert SUPPLIER_GRANT in reading.named and SUPPLIER_GRANT not in reading.adopted
    assert "活用を想定" in reading.named[SUPPLIER_GRANT].quote
