"""Shorthand of intake forms and memos spelled out (設投 → 設備投資, 事承 → 事業承継) before a desk question is read.

SudachiPy cuts such shorthand into single characters, which no need's phrasing nor measure's word meets; the table is
data (resources/shorthand.yaml). A shorthand is read only where the dictionary knows no word across its edges: the
設投 of 新設|投資, the 事承 of 理事|承認 and the 補助金申 of 補助金|申請 stay as written.
"""

from __future__ import annotations

import functools
import re
from pathlib import Path

import yaml

from chiiki_mirai.recommender.tokenize import tokens

SHORTHAND = Path(__file__).with_name("resources") / "shorthand.yaml"


@functools.lru_cache(maxsize=2)
def shorthand(path: Path = SHORTHAND) -> dict[str, str]:
    """shorthand → its spelled-out form."""
    return {str(k): str(v) for k, v in (yaml.safe_load(path.read_text(encoding="utf-8")) or {}).items()}


@functools.lru_cache(maxsize=2)
def _pattern(path: Path = SHORTHAND) -> re.Pattern[str]:
    return re.compile("|".join(re.escape(k) for k in sorted(shorthand(path), key=lambda k: (-len(k), k))))


def _edges(text: str) -> set[int]:
    """The offsets where SudachiPy's words begin and end."""
    out = {0, len(text)}
    pos = 0
    for t in tokens(text):
        i = text.find(t.surface, pos)
        if i >= 0:
            out |= {i, i + len(t.surface)}
            pos = i + len(t.surface)
    return out


@functools.lru_cache(maxsize=4096)
def spelled_out(text: str) -> str:
    """The text with its shorthand spelled out (「事承の件」 → 「事業承継の件」)."""
    found = list(_pattern().finditer(text))
    if not found:
        return text
    edges = _edges(text)
    table = shorthand()
    out, last = [], 0
    for m in found:
        if m.start() in edges and m.end() in edges:
            out += [text[last:m.start()], table[m.group(0)]]
            last = m.end()
    return "".join([*out, text[last:]])
