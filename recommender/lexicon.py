"""The lexical index: names, synonyms and keywords of fields, products and outside examples.

Matching works on folded text (NFKC, lower case, katakana → hiragana, no spaces) so that
orthographic variants (全角/半角, カタカナ/ひらがな) meet. A long term is found as a substring;
a short one (≤ 2 characters, e.g. "AI", "光") only as a whole SudachiPy token, so 光 does not
match inside 観光. Near matches (送り仮名, 長音, small typos) are found with rapidfuzz's
partial_ratio on terms of four characters or more.

Matching is indexed once per knowledge base so that it stays fast with many thousands of terms:
terms (and readings) are bucketed by their first two characters, and only the buckets of the
text's own character pairs are tested; a near match is only scored for terms that share enough
characters with the text to reach FUZZY_MIN at all (a bound computed for all terms at once with
a sparse matrix). The result is the same as testing every term.
"""

from __future__ import annotations

import functools
import re
from collections import defaultdict
from dataclasses import dataclass
from pathlib import Path

import numpy as np
import scipy.sparse as sp
import yaml
from rapidfuzz import fuzz

from chiiki_mirai.knowledge.loader import KnowledgeBase
from chiiki_mirai.recommender.kb_indexes import built_once
from chiiki_mirai.recommender.tokenize import fold, kana_reading, reading, tokens
from chiiki_mirai.recommender.word_places import Spans, generic_head, spans

# how much one matched term says, by where it comes from
W_NAME = 1.0
W_SYNONYM = 0.9
W_KEYWORD = 0.6
W_EVERYDAY = 0.5  # an everyday word for a business outside the fields (resources/outside_words.yaml)
OUTSIDE_WORDS = Path(__file__).with_name("resources") / "outside_words.yaml"
FUZZY_MIN = 88  # partial_ratio needed for a near match (0-100)
FUZZY_MIN_LEN = 4
FUZZY_MAX_TEXT = 600  # longer texts are matched exactly only (fuzzy on whole plans is slow and noisy)
SHORT = 2
READING_MIN = 4  # hiragana characters a reading needs before it is matched
READING_SCORE = 1.0  # a term spelt out in kana (はんどうたい) says what the term says


@dataclass(frozen=True)
class Term:
    text: str  # as written in the knowledge base
    folded: str
    target: str  # "field:9", "product:F09.P1" or "outside:traditional_crafts"
    weight: float
    kind: str  # name / synonym / keyword


@dataclass(frozen=True)
class Hit:
    term: Term
    score: float  # 0-1: 1 for an exact match, lower for a near match
    matched: str  # the text it matched in the input
    use: bool = False  # every place names it as a technology the text uses (word_places.Place.use)
    listed: bool = False  # every place is one item of a list (a passing mention)
    places: tuple[tuple[int, int], ...] = ()  # token spans where it counts (exact matches only)
    aside: bool = False  # every place is inside brackets (an elaboration of what comes before)


def _split_name(name: str) -> list[str]:
    """A name and its parts: 'フィジカルAI(特にAIロボット)' → the name, 'フィジカルAI', 'AIロボット'."""
    out = [name]
    inner = re.findall(r"[（(]([^）)]*)[）)]", name)
    base = re.sub(r"[（(][^）)]*[）)]", "", name).strip()
    if base and base != name:
        out.append(base)
    for part in inner:
        part = re.sub(r"^(特に|主に|例えば)", "", part).strip()
        if len(part) > 1:
            out.append(part)
    # '資源・エネルギー安全保障・GX' → its parts; the parts are names too
    for piece in re.split(r"[・、/／]", base or name):
        piece = piece.strip()
        if len(piece) > 1 and piece != name and not _generic(piece):
            out.append(piece)
    return out


def _generic(piece: str) -> bool:
    """A part of a name that is only a generic word (人工衛星・サービス → サービス): no term of its own."""
    toks = tokens(piece)
    return len(toks) == 1 and generic_head(toks[0])


def _shared_heads(kb: KnowledgeBase) -> frozenset[str]:
    """One-word parts of names that end another field's product name or synonym (量子通信・ネットワーク → ネットワーク
    ends オール光ネットワーク): a head shared across fields names no field on its own."""
    ends: dict[str, set[int]] = defaultdict(set)
    for f in kb.fields:
        for p in f.products:
            for n in (p.name, *p.synonyms):
                for k in range(1, len(n)):
                    ends[n[k:]].add(f.number)
    out = set()
    for f in kb.fields:
        for name in (f.name, *(p.name for p in f.products)):
            for piece in _split_name(name)[1:]:
                if len([t for t in tokens(piece) if t.content]) == 1 and ends.get(piece, set()) - {f.number}:
                    out.add(piece)
    return frozenset(out)


