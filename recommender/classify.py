"""Text → strategic fields and products: lexical and semantic signals combined, or none.

Each field, product and outside example (伝統工芸品, 農業, 林業, ...) has a lexical score (noisy-or
of the terms found, see lexicon.py) and a semantic score (cosine similarity of the text to the
entry's description with the sentence-transformers encoder, relative to the text's mean similarity
to all fields, so that it does not depend on how one model spreads its similarities). The two are
mixed into one score. Nothing applies when the best field is under the threshold, or when an
outside example (a negative anchor) explains the text better than any field.
"""

from __future__ import annotations

import math
from dataclasses import dataclass, field

import numpy as np

from chiiki_mirai.core import result as typed
from chiiki_mirai.knowledge.loader import KnowledgeBase
from chiiki_mirai.recommender.anchors import SOFT_LO, AnchorIndex, anchors
from chiiki_mirai.recommender.confidence import confidence, threshold
from chiiki_mirai.recommender.dual_use import add_dual_use
from chiiki_mirai.recommender.encoder import Encoder, get_encoder
from chiiki_mirai.recommender.lexicon import Hit, lexicon
from chiiki_mirai.recommender.markets import customer, own_fields
from chiiki_mirai.recommender.paraphrases import uncounted_tokens
from chiiki_mirai.recommender.product_evidence import (
    ASIDE_FACTOR,
    FUEL_FACTOR,
    MEANS_FACTOR,
    head_first,
    longer_wins,
    meant_tokens,
    only_fuel,
    only_means,
    only_source,
    paraphrase_scores,
)
from chiiki_mirai.recommender.recovery import recovered_as
from chiiki_mirai.recommender.tokenize import tokens
from chiiki_mirai.recommender.word_places import Spans, head_span, listed_tokens, spans

LEX_WEIGHT = 0.7
SEM_WEIGHT = 0.3
FIELD_THRESHOLD = 0.2  # a field below this is not relevant
RELATIVE_CUT = 0.6  # a further field below this share of the best field's score is not relevant
OUTSIDE_MARGIN = 0.15  # a field with its own words loses only to a clearly stronger outside example
PRODUCT_THRESHOLD = 0.2
SEM_SPAN = 0.25  # similarity this far above the text's mean counts as a full semantic match
# without any lexical evidence a field needs a clearly better semantic match than the outside anchors
SEM_ONLY_MARGIN = 0.1
# a soft (word-vector) match of a word to a term: off since round 2 of issue 15 — with the static vectors it
# brought more false neighbours (光 → 核融合, ハウジング → 創薬) than the paraphrases leave to find (dev products
# top-1 81% with it at half weight, 84.5% without; plans and in-house sentences equal)
SOFT_WEIGHT = 0.0
SOFT_MAX_WORDS = 64
USE_FACTOR = 0.1  # ドローンを使って: the text needs the technology (an AX need), it is not in its industry
LIST_FACTOR = 0.3  # one item of a list of materials
CUSTOMER_FACTOR = 0.2  # an outside sector named as the customer (農家向け) says little about the text's business
SOURCE_FACTOR = LIST_FACTOR  # a product named only as the raw material (水素から…を合成) is an input, not the product
SUPPLIER_SECTORS = frozenset({"parts_processing"})
# sectors whose businesses host, sell or serve (a shop, an inn, a tour): a description ending on one is that business.
# A food, farm, fishery, forest or craft product at the end may still be made with a field's technology (コオロギの
# 粉末を練り込んだクッキー is an alternative-protein food), and a supplier makes the field's products
SERVING_SECTORS = frozenset({"tourism", "local_commerce_services", "sports"})
NAMED_MIN = 0.5  # exact evidence this strong names the field (not a passing mention in a list)
REPEATS = 3  # places of one term that count
REPEAT_WEIGHT = 0.3  # each further place, as a share of the first

@dataclass
class ProductMatch:
    id: str
    name: str
    score: float
    terms: list[str] = field(default_factory=list)


@dataclass
class FieldMatch:
    number: int
    name: str
    score: float
    lexical: float
    semantic: float
    terms: list[str] = field(default_factory=list)  # matched words (for explanations)
    products: list[ProductMatch] = field(default_factory=list)

    def to_result(self) -> typed.FieldMatch:
        """The typed form in a check result (scores rounded as in to_dict)."""
        return typed.FieldMatch(
            number=self.number,
            name=self.name,
            score=round(self.score, 4),
            products=[typed.ProductMatch(id=p.id, name=p.name, score=round(p.score, 4)) for p in self.products],
        )

    def to_dict(self) -> dict:
        return {
            "number": self.number,
            "name": self.name,
            "score": round(self.score, 4),
            "products": [{"id": p.id, "name": p.name, "score": round(p.score, 4)} for p in self.products],
        }


