"""A text's paraphrase evidence for the products of the 17 fields, and which product a term it names belongs to.

Split out of classify.py (which combines this evidence with the exact terms and the vectors). What a text's words
count for follows word_places and paraphrases.py; in addition here: a compound the knowledge names exactly, or
naming an outside sector, lends no parts to a paraphrase; whom the text sells to is not what it makes; a material
it takes out of something is no paraphrase of the material's own product where the field has a product of
recovering materials (recovery.py); a paraphrase that says a product's term with more of the text's words takes
the term (longer_wins); a one-line description that ends on a specific thing is that thing, and a product met only
by the clause saying what the thing does ranks after a product whose own wording ends on it (head_first).
"""

from __future__ import annotations

from chiiki_mirai.knowledge.loader import KnowledgeBase
from chiiki_mirai.recommender.kb_indexes import built_once
from chiiki_mirai.recommender.lexicon import Hit, lexicon
from chiiki_mirai.recommender.paraphrases import paraphrase_index, product_phrases, uncounted_tokens
from chiiki_mirai.recommender.recovery import recovery_products
from chiiki_mirai.recommender.tokenize import fold, short_units, tokens
from chiiki_mirai.recommender.word_places import (
    NOUNISH,
    Spans,
    carriers,
    customer_tokens,
    fuel_tokens,
    generic_head,
    head_span,
    listed_tokens,
    means_tokens,
    recovered_tokens,
    source_tokens,
    spans,
    waste_tokens,
)

ASIDE_FACTOR = 0.6  # named only in brackets: an elaboration of what the text names before them
PARA_WEIGHT = 1.0  # a product's best paraphrase (cosine) counts this much of a named product
LONGER_MIN = 0.5  # a paraphrase this close that says a product's term with more words takes the term (longer_wins)
LONGER_SHARE = 0.9
MEANS_FACTOR = 0.5  # a tool named only as the means of what the text offers (AIで検知するサービス): a feature of it
# a fuel named only as what the text's thing runs on (水素などの燃料で動く船), times MEANS_FACTOR: the thing that moves is
# what the text makes; a fuel a field names as its product (水素) still says the field where nothing else does
FUEL_FACTOR = 0.4
# a paraphrase this close names the thing a carrier sends (暗号鍵 for quantum key distribution, 0.64 on a test sentence;
# 高速のインターネット meets a drone's delivery at 0.45 and is no thing of another field): meant_tokens
SENT_PARA_MIN = 0.6


