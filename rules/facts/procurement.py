"""Facts about procurement and localisation (外部依存性・現地化), computed from statements only.

Sources: 000 政策パッケージ 第2章 2. B.(2)③外部依存リスクの低減 「必須又は高付加価値の部品・技術・工程を、域内又は国内で
調達・提供することを目指し得ること」; 001 ガイダンス 1.(2)②③【外部依存性】「主に当該地域又は国内で調達していることを
示してください。調達できていない場合は、当該地域又は国内での調達を増やすロードマップを示してください」; 000 B.(3)⑥/
C.(3)⑥ 現地化の取組 ※「労働・技術の現地化のロードマップ、地元資本の参画方針及び利益の再投資方針がある場合には、留意
事項として記載する」.
"""

from __future__ import annotations

import re
from typing import Any

from chiiki_mirai.core.claim_rules import STATED, is_uncertain
from chiiki_mirai.core.statement import HELD, Statement
from chiiki_mirai.core.text.cues import ARROW_MARK, KEY_PARTS, LEFT_TO_FIRMS
from chiiki_mirai.core.text.normalize import nfkc
from chiiki_mirai.core.text.numbers import find_quantities
from chiiki_mirai.rules.facts.claim_select import evidence_at, stated_claims, statements, uncertain_of
from chiiki_mirai.rules.facts.registry import FactContext, Uncertain, fact

MAINLY = 0.5  # 「主に」: at least half procured at home
_SMALL = re.compile(r"一部|わずか|少量|ごく一部")
_NOT_YET = ("considering", "negated")
_NO_ROADMAP_YET = (*_NOT_YET, "placeholder")
_DIRECTION = re.compile(
    r"増や|高め|引き上げ|引上げ|拡大|切り替|切替|転換|移行|回帰|国産化|内製化|代替|置き換|段階的|までに|年度|"
    r"ロードマップ|工程表|目標|目指|→|取り込|戻す|進める|広げ|拡げ|育成|開拓"
)
# the plan keeps what it buys where it is (「当面は現行の調達先を維持する」「当面は現在の調達先からの調達を継続する」):
# its answer to the roadmap the guidance asks for is that there is none yet
_STATUS_QUO = re.compile(r"当面[^。]{0,24}(?:維持|継続|続け)|(?:現行|従来|現在)の(?:調達先|仕入先|仕入れ先)[^。]{0,12}(?:維持|継続|続け)")
# or it leaves where to buy to each firm (「糸の調達先は…本計画では各社の判断に委ねる」「調達先の見直しは各社の経営判断に
# 委ねている」): the plan sets no roadmap of its own, in words that need no reading of their mood
_LEFT_TO_FIRMS = re.compile(rf"(?:調達|仕入)[^。]{{0,40}}?{LEFT_TO_FIRMS}")
_AT_HOME = re.compile(r"国内|県内|域内|地元|市内|町内|村内|道内|府内|近隣")
# (「海外依存」 names the reliance itself: 「原材料（炭素繊維・樹脂）の市外・海外依存」)
_MOSTLY = re.compile(r"多く|大半|大部分|ほとんど|ほぼ全|全量|過半|大宗|依存")
# a figure raised from today's to a later one: 「20%→45%」「現状20%→R13に45%へ高め」「2割から5割に引き上げる」
_RAISED = re.compile(
    rf"[0-9]\s*(?:%|割)\s*(?:{ARROW_MARK}|から)[^。]{{0,16}}?[0-9]\s*(?:%|割)\s*(?:へ|に|まで)?\s*(?:高め|引き上げ|引上げ|増や|拡大|$|[、,。])"
)


def _shares(ctx: FactContext, role: str, topic: str | None = None) -> list[Statement]:
    """Shares procured at home (topic None) or, topic "abroad", of a key input bought abroad."""
    return [s for s in statements(ctx, "procurement")
            if s.role == role and s.topic == topic and s.modality in HELD and s.value is not None]


