"""Units attributed to 記載項目 → the fields of the plan model.

Which 記載項目 holds what is decided from the knowledge base's own headings (a "concept" is a
pattern over the headings of the plan type: KGI → 目指すべき目標 / KGI, ...), so the same code reads
A, B and C. Where a concept's 記載項目 is absent, content cues in the whole text are used instead.
Every value keeps an Evidence (heading as written, line, quoted text).
"""

from __future__ import annotations

import re

from readers.extract_context import SECTION_ONLY, Ctx, _first_sentence, _text, ev, sentences
from readers.extract_indicators import _table_columns, _target_year, read_kgis, read_kpis
from readers.extract_meta import read_metadata, read_period
from readers.headings import split_numbering
from readers.municipalities import classify_author, split_authors
from readers.numbers import find_fiscal_years, find_quantities, nfkc, percent_to_share
from readers.sections import Unit
from rules.cues import ADVANTAGE_CUE, CYCLE, affirmed, bare_company_name
from rules.plan import (
    Author,
    Commitment,
    Company,
    ConsultationDesk,
    Evidence,
    Industry,
    Investment,
    Localization,
    Plan,
    Ripple,
    RippleTarget,
    SectionText,
    SupportSystem,
    TargetMarket,
)

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
    full = _text(scope)
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
    adv = _first_sentence(units or all_units, ADVANTAGE_CUE)
    if adv:
        tm.competitive_advantage = adv[1]
    need = _first_sentence(
        units + ctx.units("industry_reason"), r"ニーズ|引き合い|求められ"
    ) or _first_sentence(units + ctx.units("industry_reason"), r"需要")
    if need:
        tm.needs = need[1]
    comp_i = _first_sentence(
        all_units, r"同業種|業種平均|業界平均|同業他社|全国平均|業種内|業の(?:全国)?平均|業平均"
    )
    if comp_i:
        tm.comparison_industry = comp_i[1]
    comp_r = _first_sentence(
        all_units,
        r"域内比較|県内平均|域内平均|市内平均|県内の他産業|地域内の他|域内の他産業|県内他産業|"
        r"(?:県内|市内|町内|村内|域内|地域内|道内)[^。]{0,15}平均",
    )
    if comp_r:
        tm.comparison_region = comp_r[1]
    outlook = _first_sentence(
        units, r"単価|高付加価値|付加価値向上|販路を拡大|販路拡大|販路を?(?:広げ|拡げ|伸ば)|新規顧客|新たな(?:顧客|市場)"
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


# --- companies ----------------------------------------------------------------------------

_COMPANY_WORD = r"株式会社|有限会社|合同会社|合資会社|\(株\)|㈱|組合|法人|機構|大学|工房|製作所|工業|商店|研究所|センター|ラボ|社$"
_EMPLOYEES = re.compile(
    r"(?:従業員|社員|従業者|職員|雇用者)(?:数)?\s*(?:は|[:：])?\s*(?:約|およそ)?\s*([0-9,〇一二三四五六七八九十百千万]+)\s*(?:名|人)"
)
# coming in from outside: "誘致", "町内に加工場を新設して進出" (not 海外進出, which is going out)
_ATTRACTED = r"誘致|(?<!海外)(?<!国外)(?<!世界)進出(?!先)|域外から|県外から|市外から|新規立地|立地予定"
_LOCAL = r"地元|県内に本社|市内に本社|町内に本社|域内に本社|県内企業|地場企業|域内企業"


def _company_kind(text: str) -> str | None:
    t = nfkc(text)
    if re.search(r"大学発|スタートアップ", t):
        return "大学発スタートアップ" if "大学発" in t else "スタートアップ"
    if re.search(r"協同組合|組合", t):
        return "組合"
    if re.search(r"株式会社|有限会社|合同会社|合資会社|\(株\)|㈱", t):
        return "企業"
    if re.search(r"個人事業", t):
        return "個人事業主"
    if re.search(r"一般社団|一般財団|公益|NPO|特定非営利", t):
        return "団体"
    return None


_PLACE_NAME = r"(?:本社[:：]?)?[^\s、。()（）]{1,10}?(?:都|道|府|県|市|区|町|村)(?:[^\s、。()（）]{1,8}?(?:市|区|町|村))?"


def _company_from_line(text: str) -> Company | None:
    s = split_numbering(nfkc(text).strip()).rest
    if re.match(r"^(?:各社|[0-9一二三四五六七八九十]+社(?:とも|は|が)|いずれも|全社)", s):
        return None
    m = re.match(r"^(.{2,40}?)\s*(?:[(（](.*)[)）]\s*(.*)|[:：]\s*(.*)|、(.*)|$)", s)
    if not m:
        return None
    name = m.group(1).strip(" 　、")
    rest = " ".join(g for g in m.groups()[1:] if g)
    quoted = re.search(r"[「『]([^」』]{2,40})[」』]", s)
    if quoted and re.search(_COMPANY_WORD, quoted.group(1)) and not name.startswith(quoted.group(0)):
        # "〇〇系の装置メーカー「△△株式会社」を誘致し…": the quoted name is the company
        name, rest = quoted.group(1), s
    if not re.search(_COMPANY_WORD, name) and len(name) > 25:
        return None
    if not rest.strip() and not re.search(_OPERATOR_WORD, name):
        return None  # a bare phrase ("事業規模と参考リスト"), not an operator
    if "ではな" in name or re.search(r".[はが][^(（]{0,30}?[をでにの][^(（]{2,}", name) or re.search(r"[がはをにでと、]$", name):
        return None  # a sentence about the companies ("Xは国内シェア約3割を持ち", "掲載企業ではないが")
    emp = _EMPLOYEES.search(s)
    from readers.numbers import to_number

    employees = None
    if emp:
        v = to_number(emp.group(1))
        employees = int(v) if v is not None else None
    role_parts = [p.strip() for p in re.split(r"[。、]", _EMPLOYEES.sub("", rest)) if p.strip()]
    role_parts = [p for p in role_parts if not re.fullmatch(r"(?:従業員|社員)?\s*", p)]
    # "（甲府市、従業員数1,120名）": a bare place is where the company is, not its role
    places = [p for p in role_parts if re.fullmatch(_PLACE_NAME, p)]
    role_parts = [p for p in role_parts if p not in places and not re.search(_ATTRACTED, p)]
    c = Company(
        name=name,
        employees=employees,
        role="、".join(role_parts) or None,
        location=places[0] if places else None,
        kind=_company_kind(s),
    )
    if re.search(_ATTRACTED, s):
        c.attracted = True
    elif re.search(_LOCAL, s):
        c.attracted = False
    return c


_OPERATOR_WORD = _COMPANY_WORD + r"|協会|連合会|事務所|公社|農園|酒造|蔵元|個人事業主|事業主|農家|経営体|生産者"


def _prose_company_list(text: str) -> list[str]:
    """A paragraph that is only a list of operators, separated by 、 outside brackets:
    "A株式会社（スキー場運営）、B協同組合（18施設）、C協会。" → ["A株式会社（スキー場運営）", …]."""
    t = nfkc(text).strip().rstrip("。. ")
    parts: list[str] = []
    depth, cur = 0, ""
    for ch in t:
        depth += ch in "(（「『"
        depth -= ch in ")）」』"
        if ch in "、," and depth == 0:
            parts.append(cur.strip())
            cur = ""
        else:
            cur += ch
    parts.append(cur.strip())
    if len(parts) < 2 or "。" in t:
        return []
    heads = [re.split(r"[(（]", p, maxsplit=1)[0] for p in parts]
    if all(2 <= len(h) <= 30 and re.search(_OPERATOR_WORD, h) for h in heads):
        return parts
    return []


_COMPANY_COLS = [
    ("employees", r"従業員|社員数|従業者"),
    ("outside_sales", r"域外販売"),
    ("inside_purchases", r"域内仕入|域内調達"),
    ("reference", r"参考リスト"),
    ("connector", r"コネクター|コネクタ"),
    ("hub", r"ハブ"),
    ("location", r"所在|立地|本社"),
    ("attracted", r"誘致|域外|区分|地元"),
    ("role", r"役割|事業内容|概要|機能|位置付け"),
    ("name", r"企業|事業者|名称|社名|主体"),
]


_DEGREE_WORDS = r"ハブ度|コネクター度|コネクタ度|参考リスト"
_COMPANY_FIELD_ITEM = r"^\s*(役割|事業内容|概要|機能|位置付け|所在地?|本社|立地)\s*[:：]\s*(.+)$"


def _numbering_rest(text: str) -> str:
    """The text after its numbering ("（ア）役割：…" → "役割：…")."""
    return split_numbering(nfkc(text).strip()).rest


def _is_role_line(u: Unit, c: Company) -> bool:
    """A short paragraph right below a company's list item that says what it does."""
    ev_line = c.evidence.line if c.evidence else None
    t = nfkc(u.text).strip()
    return (
        ev_line is not None
        and u.line == ev_line + 1
        and len(t) <= 80
        and not re.search(_OPERATOR_WORD, t)
        and not re.search(r"。.", t)
    )


def read_companies(ctx: Ctx) -> list[Company]:
    units = ctx.units("companies", cue_fallback=False)
    out: list[Company] = []
    done_tables: set[int] = set()
    for u in units:
        if u.kind == "row" and u.table is not None and u.table not in done_tables:
            done_tables.add(u.table)
            out += _companies_from_table(ctx, u.table)
        elif u.kind == "item" and out and (lm := re.match(_COMPANY_FIELD_ITEM, _numbering_rest(u.text))):
            # "(ア) 役割：熱交換器の製造" under a company's entry: that company's role or place
            label, value = lm.group(1), lm.group(2).strip()
            if re.search(_DEGREE_WORDS, value) and not out[-1].degree_statement:
                out[-1].degree_statement = value
            if re.search(r"所在|本社|立地", label):
                out[-1].location = out[-1].location or value
            elif out[-1].role is None:
                out[-1].role = value
        elif u.kind == "item":
            # "核となる事業者：A協同組合（…）、B株式会社、C合同会社": a labelled list of operators
            body = re.sub(r"^\s*(?:\*\*)?[^:：*]{1,15}(?:\*\*)?\s*[:：]\s*", "", u.text)
            parts = _prose_company_list(body) if body != u.text else []
            for part in parts or [u.text]:
                c = _company_from_line(part)
                if c:
                    c.evidence = ev(u)
                    out.append(c)
                    # "…。参考リスト掲載。", "ハブ度が県内上位" written in the company's own entry
                    own = next((x for x in sentences(part) if re.search(_DEGREE_WORDS, nfkc(x))), None)
                    if own and not parts:
                        c.degree_statement = c.degree_statement or own
        elif u.kind == "para" and out and out[-1].role is None and _is_role_line(u, out[-1]):
            # "・株式会社甲斐宝飾（甲府市、従業員数1,120名）" then, indented below it, what the company does
            out[-1].role = nfkc(u.text).strip(" 　")
    table_sections: set[str | None] = set()
    if not out:
        # a table headed 企業名 / 事業者名 is the company list wherever the draft put it
        for ti, t in enumerate(ctx.sec.tables):
            header = [nfkc(h) for h in (t.rows[0] if t.rows else [])]
            if len(t.rows) >= 2 and any(re.fullmatch(r"(?:企業|事業者|事業主体|会社)(?:名|・団体名)?|社名", h.strip()) for h in header):
                out += _companies_from_table(ctx, ti)
                table_sections.add(t.section_id)
    if not out:
        # companies written as a paragraph: one ("〇〇株式会社（従業員45名、〜の製造）") or a list
        # ("A株式会社（…）、B協同組合（…）、C協会。")
        for u in units:
            if u.kind != "para":
                continue
            parts = _prose_company_list(u.text)
            head = re.split(r"[(（:：、]", nfkc(u.text), maxsplit=1)[0]
            if not parts and len(head) <= 40 and re.search(_COMPANY_WORD, head):
                parts = [u.text]
            for part in parts:
                c = _company_from_line(part)
                if c:
                    c.evidence = ev(u)
                    out.append(c)
    # statements about all of them (事業規模, ハブ度, 県内に本社 ...)
    stmt_units = [u for u in units if u.kind == "para"] + ctx.units("company_reason", cue_fallback=False)
    # the paragraphs beside a company table found outside the company item speak about those companies
    # and so do the paragraphs written straight under the section that holds the company item
    parents = {ctx.by_id[u.section_id].parent for u in units if u.section_id in ctx.by_id} - {None}
    stmt_units += [
        u
        for u in ctx.sec.units
        if u.kind == "para" and u not in stmt_units and (u.section_id in table_sections or u.section_id in parents)
    ]
    for u in stmt_units:
        for s in sentences(u.text):
            sn = nfkc(s)
            named = [c for c in out if c.name and bare_company_name(c.name) in sn]
            targets = named or out
            if re.search(_DEGREE_WORDS, sn):
                for c in targets:
                    c.degree_statement = c.degree_statement or s
            if re.search(r"事業規模|能力|資金力|十分", sn):
                for c in targets:
                    c.scale_statement = c.scale_statement or s
            if re.search(_ATTRACTED, sn) and not re.search(r"予定していない|予定はない|しない", sn):
                for c in named:
                    c.attracted = True
            elif re.search(
                r"(?:とも|いずれも|全て|すべて|全社|各社)[^。]{0,12}(?:県内|市内|町内|域内|地元)|" + _LOCAL,
                sn,
            ):
                for c in targets:
                    if c.attracted is None:
                        c.attracted = False
    return out


def _companies_from_table(ctx: Ctx, ti: int) -> list[Company]:
    t = ctx.sec.tables[ti]
    if len(t.rows) < 2:
        return []
    cols = _table_columns(t.rows[0], _COMPANY_COLS)
    out = []
    for row, ln in zip(t.rows[1:], t.row_lines[1:], strict=False):

        def cell(f: str, row: list[str] = row) -> str:
            i = cols.get(f)
            return row[i].strip() if i is not None and i < len(row) else ""

        name = cell("name") or row[0]
        if not name:
            continue
        c = Company(
            name=name, role=cell("role") or None, location=cell("location") or None, kind=_company_kind(name)
        )
        qs = find_quantities(cell("employees"))
        if qs:
            c.employees = int(qs[0].value)
        elif re.fullmatch(r"[0-9,]+", nfkc(cell("employees"))):
            c.employees = int(nfkc(cell("employees")).replace(",", ""))
        for f in ("outside_sales", "inside_purchases"):
            q = [x for x in find_quantities(cell(f)) if x.is_money]
            if q:
                setattr(c, f, q[0].value)
        ref = nfkc(cell("reference")).strip()
        if ref and not re.search(r"未|なし|無|^[-－―ー]$|×", ref):
            c.degree_statement = f"参考リスト{ref}"  # a 参考リスト column saying 掲載 / ○
        for f, attr in (("connector", "connector_degree"), ("hub", "hub_degree")):
            v = cell(f)
            try:
                x = float(nfkc(v).rstrip("%")) / (100 if "%" in v else 1)
                if 0 <= x <= 1:
                    setattr(c, attr, x)
            except ValueError:
                pass
        a = nfkc(cell("attracted"))
        if not a and "attracted" not in cols:
            # no 区分 column: "愛知県豊田市（本市に新工場を誘致）" in the location or role cell says it
            whole = nfkc(" ".join(row[1:]))
            if re.search(_ATTRACTED, whole) and not re.search(r"予定していない|予定はない|しない|行わない", whole):
                c.attracted = True
        if a:
            c.attracted = (
                True
                if re.search(_ATTRACTED + r"|域外|県外", a)
                else (False if re.search(r"地元|域内|県内|既存", a) else None)
            )
        c.evidence = Evidence(section=t.heading or "（前書き）", line=ln, text=" | ".join(row))
        out.append(c)
    return out


# --- ripple, investments, localisation, commitment ------------------------------------------

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
                q = _ripple_quantity(key, qs)
                tgt.stated = True
                tgt.text = clause.strip()
                tgt.evidence = ev(u, clause)
                if q is not None:
                    tgt.value, tgt.unit = q.value, q.unit
                    tgt.year = _target_year(cn)
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
                        stated=True, value=q.value, unit=q.unit, year=_target_year(nfkc(hit)), text=hit.strip(),
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
                year = _target_year(nfkc(snt))
                for clause in re.split(_RIPPLE_CLAUSE, snt):
                    cn = nfkc(clause)
                    for key, rx in _RIPPLE.items():
                        tgt = getattr(r, key)
                        if tgt.stated or not re.search(rx, cn) or re.search(_NO_TARGET, cn):
                            continue
                        q = _ripple_quantity(key, find_quantities(cn))
                        setattr(r, key, RippleTarget(
                            stated=True, value=q.value if q else None, unit=q.unit if q else None,
                            year=(_target_year(cn) or year) if q else None, text=clause.strip(),
                            evidence=ev(u, clause),
                        ))  # fmt: skip
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
        rf"(?:{_COMPANY_WORD})\s*(?:が|は)[^。]{{0,80}}?(?:新設|建設|増設|新築|整備|設置|導入|立地)(?:する|し|を|予定)",
        s,
    )
    if amount is None and not builds:
        return None
    cm = re.search(rf"([^\s、。「」（(]{{1,30}}?(?:{_COMPANY_WORD}))", s)
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
_PROCURE_AT_HOME = _HOME + r"[^。、]{0,25}?(?:から|で|より|を|の)[^。、]{0,10}?(?<!資金)(?:調達|仕入|購入|供給を受け)"
_SMALL_SHARE = r"一部|わずか|少量|ごく一部|[1-4１-４一二三四]割(?!以上)|[1-4]?[0-9]\s*[%％]"


