"""KGIs and KPIs from tables, lists and prose, with their years, cumulative values and withdrawal criteria."""

from __future__ import annotations

import re

from chiiki_mirai.core.plan import KGI, KPI, Evidence
from chiiki_mirai.core.text.cues import CYCLE, SEMIANNUAL
from chiiki_mirai.core.text.normalize import nfkc, sentences
from chiiki_mirai.core.text.numbers import UNITS, Quantity, find_fiscal_years, find_quantities
from chiiki_mirai.readers.extract_context import Ctx, ev, units_text
from chiiki_mirai.readers.headings import split_numbering
from chiiki_mirai.readers.sections import Unit

# a KPI's own label: "KPI", "KPI1", "KPI①", "KPI(1)", "KPI-1" (_NUMBERED: with its number)
_KPI_LABEL = r"KPI\s*[-－‐]?\s*[(（]?[0-9①-⑳]*[)）]?"
_KPI_NUMBERED = r"KPI\s*[-－‐]?\s*[(（]?[0-9①-⑳]+[)）]?"


def _strip_kpi_label(s: str) -> str:
    """The text after a leading KPI label and its colon ("KPI-2：商談件数" → "商談件数")."""
    return re.sub(rf"^{_KPI_LABEL}\s*[:：]?\s*", "", s)


# --- KGI ----------------------------------------------------------------------------------

KGI_KINDS: list[tuple[str, str]] = [
    ("productivity", r"一人当たり|1人当たり|労働生産性"),
    ("investment", r"設備投資|投資額"),
    # "付加価値を3億円増やす": the prose form of 付加価値増加額
    ("value_added", r"付加価値(?:増加|額)|付加価値を[^。]{0,20}(?:増や|増加|引き上げ|引上げ|伸ば|高め)"),
    ("talent", r"人材育成|育成数|人材の育成|育成人数"),
    ("employment", r"雇用|就業者|就業人数|従業者数"),
]
_CUMULATIVE = re.compile(r"(累積|累計|通算|合計|総計)")
_ANNUAL = re.compile(r"(?<![0-9一二三四五六七八九十])年間|毎年|単年度|年あたり|/年|各年度")
_BASELINE = re.compile(r"^\s*[)）]?\s*(?:比|実績|時点|現在|から)")


def kgi_kind(name: str) -> str:
    n = nfkc(name)
    for kind, rx in KGI_KINDS:
        if re.search(rx, n):
            return kind
    return "custom"


def target_year(text: str) -> int | None:
    s = nfkc(text)
    for y in find_fiscal_years(s):
        after = s[y.end : y.end + 4]
        if _BASELINE.match(after) or y.span_start:
            continue  # a baseline ("2024年度比"), or the first year of a period ("令和8～12年度")
        return y.fy
    return None


def _split_name(text: str) -> str:
    """The name part of a KGI/KPI line: what comes before the first figure or year."""

    # Markdown emphasis left in the text ("**必須KGI**：…") is no part of the name
    s = split_numbering(re.sub(r"\*\*|__", "", nfkc(text)).strip()).rest
    # "必須KGI①", "必須KGI（代替指標）：", "KPI1 "
    s = re.sub(
        r"^(?:必須|独自|任意|その他)?\s*KGI\s*[0-9①-⑳]*\s*(?:[(（](?:代替|必須|独自|任意)[^)）]{0,8}[)）])?\s*[:：]?\s*",
        "",
        s,
    )
    s = _strip_kpi_label(s)
    cut = len(s)
    for rx in (
        r"[0-9〇一二三四五六七八九十百千](?:[0-9,〇一二三四五六七八九十百千]*[0-9〇一二三四五六七八九十百千])?"
        r"(?:\.[0-9]+)?\s*(?:億|万|千|円|人|名|社|件|回|%|割|ha|MW|トン|"
        r"km|m(?![a-z])|点|基|戸|台|隻|機|頭|校|講座)(?!当たり|あたり|当り)",
        r"(?:年|月|累計|累積)\s*(?=[0-9])",
        r"(?:19|20|21)[0-9]{2}\s*年",
        # "年間" only before its figure: "年間契約件数" is a name
        r"令和|平成|目標年度|年間(?=\s*(?:約|で|に)?\s*[0-9〇一二三四五六七八九十])|毎年|累計|累積|[:：]",
        r"(?<![A-Za-z])R\s*[0-9]{1,2}\s*(?:年|[~〜～]|$)",
        r"[0-9]+\s*年間",
    ):
        # a name is never empty: a match at the very start ("八戸港…": 八 + 戸 is no quantity) is skipped
        m = next((m for m in re.finditer(rx, s) if m.start() > 0), None)
        if m:
            cut = min(cut, m.start())
    name = s[:cut].strip(" 　、,：:（(を").strip()
    name = re.sub(r"[をがはにで]$", "", name).strip()
    return name or s[:40].strip()


def parse_kgi_line(text: str) -> KGI | None:
    s = nfkc(text)
    qs = find_quantities(s)
    if not qs:
        return None
    name = _split_name(s)
    kind = kgi_kind(name)
    if kind == "custom":
        # prose ("2030年度までに付加価値を3億円増やす"): the name is not in front of the figures
        kind = kgi_kind(s)
    # a line that names only the cumulative value ("累計：2026〜2035年度で300億円", "投資額（累積）")
    cum_line = bool(_CUMULATIVE.search(s)) and len([q for q in qs if q.unit == qs[0].unit]) == 1
    cum = None
    val_q: Quantity | None = None
    for q in qs:
        before = s[max(0, q.start - 8) : q.start]
        if _CUMULATIVE.search(before) or (cum_line and q is qs[0]):
            cum = cum if cum is not None else q
        elif val_q is None:
            val_q = q
    k = KGI(
        kind=kind,  # type: ignore[arg-type]
        name=name,
        value=val_q.value if val_q else None,
        unit=(val_q or cum).unit if (val_q or cum) else None,
        raw=", ".join(q.raw for q in qs),
        year=target_year(s),
        annual=True if val_q and _ANNUAL.search(s[: val_q.start]) else None,
        cumulative_value=cum.value if cum else None,
        mandatory=True if "必須" in s else (False if re.search(r"独自|任意", s) else None),
    )
    return k


