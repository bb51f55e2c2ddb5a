"""A product named for two uses at once, one of them a field's, is that field's dual-use product (issue 15, round 12).

「暗闇でも見えるカメラ、自衛隊にも山岳救助にも」 and 「防衛装備にも工場の検査にも使える」 name one product for the defence
field and for a civil use: what the text describes is the field's product of dual use (デュアルユース技術), not the
field's other products (a drone, a ship) nor a civil field's. Which product is the dual-use one is read from the
knowledge (a product whose name or synonyms say 両用 or デュアルユース); the two uses from the text's coordination
(AにもBにも, AとBの両方, 両用・兼用).
"""

from __future__ import annotations

import re

from chiiki_mirai.knowledge.loader import KnowledgeBase
from chiiki_mirai.recommender.kb_indexes import built_once
from chiiki_mirai.recommender.lexicon import Hit

TWO_USES = re.compile(r"にも[^。]{1,30}?にも|の両方|どちらにも|いずれにも|両用|兼用")
DUAL_WORDS = ("両用", "デュアルユース")


def dual_products(kb: KnowledgeBase) -> dict[int, str]:
    """Field number → its product of dual use (name or synonyms say DUAL_WORDS)."""
    def build() -> dict[int, str]:
        out: dict[int, str] = {}
        for f in kb.fields:
            for p in f.products:
                if any(w in n for n in (p.name, *p.synonyms) for w in DUAL_WORDS):
                    out.setdefault(f.number, p.id)
        return out
    return built_once(kb, "_dual_products", build)


def add_dual_use(text: str, hits: list[Hit], lex_scores: dict[str, float], words: dict[str, list[str]],
                 kb: KnowledgeBase) -> None:
    """A text that names two uses and a field's own word (not a technology it uses) gets the field's evidence for the
    field's dual-use product too."""
    if not TWO_USES.search(text):
        return
    for number, pid in dual_products(kb).items():
        named = [h.matched for h in hits if not h.use and _field_of(h, kb) == number]
        score = lex_scores.get(f"field:{number}", 0.0)
        if not named or score <= 0.0:
            continue
        key = f"product:{pid}"
        lex_scores[key] = max(lex_scores.get(key, 0.0), score)
        words.setdefault(key, []).extend(w for w in named if w not in words[key])


def _field_of(h: Hit, kb: KnowledgeBase) -> int | None:
    kind, ref = h.term.target.split(":", 1)
    if kind == "product":
        return kb.product_field[ref]
    return int(ref) if kind == "field" else None