@dataclass
class Classification:
    text: str
    fields: list[FieldMatch]
    outside: list[tuple[str, str, float]]  # (id, name, score) of outside examples that matched
    uses: list[str] = field(default_factory=list)  # technologies the text uses (an AX need, not a field)
    confidence: float = 0.0  # calibrated probability that the best field is right (confidence.py)
    features: dict[str, float] = field(default_factory=dict)  # what the confidence was computed from
    best: FieldMatch | None = None  # the best field, also when the confidence is too low to name it

    def to_dict(self) -> dict:
        return {"text": self.text, "fields": [f.to_dict() for f in self.fields]}


def _noisy_or(values: list[float]) -> float:
    p = 1.0
    for v in values:
        p *= 1.0 - min(max(v, 0.0), 0.999)
    return 1.0 - p


def _place_factor(h: Hit) -> float:
    """A technology the text uses, a passing mention in a list or in brackets says less about what the text is."""
    return (USE_FACTOR if h.use else 1.0) * (LIST_FACTOR if h.listed else 1.0) * (ASIDE_FACTOR if h.aside else 1.0)


def _lexical_scores(hits: list[Hit], kb: KnowledgeBase, sp: Spans,
                    means: frozenset[int]) -> tuple[dict[str, float], dict[str, list[str]]]:
    per: dict[str, list[float]] = {}
    words: dict[str, list[str]] = {}
    field_of = lexicon(kb).field_of
    own = own_fields(hits, sp, field_of)
    for h in hits:
        kind, ref = h.term.target.split(":", 1)
        moved = recovered_as(h, kb, sp)  # モーターから磁石を外す: the recovery product's, not the magnet's
        keys = [f"product:{moved}" if moved else h.term.target]
        if kind == "product":
            keys.append(f"field:{kb.product_field[ref]}")
        factor = _place_factor(h) * (CUSTOMER_FACTOR if customer(h, sp, own, field_of) else 1.0)
        if kind == "product" and only_source(h, sp):
            factor *= SOURCE_FACTOR
        if only_means(h, means):
            factor *= MEANS_FACTOR * (FUEL_FACTOR if only_fuel(h, sp) else 1.0)
        # a term named again in other places (a plan's items, its title) says more than one passing mention
        again = 0 if h.listed else min(len(h.places), REPEATS) - 1
        for k in keys:
            per.setdefault(k, []).append(h.term.weight * h.score * factor)
            per[k] += [REPEAT_WEIGHT * h.term.weight * h.score * factor] * again
            if h.matched not in words.setdefault(k, []):
                words[k].append(h.matched)
    # nested terms (ペロブスカイト in ペロブスカイト太陽電池) count once: keep the longest per target
    for k, ws in words.items():
        words[k] = [w for w in ws if not any(w != o and w in o for o in ws)]
    return {k: _noisy_or(v) for k, v in per.items()}, words


def _soft_scores(text: str, idx: AnchorIndex, enc: Encoder, kb: KnowledgeBase) -> dict[str, float]:
    """Near-synonym evidence: a word of the text whose vector is close to a term's vector."""
    skip = uncounted_tokens(text, lexicon(kb).folded_terms) | listed_tokens(spans(text))
    words = sorted({t.surface for i, t in enumerate(tokens(text))
                    if t.content and len(t.surface) > 1 and i not in skip})[:SOFT_MAX_WORDS]
    if not words or not len(idx.term_texts):
        return {}
    best = idx.best_term_similarities(words, enc)
    per: dict[str, list[float]] = {}
    strength = (best[idx.term_col_index] - SOFT_LO) / (1.0 - SOFT_LO)
    # only the few terms close to some word of the text need the Python loop
    for i in np.flatnonzero(strength > 0):
        _, term = idx.term_cols[i]
        f = float(strength[i])
        kind, ref = term.target.split(":", 1)
        keys = [term.target] + ([f"field:{kb.product_field[ref]}"] if kind == "product" else [])
        for k in keys:
            per.setdefault(k, []).append(SOFT_WEIGHT * term.weight * min(f, 1.0))
    return {k: float(_noisy_or(sorted(v, reverse=True)[:3])) for k, v in per.items()}


