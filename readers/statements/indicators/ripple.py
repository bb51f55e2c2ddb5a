"""Ripple statements: the regional ripple the plan aims at — 域内取引額, 売上額, 雇用, 賃上げ — with or without a
number, with the modality of the clause that states it.

In the ripple zone (「地域へのインパクト」「地域経済への波及」「良質な雇用」) every line, row and clause is read: the
topic from its label or its words (a table of topics, first match wins: 「県内企業からの仕入額」 is a transaction,
「平均年間給与」 a wage), the figure that measures it by its unit (people for jobs, yen or a rate for wages, yen
for amounts: 「4社で約180人増」 is 180人, not 4社), its role and year from the value grammar. A clause that
names a topic without a figure (「域内取引の増加を図る」「処遇改善に努める」) is a statement without a value; one that
declines (「賃金の目標は設けない」) is negated. Outside the zone, only jobs, wages and transactions stated with a
figure or a clear plan are read (a KGI list, a section on quality jobs); a department's name (「雇用対策課」) names
no topic.
"""

from __future__ import annotations

import re

from chiiki_mirai.core.statement import Statement
from chiiki_mirai.core.text.cues import LEFT_TO_FIRMS
from chiiki_mirai.core.text.normalize import nfkc
from chiiki_mirai.core.text.withdrawal import IF_OPENING
from chiiki_mirai.readers.doctree import Table
from chiiki_mirai.readers.statements.base import place_of
from chiiki_mirai.readers.statements.indicators.per_table import PerTable
from chiiki_mirai.readers.statements.indicators.table_places import RowPlaces, TableRecords
from chiiki_mirai.readers.statements.indicators.tables import Row, column_of, table_rows, with_unit
from chiiki_mirai.readers.statements.indicators.values import (
    Reading,
    outside_brackets,
    prepare,
    read_cell,
    split_top,
    target_years,
)
from chiiki_mirai.readers.statements.indicators.zones import Zoned
from chiiki_mirai.readers.units import Unit

