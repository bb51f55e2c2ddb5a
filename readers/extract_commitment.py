"""The commitment (伴走支援体制／相談窓口／首長の発表): lead, body, departments, staff, financial institutions,
frequency and fields of support, the consultation desk, and whether the head announces after the 事前確認."""

from __future__ import annotations

import re

from chiiki_mirai.core.plan import (
    Commitment,
    ConsultationDesk,
    SupportSystem,
)
from chiiki_mirai.core.text.cues import CYCLE
from chiiki_mirai.core.text.normalize import nfkc, sentences
from chiiki_mirai.readers.extract_context import Ctx, ev, numbering_rest
from chiiki_mirai.readers.sections import Unit

_FIN = [
    ("地方銀行", r"地方銀行|地銀|地元銀行"),
    ("信用金庫", r"信用金庫|信金"),
    ("信用組合", r"信用組合"),
    ("政府系金融機関", r"政府系金融機関"),
    ("日本政策金融公庫", r"日本政策金融公庫|日本公庫"),
    ("商工組合中央金庫", r"商工組合中央金庫|商工中金"),
    ("日本政策投資銀行", r"日本政策投資銀行|DBJ"),
]
_LEAD = r"知事|副知事|市長|町長|村長|区長|首長"
# the announcement comes after the state's 事前確認: "事前確認の完了後", "事前確認を受けた後", "事前確認を経て"
_AFTER_PRECHECK = (
    r"事前確認[^。]{0,8}(?:を経て|の後|後に|後、|終了後|を受けて|を受けた(?:後|上で|のち)|の上で|完了後|が完了し|を終え|"
    r"(?:の結果)?を踏まえ|を受け[、,]|[^。]{0,12}?済んだ後|[^。]{0,12}?済み次第)"
)
_DEPT = re.compile(
    r"([^\s、。「」『』()（）・,，:：をにがはとでの]{1,16}?(?:部門|部|課|局|室|センター))(?![長門会分品材])"
)


def _departments(text: str) -> list[str]:
    out: list[str] = []
    matches = list(_DEPT.finditer(nfkc(text)))
    # "市産業部" + "商工課" written together are one department: "市産業部商工課"
    merged: list[str] = []
    end = -1
    for m in matches:
        if merged and m.start(1) == end:
            merged[-1] += m.group(1)
        else:
            merged.append(m.group(1))
        end = m.end(1)
    for d in merged:
        if (
            d.endswith("本部")
            or re.search(_LEAD, d)
            or len(d) < 2
            or d in ("一部", "全部", "内部", "外部", "幹部")
        ):
            continue
        if d not in out:
            out.append(d)
    return out


_STAFF_WORD = r"職員|担当者|スタッフ|診断士|専門家|コーディネーター|支援員|相談員|専任|専従|兼任"


def staff_count(sn: str) -> int | None:
    """People secured for the support: "専任職員6名", "職員計6名", "各1名の担当職員", "診断士2名"."""
    m = re.search(
        rf"(?:{_STAFF_WORD})\s*(?:を|が)?\s*(?:計|合計|総勢|各)?\s*([0-9]+)\s*(?:名|人)", sn
    ) or re.search(rf"([0-9]+)\s*(?:名|人)の(?:専任|専属|担当|常勤)?(?:の)?(?:{_STAFF_WORD})", sn)
    return int(m.group(1)) if m else None


# words that make a listed item a party, a body or a time rather than a field of support
_NOT_A_FIELD = (
    r"企業|事業者|ごと|職員|に対し|対して|本部|会議|体制|窓口|本プラン|本計画|当計画|各社|全社|[0-9]+社|"
    r"拠点|センター|機構|商工会|協会|公庫|銀行|金庫|"
    r"^(?:[都道府県市区町村]|両県|両市|両町|各県)$|[をがは]$"
)


