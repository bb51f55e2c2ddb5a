"""The local government's commitment: `support`, `desk` and `announcement` statements.

Where: the commitment item (B.commitment 伴走支援体制 / C.commitment 自治体のコミットメント) — and a label
that names it elsewhere (the outline places 「伴走支援：…」 there). What a unit is about comes from its
label first (a key：value key, a table column, the sub-heading it sits under: LABELS), then from the cue
patterns of each topic in its clauses (CUES). Every statement carries the modality of its own clause:
「相談窓口の設置を検討」「金融機関の参画は今後調整」「体制は追って定める」 are `considering`, not set up.

Support topics: lead (知事・市長… as head), body (推進本部・チーム…), department, staff (value = people),
finance (地方銀行・信用金庫・政府系金融機関…), field (a field of support), frequency.

Over 400 lines on purpose: the cue tables, the label topics and the three readers that use them (a clause, a
table row of bodies and roles, a labelled value) are one grammar; split, the parts would import each other.
"""

from __future__ import annotations

import re
from typing import Any

from chiiki_mirai.core.plan import Commitment, ConsultationDesk, Evidence, SupportSystem
from chiiki_mirai.core.statement import Statement, of_kind
from chiiki_mirai.core.text.cues import CYCLE
from chiiki_mirai.core.text.modality import PENDING_NOTE
from chiiki_mirai.core.text.normalize import nfkc, sentences, without_trailing_note
from chiiki_mirai.core.text.numbers import to_number
from chiiki_mirai.readers.statements import entity_words as w
from chiiki_mirai.readers.statements.base import Family, ReadContext, place_of
from chiiki_mirai.readers.statements.support_fields import field_label, read_support_fields, split_fields
from chiiki_mirai.readers.unit_leads import indicator_fields
from chiiki_mirai.readers.units import Unit

