"""Reader fixes driven by the fourth QA set (tests/data/qa_drafts4): several metadata pairs on one line,
support fields written as a list before 「の3分野」, staff written 「計6名」 or 「各1名の担当職員」, the
announcement in a sentence that also names the desk, 「事前確認を受けた後」, operators listed in one
paragraph, an investment described without its amount, and a yearly KPI check. The wording here is
written for these tests, not copied from the drafts."""

from __future__ import annotations

import datetime as dt

import pytest

from knowledge.loader import load_kb
from readers import read_bytes
from readers.extract_commitment import _staff_count, _support_fields
from readers.extract_companies import _prose_company_list
from rules.check import evaluate

TODAY = dt.date(2026, 5, 20)


def _read(text: str):
    return read_bytes("draft.md", text.encode("utf-8"))[0]


def _item(plan, item_id: str):
    r = evaluate(plan, load_kb(), source="draft.md", today=TODAY)
    return next(i for i in r.requirements + r.checks if i.id == item_id)


# --- metadata: several pairs on one line ---------------------------------------------------------


@pytest.mark.parametrize(
    "line",
    [
        "計画期間：2027年度～2031年度　目標年度：2036年度",
        "計画期間：令和9年度～令和13年度  目標年度：令和18年度",
        "計画期間：令和９年度～令和１３年度（目標年度　令和１８年度）",
        "【計画期間】2027～2031年度\u3000【目標年度】2036年度",
    ],
)
def test_period_and_target_on_one_line(line: str) -> None:
    plan = _read(f"# 試作プラン\n\n策定主体：鳥取県\n{line}\n\n## 概要\n\n本文。\n")
    assert (plan.period.start_fy, plan.period.end_fy, plan.period.target_fy) == (2027, 2031, 2036)


def test_author_and_period_share_a_line() -> None:
    plan = _read("# 試作プラン\n\n作成：長野県飯山市\u3000\u3000対象期間：令和9年度～令和13年度\n\n本文。\n")
    assert [a.name for a in plan.authors] == ["長野県飯山市"]
    assert (plan.period.start_fy, plan.period.end_fy) == (2027, 2031)


def test_a_wide_gap_inside_a_value_does_not_split_it() -> None:
    """Only a gap followed by another known label starts a new pair."""
    plan = _read("# 試作プラン\n\n策定主体：熊本県\u3000\u3000（共同：熊本市）\n計画期間：2026年度～2030年度\n\n本文。\n")
    assert plan.authors and plan.authors[0].name == "熊本県"


# --- support fields and staff --------------------------------------------------------------------


@pytest.mark.parametrize(
    ("sentence", "fields"),
    [
        ("事業者に対し、販路開拓、DX、事業承継の3分野で伴走支援を行う。", ["販路開拓", "DX", "事業承継"]),
        ("組合員に、資金繰り・技能継承の二分野について専門家が支援する。", ["資金繰り", "技能継承"]),
        ("中核企業へ、品質認証・海外展示会・資金調達の分野で月1回訪問する。", ["品質認証", "海外展示会", "資金調達"]),
        ("原価管理と電子商取引の導入は、商工会の経営指導員が巡回して支援する。", ["原価管理", "電子商取引の導入"]),
        ("資金調達・人材確保の伴走支援を行う。", ["資金調達", "人材確保"]),
    ],
)
def test_support_fields_as_written(sentence: str, fields: list[str]) -> None:
    assert _support_fields(sentence) == fields


@pytest.mark.parametrize(
    "sentence",
    ["本計画は、県が全面的に支援する。", "町は、事業者の取組を支援する。", "各社の分野で支援する。"],
)
def test_parties_are_not_support_fields(sentence: str) -> None:
    assert _support_fields(sentence) == []


@pytest.mark.parametrize(
    ("sentence", "n"),
    [
        ("商工労働部に専任職員計8名を置く。", 8),
        ("両市の担当課に各2名の担当職員を配置する。", 2),
        ("中小企業診断士3名を会計年度任用職員として確保する。", 3),
        ("相談員 4人 が常駐する。", 4),
    ],
)
def test_staff_count(sentence: str, n: int) -> None:
    assert _staff_count(sentence) == n


