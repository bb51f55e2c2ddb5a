"""The map of every plan: each author's prefecture, counts by type, investment, status; a self-contained file."""

from __future__ import annotations

import datetime as dt
import json
import re

import pytest

from chiiki_mirai.cli import main
from chiiki_mirai.core.plan import KGI, KPI, Author, Investment, Plan
from chiiki_mirai.progress.check import check_progress
from chiiki_mirai.progress.mapdata import MapEntry, build_map_data, geometry
from chiiki_mirai.progress.maphtml import render_map_html
from chiiki_mirai.progress.places import place_author
from chiiki_mirai.progress.sheet import Sheet, SheetRow
from chiiki_mirai.readers.municipalities import PREFECTURES


def plan(t: str, *authors: str, invest: float | None = None, **kw) -> Plan:
    kgis = [KGI(kind="investment", name="官民設備投資額", cumulative_value=invest, unit="円")] if invest else []
    return Plan(title=f"{t}計画 {'・'.join(authors)}", plan_type=t, authors=[Author(name=a) for a in authors],
                kgis=kgis, **kw)  # fmt: skip


BATCH = [
    plan("A", "熊本県", invest=300e9),
    plan("B", "青森県", "岩手県", invest=13.5e9),  # joint across prefectures: in each
    plan("B", "北九州市", invest=52e9),
    plan("C", "長野県木曽郡 木曽町", "塩尻市"),
    plan("C", "石巻市"),
    plan("C", "鹿児島県枕崎市"),
    plan("C", "函館市", investments=[Investment(description="a", amount=3.8e9), Investment(description="b", amount=2.6e9),
                                     Investment(description="合計", amount=6.4e9)]),  # fmt: skip
]


@pytest.mark.parametrize(
    ("author", "prefecture"),
    [("熊本県", "熊本県"), ("青森", "青森県"), ("北九州市", "福岡県"), ("長野県木曽郡 木曽町", "長野県"), ("塩尻市", "長野県"),
     ("石巻市", "宮城県"), ("鹿児島県枕崎市", "鹿児島県"), ("函館市", "北海道"), ("京都市", "京都府")],
)  # fmt: skip
def test_each_authors_prefecture(author, prefecture):
    places, note = place_author(author)
    assert [p.prefecture for p in places] == [prefecture] and not note


def test_a_same_named_municipality_is_resolved_by_the_plan_or_reported():
    assert place_author("伊達市")[0] == [] and "北海道伊達市、福島県伊達市" in place_author("伊達市")[1]
    assert [p.prefecture for p in place_author("伊達市", hints="福島県の伊達市")[0]] == ["福島県"]


def test_the_batch_map_data_counts_and_investment():
    data = build_map_data([MapEntry(f"p{i}.yaml", p) for i, p in enumerate(BATCH)] + [MapEntry("bad.docx", error="壊れています")])
    pref = data.prefectures
    assert set(pref) == set(PREFECTURES)
    placed = {name: s.count() for name, s in pref.items() if s.count()}
    assert placed == {"熊本県": 1, "青森県": 1, "岩手県": 1, "福岡県": 1, "長野県": 1, "宮城県": 1, "鹿児島県": 1, "北海道": 1}
    assert pref["青森県"].count("B") == pref["岩手県"].count("B") == 1
    assert pref["長野県"].count("C") == 1  # a joint plan of two municipalities of one prefecture counts once
    assert data.count() == 7 and data.count("C") == 4 and data.count("A") == 1
    assert data.total_investment() == pytest.approx(300e9 + 13.5e9 + 52e9 + 6.4e9)  # the joint plan once
    assert pref["北海道"].investment() == pytest.approx(6.4e9)  # a total row beside its items is not added twice
    assert data.errors == [("bad.docx", "壊れています")] and not data.unplaced


def test_status_from_a_progress_report_is_on_the_map():
    p = plan("C", "石巻市")
    p.kpis = [KPI(name="加工量", target="2030年度 1,200トン", withdrawal_criterion="令和10年度に600トン未満の場合、補助を打ち切る")]
    report = check_progress(p, Sheet("s.csv", [SheetRow(2, "加工量", point="R10", value="500t")]), dt.date(2029, 5, 1))
    data = build_map_data([MapEntry("p.yaml", p, report)])
    assert data.plans[0].status == "withdrawal"
    assert data.prefectures["宮城県"].worst("C") == "withdrawal"


def test_the_html_is_self_contained():
    data = build_map_data([MapEntry(f"p{i}.yaml", p) for i, p in enumerate(BATCH)])
    html = render_map_html(data, today=dt.date(2026, 12, 1))
    assert not re.search(r"https?:|//[a-z]|\bsrc=|<link|@import|url\(", html, re.I)
    assert html.count('class="pref"') == 47
    assert 'data-pref="青森県" data-type="B" data-count="1"' in html
    assert "計画 7件（A 1件、B 2件、C 4件）" in html


def test_the_shipped_geometry_has_every_prefecture_and_says_where_it_comes_from():
    geo = geometry()
    assert [p["name"] for p in geo["prefectures"]] == PREFECTURES
    assert "japanmap" in geo["source"] and "Apache" in geo["source"]


def test_cli_map_for_a_folder(tmp_path, capsys):
    for i, p in enumerate(BATCH):
        (tmp_path / f"p{i}.json").write_text(json.dumps(p.model_dump(mode="json", exclude_none=True), ensure_ascii=False))
    out = tmp_path / "out" / "map.html"
    assert main(["map", str(tmp_path), "-o", str(out)]) == 0
    assert "計画 7件" in out.read_text("utf-8")
    assert main(["map", str(tmp_path / "nope"), "-o", str(out)]) == 2
    assert "フォルダ" in capsys.readouterr().err
