"""Facts of a plan given as YAML (or built by the app's form, or edited by its what-if): its fields become the
statements the facts read (indicator_statements, entity_view), so such a plan is judged as its fields say; and a
fact's own presence, engine value and display."""

from __future__ import annotations

from typing import Any

import pytest
import yaml

from chiiki_mirai.core.plan import Company, Evidence, Localization, Plan, SectionText, SupportSystem
from chiiki_mirai.knowledge.loader import load_kb
from chiiki_mirai.readers import read_bytes
from chiiki_mirai.rules.facts import Fact, derive_facts
from chiiki_mirai.rules.facts.unread_indicators import CANDIDATE_CHARS
from tests.facts_reading import TODAY, read_facts
from tests.test_rule_cases import base_plan

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
VALUE_ADDED_FROM_SALES = {"kind": "value_added", "name": "付加価値増加額", "value": 1.8e8, "unit": "円", "year": 2030,
                          "raw": "2030年度 1.8億円", "basis": "売上増加額（6億円）に既存の付加価値率（30%）を乗じて算出した。"}
# a measure's line longer than a candidate shows (CANDIDATE_CHARS) that sets the value-added KGI
LONG_MEASURE = ("この取組により、町内の漆器工房と木地師、塗師、蒔絵師の分業体制を再構築し、新たな販路を国内外の百貨店と飲食店に広げることで、"
                "計画での付加価値増加額を令和12年度までに1.4億円とする")
YAML_CASES = [
    ("investment_beside_its_cumulative_total_is_the_target_years", [INVESTMENT_WITH_TOTAL], {
        "kgi_investment_value": (4e9, False, "2030年度 40億円"),
        "kgi_investment_cumulative": (1.5e10, False, "150億円"),
        "kgi_basis_stated": ("核となる3社の設備投資計画を積み上げた。", False, None),
        "kgi_verification_stated": ("毎年度、企業ヒアリングで投資実績を把握する。", False, None),
    }),
    ("talent_written_only_as_a_total_is_its_value_shown_as_a_total", [TALENT_TOTAL_ONLY], {
        "kgi_talent_value": (620, False, "2030年度 620人（累計）"),
        "kgi_basis_stated": (None, False, None),
        "kgi_verification_stated": (None, False, None),
    }),
    ("talent_of_the_year_is_its_value_whatever_its_note_says", [TALENT_OF_THE_YEAR], {
        "kgi_talent_value": (120, False, "2030年度 120人"),
    }),
    # a basis or a verification says something from six characters on
    ("a_basis_of_six_characters_is_stated", [{**TALENT_OF_THE_YEAR, "basis": "定員の積上げ", "verification": "修了者を数える"}], {
        "kgi_basis_stated": ("定員の積上げ", False, None),
        "kgi_verification_stated": ("修了者を数える", False, None),
    }),
    ("a_basis_of_five_characters_is_not", [{**TALENT_OF_THE_YEAR, "basis": "定員の合計", "verification": "毎年確認"}], {
        "kgi_basis_stated": (None, False, None),
        "kgi_verification_stated": (None, False, None),
    }),
    # the sales increase the value-added KGI is computed from plans 売上額 (B.(2)②), an amount in yen
    ("the_sales_increase_in_a_kgis_basis_plans_sales_in_yen", [VALUE_ADDED_FROM_SALES], {
        "ripple_sales_stated": ("6億円", False, "6億円"),
        "ripple_sales_value": (None, True, "要確認：付加価値増加額の算定に用いた売上増加額 6億円"),
        "value_added_formula_consistent": (True, False, "6億円 × 30% = 1.8億円（記載値 1.8億円）"),
    }),
    # the same KGI given without its unit (a field holds the number alone, normalised to yen): the same amount
    ("a_value_added_amount_without_its_unit_is_checked_as_yen", [{k: v for k, v in VALUE_ADDED_FROM_SALES.items() if k != "unit"}], {
        "kgi_value_added_set": (True, False, None),
        "value_added_formula_consistent": (True, False, "6億円 × 30% = 1.8億円（記載値 1.8億円）"),
    }),
    # a rate is no amount to check the formula against
    ("a_value_added_rate_is_no_amount_for_the_formula", [{**VALUE_ADDED_FROM_SALES, "value": 0.3, "unit": "%", "raw": "2030年度 30%"}], {
        "value_added_formula_consistent": (None, False, None),
    }),
]