def test_staff_count_none_without_a_number() -> None:
    assert _staff_count("職員を増員する。") is None


# --- commitment: announcement, desk and staff ----------------------------------------------------

C_PLAN = """# 白波町 真珠加工 地場産業成長プラン

類型：C 地場産業成長プラン
策定主体：愛媛県白波町
計画期間：令和8年度～令和12年度

## 7. 自治体のコミットメント

町の商工観光課に「真珠産業相談窓口」を設け、担当職員3名を置く。
販路開拓と事業承継は、愛媛県よろず支援拠点のコーディネーターが月2回巡回して支援する。
本プランは、国の事前確認を受けた後、町長が相談窓口の開設とあわせて発表する。
"""


def test_announcement_in_a_sentence_that_names_the_desk() -> None:
    plan = _read(C_PLAN)
    com = plan.commitment
    assert com.announcement and "町長" in com.announcement
    assert com.announcement_after_precheck is True
    assert com.consultation_desk and com.consultation_desk.name == "真珠産業相談窓口"
    assert com.support_system and com.support_system.staff == 3
    assert com.support_system.support_fields == ["販路開拓", "事業承継"]
    assert _item(plan, "C.commitment").status == "met"


@pytest.mark.parametrize(
    "sentence",
    [
        "本プランは、国の事前確認を受けた後、町長が発表する。",
        "国の事前確認を経て、町長が記者会見で公表する。",
        "事前確認が完了した後、町長が発表する。",
        "事前確認を終えてから、町長が議会で発表する。",
    ],
)
def test_announcement_after_the_precheck(sentence: str) -> None:
    plan = _read(C_PLAN.replace("本プランは、国の事前確認を受けた後、町長が相談窓口の開設とあわせて発表する。", sentence))
    assert plan.commitment.announcement_after_precheck is True


def test_announcement_before_the_precheck_is_not_after() -> None:
    plan = _read(C_PLAN.replace("国の事前確認を受けた後、", "国の事前確認の前に、"))
    assert plan.commitment.announcement_after_precheck is False


def test_a_desk_set_up_in_the_announcement_sentence_is_still_read() -> None:
    text = C_PLAN.replace(
        "町の商工観光課に「真珠産業相談窓口」を設け、担当職員3名を置く。\n", ""
    ).replace(
        "本プランは、国の事前確認を受けた後、町長が相談窓口の開設とあわせて発表する。",
        "商工観光課に相談窓口を設置し、国の事前確認を受けた後に町長が公表する。",
    )
    plan = _read(text)
    assert plan.commitment.consultation_desk is not None
    assert plan.commitment.announcement_after_precheck is True


def test_a_department_written_as_bumon() -> None:
    plan = _read(
        "# 試作クラスター計画\n\n類型：B\n\n## 7. 伴走支援体制\n\n"
        "知事を本部長とする推進本部を設け、両県の商工部門に専任職員計5名を置く。\n"
    )
    ss = plan.commitment.support_system
    assert ss and "商工部門" in ss.departments and ss.staff == 5


# --- operators listed in one paragraph -----------------------------------------------------------


def test_prose_operator_list_splits_outside_brackets() -> None:
    text = "有限会社しおさい水産（養殖、従業員12人）、白波漁業協同組合（組合員80人、加工場）、白波町観光協会。"
    assert [p.split("(")[0] for p in _prose_company_list(text)] == [
        "有限会社しおさい水産",
        "白波漁業協同組合",
        "白波町観光協会",
    ]


@pytest.mark.parametrize(
    "text",
    [
        "町内の事業者が連携し、加工から販売までを担う。",
        "株式会社しおさい水産が中心となり、漁協と連携して加工を行う。",
        "株式会社しおさい水産（養殖）。漁協は加工を担う。",
    ],
)
def test_prose_that_is_not_a_list(text: str) -> None:
    assert _prose_company_list(text) == []


def test_operators_in_one_paragraph_are_each_a_core_operator() -> None:
    plan = _read(
        C_PLAN
        + "\n## 2. 支援する地域及び推進の核となる事業者\n\n### (2) 本プラン推進の核となる事業者\n\n"
        "有限会社しおさい水産（真珠の養殖、従業員12人）、白波真珠加工株式会社（加工・販売）、白波漁業協同組合（母貝の生産）。\n"
    )
    names = [c.name for c in plan.core_companies]
    assert names == ["有限会社しおさい水産", "白波真珠加工株式会社", "白波漁業協同組合"]
    assert plan.core_companies[0].employees == 12