# equipment or parts all made at home: "編機はすべて国内メーカー製である"
_MADE_AT_HOME = _HOME + r"[^。、]{0,8}?製(?:である|であり|です|を使用|を採用)|(?:すべて|全て|全量|いずれも)" + _HOME + r"[^。、]{0,8}?製"
# a dated switch to procurement at home: "令和11年度までに国内調達へ切り替える", "県内調達率を8割に引き上げる"
_SWITCH_HOME = (
    _HOME + r"[^。]{0,6}?(?:調達|生産|製)[^。]{0,8}?(?:へ|に)(?:切り替え|切替|転換|移行)|"
    + _HOME + r"(?:での)?調達(?:率|比率|割合|量)?[^。]{0,15}?(?:引き上げ|引上げ|高め|増や)"
)


def _procured_at_home(sn: str) -> bool:
    """Procurement at home stated in words, current and affirmative: "鋼材は国内の特殊鋼メーカーから全量を
    調達しており", "主要部材の大半を県内で仕入れている", "必須部品はすべて国内で調達できる" — not a goal
    ("県内調達を増やす"), a denial ("県内では調達できない") or a small part ("一部を県内から調達")."""
    m = re.search(_PROCURE_AT_HOME, sn)
    if not m:
        return False
    clause = sn[max(0, sn.rfind("、", 0, m.start()) + 1) : sn.find("、", m.end()) if "、" in sn[m.end() :] else None]
    if re.search(_SMALL_SHARE, clause) or re.search(_FUTURE, sn[m.start() :]):
        return False
    return affirmed(sn, _PROCURE_AT_HOME)


