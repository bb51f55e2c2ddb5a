"""Issue 15 (round 17, desk36): a product named after a field's word (人工衛星の名前をつけた酒, 「量子」と名付けた美顔器)
is no product of that field — the word is the name, not what is made (own wording, not from the desk corpus)."""

from __future__ import annotations

import pytest

from chiiki_mirai.knowledge.loader import load_kb
from chiiki_mirai.recommender.tokenize import fold
from chiiki_mirai.recommender.word_places import spans
from tests.fields_first import first_field


@pytest.fixture(scope="module")
def kb():
    return load_kb()


@pytest.mark.parametrize("text", ["ロケットの名前をつけた地ビール", "人工衛星の名称を冠した和菓子"])
def test_a_name_given_after_a_space_word_is_no_space_product(kb, text):
    assert first_field(kb, text) != 5


@pytest.mark.parametrize("text,term", [("「水素」と名付けたせんべい", "水素"), ("ロケットと命名した焼き菓子", "ロケット")])
def test_a_word_a_thing_is_named_does_not_count_as_the_term(text, term):
    sp = spans(text)
    places = sp.places(fold(term))
    assert places and not any(p.counts for p in places)


def test_the_field_word_that_names_the_product_still_counts(kb):
    assert first_field(kb, "ロケットの部品を削り出す町工場") == 5
