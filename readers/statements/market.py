"""The product and its market: what the plan makes (industry), whom it sells to (target-market attributes),
and its value-added rates — the statements behind `Plan.industry` and `Plan.target_market`.

- `industry` statements: the text under 該当する業種／製品・サービス (topic `domain`; each list entry also a
  `product`) and under 特定の理由 (topic `reason`).
- `market` statements: an attribute 法人／個人／海外／国内 named in a sentence about whom the plan sells to
  (ターゲット・顧客・販路・向け …) — the attribute words are explicit, so a table of them is the reading.
  「ターゲット市場は法人」 states an attribute here; whether it also states a need is the classifier's call.
- a `claim` with topic `value_added_rate`: a 付加価値率 figure, value = the plan's own rate, attrs.industry =
  the comparison rate when the sentence gives one (「同業種平均（20%）」).
"""

from __future__ import annotations

import re

from chiiki_mirai.core.statement import Statement
from chiiki_mirai.core.text.cues import ARROW_MARK
from chiiki_mirai.core.text.normalize import nfkc
from chiiki_mirai.core.text.numbers import Quantity, find_quantities
from chiiki_mirai.readers.claims import Reading
from chiiki_mirai.readers.statements.base import place_of
from chiiki_mirai.readers.units import Unit

MARKET_SENT = re.compile(
    # (a sentence about whose demand the plan meets names its buyers: 「…の個人客には…という強い需要がある」)
    # (「欧米の個人旅行者を主な対象に」: whom the strategy aims at, named as its 対象)
    # (「個人客（国内の50～70代）：…のプランを売る」: whom the strategy sells to, by the verb)
    r"ターゲット|市場|顧客|販路|向け|輸出|販売|売り?込|売る|売り出|取引先|受注|発注者|需要|ニーズ|ユーザー|届け|客層|"
    r"(?:主な|主たる|主要な)対象|対象(?:に|と(?:する|し))|"
    r"[(（](?:国内の|海外の)?(?:法人|個人|海外)[)）、,・]"
)
ATTRIBUTES = {
    "法人": re.compile(
        r"法人|企業向け|BtoB|B2B|事業者向け|メーカー|業務用|ホテル|レストラン|小売|卸|"
        # an organisation the product is made for or ordered by: 「中堅製造業や医療機関向け」「機体メーカーからの受注」
        r"(?:業|機関|会社|事業所|工場|病院|自治体|施設|店|チェーン|ベンダー|団体)(?:など|等)?向け"
    ),
    "個人": re.compile(r"個人|消費者|BtoC|B2C|一般客|観光客|旅行者|来訪者|宿泊客|家庭|富裕層|ファン|愛好家|愛好者"),
    "海外": re.compile(r"海外|国外|輸出|国内外|欧州|欧米|北米|米国|中東|アジア|インバウンド|越境"),
    "国内": re.compile(r"国内|全国"),
}
STRATEGY_ITEMS = ("B.4", "C.4", "A.1")  # the strategy sections (基本戦略・勝ち筋, 計画の構想)
DOMAIN_ITEMS = ("B.1.1", "C.1.1")
PRODUCT_SECTIONS = ("B.1", "C.1")  # the 産業領域 sections: the product, and why it was chosen
# a sentence that says why the field was chosen (「…を取り込むため特定した」): the reason, not the product
_CHOSEN = re.compile(r"(?:特定|選定|選択)(?:した|する)|選んだ|理由")
REASON_ITEMS = ("B.1.2", "C.1.2", "A.1.1")
_TARGET = re.compile(r"ターゲット|顧客層|主な顧客|販売先")
# a clause that names the buyers: what the product is made for, who orders or buys it
_BUYERS = re.compile(r"向け|から(?:の)?受注|に(?:販売|納入|納品|供給|輸出)する|顧客|取引先|販売先|発注者|買い手")
_TARGET_HEAD = re.compile(r"ターゲット|市場|顧客|販路|販売先")
_RATE = re.compile(r"付加価値率[^0-9。]{0,8}([0-9]+(?:\.[0-9]+)?)\s*%")
_PEER = re.compile(r"平均|同業種|業界|全国|業種|統計|経済計算|全体")
# a rate the sentence measures the plan against, named before it (「市内製造業全体の付加価値率（約29%）と比べても、医療機器
# 関連は約34%と高い」「平均（27%）を上回る34%」): what follows the figure says it is the yardstick
_YARDSTICK_AFTER = re.compile(r"^\s*[)）]?\s*(?:と比べ|に比べ|と比較|に対し|を上回|を超え|より(?:高|大|も))")
_PEER_AFTER = re.compile(r"平均[^0-9。]{0,4}([0-9]+(?:\.[0-9]+)?)\s*%")
_NEXT_RATE = re.compile(r"([0-9]+(?:\.[0-9]+)?)\s*%")
_COMPARING = re.compile(r"上回|下回|比べ|比較|平均|より高|を超え")
# a change of the plan's own rate (「付加価値率を約34%から40%に引き上げる」): the first figure is today's, not a peer's
_FROM_TO = re.compile(r"([0-9]+(?:\.[0-9]+)?)\s*%\s*(?:から|" + ARROW_MARK + r")\s*(?:約)?([0-9]+(?:\.[0-9]+)?)\s*%")


