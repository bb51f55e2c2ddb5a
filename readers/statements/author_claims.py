"""What a city's plan says of its prefecture's cluster: `claim` statements (topic `prefecture_cluster`).

A 政令指定都市 may write its own B plan only for a cluster other than the prefecture's (政策パッケージ 第2章 2. B.
(4) ※). A sentence that names the prefecture's plan or cluster and says how this plan stands to it gives
attrs.relation = "different" (「県の計画とは異なる産業クラスターを目指す」「県計画の…とは重複しない」) or "same"
(「府の計画と同じ自転車部品の分野について」), with the sentence's modality. Read anywhere in the draft.
"""

from __future__ import annotations

import re

from chiiki_mirai.core.statement import Statement
from chiiki_mirai.core.text.normalize import nfkc, sentences
from chiiki_mirai.readers.statements import entity_words as w
from chiiki_mirai.readers.statements.base import Family, ReadContext, place_of

PREFECTURE_PLAN = re.compile(r"(?:都|道|府|県)(?:の|が|で)?[^。]{0,40}?(?:計画|クラスター|産業領域|分野)")
RELATIONS: tuple[tuple[str, str], ...] = (
    ("different", r"異なる|異なり|別の産業|別の分野|別個|重複しない|重複せず|重複はない|重ならない|重ならず"),
    ("same", r"同じ|同一|重複する|重なる|共通の"),
)


def _extract(ctx: ReadContext) -> list[Statement]:
    out: list[Statement] = []
    for u in ctx.units:
        if u.kind == "heading":
            continue
        for s in sentences(u.text):
            t = nfkc(s)
            m = PREFECTURE_PLAN.search(t)
            if not m:
                continue
            rel = next((r for r, rx in RELATIONS if re.search(rx, t[m.start():])), None)
            if rel:
                mod = w.modality(t)
                # 「…とは重複しない」 is the claim itself, not its negation
                mod = "affirmed" if rel == "different" and mod == "negated" else mod
                out.append(Statement(kind="claim", topic="prefecture_cluster", modality=mod,  # type: ignore[arg-type]
                                     attrs={"relation": rel}, place=place_of(u, s)))
    return out


AUTHOR_CLAIMS = Family("author_claims", _extract, lambda statements, ctx: {}, (), landed=True)
