"""Fields of support as drafts list them (伴走支援・経営支援の分野): from a sentence, or from a labelled list.

    read_support_fields("設備投資資金、人材確保、輸出の3分野で伴走支援する") → [設備投資資金, 人材確保, 輸出]
    read_support_fields("月1回の会議で資金繰り・販路の課題を協議") → [資金繰り, 販路]
    split_fields("①設備投資・資金調達、②海外販路開拓") → [設備投資・資金調達, 海外販路開拓]

Every pattern is bounded (at most 80 characters before 分野), so reading is linear in the sentence.
"""

from __future__ import annotations

import re

# words that make a listed item a party, a body or a time rather than a field of support
_NOT_A_FIELD = (
    r"企業|事業者|ごと|職員|に対し|対して|本部|会議|体制|窓口|本プラン|本計画|当計画|各社|全社|[0-9]+社|"
    r"拠点|センター|機構|商工会|協会|公庫|銀行|金庫|チーム|(?:部|課|局|室|係)(?:の|$|[(（])|"
    r"^(?:[都道府県市区町村]|両県|両市|両町|各県)$|[をがは]$|^(?:今後|当面|将来|様々な|各種|共通|個別|諸|その他)$|"
    r"^(?:詳細|内容|方針|進捗|進捗状況|状況|進め方|対応|実施|具体|運用|課題|事項|取組|計画)$|"
    r"[0-9０-９一二三四五六七八九十]+\s*(?:回|度)$"  # a frequency (「四半期に1回」) is no field
)


def read_support_fields(sn: str) -> list[str]:
    """The fields a support covers, as written: "資金調達・人材確保の伴走支援", "販路開拓に関する支援",
    "設備投資資金、人材確保、輸出の3分野で…伴走支援", "経営計画の策定とAIを活用した業務効率化は、…支援する"."""
    groups: list[str] = []
    for m in re.finditer(
        r"([^、。にをはがで「」]{2,30}?)(?:の|に関する|についての?)(?:伴走|経営|専門的な?)?支援", sn
    ):
        groups.append(m.group(1))
    # a list before "の(3)分野", or before "の課題を協議" (what a support body takes up: 「資金繰り・設備投資・販路の
    # 課題を協議」) or "について…面談": items run back from it until one that is not a field
    for m in re.finditer(
        r"([^。「」]{2,80}?)(?:の\s*(?:各?(?:[0-9一二三四五六七八九十]+\s*)?(?:つの)?分野(?:で|に|を|について|の)|"
        r"課題(?:を|について|に関して)(?:協議|相談|検討|解決|支援|聞き取|聴取|把握|ヒアリング))|"
        # what the visits take up: 「投資計画、資金調達、販路について月1回の面談を行う」
        r"について[^。、]{0,15}?(?:面談|相談|助言|協議|指導|伴走))", sn
    ):
        # numbering and bracketed notes are not part of a field: "③販路開拓（JETROと連携した…）"
        plain = re.sub(r"[(（][^)）]*[)）]", "", m.group(1))
        plain = re.split(r"(?:で|において|にて)(?=[^で]*$)", plain)[-1]  # 「四半期ごとの会議で資金繰り・…」: after the venue
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
    # "支援する分野は、①…、②…、③…の三つとする", and the label after a sentence 「…面談を行う。支援分野：資金調達、…」
    for m in re.finditer(
        r"(?:支援(?:する|を行う|の)?|伴走(?:支援)?の?|経営支援の)分野(?:は[、,]?|\s*[:：])\s*(?P<list>[^。]+?)"
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


def split_fields(value: str) -> list[str]:
    """A labelled value that lists fields: 「①設備投資・資金調達、②海外販路開拓」「資金調達／販路開拓」."""
    plain = re.sub(r"[(（][^)）]{0,60}[)）]", "", value)
    plain = re.split(r"。", plain)[0]
    out = []
    for x in re.split(r"、|,|／|/|;|\n|\s{2,}|[①-⑳]", plain):
        x = re.sub(r"^[0-9]+[.)）]\s*|(?:に関する相談|の支援|支援|の\s*[0-9一二三四五六七八九十]+\s*(?:つの)?分野)$", "", x.strip()).strip()
        if 2 <= len(x) <= 30 and x not in out:
            out.append(x)
    return out


def field_label(key: str) -> str | None:
    """The field a label names when a list sets out the support by field (「人材：産業人材課（１名）、…」 →
    人材): a short label that is no party, body or time; None otherwise."""
    k = re.sub(r"^\s*(?:[-・●○■◆]|[①-⑳]|[0-9]+[.)）])\s*", "", key or "").strip()
    if re.fullmatch(r"(?:伴走|経営)?支援(?:体制|内容|の内容)?|(?:推進)?体制", k):
        return None  # 「伴走支援：…」 labels the support itself
    return k if 2 <= len(k) <= 20 and not re.search(_NOT_A_FIELD, k) else None
