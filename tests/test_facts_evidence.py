"""Facts read from a draft written as text: the value each fact takes, the line it cites as evidence and how it is
shown (issue 20: the mutation run over rules/facts showed these were barely checked). Each case is a short draft
read by the real reader (`read_bytes`), its facts derived as `chiiki check` derives them. Line 1 of every draft is
its title, line 2 blank, so the case's first line is line 3."""

from __future__ import annotations

import datetime as dt
from typing import Any, NamedTuple

import pytest
import yaml

from chiiki_mirai.core.plan import Plan, SupportSystem
from chiiki_mirai.core.statement import Place, Statement
from chiiki_mirai.knowledge.loader import load_kb
from chiiki_mirai.readers import read_bytes
from chiiki_mirai.rules.facts import Fact, derive_facts
from tests.test_rule_cases import base_plan

TODAY = dt.date(2026, 5, 20)
FIRST_LINE = 3


def read_facts(lines: tuple[str, ...], plan_type: str = "B") -> dict[str, Fact]:
    text = "\n".join(["# 地域未来戦略", "", *lines]) + "\n"
    plan, _ = read_bytes("draft.md", text.encode())
    return derive_facts(plan, load_kb(), plan_type, TODAY)


class Expect(NamedTuple):
    """What a fact must be: its value, the lines its evidence cites (in order), how it is shown (None: not
    checked) and whether it goes to a reviewer (uncertain)."""

    value: Any
    lines: tuple[int | None, ...] = ()
    shown: str | None = None
    uncertain: bool = False


class Case(NamedTuple):
    id: str
    plan_type: str
    lines: tuple[str, ...]
    facts: dict[str, Expect]


