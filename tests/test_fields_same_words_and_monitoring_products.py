"""Issue 15 (round 15): the same thing said in other words (粉 = 粉末), an honorific prefix that names nothing, products
described by what they watch for (disaster monitoring, attacks on a network), a tool that makes work so (〜化), and whose
information a system keeps (住民情報).

The descriptions are written for these tests (not taken from the desk corpus)."""

from __future__ import annotations

import pytest

from chiiki_mirai.knowledge.loader import load_kb
from chiiki_mirai.recommender.paraphrases import words
from tests.fields_first import ranked_products


@pytest.fixture(scope="module")
def kb():
    return load_kb()


# --- powder said as 粉 or パウダー is 粉末 ---------------------------------------------------------------------------------
def test_powder_said_plainly_is_the_same_word():
    assert "粉末" in words("蚕のさなぎを粉にする") and "粉末" in words("抹茶のパウダー")


@pytest.mark.parametrize("text", ["蚕のさなぎを粉にしてせんべいに混ぜる", "ミールワームを粉にした栄養補助食品"])
def test_insects_ground_to_powder_are_the_new_protein_food(kb, text):
    assert ranked_products(kb, text)[:1] == ["F08.P4"]


def test_flour_in_a_compound_is_no_powder_of_insects(kb):
    assert "F08.P4" not in ranked_products(kb, "米粉を使ったパンの工房")


# --- the honorific prefix names nothing -----------------------------------------------------------------------------------
def test_the_honorific_prefix_is_no_word():
    assert "御" not in words("朝どれの魚をお届けする")


@pytest.mark.parametrize("text", ["朝どれの鯛を真空パックでお届けする鮮魚店", "地元の野菜でお惣菜をお作りします"])
def test_a_shop_that_delivers_politely_is_no_alternative_protein(kb, text):
    assert ranked_products(kb, text) == []


# --- products described by what they watch for ------------------------------------------------------------------------------
@pytest.mark.parametrize("text", [
    "山あいの道路脇で地すべりの兆候をとらえるセンサー",
    "古い橋の劣化を監視するセンサーを自治体に納める",
    "地震の最初の小さな揺れをとらえて工作機械を止める装置",
])
def test_sensors_that_watch_for_a_disaster_or_ageing_are_disaster_technology(kb, text):
    assert ranked_products(kb, text)[:1] == ["F10.P1"]


def test_a_product_that_guards_control_equipment_from_attacks_is_security(kb):
    assert ranked_products(kb, "発電所の制御機器をサイバー攻撃から守る製品")[:1] == ["F06.P3"]


# --- a tool used to make work so (〜化) in a terse memo ----------------------------------------------------------------------
@pytest.mark.parametrize("text", ["漁協がドローンで定置網の見回りを省力化", "旅館がAIで予約の受付を自動化"])
def test_a_tool_that_makes_work_lighter_is_used_not_made(kb, text):
    assert ranked_products(kb, text) == []


def test_making_the_tool_itself_so_is_still_the_tool(kb):
    assert ranked_products(kb, "農薬散布用ドローンの量産化")[:1] == ["F05.P2"]


# --- whose information: the noun before 情報 says what the system is ----------------------------------------------------------
@pytest.mark.parametrize("text", [
    "町と県が住民情報を共同で扱うクラウドの基盤",
    "役場が住民情報を預けるクラウドのサービス",
    "住民情報を扱う自治体共通のクラウド",
])
def test_residents_information_kept_in_a_cloud_is_the_public_dx_base(kb, text):
    assert ranked_products(kb, text)[:1] == ["F06.P2"]


# --- whose cloud: a cloud named after what it serves is that service's base, not a data-centre business --------------------
@pytest.mark.parametrize("text, product", [
    ("県内の町村がまとめて乗る、守りの固い行政クラウド", "F06.P2"),
    ("役場の戸籍や固定資産税の仕事を丸ごと載せる安全なクラウド", "F06.P2"),
    ("かかりつけ医と基幹病院のカルテを共有するクラウド", "F06.P5"),
])
def test_a_cloud_named_after_whom_it_serves_is_that_base(kb, text, product):
    assert ranked_products(kb, text)[:1] == [product]


@pytest.mark.parametrize("text", ["雪国の空き地に建てるクラウドサービスの拠点", "地方でデータセンターを運営する会社"])
def test_a_cloud_business_of_its_own_is_still_the_data_centre(kb, text):
    assert ranked_products(kb, text)[:1] == ["F06.P4"]