_HOME = r"(?:域内|地域内|県内|市内|町内|村内|地元|両県|区域内|圏内|道内|府内|産地内)"
_AWAY = r"(?:海外|国外|県外|市外|町外|村外|域外|圏外|道外|府外|首都圏|大都市|都市部)"
_OWN_OR_HOME = rf"{_HOME}|中核|核となる|参加|構成"  # a place at home, or the plan's own firms
TOPICS: tuple[tuple[str, re.Pattern[str]], ...] = (
    # 「参加事業者間の取引額」「組合員相互の受発注」: trade among the plan's own firms is trade within the region
    ("transactions", re.compile(
        rf"域内取引|地域内取引|域内調達|{_HOME}[^、。:：]{{0,24}}?(?:調達|仕入|取引|発注|外注|購入|受注)|原料仕入"
        r"|(?:事業者|企業|工場|組合員|会員|事業所)(?:相互)?間の?(?:取引|発注|外注|受発注)"
        # the core or local firms' orders to their partner and subcontracting firms (「中核4社から協力工場への発注額」),
        # not to partners abroad (「海外の協力工場」) nor the terms of that trade (「下請取引における価格転嫁率」)
        rf"|(?![^。]*?(?:価格転嫁|適正化))(?:{_OWN_OR_HOME})(?:(?!海外)[^、。:：]){{0,16}}?"
        r"(?:協力(?:工場|会社|企業|事業者)|下請(?:企業|事業者|け企業)?)(?:へ|から|と)?の?(?:発注|外注|取引|受発注)"
        # (a clause that has lost its firm to the comma after the sentence's topic: 「核となる企業は、2030年度までに協力
        # 会社への発注額を…」 — orders to partner firms, unless the clause places them away: 「海外の協力工場への発注」)
        rf"|^(?![^。]*?{_AWAY}[^、。]{{0,6}}?協力)[^。]*?協力(?:工場|会社|企業|事業者)への(?:発注|外注)"
        # the local firms' sales to a buyer the clause places at home or among the plan's own firms (「市内の節製造業者
        # から中核企業への荒節の販売額」): the seller's side of trade within the region, as 「…からの仕入額」 is the
        # buyer's; a buyer placed nowhere at home (「東京の量販店への出荷額」「全国の百貨店への販売額」) buys sales only
        rf"|{_HOME}[^、。:：]{{0,24}}?から[^、。:：]{{0,24}}?(?:{_OWN_OR_HOME})[^、。:：]{{0,16}}?への[^、。:：]{{0,10}}?"
        r"(?:販売|納入|納品|供給|出荷)"
    )),
    ("wages", re.compile(r"賃金|賃上げ|給与|年収|所得|時給|日当|処遇|報酬|手取り|初任給")),
    ("jobs", re.compile(r"雇用|従業員数|雇用者数|従業者数|就業者|従事者|新規就農|新規就業|新規採用|地元採用|採用数|人手")),
    ("sales", re.compile(r"売上|出荷額|販売額|生産額|観光消費額|出荷|販売高")),
)
_ORG = re.compile(r"[一-龥ァ-ヶー]{0,10}(?:雇用|労働|賃金|就業)[一-龥ァ-ヶー]{0,8}(?:課|室|局|部|係|センター|機構)")
_PLAN = re.compile(
    r"引き上げ|引上げ|上げる|上げます|向上|高め|増や|伸ば|拡大|増加|創出|確保|改善|賃上げを行|賃上げ(?:率|額)?[をが]|倍|目指|(?<!対象)とする|見込|"
    r"(?:雇用|仕事|働く場)を(?:新たに)?(?:つく|作|生み出)"
)  # 「12人の新しい雇用をつくります」 plans the jobs; 「従事者（約480人）を対象とする」 only sets a scope
_DECLINED = re.compile(rf"{LEFT_TO_FIRMS}|(?:目標|数値)[^。]{{0,10}}(?:設け|定め|掲げ)(?:ない|ず)")  # 「…経営判断に委ね、目標を設けない」
_DEFERRED = re.compile(r"(?:目標|目標値|数値|水準)(?:値)?(?:を|は)?[^。]{0,8}?(?:設定|決定|策定)(?:する|します|したい)|(?:目標|目標値)(?:を|は)?(?:定める|決める)")
_LABEL = re.compile(r"^([^:：。]{1,30})[:：]\s*")
_KPI_LINE = re.compile(r"^\s*[<＜【\[]?\s*(?:KPI|指標\s*[A-Za-z0-9])")


# orders to partner firms, with the words that qualify the partners right before them (「ベトナムの協力工場」「中核企業の
# 協力会社」); a qualifier that names a firm (「…企業の協力会社」) says whose partners they are, not where
_PARTNER_ORDERS = re.compile(r"(?:([一-龥ァ-ヶーA-Za-z0-9]{1,12})の)?協力(?:工場|会社|企業|事業者)への(?:発注|外注)")
_FIRM = re.compile(r"(?:企業|会社|社|事業者|工場)$")


def partners_unplaced(clause: str, context: str) -> bool:
    """Orders to partner firms that neither the partners' own qualifier nor the sentence places at home or among the
    plan's own firms (「核となる企業は、…ベトナムの協力工場への発注額」「…他県の協力会社への発注額」): whether that is
    trade within the region (000 C.(2)② 域内取引額) is for a person, not counted as regional."""
    m = _PARTNER_ORDERS.search(nfkc(clause))
    if m is None:
        return False
    owner = m.group(1) or ""
    if re.search(_OWN_OR_HOME, owner):
        return False
    return bool(owner and not _FIRM.search(owner)) or not re.search(_OWN_OR_HOME, nfkc(context))


def topics_of(text: str) -> list[str]:
    t = _ORG.sub(" ", nfkc(text or ""))
    return [k for k, rx in TOPICS if rx.search(t)]


# the units that measure each topic: people for jobs, yen/rate/multiple for wages, yen (or a share) for amounts
TOPIC_UNITS = {"jobs": ("人",), "wages": ("円", "%", "倍"), "transactions": ("円", "%"), "sales": ("円",)}


def _fits(topic: str, r: Reading, clause: str) -> bool:
    return r.unit in TOPIC_UNITS[topic]


