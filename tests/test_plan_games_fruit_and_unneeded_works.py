"""Classes of newly judged dev plans (issue 19), each a pair of plans or sentences written here that differ in one signal.

- the ゲーム of a sports match (ホームゲーム, ゲームデー), of a board or table game sold as goods, or of a
  ゲームチェンジャー is no video game: no object of the content-industry measures, while a game studio (or its
  ゲームデータ) is;
- a fruit named by its kind alone (シークワーサー, マンゴー) or by its product (ジャム, ドライフルーツ) is a farm product:
  the window for adding value to it is the agriculture ministry's, while a lacquerware plan keeps the industry ministry's;
- a work the plan says, at the end of the sentence, it does not need (「…工事は必要としない。」) is negated; 必要としない
  describing equipment or giving a reason inside the sentence negates nothing;
- the plan's own desk named in quotes where it opens it, and its department told in prose (「担当課は○○課とし、…」),
  are its set-up, not a need — unless the same sentence states a lack.
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
    ("アウェーゲームの遠征客にも地元の弁当を売る。", False),
    ("海外のボードゲーム愛好家に木製の駒を通信販売する。", False),
    ("テーブルゲームの盤を地元の木で作る。", False),
    ("年に一度のゲームデーに球場前で朝市を開く。", False),
    ("ゲームデイには駅から臨時バスを出す。", False),
    ("この素材は業界のゲームチェンジャーになり得る。", False),
    ("地元のゲーム制作会社と組み、スマートフォン向けゲームを開発する。", True),
    ("ゲームデータの解析を担う技術者を育てる。", True),
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
    ("ドレッシングと青切りシークワーサー", "maff"),
    ("島で熟したマンゴーの冷凍加工品", "maff"),
    ("ブルーベリーのジャム", "maff"),
    ("カシスの果汁とピューレ", "maff"),
    ("規格外品を乾かしたドライフルーツ", "maff"),
    ("琉球漆器の椀と盆", "meti"),
])
def test_a_fruit_named_by_its_kind_goes_to_the_farm_window(kb, products, ministry):
    rec = {r.id: r for r in recommend_for_plan(goods_plan(products), None, kb, top=40)}[LOCAL_PRODUCTS]
    assert (rec.window_id or rec.ministry_id) == ministry


# --- a work the plan does not need is not asked for ----------------------------------------------------------------

@pytest.mark.parametrize(("text", "want"), [
    ("新工場は既存の敷地に建てるので、道路の拡幅工事は必要としない。", "negated"),
    ("新工場への道路の拡幅工事を必要とします。", "planned"),
    # 必要としない inside the sentence describes what the plan does, it does not negate it
    ("夜間の人員配置を必要としない無人搬送設備を導入する。", "planned"),
    ("検査員を要さず、段取り替えも必要としない成形機を整備する。", "planned"),
    ("造成を必要としないので着工は早いが、保全を担う技能者の確保が課題である。", "affirmed"),
])
def test_a_work_the_plan_does_not_need_is_negated(text, want):
    assert modality(norm(text)) == want


# --- the plan's own desk, named in quotes or its department told in prose, is its set-up --------------------------

@pytest.mark.parametrize(("text", "want"), [
    ("令和9年4月、商工会館の2階に「創業・事業承継よろず窓口」を置く。", "own"),
    ("担当課は市の企業立地推進課とし、県の産業振興センターと月1回情報を共有する。", "own"),
    # the same forms turn back into a need when the sentence states a lack
    ("市役所に「経営なんでも相談窓口」を開設したが、設備投資の相談に応じられる職員がいない現状で、知見が乏しい。", "need"),
    ("担当課は企業立地推進課とし、輸出に詳しい職員が不足しているため国の専門家による助言を求める。", "need"),
    ("担当課は係長1名のみで案件を抱えており、審査の迅速化を懸案としている。", "other"),
    ("担当部署は職員が2名しかおらず、経営相談に対応できない。", "need"),
    ("担当部署は兼務の職員で回しており、支援の強化を急務としている。", "need"),
    ("事業者が経営を相談できる窓口が町内になく、対応できない。", "need"),
])
def test_the_plans_own_desk_and_department_are_its_set_up(text, want):
    assert kind(norm(text)) == want