ITEMS = ("B.commitment", "C.commitment")
# C's 地場産業を支える仕組みづくり (003 2.(2)① 5.(3)) is where C plans often set up their 相談窓口: read with the
# commitment wherever the plan has a commitment part of its own too
ALSO = ("C.5.3",)
# a desk set up only tentatively: by a rough date, as intended (its setting up only scheduled: 「…に設置する予定。」
# 「設置することを予定している」「設置予定」), its members still being arranged
TENTATIVE = re.compile(
    r"目途に|めどに|予定である|予定です|方向で(?:調整|検討)|調整中|検討中|"
    r"(?:設置|開設|新設|設け(?:る)?|置く)(?:する)?(?:こと)?を?予定"
)
# a stopgap until something is set up (「当面は、産業振興課の職員が個別に相談に応じる」「開設までの間は」)
INTERIM = re.compile(r"当面|暫定的に|それまでの間|(?:設置|開設|決定)(?:する)?までの間")
# a label (key, column, sub-heading) → the topics of what it holds, in this order
LABELS: tuple[tuple[str, str], ...] = (
    ("desk", r"相談窓口|窓口"),
    ("announcement", r"発表|公表"),
    ("finance", r"金融機関|銀行|金庫"),
    ("field", r"分野|支援内容|支援メニュー|主な相談|相談内容|^内容$"),
    ("frequency", r"頻度|具体的取組|取組内容|スケジュール"),
    ("staff", r"人員|職員数|担当者数|専任"),
    ("department", r"担当部署|所管|事務局|担当課|担当部局|部署|^担当$"),
    ("partners", r"連携|関係機関|構成員|参画機関|協力機関"),
    ("body", r"体制|推進会議|推進本部|会議体|組織"),
)
HEAD = r"知事|副知事|市長|町長|村長|区長|首長"
SUPPORT_LINE = re.compile(
    r"伴走支援[^。]{0,40}(?:本部|チーム|会議|体制|協議会)|(?:本部|チーム|会議|協議会)[^。]{0,40}伴走支援|相談窓口を[^。]{0,16}?(?:設置|開設|設け)|"
    r"(?:(?:設置|開設|設け)(?:た|る|し)|置(?:く|いた|き))[^。]{0,4}「[^」]{1,30}窓口」|"  # 「…支所内に設けた「〇〇産地相談窓口」」
    r"窓口[」)）]?[^。]{0,20}?で(?:受け付け|受付|応じ)|"  # 「…の経営相談窓口（経営指導員3名）で受け付け」
    r"「[^」]{1,30}窓口」を[^。]{0,16}?(?:設置|開設|設け)|相談窓口[:：][^。]{0,40}(?:設置|開設|設け)|"  # 「相談窓口：…内に「〇〇窓口」を設置する」
    r"(?:知事|市長|町長|村長)を(?:本部長|トップ|座長|会長|議長|統括責任者|責任者)|"
    r"(?:知事|市長|町長|村長|首長)(?:が|は|による)[^。]{0,30}(?:発表|公表)|^(?:経営支援|伴走支援)[:：]"
)
# the head or heads at the top: 「知事を本部長とする」「知事及び町長が主体となり」「知事・市長が共同で主導し」 (a joint
# plan's two heads)
# (「京都府知事と京都市長を共同の本部長とする」: the second head may carry its place's name; a slide's telegraphic line
# 「市長 本部長「…推進本部」」 sets the head beside the role with a space alone)
_HEADS = rf"(?:{HEAD})(?:\s*(?:及び|および|並びに|と|・|、)\s*[一-龥]{{0,4}}?(?:{HEAD}))*"
LEAD = re.compile(
    rf"({_HEADS})(?:\s*(?:を|が)\s*(?:共同|総括)?(?:の|で)?\s*|[ 　]+)"
    r"(?:本部長|トップ|座長|会長|議長|統括責任者|責任者|主体|主導|委員長|チーム長|代表|長)"  # 「3町村長を共同代表とする」
)
BODY = re.compile(
    r"「([^」]{2,40}(?:本部|会議|協議会|チーム|委員会|センター|コンソーシアム|ネットワーク|デスク))」|"
    r"([^\s、。「」をにがはと()]{2,30}(?:推進本部|推進会議|推進協議会|協議会|支援チーム|伴走チーム|委員会|支援本部|支援会議))"
)
FINANCE: tuple[tuple[str, str], ...] = (
    ("地方銀行", r"地方銀行|地銀|地元銀行|[^\s、。()]{1,8}銀行(?!協会)"),
    ("信用金庫", r"信用金庫|信金|しんきん"),
    ("信用組合", r"信用組合"),
    ("政府系金融機関", r"政府系金融機関"),
    ("日本政策金融公庫", r"日本政策金融公庫|日本公庫|政策金融公庫"),
    ("商工組合中央金庫", r"商工組合中央金庫|商工中金"),
    ("日本政策投資銀行", r"日本政策投資銀行|DBJ"),
    ("金融機関", r"金融機関"),
)
# the kana words offices put in their names (「商工ものづくり課」「まちづくり推進部」「にぎわい創出課」): kana is otherwise
# a particle, where a department's name stops
_NAME_KANA = r"ものづくり|まちづくり|ひとづくり|しごとづくり|にぎわい|みらい|ふるさと|しごと|くらし|おもてなし|いきいき"
DEPT = re.compile(
    rf"((?:{_NAME_KANA}|[^\s、。「」『』()（）・,:：をにがはとでの]){{1,16}}?(?:部門|部|課|局|室|係|センター))(?![長門会分品材題税程])"
)
STAFF_WORD = r"職員|担当者|スタッフ|診断士|専門家|コーディネーター|支援員|相談員|専任|専従|兼任|係長|研究員|指導員"
# a count in digits or kanji numerals: 「支援員3名」「専任の伴走支援員二名」「十名の専門家」
_COUNT = r"[0-9]+|[一二三四五六七八九十]{1,3}"
STAFF = re.compile(
    rf"(?:{STAFF_WORD})[^0-9一二三四五六七八九十。、]{{0,8}}?({_COUNT})\s*(?:名|人)|({_COUNT})\s*(?:名|人)の(?:専任|専属|担当|常勤)?(?:の)?(?:{STAFF_WORD})"
)
# people named by their body in the support item: 「担当チーム（県2名、金融機関1名）」「産業政策課（2名）」
PEOPLE = re.compile(r"(?<![0-9])([0-9]{1,3})\s*(?:名|人)(?![0-9])")
NOT_STAFF = re.compile(r"研修|受講|育成|雇用|採用|従業員|参加|来場|目標|組合員|会員|生産者|戸")
AFTER_PRECHECK = re.compile(
    r"事前確認[^。]{0,8}(?:を経て|の後|後に|後、|後,|終了後|を受けて|を受けた(?:後|上で|のち)|の上で|完了後|が完了し|を終え|"
    r"(?:の結果)?を踏まえ|を受け[、,]|[^。]{0,12}?済んだ後|[^。]{0,12}?済み次第)|事前確認後"
)
BEFORE_PRECHECK = re.compile(r"事前確認[^。]{0,8}(?:前|より先|に先立)")
# a clause that sets something up itself (its own modality), as opposed to one that only names it
_SETS_UP = re.compile(r"設置し|設置す|を設置|設け|開設|配置|確保|編成|構成|参画|担う|担い|置く|置き|とする|とし|行う|行い|締結|指名")
_CLAUSE_END = re.compile(r"(?<=[しりいきちみびにぎけせてでえべめれね])[、,]")