CITY = "策定主体：北九州市"
SAME = "県の計画と同じ産業クラスターを対象とする。"
DIFFERENT = "本市は県とは異なる産業クラスターの形成を目指す。"
PERIOD = "計画期間：2026年度〜2030年度（目標年度 2030年度）"
KGI_INVESTMENT = "KGI1 官民設備投資額：2030年度 40億円（2026〜2030年度の累計 150億円）"
KGI_VALUE_ADDED = "KGI2 付加価値増加額：2030年度 12億円"
KGI_TALENT_TOTAL = "KGI3 産業人材育成数：2026〜2030年度の累計 620人"
KPI_VAGUE = "KPI：新規取引件数 / 目標値：2030年度 20件 / 担当：産業振興課 / 撤退基準：推進会議で見直す"
KPI_CONDITION = "KPI：研修受講者数 / 目標値：2030年度 100人 / 担当：人材育成課 / 撤退基準：2年連続で目標の5割未満なら事業を廃止"

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
    Case("b_kgis_target_year_values_and_the_cumulative_total", "B",
         (PERIOD, KGI_INVESTMENT, KGI_VALUE_ADDED, KGI_TALENT_TOTAL), {
        "kgi_investment_value": Expect(4_000_000_000, (4,), "2030年度 40億円"),
        "kgi_investment_cumulative": Expect(15_000_000_000, (4,), "150億円"),
        "kgi_investment_year": Expect(2030, (4,)),
        "kgi_value_added_value": Expect(1_200_000_000, (5,), "2030年度 12億円"),
        "kgi_value_added_year": Expect(2030, (5,)),
        "kgi_value_added_set": Expect(True, (5,)),
        # a total to the target year is not the year's value B asks for: a reviewer reads it
        "kgi_talent_value": Expect(620, (6,), "2030年度 620人", uncertain=True),
        "kgi_count": Expect(3, (4, 5, 6)),
        "kgi_mandatory_all": Expect(True),
    }),
    Case("a_kgi_total_to_2040_is_the_value_of_an_a_plan", "A", (KGI_TALENT_TOTAL,), {
        "kgi_talent_value": Expect(620, (3,), "2030年度 620人"),
    }),
    Case("latest_year_is_the_kgi_value_when_no_target_year_is_set", "B", ("KGI 官民設備投資額：2028年度 20億円、2030年度 40億円",), {
        "kgi_investment_value": Expect(4_000_000_000, (3,), "2030年度 40億円"),
        "kgi_investment_year": Expect(2030, (3,)),
    }),
    Case("undated_kgi_in_a_dated_list_has_no_year", "B", (PERIOD, "KGI1 官民設備投資額：2030年度 40億円", "KGI2 付加価値増加額：12億円"), {
        "kgi_value_added_value": Expect(1_200_000_000, (5,), "12億円"),
        "kgi_value_added_set": Expect(True, (5,)),
        "kgi_value_added_year": Expect(None, (5,)),
    }),
    Case("undated_kgi_alone_takes_the_plans_target_year", "B", (PERIOD, "KGI 付加価値増加額：12億円"), {
        "kgi_value_added_year": Expect(2030, (4,)),
    }),
    Case("c_plan_without_value_added_or_productivity_has_no_value_added_kgi", "C",
         ("KGI1 官民設備投資額：2030年度 5億円", "KGI2 産業人材育成数：2030年度 40人"), {
        "kgi_value_added_set": Expect(None),
        "kgi_value_added_year": Expect(None),
        "kgi_mandatory_all": Expect(False, (3, 4), "未設定: 計画での付加価値増加額"),
    }),
    # value added as a rate or a multiple is not the amount 付加価値増加額 asks for (B); C may set productivity instead
    Case("value_added_as_a_change_rate_only_is_no_amount", "B", ("KGI 付加価値増加額：2025年度比40%増",), {
        "kgi_value_added_rate_only": Expect(True, (3,), "40%"),
        "kgi_value_added_value": Expect(None, (3,)),
        "kgi_value_added_set": Expect(None),
        "kgi_mandatory_all": Expect(False, (3,), "未設定: 計画での官民設備投資額、計画での産業ニーズに即した産業人材育成数"),
    }),
    Case("value_added_as_a_target_rate_only_is_no_amount", "B", ("KGI 付加価値増加額：2030年度 25%",), {
        "kgi_value_added_rate_only": Expect(True, (3,), "2030年度 25%"),
        "kgi_value_added_value": Expect(None, (3,)),
    }),
    Case("c_productivity_change_stands_for_value_added", "C",
         ("KGI1 官民設備投資額：2030年度 5億円", "KGI2 一人当たり付加価値労働生産性：2025年度比10%増", "KGI3 産業人材育成数：2030年度 40人"), {
        "kgi_productivity_value": Expect(10, (4,), "10%"),
        "kgi_value_added_set": Expect(True, (4,)),
        "kgi_value_added_year": Expect(None, (4,)),
        "kgi_value_added_rate_only": Expect(None),
        "kgi_mandatory_all": Expect(True),
    }),
    Case("value_added_to_be_set_later_is_missing", "B",
         ("KGI1 官民設備投資額：2030年度 5億円", "KGI2 付加価値増加額：今後設定する", "KGI3 産業人材育成数：2030年度 40人"), {
        "kgi_value_added_set": Expect(None),
        "kgi_mandatory_all": Expect(False, (3, 5), "未設定: 計画での付加価値増加額"),
        "kgi_count": Expect(2, (3, 5)),
    }),
    Case("kgis_listed_around_their_basis_are_all_counted", "B",
         ("KGI1 官民設備投資額：2030年度 40億円", "設定根拠：企業への聞き取りによる投資予定額の積み上げ", "KGI2 付加価値増加額：2030年度 12億円"), {
        "kgi_count": Expect(2, (3, 5)),
    }),
    Case("kgi_basis_and_verification_cite_their_lines", "B",
         ("KGI 官民設備投資額：2030年度 40億円", "設定根拠：企業への聞き取りによる投資予定額の積み上げ",
          "効果検証：毎年度、立地企業の投資実績を調査して検証する"), {
        "kgi_basis_stated": Expect("設定根拠：企業への聞き取りによる投資予定額の積み上げ", (4,)),
        "kgi_verification_stated": Expect("効果検証：毎年度、立地企業の投資実績を調査して検証する", (5,)),
    }),
    # the KPIs' 5W1H: a slot 「●●」 or 「（調整中）」 is named but not set, 「設けない」 is no criterion
    Case("kpi_fields_not_set_are_named_with_how", "B",
         ("KPI：新規取引件数 / 目標値：年●●件 / 担当：（調整中） / 期限：2030年度 / 撤退基準：2年連続で目標の5割未満なら廃止",
          "KPI：研修受講者数 / 目標値：2030年度 100人 / 担当：人材育成課 / 期限：2030年度 / 撤退基準：設けない",
          "KPIは推進会議で半期ごとに確認する。"), {
        "kpi_count": Expect(2, (3, 4)),
        "kpi_deadline_all": Expect(True, (3, 4)),
        "kpi_owner_all": Expect(False, (3,), "未設定: 新規取引件数（未確定）"),
        "kpi_withdrawal_all": Expect(False, (4,), "未設定: 研修受講者数（設けない）"),
        "kpi_withdrawal_any": Expect(True),
        "kpi_target_placeholder": Expect(True, (3,), "目標値が未確定: 新規取引件数（年●●件）"),
        "kpi_monitoring_stated": Expect("半期ごと", (5,)),
        "kpi_monitoring_infrequent": Expect(None),
    }),
    # a field a KPI does not write at all names the KPI alone and cites the KPI list
    Case("kpi_fields_not_written_name_the_kpi", "B",
         ("KPI：研修受講者数 / 目標値：100人 / 担当：人材育成課 / 撤退基準：3年連続で未達なら廃止",
          "KPI：新規取引件数 / 目標値：2030年度 20件 / 担当：産業振興課"), {
        "kpi_deadline_all": Expect(False, (3, 4), "未設定: 研修受講者数"),
        "kpi_withdrawal_all": Expect(False, (3, 4), "未設定: 新規取引件数"),
        "kpi_owner_all": Expect(True, (3, 4)),
        "kpi_withdrawal_any": Expect(True),
    }),
    Case("kpi_checked_yearly_is_less_often_than_asked", "B",
         ("KPI：研修受講者数 / 目標値：2030年度 100人 / 担当：人材育成課 / 撤退基準：3年連続で未達なら廃止", "KPIは年1回確認する。"), {
        "kpi_count": Expect(1, (3,)),
        "kpi_owner_all": Expect(True, (3,)),
        "kpi_withdrawal_all": Expect(True, (3,)),
        "kpi_target_placeholder": Expect(None),
        "kpi_monitoring_stated": Expect(None),
        "kpi_monitoring_infrequent": Expect("年1回", (4,)),
    }),
    Case("withdrawal_criterion_without_a_condition_goes_to_review", "B", (KPI_VAGUE, KPI_CONDITION), {
        "kpi_withdrawal_all": Expect(True, (3,), "条件の読み取れない撤退基準: 新規取引件数「推進会議で見直す」", uncertain=True),
        "kpi_withdrawal_any": Expect(True),
        "kpi_count": Expect(2, (3, 4)),
    }),
    Case("withdrawal_criteria_with_conditions_are_set", "B", (KPI_CONDITION,), {
        "kpi_withdrawal_all": Expect(True, (3,)),
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
    }),
    # the 参考リスト bound (留意事項 1.(1)⑨): 2,000名 is within it, 2,001名 is over; the evidence cites the
    # first three companies, the display names them all
    Case("core_companies_at_the_2000_employee_bound_are_within_it", "B",
         ("## 核となる事業者", "- 株式会社北浜精工（従業員320名）", "- 株式会社南町化成（従業員2,000名）",
          "- 株式会社東山電機（従業員80名）", "- 株式会社西川食品（従業員45名）"), {
        "core_companies_count": Expect(4, (4, 5, 6)),
        "core_employees_known": Expect(True, (4, 5, 6)),
        "core_employees_any": Expect(True, (4, 5, 6)),
        "core_company_within_2000": Expect(
            True, (4, 5, 6), "株式会社北浜精工 320名、株式会社南町化成 2,000名、株式会社東山電機 80名、株式会社西川食品 45名"),
        "operators_diverse": Expect(True, (4, 5, 6)),
    }),
    Case("one_core_company_over_the_bound_is_named_and_is_no_diversity", "C",
         ("## 核となる事業者", "- 株式会社北浜精工（従業員2,001名）"), {
        "core_companies_count": Expect(1, (4,)),
        "core_company_within_2000": Expect(False, (4,), "2,000名超: 株式会社北浜精工（2,001名）"),
        "operators_diverse": Expect(False, (4,)),
    }),
    Case("core_companies_one_without_a_headcount", "B",
         ("## 核となる事業者", "- 株式会社北浜精工（従業員320名）", "- 株式会社南町化成", "- 株式会社東山電機（従業員80名）",
          "- 株式会社西川食品（従業員45名）"), {
        "core_employees_known": Expect(False, (4, 5, 6)),
        "core_employees_any": Expect(True, (4, 6, 7)),
        "core_company_within_2000": Expect(True, (4, 6, 7), "株式会社北浜精工 320名、株式会社東山電機 80名、株式会社西川食品 45名"),
    }),
    Case("degrees_said_high_for_each_company", "B",
         ("## 核となる事業者", "- 株式会社北浜精工（従業員320名） コネクター度・ハブ度が県内で相対的に高い。",
          "- 株式会社南町化成（従業員200名） 参考リスト掲載"), {
        "connector_hub_high": Expect(True, (4, 5)),
    }),
    Case("degrees_said_high_for_all_companies_in_one_sentence", "B",
         ("## 核となる事業者", "- 株式会社北浜精工（従業員320名）", "核となる企業はいずれもコネクター度が県内上位である。"), {
        "connector_hub_high": Expect(True, (5,), "核となる企業はいずれもコネクター度が県内上位である。"),
    }),
    Case("announcement_after_the_precheck", "B", ("## 公表・発表", "事前確認の完了後、知事が記者会見で計画を発表する。"), {
        "announcement_stated": Expect("事前確認の完了後、知事が記者会見で計画を発表する。", (4,)),
        "announcement_after_precheck": Expect(True, (4,)),
    }),
    Case("announcement_not_yet_decided", "B", ("## 公表・発表", "計画の発表時期は未定である。"), {
        "announcement_stated": Expect(None),
        "announcement_after_precheck": Expect(None),
    }),
    Case("operators_chosen_later_are_unnamed_not_one", "C", ("## 核となる事業者", "事業者は公募により選定する。"), {
        "core_operators_unnamed": Expect("事業者は公募により選定する。", (4,)),
        "core_companies_count": Expect(None),
        "operators_diverse": Expect(None),
        "core_employees_known": Expect(None),
        "core_company_within_2000": Expect(None),
    }),
    Case("roles_read_for_some_operators_only_go_to_review", "C",
         ("## 核となる事業者", "- 株式会社北浜精工（従業員320名） アルミ押出材の製造を担う。年商85億円。",
          "- 株式会社南町化成（従業員200名） 表面処理を担う。年商40億円。", "- 株式会社東山電機（従業員80名）"), {
        "core_companies_count": Expect(3, (4, 5, 6)),
        "core_roles_stated": Expect(None, (6,), "役割の記載がない：株式会社東山電機", uncertain=True),
        "operators_diverse": Expect(True, (4, 5, 6)),
    }),
    Case("one_named_operator_beside_a_category_and_a_slot_is_not_only_one", "C",
         ("## 核となる事業者", "- 株式会社北浜精工（従業員320名）", "- 宿泊事業者（約40施設）", "- 〇〇株式会社（調整中）"), {
        "core_companies_count": Expect(1, (4,)),
        "core_operator_categories": Expect("宿泊事業者", (5,)),
        "core_operators_unnamed": Expect("〇〇株式会社", (6,)),
        "core_roles_stated": Expect(False, (4,), "役割の記載がない：株式会社北浜精工"),
        "operators_diverse": Expect(None),
    }),
    Case("core_area_cites_its_line", "C", ("## 区域", "核となる区域は北浜工業団地とする。"), {
        "core_area_stated": Expect("核となる区域は北浜工業団地とする。", (4,)),
        "attracted_company": Expect(False),
        "franchise_dependency": Expect(False),
    }),
    Case("no_operator_named_is_unknown_not_one", "C", ("地域の食品産業を振興する。",), {
        "operators_diverse": Expect(None),
        "core_companies_count": Expect(None),
        "core_operators_unnamed": Expect(None),
    }),
    Case("a_plans_investment_total_written_as_expected_is_its_total", "A",
         ("## 核となる投資", "響灘水素エナジー株式会社が受入基地を建設し、投資総額は約1,850億円を見込む。"), {
        "investment_total": Expect(185_000_000_000, (4,), "1,850億円"),
        "investments_count": Expect(1, (4,)),
    }),
    Case("an_a_plans_written_total_is_its_total", "A",
         ("## 核となる投資", "響灘水素エナジー株式会社が受入基地を建設する（約1,200億円）。", "投資総額：約1,262億円"), {
        "investment_total": Expect(126_200_000_000, (5,), "1,262億円"),
    }),
    Case("an_a_plans_total_under_review_goes_to_a_reviewer", "A",
         ("## 核となる投資", "響灘水素エナジー株式会社が受入基地を建設する（約1,200億円）。", "投資総額：約1,262億円（精査中）"), {
        "investment_total": Expect(126_200_000_000, (5,), "1,262億円（精査中・見込み）", uncertain=True),
    }),
    # A's own items (000 A.(2)①②⑤⑦): the roadmap, the world-level advantage, the block's draft, the infrastructure
    Case("a_items_stated_under_their_headings", "A",
         ("## 1. 戦略産業クラスター計画の概要", "### (1) 当該地域において当該産業分野を特定した理由",
          "臨海部に化学・鉄鋼の需要家が集まり、水素・アンモニアの受入に適した港湾がある。",
          "### (3) 17の戦略分野の「官民投資ロードマップ」との関係性", "本計画は、GX分野の官民投資ロードマップに掲げる水素供給網の構築に対応する。",
          "### (4) 国際的な競争優位性", "当社の分解触媒は世界シェア3割を占め、欧州の競合2社より変換効率が5ポイント高い。",
          "### (5) 計画の素案との整合性", "九州地方ブロックの計画の素案に、本クラスターが産業クラスターの候補として明記されている。",
          "## 4. 計画実現に向けた課題", "### (3) インフラ・分野特有の拠点整備案件", "受入桟橋と水素パイプラインを、国直轄の港湾整備と一体で整備する。"), {
        # the field is read from the first section's text (A has no 業種 item)
        "strategic_field_matched": Expect(["9.資源・エネルギー安全保障・GX／水素等"]),
        "roadmap_alignment_stated": Expect("本計画は、GX分野の官民投資ロードマップに掲げる水素供給網の構築に対応する。", (7,)),
        "international_competitiveness_stated": Expect("当社の分解触媒は世界シェア3割を占め、欧州の競合2社より変換効率が5ポイント高い。", (9,)),
        "international_competitiveness_strong": Expect("当社の分解触媒は世界シェア3割を占め、欧州の競合2社より変換効率が5ポイント高い。", (9,)),
        "block_draft_alignment_stated": Expect("九州地方ブロックの計画の素案に、本クラスターが産業クラスターの候補として明記されている。", (11,)),
        "block_draft_alignment_pending": Expect(None),
        "infrastructure_stated": Expect("受入桟橋と水素パイプラインを、国直轄の港湾整備と一体で整備する。", (14,)),
        "infrastructure_relevant": Expect(True, (14,)),
        "infrastructure_unneeded": Expect(None),
    }),
    Case("a_items_only_sought_or_not_needed", "A",
         ("## 1. 戦略産業クラスター計画の概要", "### (4) 国際的な競争優位性", "世界シェア2割を目指す。",
          "### (5) 計画の素案との整合性", "素案への反映を目指し、経済産業局に働きかけている。",
          "## 4. 計画実現に向けた課題", "### (3) インフラ・分野特有の拠点整備案件", "既存の港湾設備で足りるため、新たな拠点整備は要しない。"), {
        # a share aimed at is an advantage stated, not one shown
        "international_competitiveness_stated": Expect("世界シェア2割を目指す。", (5,)),
        "international_competitiveness_strong": Expect(None),
        "block_draft_alignment_stated": Expect(None),
        "block_draft_alignment_pending": Expect("素案への反映を目指し、経済産業局に働きかけている。", (7,)),
        "infrastructure_stated": Expect("既存の港湾設備で足りるため、新たな拠点整備は要しない。", (10,)),
        "infrastructure_unneeded": Expect("既存の港湾設備で足りるため、新たな拠点整備は要しない。", (10,)),
        "roadmap_alignment_stated": Expect(None),
    }),
    Case("a_plain_statement_under_the_block_draft_item_is_stated", "A",
         ("## 1. 戦略産業クラスター計画の概要", "### (5) 計画の素案との整合性", "本計画は九州地方ブロックの素案の方向性と整合している。"), {
        "block_draft_alignment_stated": Expect("本計画は九州地方ブロックの素案の方向性と整合している。", (5,)),
        "block_draft_alignment_pending": Expect(None),
    }),
    Case("not_in_the_block_draft_yet_and_asked_for_is_pending", "A",
         ("## 1. 戦略産業クラスター計画の概要", "### (5) 計画の素案との整合性", "同素案に現時点で記載されていないが、候補に加えるよう要望している。"), {
        "block_draft_alignment_stated": Expect(None),
        "block_draft_alignment_pending": Expect("同素案に現時点で記載されていないが、候補に加えるよう要望している。", (5,)),
    }),
    # an advantage written under 国際的な競争優位性 (A.1.4) states it there; elsewhere it is an advantage only
    Case("an_advantage_under_the_international_item_states_it", "A",
         ("## 1. 戦略産業クラスター計画の概要", "### (4) 国際的な競争優位性", "独自の接合技術で、短納期の量産に対応できる。"), {
        "international_competitiveness_stated": Expect("独自の接合技術で、短納期の量産に対応できる。", (5,)),
        "international_competitiveness_strong": Expect(None),
        "competitive_advantage_stated": Expect("独自の接合技術で、短納期の量産に対応できる。", (5,)),
    }),
    Case("an_advantage_elsewhere_is_no_international_one", "A", ("独自の接合技術で、短納期の量産に対応できる。",), {
        "international_competitiveness_stated": Expect(None),
        "competitive_advantage_stated": Expect("独自の接合技術で、短納期の量産に対応できる。", (3,)),
    }),
    Case("infrastructure_only_to_be_considered_goes_to_review", "A",
         ("## 4. 計画実現に向けた課題", "### (3) インフラ・分野特有の拠点整備案件", "今後、工業用水の確保策を検討する。"), {
        "infrastructure_stated": Expect(None, (5,), "要確認：今後、工業用水の確保策を検討する。", uncertain=True),
        "infrastructure_relevant": Expect(True, (5,)),
    }),
    # the period (a cover field: its line is not kept) and the year the KGIs aim at
    Case("target_year_is_the_latest_kgi_year_when_the_period_names_none", "A",
         ("計画期間：2026年度〜2030年度", "KGI 官民設備投資額：2030年度 40億円、2040年度 300億円"), {
        "period_start_fy": Expect(2026, (None,)),
        "period_end_fy": Expect(2030, (None,)),
        "plan_years": Expect(5, (None,)),
        "target_fy": Expect(2040),
        "goal_horizon_years": Expect(15, (None,)),
        "kgi_target_2040": Expect(True),
        "period_order_ok": Expect(True, (None,)),
    }),
    Case("a_long_term_outlook_is_not_the_target_year", "B",
         ("計画期間：2026年度〜2035年度", "KGI 官民設備投資額：2035年度 40億円（長期目標：2040年度 300億円）"), {
        "target_fy": Expect(2035),
        "goal_horizon_years": Expect(10, (None,)),
        "kgi_target_2040": Expect(False),
        "kgi_investment_value": Expect(4_000_000_000, (4,), "2035年度 40億円"),
        "kgi_investment_year": Expect(2035, (4,)),
    }),
    Case("a_period_ending_before_it_starts_is_out_of_order", "B", ("計画期間：2030年度〜2026年度",), {
        "period_order_ok": Expect(False, (None,)),
        "plan_years": Expect(-3, (None,)),
        "target_fy": Expect(None),
        "goal_horizon_years": Expect(None),
        "kgi_target_2040": Expect(None),
    }),
    Case("a_target_year_before_the_start_is_out_of_order", "B", ("計画期間：2026年度〜2030年度（目標年度 2025年度）",), {
        "period_order_ok": Expect(False, (None,)),
        "goal_horizon_years": Expect(0, (None,)),
    }),
    Case("a_target_year_at_the_start_is_in_order", "B", ("計画期間：2026年度〜2030年度（目標年度 2026年度）",), {
        "period_order_ok": Expect(True, (None,)),
        "goal_horizon_years": Expect(1, (None,)),
        "plan_years": Expect(5, (None,)),
    }),
    Case("the_stated_target_year_is_the_periods", "B", (PERIOD,), {
        "target_fy": Expect(2030, (None,)),
        "goal_horizon_years": Expect(5, (None,)),
        "kgi_target_2040": Expect(False),
    }),
    # 「主に当該地域又は国内で調達」: a current share of at least half (50% is, 49% is not), or home procurement in words
    Case("procurement_share_at_half_is_mainly_at_home", "B", ("主要部品の県内調達率は現在50%である。",), {
        "procurement_local_or_domestic": Expect("域内調達 50%", (3,)),
        "procurement_roadmap_stated": Expect(None),
    }),
    Case("the_first_share_at_home_stated_is_shown", "B", ("鋳造部品の県内調達率は現在70%である。", "樹脂部品の県内調達率は現在55%である。"), {
        "procurement_local_or_domestic": Expect("域内調達 70%", (3,)),
    }),
    Case("todays_share_with_a_plan_to_raise_it_on_the_same_line_is_a_roadmap", "B",
         ("県内調達率は現在40%であり、2030年度までに段階的に引き上げる。",), {
        "procurement_roadmap_stated": Expect("県内調達率は現在40%であり、2030年度までに段階的に引き上げる。", (3,)),
        "procurement_local_or_domestic": Expect(None),
    }),
    Case("procurement_share_below_half_is_not", "B", ("主要部品の県内調達率は現在49%である。",), {
        "procurement_local_or_domestic": Expect(None),
    }),
    Case("procurement_share_and_its_dated_roadmap", "B", ("主要部品の県内調達率は現在60%である。", "2030年度までに域内調達率を80%へ高める。"), {
        "procurement_local_or_domestic": Expect("域内調達 60%", (3,)),
        "procurement_roadmap_stated": Expect("2030年度までに域内調達率を80%へ高める。", (4,)),
    }),
    Case("procurement_low_today_with_a_roadmap_to_raise_it", "B", ("主要部品の県内調達率は現在30%である。", "2030年度までに域内調達率を45%へ高める。"), {
        "procurement_local_or_domestic": Expect(None),
        "procurement_roadmap_stated": Expect("2030年度までに域内調達率を45%へ高める。", (4,)),
    }),
    Case("procurement_at_home_in_words_with_a_switch_planned", "B",
         ("主要部品は県内の協力企業から調達している。", "2030年度までに主要部品を県内調達に切り替える。"), {
        "procurement_local_or_domestic": Expect("国内・域内調達", (3,)),
        "procurement_roadmap_stated": Expect("2030年度までに主要部品を県内調達に切り替える。", (4,)),
    }),
    Case("procurement_of_a_part_only_is_not_mainly_at_home", "B", ("部品の一部は県内の協力企業から調達している。",), {
        "procurement_local_or_domestic": Expect(None),
    }),
    Case("key_parts_all_imported_is_no_home_procurement", "B", ("基幹部品は全量を海外から輸入しており、当面は輸入を続ける。",), {
        "procurement_local_or_domestic": Expect(False, (3,)),
    }),
    # the industry item (B.(3)①): the products as written, a domain of four characters or more, a reason of eight
    Case("industry_products_and_reason_under_their_items", "B",
         ("## 1. 対象とする産業分野", "### (1) 該当する業種", "産業用ロボット向け精密減速機及びその高精度歯車部品",
          "### (2) 特定の理由", "県北部に歯車加工・熱処理の中小企業が集積しているため。"), {
        "product_specified": Expect("産業用ロボット向け精密減速機及びその高精度歯車部品", (5,)),
        "industry_reason_stated": Expect("県北部に歯車加工・熱処理の中小企業が集積しているため。", (7,)),
        "strategic_field_matched": Expect(["1.AI・半導体／フィジカルAI(特にAIロボット)"], (5,)),
    }),
    Case("industry_of_four_characters_is_specified", "B", ("## 1. 対象とする産業分野", "### (1) 該当する業種", "食品加工"), {
        "product_specified": Expect("食品加工", (5,)),
    }),
    Case("industry_of_five_characters_with_its_full_stop_is_specified", "B",
         ("## 1. 対象とする産業分野", "### (1) 該当する業種", "水産加工業。"), {
        "product_specified": Expect("水産加工業。", (5,)),
    }),
    Case("industry_of_three_characters_is_not_specific", "B", ("## 1. 対象とする産業分野", "### (1) 該当する業種", "医薬品"), {
        "product_specified": Expect(None),
    }),
    Case("reason_of_eight_characters_is_stated", "B", ("## 1. 対象とする産業分野", "### (2) 特定の理由", "企業が集積する。"), {
        "industry_reason_stated": Expect("企業が集積する。", (5,)),
    }),
    Case("reason_of_seven_characters_is_not", "B", ("## 1. 対象とする産業分野", "### (2) 特定の理由", "企業が集積する"), {
        "industry_reason_stated": Expect(None),
    }),
    # the regional ripple (B.(2)② / C.(2)②): each topic stated and its target value, each from its own line
    Case("ripple_topics_with_their_target_values", "C",
         ("## 域内への波及効果", "域内企業との取引額を2030年度までに年50億円に拡大する。", "核となる企業の売上高を2030年度に120億円とする。",
          "新たに200人の雇用を創出する。", "従業員の平均賃金を年3%引き上げる。"), {
        "ripple_regional_transactions_stated": Expect("域内企業との取引額を2030年度までに年50億円に拡大する", (4,)),
        "ripple_regional_transactions_value": Expect(5_000_000_000, (4,), "2030年度 50億円"),
        "ripple_sales_stated": Expect("核となる企業の売上高を2030年度に120億円とする", (5,)),
        "ripple_sales_value": Expect(12_000_000_000, (5,), "2030年度 120億円"),
        "ripple_jobs_stated": Expect("新たに200人の雇用を創出する", (6,)),
        "ripple_jobs_value": Expect(200, (6,), "200人"),
        "ripple_wages_stated": Expect("従業員の平均賃金を年3%引き上げる", (7,)),
        "ripple_wages_value": Expect(3, (7,), "3%"),
        "ripple_labour_stated": Expect(True, (6, 7)),
        "ripple_labour_value": Expect(True, (6, 7)),
    }),
    Case("ripple_planned_without_figures_declined_or_considered", "B",
         ("## 域内への波及効果", "域内取引の拡大を図る。", "賃金の目標は設けない。", "雇用の創出は今後検討する。"), {
        "ripple_regional_transactions_stated": Expect("域内取引の拡大を図る", (4,)),
        "ripple_regional_transactions_value": Expect(None, (4,)),
        "ripple_wages_stated": Expect(None, (5,)),
        "ripple_jobs_stated": Expect(None, (6,)),
        "ripple_labour_stated": Expect(None),
        "ripple_labour_value": Expect(None),
    }),
    # 売上額 planned elsewhere than the ripple item: an own KGI, a sales KPI, the formula's sales increase
    Case("sales_set_as_an_own_kgi", "B", ("独自KGI：海外向け出荷額 2030年度 600億円",), {
        "ripple_sales_stated": Expect("独自KGI：海外向け出荷額 2030年度 600億円", (3,)),
        "ripple_sales_value": Expect(60_000_000_000, (3,), "2030年度 海外向け出荷額：600億円"),
        # a sales KGI plans sales only
        "ripple_jobs_value": Expect(None),
        "ripple_wages_stated": Expect(None),
        "ripple_regional_transactions_value": Expect(None),
        "ripple_labour_value": Expect(None),
    }),
    Case("a_jobs_kgi_plans_jobs_and_is_the_labour_target", "C", ("独自KGI：製造業の雇用者数 2030年度 1,200人",), {
        "ripple_jobs_stated": Expect("独自KGI：製造業の雇用者数 2030年度 1,200人", (3,)),
        "ripple_labour_stated": Expect(True, (3,)),
        "ripple_labour_value": Expect(True, (3,)),
        "ripple_sales_stated": Expect(None),
    }),
    Case("sales_set_as_a_kpi_in_yen", "C", ("KPI：粉末貝柱の売上 / 目標値：2030年度に年2億円 / 担当：水産課",), {
        "ripple_sales_stated": Expect("KPI：粉末貝柱の売上 / 目標値：2030年度に年2億円 / 担当：水産課", (3,)),
        "ripple_sales_value": Expect(200_000_000, (3,), "粉末貝柱の売上：2億円（KPI）"),
    }),
    Case("orders_counted_plan_sales_without_an_amount", "C", ("KPI：保守部材の受注件数 / 目標値：年30件 / 担当：産業振興課",), {
        "ripple_sales_stated": Expect("KPI：保守部材の受注件数 / 目標値：年30件 / 担当：産業振興課", (3,)),
        "ripple_sales_value": Expect(None),
    }),
    Case("the_formulas_sales_increase_is_a_candidate_target", "C",
         ("KGI 付加価値増加額：2030年度 1.2億円", "設定根拠：売上増加額 3億円 × 既存の付加価値率 40%"), {
        "ripple_sales_stated": Expect("設定根拠：売上増加額 3億円 × 既存の付加価値率 40%", (4,)),
        "ripple_sales_value": Expect(None, (4,), "要確認：付加価値増加額の算定に用いた売上増加額 3億円", uncertain=True),
    }),
    Case("a_wage_kpi_with_a_figure_is_the_labour_target", "C",
         ("KPI：製造従事者の平均年収 / 目標値：520万円→680万円 / 担当：産業振興課",), {
        "ripple_wages_stated": Expect("KPI：製造従事者の平均年収 / 目標値：520万円→680万円 / 担当：産業振興課", (3,)),
        "ripple_labour_stated": Expect(True, (3,)),
        "ripple_labour_value": Expect(True, (3,)),
    }),
    # the promise of the cluster: market, export or top share, value added against the industry's rate
    Case("export_market_and_a_rate_above_the_industrys", "C",
         ("## 市場", "主な顧客は国内外の自動車メーカー（法人）である。", "電動車の普及により、軽量で強度の高いフレームの需要が拡大している。",
          "2030年度までに北米向けの輸出を年間20億円に拡大する。", "付加価値率は約40%と見込み、全国の同業種の平均（29%）を上回る。"), {
        "market_attributes_stated": Expect(["法人", "海外", "国内"], (4,), "法人、海外、国内"),
        "market_needs_stated": Expect("電動車の普及により、軽量で強度の高いフレームの需要が拡大している。", (5,)),
        "export_or_top_share": Expect(["海外輸出"], (6,)),
        "has_export_target": Expect(True, (6,)),
        "value_added_comparison_stated": Expect("付加価値率は約40%と見込み、全国の同業種の平均（29%）を上回る。", (7,)),
        "value_added_basis_stated": Expect("付加価値率40%（比較対象 29%）", (7, 7)),
        "value_added_rates_given": Expect(True, (7, 7)),
        "value_added_higher_than_industry": Expect(True, (7, 7)),
    }),
    Case("domestic_top_share_and_a_rate_below_the_industrys", "C",
         ("主な顧客は国内の自動車メーカー（法人）である。", "国内シェア1位を目指す。", "付加価値率は約25%と見込み、全国の同業種の平均（29%）を下回る。"), {
        "market_attributes_stated": Expect(["法人", "国内"], (3,)),
        "export_or_top_share": Expect(["国内上位シェア"], (4,)),
        "has_export_target": Expect(False, (4,)),
        "value_added_higher_than_industry": Expect(False, (5, 5)),
    }),
    Case("the_plans_rate_alone_is_a_basis_not_a_comparison", "C", ("付加価値率は約40%と見込む。",), {
        "value_added_basis_stated": Expect("付加価値率40%", (3,)),
        "value_added_rates_given": Expect(None),
        "value_added_higher_than_industry": Expect(None),
        "value_added_comparison_stated": Expect(None),
    }),
    Case("an_industry_rate_used_in_the_arithmetic_compares_nothing", "B",
         ("付加価値増加額は、売上増加額に同業種の付加価値率（約57%）を乗じて算出した。",), {
        "value_added_comparison_stated": Expect(None),
        "value_added_basis_stated": Expect("付加価値増加額は、売上増加額に同業種の付加価値率（約57%）を乗じて算出した。", (3,)),
    }),
    Case("a_comparison_of_value_added_per_worker_is_one", "B",
         ("## 費用対効果", "一人当たりの付加価値額は、県内製造業平均（約980万円）を上回る見通しである。"), {
        "value_added_comparison_stated": Expect("一人当たりの付加価値額は、県内製造業平均（約980万円）を上回る見通しである。", (4,)),
    }),
    Case("a_product_mix_against_the_national_one_is_no_value_comparison", "B",
         ("## 市場", "注射剤の比率は約8%で、全国平均（約25%）を下回る。"), {
        "value_added_comparison_stated": Expect(None),
        "value_added_basis_stated": Expect(None),
    }),
    Case("a_market_denied_is_not_its_attribute", "C", ("主な顧客は首都圏の個人客である。", "ただし海外の顧客は想定していない。"), {
        "market_attributes_stated": Expect(["個人"], (3,)),
    }),
    Case("a_rate_equal_to_the_industrys_is_not_higher", "C", ("付加価値率は約29%と見込み、全国の同業種の平均（29%）と同じである。",), {
        "value_added_rates_given": Expect(True, (3, 3)),
        "value_added_higher_than_industry": Expect(False, (3, 3)),
    }),
    # 現地化の取組 (000 B.(3)⑥): whatever the item says is the policy, a 「行わない」 included (four characters,
    # the shortest kept); the roadmap, local capital and reinvestment each from their own line
    Case("localization_item_policy_roadmap_capital_and_reinvestment", "B",
         ("## 6. 現地化の取組", "2028年度までに製造部門の技術者を全員地元から採用する。", "地元資本の信用金庫が出資する。",
          "利益の一部は地域に再投資する。"), {
        "localization_policy_stated": Expect(
            "2028年度までに製造部門の技術者を全員地元から採用する。\n地元資本の信用金庫が出資する。\n利益の一部は地域に再投資する。", (4,)),
        "localization_roadmap_stated": Expect("2028年度までに製造部門の技術者を全員地元から採用する。", (4,)),
        "local_capital_stated": Expect("地元資本の信用金庫が出資する。", (5,)),
        "reinvestment_stated": Expect("利益の一部は地域に再投資する。", (6,)),
    }),
    Case("local_capital_only_under_consideration_is_not_stated", "B",
         ("## 6. 現地化の取組", "地元資本の参画は今後検討する。"), {
        "localization_policy_stated": Expect("地元資本の参画は今後検討する。", (4,)),
        "local_capital_stated": Expect(None),
    }),
    # an outside company brought in (000 B.(3)⑥ ※): named when the sentence names it, a denial is none
    Case("attracted_company_named_in_quotes", "C", ("## 6. 現地化の取組", "域外から「株式会社みなと食研」を誘致し、県内に加工拠点を新設する。"), {
        "attracted_company": Expect("株式会社みなと食研", (4,)),
    }),
    Case("attracted_company_unnamed_is_still_an_attraction", "C", ("## 6. 現地化の取組", "県外から食品加工企業を誘致し、加工拠点を新設する。"), {
        "attracted_company": Expect(True, (4,)),
    }),
    Case("attraction_denied_is_none", "C", ("## 6. 現地化の取組", "域外企業の誘致は予定していない。"), {
        "attracted_company": Expect(False),
        "localization_policy_stated": Expect("域外企業の誘致は予定していない。", (4,)),
    }),
    Case("localization_declined_in_four_characters_is_a_policy", "B", ("## 6. 現地化の取組", "行わない"), {
        "localization_policy_stated": Expect("行わない", (4,)),
        "localization_roadmap_stated": Expect(None),
    }),
    Case("localization_in_three_characters_is_no_policy", "B", ("## 6. 現地化の取組", "検討中"), {
        "localization_policy_stated": Expect(None),
    }),
    # submission: the number of plans the author makes (留意事項 1.(1)⑧) and the forms the draft names
    Case("plan_count_stated_and_the_forms_of_b", "B", ("本県は7つの分野で計画を策定する予定である。", "提出様式：様式1-1〜1-4"), {
        "author_plan_count": Expect(7, (3,), "7件（素案の記載）"),
        "submission_forms_ok": Expect(True, (4,)),
    }),
    Case("the_first_plan_count_stated_is_the_count", "B", ("本県は7つの分野で計画を策定する予定である。", "本県は3件の計画を策定する。"), {
        "author_plan_count": Expect(7, (3,), "7件（素案の記載）"),
    }),
    Case("forms_of_c_in_a_b_plan", "B", ("提出様式：様式2-1",), {
        "submission_forms_ok": Expect(False, (3,)),
        "author_plan_count": Expect(None),
    }),
    # procurement: home words beside a confident 「全量を海外から」 line are for a person to weigh, citing the first
    # line that names where at home and the line on imports
    Case("home_procurement_with_key_parts_imported_is_for_review_citing_both_lines", "B",
         ("主要部品は県内の協力企業から調達している。", "加工工程も地元の事業者に委託している。",
          "一方、基幹となる制御チップは全量を海外から輸入している。"), {
        "procurement_local_or_domestic": Expect(
            None, (3, 5), "要確認：主要部品は県内の協力企業から調達している。／一方、基幹となる制御チップは全量を海外から輸入している。",
            uncertain=True),
    }),
]


