"""Facts read from short drafts (see tests/facts_reading.py): an A plan's own items and investment totals, the
industry item, the market and the value-added comparison; the section facts."""

from __future__ import annotations

from types import SimpleNamespace
from typing import Any

import pytest

from chiiki_mirai.readers import read_bytes
from chiiki_mirai.rules.facts.strategy_a import strategic_field_hits
from tests.facts_reading import Case, Expect, assert_facts, read_facts

CASES = [
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
    Case("the_roadmap_relation_only_to_be_considered_is_not_stated", "A",
         ("## 1. 戦略産業クラスター計画の概要", "### (3) 17の戦略分野の「官民投資ロードマップ」との関係性", "官民投資ロードマップとの関係は今後検討する。"), {
        "roadmap_alignment_stated": Expect(None),
    }),
    Case("a_plain_statement_under_the_block_draft_item_is_stated", "A",
         ("## 1. 戦略産業クラスター計画の概要", "### (5) 計画の素案との整合性", "本計画は九州地方ブロックの素案の方向性と整合している。"), {
        "block_draft_alignment_stated": Expect("本計画は九州地方ブロックの素案の方向性と整合している。", (5,)),
        "block_draft_alignment_pending": Expect(None),
    }),
    # to be named as a candidate, expected: not named yet
    Case("a_listing_in_the_block_draft_only_expected_is_pending", "A",
         ("## 1. 戦略産業クラスター計画の概要", "### (5) 計画の素案との整合性",
          "九州地方ブロックの計画の素案に、本クラスターが産業クラスターの候補として明記される見込みである。"), {
        "block_draft_alignment_stated": Expect(None),
        "block_draft_alignment_pending": Expect("九州地方ブロックの計画の素案に、本クラスターが産業クラスターの候補として明記される見込みである。", (5,)),
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
    # the industry item (B.(3)①): the products as written, a domain of four characters or more, a reason of eight
    Case("industry_products_and_reason_under_their_items", "B",
         ("## 1. 対象とする産業分野", "### (1) 該当する業種", "産業用ロボット向け精密減速機及びその高精度歯車部品",
          "### (2) 特定の理由", "県北部に歯車加工・熱処理の中小企業が集積しているため。"), {
        "product_specified": Expect("産業用ロボット向け精密減速機及びその高精度歯車部品", (5,)),
        "industry_reason_stated": Expect("県北部に歯車加工・熱処理の中小企業が集積しているため。", (7,)),
        "strategic_field_matched": Expect(["1.AI・半導体／フィジカルAI(特にAIロボット)"], (5,)),
    }),
    # a Latin term of two letters (「6G」「XR」) would match inside other words: it names no field
    Case("a_two_letter_latin_term_names_no_field", "B", ("## 1. 対象とする産業分野", "### (1) 該当する業種", "家庭用6G対応ルーターの組立"), {
        "strategic_field_matched": Expect(False, (5,)),
        "product_specified": Expect("家庭用6G対応ルーターの組立", (5,)),
    }),
    # two kanji are enough for a synonym (「磁石」 for 永久磁石): only Latin terms need three characters
    Case("a_two_kanji_synonym_names_its_product", "A", ("## 対象製品", "当社は磁石を製造する。"), {
        "strategic_field_matched": Expect(["13.マテリアル（重要鉱物・部素材）／永久磁石"], (4,)),
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
    # value added per worker set against a peer's figure, where no comparison claim is stated (a weak reading under an
    # item that names the field): shown in 万円 rounded, the plan's figure first
    Case("a_per_worker_value_above_the_peers_is_shown_in_man_yen", "B",
         ("## 1. 地域産業クラスターの形成を目指す分野", "### (1) 分野", "1人当たり付加価値額 → 市内製造業平均 980.49万円、核3社 1,160.7万円"), {
        "value_added_comparison_stated": Expect("1人当たり付加価値額 1,161万円（比較対象 980万円）", (5,)),
    }),
    Case("a_peers_per_worker_value_is_rounded_to_the_nearest_man_yen", "B",
         ("## 1. 地域産業クラスターの形成を目指す分野", "### (1) 分野", "1人当たり付加価値額 → 市内製造業平均 980.6万円、核3社 1,160.7万円"), {
        "value_added_comparison_stated": Expect("1人当たり付加価値額 1,161万円（比較対象 981万円）", (5,)),
    }),
    # below the peer's figure is no higher value added: only the weak comparison is left, for a person
    Case("a_per_worker_value_below_the_peers_is_no_comparison", "B",
         ("## 1. 地域産業クラスターの形成を目指す分野", "### (1) 分野", "1人当たり付加価値額 → 市内製造業平均 1,160.7万円、核3社 980.6万円"), {
        "value_added_comparison_stated": Expect(None, (5,), uncertain=True),
    }),
    # no claim of the outlook, but an indicator the plan sets on new buyers: its own measure of the outlook, cited
    Case("an_indicator_on_new_buyers_is_the_sales_expansion_outlook", "C", ("KPI1 新規取引先数：2030年度 20社",), {
        "value_up_or_sales_expansion": Expect("KPI1 新規取引先数：2030年度 20社", (3,)),
    }),
    # an indicator on something else (jobs) before it is no measure of that outlook: the one on new buyers is cited
    Case("an_indicator_on_jobs_is_no_sales_expansion_outlook", "C", ("KPI1 雇用者数：2030年度 30人", "KPI2 新規取引先数：2030年度 20社"), {
        "value_up_or_sales_expansion": Expect("KPI2 新規取引先数：2030年度 20社", (4,)),
    }),
    Case("a_product_mix_against_the_national_one_is_no_value_comparison", "B",
         ("## 市場", "注射剤の比率は約8%で、全国平均（約25%）を下回る。"), {
        "value_added_comparison_stated": Expect(None),
        "value_added_basis_stated": Expect(None),
    }),
    Case("a_market_denied_is_not_its_attribute", "C", ("主な顧客は首都圏の個人客である。", "ただし海外の顧客は想定していない。"), {
        "market_attributes_stated": Expect(["個人"], (3,)),
    }),
    # the plan's rate and the industry's in two sentences: above it is said, with both lines
    Case("a_rate_above_the_industrys_read_from_two_sentences", "C",
         ("付加価値率は約40%を見込む。", "全国の同業種の平均付加価値率は29%である。"), {
        "value_added_higher_than_industry": Expect(True, (3, 4)),
    }),
    # the yardstick named first, the plan's rate after it (「…全体の付加価値率（約29%）と比べても、…約34%と高い」)
    Case("a_yardstick_rate_named_before_the_plans_own_is_the_peer", "B",
         ("市内製造業全体の付加価値率（約29%）と比べても、医療機器部品は約34%と高い。",), {
        "value_added_basis_stated": Expect("付加価値率34%（比較対象 29%）", (3, 3)),
        "value_added_higher_than_industry": Expect(True, (3, 3)),
    }),
    Case("a_rate_equal_to_the_industrys_is_not_higher", "C", ("付加価値率は約29%と見込み、全国の同業種の平均（29%）と同じである。",), {
        "value_added_rates_given": Expect(True, (3, 3)),
        "value_added_higher_than_industry": Expect(False, (3, 3)),
    }),
]


@pytest.mark.parametrize(("plan_type", "lines", "facts"), [c[1:] for c in CASES], ids=[c.id for c in CASES])
def test_fact_value_evidence_line_and_display(plan_type: str, lines: tuple[str, ...], facts: dict[str, Expect]) -> None:
    assert_facts(read_facts(lines, plan_type), lines, facts)


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
     # (「投資総額は…」 opens by naming 投資総額, comma or not: that item's line, no candidate for the others)
     {"A.3": (True, False, (4,)), "A.3.1": (True, False, (4,)), "A.3.2": (None, True, (4,)), "A.3.5": (None, True, (4,)),
      "A.3.4": (True, False, (5,)), "A.4": (None, False, ())}),
]


@pytest.mark.parametrize(("plan_type", "lines", "sections"), [c[1:] for c in SECTION_CASES], ids=[c[0] for c in SECTION_CASES])
def test_section_facts_written_unwritten_or_candidate(plan_type: str, lines: tuple[str, ...],
                                                      sections: dict[str, tuple[Any, bool, tuple[int, ...]]]) -> None:
    got = read_facts(lines, plan_type)
    for sid, (value, uncertain, cited) in sections.items():
        f = got[f"section:{sid}"]
        assert (f.value, f.uncertain, tuple(e.line for e in f.evidence)) == (value, uncertain, cited), sid


def test_a_sentence_opening_by_the_items_name_adds_to_the_lines_its_content_placed_and_is_cited() -> None:
    lines = ("## 5. 課題と講じる施策", "KPI",
             "KPI１　展示会の商談件数：令和11年度に年間60件。担当：町商工観光課。撤退基準：30件未満なら出展を取りやめる。",
             "KPI２　研修の修了者数：令和12年度までに累計90人。担当：町商工観光課。撤退基準：２年続けて定員の半数未満なら研修を統合する。",
             "KPIは年に二回確認し、結果を町の広報で知らせる。")
    plan, _ = read_bytes("draft.md", "\n".join(["# 地域未来戦略", "", *lines]).encode())
    kpi = plan.sections["B.5.3"]
    # the KPI lines stay the item's text, in the order written, the closing sentence after them; it is the cited line
    assert kpi.text.splitlines()[0].startswith("KPI１") and kpi.text.splitlines()[-1] == lines[-1]
    assert "撤退基準：２年続けて" in kpi.text
    assert kpi.evidence is not None and kpi.evidence.line == 7


@pytest.mark.parametrize(
    ("name", "hits"),
    [
        ("鉄", []),  # one kanji would match inside other words (鉄道): it names no product
        ("磁石", ["13.素材／磁石"]),  # two are enough
    ],
)
def test_a_product_named_by_one_kanji_is_not_found_inside_other_words(name: str, hits: list[str]) -> None:
    product = SimpleNamespace(name=name, synonyms=[], keywords=[])
    kb = SimpleNamespace(fields=[SimpleNamespace(number=13, name="素材", synonyms=[], products=[product])])
    assert strategic_field_hits(kb, "鉄道の駅前で磁石を売る。") == hits  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("name", "hits"),
    [
        ("AI", []),  # two Latin letters would match inside other words (MAIL): not looked for
        ("SMR", ["9.エネルギー／SMR"]),  # three are enough
    ],
)
def test_a_product_named_by_three_latin_letters_is_found_and_by_two_is_not(name: str, hits: list[str]) -> None:
    product = SimpleNamespace(name=name, synonyms=[], keywords=[])
    kb = SimpleNamespace(fields=[SimpleNamespace(number=9, name="エネルギー", synonyms=[], products=[product])])
    assert strategic_field_hits(kb, "MAILで受注し、SMRの部品を納める。") == hits  # type: ignore[arg-type]