@fact("procurement_local_or_domestic", "必須・高付加価値の部品・工程を主に域内又は国内で調達している")
def procurement_local_or_domestic(ctx: FactContext) -> Any:
    """ガイダンス ③ 「主に当該地域又は国内で調達していること」: a current share of at least half, or procurement at
    home stated in words (not 「一部」, not a unit whose own share is below half)."""
    current = _shares(ctx, "current")
    # the plan's own figures say a key input comes mostly from abroad (「原料パルプは約6割を輸入」): not 「主に国内」,
    # whatever else it procures at home (「試作部材の50%以上を県内企業から調達」) — the guidance then asks for the roadmap
    abroad = [s for s in _shares(ctx, "current", "abroad") if s.value >= MAINLY and s.attrs.get("input")]
    if abroad:
        return False, [evidence_at(abroad[0].place)]
    high = [s for s in current if s.value >= MAINLY]
    if high:
        return f"域内調達 {high[0].value:.0%}", [evidence_at(high[0].place)]
    low_lines = {s.place.line for s in current}
    words = [s for s in stated_claims(ctx, "procurement_local") if not _SMALL.search(s.place.quote)]
    words = [s for s in words if s.place.line is None or s.place.line not in low_lines]
    # the quote shown: one that names where (国内・県内…), read where it is asked for
    words.sort(key=lambda s: (not _AT_HOME.search(s.place.quote), s.attrs.get("place") != "home"))
    # the plan also says key parts come from abroad (not only 「一部」): which are the essential ones is for a person
    abroad = [
        s for s in statements(ctx, "claim", "procurement_local")
        if s.modality == "negated" and s.confidence >= STATED and not _SMALL.search(s.place.quote)
    ]
    # the plan says in words that most of an input comes from abroad (「原料フィルムと培地の多くを海外メーカーに頼って
    # いる」) or that its key inputs do (「主要原料（樹脂ペレット、センサー素子）は海外メーカーから調達」): as with its
    # figures, not 「主に国内」, unless what it procures at home is itself named the key parts
    # (「主要部品は県内から」 beside 「基幹の制御チップは全量を輸入」: which are essential is for a person)
    mostly = [x for x in abroad if _MOSTLY.search(x.place.quote) or KEY_PARTS.search(x.place.quote)]
    if words and mostly and not any(KEY_PARTS.search(w.place.quote) for w in words):
        return False, [evidence_at(mostly[0].place)]
    if words and abroad:
        return Uncertain(
            None, (evidence_at(words[0].place), evidence_at(abroad[0].place)),
            candidate=f"{words[0].place.quote}／{abroad[0].place.quote}",
        )
    if words:
        return "国内・域内調達", [evidence_at(words[0].place)]
    if abroad:
        # the plan states with confidence that the key materials come from abroad (「全量を海外から輸入しており、
        # 当面は輸入を続ける」): a weak home reading elsewhere does not make that unknown
        return False, [evidence_at(abroad[0].place)]
    return uncertain_of([s for s in statements(ctx, "claim", "procurement_local") if is_uncertain(s)])


