"""Reader structure fixes driven by the third QA set (tests/data/qa_drafts3): metadata labels, bold
pseudo-headings and paraphrased headings. Each is tested on wording of its own, not the drafts'."""

from __future__ import annotations

import pytest

from chiiki_mirai.readers import read_bytes
from chiiki_mirai.readers.extract_meta import read_period
from chiiki_mirai.readers.headings import best_match, split_numbering
from chiiki_mirai.readers.kbview import targets


def _read_md(text: str, name: str = "draft.md"):
    return read_bytes(name, text.encode("utf-8"))


def _sections(text: str, name: str = "draft.md") -> dict:
    _, report = _read_md(text, name)
    return report.sections


def _report(text: str, name: str = "draft.md") -> dict:
    return _read_md(text, name)[1]


# --- 1. metadata labels ----------------------------------------------------------------------------


@pytest.mark.parametrize(
    "line",
    [
        "| 提案者 | 岐阜県 |",
        "提案主体：岐阜県",
        "【提出団体】岐阜県",
        "**策定**：岐阜県",
        "実施主体　岐阜県",
    ],
)
def test_author_label_variants(line: str) -> None:
    head = "| 項目 | 内容 |\n|---|---|\n" if line.startswith("|") else ""
    plan, _ = _read_md(f"# 試作プラン\n\n{head}{line}\n\n## 概要\n\n本文。\n")
    assert [a.name for a in plan.authors] == ["岐阜県"]


def test_joint_authors_under_a_bare_label() -> None:
    plan, _ = _read_md("**作成**：飯田市・下伊那郡阿智村（連名）\n\n本文です。\n")
    assert [a.name for a in plan.authors] == ["飯田市", "下伊那郡阿智村"]
    assert plan.joint


def test_bare_verb_label_needs_an_authority() -> None:
    """「作成：2026年3月」 is a date of writing, not an author."""
    plan, _ = _read_md("作成：2026年3月\n策定主体：大分県\n\n本文です。\n")
    assert [a.name for a in plan.authors] == ["大分県"]


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


@pytest.mark.parametrize(
    "lines",
    [
        "【対象期間】2027年度～2031年度\n【達成年度】2033年度",
        "**計画の期間**：2027年4月～2032年3月\n**目標の年度**：2033年度",
        "期間　2027年度から2031年度まで\n最終目標年度　2033年度",
    ],
)
def test_period_and_target_labels(lines: str) -> None:
    plan, _ = _read_md(f"類型：C\n策定主体：高山市\n{lines}\n\n本文です。\n")
    assert (plan.period.start_fy, plan.period.end_fy, plan.period.target_fy) == (2027, 2031, 2033)


def test_a_sentence_mentioning_a_period_is_not_metadata() -> None:
    plan, _ = _read_md(
        "類型：C\n策定主体：高山市\n\n## 取組\n\n期間中は毎月、進捗を確認する会議を開く。\n"
        "実施期間の延長は予定していない。\n"
    )
    assert plan.period.start_fy is None and plan.period.end_fy is None


def test_space_separated_labels_on_consecutive_lines_stay_apart() -> None:
    plan, _ = _read_md(
        "策定主体　香川県小豆郡土庄町\n計画期間　2026年度から2030年度まで\n目標年度　2032年度\n"
    )
    assert [a.name for a in plan.authors] == ["香川県小豆郡土庄町"]
    assert (plan.period.start_fy, plan.period.end_fy, plan.period.target_fy) == (2026, 2030, 2032)


# --- 2. bold pseudo-headings -----------------------------------------------------------------------

_BOLD_C = """類型：C
策定主体：南砺市

### 1 育てたい産業

**取り扱う製品・サービス**
五箇山和紙を使った照明器具と壁紙。

**なぜこの分野なのか**
和紙職人が市内に30人おり、海外の設計事務所からの問い合わせが増えている。

### 2 担う地域と事業者

**中心となる地域**
平・上平地区。

**中心となる事業者**
- 五箇山和紙協同組合（職人30人）
- 株式会社なんとライト（従業員15名、照明器具の設計）

**市長の発表**：国の事前確認後に市長が発表する。
"""


def test_bold_only_lines_are_sub_headings() -> None:
    plan, report = _read_md(_BOLD_C)
    secs = report.sections
    assert secs.get("C.1.1") == "取り扱う製品・サービス"
    assert secs.get("C.2.2") == "中心となる事業者"
    assert plan.industry.domain.startswith("五箇山和紙を使った照明器具")
    assert "*" not in plan.industry.domain
    assert not any("*" in p for p in plan.industry.products)
    names = [c.name for c in plan.core_companies]
    assert any("和紙協同組合" in n for n in names) and any("なんとライト" in n for n in names), names


