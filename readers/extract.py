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
    Company,
    Evidence,
    Industry,
    Investment,
    Localization,
    Plan,
    Ripple,
    RippleTarget,
    SectionText,
    TargetMarket,
)
from chiiki_mirai.core.text.cues import ADVANTAGE_CUE, affirmed
from chiiki_mirai.core.text.normalize import nfkc, sentences
from chiiki_mirai.core.text.numbers import find_fiscal_years, find_quantities, percent_to_share
from chiiki_mirai.readers.extract_commitment import read_commitment
from chiiki_mirai.readers.extract_companies import ATTRACTED, COMPANY_WORD, read_companies
from chiiki_mirai.readers.extract_context import SECTION_ONLY, Ctx, ev, first_sentence, units_text
from chiiki_mirai.readers.extract_indicators import read_kgis, read_kpis, target_year
from chiiki_mirai.readers.extract_meta import read_metadata, read_period
from chiiki_mirai.readers.municipalities import classify_author, split_authors
from chiiki_mirai.readers.sections import Unit

# --- target market ------------------------------------------------------------------------

# a sentence about whom the plan sells to; "（国内の法人）", "（海外）" after a buyer name the attribute outright
_MARKET_SENT = (
    r"ターゲット|市場|顧客|販路|向け|輸出|販売|売り?込|取引先|受注|発注者|需要家|ユーザー|届け|"
    r"[(（](?:国内の|海外の)?(?:法人|個人|海外)[)）]"
)
_ATTR = {
    "法人": r"法人|企業向け|BtoB|B2B|事業者向け|メーカー|業務用|ホテル|レストラン|小売|卸",
    "個人": r"個人|消費者|BtoC|B2C|一般客|観光客|旅行者|来訪者|宿泊客|家庭|富裕層|ファン|愛好家|愛好者",
    "海外": r"海外|国外|輸出|国内外|欧州|北米|米国|アジア|インバウンド|越境",
    "国内": r"国内|全国",
}


