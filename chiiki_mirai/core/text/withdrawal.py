"""KPI withdrawal criteria (撤退基準) as plans write them, shared by the reader and the facts.

A criterion is a condition and what is done then (「令和9年度に350件未満の場合、第2期工事を中止する」). Its
modality is not its last verb's: 「…未満の場合、追加支援を行わない」 sets a criterion whose action is a negation,
and 「…未満の場合、組合への譲渡を検討」 one whose action is to consider; both are set. A text that declines the
criterion itself (「撤退基準は設けない」「撤退の基準は設けず」) is negated, a slot (「（調整中）」「―」) is not set.
"""

from __future__ import annotations

import re

from chiiki_mirai.core.text.cues import ARROW_MARK
from chiiki_mirai.core.text.modality import WRITTEN_LATER, modality
from chiiki_mirai.core.text.normalize import nfkc

# a condition: a threshold, or a conditional connective (「…なら」「…場合」「…たら」「…ときは」)
# (「2028年度末 未着工 → 整備中止」: a step not taken by a date is a condition too, and so is nothing by a date when
# the step follows it: 「令和11年度末 受注0件 → 窓口を解散」; a zero that is a goal, 「CO2排出ゼロを目指し」「労働災害0件を
# 継続」, is no condition)
IF_WORDS = r"なら(?:ば)?|(?<=[たっ])たら|ときは|時は|なければ"  # the conditional connectives, shared with IF_OPENING
CONDITION = re.compile(
    r"未満|下回|届かな|達しな|満たな|未達|割れ|超え|以下|場合|不調|" + IF_WORDS + "|"
    r"未(?:着工|稼働|実施|設置|開始|完了|締結)|"
    r"(?:(?<![0-9.,，])[0０]\s*(?:件|社|者|人|戸|事業者)|ゼロ)(?:のまま)?\s*" + ARROW_MARK
)
# a sentence whose first clause is a condition (「進出が決まった場合、」「誘致が実現すれば、」): what follows is a
# possibility. 場合 after a predicate only — 「本計画の場合、」「多くの場合、」 name a case — and 「…によれば、」 cites.
IF_OPENING = re.compile(rf"^[^、,。]*?(?:{IF_WORDS}|[たるいな]場合(?:に(?:は)?|は)?|(?<!に[よ拠依])れば)\s*[、,]")
ACTION = re.compile(
    r"見直|切り替|切替|縮小|廃止|中止|取りやめ|とりやめ|打ち切|撤退|停止|終了|断念|統合|移行|委ね|限定|重点|転換|"
    r"戻す|行わない|転用|解除|再検討|再編|再設計|再調整|再構築|変更|絞り込|絞る|集中|民間|委託|改め|振り向け|振り替|減ら|削減|減額|半減|休止|凍結|閉鎖|撤去|取り止|やめ|見送|解散|"
    # to consider a named step (「…未満で誘致策を検討」「…組合への譲渡を検討」), not a response still to be worked out
    r"(?<!対応)(?<!方法)(?<!基準)(?<!在り方)(?<!あり方)(?<!今後)を検討"
)
DEFER = re.compile(r"撤退(?:の)?基準[^。]{0,40}?(?:設定|決定|策定|検討)(?:する|します)?(?:予定)?\s*$|撤退(?:の)?基準[^。]{0,40}?(?:定める|決める)\s*$")
# a cell that only says it will come later (「別途」「別途定める」「後日設定」「追って」「今後、推進会議で設定する」)
LATER_ONLY = re.compile(
    r"^(?:別途|後日|追って|今後)(?:[、,]?[^。、,]{0,20}?(?:で|において|にて))?\s*"
    r"(?:(?:定める|設定|検討|決定|策定)(?:する|します)?)?(?:予定)?\s*[。.]?$"
)
# 「撤退基準は設けない」; also across a reason in the same sentence (「撤退の基準については、…ことから、現時点では設けず」),
# and the criterion named by what it would do (「…個別事業を途中で打ち切る基準は設けず」「中止の基準は定めない」)
DECLINE = re.compile(
    r"(?:撤退(?:の)?|(?:打ち?切り?|(?:取り)?やめ|中止|廃止|終了|撤退)(?:る|する|の)?)基準[^。]{0,160}?(?:は|を|も|では|、)?"
    r"(?:設け|定め|設定し|置か)(?:ない|ず|ません)"
)


# what is done when the criteria are met (「KPIが撤退基準に該当した場合は、会議で中止又は見直しを決める」「未達のKPIは
# …撤退基準に基づく見直しを行う」): a procedure that refers to the criteria, not one of them
PROCEDURE = re.compile(r"撤退(?:の)?基準(?:等)?に(?:該当|抵触|当た|達し|照ら|基づ|沿|従|よ)")


# a condition followed by refusing to withdraw (「未達の場合も事業は縮小しない」): no criterion
_NO_WITHDRAWAL = re.compile(r"(?:撤退|廃止|中止|縮小|見直|打ち切|終了)[^。、]{0,6}(?:しない|せず|しません|しな[いく]|行わない|行いません)")


# a condition that only says what the criteria are about (「各KPIが目標に届かなかった場合の撤退の基準については、…今後検討
# する」): part of the criteria's name, not a condition set
_NAMING_CRITERIA = re.compile(r"[^。、]*(?:場合|とき|際)の(?=撤退(?:の)?基準)")


def criterion_modality(text: str | None) -> str:
    """How a withdrawal criterion's text holds it: affirmed when it states a condition and an action, negated
    when it declines a criterion, else the modality of its first sentence."""
    t = nfkc(text or "").strip()
    if not t:
        return "none"
    if DECLINE.search(t):
        return "negated"
    if WRITTEN_LATER.match(t):
        return "placeholder"  # 「（追記予定）」 in the criterion's place: a blank to fill
    if LATER_ONLY.match(t):
        return "considering"  # 「別途」「追って設定」 in the criterion's place: none set yet
    first = t.split("。")[0] or t
    if DEFER.search(first) and not CONDITION.search(_NAMING_CRITERIA.sub("", first)):
        return "considering"  # 「撤退基準は…協議を経て設定する」: to be set later
    m = modality(first)
    if m == "negated" and _NO_WITHDRAWAL.search(first):
        return "negated"  # 「目標に達しない場合でも事業は縮小しない」
    if m in ("negated", "considering", "affirmed", "planned") and CONDITION.search(first) and ACTION.search(first):
        return "affirmed" if m in ("negated", "considering") else m
    if m == "negated" and CONDITION.search(first):
        return "affirmed"  # 「…40%未満の場合、第2期分を交付しない」: withholding is the action the criterion takes
    return m
