"""The asks of a desk question: a memo or a mail may ask two things (「…を直したい。それと、採用の手伝いもお願いしたい。」).

A sentence that opens on a word of addition (それと, あと, もう一点, 別件で) begins another ask; the sentences up to it
belong to the ask before. Each ask is answered on its own and the answers are taken in turn (`interleave`), so that
the stronger ask's measures do not crowd out the other's. REQUEST (a sentence that asks or wants) is where a question's
request begins (`request_part`); what the request asks for is a measure (a subsidy, a loan, a scheme, help) or advice
that no measure gives (`asks_advice`: a judgement of who is right, how to carry out a procedure, how to deal with a
trouble).
"""

from __future__ import annotations

import re

from chiiki_mirai.recommender.asker import without_asker
from chiiki_mirai.recommender.tokenize import tokens

SENTENCE_BREAK = re.compile(r"[。！？!?]+[」』）)]?")
# a sentence that asks or wants (…たい, …ほしい, …か？, 教えて, ありますか): the request begins there
# (not a bare か。: 倍近か。 is a western dialect's adjective)
REQUEST = re.compile(r"たい|たく|ほしい|欲しい|てもら|(?:の|る|ない|ます|です|しょう)か|教えて|ください|知りたい|？|\?")

# not のですが, 建てるのに使える; a cost that rises, said in the て-form before what is wanted (人件費が上がって機械に置き換え
# たい, 電気代が上がり続けていて、…迷っている, 燃料代が高騰して、) is a cause too, and so is a burden said in an
# adjective's continuative form before a comma (電気代の負担が重く、炉を替えたい; 要請が厳しく、)
# a noun named with と(か)いう before ので is the means asked about, not a cause (特区とかいうので何とかならんか: with the
# thing called 特区), unlike a clause said so (息子が継ぐというので、)
# and a noun before から、 is where something came from (大家さんから、取引先から、), not a cause (高いから、)
CAUSE = re.compile(r"(?<![一-龥ァ-ヶー]という)(?<![一-龥ァ-ヶー]とかいう)ので(?!す|しょう)|"
                   r"(?<![一-龥ァ-ヶーA-Za-zＡ-Ｚａ-ｚ])(?<!さん)(?<!様)から[、，]|ため[、，]|ために[、，]|のに[、，]|"
                   r"(?:上がり続け|上が|値上がりし|高騰し|高くな|かさん|膨らん)(?:て|って|で)(?:いて|おり)?[、，]?|"
                   r"(?:重|高|きつ|苦し|厳し|大き)く[、，]")
# what a request asks for: a measure, named anywhere in the question (補助金, 融資, 制度, 税制 …) …
NAMES_A_MEASURE = re.compile(r"補助|助成|融資|交付金|基金|税制|優遇|特例|制度|施策|補て?ん|補填")
# … or help of some kind, asked for in the request itself (支援, 手伝って, 使える, 資金, 事業, 枠 …)
ASKS_SUPPORT = re.compile(r"支援|仕組み|手立て|使え|出して|活用|資金|予算|お金|金は|貸し|貸して|借り|手伝|応援|後押し|メニュー|"
                          r"事業|枠|策|手を打")
# … or advice no measure gives: a judgement (どちらが正しいか, 解釈, 違反か), whether one may or must (切ってもいいのか,
# 払わないといけないのか), who is liable (責任, 賠償), a procedure (手続き, 書き方, 計算), how to deal with a trouble
# (どう対応すれば, どうしたらいいか, 対処, 訴える; not how to reach a goal: どうしたら寄ってもらえる)
ASKS_ADVICE = re.compile(r"解釈|正しい|違反|手続|書き方|やり方|計算|対応|対処|どう(?:したら|すれば)(?:いい|よい|よろし|ええ|よか)|どうすべき|訴え|責任|賠償|"
                         r"ても(?:いい|よい|よか|かまわ|構わ)[^。]{0,6}か|(?:ないと|なければ|なきゃ)(?:いけ|なら)ない(?:ん|の)?(?:です|でしょう)?か")


# words that open a second ask: 「それと、」「あと」「もう一点、」「別件ですが、」「また、」
ADDITION = re.compile(r"(?:それと|あと(?:は|、|，|\s)?(?=[^でにが])|また[、，]|もう一[つ点件]|別件|ほかに|他に|それから|加えて|二点目|2点目)")


# a wish joined to another wish in one sentence: 「…を替えたいし、」「…に売りたいのと、」「…を作りたいのも、」 — the
# auxiliary たい after a verb (not an adjective ending in たい: 冷たいし、 重たいのと、), then these particles and a comma
WISH_JOINS = (("し",), ("の", "と"), ("の", "も"))
COMMAS = frozenset({"、", "，"})


def sentences(text: str) -> list[str]:
    """The text's sentences, each with its closing marks."""
    starts = [0] + [m.end() for m in SENTENCE_BREAK.finditer(text) if m.end() < len(text)]
    return [text[a:b] for a, b in zip(starts, [*starts[1:], len(text)], strict=True)]