def read_kgis(ctx: Ctx) -> list[KGI]:
    out: list[KGI] = []
    # a unit once: one cell's lines share the cell's line number but are units of their own
    seen: set[tuple[int, str]] = set()
    units = ctx.units("kgi", cue_fallback=False)
    anywhere = [
        u
        for u in ctx.sec.units
        if u not in units
        and u.kind != "meta"
        and (
            re.search(r"KGI", nfkc(u.text))
            or _in_kgi_table(ctx, u)
            or _under_kgi_parent(ctx, u)
            or _after_kgi_lead(ctx, u)
        )
    ]
    # 設定の根拠 / 効果検証 written under the KGI 記載項目 explain the KGIs; their figures are not KGIs
    aside = _aside_ids(ctx)
    # a KGI named on a line of its own ("ア　官民設備投資額") with its figures on the lines under it
    # ("（ア）令和17年度単年度：40億円", "（イ）…の累計：280億円")
    named: tuple[str, str, str | None, str | None] | None = None
    for u in sorted(units + anywhere, key=lambda x: x.line):
        if (u.line, u.text) in seen:
            continue
        # a table or list under a KPI sub-heading (or after "KPIは次のとおり") in a "KGI及びKPI" section
        if indicator_mode(ctx, u) == "kpi":
            continue
        if u.section_id in aside and "KGI" not in nfkc(u.text):
            continue
        found: list[tuple[KGI, str | None]] = []
        if u.kind == "row" and u.table is not None:
            k = _kgi_from_row(ctx, u)
            found = [(k, None)] if k else []
        elif u.kind == "item" or (
            u.kind == "para" and u not in units and ("KGI" in nfkc(u.text) or _after_kgi_lead(ctx, u))
        ):
            k = parse_kgi_line(u.text)
            found = [(k, None)] if k else []
        elif u.kind == "para" and u in units:
            # KGIs written as prose: one sentence per KGI, each naming its kind or "KGI"
            snts = sentences(u.text)
            # a paragraph labelled as the basis or the check ("設定の根拠：…") explains every KGI it names
            if snts and _ASIDE_LABEL.match(nfkc(snts[0])):
                snts = []
            for snt in snts:
                if _ASIDE_SENTENCE.match(nfkc(snt)) or _CALCULATION.search(nfkc(snt)):
                    continue
                k = parse_kgi_line(snt)
                if k and _prose_kgi_plausible(k, snt):
                    found.append((k, snt))
        if not found:
            label = _kgi_name_only(u)
            if label is not None:
                named = (label[0], label[1], u.section_id, u.heading)
            continue
        seen.add((u.line, u.text))
        for k, snt in found:
            k.evidence = ev(u, snt)
            if named is not None and (named[2], named[3]) == (u.section_id, u.heading) and k.kind == "custom":
                if _period_only(k.name):
                    k.kind, k.name = named[0], named[1]  # type: ignore[assignment]
            elif k.kind != "custom":
                named = None
            if k.year is None:
                # the year of the table's value column, the sub-heading ("KGI（2040年目標）") or the lead-in
                # sentence ("数値目標（2040年）は次のとおり") holds for every KGI written under it
                k.year = _inherited_year(ctx, u)
            prev = _cumulative_owner(out, k)
            if prev is not None:
                # "累計" on its own line/row/sentence completes the KGI it follows
                prev.cumulative_value = k.cumulative_value
                prev.raw = f"{prev.raw}, {k.raw}" if prev.raw else k.raw
                continue
            out.append(k)
    # 設定の根拠 and 効果検証 belong to the KGIs: sentences naming a KGI go to it, the rest to all
    basis_units = ctx.units("basis")
    verif_units = ctx.units("verification")
    basis_text = units_text(basis_units)
    verif_text = units_text(verif_units)
    for k in out:
        if basis_text and not k.basis:
            kw = dict(KGI_KINDS).get(k.kind)
            own = [
                s
                for s in sentences(basis_text)
                if (kw and re.search(kw, nfkc(s))) or (k.name and k.name in s)
            ]
            k.basis = " ".join(own) if own else basis_text
        if verif_text:
            k.verification = verif_text
    return out


_PERIOD_WORDS = re.compile(
    r"令和|平成|R|FY|[0-9元]+|年度|年|単年度|単年|累計|累積|合計|通算|目標値?|時点|まで|から|の|[()（）～〜~\-・、/\s]"
)


def _period_only(name: str) -> bool:
    """A name that is only a year or a period ("令和17年度（2035年度）単年度", "令和9～17年度の累計")."""
    return not _PERIOD_WORDS.sub("", nfkc(name or ""))


def _kgi_name_only(u: Unit) -> tuple[str, str] | None:
    """(kind, name) of a list item or line that names a KGI and gives no figure ("ア　官民設備投資額")."""

    if u.kind not in ("item", "para"):
        return None
    s = split_numbering(re.sub(r"\*\*|__", "", nfkc(u.text)).strip()).rest.strip(" ：:")
    if not s or len(s) > 30 or "。" in s or find_quantities(s) or find_fiscal_years(s):
        return None
    kind = kgi_kind(s)
    return (kind, s) if kind != "custom" else None


def _after_kgi_lead(ctx: Ctx, u: Unit) -> bool:
    """A line "官民設備投資額：令和17年度に22億円" written as a paragraph of its own under a lead-in line that
    names the KGIs ("KGI（目標年度：令和17年度）"), with only such lines between them."""
    if u.kind != "para" or "\n" in (u.text or "").strip():
        return False
    s = nfkc(u.text).strip()
    m = re.match(r"^([^。:：]{2,40})[:：]", s)
    if not m or kgi_kind(m.group(1)) == "custom" or not find_quantities(s):
        return False
    units = ctx.sec.units
    try:
        i = units.index(u)
    except ValueError:
        return False
    for v in reversed(units[:i]):
        if v.heading != u.heading or v.section_id != u.section_id or v.kind != "para":
            return False
        t = nfkc(v.text).strip()
        lab = re.match(r"^([^。:：]{2,40})[:：]", t)
        if lab and (kgi_kind(lab.group(1)) != "custom" or "KGI" in lab.group(1)) and find_quantities(t):
            continue  # another KGI line of the same list
        # the lead-in: short, names the KGIs, no sentence of its own
        return _names_one(t) == "kgi" and len(t) <= 60 and not re.search(r"。.", t)
    return False