@pytest.mark.parametrize(("plan_type", "lines", "facts"), [c[1:] for c in CASES], ids=[c.id for c in CASES])
def test_fact_value_evidence_line_and_display(plan_type: str, lines: tuple[str, ...], facts: dict[str, Expect]) -> None:
    got = read_facts(lines, plan_type)
    for name, want in facts.items():
        f = got[name]
        assert (f.value, f.uncertain) == (want.value, want.uncertain), name
        assert tuple(e.line for e in f.evidence) == want.lines, name
        for e in f.evidence:  # the quote cited is the line's own text (a cover field's line is not kept)
            assert e.text and e.text in (lines[e.line - FIRST_LINE] if e.line else "\n".join(lines)), name
        if want.shown is not None:
            assert f.shown() == want.shown, name


def test_a_long_line_is_quoted_by_its_first_200_characters() -> None:
    suppliers = "、".join(["鋳造部品は北浜鋳造所、樹脂成形部品は南町化成、制御基板は東山電機、梱包資材は西川紙工"] * 4)
    line = f"主要部品は県内の協力企業から調達しており、{suppliers}がそれぞれ担っている。"
    assert len(line) == 203
    f = read_facts((line,))["procurement_local_or_domestic"]
    assert f.value == "国内・域内調達"
    assert [(e.line, e.text) for e in f.evidence] == [(3, line[:200])]