def _under(u: Unit, items: tuple[str, ...]) -> bool:
    return bool(u.item) and any(u.item == i or u.item.startswith(i + ".") for i in items)


def industry_statements(units: list[Unit]) -> list[Statement]:
    """The product (domain) and the reason. With no 該当する業種 item of its own, the text written straight under
    the 産業領域 section (「1 対象とする産業領域」 over one paragraph) is where the plan names its product."""
    domain_items = DOMAIN_ITEMS
    if not any(_under(u, DOMAIN_ITEMS) for u in units):
        domain_items = DOMAIN_ITEMS + PRODUCT_SECTIONS
    out = []
    for u in units:
        if u.kind == "heading":
            continue
        if _under(u, domain_items) and not _under(u, REASON_ITEMS) and not (u.item in PRODUCT_SECTIONS and _CHOSEN.search(u.norm)):
            out.append(Statement(kind="industry", topic="domain", subject=u.text.strip(), place=place_of(u)))
            if u.kind == "item":
                out.append(Statement(kind="industry", topic="product", subject=u.text.strip(), place=place_of(u)))
        elif _under(u, REASON_ITEMS) or (u.item in PRODUCT_SECTIONS and domain_items != DOMAIN_ITEMS):
            out.append(Statement(kind="industry", topic="reason", subject=u.text.strip(), place=place_of(u)))
    return out


def _about_buyers(u: Unit) -> bool:
    """A sentence about whom the plan sells to: in a strategy section and naming buyers (or under a heading
    that does: 「ターゲット市場とニーズ」), naming the ターゲット outright anywhere, or — where the plan names its
    product and why it chose it — a clause that says whom the product is for or who orders it (「全国の中堅企業
    向けの業務SaaS」「海外の機体メーカーからの受注を狙う」): the buyers named without the word ターゲット."""
    if _TARGET.search(u.norm):
        return True
    if _under(u, PRODUCT_SECTIONS + REASON_ITEMS) and _BUYERS.search(u.norm):
        return u.kind != "heading"
    return _under(u, STRATEGY_ITEMS) and bool(MARKET_SENT.search(u.norm) or _TARGET_HEAD.search(nfkc(u.section or "")))


LABEL_LINE_MAX = 24  # a line this short with no sentence in it labels the entries after it (「◆ターゲット市場と属性」)


