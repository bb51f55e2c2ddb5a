"""Issue 15 (round 18, desk38): a vehicle described by who is not aboard (「運転手が乗らずに走るバス」「人の乗らない
トラック」) is the driverless vehicle the paraphrases name by its missing driver (運転手のいないバス); someone aboard is no
such vehicle. Own wording, not from the desk corpus."""

from __future__ import annotations

import pytest

from chiiki_mirai.knowledge.loader import load_kb
from chiiki_mirai.recommender.classify import classify
from chiiki_mirai.recommender.paraphrases import absent_tokens
from chiiki_mirai.recommender.tokenize import tokens


@pytest.fixture(scope="module")
def kb():
    return load_kb()


@pytest.mark.parametrize("text", ["運転手が乗らずに駅と病院の間を走る循環バス", "運転手の乗らない送迎バスを開発する"])
def test_a_vehicle_with_no_driver_aboard_is_the_driverless_product(kb, text):
    c = classify([text], kb, top=3)[0]
    assert c.fields and c.fields[0].number == 6
    assert c.fields[0].products[0].id == "F06.P6"


@pytest.mark.parametrize("text,word", [("運転手が乗らずに走る", "運転手"), ("人が乗らないトラック", "人")])
def test_the_one_not_aboard_is_said_to_be_absent(text, word):
    toks = tokens(text)
    assert any(toks[k].surface == word for k in absent_tokens(toks))


def test_someone_aboard_is_not_absent():
    toks = tokens("観光客が乗るバスを運行する")
    assert not absent_tokens(toks)
