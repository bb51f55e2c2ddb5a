"""Reading KGIs and KPIs: years from headers and lead-ins, cumulative values, KPI fields, withdrawal criteria, cycles.

Each case is wording of its own, written for the behaviour; the QA drafts that first showed a need are
checked as a whole by tests/test_qa_drafts.py."""

from __future__ import annotations

import datetime as dt

import pytest

from chiiki_mirai.core.text.cues import is_semiannual
from chiiki_mirai.core.text.numbers import find_quantities
from chiiki_mirai.knowledge.loader import load_kb
from chiiki_mirai.readers import read_bytes
from chiiki_mirai.readers.statements.indicators.kgi import _long_name
from chiiki_mirai.readers.statements.indicators.kpi import Kpi, KpiState
from chiiki_mirai.readers.statements.indicators.kpi_refs import heading_kpi
from chiiki_mirai.readers.statements.indicators.tables import MAX_FIELDS
from chiiki_mirai.readers.statements.indicators.values import quantities
from chiiki_mirai.readers.statements.indicators.zones import record_classes
from chiiki_mirai.readers.unit import Unit
from chiiki_mirai.rules.check import evaluate


def _read_md(text: str):
    plan, _ = read_bytes("draft.md", text.encode("utf-8"))
    return plan


def _read_txt(text: str):
    plan, _ = read_bytes("draft.txt", text.encode("utf-8"))
    return plan


_COMBINED = (
    "計画類型：A\n策定主体：岡山県\n\n## 5 KGIとKPI\n\n"
    "### 数値目標（KGI）2038年度\n\n"
    "| 項目 | 基準（2024年度） | 目標（2038年度） |\n|---|---|---|\n"
    "| 官民設備投資額 | 40億円 | 年間75億円 |\n"
    "| 付加価値増加額 | ― | 220億円 |\n"
    "| 産業人材育成数 | 年間20人 | 年間140人 |\n\n"
    "### 政策手段のKPI\n\n"
    "| KPI | 目標値 | 期限 | 担当部署 | 撤退基準 |\n|---|---|---|---|---|\n"
    "| 港湾用地の造成 | 12ha | 2029年度 | 県土木部 | 2028年度に6ha未満なら計画を見直す |\n"
    "| 溶接講座の修了者 | 年60人 | 2030年度 | 県労働雇用政策課 | 2年連続で30人未満なら講座を廃止する |\n\n"
    "KPIは上期・下期に推進本部で確認する。\n"
)


_BULLETS = (
    "計画類型：C\n策定主体：長野県木曽町\n\n## KPI及び撤退基準\n\n"
    "- 体験工房の来場者数：令和11年度に年4,500人、町観光商工課。令和10年度に2,000人未満なら運営を民間に切り替える。\n"
    "- 漆器の受注件数：2030年度に年120件（町産業振興室）。2029年度に60件を下回った場合は販路支援を縮小する。\n"
    "- 直売所の出店数：2029年度に18店（木曽町農林局）。2028年度に8店未満なら出店支援を取りやめる。\n"
    "- 共同乾燥場の整備の完了：2028年度、町建設課。2027年度に用地が確保できない場合は既存倉庫の改修に切り替える。\n"
    "- 原木の確保量：2030年度に年900立方メートル（町林務課）。\n"
    "- KPIの達成状況は半年に1回、町と事業者の連絡会で確認する。\n"
)


def _kgi(plan, kind: str):
    found = [k for k in plan.kgis if k.kind == kind]
    assert found, [(k.kind, k.name) for k in plan.kgis]
    return found[0]


_TWO_TABLES = (
    "計画類型：A\n策定主体：新潟県\n\n## 3 目指す姿\n\n"
    "KGIは2038年度を目標年度として次表のとおりとする。\n\n"
    "| KGI | 2038年度目標（億円） | 累計（億円） |\n|---|---|---|\n"
    "| 官民設備投資額 | 95 | 760 |\n| 付加価値増加額 | 210 | － |\n\n"
    "| KGI | 2038年度目標（人／年） |\n|---|---|\n"
    "| 産業人材育成数 | 180 |\n| （独自）実証案件数（基） | 12 |\n"
)