def test_the_sales_increase_in_the_basis_item_plans_sales_in_yen() -> None:
    """The same formula written in the 設定の根拠 item of a YAML plan rather than in the KGI's own basis."""
    kgi = {k: v for k, v in VALUE_ADDED_FROM_SALES.items() if k != "basis"}
    sections = {"B.3.3": {"heading": "設定の根拠", "text": VALUE_ADDED_FROM_SALES["basis"]}}
    plan, _ = read_bytes("plan.yaml", yaml.safe_dump({"plan_type": "B", "kgis": [kgi], "sections": sections},
                                                     allow_unicode=True).encode())
    got = derive_facts(plan, load_kb(), "B", TODAY)
    assert [(got[n].value, got[n].shown()) for n in ("ripple_sales_stated", "value_added_formula_consistent")] == [
        ("6億円", "6億円"), (True, "6億円 × 30% = 1.8億円（記載値 1.8億円）")]


@pytest.mark.parametrize(("kgis", "facts"), [c[1:] for c in YAML_CASES], ids=[c[0] for c in YAML_CASES])
def test_kgi_facts_of_a_yaml_plan(kgis: list[dict[str, Any]], facts: dict[str, tuple[Any, bool, str | None]]) -> None:
    plan, _ = read_bytes("plan.yaml", yaml.safe_dump({"plan_type": "B", "kgis": kgis}, allow_unicode=True).encode())
    got = derive_facts(plan, load_kb(), "B", TODAY)
    for name, (value, uncertain, shown) in facts.items():
        assert (got[name].value, got[name].uncertain) == (value, uncertain), name
        if shown is not None:
            assert got[name].shown() == shown, name



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
    # a pending note standing for a KPI's figure is a slot whichever way the plan came; a side note on something
    # else, beside a target with no figure, leaves the target set
    ("a_pending_note_for_a_kpi_figure_is_a_slot_in_fields_too", "C", {
        "kpis": [{"name": "直売所の出店数", "target": "出店数の目標は（調整中）とする", "owner": "農政課", "deadline": "2029年度"},
                 {"name": "体験客の受入れ", "target": "受入れを広げる（受入れ地域は協議中）", "owner": "農政課",
                  "deadline": "2029年度"}]}, {
        "kpi_target_placeholder": (True, "目標値が未確定: 直売所の出店数（出店数の目標は（調整中）とする）"),
    }),
    ("c_value_added_formula_in_the_basis", "C", {}, {
        "value_added_formula_found": (True, None),
        "value_added_formula_consistent": (True, "3億円 × 40% = 1.2億円（記載値 1.2億円）"),
        "kgi_verification_stated": ("組合の販売実績と各窯元の決算で検証する。", None),
        "ripple_sales_value": (800_000_000, "2030年度 8億円"),
    }),
    # an announcement written without saying when, relative to the precheck: stated, its order unknown
    ("an_announcement_without_its_order_is_stated", "B", {"commitment": {"announcement": "知事が記者会見で発表する。"}}, {
        "announcement_stated": ("知事が記者会見で発表する。", None),
        "announcement_after_precheck": (None, None),
    }),
    ("a_staff_of_zero_is_stated_as_zero", "C", {"commitment": {"support_system": {"departments": ["産業観光課"], "staff": 0}}}, {
        "support_staff_stated": (0, "0名"),
    }),
    # 売上額 written in the goal or impact items only (000 B.(2)②) is the candidate a reviewer reads; elsewhere it is not
    ("a_sales_line_in_the_impact_item_is_the_candidate", "B", {"ripple": {}, "sections": {
        "B.4.3": {"heading": "地域へのインパクト", "text": "精密減速機の県内出荷額を2035年度に120億円とする。"}}}, {
        "ripple_sales_value": (None, "要確認：精密減速機の県内出荷額を2035年度に120億円とする"),
    }),
    ("a_sales_line_in_the_impact_item_is_the_candidate_for_sales_stated_too", "C", {"ripple": {}, "kgis": [], "kpis": [], "sections": {
        "C.4.3": {"heading": "地域へのインパクト、目指すべき姿", "text": "漆器の町外への販売額を2031年度に9億円とする。"}}}, {
        "ripple_sales_stated": (None, "要確認：漆器の町外への販売額を2031年度に9億円とする"),
    }),
    # only 域内取引額 is an amount a share cannot stand for: sales planned as a rise in percent still plan 売上額
    ("sales_planned_as_a_share_still_plan_sales", "B", {"kgis": [], "kpis": [], "ripple": {
        "sales": {"stated": True, "value": 20, "unit": "%", "text": "中核企業の売上高を2割増やす"}}}, {
        "ripple_sales_stated": ("中核企業の売上高を2割増やす", None),
    }),
    ("a_sales_line_outside_the_goal_items_is_no_candidate", "B", {"ripple": {}, "sections": {
        "B.1.1": {"heading": "該当する業種", "text": "精密減速機。県内の出荷額は120億円である。"}}}, {
        "ripple_sales_value": (None, "未記載"),
        "ripple_sales_stated": (None, "未記載"),
    }),
    # a KGI set in a measure's words, or in the KPI item's, is present though unread: a reviewer reads it, never a gap;
    # a line of any other item is cited before the KPI item's, even of an item written after it
    ("a_kgi_figure_in_the_kpi_item_is_a_candidate_too", "C", {"kgis": [], "sections": {
        "C.5.4": {"heading": "KPI及びKPI未達時の撤退基準の設定", "text": "付加価値増加額を1.4億円とする。"}}}, {
        "kgi_value_added_value": (None, "要確認：付加価値増加額を1.4億円とする"),
    }),
    ("a_kgi_figure_in_a_measures_item_is_the_candidate", "C", {"kgis": [], "sections": {
        "C.5.2": {"heading": "講じるべき政策パッケージ", "text": "付加価値増加額を1.4億円とする。"}}}, {
        "kgi_value_added_value": (None, "要確認：付加価値増加額を1.4億円とする"),
    }),
    ("a_measures_line_setting_the_kgi_is_cited_before_the_kpi_items", "C", {"kgis": [], "sections": {
        "C.5.4": {"heading": "KPI及びKPI未達時の撤退基準の設定", "text": "計画での付加価値増加額を3億円とする。"},
        "C.5.2": {"heading": "講じるべき政策パッケージ", "text": "販路の拡大により付加価値増加額を2億円とする。"}}}, {
        "kgi_value_added_value": (None, "要確認：販路の拡大により付加価値増加額を2億円とする"),
    }),
    ("a_later_items_line_setting_the_kgi_is_cited_before_the_kpi_items", "C", {"kgis": [], "sections": {
        "C.5.4": {"heading": "KPI及びKPI未達時の撤退基準の設定", "text": "計画での付加価値増加額を3億円とする。"},
        "C.6.1": {"heading": "現地化の方針", "text": "域内の部材調達を広げ、付加価値増加額を2.5億円とすることを目指す。"}}}, {
        "kgi_value_added_value": (None, "要確認：域内の部材調達を広げ、付加価値増加額を2.5億円とすることを目指す"),
    }),
    ("a_long_kgi_line_in_a_measures_item_shows_its_first_characters", "C", {"kgis": [], "sections": {
        "C.5.2": {"heading": "講じるべき政策パッケージ", "text": LONG_MEASURE + "。"}}}, {
        "kgi_value_added_value": (None, "要確認：" + LONG_MEASURE[:CANDIDATE_CHARS]),
    }),
    # a total over the plan period with no year is C's value added only (its plan-period increase); an investment total
    # without a year is no target year's value
    ("an_investment_total_over_the_period_without_a_year_is_no_kgi_value", "C", {"kgis": [
        {"kind": "investment", "name": "官民設備投資額", "value": 15_000_000_000, "unit": "円", "annual": False,
         "raw": "計画期間の累計 150億円"}]}, {
        "kgi_investment_value": (None, None),
    }),
    ("a_jobs_kgi_without_a_figure_plans_jobs", "C", {"ripple": {}, "kgis": [{"kind": "custom", "name": "雇用者数", "raw": "雇用の拡大を図る"}]}, {
        "ripple_jobs_stated": ("雇用者数", None),
        "ripple_labour_stated": (True, None),
        "kgi_count": (1, None),
    }),
    ("a_one_character_cycle_is_no_frequency", "B", {"kpi_monitoring_cycle": "随", "kpis": [{"name": "商談件数", "target": "年40件"}]}, {
        "kpi_monitoring_stated": (None, None),
        "kpi_monitoring_infrequent": (None, None),
    }),
    ("a_two_character_cycle_longer_than_half_a_year_is_infrequent", "B", {"kpi_monitoring_cycle": "隔年", "kpis": [{"name": "商談件数", "target": "年40件"}]}, {
        "kpi_monitoring_stated": (None, None),
        "kpi_monitoring_infrequent": ("隔年", None),
    }),
    ("value_added_named_without_a_figure_is_not_set", "B", {"kgis": [
        {"kind": "investment", "name": "官民設備投資額", "value": 4e9, "unit": "円", "year": 2035},
        {"kind": "talent", "name": "産業人材育成数", "value": 900, "unit": "人", "year": 2035},
        {"kind": "value_added", "name": "付加価値増加額", "raw": "域内の付加価値を高める"}]}, {
        "kgi_mandatory_all": (False, "未設定: 計画での付加価値増加額"),
        "kgi_value_added_set": (None, None),
    }),
    ("a_investments_fields", "A", {}, {
        "investments_count": (2, None),
        "investment_total": (200_000_000_000, "2,000億円"),
        "investment_subsidy_adopted": ("2025年度 大規模成長投資補助金に採択", None),
        "investment_subsidy_pending": (None, None),
    }),
    # with no project and no total written, the total is the first investment KGI that has a figure: one named
    # without a figure before it gives way, and with none that has a figure there is no total
    ("an_investment_kgi_without_a_figure_gives_way_to_the_next_with_one", "A", {"investments": [], "kgis": [
        {"kind": "investment", "name": "国内設備投資額", "raw": "大規模な投資を呼び込む"},
        {"kind": "investment", "name": "官民設備投資額", "value": 9e10, "unit": "円", "year": 2030, "raw": "2030年度 900億円"}]}, {
        "investment_total": (90_000_000_000, "900億円"),
    }),
    ("an_investment_kgi_without_a_figure_is_no_total", "A", {"investments": [], "kgis": [
        {"kind": "investment", "name": "国内設備投資額", "raw": "大規模な投資を呼び込む"}]}, {
        "investment_total": (None, None),
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
    ("a_core_area_of_two_characters_names_it", "C", {"core_area": "港湾"}, {"core_area_stated": ("港湾", None)}),
    ("a_core_area_of_one_character_names_none", "C", {"core_area": "港"}, {"core_area_stated": (None, None)}),
    ("attracted_company_named_in_the_localization_policy", "C",
     {"localization": {"attracts_outside_company": True, "policy": "「株式会社みなと食研」を誘致し、加工拠点を新設する。"}}, {
        "attracted_company": ("株式会社みなと食研", None),
    }),
    # a core company named by one character is no name to look for in the policy (「A地区」 is a place)
    ("a_one_character_core_company_is_not_the_attracted_one", "C",
     {"core_companies": [{"name": "A", "employees": 10}, {"name": "有限会社東窯", "employees": 18, "role": "窯元"}],
      "localization": {"attracts_outside_company": True, "policy": "「株式会社みなと食研」をA地区に誘致し、加工拠点を新設する。"}}, {
        "attracted_company": ("株式会社みなと食研", None),
    }),
    # a core company written without its legal form in the policy (「みなと食研」) is the one attracted
    ("a_core_company_named_without_its_legal_form_is_the_attracted_one", "C",
     {"core_companies": [{"name": "株式会社みなと食研", "employees": 40, "role": "水産加工"}],
      "localization": {"attracts_outside_company": True, "policy": "みなと食研の加工拠点を誘致する。"}}, {
        "attracted_company": ("株式会社みなと食研", None),
    }),
    ("a_core_company_of_two_characters_is_named_as_the_attracted_one", "C",
     {"core_companies": [{"name": "東窯", "employees": 18, "role": "窯元"}],
      "localization": {"attracts_outside_company": True, "policy": "東窯の新工場を県外から誘致する。"}}, {
        "attracted_company": ("東窯", None),
    }),
    # joint authorship: marked so, or two authors named, either is enough
    ("a_plan_marked_joint_naming_one_author_is_joint", "C",
     {"authors": [{"name": "霧ヶ丘町", "kind": "municipality"}], "joint": True}, {"joint_authors": (True, None)}),
    ("two_authors_named_without_the_mark_are_joint", "C",
     {"authors": [{"name": "霧ヶ丘町", "kind": "municipality"}, {"name": "北浜市", "kind": "municipality"}], "joint": None},
     {"joint_authors": (True, None)}),
    ("one_author_not_marked_joint_is_not", "C",
     {"authors": [{"name": "霧ヶ丘町", "kind": "municipality"}], "joint": None}, {"joint_authors": (False, None)}),
    ("no_author_named_and_no_mark_is_not_joint", "C", {"authors": [], "joint": None}, {"joint_authors": (False, None)}),
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



def test_banks_a_plans_fields_name_are_all_shown_and_the_generic_word_only_alone() -> None:
    """The banks the support system's field lists are all shown, whatever their names (here one that sorts after
    「金融機関」 in code points, one before); the bare word 「金融機関」 beside them names none, and alone it is kept."""
    def banks(names: list[str]) -> Any:
        commitment = Plan().commitment.model_copy(update={"support_system": SupportSystem(financial_institutions=names)})
        return derive_facts(Plan(commitment=commitment), load_kb(), "B", TODAY)["support_financial_institutions"].value

    assert banks(["金融機関", "青葉銀行", "北浜信用金庫"]) == "青葉銀行、北浜信用金庫"
    assert banks(["金融機関"]) == "金融機関"


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



def test_the_drafts_announcement_comes_before_one_set_since() -> None:
    plan, _ = read_bytes("draft.md", "# 地域未来戦略\n\n## 公表・発表\n事前確認の完了後、知事が記者会見で計画を発表する。\n".encode())
    set_since = plan.commitment.model_copy(update={"announcement": "知事が定例会見で発表する。", "evidence": None})
    f = derive_facts(plan.model_copy(update={"commitment": set_since}), load_kb(), "B", TODAY)
    assert f["announcement_stated"].value == "事前確認の完了後、知事が記者会見で計画を発表する。"
    assert [e.line for e in f["announcement_stated"].evidence] == [4]


def _company(name: str, employees: int, line: int | None, role: str | None = None) -> Company:
    evidence = Evidence(section="核となる企業", line=line, text=f"{name}（従業員{employees}名）") if line else None
    return Company(name=name, employees=employees, role=role, evidence=evidence)


# core companies given as fields, the first without a line of the draft (added by hand to a plan saved as YAML)
COMPANIES_FIRST_UNCITED = [_company("港北ギア工業株式会社", 850, None), _company("潮見精密株式会社", 230, 4),
                           _company("北浜熱処理株式会社", 60, 5), _company("霧ヶ丘鋳造株式会社", 120, 6),
                           _company("みなと精工株式会社", 40, 7, role="減速機の組立")]


@pytest.mark.parametrize("name", ["core_companies_count", "core_roles_stated", "core_employees_known",
                                  "core_employees_any", "core_company_within_2000"])
def test_core_company_facts_cite_the_first_three_companies_that_have_a_line(name: str) -> None:
    """The evidence is the first three companies (those with a line of the draft), never a fourth in place of one
    without a line."""
    f = derive_facts(Plan(core_companies=COMPANIES_FIRST_UNCITED), load_kb(), "B", TODAY)[name]
    assert [e.line for e in f.evidence] == [4, 5]


def test_roles_stated_for_every_company_cite_the_first_three_companies_that_have_a_line() -> None:
    """Every company has its role: the evidence is still the first three companies, the first of them without a line,
    never the fourth in its place."""
    roles = [c.model_copy(update={"role": "部品の製造"}) for c in COMPANIES_FIRST_UNCITED]
    f = derive_facts(Plan(core_companies=roles), load_kb(), "B", TODAY)["core_roles_stated"]
    assert (f.value, [e.line for e in f.evidence]) == (True, [4, 5])


def test_a_localization_field_naming_no_company_cites_its_own_line() -> None:
    """The form's (or a saved plan's) localization policy that attracts an outside company it does not name: an
    attraction, cited by the policy's line."""
    policy = "県外から食品加工の企業を誘致する。"
    loc = Localization(attracts_outside_company=True, policy=policy, evidence=Evidence(section="現地化の方針", line=9, text=policy))
    f = derive_facts(Plan(localization=loc), load_kb(), "C", TODAY)["attracted_company"]
    assert (f.value, [e.line for e in f.evidence]) == (True, [9])


@pytest.mark.parametrize(
    ("label", "key", "fact"),
    [
        ("担当", "owner", "kpi_owner_all"),  # the words of any field: held as its first sentence says
        ("撤退基準", "withdrawal_criterion", "kpi_withdrawal_all"),  # a criterion only 「別途」: none set yet
    ],
)
def test_a_kpi_field_of_a_form_is_held_as_the_same_words_in_a_draft(label: str, key: str, fact: str) -> None:
    """「別途定める」 in a KPI's field: the form's plan and the draft's agree whether it sets the field."""
    drafted = read_facts((f"KPI：商談件数 / 目標値：2030年度 20件 / {label}：別途定める",))[fact]
    data = {**base_plan("B"), "kpis": [{"name": "商談件数", "target": "2030年度 20件", key: "別途定める"}]}
    plan, _ = read_bytes("plan.yaml", yaml.safe_dump(data, allow_unicode=True).encode())
    assert derive_facts(plan, load_kb(), "B", TODAY)[fact].value == drafted.value


def test_a_form_kpi_criterion_that_withholds_support_below_its_target_is_a_criterion_set() -> None:
    """A KPI's withdrawal field in a form that withholds the next support when the target is missed: a condition and
    an action, a criterion set (its negation is the action), as the same words in a draft; the other fields keep the
    modality of their own words."""
    words = "成約件数が年10件に届かない場合は翌年度の補助を行わない"
    drafted = read_facts((f"KPI：成約件数 / 目標値：2029年度 10件 / 撤退基準：{words}",))["kpi_withdrawal_all"]
    data = {**base_plan("B"), "kpis": [{"name": "成約件数", "target": "2029年度 10件", "owner": "観光振興課",
                                         "withdrawal_criterion": words}]}
    plan, _ = read_bytes("plan.yaml", yaml.safe_dump(data, allow_unicode=True).encode())
    facts = derive_facts(plan, load_kb(), "B", TODAY)
    assert facts["kpi_withdrawal_all"].value is True
    assert drafted.value is True
    assert facts["kpi_owner_all"].value is True


def test_an_operator_item_no_reader_read_shows_forty_characters_either_side_of_the_legal_form() -> None:
    """No operator read at all, yet the item names a company by its legal form: the text around it goes to a person,
    forty characters before the legal form and forty after it (here the company's name and its role)."""
    text = ("本計画は、県南部の臨海部に立地する事業者の連携により、液化ガス機器の一貫生産体制を築くものである。"
            "当地域の液化ガス関連の集積を牽引する中核として、設備投資と技術者の育成を計画期間中に主導するのは（株）播磨クライオテック"
            "であり、液化ガス機器の製造を担い、県内の協力企業約30社との取引を通じて部品の大半を域内で調達している。")
    plan = Plan(sections={"B.2.2": SectionText(heading="計画推進の核となる企業", text=text)})
    quote = ("関連の集積を牽引する中核として、設備投資と技術者の育成を計画期間中に主導するのは(株)播磨クライオテックであり、"
             "液化ガス機器の製造を担い、県内の協力企業約30社との取")
    facts = derive_facts(plan, load_kb(), "B", TODAY)
    for name in ("core_companies_count", "core_roles_stated"):
        f = facts[name]
        assert (f.value, f.uncertain) == (None, True), name
        assert [(e.section, e.text) for e in f.evidence] == [("計画推進の核となる企業", quote)], name
        assert f.shown() == f"要確認：{quote}", name


def test_an_operator_item_no_reader_read_opening_with_the_legal_form_is_quoted_from_its_start() -> None:
    """The legal form within the first forty characters of the unread operator item: the quote starts at the text's first
    character, not one after it."""
    text = "（株）北浜精工が中核として設備投資を主導し、試作から量産までを担う。"
    plan = Plan(sections={"B.2.2": SectionText(heading="計画推進の核となる企業", text=text)})
    f = derive_facts(plan, load_kb(), "B", TODAY)["core_companies_count"]
    assert (f.value, f.uncertain, f.shown()) == (None, True, "要確認：(株)北浜精工が中核として設備投資を主導し、試作から量産までを担う。")
