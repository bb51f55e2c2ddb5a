"""Claim statements: what each unit claims (readers/claims) with a confidence that weighs its place.

One `claim` statement per (unit, label) whose confidence reaches FLOOR: topic = the label, modality = the
classifier's, confidence = the probability moved by the place (claim_places.py), attrs = the raw
probability `p`, the place kind and `held_p` (the probability that the unit states it as done or decided).
Headings are never claims (a template heading 「国際的な競争優位性」 names what should be written), and the
KPI tables are not read for claims (their names 「産業ニーズに即した産業人材育成数」 are not statements).

The facts read these through `held_claims` / `uncertain_claims` semantics (rules/facts/claim_select.py):
stated = confident and held; uncertain = a candidate below the bar or with an unclear modality → review.
"""

from __future__ import annotations

import re
from dataclasses import replace

from chiiki_mirai.core.claim_rules import CANDIDATE, STATED
from chiiki_mirai.core.statement import Statement
from chiiki_mirai.core.text.normalize import nfkc, sentences
from chiiki_mirai.readers.claims import Reading, read
from chiiki_mirai.readers.meta_grammar import meta_key
from chiiki_mirai.readers.outline import Outline
from chiiki_mirai.readers.statements.base import place_of
from chiiki_mirai.readers.statements.claim_places import confidence, place_kind
from chiiki_mirai.readers.statements.claims_dependence import measured
from chiiki_mirai.readers.units import Unit

FLOOR = 0.25  # below this a reading is not kept at all
# A claim's modality is its sentence's, except where the sentence denies that one claim in a clause of its own
# while its predicate affirms something else: 「特定の大手企業に依存せず、組合で共同出荷する」 (planned) does not
# plan a dependence; 「大手1社に頼らない分散型の構成である」 (affirmed) does not affirm one; 「1社への依存を下げる」
# reduces it; 「1社への出荷は売上の2割以下に抑える」 caps it. The classifier reads one modality per sentence, so these denials are read here, per label.
_FOREIGN = (
    r"(?:海外|外国|国外|県外|域外|米国|欧州|中国|台湾|韓国|ベトナム|タイ)[^。、]{0,12}(?:から|に頼|に?依存|製|品)|"
    r"輸入(?:し|に頼|に依存|品|材|で賄|が中心|比率)"
)
_HOME = r"(?:国内|県内|域内|地元|市内|町内|村内|管内|道内)[^。、]{0,10}(?:調達|完結|仕入|製|から|で(?:行|賄|生産))"
_SAME = r"(?:と|に)同じ|同一|と重なる|に含まれる"
_DIFFERENT = r"異な|別の|重複しない|重ならない|とは違"
# (denial, unless): the claim is denied when `denial` matches and `unless` does not
LOCAL_DENIAL: dict[str, tuple[re.Pattern, re.Pattern | None]] = {
    "over_dependence": (
        re.compile(
            r"(?:頼ら|頼って(?:い|お)ら|依存せ|依存し|集中し|集中させ|偏ら|依存して(?:い|お)ら)(?:ない|ず)|"
            # 「特定の1社に頼り切らない構成」「1社に依存しすぎない」
            r"頼り(?:切ら|きら|すぎ|過ぎ)(?:ない|ず)|依存し(?:すぎ|過ぎ)(?:ない|ず)|"
            # 「…卸売業者に頼ることはなく、」「1社に依存することはない」
            r"(?:頼る|依存する|集中する|偏る)(?:こと)?(?:は|も)(?:なく|ない|ありません)|"
            r"(?:依存し|頼っ)て(?:い|お)?(?:ない|ません)|ではなく|下請けではな|分散|"
            # a cap on what one buyer or seller takes: 「特定の取引先への売上は2割以下に抑える」「3割を超えないようにする」
            r"(?:[0-9０-９]+\s*[%％]|[0-9０-９一二三四五]割)(?:以下|未満|以内)|(?:[0-9０-９]+\s*[%％]|[0-9０-９一二三四五]割)を超えない|"
            r"依存(?:度)?を(?:下げ|減ら|低減|解消|避け|回避|抑え|弱め)|依存(?:の|から(?:の)?)(?:解消|脱却|低減)|"
            r"集中(?:を|の)(?:解消|避け|回避)"
        ),
        None,
    ),
    # 「素材の大半を米国・欧州から調達している」 affirms procurement abroad, not at home
    "procurement_local": (re.compile(_FOREIGN), re.compile(_HOME)),
    # 「県の計画と同じ分野について、市独自に策定する」 plans its own plan on the same cluster, not a different one
    "different_cluster": (re.compile(_SAME), re.compile(_DIFFERENT)),
    "same_cluster": (re.compile(_DIFFERENT), re.compile(_SAME)),
}