# --- an investment described without its amount --------------------------------------------------

A_PLAN = """# 試作 戦略産業クラスター計画

類型：A 戦略産業クラスター計画
策定主体：山口県

## 3. 核となる大規模投資案件

### 3-1 投資の概要

周南化成株式会社が高純度ガスの精製プラントを、岩国マテリアル株式会社が部材の量産工場を新設する。

### 3-2 投資総額

令和9年度着工、令和11年度稼働。投資総額は3社合計で640億円。
"""


def test_investment_without_an_amount_and_amount_for_several_companies() -> None:
    plan = _read(A_PLAN)
    assert [i.company for i in plan.investments] == ["周南化成株式会社", None]
    assert plan.investments[1].amount == 640e8
    assert plan.investments[1].start_year == 2027 and plan.investments[1].operation_year == 2029


def test_a_company_named_without_building_anything_is_no_investment() -> None:
    plan = _read(A_PLAN.replace("が高純度ガスの精製プラントを、岩国マテリアル株式会社が部材の量産工場を新設する", "は地域の中核企業である"))
    assert [i.company for i in plan.investments] == [None]


# --- a yearly KPI check is longer than 半期ごと等 (an effort clause: advice, not a gap) -------------

KPI_TABLE = """
## 5. KPI及びKPI未達時の撤退基準の設定

| KPI | 目標 | 期限 | 担当 | 撤退基準 | 確認頻度 |
|---|---|---|---|---|---|
| 新商品の数 | 10件 | 令和10年度 | 商工観光課 | 令和9年度に3件未満なら見直す | {cycle} |
"""


@pytest.mark.parametrize(("cycle", "advised"), [("年1回", True), ("半期ごと", False), ("四半期ごと", False)])
def test_kpi_check_cycle(cycle: str, advised: bool) -> None:
    plan = _read(C_PLAN + KPI_TABLE.format(cycle=cycle))
    item = _item(plan, "kpi")
    crit = {c.id: c for c in item.criteria}
    assert item.status == "met"
    if advised:
        assert not crit["monitoring_cycle"].passed and crit["monitoring_cycle"].applies
        assert any("年1回" in a and "半期ごと" in a for a in item.advice)
    else:
        assert crit["monitoring"].passed and not item.advice


# --- QA set 5: metadata in sentences, labels, paragraphs, amounts, wages, attraction ---------------


@pytest.mark.parametrize(
    ("text", "authors", "period"),
    [
        (
            "本計画は、香川県丸亀市が策定するものであり、計画期間は令和9年度から令和13年度までの5年間とする。",
            ["香川県丸亀市"],
            (2027, 2031),
        ),
        ("本プランは高知県馬路村と北川村が共同で策定する。計画期間は2026年度からの5年間とする。", ["高知県馬路村", "北川村"], (2026, 2030)),
    ],
)
def test_metadata_in_sentences(text: str, authors: list[str], period: tuple[int, int]) -> None:
    plan = _read(f"# 試作プラン\n\n{text}\n\n## 1. 概要\n\n本文。\n")
    assert [a.name for a in plan.authors] == authors
    assert (plan.period.start_fy, plan.period.end_fy) == period


@pytest.mark.parametrize(
    "sentence",
    ["数値目標は2036年度を目標年次とする。", "KGIの目標年度は令和18年度とする。", "目標年度は2036年度である。"],
)
def test_target_year_in_a_sentence(sentence: str) -> None:
    plan = _read(f"# 試作プラン\n\n策定主体：山形県\n計画期間：2027年度～2031年度\n\n{sentence}\n\n## 1. 概要\n\n本文。\n")
    assert plan.period.target_fy == 2036


def test_a_sentence_that_merely_mentions_a_period_is_not_metadata() -> None:
    plan = _read("# 試作プラン\n\n## 1. 概要\n\n本計画は事業者の意見を踏まえて見直す。\n")
    assert plan.authors == [] and plan.period.start_fy is None