def read_market(ctx: Ctx) -> TargetMarket:
    units = ctx.units("strategy")
    all_units = [u for u in ctx.sec.units if u.kind != "meta"]
    tm = TargetMarket()
    market_sents = [(u, s) for u in units for s in sentences(u.text) if re.search(_MARKET_SENT, nfkc(s))]
    if not market_sents:
        market_sents = [
            (u, s)
            for u in all_units
            for s in sentences(u.text)
            if re.search(r"ターゲット|販路|輸出", nfkc(s))
        ]
    attrs: list[str] = []
    for _u, s in market_sents:
        for a, rx in _ATTR.items():
            if re.search(rx, nfkc(s)) and a not in attrs:
                attrs.append(a)
    tm.attributes = [a for a in ("法人", "個人", "海外", "国内") if a in attrs]  # type: ignore[misc]
    if market_sents:
        tm.evidence = ev(market_sents[0][0], market_sents[0][1])
    scope = units + ctx.units("industry_reason") + ctx.units("current")
    full = units_text(scope)
    fn = nfkc(full)
    if "海外" in tm.attributes or re.search(
        r"輸出|外貨|海外(?:の|へ|向け)?[^。]{0,8}(?:市場|展開|販路)|越境", fn
    ):
        tm.export = True
    if re.search(
        r"国内シェア[^。]{0,10}(?:上位|トップ|首位|1位|No\.?1|拡大|獲得|維持|[0-9]+%)|トップシェア", fn
    ) or any(re.search(r"国内シェア", k) for k in [u.text for u in ctx.units("kgi", cue_fallback=False)]):
        tm.domestic_top_share = True
    if re.search(r"輸入代替|国産化|輸入品[^。]{0,10}(?:置き換|代替)", fn):
        tm.import_substitution = True
    adv = first_sentence(units or all_units, ADVANTAGE_CUE)
    if adv:
        tm.competitive_advantage = adv[1]
    need = first_sentence(
        units + ctx.units("industry_reason"), r"ニーズ|引き合い|求められ"
    ) or first_sentence(units + ctx.units("industry_reason"), r"需要")
    if need:
        tm.needs = need[1]
    comp_i = first_sentence(
        all_units, r"同業種|業種平均|業界平均|同業他社|全国平均|業種内|業の(?:全国)?平均|業平均"
    )
    if comp_i:
        tm.comparison_industry = comp_i[1]
    comp_r = first_sentence(
        all_units,
        r"域内比較|県内平均|域内平均|市内平均|県内の他産業|地域内の他|域内の他産業|県内他産業|"
        r"(?:県内|市内|町内|村内|域内|地域内|道内)[^。]{0,15}平均",
    )
    if comp_r:
        tm.comparison_region = comp_r[1]
    outlook = first_sentence(
        units,
        r"単価|高付加価値|付加価値向上|販路を拡大|販路拡大|販路を?(?:広げ|拡げ|伸ば)|新規顧客|新たな(?:顧客|市場)",
    )
    if outlook:
        tm.added_value_outlook = outlook[1]
    own_rate = ind_rate = None
    for u in all_units:
        s = nfkc(u.text)
        for m in re.finditer(r"付加価値率[^0-9。]{0,8}([0-9]+(?:\.[0-9]+)?)\s*%", s):
            v = float(m.group(1)) / 100
            if not 0 <= v <= 1:
                continue
            ctxs = s[max(0, m.start() - 12) : m.start()]
            if re.search(r"平均|同業種|業界|全国|業種", ctxs):
                ind_rate = ind_rate if ind_rate is not None else v
            elif own_rate is None:
                own_rate = v
                # "付加価値率は28%で、県内食料品製造業の平均（20%）を上回る": the comparison follows
                cm = re.search(r"平均[^0-9。]{0,4}([0-9]+(?:\.[0-9]+)?)\s*%", s[m.end() :])
                if cm and ind_rate is None and 0 <= float(cm.group(1)) <= 100:
                    ind_rate = float(cm.group(1)) / 100
    tm.value_added_rate, tm.industry_value_added_rate = own_rate, ind_rate
    return tm


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
    for key, verb in (
        ("jobs", r"創出|雇用する|新規雇用|増や|維持"),
        ("wages", r"引き上げ|引上げ|上げる|向上|賃上げ|高く|増額|改善"),
    ):
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
                        stated=True,
                        value=q.value,
                        unit=q.unit,
                        year=target_year(nfkc(hit)),
                        text=hit.strip(),
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
        if (
            u.kind == "para"
            and total is None
            and re.search(_INVEST_AMOUNT + r"|投資の総額", nfkc(u.heading or ""))
        ):
            # the amount written under a 投資総額 heading: "約420億円（2026～2032年度の3社合計）"
            money = [q for q in find_quantities(nfkc(u.text)) if q.is_money]
            if money:
                total = Investment(
                    description=sentences(u.text)[0].strip(), amount=money[0].value, evidence=ev(u)
                )
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
        company=cm.group(1) if cm else None,
        description=sentences(u.text)[0].strip(),
        amount=amount,
        evidence=ev(u),
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


_PLACE = r"県内|域内|地元|市内|町内|村内|地域内|両県|道内|府内|都内|県産|地元産|道産|市産|町産|村産"
_FUTURE = r"引き上げ|引上げ|目標|目指|高め|拡大|まで|増や"
_LABOUR_LOCAL = (
    r"現地化|(?:地元|県内|域内|市内|町内|村内|地域)(?:から|で)?の?(?:採用|雇用)|地元の?人材|技術[^。]{0,12}移転|技術移転|"
    r"(?:開発|設計|研究|製造)?部門[^。]{0,12}(?:移す|移転|移管)"
)
# a time frame for it: a fiscal year, or "5年以内に", "3年後に"
_WITHIN_YEARS = r"[0-9一二三四五六七八九十]+\s*(?:年|か年|カ年)(?:以内|後|目|間で|までに)"


# where a part is procured from: inside the region or the country (not 資金調達)
_HOME = r"(?:国内|県内|域内|地元|市内|町内|村内|道内|府内|都内|地域内|両県|両市|圏内|国産|県産|地元産|道産)"
_PROCURE_AT_HOME = (
    _HOME + r"[^。、]{0,25}?(?:から|で|より|を|の)[^。、]{0,10}?(?<!資金)(?:調達|仕入|購入|供給を受け)"
)
_SMALL_SHARE = r"一部|わずか|少量|ごく一部|[1-4１-４一二三四]割(?!以上)|[1-4]?[0-9]\s*[%％]"