_PARA_LINES = (
    "計画類型：B\n策定主体：静岡県浜松市\n\n**3　現状と目指す姿**\n\n"
    "現状：市内の楽器部品の出荷額は約300億円。\n\n"
    "KGI（目標年度：令和16年度）\n"
    "官民設備投資額：令和16年度単年度で18億円、令和9～16年度の累計で120億円\n"
    "付加価値増加額：令和16年度に64億円\n"
    "産業ニーズに即した人材育成数：令和16年度に年間70人\n\n"
    "設定の根拠：投資額は核3社の計画の積上げ。付加価値増加額は、市内の付加価値率（31％）に売上増加見込み"
    "200億円を乗じた。人材育成数は、工科短大30人と企業内研修40人の合計。\n"
)


_NESTED = (
    "計画の類型　地域産業クラスター計画（Ｂ）\n策定主体　栃木県\n\n"
    "第３　当該分野の現状認識と目指す姿\n"
    "　２　目指すべき目標（KGI）\n"
    "　　（１）必須KGI\n"
    "　　　ア　官民設備投資額\n"
    "　　　　（ア）令和16年度単年度：30億円\n"
    "　　　　（イ）令和9年度～令和16年度の累計：210億円\n"
    "　　　イ　付加価値増加額：令和16年度に80億円\n"
    "　３　設定の根拠\n"
    "　　（１）投資額は2社と関連企業7社の投資計画の積上げによる。\n\n"
    "第５　事業環境整備の取組\n"
    "　３　KPI及びKPI未達時の撤退基準の設定\n"
    "　　（１）試験棟の利用社数\n"
    "　　　ア　目標・期限：令和11年度に年間45社\n"
    "　　　イ　担当：県産業政策課\n"
    "　　　ウ　撤退基準：令和10年度に15社未満なら運営を民間に委ねる。\n"
    "　　（２）KPIは半期ごとに確認する。\n"
)


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


KPI_TABLE = """
## 5. KPI及びKPI未達時の撤退基準の設定

| KPI | 目標 | 期限 | 担当 | 撤退基準 | 確認頻度 |
|---|---|---|---|---|---|
| 新商品の数 | 10件 | 令和10年度 | 商工観光課 | 令和9年度に3件未満なら見直す | {cycle} |
"""


MONITOR = """# 試作プラン

類型：C
策定主体：岩手県遠野市

## KPI及びKPI未達時の撤退基準の設定

{lines}
"""


def test_kgi_table_under_a_kgi_sub_heading_is_not_read_as_kpis() -> None:
    plan = _read_md(_COMBINED)
    assert [k.name for k in plan.kpis] == ["港湾用地の造成", "溶接講座の修了者"]
    assert {k.kind for k in plan.kgis} >= {"investment", "value_added", "talent"}


def test_kgi_year_comes_from_the_value_columns_header_and_the_baseline_column_is_left_out() -> None:
    plan = _read_md(_COMBINED)
    by_kind = {k.kind: k for k in plan.kgis}
    assert {k.year for k in plan.kgis} == {2038}
    assert by_kind["investment"].value == 75e8 and by_kind["investment"].annual
    assert by_kind["talent"].value == 140  # not the baseline 20
    assert plan.kpi_monitoring_cycle == "上期・下期"


def test_kgi_year_comes_from_the_sub_heading_when_the_header_has_none() -> None:
    plan = _read_md(
        "計画類型：C\n策定主体：青森県五所川原市\n\n## 計画の目標とKPI\n\n"
        "### KGI（令和12年度目標）\n\n"
        "| 指標 | 目標値 |\n|---|---|\n| 付加価値増加額 | 8,400万円 |\n| りんご加工品の輸出額 | 1.2億円 |\n\n"
        "### KPI\n\n"
        "| 指標 | 目標 | 期限 | 担当 | 撤退基準 |\n|---|---|---|---|---|\n"
        "| 加工場の稼働日数 | 年220日 | 令和10年度 | 市農林課 | 令和9年度に150日未満なら運営を見直す |\n"
    )
    assert [(k.kind, k.value, k.year) for k in plan.kgis][0] == ("value_added", 84e6, 2030)
    assert len(plan.kpis) == 1 and plan.kpis[0].owner == "市農林課"


def test_kgi_list_after_a_lead_in_sentence_inherits_its_year_and_kpis_after_theirs_stay_kpis() -> None:
    plan = _read_txt(
        "計画類型：A\n提案団体：宮崎県\n\n"
        "第５　KGI及びKPI\n"
        "　数値目標（2040年度）は次のとおり。\n"
        "　・官民設備投資額　年間60億円（累計450億円）\n"
        "　・付加価値増加額　180億円\n"
        "　KPIは次のとおりとする。\n"
        "　・林道の改良延長：2029年度に12km、県環境森林部。2028年度に5km未満なら路線を見直す。\n"
        "　・製材技術者の採用数：2030年度までに累計90人、県雇用対策課。\n"
    )
    by_kind = {k.kind: k for k in plan.kgis}
    assert by_kind["investment"].year == 2040 and by_kind["investment"].cumulative_value == 450e8
    assert by_kind["value_added"].year == 2040
    assert "employment" not in by_kind  # the KPI 採用数 is no KGI
    assert [k.name for k in plan.kpis] == ["林道の改良延長", "製材技術者の採用数"]


