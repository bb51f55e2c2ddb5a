"""Facts read from short drafts (see tests/facts_reading.py): the KGIs (target-year values, cumulative totals,
rates, years), the KPIs' 5W1H and withdrawal criteria, the period and target year, the regional ripple, the
value-added formula."""

from __future__ import annotations

import pytest

from chiiki_mirai.readers import read_bytes
from tests.facts_reading import Case, Expect, assert_facts, read_facts

PERIOD = "計画期間：2026年度〜2030年度（目標年度 2030年度）"
KGI_INVESTMENT = "KGI1 官民設備投資額：2030年度 40億円（2026〜2030年度の累計 150億円）"
KGI_VALUE_ADDED = "KGI2 付加価値増加額：2030年度 12億円"
KGI_TALENT_TOTAL = "KGI3 産業人材育成数：2026〜2030年度の累計 620人"
KPI_VAGUE = "KPI：新規取引件数 / 目標値：2030年度 20件 / 担当：産業振興課 / 撤退基準：推進会議で見直す"
KPI_CONDITION = "KPI：研修受講者数 / 目標値：2030年度 100人 / 担当：人材育成課 / 撤退基準：2年連続で目標の5割未満なら事業を廃止"

CASES = [
    Case("b_kgis_target_year_values_and_the_cumulative_total", "B",
         (PERIOD, KGI_INVESTMENT, KGI_VALUE_ADDED, KGI_TALENT_TOTAL), {
        "kgi_investment_value": Expect(4_000_000_000, (4,), "2030年度 40億円"),
        "kgi_investment_cumulative": Expect(15_000_000_000, (4,), "150億円"),
        "kgi_investment_year": Expect(2030, (4,)),
        "kgi_value_added_value": Expect(1_200_000_000, (5,), "2030年度 12億円"),
        "kgi_value_added_year": Expect(2030, (5,)),
        "kgi_value_added_set": Expect(True, (5,)),
        # a total reached by the target year is a value at it (the text sets no form for the count), shown as a total
        "kgi_talent_value": Expect(620, (6,), "2030年度 620人（累計）"),
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
    # a total to the target year is A's KGI value (KGI（2040年目標）), never B's or C's target-year value
    Case("a_cumulative_investment_is_an_a_plans_value", "A", ("KGI 官民設備投資額：2026〜2040年度の累計 1,500億円",), {
        "kgi_investment_value": Expect(150_000_000_000, (3,), "2040年度 1,500億円"),
        "kgi_investment_cumulative": Expect(150_000_000_000, (3,), "1,500億円"),
        "kgi_investment_year": Expect(2040, (3,)),
    }),
    Case("a_cumulative_investment_is_not_a_b_plans_value", "B", ("KGI 官民設備投資額：2026〜2030年度の累計 150億円",), {
        "kgi_investment_value": Expect(None, (3,)),
        "kgi_investment_cumulative": Expect(15_000_000_000, (3,), "150億円"),
        "kgi_investment_year": Expect(2030, (3,)),
    }),
    Case("a_cumulative_investment_is_not_a_c_plans_value", "C", ("KGI 官民設備投資額：2026〜2030年度の累計 150億円",), {
        "kgi_investment_value": Expect(None, (3,)),
    }),
    # the plan's target year's value first, else the latest year's
    Case("the_target_years_value_before_a_later_one", "B",
         ("計画期間：2024年度〜2028年度（目標年度 2028年度）", "KGI 官民設備投資額：2025年度 10億円、2028年度 30億円、2030年度 40億円"), {
        "kgi_investment_value": Expect(3_000_000_000, (4,), "2028年度 30億円"),
        "kgi_investment_year": Expect(2028, (4,)),
    }),
    Case("without_a_value_at_the_target_year_the_latest_one", "B",
         ("計画期間：2024年度〜2028年度（目標年度 2028年度）", "KGI 官民設備投資額：2025年度 10億円、2030年度 40億円"), {
        "kgi_investment_value": Expect(4_000_000_000, (4,), "2030年度 40億円"),
        "kgi_investment_year": Expect(2030, (4,)),
    }),
    Case("undated_kgi_in_a_dated_list_has_no_year", "B", (PERIOD, "KGI1 官民設備投資額：2030年度 40億円", "KGI2 付加価値増加額：12億円"), {
        "kgi_value_added_value": Expect(1_200_000_000, (5,), "12億円"),
        "kgi_value_added_set": Expect(True, (5,)),
        "kgi_value_added_year": Expect(None, (5,)),
    }),
    Case("undated_kgi_alone_takes_the_plans_target_year", "B", (PERIOD, "KGI 付加価値増加額：12億円"), {
        "kgi_value_added_year": Expect(2030, (4,)),
    }),
    # 003 C 「付加価値増加額の設定に当たっては、目標年度における目標値を設定してください」: a figure reached over the
    # plan's whole period (「計画期間中に」「計画期間を通じて」「5年間で」) is a sum over it, not a target year's value
    # — yet value added is itself an increase: raised by so much over the period, it is most naturally that much higher
    # by the period's end, whose year a person confirms (review); only a sum named as such has no year at all
    Case("value_added_over_the_whole_plan_period_is_no_target_years_value", "C",
         (PERIOD, "## 目指すべき目標", "販路の拡大により、計画期間中に付加価値額を約5億円増やすことを目指す。"), {
        "kgi_value_added_value": Expect(500_000_000, (5,)),
        "kgi_value_added_year": Expect(2030, (5,), uncertain=True),
    }),
    Case("value_added_labelled_with_the_plan_period_is_no_target_years_value", "C",
         (PERIOD, "KGI 付加価値増加額：計画期間を通じて3.5億円"), {
        "kgi_value_added_value": Expect(350_000_000, (4,)),
        "kgi_value_added_year": Expect(2030, (4,), uncertain=True),
    }),
    Case("value_added_raised_over_the_period_takes_the_periods_end_year_for_review", "C",
         ("計画期間：令和8年度から令和11年度まで", "## 目指すべき目標", "加工品の高付加価値化で、計画期間内に付加価値額を3億円高める（令和7年度比）。"), {
        "kgi_value_added_year": Expect(2029, (5,), uncertain=True),
    }),
    # every way of saying the period that lets the subject after it be read also says the figure is over the period
    Case("value_added_raised_over_the_whole_period_said_with_zentai_ni_is_over_the_period", "C",
         (PERIOD, "## 目指すべき目標", "計画期間全体に付加価値額を4億円上積みする。"), {
        "kgi_value_added_value": Expect(400_000_000, (5,)),
        "kgi_value_added_year": Expect(2030, (5,), uncertain=True),
    }),
    Case("value_added_raised_through_five_years_is_over_the_period", "C",
         (PERIOD, "## 目指すべき目標", "5年間を通じて付加価値額を4億円上積みする。"), {
        "kgi_value_added_value": Expect(400_000_000, (5,)),
        "kgi_value_added_year": Expect(2030, (5,), uncertain=True),
    }),
    Case("value_added_named_as_the_periods_sum_has_no_target_year", "C",
         (PERIOD, "## 目指すべき目標", "付加価値額は、計画期間中の累計で6億円の増加とする。"), {
        "kgi_value_added_year": Expect(None, (5,)),
    }),
    # (an own KGI on productivity does not lend its year to the value added the plan sets over its period)
    Case("value_added_over_the_period_beside_an_own_productivity_kgi_keeps_its_own_year_to_review", "C",
         (PERIOD, "## 目指すべき目標", "- 付加価値増加額は、計画期間を通じて2億円の増加を目指す。",
          "- 独自KGI：2030年度に1人当たり付加価値額を700万円とする。"), {
        "kgi_value_added_year": Expect(2030, (5,), uncertain=True),
    }),
    Case("investment_over_five_years_is_a_b_plans_cumulative_only", "B",
         (PERIOD, "## 目指すべき目標", "5年間で官民設備投資額を120億円とする。"), {
        "kgi_investment_value": Expect(None, (5,)),
        "kgi_investment_cumulative": Expect(12_000_000_000, (5,), "120億円"),
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
        "kgi_value_added_set": Expect(None),
        "kgi_value_added_year": Expect(None),
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
    # every KPI holding the field: the first three cited
    Case("kpi_fields_all_set_cite_the_first_three_kpis", "B",
         ("KPI：研修受講者数 / 目標値：2030年度 100人 / 担当：人材育成課 / 期限：2030年度",
          "KPI：新規取引件数 / 目標値：2030年度 20件 / 担当：産業振興課 / 期限：2030年度",
          "KPI：商談件数 / 目標値：2030年度 40件 / 担当：商工観光課 / 期限：2030年度",
          "KPI：試作品数 / 目標値：2030年度 12件 / 担当：工業技術センター / 期限：2030年度"), {
        "kpi_owner_all": Expect(True, (3, 4, 5)),
        "kpi_deadline_all": Expect(True, (3, 4, 5)),
    }),
    # a pending note standing where the target's figure would be is a slot too; one beside a figure is not
    Case("kpi_target_with_a_pending_note_for_its_figure_is_a_slot", "B",
         ("KPI：県外取扱店数 / 目標値：令和12年度までの目標店数は（精査中）とする / 担当：産業課",
          "KPI：研修受講者数 / 目標値：2030年度に100人（精査中） / 担当：人材育成課"), {
        "kpi_target_placeholder": Expect(True, (3,), "目標値が未確定: 県外取扱店数（令和12年度までの目標店数は(精査中)とする）"),
    }),
    # a side note on something else that is still pending leaves a target with no figure set: only a note that is
    # nothing but pending stands for the figure
    Case("kpi_target_with_a_pending_side_note_is_no_slot", "B",
         ("KPI：体験客の受入れ / 目標値：受入れを広げる（受入れ地域は協議中） / 担当：農政課",
          "KPI：直売所の出店数 / 目標値：新規出店数（生産者と調整中） / 担当：農政課"), {
        "kpi_target_placeholder": Expect(None),
    }),
    # targets left as slots: every KPI named, the first three cited
    Case("kpi_targets_left_as_slots_cite_the_first_three", "B",
         ("KPI：研修受講者数 / 目標値：●●人", "KPI：新規取引件数 / 目標値：年●●件", "KPI：商談件数 / 目標値：●●件",
          "KPI：試作品数 / 目標値：○○件"), {
        "kpi_target_placeholder": Expect(True, (3, 4, 5), "目標値が未確定: 研修受講者数（●●人）、新規取引件数（年●●件）、"
                                                          "商談件数（●●件）、試作品数（○○件）"),
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
    Case("a_long_criterion_without_a_condition_is_shown_by_its_first_40_characters", "B",
         ("KPI：新規取引件数 / 目標値：2030年度 20件 / 担当：産業振興課 / 撤退基準：推進会議において事業の進捗状況と"
          "社会経済情勢の変化を総合的に勘案したうえで、事業の内容を見直す",), {
        "kpi_withdrawal_all": Expect(
            True, (3,), "条件の読み取れない撤退基準: 新規取引件数「推進会議において事業の進捗状況と社会経済情勢の変化を総合的に勘案したうえで、事業」",
            uncertain=True),
    }),
    Case("withdrawal_criteria_with_conditions_are_set", "B", (KPI_CONDITION,), {
        "kpi_withdrawal_all": Expect(True, (3,)),
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
    Case("a_period_of_a_single_year_is_in_order", "C", ("計画期間：2026年度〜2026年度",), {
        "period_order_ok": Expect(True, (None,)),
        "plan_years": Expect(1, (None,)),
    }),
    Case("the_stated_target_year_is_the_periods", "B", (PERIOD,), {
        "target_fy": Expect(2030, (None,)),
        "goal_horizon_years": Expect(5, (None,)),
        "kgi_target_2040": Expect(False),
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
    # the region's firms selling to a buyer in the region is trade within it; selling to buyers outside is sales only
    Case("local_firms_sales_to_a_local_buyer_are_regional_transactions", "C",
         ("## 域内への波及効果", "- 町内の農家から中核の加工会社への原料の出荷額：3億円→2030年度 5億円"), {
        "ripple_regional_transactions_value": Expect(500_000_000, (4,), "2030年度 5億円"),
    }),
    Case("local_firms_sales_to_buyers_abroad_are_no_regional_transactions", "C",
         ("## 域内への波及効果", "- 町内の農家から海外の商社への出荷額：3億円→2030年度 5億円"), {
        "ripple_regional_transactions_value": Expect(None, ()),
        "ripple_sales_value": Expect(500_000_000, (4,), "2030年度 5億円"),
    }),
    # the core firm as the sentence's topic, its orders to partner firms after it: trade within the region
    Case("core_firms_orders_to_partners_after_a_topic_comma_are_regional_transactions", "B",
         ("## 域内への波及効果", "核となる企業は、2030年度までに協力会社への発注額を40億円から60億円に増やす。"), {
        "ripple_regional_transactions_value": Expect(6_000_000_000, (4,), "2030年度 60億円"),
    }),
    # sales to a buyer the clause places nowhere at home are sales, not trade within the region
    Case("local_growers_sales_to_a_buyer_in_another_city_are_sales_only", "C",
         ("## 域内への波及効果", "- 村内の茶農家から京都の茶商への出荷額：2億円→2030年度 4億円"), {
        "ripple_regional_transactions_value": Expect(None, ()),
        "ripple_sales_value": Expect(400_000_000, (4,), "2030年度 4億円"),
    }),
    # orders to partner firms placed elsewhere, or placed nowhere by the sentence, are for a person to confirm
    Case("orders_to_partners_in_another_country_after_a_topic_comma_go_to_review", "C",
         ("## 域内への波及効果", "中核企業は、2030年度までにタイの協力工場への発注額を10億円から15億円に増やす。"), {
        "ripple_regional_transactions_stated": Expect(None, (4,), uncertain=True),
        "ripple_regional_transactions_value": Expect(None, (4,), uncertain=True),
    }),
    Case("orders_to_partners_nothing_places_at_home_go_to_review", "C",
         ("## 域内への波及効果", "令和12年度までに協力会社への外注額を8億円に増やす。"), {
        "ripple_regional_transactions_value": Expect(None, (4,), uncertain=True),
    }),
    # 域内取引額 is an amount: a share of purchases made locally is 現地化's measure, it plans no trade amount
    # — though a target share relates to regional trade: as 域内取引額's 目標値 it is a candidate for a person
    Case("a_local_purchasing_share_alone_plans_no_regional_trade_amount", "B",
         ("## 域内への波及効果", "部材の県内調達比率を2030年度に45%まで引き上げる。"), {
        "ripple_regional_transactions_stated": Expect(None, (4,)),
        "ripple_regional_transactions_value": Expect(None, (4,), uncertain=True),
    }),
    Case("a_target_share_of_local_purchases_is_a_regional_trade_target_to_review", "C",
         ("## 域内への波及効果", "- 市内の木工所からの木材の仕入比率：35%→令和12年度 50%"), {
        "ripple_regional_transactions_value": Expect(None, (4,), uncertain=True),
    }),
    # today's share alone sets no target: nothing to review
    Case("todays_share_of_local_purchases_is_no_regional_trade_target", "C",
         ("## 域内への波及効果", "- 市内の木工所からの木材の仕入比率は現状35%である。"), {
        "ripple_regional_transactions_value": Expect(None, ()),
    }),
    # two target shares of local purchases: the first is the one a person confirms
    Case("of_two_target_shares_of_local_purchases_the_first_is_cited", "C",
         ("## 域内への波及効果", "- 町内の漁協からの鮮魚の仕入比率：20%→令和12年度 40%",
          "- 町内の農家からの野菜の仕入比率：10%→令和12年度 30%"), {
        "ripple_regional_transactions_value": Expect(None, (4,), uncertain=True),
    }),
    # the gap's note on a share: a share of local purchases and no amount gives the note with the share's line; an
    # amount read, or no share at all, leaves it blank
    Case("a_share_of_local_purchases_without_an_amount_gives_the_note", "B",
         ("## 域内への波及効果", "地元の製材所からの材木の調達比率を令和11年度までに7割へ高める。"), {
        "ripple_transactions_share_note": Expect("地元の製材所からの材木の調達比率を令和11年度までに7割へ高める。", (4,),
                                                 "（調達率だけでは取引額にならない）"),
    }),
    Case("of_two_shares_of_local_purchases_the_note_quotes_the_first", "B",
         ("## 域内への波及効果", "地元の製材所からの材木の調達比率を令和11年度までに7割へ高める。",
          "町内の漁協からの鮮魚の仕入比率を令和11年度までに5割へ高める。"), {
        "ripple_transactions_share_note": Expect("地元の製材所からの材木の調達比率を令和11年度までに7割へ高める。", (4,),
                                                 "（調達率だけでは取引額にならない）"),
    }),
    Case("a_share_of_local_purchases_only_considered_gives_no_note", "B",
         ("## 域内への波及効果", "地元の製材所からの材木の調達比率を7割へ高めることを今後検討する。"), {
        "ripple_transactions_share_note": Expect(None, (), ""),
    }),
    Case("a_share_beside_an_amount_of_regional_trade_gives_no_note", "B",
         ("## 域内への波及効果", "地元の製材所からの材木の調達比率を令和11年度までに7割へ高める。",
          "域内取引額を令和11年度に9億円とする。"), {
        "ripple_transactions_share_note": Expect(None, (), ""),
    }),
    # a placeholder mark that names a firm (「〇〇商事」) leaves the figure that follows it as stated; only a mark in
    # the figure's own slot (「〇〇百万円」) leaves the amount open
    Case("a_placeholder_firm_name_does_not_open_the_amount", "C",
         ("## 域内への波及効果", "域内取引額は、〇〇商事など地元企業との連携により、令和12年度に12億円とする。"), {
        "ripple_regional_transactions_value": Expect(1_200_000_000, (4,), "2030年度 12億円"),
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
    Case("jobs_and_wages_planned_without_figures_have_no_labour_target", "C", ("## 域内への波及効果", "雇用の拡大を図る。", "賃上げを促進する。"), {
        "ripple_jobs_stated": Expect("雇用の拡大を図る", (4,)),
        "ripple_wages_stated": Expect("賃上げを促進する", (5,)),
        "ripple_labour_stated": Expect(True, (4, 5)),
        "ripple_labour_value": Expect(None, (4, 5)),
    }),
    Case("wages_declined_then_considered_cite_the_first_line", "B", ("## 域内への波及効果", "賃金の目標は設けない。", "賃上げは今後検討する。"), {
        "ripple_wages_stated": Expect(None, (4,)),
        "ripple_wages_value": Expect(None),
    }),
    Case("a_wage_kpi_with_a_figure_is_the_labour_target", "C",
         ("KPI：製造従事者の平均年収 / 目標値：520万円→680万円 / 担当：産業振興課",), {
        "ripple_wages_stated": Expect("KPI：製造従事者の平均年収 / 目標値：520万円→680万円 / 担当：産業振興課", (3,)),
        "ripple_labour_stated": Expect(True, (3,)),
        "ripple_labour_value": Expect(True, (3,)),
    }),
]


@pytest.mark.parametrize(("plan_type", "lines", "facts"), [c[1:] for c in CASES], ids=[c.id for c in CASES])
def test_fact_value_evidence_line_and_display(plan_type: str, lines: tuple[str, ...], facts: dict[str, Expect]) -> None:
    assert_facts(read_facts(lines, plan_type), lines, facts)


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


def test_each_kgi_of_a_table_cites_its_own_row() -> None:
    text = "\n".join([
        "類型：B", "## KGI", "| 指標 | 現状（令和6年度） | 目標 |", "|---|---|---|",
        "| 計画での官民の設備投資額 | ― | 2026～2030年度の累計で900億円 |",
        "| 計画での付加価値の増加額 | ― | 250億円（2030年度） |",
        "| 計画での産業人材の育成数 | ― | 1,500人（2030年度までの累計） |",
    ]) + "\n"
    plan, _ = read_bytes("draft.md", text.encode())
    kgis = [s for s in plan.statements if s.kind == "kgi" and s.topic in ("investment", "value_added", "talent")]
    assert {s.topic for s in kgis} == {"investment", "value_added", "talent"}
    for s in kgis:
        assert s.subject and s.subject in s.place.quote, (s.topic, s.place.quote)


def test_the_formulas_sales_increase_cites_the_first_200_characters_of_a_long_basis() -> None:
    """The candidate sales target taken from the value-added formula cites its line as any evidence does: its first
    200 characters."""
    basis = ("設定根拠：売上増加額 3億円 × 既存の付加価値率 40%（売上増加額は"
             + "新商品の販路を県外の量販店と海外の飲食店に広げることで見込む額であり、" * 6 + "詳細は別紙に示す。）")
    f = read_facts(("KGI 付加価値増加額：2030年度 1.2億円", basis), "C")["ripple_sales_value"]
    assert (len(basis) > 200, f.uncertain, [(e.line, e.text) for e in f.evidence]) == (True, True, [(4, basis[:200])])


def _kgi_table(name: str, figure: str) -> tuple[str, ...]:
    return ("## 3. 目指すべき目標", "| KGI | 2030年度 |", "|---|---|", f"| {name} | {figure} |")


@pytest.mark.parametrize(("name", "figure", "fact"), [
    ("官民設備投", "40億円", "kgi_investment_value"),  # 「官民設備投資額」 wrapped after five characters
    ("官民設備", "40億円", "kgi_investment_value"),  # four: the shortest cut that still names it
    ("産業ニーズに即", "40人", "kgi_talent_value"),  # the name of another mandatory KGI, cut
])
def test_a_mandatory_kgi_read_under_a_name_cut_short_goes_to_a_person(name: str, figure: str, fact: str) -> None:
    f = read_facts(_kgi_table(name, figure))[fact]
    assert (f.value, f.uncertain) == (None, True)
    assert [e.line for e in f.evidence] == [4]
    assert f.shown() == f"要確認：KGI：2030年度 / {name}：{figure}"


def test_a_name_cut_to_three_characters_is_not_read_as_the_mandatory_kgi() -> None:
    f = read_facts(_kgi_table("官民設", "40億円"))["kgi_investment_value"]
    assert (f.value, f.uncertain, list(f.evidence)) == (None, False, [])


_MEASURES = ("## 4. 取組の具体像", "1. 共同染め場の整備（令和8～9年度）", "   町内の工房が共同の染め場を設ける。{}")


@pytest.mark.parametrize("sentence", [
    "この取組により、計画での付加価値増加額を令和十二年度までに一億四千万円とすることを目指す。",
    "これにより計画での付加価値増加額を令和12年度に1.4億円とする。",
])
def test_a_mandatory_kgi_stated_only_in_a_measures_text_is_never_a_gap(sentence: str) -> None:
    f = read_facts((_MEASURES[0], _MEASURES[1], _MEASURES[2].format(sentence)), "C")["kgi_value_added_value"]
    assert f.value is not None or f.uncertain
    assert [e.line for e in f.evidence] == [4]  # the entry the sentence goes on


@pytest.mark.parametrize("sentence", ["付加価値増加額を1.4億円とする。", "付加価値増加額の目標は1.4億円。"])
def test_a_mandatory_kgi_set_in_a_measures_text_no_reader_read_goes_to_a_person_with_its_line(sentence: str) -> None:
    """No statement names the KGI, but a measure's line sets it with a yen figure: a reviewer reads that line."""
    f = read_facts((_MEASURES[0], _MEASURES[1], _MEASURES[2].format(sentence)), "C")["kgi_value_added_value"]
    assert (f.value, f.uncertain, [e.line for e in f.evidence]) == (None, True, [4])
    assert sentence.rstrip("。") in f.evidence[0].text


def test_a_measures_text_naming_the_kgi_without_a_figure_leaves_it_unset() -> None:
    f = read_facts((*_MEASURES[:2], _MEASURES[2].format("計画での付加価値増加額の目標は今後定める。")), "C")["kgi_value_added_value"]
    assert (f.value, f.uncertain) == (None, False)