class Lexicon:
    def __init__(self, kb: KnowledgeBase):
        raw: list[Term] = []

        def add(texts: list[str], target: str, weight: float, kind: str) -> None:
            for t in texts:
                f = fold(t)
                if f:
                    raw.append(Term(t, f, target, weight, kind))

        shared = _shared_heads(kb)

        def parts(name: str) -> list[str]:
            return [x for x in _split_name(name)[1:] if x not in shared]

        for fld in kb.fields:
            fid = f"field:{fld.number}"
            add(_split_name(fld.name)[:1], fid, W_NAME, "name")
            add(parts(fld.name), fid, W_KEYWORD, "name_part")
            add(fld.synonyms, fid, W_SYNONYM, "synonym")
            add(fld.keywords, fid, W_KEYWORD, "keyword")
            for p in fld.products:
                pid = f"product:{p.id}"
                add(_split_name(p.name)[:1], pid, W_NAME, "name")
                add(parts(p.name), pid, W_SYNONYM, "name_part")
                add(p.synonyms, pid, W_SYNONYM, "synonym")
                add(p.keywords, pid, W_KEYWORD, "keyword")
        everyday = outside_words()
        for o in kb.outside_examples:
            oid = f"outside:{o.id}"
            add(_split_name(o.name), oid, W_NAME, "name")
            add(o.keywords, oid, W_KEYWORD, "keyword")
            add(list(everyday.get(o.id, ())), oid, W_EVERYDAY, "everyday")
        # one term per (folded text, target), the strongest kind
        best: dict[tuple[str, str], Term] = {}
        for t in raw:
            k = (t.folded, t.target)
            if k not in best or t.weight > best[k].weight:
                best[k] = t
        # a term that points at many fields says little about each
        fields_of: dict[str, set[str]] = defaultdict(set)
        for t in best.values():
            fields_of[t.folded].add(self._field_key(t.target, kb))
        self.terms: list[Term] = []
        for (folded, _), t in sorted(best.items()):
            n = len(fields_of[folded])
            w = t.weight if n == 1 else t.weight / (n**0.5)
            self.terms.append(Term(t.text, folded, t.target, round(w, 4), t.kind))
        self.folded_terms = frozenset(t.folded for t in self.terms)
        self.field_of = {t.target: self._field_key(t.target, kb) for t in self.terms}
        self.fields_by_folded: dict[str, set[str]] = defaultdict(set)
        for t in self.terms:
            self.fields_by_folded[t.folded].add(self.field_of[t.target])
        self.short = [t for t in self.terms if len(t.folded) <= SHORT]
        self.long = [t for t in self.terms if len(t.folded) > SHORT]
        self.fuzzy = [t for t in self.long if len(t.folded) >= FUZZY_MIN_LEN]
        # readings (hiragana) of kanji terms, so はんどうたい finds 半導体
        self.by_reading: list[tuple[str, Term]] = []
        for t in self.long:
            if re.search(r"[\u4e00-\u9fff]", t.text):
                r = reading(t.text)
                if len(r) >= READING_MIN:
                    self.by_reading.append((r, t))

        self._build_indexes()

    def _build_indexes(self) -> None:
        """Buckets by first character pair and the character counts of the fuzzy terms."""
        self._long_by_folded: dict[str, list[Term]] = defaultdict(list)
        for t in self.long:
            self._long_by_folded[t.folded].append(t)
        self._long_buckets = bucket_by_prefix(self._long_by_folded)
        self._short_by_folded: dict[str, list[Term]] = defaultdict(list)
        for t in self.short:
            self._short_by_folded[t.folded].append(t)
        self._reading_terms: dict[str, list[Term]] = defaultdict(list)
        for r, t in self.by_reading:
            self._reading_terms[r].append(t)
        self._reading_buckets = bucket_by_prefix(self._reading_terms)
        fuzzy_terms: dict[str, list[Term]] = defaultdict(list)
        for t in self.fuzzy:
            fuzzy_terms[t.folded].append(t)
        self._fuzzy_strings = sorted(fuzzy_terms)
        self._fuzzy_terms = [fuzzy_terms[f] for f in self._fuzzy_strings]
        # per fuzzy string: its words (a near match must meet each of them at least in part)
        self._fuzzy_words = [tuple(fold(t.surface) for t in tokens(ts[0].text) if t.content) for ts in self._fuzzy_terms]
        self._fuzzy_len = np.array([len(f) for f in self._fuzzy_strings], dtype=np.float64)
        chars = sorted({c for f in self._fuzzy_strings for c in f})
        self._char_col = {c: i for i, c in enumerate(chars)}
        rows, cols = [], []
        for i, f in enumerate(self._fuzzy_strings):
            for c in f:
                rows.append(i)
                cols.append(self._char_col[c])
        # entry (term, char) = how often the char occurs in the term (duplicates are summed)
        self._fuzzy_chars = sp.csr_matrix(
            (np.ones(len(rows)), (rows, cols)), shape=(len(self._fuzzy_strings), len(chars))
        )

    def _fuzzy_candidates(self, folded: str) -> np.ndarray:
        """Indexes of the fuzzy strings that can reach FUZZY_MIN against folded.

        partial_ratio compares the term (length L) with windows of the text of length w <= L:
        100 * 2 * LCS / (L + w), and LCS <= m, the number of the term's characters that occur in
        the text at all; so the score is at most 200 m / (L + m). A term longer than the text is
        compared the other way round and is always scored.
        """
        if not self._fuzzy_strings:
            return np.zeros(0, dtype=np.int64)
        mask = np.zeros(len(self._char_col))
        for c in set(folded):
            j = self._char_col.get(c)
            if j is not None:
                mask[j] = 1.0
        m = self._fuzzy_chars @ mask
        bound = 200.0 * m / (self._fuzzy_len + m + 1e-12)
        keep = (bound >= FUZZY_MIN - 1e-6) | (self._fuzzy_len > len(folded))
        return np.flatnonzero(keep)

    @staticmethod
    def _field_key(target: str, kb: KnowledgeBase) -> str:
        kind, ref = target.split(":", 1)
        if kind == "product":
            return f"field:{kb.product_field[ref]}"
        return target

    def match(self, text: str, fuzzy: bool = True) -> list[Hit]:
        """Every term found in text as a word (best score per term), sorted by target then term.

        A term counts only on token boundaries and where it names what the text is about (word_places.py):
        inside a longer word, or modifying another content noun (量子 in 量子化学計算), it is no match.
        """
        sp = spans(text)
        folded = sp.folded
        hits: dict[tuple[str, str], Hit] = {}
        seen: set[str] = set()  # terms written exactly: a near match must not bring back one whose place does not count
        for f in occurring(folded, self._long_buckets):
            seen.add(f)
            hit = _placed(sp, f)
            if hit is not None:
                for t in self._long_by_folded[f]:
                    hits[(t.folded, t.target)] = Hit(t, 1.0, t.text, *hit)
        if self.short:
            norms = set(sp.folded_norms)
            # only the short terms the text can contain: written in it, or a token's normalised form
            for f in (norms & self._short_by_folded.keys()) | {f for f in self._short_by_folded if f in folded}:
                hit = _placed(sp, f) if sp.places(f) else _placed_norm(sp, f)
                seen.add(f)
                if hit is not None:
                    for t in self._short_by_folded[f]:
                        hits[(t.folded, t.target)] = Hit(t, 1.0, t.text, *hit)
        if self.by_reading and re.search(r"[\u3041-\u309f]{3,}", folded):
            text_reading = kana_reading(text)
            for r in occurring(text_reading, self._reading_buckets):
                for t in self._reading_terms[r]:
                    if (t.folded, t.target) not in hits and t.folded not in seen:
                        hits[(t.folded, t.target)] = Hit(t, READING_SCORE, t.text)
        if fuzzy and len(folded) <= FUZZY_MAX_TEXT:
            chars = set(folded)
            for i in self._fuzzy_candidates(folded):
                terms = [t for t in self._fuzzy_terms[i] if (t.folded, t.target) not in hits and t.folded not in seen]
                if not terms or _lacks_a_word(self._fuzzy_words[i], chars):
                    continue
                s = fuzz.partial_ratio(self._fuzzy_strings[i], folded, score_cutoff=FUZZY_MIN)
                if s:
                    for t in terms:
                        hits[(t.folded, t.target)] = Hit(t, round((s - FUZZY_MIN) / (100 - FUZZY_MIN) * 0.5 + 0.4, 4), t.text)
        return [hits[k] for k in sorted(hits, key=lambda k: (k[1], k[0]))
                if not self._nested(hits[k], hits.values())]

    def set_aside(self, text: str) -> set[str]:
        """The fields (field:N) of terms written in text on token boundaries only where they are a name
        (「宇宙」金平糖), an image (量子の世界をモチーフにした) or a setting (造船所の跡地); a modifier in a compound
        (海洋|観測ブイ) is not set aside: the compound may still be the field's product."""
        sp = spans(text)
        written = set(occurring(sp.folded, self._long_buckets))
        by_folded = dict(self._long_by_folded)
        if self.short:
            written |= {f for f in self._short_by_folded if f in sp.folded}
            by_folded.update(self._short_by_folded)
        aside = {f for f in written if (ps := sp.places(f)) and _placed(sp, f) is None
                 and all(sp.name_or_setting(p.end) for p in ps)}
        return {self.field_of[t.target] for f in aside for t in by_folded[f]}

    def _nested(self, h: Hit, hits) -> bool:
        """Every place of h lies inside a longer term of another field (ドローン in 水中ドローン): the longer names it.

        A longer term that points at h's field too (創薬 in 創薬ベンチャー, ④ and ⑪) leaves h to say which."""
        if not h.places:
            return False
        mine = self.field_of[h.term.target]
        longer = [(a, b) for o in hits if o.term.folded != h.term.folded and mine not in self.fields_by_folded[o.term.folded]
                  for a, b in o.places]
        return all(any(a <= s and e <= b and (b - a) > (e - s) for a, b in longer) for s, e in h.places)


