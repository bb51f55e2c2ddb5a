"""Whether a desk question's need is one no measure serves (電気代そのもの, 鳥獣被害, 税の手続き): then nothing applies.

A need no measure serves decides the answer when it is read clearly — by a phrasing that shares at least
OUTSIDE_WORDS of its words with the question — and no need a measure serves is read as strongly. A question whose
request asks for advice no measure gives (a judgement of who is right, a procedure, how to deal with a trouble;
asks.asks_advice) and for no measure of any kind needs less: a need no measure serves read by one word decides it,
and only a served need read clearly too wins over it (「漁場の境界でもめている。規則の解釈を教えて」 is no question
for the land measures, whatever nouns it mentions on the way).
"""

from __future__ import annotations

from chiiki_mirai.knowledge.loader import KnowledgeBase
from chiiki_mirai.recommender.asks import asked_in_subject, asks_advice, asks_in, request_part, sentences
from chiiki_mirai.recommender.intent_words import covered_by, narrower, shared_units
from chiiki_mirai.recommender.intents import GENERIC_NEEDS, NEED_MIN, NeedMatch, OutsideNeed, intent_index
from chiiki_mirai.recommender.needs import neutral_words

OUTSIDE_WORDS = 2  # a need no measure serves decides the answer only when read clearly (one shared word is not)
# what the answer names when a request for advice decides it on a need read by one word only (which one is unsure)
ADVICE = OutsideNeed("個別の判断・手続き・対応の相談",
                     "個別の事案の判断や手続き・対応の助言は、地域未来戦略の支援施策ではなく、ワンストップ相談窓口・"
                     "よろず支援拠点で適切な窓口をご案内します（一般知識）")
SHADOW_SHARE = 0.8  # a need no measure serves wins over a served need it shadows when read this strongly


def outside_need(kb: KnowledgeBase, query: str, intents: list[NeedMatch],
                 topic: str = "") -> tuple[NeedMatch, OutsideNeed] | None:
    """The question's strongest need when no measure serves it (鳥獣被害, 電気代そのもの) and no need a measure
    serves is as strong: then nothing applies, whatever nouns the question mentions on the way. A mail's subject
    phrased as a request (asks.asked_in_subject) says what is asked: one that names a served need and not this one
    leaves it background (「件名：網を直したい」 … 漁に出られない …)."""
    idx = intent_index(kb)
    named = [n for n in intents if n.need not in GENERIC_NEEDS]
    outside = [n for n in named if n.need in idx.outside]
    # read clearly: by a phrasing that shares at least OUTSIDE_WORDS of its words with the question (the need's best
    # phrasing may share one word only, 納税猶予の手続き, while another says it: 自社株を譲り受けるときの税の猶予)
    clear = [c for c in (idx.clear(n.need, query, OUTSIDE_WORDS) for n in outside) if c is not None]
    advice = not clear and asks_advice(query)
    if advice:
        # advice no measure gives: a need no measure serves read by one word is enough, and none at all when no need
        # a measure serves is read clearly either (取引先に怒鳴り込まれた。どう対処すれば)
        clear = outside or [NeedMatch("advice", 0.0, request_part(query))]
    if not clear:
        return None
    best = max(clear, key=lambda n: n.score)
    if best.need in idx.outside and any(w in query for w in idx.outside[best.need].unless):
        return None  # the question asks what a served need gives (人手が足りない, 雇いたい): its phrasings answer it

    asked = request_part(query, topic)

    def read(n: NeedMatch) -> bool:
        """A served need counts against it: any one, or for a request for advice one read clearly — anywhere in the
        question: a bare 「どうしたらいいか」 leaves the need in the sentences before it."""
        return not advice or idx.clear(n.need, query, OUTSIDE_WORDS) is not None

    served = [n for n in named if n.need not in idx.outside and read(n)]
    if advice and served:
        return None  # a need no measure serves read by one word loses to a served need read clearly
    # 「資材が値上がりしたので販路を広げたい」: a need no measure serves named only as the cause of a request a
    # measure serves is not what is asked (a word that only asks for help, 支援・制度, does not name it in the request)
    if any(_asked_elsewhere(idx, best, part, read, OUTSIDE_WORDS) for part in (asked if asked != query else "", asked_in_subject(topic))):
        return None
    # the same of a request's last sentence that asks and does not name the need no measure serves at all, after the
    # trouble told before it (「…道路を使う許可がうるさいと言われた。特区で何とかならないか」): the way out it asks
    # about is what is asked, the trouble why
    tail = sentences(asked)
    if len(tail) > 1 and asks_in(tail[-1]) and _asked_elsewhere(idx, best, tail[-1], read, 1):
        return None
    # a served need wins when its writers agree more strongly (their median: the outside needs have one writer, the
    # served ones four, and one of four phrasings that happens to fit is no agreement), unless the outside phrasing
    # says the same and more (返礼品の基準 / 返礼品にしたい)
    shadows = idx.outside[best.need].shadows if best.need in idx.outside else ()

    def beats(n: NeedMatch) -> bool:
        if n.need in shadows:
            return SHADOW_SHARE * n.consensus > best.score
        # 「パートの女性を正社員に」: the need no measure serves is read only by words the served need's phrasing says too
        # (not 助成金), and the served need's writers agree on it (not one writer's 返礼品にしたい)
        phrasings = (idx.phrases[i][1] for i in idx.of_need.get(best.need, ()))
        if n.score > best.score and n.consensus >= NEED_MIN and all(covered_by(p, n.phrase, query) for p in phrasings):
            return True
        return n.consensus > best.score and not narrower(best.phrase, n.phrase)

    if any(beats(n) for n in served):
        return None
    if advice:  # read by one word: which need it is is unsure, that it asks for advice is not
        return NeedMatch("advice", best.score, request_part(query)), ADVICE
    return best, idx.outside[best.need]


def _asked_elsewhere(idx, best: NeedMatch, part: str, read, below: int) -> bool:
    """The part (a request, a last sentence) names the need no measure serves by fewer than `below` words and a need
    a measure serves is read in it (a word that only asks for help, 支援・制度, does not name it there)."""
    return bool(part) and shared_units(best.phrase, part, neutral_words()) < below and any(
        n.need not in idx.outside and n.need not in GENERIC_NEEDS and read(n) for n in idx.match(part))
