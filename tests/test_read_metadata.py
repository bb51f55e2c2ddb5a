"""Reading the metadata: plan type, authors, period and target year, in labels, sentences, bullets and quotes.
The cases that are only "this text gives these fields" are data in tests/cases/readers/metadata.yaml.

Each case is wording of its own, written for the behaviour; the QA drafts that first showed a need are
checked as a whole by tests/test_qa_drafts.py."""

from __future__ import annotations

import datetime as dt

import pytest

from chiiki_mirai.knowledge.loader import load_kb
from chiiki_mirai.readers import read_bytes
from chiiki_mirai.readers.meta_grammar import read_period
from chiiki_mirai.readers.municipalities import split_authors
from chiiki_mirai.rules.check import evaluate

TODAY = dt.date(2026, 5, 20)


def _read(text: str):
    return read_bytes("draft.md", text.encode("utf-8"))[0]


def _item(plan, item_id: str):
    r = evaluate(plan, load_kb(), source="draft.md", today=TODAY)
    return next(i for i in r.requirements + r.checks if i.id == item_id)


@pytest.mark.parametrize(
    ("text", "start", "end"),
    [
        ("令和8年4月～令和13年3月", 2026, 2030),
        ("2027年4月から2032年3月まで", 2027, 2031),
        ("2026.4～2029.3", 2026, 2028),
        ("令和9～13年度", 2027, 2031),
        ("2028～2032年度（5年間）", 2028, 2032),
        ("2026年4月1日～2031年3月31日（2026～2030年度）", 2026, 2030),
        ("R8年度から5か年", 2026, 2030),
    ],
)
def test_period_forms(text: str, start: int, end: int) -> None:
    p = read_period(text, None)
    assert (p.start_fy, p.end_fy) == (start, end)


def test_target_in_months_is_a_fiscal_year() -> None:
    assert read_period("", "令和18年3月").target_fy == 2035


@pytest.mark.parametrize("author, status", [("札幌市", "met"), ("北海道", "met"), ("北海道ニセコ町", "met")])
def test_designated_city_may_author_c(author: str, status: str) -> None:
    plan = _read(f"計画の類型：地場産業成長プラン\n策定主体：{author}\n計画期間：2026年度～2030年度\n")
    result = evaluate(plan, load_kb(), source="x.md", today=TODAY)
    assert next(c for c in result.checks if c.id == "author").status == status


def test_a_wide_gap_inside_a_value_does_not_split_it() -> None:
    """Only a gap followed by another known label starts a new pair."""
    plan = _read("# 試作プラン\n\n策定主体：熊本県\u3000\u3000（共同：熊本市）\n計画期間：2026年度～2030年度\n\n本文。\n")
    assert plan.authors and plan.authors[0].name == "熊本県"


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
    assert split_authors("長野県阿智村と平谷村") == (["長野県阿智村", "平谷村"], True)
    assert split_authors("埼玉県ときがわ町") == (["埼玉県ときがわ町"], False)
    # the prefecture's towns in general are no town the prefecture names
    assert split_authors("静岡県の市町村") == (["静岡県の市町村"], False)


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


def test_joint_proposal_marks_are_not_names() -> None:
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
        # the draft states the condition of 第2章 2. B. (4) ※ (a cluster different from the prefecture's): met
        ("本市は、県の計画とは異なるロボット分野のクラスター形成を目指し、市独自に策定する。", "met"),
        ("本市は、市内の部品メーカーを中心に独自の計画を策定する。", "review"),
    ],
)
def test_designated_city_same_cluster_as_the_prefecture(sentence: str, status: str) -> None:
    plan = _read(f"# 試作クラスター計画\n\n類型：B\n策定主体：相模原市\n計画期間：2026年度～2030年度\n\n{sentence}\n")
    assert _item(plan, "author").status == status


def test_the_form_name_as_first_heading_is_not_the_plan_title() -> None:
    plan = _read("# 地場産業成長プラン（Ｃ類型）\n\n# 白浜町 温泉とらふぐ陸上養殖プラン\n\n策定主体：和歌山県白浜町\n\n## 1. 分野\n\n本文。\n")
    assert plan.title == "白浜町 温泉とらふぐ陸上養殖プラン"
