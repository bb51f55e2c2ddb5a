"""Issue 15: a field's energy named only as the heat a food is cooked with (地熱の蒸気で蒸した,
水素の炎で焼いた) is a source the text uses, as a solar panel on its roof is, not its industry (means_words.HEAT_MEDIA,
COOKING); making power with that heat stays the energy's field.

The descriptions are written for these tests (not taken from the desk corpus)."""

from __future__ import annotations

import pytest

from chiiki_mirai.knowledge.loader import load_kb
from chiiki_mirai.recommender.classify import classify
from tests.fields_first import first_field


@pytest.fixture(scope="module")
def kb():
    return load_kb()


@pytest.mark.parametrize(("text", "source"), [
    ("地熱の湯けむりでふかした饅頭の詰め合わせ", "地熱"),
    ("水素の火で炊いたご飯のおにぎり", "水素"),
    ("地熱発電所の蒸気で蒸したとうもろこし", "地熱発電所"),
    ("地熱の熱で焙煎したコーヒー豆", "地熱"),  # a サ変 verb of cooking: the noun before する
    ("水素の炎で蒸し焼きにした鶏肉", "水素"),
])
def test_food_cooked_with_a_fields_heat_is_not_in_the_field(kb, text, source):
    c = classify([text], kb, top=3)[0]
    assert c.fields == []
    assert source in c.uses


@pytest.mark.parametrize("text", ["山の地熱の蒸気でタービンを回して発電する", "地熱の熱で発電する小さな設備"])
def test_power_made_with_the_heat_stays_the_energys_field(kb, text):
    assert first_field(kb, text) == 9
