"""Core operators (計画推進の核となる企業・事業者) and the core area: `operator` statements.

Where: the operator item (B.2.2 / C.2.2) for the operators themselves; that item and its reasons (B.2.3 /
C.2.3) for what the draft says about them (事業規模・能力, 参考リスト・ハブ度, 誘致).
How, by layout first:
- a table of operators (rows or columns, doctree gives records either way): the name column is the one
  whose label names operators (事業者名・企業名・事業主体…; else the first column); every other column is
  read by its label (COLUMNS: 役割・規模・従業員・所在地・区分・参考リスト…), so a size given in a column
  is read; total rows (「（参考）市全体」) are not operators (doctree marks them);
- a list entry or a line: 「A株式会社（甲府市、従業員45名、部品加工）」, 「A：部品加工」, a counted list
  「蔵元3軒（白鷺酒造、山川屋、丸十本店）」, a labelled list 「核となる事業者：A、B、C」; the lines that
  continue an entry (indented under it) say its role;
- a sentence: the scale, the reference list, an attraction, a selection by 公募.
Statement topics: `entity` (subject = name; modality placeholder for 〇〇, attrs: role, location,
employees, sales, kind, attracted, scale, degree …), `category` (operators of a kind, unnamed),
`selection` (to be chosen: modality considering), `scale` / `degree` / `attracted` (a sentence about
some or all of them; attrs.names = the operators it names).
"""

from __future__ import annotations

import re
from dataclasses import replace
from typing import Any

from chiiki_mirai.core.plan import Plan
from chiiki_mirai.core.statement import Statement
from chiiki_mirai.core.text.cues import ARROW_CHARS, LEGAL_FORM, bare_company_name
from chiiki_mirai.core.text.normalize import nfkc, sentences
from chiiki_mirai.core.text.numbers import find_quantities
from chiiki_mirai.readers.statements import entity_words as w
from chiiki_mirai.readers.statements.base import ReadContext, place_of
from chiiki_mirai.readers.statements.claims_from_fields import section_units
from chiiki_mirai.readers.statements.operator_layout import (
    COLUMNS,
    COUNT_COLUMN,
    NAME_COLUMN,
    NUMBERING,
    OPERATOR_ITEMS,
    OPERATOR_SECTIONS,
    area_row,
    counted_row,
    entries,
    form_records,
    layout_key,
    operator_units,
)
from chiiki_mirai.readers.units import Unit

REASON_ITEMS = ("B.2.3", "C.2.3", "B.2", "C.2")
AREA_ITEMS = ("A.2.1", "B.2.1", "C.2.1")

SCALE_SENTENCE = re.compile(
    r"(?:事業規模|生産能力|供給能力|処理能力|加工能力|能力|体制|資金力|技術力|実績|規模)[^。]{0,40}?"
    r"(?:十分|足る|有する|有し|持つ|持ち|備え|確保|可能)|十分な[^。]{0,10}(?:規模|能力|体制|実績)"
)
DEGREE_SENTENCE = re.compile(r"参考リスト|コネクタ[ー一-]?度|ハブ度")
_ALL_OF_THEM = re.compile(r"(?:各社|各事業者|[0-9一二三四五六七八九十]+(?:社|者)(?:とも|いずれも|は|が)|いずれも|全社|すべて|全て|上記)")


def _cell_attrs(rec: dict[str, str], name_key: str) -> dict[str, Any]:
    attrs: dict[str, Any] = {}
    for label, cell in rec.items():
        c = cell.strip()
        if label == name_key or not c or re.fullmatch(r"[-‐―ー－—]+", nfkc(c)):
            continue
        lab = nfkc(label).strip()
        keys = [k for k, rx in COLUMNS if re.search(rx, lab)] if len(lab) <= 24 else []
        # a column of two things (「バリューチェーン上の役割・能力」) gives its cell to both
        for key in keys[:1] + [k for k in keys[1:] if k == "role"]:
            attrs.setdefault(key, c)
    return attrs


