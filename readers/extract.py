"""Units attributed to 記載項目 → the fields of the plan model.

Which 記載項目 holds what is decided from the knowledge base's own headings (a "concept" is a
pattern over the headings of the plan type: KGI → 目指すべき目標 / KGI, ...), so the same code reads
A, B and C. Where a concept's 記載項目 is absent, content cues in the whole text are used instead.
Every value keeps an Evidence (heading as written, line, quoted text).
"""

from __future__ import annotations

import re

from chiiki_mirai.core.plan import (
    Author,
    Evidence,
    Investment,
    Plan,
    Ripple,
    RippleTarget,
    SectionText,
)
from chiiki_mirai.core.text.normalize import nfkc, sentences
from chiiki_mirai.core.text.numbers import find_fiscal_years, find_quantities
from chiiki_mirai.readers.extract_commitment import read_commitment
from chiiki_mirai.readers.extract_companies import COMPANY_WORD, read_companies
from chiiki_mirai.readers.extract_context import SECTION_ONLY, Ctx, ev, units_text
from chiiki_mirai.readers.extract_indicators import read_kgis, read_kpis, target_year
from chiiki_mirai.readers.extract_meta import read_metadata, read_period
from chiiki_mirai.readers.municipalities import classify_author, split_authors
from chiiki_mirai.readers.sections import Unit

# --- ripple, investments, localisation ---------------------------------------------------

_RIPPLE = {
    "regional_transactions": r"域内取引|地域内取引|(?:域内|地域内|県内|市内|町内|村内|地元)の?調達額",
    "sales": r"売上|出荷額|販売額",
    "jobs": r"雇用|就業者|新規就業|従業者",
    "wages": r"賃金|賃上げ|給与|所得",
}


# a target the plan says it does not set: "賃金の目標は設けない"
_NO_TARGET = r"設けない|設けず|定めない|定めず|設定しない|設定せず|掲げない|目標はない|委ね"


# the targets a sentence lists, one per clause; a clause may begin with a count ("、4社の売上額…")
_RIPPLE_CLAUSE = r"[、。;；]\s*(?=[^0-9０-９]|[0-9０-９]+\s*(?:社|者|事業者|団体))"


def _ripple_quantity(key: str, qs: list) -> object | None:
    """The figure that measures this target: people for jobs, a rate or yen for wages, yen for amounts
    ("3社の投資により約520人の新規雇用" → 520人, not 3社)."""
    if key == "jobs":
        fits = [q for q in qs if (q.unit or "") in ("人", "名")]
    elif key == "wages":
        fits = [q for q in qs if q.is_money or (q.unit or "") in ("%", "％")]
    else:
        fits = [q for q in qs if q.is_money]
    return fits[0] if fits else None


def _fill_target(tgt: RippleTarget, key: str, clause: str, qs: list, u: Unit, year: int | None) -> None:
    """A ripple target stated in `clause`, with the figure that measures it and that figure's year."""
    q = _ripple_quantity(key, qs)
    tgt.stated = True
    tgt.text = clause.strip()
    tgt.evidence = ev(u, clause)
    if q is not None:
        tgt.value, tgt.unit = q.value, q.unit
        tgt.year = year


