"""Reading the commitment: support fields, staff, consultation desk and department, the announcement.

Each case is wording of its own, written for the behaviour; the QA drafts that first showed a need are
checked as a whole by tests/test_qa_drafts.py."""

from __future__ import annotations

import datetime as dt

import pytest

from chiiki_mirai.knowledge.loader import load_kb
from chiiki_mirai.readers import read_bytes
from chiiki_mirai.readers.statements.commitment import staff_count
from chiiki_mirai.readers.statements.support_fields import read_support_fields
from chiiki_mirai.rules.check import evaluate

TODAY = dt.date(2026, 5, 20)


def _read(text: str):
    return read_bytes("draft.md", text.encode("utf-8"))[0]


def _item(plan, item_id: str):
    r = evaluate(plan, load_kb(), source="draft.md", today=TODAY)
    return next(i for i in r.requirements + r.checks if i.id == item_id)


C_PLAN = """# 白波町 真珠加工 地場産業成長プラン

類型：C 地場産業成長プラン
策定主体：愛媛県白波町
計画期間：令和8年度～令和12年度

## 7. 自治体のコミットメント

町の商工観光課に「真珠産業相談窓口」を設け、担当職員3名を置く。
販路開拓と事業承継は、愛媛県よろず支援拠点のコーディネーターが月2回巡回して支援する。
本プランは、国の事前確認を受けた後、町長が相談窓口の開設とあわせて発表する。
"""


@pytest.mark.parametrize(
    ("sentence", "fields"),
    [
        ("事業者に対し、販路開拓、DX、事業承継の3分野で伴走支援を行う。", ["販路開拓", "DX", "事業承継"]),
        ("組合員に、資金繰り・技能継承の二分野について専門家が支援する。", ["資金繰り", "技能継承"]),
        ("中核企業へ、品質認証・海外展示会・資金調達の分野で月1回訪問する。", ["品質認証", "海外展示会", "資金調達"]),
        ("原価管理と電子商取引の導入は、商工会の経営指導員が巡回して支援する。", ["原価管理", "電子商取引の導入"]),
        ("資金調達・人材確保の伴走支援を行う。", ["資金調達", "人材確保"]),
        ("担当者が月2回訪ね、半期ごとの会合で原材料調達・海外販路の課題を協議する。", ["原材料調達", "海外販路"]),
    ],
)
def test_support_fields_as_written(sentence: str, fields: list[str]) -> None:
    assert read_support_fields(sentence) == fields


@pytest.mark.parametrize(
    "sentence",
    ["本計画は、県が全面的に支援する。", "町は、事業者の取組を支援する。", "各社の分野で支援する。", "推進会議で今後の課題を協議する。"],
)
def test_parties_are_not_support_fields(sentence: str) -> None:
    assert read_support_fields(sentence) == []


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
    assert staff_count(sentence) == n


def test_staff_count_none_without_a_number() -> None:
    assert staff_count("職員を増員する。") is None


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


@pytest.mark.parametrize(
    ("sentence", "n"),
    [("県と町に専任の担当者を計4名置く。", 4), ("産業政策課に専任4名を置く。", 4), ("専従3名を配置する。", 3)],
)
def test_staff_written_around_the_count(sentence: str, n: int) -> None:
    assert staff_count(sentence) == n


def test_experts_named_for_what_they_do() -> None:
    assert read_support_fields("県よろず支援拠点から、資金繰りと販路開拓の専門家2名の派遣を受ける。") == ["資金繰り", "販路開拓"]
    assert read_support_fields("県よろず支援拠点のコーディネーターが巡回する。") == []


def test_desk_department_after_a_label() -> None:
    plan = _read(
        "# 試作プラン\n\n類型：C\n\n## 7. 自治体のコミットメント\n\n"
        "- 相談窓口：市産業部商工課に「地場産業相談窓口」を置く。\n"
    )
    assert plan.commitment.consultation_desk.department == "市産業部商工課"


def test_announcement_on_the_result_of_the_precheck() -> None:
    plan = _read(C_PLAN.replace("国の事前確認を受けた後、", "国の事前確認の結果を踏まえ、"))
    assert plan.commitment.announcement_after_precheck is True


def test_support_fields_listed_under_a_label_or_in_a_sentence() -> None:
    plan = _read(
        "# 試作クラスター計画\n\n類型：B\n\n## 伴走支援体制\n\n"
        "- ア　知事を本部長とする推進本部を置き、地方銀行が参加する。\n- イ　支援分野\n"
        "- （ア）設備投資の資金計画\n- （イ）海外企業との商談\n\n## 次\n\n本文。\n"
    )
    assert plan.commitment.support_system.support_fields == ["設備投資の資金計画", "海外企業との商談"]
    assert read_support_fields("支援する分野は、①製品開発、②販路開拓、③人材育成の三つとする。") == [
        "製品開発",
        "販路開拓",
        "人材育成",
    ]