def _aside_ids(ctx: Ctx) -> set[str]:
    """The 記載項目 that explain the KGIs (設定の根拠, 効果検証): their figures are inputs, not KGIs. A
    target counts as one when its own heading names the basis or the check, even if one of its wordings
    also names KGI ("KGIの設定根拠"); a target headed as the KGIs themselves does not."""
    ids = ctx.concept_ids.get("basis", set()) | ctx.concept_ids.get("verification", set())
    kgi = ctx.concept_ids.get("kgi", set())
    out: set[str] = set()
    for i in ids:
        t = ctx.by_id.get(i)
        head = nfkc(t.heading) if t is not None else ""
        if i not in kgi or (re.search(r"根拠|効果検証", head) and not re.search(_KGI_WORDS, head)):
            out.add(i)
    return out


# "効果検証の方法：…年2回のヒアリング", "設定の根拠は…": sentences about the KGIs, not KGIs
_ASIDE_LABEL = re.compile(
    r"^\s*(?:[(（]?[0-9①-⑳]+[)）.]?\s*)?(?:効果検証|検証の方法|検証方法|設定の根拠|目標設定の根拠|算定根拠|根拠|算定方法)"
    r"(?:の方法)?\s*[:：]"
)
# how a figure was worked out ("付加価値率（34％）に売上増加見込み250億円を乗じた", "…40人の合計"): inputs
_CALCULATION = re.compile(
    r"(?:乗じ|掛け|積み?上げ|合計し|足し合わせ)(?:た|て算出した|て算定した|による)?。?\s*$|の合計。?\s*$"
)
_ASIDE_SENTENCE = re.compile(
    r"^[^。]{0,12}(?:効果検証|検証の方法|検証方法|設定の根拠|根拠|算定方法|算定の考え方)"
)
# the units a KGI of each kind is counted in
_KIND_UNITS = {
    "investment": {"円"},
    "value_added": {"円", "%"},
    "productivity": {"円", "%"},
    "talent": {"人"},
    "employment": {"人"},
}


def _prose_kgi_plausible(k: KGI, snt: str) -> bool:
    s = nfkc(snt)
    if k.kind == "custom":
        return "KGI" in s or bool(_CUMULATIVE.search(s))
    units = _KIND_UNITS.get(k.kind)
    return units is None or k.unit in units or "KGI" in s


_KGI_WORDS = r"KGI|目指すべき目標|数値目標"
_KPI_WORDS = r"KPI|撤退基準|見直し基準"


def _names_one(text: str) -> str | None:
    """'kgi' or 'kpi' when the text names one of them and not the other."""
    s = nfkc(text or "")
    g, p = bool(re.search(_KGI_WORDS, s)), bool(re.search(_KPI_WORDS, s))
    return "kgi" if g and not p else ("kpi" if p and not g else None)


def indicator_mode(ctx: Ctx, u: Unit) -> str | None:
    """Whether a unit is written as a KGI or a KPI, where its own words do not say: the header of its
    table, the sub-heading it is written under ("### KGI（2040年目標）" inside "KGI及びKPI"), or the lead-in
    sentence just before its list or table ("KPIは次のとおりとする。")."""
    if u.kind == "row":
        h = _names_one(_header(ctx, u))
        if h:
            return h
    h = _names_one(u.heading or "")
    if h:
        return h
    if u.kind in ("item", "row"):
        lead = _lead_in(ctx, u)
        if lead is not None:
            return _names_one(lead.text)
    return None


def _lead_in(ctx: Ctx, u: Unit) -> Unit | None:
    """The paragraph that introduces the list or table `u` belongs to (same heading, just before it)."""
    units = ctx.sec.units
    try:
        i = units.index(u)
    except ValueError:
        return None
    for v in reversed(units[:i]):
        if v.heading != u.heading or v.section_id != u.section_id:
            return None
        if v.kind == "para":
            return v if _names_one(v.text) else None
        if v.kind == "row" and u.kind == "item":
            return None
    return None


def _year_named(text: str) -> int | None:
    """The target year in a heading or lead-in that names one ("KGI（2040年目標）", "目標（2040年度）")."""
    s = nfkc(text or "")
    if not re.search(r"KGI|目標|目指", s) or re.search(r"現状|実績|基準値|基準年", s):
        return None
    return target_year(s)


def _inherited_year(ctx: Ctx, u: Unit) -> int | None:
    if u.kind == "row" and u.table is not None:
        t = ctx.sec.tables[u.table]
        header, _n = _kgi_header(t.rows)
        cols = _kgi_cols(header)
        if "value" in cols:
            y = target_year(header[cols["value"]]) or _header_year(header[cols["value"]])
            if y:
                return y
        if t.heading:
            y = _year_named(t.heading)
            if y:
                return y
    y = _year_named(u.heading or "")
    if y:
        return y
    if u.kind in ("item", "row"):
        lead = _lead_in(ctx, u) or _prev_para(ctx, u)
        if lead is not None:
            return _year_named(lead.text)
    return None


def _prev_para(ctx: Ctx, u: Unit) -> Unit | None:
    units = ctx.sec.units
    try:
        i = units.index(u)
    except ValueError:
        return None
    for v in reversed(units[:i]):
        if v.heading != u.heading or v.section_id != u.section_id:
            return None
        if v.kind == "para":
            # only a lead-in: "数値目標（2040年）は次のとおりとする。", "KGI（2040年度）："
            return v if re.search(r"次のとおり|以下のとおり|下表|次表|[:：]\s*$", nfkc(v.text)) else None
    return None


def _header(ctx: Ctx, u: Unit) -> str:
    if u.kind != "row" or u.table is None:
        return ""
    header, _n = _kgi_header(ctx.sec.tables[u.table].rows)
    return nfkc(" ".join(header))


def _in_kgi_table(ctx: Ctx, u: Unit) -> bool:
    """A row of a table whose header names KGI, wherever the table stands."""
    h = _header(ctx, u)
    return bool(h) and "KGI" in h and not re.search(r"KPI|撤退", h)


def _under_kgi_parent(ctx: Ctx, u: Unit) -> bool:
    """A list item or table row written directly under a 記載項目 whose KGI sub-item has no heading of its
    own ("計画のKGI及びKPI" with the KGI table right under it): it is a KGI when it names a KGI's kind."""
    if u.kind not in ("item", "row") or u.section_id is None:
        return False
    parents = {ctx.by_id[i].parent for i in ctx.concept_ids.get("kgi", set()) if i in ctx.by_id}
    if u.section_id not in parents or re.search(r"KPI|撤退", _header(ctx, u)):
        return False
    return kgi_kind(u.text) != "custom"