def read_ripple(ctx: Ctx) -> Ripple:
    r = Ripple()
    units = ctx.units("impact", cue_fallback=False)
    for u in units:
        for clause in re.split(_RIPPLE_CLAUSE, u.text):
            cn = nfkc(clause)
            for key, rx in _RIPPLE.items():
                if not re.search(rx, cn) or re.search(_NO_TARGET, cn):
                    continue
                tgt: RippleTarget = getattr(r, key)
                if tgt.stated and tgt.value is not None:
                    continue
                qs = find_quantities(cn)
                if not qs and re.match(rf"^\s*(?:{rx})[^、。]{{0,6}}[:：]", nfkc(u.text)):
                    # "域内取引額：2030年度に、市内調達額を5億円とする": the labelled item is one target
                    qs = find_quantities(nfkc(u.text))
                    cn = nfkc(u.text)
                _fill_target(tgt, key, clause, qs, u, target_year(cn))
                break
    # jobs and wages targets written elsewhere (KGI prose, 波及効果): a sentence with a figure
    for key, verb in (("jobs", r"創出|雇用する|新規雇用|増や|維持"), ("wages", r"引き上げ|引上げ|上げる|向上|賃上げ|高く|増額|改善")):
        tgt = getattr(r, key)
        if tgt.stated:
            continue
        for u in ctx.sec.units:
            if u.kind == "meta" or u in units:
                continue
            hit = next(
                (
                    c
                    for snt in sentences(u.text)
                    for c in re.split(r"[、]\s*(?=[^0-9])", snt)
                    if re.search(_RIPPLE[key], nfkc(c))
                    and re.search(verb, nfkc(c))
                    and not re.search(_NO_TARGET, nfkc(c))
                    and _ripple_quantity(key, find_quantities(nfkc(c)))
                ),
                None,
            )
            if hit:
                q = _ripple_quantity(key, find_quantities(nfkc(hit)))
                setattr(
                    r,
                    key,
                    RippleTarget(
                        stated=True, value=q.value, unit=q.unit, year=target_year(nfkc(hit)), text=hit.strip(),
                        evidence=ev(u, hit),
                    ),
                )
                break
    # 域内取引額 is a distinctive term: look for it outside the impact section too
    if not r.regional_transactions.stated:
        for u in ctx.sec.units:
            if u.kind != "meta" and re.search(_RIPPLE["regional_transactions"], nfkc(u.text)):
                snt = next(
                    s for s in sentences(u.text) if re.search(_RIPPLE["regional_transactions"], nfkc(s))
                )
                # the sentence names the ripple targets together: "令和12年度に、域内取引額3億2千万円、
                # 売上額14億円、新規雇用30人を目指す" — each clause its own target
                year = target_year(nfkc(snt))
                for clause in re.split(_RIPPLE_CLAUSE, snt):
                    cn = nfkc(clause)
                    for key, rx in _RIPPLE.items():
                        tgt = getattr(r, key)
                        if tgt.stated or not re.search(rx, cn) or re.search(_NO_TARGET, cn):
                            continue
                        _fill_target(tgt, key, clause, find_quantities(cn), u, target_year(cn) or year)
                        break
                if not r.regional_transactions.stated:
                    r.regional_transactions = RippleTarget(stated=True, text=snt, evidence=ev(u, snt))
                break
    return r


def read_investments(ctx: Ctx) -> list[Investment]:
    out: list[Investment] = []
    total: Investment | None = None
    for u in ctx.units("investments", cue_fallback=False):
        if u.kind == "para" and total is None and re.search(_INVEST_AMOUNT + r"|投資の総額", nfkc(u.heading or "")):
            # the amount written under a 投資総額 heading: "約420億円（2026～2032年度の3社合計）"
            money = [q for q in find_quantities(nfkc(u.text)) if q.is_money]
            if money:
                total = Investment(description=sentences(u.text)[0].strip(), amount=money[0].value, evidence=ev(u))
                _investment_dates(total, nfkc(u.text))
                continue
        if u.kind == "para":
            inv = _investment_from_prose(u)
            if inv is not None:
                out.append(inv)
            continue
        if u.kind not in ("item", "row"):
            continue
        if u.kind == "row" and u.table is not None and ctx.sec.tables[u.table].row_lines[0] == u.line:
            continue  # header row
        s = nfkc(u.text)
        company = None
        desc = s
        m = re.match(r"^([^:：|]{2,30})\s*[:：|]\s*(.+)$", s)
        if m:
            company, desc = m.group(1).strip(), m.group(2).strip()
        money = [q for q in find_quantities(s) if q.is_money]
        amount = None
        for q in money:
            if re.search(r"投資|総額|事業費", s[max(0, q.start - 10) : q.start]):
                amount = q.value
                break
        if amount is None and money:
            amount = money[0].value
        inv = Investment(company=company, description=desc, amount=amount, evidence=ev(u))
        _investment_dates(inv, s)
        out.append(inv)
    # the stated total counts when the projects carry no amounts of their own (else it would count twice)
    if total is not None and not any(i.amount for i in out):
        out.append(total)
    return out


_INVEST_AMOUNT = r"投資総額|総投資額|投資額|総事業費|事業費|投資規模"