# deciding later, whatever the verb: 「関係者と協議して決める」「年度中に定める」 — not set up yet
DEFERRED = re.compile(r"(?:協議|調整|検討|相談)して(?:決める|定める|決定する)|(?:中|まで)に(?:決める|定める|決定する)|今後(?:決める|定める|決定する)")


# what a support body does at a set interval (「月1回の訪問と四半期ごとの会議で…の課題を協議」): its work, not a
# question left open — 「協議」「検討」 there is planned
RECURRING = re.compile(
    r"(?:定期的に|毎月|毎週|毎年度?|月\s*[0-9一二三四]\s*回|年\s*[0-9一二三四五六十]+\s*回|週\s*[0-9一二]\s*回|四半期|半期|"
    r"ごとの(?:会議|会合|協議会?))[^。]{0,40}(?:協議|検討|議論|話し合|調整)(?:する|します|を行う|している|しています)?$"
)


# a choice still open (「両町の産業担当課のいずれに置くかを含め」「産業課と商工会のどちらに置くかを含めて」「どの課が担うかは」):
# nothing is set up yet
OPEN_CHOICE = re.compile(r"(?:いずれ|どこ|どちら|どの|何|誰)[^。、]{0,16}か(?:を含め|も含め|について|は|を)")


def _modality(clause: str) -> str:
    t = nfkc(clause).strip(" 。")
    if DEFERRED.search(t) or OPEN_CHOICE.search(t):
        return "considering"
    own = w.modality(clause)
    return "planned" if own == "considering" and RECURRING.search(t) else own


def clauses(sentence: str) -> list[tuple[str, str]]:
    """(clause, modality): a clause that sets something up keeps its own modality; one that only names
    it takes the sentence's (「窓口については、…関係機関と検討中である」 is all considering)."""
    parts = [p for p in _CLAUSE_END.split(sentence) if p.strip()] or [sentence]
    final = _modality(parts[-1])
    out = []
    for p in parts:
        own = _modality(p)
        mod = own if (_SETS_UP.search(p) or p is parts[-1] or own in ("considering", "negated", "placeholder")) else final
        out.append((p, mod))
    return out


def label_topics(label: str | None) -> list[str]:
    lab = nfkc(label or "").strip()
    return [t for t, rx in LABELS if re.search(rx, lab)] if 0 < len(lab) <= 24 else []


