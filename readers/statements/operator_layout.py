"""How operators are laid out in a draft: the units of the operator item regrouped as written.

- `entries`: one text per list entry or paragraph line (a bracket left open runs on into the next unit);
- `operator_units`: the operator item's units, and the lines after a label that names it with no value;
- `form_records`: a one-row table written as label：value lines is one record;
- `layout_key`: in the section's own tables, the column that names the operators;
- `COLUMNS`: a column label → the attribute its cells give.
"""

from __future__ import annotations

import re
from dataclasses import replace

from chiiki_mirai.core.text.normalize import nfkc
from chiiki_mirai.core.text.sudachi import tokenizer
from chiiki_mirai.readers.statements import entity_words as w
from chiiki_mirai.readers.statements.base import ReadContext
from chiiki_mirai.readers.units import Unit

OPERATOR_ITEMS = ("B.2.2", "C.2.2")
OPERATOR_SECTIONS = ("B.2", "C.2")  # the sections the operator items belong to

# a column label → the attribute its cells give (first match wins; the name column is found separately)
COLUMNS: tuple[tuple[str, str], ...] = (
    ("reference", r"参考リスト"),
    ("connector", r"コネクタ"),
    ("hub", r"ハブ"),
    ("outside_sales", r"域外販売"),
    ("inside_purchases", r"域内仕入|域内調達"),
    ("employees", r"従業員|社員数|従業者|職員数|人員"),
    ("sales", r"売上|年商|出荷額|販売額"),
    ("scale", r"規模|能力|実績|生産量|生産能力|製造量|設備"),
    ("role", r"役割|事業内容|取組|概要|機能|位置付|担当|工程|分野"),
    ("location", r"所在|立地|本社|^地域$|^地区$|^市町村$|拠点"),
    ("kind", r"種別|形態|業態|法人格"),
    ("origin", r"区分|誘致|地元|域内外|出自"),
)
NAME_COLUMN = re.compile(r"事業者|企業|事業主体|名称|社名|会社|団体|主体|組織|事業所|^項目$|^案件$|^名前$")
def entries(units: list[Unit]) -> list[tuple[str, Unit]]:
    """The units regrouped as written: one text per list entry or paragraph line (sentences of one
    paragraph and the continuation lines of one entry are joined), records and kv lines as they are."""
    out: list[tuple[str, Unit]] = []
    for u in units:
        prev = out[-1][1] if out else None
        if prev is not None and prev.line == u.line and _open_bracket(out[-1][0]):
            out[-1] = (out[-1][0] + u.text, prev)  # 「A株式会社（本社：東京都、従業員」 continues on the next unit
            continue
        if (
            prev is not None
            and u.kind in ("item", "sentence")
            and prev.kind == u.kind
            and prev.line == u.line
            and prev.marker == u.marker
            and prev.part == u.part  # two bullets of one layout cell are two entries
        ):
            out[-1] = (out[-1][0] + ("\n" if u.kind == "item" else "") + u.text, prev)
        else:
            out.append((u.text, u))
    return out


def _open_bracket(text: str) -> bool:
    t = nfkc(text)
    return t.count("(") > t.count(")")


def layout_key(u: Unit, ctx: ReadContext) -> str | None:
    """A record of a table laid out as the section (「（1）核となる区域 | （2）核となる企業 | 所在地 …」):
    the label that names the operator item is the name column."""
    rec = u.record or {}
    for label in rec:
        if ctx.outline.item_of_label(label, u.item) in OPERATOR_ITEMS:
            return label
    # a table of operators in the section itself: a name column beside a role or size column
    name = next((k for k in rec if _NAME_KEY.search(nfkc(k).strip())), None)
    attrs = {k for k, rx in COLUMNS for label in rec if re.search(rx, nfkc(label))}
    return name if name and attrs & {"role", "employees", "scale"} else None


# a row of the section's table that a class column (「区分」「種別」) calls the area (「地域 | 境港市 竹内団地」), not an operator
_CLASS_COLUMN = re.compile(r"^(?:区分|種別|分類)$")
_AREA_CLASS = re.compile(r"^(?:核となる)?(?:地域|区域|地区|エリア)$")


def area_row(rec: dict[str, str]) -> bool:
    return any(_CLASS_COLUMN.match(nfkc(k).strip()) and _AREA_CLASS.match(nfkc(v).strip()) for k, v in rec.items())


NUMBERING = re.compile(r"^\s*(?:[ア-ン]|[0-9]+|[(][0-9]+[)]|[①-⑳])[.)、\s]\s*")


# a sentence that introduces the operators listed after it, where the item has no heading of its own:
# 「計画推進の核となる企業は、次の3社である。」「核となる事業者として、以下の4者を位置付ける。」
_INTRO = re.compile(r"核となる(?:企業|事業者|事業主体)[^。]{0,12}(?:は|として|を)[^。]{0,16}(?:次の|以下の|下記の)")


