"""Core investments of an A plan (核となる大規模投資案件): `investment` statements.

Where: the investment section (A.3) and its items — 投資概要 (A.3.1: the core project), 投資時期 (A.3.3),
投資総額 (A.3.4: the stated total), 関連する投資案件 (A.3.5: related projects already awarded).
Statement topics:
- `project`: one investment (subject = the investing company; value = its amount in yen; attrs:
  description, start_year, operation_year, core (the plan's core project or a related one), subsidy);
- `subsidy`: what the draft says of a subsidy or 認定 for a project, with its modality —
  采択済み・交付決定・認定済み = affirmed; 申請中・申請予定・公募に応募 = considering; 「採択済みの案件はない」
  = negated (attrs: core, text; subject = the company it names);
- `total`: a total the draft states (value; attrs.scope = "plan" for 計・合計・総額 of everything,
  "core" for the core project's own), so a total is never computed from unrelated amounts when one is
  written.

One module (over 400 lines) because every layout — table records, one field per row, key：value lines, headed blocks,
prose — fills the same project fields through one field table (`_field`) and one company matching, and the core/related
decision must see all of them at once; split by layout, those would sit in several places.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any

from chiiki_mirai.core.statement import Statement
from chiiki_mirai.core.text.cues import COMPANY_FORMS, bare_company_name
from chiiki_mirai.core.text.normalize import nfkc, sentences
from chiiki_mirai.core.text.numbers import find_fiscal_years, find_quantities
from chiiki_mirai.readers.statements import entity_words as w
from chiiki_mirai.readers.statements.base import ReadContext, place_of
from chiiki_mirai.readers.statements.commitment import clauses
from chiiki_mirai.readers.statements.indicators.tables import BARE_NUMBER, unit_note
from chiiki_mirai.readers.statements.operator_layout import entries
from chiiki_mirai.readers.units import Unit

INVESTMENT_ITEMS = ("A.3",)
RELATED_ITEM = "A.3.5"
TOTAL_ITEM = "A.3.4"

# a column or key label → what it gives
FIELDS: tuple[tuple[str, str], ...] = (
    # (how far the project stands — 「投資判断の状況」「実現の見通し」 — is what assures it, as an award would)
    ("subsidy", r"採択|補助|支援策|認定|助成|交付|(?:投資判断|投資決定|実現|事業化)の?(?:状況|見通し|確度)|進捗状況|熟度"),
    # how the project is paid for (「資金計画」「資金調達」「財源」): its award where it speaks of one (`_project`)
    ("funding", r"資金計画|資金調達|資金の?確保|財源"),
    ("amount", r"投資総額|投資額|総事業費|事業費|金額|投資規模"),
    ("operation", r"稼働|操業|供給開始|運転開始|量産開始"),
    ("start", r"投資時期|着工|投資開始|着手|時期"),
    ("company", r"投資企業|企業名|事業者|会社|事業主体|投資主体|^企業$"),
    ("description", r"投資概要|概要|内容|案件名|事業名|計画"),
    ("marker", r"^項目$|^案件$|^区分$|^種別$|^期$"),
)
SUBSIDY_WORDS = re.compile(r"採択|交付決定|補助金|補助事業|支援策|設備投資支援|認定|助成|申請")
# how a subsidy is held, in this order: a dated award, refused or none, then not yet, then awarded
ADOPTION: tuple[tuple[str, str], ...] = (
    # an award dated as a closed phrase (「…補助金に令和7年度採択、令和9年3月稼働予定」): done, whatever follows
    ("affirmed", r"(?:年度|年|月|日)\s*(?:に)?採択(?:済み?)?(?:[、,。)）]|$)"),  # 「（令和8年3月採択、補助予定額…）」
    ("negated", r"不採択|未採択|採択(?:済み?の案件|された案件|実績)?(?:は|も)?(?:ない|なし|ありません)|"
                r"採択されていない|(?:交付決定|認定)(?:は|を)?受けていない"),
    # (an application being prepared toward a call, 「…公募への申請に向け、…調整を進めている」, is sought too)
    ("considering", r"申請(?:を)?(?:予定|する予定|中|している|準備|を行う|する|を目指|に向け)|応募(?:予定|する|中|した|に向け)|"
                    r"採択(?:を)?(?:目指|見込|待|され次第|結果を踏まえ)|予定(?!額)|見込み(?!額)|調整中|検討中"),
    ("affirmed", r"採択済|採択され|採択を受け|採択\(|採択（|に採択|採択$|交付決定|認定(?:済|を受け|され|取得)|"
                 r"認定\(|認定（|採択となっ|が決定"),
)
_RELATED_LEAD = re.compile(r"^[・\s]*関連(?:する)?(?:投資)?案件")  # 「・関連する投資案件（…既採択案件）：…」
_PLAN_TOTAL = re.compile(r"計(?!画)|合計|総額|全体|総投資|あわせ|合わせ|加え")  # (「資金計画」「投資計画」 sum nothing)


def _award_said(text: str) -> str | None:
    """How a clause speaks of an award by the ADOPTION table's words, or None when it uses none of them."""
    t = nfkc(text)
    return next((mod for mod, rx in ADOPTION if re.search(rx, t)), None)