def _under_target_labels(units: list[Unit]) -> set[int]:
    """The entries after a label line that names the target market (「◆ターゲット市場と属性」 over 「・法人（首都圏の
    オイスターバー）：殻付き生食用」), up to the next label line or heading: they say whom the plan sells to."""
    out: set[int] = set()
    on = False
    for u in units:
        text = u.norm.strip()
        # (a label with nothing after its colon, 「ターゲットとニーズ：」, labels the entries after it too)
        bare_label = (u.kind == "kv" and not u.value.strip()) or (len(text) <= LABEL_LINE_MAX and bool(re.search(r"[:：]$", text)))
        if u.kind == "heading" or bare_label or (u.kind != "kv" and len(text) <= LABEL_LINE_MAX and "。" not in text
                                                 and not re.search(r"[:：]", text)):
            on = u.kind != "heading" and bool(_TARGET.search(text))
            continue
        if on and u.kind in ("item", "kv"):
            out.add(u.index)
    return out


def market_statements(read_units: list[tuple[Unit, Reading]]) -> list[Statement]:
    """Attributes named in sentences about the buyers in the strategy sections, and wherever the plan names
    its ターゲット or 顧客 outright (else, without either, where it names 販路・輸出)."""
    under = _under_target_labels([u for u, _ in read_units])
    own = [(u, r) for u, r in read_units if _about_buyers(u) or u.index in under]
    out = _attributes(own)
    if not out:  # none named there: whom a line of a chapter no item holds sells to (「…に向けた包丁」), or 販路・輸出
        out = _attributes([(u, r) for u, r in read_units
                           if re.search(r"販路|輸出", u.norm) or (not u.item and u.kind != "heading" and _BUYERS.search(u.norm))])
    return out


def _attributes(units: list[tuple[Unit, Reading]]) -> list[Statement]:
    return [Statement(kind="market", topic=attr, modality=r.stance, place=place_of(u))
            for u, r in units for attr, rx in ATTRIBUTES.items() if rx.search(u.norm)]


def rate_statements(units: list[Unit]) -> list[Statement]:
    """付加価値率 figures: the plan's own rate and the rate it is compared with."""
    out = []
    for u in units:
        if u.kind == "heading" or "付加価値率" not in u.norm:
            continue
        s = _FROM_TO.sub(lambda m: m.group(2) + "%", u.norm)
        own = peer = None
        for m in _RATE.finditer(s):
            v = float(m.group(1)) / 100
            if not 0 <= v <= 1:
                continue
            if _PEER.search(s[max(0, m.start() - 12) : m.start()]) or _YARDSTICK_AFTER.match(s[m.end() :]):
                peer = peer if peer is not None else v
                after = _NEXT_RATE.search(s[m.end() :]) if own is None and _YARDSTICK_AFTER.match(s[m.end() :]) else None
                if after is not None and 0 <= float(after.group(1)) <= 100:
                    own = float(after.group(1)) / 100  # 「…（約29%）と比べても、医療機器部品は約34%と高い」
            elif own is None:
                own = v
                # the rate it is set against: an average's, else (in a sentence that compares) the next figure
                # 「…の付加価値率は約33％で、県内食料品製造業（約27％）より高い」
                cm = _PEER_AFTER.search(s[m.end() :]) or (_COMPARING.search(s) and _NEXT_RATE.search(s[m.end() :]))
                if cm and peer is None and 0 <= float(cm.group(1)) <= 100:
                    peer = float(cm.group(1)) / 100
            elif peer is None and _COMPARING.search(s):
                peer = v  # 「付加価値率50%（…繊維工業の付加価値率約35%を上回る）」: the second rate is the one compared with
        if own is not None or peer is not None:
            out.append(
                Statement(kind="claim", topic="value_added_rate", value=own, attrs={"industry": peer}, place=place_of(u))
            )
    # the sentence that sets the plan's rate against a peer's states both: it comes first, before a lone rate
    # (today's 「付加価値率は28%にとどまる」, or a basis citing one rate) that readers take as the plan's own
    return sorted(out, key=lambda st: not (st.value is not None and st.attrs.get("industry") is not None))