def test_a_sentence_setting_the_plan_period_gives_no_year_to_the_kgis_after_it() -> None:
    """「計画期間は…の5年間とする」 says how long the plan runs, not the year of the goals after it (003 C
    「目標年度における目標値を設定してください」): the KGI keeps no year of its own; a lead-in naming the goals' year
    still gives it."""
    plan = _read_md(
        "類型：C\n\n## 目指すべき目標\n\n計画期間は2026年度から2030年度（令和8〜12年度）の5年間とする。\n\n"
        "本プランで見込む付加価値増加額は約4億円である。\n"
    )
    assert _kgi(plan, "value_added").year is None
    plan = _read_md("類型：C\n\n## 目指すべき目標\n\n目標年度（2030年度）の数値目標は次のとおり。\n\n- 付加価値増加額　約4億円\n")
    assert _kgi(plan, "value_added").year == 2030


def test_kpi_bullets_without_labels_give_owner_deadline_and_withdrawal() -> None:
    plan = _read_md(_BULLETS)
    got = {k.name: k for k in plan.kpis}
    assert list(got) == [
        "体験工房の来場者数",
        "漆器の受注件数",
        "直売所の出店数",
        "共同乾燥場の整備の完了",
        "原木の確保量",
    ]
    assert [k.owner for k in plan.kpis] == [
        "町観光商工課",
        "町産業振興室",
        "木曽町農林局",
        "町建設課",
        "町林務課",
    ]
    assert [k.deadline for k in plan.kpis] == ["2029年度", "2030年度", "2029年度", "2028年度", "2030年度"]
    assert got["体験工房の来場者数"].target == "令和11年度に年4,500人"
    assert "切り替える" in got["体験工房の来場者数"].withdrawal_criterion
    assert "縮小" in got["漆器の受注件数"].withdrawal_criterion
    assert (
        "取りやめる" in got["直売所の出店数"].withdrawal_criterion
    )  # "18店": a counter the number reader lacks
    assert "既存倉庫" in got["共同乾燥場の整備の完了"].withdrawal_criterion  # a completion, no figure
    assert got["原木の確保量"].withdrawal_criterion is None  # no criterion of its own: not borrowed
    assert plan.kpi_monitoring_cycle == "半年に1回"


def test_a_monitoring_sentence_in_the_kpi_list_is_no_kpi() -> None:
    plan = _read_md(
        "計画類型：B\n策定主体：静岡県\n\n## KPIと撤退基準\n\n"
        "- 試験設備の利用件数：2029年度に年300件（県工業技術支援センター）。2028年度に100件未満なら設備を縮小する。\n"
        "- 各KPIは6か月ごとに推進協議会で点検し、結果を公表する。\n"
    )
    assert [k.name for k in plan.kpis] == ["試験設備の利用件数"]
    assert plan.kpi_monitoring_cycle == "6か月ごと"


def test_a_withdrawal_bullet_under_a_kpi_attaches_to_it() -> None:
    plan = _read_md(
        "計画類型：C\n策定主体：島根県海士町\n\n## KPI\n\n"
        "- 岩がきの出荷量：2030年度に年40万個（町産業創出課）\n"
        "- 2028年度に20万個未満なら養殖区画を見直す。\n"
        "- 移住した漁業者の数：2030年度までに累計15人（町定住促進室）、撤退基準：2年続けて2人未満なら募集を中止する\n"
        "\nKPIは年2回確認する。\n"
    )
    assert [k.name for k in plan.kpis] == ["岩がきの出荷量", "移住した漁業者の数"]
    assert "養殖区画" in plan.kpis[0].withdrawal_criterion
    assert "募集を中止" in plan.kpis[1].withdrawal_criterion


