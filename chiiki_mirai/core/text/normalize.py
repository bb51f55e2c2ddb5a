"""Normalisation and sentence splitting: the one home of these primitives.

- `nfkc`: Unicode NFKC (full-width digits and letters to half-width, compatibility forms folded);
- `normalize_text`: NFKC without any whitespace, the form in which excerpts are matched against sources;
- `sentences`: sentences ending at 。！？!? or at a line end (the readers' splitter);
- `maru_sentences`: pieces ending at 。 or at a line end only, ！？ kept inside (the facts' splitter).
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