@pytest.mark.parametrize(
    ("line", "type_"),
    [("- 計画の区分：地域産業クラスター計画（B）", "B"), ("- 策定した団体：岡山県\n- 計画の種類：C", "C")],
)
def test_bulleted_metadata_labels(line: str, type_: str) -> None:
    plan = _read(f"# 試作プラン\n\n{line}\n- 策定した団体：岡山県\n\n## 1. 概要\n\n本文。\n")
    assert plan.plan_type == type_
    assert [a.name for a in plan.authors] == ["岡山県"]


def test_municipality_names_joined_by_to() -> None:
    from readers.municipalities import split_authors

    assert split_authors("長野県阿智村と平谷村") == (["長野県阿智村", "平谷村"], True)
    assert split_authors("埼玉県ときがわ町") == (["埼玉県ときがわ町"], False)


MONITOR = """# 試作プラン

類型：C
策定主体：岩手県遠野市

## KPI及びKPI未達時の撤退基準の設定

{lines}
"""


@pytest.mark.parametrize(
    "lines",
    [
        # KPI entries without a closing 。, then the monitoring sentence on the next line
        "KPI1：商談件数 年30件／期限：令和10年度／担当：商工課／撤退基準：2年続けて10件未満なら見直す\n"
        "KPIの進み具合は、半期ごとに推進会議で確かめる。",
        # the same, each line indented with a full-width space
        "\u3000KPI1：商談件数 年30件／期限：令和10年度／担当：商工課／撤退基準：2年続けて10件未満なら見直す\n"
        "\u3000KPIは四半期ごとにチェックし、施策を振り返る。",
    ],
)
def test_monitoring_sentence_after_kpi_entries(lines: str) -> None:
    plan = _read(MONITOR.format(lines=lines))
    assert plan.kpi_monitoring_cycle in ("半期ごと", "四半期ごと")
    assert len(plan.kpis) == 1


def test_an_indented_line_starts_a_paragraph() -> None:
    from readers.blocks import text_blocks

    blocks = text_blocks("これは二十文字を超える長さの段落の一行目で句点がない\n\u3000次の段落はここから始まる。")
    assert [b.text for b in blocks if b.kind == "para"] == [
        "これは二十文字を超える長さの段落の一行目で句点がない",
        "次の段落はここから始まる。",
    ]


def test_total_under_a_total_heading_when_projects_carry_no_amount() -> None:
    plan = _read(
        "# 試作 戦略産業クラスター計画\n\n類型：A\n策定主体：山口県\n\n## 3. 核となる大規模投資案件\n\n"
        "### 3-1 投資概要\n\n| 投資企業 | 内容 |\n|---|---|\n| 周南化成株式会社 | 精製プラント |\n"
        "| 岩国マテリアル株式会社 | 量産工場 |\n\n### 3-4 投資総額\n\n約530億円（2027年度～2031年度の2社合計）\n"
    )
    assert [i.amount for i in plan.investments if i.amount] == [530e8]
    from rules.facts import derive_facts

    assert derive_facts(plan, load_kb(), "A", TODAY)["investment_total"].value == 530e8


def test_total_heading_does_not_double_count_project_amounts() -> None:
    plan = _read(
        "# 試作 戦略産業クラスター計画\n\n類型：A\n\n## 3. 核となる大規模投資案件\n\n### 3-1 投資概要\n\n"
        "- 周南化成株式会社：精製プラント（投資額300億円）\n- 岩国マテリアル株式会社：量産工場（投資額230億円）\n\n"
        "### 3-4 投資総額\n\n530億円\n"
    )
    assert sorted(i.amount for i in plan.investments) == [230e8, 300e8]


IMPACT = "# 試作 戦略産業クラスター計画\n\n類型：A\n策定主体：愛知県\n\n## 地域経済への波及\n\n{text}\n"


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
    ("line", "attracted"),
    [
        ("- 株式会社せとうち加工（岡山市。町内に加工場を新設して進出）", True),
        ("- 株式会社せとうち加工（町内。欧州への海外進出を目指す）", None),
    ],
)
def test_attraction_written_as_coming_in(line: str, attracted) -> None:
    plan = _read(f"# 試作プラン\n\n類型：C\n\n## 2. 推進の核となる事業者\n\n{line}\n- 牛窓漁業協同組合（加工原料の供給）\n")
    assert plan.core_companies[0].attracted is attracted