# a sentence that ends on a question particle asks, however plainly (何とかならんの, 使えるんか)
QUESTION_END = re.compile(r"[のか][。？?！!」』）)\s]*$")


def asks_in(sentence: str) -> bool:
    """The sentence asks or wants something (REQUEST) or ends on a question particle."""
    return bool(REQUEST.search(sentence) or QUESTION_END.search(sentence))


def asked_in_subject(topic: str) -> str:
    """A mail's subject phrased as a request (「網を直したい」) says what is asked; one that names a topic only
    (「機械の更新について」) does not, whatever need its nouns suggest: "" then."""
    return topic if topic and asks_in(topic) else ""


def asks(text: str) -> list[str]:
    """The text cut before each sentence that opens on a word of addition (それと, あと, もう一点, 別件で): a second
    ask, whether or not it asks in so many words (「それと台湾向けの輸出も。」); and inside a sentence after a wish joined
    to another wish (「機械を替えたいし、人も雇いたい」「海外に売りたいのと、工場も広げたい」)."""
    out: list[str] = []
    for x in sentences(text):
        for k, s in enumerate(_wishes(x)):
            if out and (k or ADDITION.match(s.lstrip())):
                out.append(s)
            elif out:
                out[-1] += s
            else:
                out.append(s)
    return [a.strip() for a in out if a.strip()]


def _wishes(sentence: str) -> list[str]:
    """The sentence cut after each wish joined to a next one that asks too (…たいし、…たい): one piece per wish."""
    for end in _wish_joints(sentence):
        if asks_in(sentence[end:]):
            return [sentence[:end], *_wishes(sentence[end:])]
    return [sentence]


def _wish_joints(sentence: str) -> list[int]:
    """Offsets just after each wish joined to what follows (…替えたいし、|…売りたいのと、|): the auxiliary たい after a
    verb, a joining particle (WISH_JOINS) and a comma."""
    toks, at, pos = tokens(sentence), [], 0
    for t in toks:
        found = sentence.find(t.surface, pos)
        at.append(found if found >= 0 else pos)
        pos = at[-1] + len(t.surface)
    out = []
    for i in range(1, len(toks)):
        if toks[i].surface != "たい" or toks[i].pos != "助動詞" or toks[i - 1].pos != "動詞":
            continue
        for join in WISH_JOINS:
            k = i + 1 + len(join)
            if tuple(t.surface for t in toks[i + 1 : k]) == join and k < len(toks) and toks[k].surface in COMMAS:
                out.append(at[k] + len(toks[k].surface))
    return out


def interleave(answers: list[list[dict]], top: int) -> list[dict]:
    """The answers' measures taken in turn (the first of each, then the second of each…), each once, at most top."""
    out: list[dict] = []
    seen: set[str] = set()
    for i in range(max((len(a) for a in answers), default=0)):
        for a in answers:
            if i < len(a) and a[i]["id"] not in seen:
                seen.add(a[i]["id"])
                out.append(a[i])
    return out[:top]


def request_part(query: str, topic: str = "") -> str:
    """The part of a question after the sentences that only state the background before the first that asks or wants
    (「電気代が倍になった。省エネの機械に替えたいが補助金は？」), each of its sentences after its last cause (…ので,
    …から、, …ため、): what is asked, not why. A memo that asks two things (「…を直したい。それと、人手が足りないので
    採用の支援も」) asks both: a cause cuts its own sentence only. Who asks or passed the question on (「…より電話。」,
    asker.py) is no sentence of it. A mail's subject that opens it (topic, message.subject) is no sentence of it either:
    the request is read in the body after it."""
    if topic and query.startswith(topic) and query[len(topic):].strip():
        return request_part(query[len(topic):].lstrip(" 　\n。"))
    text = query.rstrip(" 　\n」』）)")
    opening = len(text) - len(without_asker(text, bracketed=True))
    starts = [opening] + [m.end() for m in SENTENCE_BREAK.finditer(text) if opening < m.end() < len(text)]
    spans = list(zip(starts, [*starts[1:], len(text)], strict=True))
    asking = next((a for a, b in spans if REQUEST.search(text[a:b])), opening)
    first = asking if asking > opening else 0
    spans = [(0 if a == opening else a, b) for a, b in spans] if first == 0 else spans
    causes = [m.end() for m in CAUSE.finditer(query)]
    parts = [text[max([a, *(c for c in causes if a < c <= b)]) : b] for a, b in spans if a >= first]
    return "".join(p.lstrip("、，, 　\n") for p in parts).strip() or query


def asks_advice(query: str) -> bool:
    """What the question asks for (its request part) is advice no measure gives — a judgement, a procedure, how to deal
    with a trouble — not help of any kind (支援, 手伝って, 使える…), and the question names no measure anywhere
    (「補助金の申請書が書けない。書き方を見てくれる人は」 asks about a measure)."""
    asked = request_part(query)
    return bool(ASKS_ADVICE.search(asked)) and not ASKS_SUPPORT.search(asked) and not NAMES_A_MEASURE.search(query)