def _investment_from_prose(u: Unit) -> Investment | None:
    """A paragraph describing one investment in sentences ("〇〇株式会社が…を建設する。投資総額は
    3,200億円で、2030年度に稼働"): an investment when it states an amount as the investment's."""
    s = nfkc(u.text)
    amount = None
    for q in find_quantities(s):
        # "投資総額は3,200億円", "投資総額は2社合計で820億円"
        before = s[max(0, q.start - 20) : q.start]
        if q.is_money and re.search(rf"(?:{_INVEST_AMOUNT})(?:は|が|:)?(?:[^。、0-9]|[0-9]+社)*$", before):
            amount = q.value
            break
    # without an amount, a sentence where a company builds something is still the project
    # ("A株式会社が…プラントを、B株式会社が…工場を新設する")
    builds = re.search(
        rf"(?:{COMPANY_WORD})\s*(?:が|は)[^。]{{0,80}}?(?:新設|建設|増設|新築|整備|設置|導入|立地)(?:する|し|を|予定)",
        s,
    )
    if amount is None and not builds:
        return None
    cm = re.search(rf"([^\s、。「」（(]{{1,30}}?(?:{COMPANY_WORD}))", s)
    inv = Investment(
        company=cm.group(1) if cm else None, description=sentences(u.text)[0].strip(), amount=amount, evidence=ev(u)
    )
    _investment_dates(inv, s)
    return inv


def _investment_dates(inv: Investment, s: str) -> None:
    """Start and operation years and an adopted subsidy named in an investment's text."""
    for y in find_fiscal_years(s):
        after = s[y.end : y.end + 8]
        if re.search(r"着工|着手|投資開始|開始|建設", after) and inv.start_year is None:
            inv.start_year = y.fy
        elif re.search(r"稼働|操業|運転開始|供給開始|量産開始", after) and inv.operation_year is None:
            inv.operation_year = y.fy
    sub = re.search(r"[^。、]*採択[^。、]*", s)
    if sub:
        inv.adopted_subsidy = sub.group(0).strip()


_DASH = r"[-‐‑‒–—―ー−の]"
_FORM = re.compile(
    rf"様式\s*(?:第\s*)?(?P<a>[0-9]+)(?:\s*{_DASH}\s*(?P<b>[0-9]+))?"
    rf"(?:\s*(?:から|〜|～|~|{_DASH}|乃至|ないし)\s*(?:様式\s*)?(?:第\s*)?(?P<c>[0-9]+)\s*{_DASH}\s*(?P<d>[0-9]+)(?:\s*まで)?)?"
)


def read_forms(ctx: Ctx) -> list[str]:
    """The submission forms the plan says it uses: "様式1-1から1-4により提出", "様式２－１〜２－４",
    "様式2-3" → ["様式1-1", …]; a bare "様式1" names the series only."""
    out: list[str] = []
    for u in ctx.sec.units:
        for m in _FORM.finditer(nfkc(u.text)):
            a, b, c, d = m.group("a", "b", "c", "d")
            if b is None:
                names = [f"様式{int(a)}"]
            elif c is not None and int(c) == int(a) and int(b) <= int(d) <= int(b) + 20:
                names = [f"様式{int(a)}-{i}" for i in range(int(b), int(d) + 1)]
            else:
                names = [f"様式{int(a)}-{int(b)}"] + ([f"様式{int(c)}-{int(d)}"] if c is not None else [])
            out += [n for n in names if n not in out]
    return out


# --- sections -----------------------------------------------------------------------------


def build_sections(ctx: Ctx) -> tuple[dict[str, SectionText], list[SectionText]]:
    sections: dict[str, SectionText] = {}
    for tid, f in ctx.sec.found.items():
        own = [u for u in ctx.sec.units if u.section_id == tid]
        sections[tid] = SectionText(
            heading=f.heading,
            text=units_text(own),
            evidence=Evidence(section=f.heading, line=f.line, text=f.heading),
        )
    other: list[SectionText] = []
    groups: dict[tuple[str | None, int], list[Unit]] = {}
    order: list[tuple[str | None, int]] = []
    last_heading: str | None = object()  # type: ignore[assignment]
    key: tuple[str | None, int] | None = None
    for u in ctx.sec.units:
        if u.section_id is not None:
            last_heading = object()  # type: ignore[assignment]
            continue
        if u.heading != last_heading or key is None:
            key = (u.heading, u.line)
            order.append(key)
            groups[key] = []
            last_heading = u.heading
        groups[key].append(u)
    for k in order:
        us = groups[k]
        other.append(
            SectionText(
                heading=k[0] or "（前書き）",
                text=units_text(us),
                evidence=Evidence(section=k[0] or "（前書き）", line=us[0].line, text=us[0].text[:400]),
            )
        )
    return sections, other


