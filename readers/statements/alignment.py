"""The A plan's alignment and infrastructure statements.

- `alignment` topic `roadmap`: a unit under 「官民投資ロードマップ」との関係性 (A.1.3), or one anywhere that names
  the 官民投資ロードマップ / 日本成長戦略; topic `block_draft`: a unit under 計画の素案との整合性 (A.1.5), or one that
  names the block's 計画の素案 / 有識者検討会. attrs.named: the unit says the cluster is named in the draft
  (候補・位置付け・明記 …). The modality says whether it is so (affirmed) or only sought (planned, considering).
- `infrastructure` topic `stated` / `declined` / `unneeded` / `considering`: a unit under インフラ・分野特有の
  拠点整備案件 (A.4.3), or one the classifier reads as infrastructure elsewhere; `declined` = the plan leaves
  it out of the project although it is part of it, `unneeded` = none is needed and why.
- The international competitiveness itself is the classifier's `international_competitiveness` claim
  (its strength: core/claim_rules.strength).
"""

from __future__ import annotations

import re

from chiiki_mirai.core.statement import Statement
from chiiki_mirai.core.text.cues import DECIDED_LATER
from chiiki_mirai.readers.claims import Reading
from chiiki_mirai.readers.statements.base import place_of
from chiiki_mirai.readers.statements.claim_places import confidence
from chiiki_mirai.readers.units import Unit

ROADMAP_WORDS = re.compile(r"官民投資ロードマップ|日本成長戦略|成長戦略本部")
BLOCK_WORDS = re.compile(r"計画の素案|有識者検討会|ブロック[^。]{0,20}(?:素案|候補|検討会)")
NAMED_IN_DRAFT = re.compile(r"候補|位置付|位置づ|明記|記載|盛り込|掲げ|挙げ|含まれ|掲載")
# the naming only sought: 「候補として盛り込むよう働きかけている」 affirms the lobbying, not the listing
SOUGHT = re.compile(r"よう(?:に)?(?:働きかけ|要望|要請|求め|調整|協議|依頼)|働きかけ|要望して|を目指|予定|見込")
DECLINED = re.compile(
    r"含めていない|含めない|含まない|一体(?:的に|で)?(?:進める|整備する|行う)ことはしない|"
    r"個別に(?:協議|対応|調整)|整備は行わない|整備しない|予定はない|予定していない"
)
UNNEEDED = re.compile(r"不要|必要(?:としない|がない|はない|ない)|要しない|求められない|既存の[^。]{0,20}(?:で足り|で賄え|で対応でき)")
INFRA_WORD = re.compile(r"インフラ|拠点整備|工業用水|受電|送電|電力系統|変電|道路|港湾|岸壁|鉄道|産業用地|用水|整備|案件")
ROADMAP_ITEM, BLOCK_ITEM, INFRA_ITEM = "A.1.3", "A.1.5", "A.4.3"
ELSEWHERE_BAR = 0.7  # an infrastructure project read outside its item must be read clearly


def _under(u: Unit, item: str) -> bool:
    return bool(u.item) and (u.item == item or u.item.startswith(item + "."))


def alignment_modality(s: str, r: Reading) -> str:
    """The unit's stance, where lobbying for a listing (「盛り込むよう働きかけている」) is only planned."""
    return "planned" if r.stance == "affirmed" and SOUGHT.search(s) else r.stance


def alignment_statements(read_units: list[tuple[Unit, Reading]]) -> list[Statement]:
    out = []
    for u, r in read_units:
        for topic, item, words in (("roadmap", ROADMAP_ITEM, ROADMAP_WORDS), ("block_draft", BLOCK_ITEM, BLOCK_WORDS)):
            own = _under(u, item)
            if own or words.search(u.norm):
                attrs = {"own_item": own, "named": bool(NAMED_IN_DRAFT.search(u.norm))}
                modality = alignment_modality(u.norm, r)
                out.append(Statement(kind="alignment", topic=topic, modality=modality, attrs=attrs, place=place_of(u)))
    return out


# the way to build it is still being studied, to be decided later (「水源の確保方策は…検討中であり、令和9年度に方針を決定
# する」): however the sentence ends, the piece is under consideration
UNDECIDED = re.compile(r"(?:検討中|調整中|協議中)(?:であり|であって|で|、|[)）]|$)|" + DECIDED_LATER + r"(?:る|ます)")


def infra_topic(s: str, r: Reading, own: bool = True, item: str | None = None) -> str | None:
    """stated / declined / unneeded / considering for one normalised unit (None: nothing relevant).

    Under its own item (A.4.3) a unit counts when it is about infrastructure (its words, or the classifier);
    elsewhere only a project the plan will carry out (planned) does — an existing quay described as a reason
    for the area, or a shortage named as a 課題, is no infrastructure project."""
    p = r.labels.get("infrastructure", 0.0)
    relevant = bool(INFRA_WORD.search(s)) or p >= 0.3
    if not own:
        return "stated" if r.stance == "planned" and confidence("infrastructure", p, item) >= ELSEWHERE_BAR else None
    if UNNEEDED.search(s) and INFRA_WORD.search(s):
        return "unneeded"
    if DECLINED.search(s):
        return "declined"
    if not relevant or r.stance == "negated":
        return None
    # a piece whose size is still a placeholder (「日量〇〇m³の増強を想定」) is named but not yet settled
    return "considering" if r.stance in ("considering", "placeholder") or UNDECIDED.search(s) else "stated"


def infrastructure_statements(read_units: list[tuple[Unit, Reading]]) -> list[Statement]:
    out = []
    for u, r in read_units:
        own = _under(u, INFRA_ITEM)
        topic = infra_topic(u.norm, r, own, u.item)
        if topic:
            out.append(
                Statement(kind="infrastructure", topic=topic, modality=r.stance, attrs={"own_item": own}, place=place_of(u))
            )
    return out