def test_attracted_company_named_without_its_legal_form() -> None:
    plan = _read(
        "# 試作プラン\n\n類型：C\n\n## 2. 推進の核となる事業者\n\n- 株式会社せとうち加工（加工）\n- 牛窓漁業協同組合（原料）\n\n"
        "### 特定の理由\n\n誘致するせとうち加工は、欧州の外食チェーンとの取引網を持つ。\n"
    )
    assert [c.attracted for c in plan.core_companies] == [True, None]


@pytest.mark.parametrize(
    "sentence",
    ["外部からの企業誘致は行わず、町内の事業者で取り組む。", "域外企業の誘致は想定していない。"],
)
def test_no_attraction_written_with_zu(sentence: str) -> None:
    plan = _read(f"# 試作プラン\n\n類型：C\n\n## 6. 現地化の取組\n\n### (1) 現地化の方針\n\n{sentence}\n")
    assert plan.localization.attracts_outside_company is False


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
    from rules.facts import derive_facts

    plan = _read(f"# 試作プラン\n\n類型：C\n\n## 4. 勝ち筋\n\n{sentence}\n")
    facts = derive_facts(plan, load_kb(), "C", TODAY)
    assert facts["market_needs_stated"].value


def test_spreading_sales_is_not_a_dependency() -> None:
    from rules.facts import derive_facts

    plan = _read("# 試作プラン\n\n類型：C\n\n## 4. 勝ち筋\n\n組合と商社で半分ずつとし、特定の1社に販路を集中させない。\n")
    facts = derive_facts(plan, load_kb(), "C", TODAY)
    assert not facts["franchise_dependency"].value


# --- QA set 6: buyers in brackets, staff and experts, roles below items, quoted metadata --------


def test_market_attributes_written_after_the_buyers() -> None:
    plan = _read(
        "# 試作プラン\n\n類型：B\n\n## 4. 勝ち筋\n\n### (1) 基本戦略\n\n"
        "造船会社（国内の法人）の修繕を一括で請け、台湾の船主（海外）の改造工事も狙う。\n"
    )
    assert set(plan.target_market.attributes) >= {"法人", "海外"}


@pytest.mark.parametrize(
    ("sentence", "n"),
    [("県と町に専任の担当者を計4名置く。", 4), ("産業政策課に専任4名を置く。", 4), ("専従3名を配置する。", 3)],
)
def test_staff_written_around_the_count(sentence: str, n: int) -> None:
    assert _staff_count(sentence) == n


def test_experts_named_for_what_they_do() -> None:
    assert _support_fields("県よろず支援拠点から、資金繰りと販路開拓の専門家2名の派遣を受ける。") == ["資金繰り", "販路開拓"]
    assert _support_fields("県よろず支援拠点のコーディネーターが巡回する。") == []


def test_desk_department_after_a_label() -> None:
    plan = _read(
        "# 試作プラン\n\n類型：C\n\n## 7. 自治体のコミットメント\n\n"
        "- 相談窓口：市産業部商工課に「地場産業相談窓口」を置く。\n"
    )
    assert plan.commitment.consultation_desk.department == "市産業部商工課"


def test_announcement_on_the_result_of_the_precheck() -> None:
    plan = _read(C_PLAN.replace("国の事前確認を受けた後、", "国の事前確認の結果を踏まえ、"))
    assert plan.commitment.announcement_after_precheck is True


def test_role_on_the_line_below_a_company_item() -> None:
    plan = _read(
        "# 試作プラン\n\n類型：B\n\n## 2. 核となる区域と企業\n\n### (2) 計画推進の核となる企業\n\n"
        "・株式会社いわき精工（いわき市、従業員数320名）\n\u3000精密部品の切削と組立\n"
        "・有限会社小名浜化成（いわき市、従業員数45名）\n\u3000樹脂部品の成形\n\n"
        "### (3) 事業規模\n\n2社の事業規模は計画の遂行に十分である。\n"
    )
    got = [(c.name, c.location, c.role, c.employees) for c in plan.core_companies]
    assert got == [
        ("株式会社いわき精工", "いわき市", "精密部品の切削と組立", 320),
        ("有限会社小名浜化成", "いわき市", "樹脂部品の成形", 45),
    ]


