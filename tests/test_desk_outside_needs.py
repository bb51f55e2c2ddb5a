"""Issue 15: a question about a need no measure serves is answered 「該当なし」 with the general desks (own wording).

The questions are written for these tests (not taken from the desk corpus)."""

from __future__ import annotations

import math

import pytest

from chiiki_mirai.knowledge.loader import load_kb
from chiiki_mirai.recommender.api import search
from chiiki_mirai.recommender.intent_words import narrower, words
from chiiki_mirai.recommender.intents import intent_index, outside_needs

FALLBACK = ["onestop_consultation_desk", "yorozu_support_center"]

# question → the need no measure serves that it is about
OUTSIDE = [
    ("夏の電気代がかさんで、エアコンの電気料金を補助してもらえる制度はないか", "energy_bills"),
    ("イノシシが毎晩ジャガイモ畑を掘り返していく。柵の費用は出ないか", "wildlife_damage"),
    ("納入先が原材料の値上がり分の価格転嫁に応じてくれない", "trade_terms"),
    ("大雨で自宅が床上浸水した。家の修理に使える補助金はあるか", "personal_life"),
    ("ふるさと納税の返礼品は寄付額の何割までという基準があるのか", "personal_furusato"),
    ("相続した土地の登記を変えたいが、登記の費用を助けてもらえるか", "land_dispute"),
    ("辞めた従業員から残業代を請求された。どうしたらいいか", "labour_dispute"),
    ("牛のえさ代が上がり続けている。飼料の高騰に何か補助はないか", "input_prices"),
    ("今年は米の値段が下がって収入が減った。補填してもらえないか", "farm_income"),
    ("秋のお祭りの運営費が足りない。イベントに出る補助はあるか", "community_events"),
    ("パートを正社員にしたときの助成金の申請の仕方を知りたい", "employment_grants"),
    ("菓子を作って売るための営業許可の取り方を教えて", "routine_procedures"),
    ("電気代が倍になったので、何か補助はないか", "energy_bills"),
    ("築五十年の旅館の建物の耐震診断と改修に補助はあるか", "building_safety"),
    ("豚熱で飼っていた豚を全部処分した。補償はどうなるのか", "livestock_disease"),
    ("プレミアム付き商品券を市で発行したい。発行費用の補助は", "gift_certificates"),
    ("全国旅行支援のような旅行割はまたやるのか", "travel_discounts"),
    # a tax office's, a registry's and a labour inspectorate's questions in other words
    ("祖母から継いだ畑の相続登記がまだです。手続きはどこでできますか", "land_dispute"),
    ("労基署の是正勧告で、タイムカードの付け方を直すよう言われた", "labour_dispute"),
    ("払いすぎた税金の還付を受ける手続きがわからない", "tax_procedure"),
    ("窯元の名前を勝手に使った偽物が出回っていて困っている", "intellectual_property"),
    # round 18: repaying loans already taken (the finance measures supply growth money, not repayment relief)
    ("三つの銀行から借りている分をまとめて借り換え、毎月の支払いを軽くしたい", "debt_repayment"),
    ("前に借りた設備資金の返済を、しばらく猶予してもらえないか", "debt_repayment"),
    # round 18: a family moving in asks for the town's everyday services
    ("秋に家族で越してきます。下の子の保育園の空き状況と、入園の申し込み方を教えてください", "personal_life"),
]

# questions that share a word with a need no measure serves but ask for what a measure serves
SERVED = [
    ("高炉をやめて電炉に替え、CO2を減らすよう取引先に求められている", "hard_to_abate_process_transition"),
    ("下請けの仕事ばかりなので、自社の製品を作って販路を広げたい", None),
    ("イノシシの肉をジビエとして海外に輸出したい", None),
    # the cost is only the cause; what is asked is a need a measure serves
    ("包装資材の値上がりで利益が減ったので、海外に販路を広げたい", "jetro_overseas_expansion_support"),
    # a compound of a need's phrasing met only by its head (改修 of 耐震改修) is another thing of that kind
    ("倉庫を改修して新しい事業を始めたい。補助金はあるか", None),
    # new money for growth is the finance measures' own (成長資金), not the repayment of old loans
    ("担保がなくて、工場を広げるお金を銀行が貸してくれない", "enterprise_value_security_interest"),
    # a firm building childcare for its staff is a need a measure serves, not a family's application for a nursery
    ("工場の女性社員のために、子どもを預けられる保育所を作りたい", "women_talent_development"),
    # new money asked for, with a wish about how it is repaid, is a loan the finance measures make (not old debt)
    ("新工場の設備資金を借りたいが、返済の期間を長くしたい", "government_finance_investment_loans"),
    ("工場を建てる資金を借りたい。毎月の返済額をなるべく減らしたい", "government_finance_investment_loans"),
    ("設備投資の融資を受けたいが、毎月の返済額を抑えたい", "government_finance_investment_loans"),
    # a family service's noun named on the way (町営住宅, 住民票) is no application for that service
    ("町営住宅の跡地に工場を建てたい", None),
    ("住民票を移して町内で創業したい", None),
    ("住民票を移した若者の起業を町として応援したい", "startup_local_business_collaboration"),
]