def _lacks_a_word(words: tuple[str, ...], chars: set[str]) -> bool:
    """A term of several words whose first or last word the text does not meet in any character (eスポーツ for a text
    that says スポーツ only): the text names a broader word or another thing of the kind, not the term misspelt (a
    word missing in the middle is a variant: かけ流しの陸上養殖 for かけ流し式陸上養殖)."""
    return len(words) > 1 and any(not set(w) & chars for w in (words[0], words[-1]))


@functools.lru_cache(maxsize=2)
def outside_words(path: Path = OUTSIDE_WORDS) -> dict[str, tuple[str, ...]]:
    """outside example id → everyday words for businesses of that sector."""
    raw = yaml.safe_load(path.read_text(encoding="utf-8")) if path.is_file() else {}
    return {str(k): tuple(str(w) for w in v or ()) for k, v in (raw or {}).items()}


Placed = tuple[bool, bool, tuple[tuple[int, int], ...], bool]


def _placed(sp: Spans, folded_term: str) -> Placed | None:
    """(use, listed, spans, aside) of a term's occurrences that count, or None when none counts."""
    counting = [p for p in sp.places(folded_term) if p.counts]
    if not counting:
        return None
    return (all(p.use for p in counting), all(p.in_list for p in counting),
            tuple((p.start, p.end) for p in counting), all(p.aside for p in counting))


def _placed_norm(sp: Spans, folded_norm: str) -> Placed | None:
    """(use, listed, spans, aside) of the tokens whose normalised form is the term, or None when none counts."""
    idx = [i for i, n in enumerate(sp.folded_norms) if n == folded_norm and sp.counts_at(i + 1)]
    if not idx:
        return None
    return (all(sp.used(i, i + 1) for i in idx), False, tuple((i, i + 1) for i in idx),
            all(sp.aside[i] for i in idx))




def bucket_by_prefix(strings) -> dict[str, list[str]]:
    """Strings (each at least two characters long) by their first two characters."""
    out: dict[str, list[str]] = defaultdict(list)
    for f in strings:
        out[f[:2]].append(f)
    return out


def occurring(text: str, buckets: dict[str, list[str]]) -> list[str]:
    """The bucketed strings that occur in text: only those starting with one of its character pairs are tested."""
    pairs = {text[i : i + 2] for i in range(len(text) - 1)}
    return [f for p in pairs & buckets.keys() for f in buckets[p] if f in text]


def lexicon(kb: KnowledgeBase) -> Lexicon:
    """The lexicon of kb, built once per KnowledgeBase object."""
    return built_once(kb, "_lexicon", lambda: Lexicon(kb))
