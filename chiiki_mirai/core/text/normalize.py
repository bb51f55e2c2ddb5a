"""Normalisation and sentence splitting: the one home of these primitives.

- `nfkc`: Unicode NFKC (full-width digits and letters to half-width, compatibility forms folded);
- `normalize_text`: NFKC without any whitespace, the form in which excerpts are matched against sources;
- `sentences`: sentences ending at 。！？!? or at a line end (the readers' splitter);
- `maru_sentences`: pieces ending at 。 or at a line end only, ！？ kept inside (the facts' splitter);
- `unspaced`: a word spaced out to fill its cell or line (「指　標」「山　口　県」) as the word it spells.
The two splitters differ on purpose (a fact cue spanning "！" stays one piece); both are kept as they were.
"""

from __future__ import annotations

import re
import unicodedata


def nfkc(text: str) -> str:
    return unicodedata.normalize("NFKC", text)


def normalize_text(s: str) -> str:
    """NFKC and no whitespace: the form in which excerpts are matched against sources."""
    return "".join(nfkc(s).split())


_SENT = re.compile(r"[^。！？!?\n]+[。！？!?]?")


def sentences(text: str | None) -> list[str]:
    """Sentences ending at 。！？!? or a line end, stripped, empty ones dropped."""
    return [s.strip() for s in _SENT.findall(text or "") if s.strip()]


def maru_sentences(text: str) -> list[str]:
    """Pieces ending right after each 。 or at a line end (not at ！？), stripped, empty ones dropped."""
    return [x.strip() for x in re.split(r"(?<=。)|\n", text) if x.strip()]


def unspaced(text: str) -> str:
    """A word spaced out to fill its cell or line (「指 標」「目 標 R9」「現 状 値」「山 口 県」) as the word it spells
    (spaces are single half-width ones: NFKC the text first)."""
    out: list[str] = []
    run = ""
    for tok in text.split(" "):
        if len(tok) == 1 and not tok.isascii():
            run += tok
            continue
        out += [run] if run else []
        run = ""
        out.append(tok)
    out += [run] if run else []
    return " ".join(x for x in out if x)


_TRAILING_NOTE = re.compile(r"[(（][^()（）]*[)）]\s*$")


def without_trailing_note(text: str) -> str:
    """The text without a bracketed note at its end (「相談窓口（令和8年4月設置済）」 → 相談窓口)."""
    return _TRAILING_NOTE.sub("", text)
