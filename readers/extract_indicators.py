"""KGIs and KPIs from tables, lists and prose, with their years, cumulative values and withdrawal criteria."""

from __future__ import annotations

import re

from readers.extract_context import Ctx, _text, ev, sentences
from readers.numbers import Quantity, find_fiscal_years, find_quantities, nfkc
from readers.sections import Unit
from rules.plan import KGI, KPI, Evidence

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


def _target_year(text: str) -> int | None:
    s = nfkc(text)
    for y in find_fiscal_years(s):
        after = s[y.end : y.end + 4]
        if _BASELINE.match(after):
            continue
        return y.fy
    return None


def _split_name(text: str) -> str:
    """The name part of a KGI/KPI line: what comes before the first figure or year."""
    from readers.headings import split_numbering

    s = split_numbering(nfkc(text)).rest
    s = re.sub(r"^(?:必須|独自|任意|その他)?\s*KGI\s*[0-9①-⑳]*\s*[:：]?\s*", "", s)
    s = re.sub(r"^KPI\s*[0-9①-⑳]*\s*[:：]?\s*", "", s)
    cut = len(s)
    for rx in (
        r"[0-9〇一二三四五六七八九十百千]+(?:\.[0-9]+)?\s*(?:億|万|千|円|人|名|社|件|回|%|割|ha|MW|トン|"
        r"km|m(?![a-z])|点|基|戸|台|隻|機|頭|校|講座)",
        r"(?:年|月|累計|累積)\s*(?=[0-9])",
        r"(?:19|20|21)[0-9]{2}\s*年",
        r"令和|平成|目標年度|年間|毎年|累計|累積|[:：]",
        r"[0-9]+\s*年間",
    ):
        m = re.search(rx, s)
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
        year=_target_year(s),
        annual=True if val_q and _ANNUAL.search(s[: val_q.start]) else None,
        cumulative_value=cum.value if cum else None,
        mandatory=True if "必須" in s else (False if re.search(r"独自|任意", s) else None),
    )
    return k


def read_kgis(ctx: Ctx) -> list[KGI]:
    out: list[KGI] = []
    seen: set[int] = set()
    units = ctx.units("kgi", cue_fallback=False)
    anywhere = [
        u
        for u in ctx.sec.units
        if u not in units
        and u.kind != "meta"
        and (re.search(r"KGI", nfkc(u.text)) or _in_kgi_table(ctx, u) or _under_kgi_parent(ctx, u))
    ]
    for u in sorted(units + anywhere, key=lambda x: x.line):
        if u.line in seen:
            continue
        found: list[tuple[KGI, str | None]] = []
        if u.kind == "row" and u.table is not None:
            k = _kgi_from_row(ctx, u)
            found = [(k, None)] if k else []
        elif u.kind == "item" or (u.kind == "para" and "KGI" in nfkc(u.text) and u not in units):
            k = parse_kgi_line(u.text)
            found = [(k, None)] if k else []
        elif u.kind == "para" and u in units:
            # KGIs written as prose: one sentence per KGI, each naming its kind or "KGI"
            for snt in sentences(u.text):
                k = parse_kgi_line(snt)
                if k and (k.kind != "custom" or "KGI" in nfkc(snt) or _CUMULATIVE.search(nfkc(snt))):
                    found.append((k, snt))
        if not found:
            continue
        seen.add(u.line)
        for k, snt in found:
            k.evidence = ev(u, snt)
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
    basis_text = _text(basis_units)
    verif_text = _text(verif_units)
    for k in out:
        if basis_text:
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


def _header(ctx: Ctx, u: Unit) -> str:
    return nfkc(" ".join(ctx.sec.tables[u.table].rows[0])) if u.kind == "row" and u.table is not None else ""


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


def _table_columns(header: list[str], spec: list[tuple[str, str]]) -> dict[str, int]:
    cols: dict[str, int] = {}
    for i, h in enumerate(header):
        hn = nfkc(h)
        for fld, rx in spec:
            if fld not in cols and re.search(rx, hn):
                cols[fld] = i
                break
    return cols


_KGI_COLS = [
    ("cumulative", r"累積|累計"),
    ("basis", r"根拠"),
    ("year", r"年度|期限|時期|目標年"),
    ("value", r"目標値|目標|数値|値"),
    ("name", r"KGI|指標|項目|名称"),
]


def _kgi_from_row(ctx: Ctx, u: Unit) -> KGI | None:
    t = ctx.sec.tables[u.table]  # type: ignore[index]
    idx = t.row_lines.index(u.line)
    if idx == 0 or not t.rows:
        return None
    cols = _table_columns(t.rows[0], _KGI_COLS)
    row = t.rows[idx]
    if "value" not in cols:
        return parse_kgi_line(" ".join(row))

    def cell(f: str) -> str:
        i = cols.get(f)
        return row[i] if i is not None and i < len(row) else ""

    name = cell("name") or row[0]
    k = parse_kgi_line(f"{name} {cell('value')} {cell('year')}")
    if k is None:
        return None
    k.name = nfkc(name).strip()
    k.kind = kgi_kind(k.name)  # type: ignore[assignment]
    cq = find_quantities(cell("cumulative"))
    if cq:
        k.cumulative_value = cq[0].value
    if cell("basis"):
        k.basis = cell("basis")
    if re.search(r"必須", " ".join(row)):
        k.mandatory = True
    return k


# --- KPI ----------------------------------------------------------------------------------

