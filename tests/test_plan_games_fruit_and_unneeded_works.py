"""Classes of newly judged dev plans (issue 19), each a pair of plans or sentences written here that differ in one signal.

- the ゲーム of a sports match (「アフターゲーム」, 「ホームゲーム」) or of a board game sold as goods (「ボードゲーム愛好家」)
  is no video game: no object of the content-industry measures, while a game studio is;
- a fruit named by its kind alone (シークヮーサーの果汁, マンゴーの加工品) is a farm product: the window for adding value to
  it is the agriculture ministry's, as for みかん, while a lacquerware plan keeps the industry ministry's;
- a work the plan says it does not need (「道路改良を必要としない」) is negated, not asked for;
- the plan's own desk named in quotes (「…に「○○相談窓口」を開設する」) and its department told in prose (「担当部署は
  ○○課（担当3名）とし、…」) are its set-up, not a need for national consultation support.
"""

from __future__ import annotations

import pytest

from chiiki_mirai.core.plan import Plan
from chiiki_mirai.knowledge.loader import load_kb
from chiiki_mirai.recommender.api import recommend_for_plan
from chiiki_mirai.recommender.modality import kind, modality
from chiiki_mirai.recommender.plan_words import norm, object_present
from tests.plan_sections import plan_of

CONTENT_TALENT = "content_industry_talent_development"
LOCAL_PRODUCTS = "local_products_value_overseas_support"


@pytest.fixture(scope="module")
def kb():
    return load_kb()


# --- a match or a board game is no video game ----------------------------------------------------------------------

@pytest.mark.parametrize(("text", "game"), [
    ("試合の後に「港まちアフターゲーム」と称する屋台市を開く。", False),
    ("ホームゲームの日に商店街で限定メニューを出す。", False),
    ("海外のボードゲーム愛好家に木製の駒を通信販売する。", False),
    ("地元のゲーム制作会社と組み、スマートフォン向けゲームを開発する。", True),
])
def test_a_match_or_a_board_game_is_no_video_game(text, game):
    assert object_present("ゲーム", norm(text)) is game


def club_plan(line: str) -> Plan:
    """A C plan around a town's sports club; only one line of its strategy varies."""
    return plan_of("C", "クラブと歩む町の観戦消費拡大プラン", "スポーツ・観光", {
        "C.3.1": ("(1) 基本戦略", "観戦客の町内での消費を増やす。" + line),
        "C.5.1": ("(1) 課題", "試合運営を担うスタッフが不足している。"),
    })


def test_a_sports_plan_with_an_after_game_event_gets_no_content_talent_measure(kb):
    match = [r.id for r in recommend_for_plan(club_plan("試合後のアフターゲームを毎節開く。"), None, kb, top=40)]
    studio = [r.id for r in recommend_for_plan(club_plan("地元のゲーム制作会社と観戦アプリのゲームを共同開発する。"),
                                               None, kb, top=40)]
    assert CONTENT_TALENT not in match
    assert CONTENT_TALENT in studio


# --- a fruit named by its kind is a farm product --------------------------------------------------------------------

def goods_plan(products: str) -> Plan:
    """A C plan that adds value to its products and sells them abroad; only what it makes varies."""
    return plan_of("C", "島の産品の付加価値向上プラン", products, {
        "C.3.1": ("(1) 基本戦略", "島の産品を高付加価値化し、香港・シンガポールへ輸出する。"),
        "C.5.1": ("(1) 課題", "海外の商談会に出る人手がない。"),
    })


@pytest.mark.parametrize(("products", "ministry"), [
    ("シークヮーサーの果汁とドレッシング", "maff"),
    ("完熟マンゴーのピューレ", "maff"),
    ("琉球漆器の椀と盆", "meti"),
])
def test_a_fruit_named_by_its_kind_goes_to_the_farm_window(kb, products, ministry):
    rec = {r.id: r for r in recommend_for_plan(goods_plan(products), None, kb, top=40)}[LOCAL_PRODUCTS]
    assert (rec.window_id or rec.ministry_id) == ministry


# --- a work the plan does not need is not asked for ----------------------------------------------------------------

@pytest.mark.parametrize(("text", "want"), [
    ("本計画の投資は、製品搬出のための道路改良を必要としない。", "negated"),
    ("製品搬出のための道路改良を必要とします。", "planned"),
])
def test_a_work_the_plan_does_not_need_is_negated(text, want):
    assert modality(norm(text)) == want


# --- the plan's own desk, named in quotes or its department told in prose, is its set-up --------------------------

@pytest.mark.parametrize(("text", "want"), [
    ("町役場1階に「ものづくり事業者相談窓口」を令和9年4月に開設する。", "own"),
    ("担当部署は町 産業振興課（担当2名）とし、商工会と連携して経営の相談に応じる。", "own"),
    ("担当部署は職員が2名しかおらず、経営相談に対応できない。", "need"),
    ("事業者が経営を相談できる窓口が町内になく、対応できない。", "need"),
])
def test_the_plans_own_desk_and_department_are_its_set_up(text, want):
    assert kind(norm(text)) == want
