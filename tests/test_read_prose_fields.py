"""Reading fields written as prose: market and promise cues, investments and totals, ripple, jobs, localisation.

Each case is wording of its own, written for the behaviour; the QA drafts that first showed a need are
checked as a whole by tests/test_qa_drafts.py."""

from __future__ import annotations

import datetime as dt

import pytest

from chiiki_mirai.knowledge.loader import load_kb
from chiiki_mirai.readers import read_bytes
from chiiki_mirai.rules.check import evaluate
from chiiki_mirai.rules.facts import derive_facts


def _read_md(text: str):
    plan, _ = read_bytes("draft.md", text.encode("utf-8"))
    return plan


TODAY = dt.date(2026, 5, 20)


def _read(text: str):
    return read_bytes("draft.md", text.encode("utf-8"))[0]


def _item(plan, item_id: str):
    r = evaluate(plan, load_kb(), source="draft.md", today=TODAY)
    return next(i for i in r.requirements + r.checks if i.id == item_id)


A_PLAN = """# 試作 戦略産業クラスター計画

類型：A 戦略産業クラスター計画
策定主体：山口県

## 3. 核となる大規模投資案件

### 3-1 投資の概要

周南化成株式会社が高純度ガスの精製プラントを、岩国マテリアル株式会社が部材の量産工場を新設する。

### 3-2 投資総額

令和9年度着工、令和11年度稼働。投資総額は3社合計で640億円。
"""


IMPACT = "# 試作 戦略産業クラスター計画\n\n類型：A\n策定主体：愛知県\n\n## 地域経済への波及\n\n{text}\n"


def test_investment_written_as_prose_counts_with_its_amount() -> None:
    plan = _read_md(
        "類型：A\n策定主体：三重県\n\n## 核となる大規模投資案件\n\n### 投資概要\n\n"
        "伊勢湾グリーンケミカル株式会社が、バイオ由来のエチレン製造設備を新設する。総事業費は1,500億円を見込み、"
        "2029年度の稼働を目指す。\n"
    )
    assert [(i.amount, i.operation_year) for i in plan.investments] == [(150_000_000_000, 2029)]


def test_investment_without_an_amount_and_amount_for_several_companies() -> None:
    plan = _read(A_PLAN)
    assert [i.company for i in plan.investments] == ["周南化成株式会社", None]
    assert plan.investments[1].amount == 640e8
    assert plan.investments[1].start_year == 2027 and plan.investments[1].operation_year == 2029


def test_a_company_named_without_building_anything_is_no_investment() -> None:
    plan = _read(A_PLAN.replace("が高純度ガスの精製プラントを、岩国マテリアル株式会社が部材の量産工場を新設する", "は地域の中核企業である"))
    assert [i.company for i in plan.investments] == [None]


def test_total_under_a_total_heading_when_projects_carry_no_amount() -> None:
    plan = _read(
        "# 試作 戦略産業クラスター計画\n\n類型：A\n策定主体：山口県\n\n## 3. 核となる大規模投資案件\n\n"
        "### 3-1 投資概要\n\n| 投資企業 | 内容 |\n|---|---|\n| 周南化成株式会社 | 精製プラント |\n"
        "| 岩国マテリアル株式会社 | 量産工場 |\n\n### 3-4 投資総額\n\n約530億円（2027年度～2031年度の2社合計）\n"
    )
    assert [i.amount for i in plan.investments if i.amount] == [530e8]

    assert derive_facts(plan, load_kb(), "A", TODAY)["investment_total"].value == 530e8


def test_total_heading_does_not_double_count_project_amounts() -> None:
    plan = _read(
        "# 試作 戦略産業クラスター計画\n\n類型：A\n\n## 3. 核となる大規模投資案件\n\n### 3-1 投資概要\n\n"
        "- 周南化成株式会社：精製プラント（投資額300億円）\n- 岩国マテリアル株式会社：量産工場（投資額230億円）\n\n"
        "### 3-4 投資総額\n\n530億円\n"
    )
    assert sorted(i.amount for i in plan.investments) == [230e8, 300e8]


def test_jobs_are_counted_in_people_not_companies() -> None:
    plan = _read(IMPACT.format(text="3社の投資により、2035年度までに約640人の新規雇用を見込む。"))
    assert (plan.ripple.jobs.value, plan.ripple.jobs.unit) == (640, "人")


@pytest.mark.parametrize(
    ("text", "status"),
    [
        ("新規雇用は約500人を見込む。賃金の水準は各社の判断に委ね、本計画では目標を設けない。", "partial"),
        ("新規雇用は約500人を見込む。製造職の賃金を毎年3％引き上げる。", "met"),
        ("新規雇用は約500人を見込む。技術者の賃金は地域平均より2割高く設定し、毎年2%以上の賃上げを行う。", "met"),
    ],
)
def test_a_quality_jobs_needs_wages(text: str, status: str) -> None:
    plan = _read(IMPACT.format(text=text))
    assert _item(plan, "A.quality_jobs").status == status


