"""Issue 15 (round 20): a one-line description that ends on a specific thing is that thing; what the thing does, said
in the clause before it, is not the product (own wording, not from the desk corpus)."""

from __future__ import annotations

import pytest

from chiiki_mirai.knowledge.loader import load_kb
from chiiki_mirai.recommender.product_evidence import head_first
from tests.fields_first import ranked_products


@pytest.fixture(scope="module")
def kb():
    return load_kb()


def test_a_boat_that_searches_for_minerals_is_the_marine_drone(kb):
    # the clause (探して回る 鉱物) meets a seabed-development paraphrase; the head (ボート) is the drone's own wording
    assert ranked_products(kb, "深い海に眠る鉱物を探して回る無人ボート")[0] == "F17.P1"


def test_a_generic_head_leaves_the_activity_as_the_product(kb):
    # 装置 and 技術 name no specific thing: the activity says what the text is
    assert ranked_products(kb, "深い海に眠る鉱物を掘り上げる装置")[0] == "F17.P3"
    assert ranked_products(kb, "深い海に眠る鉱物を探して回る技術")[0] == "F17.P3"


def test_the_activity_keeps_its_score_when_no_product_names_the_thing(kb):
    # no product's wording ends on 置物: nothing to rank ahead, the paraphrase evidence stays as it was
    para = {"product:F17.P3": 0.8}
    head_first("深い海に眠る鉱物を探して回る置物", {}, para, kb)
    assert para == {"product:F17.P3": 0.8}


def test_the_activity_ranks_after_the_thing_named_at_the_end(kb):
    para = {"product:F17.P3": 0.8, "product:F17.P1": 0.5}
    head_first("深い海に眠る鉱物を探して回る無人ボート", {}, para, kb)
    assert para["product:F17.P1"] == 0.5 and para["product:F17.P3"] < 0.5