def test_a_numbered_sub_heading_is_not_a_company() -> None:
    plan = _read(
        "# 試作プラン\n\n類型：B\n\n## 2.2 計画推進の核となる企業\n\n"
        "・株式会社いわき精工（いわき市、従業員数320名）：精密部品\n\n2.2.2 事業規模と参考リスト\n\n十分である。\n"
    )
    assert [c.name for c in plan.core_companies] == ["株式会社いわき精工"]


def test_metadata_in_a_quote_and_pairs_split_by_a_slash() -> None:
    plan = _read(
        "# 試作プラン\n\n> 策定：福井県（産業労働部）\n> 計画期間：令和9年度～令和13年度　／　目標年度：令和18年度\n\n"
        "## 1. 概要\n\n本文。\n"
    )
    assert [a.name for a in plan.authors] == ["福井県"]
    assert (plan.period.start_fy, plan.period.end_fy, plan.period.target_fy) == (2027, 2031, 2036)


def test_a_body_that_sets_the_plan_in_a_sentence() -> None:
    plan = _read(
        "# 試作プラン\n\n福島県会津若松市は、漆器産業について、令和9年度から令和13年度までの5年間を計画期間とする"
        "地場産業成長プランを次のとおり定める。\n\n## 1. 概要\n\n本文。\n"
    )
    assert [a.name for a in plan.authors] == ["福島県会津若松市"]
    assert (plan.period.start_fy, plan.period.end_fy) == (2027, 2031)


def test_a_labelled_bullet_listing_several_operators() -> None:
    plan = _read(
        "# 試作プラン\n\n類型：C\n\n## 2) 地域と推進の核となる事業者\n\n"
        "- **核となる事業者**：会津漆器協同組合（組合員40社）、株式会社若松塗、合同会社ぬりもの舎、木地師の個人事業主3名。\n"
    )
    assert [c.name for c in plan.core_companies] == [
        "会津漆器協同組合",
        "株式会社若松塗",
        "合同会社ぬりもの舎",
        "木地師の個人事業主3名",
    ]


@pytest.mark.parametrize(
    ("sentence", "fact"),
    [
        ("天然色の大珠は欧州の宝飾ブランドの評価が高い。", "market_needs_stated"),
        ("大珠の単価は一般品の約2倍で取引される。", "value_up_or_sales_expansion"),
    ],
)
def test_promise_cues(sentence: str, fact: str) -> None:
    from rules.facts import derive_facts

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


# --- QA set 7: joint proposals, unusual authors, same cluster, block draft, fields, companies ------


def test_joint_proposal_marks_are_not_names() -> None:
    from readers.municipalities import split_authors

    assert split_authors("長崎県・佐賀県の共同提案") == (["長崎県", "佐賀県"], True)
    assert split_authors("長崎県及び佐賀県による共同提案") == (["長崎県", "佐賀県"], True)


def test_author_and_type_in_a_sentence() -> None:
    plan = _read(
        "# 提案書\n\n本書は、県が国に提出する戦略産業クラスター計画（Ａ類型）の候補プロジェクト提案である。\n\n"
        "## Q. どのような計画か\n\nA. 提案者は徳島県、計画期間は2027年度から2040年度までとする。\n"
    )
    assert plan.plan_type == "A"
    assert [a.name for a in plan.authors] == ["徳島県"]


def test_a_regional_union_as_author_is_for_a_person_to_judge() -> None:
    plan = _read("# 試作プラン\n\n類型：C\n策定主体：北信濃広域連合\n計画期間：2026年度～2030年度\n\n本文。\n")
    assert _item(plan, "author").status == "review"


@pytest.mark.parametrize(
    ("sentence", "status"),
    [
        ("本市は、県の計画と同じ精密部品の分野について、市独自の計画として策定する。", "partial"),
        ("本市は、県の計画とは異なるロボット分野のクラスター形成を目指し、市独自に策定する。", "review"),
    ],
)
def test_designated_city_same_cluster_as_the_prefecture(sentence: str, status: str) -> None:
    plan = _read(f"# 試作クラスター計画\n\n類型：B\n策定主体：相模原市\n計画期間：2026年度～2030年度\n\n{sentence}\n")
    assert _item(plan, "author").status == status