def _support(topic: str, subject: str, mod: str, u: Unit, quote: str, value: float | None = None) -> Statement:
    return Statement(kind="support", topic=topic, subject=subject, value=value, modality=mod,  # type: ignore[arg-type]
                     place=place_of(u, quote))


# words that name the role of a department, not one (「担当課は…」), and a slot to fill (「〇〇課（調整中）」)
_NOT_DEPARTMENTS = frozenset(
    {"一部", "全部", "内部", "外部", "幹部", "事務局", "関係", "担当部", "各部", "各課", "担当課", "担当部署", "所管課", "担当係", "関係課"}
)
_SLOT_NAME = re.compile(r"^[〇○●◯×＊*□]{1,4}")


def departments(text: str) -> list[str]:
    """Department names, adjacent ones joined: 「産業部 産業振興課」→「産業部産業振興課」 is one."""
    out: list[str] = []
    end = -1
    t = nfkc(text)
    # candidates still being weighed (「〇〇課（観光課又は地域振興課で調整中）」) are no department yet
    open_ = [(b.start(), b.end()) for b in PENDING_NOTE.finditer(t)]
    for m in DEPT.finditer(t):
        if any(a <= m.start(1) < b for a, b in open_):
            continue
        d = m.group(1)
        if d.endswith(("本部", "担当部")) or re.search(HEAD + r"|場所", d) or d in _NOT_DEPARTMENTS or _SLOT_NAME.match(d):
            continue
        if out and t[end : m.start(1)].strip() == "":
            out[-1] += d
        else:
            out.append(d)
        end = m.end(1)
    return out


def staff_count(text: str) -> int | None:
    """People secured for the support: 「専任職員計8名」「各2名の担当職員」「診断士3名」, or people named by their
    body (「担当チーム（県2名、金融機関1名）」) — summed when a clause names several."""
    t = nfkc(text)
    people = [int(to_number(m.group(1) or m.group(2)) or 0) for m in STAFF.finditer(t)]
    people = people or [int(m.group(1)) for m in PEOPLE.finditer(t) if not NOT_STAFF.search(t[max(0, m.start() - 10) : m.start()])]
    return sum(people) if people else None


def _cues(clause: str, mod: str, u: Unit, quote: str) -> list[Statement]:
    """What one clause says of the support system, by the cue patterns of each topic."""
    t = nfkc(clause)
    out: list[Statement] = []
    if (m := LEAD.search(t)) is not None:
        out.append(_support("lead", m.group(1), mod, u, quote))
    if (m := BODY.search(t)) is not None:
        out.append(_support("body", m.group(1) or m.group(2), mod, u, quote))
    n = staff_count(t)
    if n is not None:
        out.append(_support("staff", f"{n}名", mod, u, quote, float(n)))
    for label, rx in FINANCE:
        if re.search(rx, t) and not (label == "金融機関" and any(s.topic == "finance" for s in out)):
            out.append(_support("finance", label, mod, u, quote))
    if (m := re.search(CYCLE, t)) is not None:
        out.append(_support("frequency", m.group(0), mod, u, quote))
    out += [_support("field", f, mod, u, quote) for f in read_support_fields(t)]
    if re.search(r"事務局|担当|所管|内に|が担|(?:部|課|局|室|係|部門)(?:に|が|は|内|の(?:職員|担当|専任))", t):
        out += [_support("department", d, mod, u, quote) for d in departments(t)]
    return out


def _labelled(topics: list[str], value: str, mod: str, u: Unit, quote: str) -> list[Statement]:
    """What a labelled value holds, read as the label says."""
    out: list[Statement] = []
    if "field" in topics:
        out += [_support("field", f, mod, u, quote) for f in split_fields(value)]
    if "department" in topics:
        out += [_support("department", d, mod, u, quote) for d in departments(value)[:3]]
    if "frequency" in topics and not re.search(CYCLE, nfkc(value)) and re.search(r"回|ごと|毎|定例|訪問|面談|会議|開催", value):
        out.append(_support("frequency", value[:80], mod, u, quote))
    if "partners" in topics:
        out.append(Statement(kind="desk", topic="partners", subject=value[:120], modality=mod,  # type: ignore[arg-type]
                             place=place_of(u, quote)))
    return out


