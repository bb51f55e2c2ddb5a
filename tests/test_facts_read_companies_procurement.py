"""Facts read from short drafts (see tests/facts_reading.py): core companies and operators (the 2,000名 bound,
roles, degrees), procurement at home (the 50% bound), localisation and attracted companies."""

from __future__ import annotations

import pytest

from chiiki_mirai.core.plan import Company, Plan
from chiiki_mirai.rules.facts import connector_hub_degrees
from tests.facts_reading import Case, Expect, assert_facts, read_facts

CASES = [
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
    Case("degrees_said_high_for_all_companies_cite_the_first_sentence", "B",
         ("## 核となる事業者", "- 株式会社北浜精工（従業員320名）", "核となる企業はいずれもコネクター度が県内上位である。",
          "ハブ度も県内で相対的に高い。"), {
        "connector_hub_high": Expect(True, (5,), "核となる企業はいずれもコネクター度が県内上位である。"),
    }),
    Case("operators_chosen_later_are_unnamed_not_one", "C", ("## 核となる事業者", "事業者は公募により選定する。"), {
        "core_operators_unnamed": Expect("事業者は公募により選定する。", (4,)),
        "core_companies_count": Expect(None),
        "operators_diverse": Expect(None),
        "core_employees_known": Expect(None),
        "core_company_within_2000": Expect(None),
    }),
    # a role read for every operator: stated, citing the first three of them
    Case("roles_read_for_every_operator_cite_the_first_three", "C",
         ("## 核となる事業者", "- 株式会社北浜精工（従業員320名） アルミ押出材の製造を担う。", "- 株式会社南町化成（従業員200名） 表面処理を担う。",
          "- 株式会社東山電機（従業員80名） 制御盤の組立を担う。", "- 株式会社西川食品（従業員45名） 試作品の評価を担う。"), {
        "core_roles_stated": Expect(True, (4, 5, 6)),
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
    # a dependence told as today's situation, with no reduction of it stated, is the plan's (000 C.(2)④)
    Case("a_dependence_told_as_the_situation_and_not_reduced_counts", "C",
         ("## 3. 当該分野の現状認識と目指す姿", "### (1) 現状の整理", "売上の8割を大手チェーン1社向けとしており、同社に依存している。"), {
        "franchise_dependency": Expect("売上の8割を大手チェーン1社向けとしており、同社に依存している。", (5,)),
    }),
    # the core area written under its own item: the area stated, and the item written
    Case("the_core_area_under_its_item_is_written", "B",
         ("## 2. 地域産業クラスターの形成を目指す区域", "### (1) 特にクラスター形成の核となる区域", "北九州市若松区の響灘臨海工業団地とする。"), {
        "core_area_stated": Expect("北九州市若松区の響灘臨海工業団地とする。", (5,)),
        "section:B.2.1": Expect(True, (5,)),
        "section:B.2": Expect(True, (5,)),
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
    # two lines saying most of an input comes from abroad, beside home purchases: the first is cited
    Case("of_two_inputs_mostly_from_abroad_the_first_is_cited", "B",
         ("梱包資材は県内から調達している。", "原料の大半は海外から輸入している。", "部材の多くは海外メーカーに頼っている。"), {
        "procurement_local_or_domestic": Expect(False, (4,)),
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
    # key inputs said in words to come from abroad, with no share given: the first of them is cited
    Case("inputs_from_abroad_in_words_cite_the_first", "B", ("基幹部品は海外メーカーから調達している。", "制御基板も海外から輸入している。"), {
        "procurement_local_or_domestic": Expect(False, (3,)),
    }),
    # where the plan's procurement item says with confidence the roadmap is still to be worked out, only a roadmap
    # read in that item counts: not one in the preamble, nor one under another item
    Case("roadmap_under_the_procurement_item_wins_where_it_is_still_to_be_worked_out", "B",
         ("2030年度までに樹脂部品を県内調達に切り替える。", "## 1. 地域産業クラスターの形成を目指す分野", "### (1) 分野",
          "金型の調達先を2029年度までに国内へ切り替える。", "## 5. 投資促進に向けた課題と事業環境整備の取組",
          "### (1) 投資促進に向けた課題", "チタン素材の国内調達については、今後検討する。", "2030年度までに主要部品を県内調達に切り替える。"), {
        "procurement_roadmap_stated": Expect("2030年度までに主要部品を県内調達に切り替える。", (10,)),
    }),
    # the plan names its key material's reliance on abroad (「…の海外依存」): what it buys in the city besides (dies,
    # plating) does not make its procurement mainly at home
    Case("a_named_reliance_on_abroad_outweighs_other_inputs_bought_at_home", "B",
         ("## 5. 投資促進に向けた課題と事業環境整備の取組", "### (1) 投資促進に向けた課題",
          "金型とめっき加工は市内の協力企業から調達している。", "主原料（ガラス繊維・エポキシ樹脂）の海外依存"), {
        "procurement_local_or_domestic": Expect(False, (6,)),
    }),
    # the input the plan says it depends on abroad has its roadmap only to be considered: the raised share of another
    # input (the raw material) is not that input's roadmap
    Case("a_roadmap_of_another_input_does_not_answer_the_one_depended_on", "B",
         ("## 5. 投資促進に向けた課題と事業環境整備の取組", "### (1) 投資促進に向けた課題",
          "主要設備の海外依存：真空包装機は市内工場の設置台数の9割がドイツ製で、保守部品も海外から取り寄せている。",
          "### (2) 講じるべき政策",
          "真空包装機：国内での調達への切替えについては、今後、市の工業技術センターと協議の上で検討する。",
          "原料：市内産大豆の使用比率を2030年度までに15%から30%へ高める。"), {
        "procurement_roadmap_stated": Expect(None),
    }),
    # the dependence stated in words with no share (「…に頼っている」) names the input all the same
    Case("a_dependence_stated_without_a_share_names_the_input_depended_on", "B",
         ("## 5. 投資促進に向けた課題と事業環境整備の取組", "### (1) 投資促進に向けた課題",
          "主要設備の海外依存：真空包装機はドイツのメーカーに頼っており、保守も同社に依存している。",
          "### (2) 講じるべき政策",
          "真空包装機：国内での調達への切替えについては、今後、市の工業技術センターと協議の上で検討する。",
          "原料：市内産大豆の使用比率を2030年度までに15%から30%へ高める。"), {
        "procurement_roadmap_stated": Expect(None),
    }),
    # an input the procurement item says it does NOT depend on abroad is no input depended on: its roadmap left to be
    # considered does not set aside the raised share of another input
    Case("an_input_said_not_to_depend_on_abroad_leaves_another_inputs_roadmap_standing", "B",
         ("## 5. 投資促進に向けた課題と事業環境整備の取組", "### (1) 投資促進に向けた課題",
          "真空包装機は海外製品への依存はない。", "### (2) 講じるべき政策",
          "真空包装機：国内での調達への切替えについては、今後、市の工業技術センターと協議の上で検討する。",
          "原料：市内産大豆の使用比率を2030年度までに15%から30%へ高める。"), {
        "procurement_roadmap_stated": Expect("原料：市内産大豆の使用比率を2030年度までに15%から30%へ高める。", (8,)),
    }),
    # the input depended on is named in other words by the raised share (小麦 under 「原材料」) and the share has no
    # input label of its own: whether it is that input's roadmap is for a person, not a gap
    Case("a_raised_share_that_may_be_of_the_input_depended_on_goes_to_review", "B",
         ("## 5. 投資促進に向けた課題と事業環境整備の取組", "### (1) 投資促進に向けた課題",
          "原材料の海外依存：小麦の8割をカナダから輸入している。", "### (2) 講じるべき政策",
          "原材料：国内での調達への切替えについては、今後、地元の製粉業者と協議の上で検討する。",
          "道内産小麦の調達比率を2030年度までに20%から40%へ高める。"), {
        "procurement_roadmap_stated": Expect(None, (8,), "要確認：道内産小麦の調達比率を2030年度までに20%から40%へ高める。",
                                             uncertain=True),
    }),
    # three such raised shares: the reviewer is shown the first two, both cited
    Case("raised_shares_that_may_be_of_the_input_depended_on_show_the_first_two", "B",
         ("## 5. 投資促進に向けた課題と事業環境整備の取組", "### (1) 投資促進に向けた課題",
          "原材料の海外依存：小麦の8割をカナダから輸入している。", "### (2) 講じるべき政策",
          "原材料：国内での調達への切替えについては、今後、地元の製粉業者と協議の上で検討する。",
          "道内産小麦の調達比率を2030年度までに20%から40%へ高める。", "道内産大豆の調達比率を2030年度までに10%から25%へ高める。",
          "道内産そばの調達比率を2030年度までに5%から15%へ高める。"), {
        "procurement_roadmap_stated": Expect(None, (8, 9), "要確認：道内産小麦の調達比率を2030年度までに20%から40%へ高める。／"
                                             "道内産大豆の調達比率を2030年度までに10%から25%へ高める。", uncertain=True),
    }),
    # a weak 「今後検討」 in the procurement item (no word of procuring: a candidate only) leaves the roadmap read elsewhere
    Case("a_weak_later_in_the_procurement_item_keeps_a_roadmap_read_elsewhere", "B",
         ("2030年度までに樹脂部品を県内調達に切り替える。", "## 5. 投資促進に向けた課題と事業環境整備の取組",
          "### (1) 投資促進に向けた課題", "国内への切り替えの進め方は今後検討する。"), {
        "procurement_roadmap_stated": Expect("2030年度までに樹脂部品を県内調達に切り替える。", (3,)),
    }),
    # an amount bought at home that the plan raises among its impacts is a roadmap in figures perhaps: the first such
    # line goes to a person (not the head count beside it)
    Case("a_raised_amount_bought_at_home_goes_to_review_citing_the_first", "B",
         ("## 4. 地域への波及効果", "雇用者数：120人→180人", "市内農業者からの原料米調達額：年14億円→年32億円",
          "市内企業からの資材調達額：年3億円→年5億円"), {
        "procurement_roadmap_stated": Expect(None, (5,), "要確認：市内農業者からの原料米調達額：年14億円→年32億円", uncertain=True),
    }),
    # a third of an input from abroad is not most of it: the raised amount bought at home still goes to a person
    Case("a_third_of_an_input_from_abroad_keeps_a_raised_amount_bought_at_home_for_review", "B",
         ("原料米の3割を海外から輸入している。", "## 4. 地域への波及効果", "市内農業者からの原料米調達額：年14億円→年32億円"), {
        "procurement_roadmap_stated": Expect(None, (5,), "要確認：市内農業者からの原料米調達額：年14億円→年32億円", uncertain=True),
    }),
    # not where a key input comes mostly from abroad (half is mostly): that input's roadmap is the one asked for
    Case("half_of_an_input_from_abroad_leaves_a_raised_amount_bought_at_home_aside", "B",
         ("原料米の5割を海外から輸入している。", "## 4. 地域への波及効果", "市内農業者からの原料米調達額：年14億円→年32億円"), {
        "procurement_roadmap_stated": Expect(None),
    }),
    Case("most_of_an_input_from_abroad_leaves_a_raised_amount_bought_at_home_aside", "B",
         ("原料米の9割を海外から輸入している。", "## 4. 地域への波及効果", "市内農業者からの原料米調達額：年14億円→年32億円"), {
        "procurement_roadmap_stated": Expect(None),
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
    # the key inputs named as bought abroad outweigh home procurement of other things (not named the key parts)
    Case("key_inputs_bought_abroad_beside_other_home_purchases_are_no_home_procurement", "B",
         ("梱包資材は県内の業者から調達している。", "主要原料（特殊樹脂と光学フィルム）は海外メーカーから調達している。"), {
        "procurement_local_or_domestic": Expect(False, (4,)),
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
    assert_facts(read_facts(lines, plan_type), lines, facts)


def test_a_long_line_is_quoted_by_its_first_200_characters() -> None:
    suppliers = "、".join(["鋳造部品は北浜鋳造所、樹脂成形部品は南町化成、制御基板は東山電機、梱包資材は西川紙工"] * 4)
    line = f"主要部品は県内の協力企業から調達しており、{suppliers}がそれぞれ担っている。"
    assert len(line) == 203
    f = read_facts((line,))["procurement_local_or_domestic"]
    assert f.value == "国内・域内調達"
    assert [(e.line, e.text) for e in f.evidence] == [(3, line[:200])]



def test_degrees_given_are_kept_over_the_figures_they_could_be_computed_from() -> None:
    """A degree the plan gives is its own; the sales and purchase figures give one only where it gives none."""
    given = Company(name="甲社", connector_degree=0.04, hub_degree=0.03, outside_sales=3e9, prefecture_outside_sales=1.2e11,
                    inside_purchases=5e8, prefecture_inside_purchases=4e10)
    computed = Company(name="乙社", outside_sales=3e9, prefecture_outside_sales=1.2e11, inside_purchases=5e8,
                       prefecture_inside_purchases=4e10)
    d = connector_hub_degrees(Plan(core_companies=[given, computed]))
    assert d == {"甲社": (0.04, 0.03), "乙社": (pytest.approx(0.025), pytest.approx(0.0125))}