def adoption(text: str) -> str:
    """How a clause holds a subsidy: affirmed, considering, negated; else the clause's own modality."""
    said = _award_said(text)
    if said:
        return said
    m = w.modality(nfkc(text))
    return "none" if m in ("affirmed", "planned") else m


def _with_award(values: dict[str, str], field: str) -> dict[str, str]:
    """`values` with `field`'s text (a funding plan, a description) as the subsidy field when there is none and the
    text says how an award stands (「補助金は来年度の公募に応募する予定」「…補助金 採択済」); a subsidy named only to be
    done without (「国の補助金には頼らない」「補助金の申請は行わない」) says nothing of an award."""
    text = values.get(field, "")
    if values.get("subsidy") or not SUBSIDY_WORDS.search(text) or _award_said(text) is None:
        return values
    return {**values, "subsidy": text}


def _field(label: str) -> str | None:
    lab = nfkc(label).strip()
    return next((k for k, rx in FIELDS if re.search(rx, lab)), None)


def _years(text: str) -> tuple[int | None, int | None]:
    t = nfkc(text)
    start = op = None
    for y in find_fiscal_years(t):
        after = t[y.end : y.end + 10]
        if re.search(r"稼働|操業|運転|供給開始|量産", after) and op is None:
            op = y.fy
        elif start is None:
            start = y.fy
    return start, op


def _project(values: dict[str, str], u: Unit, core: bool | None) -> Statement | None:
    """The project of one entry's fields; a funding plan that says how an award stands (「資金計画：…補助金に来年度
    申請予定」) is its subsidy field when it has none (`attrs["subsidy"]`, for the caller's `_subsidy`)."""
    values = _with_award(values, "funding")
    company = w.split_head(values.get("company", ""))[0] or None
    desc = values.get("description") or values.get("marker") or ""
    amount = w.money_in(values.get("amount", "")) if values.get("amount") else None
    if not (company or desc) or (amount is None and not company and not values.get("subsidy")):
        return None
    start, _ = _years(values.get("start", ""))
    s2, op = _years(values.get("operation", ""))
    if not (start or s2 or op) and not values.get("start") and not values.get("operation"):
        start, op = _years(desc)  # dates written in the entry itself (「…（投資額1,200億円）。令和9年度着工、令和11年度稼働。」)
    marker = nfkc(values.get("marker", "") + " " + values.get("description", ""))
    if core is None and re.search(r"関連", marker):
        core = False
    elif core is None and re.search(r"核", marker):
        core = True
    attrs: dict[str, Any] = {"description": desc, "start_year": start, "operation_year": op or s2, "core": core,
                             "subsidy": values.get("subsidy")}
    amount_mod = "placeholder" if re.search(r"[〇○●◯]{1,}", values.get("amount", "")) else "affirmed"
    return Statement(kind="investment", topic="project", subject=company, value=amount, unit="円" if amount else None,
                     modality=amount_mod, attrs=attrs, place=place_of(u))


