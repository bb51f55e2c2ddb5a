"""The desk on terse memos and long forwarded e-mails: a tool named in a memo's noun of action, a drone
by its other names, the asker's own department in a memo's first line, where the ask sits in a long message.

The texts are written for these tests (own wording, not from the desk corpus or the plans)."""

from __future__ import annotations

import pytest

from chiiki_mirai.knowledge.loader import load_kb
from chiiki_mirai.recommender.api import search
from chiiki_mirai.recommender.asks import asks
from chiiki_mirai.recommender.classify import classify
from chiiki_mirai.recommender.message import body
from chiiki_mirai.recommender.needs import match_needs
from chiiki_mirai.recommender.search import request_part
from chiiki_mirai.recommender.word_places import compound_parts, spans


@pytest.fixture(scope="module")
def kb():
    return load_kb()


def _first(kb, text: str) -> list[int]:
    return [f.number for f in classify([text], kb)[0].fields][:1]


# a terse memo ends its clause on a noun of action (体言止め): 「<tool>で<noun of action>」 uses the tool as a verb would;
# a noun of making (開発) or a generic thing (装置, システム) after the tool is still what the text offers
@pytest.mark.parametrize("text,field", [("旅館がAIで料金設定、予約とも連動", []),
                                        ("工務店、AIで見積作成", []), ("酒屋がAIで在庫管理", []),
                                        ("無人機で農地の測量を請け負い", []),
                                        ("AIで画像解析のシステムを開発", [1]),
                                        ("AIで外観検査の装置", [1])])
def test_a_tool_before_a_noun_of_action_is_used(kb, text, field):
    assert _first(kb, text) == field


# the asker's own department or office in a memo's or an e-mail's first line (雇用対策室, 商工観光課) is who asks, not a
# need: its words (雇用, 対策, 商工) bring no need of their own
@pytest.mark.parametrize("text,not_read", [
    ("△△町 雇用対策室より。町の工場の人手が足りない、何か手はないか。", {"employment_grants", "livestock_disease"}),
    ("□□市 商工観光課の者です。市の財政が厳しいので、企業版ふるさと納税を集めたい。", {"consultation"}),
])
def test_the_askers_department_expresses_no_need(kb, text, not_read):
    assert not {i["id"] for i in search(text, kb=kb)["intents"]} & not_read


# a mail's or an inquiry form's wrapping is no part of the question: subject lines and labels that only say a question
# comes, the sender's name and numbers, greetings and closing formulas go; a label's value that says the matter stays
@pytest.mark.parametrize("text,kept", [
    ("件名：ご相談\n干し柿の加工場を建て替えたい。\n以上、よろしくお願いいたします。", "干し柿の加工場を建て替えたい。"),
    ("【お問い合わせ種別】支援制度について\n【お問い合わせ内容】\n牡蠣の養殖場を広げたい", "牡蠣の養殖場を広げたい"),
    ("お名前：山本花子\n電話番号：012-345-6789\n業種：家具製造\n内容：職人が足りない", "家具製造\n職人が足りない"),
    ("平素よりお世話になっております。ご多忙のところ恐縮ですが、温泉旅館の改修に使える制度を教えてください。",
     "温泉旅館の改修に使える制度を教えてください。"),
    ("すみません、質問です。町の乾物屋を継ぎたい", "町の乾物屋を継ぎたい"),
    ("補助金はありますか", "補助金はありますか"),
    # a sentence that only announces a question goes; one that asks where to consult is the question
    ("一つご相談させてください。竹細工の後継者がいない。", "竹細工の後継者がいない。"),
    ("下記の件について質問させてください。\n酒粕を飼料にしたい", "酒粕を飼料にしたい"),
    ("どこに相談すればいいですか。", "どこに相談すればいいですか。"),
])
def test_a_messages_wrapping_is_no_question(text, kept):
    assert body(text) == kept


@pytest.mark.parametrize("question", ["県道が狭くて大型車が工業団地に入れない。道路の拡幅に国の支援はあるか。",
                                      "蔵元です。仕込み水の井戸が枯れてきた。新しい水源を掘るのに使える支援はあるか。"])
@pytest.mark.parametrize("wrap", ["件名：ご相談\n【お問い合わせ種別】支援制度について\n【お問い合わせ内容】\n{}\n以上、よろしくお願いいたします。",
                                  "一つご相談させてください。{}"])
def test_a_wrapped_question_gets_the_answer_of_its_body(kb, question, wrap):
    ids = [m["id"] for m in search(question, kb=kb)["measures"][:5]]
    assert [m["id"] for m in search(wrap.format(question), kb=kb)["measures"][:5]] == ids


def _top_product(kb, text: str) -> str | None:
    c = classify([text], kb)[0]
    prods = sorted((p for f in c.fields for p in f.products), key=lambda p: -p.score)
    return prods[0].id if prods else None


# 電気炉 is the full name of the 電炉 green steel is made in (general knowledge): steel melted in one is green steel, not
# the low-carbon metals' product of the materials field
@pytest.mark.parametrize("text", ["鉄くずを電気炉で溶かし、CO2の少ない鉄筋を作る", "大型の電気炉で溶かして車用の鋼板にする",
                                  "電気炉の電力をAIで抑える製鋼会社"])
def test_steel_from_an_electric_furnace_is_green_steel(kb, text):
    assert _first(kb, text) == [9]
    assert _top_product(kb, text) == "F09.P3"


