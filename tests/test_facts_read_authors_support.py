"""Facts read from short drafts (see tests/facts_reading.py): who writes the plan and the designated city's
cluster, the support system, the consultation desk, the announcement and the submission."""

from __future__ import annotations

import dataclasses
import datetime as dt

import pytest

from chiiki_mirai.core.plan import Plan
from chiiki_mirai.knowledge.loader import load_kb
from chiiki_mirai.readers import read_bytes
from chiiki_mirai.rules.facts import derive_facts
from tests.facts_reading import Case, Expect, assert_facts, read_facts

CITY = "策定主体：北九州市"
SAME = "県の計画と同じ産業クラスターを対象とする。"
DIFFERENT = "本市は県とは異なる産業クラスターの形成を目指す。"

CASES = [
    # who writes the plan (a cover field): B is the prefecture's or a designated city's
    Case("prefecture_and_a_city_writing_b_together", "B", ("策定主体：宮崎県、宮崎市",), {
        "author_stated": Expect("宮崎県、宮崎市", (None, None)),
        "author_kind_known": Expect(True),
        "author_kind_allowed": Expect(False, (None, None)),
        "joint_authors": Expect(True),
        "is_municipality": Expect(True),
        "is_prefecture_or_designated_city": Expect(True),
        "author_designated_city_b": Expect(False),
    }),
    Case("a_city_alone_may_not_write_b", "B", ("策定主体：日南市",), {
        "author_kind_allowed": Expect(False, (None,)),
        "is_prefecture_or_designated_city": Expect(False),
        "joint_authors": Expect(False),
    }),
    Case("a_city_may_write_c", "C", ("策定主体：日南市",), {
        "author_kind_allowed": Expect(True, (None,)),
    }),
    Case("a_company_beside_the_prefecture_is_an_unusual_author", "B", ("策定主体：宮崎県、株式会社宮崎開発",), {
        "author_kind_known": Expect(False),
        "author_kind_unusual": Expect("株式会社宮崎開発", (None,)),
        "author_not_local_government": Expect(None),
        "author_kind_allowed": Expect(True, (None, None)),
    }),
    Case("a_company_alone_is_no_local_government", "C", ("策定主体：株式会社宮崎開発",), {
        "author_not_local_government": Expect("株式会社宮崎開発", (None,)),
        "author_kind_unusual": Expect(None),
        "author_kind_allowed": Expect(None),
    }),
    Case("a_regional_union_is_an_unusual_author", "C", ("策定主体：南部広域連合",), {
        "author_kind_unusual": Expect("南部広域連合", (None,)),
        "author_not_local_government": Expect(None),
        "is_municipality": Expect(False),
    }),
    Case("designated_city_same_cluster_cites_its_line", "B", (CITY, SAME), {
        "author_same_cluster_as_prefecture": Expect(SAME, (4,), SAME),
        "author_different_cluster_stated": Expect(None),
    }),
    Case("designated_city_difference_stated_more_surely_than_sameness_wins", "B", (CITY, SAME, DIFFERENT), {
        "author_same_cluster_as_prefecture": Expect(None),
        "author_different_cluster_stated": Expect(DIFFERENT, (5,), DIFFERENT),
    }),
    Case("designated_city_denying_a_different_cluster_states_the_same_one", "B", (CITY, "本市は県と異なるクラスターは目指さない。"), {
        "author_same_cluster_as_prefecture": Expect("本市は県と異なるクラスターは目指さない。", (4,)),
        "author_different_cluster_stated": Expect(None),
    }),
    Case("cluster_of_a_city_is_asked_of_b_plans_only", "C", (CITY, DIFFERENT), {
        "author_same_cluster_as_prefecture": Expect(None),
        "author_different_cluster_stated": Expect(None),
    }),
    Case("prefecture_support_system_by_its_head_with_banks_fields_staff_and_visits", "B",
         ("策定主体：熊本県", "## 伴走支援体制",
          "知事を本部長とする「くまもと産業伴走支援本部」を設置し、県産業振興課に担当職員4名を配置する。",
          "肥後銀行、熊本信用金庫が参画し、資金面の相談に応じる。",
          "支援の分野は、人材、販路開拓、設備投資の3分野とする。",
          "担当職員は四半期ごとに核となる企業を訪問する。",
          "## 相談窓口", "県産業振興課に「地域未来相談窓口」を設置する。"), {
        "author_stated": Expect("熊本県", (None,)),
        "is_prefecture_or_designated_city": Expect(True),
        "is_municipality": Expect(False),
        "joint_authors": Expect(False),
        "support_lead_head": Expect("くまもと産業伴走支援本部", (5,)),
        "support_system_stated": Expect("くまもと産業伴走支援本部", (5,)),
        "support_body_stated": Expect("くまもと産業伴走支援本部", (5,)),
        "support_staff_stated": Expect(4, (5,), "4名"),
        "support_departments_stated": Expect(["県産業振興課"], (5, 10), "県産業振興課"),
        "support_financial_institutions": Expect("地方銀行、信用金庫", (6, 6)),
        "support_fields_stated": Expect(["人材", "販路開拓", "設備投資"], (7, 7), "人材、販路開拓、設備投資"),
        "support_frequency_stated": Expect("四半期ごと", (8,)),
        "support_pending": Expect(None),
        "consultation_desk_stated": Expect("地域未来相談窓口", (10,)),
        "consultation_desk_department": Expect("県産業振興課", (10,)),
        "consultation_desk_pending": Expect(None),
    }),
    Case("support_by_the_prefectures_own_department_is_the_heads", "B",
         ("策定主体：熊本県", "## 伴走支援体制", "県産業企画課に担当3人を配置し、四半期ごとに核となる企業を訪問する。"), {
        "support_lead_head": Expect("県産業企画課（策定主体の担当部署が伴走支援を担う）", (5,)),
        "support_system_stated": Expect("県産業企画課", (5,)),
        "support_staff_stated": Expect(3, (5,), "3名"),
        "support_frequency_stated": Expect("四半期ごと", (5,)),
        "support_body_stated": Expect(None),
    }),
    # 「知事等」: a city's 市長 heads a C plan's support and a designated city's B plan, not a prefecture's
    Case("a_mayor_heads_a_citys_c_plan_support", "C", ("策定主体：日南市", "## 伴走支援体制", "市長を本部長とする「地域産業伴走支援本部」を設置する。"), {
        "support_lead_head": Expect("地域産業伴走支援本部", (5,)),
    }),
    Case("a_mayor_heads_a_designated_citys_b_plan_support", "B",
         ("策定主体：北九州市", "## 伴走支援体制", "市長を本部長とする「地域産業伴走支援本部」を設置する。"), {
        "support_lead_head": Expect("地域産業伴走支援本部", (5,)),
    }),
    Case("a_mayor_does_not_head_a_prefectures_b_plan_support", "B",
         ("策定主体：熊本県", "## 伴走支援体制", "市長を本部長とする「地域産業伴走支援本部」を設置する。"), {
        "support_lead_head": Expect(None),
        "support_body_stated": Expect("地域産業伴走支援本部", (5,)),
    }),
    Case("support_and_desk_still_to_be_arranged_are_pending_not_stated", "B",
         ("策定主体：大分県", "## 伴走支援体制", "金融機関の参画は今後調整する。", "## 相談窓口", "相談窓口の設置は検討中である。"), {
        "support_pending": Expect("金融機関の参画は今後調整する。", (5,)),
        "support_lead_head": Expect(None),
        "consultation_desk_pending": Expect("相談窓口の設置は検討中である。", (7,)),
        "consultation_desk_stated": Expect(None),
        # a bank still to be arranged is not in the support yet
        "support_financial_institutions": Expect(None),
        "support_system_stated": Expect(None),
    }),
    # several lines still open: the first is quoted, the first two cited
    Case("support_pending_quotes_the_first_open_line", "B",
         ("策定主体：大分県", "## 伴走支援体制", "伴走支援チームの編成は検討中である。", "金融機関の参画は今後調整する。",
          "県産業振興課が担うかは今後決める。"), {
        "support_pending": Expect("伴走支援チームの編成は検討中である。", (5, 6)),
        "support_departments_stated": Expect(None),
        "support_system_stated": Expect(None),
        "support_body_stated": Expect(None),
    }),
    Case("announcement_after_the_precheck", "B", ("## 公表・発表", "事前確認の完了後、知事が記者会見で計画を発表する。"), {
        "announcement_stated": Expect("事前確認の完了後、知事が記者会見で計画を発表する。", (4,)),
        "announcement_after_precheck": Expect(True, (4,)),
    }),
    Case("announcement_not_yet_decided", "B", ("## 公表・発表", "計画の発表時期は未定である。"), {
        "announcement_stated": Expect(None),
        "announcement_after_precheck": Expect(None),
    }),
    # submission: the number of plans the author makes (留意事項 1.(1)⑧) and the forms the draft names
    Case("plan_count_stated_and_the_forms_of_b", "B", ("本県は7つの分野で計画を策定する予定である。", "提出様式：様式1-1〜1-4"), {
        "author_plan_count": Expect(7, (3,), "7件（素案の記載）"),
        "submission_forms_ok": Expect(True, (4,)),
    }),
    Case("the_first_plan_count_stated_is_the_count", "B", ("本県は7つの分野で計画を策定する予定である。", "本県は3件の計画を策定する。"), {
        "author_plan_count": Expect(7, (3,), "7件（素案の記載）"),
    }),
    # A names no forms of its own (its submission is not by these forms): a form named in an A plan is not judged
    Case("forms_named_in_an_a_plan_are_not_judged", "A", ("提出様式：様式1-1",), {
        "submission_forms_ok": Expect(None),
    }),
    Case("forms_of_c_in_a_b_plan", "B", ("提出様式：様式2-1",), {
        "submission_forms_ok": Expect(False, (3,), "計画に記載された提出様式（様式2-1）はC（地場産業成長プラン）の様式であり、この類型（B）の様式ではない"),
        "author_plan_count": Expect(None),
    }),
    # a draft that names no form says nothing of the forms: neither right nor wrong
    Case("a_draft_naming_no_form_leaves_the_forms_unjudged", "B", ("策定主体：熊本県",), {
        "submission_forms_ok": Expect(None),
    }),
    # two bodies under the governor: the first is the support system the head leads
    Case("the_head_leads_the_first_of_two_support_bodies", "B",
         ("策定主体：熊本県", "## 伴走支援体制", "知事を本部長とする「くまもと産業伴走支援本部」を設置する。",
          "本部の下に「販路開拓支援会議」を設置する。"), {
        "support_lead_head": Expect("くまもと産業伴走支援本部", (5,)),
    }),
    # two of the prefecture's own departments run the support and no lead is named: the first is named
    Case("support_by_two_own_departments_names_the_first", "B",
         ("策定主体：熊本県", "## 伴走支援体制", "県産業企画課に担当3人を配置し、核となる企業を訪問する。",
          "県商工政策課に担当2人を配置し、資金面の相談に応じる。"), {
        "support_lead_head": Expect("県産業企画課（策定主体の担当部署が伴走支援を担う）", (5,)),
        "support_departments_stated": Expect(["県産業企画課", "県商工政策課"], (5, 6)),
    }),
    # three lenders on three lines: all are named, the first two lines cited
    Case("three_lenders_are_named_and_the_first_two_lines_cited", "B",
         ("策定主体：熊本県", "## 伴走支援体制", "肥後銀行が参画する。", "熊本信用金庫が参画する。", "日本政策金融公庫が参画する。"), {
        "support_financial_institutions": Expect("地方銀行、信用金庫、日本政策金融公庫", (5, 6)),
    }),
    # two announcements in opposite order to the precheck: the first one written decides, and is cited
    Case("the_first_announcement_decides_its_order_to_the_precheck", "B",
         ("## 公表・発表", "事前確認の前に、知事が県議会で計画の概要を発表する。", "事前確認の完了後、知事が記者会見で計画を発表する。"), {
        "announcement_after_precheck": Expect(False, (4,)),
    }),
    # the type whose forms they are is named whichever way the two types' ids sort
    Case("forms_of_b_in_a_c_plan", "C", ("提出様式：様式1-1",), {
        "submission_forms_ok": Expect(False, (3,), "計画に記載された提出様式（様式1-1）はB（地域産業クラスター計画）の様式であり、この類型（C）の様式ではない"),
    }),
]