def _subsidy(text: str, u: Unit, core: bool | None, company: str | None) -> Statement:
    return Statement(kind="investment", topic="subsidy", subject=company, modality=adoption(text),
                     attrs={"core": core, "text": text[:300]}, place=place_of(u, text))


def _from_records(units: list[Unit]) -> list[Statement]:
    out: list[Statement] = []
    for u in units:
        values: dict[str, str] = {}
        for label, cell in (u.record or {}).items():
            k = _field(label)
            if k and k not in values and cell.strip():
                # a bare figure under a header that gives its unit (「投資総額（億円）」 over 「1,150」)
                unit = unit_note(label) if k == "amount" and BARE_NUMBER.match(cell) else None
                values[k] = cell.strip() + (unit or "")
        core = False if u.item == RELATED_ITEM else (True if u.item == "A.3.1" else None)
        p = _project(values, u, core)
        if p is None:
            continue
        out.append(p)
        if p.attrs["subsidy"]:
            out.append(_subsidy(p.attrs["subsidy"], u, p.attrs["core"], p.subject))
    return out


def _long_format(units: list[Unit]) -> tuple[list[Statement], list[Unit]]:
    """A table that writes a project over several rows, one field per row — 「区分｜項目｜内容」: 核となる投資案件｜
    投資総額｜約1,280億円 — gives one project per group (the cells before the field's name); the other records
    are returned as they are."""
    groups: dict[tuple[str, ...], tuple[Unit, dict[str, str]]] = {}
    rest: list[Unit] = []
    for u in units:
        cells = list((u.record or {}).items())
        # the field's name is the last marker column's cell naming a field (a group cell may name one in passing)
        at = next((i for i in reversed(range(len(cells) - 1))
                   if _field(cells[i][0]) == "marker" and _field(cells[i][1]) not in (None, "marker")), None)
        if at is None:
            rest.append(u)
            continue
        first, values = groups.setdefault(tuple(v for _, v in cells[:at]), (u, {}))
        k, value = _field(cells[at][1]), cells[at + 1][1].strip()
        if k and k not in values and value:
            values[k] = value
    out: list[Statement] = []
    for group, (u, values) in groups.items():
        values = {"marker": " ".join(group), **values}
        p = _project(_with_award(values, "description"), u, None)
        out += [p] if p else []
        if p and p.attrs["subsidy"]:
            out.append(_subsidy(p.attrs["subsidy"], u, p.attrs["core"], p.subject))
    return out, rest


def _from_kvs(units: list[Unit]) -> list[Statement]:
    """Key：value lines that describe one project (案件名・投資企業名・投資総額・補助金等の状況 …)."""
    values: dict[str, str] = {}
    first: Unit | None = None
    for u in units:
        k = _field(u.key or "")
        named = w.has_form(nfkc(u.key or "")) and not re.search(r"名$", nfkc(u.key or ""))
        if k and k not in values and u.item != RELATED_ITEM and not _PLAN_TOTAL.search(nfkc(u.key or "")) and not named:
            values[k] = nfkc(u.value).strip()
            first = first or u
    out = _named_kvs(units)
    if first is not None and not values.get("company"):  # 「投資概要：株式会社X（投資企業）による…の新設」
        m = _COMPANY_IN.search(values.get("description", ""))
        values["company"] = m.group(1) if m else ""
    if first is None or not values.get("company"):
        return out
    p = _project(values, first, True if first.item in ("A.3", "A.3.1") else None)
    out += [p] if p else []
    if p and p.attrs["subsidy"]:
        out.append(_subsidy(p.attrs["subsidy"], first, p.attrs["core"], p.subject))
    return out


