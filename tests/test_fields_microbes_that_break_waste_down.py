"""Issue 15: microbes named as what breaks waste down (微生物が分解する, 微生物の力で…分解させる) are
used to treat it: the text makes nothing with them, so it is no biomanufacturing (means_words.BREAKING_DOWN). A thing
made to be broken down by microbes (微生物で分解されるストロー) and breaking down as a step of making (分解させて作った)
stay biomanufacturing.

The descriptions are written for these tests (not taken from the desk corpus)."""

from __future__ import annotations

import pytest

from chiiki_mirai.knowledge.loader import load_kb
from chiiki_mirai.recommender.classify import classify
from tests.fields_first import first_field


@pytest.fixture(scope="module")
def kb():
    return load_kb()


@pytest.mark.parametrize("text", [
    "微生物が汚れを分解する、水を流さないトイレの貸し出し",
    "キャンプ場の生ごみを微生物の力で分解させて減らす箱",
])
def test_microbes_that_break_waste_down_are_used_not_made_with(kb, text):
    c = classify([text], kb, top=3)[0]
    assert "微生物" in c.uses
    assert 4 not in [f.number for f in c.fields]


@pytest.mark.parametrize("text", [
    "微生物で分解されるストローを作る",
    "酒かすを微生物で分解させて作った、樹脂に代わる素材",
])
def test_what_microbes_help_make_stays_biomanufacturing(kb, text):
    assert first_field(kb, text) == 4


@pytest.mark.parametrize("text", [
    "微生物で汚れた地下水を浄化する技術",
    "遺伝子を組み換えた微生物が汚染土壌の油を分解する浄化技術",  # the reviewer's example
    "ゲノム編集した微生物で汚染土壌を浄化する事業",  # the reviewer's example
    "ゲノム編集した菌で生ごみを分解する処理機",
])
def test_engineered_microbes_or_the_breaking_down_technique_stay_biomanufacturing(kb, text):
    c = classify([text], kb, top=3)[0]
    assert [f.number for f in c.fields] == [4]
    assert "微生物" not in c.uses
