"""Word overlap between a desk question and each measure's own text, weighted by rarity.

A measure's words are the SudachiPy normalised forms (split mode C, plus the short units of each
compound, so 観光客 also gives 観光) of its name, aliases and keywords (weight 1) and of its
summary (SUMMARY_WEIGHT). A word that many measures share (支援, 地域, 推進) says nothing about
which one fits: its weight is an IDF, and words in more than COMMON_SHARE of the measures are
dropped, and so are the need-neutral words of resources/need_synonyms.yaml (不足, 確保). A question's words count fully, its paraphrases (recommender/needs.py) at
PARAPHRASE_WEIGHT, and of each need group only the best paraphrase a measure shares counts (a
group of ten finance words must not count ten times). The score saturates (1 - exp(-s / SCALE)) so that many weak overlaps do not
beat one exact, rare one by much.
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass

from chiiki_mirai.knowledge.loader import KnowledgeBase
from chiiki_mirai.recommender.kb_indexes import built_once
from chiiki_mirai.recommender.needs import neutral_words
from chiiki_mirai.recommender.tokenize import fold, split_a, tokens

SUMMARY_WEIGHT = 0.6
PARAPHRASE_WEIGHT = 0.6
COMMON_SHARE = 0.2
SCALE = 3.0
W_WORDS = 1.2
MIN_CHARS = 2  # one-character words (県, 所, 体 out of compounds) match too much to say anything


def _words(text: str) -> set[str]:
    out: set[str] = set()
    for t in tokens(text):
        if not t.content:
            continue
        forms = {t.norm, t.surface}
        if len(t.surface) > 2:
            forms |= set(split_a(t.surface))
        for f in forms:
            f = fold(f)
            if len(f) >= MIN_CHARS and re.search(r"\w", f):
                out.add(f)
    return out


@dataclass(frozen=True)
class WordHit:
    word: str  # folded
    written: str  # the question's word or paraphrase as written
    paraphrase: bool
    weight: float
    cue: str = ""  # for a paraphrase: the question's word it stands for


class MeasureWords:
    def __init__(self, kb: KnowledgeBase):
        self.words: dict[str, dict[str, float]] = {}
        df: dict[str, int] = {}
        for mid, m in sorted(kb.measures.items()):
            w: dict[str, float] = {}
            for text in (m.name, *m.aliases, *m.keywords):
                for x in _words(text):
                    w[x] = 1.0
            for x in _words(m.summary):
                w.setdefault(x, SUMMARY_WEIGHT)
            self.words[mid] = w
            for x in w:
                df[x] = df.get(x, 0) + 1
        n = max(len(kb.measures), 1)
        neutral = neutral_words()
        self.idf = {x: math.log(1 + n / d) for x, d in df.items()
                    if d <= max(COMMON_SHARE * n, 2) and x not in neutral}
        self.postings: dict[str, list[tuple[str, float]]] = {}
        for mid, w in self.words.items():
            for x, mw in w.items():
                if x in self.idf:
                    self.postings.setdefault(x, []).append((mid, mw))

    def hits(self, question: str, paraphrases: list[tuple[str, str, str]]) -> dict[str, list[WordHit]]:
        """measure id → the question's words found in the measure's text, strongest first.

        paraphrases: (need group id, the question's word, paraphrase); per measure only each
        group's best paraphrase counts.
        """
        out: dict[str, list[WordHit]] = {}
        for x in sorted(_words(question)):
            for mid, mw in self.postings.get(x, ()):
                out.setdefault(mid, []).append(WordHit(x, x, False, mw * self.idf[x]))
        literal = {mid: {h.word for h in hs} for mid, hs in out.items()}
        best: dict[tuple[str, str], WordHit] = {}
        for group, cue, p in paraphrases:
            for x in sorted(_words(p)):
                for mid, mw in self.postings.get(x, ()):
                    if x in literal.get(mid, ()):
                        continue
                    h = WordHit(x, p, True, PARAPHRASE_WEIGHT * mw * self.idf[x], cue)
                    k = (mid, group)
                    if k not in best or h.weight > best[k].weight:
                        best[k] = h
        for (mid, _), h in sorted(best.items()):
            out.setdefault(mid, []).append(h)
        for lst in out.values():
            lst.sort(key=lambda h: (-h.weight, h.paraphrase, h.word))
        return out


def contribution(hits: list[WordHit]) -> float:
    s = sum(h.weight for h in hits)
    return W_WORDS * (1.0 - math.exp(-s / SCALE))


def measure_words(kb: KnowledgeBase) -> MeasureWords:
    return built_once(kb, "_desk_words", lambda: MeasureWords(kb))