# value added as an amount per worker (「1人当たり付加価値額 → 市内製造業平均 980万円、核3社 1,160万円」): a measure of value
# added that is no rate, set against a peer's figure the way a rate is
_PER_WORKER = re.compile(r"(?:1|一)人当たり(?:の)?付加価値|労働生産性|付加価値生産性")
_PEER_BEFORE = re.compile(r"(?:平均|全体|同業(?:種|他社)?|業界)[^0-9。、／/]{0,4}(?:約)?\s*$")
PEER_LOOKBACK = 12  # characters before a figure where the word naming its peer stands
# what may stand between a figure and the words that follow it (「約890万円）を上回る」「約800万円程度であるが」)
_AFTER_FIGURE = r"^\s*[)）]?\s*(?:程度|前後)?\s*"
# a figure the sentence goes on to set something against (「県内製造業の1人当たり付加価値額は約1,150万円であるのに対し、
# 関連3社は…」「…全国の…約1,250万円であるが、核となる4社は約1,480万円」) is the yardstick, when its own phrase names a
# population of firms (not the plan's own level today: 「現状1,000万円に対し、目標1,500万円」)
_YARDSTICK_NEXT = re.compile(_AFTER_FIGURE + r"(?:で(?:ある)?(?:の)?に対し|に対し|であるが|と比べ|に比べ)")
_POPULATION = re.compile(r"製造業|業種|業界|同業|全国|県内|府内|道内|都内|市内|町内|村内|域内|地域内")
# a phrase that names the plan's own firms or a point in time names the plan's figure, not a peer's
# (「県内製造業を牽引する核企業3社の…は現状約800万円」)
_OWN_FIRMS = re.compile(r"核|参加|[0-9０-９一二三四五六七八九十]+社|当社|現状|現在")
# the clause after the yardstick names a target of the plan's own rather than firms of its own (「…に対し、2030年度に
# 1,100万円を目指す」): today's level against a target, no peer
_TARGET_VERB = re.compile(r"目指|高め|引き上げ|とする")
# the plan's figure said before its yardstick's (「3社の1人当たり付加価値額は約1,120万円で、市内製造業平均（約890万円）を上回る」)
_EXCEEDS = re.compile(_AFTER_FIGURE + r"(?:を(?:大きく|大幅に|やや)?(?:上回|超え)|より(?:も)?高)")


def _phrase_before(norm: str, start: int) -> str:
    """The figure's own phrase: from the last 、 or 。 before it to the figure."""
    return re.split(r"[、。,]", norm[:start])[-1]


def _is_yardstick(norm: str, q: Quantity) -> bool:
    """A figure its own phrase names as a population's, set against a clause about other firms."""
    m = _YARDSTICK_NEXT.match(norm[q.end :])
    phrase = _phrase_before(norm, q.start)
    if m is None or not _POPULATION.search(phrase) or _OWN_FIRMS.search(phrase):
        return False
    return not _TARGET_VERB.search(norm[q.end + m.end() :].split("。")[0])


def _peer_figure(norm: str, money: list[Quantity]) -> Quantity | None:
    """The figure the sentence compares the plan's against: one an average or a whole names, else one it sets
    something against after naming a population of firms in its own phrase."""
    for q in money:
        if _PEER_BEFORE.search(norm[max(0, q.start - PEER_LOOKBACK) : q.start]):
            return q
    return next((q for q in money if _is_yardstick(norm, q)), None)


def level_statements(units: list[Unit]) -> list[Statement]:
    """Per-worker value-added figures set against a peer's: value = the plan's own figure (円), attrs.industry =
    the peer's; the plan's own is the first other amount after it, else the last before a peer it exceeds."""
    out = []
    for u in units:
        if u.kind == "heading" or not _PER_WORKER.search(u.norm):
            continue
        money = [q for q in find_quantities(u.norm) if q.is_money]
        peer = _peer_figure(u.norm, money)
        own = next((q for q in money if peer is not None and q.start > peer.start), None)
        if own is None and peer is not None and _EXCEEDS.match(u.norm[peer.end :]):
            own = next((q for q in reversed(money) if q.start < peer.start), None)
        if peer is not None and own is not None:
            out.append(Statement(kind="claim", topic="value_added_level", value=own.value, unit="円",
                                 attrs={"industry": peer.value}, place=place_of(u)))
    return out