def _name_key(rec: dict[str, str]) -> str | None:
    keys = list(rec)
    named = [k for k in keys if NAME_COLUMN.search(nfkc(k).strip()) and not any(
        re.search(rx, nfkc(k)) for _, rx in COLUMNS[:6]) and not COUNT_COLUMN.search(nfkc(k).strip())]
    return named[0] if named else (keys[0] if keys else None)


_COUNTED = re.compile(rf"[0-9一二三四五六七八九十]+\s*{w.COUNTERS}$")


def _entity(name: str, attrs: dict[str, Any], u: Unit, confidence: float = 1.0) -> Statement:
    name = nfkc(name).strip(" 　・")
    kind = _COUNTED.sub("", name)
    if kind != name and w.is_category(kind):  # 「稲庭うどん製造事業者５社」: a kind of operators and how many, no names
        return Statement(kind="operator", topic="category", subject=kind, attrs=attrs, place=place_of(u))
    # 「中核窯元 5軒：〇〇窯、〇〇窯ほか」: a count of operators whose names are still slots
    first = re.split(r"[、,(（]", nfkc(attrs.get("role") or ""))[0]
    counted = _COUNTED.search(name) and w.is_placeholder(first)
    # the name itself withheld (「（社名調整中）」 as the name's note or the role's first words), not a name in the role
    # (「新ブランドの名称は検討中」「新施設（名称未定）の運営」)
    withheld = any(w.NAME_WITHHELD.match(x.strip(" 　()（）")) for x in (nfkc(attrs.get("note") or ""), first))
    mod = "placeholder" if w.is_placeholder(name) or counted or withheld else "affirmed"
    return Statement(kind="operator", topic="entity", subject=name, modality=mod, confidence=confidence,
                     attrs=_normalise(name, attrs), place=place_of(u))


def _normalise(name: str, attrs: dict[str, Any]) -> dict[str, Any]:
    """Read numbers and flags out of the raw attribute texts."""
    out = {k: v for k, v in attrs.items() if v not in (None, "")}
    text = " ".join(str(v) for v in out.values())
    emp = w.employees_in(out.get("employees", "") or "") or w.employees_in(text)
    if emp is None and "employees" in out:
        q = [x for x in find_quantities(out["employees"]) if x.unit == "人"]
        emp = int(q[0].value) if q else None
    out["employees"] = emp
    if "sales" in out:
        out["sales_yen"] = w.money_in(out["sales"])
        # sales are the measure of a business's scale (事業規模), as an entry's 「年商約九億円」 is read: a 売上高
        # column says the scale as a 事業規模 column does
        if out["sales_yen"] is not None and not out.get("scale"):
            out["scale"] = f"売上高 {out['sales']}"
    for k in ("outside_sales", "inside_purchases"):
        if k in out:
            out[k] = w.money_in(out[k])
    for k in ("connector", "hub"):
        if k in out:
            out[k] = _ratio(out[k])
    raw_kind = str(out.get("kind") or "").strip() or None
    out["kind"] = w.legal_kind(raw_kind or "") or w.legal_kind(name) or raw_kind
    origin = nfkc(" ".join(str(out.get(k, "")) for k in ("origin", "kind", "location")) + " " + name)
    out["attracted"] = True if w.ATTRACTED.search(origin) else (False if w.LOCAL.search(origin) else None)
    if out.get("reference") is not None:
        ref = nfkc(str(out["reference"]))
        out["reference"] = not re.search(r"未|なし|無|^[-―ー]$|×|非掲載|掲載されていない", ref)
    return out


def _ratio(cell: str) -> float | None:
    m = re.search(r"([0-9]+(?:\.[0-9]+)?)\s*(%)?", nfkc(cell))
    if not m:
        return None
    x = float(m.group(1)) / (100 if m.group(2) else 1)
    return x if 0 <= x <= 1 else None