@pytest.mark.parametrize(("plan_type", "lines", "facts"), [c[1:] for c in CASES], ids=[c.id for c in CASES])
def test_fact_value_evidence_line_and_display(plan_type: str, lines: tuple[str, ...], facts: dict[str, Expect]) -> None:
    assert_facts(read_facts(lines, plan_type), lines, facts)


@pytest.mark.parametrize(
    ("today", "passed", "shown"),
    [
        (dt.date(2026, 7, 14), False, "提出期間は随時。第1弾 事前確認依頼の期限（2026-07-15）まであと1日。第1弾の取りまとめに間に合う"),
        (dt.date(2026, 7, 15), False, "提出期間は随時。第1弾 事前確認依頼の期限（2026-07-15）まであと0日。第1弾の取りまとめに間に合う"),
        (dt.date(2026, 7, 16), True, "提出期間は随時。第1弾 事前確認依頼の期限（2026-07-15）は過ぎています（判定日 2026-07-16）。"
                                     "第1弾以降の取りまとめ・公開の取扱いは追って連絡（2026-12-04時点の資料）"),
    ],
)
def test_first_round_deadline_passes_the_day_after_it(today: dt.date, passed: bool, shown: str) -> None:
    plan, _ = read_bytes("draft.md", "# 地域未来戦略\n\n策定主体：熊本県\n".encode())
    f = derive_facts(plan, load_kb(), "B", today, {"author_plan_count": 3})
    assert (f["first_round_deadline_passed"].value, f["first_round_deadline_passed"].shown()) == (passed, shown)
    # the batch's count stands in only where the draft states none
    assert (f["author_plan_count"].value, f["author_plan_count"].shown()) == (3, "3件（一括チェックの件数）")


