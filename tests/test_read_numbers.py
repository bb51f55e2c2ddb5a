"""Reading numbers in context: 和暦 periods, exchange rates, ranges, 億・万 mixes, amounts split over lines.

Each case is wording of its own, written for the behaviour; the QA drafts that first showed a need are
checked as a whole by tests/test_qa_drafts.py."""

from __future__ import annotations

import pytest

from chiiki_mirai.core.text.numbers import (
    arabic_numerals,
    arabic_spans,
    as_written,
    find_fiscal_years,
    find_quantities,
    percent_to_share,
    to_number,
)
from chiiki_mirai.readers import read_bytes
from chiiki_mirai.readers.digits import AsWritten


def _read(name: str, text: str):
    plan, _ = read_bytes(name, text.encode("utf-8"))
    return plan


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("年3億 5千万円", 3.5e8),
        ("累計1兆 2,000億円", 1.2e12),
        ("1兆2,000億円", 1.2e12),
        ("12.5億円", 12.5e8),
        ("3億5千万円", 3.5e8),
        ("４億２，５００万円", 4.25e8),
    ],
)
def test_oku_man_mixes_and_wrapped_amounts(text: str, value: float) -> None:
    qs = find_quantities(text)
    assert len(qs) == 1 and qs[0].value == value and qs[0].unit == "円"


def test_two_amounts_are_not_joined_across_a_space() -> None:
    assert [q.value for q in find_quantities("5万 3億円")] == [3e8]


def test_half_width_katakana_in_kpi_lines() -> None:
    plan = _read(
        "draft.txt",
        "計画類型：B\n策定主体：山梨県\n\n5.3 KPI及びKPI未達時の撤退基準\n"
        "KPI1 ﾃﾞｻﾞｲﾅｰ研修の修了者数　目標年30人　期限令和11年度\n"
        "担当：産業人材課　撤退基準：2年続けて15人未満なら研修を見直す\n"
        "KPIは半期ごとに確認する。\n",
    )
    assert [k.name for k in plan.kpis] == ["デザイナー研修の修了者数"]
    assert plan.kpis[0].owner == "産業人材課"


def test_era_period_end_year_and_target_year() -> None:
    ys = find_fiscal_years("令和9～14年度")
    assert [(y.fy, y.span_start) for y in ys] == [(2027, True), (2032, False)]
    assert [y.fy for y in find_fiscal_years("R9～R13")] == [2027, 2031]
    assert [y.fy for y in find_fiscal_years("2031年度（R13）")] == [2031, 2031]

    # a total over a period is dated by the period's last year
    plan, _ = read_bytes("draft.md", "類型：B\n\n## 目指すべき目標（KGI）\n\n官民設備投資額：令和9年度～令和14年度の累計で50億円\n".encode())
    assert [(k.cumulative_value, k.year) for k in plan.kgis] == [(50e8, 2032)]


def test_exchange_rate_is_not_a_yen_amount() -> None:
    assert [q.raw for q in find_quantities("2,400万ドル（約36億円、1ドル＝150円）")] == ["36億円"]
    assert find_quantities("3.2億ドル") == []
    assert find_quantities("1ドル145円で換算") == []
    assert find_quantities("145円/ドル") == []


def test_ranges_and_man_units() -> None:
    assert [q.value for q in find_quantities("約2～4億円")] == [4e8]
    assert [(q.value, q.unit) for q in find_quantities("年間2.5万人")] == [(25000, "人")]
    assert [(q.value, q.unit) for q in find_quantities("延べ4,200人泊")] == [(4200, "人泊")]