def _from_record(u: Unit, key: str | None = None) -> list[Statement]:
    rec = u.record or {}
    key = key or _name_key(rec)
    if key is None:
        return []
    name = rec.get(key, "").strip()
    if not name or not w.plausible_name(w.split_head(name)[0]):
        return []
    head, rest = w.split_head(name)
    attrs = _cell_attrs(rec, key)
    if rest and "role" not in attrs:
        attrs["note"] = rest
    if w.is_category(head) or counted_row(rec, key):
        return [Statement(kind="operator", topic="category", subject=head, attrs=attrs, place=place_of(u))]
    return [_entity(head if not rest.startswith("(") else head, {**attrs, "note": rest} if rest else attrs, u)]


def _from_entry(text: str, u: Unit, in_list: bool) -> list[Statement]:
    """One list entry or line (its continuation lines after the first say the role)."""
    lines = [x for x in nfkc(text).split("\n") if x.strip()]
    if not lines:
        return []
    first, more = lines[0], lines[1:]
    counted = w.counted_list(first)
    if counted:
        cat, names = counted
        return [_entity(n, {"kind": w.legal_kind(cat) or cat, "role": cat}, u) for n in names]
    quoted = w.quoted_operator(first)
    if quoted is not None:
        name, role = quoted
        attrs = w.notes_attrs([n for n in w.notes_of(role) if w.employees_in(n) is not None])
        return [_entity(name, {**attrs, "role": role, "origin": role if w.ATTRACTED.search(role) else None}, u)]
    if (intro := _INTRODUCED.match(first)) is not None:
        first = intro.group("list")  # 「核となる事業者は、…の株式会社香蘭窯業（…）、…の3者である。」: the names listed
    out: list[Statement] = []
    for part in w.split_operators(first):
        head, rest = w.split_head(part)
        if intro is not None:
            head = _NAME_AFTER.search(head).group() if _NAME_AFTER.search(head) else head  # 「町内トップの株式会社香蘭窯業」
        if not w.plausible_name(head):
            continue
        attrs = w.notes_attrs(w.notes_of(rest))
        if more and "role" not in attrs:
            attrs["role"] = " ".join(m.strip().lstrip(ARROW_CHARS + " ") for m in more)  # (a slide's 「→ 役割」 under the name)
        if w.is_placeholder(head) or (w.has_form(head) and not w.is_category(head)):
            out.append(_entity(head, attrs, u))
        elif w.is_category(head) or _ONLY_A_COUNT.match(rest) or _COUNT_OF_OPERATORS.match(rest):
            out.append(Statement(kind="operator", topic="category", subject=head, attrs=attrs, place=place_of(u)))
        elif in_list and (attrs or more):
            out.append(_entity(head, attrs, u, confidence=0.6))
    return out


# a note that is only a count of the kind (「…の製造元（12窯）」「町内の酒蔵（8蔵）」) says how many operators the entry
# stands for; a named firm's note with a count among its attributes (「北浜ワイン（契約農家12戸）」「…（従業員15人、直営3店）」)
# does not. Counted in 施設・事業者・者・社 after a short qualifier (「（町内の約30事業者）」) it is a kind as well.
_ONLY_A_COUNT = re.compile(rf"\(\s*約?[0-9]+\s*{w.COUNTERS}\s*\)")
_COUNT_OF_OPERATORS = re.compile(r"\([^()、,]{0,24}?約?[0-9]+\s*(?:施設|事業者|者|社)\)")


# a sentence that lists the core operators by name: its topic, the names, and the count after them
_INTRODUCED = re.compile(
    r"^(?:本(?:プラン|計画)の)?(?:計画推進の|本プラン推進の)?(?:核|中心|中核)となる(?:事業者|企業|事業主体)(?:等)?は、?"
    r"(?P<list>.+?)(?:の[0-9一二三四五六七八九十]+(?:者|社|事業者|団体)(?:で|である|です|とする)?)?。"
)
# the name at the end of a phrase that describes it (「海外ホテルへの納入実績を持つ陶秀窯」 → 陶秀窯)
_NAME_AFTER = re.compile(r"[一-龥ァ-ヶー々A-Za-zＡ-Ｚａ-ｚ0-9０-９()（）・]+$")


