"""Needs a plan states as its own — 課題 and shortages — for the recommender, with their modality.

A need is a unit under an item that asks for the plan's 課題 (投資促進に向けた課題, 取組に向けた課題, 産業集積に
向けた課題 — every entry there is one), or a unit elsewhere that states a shortage or a problem in words of its
own (「技術者が不足している」「用水の確保が難しい」「後継者がいない」). It is *not* a need when the classifier reads
the unit as the plan's own commitment (伴走支援体制, 相談窓口) or when it only names the product. Modality says
how the plan holds it: 「人材確保が課題である」 is affirmed; 「用水の不足が懸念されるため調査する」 is considering.

    from chiiki_mirai.readers.claims import needs
    for n in needs(plan):          # plan: core.plan.Plan, read from any format
        n.text, n.modality, n.held, n.item, n.confidence

`needs(plan)` reads the plan's `claim` statements of topic `need` (the document reader writes them); for a
plan without statements (YAML/JSON, a form) it reads its 記載項目 texts in the same way.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from chiiki_mirai.core.plan import Plan
from chiiki_mirai.core.statement import HELD, Place, Statement, of_kind
from chiiki_mirai.core.text.normalize import nfkc, sentences
from chiiki_mirai.readers.claims.reading import read

# the 記載項目 whose every entry is a 課題 the plan states
ISSUE_ITEMS = ("B.5.1", "C.5.1", "A.4.1")
# shortage and problem wording (a need stated in its own words)
SHORTAGE = re.compile(
    r"不足|足りな|足らな|課題|確保が(?:難し|困難|課題|急務)|難しい|困難|減少|低迷|流出|高齢化|後継者|担い手|"
    r"遅れ|追いつか|逼迫|ひっ迫|老朽化|不十分|負担が大き|できていない|乏し|弱い|脆弱|苦戦|懸念|ボトルネック|隘路|"
    r"いない|限られ|未整備|欠いて|欠如|頭打ち"
)
COMMITMENT = ("support_system", "consultation_desk")
COMMITMENT_P = 0.6


@dataclass(frozen=True)
class Need:
    text: str
    modality: str
    item: str | None
    section: str | None
    line: int | None
    confidence: float

    @property
    def held(self) -> bool:
        """The plan states the need as a fact (affirmed) or a decided outlook (planned)."""
        return self.modality in HELD


def need_confidence(text: str, item: str | None, labels: dict[str, float]) -> float:
    """1.0 under a 課題 item, 0.7 for shortage wording elsewhere, 0 when it is not a need."""
    if max((labels.get(k, 0.0) for k in COMMITMENT), default=0.0) >= COMMITMENT_P:
        return 0.0
    if item and any(item == i or item.startswith(i + ".") for i in ISSUE_ITEMS):
        return 1.0
    return 0.7 if SHORTAGE.search(nfkc(text)) else 0.0


def need_modality(text: str, modality: str) -> str:
    """A shortage is stated in negative words (「技能者が足りない」「確保が難しい」): for a need that negation is
    what it affirms, so a negated sentence that names a shortage states the need."""
    return "affirmed" if modality == "negated" and SHORTAGE.search(nfkc(text)) else modality


def need_statement(text: str, place: Place, labels: dict[str, float], modality: str) -> Statement | None:
    conf = need_confidence(text, place.item, labels)
    if conf <= 0:
        return None
    m = need_modality(text, modality)
    return Statement(kind="claim", topic="need", modality=m, confidence=conf, place=place)  # type: ignore[arg-type]


def _from_sections(plan: Plan) -> list[Statement]:
    out = []
    for item, sec in plan.sections.items():
        for s in sentences(sec.text):
            r = read(s)
            st = need_statement(s, Place(item=item, section=sec.heading, quote=s[:300]), r.labels, r.stance)
            if st is not None:
                out.append(st)
    return out


def needs(plan: Plan) -> list[Need]:
    """The needs (課題・不足) the plan states, in document order, each with its modality and place."""
    stated = [s for s in of_kind(plan.statements, "claim", "need")]
    if not stated and not plan.statements:
        stated = _from_sections(plan)
    return [
        Need(s.place.quote, s.modality, s.place.item, s.place.section, s.place.line, s.confidence) for s in stated
    ]