def test_block_draft_under_discussion_is_not_a_listing() -> None:
    from rules.facts import derive_facts

    plan = _read(
        "# 試作 戦略産業クラスター計画\n\n類型：A\n\n## 1. 概要\n\n### (5) 計画の素案との整合性\n\n"
        "四国の有識者検討会で計画の素案の検討が進められている。本県は本プロジェクトを候補として盛り込むよう働きかけている。\n"
    )
    facts = derive_facts(plan, load_kb(), "A", TODAY)
    assert not facts["block_draft_alignment_stated"].value
    assert facts["block_draft_alignment_pending"].value


def test_support_fields_listed_under_a_label_or_in_a_sentence() -> None:
    plan = _read(
        "# 試作クラスター計画\n\n類型：B\n\n## 伴走支援体制\n\n"
        "- ア　知事を本部長とする推進本部を置き、地方銀行が参加する。\n- イ　支援分野\n"
        "- （ア）設備投資の資金計画\n- （イ）海外企業との商談\n\n## 次\n\n本文。\n"
    )
    assert plan.commitment.support_system.support_fields == ["設備投資の資金計画", "海外企業との商談"]
    assert _support_fields("支援する分野は、①製品開発、②販路開拓、③人材育成の三つとする。") == [
        "製品開発",
        "販路開拓",
        "人材育成",
    ]


def test_company_sub_entries_give_role_and_are_not_companies() -> None:
    plan = _read(
        "# 試作クラスター計画\n\n類型：B\n\n## 2. 計画推進の核となる企業\n\n"
        "- ア　株式会社白根精工（甲府市、従業員300名）\n- （ア）役割：精密部品の加工\n"
        "- イ　株式会社北杜メタル（東京都から誘致、従業員120名）\n- （ア）役割：表面処理\n"
        "- ウ　白根精工は国内シェア約2割を持ち、事業規模は十分である。\n"
    )
    got = [(c.name, c.role, c.attracted) for c in plan.core_companies]
    assert got == [("株式会社白根精工", "精密部品の加工", None), ("株式会社北杜メタル", "表面処理", True)]


def test_buyers_named_as_fans_are_individuals() -> None:
    plan = _read("# 試作プラン\n\n類型：C\n\n## 4. 勝ち筋\n\n### (1) 基本戦略\n\n1泊2日の撮影ツアーを海外の天文ファンに販売する。\n")
    assert set(plan.target_market.attributes) >= {"個人", "海外"}


def test_text_opening_a_section_is_its_first_item_when_later_items_are_labels() -> None:
    _, rep = read_bytes(
        "draft.md",
        "# 試作クラスター計画\n\n類型：B\n\n## 私たちが伸ばしたい産業\n\n木製家具製造業、とくに客室家具です。\n\n"
        "選んだ理由：家具の出荷額で国内首位にある。\n".encode(),
    )
    assert {"B.1.1", "B.1.2"} <= set(rep["sections"])


def test_a_company_table_under_the_section_is_the_company_item() -> None:
    plan, rep = read_bytes(
        "draft.md",
        "# 試作クラスター計画\n\n類型：B\n\n## 2. 地域産業クラスターの形成を目指す区域\n\n核となる地域は、諫早市の工業団地です。\n\n"
        "| 企業名 | 所在地 | 従業員数 | 役割 |\n|---|---|---|---|\n| 株式会社諫早精機 | 諫早市 | 300名 | 精密加工 |\n\n"
        "2社とも国の参考リストに掲載されています。\n".encode(),
    )
    assert {"B.2.1", "B.2.2"} <= set(rep["sections"])
    assert [c.name for c in plan.core_companies] == ["株式会社諫早精機"]
    assert plan.core_companies[0].degree_statement


def test_no_attraction_written_politely() -> None:
    plan = _read("# 試作プラン\n\n類型：B\n\n## 6. 現地化の取組\n\n県外から新たに誘致する企業はありません。\n")
    assert plan.localization.attracts_outside_company is False


