"""Query understanding for the desk: the need words of a question and their paraphrases.

The groups live in resources/need_synonyms.yaml (data, not code). A group fires when one of its
words occurs in the question: a word of three or more characters as a substring of the folded
question (or, for a question written in kana, of its reading), a shorter one only as a whole
SudachiPy word (surface or normalised form), so 水 does not fire inside 水産. A fired group adds
its other words as a paraphrase of the question and its theme as a need.
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass
from pathlib import Path

import yaml

from chiiki_mirai.recommender.tokenize import fold, kana_reading, reading, split_a, tokens

RESOURCE = Path(__file__).with_name("resources") / "need_synonyms.yaml"
SHORT = 2
READING_MIN = 4  # hiragana characters a word's reading needs before a kana question can match it


@dataclass(frozen=True)
class NeedGroup:
    id: str
    theme: str | None
    words: tuple[str, ...]
    folded: tuple[str, ...]
    readings: tuple[str, ...]  # hiragana reading per word ("" when too short or already kana)


@dataclass(frozen=True)
class NeedMatch:
    group: NeedGroup
    cue: str  # the question's word that fired the group (as written in the group)

    @property
    def paraphrases(self) -> tuple[str, ...]:
        return tuple(w for w in self.group.words if w != self.cue)


@functools.lru_cache(maxsize=4)
def need_groups(path: Path = RESOURCE) -> tuple[NeedGroup, ...]:
    raw = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
    out = []
    for g in raw.get("needs", []):
        words = tuple(dict.fromkeys(str(w) for w in g["words"]))
        readings = []
        for w in words:
            r = reading(w) if re.search(r"[\u4e00-\u9fff]", w) else ""
            readings.append(r if len(r) >= READING_MIN else "")
        out.append(NeedGroup(g["id"], g.get("theme"), words, tuple(fold(w) for w in words), tuple(readings)))
    return tuple(out)


@functools.lru_cache(maxsize=4)
def neutral_words(path: Path = RESOURCE) -> frozenset[str]:
    """Folded words that state a need without naming it (不足, 確保): no evidence for any measure."""
    raw = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
    return frozenset(fold(str(w)) for w in raw.get("neutral", []))


def match_needs(text: str) -> list[NeedMatch]:
    """The need groups a question expresses, in the file's order, each with the word that fired it."""
    folded = fold(text)
    toks = {fold(t.surface) for t in tokens(text)} | {fold(t.norm) for t in tokens(text)}
    # the head unit of a compound is a word too (県立高校 → 高校; not 住民 of 住民票, 水道 of 水道料金)
    toks |= {fold(split_a(t.surface)[-1]) for t in tokens(text) if t.content and len(t.surface) > 2}
    kana = re.search(r"[\u3041-\u309f]{" + str(READING_MIN) + ",}", folded) is not None
    text_reading = kana_reading(text) if kana else ""
    out = []
    for g in need_groups():
        cue = None
        # the longest word first: 工業用水 explains a question better than 水
        for w, f, r in sorted(zip(g.words, g.folded, g.readings, strict=True), key=lambda x: -len(x[1])):
            # a longer word as written, or as a word's normalised form (捨てる in 捨てている)
            if (f in toks) or (len(f) > SHORT and f in folded) or (r and r in text_reading):
                cue = w
                break
        if cue is not None:
            out.append(NeedMatch(g, cue))
    # a word only ever said inside another group's longer word is that word's part (経営者 of 経営者保証 is no 経営者)
    cues = {fold(m.cue) for m in out}
    return [m for m in out if not any(_inside(folded, fold(m.cue), c) for c in cues)]


def _inside(folded: str, short: str, long: str) -> bool:
    """Every occurrence of short in the text lies inside an occurrence of long (a longer word containing it)."""
    if short == long or short not in long or long not in folded:
        return False
    spans = [(m.start(), m.start() + len(long)) for m in re.finditer(re.escape(long), folded)]
    return all(any(a <= i and i + len(short) <= b for a, b in spans)
               for i in (m.start() for m in re.finditer(re.escape(short), folded)))
