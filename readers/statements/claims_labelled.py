"""Claims the writer labels or declines in words of their own: a line under a label that names the claim (a row 「勝ち筋」「強み」「競争優位性」 of a
table laid out as the plan, a key 「強み：…」) states it, in whatever words the line uses.

The classifier reads a line's words; a writer who sets 「完成車メーカーに近接し、ハードとソフトを一体で検証できる…」
in the row 「勝ち筋」 has said what it is (003 asks the 勝ち筋 to show how the plan wins over its competitors: its
advantage). Lines of such a row that the classifier reads as another claim (the target market, the need, exports)
are that claim, not this one. The modality is the line's own.

A line that says in so many words that the plan sets no such thing (DECLINED: 「原料の調達先は…各社の判断に委ねる」 — no
roadmap to procure more at home) declines the claim, whatever the classifier weighs the sentence.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from chiiki_mirai.core.claim_rules import STATED
from chiiki_mirai.core.statement import Statement
from chiiki_mirai.core.text.cues import LEFT_TO_FIRMS
from chiiki_mirai.core.text.normalize import nfkc
from chiiki_mirai.readers.claims import Reading
from chiiki_mirai.readers.statements.base import place_of
from chiiki_mirai.readers.statements.claim_places import place_kind
from chiiki_mirai.readers.units import Unit

# (label words, the claim a line under that label states, the other claims such a row also holds: a line the
# classifier reads as one of those states that one instead)
LABELLED: tuple[tuple[re.Pattern[str], str, tuple[str, ...]], ...] = (
    (re.compile(r"勝ち筋|強み|競争優位|優位性"), "competitive_advantage",
     ("market_need", "export_or_top_share", "procurement_local", "procurement_roadmap")),
)
OTHER_CLAIM = 0.5  # how surely the classifier must read another claim for the line to be that one
LABEL_MAX = 20  # a label longer than this is text, not a label


def labelled_claims(read_units: list[tuple[Unit, Reading]], held: Callable[[Reading], float]) -> list[Statement]:
    """A claim statement for each line under a label naming a claim (LABELLED) that claims nothing else."""
    out: list[Statement] = []
    for u, r in read_units:
        key = nfkc(u.key or "").strip() if u.kind in ("item", "kv") else ""
        if not key or len(key) > LABEL_MAX:
            continue
        for rx, topic, others in LABELLED:
            if not rx.search(key) or any(r.labels.get(label, 0.0) >= OTHER_CLAIM for label in others):
                continue
            out.append(Statement(kind="claim", topic=topic, modality=r.stance, confidence=STATED,
                                 attrs={"p": 1.0, "place": "labelled", "held_p": round(held(r), 4), "label": key},
                                 place=place_of(u)))
    return out


# (words that decline a claim, the claim): the plan leaves where its materials are bought to each firm (「糸の調達先は…
# 本計画では各社の判断に委ねる」) — its answer to the roadmap ガイダンス ③ asks for is that it sets none. The matter left
# is the materials (原料・部材・仕入), not the funds or the equipment (「資金調達の方法は…」「設備の調達先は…委ねるが、原料は…」)
DECLINED: tuple[tuple[re.Pattern[str], str], ...] = (
    (re.compile(rf"(?:原料|原材料|材料|部材|部品|仕入)(?:(?!設備|資金|機械)[^。]){{0,60}}?{LEFT_TO_FIRMS}"), "procurement_roadmap"),
)


def declined_claims(units: list[Unit]) -> list[Statement]:
    """A negated claim statement for each line whose words decline a claim (DECLINED)."""
    return [
        Statement(kind="claim", topic=topic, modality="negated", confidence=STATED,
                  attrs={"p": 1.0, "place": place_kind(topic, u.item), "held_p": 0.0, "declined": True}, place=place_of(u))
        for u in units for rx, topic in DECLINED if rx.search(u.norm)
    ]