def test_short_labels_and_a_list_lead_in_name_items_of_their_section() -> None:
    _, rep = read_bytes(
        "draft.md",
        "# 試作クラスター計画\n\n類型：B\n\n## 3. 現状と目標\n\n現状：出荷額は約500億円。\n\n目標（KGI）は次のとおりです。\n\n"
        "| KGI | 目標値 |\n|---|---|\n| 付加価値増加額 | 40億円 |\n\n根拠：4社の投資計画の積上げ。\n\n"
        "## 壁と打ち手\n\n壁：技能者の不足。\n\n打ち手：研修の拡充。\n".encode(),
    )
    assert {"B.3.1", "B.3.2", "B.3.3", "B.5", "B.5.1", "B.5.2"} <= set(rep["sections"]), rep["sections"]


# --- QA set 8: numbered KPI labels, bracketed headings, bold lead-ins, reference-list columns -------


@pytest.mark.parametrize("label", ["KPI(1)", "KPI（1）", "KPI-1", "KPI－1"])
def test_kpi_labels_with_brackets_or_dashes(label: str) -> None:
    plan = _read(
        "# 試作プラン\n\n類型：C\n\n## KPI及びKPI未達時の撤退基準の設定\n\n"
        f"{label} 体験の予約件数　令和10年度に年400件　担当：観光課\n"
        "\u3000\u3000撤退基準：令和10年度に250件未満の場合、事業を終了する\n"
    )
    assert [(k.owner, bool(k.withdrawal_criterion)) for k in plan.kpis] == [("観光課", True)]


def test_a_whole_heading_in_brackets_is_the_heading() -> None:
    from readers.headings import clean_heading

    assert clean_heading("【2　地域産業クラスターの形成を目指す区域】") == "地域産業クラスターの形成を目指す区域"
    assert clean_heading("【目標】") == ""


def test_a_bold_lead_in_with_content_is_a_labelled_paragraph() -> None:
    plan, rep = read_bytes(
        "draft.md",
        "# 試作プラン\n\n類型：C\n\n## 第2　支援する地域及び推進の核となる事業者\n\n"
        "**（1）核となる地域**　城下町地区と工房集積地\n\n**（2）特定の理由**　工程を町内でつなぐため。\n".encode(),
    )
    assert "C.2.1" in rep["sections"] and "城下町地区" in plan.sections["C.2.1"].text


def test_reference_list_column_and_counted_clause() -> None:
    plan = _read(
        "# 試作クラスター計画\n\n類型：B\n\n## 2. 核となる企業\n\n### (2) 計画推進の核となる企業\n\n"
        "| 企業名 | 従業員数 | 役割 | 参考リスト |\n|---|---|---|---|\n| 株式会社駿河機工 | 300名 | 組立 | 掲載 |\n\n"
        "## 4. 勝ち筋\n\n### (3) 地域へのインパクト\n\n域内取引額 令和17年度に200億円、4社の売上額 令和17年度に900億円を見込む。\n"
    )
    assert plan.core_companies[0].degree_statement == "参考リスト掲載"
    assert plan.ripple.sales.value == 900e8


def test_a_list_after_a_lead_in_belongs_to_the_item_it_names() -> None:
    plan, rep = read_bytes(
        "draft.md",
        "# 試作プラン\n\n類型：C\n\n## 3. 現状認識と目指す姿\n\n現状：売上は約3億円。\n\n目標（KGI）は次のとおりです。\n\n"
        "- 付加価値増加額：令和12年度に5,000万円\n- 独自KGI：出荷量 年40トン\n\n根拠：3者の販売計画の積上げ。\n".encode(),
    )
    assert {"C.3.1", "C.3.2", "C.3.3"} <= set(rep["sections"])
    assert "5,000万円" in plan.sections["C.3.2"].text


def test_the_form_name_as_first_heading_is_not_the_plan_title() -> None:
    plan = _read("# 地場産業成長プラン（Ｃ類型）\n\n# 白浜町 温泉とらふぐ陸上養殖プラン\n\n策定主体：和歌山県白浜町\n\n## 1. 分野\n\n本文。\n")
    assert plan.title == "白浜町 温泉とらふぐ陸上養殖プラン"