def _cumulative_owner(out: list[KGI], k: KGI) -> KGI | None:
    """The KGI a cumulative-only entry belongs to: the same kind (or, unnamed, the one just before)."""
    if k.value is not None or k.cumulative_value is None or not out:
        return None
    if k.kind == "custom":
        prev = out[-1]
        return prev if prev.cumulative_value is None and prev.unit == k.unit else None
    for prev in reversed(out):
        if prev.kind == k.kind and prev.cumulative_value is None:
            return prev
    return None


def table_columns(header: list[str], spec: list[tuple[str, str]]) -> dict[str, int]:
    cols: dict[str, int] = {}
    for i, h in enumerate(header):
        hn = nfkc(h)
        for fld, rx in spec:
            if fld not in cols and re.search(rx, hn):
                cols[fld] = i
                break
    return cols


_KGI_COLS = [
    ("cumulative", r"累積|累計|通算"),
    ("basis", r"根拠|算定|備考|出典"),
    # the value as it is now: "現状（2025年度）", "基準値", "実績"
    ("baseline", r"現状|現在|基準|実績|策定時(?!点から)"),
    # "目標年度", "目標値 目標年度" (a merged header): a header that ends with the year's name is the year
    ("year", r"(?:(?<!単)年度|期限|時期|目標年|年次)\s*$"),
    # "目標値", "目標（2040年度）", "目標年度（2035年度）の目標値", "2030年度の目標" — but not "目標年度"
    ("value", r"目標値|数値|の値|値$|目標(?!年|時期|期限)|単年度"),
    ("year", r"年度|期限|時期|目標年"),
    ("name", r"KGI|指標|項目|名称"),
    ("category", r"区分|種別|分類"),
]
_BARE_YEAR = re.compile(r"^\s*(?:(?:19|20|21)[0-9]{2}\s*年度?|(?:令和|平成)\s*[0-9元]{1,2}\s*年度?)\s*$")
# a header cell that is a year and nothing else, as year-by-year tables write them: "2026", "FY2030",
# "2030年度", "令和12年度", "R12", "2035（目標）"
_HEADER_YEAR = re.compile(
    r"^\s*(?:FY\s*)?(?P<y>(?:19|20|21)[0-9]{2})\s*(?:年度?)?\s*(?:[(（](?:目標|目標年度?|最終年度?)[)）])?\s*$"
)
_HEADER_ERA = re.compile(
    r"^\s*(?:令和|平成|R|H)\s*[0-9元]{1,2}\s*(?:年度?)?\s*(?:[(（](?:目標|目標年度?|最終年度?)[)）])?\s*$"
)


def _header_year(cell: str) -> int | None:
    """The year a header cell names when it is only a year ("2035", "FY2035", "令和17年度")."""
    h = nfkc(cell or "")
    m = _HEADER_YEAR.match(h)
    if m:
        return int(m.group("y"))
    if _HEADER_ERA.match(h):
        return target_year(h if re.search(r"年", h) else f"{h.strip()}年度")
    return None


def _year_columns(header: list[str]) -> list[tuple[int, int]]:
    """(year, column) of the header cells that are bare years: the columns of a year-by-year table."""
    return [(y, i) for i, h in enumerate(header) if i > 0 and (y := _header_year(h))]


def _kgi_header(rows: list[list[str]]) -> tuple[list[str], int]:
    """The header cells of a table and how many rows they take: a second header row under merged cells
    (["指標", "2040年度の目標", "", "設定根拠"] over ["指標", "単年度の値", "累計", "設定根拠"]) is joined."""
    if not rows:
        return [], 0
    header = [nfkc(c).strip() for c in rows[0]]
    if len(rows) > 2:
        second = [nfkc(c).strip() for c in rows[1]]
        repeats = any(a and a == b for a, b in zip(header, second, strict=False))
        if (
            (repeats or any(not c for c in header))
            and not any(find_quantities(c) for c in second)
            # a first data row under a header with an empty corner cell: "官民設備投資額 | 60 | 180 | …"
            and not (second[0] and kgi_kind(second[0]) != "custom")
            and any(c and c not in header for c in second)
        ):
            joined = [
                a if a == b or not b else (b if not a else f"{a} {b}")
                for a, b in zip(header + [""] * (len(second) - len(header)), second, strict=False)
            ]
            # a merged cell spans to the right: "2040年度の目標" heads both of the columns under it
            for i in range(1, len(joined)):
                if i < len(header) and not header[i] and header[i - 1] and second[i]:
                    joined[i] = f"{header[i - 1]} {second[i]}"
            return joined, 2
    return header, 1


def _kgi_cols(header: list[str], stated_year: int | None = None) -> dict[str, int]:
    cols = table_columns(header, _KGI_COLS)
    if "value" not in cols:
        # "| 指標 | 2025年度 | 2040年度 |" or "| KGI | 2026 | … | 2035 | 累計 |": the column of the stated target
        # year, else the latest year, holds the target; the other years are baselines or milestones
        years = _year_columns(header)
        if years:
            named = [i for y, i in years if y == stated_year]
            cols["value"] = named[0] if named else max(years)[1]
            if cols.get("year") in {i for _y, i in years}:
                del cols["year"]
    return cols


# a unit written once for the row or column: "官民設備投資額（億円）", "目標値（単位：人）"
_UNIT_NOTE = re.compile(r"[(（]\s*(?:単位\s*[:：]?\s*)?([^()（）]{1,6}?)\s*[)）]")


_PER_YEAR = re.compile(r"\s*[/／]\s*(?:年度?)\s*$")


def _unit_note(*cells: str) -> str | None:
    """The unit a header or name cell states: "（億円）", "（単位：人）", "（人／年）" (a unit per year)."""
    for c in cells:
        for m in _UNIT_NOTE.finditer(nfkc(c or "")):
            u = _PER_YEAR.sub("", m.group(1).strip())
            if u in UNITS:
                return u
    return None


def _per_year_note(*cells: str) -> bool:
    return any(_PER_YEAR.search(m.group(1)) for c in cells for m in _UNIT_NOTE.finditer(nfkc(c or "")))


def _with_unit(cell: str, unit: str | None) -> str:
    """A bare figure ("90", "2,900") with the unit the row or column states; anything else as written."""
    c = nfkc(cell or "").strip()
    if unit and re.fullmatch(r"[0-9][0-9,]*(?:\.[0-9]+)?", c):
        return f"{c}{unit}"
    return cell