# a desk in plain words, with the department that takes it: 「困りごとの相談先は、町商工観光課…とし」「事業者からの相談は、
# 町産業振興課と商工会が受ける」「相談には〇〇課が応じる」 (003 2.(2)② 「相談窓口を設置し、担当部署…を特定」)
_TAKES_CONSULTATION = re.compile(r"相談(?:先|の受付|を受け付け|対応)|相談(?:は|を|には)[^。]{0,90}(?:受け|応じ|受け付け)")


def _desk(clause: str, mod: str, u: Unit, quote: str, topics: list[str]) -> Statement | None:
    t = nfkc(clause)
    if "desk" not in topics and not (re.search(r"相談窓口|窓口", t) or (_TAKES_CONSULTATION.search(t) and departments(t))):
        return None
    m = re.search(r"「([^」]{2,40})」", t) or re.search(r"([^\s、。「」をにがは:]{2,30}(?:相談窓口|窓口))", t)
    name = m.group(1) if m else None
    dm = re.search(r"([^\s、。「」]{2,20}?(?:部|課|局|室|係))内に", t)
    depts = [dm.group(1)] if dm else departments(t)
    pm = re.search(r"([^。]*?)と(?:の)?(?:連携|協力|共同)", t)
    partners = [p.strip() for p in re.split(r"、|・|及び|および|並びに", pm.group(1))][-4:] if pm else []
    if mod in ("affirmed", "planned") and TENTATIVE.search(nfkc(quote)):
        mod = "considering"  # 「令和9年4月を目途に開設する予定…参画する方向で調整」: not set up, only intended
    return Statement(kind="desk", subject=name, modality=mod,  # type: ignore[arg-type]
                     attrs={"department": depts[0] if depts else None, "partners": [p for p in partners if p],
                            "interim": bool(INTERIM.search(nfkc(quote)))},
                     place=place_of(u, quote))


def _announcement(clause: str, mod: str, u: Unit, quote: str, topics: list[str]) -> Statement | None:
    t = nfkc(clause)
    if not (re.search(r"発表|公表", t) and (re.search(HEAD + r"|首長|長が|長による", t) or "announcement" in topics)):
        return None
    whole = nfkc(quote)  # 「国の事前確認を経て、町長が公表する」: the order is the sentence's, not the clause's
    after = True if AFTER_PRECHECK.search(whole) else (False if BEFORE_PRECHECK.search(whole) else None)
    return Statement(kind="announcement", subject=quote[:200], modality=mod,  # type: ignore[arg-type]
                     attrs={"after_precheck": after}, place=place_of(u, quote))


def _unit_parts(u: Unit, extra: list[str]) -> list[tuple[list[str], str, bool]]:
    """(label topics, text) of a unit: a kv's key labels its value, a record's columns label their cells; `extra`:
    the topics of a label line the unit's entry stands under."""
    own = label_topics(u.section)
    context = own + [t for t in extra if t not in own]
    if u.kind == "kv":
        key = label_topics(u.key) or (["desk"] if "desk" in context and re.fullmatch(r"名称|名前", nfkc(u.key or "")) else [])
        return [(key + context, u.value, bool(key))]
    if u.kind == "record":
        return [(label_topics(k) + context, v, bool(label_topics(k))) for k, v in (u.record or {}).items() if v.strip()]
    return [(context, u.text, False)]


def _field_by_label(u: Unit) -> str | None:
    """A support set out by field, one labelled line each (「人材：産業人材課（１名）、佐賀大学。年２回の人材部会」):
    the label names the field when it is no topic of its own and its value says who supports (a department, staff)
    or how often."""
    if u.kind != "kv" or not u.key or label_topics(u.key):
        return None
    value = nfkc(u.value)
    # who supports, or how often (「設備投資と資金：各社を四半期に1回訪問」「人材確保：半期ごとに採用計画をすり合わせ」)
    if not (departments(value) or staff_count(value) or re.search(CYCLE, value) or _VISITS.search(value)):
        return None
    return field_label(nfkc(u.key))