# Every written unit, read exactly (a unit's multiplier one off must fail). A big unit after a space is the table
# style (「売上高 1,250 百万円」): the number and the unit's multiplier are read apart.
@pytest.mark.parametrize(
    ("text", "value", "unit", "written"),
    [
        ("国内市場規模 2 兆円", 2e12, "円", "兆円"),
        ("総事業費 48 億円", 4.8e9, "円", "億円"),
        ("補助額 5 千万円", 5e7, "円", "千万円"),
        ("売上高 1,250 百万円", 1.25e9, "円", "百万円"),
        ("単価 2.5 万円", 25000, "円", "万円"),
        ("事業費 1,200 千円", 1.2e6, "円", "千円"),
        ("参加費3,000円", 3000, "円", "円"),
        ("延べ4,200人泊", 4200, "人泊", "人泊"),
        ("観光客 12 万人", 1.2e5, "人", "万人"),
        ("年間400人", 400, "人", "人"),
        ("従業員35名", 35, "人", "名"),
        ("組合員42社", 42, "社", "社"),
        ("商談12件", 12, "件", "件"),
        ("研修会を年12回", 12, "回", "回"),
        ("シェア40％", 40, "%", "%"),
        ("調達を5割に", 50, "%", "割"),
        ("農地30ha", 30, "ha", "ha"),
        ("農地20ヘクタール", 20, "ha", "ヘクタール"),
        ("年産100MW", 100, "MW", "MW"),
        ("洋上風力2GW", 2000, "MW", "GW"),
        ("出力500kW", 0.5, "MW", "kW"),
        ("CO2削減量 3 万トン", 3e4, "トン", "万トン"),
        ("5千トン", 5000, "トン", "トン"),
        ("年間8t", 8, "トン", "t"),
    ],
)
def test_every_unit_exactly(text: str, value: float, unit: str, written: str) -> None:
    assert [(q.value, q.unit, q.written_unit) for q in find_quantities(text)] == [(value, unit, written)]


@pytest.mark.parametrize(
    ("text", "money"),
    [("事業費3億円", True), ("観光客12万人", False), ("組合員42社", False), ("シェア40%", False), ("年間8t", False)],
)
def test_only_yen_is_money(text: str, money: bool) -> None:
    assert [q.is_money for q in find_quantities(text)] == [money]


# The amounts read in a line, as written: what is skipped is not an amount (a word, a heading's number, a rate),
# and skipping it never stops the reading of what follows.
@pytest.mark.parametrize(
    ("text", "read"),
    [
        ("従業員一人当たりの付加価値額", []),
        ("一人当たり年収は450万円", [("450万円", 4.5e6)]),
        ("3.人材の確保\n研修修了者30人", [("30人", 30)]),  # 「3.」 numbers a heading
        ("金額,円\n事業費,3,000万円", [("3,000万円", 3e7)]),  # a CSV-like table: separators are not digits
        ("連携企業数,5社", [("5社", 5)]),
        ("シェア二十％", [("二十%", 20)]),
        # an amount wrapped after its 億 with a space, at the start of a line, after another amount, next to one
        ("3億 5千万円", [("3億 5千万円", 3.5e8)]),
        ("総額12億 5千万円", [("12億 5千万円", 1.25e9)]),
        ("従業員50人、投資額3億 5千万円", [("50人", 50), ("3億 5千万円", 3.5e8)]),
        ("参加5社3億 5千万円", [("5社", 5), ("3億 5千万円", 3.5e8)]),  # table cells run together
        # a number on the next line is an amount of its own
        ("予算3億 \n5千万円", [("5千万円", 5e7)]),
        ("予算3億\n5千万円", [("5千万円", 5e7)]),
        # exchange rates are skipped for yen only, and from the start of the text
        ("決済通貨別の取引先はドル 12社、ユーロ 5社", [("12社", 12), ("5社", 5)]),
        ("決済通貨別の取引件数はドル 120件、ユーロ 45件", [("120件", 120), ("45件", 45)]),
        ("ドル＝150円で換算", []),
        ("1ドル＝150円で換算して総額36億円", [("36億円", 3.6e9)]),
        ("換算レートは1ドル＝150円", []),
        ("1ユーロ = 約 160円で換算", []),  # 8 characters from the currency to the number
        ("換算レート 21円 / 人民元", []),
        # however wide the spacing between the currency and the rate (a window of 8 characters missed these)
        ("1人民元 = およそ 20円で換算", []),
        ("1 ドル  =  約 150円で換算", []),
        ("換算レート 21円  /  人民元", []),
        # a currency named earlier in the line, not right before the number, leaves the amount in yen
        ("ドル建ての取引を含め売上 12億円", [("12億円", 1.2e9)]),
        ("売上 12億円（年）/ ドル建て", [("12億円", 1.2e9)]),
        ("1人民元＝約21円", []),  # 「1人民元」 is no head count
        # "t" is also a letter: a unit only right after a digit
        ("年産5千t、出荷量4,000t", [("4,000t", 4000)]),
        # a wrapped amount deep in a long paragraph (positions past the small-integer cache)
        ("本事業では地域の中核企業と連携し、" * 20 + "総額3億 5千万円を投じる。", [("3億 5千万円", 3.5e8)]),
    ],
)
def test_amounts_read_in_a_line(text: str, read: list[tuple[str, float]]) -> None:
    assert [(q.raw, q.value) for q in find_quantities(text)] == read