@fact("procurement_roadmap_stated", "域内又は国内での調達を増やすロードマップが示されている")
def procurement_roadmap_stated(ctx: FactContext) -> Any:
    """ガイダンス ③ 「調達を増やすロードマップを示してください」: a roadmap claim, or a dated target share. A unit
    whose only figure is today's share, stated as today's (「市内調達率は約15%」), says where procurement is, not
    how it will be raised."""
    today = _shares(ctx, "current") + _shares(ctx, "current", "abroad")
    today_only = {s.place.line for s in today} - {s.place.line for s in _shares(ctx, "target")}

    def not_today(s: Statement) -> bool:  # a roadmap read on a line that only gives today's shares is none
        # (one that also raises a figure — 「…約9割を輸入しているが、…比率を現状20%→R13に45%へ高め」 — gives more)
        return (s.modality != "affirmed" or s.place.line is None or s.place.line not in today_only
                or bool(_RAISED.search(nfkc(s.place.quote))))

    road = [s for s in stated_claims(ctx, "procurement_roadmap") if not_today(s)]
    # a roadmap says where procurement goes (「国産化」「…までに…へ切り替える」「段階的に」); a line that only names
    # the matter (「縫製工程：海外委託分の品質管理と納期」) is a candidate for a person, not the roadmap
    going = [s for s in road if _DIRECTION.search(s.place.quote)]
    # where the plan treats its procurement it says, with confidence, that the roadmap is still to be worked out
    # (「チタン素材の国内調達については、今後検討する」): that is its answer there, and a roadmap read only in
    # another item (the attracted firm's parts under 現地化) speaks of other inputs
    later = [s for s in statements(ctx, "claim", "procurement_roadmap")
             if s.confidence >= STATED and s.modality in _NOT_YET and s.attrs.get("place") == "home"]
    going = [s for s in going if s.attrs.get("place") == "home"] if later else going
    # the input it depends on is only to be considered: a roadmap of another input is not its roadmap; one that may
    # be about the same input in other words is for a person
    open_inputs, said = _unanswered(ctx, later)
    going, unsure_going = _of_inputs(going, open_inputs, said)
    if going:
        return going[0].place.quote, [evidence_at(going[0].place)]
    targets, unsure_targets = _of_inputs(_shares(ctx, "target"), open_inputs, said)
    if targets:
        t = targets[0]
        when = f"{t.year}年度までに" if t.year else ""
        return f"{when}域内調達を{t.value:.0%}へ", [evidence_at(t.place)]
    lowered = _shares(ctx, "target", "abroad")  # 「輸入魚粉の比率を令和12年度に4割まで下げる」
    if lowered:
        t = lowered[0]
        return f"{t.year}年度までに海外からの調達を{t.value:.0%}へ", [evidence_at(t.place)]
    unsure = list({x.place.quote: x for x in unsure_going + unsure_targets}.values())[:2]
    if unsure:
        return Uncertain(None, tuple(evidence_at(x.place) for x in unsure), candidate="／".join(x.place.quote for x in unsure))
    # the plan says with confidence that the roadmap is still to be worked out (「調達の在り方は、今後、業界団体と
    # 検討する」) or writes it with its year and share left blank (「令和●年度までに…●●%に引き上げる」: a placeholder
    # is no value): that is its answer, and weaker readings elsewhere do not make it unknown
    if any(s.confidence >= STATED and s.modality in _NO_ROADMAP_YET for s in statements(ctx, "claim", "procurement_roadmap")):
        return None
    if any(s.confidence >= STATED and _STATUS_QUO.search(s.place.quote) or _LEFT_TO_FIRMS.search(nfkc(s.place.quote))
           for s in statements(ctx, "claim", "procurement_local") + statements(ctx, "claim", "procurement_roadmap")):
        return None
    weak = [s for s in statements(ctx, "claim", "procurement_roadmap") if is_uncertain(s) and not_today(s)]
    return uncertain_of([s for s in road + weak if _candidate(s)]) or _raised_at_home(ctx)


# the input a line on procurement is about: its label (「急速凍結装置：国内での調達への切替えは…」) or its topic
# (「チタン素材の国内調達については…」)
_INPUT_OF = re.compile(r"^\s*(?:[・\-]\s*)?([^:：、。()（）]{2,20}?)\s*(?:[:：]|の(?:国内|域内|県内|市内)?(?:での)?調達(?:について|に関して))")


def _unanswered(ctx: FactContext, later: list[Statement]) -> tuple[set[str], list[str]]:
    """The inputs the plan says it depends on abroad (a stated over-dependence names them) whose roadmap it says is
    still to be considered (「急速凍結装置：国内での調達・保守への切替えについては、今後…検討する」): 003 B ③ asks
    the roadmap of the input depended on, and a roadmap for another input (the raw material's share) does not give it."""
    said = [nfkc(s.place.quote) for s in statements(ctx, "claim", "over_dependence")
            if s.modality in HELD and s.attrs.get("place") == "home"]
    said += [nfkc(s.place.quote) for s in _shares(ctx, "current", "abroad")]  # 「…の9割がドイツ製」
    inputs = {m.group(1).strip() for s in later if (m := _INPUT_OF.match(nfkc(s.place.quote)))}
    return {i for i in inputs if any(i in q for q in said)}, said