def read_support_fields(sn: str) -> list[str]:
    """The fields a support covers, as written: "資金調達・人材確保の伴走支援", "販路開拓に関する支援",
    "設備投資資金、人材確保、輸出の3分野で…伴走支援", "経営計画の策定とAIを活用した業務効率化は、…支援する"."""
    groups: list[str] = []
    for m in re.finditer(
        r"([^、。にをはがで「」]{2,30}?)(?:の|に関する|についての?)(?:伴走|経営|専門的な?)?支援", sn
    ):
        groups.append(m.group(1))
    # a list before "の(3)分野": items run back from 分野 until one that is not a field
    for m in re.finditer(
        r"([^。「」]{2,80}?)の\s*(?:[0-9一二三四五六七八九十]+\s*)?(?:つの)?分野(?:で|に|を|について|の)", sn
    ):
        # numbering and bracketed notes are not part of a field: "③販路開拓（JETROと連携した…）"
        plain = re.sub(r"[(（][^)）]*[)）]", "", m.group(1))
        items = re.split(r"・|、|,|及び|および", plain)
        kept: list[str] = []
        for it in reversed(items):
            it = re.sub(r"^[①-⑳]|^[0-9]+[.)）]", "", it.strip()).strip()
            if not (2 <= len(it) <= 20) or re.search(_NOT_A_FIELD + r"|[をがは]|(?:に|へ|で)$", it):
                break
            kept.insert(0, it)
        groups += kept
    # "経営計画の策定と海外商談の専門家2名": what the experts are for
    for m in re.finditer(
        r"([^、。「」]{2,40}?)の(?:専門家|コーディネーター|アドバイザー|中小企業診断士|診断士)", sn
    ):
        groups.append(m.group(1))
    # "支援する分野は、①…、②…、③…の三つとする"
    for m in re.finditer(
        r"(?:支援(?:する|を行う)?|伴走支援の|経営支援の)分野は[、,]?\s*(?P<list>[^。]+?)"
        r"(?:の\s*[0-9一二三四五六七八九十]+\s*(?:つ|分野)|とする|である|です|。|$)",
        sn,
    ):
        groups += [re.sub(r"^[①-⑳0-9]+[.)）、]?\s*", "", x) for x in re.split(r"、|,", m.group("list"))]
    # "Xは、…支援する": the topic names what is supported
    tm = re.match(r"^\s*([^。、「」]{2,40}?)は[、,][^。]*支援(?:する|を行う|します)", sn)
    if tm:
        groups.append(tm.group(1))
    out: list[str] = []
    for g in groups:
        for f in re.split(r"・|、|及び|および|と(?!し)", g):
            f = f.strip()
            if 2 <= len(f) <= 20 and f not in out and not re.search(_NOT_A_FIELD, f):
                out.append(f)
    return out


def _desk_partners(desk: ConsultationDesk, sn: str) -> None:
    pm = re.search(r"([^。]*?)と(?:の)?(?:連携|協力|共同)", sn)
    if not pm:
        return
    seg = re.sub(r"^.*?(?:設置|開設)[^、]*、", "", pm.group(1))
    for p in re.split(r"、|・|及び|および|並びに", seg):
        p = p.strip(" 　")
        if p and p not in desk.partners and p != desk.department and len(p) <= 40:
            desk.partners.append(p)


# a sub-heading that lists the fields of support below it
_FIELDS_HEADING = r"(?:伴走|経営)?支援(?:を行う|する)?(?:の)?分野|支援内容の分野"