def _read_procurement(loc: Localization, sentences_: list[str]) -> None:
    """Procurement shares and domestic sourcing, wherever the draft states them (理由, 課題, 現地化 ...)."""
    for s in sentences_:
        sn = nfkc(s)
        if not re.search(r"調達|仕入|輸入|(?:県|国|地元|道|市|町|村)産", sn) and not re.search(_MADE_AT_HOME, sn):
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
        if (stated or _procured_at_home(sn) or re.search(_MADE_AT_HOME, sn)) and not re.search(_SWITCH_HOME, sn):
            loc.domestic_procurement = True
        if loc.roadmap is None and (
            re.search(r"ロードマップ|工程表", sn) or (re.search(_SWITCH_HOME, sn) and find_fiscal_years(sn))
        ):
            loc.roadmap = s


def read_localization(ctx: Ctx, companies: list[Company]) -> Localization:
    units = ctx.units("localization")
    loc = Localization()
    text = _text(units)
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
    elif re.search(_ATTRACTED, tn) or any(c.attracted for c in companies):
        loc.attracts_outside_company = True
    own = sentences(text)
    _read_procurement(loc, own + [s for s in everywhere if s not in own])
    for s in own:
        sn = nfkc(s)
        if loc.roadmap is None and re.search(_LABOUR_LOCAL, sn) and (find_fiscal_years(sn) or re.search(_WITHIN_YEARS, sn)):
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