@pytest.fixture(scope="module")
def kb():
    return load_kb()


@pytest.mark.parametrize("query,need", OUTSIDE)
def test_a_need_no_measure_serves_is_answered_nothing_applies(kb, query, need):
    out = search(query, kb=kb)
    assert out["matched"] is False and out["measures"] == [], [m["id"] for m in out["measures"]]
    assert out["outside_need"]["id"] == need
    assert [m["id"] for m in out["offers"]] == FALLBACK + list(outside_needs()[0][need].refer)
    label = outside_needs()[0][need].label
    assert label in out["message"] and "よろず支援拠点" in out["message"]


@pytest.mark.parametrize("query,expected", SERVED)
def test_a_served_need_sharing_a_word_is_still_answered(kb, query, expected):
    out = search(query, kb=kb)
    assert out["matched"] and out["outside_need"] is None
    if expected:
        assert expected in [m["id"] for m in out["measures"][:5]]


def test_every_need_no_measure_serves_has_a_counter_and_phrasings():
    info, phrases = outside_needs()
    assert len(info) >= 7
    for need, body in info.items():
        assert body.label and body.where and len(phrases[need]) >= 8, need


def test_needs_no_measure_serves_bring_no_measures_and_leave_the_served_rarities(kb):
    idx = intent_index(kb)
    assert all(need not in idx.measures for need in idx.outside)
    # a word only those needs use weighs as a word of one need; the served needs' words keep their rarity
    served = len(idx.needs) - len(outside_needs()[1])
    for word in words("猟友") | words("獣害"):
        assert idx.idf[word] == pytest.approx(math.log(1 + served)), word


@pytest.mark.parametrize("phrase,other,expected", [
    ("ふるさと納税の返礼品の基準", "ふるさと納税の返礼品にしたい", True),
    ("ふるさと納税の返礼品の基準", "輸出を始めたい", False),
    ("下請けいじめにあっている", "下請けから抜け出したい", False),
])
def test_a_phrasing_narrower_than_another_names_all_its_words(phrase, other, expected):
    assert narrower(phrase, other) is expected


def test_a_narrower_reading_of_the_same_words_is_outside(kb):
    out = search("ふるさと納税の返礼品に地元の干物を出したいが、返礼品の基準を満たすか", kb=kb)
    assert out["matched"] is False and out["outside_need"]["id"] == "personal_furusato"


@pytest.mark.parametrize("query,asked", [
    ("資材が高いので、販路を広げたい", "販路を広げたい"),
    ("返礼品を加えたいのですが、基準を教えて", "返礼品を加えたいのですが、基準を教えて"),
    ("人手が足りないから、機械を入れたい", "機械を入れたい"),
    # 「のでしょうか」 asks; it gives no cause
    ("工場を建てたい。国に調整してもらえるのでしょうか", "工場を建てたい。国に調整してもらえるのでしょうか"),
])
def test_the_request_is_what_follows_the_last_cause(query, asked):
    from chiiki_mirai.recommender.search import request_part
    assert request_part(query) == asked


def test_an_outside_need_refers_to_measures_of_the_catalog_beside_the_desks(kb):
    for need, body in outside_needs()[0].items():
        assert all(mid in kb.measures for mid in body.refer), need
    out = search("冷蔵庫を省エネの型に入れ替えて電気代を減らしたい。補助金はないか", kb=kb)
    assert out["outside_need"]["id"] == "energy_bills"
    assert "government_finance_investment_loans" in [m["id"] for m in out["offers"]]
