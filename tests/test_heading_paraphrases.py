"""Labels offices write for the 記載項目 in words of their own name the item (readers/heading_canon.py, outline.label_match)."""

from __future__ import annotations

import pytest

from chiiki_mirai.readers.kbview import targets
from chiiki_mirai.readers.outline import label_match

CASES = [
    ("B", "効果の検証", "B.3.4"),
    ("C", "成果の検証", "C.3.4"),
    ("B", "KPIと撤退基準", "B.5.3"),
    ("C", "KPIおよび撤退基準", "C.5.4"),
    ("B", "目標設定の根拠", "B.3.3"),
    ("C", "推進の中心となる地域", "C.2.1"),
    ("C", "核となる地域を記入してください", "C.2.1"),
    ("A", "対象区域を記入してください", "A.2.1"),
    ("A", "地方ブロックの「計画の素案」における位置付けを記入してください", "A.1.5"),
    ("B", "域内への波及", "B.4.3"),
    ("C", "地域への広がり", "C.4.3"),
    ("A", "地域経済への波及・相乗効果", "A.3.2"),
    ("A", "核となる大規模投資案件について記入してください", "A.3"),
    ("B", "地元化", "B.6"),
    ("C", "地元化", "C.6"),
    # questions a narrative draft asks as its headings
    ("C", "成果をどう確かめるか", "C.3.4"),
    ("B", "効果をどうやって確かめるか", "B.3.4"),
    ("C", "何を売るのか", "C.1.1"),
    ("C", "事業の中心になる地域", "C.2.1"),
    ("C", "いま、この町の漆器はどうなっているのか", "C.3.1"),
    ("C", "現状と、3年後・8年後の姿", "C.3"),
]


@pytest.mark.parametrize(("plan_type", "label", "item"), CASES)
def test_a_label_in_an_offices_words_names_its_item_closely(plan_type: str, label: str, item: str) -> None:
    m = label_match(label, list(targets(plan_type)), None)
    assert m is not None and m.target.id == item and m.score >= 85, (label, m and (m.target.id, m.score))


@pytest.mark.parametrize(("plan_type", "label"), [("B", "工程表（ロードマップ）"), ("C", "推進スケジュール"), ("A", "ロードマップ")])
def test_a_heading_for_the_plans_schedule_in_general_names_no_item(plan_type: str, label: str) -> None:
    assert label_match(label, list(targets(plan_type)), None) is None
