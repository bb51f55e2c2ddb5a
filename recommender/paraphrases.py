"""Products described in other words: nearest paraphrase by shared words, weighted by rarity.

Each product of the 17 fields has its name, synonyms and keywords (knowledge/data/fields.yaml) and the
everyday paraphrases of resources/phrases/p*_products.yaml (written by two independent writers, frozen
before use). A text is compared with every paraphrase as sets of SudachiPy content words (normalised forms,
plus the short units of compounds): the cosine of their IDF-weighted indicator vectors, where a word's IDF is
over products (a word used for many products says little). A product's score is its best paraphrase's.
Words the text names as a technology it *uses* (word_places.used_tokens) are left out: 「ドローンで撮影する
農家」 is not 無人航空機.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from pathlib import Path

import numpy as np
import scipy.sparse as sp
import yaml

from chiiki_mirai.knowledge.loader import KnowledgeBase
from chiiki_mirai.recommender.kb_indexes import built_once
from chiiki_mirai.recommender.tokenize import Token, fold, split_a
from chiiki_mirai.recommender.word_places import spans, used_tokens


def _split(words: str) -> list[str]:
    return words.split()


PHRASES = Path(__file__).with_name("resources") / "phrases"
# words too general to tell products apart however rare they are among the phrases
GENERAL = frozenset(fold(w) for w in _split(
    "つくる 作る 造る 育てる 開発 製造 生産 会社 企業 工場 技術 使う 仕組み 向け 用 事業 "
                    "サービス 新しい 地域 地元 町 市 県 国 国内 日本 売る 販売"))


def _word_forms(t: Token) -> set[str]:
    if not t.content or (t.pos == "接尾辞" and len(t.surface) == 1):
        return set()
    forms = {fold(t.norm), fold(t.surface)}
    if len(t.surface) > 2:
        forms |= {f for f in (fold(x) for x in split_a(t.surface)) if len(f) > 1}
    return {f for f in forms if f and f not in GENERAL and (len(f) > 1 or not f.isascii())}


def words(text: str, skip: set[int] | None = None) -> set[str]:
    """The content words of text, less the tokens at the indexes in skip."""
    out: set[str] = set()
    for i, t in enumerate(spans(text).toks):
        if not skip or i not in skip:
            out |= _word_forms(t)
    return out


def uncounted_tokens(text: str, terms: set[str]) -> set[int]:
    """Tokens the text uses as a tool, and knowledge terms that only modify another noun (量子 in 量子化学計算)."""
    sp_ = spans(text)
    out = used_tokens(sp_)
    for i, t in enumerate(sp_.toks):
        if fold(t.surface) in terms and not sp_.counts_at(i + 1):
            out.add(i)
    return out


def product_phrases(path: Path = PHRASES) -> dict[str, list[str]]:
    """product id → the writers' paraphrases (every p*_products.yaml)."""
    out: dict[str, list[str]] = {}
    for p in sorted(path.glob("p*_products.yaml")):
        for pid, phrases in (yaml.safe_load(p.read_text(encoding="utf-8")) or {}).items():
            out.setdefault(str(pid), []).extend(str(x) for x in phrases or [])
    return out


@dataclass(frozen=True)
class ParaphraseMatch:
    product: str
    score: float  # cosine of the best paraphrase, 0-1
    phrase: str


class ParaphraseIndex:
    def __init__(self, kb: KnowledgeBase):
        written = product_phrases()
        rows: list[tuple[str, str, set[str]]] = []
        for f in kb.fields:
            for p in f.products:
                for text in [p.name, *p.synonyms, *p.keywords, *written.get(p.id, [])]:
                    ws = words(text)
                    if ws:
                        rows.append((p.id, text, ws))
        df: dict[str, set[str]] = {}
        for pid, _, ws in rows:
            for w in ws:
                df.setdefault(w, set()).add(pid)
        n = max(len({pid for pid, _, _ in rows}), 1)
        self.idf = {w: math.log(1 + n / len(ps)) for w, ps in df.items()}
        self.col = {w: i for i, w in enumerate(sorted(self.idf))}
        self.products = sorted({pid for pid, _, _ in rows})
        prow = {pid: i for i, pid in enumerate(self.products)}
        r, c, v = [], [], []
        for i, (_, _, ws) in enumerate(rows):
            norm = math.sqrt(sum(self.idf[w] ** 2 for w in ws))
            for w in ws:
                r.append(i)
                c.append(self.col[w])
                v.append(self.idf[w] / norm)
        self.matrix = sp.csr_matrix((v, (r, c)), shape=(len(rows), len(self.col)))
        self.owner = np.array([prow[pid] for pid, _, _ in rows])
        self.texts = [t for _, t, _ in rows]

    def match(self, text: str, top: int = 5, skip: set[int] | None = None) -> list[ParaphraseMatch]:
        """The products whose paraphrases share rare words with text (less the tokens in skip), best first."""
        ws = [w for w in words(text, skip) if w in self.col]
        if not ws:
            return []
        norm = math.sqrt(sum(self.idf[w] ** 2 for w in ws))
        vec = np.zeros(len(self.col))
        for w in ws:
            vec[self.col[w]] = self.idf[w] / norm
        sims = self.matrix @ vec
        best = np.full(len(self.products), -1.0)
        arg = np.full(len(self.products), -1)
        order = np.argsort(-sims, kind="stable")
        for i in order[: 40 * top]:
            if sims[i] <= 0:
                break
            o = self.owner[i]
            if sims[i] > best[o]:
                best[o], arg[o] = sims[i], i
        found = [ParaphraseMatch(self.products[o], float(best[o]), self.texts[arg[o]])
                 for o in np.flatnonzero(best > 0)]
        found.sort(key=lambda m: (-m.score, m.product))
        return found[:top]


def paraphrase_index(kb: KnowledgeBase) -> ParaphraseIndex:
    return built_once(kb, "_paraphrase_index", lambda: ParaphraseIndex(kb))