_ROLE_ITEM = re.compile(
    r"^\s*(?:\([ア-ン0-9]\)|[ア-ン][.)\s]|[①-⑳])?\s*(役割|事業内容|概要|機能|位置付け|取組|所在地?|本社|立地|規模|従業員数?)\s*[:：]\s*(.+)$"
)


_ROLE_LABEL = re.compile(r"^(?:役割|事業内容|概要|機能|位置付け|取組|所在地?|本社|立地|規模|従業員数?)$")


_ENTRY_MARK = re.compile(r"^\s*(?:\([ア-ン0-9]\)|[ア-ン][.)\s]|[①-⑳]|[0-9]+[.)])\s*")


_SCALE_LABEL = re.compile(r"(?:事業)?規模(?:・能力)?|(?:事業)?能力|規模と能力")
_SUFFICIENT = re.compile(r"(?<!不)十分|足る|足りる")  # 「計画遂行に不十分」 calls it insufficient


def _from_kv(u: Unit, ctx: ReadContext, found: list[Statement]) -> list[Statement]:
    key, value = _ENTRY_MARK.sub("", nfkc(u.key or "")).strip(), nfkc(u.value).strip()
    if _ROLE_LABEL.match(key) and found and found[-1].topic == "entity":
        attr = "role" if not re.search(r"所在|本社|立地", key) else "location"
        attr = "scale" if key == "規模" else ("employees" if key.startswith("従業員") else attr)
        found[-1].attrs.setdefault(attr, value)
        if attr == "employees":
            found[-1].attrs["employees"] = w.employees_in(key + value)
        return []
    if _SCALE_LABEL.fullmatch(key) and _SUFFICIENT.search(value):  # 「事業規模 → 3社合計売上…から計画遂行に十分」
        return [Statement(kind="operator", topic="scale", modality=w.modality(value), attrs={"names": [], "all": True},  # type: ignore[arg-type]
                          place=place_of(u, u.text))]
    if ctx.outline.item_of_label(key, u.item) == u.item or re.search(r"核となる|事業者|企業|事業主体", key):
        items = [x for x in re.split(r"\s*[・･]\s+|\s+[・･]|\n|(?<=。)\s+", value) if x.strip()]
        out: list[Statement] = []
        for x in items if len(items) > 1 else [value]:
            mine = _from_entry(x, u, in_list=len(items) > 1)
            names = [s.subject or "" for s in found + out if s.topic == "entity"]
            out += mine or _sentence_statements(x, u, names)
        return out
    if w.plausible_name(key) and (w.has_form(key) or any(s.subject == key for s in found)):
        # (a key in a company's legal form 「北浜酒造株式会社：地元の…生産者（12経営体）と連携」 stays that company)
        if not LEGAL_FORM.search(nfkc(key)) and (w.is_category(head := w.split_head(value)[0]) or w.is_placeholder(head)):
            # 「体験工房：町内の竹細工の事業者（個別名は調整中）」: the key is the role, the value says who (not by name)
            return _from_entry(value, u, in_list=False)
        for s in found:  # 「清水谷酒造：従業員14人、約350石」 adds to an operator already named
            if s.subject == key:
                s.attrs.update({k: v for k, v in _normalise(key, w.notes_attrs(w.notes_of(value))).items() if v is not None and s.attrs.get(k) is None})
                return []
        return [_entity(key, w.notes_attrs(w.notes_of(value)), u)]
    return []


def _sentence_statements(text: str, u: Unit, names: list[str]) -> list[Statement]:
    """What a sentence says about the operators: scale, reference list / degrees, attraction, selection."""
    t = nfkc(text)
    named = [n for n in names if bare_company_name(n) in t]
    attrs = {"names": named, "all": bool(_ALL_OF_THEM.search(t)) or not named}
    out = []
    for topic, rx in (("scale", SCALE_SENTENCE), ("degree", DEGREE_SENTENCE), ("attracted", w.ATTRACTED),
                      ("selection", w.TO_BE_SELECTED)):
        if rx.search(t):
            mod = w.modality(t)
            if topic == "selection":
                mod = "considering"
            out.append(Statement(kind="operator", topic=topic, subject=named[0] if len(named) == 1 else None,
                                 modality=mod, attrs=dict(attrs), place=place_of(u, text)))
    return out