@pytest.mark.parametrize(
    ("text", "read"),
    [
        ("シェア40%", 0.4),
        ("地元調達率を5割に", 0.5),
        ("県内調達100%", 1.0),
        ("県外比率0%", 0.0),
        ("前年比120%", None),  # a ratio over 100% is no share
        ("従業員35名", None),
    ],
)
def test_percent_to_share(text: str, read: float | None) -> None:
    (q,) = find_quantities(text)
    assert percent_to_share(q) == read


# year, as written, written as 年度 (or an era year), first year of a period
@pytest.mark.parametrize(
    ("text", "years"),
    [
        ("2026年", [(2026, "2026年", False, False)]),
        ("2026年度", [(2026, "2026年度", True, False)]),
        ("令和8年", [(2026, "令和8年", True, False)]),
        ("昭和60年", [(1985, "昭和60年", True, False)]),
        ("計画期間：R8～R12", [(2026, "R8", True, True), (2030, "R12", True, False)]),
        ("2026年度、2030年度", [(2026, "2026年度", True, False), (2030, "2030年度", True, False)]),
        ("実施期間：2026年度～2026年度", [(2026, "2026年度", True, False), (2026, "2026年度", True, False)]),
        ("2030年度～2026年度", [(2030, "2030年度", True, False), (2026, "2026年度", True, False)]),  # reversed: no period
        ("令和8年度～5年間", [(2026, "令和8年度", True, False)]),  # a length, not the end of the period
        ("実施期間：令和8～8年度", [(2026, "令和8", True, False)]),  # the end of a period comes after its start
        # an era year after kana or kanji is a year; glued to a Latin letter it is a code
        ("目標はR12", [(2030, "R12", True, False)]),
        ("付加価値額（対R6比）", [(2024, "R6", True, False)]),
        ("規格CR8に適合し、令和9年度に量産", [(2027, "令和9年度", True, False)]),
        # era years 1..99: a GPU model is no year, and reading goes on after it
        ("H100を200基、令和10年度までに導入", [(2028, "令和10年度", True, False)]),
        ("令和0年度", []),
        ("令和99年度", [(2117, "令和99年度", True, False)]),
        ("令和95～99年度", [(2113, "令和95", True, True), (2117, "99年度", True, False)]),
        # fiscal years written the English way; a code with letters before FY is none
        ("目標：FY2030（FY2024比）", [(2030, "FY2030", True, False), (2024, "FY2024", True, False)]),
        ("FY27～FY29", [(2027, "FY27", True, True), (2029, "FY29", True, False)]),
        ("FY 2031", [(2031, "FY 2031", True, False)]),
        ("型式AFY2030", []),
    ],
)
def test_years_as_written(text: str, years: list[tuple[int, str, bool, bool]]) -> None:
    assert [(y.fy, y.raw, y.fiscal, y.span_start) for y in find_fiscal_years(text)] == years


@pytest.mark.parametrize(
    ("run", "value"),
    [
        ("1億2千万", 1.2e8),
        ("１，２００", 1200),
        ("一二三", 123),
        ("3.", None),  # a heading's number, not 3
        (".5", None),
        ("万5", None),
        ("-5", None),  # no sign is read
        ("十十十", None),  # kanji numerals out of order
        ("1.5億2.5万", None),  # two decimal points
        ("", None),
    ],
)
def test_to_number(run: str, value: float | None) -> None:
    assert to_number(run) == value