def _statements(  # noqa: PLR0913 - the cell's layout (role, year) as the table or sentence gives it
    topic: str, subject: str, text: str, u: Unit, outside: bool, role: str = "target", year: int | None = None
) -> list[Statement]:
    cell = read_cell(text, role, year, prefer=TOPIC_UNITS[topic])
    mod = cell.modality if cell.modality not in ("none",) else "affirmed"
    base = {"raw": cell.text[:120], "outside": outside, "effort": bool(re.search(r"努め|努力", text))}
    if topic == "transactions" and partners_unplaced(f"{subject}\n{text}", place_of(u).quote):
        base["unplaced"] = True
    out = [
        Statement(kind="ripple", topic=topic, subject=subject[:80], value=r.value, unit=r.unit, year=r.year, role=r.role,  # type: ignore[arg-type]
                  modality=mod, attrs={**base, "annual": r.annual, "base_year": r.base_year}, place=place_of(u))  # type: ignore[arg-type]
        for r in cell.readings
        if _fits(topic, r, text)
    ]
    if not out and (not outside or _PLAN.search(text)):
        out.append(Statement(kind="ripple", topic=topic, subject=subject[:80], modality=mod, attrs=base, place=place_of(u)))  # type: ignore[arg-type]
    return out


_AMOUNTS = {"transactions", "sales"}


def _topics_under(label: list[str], own: list[str], done: set[str]) -> list[str]:
    """The topics of a clause under a label: the label's, which its own amount words do not override
    (「域内取引額：…原魚販売額 0→5.0億円」 is a transaction), unless the clause names another kind of topic
    (「雇用の創出：…30人、職人の平均賃金を年3%引き上げる」 also plans wages)."""
    if not label:
        return own
    kept = [t for t in own if t in label or t not in _AMOUNTS or not set(label) & _AMOUNTS]
    return kept or [t for t in label if t not in done]


def _resolve(  # noqa: PLR0913 - the clause and the sentence's layout
    pending: list[Statement], found: list[Statement], clause: str, u: Unit, outside: bool, years: list[int]
) -> tuple[list[Statement], list[Statement]]:
    """A clause without a topic of its own gives its figure to the topic the clause before named without one
    (「共同加工センターの従業員の時給は、令和12年度までに令和7年度比で20％引き上げる」 is a wage target)."""
    still: list[Statement] = []
    for p in pending:
        got = [s for s in _statements(p.topic or "", p.subject or "", clause, u, outside, year=years[0] if years else None) if s.value is not None]
        if got:
            found = [s for s in found if s is not p] + got
        elif _slot_open(p.topic or "", clause):  # 「域内取引額は、令和12年度に〇〇百万円とする」: the slot left open
            raw = f"{p.attrs.get('raw') or ''}、{clause}"[:120]
            found = [s for s in found if s is not p] + [p.model_copy(update={"modality": "placeholder", "attrs": {**p.attrs, "raw": raw}})]
        else:
            still.append(p)
    return found, still


_MARKS = r"[〇○●◯×＊*]+\s*(?:百万|千万|億|万|千)?"


def _slot_open(topic: str, clause: str) -> bool:
    """The topic's figure is a placeholder (「〇〇百万円」「●●人」), not a placeholder mark elsewhere in the clause
    (「〇〇商事など地元企業との連携により」 names a firm, the figure follows later)."""
    units = "|".join(re.escape(u) for u in TOPIC_UNITS.get(topic, ("円",)))
    return bool(re.search(rf"{_MARKS}(?:{units})|[〇○●◯×＊*]+\s*(?:億|百万|千万)", nfkc(clause)))