def test_a_withdrawal_paragraph_after_kpis_that_have_their_own_goes_to_the_last_one() -> None:
    plan = _read_md(
        "計画類型：C\n策定主体：北海道東川町\n\n## KPI\n\n"
        "- 家具の受注額：2030年度に年3億円（町産業振興課）、撤退基準：2028年度に1億円未満なら展示会を見直す\n"
        "- 木工職人の育成数：2029年度までに累計12人（町教育委員会）\n\n"
        "2027年度に4人未満なら研修先を町外の工房に切り替える。\n"
    )
    assert "展示会" in plan.kpis[0].withdrawal_criterion
    assert "研修先" in plan.kpis[1].withdrawal_criterion


def test_one_rule_for_every_kpi_is_still_shared() -> None:
    plan = _read_md(
        "計画類型：C\n策定主体：山形県\n\n## KPI\n\n"
        "- 観光農園の入園者数：2030年度に年5万人（県観光振興課）\n"
        "- さくらんぼの輸出量：2030年度に年80トン（県農政企画課）\n\n"
        "いずれのKPIも、2年連続で目標の5割に達しない場合は事業を廃止する。\n"
    )
    assert all(k.withdrawal_criterion and "廃止" in k.withdrawal_criterion for k in plan.kpis)


@pytest.mark.parametrize(
    "text",
    [
        "半年に一度",
        "半年に1回",
        "年２回",
        "年に2度",
        "上期・下期",
        "上半期と下半期",
        "6か月ごと",
        "６ヶ月毎",
        "半期に1度",
        "四半期ごと",
        "3か月に1回",
        "毎月",
    ],
)
def test_semiannual_or_more_often(text: str) -> None:
    assert is_semiannual(f"KPIは{text}、推進会議で確認する。")


@pytest.mark.parametrize("text", ["年1回", "年１回", "年に一度", "毎年度", "12か月ごと", "随時", "年度末"])
def test_less_often_than_half_yearly(text: str) -> None:
    assert not is_semiannual(f"KPIは{text}、推進会議で確認する。")


def test_an_annual_check_is_not_the_plans_monitoring_cycle() -> None:
    plan = _read_md(
        "計画類型：C\n策定主体：熊本県人吉市\n\n## KPI\n\n"
        "| KPI | 目標 | 期限 | 担当 | 撤退基準 |\n|---|---|---|---|---|\n"
        "| 球磨焼酎の輸出量 | 年50kl | 2030年度 | 市商工振興課 | 2028年度に20kl未満なら輸出先を見直す |\n\n"
        "KPIの達成状況は年に1回、市の産業振興会議で確認する。\n"
    )
    assert plan.kpi_monitoring_cycle is None


def test_the_monitoring_sentence_wins_over_an_annual_one_before_it() -> None:
    plan = _read_md(
        "計画類型：B\n策定主体：富山県\n\n## KGI及びKPI\n\n### KGI\n\n"
        "| KGI | 2035年度の目標値 |\n|---|---|\n| 付加価値増加額 | 90億円 |\n\n"
        "賃金は毎年2%引き上げることを立地協定で確認している。\n\n### KPI\n\n"
        "| KPI | 目標 | 期限 | 担当部署 | 撤退基準 |\n|---|---|---|---|---|\n"
        "| 技能検定の合格者 | 年45人 | 2030年度 | 県労働政策課 | 2年連続で20人未満なら講座を見直す |\n\n"
        "KPIの進捗は半期に一度、推進本部会議で確認する。\n"
    )
    assert plan.kpi_monitoring_cycle == "半期に一度"
    assert plan.kgis[0].year == 2035 and len(plan.kpis) == 1


def test_cumulative_investment_in_its_own_column() -> None:
    plan = _read_md(
        "計画類型：B\n策定主体：愛媛県\n\n## （２）目指すべき目標\n\n"
        "| 指標 | 令和16年度の値 | 令和8年度からの累計 |\n|---|---|---|\n"
        "| 官民設備投資額 | 年間３，６００百万円 | ２４，０００百万円 |\n"
        "| 付加価値増加額 | ９，８００百万円 | － |\n"
    )
    inv = next(k for k in plan.kgis if k.kind == "investment")
    assert (inv.value, inv.cumulative_value, inv.year, inv.annual) == (36e8, 240e8, 2034, True)
    va = next(k for k in plan.kgis if k.kind == "value_added")
    assert va.name == "付加価値増加額" and va.cumulative_value is None