def _staff_count(sn: str) -> int | None:
    """People secured for the support: "専任職員6名", "職員計6名", "各1名の担当職員", "診断士2名"."""
    m = re.search(rf"(?:{_STAFF_WORD})\s*(?:を|が)?\s*(?:計|合計|総勢|各)?\s*([0-9]+)\s*(?:名|人)", sn) or re.search(
        rf"([0-9]+)\s*(?:名|人)の(?:専任|専属|担当|常勤)?(?:の)?(?:{_STAFF_WORD})", sn
    )
    return int(m.group(1)) if m else None


# words that make a listed item a party, a body or a time rather than a field of support
_NOT_A_FIELD = (
    r"企業|事業者|ごと|職員|に対し|対して|本部|会議|体制|窓口|本プラン|本計画|当計画|各社|全社|[0-9]+社|"
    r"拠点|センター|機構|商工会|協会|公庫|銀行|金庫|"
    r"^(?:[都道府県市区町村]|両県|両市|両町|各県)$|[をがは]$"
)


def _support_fields(sn: str) -> list[str]:
    """The fields a support covers, as written: "資金調達・人材確保の伴走支援", "販路開拓に関する支援",
    "設備投資資金、人材確保、輸出の3分野で…伴走支援", "経営計画の策定とAIを活用した業務効率化は、…支援する"."""
    groups: list[str] = []
    for m in re.finditer(r"([^、。にをはがで「」]{2,30}?)(?:の|に関する|についての?)(?:伴走|経営|専門的な?)?支援", sn):
        groups.append(m.group(1))
    # a list before "の(3)分野": items run back from 分野 until one that is not a field
    for m in re.finditer(r"([^。「」]{2,80}?)の\s*(?:[0-9一二三四五六七八九十]+\s*)?(?:つの)?分野(?:で|に|を|について|の)", sn):
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
    for m in re.finditer(r"([^、。「」]{2,40}?)の(?:専門家|コーディネーター|アドバイザー|中小企業診断士|診断士)", sn):
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
        body = _numbering_rest(u.text).strip(" 。")
        if re.fullmatch(rf"(?:{_FIELDS_HEADING})\s*[:：]?", body):
            fields_label = u.heading
            continue
        under_label = fields_label is not None and u.heading == fields_label and u.kind == "item"
        if (under_label or re.search(_FIELDS_HEADING, nfkc(u.heading or ""))) and u.kind in ("item", "para") and len(body) <= 40:
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
                if ss.staff is None and (n := _staff_count(sn)) is not None:
                    ss.staff = n
                    ss_units.append(u)
                continue
            if re.search(r"伴走|支援|体制|本部|会議|職員|金融機関|銀行|金庫|確保|配置|設置", sn):
                ss_units.append(u)
                lm = re.search(
                    rf"({_LEAD})\s*(?:を|が)\s*(?:共同|総括)?\s*(?:本部長|トップ|座長|会長|議長|責任者|主体|長)", sn
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
                    ss.staff = _staff_count(sn)
                for label, rx in _FIN:
                    if re.search(rx, sn) and label not in ss.financial_institutions:
                        ss.financial_institutions.append(label)
                fm = re.search(CYCLE, sn)
                if fm and ss.frequency is None:
                    ss.frequency = fm.group(0)
                for f in _support_fields(sn):
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
            text=_text(own),
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
                text=_text(us),
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
            text=_text(uniq),
            evidence=ev(uniq[0]),
        )
        added.append(tid)
    return added


def read_industry(ctx: Ctx) -> Industry:
    dom = ctx.units("industry_domain", cue_fallback=False)
    rea = ctx.units("industry_reason", cue_fallback=False)
    ind = Industry()
    if dom:
        ind.domain = _text(dom)
        ind.evidence = ev(dom[0])
        items = [u.text.strip() for u in dom if u.kind == "item"]
        ind.products = items
    if rea:
        ind.reason = _text(rea)
    return ind


def read_authors(val: str, u: Unit) -> tuple[list[Author], bool]:
    names, joint = split_authors(val)
    authors = [Author(name=n, kind=classify_author(n), evidence=ev(u)) for n in names]  # type: ignore[arg-type]
    return authors, joint


def text_or_none(ctx: Ctx, concept: str) -> str | None:
    t = _text(ctx.units(concept))
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
        plan.core_area = _text(area)
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