def _line(z: Zoned, outside: bool) -> list[Statement]:
    text = prepare(z.unit.value if z.unit.kind == "kv" else z.text)
    key = nfkc(z.unit.key or "") if z.unit.kind == "kv" else ""
    if not key and (m := _LABEL.match(text)):
        key, text = m.group(1), text[m.end() :]
    label_topics = topics_of(key)
    out: list[Statement] = []
    for sent in split_top(text, "。"):
        done: set[str] = set()
        found_here: list[Statement] = []
        years = target_years(outside_brackets(sent)[0])[0]  # 「令和12年度に、域内取引額…、売上額…」
        pending: list[Statement] = []  # 「…の時給は、令和12年度までに…20％引き上げる」: the topic's figure comes later
        carry: list[str] = []  # 「…の購入額（域内取引額）を、1億6千万円から…2億4千万円へ増やします」: the figure follows
        for clause in split_top(sent, "、,;"):
            own = topics_of(clause)
            if pending and not own:
                found_here, pending = _resolve(pending, found_here, clause, z.unit, outside, years)
                continue
            asked = carry if carry and not own and re.search(r"[0-9]", clause) else _topics_under(label_topics, own, done)[:2]
            new: list[Statement] = []
            for t in asked:
                found = _statements(t, key or clause, clause, z.unit, outside, year=years[0] if years else None)
                if found:
                    done.add(t)
                    new += found
            found_here += new
            carry = [t for t in asked if t not in done] if own and not new else []
            pending = [s for s in new if s.value is None] if own else []
        # a figure moved from today's level to a target (「現状（令和7年度）9億円→目標（令和12年度）11.5億円」, a KGI line
        # on the trade among the town's firms) is planned as much as one a plan word states
        plan = bool(_PLAN.search(sent)) or _moved(found_here)
        # outside the ripple zone a topic named without a figure is planned only by a plan word of the sentence itself,
        # not by one inside a bracketed note about something else (「…（受託ロット数→政策2〔製造能力の拡大〕、域内調達率
        # →政策2）」 only names the KPIs each policy serves): a mention is not a plan
        # (nor by one in a sentence that opens on a condition: 「進出が決まった場合、県内への発注が増える見込み」)
        own_words = outside_brackets(sent)[0]
        bare_plan = plan if not outside else bool(_PLAN.search(own_words)) and not IF_OPENING.match(own_words)
        declined = bool(_DECLINED.search(sent))
        # a sentence that leaves the topic to others or sets no target declines it (「賃金の水準については各社の
        # 経営判断に委ねることとし、本計画では目標を設けない」); one that sets the target later (「…調査の結果を踏まえ
        # て目標値を設定する」「今後、…協議の上で目標を設定する」) has not planned it yet; a plan word anywhere in it
        # plans each figure
        later = "considering" if _DEFERRED.search(nfkc(sent)) else None
        out += [
            s.model_copy(update={"modality": "negated" if declined else later} if s.value is None and (declined or later)
                         else {"attrs": {**s.attrs, "plan": plan if s.value is not None else bare_plan}})
            for s in found_here
        ]
    return out


def _moved(found: list[Statement]) -> bool:
    """Some topic read both as today's level and as a target: the sentence moves it from one to the other."""
    return any(s.role == "current" and any(t.topic == s.topic and t.role == "target" for t in found) for s in found)


_ELSEWHERE = {"transactions", "jobs", "wages"}  # the ripple topics a row of a KGI table names


def _ripple_class(cls: str) -> bool:
    return "波及" in nfkc(cls or "")


@PerTable
def _ripple_rows(t: Table) -> dict[bool, tuple[Row, ...]]:
    """The rows of a table read as ripple rows outside the ripple zone, read in the KGI part (True) or elsewhere
    (False): the rows a class column calls 波及 and the rows that name a ripple topic planned there."""
    rows = [(r, _ripple_class(r.cls), set(topics_of(r.name))) for r in table_rows(t)]
    return {kgi: tuple(r for r, cls, ts in rows if cls or ts & (_ELSEWHERE if kgi else {"transactions"}))
            for kgi in (True, False)}


def _table(z: Zoned, seen: set[int], records: list[Unit], classed_only: bool = False) -> list[Statement]:
    """A table of the ripple zone, or (classed_only) the rows a class column calls 波及 in a table of KGIs and
    KPIs anywhere (「区分」 KGI / 波及 / KPI)."""
    t = z.unit.table
    if t is None or id(t) in seen:
        return []
    rows = table_rows(t)
    if classed_only:
        # elsewhere, the rows a class column calls 波及, and rows that name the regional transactions (in any
        # table) or, in a table of KGIs, the jobs or wages themselves (「域内取引額（…、千円）」 among the KGIs):
        # the ripple planned there — a 従業員数 column of the operators' table is today's size, not a plan
        rows = list(_ripple_rows(t)["kgi" in z.zones])
        if not rows:
            return []
    seen.add(id(t))
    out: list[Statement] = []
    place = RowPlaces(records)
    for row in rows:
        ts = topics_of(row.name)
        for col, text in row.cells:
            if col.fields != ("value",) or not ts or read_cell(text).state == "blank":
                continue
            out += _statements(ts[0], row.name, with_unit(row, col, text), place(row.name, z.unit), False, col.role, col.year)
    return out


