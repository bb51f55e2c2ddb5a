"""Issue 15 (session 22, desk48): everyday names of what a need is about, and a need reported of someone else (own
wording, not taken from the desk corpus).

A field or a paddy (畑・田んぼ・田畑) is farmland (農地), the word of the phrasings about building on it; a machine tool or
plant whose name does not end in 機 (旋盤, ミシン, フォークリフト, ボイラー) is a machine (機械), the word of the phrasings
about renewing equipment."""

from __future__ import annotations

import pytest

from chiiki_mirai.knowledge.loader import load_kb
from chiiki_mirai.recommender.api import search
from chiiki_mirai.recommender.intent_words import words

EQUIPMENT = {"sme_growth_acceleration_subsidy", "new_business_monozukuri_subsidy", "sme_labor_saving_investment_subsidy"}


@pytest.fixture(scope="module")
def kb():
    return load_kb()


def _ids(out: dict, n: int = 5) -> list[str]:
    return [m["id"] for m in out["measures"][:n]]


# --- farmland and machines by their everyday names ------------------------------------------------------------------
@pytest.mark.parametrize("word", ["畑", "田んぼ", "田畑"])
def test_a_field_or_a_paddy_is_farmland(word):
    assert "農地" in words(f"{word}のそばに")


@pytest.mark.parametrize("word", ["旋盤", "ミシン", "フォークリフト", "ボイラー"])
def test_a_machine_tool_named_without_ki_is_a_machine(word):
    assert "機械" in words(f"工場の{word}が古い")


@pytest.mark.parametrize("question", [
    "自分の畑の端にジャムを作る小屋を建てたい",
    "田んぼだった土地に漬物の作業場を建てたいが、建ててもよいのか",
])
def test_building_a_workshop_on_a_field_is_a_land_use_question_not_nothing(kb, question):
    out = search(question, kb=kb)
    assert out["matched"]
    assert "land_use_coordination_special_measures" in _ids(out)


@pytest.mark.parametrize("question", [
    "三十年使った旋盤がそろそろ限界で、新しいのに替えたい",
    "縫製のミシンを全部入れ替えたいけど高くて手が出ない",
])
def test_renewing_a_machine_named_by_its_kind_brings_the_equipment_subsidies(kb, question):
    out = search(question, kb=kb)
    assert [n["id"] for n in out["intents"]][:1] == ["investment_subsidy"]
    assert EQUIPMENT & set(_ids(out))