def paraphrase_scores(text: str, hits: list[Hit], kb: KnowledgeBase,
                      means: frozenset[int]) -> tuple[dict[str, float], dict[str, str]]:
    """product/field key → PARA_WEIGHT × the best paraphrase's cosine; product key → that paraphrase. `means`: the
    text's means (meant_tokens), read once by the caller for this and the lexical scores.

    A product whose own words the text names only as a technology it uses gets no paraphrase evidence either
    (「ドローンを使って農薬散布」 shares words with a drone's paraphrases but is farming)."""
    used: set[str] = set()
    for h in hits:
        if h.use:
            kind, ref = h.term.target.split(":", 1)
            used.add(h.term.target)
            used.add(f"field:{kb.product_field[ref]}" if kind == "product" else h.term.target)
    lex = lexicon(kb)
    out: dict[str, float] = {}
    phrase: dict[str, str] = {}
    # a compound the knowledge names exactly (水中ドローン) is the lexicon's evidence: its parts are no paraphrase's
    # and so is one naming an outside sector (ゲームセンター: its ゲーム is no game's paraphrase)
    named = {i for h in hits for a, b in h.places
             if b - a > 1 or (h.term.target.startswith("outside:") and len(short_units(h.matched)) > 1)
             for i in range(a, b)}
    sp_ = spans(text)
    listed = listed_tokens(sp_)  # a passing mention in a list (素材：銅、ニッケル、レアアース) is no paraphrase
    # whom the text sells to (食品メーカーに原料として売る) is not what it makes
    skip = uncounted_tokens(text, lex.folded_terms) | named | listed | customer_tokens(sp_)
    # a field's own name the text names only as a modifier of another noun (量子 in 量子化学計算) says what the text
    # is not: a paraphrase naming that word (量子計算で新材料を探す) is not met by its other words (計算, 探す)
    denied = frozenset(f for i, t in enumerate(sp_.toks)
                       if (f := fold(t.surface)) in field_names(kb) and not sp_.counts_at(i + 1))
    # words in brackets elaborate what comes before (「すくも（藍の葉を発酵させた染料）」): a paraphrase matched
    # only thanks to them counts down to what a term named only there counts (ASIDE_FACTOR)
    aside = {i for i, a in enumerate(sp_.aside) if a}
    index = paraphrase_index(kb)
    plain = {m.product: m.score for m in index.match(text, top=10, skip=skip | aside)} if aside else {}
    taken = recovered_tokens(sp_)
    # a thing named as waste (廃バッテリー) is no paraphrase word of any product but a recovery product (バッテリー船)
    waste = waste_tokens(sp_)
    unwasted = {m.product: m.score for m in index.match(text, top=10, skip=skip | waste)} if waste else {}
    # a material taken out of something is no paraphrase of the material's own product where its field has a
    # product of recovering materials (recovery.py)
    bare = {m.product: m.score for m in index.match(text, top=10, skip=skip | taken)} if taken else {}
    rec = recovery_products(kb)
    # a product named only as the raw material (水素 in 「CO2と水素からプラスチック原料を合成」) has no paraphrase evidence
    # from that material: what is made is another product
    inputs = {h.term.target for h in hits if h.term.target.startswith("product:") and only_source(h, sp_)}
    source = source_tokens(sp_)
    unsourced = {m.product: m.score for m in index.match(text, top=10, skip=skip | source)} if inputs else {}
    # a paraphrase met only thanks to a tool named as a means (AI開発企業 for 「AIで検知するサービス」) counts down to what
    # the tool's own term counts there
    unmeant = {m.product: m.score for m in index.match(text, top=10, skip=skip | means)} if means else {}
    for m in index.match(text, top=5, skip=skip, denied=denied):
        fkey = f"field:{kb.product_field[m.product]}"
        pkey = f"product:{m.product}"
        if pkey in used or fkey in used:
            continue
        s = min(m.score, max(plain.get(m.product, 0.0), ASIDE_FACTOR * m.score)) if aside else m.score
        if taken and rec.get(kb.product_field[m.product], m.product) != m.product:
            s = min(s, bare.get(m.product, 0.0))
        if waste and m.product not in rec.values():
            s = min(s, unwasted.get(m.product, 0.0))
        if pkey in inputs:
            s = min(s, unsourced.get(m.product, 0.0))
        if means:
            s = min(s, max(unmeant.get(m.product, 0.0), MEANS_FACTOR * s))
        out[pkey] = PARA_WEIGHT * s
        phrase[pkey] = m.phrase
        out[fkey] = max(out.get(fkey, 0.0), out[pkey])
    return out, phrase


def only_source(h: Hit, sp: Spans) -> bool:
    """Every place of the term is a raw material the text makes something from (word_places.source_tokens)."""
    source = source_tokens(sp)
    return bool(h.places) and all(set(range(a, b)) <= source for a, b in h.places)


def only_fuel(h: Hit, sp: Spans) -> bool:
    """Every place of the term is a fuel named as what a thing runs on (word_places.fuel_tokens)."""
    fuel = fuel_tokens(sp)
    return bool(h.places) and all(set(range(a, b)) <= fuel for a, b in h.places)


def only_means(h: Hit, means: frozenset[int]) -> bool:
    """Every place of the term is a tool named as a means (meant_tokens)."""
    return bool(h.places) and all(set(range(a, b)) <= means for a, b in h.places)