# The reverse: the sentence is negative, but what it denies is the opposite of the claim, which it affirms —
# 「革・糸は県内又は国内で調達しており、輸入に頼る部材はない」 states procurement at home (label → (the opposite
# denied, the claim in words)).
# 「他社にはまねできない」「他産地に負けない」 deny what rivals can do: they affirm the advantage.
_NO_RIVAL = re.compile(
    r"(?:まね|真似|模倣|追随)(?:が|は|を)?(?:でき|させ)(?:ない|ず|ません)|他に(?:は)?(?:ない|無い)|類を見ない|"
    r"(?:負け|劣ら|引けを取ら)(?:ない|ず|ません)"
)
OPPOSITE_DENIAL: dict[str, tuple[re.Pattern, re.Pattern]] = {
    "procurement_local": (
        re.compile(r"(?:輸入|海外|国外|外国)[^。、]{0,12}(?:ない|せず|しない|ません)"), re.compile(_HOME),
    ),
    "competitive_advantage": (_NO_RIVAL, _NO_RIVAL),
    "international_competitiveness": (_NO_RIVAL, re.compile(r"世界|海外|欧米|欧州|米国|中国|国際")),
}


# A claim whose reading makes a gap (000 C.(2)④ asks that the plan not depend 「過度に」 on 「特定の事業主体（大企業、
# フランチャイザー等）」) must name that dependence in words of its own — a party or the dependence itself. The
# classifier alone (「外食チェーン３社…の使用見込量から積み上げた」「自社ブランド売上比率がすでに4割超」) makes a candidate
# a reviewer reads, never a gap.
CORROBORATION: dict[str, re.Pattern] = {
    "over_dependence": re.compile(
        r"依存|頼|フランチャイ|大手|大企業|(?<![0-9０-９])[1一１]社|同社|親会社|特定の(?!理由)|系列|下請|専属|元請|全量|一手に"
    ),
    # the prefecture's cluster is the plan's own only where the line names the prefecture's plan or cluster or the
    # sameness itself: a label 「県との関係」 or the plan's title claims nothing (every labelled sentence has one of these)
    # (not 都市計画, 道の駅, 貴重な・慎重な)
    "same_cluster": re.compile(
        r"(?:県|府|道(?!の駅)|都(?!市))[^。]{0,24}(?:計画|クラスター|区域|分野|プラン)|同じ|同一|(?<![貴慎尊])重な|含まれ|一部|一環|一翼|一角"
    ),
    # a roadmap to procure more at home (ガイダンス ③) speaks of procuring or making something: 「従業員の9割を県内から
    # 採用する」「長期の目標として令和17年度の姿を示す」 are no roadmap of procurement, whatever the classifier weighs
    "procurement_roadmap": re.compile(
        r"調達|仕入|購入|発注|外注|委託|国産|県産|道産|地元産|域内産|内製|国内生産|域内生産|自給|代替|回帰|"
        r"ロードマップ|工程表|サプライ|部材|部品|原料|原材料|素材|資材|取り込|域内で完結"
    ),
}
UNCORROBORATED = (CANDIDATE + STATED) / 2  # the confidence of an uncorroborated reading: a candidate, not stated


def corroborated(label: str, norm: str) -> bool:
    rule = CORROBORATION.get(label)
    return rule is None or bool(rule.search(norm))


def opposite_denied(label: str, norm: str) -> bool:
    rule = OPPOSITE_DENIAL.get(label)
    return rule is not None and bool(rule[0].search(norm)) and bool(rule[1].search(norm))


def denied(label: str, norm: str) -> bool:
    """Whether a classifier reading of this label is denied by the sentence itself."""
    if label == "over_dependence" and measured(norm):
        return True  # 「増産分の約6割は1社向け」: the share bound to one party decides, not the words (claims_dependence.py)
    return locally_denied(label, norm)


def locally_denied(label: str, norm: str) -> bool:
    rule = LOCAL_DENIAL.get(label)
    if rule is None:
        return False
    deny, unless = rule
    return bool(deny.search(norm)) and not (unless is not None and unless.search(norm))
# a number or a year left blank (「●●%」「令和●年度」「〇〇億円」): a claim built on it is not held yet, whatever the
# predicate says (the rule of core/text/modality, which the classifier only weighs)
BLANK_FIGURE = re.compile(r"[〇○●◯]+\s*(?:億|万|千|百|円|人|件|社|%|割|年)")


# KPI items: their names and targets are indicators, not claims
NOT_CLAIMS = ("A.5.2", "B.5.3", "C.5.4")
LONG_CELL = 60  # a table cell longer than this (or of several sentences) is prose: read sentence by sentence
LABEL_CHARS = 30  # a cell this short may be a label naming the item the record is about


def readable(u: Unit) -> bool:
    """Not a heading, not a KPI."""
    if u.kind == "heading":
        return False
    return not any(u.item == i or (u.item or "").startswith(i + ".") for i in NOT_CLAIMS)


def _record_item(u: Unit, outline: Outline | None) -> str | None:
    """The item a record's own short label names (「（2）投資の具体像」 in a plan laid out as one table)."""
    if outline is None or not u.record:
        return u.item
    for v in u.record.values():
        if v and len(v) <= LABEL_CHARS:
            own = outline.item_of_label(v, u.item)
            if own and own.count(".") == 2 and (u.item is None or own.split(".")[0] == u.item.split(".")[0]):
                return own
    return u.item