def content_sections(ctx: Ctx, sections: dict[str, SectionText]) -> list[str]:
    """記載項目 whose heading is missing but whose content was found by cue words elsewhere."""
    added: list[str] = []
    for concept, units in sorted(ctx.content_found.items()):
        ids = sorted(ctx.concept_ids.get(concept, set()), key=lambda i: ctx.by_id[i].order)
        if not ids or not units:
            continue
        # the 記載項目 itself: prefer an item, else the section
        tid = ids[-1] if ctx.by_id[ids[-1]].parent else ids[0]
        if tid in sections:
            continue
        uniq = sorted({u.line: u for u in units}.values(), key=lambda u: u.line)
        sections[tid] = SectionText(
            heading=f"{ctx.by_id[tid].heading}（見出しなし・本文から）",
            text=units_text(uniq),
            evidence=ev(uniq[0]),
        )
        added.append(tid)
    return added


def read_authors(val: str, u: Unit) -> tuple[list[Author], bool]:
    names, joint = split_authors(val)
    authors = [Author(name=n, kind=classify_author(n), evidence=ev(u)) for n in names]  # type: ignore[arg-type]
    return authors, joint


def extract(ctx: Ctx, plan_type: str | None, type_names: dict[str, list[str]]) -> tuple[Plan, dict]:
    meta = read_metadata(ctx)
    plan = Plan()
    info: dict = {"plan_type_source": None}
    if "title" in meta:
        plan.title = meta["title"][0]
    elif ctx.sec.title:
        plan.title = ctx.sec.title
    if plan_type:
        plan.plan_type = plan_type  # type: ignore[assignment]
        info["plan_type_source"] = "metadata"
    if "author" in meta:
        plan.authors, plan.joint = read_authors(*meta["author"])
        ctx.found_fields.append("authors")
        for a in plan.authors:
            if a.kind == "other":
                ctx.ambiguous.append(
                    f"策定主体「{a.name}」が都道府県・政令指定都市・市町村のいずれか判別できません"
                )
    if "period" in meta or "target" in meta:
        pv = meta.get("period")
        tv = meta.get("target")
        plan.period = read_period(pv[0] if pv else "", tv[0] if tv else None)
        plan.period.evidence = ev((pv or tv)[1])  # type: ignore[index]
        ctx.found_fields.append("period")
    # industry, target_market, localization and the A plan's alignment fields: the claims family
    # (readers/statements/claims_family.py) reads them from the document tree
    area = ctx.units("core_area", cue_fallback=False)
    if area:
        plan.core_area = units_text(area)
    plan.core_companies = read_companies(ctx)
    plan.kgis = read_kgis(ctx)
    plan.kpis, cycle = read_kpis(ctx)
    if cycle:
        plan.kpi_monitoring_cycle = cycle[0]
    elif plan.kpis and plan.kpis[0].monitoring_cycle and len({k.monitoring_cycle for k in plan.kpis}) == 1:
        plan.kpi_monitoring_cycle = plan.kpis[0].monitoring_cycle
    plan.ripple = read_ripple(ctx)
    plan.investments = read_investments(ctx)
    plan.commitment = read_commitment(ctx)
    plan.submission.forms = read_forms(ctx)
    for k in plan.kgis:
        if k.kind == "custom" and k.mandatory:
            ctx.ambiguous.append(
                f"必須KGI「{k.name}」の種類（設備投資額・付加価値増加額・人材育成数など）を判別できません"
            )
    for concept in SECTION_ONLY:
        ctx.units(concept)
    plan.sections, plan.other_text = build_sections(ctx)
    info["content_sections"] = content_sections(ctx, plan.sections)
    for name, present in (
        ("title", plan.title),
        ("core_area", plan.core_area),
        ("core_companies", plan.core_companies),
        ("kgis", plan.kgis),
        ("kpis", plan.kpis),
        ("kpi_monitoring_cycle", plan.kpi_monitoring_cycle),
        ("ripple", any(getattr(plan.ripple, f).stated for f in _RIPPLE)),
        ("investments", plan.investments),
        ("commitment", plan.commitment.evidence),
    ):
        if present and name not in ctx.found_fields:
            ctx.found_fields.append(name)
    info["meta"] = {k: v[0] for k, v in meta.items()}
    return plan, info