# A plan given as YAML: its KGI fields become the statements the facts read (indicator_statements). A value
# written only as a total (annual false, 「累計」 in its text) is the cumulative one; a value beside its own
# cumulative total stays the target year's.
INVESTMENT_WITH_TOTAL = {"kind": "investment", "name": "官民設備投資額", "value": 4e9, "unit": "円", "year": 2030,
                         "cumulative_value": 1.5e10, "raw": "2030年度 40億円（累計150億円）",
                         "basis": "核となる3社の設備投資計画を積み上げた。", "verification": "毎年度、企業ヒアリングで投資実績を把握する。"}
TALENT_TOTAL_ONLY = {"kind": "talent", "name": "産業人材育成数", "value": 620, "unit": "人", "year": 2030, "annual": False,
                     "raw": "累計620人"}
TALENT_OF_THE_YEAR = {"kind": "talent", "name": "産業人材育成数", "value": 120, "unit": "人", "year": 2030, "annual": True,
                      "raw": "2030年度 120人（累計の目標は設けない）"}
YAML_CASES = [
    ("investment_beside_its_cumulative_total_is_the_target_years", [INVESTMENT_WITH_TOTAL], {
        "kgi_investment_value": (4e9, False, "2030年度 40億円"),
        "kgi_investment_cumulative": (1.5e10, False, "150億円"),
        "kgi_basis_stated": ("核となる3社の設備投資計画を積み上げた。", False, None),
        "kgi_verification_stated": ("毎年度、企業ヒアリングで投資実績を把握する。", False, None),
    }),
    ("talent_written_only_as_a_total_is_for_review", [TALENT_TOTAL_ONLY], {
        "kgi_talent_value": (620, True, "2030年度 620人"),
        "kgi_basis_stated": (None, False, None),
        "kgi_verification_stated": (None, False, None),
    }),
    ("talent_of_the_year_is_its_value_whatever_its_note_says", [TALENT_OF_THE_YEAR], {
        "kgi_talent_value": (120, False, "2030年度 120人"),
    }),
]