# an amount written as a placeholder (「域内取引額を令和13年度に●●百万円とする」): the plan's own slot for the amount
_AMOUNT_SLOT = re.compile(r"(?:百万|千万|億|万|千)?円")


def _open_amounts(found: list[Statement]) -> list[Statement]:
    """Where the plan leaves a topic's amount as a placeholder, its rates on the topic (「市内調達率60%→85%」) do not fill
    it: they are marked `amount_open` (the plan says its target amount is not set yet)."""
    open_topics = {s.topic for s in found if s.modality == "placeholder" and _AMOUNT_SLOT.search(nfkc(s.attrs.get("raw") or ""))}
    return [s.model_copy(update={"attrs": {**s.attrs, "amount_open": True}}) if s.topic in open_topics and s.unit == "%" else s
            for s in found]


def extract_ripple(zoned: list[Zoned]) -> list[Statement]:
    return _open_amounts(_extract_ripple(zoned))


def _entry_topics(z: Zoned) -> tuple[list[str], str] | None:
    """(topics, name) of a list entry that names a topic and no figure (「域内取引額（事業者間の取引）」 over its
    「現状：…」「目標（R12）：…」 entries): the fields that follow are that topic's, as a table row's cells are. Among the
    KGIs, only the topics a row of a KGI table gives (「3. 観光関連事業者の市内調達額」 over 「- 目標値：令和12年度 52億円」)."""
    if z.unit.kind != "item" or re.search(r"[0-9]", outside_brackets(nfkc(z.text))[0]):
        return None
    topics = [t for t in topics_of(z.text) if "ripple" in z.zones or t in _ELSEWHERE]
    return (topics[:1], z.text) if topics else None


def _entry_field(entry: tuple[list[str], str], z: Zoned) -> list[Statement] | None:
    """The statements of a 「現状（R6）：…」「目標（R12）：…」 line under an entry that names the topic; None when its key
    names no value (or a topic of its own)."""
    key = nfkc(z.unit.key or "")
    col = column_of(key)
    if col.fields != ("value",) or topics_of(key):
        return None
    found = [s for t in entry[0] for s in _statements(t, entry[1], prepare(z.unit.value), z.unit, False, col.role, col.year)]
    return [s.model_copy(update={"attrs": {**s.attrs, "plan": col.role == "target"}}) for s in found]


def _extract_ripple(zoned: list[Zoned]) -> list[Statement]:
    out: list[Statement] = []
    seen: set[int] = set()
    table_index = TableRecords(zoned)
    entry: tuple[list[str], str] | None = None  # the entry whose fields the next key：value lines are
    for z in zoned:
        u = z.unit
        inside = "ripple" in z.zones
        listed = inside or "kgi" in z.zones  # the zones whose list entries can name a topic over its fields
        if entry and listed and u.kind == "kv" and (fields := _entry_field(entry, z)) is not None:
            out += fields
            continue
        entry = _entry_topics(z) if listed else None
        if u.kind == "record":
            records = table_index.of(u.table) if id(u.table) not in seen else []
            out += _table(z, seen, records, classed_only=not inside)
        elif u.kind in ("sentence", "item", "kv") and inside:
            out += _line(z, False)
        elif u.kind in ("sentence", "item", "kv") and not z.zones & {"basis", "verify"} and not _KPI_LINE.match(nfkc(u.text)):
            # outside the zone only a planned figure or plan counts (「従業者数は約14,200人」 is today's level); a
            # sentence that names 域内取引額 is the ripple stated elsewhere (「あわせて…域内取引額3億2千万円、売上額14億円…」)
            found = _line(z, True)
            whole = any(s.topic == "transactions" and s.value is not None for s in found)
            out += [
                s for s in found
                if (whole or s.topic in ("jobs", "wages", "transactions")) and s.role != "current"
                and (s.attrs.get("plan") or s.modality == "negated")
            ]
    return out
