"""Whom a text sells to, works for or works with, as evidence about the text's own field (split out of classify.py).

An outside sector named only as the customer (農家向けに, 漁協に届ける) or any sector named only as the client whose work
the text takes on (製薬会社から受託) says little about the text's business. A field named as the customer keeps its words
(a supplier is in its customer's supply chain) unless the text names what it makes in another field's own words
(データセンター向けのメモリ is a semiconductor). An outside sector named only as what the text's product watches or
forecasts (ホタテの水揚げ量を予測するAI, 牛の発情を見分けるアプリ) is its customers' business, as a customer is.
"""

from __future__ import annotations

from chiiki_mirai.recommender.lexicon import Hit
from chiiki_mirai.recommender.word_places import NOUNISH, Spans

# verbs and verbal nouns (normalised forms) of what an information product does with its object (general knowledge of
# how such products are described): 「Xの…を予測するAI」 names X as what is watched, not as the text's business
WATCH_VERBS = frozenset({
    "予測", "予想", "予報", "分析", "解析", "判別", "判定", "見分ける", "見極める", "検知", "検出", "監視", "見張る", "見守る",
    "診断", "推定", "可視化", "見える化", "把握", "予知"})
# telling of it counts too (word_places.TELLING_VERBS, Spans.tells): 「田んぼの生育ムラを知らせるサービス」
OBJECT_JOINS = frozenset({"の", "や", "と", "・"})  # a noun phrase continues (ホタテの水揚げ量, 赤潮や漁場)


def customer(h: Hit, sp: Spans, own: frozenset[str] = frozenset(), field_of: dict[str, str] | None = None) -> bool:
    """An outside sector named only as the customer (農家向けに, 漁協に届ける), or any sector named only as the client
    whose work the text takes on (製薬会社から受託): the text's business is another. A field named as the customer
    keeps its words (半導体メーカーに納める部品 is in the field's supply chain) unless the text names what it makes in
    another field's own words (own): データセンター向けのメモリ is a semiconductor sold to data centres."""
    if not h.places:
        return False
    if all(sp.client(b) for _, b in h.places):
        return True
    if h.term.target.startswith("outside:") and all(watched(b, sp) for _, b in h.places):
        return True
    if not all(sp.customer(b) or sp.partner(b) for _, b in h.places):
        return False  # a partner (炭素繊維メーカーと組んで) is weighed as a customer is
    return h.term.target.startswith("outside:") or bool(own - {(field_of or {}).get(h.term.target, "")})


def own_fields(hits: list[Hit], sp: Spans, field_of: dict[str, str]) -> frozenset[str]:
    """The fields the text names as its own (not only as a technology it uses, in a list, or as whom it sells to)."""
    return frozenset(field_of[h.term.target] for h in hits if h.places and not h.use and not h.listed
                     and field_of[h.term.target].startswith("field:")
                     and not all(sp.customer(b) or sp.partner(b) for _, b in h.places))


def watched(b: int, sp: Spans) -> bool:
    """The noun phrase the token ending at b belongs to is the object of a verb of watching or forecasting that
    describes a following noun: ホタテの水揚げ量を予測する|AI, 牛の発情を見分ける|アプリ."""
    toks = sp.toks
    k = b
    while k < len(toks) and (toks[k].pos in NOUNISH or toks[k].surface in OBJECT_JOINS):
        k += 1
    if k + 1 >= len(toks) or toks[k].surface != "を":
        return False
    k += 1
    j = k
    while j < len(toks) and toks[j].pos in NOUNISH:
        j += 1
    if j > k and j < len(toks) and toks[j].surface == "に":  # whom it tells (生育状況を農家に知らせる): 農家に
        k = j + 1
    if k >= len(toks) or not (toks[k].norm in WATCH_VERBS or sp.tells(k)):
        return False
    j = k + 1
    while j < len(toks) and toks[j].pos in ("動詞", "助動詞"):  # 予測|する, 見分ける
        j += 1
    return j < len(toks) and toks[j].pos == "名詞"