def _stated_year(ctx: Ctx, u: Unit) -> int | None:
    """The target year the table's caption, sub-heading or lead-in sentence states ("目標年度は2035年度")."""
    t = ctx.sec.tables[u.table] if u.table is not None else None
    for text in (t.heading if t else None, u.heading):
        y = _year_named(text or "")
        if y:
            return y
    lead = _lead_in(ctx, u) or _prev_para(ctx, u)
    return _year_named(lead.text) if lead is not None else None


def _kgi_from_row(ctx: Ctx, u: Unit) -> KGI | None:
    t = ctx.sec.tables[u.table]  # type: ignore[index]
    idx = t.row_lines.index(u.line)
    header, n_header = _kgi_header(t.rows)
    if idx < n_header or not t.rows:
        return None
    cols = _kgi_cols(header, _stated_year(ctx, u) if _year_columns(header) else None)
    row = t.rows[idx]
    if "value" not in cols:
        return parse_kgi_line(" ".join(row))

    def cell(f: str) -> str:
        i = cols.get(f)
        return row[i] if i is not None and i < len(row) else ""

    name = cell("name") or row[0]
    unit_col = next((i for i, h in enumerate(header) if re.fullmatch(r"\s*単位\s*", h)), None)
    unit = _unit_note(name) or (
        nfkc(row[unit_col]).strip() if unit_col is not None and unit_col < len(row) else None
    )
    if unit not in UNITS and not _UNIT_NOTE.search(
        re.sub(r"^\s*[(（](?:独自|必須|任意|代替)[^)）]*[)）]", "", nfkc(name))
    ):
        unit = _unit_note(header[cols["value"]], t.heading or "", header[0])
    by_year = cols["value"] in {i for _y, i in _year_columns(header)}
    bare = _UNIT_NOTE.sub(
        lambda m: "" if _PER_YEAR.sub("", m.group(1).strip()) in UNITS else m.group(0), nfkc(name)
    ).strip()
    own_note = [
        m.group(1).strip()
        for m in _UNIT_NOTE.finditer(nfkc(name))
        if not re.search(r"独自|必須|任意|代替", m.group(1))
    ]
    if own_note and unit not in UNITS:
        unit = None  # the row states its own unit ("（機）"): the column's unit is not this row's
    k = parse_kgi_line(f"{bare} {_with_unit(cell('value'), unit)} {cell('year')}")
    if k is None:
        return None
    k.name = bare
    k.kind = kgi_kind(k.name)  # type: ignore[assignment]
    if k.year is None:
        k.year = target_year(header[cols["value"]]) or _header_year(header[cols["value"]])
    if (by_year or _per_year_note(name, header[cols["value"]])) and k.annual is None:
        k.annual = True  # one year's column of a year-by-year table, or a unit per year ("人／年")
    cq = find_quantities(_with_unit(cell("cumulative"), unit))
    others = " ".join(
        c for i, c in enumerate(row) if i not in (cols.get("name", 0), cols["value"], cols.get("basis"))
    )
    if not cq and k.value is not None and _CUMULATIVE.search(nfkc(others)):
        # "官民設備投資額 | 3,400億円 | 2027～2040年度の累計": the row gives the cumulative value only
        k.cumulative_value, k.value, k.annual = k.value, None, None
    if cq:
        k.cumulative_value = cq[0].value
        k.raw = f"{k.raw}, {cq[0].raw}" if k.raw else cq[0].raw
    if cell("basis"):
        k.basis = cell("basis")
    if re.search(r"必須", " ".join(row)):
        k.mandatory = True
    elif re.search(r"独自|任意", " ".join(row)):
        k.mandatory = False
    return k


# --- KPI ----------------------------------------------------------------------------------

_KPI_COLS = [
    ("withdrawal", r"撤退|見直し基準|未達|見直し"),
    ("owner", r"担当|部署|所管|実施主体|責任"),
    ("monitoring", r"頻度|モニタリング|確認時期|点検|確認方法"),
    # the value as it is now ("現状（2025年度）", "現状値", "基準値") is neither the target nor the deadline
    ("baseline", r"現状|現在|基準値|基準年|実績"),
    ("deadline", r"期限|時期|期日|年度|いつまで"),
    ("target", r"目標|数値|水準"),
    ("name", r"KPI|指標|項目|取組"),
]
_CHECK_VERB = r"確認|確かめ|検証|点検|評価|フォロー|モニタ|見直|報告|把握|進捗|管理|検討|チェック|振り返"


def _common_title(cells: list[str]) -> str:
    """The text every header cell starts with: a merged title row read into each cell below it
    ("KPI一覧（半年ごとに確認） KPI", "KPI一覧（半年ごとに確認） 目標値", …)."""
    cs = [c for c in cells if c.strip()]
    if len(cs) < 2:
        return ""
    pre = cs[0]
    for c in cs[1:]:
        while not c.startswith(pre):
            pre = pre[:-1]
    # the title ends at a space or a closing bracket, and every cell has its own header after it
    m = re.match(r"^(.*[\s)）】:：])", pre)
    title = m.group(1) if m else ""
    if len(title.strip()) < 3 or any(not c[len(title) :].strip() for c in cs):
        return ""
    return title


def kpi_header(rows: list[list[str]]) -> tuple[list[str], int, str]:
    """The header cells of a KPI table, how many rows they take and the table's title: a title row merged
    across the table ("KPI一覧（進捗は半年ごとに確認する）") sits above the real header."""
    header = [nfkc(h).strip() for h in rows[0]]
    distinct = {h for h in header if h}
    if len(rows) >= 3 and len(header) >= 2 and len(distinct) == 1:
        second = [nfkc(h).strip() for h in rows[1]]
        if len(table_columns(second, _KPI_COLS)) >= 2 and not any(find_quantities(c) for c in second):
            return second, 2, next(iter(distinct))
    title = _common_title(header)
    if title:
        return [h[len(title) :].strip() for h in header], 1, title.strip()
    return header, 1, ""


