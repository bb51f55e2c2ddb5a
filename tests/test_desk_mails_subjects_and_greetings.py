"""Issue 15 (round 21): members' e-mails forwarded to the desk with their subject line (own wording).

A mail's subject (「件名：…」) is written on the body's line, before the greeting, and names the matter. The body's
request may only point back to it (「急ぐ方法はございますか」), after background that happens to read like a need no
measure serves (an inherited field one cannot farm): a subject phrased as a request (…たい) says what is asked. A
subject that names a topic only (「…について」「…のこと」) does not decide what is asked. A mail opens with sentences of
thanks, of a long silence, of the season (「…いかがお過ごしでしょうか。」, a question that requests nothing) and of an
earlier meeting: they are no part of the question, so the request begins where the sender asks. The sentences are
written for these tests, not taken from the desk corpus."""

from __future__ import annotations

import pytest

from chiiki_mirai.knowledge.loader import load_kb
from chiiki_mirai.recommender.api import search
from chiiki_mirai.recommender.asks import asked_in_subject, request_part
from chiiki_mirai.recommender.message import body, subject


@pytest.fixture(scope="module")
def kb():
    return load_kb()


@pytest.mark.parametrize("mail,topic", [
    ("件名：冷凍庫を増やしたい　いつもお世話になっております。魚の加工をしております。", "冷凍庫を増やしたい"),
    ("件名：蔵の改修について\n本文です。", "蔵の改修について"),
    ("Subject:  県外への出荷  ご無沙汰しております。", "県外への出荷"),
    # a subject that only says a question comes names no matter; a mail without one has none
    ("件名：ご相談　いつもお世話になっております。", ""),
    # one half-width space before the greeting ends the subject; a space inside a subject on its own line does not,
    # and a subject is never longer than the first sentence
    ("件名：機械の更新について お世話になっております。台風で屋根が飛んだ。直す補助は？", "機械の更新について"),
    ("件名：助成金　申込みについて\n本文です。", "助成金　申込みについて"),
    ("件名：助成金　申込みについて　弊社は製麺所です。", "助成金　申込みについて"),
    ("件名：網を直したい。補助はありますか。", "網を直したい。"),
    ("いつもお世話になっております。冷凍庫を増やしたい。", ""),
])
def test_a_mails_subject_is_read_up_to_the_body(mail, topic):
    assert subject(mail) == topic


@pytest.mark.parametrize("topic,asked", [
    ("畑に倉庫を建てたい", "畑に倉庫を建てたい"),
    ("ホームページを作ってもらうには", "ホームページを作ってもらうには"),
    ("パートの勤務時間のこと", ""),
    ("工場の増築について", ""),
])
def test_only_a_subject_phrased_as_a_request_says_what_is_asked(topic, asked):
    assert asked_in_subject(topic) == asked


def test_the_subject_is_no_sentence_of_the_bodys_request():
    text = "畑に倉庫を建てたい　叔父から引き継いだ畑がございます。許可に時間がかかると伺いました。急ぐ方法はございますか。"
    assert request_part(text, "畑に倉庫を建てたい") == "急ぐ方法はございますか。"


def test_a_subject_that_asks_outranks_background_that_reads_like_a_need_no_measure_serves(kb):
    mail = ("件名：畑に倉庫を建てたい　ご無沙汰しております。叔父から引き継いだ畑がございますが、私は耕せません。"
            "そこに倉庫を建てるには許可に時間がかかると伺いました。急ぐ方法はございますか。")
    out = search(mail, kb=kb)
    assert out["matched"] and out["outside_need"] is None
    assert "land_use_coordination_special_measures" in [m["id"] for m in out["measures"][:3]]


def test_a_subject_that_names_a_topic_leaves_a_need_no_measure_serves_as_asked(kb):
    mail = ("件名：パートの勤務時間のこと　お世話になっております。パートの方から、扶養の範囲に収めるため年末の出勤を"
            "減らしたいとの申し出がありました。社会保険に加入すると手取りがどうなるのか、教えていただけますでしょうか。")
    out = search(mail, kb=kb)
    assert not out["matched"] and out["outside_need"] is not None


@pytest.mark.parametrize("mail,kept", [
    ("件名：冷凍庫を増やしたい　暑い日が続いておりますが、いかがお過ごしでしょうか。魚の加工をしております。",
     "冷凍庫を増やしたい。\n魚の加工をしております。"),
    ("ご無沙汰しております。先日の展示会ではお世話になりました。いつもありがとうございます。網を直したい。",
     "網を直したい。"),
    # thanks for something, and a guest's greeting the asker wants to say, are part of the matter
    ("補助金をいただきありがとうございました。次も使いたい。", "補助金をいただきありがとうございました。次も使いたい。"),
    ("お客様にいかがお過ごしでしょうか、と声をかける宿にしたい。", "お客様にいかがお過ごしでしょうか、と声をかける宿にしたい。"),
    ("帰る客に『いかがお過ごしでしょうか。』と書いた葉書を送りたい。", "帰る客に『いかがお過ごしでしょうか。』と書いた葉書を送りたい。"),
    # an earlier meeting named by its occasion only goes; one that names the matter stays as its background
    ("その節はお世話になりました。網を直したい。", "網を直したい。"),
    ("先週は販路開拓の件でお世話になりました。引き続き何か使える制度はありますか。",
     "先週は販路開拓の件でお世話になりました。引き続き何か使える制度はありますか。"),
    ("先般は工場の移転の相談でお世話になりました。その後の手続きを知りたい。",
     "先般は工場の移転の相談でお世話になりました。その後の手続きを知りたい。"),
])
def test_a_mails_opening_courtesies_are_no_question(mail, kept):
    assert body(mail) == kept


@pytest.mark.parametrize("mail,kept", [
    # the subject on the body's line is a sentence of its own (it counts as one where sentences are counted)
    ("件名：網を直したい　弊社は漁具店です。補助はありますか。", "網を直したい。\n弊社は漁具店です。補助はありますか。"),
    ("件名：網を直したい！　補助はありますか。", "網を直したい！\n補助はありますか。"),
    # a subject that only says a question comes goes, the body on its line stays
    ("件名：ご相談　網を直したい。", "網を直したい。"),
    ("件名：ご相談 網を直したい。", "網を直したい。"),
])
def test_a_subject_on_the_bodys_line_is_set_apart(mail, kept):
    assert body(mail) == kept


def test_background_after_a_subject_set_apart_by_one_space_is_no_request():
    mail = "件名：機械の更新について お世話になっております。台風で屋根が飛んだ。直す補助は？"
    assert asked_in_subject(subject(mail)) == ""
    assert request_part(body(mail), subject(mail)) == "直す補助は？"


def test_a_seasons_greeting_does_not_make_the_background_a_request(kb):
    mail = ("寒くなってまいりましたが、いかがお過ごしでしょうか。電気代が去年の倍になり、冷凍庫の多い当社には痛手です。"
            "省エネの冷凍機に入れ替えたいと考えております。使える補助を教えてください。")
    out = search(mail, kb=kb)
    assert out["matched"] and out["intents"][0]["id"] != "energy_bills"
    assert "sme_labor_saving_investment_subsidy" in [m["id"] for m in out["measures"][:5]]
