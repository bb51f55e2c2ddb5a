"""A KPI written as a sentence of the KPI section: 「アカデミーの修了者数は、令和9年度から年間150人を目標とし、
産業課が所管する。」 — the indicator as the topic, its target, the department that holds it. The criterion in
the next sentence (「2年連続で75人を下回った場合は…切り替える。」) is the KPI's, as a criterion line is.

A KPI may also be set in words of setting (「…を、令和6年度の15%から令和12年度に35%とする。」); its department in
the next sentence (「担当は…課とし、…」) is read by the KPI lines' topic field.

KPIs counted in prose (「一つ目は、…の締結量で、令和9年度末までに…を目指す」) are one each.

The topic must be an indicator: a noun of measure at its end (数・率・額・量・件数・割合・シェア…), so that
「政策の進捗は…」「本市は…」 open nothing; a mandatory KGI's name (官民設備投資額…) is the KGI's sentence.
"""

from __future__ import annotations

import re

from chiiki_mirai.core.text.normalize import nfkc
from chiiki_mirai.readers.statements.indicators.kpi_notes import owner_of
from chiiki_mirai.readers.statements.indicators.names import kgi_kind

_VERBS = (
    r"(?:目標|目指|とする|とします|にする|にします|増や|高め|引き上げ|引上げ|伸ば|拡大|達成|確保|維持|つくり|つくる|作る|作り|獲得|育成)"
)
_TOPIC_COMMA = re.compile(r"^(?P<name>[^。]{2,40}?)(?:について)?(?:は|を)、(?P<rest>[^。]*?" + _VERBS + r"[^。]*)")
# the sentence sets a target: 「…を目標とする」「…を目指す」, or 「…令和12年度に35%とする」「…140億円に増やす」
_TOPIC = re.compile(
    r"^(?P<name>[^、。「」]{2,40}?)(?:について)?(?:は|を)、?"
    r"(?P<rest>[^。]*?(?:目標|目指|とする|とします|にする|にします|増や|高め|引き上げ|引上げ|伸ば|拡大|達成|確保|維持|つくり|つくる|作る|作り|獲得|育成)[^。]*)"
)
# 「二つ目は、需要家との長期供給契約の締結量で、令和9年度末までに…を目指す。」: the KPIs counted in prose
# (「1つ目のKPIは、もずく加工品の出荷額とし、令和12年度までに…を目指す。」; 「2つ目のKPIは、体験観光客数である。」 names
# the KPI alone: its target follows in the next sentence)
# 「2つ目のKPIは、体験観光客数である。」「KPIの一つ目は、低温倉庫の整備である。」「KPI1は「町内での刺身用加工量」です。」
_ORDINAL = re.compile(
    r"^(?:(?:(?:KPI|指標)の)?(?:[一二三四五六七八九十]|[0-9]{1,2})つ目(?:の(?:指標|KPI))?|(?:KPI|指標)\s*[-‐－]?\s*[0-9]{1,2})は、?\s*"
    r"「?(?P<name>(?:[^、。「」]|「[^「」、。]{1,20}」){2,40}?)」?"  # (a brand in quotes inside: 「共同ブランド「…」の店舗数」)
    r"(?:であり|で|とし|とする|です|である)(?:[、。]|$)(?P<rest>[^。]*)"
)
_SHARE_OF = re.compile(r"の(?:多く|大半|半数|一部|ほとんど|いずれ|すべて|全て|全部)$")
COUNTED_NAME_MIN = 4  # characters of a name a figure alone makes an indicator of
_IN_CHARGE = re.compile(r"が(?:担当|所管)(?:し|する)")  # the sentence names who holds the KPI (its 5W1H's 担当部署)
# a count in its unit (「3品」「150店」「8事業者」「2,200万円」): what the sentence counts is an indicator
_COUNTED = re.compile(r"[0-9][0-9,.]*\s*(?:万|千|億)?\s*(?:品目?|件|社|人|店|戸|事業者|台|基|か所|箇所|t|kg|トン|%|円|ha)")
_FROM_TO = re.compile(r"[0-9][^。]{0,25}?から[^。]{0,30}?[0-9]")
FIGURE = re.compile(r"[0-9]|[〇一二三四五六七八九十百千]+\s*(?:年度|件|人|社|円|億|万|%|割|倍|t|トン|台|回)")
_MEASURE = re.compile(r"(?:数|率|額|量|高|比率|割合|シェア|単価|人数|時間|日数|件数|回数|台数|面積|生産量|出荷量)$")
# what an indicator's name ends with: a measure, or a milestone (「乾燥棟の稼働」「輸出認定の取得」)
_INDICATOR = re.compile(
    r"(?:数|率|額|量|高|比率|割合|シェア|単価|売上|出荷|輸出|受注|成約|者|人|社|件|稼働|取得|完了|整備|開設|導入|設置|着工|"
    r"開業|認証|認定|供用|竣工|開始|達成|実施|進捗|本数|面積|時間|日数|規模|価格|賃金|給与|所得)$"
)


def is_indicator(name: str) -> bool:
    """Whether a name reads as an indicator (「海外向け売上」「共同乾燥場の稼働」), not a measure or a heading
    (「設備投資」「伴走支援体制」)."""
    n = re.sub(r"[(（][^()（）]*[)）]$", "", nfkc(name or "")).strip(" 　・")
    return bool(_INDICATOR.search(n))


def ordinal_name(text: str) -> str | None:
    """The KPI a sentence counting KPIs names without its figures (「2つ目のKPIは、体験観光客数である。」)."""
    o = _ORDINAL.match(nfkc(text or "").strip()[:400])
    return o.group("name").strip() if o is not None and not FIGURE.search(o.group("rest")) else None


def prose_kpi(text: str) -> tuple[str, str, str | None] | None:
    """(name, the rest of the sentence, its department) of a sentence that states one KPI, else None."""
    t = nfkc(text or "").strip()[:400]
    if (o := _ORDINAL.match(t)) is not None and FIGURE.search(o.group("rest")):
        return o.group("name").strip(), o.group("rest"), owner_of(o.group("rest"))
    m = _TOPIC_COMMA.match(t) or _TOPIC.match(t)  # 「省力化設備を導入した事業者を、…」: the topic set off by its comma
    if m is None:
        return None
    name = re.sub(r"[(（][^()（）]*[)）]$", "", m.group("name")).strip()
    if re.search(r"[:：]", name) or _SHARE_OF.search(name):
        return None  # 「伴走支援体制：市長を…」: a label and its text; 「協力企業の多くは…」: a share of something, no measure
    # a name of measure (「…比率」), or another indicator (「修了者」) or a thing counted from a figure to a figure
    # (「…アルミ原料を、年6万トンから令和12年度に年15万トンとする」)
    # (a bare topic word — 「雇用については、…800人の雇用を創出し」 — is what a KGI or the impact speaks of, not a KPI)
    # (a short name — 「人材塾については、…課が担当し、…累計1,350人を目標として」 — when the sentence gives who holds it)
    short_ok = len(name) >= COUNTED_NAME_MIN or _IN_CHARGE.search(m.group("rest"))
    counted = short_ok and (_FROM_TO.search(m.group("rest")) or _COUNTED.search(m.group("rest")))
    measured = _MEASURE.search(name) or is_indicator(name) or counted
    if not measured or not FIGURE.search(m.group("rest")) or kgi_kind(name) != "custom":
        return None  # 「官民設備投資額は…を目指す」 under 「KGI及びKPI」 is the KGI
    return m.group("name").strip(), m.group("rest"), owner_of(m.group("rest"))