def test_cumulative_investment_as_a_row_of_its_own() -> None:
    plan = _read_md(
        "計画類型：B\n策定主体：三重県\n\n## 目指すべき目標（KGI）\n\n"
        "| KGI | 目標値 | 年度 |\n|---|---|---|\n"
        "| 官民設備投資額（単年度） | 年間50億円 | 2034年度 |\n"
        "| 官民設備投資額（累計） | 380億円 | 2026～2034年度 |\n"
        "| 付加価値増加額 | 130億円 | 2034年度 |\n"
    )
    inv = [k for k in plan.kgis if k.kind == "investment"]
    assert len(inv) == 1 and inv[0].value == 50e8 and inv[0].cumulative_value == 380e8


def test_merged_two_row_kgi_header_gives_year_and_cumulative() -> None:
    plan = _read_md(
        "計画類型：A\n策定主体：福岡県\n\n## 計画の構想\n\n"
        "| 指標 | 2040年度の目標 |  | 根拠 |\n|---|---|---|---|\n"
        "| 指標 | 単年度 | 累計（2026～2040年度） | 根拠 |\n"
        "| 官民設備投資額 | 年間120億円 | 1,500億円 | 投資計画の積上げ |\n"
        "| 付加価値増加額 | 400億円 | － | 県民経済計算 |\n"
    )
    inv = next(k for k in plan.kgis if k.kind == "investment")
    assert (inv.value, inv.cumulative_value, inv.year) == (120e8, 1500e8, 2040)


def test_kgi_basis_figures_are_no_kgis() -> None:
    plan = _read_md(
        "計画類型：B\n策定主体：新潟県\n\n## 目指すべき目標\n\n"
        "- 官民設備投資額：2035年度に年間30億円（累計200億円）\n- 付加価値増加額：2035年度に85億円\n\n"
        "## 設定の根拠\n\n核となる4社の設備投資計画と、県内企業60社への聞き取りに基づく。\n\n"
        "## 効果検証\n\n年2回の企業訪問と経済センサスで投資額を確認する。\n"
    )
    assert sorted(k.kind for k in plan.kgis) == ["investment", "value_added"]


def test_unit_per_year_in_header_is_read_for_talent() -> None:
    plan = _read_md(_TWO_TABLES)
    t = _kgi(plan, "talent")
    assert (t.value, t.unit, t.year, t.annual) == (180, "人", 2038, True)
    assert _kgi(plan, "investment").cumulative_value == 760e8
    # a row with its own unit ("（基）") does not take the column's unit
    assert not any(k.unit == "人" and "実証" in k.name for k in plan.kgis)


def test_kgi_lines_after_a_kgi_lead_in_and_basis_not_read_as_kgis() -> None:
    plan = _read_md(_PARA_LINES)
    inv = _kgi(plan, "investment")
    assert (inv.value, inv.cumulative_value, inv.year) == (18e8, 120e8, 2034)
    va = [k for k in plan.kgis if k.kind == "value_added"]
    assert [(k.value, k.unit) for k in va] == [(64e8, "円")]
    assert _kgi(plan, "talent").value == 70


def test_kgi_named_on_its_own_line_takes_the_sub_items() -> None:
    plan = _read_txt(_NESTED)
    inv = _kgi(plan, "investment")
    assert (inv.value, inv.cumulative_value, inv.year) == (30e8, 210e8, 2034)
    # the basis item ("投資額は2社と…") is no investment KGI counted in 社
    assert all(k.unit == "円" for k in plan.kgis if k.kind == "investment")


def test_kpi_fields_under_a_numbered_name_item() -> None:
    plan = _read_txt(_NESTED)
    assert len(plan.kpis) == 1, [k.name for k in plan.kpis]
    k = plan.kpis[0]
    assert k.name == "試験棟の利用社数"
    assert k.owner == "県産業政策課"
    assert k.target and "45社" in k.target
    assert k.deadline == "2029年度"
    assert k.withdrawal_criterion and "15社未満" in k.withdrawal_criterion


def test_cumulative_row_completes_the_kgi_above() -> None:
    plan = _read_md(
        "計画類型：A\n策定主体：三重県\n\n## 目指すべき目標（KGI）\n\n"
        "| KGI | 目標値 | 時点 |\n|---|---|---|\n"
        "| 官民設備投資額 | 90億円 | 2039年度（単年度） |\n"
        "| 官民設備投資額 | 1,100億円 | 2027～2039年度の累計 |\n"
        "| 付加価値増加額 | 300億円 | 2039年度 |\n"
    )
    inv = [k for k in plan.kgis if k.kind == "investment"]
    assert [(k.value, k.cumulative_value) for k in inv] == [(90e8, 1100e8)]