def test_ripple_targets_named_together_outside_the_impact_section() -> None:
    plan = _read(
        "# 試作プラン\n\n類型：C\n策定主体：徳島県那賀町\n\n## 3. 現状と目指す姿\n\n### (2) 目標\n\n"
        "あわせて、令和12年度に、域内取引額2億1千万円、売上額9億円、新規雇用24人を目指す。\n"
    )
    r = plan.ripple
    assert (r.regional_transactions.value, r.sales.value, r.jobs.value) == (2.1e8, 9e8, 24)


@pytest.mark.parametrize(
    ("sentence", "domestic", "roadmap"),
    [
        ("成形機はすべて国内メーカー製である。", True, False),
        ("原料の樹脂は、新工場が稼働する2029年度までに国内調達へ切り替える。", None, True),
        ("県内調達率を2030年度に8割へ引き上げる。", None, True),
        ("原料の樹脂は輸入している。", None, False),
    ],
)
def test_procurement_at_home_and_dated_switch(sentence: str, domestic, roadmap: bool) -> None:
    plan = _read(f"# 試作プラン\n\n類型：B\n\n## 調達\n\n{sentence}\n")
    assert plan.localization.domestic_procurement is domestic
    assert (plan.localization.roadmap is not None) is roadmap


@pytest.mark.parametrize(
    "sentence",
    [
        "欧州のブランドから受託生産の打診が増えている。",
        "海外の日本食店が増え、店頭見本の注文が伸びている。",
        "体験は人気が高く予約が取れない状態にある。",
    ],
)
def test_market_needs_shown_by_buyers(sentence: str) -> None:
    plan = _read(f"# 試作プラン\n\n類型：C\n\n## 4. 勝ち筋\n\n{sentence}\n")
    facts = derive_facts(plan, load_kb(), "C", TODAY)
    assert facts["market_needs_stated"].value


def test_spreading_sales_is_not_a_dependency() -> None:
    plan = _read("# 試作プラン\n\n類型：C\n\n## 4. 勝ち筋\n\n組合と商社で半分ずつとし、特定の1社に販路を集中させない。\n")
    facts = derive_facts(plan, load_kb(), "C", TODAY)
    assert not facts["franchise_dependency"].value


def test_market_attributes_written_after_the_buyers() -> None:
    plan = _read(
        "# 試作プラン\n\n類型：B\n\n## 4. 勝ち筋\n\n### (1) 基本戦略\n\n"
        "造船会社（国内の法人）の修繕を一括で請け、台湾の船主（海外）の改造工事も狙う。\n"
    )
    assert set(plan.target_market.attributes) >= {"法人", "海外"}


@pytest.mark.parametrize(
    ("sentence", "fact"),
    [
        ("天然色の大珠は欧州の宝飾ブランドの評価が高い。", "market_needs_stated"),
        ("大珠の単価は一般品の約2倍で取引される。", "value_up_or_sales_expansion"),
    ],
)
def test_promise_cues(sentence: str, fact: str) -> None:
    plan = _read(f"# 試作プラン\n\n類型：C\n\n## 4. 勝ち筋\n\n{sentence}\n")
    assert derive_facts(plan, load_kb(), "C", TODAY)[fact].value


@pytest.mark.parametrize(
    "sentence",
    [
        "誘致する株式会社北光素材とは、技術者を5年以内に8割まで県内採用とし、開発部門の一部を移すことで合意している。",
        "誘致企業は2030年度までに従業員の9割を地元から採用する。",
    ],
)
def test_labour_localisation_roadmap_with_a_time_frame(sentence: str) -> None:
    plan = _read(f"# 試作プラン\n\n類型：B\n\n## 6. 現地化の取組\n\n### (1) 現地化の方針\n\n{sentence}\n")
    assert plan.localization.roadmap == sentence


def test_localisation_without_a_time_frame_is_no_roadmap() -> None:
    plan = _read("# 試作プラン\n\n類型：B\n\n## 6. 現地化の取組\n\n### (1) 現地化の方針\n\n誘致企業は県内採用を進める。\n")
    assert plan.localization.roadmap is None


def test_block_draft_under_discussion_is_not_a_listing() -> None:
    plan = _read(
        "# 試作 戦略産業クラスター計画\n\n類型：A\n\n## 1. 概要\n\n### (5) 計画の素案との整合性\n\n"
        "四国の有識者検討会で計画の素案の検討が進められている。本県は本プロジェクトを候補として盛り込むよう働きかけている。\n"
    )
    facts = derive_facts(plan, load_kb(), "A", TODAY)
    assert not facts["block_draft_alignment_stated"].value
    assert facts["block_draft_alignment_pending"].value


def test_buyers_named_as_fans_are_individuals() -> None:
    plan = _read("# 試作プラン\n\n類型：C\n\n## 4. 勝ち筋\n\n### (1) 基本戦略\n\n1泊2日の撮影ツアーを海外の天文ファンに販売する。\n")
    assert set(plan.target_market.attributes) >= {"個人", "海外"}