_COMPANY_IN = re.compile(
    rf"((?:{COMPANY_FORMS})[^\s、。「」()（）をがはの]{{2,20}}|[^\s、。「」()（）をがはの:]{{2,30}}?(?:{COMPANY_FORMS}))"
)


def _states_figures(text: str) -> bool:
    """An entry giving an amount or a date states something; one only numbering a plant (第2工場) names it."""
    return bool(find_quantities(text) or find_fiscal_years(text))


def _headed_kvs(units: list[Unit]) -> tuple[list[Statement], list[Unit]]:
    """Projects set out one per sub-heading that names the investing company (「1. 播磨重工造船株式会社 相生工場
    「…ライン新設」」) with the project's key：value lines under it (投資概要・投資時期・投資総額・補助の状況): one project
    each; a list entry naming the company over those lines is such a heading. Returns them and the lines they did not
    take."""
    groups: dict[str, list[Unit]] = {}
    entry: Unit | None = None  # a list entry that names the company over the project's fields, as a sub-heading does
    for u in units:
        if u.kind == "item" and not u.key:
            entry = u if _COMPANY_IN.search(nfkc(u.text)) and not _states_figures(u.text) else None
            continue
        head = entry.text if entry is not None and entry.section == u.section else u.section
        if u.kind != "kv" and not (u.kind == "item" and u.key):
            entry = None
        elif head and _COMPANY_IN.search(nfkc(head)) and _field(u.key or "") not in (None, "company", "marker"):
            groups.setdefault(head, []).append(u)
    out: list[Statement] = []
    taken: set[int] = set()
    for head, kvs in groups.items():
        values: dict[str, str] = {}
        for u in kvs:
            values.setdefault(_field(u.key or "") or "", nfkc(u.value).strip())
        m = _COMPANY_IN.search(nfkc(head))
        values |= {"company": m.group(1) if m else "", "description": values.get("description") or nfkc(head)}
        first = kvs[0]
        p = _project(values, first, None if first.item == RELATED_ITEM else True)
        if p is None:
            continue
        taken |= {id(u) for u in kvs}
        out.append(p)
        if p.attrs["subsidy"]:
            out.append(_subsidy(p.attrs["subsidy"], first, p.attrs["core"], p.subject))
    return out, [u for u in units if id(u) not in taken]


def _named_kvs(units: list[Unit]) -> list[Statement]:
    """「X株式会社：第二射点と組立棟の整備（…）」: a project per line whose key is the investing company."""
    out = []
    for u in units:
        key = nfkc(u.key or "").strip()
        if u.item in ("A.3", "A.3.1") and w.has_form(key) and not re.search(r"名$|^投資|概要|内容|状況", key):
            p = _project({"company": key, "description": nfkc(u.value).strip(), "amount": u.value}, u, True)
            out += [p] if p else []
    return out


def _named(text: str, companies: list[str], aliases: dict[str, str] | None = None) -> str | None:
    t = nfkc(text)
    for c in companies:
        if c and (nfkc(c) in t or bare_company_name(c) in t):
            return c
    return next((c for a, c in (aliases or {}).items() if re.search(rf"(?<![A-Za-z]){re.escape(a)}(?![A-Za-z])", t)), None)


# a short name given to a company where it is first named: 「ノーザンコンピュート株式会社（NCX、東京都港区）」,
# 「東北メモリテクノロジー株式会社（以下「TMT」という。）」
_ALIAS = re.compile(r"[(（]\s*(?:以下[、,]?\s*[「『]?)?(?P<a>[A-Za-z][A-Za-z0-9&]{1,9}|[ァ-ヶー]{2,10})[」』]?\s*(?:という。?)?\s*[、,)）]")