def sentences_from_fields(plan: Plan) -> list[Statement]:
    """A plan given as fields (YAML/JSON, a form): what the sentences of its operator items and their reasons
    say about the operators (scale, reference list, attraction, selection), read as a document's sentences are.
    The operators themselves are its `core_companies` (rules/facts/entity_view.py)."""
    names = [c.name for c in plan.core_companies if c.name]
    units = [u for u in section_units(plan) if u.item and any(u.item == p or u.item.startswith(p + ".") for p in REASON_ITEMS)]
    return [s for u in units for s in _sentence_statements(u.text, u, names)]


def _subjects(text: str, u: Unit) -> list[Statement]:
    """A paragraph of the operator item that names them in prose (「株式会社A（従業員120人）は、…を担う。B協同組合（組合員
    28社）は、…。」): a sentence whose subject is a name with a form, or a name whose note gives its form, is that
    operator; else the names with a company form the sentence mentions are."""
    if u.kind != "sentence" or u.item not in OPERATOR_ITEMS:
        return []
    out: list[Statement] = []
    for part in sentences(nfkc(text)) or [nfkc(text)]:
        mine = [s for s in _from_entry(part, u, in_list=False) if s.topic == "entity"]
        head, rest = w.split_head(part)
        notes = w.notes_of(rest) if rest.startswith("(") else []
        if not mine and notes and w.legal_kind(notes[0]) and w.plausible_name(head):  # 「刀匠の藤原氏（個人事業主）は、…」
            mine = [_entity(head, {**w.notes_attrs(notes[1:]), "kind": w.legal_kind(notes[0])}, u)]
        # 「このほか、…である関カトラリー株式会社と、…する株式会社ハモノネクストが参画する。」
        out += mine or [_entity(n, {"role": part.strip(" 。")}, u) for n in w.names_in_prose(part)]
    return out


def _continues(s: Statement, text: str, names: list[str]) -> None:
    """The lines under an operator's own heading (「播州クライオ株式会社（高砂市、従業員約1,150人）」 over 「液化水素
    タンクの設計製造。売上高約820億円。」) say its role and its scale, sentence by sentence — but a sentence whose
    subject is another operator (「北三陸シーファームは…」) speaks of that one."""
    others = [bare_company_name(n) for n in names if n and n != s.subject]
    for sent in sentences(nfkc(text)) or [nfkc(text)]:
        t = sent.strip(" 。").lstrip(ARROW_CHARS + " ")  # (a slide's 「→ 役割」 under the name)
        if not t or any(t.startswith(o) for o in others) or SCALE_SENTENCE.search(t):
            continue  # a claim of capacity is a scale statement of its own (_sentence_statements)
        # 「従業員140人、売上高48億円（令和6年度）」 is its size, part by part; a sentence of prose is its role
        attrs = w.notes_attrs(w.notes_of(t) if w.employees_in(t) is not None or _SIZE.search(t) else [t])
        if "scale" in attrs:
            s.attrs["scale"] = "、".join(x for x in (s.attrs.get("scale"), attrs["scale"]) if x)
        if "role" in attrs:
            s.attrs["role"] = "、".join(x for x in (s.attrs.get("role"), attrs["role"]) if x)
        if s.attrs.get("employees") is None and "employees" in attrs:
            s.attrs["employees"] = w.employees_in(str(attrs["employees"]))


_SIZE = re.compile(r"売上|年商")


def _note_entry(u: Unit) -> bool:
    """A list entry marked ※ is a note about the operators (「※A社は売上高約520億円であり…」), never one of them."""
    return (u.marker or "").startswith(("※", "注"))


