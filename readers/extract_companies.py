"""Core companies (計画推進の核となる企業／事業者): list items, tables, prose lists, their roles, sizes,
whether attracted from outside, and what the draft says about them (事業規模, 参考リスト, ハブ度)."""

from __future__ import annotations

import re

from chiiki_mirai.core.plan import (
    Company,
    Evidence,
)
from chiiki_mirai.core.text.cues import bare_company_name
from chiiki_mirai.core.text.normalize import nfkc, sentences
from chiiki_mirai.core.text.numbers import find_quantities, to_number
from chiiki_mirai.readers.extract_context import Ctx, ev, numbering_rest
from chiiki_mirai.readers.extract_indicators import table_columns
from chiiki_mirai.readers.headings import split_numbering
from chiiki_mirai.readers.sections import COMPANY_HEADER, Unit

COMPANY_WORD = r"株式会社|有限会社|合同会社|合資会社|\(株\)|㈱|組合|法人|機構|大学|工房|製作所|工業|商店|研究所|センター|ラボ|社$"
_EMPLOYEES = re.compile(
    r"(?:従業員|社員|従業者|職員|雇用者)(?:数)?\s*(?:は|[:：])?\s*(?:約|およそ)?\s*([0-9,〇一二三四五六七八九十百千万]+)\s*(?:名|人)"
)
# coming in from outside: "誘致", "町内に加工場を新設して進出" (not 海外進出, which is going out)
ATTRACTED = r"誘致|(?<!海外)(?<!国外)(?<!世界)進出(?!先)|域外から|県外から|市外から|新規立地|立地予定"
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
    if quoted and re.search(COMPANY_WORD, quoted.group(1)) and not name.startswith(quoted.group(0)):
        # "〇〇系の装置メーカー「△△株式会社」を誘致し…": the quoted name is the company
        name, rest = quoted.group(1), s
    if not re.search(COMPANY_WORD, name) and len(name) > 25:
        return None
    if not rest.strip() and not re.search(_OPERATOR_WORD, name):
        return None  # a bare phrase ("事業規模と参考リスト"), not an operator
    if (
        "ではな" in name
        or re.search(r".[はが][^(（]{0,30}?[をでにの][^(（]{2,}", name)
        or re.search(r"[がはをにでと、]$", name)
    ):
        return None  # a sentence about the companies ("Xは国内シェア約3割を持ち", "掲載企業ではないが")
    emp = _EMPLOYEES.search(s)

    employees = None
    if emp:
        v = to_number(emp.group(1))
        employees = int(v) if v is not None else None
    role_parts = [p.strip() for p in re.split(r"[。、]", _EMPLOYEES.sub("", rest)) if p.strip()]
    role_parts = [p for p in role_parts if not re.fullmatch(r"(?:従業員|社員)?\s*", p)]
    # "（甲府市、従業員数1,120名）": a bare place is where the company is, not its role
    places = [p for p in role_parts if re.fullmatch(_PLACE_NAME, p)]
    role_parts = [p for p in role_parts if p not in places and not re.search(ATTRACTED, p)]
    c = Company(
        name=name,
        employees=employees,
        role="、".join(role_parts) or None,
        location=places[0] if places else None,
        kind=_company_kind(s),
    )
    if re.search(ATTRACTED, s):
        c.attracted = True
    elif re.search(_LOCAL, s):
        c.attracted = False
    return c


_OPERATOR_WORD = (
    COMPANY_WORD + r"|協会|連合会|事務所|公社|農園|酒造|蔵元|個人事業主|事業主|農家|経営体|生産者"
)


def prose_company_list(text: str) -> list[str]:
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
        elif u.kind == "item" and out and (lm := re.match(_COMPANY_FIELD_ITEM, numbering_rest(u.text))):
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
            parts = prose_company_list(body) if body != u.text else []
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
            if len(t.rows) >= 2 and any(COMPANY_HEADER.fullmatch(h.strip()) for h in header):
                out += _companies_from_table(ctx, ti)
                table_sections.add(t.section_id)
    if not out:
        # companies written as a paragraph: one ("〇〇株式会社（従業員45名、〜の製造）") or a list
        # ("A株式会社（…）、B協同組合（…）、C協会。")
        for u in units:
            if u.kind != "para":
                continue
            parts = prose_company_list(u.text)
            head = re.split(r"[(（:：、]", nfkc(u.text), maxsplit=1)[0]
            if not parts and len(head) <= 40 and re.search(COMPANY_WORD, head):
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
        if u.kind == "para"
        and u not in stmt_units
        and (u.section_id in table_sections or u.section_id in parents)
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
            if re.search(ATTRACTED, sn) and not re.search(r"予定していない|予定はない|しない", sn):
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
    cols = table_columns(t.rows[0], _COMPANY_COLS)
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
            if re.search(ATTRACTED, whole) and not re.search(
                r"予定していない|予定はない|しない|行わない", whole
            ):
                c.attracted = True
        if a:
            c.attracted = (
                True
                if re.search(ATTRACTED + r"|域外|県外", a)
                else (False if re.search(r"地元|域内|県内|既存", a) else None)
            )
        c.evidence = Evidence(section=t.heading or "（前書き）", line=ln, text=" | ".join(row))
        out.append(c)
    return out
