"""A material the text takes out of something is the business of its field's recovery product.

「モーターから磁石を外し、レアアースを取り出す」 names 磁石 (a term of 永久磁石) but is about recovering it: the product is
the field's own recovery product (⑬ 一次原料及び二次原料からの製錬・分離精製、解体選別技術), known from the knowledge
base as the product whose name or synonyms say 解体選別 or リサイクル. A field with no such product (水素を取り出す is
making hydrogen) keeps the material's own product.
"""

from __future__ import annotations

from chiiki_mirai.knowledge.loader import KnowledgeBase
from chiiki_mirai.recommender.kb_indexes import built_once
from chiiki_mirai.recommender.lexicon import Hit
from chiiki_mirai.recommender.word_places import Spans, recovered_tokens

RECOVERY_WORDS = ("解体選別", "リサイクル")


def recovery_products(kb: KnowledgeBase) -> dict[int, str]:
    """field number → the id of its product of recovering materials (when it has one)."""
    def build() -> dict[int, str]:
        out: dict[int, str] = {}
        for f in kb.fields:
            for p in f.products:
                if any(w in x for x in (p.name, *p.synonyms) for w in RECOVERY_WORDS):
                    out.setdefault(f.number, p.id)
        return out
    return built_once(kb, "_recovery_products", build)


def recovered_as(h: Hit, kb: KnowledgeBase, sp: Spans) -> str | None:
    """The recovery product a product term's evidence belongs to when every place of it is a material the text takes
    out of something; None otherwise (or when the term is that product's own)."""
    kind, ref = h.term.target.split(":", 1)
    if kind != "product" or not h.places:
        return None
    target = recovery_products(kb).get(kb.product_field[ref])
    if target is None or target == ref:
        return None
    taken = recovered_tokens(sp)
    return target if all(set(range(a, b)) <= taken for a, b in h.places) else None