def _of_inputs(found: list[Statement], inputs: set[str], said: list[str]) -> tuple[list[Statement], list[Statement]]:
    """(the lines about one of `inputs`, those that may be: no input label of their own, or one the dependence
    names). A line labelled with another input (「原料：…比率を…高める」 beside 「真空包装機」) is neither."""
    if not inputs:
        return found, []
    about = [s for s in found if any(i in nfkc(s.place.quote) for i in inputs)]
    labels = {id(s): m.group(1).strip() if (m := _INPUT_OF.match(nfkc(s.place.quote))) else None for s in found}
    unsure = [s for s in found if s not in about and (labels[id(s)] is None or any(labels[id(s)] in q for q in said))]
    return about, unsure


# what a roadmap is about: buying, making or supplying an input, or where it comes from
_SOURCING = re.compile(r"調達|仕入|購入|発注|外注|委託|輸入|国産|内製|供給|部材|部品|素材|原料|材料|設備|装置|工程|国内|県内|域内|地元|海外")


def _candidate(s: Statement) -> bool:
    """A line a person reads as the roadmap perhaps: one about sourcing (not the plan period 「2027年度から2031年度
    までの5年間」, whatever the classifier guessed), and not one that only gives today's figure with no direction
    (「県内取引額（中核2社の県内調達額） 約40億円」 says where procurement is, not how it will be raised)."""
    quote = nfkc(s.place.quote)
    if not _SOURCING.search(quote):
        return False
    return bool(_DIRECTION.search(quote)) or not any(q.is_money or q.unit == "%" for q in find_quantities(quote))


# what the plan buys at home, as an amount it sets to rise (「市内農業者からの原料米調達額：年14億円→年32億円」 among the
# impacts on the region): a procurement roadmap in figures, perhaps — for a person, never a gap where it stands. Not
# where the plan says a key input comes mostly from abroad: the roadmap the guidance asks for is then that input's
_BOUGHT_AT_HOME = re.compile(r"(?:調達|仕入|発注|購入)(?:額|量|率|比率)")


def _raised_at_home(ctx: FactContext) -> Uncertain | None:
    if any(s.value >= MAINLY and s.attrs.get("input") for s in _shares(ctx, "current", "abroad")):
        return None
    rises = [s for s in statements(ctx, "ripple") if s.held and s.role != "current" and s.subject
             and _BOUGHT_AT_HOME.search(nfkc(s.subject)) and _AT_HOME.search(nfkc(s.subject))]
    return Uncertain(None, (evidence_at(rises[0].place),), candidate=rises[0].place.quote) if rises else None


def _localization(ctx: FactContext, topic: str, held_only: bool = True) -> Any:
    found = [s for s in statements(ctx, "localization", topic) if s.subject and (not held_only or s.modality in HELD)]
    if not found:
        return None
    return "\n".join(s.subject for s in found), [evidence_at(found[0].place)]


@fact("localization_policy_stated", "現地化の方針が記載されている")
def localization_policy_stated(ctx: FactContext) -> Any:
    """000 B.(3)⑥/C.(3)⑥ 現地化の方針: whatever the plan writes there, a 「行わない」 included."""
    got = _localization(ctx, "policy", held_only=False)
    return got if got and len(got[0].strip()) >= 4 else None


@fact("localization_roadmap_stated", "労働・技術の現地化のロードマップが示されている")
def localization_roadmap_stated(ctx: FactContext) -> Any:
    return _localization(ctx, "roadmap")


@fact("local_capital_stated", "地元資本の参画方針が示されている")
def local_capital_stated(ctx: FactContext) -> Any:
    return _localization(ctx, "local_capital")


@fact("reinvestment_stated", "収益（利益）の再投資方針が示されている")
def reinvestment_stated(ctx: FactContext) -> Any:
    return _localization(ctx, "reinvestment")