# equipment or parts all made at home: "編機はすべて国内メーカー製である"
_MADE_AT_HOME = (
    _HOME
    + r"[^。、]{0,8}?製(?:である|であり|です|を使用|を採用)|(?:すべて|全て|全量|いずれも)"
    + _HOME
    + r"[^。、]{0,8}?製"
)
# a dated switch to procurement at home: "令和11年度までに国内調達へ切り替える", "県内調達率を8割に引き上げる"
_SWITCH_HOME = (
    _HOME
    + r"[^。]{0,6}?(?:調達|生産|製)[^。]{0,8}?(?:へ|に)(?:切り替え|切替|転換|移行)|"
    + _HOME
    + r"(?:での)?調達(?:率|比率|割合|量)?[^。]{0,15}?(?:引き上げ|引上げ|高め|増や)"
)


def procured_at_home(sn: str) -> bool:
    """Procurement at home stated in words, current and affirmative: "鋼材は国内の特殊鋼メーカーから全量を
    調達しており", "主要部材の大半を県内で仕入れている", "必須部品はすべて国内で調達できる" — not a goal
    ("県内調達を増やす"), a denial ("県内では調達できない") or a small part ("一部を県内から調達")."""
    m = re.search(_PROCURE_AT_HOME, sn)
    if not m:
        return False
    clause = sn[
        max(0, sn.rfind("、", 0, m.start()) + 1) : sn.find("、", m.end()) if "、" in sn[m.end() :] else None
    ]
    if re.search(_SMALL_SHARE, clause) or re.search(_FUTURE, sn[m.start() :]):
        return False
    return affirmed(sn, _PROCURE_AT_HOME)


def _read_procurement(loc: Localization, sentences_: list[str]) -> None:
    """Procurement shares and domestic sourcing, wherever the draft states them (理由, 課題, 現地化 ...)."""
    for s in sentences_:
        sn = nfkc(s)
        if not re.search(r"調達|仕入|輸入|(?:県|国|地元|道|市|町|村)産", sn) and not re.search(
            _MADE_AT_HOME, sn
        ):
            continue
        if re.search(_PLACE, sn):
            for q in (q for q in find_quantities(sn) if q.unit == "%"):
                share = percent_to_share(q)
                before = sn[max(0, q.start - 15) : q.start]
                after = sn[q.end : q.end + 15]
                if re.search(_FUTURE, after + before) and not re.search(r"現在|現状", before):
                    if loc.local_procurement_target is None:
                        loc.local_procurement_target = share
                elif re.search(_PLACE, before + after) and loc.local_procurement_share is None:
                    # "部品の9割を県内で調達している" / "現在、域内調達は6割": the current share
                    loc.local_procurement_share = share
        stated = re.search(r"国内調達|国産|国内[^。]{0,15}(?:から|で)(?:調達|仕入)", sn) and not re.search(
            r"海外から調達している|輸入", sn
        )
        # "2029年度までに国内調達へ切り替える" is the roadmap (below), not procurement at home today
        if (stated or procured_at_home(sn) or re.search(_MADE_AT_HOME, sn)) and not re.search(
            _SWITCH_HOME, sn
        ):
            loc.domestic_procurement = True
        if loc.roadmap is None and (
            re.search(r"ロードマップ|工程表", sn) or (re.search(_SWITCH_HOME, sn) and find_fiscal_years(sn))
        ):
            loc.roadmap = s