@pytest.mark.parametrize(("kgis", "facts"), [c[1:] for c in YAML_CASES], ids=[c[0] for c in YAML_CASES])
def test_kgi_facts_of_a_yaml_plan(kgis: list[dict[str, Any]], facts: dict[str, tuple[Any, bool, str | None]]) -> None:
    plan, _ = read_bytes("plan.yaml", yaml.safe_dump({"plan_type": "B", "kgis": kgis}, allow_unicode=True).encode())
    got = derive_facts(plan, load_kb(), "B", TODAY)
    for name, (value, uncertain, shown) in facts.items():
        assert (got[name].value, got[name].uncertain) == (value, uncertain), name
        if shown is not None:
            assert got[name].shown() == shown, name


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


@pytest.mark.parametrize(
    ("stated", "consistent"),
    [("12億円", True), ("12.6億円", True), ("12.61億円", False), ("11.4億円", True), ("11.39億円", False)],
)
def test_value_added_formula_holds_within_5_percent(stated: str, consistent: bool) -> None:
    """留意事項 2.(1)④: 売上増加額 × 既存の付加価値率 (30億円 × 40% = 12億円); a stated amount within 5% agrees."""
    f = read_facts((f"KGI 付加価値増加額：2030年度 {stated}", "算定式：売上増加額 30億円 × 既存の付加価値率 40%"), "C")
    assert (f["value_added_formula_found"].value, [e.line for e in f["value_added_formula_found"].evidence]) == (True, [3])
    got = f["value_added_formula_consistent"]
    assert (got.value, [e.line for e in got.evidence]) == (consistent, [3])
    assert got.shown() == f"30億円 × 40% = 12億円（記載値 {stated}）"