# Years written in kanji numerals: a Western year digit by digit (「二〇三〇」, ○ typed for 〇) or as a number, and the
# end of an era period written once (「令和八～十二年度」).
@pytest.mark.parametrize(
    ("text", "years"),
    [
        ("目標年度は二〇三二年度とする", [2032]),
        ("二○二九年に稼働", [2029]),
        ("二千三十一年度まで", [2031]),
        ("令和九～十三年度の五年間", [2027, 2031]),
        ("令和十一年度に達成", [2029]),
        ("二〇四〇年代の姿", []),  # a decade
    ],
)
def test_years_in_kanji_numerals(text: str, years: list[int]) -> None:
    assert [y.fy for y in find_fiscal_years(text)] == years


@pytest.mark.parametrize(
    ("text", "arabic"),
    [
        ("出荷額を四十二億円に", "出荷額を42億円に"),
        ("総事業費二億七千万円", "総事業費2億7000万円"),
        ("研修の修了者を延べ千八百人", "研修の修了者を延べ1800人"),
        ("二〇三二年度に令和十四年度の計画", "2032年度に令和14年度の計画"),
        ("令和九～十三年度", "令和9～13年度"),
        ("利用率を五十五％へ", "利用率を55％へ"),
        # words made of numerals, blanks to fill and a count of tens stay as written
        ("従業員一人当たりの付加価値", "従業員一人当たりの付加価値"),
        ("社員一人ひとりの技能", "社員一人ひとりの技能"),
        ("九州と四国の一部で十分に", "九州と四国の一部で十分に"),
        ("投資額〇〇億円（調整中）", "投資額〇〇億円（調整中）"),
        ("現状〇人", "現状〇人"),
        ("数十億円規模", "数十億円規模"),
        ("万人に開かれた", "万人に開かれた"),
        ("第三工場", "第三工場"),
        # counters of things count; place names and phrases made with numerals stay
        ("乾燥炉を二基増設し三か所で稼働", "乾燥炉を2基増設し3か所で稼働"),
        ("市内の酒造会社（六蔵）が参加", "市内の酒造会社（6蔵）が参加"),  # breweries counted as 蔵
        ("四日市市と十日町市の工場", "四日市市と十日町市の工場"),
        ("二本松市・八戸市・千歳市", "二本松市・八戸市・千歳市"),
        ("関東一円に出荷", "関東一円に出荷"),
        ("（一社）北浜観光協会と三社で", "（一社）北浜観光協会と3社で"),  # 一般社団法人, not one company
        ("特定の一社に頼らず五社で分担", "特定の一社に頼らず5社で分担"),  # written so in digit-style drafts too
        ("出荷できる事業者を一社から六社に増やす", "出荷できる事業者を1社から6社に増やす"),  # a count that changes
        # idioms made with a numeral and a counter stay as written; a date or two counts side by side are numbers
        ("親子で二人三脚の経営", "親子で二人三脚の経営"),
        ("町内の一人親方への支援", "町内の一人親方への支援"),
        ("三日月形の湾", "三日月形の湾"),
        ("相談に一件一件応じる", "相談に一件一件応じる"),
        ("規模を一回り広げる", "規模を一回り広げる"),
        ("一日も早い再開", "一日も早い再開"),
        ("百名城の一つ", "百名城の一つ"),
        ("令和八年三月に開業", "令和8年3月に開業"),
        ("三社五団体で構成", "3社5団体で構成"),
        ("生徒一人一台の端末", "生徒1人1台の端末"),
        ("事業費（百万円）", "事業費（百万円）"),  # the unit of a column, no number
        ("受注額（千円／年）", "受注額（千円／年）"),
        ("（単位：百万円、人）", "（単位：百万円、人）"),
        ("千人", "千人"),  # a cell holding nothing but a column's unit
        ("百十億円", "110億円"),  # a cell holding a number made of powers of ten only
        ("（千百人）", "（1100人）"),
        ("出荷額（前年度比、百万円）", "出荷額（前年度比、百万円）"),  # the unit closing a note in brackets
        ("（前年度比、十億円の増加）", "（前年度比、10億円の増加）"),
        ("（R7年度、千円）", "（R7年度、千円）"),
        ("（単位、百万円）", "（単位、百万円）"),
        ("（地元からの仕入額、千円）", "（地元からの仕入額、千円）"),
        ("観光客数（前年度比、千人）", "観光客数（前年度比、千人）"),
        ("売上増加額（R7比、百万円／年）", "売上増加額（R7比、百万円／年）"),  # a yearly unit closing the note
        # a note's last part is an amount unless a comparison or a label before it makes it a column's unit
        ("出荷額（うち県外分、十億円）", "出荷額（うち県外分、10億円）"),
        ("雇用（うち新規、百人）", "雇用（うち新規、100人）"),
        # a count of tens, hundreds or thousands alone is a number outside a unit label
        ("年間に十億円を投じ、修了者を百人、宿泊者を千人", "年間に10億円を投じ、修了者を100人、宿泊者を1000人"),
        ("（十億円を上限とする）", "（10億円を上限とする）"),
        # a cell that is a figure alone takes its unit from its column: a bare number, as typed in digits
        ("六万四千", "64000"),
        ("約九千五百", "約9500"),
        (" 二百七 ", " 207 "),
        ("〇〇", "〇〇"),  # a blank to fill stays
        ("万", "万"),
        # a text that is a unit word alone names no figure; a figure written digit by digit reads so at any length
        ("千", "千"),
        ("百", "百"),
        ("百万", "百万"),
        ("累計 三〇〇", "累計 300"),
        ("六〇〇〇", "6000"),
    ],
)
def test_kanji_numerals_that_count_are_written_in_arabic_digits(text: str, arabic: str) -> None:
    assert arabic_numerals(text) == arabic


