"""Japanese tokenisation with SudachiPy: normalised forms, one tokenizer per thread.

SudachiPy's tokenizer object is not safe to share between threads (Streamlit runs each
session in its own thread), so each thread gets its own; the dictionary is shared.
Normalised forms (為る, 居る, 有る ...) are also the keys of the ja-ginza word vectors, which
is why the encoder's input and the lexicon use the same form.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Mapping
from dataclasses import dataclass

from chiiki_mirai.core.text.normalize import nfkc
from chiiki_mirai.core.text.sudachi import tokenizer as _tokenizer

# parts of speech that carry no topic: particles, auxiliaries, symbols, blanks
_FUNCTION_POS = {"助詞", "助動詞", "補助記号", "記号", "空白"}
# light verbs and generic nouns that say nothing about a field or product
_STOP_NORMS = {
    "為る", "成る", "有る", "居る", "出来る", "行う", "こと", "もの", "物", "事", "等", "よう", "様",
    "ため", "為", "的", "化", "性", "これ", "それ", "ある", "いる", "する", "なる", "れる", "られる",
    "たい", "ない", "無い", "思う", "言う", "よる", "因る", "於く", "おく", "つく", "付く", "いう",
}


@dataclass(frozen=True)
class Token:
    surface: str
    norm: str  # Sudachi normalised form
    pos: str  # first level part of speech
    content: bool  # carries topic (not a particle, auxiliary, symbol or light word)
    reading: str = ""  # katakana reading
    line_start: bool = False  # the first token after a line break
    lemma: str = ""  # dictionary form (載っ → 載る), as written; "" when not read
    country: bool = False  # the dictionary names it a country (フランス, 韓国, 日本)
    verbal: bool = False  # a noun that names an action (サ変可能: 提案, 散布, 検査)




def kata_to_hira(text: str) -> str:
    return "".join(chr(ord(c) - 0x60) if "ァ" <= c <= "ヶ" else c for c in text)


FOLD_MEMO_CHARS = 64  # words and terms are folded again for every paraphrase and text: those are memoised, texts not


def fold(text: str) -> str:
    """The form used for string comparison: NFKC, lower case, hiragana for katakana, no spaces."""
    return _fold_word(text) if len(text) <= FOLD_MEMO_CHARS else _fold(text)


@functools.lru_cache(maxsize=65536)
def _fold_word(text: str) -> str:
    return _fold(text)


def _fold(text: str) -> str:
    return kata_to_hira("".join(nfkc(text).lower().split()))


# Sudachi has an input size limit; long plans are tokenised in chunks split at line ends.
_CHUNK = 4000


def _chunks(text: str):
    if len(text) <= _CHUNK:
        yield text
        return
    buf = ""
    for line in text.splitlines(keepends=True):
        while len(line) > _CHUNK:
            yield line[:_CHUNK]
            line = line[_CHUNK:]
        if len(buf) + len(line) > _CHUNK:
            yield buf
            buf = ""
        buf += line
    if buf:
        yield buf


@functools.lru_cache(maxsize=4096)
def _tokens_cached(text: str) -> tuple[Token, ...]:
    tok = _tokenizer()
    out: list[Token] = []
    for chunk in _chunks(nfkc(text)):
        new_line = True
        for m in tok.tokenize(chunk):
            surface = m.surface()
            if not surface.strip():
                new_line = new_line or "\n" in surface
                continue
            pos_all = m.part_of_speech()
            pos = pos_all[0]
            norm = m.normalized_form()
            content = pos not in _FUNCTION_POS and norm not in _STOP_NORMS and bool(re.search(r"\w", surface))
            out.append(Token(surface, norm, pos, content, m.reading_form(), new_line, m.dictionary_form(),
                             pos_all[2:4] == ("地名", "国"), pos == "名詞" and pos_all[2] == "サ変可能"))
            new_line = False
    return tuple(out)


def tokens(text: str) -> tuple[Token, ...]:
    """SudachiPy tokens (split mode C) of NFKC text. Cached; safe to call from any thread."""
    return _tokens_cached(text)


def reading(text: str) -> str:
    """The text's reading in hiragana (folded), for matching words written in kana."""
    return fold("".join(t.reading or t.surface for t in tokens(text)))


_KANA = re.compile(r"^[\u3041-\u309f\u30a1-\u30ffー]+$")


def kana_reading(text: str) -> str:
    """The reading of the runs of the text written in kana only, runs separated by '|': a word spelt in kana
    (はんどうたい) is found there, never a reading that crosses into kanji (特殊工程 is not 特殊鋼)."""
    runs: list[str] = []
    cur = ""
    for t in tokens(text):
        if _KANA.match(t.surface):
            cur += t.reading or t.surface
        elif cur:
            runs.append(cur)
            cur = ""
    if cur:
        runs.append(cur)
    return "|".join(fold(r) for r in runs)


def content_norms(text: str) -> list[str]:
    return [t.norm for t in tokens(text) if t.content]


@functools.lru_cache(maxsize=4096)
def split_a(norm_or_surface: str) -> tuple[str, ...]:
    """A compound split into its short units (mode A), as normalised forms."""
    # lazy: SudachiPy and its dictionary is a heavy third-party library, loaded only when needed
    from sudachipy import SplitMode

    tok = _tokenizer()
    return tuple(m.normalized_form() for m in tok.tokenize(norm_or_surface, SplitMode.A) if m.surface().strip())


@functools.lru_cache(maxsize=8192)
def short_units(surface: str) -> tuple[Token, ...]:
    """A compound's short units (mode A) as tokens (surface, normalised form, part of speech)."""
    # lazy: SudachiPy and its dictionary is a heavy third-party library, loaded only when needed
    from sudachipy import SplitMode

    out = []
    for m in _tokenizer().tokenize(surface, SplitMode.A):
        sf = m.surface()
        if not sf.strip():
            continue
        pos, norm = m.part_of_speech()[0], m.normalized_form()
        content = pos not in _FUNCTION_POS and norm not in _STOP_NORMS and bool(re.search(r"\w", sf))
        out.append(Token(sf, norm, pos, content, m.reading_form()))
    return tuple(out)


def segment_for_vectors(text: str, aliases: Mapping[str, str]) -> str:
    """Content words as normalised forms joined with spaces, for the static encoder.

    `aliases` maps every word the vectors know to the word that holds its vector. A long
    compound (mode C) the vectors do not know is replaced by its short units, so
    フィルム型ペロブスカイト太陽電池 still lands near 太陽 and 電池.
    """
    words: list[str] = []
    for t in tokens(text):
        if not t.content:
            continue
        hit = aliases.get(t.norm) or aliases.get(t.surface)
        if hit:
            words.append(hit)
            continue
        for p in split_a(t.surface):
            if p not in _STOP_NORMS and p in aliases:
                words.append(aliases[p])
    return " ".join(words)
