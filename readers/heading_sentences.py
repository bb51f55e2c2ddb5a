"""Headings written as sentences (「最後に、村の外の会社との付き合い方（現地化）についてです。」「勝ち筋は、…です。」):
the parts a matcher may read as the heading's name — the words in its brackets, the topic it opens with, a short
label before a bracket. Narrative drafts head their parts this way; the parts are matched like any heading.
"""

from __future__ import annotations

import re
import unicodedata

_SENTENCE_END = re.compile(r"(?:です|ます|でしょうか|である|だ|か)。?$|。$")
_DISCOURSE = re.compile(r"^(?:まず|次に|最後に|では|さて|そして|これに対して|続いて)[、,]?")
_TOPIC_PART = re.compile(r"^(?P<t>[^、。「」]{2,20}?)(?:は、|について|に関して|としては)")


def sentence_parts(heading: str) -> list[str]:
    """A heading written as a sentence (「最後に、村の外の会社との付き合い方（現地化）についてです。」「勝ち筋は、…です。」)
    is matched by its parts too: the words in its brackets and the topic it opens with."""
    t = unicodedata.normalize("NFKC", heading.strip())
    if not _SENTENCE_END.search(t):
        return []
    body = _DISCOURSE.sub("", t).strip()
    parts = list(re.findall(r"[(（]([^()（）]{2,16})[)）]", body))
    if (m := _TOPIC_PART.match(body)) is not None:
        parts.append(m.group("t"))
    if (m := re.match(r"^([^、。（(「]{2,10})[(（]", body)) is not None:  # 「KPI（進み具合を確かめる目安）と、…」
        parts.append(m.group(1))
    return [p.strip() for p in parts if len(p.strip()) >= 2]