def read_kpis(ctx: Ctx) -> tuple[list[KPI], tuple[str, Unit] | None]:
    kpis: list[KPI] = []
    units = ctx.units("kpi")
    titles: list[tuple[str, Unit]] = []  # the titles of the KPI tables, where a table states its cycle
    for ti, t in enumerate(ctx.sec.tables):
        if not t.rows or len(t.rows) < 2:
            continue
        header, n_header, title = kpi_header(t.rows)
        in_section = any(u.table == ti for u in units)
        # outside the KPI section only a table that says "KPI" is one: "指標" alone also heads
        # impact and KGI tables elsewhere
        if not (
            any(re.search(r"KPI", h) for h in header + [title])
            or (in_section and (len(header) >= 2 or any(re.search(r"指標", h) for h in header)))
        ):
            continue
        if any(re.search(r"KGI", h) for h in header) or _names_one(title) == "kgi":
            continue
        # a table under a KGI sub-heading (or introduced as the KGIs) of a "KGI及びKPI" section
        first = next((u for u in ctx.sec.units if u.table == ti), None)
        if first is not None and indicator_mode(ctx, first) == "kgi":
            continue
        cols = table_columns(header, _KPI_COLS)
        if "name" not in cols:
            cols["name"] = 0 if 0 not in cols.values() else cols.get("name", 0)
        if title and first is not None:
            titles.append((title, first))
        for row, ln in zip(t.rows[n_header:], t.row_lines[n_header:], strict=False):
            if not any(c.strip() for c in row):
                continue

            def cell(f: str, row: list[str] = row, cols: dict[str, int] = cols) -> str | None:
                i = cols.get(f)
                v = row[i].strip() if i is not None and i < len(row) else ""
                return v if v and v not in {"-", "－", "—", "なし", "未定"} else None

            name = cell("name") or row[0]
            kpis.append(
                KPI(
                    name=name,
                    target=cell("target"),
                    deadline=cell("deadline"),
                    owner=cell("owner"),
                    withdrawal_criterion=cell("withdrawal"),
                    monitoring_cycle=cell("monitoring"),
                    evidence=Evidence(section=t.heading or "（前書き）", line=ln, text=" | ".join(row)),
                )
            )
    # list form: "- KPI: 海外商談件数 年40件（2028年度、担当: 〇〇課、撤退基準: ...）", or unlabelled
    # "・回収量：2030年度に年1万トン、〇〇部。2029年度に5千トン未満なら回収網を見直す。"
    last: tuple[KPI, Unit] | None = None
    with_own: set[int] = set()  # KPIs of the list whose criterion was written with them
    elsewhere = _numbered_kpis_elsewhere(ctx, units)
    if elsewhere:
        units = sorted(units + elsewhere, key=lambda x: x.line)
    consumed: set[tuple[int, str]] = set()  # units whose sentence went to one KPI, not to all
    for ui, u in enumerate(units):
        s = _field_line(nfkc(u.text)) if u.kind == "item" else nfkc(u.text)
        if u.kind not in ("item", "para") or indicator_mode(ctx, u) == "kgi":
            continue
        if last is not None and (last[1].section_id != u.section_id or last[1].heading != u.heading):
            last = None
        # "撤退基準：…", "担当：…" on a line of its own, or a withdrawal sentence, completes the KPI above
        if last is not None and _complete_kpi(
            last[0], s, others_have=bool(with_own - {id(last[0])}), is_item=u.kind == "item"
        ):
            consumed.add((u.line, u.text))
            continue
        if u.kind == "para" and not _kpi_paragraph(s):
            continue
        k = kpi_from_line(s)
        if k is None and u.kind == "item":
            # "（１）共同試験棟の利用件数" with "ア　目標・期限：…", "イ　担当：…" on the lines under it
            k = _kpi_name_only(u, units[ui + 1] if ui + 1 < len(units) else None)
        if k is None:
            continue
        k.evidence = ev(u)
        kpis.append(k)
        if k.withdrawal_criterion:
            with_own.add(id(k))
        last = (k, u)
    # one withdrawal rule written as a sentence for every KPI ("いずれのKPIも、2年連続で目標の
    # 6割に達しない場合は事業を廃止する")
    if kpis and any(k.withdrawal_criterion is None for k in kpis):
        rule = _shared_withdrawal([u for u in units if (u.line, u.text) not in consumed])
        if rule:
            for k in kpis:
                if k.withdrawal_criterion is None:
                    k.withdrawal_criterion = rule
    return kpis, _monitoring_cycle(ctx, units) or _title_cycle(titles)


def _numbered_kpis_elsewhere(ctx: Ctx, units: list[Unit]) -> list[Unit]:
    """Numbered KPI entries ("KPI①　…", "KPI2：…") written outside the KPI 記載項目 (a list under a bold
    lead-in the structure placed elsewhere), with the field lines ("撤退基準：…") right after each."""
    own = {id(u) for u in units}
    out: list[Unit] = []
    follow = False
    for u in ctx.sec.units:
        s = nfkc(u.text).strip()
        if id(u) in own or u.kind not in ("item", "para"):
            follow = False
            continue
        if re.match(rf"^{_KPI_NUMBERED}\s*(?:[:：]|\s)\s*\S", s) and not _heading_like(s):
            out.append(u)
            follow = True
        elif follow and re.match(rf"^(?:{_FIELD_LABEL})\s*[:：]", s):
            out.append(u)
        else:
            follow = False
    return out


def _title_cycle(titles: list[tuple[str, Unit]]) -> tuple[str, Unit] | None:
    """The cycle a KPI table's title states: "KPI一覧（進捗は半年ごとに確認する）"."""
    for title, u in titles:
        m = re.search(CYCLE, title)
        if m and re.search(_CHECK_VERB, title):
            return m.group(0), u
    return None


def _monitoring_cycle(ctx: Ctx, units: list[Unit]) -> tuple[str, Unit] | None:
    """The plan-level monitoring cycle: a sentence (not a table cell) about checking KPIs at least every
    half year. An annual check (年1回, 毎年度) falls short of the guidance's 定期的（半期ごと等）."""
    pool = [u for u in units if u.kind in ("para", "item")] + [
        u for u in ctx.sec.units if u.kind in ("para", "item") and "KPI" in nfkc(u.text) and u not in units
    ]
    for u in sorted(pool, key=lambda x: x.line):
        # line by line: a paragraph may hold the KPI entries and then the monitoring sentence
        for line in (u.text or "").splitlines():
            if _kpi_paragraph(nfkc(line).strip()):
                continue  # one KPI's own entry, not the plan's monitoring
            for snt in sentences(line):
                s = nfkc(snt)
                m = re.search(SEMIANNUAL, s)
                if (
                    m
                    and re.search(_CHECK_VERB, s)
                    and not (u in units and _labelled(s, r"期限") and "KPI" not in s)
                ):
                    return m.group(0), u
    return None