def _continues_label(u: Unit, label: Unit | None) -> bool:
    return label is not None and u.kind in ("sentence", "item") and u.section == label.section


def _names_first(u: Unit) -> bool:
    """A line that opens with an operator's name in its legal form (「南紀アクア株式会社（従業員17人）は、…」)."""
    head, _ = w.split_head(u.text)
    return w.plausible_name(head) and w.has_form(head)


_CASE = frozenset({"が", "を", "に", "で"})


def _names_an_operator(u: Unit) -> bool:
    """A list entry under a heading joining the operator item with another opens with a name (in its legal form)
    and is no clause: 「山峡ゆず加工株式会社（…）：…」 is an operator, 「町の観光協会が誘客を担う」 a sentence."""
    if not _names_first(u):
        return False
    head, _ = w.split_head(u.text)
    morphs = [m for m in tokenizer().tokenize(head) if m.surface().strip()]
    verb = any(m.part_of_speech()[0] in ("動詞", "助動詞") for m in morphs)
    return not (verb and any(m.part_of_speech()[0] == "助詞" and m.surface() in _CASE for m in morphs))


def _listed_after(u: Unit, intro: Unit | None) -> bool:
    """An entry after the sentence that introduces the operators, in its section: a list entry or record, or a
    paragraph of its own that opens with a name — the same list written without marks, one paragraph a company."""
    if intro is None or u.section != intro.section:
        return False
    return u.kind in ("item", "record") or (u.kind == "sentence" and u.line != intro.line and _names_first(u))


def operator_units(ctx: ReadContext) -> list[Unit]:
    """The units of the operator item; the lines after a label that names it with no value of its own
    (「核となる企業と役割：」 followed by one sentence per company) up to the next label or heading; and the
    list entries after a sentence that introduces them (「核となる企業は、次の3社である。」) in the section."""
    out: list[Unit] = []
    label: Unit | None = None
    intro: Unit | None = None
    naming = _naming_headings(ctx)
    under: int | None = None  # the line of the section heading the unit sits under
    for u in ctx.units:
        if u.kind == "heading" and u.section == u.text:
            under = u.line
        if u.item in OPERATOR_ITEMS:
            out.append(u)
            label = u if u.kind == "kv" and not nfkc(u.value).strip() else None
            # an introducing sentence the lead-ins placed at the item itself still introduces what follows it
            intro = u if u.kind == "sentence" and _INTRO.search(u.norm) else intro if _listed_after(u, intro) else None
        elif _continues_label(u, label) or _listed_after(u, intro) or (
            under in naming and u.item in OPERATOR_SECTIONS and (u.kind == "kv" or (u.kind == "item" and _names_an_operator(u)))
        ):
            out.append(u)
        else:
            label = None
            intro = u if u.kind == "sentence" and u.item in OPERATOR_SECTIONS and _INTRO.search(u.norm) else None
    return out


def _naming_headings(ctx: ReadContext) -> set[int]:
    """The lines of headings that name the operator item together with another (「核となる地域と事業者」): the entries
    under such a heading that no label of their own places at another item may be the operators, as under the item's
    own heading."""
    return {s.place.line for s, _ in ctx.doc.walk() if set(ctx.outline.named_by(s)) & set(OPERATOR_ITEMS)}


_NAME_KEY = re.compile(r"事業者|企業名|事業主体|社名|会社名|^名称$|^企業$")


def form_records(units: list[Unit]) -> list[Unit]:
    """A one-row table written as label：value lines (「企業名：A株式会社」「従業員数：300名」「役割：…」 on one
    line of the source) is one record: the kv units of one line that name an operator and its attributes."""
    out: list[Unit] = []
    i = 0
    while i < len(units):
        u = units[i]
        run = [u]
        while u.kind == "kv" and i + len(run) < len(units) and units[i + len(run)].kind == "kv" and units[i + len(run)].line == u.line:
            run.append(units[i + len(run)])
        keys = [nfkc(x.key or "").strip() for x in run]
        attrs = {k for k, rx in COLUMNS for key in keys if re.search(rx, key)}
        if len(run) > 1 and any(_NAME_KEY.search(k) for k in keys) and attrs & {"role", "employees", "scale"}:
            rec = {nfkc(x.key or "").strip(): nfkc(x.value).strip() for x in run}
            out.append(replace(u, kind="record", record=rec))
        else:
            out += run
        i += len(run)
    return out


# a column that counts the operators a row stands for (「事業者数｜５社」「団体数｜２団体」): the row is a kind of them
COUNT_COLUMN = re.compile(r"(?:事業者|企業|団体|組合|者|社|戸|経営体)数$")
_MANY = re.compile(r"([0-9]+)\s*(?:社|者|団体|組合|戸|経営体|事業者)")


def counted_row(rec: dict[str, str], key: str) -> bool:
    for k, v in rec.items():
        m = _MANY.search(nfkc(v or "")) if k != key and COUNT_COLUMN.search(nfkc(k).strip()) else None
        if m and int(m.group(1)) > 1:
            return True
    return False