def _aliases(units: list[Unit], companies: list[str]) -> dict[str, str]:
    """The short names the draft gives the investing companies (an ASCII or katakana name in brackets after one)."""
    out: dict[str, str] = {}
    for u in units:
        t = nfkc(u.text)
        for c in companies:
            i = t.find(nfkc(c))
            if c and i >= 0 and (m := _ALIAS.match(t, i + len(nfkc(c)))) is not None:
                out.setdefault(m.group("a"), c)
    return out


def _totals(text: str, u: Unit) -> list[Statement]:
    """A stated total: 「…計2,890億円」「投資総額：約1,050億円（第1期420億円、第2期630億円）」."""
    t = nfkc(text)
    money = [q for q in find_quantities(t) if q.unit == "円"]
    if not money:
        return []
    key = nfkc(u.key or "")
    for q in money:  # the amount right after 計・合計・総額 is the plan's total
        if _PLAN_TOTAL.search(t[max(0, q.start - 8) : q.start]):
            return [_total(q.value, "plan", u, text)]
    if re.search(r"核", key + t[: money[0].start]) and not _PLAN_TOTAL.search(key):
        return [_total(money[0].value, "core", u, text)]
    return [_total(money[0].value, "plan", u, text)]


def _total(value: float, scope: str, u: Unit, text: str) -> Statement:
    mod = "placeholder" if re.search(r"[〇○●◯]{2,}", text) else w.modality(text)
    mod = "affirmed" if mod in ("planned", "none") else mod
    return Statement(kind="investment", topic="total", value=value, unit="円", modality=mod,
                     attrs={"scope": scope}, place=place_of(u, text))


def _prose(units: list[Unit], projects: list[Statement], aliases: dict[str, str]) -> list[Statement]:
    companies = [p.subject for p in projects if p.subject]
    core_project = next((p for p in projects if p.attrs.get("core")), None)
    core = core_project.subject if core_project else None
    cores = {p.subject for p in projects if p.attrs.get("core") and p.subject}
    core_desc = core_project.attrs.get("description") or "" if core_project else ""
    out: list[Statement] = []
    topic: str | None = None
    topic_line: tuple[int | None, str | None] | None = None
    for u in units:
        if u.kind not in ("sentence", "item", "kv"):
            continue
        key = nfkc(u.key or "")
        # 「X株式会社：…に採択済み」, or the company by its name alone (「西海重工業：…採択済」 of 西海重工業株式会社)
        named_key = u.kind == "kv" and (w.has_form(key) or _named(key, companies, aliases) is not None) and not re.search(r"名$", key)
        skip = u.kind == "kv" and _field(key) not in (None, "subsidy", "amount") and not _PLAN_TOTAL.search(key) and not named_key
        if skip and u.item != TOTAL_ITEM:
            continue
        text = u.value if u.kind == "kv" else u.text
        if u.item == TOTAL_ITEM or (u.kind == "kv" and _field(key) == "amount"):
            found = _totals(text, u)
            for t in found:  # 「令和9年度着工、令和11年度稼働。投資総額は…640億円」: the years of its paragraph
                t.attrs["start_year"], t.attrs["operation_year"] = _years(" ".join(x.text for x in units if x.line == u.line))
            out += found
            continue
        # the company a sentence names stays the topic of the sentences after it in the same entry or paragraph
        # (the rows of a layout table share the table's line: a row of another item is another entry)
        topic = topic if u.line is not None and (u.line, u.item) == topic_line else None
        topic_line = (u.line, u.item)
        # (entries a line lists with 「／」 — 「…の支援（認定済）／（株）X 工場（補助金 採択）」 — are each its own)
        for s in (part for x in sentences(text) for part in x.split("／") if part.strip()):
            topic = _named(s, companies, aliases) or topic
            if not SUBSIDY_WORDS.search(nfkc(s)):
                continue
            # (under the related projects' item, a line that names a company of its own is that company's, whatever
            # words it shares with the core's description — 「8インチSiC」; one naming none may speak of the core's)
            about = _about(s, core_desc) and not (u.item == RELATED_ITEM and w.has_form(nfkc(s)))
            who = topic or (_named(key, companies, aliases) if named_key else None) or (core if about else None)
            is_core = (who is not None and who in cores) or bool(re.search(r"核(?:となる)?(?:投資)?案件|核案件|核投資", key + s))
            # a related project's award says nothing of the core (a line under the related projects' item that names
            # a company of its own is theirs); a sentence naming no project speaks of all
            related = (u.item == RELATED_ITEM or "関連" in key) and (who is not None or w.has_form(nfkc(s)))
            # a line that opens as the related projects' (「・関連する投資案件（既採択案件）：…」) is never the core's
            mine = False if _RELATED_LEAD.match(nfkc(s)) or (related and not is_core) else (True if is_core else None)
            for clause, _ in clauses(s):  # 「…は採択済みであり、残る…も公募に申請する」: each part its own award
                if SUBSIDY_WORDS.search(nfkc(clause)):
                    out.append(_subsidy(clause, u, mine, who))
    return out