def classify(
    texts: list[str], kb: KnowledgeBase, top: int = 3, encoder: Encoder | None = None, model: str | None = None
) -> list[Classification]:
    """Fields (best first, only the relevant ones) and their products for each text."""
    enc = encoder or get_encoder(model)
    idx = anchors(kb, enc)
    sims = idx.similarities(enc.encode(texts)) if texts else np.zeros((0, len(idx.ids)))
    return [_classify_one(text, sims[ti], idx, enc, kb, top) for ti, text in enumerate(texts)]


def _classify_one(text: str, row: np.ndarray, idx: AnchorIndex, enc: Encoder, kb: KnowledgeBase,
                  top: int) -> Classification:
    hits = lexicon(kb).match(text)
    means = meant_tokens(text, hits, kb)  # read once: the lexical and the paraphrase scores both discount the means
    lex_scores, words = _lexical_scores(hits, kb, spans(text), means)
    soft_scores = _soft_scores(text, idx, enc, kb) if SOFT_WEIGHT > 0 else {}
    para, para_phrase = paraphrase_scores(text, hits, kb, means)
    longer_wins(lex_scores, para, para_phrase, hits)
    head_first(text, lex_scores, para, kb)  # 「海底を調べる無人ボート」: the boat, not the survey
    add_dual_use(text, hits, lex_scores, words, kb)  # 自衛隊にも山岳救助にも: the field's dual-use product
    base = float(np.mean(row[idx.field_rows])) if idx.field_rows else 0.0
    # the semantic score of every entry at once (the same float32 arithmetic as one by one)
    sem_row = np.clip((row - base) / SEM_SPAN, 0.0, 1.0) if np.any(row != 0) else None

    def score(key: str) -> tuple[float, float, float]:
        """(combined, exact lexical, semantic); soft and paraphrase matches count in the combined score only."""
        lx = lex_scores.get(key, 0.0)
        sm = 0.0 if sem_row is None else float(sem_row[idx.row[key]])
        return LEX_WEIGHT * max(lx, soft_scores.get(key, 0.0), para.get(key, 0.0)) + SEM_WEIGHT * sm, lx, sm

    # only a product with its own words (exact, soft or a paraphrase) can be listed: look at those alone
    worded: dict[int, list[str]] = {}
    for key in sorted({k for d in (lex_scores, soft_scores, para) for k, v in d.items() if v > 0}):
        if key.startswith("product:"):
            pid = key[len("product:"):]
            worded.setdefault(kb.product_field[pid], []).append(pid)
    fields: list[FieldMatch] = []
    for f in kb.fields:
        s, lx, sm = score(f"field:{f.number}")
        prods: list[ProductMatch] = []
        for pid in worded.get(f.number, []):
            ps, _, _ = score(f"product:{pid}")
            if ps >= PRODUCT_THRESHOLD:
                terms = words.get(f"product:{pid}", []) or [para_phrase.get(f"product:{pid}", "")]
                prods.append(ProductMatch(pid, kb.products[pid].name, ps, [t for t in terms if t]))
        prods.sort(key=lambda p: (-p.score, p.id))
        if not prods and lx > 0 and len(f.products) == 1 and s >= PRODUCT_THRESHOLD:
            # a field the sources list one product for (⑩ 防災技術, ⑫ フュージョンエネルギー), named by its own words
            # (避難所で使う間仕切り): that product is what the text is about. No terms: it names no further field
            only = f.products[0]
            prods = [ProductMatch(only.id, only.name, s)]
        if prods:  # a matched product is evidence for its field too
            s = max(s, prods[0].score)
        fields.append(FieldMatch(f.number, f.name, s, lx, sm,
                                 words.get(f"field:{f.number}", []), prods))
    fields.sort(key=lambda f: (-f.score, -f.lexical, f.number))
    outside = sorted(((o.id, o.name, score(f"outside:{o.id}")[0]) for o in kb.outside_examples),
                     key=lambda o: (-o[2], o[0]))
    uses = sorted({h.matched for h in hits if h.use})
    feats: dict[str, float] = {}
    if fields:
        key = f"field:{fields[0].number}"
        feats = {
            "score": fields[0].score, "exact": lex_scores.get(key, 0.0), "para": para.get(key, 0.0),
            "soft": soft_scores.get(key, 0.0), "sem": fields[0].semantic,
            "margin": fields[0].score - (fields[1].score if len(fields) > 1 else 0.0),
            "outside": _against(outside, lex_scores.get(key, 0.0) >= NAMED_MIN),
            "words": math.log1p(sum(1 for t in tokens(text) if t.content)), "use": float(bool(uses)),
        }
    conf = confidence(feats) if feats else 0.0
    if fields and _only_used(fields[0].number, hits, kb):
        conf = 0.0  # 「AIを導入したい」: the text needs the technology, it is not in the field's industry
    if fields and _outside_head(text, hits, kb):
        conf = 0.0  # 「…天体観察ツアー」: the text is a business outside the fields; the field's words only say which
    if fields and _vector_only(feats, fields[0]):
        conf = 0.0  # 「…を煮詰めてつくる塩」: no word of the field, and the vector is no clearer than an outside sector's
    if fields and _echo_of_set_aside(text, feats, fields[0], kb):
        conf = 0.0  # 「宇宙」金平糖: the vector only echoes a field's word whose place says it is a name or an image
    return Classification(text, _relevant(fields, conf, top), [o for o in outside if o[2] > 0], uses, conf, feats,
                          fields[0] if fields else None)


