"""A desk question that names a measure by its own name asks for that measure (issue 15, round 12).

「事業再構築補助金ってまだあります？」 or 「ものづくり補助金は使えるか」 asks about one scheme by name (its name, an alias or
a former name the knowledge keeps as a keyword): that measure is the answer's first, whatever the question's other
nouns (医療機器の部品) bring. A name counts when it is the proper name of a scheme — it ends on a scheme's word
(補助金, 交付金, 税制 …), is at least NAMED_MIN_CHARS long, is no description (県の補助金), and belongs to one measure
only (補助金 alone names none).
"""

from __future__ import annotations

import re

from chiiki_mirai.knowledge.loader import KnowledgeBase
from chiiki_mirai.recommender.kb_indexes import built_once
from chiiki_mirai.recommender.tokenize import fold, tokens

SCHEME = re.compile(r"(?:補助金|交付金|助成金|支援金|税制|基金|ファンド|制度)$")
NAMED_MIN_CHARS = 6


def scheme_names(kb: KnowledgeBase) -> dict[str, tuple[str, str]]:
    """folded proper name → (measure id, the name as written)."""
    def build() -> dict[str, tuple[str, str]]:
        owners: dict[str, set[str]] = {}
        written: dict[str, str] = {}
        for mid, m in kb.measures.items():
            for n in (m.name, *(m.aliases or ()), *(m.keywords or ())):
                if len(n) >= NAMED_MIN_CHARS and SCHEME.search(n) and not _described(n):
                    owners.setdefault(fold(n), set()).add(mid)
                    written[fold(n)] = n
        return {f: (next(iter(ms)), written[f]) for f, ms in sorted(owners.items()) if len(ms) == 1}
    return built_once(kb, "_scheme_names", build)


def named_measures(kb: KnowledgeBase, query: str) -> dict[str, str]:
    """measure id → the proper name the question names it by (the longest, when several)."""
    text = fold(query)
    out: dict[str, str] = {}
    for f, (mid, name) in scheme_names(kb).items():
        if f in text and len(name) > len(out.get(mid, "")):
            out[mid] = name
    return out


def _described(name: str) -> bool:
    """A description, not a proper name: its words are joined by the particle の (県の補助金, 各省の補助金)."""
    return any(t.surface == "の" and t.pos == "助詞" for t in tokens(name))