def test_kpi_name_keeps_nenkan_before_a_word() -> None:
    plan = _read_txt(
        "プランの種類：地場産業成長プラン（Ｃ）\n策定主体：高知県土佐町\n\n"
        "KPI及びKPI未達時の撤退基準の設定\n"
        "KPI①　海外の年間取引社数：R11年度に25社（担当：町産業振興課）\n"
        "撤退基準：R10年度に8社未満なら海外商談会への出展をやめる。\n"
    )
    assert plan.kpis and plan.kpis[0].name == "海外の年間取引社数"


def test_kpis_written_as_labelled_paragraphs() -> None:
    plan = _read_md(
        "類型：B\n策定主体：宮城県\n\n## 投資促進に向けた課題と事業環境整備の取組\n\n### KPI\n\n"
        "指標A 研修の受講者数 年90人、達成時期：毎年度、所管：経済商工観光部、見直し基準：2年続けて半数未満なら廃止\n\n"
        "指標B 分譲した用地 12ha、達成時期：2029年度、所管：土木部\n"
    )
    got = {k.owner: k.withdrawal_criterion for k in plan.kpis}
    assert set(got) == {"経済商工観光部", "土木部"}
    assert got["経済商工観光部"] and got["土木部"] is None  # the other KPI's criterion is not shared


@pytest.mark.parametrize(("cycle", "advised"), [("年1回", True), ("半期ごと", False), ("四半期ごと", False)])
def test_kpi_check_cycle(cycle: str, advised: bool) -> None:
    """A yearly check is longer than 半期ごと等, an effort clause: advice, never a gap."""
    plan = _read(C_PLAN + KPI_TABLE.format(cycle=cycle))
    item = _item(plan, "kpi")
    crit = {c.id: c for c in item.criteria}
    assert item.status == "met"
    if advised:
        assert not crit["monitoring_cycle"].passed and crit["monitoring_cycle"].applies
        assert any("年1回" in a and "半期ごと" in a for a in item.advice)
    else:
        assert crit["monitoring"].passed and not item.advice


@pytest.mark.parametrize(
    "lines",
    [
        # KPI entries without a closing 。, then the monitoring sentence on the next line
        "KPI1：商談件数 年30件／期限：令和10年度／担当：商工課／撤退基準：2年続けて10件未満なら見直す\n"
        "KPIの進み具合は、半期ごとに推進会議で確かめる。",
        # the same, each line indented with a full-width space
        "\u3000KPI1：商談件数 年30件／期限：令和10年度／担当：商工課／撤退基準：2年続けて10件未満なら見直す\n"
        "\u3000KPIは四半期ごとにチェックし、施策を振り返る。",
    ],
)
def test_monitoring_sentence_after_kpi_entries(lines: str) -> None:
    plan = _read(MONITOR.format(lines=lines))
    assert plan.kpi_monitoring_cycle in ("半期ごと", "四半期ごと")
    assert len(plan.kpis) == 1


@pytest.mark.parametrize("label", ["KPI(1)", "KPI（1）", "KPI-1", "KPI－1"])
def test_kpi_labels_with_brackets_or_dashes(label: str) -> None:
    plan = _read(
        "# 試作プラン\n\n類型：C\n\n## KPI及びKPI未達時の撤退基準の設定\n\n"
        f"{label} 体験の予約件数　令和10年度に年400件　担当：観光課\n"
        "\u3000\u3000撤退基準：令和10年度に250件未満の場合、事業を終了する\n"
    )
    assert [(k.owner, bool(k.withdrawal_criterion)) for k in plan.kpis] == [("観光課", True)]


@pytest.mark.parametrize("fmt", ["md", "txt"])
def test_ripple_targets_written_as_entries_with_nested_current_and_target_lines(fmt: str) -> None:
    """An entry naming the topic over its own 「現状（R6）：…」「目標（R12）：…」 entries is read as a table row
    would be: the target line is the topic's target, in the year its label names."""
    body = (
        "- 町内の部品加工業者への発注額（2社から）\n    - 現状（R6）：1億1,000万円\n    - 目標（R12）：1億9,000万円\n"
        "- 正社員の平均年収\n    - 現状（R6）：330万円\n    - 目標（R12）：372万円\n"
    )
    head = "## 地域へのインパクト\n\n" if fmt == "md" else "４．地域へのインパクト\n\n"
    plan = (_read_md if fmt == "md" else _read_txt)("計画類型：C\n策定主体：山辺県 沢井町\n\n" + head + body)
    trade, wages = plan.ripple.regional_transactions, plan.ripple.wages
    assert (trade.value, trade.year) == (1.9e8, 2030)
    assert (wages.value, wages.year) == (3.72e6, 2030)


