"""SudachiPy tokens for the statement classifier: normalised forms, one tokenizer per thread.

The normalised form (為る, 居る, 有る …) is also the key of the ja-ginza word vectors, so the same token feeds
the n-gram features and the mean word vector. Numbers are folded to one token (「<num>」) so that 「3割」 and
「45%」 read alike. Input is bounded: a unit longer than MAX_CHARS is cut (a statement is a sentence, a list
entry or a table record; nothing longer needs classifying, and Sudachi has an input limit).
"""

from __future__ import annotations

import functools
import re

from chiiki_mirai.core.text.normalize import nfkc
from chiiki_mirai.core.text.sudachi import tokenizer as _tokenizer

MAX_CHARS = 1000
NUM = "<num>"
_DIGITS = re.compile(r"^[0-9０-９.,，．]+$")
_SPACE = re.compile(r"\s+")




def clean(text: str) -> str:
    """NFKC, whitespace runs to one space, cut at MAX_CHARS: the form every feature reads."""
    return _SPACE.sub(" ", nfkc(text or "")).strip()[:MAX_CHARS]


@functools.lru_cache(maxsize=8192)
def tokens(text: str) -> tuple[str, ...]:
    """Normalised forms of the cleaned text (blanks dropped, numbers folded to NUM)."""
    t = clean(text)
    if not t:
        return ()
    out: list[str] = []
    for m in _tokenizer().tokenize(t):
        s = m.surface()
        if not s.strip():
            continue
        out.append(NUM if _DIGITS.match(s) else m.normalized_form())
    return tuple(out)