_VISITS = re.compile(r"[0-9一二三四]+回|ごとに|毎月|毎週|随時|訪問|面談")


def commitment_units(ctx: ReadContext) -> list[Unit]:
    """The units of the commitment item; when the draft has none placed there, the lines after a bare line
    that names it (「伴走支援体制」 written as a line of text, not as a heading), to the end of that section, with a
    C plan's 「地場産業を支える仕組みづくり」 (C.5.3), where its desk and support may be all it writes of them."""
    if ctx.in_items(*ITEMS):
        return ctx.in_items(*ITEMS, *ALSO)
    also = ctx.in_items(*ALSO)
    out: list[Unit] = []
    start: Unit | None = None
    for i, u in enumerate(ctx.units):
        if u.kind == "heading":
            start = None
        elif start is not None and u.section == start.section:
            out.append(u)
        elif u.kind in ("sentence", "item") and len(u.norm.strip()) <= 20 and ctx.outline.item_of_label(u.norm.strip(), u.item) in ITEMS:
            # (not an indicator over its 「現状値：」 fields that happens to name the support: 「伴走支援による訪問回数」)
            start = None if indicator_fields(x.norm for x in ctx.units[i + 1 : i + 2]) else u
    # no place for it at all: the lines elsewhere (a policy package) that set the support system up
    if out:
        return _in_order(out, also)
    lines = {u.line for u in ctx.units if u.kind != "heading" and SUPPORT_LINE.search(u.norm)}
    found = [u for u in ctx.units if u.kind != "heading" and u.line in lines]  # the whole paragraph it opens
    item = next((t.id for t in ctx.outline.targets if t.id in ITEMS), None)
    if found and item is not None:
        ctx.content_places.setdefault(item, found)
    return _in_order(found, also)


def _in_order(*groups: list[Unit]) -> list[Unit]:
    """Units of several groups once each, in document order."""
    return sorted({u.index: u for g in groups for u in g}.values(), key=lambda u: u.index)


def extract_commitment(ctx: ReadContext) -> list[Statement]:
    out: list[Statement] = []
    field_label_line = False  # 「支援分野」 on a line of its own: the short entries after it are fields
    under: list[str] = []  # a label line naming the desk (「相談窓口（令和8年4月設置済）」): the entries after it are its parts
    for u in commitment_units(ctx):
        if u.kind == "heading":
            continue
        short = len(u.norm.strip()) <= 40 and "。" not in u.norm.rstrip("。")
        # a label line (「支援分野」「伴走支援の分野：」), not a sentence that names the fields (「…の3分野で支援。」)
        label_line = short and not u.norm.strip().endswith("。") and "、" not in u.norm
        if u.kind in ("sentence", "item") and label_line and "field" in label_topics(u.norm.strip(" :：")):
            field_label_line = True  # 「伴走支援の分野」「伴走支援の分野と頻度」
            continue
        if field_label_line and u.kind == "kv" and u.key and not label_topics(u.key):
            # 「投資計画・資金調達：四半期ごとに各社を訪問」 under 「伴走支援の分野と頻度」: the key is the field, the value
            # is read on (its frequency)
            out += [_support("field", f, "affirmed", u, u.text) for f in split_fields(u.key)]
        elif field_label_line and u.kind == "item" and short and not u.norm.strip().endswith("。"):
            field = re.sub(r"^\s*(?:\([ア-ン0-9]\)|[ア-ン][.)]|[①-⑳])\s*", "", u.norm).strip(" 。")
            out.append(_support("field", field, "affirmed", u, u.text))
            continue
        field_label_line = field_label_line and u.kind == "kv"
        named = label_topics(without_trailing_note(u.norm).strip(" :：")) if u.kind in ("sentence", "item") and label_line else []
        under = named if named == ["desk"] else ([] if named or u.kind != "item" else under)
        if (f := _field_by_label(u)) is not None:
            out.append(_support("field", f, w.modality(u.value), u, u.text))
        row_mod = _row_modality(u)
        out += _row_lead(u, row_mod) + _row_subject(u, row_mod)
        for topics, text, keyed in _unit_parts(u, under):
            own = [t for t in topics if t not in ("desk", "announcement")]
            first = (sentences(text) or [text])[0]
            labelled = _labelled(own, text, row_mod or w.modality(first), u, first)
            for x in labelled:
                if x.topic == "department" and "desk" in topics:
                    x.attrs["desk"] = True
            out += labelled
            if keyed and topics[:1] == ["desk"] and len(nfkc(text).strip()) >= 4:
                desk = _desk(text, w.modality(first), u, first, ["desk"])
                plain = nfkc(text).strip()
                if desk is not None and u.kind == "kv" and "。" not in plain.rstrip("。") and "「" not in plain:
                    # 「名称：潮見町 ものづくり相談窓口（…設置）」: the value names it
                    desk.subject = re.sub(r"[（(][^）)]*[）)]$", "", plain).strip("「」 。") or desk.subject
                out += [desk] if desk is not None else []
                continue
            for sent in sentences(text) or [text]:
                for clause, mod in clauses(sent):
                    out += _read_clause(clause, row_mod if mod == "none" and row_mod else mod, u, sent, topics)
    return _stopgaps([s for s in out if s.modality != "none"])