_PLAN_IN_DIGITS = """計画類型：C
策定主体：山辺県 沢井町
計画期間：令和8年度～令和12年度

## 目指すべき目標（KGI）

付加価値増加額：2030年度に4億8,000万円（2025年度比）

## KPI及び撤退基準

KPI1 木工体験の参加者数　目標：2029年度に1,500人　担当：沢井町観光課
撤退基準：2年続けて750人未満なら内容を見直す
"""


def test_a_plan_in_kanji_numerals_reads_as_the_same_plan_in_digits() -> None:
    kanji = (_PLAN_IN_DIGITS.replace("令和8年度～令和12年度", "令和八年度～令和十二年度")
             .replace("2030年度に4億8,000万円（2025年度比）", "二〇三〇年度に四億八千万円（二〇二五年度比）")
             .replace("2029年度に1,500人", "二〇二九年度に千五百人").replace("2年続けて750人", "二年続けて七百五十人"))
    digits, words = _read("digits.md", _PLAN_IN_DIGITS), _read("kanji.md", kanji)
    period = (words.period.start_fy, words.period.end_fy)
    assert period == (digits.period.start_fy, digits.period.end_fy) == (2026, 2030)
    assert [(k.value, k.year) for k in words.kgis] == [(k.value, k.year) for k in digits.kgis] == [(4.8e8, 2030)]
    kpis = [(k.name, k.deadline, k.owner, bool(k.withdrawal_criterion)) for k in words.kpis]
    assert kpis == [(k.name, k.deadline, k.owner, bool(k.withdrawal_criterion)) for k in digits.kpis]
    # what the user is shown of the KPI is the draft's text
    assert [k.target for k in words.kpis] == ["二〇二九年度に千五百人"]
    assert [k.target for k in digits.kpis] == ["2029年度に1,500人"]


def test_a_kanji_amount_is_read_in_digits_and_quoted_as_written() -> None:
    plan = _read("draft.md", "類型：A\n\n# 3 核となる大規模投資案件\n\n"
                 "- 株式会社ひばり化成：樹脂工場の増設（投資額三百億円）。令和十年度に稼働する。\n")
    (inv,) = plan.investments
    assert inv.amount == 3e10 and inv.operation_year == 2028
    assert "投資額三百億円" in inv.evidence.text and "令和十年度" in inv.evidence.text
    quotes = [s.place.quote for s in plan.statements if s.kind == "investment"]
    assert quotes and all("三百億円" in q and "300" not in q for q in quotes)


