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
from readers.extract import _prose_company_list, _staff_count, _support_fields
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


# --- a yearly KPI check falls short of 半期ごと --------------------------------------------------

KPI_TABLE = """
## 5. KPI及びKPI未達時の撤退基準の設定

| KPI | 目標 | 期限 | 担当 | 撤退基準 | 確認頻度 |
|---|---|---|---|---|---|
| 新商品の数 | 10件 | 令和10年度 | 商工観光課 | 令和9年度に3件未満なら見直す | {cycle} |
"""


@pytest.mark.parametrize(("cycle", "status"), [("年1回", "partial"), ("半期ごと", "met"), ("四半期ごと", "met")])
def test_kpi_check_cycle(cycle: str, status: str) -> None:
    plan = _read(C_PLAN + KPI_TABLE.format(cycle=cycle))
    item = _item(plan, "kpi")
    crit = {c.id: c for c in item.criteria}
    assert item.status == status
    if status == "partial":
        assert not crit["monitoring_cycle"].passed and crit["monitoring_cycle"].applies
        assert any("年1回" in r and "半期ごと" in r for r in item.reasons)
    else:
        assert crit["monitoring"].passed