def _stopgaps(out: list[Statement]) -> list[Statement]:
    """Beside a desk whose setting up is still being considered, a stopgap (「当面は、産業振興課の職員が個別に相談に
    応じる」) is no desk set up: it shares the consideration."""
    if not any(s.kind == "desk" and s.topic is None and s.modality == "considering" for s in out):
        return out
    return [s.model_copy(update={"modality": "considering"}) if s.kind == "desk" and s.attrs.get("interim") and s.held
            else s for s in out]


_LEAD_ROLE = re.compile(r"本部長|会長|座長|議長|委員長|トップ|統括|総括|責任者")


def _cells(u: Unit) -> list[str]:
    """A table row's cells: a record's, or a two-column form's key and value."""
    if u.kind == "record":
        return [v for v in (u.record or {}).values() if v.strip()]
    return [x for x in (u.key or "", u.value) if x.strip()] if u.kind == "kv" else []


def _row_modality(u: Unit) -> str | None:
    """A row of a table of the support system (「伊予灘銀行・宇和島信用金庫｜協調融資枠、四半期ごとの面談に同席」) states
    what each body does, though its cells are nouns without a predicate: the row holds as its first cell with a
    modality says (「（調整中）」 makes it a slot), else as set out; a slot in any cell (「担当：経済局〇〇課（調整中）」) leaves
    the row a slot. A key：value line is such a row of two cells. None for any other unit."""
    cells = _cells(u)
    if not cells:
        return None
    mods = [m for m in map(w.modality, cells) if m != "none"]
    return "placeholder" if "placeholder" in mods else next(iter(mods), "affirmed")


def _row_subject(u: Unit, row_mod: str | None) -> list[Statement]:
    """The body a row is about, in its first cell when that cell is no label of a topic (「伊予灘銀行・宇和島信用金庫」
    「産業振興課・水産課（陸上養殖推進チーム、専任3名）」): its banks, staff and departments are the system's."""
    cells = _cells(u)
    # (read though it may also be a label: 「伊予灘銀行・宇和島信用金庫」 names the banks, 「…課（専任3名）」 the staff; a
    # bare label (「担当部署」「人員」) names no department, bank or count, so nothing comes of it)
    if row_mod is None or not cells:
        return []
    subject = nfkc(cells[0])
    found = [s for s in _cues(subject, row_mod, u, u.text) if s.topic in ("finance", "staff", "body")]
    return found + [_support("department", d, row_mod, u, u.text) for d in departments(subject)[:3]]