_WITHDRAW_ACT = (
    r"撤退|廃止|縮小|中止|打ち切|休止|見直|再編|取りやめ|取り止め|切り替え|切替|絞り込|絞る|再検討|再設計|"
    r"終了|転換"
)
_WITHDRAW_COND = r"未満|下回|届かな|達しな|満たな|未達|割に|以下|できない|できなければ|不調"
_FIELD_LABEL = (
    r"期限|達成時期|時期|担当(?:部署|課)?|所管|実施主体|撤退基準|見直し基準|撤退・見直し基準|未達時の対応|未達時|"
    r"確認頻度|頻度"
)
# a department written without a label: "、秋田県産業労働部。", "（町農林課）"
_DEPT = re.compile(
    r"(?:^|[、,，(（])\s*([^、,，。()（）「」:：0-9]{1,30}?(?:課|部|局|室|センター|本部|事務所))\s*(?=[)）。、,，]|$)"
)
_COMPLETION = r"完了|整備|稼働|開始|着工|供用|策定|設置|開設|開業|竣工|運用"
# a digit followed by a counter of any kind: "6か所", "80店", "年2,000立方メートル" (not "2030年度")
_COUNTED = re.compile(r"[0-9][0-9,.]*\s*(?!年|月|日)[^\s0-9、。,，.．:：()（）~〜～\-]")
# "KPIは四半期ごとに…確認する", "各KPIの達成状況は…": a sentence about the KPIs, not a KPI
_ABOUT_KPIS = re.compile(
    r"^(?:各|全て?の|すべての|いずれの|上記の?|以上の|これらの)?\s*KPI(?:の[^:：、。]{0,12})?(?:は|を|について|に関して|に係る|等)"
)


_LABELLED_PART = re.compile(
    r"[、,]\s*(?=(?:期限|達成時期|時期|担当|所管|撤退基準|見直し基準|目標)\s*[:：])"
    # "… 目標80% 期限2030年度 担当:…", "…(令和11年度まで)/担当 産業観光課/撤退基準:…"
    r"|(?:\s*/\s*|\s+)(?=(?:期限|達成時期|担当|所管|撤退基準|見直し基準)(?:\s*[:：]|\s|[0-9]|令和|平成))"
)
# a line that only names the KPI 記載項目 ("KPI及びKPI未達時の撤退基準", "KPIの設定", "KPI一覧"): a heading
# written as a list item or a table row, not a KPI
_HEADING_WORDS = re.compile(
    r"^(?:及び|並びに|と|・|の|等|について|に係る|に関する|一覧|設定|未達時|撤退基準|見直し基準|撤退|基準|KPI|"
    r"重要業績評価指標|評価指標|指標|モニタリング|進捗管理|管理|目標|[\s()（）【】、/:：])*$"
)


def _heading_like(text: str) -> bool:
    body = split_numbering(nfkc(text).strip()).rest.strip()
    return bool(re.search(r"KPI", body)) and bool(_HEADING_WORDS.match(body))


# the labels of a KPI's target: "目標・期限：令和12年度に年間120件", "目標値：80%"
_TARGET_LABEL = r"目標・期限|目標及び期限|目標と期限|目標値|目標"


def _field_line(s: str) -> str:
    """A list item with its numbering dropped when what follows is a field label ("ウ　撤退基準：…")."""

    rest = split_numbering(s.strip()).rest
    return (
        rest if rest != s.strip() and re.match(rf"^(?:{_FIELD_LABEL}|{_TARGET_LABEL})\s*[:：]", rest) else s
    )


def _kpi_name_only(u: Unit, nxt: Unit | None) -> KPI | None:
    """A KPI named on a list item of its own ("（１）共同試験棟の利用件数"), its fields on the items under it."""

    if nxt is None or nxt.kind != "item" or (nxt.section_id, nxt.heading) != (u.section_id, u.heading):
        return None
    if not re.match(rf"^(?:{_FIELD_LABEL}|{_TARGET_LABEL})\s*[:：]", _field_line(nfkc(nxt.text))):
        return None
    name = split_numbering(re.sub(r"\*\*|__", "", nfkc(u.text)).strip()).rest.strip(" :：")
    name = _strip_kpi_label(name).strip()
    if not name or len(name) > 40 or "。" in name or _heading_like(name) or re.search(r"KPI", name):
        return None
    return KPI(
        name=name, target=None, deadline=None, owner=None, withdrawal_criterion=None, monitoring_cycle=None
    )


def kpi_from_line(s: str) -> KPI | None:
    """One KPI written as a list item or a paragraph of its own, with or without field labels."""

    snts = sentences(s) or [s]
    first = snts[0]
    if (
        _ABOUT_KPIS.match(first)
        or re.match(rf"^(?:{_FIELD_LABEL}|目標・期限|目標及び期限|目標と期限)\s*[:：]", first)
        or _heading_like(first)
    ):
        return None
    # the name and target come before the first labelled part ("、期限：…")
    head = _LABELLED_PART.split(first, maxsplit=1)[0]
    body = split_numbering(head).rest
    body = _strip_kpi_label(body)
    labelled_name = bool(re.match(r"^[^:：]{2,40}[:：]\s*\S", body))
    if not labelled_name and not re.match(r"^KPI", first) and _is_withdrawal(head):
        return None  # "2027年度に8人未満なら講座を見直す。": the criterion of the KPI above, not a KPI
    if (
        not re.match(rf"^{_KPI_LABEL}\s*[:：]", first)
        and not labelled_name
        and re.search(CYCLE, first)
        and re.search(_CHECK_VERB, first)
        and not find_quantities(re.sub(CYCLE, "", head))
    ):
        return None  # "進捗は半期ごとに推進会議で確認する"
    has_year = bool(find_fiscal_years(head))
    if not (
        re.match(r"^KPI", first)
        or find_quantities(head)
        or _COUNTED.search(re.sub(r"KPI\s*[0-9]*", "", head))
        or (has_year and (labelled_name or re.search(_COMPLETION, head)))
    ):
        return None
    name = _split_name(head)
    # "基板の量産歩留まり 目標80%": the label of the target is not part of the name
    name = re.sub(r"[\s/]*目標値?\s*[:：]?$", "", name).strip() or name
    qs = find_quantities(head) or find_quantities(s)
    rest = body[len(name) :] if body.startswith(name) else ""
    rest = re.sub(r"^[\s/:：]*目標値?\s*[:：は]?", "", rest)
    # the target runs to the first bracket or 、 (a comma inside a number, "3,000人泊", is not a break)
    tgt = re.split(r"[(（、，]|,(?![0-9]{3})", rest, maxsplit=1)[0].strip(" 　:：/") or (
        qs[0].raw if qs else None
    )
    owner = _labelled(s, r"担当(?:部署|課)?|所管|実施主体") or _department(first)
    wd = _labelled(s, r"撤退基準|見直し基準|撤退・見直し基準|未達時の対応|未達時") or _withdrawal_sentence(
        snts
    )
    dl = _labelled(s, r"期限|達成時期|時期")
    if dl is None:
        # the deadline is in the KPI's own sentence: a withdrawal sentence names the year of its check
        y = target_year(head) or target_year(first)
        every = re.search(r"毎年度|各年度|毎年", first)
        dl = f"{y}年度" if y else (every.group(0) if every else None)
    return KPI(
        name=name,
        target=tgt or None,
        deadline=dl,
        owner=owner,
        withdrawal_criterion=wd,
        monitoring_cycle=_labelled(s, r"確認頻度|頻度"),
    )


