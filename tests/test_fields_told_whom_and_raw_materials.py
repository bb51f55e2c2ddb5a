"""Issue 15 (round 20, desk42): whom a product tells what it watches (農家に知らせる) is its customer, a photograph is an
image only from a satellite, and the dialect object particle ば marks a tool used as を does.

The descriptions are written for these tests (not taken from the desk corpus)."""

from __future__ import annotations

import pytest

from chiiki_mirai.knowledge.loader import load_kb
from chiiki_mirai.recommender.classify import classify
from chiiki_mirai.recommender.paraphrases import words
from chiiki_mirai.recommender.word_places import customer_tokens, spans
from tests.fields_first import ranked_products


@pytest.fixture(scope="module")
def kb():
    return load_kb()


def _classified(kb, text: str):
    return classify([text], kb, top=3)[0]


# --- whom a watching product tells is its customer, and what it watches is theirs -------------------------------------------
@pytest.mark.parametrize("text", [
    "私たちは衛星データを解析し、山の倒木の位置を森林組合に知らせています",
    "衛星データで見た茶畑の霜の害を、翌朝には茶農家に伝えています",
])
def test_a_satellite_service_that_tells_growers_is_a_satellite_service(kb, text):
    assert ranked_products(kb, text)[:1] == ["F05.P5"]


def _customers(text: str) -> list[str]:
    sp = spans(text)
    return [sp.toks[i].surface for i in sorted(customer_tokens(sp))]


@pytest.mark.parametrize(("text", "whom"), [
    ("花の咲く時期を養蜂家に知らせるアプリ", ["養蜂家"]),
    ("牛の体調を酪農家に伝えるセンサー", ["酪農家"]),
])
def test_whom_a_product_tells_is_its_customer(text, whom):
    assert _customers(text) == whom


def test_being_known_to_someone_does_not_make_them_a_customer():
    assert _customers("養蜂家に広く知られた蜂蜜を瓶に詰める") == []


def test_passing_on_a_skill_does_not_make_the_learners_customers():
    assert _customers("若手の大工に木組みの技術を伝える学校") == []


# --- a photograph is an image only from a satellite (衛星写真 is the product's keyword; 写真 alone is any photo) --------
def test_a_photograph_is_not_an_image_whatever_the_context():
    assert "画像" not in words("畑の写真で調べる")


def test_a_satellite_photograph_names_the_satellite_product(kb):
    assert ranked_products(kb, "衛星写真から森林の伐採跡を見つけて自治体に知らせる会社")[:1] == ["F05.P5"]


def test_photographs_taken_by_a_drone_are_not_a_satellite_service(kb):
    assert ranked_products(kb, "ドローンで空から撮った写真で果樹の実の数を数えるサービス")[:1] != ["F05.P5"]


# --- the dialect object particle ば -----------------------------------------------------------------------------------------
@pytest.mark.parametrize("text", ["検品の仕事にAIば取り入れたかとです", "田んぼの見回りはドローンば使うて楽にしたか"])
def test_a_tool_marked_by_dialect_ba_is_used_not_made(kb, text):
    c = _classified(kb, text)
    assert c.fields == [] and c.uses


# --- the dialect negation 使わんでよか ("no need to use"): SudachiPy reads its ん as the volitional む ---------------------
@pytest.mark.parametrize("text", ["見積もりの計算にはAIば使わんでよか", "帳簿付けにはドローンを使わんでよか"])
def test_a_tool_the_text_need_not_use_is_not_used(kb, text):
    assert _classified(kb, text).uses == []


def test_a_tool_the_text_must_use_in_dialect_stays_used(kb):
    assert _classified(kb, "帳簿付けにはドローンば使わんといかん").uses == ["ドローン"]