def meant_tokens(text: str, hits: list[Hit], kb: KnowledgeBase) -> frozenset[int]:
    """The means of the text (word_places.means_tokens), and each carrier of a thing sent (word_places.carriers) whose
    clause names a thing of a field the carrier's own terms are not of, by a term or by a product's paraphrase of at
    least SENT_PARA_MIN (暗号鍵を光ファイバーで送る: the key is quantum communication's, the fibre a means); a carrier of
    a thing of its own field or of none (光ファイバーでインターネットを届ける) is what the text offers."""
    sp = spans(text)
    out = set(means_tokens(sp))
    field_of = lexicon(kb).field_of
    for carrier, clause in carriers(sp):
        mine = {field_of[h.term.target] for h in hits for a, b in h.places if a >= carrier.start and b <= carrier.stop}
        sent = {i for i in clause if i not in carrier}
        named = {field_of[h.term.target] for h in hits for a, b in h.places if set(range(a, b)) <= sent}
        skip = set(range(len(sp.toks))) - sent
        named |= {f"field:{kb.product_field[m.product]}" for m in paraphrase_index(kb).match(text, top=1, skip=skip)
                  if m.score >= SENT_PARA_MIN}
        if named - mine:
            out.update(carrier)
    return frozenset(out)


def field_names(kb: KnowledgeBase) -> frozenset[str]:
    """The folded names and synonyms of the 17 fields (量子, 宇宙, 半導体): not their products' or keywords'."""
    return built_once(kb, "_field_names", lambda: frozenset(
        t.folded for t in lexicon(kb).terms if t.target.startswith("field:") and t.kind in ("name", "synonym")))


def longer_wins(lex: dict[str, float], para: dict[str, float], phrase: dict[str, str], hits: list[Hit]) -> None:
    """A product's term that a close paraphrase of another product says together with more of the text's words
    (水素 in 「水素で鉄を作る」 for 石炭の代わりに水素で鉄鉱石から鉄を取り出す) is that product's: the term's own product
    keeps at most LONGER_SHARE of that paraphrase's score (the longer match explains the word, as nested terms do)."""
    for h in hits:
        if not h.term.target.startswith("product:") or h.term.target not in lex:
            continue
        for key, ph in phrase.items():
            if (key != h.term.target and para.get(key, 0.0) >= LONGER_MIN and fold(h.matched) in fold(ph)
                    and fold(ph) != fold(h.matched)):
                lex[h.term.target] = min(lex[h.term.target], LONGER_SHARE * para[key])


def _phrase_head(text: str) -> str:
    """The normalised noun a product's wording ends on (無人で動く潜水機 → 潜水機); "" when it ends on a verb."""
    toks = [t for t in tokens(text) if t.pos not in ("補助記号", "記号", "空白")]
    return toks[-1].norm if toks and toks[-1].pos in NOUNISH and toks[-1].content and not generic_head(toks[-1]) else ""


def _heads_named(kb: KnowledgeBase) -> dict[str, frozenset[str]]:
    """product id → the specific nouns its name, synonyms, keywords and paraphrases end on (what the product *is*)."""
    def build() -> dict[str, frozenset[str]]:
        written = product_phrases()
        return {p.id: frozenset(h for x in [p.name, *p.synonyms, *p.keywords, *written.get(p.id, [])]
                                if (h := _phrase_head(x)))
                for f in kb.fields for p in f.products}
    return built_once(kb, "_product_heads", build)


def head_first(text: str, lex: dict[str, float], para: dict[str, float], kb: KnowledgeBase) -> None:
    """A one-line description that ends on a specific thing (「海底の地形を調べる無人ボート」) *is* that thing: a product
    whose own wording ends on the same noun (水上を走る無人ボート) names it, and another product met only by a paraphrase
    (no exact term), whose wording does not end on that noun (海底の地形を測る), says what the thing does. It keeps
    at most LONGER_SHARE of the thing's evidence (the head explains the clause, as a longer match explains its words)."""
    sp = spans(text)
    span = head_span(sp)
    if span is None or generic_head(sp.toks[span[1] - 1]):
        return
    head = sp.toks[span[1] - 1].norm
    named = {pid for pid, hs in _heads_named(kb).items() if head in hs}
    thing = max((max(lex.get(f"product:{p}", 0.0), para.get(f"product:{p}", 0.0)) for p in named), default=0.0)
    if thing <= 0.0:
        return
    for key in [k for k in para if k.startswith("product:")]:
        pid = key[len("product:"):]
        if pid not in named and lex.get(key, 0.0) <= 0.0:
            para[key] = min(para[key], LONGER_SHARE * thing)  # the field keeps its evidence: only the order moves