def _about(sentence: str, description: str) -> bool:
    """A sentence speaks of a project when it repeats 4 or more characters of the project's description
    (「組立工場の第1期は…」 of 「クレーン組立工場と試験ヤードの新設」)."""
    d, t = nfkc(description)[:60], nfkc(sentence)[:300]
    return len(d) >= 4 and any(d[i : i + 4] in t for i in range(len(d) - 3) if not re.search(r"[のとをにはが、]", d[i : i + 4]))


_BUILDS = re.compile(r"(?:が|は)[^。]{0,80}?(?:新設|建設|増設|新築|整備|設置|導入|立地)(?:する|し|を|予定)")
_AMOUNT_KEY = re.compile(r"(?:投資総額|総投資額|投資額|総事業費|事業費)(?:は|が|:)?[^。0-9]{0,12}$")



def _from_prose(units: list[Unit], known: set[str]) -> list[Statement]:
    """A project written in sentences: 「X株式会社（…）が、…を建設する。投資総額は3,200億円で…」, or a list
    entry of 投資概要 「X株式会社：ガラスコア基板の量産工場（投資額1,200億円）。令和9年度着工…」."""
    out: list[Statement] = []
    for text, u in entries(units):
        if u.kind not in ("sentence", "item") or u.item not in ("A.3", "A.3.1"):
            continue
        t = nfkc(text)
        m = _BUILDS.search(t)
        head, rest = w.split_head(t[: m.start()] if m else t)
        listed = u.kind == "item" and u.item == "A.3.1" and not m
        money = next((q for q in find_quantities(t) if q.unit == "円" and _AMOUNT_KEY.search(t[: q.start])), None)
        if (m or listed) and w.has_form(head) and w.plausible_name(head) and head not in known:
            desc = t[m.start() + 1 :] if m else re.sub(r"^\([^)]*\)\s*", "", rest)
            start, op = _years(t)
            out.append(Statement(kind="investment", topic="project", subject=head, value=money.value if money else None,
                                 unit="円" if money else None, place=place_of(u),
                                 attrs={"description": sentences(desc)[0].strip("、 。")[:120] if desc else head,
                                        "core": True if listed else None, "start_year": start, "operation_year": op}))
        elif out and out[-1].value is None and money is not None:
            out[-1].value, out[-1].unit = money.value, "円"
            out[-1].attrs["start_year"], out[-1].attrs["operation_year"] = _years(t)
    return out


# items of the core project a draft often writes inside its 投資概要 entries rather than under headings of
# their own (「…（投資額1,200億円）。令和9年度着工、令和11年度稼働。」): present when a project statement carries them
CONTENT_ITEMS: tuple[tuple[str, Callable[[Statement], bool]], ...] = (
    ("A.3.3", lambda p: p.topic == "project" and bool(p.attrs.get("start_year") or p.attrs.get("operation_year"))),
    ("A.3.4", lambda p: p.topic == "project" and p.value is not None),
    ("A.3.5", lambda p: p.topic == "subsidy"),
)


