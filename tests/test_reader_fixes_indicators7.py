"""KGI/KPI and number reading fixes driven by the seventh QA set (tests/data/qa_drafts7), each tested on
wording of its own (other regions, products, departments and layouts than the QA drafts). The QA drafts
themselves are checked by tests/test_qa_drafts.py."""

from __future__ import annotations

from chiiki_mirai.core.text.numbers import find_fiscal_years, find_quantities
from chiiki_mirai.readers import read_bytes
from chiiki_mirai.readers.extract_indicators import target_year


def _read_md(text: str):
    plan, _ = read_bytes("draft.md", text.encode("utf-8"))
    return plan


def _read_txt(text: str):
    plan, _ = read_bytes("draft.txt", text.encode("utf-8"))
    return plan


def _kgi(plan, kind: str):
    found = [k for k in plan.kgis if k.kind == kind]
    assert found, [(k.kind, k.name) for k in plan.kgis]
    return found[0]


# --- a KGI table whose unit is "人／年" in the header, apart from the money table ---------------------

_TWO_TABLES = (
    "計画類型：A\n策定主体：新潟県\n\n## 3 目指す姿\n\n"
    "KGIは2038年度を目標年度として次表のとおりとする。\n\n"
    "| KGI | 2038年度目標（億円） | 累計（億円） |\n|---|---|---|\n"
    "| 官民設備投資額 | 95 | 760 |\n| 付加価値増加額 | 210 | － |\n\n"
    "| KGI | 2038年度目標（人／年） |\n|---|---|\n"
    "| 産業人材育成数 | 180 |\n| （独自）実証案件数（基） | 12 |\n"
)


def test_unit_per_year_in_header_is_read_for_talent() -> None:
    plan = _read_md(_TWO_TABLES)
    t = _kgi(plan, "talent")
    assert (t.value, t.unit, t.year, t.annual) == (180, "人", 2038, True)
    assert _kgi(plan, "investment").cumulative_value == 760e8
    # a row with its own unit ("（基）") does not take the column's unit
    assert not any(k.unit == "人" and "実証" in k.name for k in plan.kgis)


# --- KGI lines written as paragraphs under a bold-free lead-in line; the basis paragraph is no KGI ------

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


def test_kgi_lines_after_a_kgi_lead_in_and_basis_not_read_as_kgis() -> None:
    plan = _read_md(_PARA_LINES)
    inv = _kgi(plan, "investment")
    assert (inv.value, inv.cumulative_value, inv.year) == (18e8, 120e8, 2034)
    va = [k for k in plan.kgis if k.kind == "value_added"]
    assert [(k.value, k.unit) for k in va] == [(64e8, "円")]
    assert _kgi(plan, "talent").value == 70


# --- a KGI named on its own item, its figures on the sub-items; a KPI named on its own item ------------

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


# --- a KGI table row giving the cumulative value only -------------------------------------------------


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


# --- numbers -------------------------------------------------------------------------------------------


def test_era_period_end_year_and_target_year() -> None:
    ys = find_fiscal_years("令和9～14年度")
    assert [(y.fy, y.span_start) for y in ys] == [(2027, True), (2032, False)]
    assert [y.fy for y in find_fiscal_years("R9～R13")] == [2027, 2031]
    assert [y.fy for y in find_fiscal_years("2031年度（R13）")] == [2031, 2031]

    assert target_year("令和9年度～令和14年度の累計で50億円") == 2032


def test_exchange_rate_is_not_a_yen_amount() -> None:
    assert [q.raw for q in find_quantities("2,400万ドル（約36億円、1ドル＝150円）")] == ["36億円"]
    assert find_quantities("3.2億ドル") == []
    assert find_quantities("1ドル145円で換算") == []
    assert find_quantities("145円/ドル") == []


def test_ranges_and_man_units() -> None:
    assert [q.value for q in find_quantities("約2～4億円")] == [4e8]
    assert [(q.value, q.unit) for q in find_quantities("年間2.5万人")] == [(25000, "人")]
    assert [(q.value, q.unit) for q in find_quantities("延べ4,200人泊")] == [(4200, "人泊")]


def test_kpi_name_keeps_nenkan_before_a_word() -> None:
    plan = _read_txt(
        "プランの種類：地場産業成長プラン（Ｃ）\n策定主体：高知県土佐町\n\n"
        "KPI及びKPI未達時の撤退基準の設定\n"
        "KPI①　海外の年間取引社数：R11年度に25社（担当：町産業振興課）\n"
        "撤退基準：R10年度に8社未満なら海外商談会への出展をやめる。\n"
    )
    assert plan.kpis and plan.kpis[0].name == "海外の年間取引社数"