@pytest.mark.parametrize(
    ("text", "part", "written"),
    [
        ("投資額三百億円、令和十二年度に稼働", "300億円", "三百億円"),
        ("投資額三百億円、令和十二年度に稼働", "令和12年度に稼働", "令和十二年度に稼働"),
        ("二〇三〇年度に千五百人", "2030年度に1500人", "二〇三〇年度に千五百人"),
        ("修了者を百人、事業費（百万円）", "事業費（百万円）", "事業費（百万円）"),  # a column's unit is not rewritten
        ("投資額三百億円", "30", "三百億"),  # a quote that cuts a rewritten run gives the whole run
        ("延べ千八百人", "延べ", "延べ"),
    ],
)
def test_a_part_of_the_text_in_digits_maps_back_to_the_text_as_written(text: str, part: str, written: str) -> None:
    rewritten, spans = arabic_spans(text)
    at = rewritten.index(part)
    assert as_written(text, spans, at, at + len(part)) == written


def _as_written(*lines: tuple[int, str]) -> AsWritten:
    back = AsWritten()
    for line, text in lines:
        back.digits(text, line)
    return back


@pytest.mark.parametrize(
    ("lines", "quote", "line", "written"),
    [
        # a smaller amount that the digits of a larger one end with is quoted as itself
        (((4, "百三十億円"), (4, "三十億円")), "30億円", 4, "三十億円"),
        (((4, "売上高を百三十億円、うち輸出額を三十億円とする。"),), "30億円", 4, "三十億円"),
        (((4, "売上高を百三十億円、うち輸出額を三十億円とする。"),), "うち輸出額を30億円", 4, "うち輸出額を三十億円"),
        # a text put together from several places: each number as written where it was cut from, even when the same
        # digits are written in digits elsewhere in the draft
        (((1, "# 6 推進体制"), (2, "会合は毎年12月に開く"), (5, "現状値（令和六年度）"), (5, "目標値（令和十二年度）"),
          (6, "十二億円")),
         "現状値（令和6年度）…目標値（令和12年度）：12億円", None, "現状値（令和六年度）…目標値（令和十二年度）：十二億円"),
        (((1, "# 6 推進体制"), (2, "人材育成は令和六年度から")), "6 推進体制", None, "6 推進体制"),
    ],
)
def test_a_quote_maps_back_to_the_number_it_was_cut_from(lines, quote: str, line: int | None, written: str) -> None:
    assert _as_written(*lines).quote(quote, line) == written


_INVESTMENTS_IN_KANJI = """類型：A

## 3 核となる大規模投資案件

| No. | 投資企業名 | 投資概要 | 担当府省庁・担当部署 | 投資時期／稼働開始 | 投資総額 |
|---|---|---|---|---|---|
| ① | 北嶺パイル製作(株)（鋼管大手と県内鉄工二社の合弁） | 港湾地区における基礎部材の製造工場 | 経済産業省 資源エネルギー庁／県 エネルギー課 | 二〇二七年四月着工／二〇二八年十月稼働 | 約四百二十億円 |
| ② | 西浜オフショア(株) | 港のO&M拠点（CTV 六隻、部品倉庫、遠隔監視センター） | 国土交通省 港湾局／県 港湾課 | 二〇二七年度～二〇二九年度 | 約八十五億円 |
| ③ | 北風エナジー合同会社 | 沖合の洋上風力発電所（約820MW）建設 | 経済産業省 資源エネルギー庁／県 エネルギー課 | 二〇二八年度着工／二〇三一年度運開 | 約四千五百億円 |
| 合計 |  |  |  |  | 約五千五億円 |
| ※ | ①は「部材供給網支援事業」（令和八年四月採択済み）、②は承認済みの事業計画（令和八年五月承認）。③は公募占用計画の認定済み。 |  |  |  |  |
"""


def test_a_table_with_its_figures_in_kanji_is_laid_out_as_in_digits() -> None:
    # which rows are labels and which way a table runs depend on its figures: read in digits, the rows are the records
    plan = _read("draft.md", _INVESTMENTS_IN_KANJI)
    got = [(i.company, i.amount, i.operation_year) for i in plan.investments][:3]
    assert got == [("北嶺パイル製作(株)", 4.2e10, 2028), ("西浜オフショア(株)", 8.5e9, 2027), ("北風エナジー合同会社", 4.5e11, 2028)]