def read_commitment(ctx: Ctx) -> Commitment:
    units = ctx.units("commitment", union_cues=True)
    com = Commitment()
    if not units:
        return com
    com.evidence = ev(units[0])
    ss = SupportSystem()
    ss_units: list[Unit] = []
    desk = ConsultationDesk()
    fields_label: str | None = None  # the "支援分野" label whose entries follow
    for u in units:
        desk_here = False
        body = numbering_rest(u.text).strip(" 。")
        if re.fullmatch(rf"(?:{_FIELDS_HEADING})\s*[:：]?", body):
            fields_label = u.heading
            continue
        under_label = fields_label is not None and u.heading == fields_label and u.kind == "item"
        if (
            (under_label or re.search(_FIELDS_HEADING, nfkc(u.heading or "")))
            and u.kind in ("item", "para")
            and len(body) <= 40
        ):
            # "ウ 支援分野" over "(ア) 設備投資の資金計画", "(イ) 海外の研究機関との商談": each entry is a field
            if body and body not in ss.support_fields:
                ss.support_fields.append(body)
                ss_units.append(u)
            continue
        fields_label = None
        for s in sentences(u.text):
            sn = nfkc(s)
            if re.search(r"発表|公表", sn) and re.search(_LEAD + r"|首長|長が", sn):
                com.announcement = com.announcement or s
                if re.search(_AFTER_PRECHECK, sn):
                    com.announcement_after_precheck = True
                elif re.search(r"事前確認[^。]{0,8}(?:前|より先)", sn):
                    com.announcement_after_precheck = False
                # "村長が相談窓口の設置とあわせて発表": the announcement, not the desk; a sentence that
                # also sets a desk up ("窓口を設置し、市長が公表する") is read for the desk as well
                if not re.search(r"窓口を(?:設置|設け|開設|置)", sn):
                    continue
            if desk_here and re.search(r"連携|協力|共同", sn) and not re.search(r"発表|公表", sn):
                _desk_partners(desk, sn)
                continue
            if re.search(r"相談窓口|窓口", sn):
                desk_here = True
                m = re.search(r"「([^」]*窓口[^」]*)」", sn) or re.search(
                    r"([^\s、。「」をにが]{2,30}相談窓口)", sn
                )
                if m and desk.name is None:
                    desk.name = m.group(1)
                dm = re.search(r"([^\s、。「」]{2,20}?(?:部|課|局|室))内に", sn)
                depts = _departments(sn)
                if desk.department is None:
                    desk.department = dm.group(1) if dm else (depts[0] if depts else None)
                _desk_partners(desk, sn)
                desk.evidence = desk.evidence or ev(u, s)
                # the desk's own staff are people secured for the support ("担当職員2名を置く")
                if ss.staff is None and (n := staff_count(sn)) is not None:
                    ss.staff = n
                    ss_units.append(u)
                continue
            if re.search(r"伴走|支援|体制|本部|会議|職員|金融機関|銀行|金庫|確保|配置|設置", sn):
                ss_units.append(u)
                lm = re.search(
                    rf"({_LEAD})\s*(?:を|が)\s*(?:共同|総括)?\s*(?:本部長|トップ|座長|会長|議長|責任者|主体|長)",
                    sn,
                )
                if lm and ss.lead is None:
                    ss.lead = lm.group(1)
                bm = re.search(
                    r"「([^」]{2,40}(?:本部|会議|協議会|チーム|センター|委員会|コンソーシアム))」", sn
                ) or re.search(
                    r"([^\s、。「」をにが]{2,30}(?:推進本部|推進会議|協議会|支援チーム|委員会))", sn
                )
                if bm and ss.body is None:
                    ss.body = bm.group(1)
                for d in _departments(sn):
                    if d not in ss.departments and not (ss.body and d in ss.body):
                        ss.departments.append(d)
                if ss.staff is None:
                    ss.staff = staff_count(sn)
                for label, rx in _FIN:
                    if re.search(rx, sn) and label not in ss.financial_institutions:
                        ss.financial_institutions.append(label)
                fm = re.search(CYCLE, sn)
                if fm and ss.frequency is None:
                    ss.frequency = fm.group(0)
                for f in read_support_fields(sn):
                    if f not in ss.support_fields:
                        ss.support_fields.append(f)
                lab = re.match(r"^\s*(経営支援|伴走支援|支援分野)\s*[:：]\s*(.+)$", sn)
                if lab:
                    for m in re.finditer(r"([^、。とについて]{2,30}?)(?:支援|の合理化|の策定)", lab.group(2)):
                        f = m.group(1).strip()
                        if f and f not in ss.support_fields:
                            ss.support_fields.append(f)
    # financial institutions count wherever the commitment names them (also as a desk partner)
    for u in units:
        for label, rx in _FIN:
            if re.search(rx, nfkc(u.text)) and label not in ss.financial_institutions:
                ss.financial_institutions.append(label)
                if u not in ss_units:
                    ss_units.append(u)
    if ss_units:
        ss.evidence = ev(ss_units[0])
        com.support_system = ss
    if desk.evidence is not None:
        com.consultation_desk = desk
    return com