def read_localization(ctx: Ctx, companies: list[Company]) -> Localization:
    units = ctx.units("localization")
    loc = Localization()
    text = units_text(units)
    everywhere = [s for u in ctx.sec.units if u.kind != "meta" for s in sentences(u.text)]
    if not text:
        if any(c.attracted for c in companies):
            loc.attracts_outside_company = True
        _read_procurement(loc, everywhere)
        return loc
    loc.policy = text
    loc.evidence = ev(units[0])
    tn = nfkc(text)
    if re.search(
        r"誘致[^。]{0,10}(?:予定していない|予定はない|しない|行わない|行わず|せず|ない|ありません|しません|想定していない|"
        r"考えていない)|"
        r"域外企業[^。]{0,10}(?:ない|しない|せず)",
        tn,
    ):
        loc.attracts_outside_company = False
    elif re.search(ATTRACTED, tn) or any(c.attracted for c in companies):
        loc.attracts_outside_company = True
    own = sentences(text)
    _read_procurement(loc, own + [s for s in everywhere if s not in own])
    for s in own:
        sn = nfkc(s)
        if (
            loc.roadmap is None
            and re.search(_LABOUR_LOCAL, sn)
            and (find_fiscal_years(sn) or re.search(_WITHIN_YEARS, sn))
        ):
            # labour/technology localisation with a date is the roadmap the guidance asks for
            loc.roadmap = s
        if loc.local_capital is None and (
            re.search(r"地元資本|域内資本|地元の出資", sn)
            or (re.search(r"出資|資本参加|合弁", sn) and re.search(_PLACE + r"|組合|地域", sn))
        ):
            loc.local_capital = s
        if re.search(r"再投資|収益[^。]{0,10}還元|利益[^。]{0,10}還元", sn) and loc.reinvestment is None:
            loc.reinvestment = s
    return loc


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


def read_industry(ctx: Ctx) -> Industry:
    dom = ctx.units("industry_domain", cue_fallback=False)
    rea = ctx.units("industry_reason", cue_fallback=False)
    ind = Industry()
    if dom:
        ind.domain = units_text(dom)
        ind.evidence = ev(dom[0])
        items = [u.text.strip() for u in dom if u.kind == "item"]
        ind.products = items
    if rea:
        ind.reason = units_text(rea)
    return ind


def read_authors(val: str, u: Unit) -> tuple[list[Author], bool]:
    names, joint = split_authors(val)
    authors = [Author(name=n, kind=classify_author(n), evidence=ev(u)) for n in names]  # type: ignore[arg-type]
    return authors, joint


def text_or_none(ctx: Ctx, concept: str) -> str | None:
    t = units_text(ctx.units(concept))
    return t or None


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
    plan.industry = read_industry(ctx)
    area = ctx.units("core_area", cue_fallback=False)
    if area:
        plan.core_area = units_text(area)
    plan.target_market = read_market(ctx)
    plan.core_companies = read_companies(ctx)
    plan.kgis = read_kgis(ctx)
    plan.kpis, cycle = read_kpis(ctx)
    if cycle:
        plan.kpi_monitoring_cycle = cycle[0]
    elif plan.kpis and plan.kpis[0].monitoring_cycle and len({k.monitoring_cycle for k in plan.kpis}) == 1:
        plan.kpi_monitoring_cycle = plan.kpis[0].monitoring_cycle
    plan.ripple = read_ripple(ctx)
    plan.investments = read_investments(ctx)
    plan.localization = read_localization(ctx, plan.core_companies)
    plan.commitment = read_commitment(ctx)
    plan.submission.forms = read_forms(ctx)
    plan.roadmap_alignment = text_or_none(ctx, "roadmap")
    plan.block_draft_alignment = text_or_none(ctx, "block_draft")
    plan.infrastructure = text_or_none(ctx, "infrastructure")
    plan.international_competitiveness = text_or_none(ctx, "international")
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
        ("industry", plan.industry.domain),
        ("core_area", plan.core_area),
        ("target_market", plan.target_market.attributes),
        ("core_companies", plan.core_companies),
        ("kgis", plan.kgis),
        ("kpis", plan.kpis),
        ("kpi_monitoring_cycle", plan.kpi_monitoring_cycle),
        ("ripple", any(getattr(plan.ripple, f).stated for f in _RIPPLE)),
        ("investments", plan.investments),
        ("localization", plan.localization.policy),
        ("commitment", plan.commitment.evidence),
    ):
        if present and name not in ctx.found_fields:
            ctx.found_fields.append(name)
    info["meta"] = {k: v[0] for k, v in meta.items()}
    return plan, info