# A plan given as YAML (or built by the app's form): the entity and commitment facts read statements derived from its
# fields (entity_view), so such a plan is judged as its fields say. (base plan, patch, fact → (value, shown)).
ENTITY_CASES = [
    ("b_commitment_fields", "B", {}, {
        "support_lead_head": ("精密減速機クラスター推進本部", None),
        "support_body_stated": ("精密減速機クラスター推進本部", None),
        "support_staff_stated": (6, "6名"),
        "support_departments_stated": (["商工労働部産業振興課"], None),
        "support_financial_institutions": ("北浜銀行、潮見信用金庫", None),
        "support_fields_stated": (["資金調達", "人材確保", "海外販路開拓"], "資金調達、人材確保、海外販路開拓"),
        "support_frequency_stated": ("四半期ごとに核となる企業を訪問する", None),
        "consultation_desk_stated": ("精密減速機クラスター相談窓口", None),
        "consultation_desk_department": ("商工労働部産業振興課", None),
        "announcement_stated": ("事前確認の完了後、知事が伴走支援体制の方針とあわせて発表する。", None),
        "announcement_after_precheck": (True, None),
        "submission_forms_ok": (True, None),
    }),
    ("b_core_companies_fields", "B", {}, {
        "core_companies_count": (3, None),
        "core_company_within_2000": (True, "港北ギア工業株式会社 850名、潮見精密株式会社 230名、北浜熱処理株式会社 60名"),
        "core_roles_stated": (True, None),
        "core_scale_stated": ("港北ギア工業株式会社：年産12万台の生産能力を持ち、計画を遂行するに十分な事業規模を有する。", None),
        # degrees computed from sales (120億 / 4兆), given, or said to be high
        "connector_hub_high": (True, "港北ギア工業株式会社: コネクター度 3.00%、ハブ度 2.00% / 潮見精密株式会社: コネクター度 1.20%、"
                                     "ハブ度 2.00% / 北浜熱処理株式会社: 県内企業からの仕入比率が高く、ハブ度が相対的に高い。"),
        "attracted_company": (False, None),
        "operators_diverse": (True, None),
    }),
    ("c_support_without_a_head", "C", {}, {
        "support_lead_head": (None, None),
        "support_system_stated": ("産業観光課", None),
        "support_staff_stated": (3, "3名"),
        "support_frequency_stated": ("月1回の窯元巡回", None),
    }),
    ("b_indicator_fields", "B", {}, {
        "kpi_count": (3, None),
        "kpi_owner_all": (True, None),
        "kpi_deadline_all": (True, None),
        "kpi_withdrawal_all": (True, None),
        "kpi_monitoring_stated": ("半期ごと", None),
        "kpi_monitoring_infrequent": (None, None),
        "ripple_regional_transactions_value": (18_000_000_000, "2035年度 180億円"),
        "ripple_sales_value": (120_000_000_000, "2035年度 1,200億円"),
        "ripple_jobs_value": (600, "2035年度 600人"),
        "ripple_wages_value": (3, "2030年度 3%"),
        "ripple_labour_value": (True, None),
        "kgi_basis_stated": ("核となる3社の設備投資計画を積み上げた。", None),
    }),
    ("kpi_and_ripple_fields_not_set", "B", {
        "kpis": [{"name": "商談件数", "target": "年●●件", "owner": "（調整中）", "deadline": "2028年度", "withdrawal_criterion": "―",
                  "monitoring_cycle": "年1回"},
                 {"name": "修了者数", "target": "年150人", "owner": "労働政策課", "deadline": "今後設定する",
                  "withdrawal_criterion": "推進会議で見直す"}],
        "kpi_monitoring_cycle": None,
        "ripple": {"regional_transactions": {"stated": True, "text": "域内取引の拡大を図る"},
                   "wages": {"stated": True, "text": "賃金の目標は設けない"},
                   "jobs": {"stated": True, "value": 600, "unit": "人", "year": 2035}}}, {
        "kpi_count": (2, None),
        "kpi_owner_all": (False, "未設定: 商談件数（未確定）"),
        "kpi_deadline_all": (False, "未設定: 修了者数（検討中）"),
        "kpi_withdrawal_all": (False, "未設定: 商談件数（空欄）"),
        "kpi_withdrawal_any": (True, None),
        "kpi_target_placeholder": (True, "目標値が未確定: 商談件数（年●●件）"),
        "kpi_monitoring_stated": (None, None),
        "kpi_monitoring_infrequent": ("年1回", None),
        "ripple_regional_transactions_stated": ("域内取引の拡大を図る", None),
        "ripple_regional_transactions_value": (None, None),
        "ripple_wages_stated": (None, None),
        "ripple_jobs_value": (600, "2035年度 600人"),
        # no sales field: the goal item's sales line (B.3.2) is the candidate a reviewer reads
        "ripple_sales_value": (None, "要確認：2035年度に域内取引額180億円、売上額1,200億円、雇用600人"),
    }),
    ("c_value_added_formula_in_the_basis", "C", {}, {
        "value_added_formula_found": (True, None),
        "value_added_formula_consistent": (True, "3億円 × 40% = 1.2億円（記載値 1.2億円）"),
        "kgi_verification_stated": ("組合の販売実績と各窯元の決算で検証する。", None),
        "ripple_sales_value": (800_000_000, "2030年度 8億円"),
    }),
    ("a_investments_fields", "A", {}, {
        "investments_count": (2, None),
        "investment_total": (200_000_000_000, "2,000億円"),
        "investment_subsidy_adopted": ("2025年度 大規模成長投資補助金に採択", None),
        "investment_subsidy_pending": (None, None),
    }),
    ("a_subsidy_only_to_be_applied_for_is_pending", "A",
     {"investments": [{"company": "北浜マリンストラクチャー株式会社", "description": "浮体の量産工場の建設", "amount": 120000000000,
                       "adopted_subsidy": "2026年度に大規模成長投資補助金へ申請予定"}]}, {
        "investment_subsidy_adopted": (None, None),
        "investment_subsidy_pending": ("2026年度に大規模成長投資補助金へ申請予定", None),
        "investment_total": (120_000_000_000, "1,200億円"),
        "investments_count": (1, None),
    }),
    ("a_company_named_by_a_slot_is_unnamed", "C",
     {"core_companies": [{"name": "〇〇株式会社", "employees": 30}, {"name": "有限会社東窯", "employees": 18, "role": "窯元"}]}, {
        "core_companies_count": (1, None),
        "core_operators_unnamed": ("〇〇株式会社", None),
        "operators_diverse": (None, None),
        "core_roles_stated": (True, None),  # a role of two characters (「窯元」) is a role
    }),
    ("a_role_of_one_character_is_none", "C", {"core_companies": [{"name": "有限会社東窯", "employees": 18, "role": "窯"}]}, {
        "core_roles_stated": (False, "役割の記載がない：有限会社東窯"),
    }),
    ("a_one_character_name_is_no_company_and_a_slot_no_area", "C",
     {"core_companies": [{"name": "A", "employees": 10}, {"name": "有限会社東窯", "employees": 18, "role": "窯元", "scale_statement": "年商3億円"}],
      "core_area": "〇〇"}, {
        "core_companies_count": (1, None),
        "operators_diverse": (False, None),
        "core_scale_stated": ("有限会社東窯：年商3億円", None),
        "core_area_stated": (None, None),
    }),
    ("a_core_area_field_names_the_area", "C", {"core_area": "窯元通り"}, {
        "core_area_stated": ("窯元通り", None),
    }),
    ("attracted_company_named_in_the_localization_policy", "C",
     {"localization": {"attracts_outside_company": True, "policy": "「株式会社みなと食研」を誘致し、加工拠点を新設する。"}}, {
        "attracted_company": ("株式会社みなと食研", None),
    }),
]