def _place_by_content(ctx: ReadContext, projects: list[Statement], units: list) -> None:
    targets = {t.id for t in ctx.outline.targets}
    for item, carries in CONTENT_ITEMS:
        lines = {p.place.line for p in projects if carries(p)}
        found = [u for u in units if u.line in lines]
        if item in targets and found:
            ctx.content_places.setdefault(item, found)


def extract_investments(ctx: ReadContext) -> list[Statement]:
    units = [u for u in ctx.in_items(*INVESTMENT_ITEMS) if u.kind != "heading"]
    projects, records = _long_format([u for u in units if u.kind == "record"])
    projects += _from_records(records)
    # (the rows of a plan laid out as one table — 「投資概要 | X（株）第2工場の新設」 — are key：value lines too)
    headed, kvs = _headed_kvs([u for u in units if u.kind in ("kv", "item", "sentence")])
    kvs = [u for u in kvs if u.kind == "kv" or (u.kind == "item" and u.key)]
    projects += headed + _from_kvs(kvs)
    projects += _from_prose(units, {p.subject for p in projects if p.subject})
    projects.sort(key=lambda p: (p.place.line or 0) if p.topic == "project" else 10**9)
    main = [p for p in projects if p.topic == "project"]
    if main and not any(p.attrs.get("core") for p in main):
        first = next((p for p in main if p.attrs.get("core") is not False), None)
        if first is not None:
            first.attrs["core"] = True
    dates = [u for u in units if u.item == "A.3.3" and u.kind in ("sentence", "item", "kv")]
    core = next((p for p in main if p.attrs.get("core")), None)
    if core is not None and dates and core.attrs.get("start_year") is None:
        start, op = _years(" ".join(u.text for u in dates))
        core.attrs["start_year"], core.attrs["operation_year"] = start, core.attrs.get("operation_year") or op
    consumed = {id(u) for u in units if u.kind == "record"}
    rest = [u for u in units if id(u) not in consumed and not (u.kind == "kv" and _field(u.key or "") in
            ("company", "description", "funding", "start", "operation", "marker") and not w.has_form(nfkc(u.key or "")))]
    aliases = _aliases(units, [p.subject for p in main if p.subject])
    out = projects + _prose(rest + _unplaced_of_core(ctx, main, aliases), main, aliases)
    _place_by_content(ctx, out, units)
    return out


def _unplaced_of_core(ctx: ReadContext, main: list[Statement], aliases: dict[str, str]) -> list[Unit]:
    """A chapter no 記載項目 places that speaks of the core project by its company (a form's 「問8　投資実現の確度」:
    「補助金等の採択：申請予定」 and 「A社は…次回公募に申請する方針」): what it says of the project's award is read too."""
    cores = [p.subject for p in main if p.attrs.get("core") and p.subject]
    if not cores:
        return []
    by_section: dict[str, list[Unit]] = {}
    for u in ctx.units:
        if u.item is None and u.section and u.kind in ("sentence", "item", "kv") and not _HISTORY.search(nfkc(u.section)):
            by_section.setdefault(u.section, []).append(u)
    return [u for us in by_section.values() if any(_named(u.text, cores, aliases) for u in us) for u in us
            if not _BUILT.search(nfkc(u.text))]


# what a draft tells of the company's past, not of this project: a chapter of its history (「これまでの経緯」「沿革」
# 「導入実績」), a build already done (「…に採択され、第1製造棟を整備した。」)
_HISTORY = re.compile(r"経緯|沿革|これまで|実績|歩み|経過")
_BUILT = re.compile(r"(?:整備|建設|新設|増設|導入|竣工|完成|開設|設置|取得)(?:した|しました|済み|済)(?:[。、]|$)")