def _row_lead(u: Unit, row_mod: str | None) -> list[Statement]:
    """A row naming the head in one cell and the lead role in another (「愛媛県知事｜推進協議会の会長」): the lead."""
    if row_mod is None:
        return []
    cells = [nfkc(v) for v in _cells(u)]
    head = next((m.group(0) for c in cells if (m := re.search(HEAD, c)) and not _LEAD_ROLE.search(c[: m.start()])), None)
    if head is None or not any(_LEAD_ROLE.search(c) for c in cells if not re.search(HEAD, c)):
        return []
    return [_support("lead", head, row_mod, u, " ｜ ".join(cells))]


def _read_clause(clause: str, mod: str, u: Unit, quote: str, topics: list[str]) -> list[Statement]:
    out: list[Statement] = []
    ann = _announcement(clause, mod, u, quote, topics)
    if ann is not None:
        out.append(ann)
    if ann is None or re.search(r"窓口を(?:設置|設け|開設|置)", nfkc(clause)):
        # under a heading that names the desk (「（４）相談窓口」), a line naming a department is the desk's; under one
        # naming the desk and the support (「相談窓口・伴走体制」) the line says which (「年4回の定例ミーティング」: support)
        only_desk = "desk" in topics and all(x == "desk" for x in topics)
        desk = _desk(clause, mod, u, quote, ["desk"] if only_desk and departments(nfkc(clause)) else [])
        if desk is not None:
            out.append(desk)
    if ann is None:
        found = _cues(clause, mod, u, quote)
        in_desk = "desk" in topics or any(s.kind == "desk" for s in out)
        for s in found:
            if s.topic == "department" and in_desk:
                s.attrs["desk"] = True
        out += found
    return out


def _evidence(s: Statement) -> Evidence:
    return Evidence(section=s.place.section, line=s.place.line, text=s.place.quote[:200])


def _first(statements: list[Statement], topic: str) -> str | None:
    return next((s.subject for s in statements if s.topic == topic and s.held and s.subject), None)


def _all(statements: list[Statement], topic: str) -> list[str]:
    return list(dict.fromkeys(s.subject for s in statements if s.topic == topic and s.held and s.subject))


def _assemble(statements: list[Statement], ctx: ReadContext) -> dict[str, Any]:
    sup = [s for s in of_kind(statements, "support") if s.held]
    desks = [s for s in of_kind(statements, "desk") if s.held and s.topic is None]
    anns = [s for s in of_kind(statements, "announcement") if s.held]
    com = Commitment()
    if sup:
        staff = next((s.value for s in sup if s.topic == "staff" and s.value is not None), None)
        com.support_system = SupportSystem(
            lead=_first(sup, "lead"), body=_first(sup, "body"), departments=_all(sup, "department"),
            staff=int(staff) if staff is not None else None, financial_institutions=_all(sup, "finance"),
            frequency=_first(sup, "frequency"), support_fields=_all(sup, "field"), evidence=_evidence(sup[0]))
    if desks:
        d = desks[0]
        dept = d.attrs.get("department") or next((s.subject for s in sup if s.topic == "department" and s.attrs.get("desk")), None)
        partners = d.attrs.get("partners") or [s.subject for s in of_kind(statements, "desk", "partners") if s.held and s.subject]
        com.consultation_desk = ConsultationDesk(name=d.subject, department=dept, partners=partners, evidence=_evidence(d))
    if anns:
        com.announcement = anns[0].place.quote
        after = [a.attrs.get("after_precheck") for a in anns if a.attrs.get("after_precheck") is not None]
        com.announcement_after_precheck = after[0] if after else None
    first = (sup + desks + anns)[:1]
    if first:
        com.evidence = _evidence(first[0])
        ctx.found_fields.append("commitment")
    return {"commitment": com}


COMMITMENT = Family("commitment", extract_commitment, _assemble, ("commitment",))
