"""Issue 15 (round 17): an information product (AI software, an app) sold to another sector is the AI's field —
ソフト・アプリ are generic heads like システム, so AIソフト names AI; and what the product watches or forecasts
(カキの出荷時期を予測する…) is its customers' business, as a customer (漁協に納める) is.

The descriptions are written for these tests (not taken from the desk corpus)."""

from __future__ import annotations

import pytest

from chiiki_mirai.knowledge.loader import load_kb
from chiiki_mirai.recommender.classify import classify
from chiiki_mirai.recommender.markets import watched
from chiiki_mirai.recommender.word_places import spans


@pytest.fixture(scope="module")
def kb():
    return load_kb()


def _first(kb, text: str) -> tuple[int | None, str | None]:
    c = classify([text], kb, top=3)[0]
    if not c.fields:
        return None, None
    prods = sorted(c.fields[0].products, key=lambda p: -p.score)
    return c.fields[0].number, prods[0].id if prods else None


@pytest.mark.parametrize("text", [
    "塗装業者向けに、見積もりの手間を減らすAIソフトを作っている",
    "介護施設の日誌を音声から起こすAIアプリを開発",
])
def test_ai_software_or_an_app_is_the_ai_product(kb, text):
    assert _first(kb, text) == (1, "F01.P3")


@pytest.mark.parametrize("text", [
    "カキの出荷時期を予測するAIソフトを漁協に納める",
    "乳牛の病気を見分けるAIソフトを酪農家に販売する",
])
def test_an_outside_sector_watched_by_the_product_is_its_customers_business(kb, text):
    assert _first(kb, text)[0] == 1


@pytest.mark.parametrize("text", ["AIソフトを使って見積もりを作る工務店", "漁協が水揚げ量を予測するAIを導入"])
def test_software_the_business_uses_is_still_no_field(kb, text):
    assert _first(kb, text)[0] is None



@pytest.mark.parametrize("text,word", [
    # round 18 (desk38): 知らせる is 知る|せる to SudachiPy; telling of a thing watches it as forecasting does
    ("畑の病気の出はじめを知らせるアプリ", "畑"),
    ("牛舎の室温の異常を伝えるセンサー", "牛舎"),
])
def test_what_the_product_tells_about_is_watched(text, word):
    sp = spans(text)
    end = next(i + 1 for i, t in enumerate(sp.toks) if t.surface == word)
    assert watched(end, sp)