def _split(u: Unit, texts: list[str], item: str | None) -> list[Unit]:
    return [replace(u, text=t, norm=nfkc(t), item=item) for v in texts for t in sentences(v)]


def clauses(units: list[Unit], outline: Outline | None = None) -> list[Unit]:
    """The readable units, each a clause the classifier was trained on: a unit holding several sentences (a
    list entry with its continuation, a table cell of prose) is split into its sentences, placed where the
    unit is (a record of a plan laid out as a table: under the item its label names)."""
    out: list[Unit] = []
    for u in units:
        if not readable(u) or not u.norm.strip():
            continue
        if u.kind == "record" and u.record:
            long = [v for v in u.record.values() if v and (len(v) > LONG_CELL or len(sentences(v)) > 1)]
            if long:
                out += _split(u, long, _record_item(u, outline))
            elif u.item is not None:  # a short record under no item is the cover's (目標年度…): the meta family's
                out.append(u)
        elif u.kind == "kv" and u.item is None and (not u.section or meta_key(nfkc(u.key or "").strip())):
            # the cover's key：value lines (above any heading, or a cover's key under a title heading) are the meta
            # family's, unless the value is prose of its own; under a heading no item names they are content
            # (「策定主体：北九州市（政令指定都市。福岡県の計画とは異なる…を目指すため、市独自に策定）」)
            if len(u.text) > LONG_CELL:
                out += _split(u, [u.text], None)
        elif len(sentences(u.text)) > 1:
            out += _split(u, [u.text], u.item)
        else:
            out.append(u)
    # a merged cell is repeated into every record it covers: read it once
    seen: set[tuple[str, str | None]] = set()
    return [u for u in out if (u.norm, u.item) not in seen and not seen.add((u.norm, u.item))]


# A long sentence often states a claim in a clause of its own, before the predicate it serves: 「…の内製による低価格
# を強みに、国内シェア首位と輸出を目指す」「…の技術で、欧州の宝飾ブランドからの受託を伸ばす」「…の受託が伸びており、
# 外貨を稼げる」. The classifier was trained on clauses and reads the whole sentence as its predicate's claim; each
# such head clause is read alone too, and for the labels a clause states by itself its reading counts when stronger.
# The modality stays the sentence's (its predicate decides how the claim is held).
_CLAUSE_END = re.compile(r"(?:を強みに|を武器に|により|によって|を生かし|を活かし|で|ており|ていて)、")
CLAUSE_LABELS = ("competitive_advantage", "market_need", "procurement_local")
MIN_CLAUSE = 8


def _head_clauses(text: str) -> list[str]:
    out, start = [], 0
    for m in _CLAUSE_END.finditer(text):
        part = text[start : m.end() - 1]
        if len(part) >= MIN_CLAUSE:
            out.append(part)
        start = m.end()
    return out


def _reading(text: str) -> Reading:
    r = read(text)
    parts = _head_clauses(text)
    if not parts:
        return r
    labels = dict(r.labels)
    for part in parts:
        pr = read(part)
        for label in CLAUSE_LABELS:
            labels[label] = max(labels[label], pr.labels[label])
    return replace(r, labels=labels)


def readings(units: list[Unit]) -> list[tuple[Unit, Reading]]:
    """Each clause with the classifier's reading of it (computed once per read)."""
    return [(u, _reading(u.text)) for u in units]


def held_probability(r: Reading) -> float:
    """P(affirmed or planned) among the modalities that hold a claim: a unit read as claiming something is
    not `none`, so that share is left out."""
    mp = r.modality_proba
    rest = max(1e-6, 1.0 - mp.get("none", 0.0))
    return min(1.0, (mp.get("affirmed", 0.0) + mp.get("planned", 0.0)) / rest)


def claim_statements(read_units: list[tuple[Unit, Reading]]) -> list[Statement]:
    out: list[Statement] = []
    for u, r in read_units:
        held_p = held_probability(r)
        for label, p in r.labels.items():
            conf = confidence(label, p, u.item)
            alone = not corroborated(label, u.norm)
            if alone:
                conf = min(conf, UNCORROBORATED)
            if conf < FLOOR:
                continue
            deny = r.stance != "placeholder" and denied(label, u.norm)
            modality = "negated" if deny else r.stance
            if modality in ("affirmed", "planned") and BLANK_FIGURE.search(u.norm):
                modality = "placeholder"  # 「令和●年度までに…調達率を●●%に」: the figure is a blank to fill in
            held = 0.0 if deny else held_p
            if modality == "negated" and opposite_denied(label, u.norm):
                modality, held = "affirmed", 1.0
            out.append(
                Statement(
                    kind="claim",
                    topic=label,
                    modality=modality,
                    confidence=round(conf, 4),
                    attrs={
                        "p": round(p, 4),
                        "place": place_kind(label, u.item),
                        "held_p": round(held, 4),
                        **({"uncorroborated": True} if alone else {}),
                    },
                    place=place_of(u),
                )
            )
    return out