# the dictionary keeps some words with the suffix of purpose 用 whole (民生用, 業務用) and splits others (防衛|用):
# X用 names X either way, so 民生用 meets the dual-use product's paraphrases of 民生 (民生品を防衛にも使う)
@pytest.mark.parametrize("text", ["民生用の暗視スコープの技術を防衛装備にも広げる", "民生用の通信機の技術を防衛向けにも売り込む"])
def test_a_word_with_the_suffix_of_purpose_names_the_word(kb, text):
    assert _top_product(kb, text) == "F15.P3"


def test_compound_parts_split_off_the_suffix_of_purpose_only():
    [t] = spans("民生用").toks
    assert [u.surface for u in compound_parts(t)] == ["民生", "用"]
    assert compound_parts(spans("半導体").toks[0]) == ()


# a long message that names its field once among sentences of background still names it: read sentence by sentence
def test_a_long_message_names_the_field_one_of_its_sentences_names(kb):
    text = ("先月、町の商工会で会合がありました。隣の市に半導体の新しい工場が建つと聞いています。会員からは「人が取られる」"
            "「道が混む」「水が足りなくなる」と心配の声が多く出ました。町としてはむしろ取引の機会にしたいと考えており、部品や"
            "設備の保守で地元の会社が入れる道を探しています。こうした大きな工場の周りの町が使える国の支援はありますか。")
    assert [f["number"] for f in search(text, kb=kb)["fields"]] == [1]


def test_a_short_question_naming_no_field_names_none(kb):
    assert search("町には古い旅館が多い。温泉街全体を立て直したい。", kb=kb)["fields"] == []


# wood chips and pellets (木質チップ, 木質ペレット) are biomass fuel (general knowledge), a word of GX: the chip is no
# semiconductor chip (チップを作る工場)
def test_wood_chips_are_biomass_fuel_not_chips(kb):
    c = classify(["木質チップを燃料に電気を売る発電所"], kb)[0]
    assert [f.number for f in c.fields][:1] == [9]
    assert "F01.P2" not in {p.id for f in c.fields for p in f.products}


# a memo that asks two things asks both: a cause (…ので) cuts its own sentence, not the ask before it
def test_two_asks_in_one_memo_are_both_asked(kb):
    text = "蔵の酒を台湾に売りたい。あと、杜氏が高齢なので後継ぎを探したい。"
    assert request_part(text) == "蔵の酒を台湾に売りたい。後継ぎを探したい。"
    scores = {i["id"]: i["score"] for i in search(text, kb=kb)["intents"]}
    assert scores["export"] == scores["succession"] == 1.0


def test_a_cause_still_cuts_its_own_sentence():
    assert request_part("資材が値上がりしたので販路を広げたい") == "販路を広げたい"
    assert request_part("電気代が倍になった。省エネの機械に替えたいが補助金は？") == "省エネの機械に替えたいが補助金は？"


# a memo that asks a second thing after a word of addition (それと, あと, もう一点) gets both answers in turn: the first
# measure of each ask asked alone leads the answer, the stronger ask does not crowd out the other
@pytest.mark.parametrize("first,second", [("杜氏が高齢で跡継ぎがいない。", "それと、酒を台湾に売り込みたい。")])
def test_a_second_ask_is_answered_beside_the_first(kb, first, second):
    lead = {search(q, kb=kb)["measures"][0]["id"] for q in (first, second.split("、", 1)[1])}
    assert {m["id"] for m in search(first + second, kb=kb)["measures"][:2]} == lead


@pytest.mark.parametrize("text,parts", [
    ("弟子を取りたい。あと、見本市に出たい。", ["弟子を取りたい。", "あと、見本市に出たい。"]),
    ("乾燥機を替えたい。それと台湾向けの輸出も。2件。", ["乾燥機を替えたい。", "それと台湾向けの輸出も。2件。"]),
    ("あとで電話します。工場を建てたい。", ["あとで電話します。工場を建てたい。"]),
])
def test_asks_are_cut_before_a_word_of_addition(text, parts):
    assert asks(text) == parts


# a need word said only inside a longer need word of another group is that word's part: 経営者保証 (the owner's personal
# guarantee, general knowledge) is collateral, its 経営者 no successor
def test_a_need_word_inside_a_longer_one_is_its_part(kb):
    groups = {m.group.id for m in match_needs("経営者保証を外して融資を受けたい")}
    assert "collateral" in groups and "successor" not in groups
    assert "successor" in {m.group.id for m in match_needs("経営者が高齢で、経営者保証も外したい")}
    assert search("経営者保証なしで借りたい", kb=kb)["measures"][0]["id"] == "enterprise_value_security_interest"


# a field's term named as the place where another thing is put (避難所に冷暖房を入れる, a memo's 避難所に冷暖房入れたい) is
# where it goes, not the text's industry; a term before a generic head (半導体工場に…) still names the business's works
@pytest.mark.parametrize("text", ["避難所（公民館）に蓄電池を設置したい。国の補助はあるか。", "避難所に冷暖房入れたい。補助ないか。"])
def test_the_place_where_a_thing_is_put_is_no_field(kb, text):
    assert search(text, kb=kb)["fields"] == []


def test_a_works_where_a_thing_is_put_keeps_its_field(kb):
    assert _first(kb, "半導体工場に搬送ロボットを導入する") == [1]