def test_a_plan_saved_and_read_back_names_the_same_support_system() -> None:
    """The support body comes before a department that runs the support, in a plan read from its draft and in the same
    plan saved as JSON and read back (its words are new strings, equal but not the same objects)."""
    lines = ("策定主体：熊本県", "## 伴走支援体制", "県産業企画課に担当3人を配置する。",
             "知事を本部長とする「くまもと産業伴走支援本部」を設置する。")
    plan, _ = read_bytes("draft.md", "\n".join(["# 地域未来戦略", "", *lines]).encode())
    for p in (plan, Plan.model_validate_json(plan.model_dump_json())):
        f = derive_facts(p, load_kb(), "B", dt.date(2026, 5, 20))["support_system_stated"]
        assert (f.value, [e.line for e in f.evidence]) == ("くまもと産業伴走支援本部", [6])


def test_the_first_round_deadline_is_the_same_whatever_the_order_of_the_deadlines() -> None:
    kb = load_kb()
    b = kb.plan_types["B"]
    turned = dataclasses.replace(kb, plan_types={**kb.plan_types, "B": b.model_copy(update={"deadlines": b.deadlines[::-1]})})
    plan, _ = read_bytes("draft.md", "# 地域未来戦略\n\n策定主体：熊本県\n".encode())
    day = dt.date(2026, 7, 16)
    shown = {derive_facts(plan, k, "B", day)["first_round_deadline_passed"].shown() for k in (kb, turned)}
    assert len(shown) == 1 and "2026-07-15" in shown.pop()


def test_forms_of_another_type_name_it_though_its_forms_span_two_series() -> None:
    """A type whose forms are of two series (様式1-x and an annex 様式3-x) still owns a stated 様式1-1."""
    kb = load_kb()
    b = kb.plan_types["B"]
    kb = dataclasses.replace(kb, plan_types={**kb.plan_types, "B": b.model_copy(update={"forms": [*b.forms, "様式3-1"]})})
    plan, _ = read_bytes("draft.md", "# 地域未来戦略\n\n提出様式：様式1-1\n".encode())
    f = derive_facts(plan, kb, "C", dt.date(2026, 5, 20))["submission_forms_ok"]
    assert (f.value, f.shown()) == (False, "計画に記載された提出様式（様式1-1）はB（地域産業クラスター計画）の様式であり、この類型（C）の様式ではない")
