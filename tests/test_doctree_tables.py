"""Tables as records: header rows, orientation, totals (readers/doctree/tables.py)."""

from __future__ import annotations

import pytest

from chiiki_mirai.readers.doctree.model import Place
from chiiki_mirai.readers.doctree.tables import header_count, is_total, make_table

P = Place(1)


def test_rows_table_with_kgi_per_row() -> None:
    t = make_table(
        [
            ["KGI", "現状（2025年度）", "目標（2035年度）"],
            ["設備投資額", "20億円", "60億円"],
            ["雇用", "300人", "420人"],
        ],
        None,
        P,
    )
    assert t.orientation == "rows" and t.header_rows == 1 and t.header_cols == 0
    assert t.records[1] == {"KGI": "雇用", "現状（2025年度）": "300人", "目標（2035年度）": "420人"}


def test_columns_table_with_cases_as_columns() -> None:
    t = make_table(
        [
            ["", "ケースA", "ケースB"],
            ["投資額", "30億円", "45億円"],
            ["雇用", "50人", "80人"],
            ["着工", "2027年度", "2028年度"],
        ],
        None,
        P,
    )
    assert t.orientation == "columns" and t.header_cols == 1
    assert t.records[0] == {"行1": "ケースA", "投資額": "30億円", "雇用": "50人", "着工": "2027年度"}


def test_cover_table_of_label_value_pairs_is_one_record() -> None:
    t = make_table(
        [["計画名", "湖東繊維クラスター計画"], ["策定主体", "滋賀県"], ["担当", "商工政策課"]], None, P
    )
    assert t.orientation == "columns" and len(t.records) == 1
    assert t.records[0] == {"計画名": "湖東繊維クラスター計画", "策定主体": "滋賀県", "担当": "商工政策課"}


def test_generic_two_column_header_reads_by_rows() -> None:
    t = make_table([["項目", "内容"], ["計画名", "湖東繊維クラスター計画"], ["策定主体", "滋賀県"]], None, P)
    assert t.orientation == "rows" and t.records[1] == {"項目": "策定主体", "内容": "滋賀県"}


def test_merged_header_two_rows_and_duplicate_labels() -> None:
    grid = [["企業", "投資", "投資", "備考"], ["企業", "額", "時期", "備考"], ["甲社", "5億円", "2027", ""]]
    assert header_count(grid) == 2
    t = make_table(grid, None, P)
    assert t.records[0] == {"企業": "甲社", "投資 額": "5億円", "投資 時期": "2027", "備考": ""}
    t = make_table([["値", "値"], ["1", "2"]], None, P)
    assert list(t.records[0]) == ["値", "値#2"]


@pytest.mark.parametrize(
    "name",
    [
        "合計",
        "計",
        "小計",
        "総計",
        "3社計",
        "（参考）市全体",
        "(参考) 県全体",
        "【参考】全国",
        "市全体",
        "全体計",
    ],
)
def test_total_and_reference_rows(name: str) -> None:
    assert is_total(name)


@pytest.mark.parametrize("name", ["設計", "会計事務所", "計画推進課", "全体最適化の推進", "株式会社参考堂"])
def test_names_that_are_not_totals(name: str) -> None:
    assert not is_total(name)


def test_empty_rows_and_right_columns_dropped_and_ragged_rows_padded() -> None:
    t = make_table([["a", "b", ""], ["", "", ""], ["1"], ["2", "3", ""]], "表1 見本", P)
    assert t.cells == (("a", "b"), ("1", ""), ("2", "3")) and t.title == "表1 見本"
    assert make_table([], None, P) is None


def test_kgis_across_the_top_and_cases_down_the_left_read_by_columns() -> None:
    t = make_table(
        [
            ["指標", "官民設備投資額", "付加価値増加額"],
            ["現状（2025年度）", "100億円", "50億円"],
            ["目標（2035年度）", "300億円", "150億円"],
        ],
        None,
        P,
    )
    assert t.orientation == "columns"
    assert t.records[0] == {
        "指標": "官民設備投資額",
        "現状（2025年度）": "100億円",
        "目標（2035年度）": "300億円",
    }