def _vector_only(feats: dict[str, float], best: FieldMatch) -> bool:
    """The best field rests on the vector alone (no exact, paraphrase or soft word, no product named) and is not
    clearly closer than the best outside sector (SEM_ONLY_MARGIN)."""
    if feats.get("exact", 0.0) or feats.get("para", 0.0) or feats.get("soft", 0.0) or best.products:
        return False
    return feats.get("score", 0.0) - feats.get("outside", 0.0) < SEM_ONLY_MARGIN


def _echo_of_set_aside(text: str, feats: dict[str, float], best: FieldMatch, kb: KnowledgeBase) -> bool:
    """The best field has no word, paraphrase or product that counts, and the text writes one of its words only where
    it is only a name, an image or a setting (Lexicon.set_aside): the vector is that word's echo, not evidence."""
    if feats.get("exact", 0.0) or feats.get("para", 0.0) or feats.get("soft", 0.0) or best.products:
        return False
    return f"field:{best.number}" in lexicon(kb).set_aside(text)


def _against(outside: list[tuple[str, str, float]], named: bool) -> float:
    """The best outside sector's score, as evidence against the best field. A supplier sector does not count
    against a field whose own words the text names: fields.yaml's 部品加工・地場ものづくり says a plan that names a
    field's product and joins its supply chain (航空機部品の精密加工) is that field's."""
    return max((o[2] for o in outside if not (named and o[0] in SUPPLIER_SECTORS)), default=0.0)


def _outside_head(text: str, hits: list[Hit], kb: KnowledgeBase) -> bool:
    """A one-line description ends on a business outside the fields that hosts, sells or serves (ホームセンター,
    ツアー, 土産物店; SERVING_SECTORS) and no field's word is that head."""
    head = head_span(spans(text))
    if head is None:
        return False
    last = head[1] - 1

    def at_head(h: Hit) -> bool:
        return any(a <= last < b for a, b in h.places)

    outside = [h for h in hits if h.term.target.startswith("outside:") and at_head(h)]
    if not outside or any(h.term.target[len("outside:"):] not in SERVING_SECTORS for h in outside):
        return False
    return not any(at_head(h) for h in hits if not h.term.target.startswith("outside:"))


def _only_used(number: int, hits: list[Hit], kb: KnowledgeBase) -> bool:
    """The field's own words occur in the text, but only as a technology the text uses."""
    def field_of(h: Hit) -> int | None:
        kind, ref = h.term.target.split(":", 1)
        return kb.product_field[ref] if kind == "product" else int(ref) if kind == "field" else None

    mine = [h for h in hits if field_of(h) == number]
    return bool(mine) and all(h.use for h in mine)


def _relevant(fields: list[FieldMatch], conf: float, top: int) -> list[FieldMatch]:
    """The best field when the calibrated confidence reaches the threshold, and further fields that name a product."""
    if not fields or fields[0].score <= 0 or conf < threshold():
        return []
    best = fields[0]
    cut = max(FIELD_THRESHOLD * 0.75, RELATIVE_CUT * best.score)
    # a further field must name one of its own products in the text: a field name alone (部素材) or a
    # vector-only neighbour does not make a second field relevant
    rest = [f for f in fields[1:] if f.score >= cut and any(p.terms for p in f.products)]
    return [best, *rest][: max(top, 1)]