def _department(s: str) -> str | None:
    """A department named without a label: "…、秋田県産業労働部。", "…（町農林課）"."""
    found = [m.group(1).strip() for m in _DEPT.finditer(s)]
    found = [d for d in found if not re.search(_WITHDRAW_COND + "|" + _WITHDRAW_ACT, d)]
    return found[-1] if found else None


def _is_withdrawal(s: str) -> bool:
    return bool(re.search(_WITHDRAW_ACT, s) and re.search(_WITHDRAW_COND, s))


def _withdrawal_sentence(snts: list[str]) -> str | None:
    """A condition and the action taken, written with no 撤退基準 label: "2029年度に5千トン未満なら回収網を
    見直す。" after the KPI, or a clause of the KPI's own sentence."""
    for snt in snts[1:]:
        if _is_withdrawal(nfkc(snt)):
            return snt.strip()
    first = nfkc(snts[0]) if snts else ""
    for clause in re.split(r"[、，（(]", first)[1:]:
        if _is_withdrawal(clause):
            return clause.strip(" )）")
    return None


def _complete_kpi(k: KPI, s: str, others_have: bool, is_item: bool = False) -> bool:
    """A line after a KPI that gives one of its fields: "撤退基準：…", "担当：…", or (when the KPIs of the
    list carry their own criteria) an unlabelled withdrawal sentence. True when it was used."""
    tl = re.match(rf"^(?:{_TARGET_LABEL})\s*[:：]\s*(.+)$", s)
    if tl and k.target is None:
        # "目標・期限：令和12年度に年間120件": the target, and the deadline when the label names it
        v = tl.group(1).strip().rstrip("。")
        k.target = v
        if k.deadline is None:
            y = target_year(v)
            k.deadline = f"{y}年度" if y else None
        return True
    m = re.match(rf"^(?:{_FIELD_LABEL})\s*[:：は]", s)
    if m:
        wd = _labelled(s, r"撤退基準|見直し基準|撤退・見直し基準|未達時の対応|未達時")
        owner = _labelled(s, r"担当(?:部署|課)?|所管|実施主体")
        dl = _labelled(s, r"期限|達成時期|時期")
        cyc = _labelled(s, r"確認頻度|頻度")
        used = False
        for attr, v in (
            ("withdrawal_criterion", wd),
            ("owner", owner),
            ("deadline", dl),
            ("monitoring_cycle", cyc),
        ):
            if v and getattr(k, attr) is None:
                setattr(k, attr, v)
                used = True
        return used
    if k.withdrawal_criterion is None and not re.search(r"KPI|いずれ|各指標|全ての|すべての", s):
        snts = sentences(s)
        # a bullet of its own right under the KPI is that KPI's; a paragraph, when no other KPI of the list
        # carries its own criterion, may be meant for all of them: _shared_withdrawal decides that
        if snts and (others_have or is_item) and _is_withdrawal(nfkc(snts[0])):
            k.withdrawal_criterion = snts[0].strip()
            return True
    return False


def _kpi_paragraph(s: str) -> bool:
    """A paragraph that is one KPI of its own: "KPI①：…、期限：…、担当：…、撤退基準：…"."""
    labels = [k for k in (r"期限|達成時期", r"担当|所管", r"撤退基準|見直し基準") if _labelled(s, k)]
    return bool(re.match(rf"^{_KPI_LABEL}\s*[:：]|^{_KPI_NUMBERED}\s+\S", s)) or len(labels) >= 2


def _shared_withdrawal(units: list[Unit]) -> str | None:
    """A sentence in the KPI section stating the condition and the action of withdrawal."""
    for u in units:
        # a list item or a KPI's own paragraph holds that KPI's criterion, not a shared one
        if u.kind != "para" or _kpi_paragraph(nfkc(u.text)):
            continue
        for snt in sentences(u.text):
            sn = nfkc(snt)
            if re.search(_WITHDRAW_ACT, sn) and re.search(_WITHDRAW_COND, sn):
                return snt.strip()
    return None


# every label a KPI's fields are written under, to end the value of the one before it
_ANY_LABEL = rf"(?:目標値?|{_FIELD_LABEL})(?:\s*[:：]|\s|[0-9]|令和|平成)"
# a value runs to a comma, a bracket, a full stop, a slash that is no fraction ("1/2"), or the next label
# after a space ("担当:産業振興課 撤退基準:…")
_VALUE = rf"((?:(?!\s+{_ANY_LABEL})(?:[^、,，;；)）。/]|(?<=[0-9])/(?=[0-9])))+)"


def _labelled(s: str, key: str) -> str | None:
    """The value written after a field label: "担当：県産業課", "担当は県産業課", or — after a space, a slash
    or the start — "／担当 産業観光課", "期限令和11年度"."""
    m = re.search(rf"(?:{key})\s*[:：は]\s*{_VALUE}", s)
    if m is None:
        m = re.search(
            rf"(?:^|(?<=[\s/、,，(（]))(?:{key})(?:\s+|(?=[0-9]|令和|平成|R[0-9]))(?![:：]){_VALUE}", s
        )
    if m is None:
        return None
    v = m.group(1).strip()
    # a withdrawal criterion goes on past the comma after its condition: "60%未満なら、増設時期を延ばす"
    if re.search(r"撤退|見直し|未達", key) and re.search(r"(?:なら|ならば|場合は?|ときは?|時は|れば)$", v):
        more = re.match(rf"、\s*{_VALUE}", s[m.end(1) :])
        if more:
            v = f"{v}、{more.group(1).strip()}"
    return v or None