@pytest.mark.parametrize(("kind", "patch", "facts"), [c[1:] for c in ENTITY_CASES], ids=[c[0] for c in ENTITY_CASES])
def test_entity_facts_of_a_yaml_plan(kind: str, patch: dict[str, Any], facts: dict[str, tuple[Any, str | None]]) -> None:
    data = {**base_plan(kind), **patch}
    plan, _ = read_bytes("plan.yaml", yaml.safe_dump(data, allow_unicode=True).encode())
    got = derive_facts(plan, load_kb(), kind, TODAY)
    for name, (value, shown) in facts.items():
        assert got[name].value == value, name
        if shown is not None:
            assert got[name].shown() == shown, name


def _investment(topic: str, line: int, value: float, **attrs: Any) -> Statement:
    return Statement(kind="investment", topic=topic, value=value, unit="円", attrs=attrs,
                     place=Place(line=line, quote=f"{line}行目の金額 {value / 1e8:,.0f}億円"))


@pytest.mark.parametrize(
    ("core_total", "total", "lines"),
    [
        # the core project's own total (its phases beyond the amount listed) plus the related projects
        (1_500e8, 1_562e8, [5, 3, 4]),
        # a core total no larger than the core projects listed adds nothing: the projects are summed
        (1_200e8, 1_262e8, [5, 3, 4]),
        (1_000e8, 1_262e8, [5, 3, 4]),
    ],
)
def test_investment_total_from_the_core_total_and_related_projects(core_total: float, total: float, lines: list[int]) -> None:
    """000 A.(2)④: the total the draft states for its core project counts in place of the core projects' amounts
    when it is larger; related projects (core False) are added either way (statements as the reader gives them)."""
    plan = Plan(statements=[
        _investment("project", 3, 1_200e8, core=True),
        _investment("project", 4, 62e8, core=False),
        _investment("total", 5, core_total, scope="core"),
    ])
    f = derive_facts(plan, load_kb(), "A", TODAY)["investment_total"]
    assert (f.value, [e.line for e in f.evidence]) == (total, lines)


def test_the_first_core_total_stated_is_the_core_projects() -> None:
    plan = Plan(statements=[
        _investment("project", 3, 1_200e8, core=True),
        _investment("project", 4, 62e8, core=False),
        _investment("total", 5, 1_500e8, scope="core"),
        _investment("total", 6, 1_000e8, scope="core"),  # a later line's subtotal (a phase)
    ])
    f = derive_facts(plan, load_kb(), "A", TODAY)["investment_total"]
    assert (f.value, [e.line for e in f.evidence], f.shown()) == (1_562e8, [5, 6, 3], "1,562億円")


# `section:<id>`: an item with text is written, its section with it; an item whose text is only a slot
# 「（調整中）」 or 「追って記載する」 is not, and cites that line; an item with no heading whose section holds prose
# that may be it is a candidate for a reviewer (uncertain), never absent
SECTION_CASES = [
    ("items_written_or_left_as_a_slot", "B",
     ("## 1. 地域産業クラスターの形成を目指す産業領域", "### (1) 該当する業種", "精密減速機", "### (2) 特定の理由", "（調整中）",
      "## 3. 当該分野の現状認識と目指す姿", "### (1) 現状の整理", "出荷額は10年で2倍になった。", "### (2) 目指すべき目標", "追って記載する。"),
     {"B.1": (True, False, (5,)), "B.1.1": (True, False, (5,)), "B.1.2": (None, False, (7,)),
      "B.3": (True, False, (10,)), "B.3.1": (True, False, (10,)), "B.3.2": (None, False, (12,)), "B.4": (None, False, ())}),
    ("items_without_headings_have_candidates_in_their_sections_prose", "A",
     ("## 3. 核となる大規模投資案件", "響灘水素エナジー株式会社が受入基地を建設し、令和9年度に着工する。", "投資総額は約1,850億円を見込む。"),
     {"A.3": (True, False, (4,)), "A.3.1": (True, False, (4,)), "A.3.2": (None, True, (5,)), "A.3.5": (None, True, (5,)),
      "A.4": (None, False, ())}),
]


@pytest.mark.parametrize(("plan_type", "lines", "sections"), [c[1:] for c in SECTION_CASES], ids=[c[0] for c in SECTION_CASES])
def test_section_facts_written_unwritten_or_candidate(plan_type: str, lines: tuple[str, ...],
                                                      sections: dict[str, tuple[Any, bool, tuple[int, ...]]]) -> None:
    got = read_facts(lines, plan_type)
    for sid, (value, uncertain, cited) in sections.items():
        f = got[f"section:{sid}"]
        assert (f.value, f.uncertain, tuple(e.line for e in f.evidence)) == (value, uncertain, cited), sid