def test_a_row_label_names_a_kpi_by_the_end_of_its_name_only_at_a_word_boundary() -> None:
    st = KpiState()
    st.kpis = [Kpi("漆器の受注件数", None), Kpi("工房見学 受付件数（累計）", None)]  # type: ignore[arg-type]
    assert heading_kpi(st, ("受注件数",)) is st.kpis[0]  # after 「の」
    assert heading_kpi(st, ("受付件数",)) is st.kpis[1]  # after a space
    assert heading_kpi(st, ("付件数",)) is None  # inside a word


_QUALIFIED = "村内の食料品製造業に従事する常用雇用者の一人当たり付加価値額（労働生産性）の増加額"


@pytest.mark.parametrize(
    ("line", "names"),
    [
        (_QUALIFIED, True),
        ("（" + "村" * 69 + "）付加価値額の増加額", True),  # 80 characters
        ("（" + "村" * 70 + "）付加価値額の増加額", False),  # 81 characters: a paragraph
        ("村内の食料品製造業と木材・木製品製造業の付加価値額を高め、若い世代の雇用の場を確保していきたい", False),
        ("村内の食料品製造業に従事する事業者の付加価値額の増加を通じて地域の暮らしを守ることを目指していく", False),
    ],
)
def test_a_long_line_names_a_kgi_only_up_to_eighty_characters_and_not_as_a_clause(line: str, names: bool) -> None:
    assert _long_name(line) is names, len(line)


# a KGI list whose entry names the indicator with the unit of its figures, the figures nested under it by year
_UNIT_IN_THE_NAME = (
    "計画の類型：C\n策定主体：高知県 山川町\n計画期間：令和8年度～令和12年度\n\n## 3 目指す姿（KGI）\n\n"
    "- 付加価値増加額（R7比、百万円）\n  - R10：70\n  - R12：150\n"
    "- 直売所の売上額（千円）\n  - R7：36,000\n  - R12：58,000\n"
)


def test_a_unit_noted_in_a_kgi_name_is_no_amount_and_gives_the_unit_of_the_figures_under_it() -> None:
    plan = _read_md(_UNIT_IN_THE_NAME)
    added = [(s.value, s.year) for s in plan.statements if s.kind == "kgi" and s.topic == "value_added"]
    assert (150e6, 2030) in added and 1e6 not in [v for v, _ in added], added
    sales = [s for s in plan.statements if s.kind == "kgi" and s.subject == "直売所の売上額"]
    assert {(s.value, s.year) for s in sales} >= {(58e6, 2030)}, sales


@pytest.mark.parametrize(
    ("text", "values"),
    [
        ("付加価値増加額（R7比、百万円）", []),  # the unit of figures given elsewhere
        ("出荷額（町外出荷分、千万円）", []),  # any label before the unit, not only a comparison
        ("（うち村内分、百万円）", []),
        ("令和9年度、百万円）", [1e6]),  # no opening bracket: an amount in a sentence
        ("売上額（単位：千円）", []),
        ("（うち県外分、十億円）", [1e9]),  # an amount in a note
        ("約百万円の増加", [1e6]),
    ],
)
def test_a_bracketed_unit_without_digits_is_no_quantity(text: str, values: list[float]) -> None:
    assert [q.value for q in find_quantities(text)] == values


@pytest.mark.parametrize(
    ("entry", "kgi"),
    [
        ("- 雇用者数（2031年度目標40人）", ("employment", 40, 2031)),
        ("- 付加価値額（目標：2031年度に80億円）", ("value_added", 80e8, 2031)),
    ],
)
def test_a_figure_inside_the_names_bracket_keeps_the_year_written_with_it(entry: str, kgi: tuple) -> None:
    plan = _read_md("計画の類型：C\n策定主体：高知県 山川町\n\n## 3 目指す姿（KGI）\n\n" + entry + "\n")
    assert [(s.topic, s.value, s.year) for s in plan.statements if s.kind == "kgi"] == [kgi]


def _kgis_under(entry: str) -> list[tuple]:
    plan = _read_md("計画の類型：C\n策定主体：高知県 山川町\n\n## 3 目指す姿（KGI）\n\n" + entry + "\n")
    return [(s.topic, s.value, s.role, s.year) for s in plan.statements if s.kind == "kgi" and s.value is not None]