ITEMS_DOWN = [
    ["区分", "指標", "現状（2025年度）", "中間（2028年度）", "目標（2035年度）", "担当部署・確認の頻度"],
    ["KGI", "域内調達額", "12億円", "20億円", "30億円", "商工課・毎年度"],
    ["KGI", "新規雇用", "―", "60人", "150人", "雇用課・毎年度"],
    ["KPI", "商談件数", "5件", "20件", "40件", "商工課・半期"],
    ["KPI", "試作品数", "0件", "5件", "12件", "工業技術センター・四半期"],
    ["独自KGI", "試作品の売上", "0円", "1億円", "3億円", "商工課・毎年度"],
    ["KPI", "研修の修了者数", "―", "30人", "80人", "人材課・毎年度"],
]


@pytest.mark.parametrize("transposed", [False, True], ids=["items-as-rows", "items-as-columns"])
def test_a_repeated_category_line_is_values_so_either_way_of_a_kgi_table_gives_the_same_records(transposed: bool) -> None:
    grid = [list(c) for c in zip(*ITEMS_DOWN, strict=True)] if transposed else ITEMS_DOWN
    t = make_table(grid, None, P)
    assert t.orientation == ("columns" if transposed else "rows")
    assert t.records[2] == dict(zip(ITEMS_DOWN[0], ITEMS_DOWN[3], strict=True))


def test_a_merged_header_of_repeated_labels_over_years_is_still_a_header() -> None:
    grid = [
        ["指標", "現状", "現状", "目標", "目標"],
        ["指標", "2024年度", "2025年度", "2030年度", "2035年度"],
        ["出荷額", "16億円", "18億円", "25億円", "40億円"],
        ["雇用", "210人", "220人", "260人", "300人"],
    ]
    t = make_table(grid, None, P)
    assert t.orientation == "rows" and t.header_rows == 2 and t.records[1]["目標 2035年度"] == "300人"


def test_years_across_the_top_read_by_rows() -> None:
    t = make_table(
        [["指標", "2025年度", "2030年度", "2035年度"], ["出荷額", "18億円", "25億円", "40億円"]], None, P
    )
    assert t.orientation == "rows" and t.records[0]["2035年度"] == "40億円"


def test_years_down_the_left_read_by_columns_so_the_records_are_the_indicators_as_across_the_top() -> None:
    across = [["指標", "令和6年度（基準）", "令和12年度（目標）"], ["加工品の売上額（R6比、年間、百万円）", "900", "1,500"],
              ["新規就業者数（R8からの累計、人）", "―", "30"]]
    down = [list(c) for c in zip(*across, strict=True)]
    a, d = make_table(across, None, P), make_table(down, None, P)
    assert (a.orientation, d.orientation) == ("rows", "columns")
    assert d.records == a.records


def test_a_ditto_mark_repeats_the_cell_above_or_to_the_left_and_the_cells_keep_what_was_written() -> None:
    t = make_table(
        [
            ["KPI", "担当", "確認の場", "撤退基準"],
            ["出荷量", "農林課", "推進会議（年2回）", "3年目に半分未満なら見直す"],
            ["新商品数", "〃", "同上", "同左"],
        ],
        None,
        P,
    )
    assert t.records[1] == {"KPI": "新商品数", "担当": "農林課", "確認の場": "推進会議（年2回）", "撤退基準": "推進会議（年2回）"}
    assert t.cells[2] == ("新商品数", "〃", "同上", "同左")


def test_a_form_headed_by_generic_words_with_a_blank_sub_label_column_reads_rows() -> None:
    # 「記載項目 | （空き） | 記載内容」 over cover rows and items split into sub-rows (an Excel form exported as Markdown)
    rows = [
        ["記載項目", "", "記載内容"],
        ["策定主体", "", "湊県（商工労働部）"],
        ["計画期間", "", "令和9年度～令和13年度"],
        ["1 産業領域", "(1) 該当する業種", "生産用機械器具製造業（半導体製造装置部品）"],
        ["", "(2) 特定の理由", "流域に装置部品の加工業者が約180社集積している。"],
    ]
    t = make_table(rows, None, Place(1, ()))
    assert t.orientation == "rows" and t.records[0]["記載内容"] == "湊県（商工労働部）"