@pytest.mark.parametrize(
    ("value", "present", "stated", "engine", "shown"),
    [
        (None, False, False, None, "未記載"),
        (False, False, True, False, "なし"),
        (True, True, True, True, "あり"),
        (0, True, True, 0, "0"),
        (2.5, True, True, 2.5, "2.5"),
        ("", False, True, False, ""),
        ("窓口", True, True, True, "窓口"),
        ([], False, True, False, ""),
        (["人材", "販路"], True, True, True, "人材、販路"),
        ({}, False, True, False, "{}"),
    ],
)
def test_a_facts_presence_engine_value_and_display(value: Any, present: bool, stated: bool, engine: Any, shown: str) -> None:
    """Not stated (None) is never a value; False is stated but not present; an empty text or list is not present;
    the rules engine sees numbers and bools as they are and text as presence."""
    f = Fact("f", value)
    assert (f.present, f.stated, f.engine_value(), f.shown()) == (present, stated, engine, shown)
    assert Fact("f", value, display="表示").shown() == "表示"


def test_facts_of_no_plan_type_name_no_forms_contacts_deadline_or_sections() -> None:
    f = derive_facts(Plan(), load_kb(), None, TODAY)
    assert [f[n].value for n in ("first_round_deadline_passed", "required_forms", "submission_contacts",
                                 "kgi_mandatory_all", "plan_type_a", "plan_type_b", "plan_type_c")] == [
        None, None, None, None, False, False, False]
    assert not [n for n in f if n.startswith("section:")]
    c = derive_facts(Plan(), load_kb(), "C", TODAY)
    assert c["required_forms"].value == ["様式2-1", "様式2-2", "様式2-3", "様式2-4"]
    assert (c["plan_type_c"].value, c["plan_type_a"].value) == (True, False)


def test_a_core_total_left_as_a_slot_counts_for_nothing() -> None:
    slot = _investment("total", 5, 1_500e8, scope="core").model_copy(update={"modality": "placeholder"})
    plan = Plan(statements=[_investment("project", 3, 1_200e8, core=True), _investment("project", 4, 62e8, core=False), slot])
    f = derive_facts(plan, load_kb(), "A", TODAY)["investment_total"]
    assert (f.value, [e.line for e in f.evidence]) == (1_262e8, [3, 4])



def _project(line: int, company: str, core: bool | None) -> Statement:
    return Statement(kind="investment", topic="project", subject=company, value=100e8, unit="円", attrs={"core": core},
                     place=Place(line=line, quote=f"{company}の投資"))


def _award(line: int, text: str, modality: str = "affirmed", subject: str | None = None, core: bool | None = None) -> Statement:
    return Statement(kind="investment", topic="subsidy", subject=subject, modality=modality, attrs={"core": core, "text": text},
                     place=Place(line=line, quote=text))


CORE, RELATED = _project(3, "響灘水素エナジー株式会社", True), _project(4, "九州臨海化学株式会社", False)
ADOPTED, SOUGHT = "GX補助金に採択済み", "大規模成長投資補助金に申請予定"
SUBSIDY_CASES = [
    # (statements, adopted (value, lines), pending (value, lines))
    ("the_core_projects_award", [CORE, RELATED, _award(5, ADOPTED, core=True)], (ADOPTED, [5]), (None, [])),
    ("the_core_projects_award_by_its_name", [CORE, RELATED, _award(5, ADOPTED, subject="響灘水素エナジー株式会社")], (ADOPTED, [5]), (None, [])),
    ("a_related_projects_award_says_nothing_of_the_core", [CORE, RELATED, _award(5, ADOPTED, subject="九州臨海化学株式会社")],
     (None, []), (None, [])),
    ("a_related_projects_marked_award_neither", [CORE, RELATED, _award(5, ADOPTED, core=False)], (None, []), (None, [])),
    ("an_award_of_no_project_beside_the_cores_application_is_not_the_cores",
     [CORE, _award(5, ADOPTED), _award(6, SOUGHT, "considering", core=True)], (None, []), (SOUGHT, [6])),
    ("an_award_of_no_project_alone_counts", [CORE, _award(5, ADOPTED)], (ADOPTED, [5]), (None, [])),
    ("no_core_marked_every_projects_award_counts", [_project(3, "A株式会社", None), _award(5, ADOPTED, subject="A株式会社")],
     (ADOPTED, [5]), (None, [])),
    ("awards_sought_not_given_or_left_as_a_slot_are_pending",
     [CORE, _award(5, SOUGHT, "considering", core=True), _award(6, "採択されていない", "negated", core=True),
      _award(7, "〇〇補助金", "placeholder", core=True)], (None, []), (SOUGHT, [5, 6])),
    ("an_award_planned_is_neither", [CORE, _award(5, "採択を目指す", "planned", core=True)], (None, []), (None, [])),
]


@pytest.mark.parametrize(("statements", "adopted", "pending"), [c[1:] for c in SUBSIDY_CASES], ids=[c[0] for c in SUBSIDY_CASES])
def test_the_core_projects_subsidy_adopted_or_pending(statements: list[Statement], adopted: tuple, pending: tuple) -> None:
    """000 A.(2)③ 「補助金等の採択が行われている等により投資実現の確度が保証されている」: the core project's award."""
    f = derive_facts(Plan(statements=statements), load_kb(), "A", TODAY)
    for name, (value, lines) in (("investment_subsidy_adopted", adopted), ("investment_subsidy_pending", pending)):
        assert (f[name].value, [e.line for e in f[name].evidence]) == (value, lines), name



def test_todays_level_of_a_kgi_is_no_target() -> None:
    """A KGI's current level (a 現状値 column) sets nothing: C's productivity at today's level is no value-added KGI."""
    today = Statement(kind="kgi", topic="productivity", subject="一人当たり付加価値労働生産性", role="current", value=8e6,
                      unit="円", place=Place(line=3, quote="一人当たり付加価値労働生産性 現状値 800万円"))
    f = derive_facts(Plan(statements=[today]), load_kb(), "C", TODAY)
    assert (f["kgi_value_added_set"].value, f["kgi_productivity_value"].value) == (None, None)
    assert [e.line for e in f["kgi_productivity_value"].evidence] == [3]



def test_a_field_set_since_reading_counts_beside_what_the_draft_says() -> None:
    """The app's what-if sets a field with no evidence: it counts beside the draft's statements (its staff of 8 beside
    the draft's 3, its bank where the draft names none); the draft's own fields, with their evidence, are not read twice."""
    plan, _ = read_bytes("draft.md", "# 地域未来戦略\n\n策定主体：熊本県\n## 伴走支援体制\n県産業企画課に担当3人を配置し、四半期ごとに核となる企業を訪問する。\n".encode())
    assert read_facts(("策定主体：熊本県", "## 伴走支援体制", "県産業企画課に担当3人を配置し、四半期ごとに核となる企業を訪問する。"))[
        "support_financial_institutions"].value is None
    edit = SupportSystem(staff=8, departments=["県産業企画課"], financial_institutions=["肥後銀行"])
    edited = plan.model_copy(update={"commitment": plan.commitment.model_copy(update={"support_system": edit})})
    f = derive_facts(edited, load_kb(), "B", TODAY)
    assert (f["support_staff_stated"].value, [e.line for e in f["support_staff_stated"].evidence]) == (8, [5])
    assert (f["support_financial_institutions"].value, f["support_financial_institutions"].evidence) == ("肥後銀行", [])
    assert f["support_departments_stated"].value == ["県産業企画課"]
    assert (f["support_frequency_stated"].value, [e.line for e in f["support_frequency_stated"].evidence]) == ("四半期ごと", [5])



def test_an_announcement_given_only_by_its_order_is_shown_by_its_quote() -> None:
    """A field plan that says only that the head announces after the precheck: its evidence is the statement, kept to
    300 characters (its cited quote to 200)."""
    quote = "事前確認の後に町長が発表する。" + "発表の場では相談窓口の設置と伴走支援の方針をあわせて説明する。" * 12
    data = base_plan("C")
    data["commitment"] = {**data["commitment"], "announcement": None, "announcement_after_precheck": True,
                          "evidence": {"line": 40, "text": quote}}
    plan, _ = read_bytes("plan.yaml", yaml.safe_dump(data, allow_unicode=True).encode())
    f = derive_facts(plan, load_kb(), "C", TODAY)
    assert f["announcement_stated"].value == quote[:300]
    assert [(e.line, e.text) for e in f["announcement_stated"].evidence] == [(40, quote[:200])]
    assert f["announcement_after_precheck"].value is True