def extract_operators(ctx: ReadContext) -> list[Statement]:
    found: list[Statement] = []
    table: list[Unit] = []
    headed: dict[str, Statement] = {}  # an operator named by a heading, by that heading
    for u in form_records(ctx.in_items(*OPERATOR_SECTIONS)):
        if u.kind == "record" and u.item not in OPERATOR_ITEMS and (key := layout_key(u, ctx)):
            if area_row(u.record or {}):
                continue
            found += _from_record(u, key)
            table.append(u)
    item = next((t.id for t in ctx.outline.targets if t.id in OPERATOR_ITEMS), None)
    units = operator_units(ctx)
    if item is not None and not ctx.in_items(item):
        # a company table under the section, or the entries a sentence introduces, are the company item
        listed = table or [u for u in units if u.item not in OPERATOR_ITEMS and u.kind in ("item", "record")]
        if listed:
            ctx.content_places.setdefault(item, listed)
    for text, u in entries(form_records(units)):
        if u.kind == "heading":
            if u.item in OPERATOR_ITEMS and u.section == u.text:  # 「ア 上州クライオ工業株式会社（太田市、従業員620名）」
                mine = [s for s in _from_entry(NUMBERING.sub("", nfkc(text)), u, in_list=False) if s.topic == "entity"]
                found += mine
                if len(mine) == 1:
                    headed[u.text] = mine[0]
            continue
        if u.kind == "record":
            found += _from_record(u)
        elif u.kind == "kv" and text == u.text:
            found += _from_kv(u, ctx, found)
        elif (m := _ROLE_ITEM.match(nfkc(text))) and found and found[-1].topic == "entity":
            # 「（ア）役割：精密部品の加工」 under an operator's entry: its attribute, not an operator
            found += _from_kv(replace(u, key=m.group(1), text=f"{m.group(1)}：{m.group(2)}"), ctx, found)
        else:
            mine = _from_entry(text, u, in_list=u.kind == "item" and not _note_entry(u)) or _subjects(text, u)
            found += mine
            if not mine and u.section in headed:
                _continues(headed[u.section], text, [s.subject or "" for s in found if s.topic == "entity"])
            if not mine:
                own = [s for s in found if s.topic == "entity" and s.place.section == u.section != s.place.quote]
                names = [own[-1].subject or ""] if own and u.section and u.section in own[-1].place.quote else []
                said = _sentence_statements(text, u, names or [s.subject or "" for s in found if s.topic == "entity"])
                for x in said if names else []:  # a line under the operator's own heading speaks of it
                    x.attrs.update(names=names, all=False)
                found += said
    names = [s.subject or "" for s in found if s.topic == "entity"]
    for text, u in entries(ctx.in_items(*REASON_ITEMS)):
        if u.kind in ("sentence", "item") and u.item not in OPERATOR_ITEMS:
            found += _sentence_statements(text, u, names)
    return found


def extract_area(ctx: ReadContext) -> list[Statement]:
    units = [u for u in ctx.in_items(*AREA_ITEMS) if u.kind != "heading" and u.item in AREA_ITEMS]
    cells = [
        (cell, u) for u in ctx.in_items("A.2", "B.2", "C.2") if u.kind == "record"
        for label, cell in (u.record or {}).items() if ctx.outline.item_of_label(label, u.item) in AREA_ITEMS
    ]
    if not units and not cells:
        return []
    if not units:
        return [Statement(kind="section", topic="core_area", subject=cells[0][1].item, modality=w.modality(cells[0][0]),
                          attrs={"text": cells[0][0]}, place=place_of(cells[0][1], cells[0][0]))]
    # a 「核となる区域：…」 line's value, not its label: 「（調整中）」 alone is a slot, not an area
    text = "\n".join(u.value if u.kind == "kv" else u.text for u in units)
    return [Statement(kind="section", topic="core_area", subject=units[0].item, modality=w.modality(text),
                      attrs={"text": text}, place=place_of(units[0]))]