_KPI_COLS = [
    ("withdrawal", r"撤退|見直し基準|未達|見直し"),
    ("owner", r"担当|部署|所管|実施主体|責任"),
    ("monitoring", r"頻度|モニタリング|確認時期|点検|確認方法"),
    ("deadline", r"期限|時期|期日|年度|いつまで"),
    ("target", r"目標|数値|水準"),
    ("name", r"KPI|指標|項目|取組"),
]
CYCLE = (
    r"半期ごと|半期毎|半年ごと|半年毎|半年に[1一]回|四半期ごと|四半期毎|四半期|毎月|月[1一]回|毎年度|年度ごと|"
    r"毎年|年[1-4一二三四]回|隔月|毎週|随時"
)
_CHECK_VERB = r"確認|検証|点検|評価|フォロー|モニタ|見直|報告|把握|進捗|管理|検討"


def read_kpis(ctx: Ctx) -> tuple[list[KPI], tuple[str, Unit] | None]:
    from readers.headings import split_numbering

    kpis: list[KPI] = []
    units = ctx.units("kpi")
    used_tables: set[int] = set()
    for ti, t in enumerate(ctx.sec.tables):
        if not t.rows or len(t.rows) < 2:
            continue
        header = [nfkc(h) for h in t.rows[0]]
        in_section = any(u.table == ti for u in units)
        # outside the KPI section only a table that says "KPI" is one: "指標" alone also heads
        # impact and KGI tables elsewhere
        if not (
            any(re.search(r"KPI", h) for h in header)
            or (in_section and (len(header) >= 2 or any(re.search(r"指標", h) for h in header)))
        ):
            continue
        if any(re.search(r"KGI", h) for h in header):
            continue
        cols = _table_columns(t.rows[0], _KPI_COLS)
        if "name" not in cols:
            cols["name"] = 0 if 0 not in cols.values() else cols.get("name", 0)
        used_tables.add(ti)
        for row, ln in zip(t.rows[1:], t.row_lines[1:], strict=False):
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
    # list form: "- KPI: 海外商談件数 年40件（2028年度、担当: 〇〇課、撤退基準: ...）"
    for u in units:
        s = nfkc(u.text)
        if u.kind == "para":
            if not _kpi_paragraph(s):
                continue
        elif u.kind != "item":
            continue
        if not (re.match(r"^KPI", s) or find_quantities(s)):
            continue
        # the name and target come before the first labelled part ("、期限：…")
        head = re.split(r"[、,]\s*(?=(?:期限|達成時期|時期|担当|所管|撤退基準|見直し基準|目標)\s*[:：])", s)[0]
        name = _split_name(head)
        qs = find_quantities(head) or find_quantities(s)
        body = split_numbering(head).rest
        body = re.sub(r"^KPI\s*[0-9①-⑳]*\s*[:：]?\s*", "", body)
        rest = body[len(name) :] if body.startswith(name) else ""
        tgt = re.split(r"[(（、,]", rest, maxsplit=1)[0].strip(" 　:：") or (qs[0].raw if qs else None)
        owner = _labelled(s, r"担当(?:部署|課)?|所管|実施主体")
        wd = _labelled(s, r"撤退基準|見直し基準|未達時の対応|未達時")
        dl = _labelled(s, r"期限|達成時期|時期")
        if dl is None:
            y = _target_year(s)
            every = re.search(r"毎年度|各年度|毎年", s)
            dl = f"{y}年度" if y else (every.group(0) if every else None)
        kpis.append(
            KPI(
                name=name,
                target=tgt,
                deadline=dl,
                owner=owner,
                withdrawal_criterion=wd,
                monitoring_cycle=_labelled(s, r"確認頻度|頻度"),
                evidence=ev(u),
            )
        )
    # one withdrawal rule written as a sentence for every KPI ("いずれのKPIも、2年連続で目標の
    # 6割に達しない場合は事業を廃止する")
    if kpis and any(k.withdrawal_criterion is None for k in kpis):
        rule = _shared_withdrawal(units)
        if rule:
            for k in kpis:
                if k.withdrawal_criterion is None:
                    k.withdrawal_criterion = rule
    # plan-level monitoring cycle: a sentence (not a table cell) about checking KPIs on a cycle
    cycle = None
    pool = [u for u in units if u.kind in ("para", "item")] + [
        u for u in ctx.sec.units if u.kind in ("para", "item") and "KPI" in nfkc(u.text) and u not in units
    ]
    for u in sorted(pool, key=lambda x: x.line):
        for snt in sentences(u.text):
            s = nfkc(snt)
            m = re.search(CYCLE, s)
            if (
                m
                and re.search(_CHECK_VERB, s)
                and not (u in units and _labelled(s, r"期限") and "KPI" not in s)
                and not _kpi_paragraph(nfkc(u.text))  # one KPI's own entry, not the plan's monitoring
            ):
                cycle = (m.group(0), u, snt)
                break
        if cycle:
            break
    return kpis, ((cycle[0], cycle[1]) if cycle else None) if cycle else None


_WITHDRAW_ACT = r"撤退|廃止|縮小|中止|打ち切|休止|見直|再編|取りやめ"
_WITHDRAW_COND = r"未満|下回|届かな|達しな|満たな|未達|割に|以下"


def _kpi_paragraph(s: str) -> bool:
    """A paragraph that is one KPI of its own: "KPI①：…、期限：…、担当：…、撤退基準：…"."""
    labels = [k for k in (r"期限|達成時期", r"担当|所管", r"撤退基準|見直し基準") if _labelled(s, k)]
    return bool(re.match(r"^KPI\s*[0-9①-⑳]*\s*[:：]", s)) or len(labels) >= 2


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


def _labelled(s: str, key: str) -> str | None:
    m = re.search(rf"(?:{key})\s*[:：は]\s*([^、,，;；)）。]+)", s)
    return m.group(1).strip() if m else None