def test_bold_label_with_a_value_stays_a_line_of_text() -> None:
    _, report = _read_md(_BOLD_C)
    assert not any("市長の発表" in h for h in report.sections.values())


def test_single_star_bullets_still_read_as_list_items() -> None:
    plan, _ = _read_md(
        "類型：C\n策定主体：南砺市\n\n## 本プラン推進の核となる事業者\n\n* 株式会社五箇山（木工）\n* 合同会社ひらむら（宿泊）\n"
    )
    names = [c.name for c in plan.core_companies]
    assert any("五箇山" in n for n in names) and any("ひらむら" in n for n in names), names


# --- 3. paraphrased headings -----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("pt", "current", "heading", "expected"),
    [
        ("A", "A.1", "(4) グローバルな競争力", "A.1.4"),
        ("A", "A.1", "ウ 海外と比べた優位点", "A.1.4"),
        ("A", None, "4. 課題とその対策", "A.4"),
        ("A", "A.1", "(5) ブロック素案との関係", "A.1.5"),
        ("A", "A.4", "(2) 関係機関の取組", "A.4.2"),
        ("A", "A.4", "(4) 国に期待する支援", "A.4.4"),
        ("B", "B.1", "(2) その産業を選定した理由", "B.1.2"),
        ("B", "B.2", "(3) 選んだ背景", "B.2.3"),
        ("B", None, "対象となる製品", "B.1.1"),
        ("C", "C.1", "イ この作物を選んだわけ", "C.1.2"),
        ("C", "C.2", "ウ 事業者を選定した理由", "C.2.3"),
        ("C", "C.4", "(1) 勝ち方", "C.4.1"),
        ("A", "A.1", "(1) 県北で半導体材料を育てる理由", "A.1.1"),
    ],
)
def test_paraphrased_headings_match(pt, current, heading, expected) -> None:
    m = best_match(heading, list(targets(pt)), current, split_numbering(heading).number)
    assert m is not None and m.target.id == expected, (heading, m and m.target.id)


@pytest.mark.parametrize(
    ("pt", "heading"),
    [
        ("B", "参考資料"),
        ("B", "用語の説明"),
        ("A", "世界の市場動向"),
        ("C", "問い合わせ先"),
        ("B", "スケジュール"),
        ("C", "この計画について"),
    ],
)
def test_unrelated_headings_still_match_nothing(pt, heading) -> None:
    assert best_match(heading, list(targets(pt))) is None


def test_template_tag_names_the_section_of_a_reworded_heading() -> None:
    secs = _sections(
        "類型：B\n策定主体：富山県\n\n## 3. いまとこれから【目標】\n\n### 現状\n\n出荷額は120億円。\n\n"
        "## 4. 戦い方【道筋】\n\n### 勝ち方\n\n医療機器メーカー向けに販路を広げる。\n"
    )
    assert secs.get("B.3", "").startswith("3.") and secs.get("B.3.1") == "現状"
    assert secs.get("B.4", "").startswith("4.") and secs.get("B.4.1") == "勝ち方"


def test_loose_sub_heading_does_not_leave_its_section() -> None:
    """A sub-heading that only loosely resembles another section stays in the section it is under."""
    secs = _sections(
        "類型：C\n策定主体：南砺市\n\n## 5. 取組に向けた課題と市が行う取組【政策手段】\n\n"
        "**課題**\n職人の高齢化。\n\n**町内会の取組**\n空き家を工房に改修する。\n\n## 6. 現地化の取組\n\n誘致はしない。\n"
    )
    assert secs.get("C.6", "").startswith("6.")


def test_labelled_lines_under_a_section_open_its_items() -> None:
    plan, report = _read_md(
        "類型：A\n策定主体：三重県\n\n## 3 核となる大規模投資案件\n\n"
        "- 投資概要：株式会社いせ化成による電解液工場の新設\n- 投資時期・稼働開始時期：2028年度着工、2030年度稼働\n"
        "- 投資総額：820億円\n"
    )
    secs = report.sections
    assert {"A.3.1", "A.3.3", "A.3.4"} <= set(secs)
    assert any(i.amount == 82_000_000_000 for i in plan.investments)


def test_a_label_that_names_no_item_stays_with_the_section() -> None:
    _, report = _read_md(
        "類型：A\n策定主体：三重県\n\n## 3 核となる大規模投資案件\n\n- 備考：詳細は別紙のとおり\n"
    )
    assert set(report.sections) == {"A.3"}