@pytest.mark.parametrize(
    ("entry", "kgis"),
    [
        # a year, a stage or nothing before a bare figure: the figure is in the unit the name notes
        ("- 観光入込による付加価値増加額（億円）\n  - 令和11年度 9", [("value_added", 9e8, "target", 2029)]),
        ("- 付加価値増加額（R6比、千万円）\n  - 2031年度に12", [("value_added", 12e7, "target", 2031)]),
        ("- 付加価値増加額（億円）\n  - 現状 2、目標 6",
         [("value_added", 2e8, "current", None), ("value_added", 6e8, "target", None)]),
        # a note with any label before the unit is a unit note, not an amount of a million yen
        ("- 付加価値増加額（村内の製造業分、百万円）\n  - R11：80", [("value_added", 80e6, "target", 2029)]),
        # a line naming another indicator does not take the unit of the one above
        ("### （2）付加価値増加額（千万円）\n\n商談会への出展社数：9", []),
    ],
)
def test_a_bare_figure_takes_the_unit_of_its_kgis_name_only_after_a_year_or_stage(entry: str, kgis: list) -> None:
    assert _kgis_under(entry) == kgis


@pytest.mark.parametrize(("text", "values"), [("（千万円）", []), ("売上（R6比、百万円）", []), ("（四十億円）", [4e9])])
def test_indicator_quantities_leave_out_a_unit_note_as_find_quantities_does(text: str, values: list[float]) -> None:
    assert [q[0] for q in quantities(text)] == values


def test_both_sides_of_an_arrow_cell_take_the_unit_the_indicators_name_notes() -> None:
    plan = _read_md("計画の類型：C\n策定主体：高知県 山川町\n\n## 3 目指す姿（KGI）\n\n| 指標 | 現状→目標 |\n|---|---|\n"
                    "| 付加価値増加額（R6比、百万円） | ―→120（令和11年度） |\n"
                    "| 道の駅の売上高（千円） | 42,000（令和6年度）→61,000（令和11年度） |\n")
    got = [(s.value, s.role, s.year) for s in plan.statements if s.kind == "kgi" and s.value is not None]
    assert got == [(120e6, "target", 2029), (42e6, "current", 2024), (61e6, "target", 2029)]


def test_a_column_whose_header_notes_a_year_and_thousands_of_people_gives_its_figures_that_unit() -> None:
    # 「目標（令和12年度、千人）」: a label before the unit in the header's note (up to 30 characters), and 千人 a unit
    # as 千円 is
    plan = _read_md("計画の類型：C\n策定主体：岩手県 川畑町\n\n## 3 目指す姿（KGI）\n\n"
                    "| 指標 | 現状（令和6年度、千人） | 目標（令和12年度までの町内外からの参加者の延べ合計、千人） |\n|---|---|---|\n"
                    "| 体験型観光の参加者数 | 30 | 45 |\n")
    got = [(s.value, s.role) for s in plan.statements if s.kind == "kgi" and s.value is not None]
    assert got == [(30e3, "current"), (45e3, "target")]


def _record_units(lines: list[tuple[int, str, str | None]]) -> list[Unit]:
    """Units of one section from (line number, kind, key): a 「区分」 line says KGI, other keys a figure."""
    text = {None: "ある指標", "区分": "区分：KGI"}
    return [
        Unit(text=text.get(key, f"{key}：10件"), norm="", kind=kind, item=None, section="4", line=n, index=i, key=key)
        for i, (n, kind, key) in enumerate(lines)
    ]


def test_a_class_line_after_a_blank_line_or_a_new_name_line_is_not_a_field_of_the_entry_above() -> None:
    assert record_classes(_record_units([(1, "item", None), (2, "kv", "目標"), (3, "kv", "区分")]))[0] == {"kgi"}
    after_blank = _record_units([(1, "item", None), (2, "kv", "目標"), (4, "kv", "区分")])
    after_name = _record_units([(1, "item", None), (2, "kv", "目標"), (3, "kv", "指標名"), (4, "kv", "区分")])
    assert 0 not in record_classes(after_blank)
    assert 0 not in record_classes(after_name)


def test_an_entry_reads_its_class_among_at_most_max_fields_fields() -> None:
    def entry(n_before: int) -> list[Unit]:
        return _record_units([(1, "item", None), *((2 + k, "kv", "目標") for k in range(n_before)), (2 + n_before, "kv", "区分")])

    assert 0 in record_classes(entry(MAX_FIELDS - 1))
    assert 0 not in record_classes(entry(MAX_FIELDS))
