"""more of where a word stands, and fields named by a term of none of their products.

The texts are written for these tests (own wording, not from the desk corpus)."""

from __future__ import annotations

import pytest

from chiiki_mirai.knowledge.loader import load_kb
from chiiki_mirai.recommender.classify import classify
from chiiki_mirai.recommender.lexicon import lexicon
from chiiki_mirai.recommender.tokenize import fold
from chiiki_mirai.recommender.word_places import spans, used_tokens


@pytest.fixture(scope="module")
def kb():
    return load_kb()


# a use that is negated (Xを使わない, Xを用いず) says the thing is made without X: X is no tool the text uses, and a
# paraphrase that names the same absence (石油を使わない樹脂) is met by it
@pytest.mark.parametrize("text,term,use", [("小麦粉を使わないパスタ", "小麦粉", False),
                                           ("レアアースを用いずにつくるモーター", "レアアース", False),
                                           ("AIを使って在庫を数える", "AI", True),
                                           ("AIは使いません", "AI", False)])
def test_a_negated_use_is_no_use(text, term, use):
    assert [p.use for p in spans(text).places(fold(term))] == [use]


# where the thing is put may stand between 「Xを」 and the verb of use (Xを全店に入れた, Xを屋根の上に載せた)
@pytest.mark.parametrize("text,term,use", [("在庫管理のAIを全店舗に入れたスーパー", "AI", True),
                                           ("ドローンを倉庫に導入する", "ドローン", True),
                                           ("部品を造船所に納める", "部品", False)])
def test_a_place_between_the_thing_and_the_verb_of_use(text, term, use):
    assert [p.use for p in spans(text).places(fold(term))] == [use]


def test_a_thing_left_out_is_counted_for_the_paraphrases():
    sp = spans("卵を使わないマヨネーズ")
    i = next(i for i, t in enumerate(sp.toks) if t.surface == "卵")
    assert i not in used_tokens(sp)


def test_a_meat_free_food_from_beans_is_a_novel_food(kb):
    first = classify(["えんどう豆からつくる、肉を使わないソーセージ"], kb)[0].fields
    assert first and (first[0].number, [p.id for p in first[0].products][:1]) == (8, ["F08.P4"])


# power from wood and batteries for cars are GX (field 9) though none of its products is either
@pytest.mark.parametrize("text", ["森の端材を燃料にするバイオマス発電所を建てる", "電気自動車に積む全固体電池の試作ライン",
                                  "リチウムイオン電池の工場を誘致する"])
def test_energy_named_by_a_field_term_is_gx(kb, text):
    assert [f.number for f in classify([text], kb)[0].fields][:1] == [9]


# 「Xの建物」: X is the building's former or other use, the setting of the text's business (a shop's building turned
# into a farm is no shop)
@pytest.mark.parametrize("text,outside", [("閉店した電器店の建物でレタスを水耕栽培する", False), ("駅前の電器店", True)])
def test_the_building_of_a_business_is_only_the_setting(kb, text, outside):
    hits = lexicon(kb).match(text)
    assert any(h.term.target == "outside:local_commerce_services" for h in hits) is outside


# 「Xの記録・データ」: X is whose records the text's business works on (an AI or data business), not its industry
def test_whose_records_are_learnt_is_not_the_business(kb):
    first = classify(["旅館の予約記録を学習して、繁忙期の料金を提案するAIを売るソフト会社"], kb)[0].fields
    assert first and (first[0].number, [p.id for p in first[0].products][:1]) == (1, ["F01.P3"])


# a town's shops and services (a pharmacy, a mobile shop, a caterer) are their own sector whatever field's word they
# mention on the way
@pytest.mark.parametrize("text", ["お薬手帳をアプリで見られるようにした駅前の調剤薬局", "過疎地の集落を週に二回回る移動販売車",
                                  "介護施設の給食を請け負う会社"])
def test_a_towns_shop_or_service_is_no_field(kb, text):
    assert classify([text], kb)[0].fields == []


# the setting of a list's items: 「薬局・診療所の記録」 is records of each of them
def test_each_item_listed_before_a_setting_is_its_setting(kb):
    hits = lexicon(kb).match("薬局・診療所の記録を一つにまとめる医療データの基盤")
    assert not any(h.term.target == "outside:local_commerce_services" for h in hits)
