"""Whom a text sells to or works for, as evidence about the text's own field (split out of classify.py).

An outside sector named only as the customer (農家向けに, 漁協に届ける) or any sector named only as the client whose work
the text takes on (製薬会社から受託) says little about the text's business. A field named as the customer keeps its words
(a supplier is in its customer's supply chain) unless the text names what it makes in another field's own words
(データセンター向けのメモリ is a semiconductor).
"""

from __future__ import annotations

from chiiki_mirai.recommender.lexicon import Hit
from chiiki_mirai.recommender.word_places import Spans


def customer(h: Hit, sp: Spans, own: frozenset[str] = frozenset(), field_of: dict[str, str] | None = None) -> bool:
    """An outside sector named only as the customer (農家向けに, 漁協に届ける), or any sector named only as the client
    whose work the text takes on (製薬会社から受託): the text's business is another. A field named as the customer
    keeps its words (半導体メーカーに納める部品 is in the field's supply chain) unless the text names what it makes in
    another field's own words (own): データセンター向けのメモリ is a semiconductor sold to data centres."""
    if not h.places:
        return False
    if all(sp.client(b) for _, b in h.places):
        return True
    if not all(sp.customer(b) for _, b in h.places):
        return False
    return h.term.target.startswith("outside:") or bool(own - {(field_of or {}).get(h.term.target, "")})


def own_fields(hits: list[Hit], sp: Spans, field_of: dict[str, str]) -> frozenset[str]:
    """The fields the text names as its own (not only as a technology it uses, in a list, or as whom it sells to)."""
    return frozenset(field_of[h.term.target] for h in hits if h.places and not h.use and not h.listed
                     and field_of[h.term.target].startswith("field:") and not all(sp.customer(b) for _, b in h.places))
