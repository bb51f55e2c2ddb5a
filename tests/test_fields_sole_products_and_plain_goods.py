"""Issue 15 (round 21): a field the sources list one product for names that product when the text names the field by its
own words; disaster goods, precious metals taken back from discarded electronics and unmanned submersibles said in plain
words (e2 paraphrases, written by the engineer and marked as such).

The descriptions are written for these tests (not taken from the desk corpus)."""

from __future__ import annotations

import pytest

from chiiki_mirai.knowledge.loader import load_kb
from tests.fields_first import first_field, ranked_products


@pytest.fixture(scope="module")
def kb():
    return load_kb()


# --- a field with one product: its own words name the product -------------------------------------------------------------
@pytest.mark.parametrize("text", ["避難所で使う段ボール製の机", "避難所向けの折りたたみ式の机と椅子"])
def test_the_field_of_one_product_named_by_its_words_names_that_product(kb, text):
    assert first_field(kb, text) == 10 and ranked_products(kb, text)[:1] == ["F10.P1"]


# --- disaster goods said plainly ---------------------------------------------------------------------------------------------
@pytest.mark.parametrize("text", ["地震で倒れないよう冷蔵庫を固定する器具", "大きな揺れでも本棚が倒れないよう支える突っ張り棒"])
def test_a_fastener_that_keeps_furniture_from_falling_in_a_quake_is_disaster_technology(kb, text):
    assert ranked_products(kb, text)[:1] == ["F10.P1"]


# --- precious metals taken back from discarded electronics -------------------------------------------------------------------
@pytest.mark.parametrize("text", ["廃基板の貴金属を精錬で取り戻す", "使い終わった携帯電話の基板を溶かして貴金属を回収する"])
def test_metals_taken_back_from_discarded_electronics_are_recovery(kb, text):
    assert ranked_products(kb, text)[:1] == ["F13.P4"]


def test_a_shop_that_only_buys_and_sells_used_appliances_recovers_no_metal(kb):
    assert ranked_products(kb, "中古の家電を買い取って店で売るだけの店") == []


# --- an unmanned submersible is the ocean's unmanned vehicle ------------------------------------------------------------------
@pytest.mark.parametrize("text", ["湾の中を無人で潜って調べる小さな潜水艇", "人が乗らない潜水艇で養殖場の底を見回る"])
def test_an_unmanned_submersible_is_the_ocean_drone(kb, text):
    assert ranked_products(kb, text)[:1] == ["F17.P1"]


# --- a tool named as the subject of what the clause does is used, as 「<tool>で」 -------------------------------------------------
@pytest.mark.parametrize("text", ["AIが天気を読んで選んだ新茶の詰め合わせ", "ドローンが上空から撮った湖の絵はがき",
                                  "AIが色を見て選んだ赤いりんご。贈り物にどうぞ。",
                                  "ドローンが空から見つけた美しい棚田の写真集"])
def test_a_tool_doing_the_clauses_work_is_used_not_made(kb, text):
    assert first_field(kb, text) is None and ranked_products(kb, text) == []


def test_a_tool_doing_the_work_of_a_generic_thing_offered_keeps_that_things_field(kb):
    assert ranked_products(kb, "ロボットが注文の品を棚から運ぶ自動倉庫のシステム")[:1] == ["F14.P3"]


# --- a tool the text makes, or the sentence's own subject, is the text's product, not a tool it uses ---------------------------
@pytest.mark.parametrize("text,product", [
    ("当社が製造するロボットが工場で部品を運びます", "F01.P1"),
    ("自社製のAIが顧客の問い合わせに答えます", "F01.P3"),
    ("当社が開発した水中ドローンが養殖場の網を点検します", "F17.P1"),
])
def test_a_tool_the_text_makes_is_its_product_also_as_the_subject_of_a_clause(kb, text, product):
    assert ranked_products(kb, text)[:1] == [product]


# --- a tool's use keeps the tool's field when a generic thing offered follows, whichever way the use is said ----------------
@pytest.mark.parametrize("text", ["AIの導入を手伝うシステムを作って売る", "AI導入を手伝うシステムを作って売る",
                                  "AIで帳簿付けを楽にするシステムを作って売る"])  # the で form already did
def test_a_thing_offered_that_is_made_of_a_tools_use_keeps_the_tools_field(kb, text):
    assert "F01.P3" in ranked_products(kb, text)


# --- a generic thing of a later clause is not what a tool's use is offered as ------------------------------------------------
def test_a_tools_use_stays_use_when_a_later_clause_names_a_generic_thing(kb):
    assert first_field(kb, "うちの店もAI導入が要るって言われるけど、手順を教えてくれるところがない") is None
