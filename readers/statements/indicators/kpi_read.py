"""Reading the KPI zone in order: which unit opens a KPI, which gives a field of the one above, which is a note.

- a KPI table (a 「KPI」 column, or 担当・期限・撤退基準 columns in the KPI section) gives one KPI per row;
  a table of fields only (「意義 | 内容」) completes the KPI opened above it; a table keyed by KPI numbers
  (「対象KPI | 撤退基準」 with 「KPI-1」…) completes the KPIs of the table above by their numbers;
- a labelled line (「ＫＰＩ①　名称」「KPI：名称」) opens a KPI; a sub-heading or a short numbered line in the
  KPI section names one that opens when its first field line comes;
- a field line (「担当：…」「撤退基準　…」) completes the open KPI, or is a note for all when none is open (the
  lines under a table);
- a criterion written on its own (「2028年度に20万個未満なら…見直す。」) goes to the KPI above it, or to the
  last one without a criterion; one that names every KPI (「いずれのKPIも…」) or declines (「撤退基準は設けない」)
  is a note for all;
- a sentence about checking the KPIs (「KPIは半期ごとに…確認する」) is no KPI;
- a line under a row label or key that names a KPI read above (「KPI2」, its name or the end of it) is that KPI's
  field or unlabelled entry, wherever the outline left the row: it opens no KPI.

(Over 400 lines: every branch reads and moves the one state in document order and calls back into `_line`; split,
the parts would import each other.)
"""

from __future__ import annotations

import re
from dataclasses import replace

from chiiki_mirai.core.statement import Statement
from chiiki_mirai.core.text.cues import NUMBERED_NOTE
from chiiki_mirai.core.text.normalize import nfkc
from chiiki_mirai.core.text.numbers import CIRCLED
from chiiki_mirai.core.text.withdrawal import DECLINE, DEFER
from chiiki_mirai.core.text.withdrawal import PROCEDURE as WITHDRAW_PROCEDURE
from chiiki_mirai.readers.doctree.numbering import FIGURE_CAPTION
from chiiki_mirai.readers.doctree.tables import is_reference
from chiiki_mirai.readers.statements.indicators.aligned import aligned_rows
from chiiki_mirai.readers.statements.indicators.kpi import (
    KPI_LABEL,
    NAME_LINE,
    NAMED_KEY,
    WITHDRAW_ACT,
    WITHDRAW_COND,
    Kpi,
    KpiState,
    from_row,
    inline_fields,
    labelled,
    name_before_target,
    put,
    put_note,
    split_target,
    unlabelled,
)
from chiiki_mirai.readers.statements.indicators.kpi_legend import legend_entry, legend_heading, legend_line
from chiiki_mirai.readers.statements.indicators.kpi_merge import merged
from chiiki_mirai.readers.statements.indicators.kpi_notes import (
    CRITERION_WORD,
    criterion_clause,
    is_collective,
    is_collective_key,
    note_fields,
)
from chiiki_mirai.readers.statements.indicators.kpi_owners import give_owners, owner_pairs
from chiiki_mirai.readers.statements.indicators.kpi_prose import is_indicator, ordinal_name, prose_kpi
from chiiki_mirai.readers.statements.indicators.kpi_refs import (
    field_of_key,
    heading_kpi,
    numbered_criterion,
    numbered_field,
    numbered_refs,
)
from chiiki_mirai.readers.statements.indicators.kpi_subjects import (
    HAS_FIGURE,
    by_subjects,
    doer_line,
    in_charge_line,
    named_by_subject,
    named_kpi,
    topic_field_line,
)
from chiiki_mirai.readers.statements.indicators.kpi_tables_read import read_table
from chiiki_mirai.readers.statements.indicators.names import kgi_kind, strip_dress
from chiiki_mirai.readers.statements.indicators.table_places import TableRecords
from chiiki_mirai.readers.statements.indicators.tables import NAME_KEY
from chiiki_mirai.readers.statements.indicators.zones import Zoned, words_zones
from chiiki_mirai.readers.units import Unit

# a criterion for every KPI: 「いずれも」「各KPI」「全てのKPI」「KPI共通」 — as words of their own, not inside a noun
# (「共通予約サイトへの負担をやめ」 is one KPI's criterion)
_UNIVERSAL = re.compile(
    r"いずれも|いずれ(?:か)?の(?:KPI|ＫＰＩ|指標)|各(?:KPI|ＫＰＩ|指標)|(?:全て|すべて|全)の?(?:KPI|ＫＰＩ|指標)|"
    r"(?:KPI|ＫＰＩ|指標)ごと|(?:KPI|ＫＰＩ|指標)?共通(?:して|で|に|[:：]|事項|の(?:撤退|基準|考え方))"
)
_SETS_TARGET = re.compile(r"目指|目標|とする|とします|を見込|まで(?:に)?[^。]{0,12}(?:増や|高め|引き上げ)")
_CHECKING = re.compile(
    r"(?:KPI|指標|進捗|達成状況)[^。]{0,60}?(?:確認|点検|検証|報告|モニタリング|取りまとめ|取りまと|共有|評価|チェック|確かめ|振り返)"
)
_SECTION_LABEL = re.compile(r"KPI|撤退基準|指標")
_MARKS = re.compile(r"^[\s○●◎◆◇■□・*＊]+")
_NUMBERED_LABEL = re.compile(r"^\s*[<＜〈【\[]?\s*(?:KPI|ＫＰＩ|指標)\s*[-－‐]?\s*[(（]?\s*(?:[0-9]{1,2}[)）]?(?:[\s　:：.．、]|$)|[①-⑳])")  # not 「KPI（5W1H）」


def _heading(st: KpiState, z: Zoned) -> None:
    st.current = None
    st.pending = None
    bare = _MARKS.sub("", nfkc(z.text))  # (the heading's own marks: 「○ **KPI-1　…**」)
    lab = labelled(bare) if "kpi" in z.zones and _NUMBERED_LABEL.match(bare) else None
    if lab is not None and lab[0].strip():
        _open(st, *lab, z)  # 「○ **KPI-1　共同排水処理施設の更新工事の進み具合**」 set as a heading over its fields
        return
    if "kpi" not in z.zones or "kpi" in words_zones(z.text):
        return
    text = strip_dress(z.text)
    parts = split_target(text)
    if parts is not None and NAME_LINE.match(parts[0]) and re.search(r"[0-9]", parts[1]):
        if legend_heading(st, parts, z):  # 「①櫨の植栽本数　6,000本（R12末）／産業振興課」 under a legend
            return
        _open(st, parts[0], nfkc(parts[1]), z)  # 「（二）職人数　4人（R7）→8人（R13）」 over its fields
    elif NAME_LINE.match(text):
        st.pending = Kpi(text, z.unit)


def _note(st: KpiState, fields: tuple[str, ...], text: str, z: Zoned) -> None:
    st.notes.append((fields, text, z.unit))


def _collective(st: KpiState, z: Zoned) -> None:
    """A note on every KPI: its department and criterion fill each KPI that has none of its own."""
    if is_collective(z.text):
        for fields, value in note_fields(z.text):
            _note(st, fields, value, z)


def _criterion(st: KpiState, text: str, z: Zoned) -> None:
    """A criterion on a line of its own: the open KPI's, the last one's without one, or everyone's. How the KPIs are
    checked with a loose condition and no figure (「KPIは半期ごとに確認し、進捗が芳しくない場合は計画を見直す」) is the
    monitoring, no KPI's criterion."""
    t = nfkc(text)
    if _CHECKING.search(t) and not re.search(r"[0-9]", t) and not (_UNIVERSAL.search(t) or CRITERION_WORD.search(t)):
        return
    if _UNIVERSAL.search(text) or CRITERION_WORD.search(text) or is_collective(text):
        _note(st, ("withdrawal",), criterion_clause(text), z)
        return
    named = named_by_subject(st, text)
    if named is not None:  # 「熟成庫の利用樽数が2028年度に200樽未満の場合、…」 under a table of KPIs: that KPI's
        put(named, ("withdrawal",), text)
        return
    k = st.target()
    if k is None or k.fields.get("withdrawal"):
        k = next((x for x in reversed(st.kpis) if not x.fields.get("withdrawal")), None)
    if k is None:
        _note(st, ("withdrawal",), text, z)
    else:
        put(k, ("withdrawal",), text)


def _fields(st: KpiState, fields: list[tuple[tuple[str, ...], str]], z: Zoned) -> None:
    k = st.target()
    for fs, v in fields:
        if k is not None:
            put(k, fs, v)
        elif "withdrawal" in fs and by_subjects(st, v):
            continue  # 「撤退基準：」 over one criterion per KPI, each naming its KPI
        else:
            _note(st, fs, criterion_clause(v) if "withdrawal" in fs and CRITERION_WORD.search(v) else v, z)


# 「…／担当：町産業振興課／未達時は…見直す」: a slash between the parts of one entry (not 「人/年」, 「800円/kg」, 「5t/ha」);
# a part may start with a figure when it is a threshold (「…／1000万円未満なら…」), not a second figure of a pair
# (「1,000人／2,500人」) nor a date or a fraction (「3/31」「2/3」)
_PART = re.compile(
    r"\s*/\s*(?=[^0-9年月日人件社回台/A-Za-z㎏㎡])|(?<![0-9.,])\s*/\s*(?=[0-9][^/]{0,40}?(?:未満|下回|以下|割り込|届かな))"
)


def _open(st: KpiState, name: str, rest: str, z: Zoned) -> None:
    head, fields = inline_fields(rest)
    k = Kpi(strip_dress(name) or name, z.unit)
    loose = _PART.split(head) if head.strip() else []  # 「0→6事業者（令和10年度）／志賀町農林水産課」: target, then owner
    for fs, v in fields:
        first, *more = _PART.split(v)
        put(k, fs, first)
        loose += more
    for part in loose:
        unlabelled(k, part)
    st.open(k)


def _fields_only(rest: str) -> bool:
    """The rest of a 「name：」 line is the KPI's labelled fields from its first word (「（担当部署）…（期限）…」)."""
    head, fields = inline_fields(rest)
    return bool(fields) and not head.strip()


def _entry(st: KpiState, z: Zoned, head: str) -> bool:
    """A line that starts with a KPI's name and target, then labelled fields (「（1）輸出認定の取得　令和10年度／
    担当：県水産振興課／…」): opens that KPI."""
    h = _PART.split(strip_dress(head).strip())[0]
    name = name_before_target(h).strip()
    if not NAME_LINE.match(name) or name == h.strip() and not re.search(r"[0-9]", h):
        return False
    t = nfkc(strip_dress(z.text)).strip()
    _open(st, name, t[len(name):] if t.startswith(name) else t, z)
    return True


MAX_PARTS = 50  # KPIs read from one line (a real one holds a handful)
_NEXT_KPI = re.compile(r"(?<=\s)(?=(?:KPI|ＫＰＩ)\s*[-－‐]?\s*[(（]?\s*[0-9０-９①-⑳])")


def _line(st: KpiState, z: Zoned) -> None:
    """One line; a line that holds several labelled KPIs (「KPI①…撤退基準：… KPI2 …」) is read as one per KPI."""
    if z.unit.kind != "kv" and numbered_criterion(st, z.unit.text):
        return  # 「※KPI 1・3が…場合は…見直す。」
    parts = _NEXT_KPI.split(z.unit.text) if z.unit.kind != "kv" else [z.unit.text]
    if len(parts) > 1:
        for p in parts[:MAX_PARTS]:
            _one_line(st, Zoned(replace(z.unit, text=p, norm=nfkc(p)), z.zones, z.headings))
        return
    _one_line(st, z)


# a label that names how the KPIs are followed, not an indicator
_MONITOR_LABEL = re.compile(r"(?:進捗|実績)(?:の)?(?:確認|管理|把握|点検|評価)?|モニタリング|確認(?:頻度|方法|時期)?|点検|PDCA|フォローアップ")
_SHORT_FIELDS = (("owner",), ("deadline",))  # fields one phrase long: a sentence after them is another field's


def _one_line(st: KpiState, z: Zoned) -> None:
    key = nfkc(z.unit.key or "").strip() if z.unit.kind == "kv" else ""
    text = z.unit.value if key else z.text
    if key and numbered_field(st, key, text):
        return  # 「※KPI①撤退基準：…」
    if key and KPI_LABEL.fullmatch(key):
        name, _, rest = nfkc(text).partition(" ")
        _open(st, name, rest, z)
        return
    if key and NAME_KEY.fullmatch(key) and text.strip():
        _open(st, text.strip(), "", z)  # 「KPI(1)」 over 「指標名：…」「目標値：…」: each name opens the KPI its fields fill
        return
    if key and NAMED_KEY.fullmatch(key):  # 「＜KPI①＞ 指標名：name 現状：… 目標：…」: the name, then its fields
        name, _ = inline_fields(text)
        _open(st, name.strip(), nfkc(text)[len(name):], z)
        return
    if not key and (legend_line(st, z.text) or legend_entry(st, z)):
        return
    if is_reference(key or z.text):
        return  # 「（参考）雇用と賃金：…」 beside the KPIs: for reference, no KPI
    if not key and NUMBERED_NOTE.match(nfkc(z.text)):
        _note_line(st, NUMBERED_NOTE.sub("", nfkc(z.text)), z)  # 「注1　KPIの進捗は…」 under a table: a note, no KPI
        return
    if topic_field_line(st, z) or in_charge_line(st, z) or doer_line(st, z):
        return
    fs = field_of_key(key) if key else None
    # a key naming a field (「KPI未達時の撤退基準：…」) is that field of the open KPI, not a KPI label with a name
    lab = labelled(z.text) if fs is None or "name" in fs else None
    if lab is not None:
        _open(st, *lab, z)
        return
    if fs is not None:
        head, more = inline_fields(text)  # 「担当：職業能力開発課　撤退基準：…」: two fields on one line
        value, after = head if more else text, ""
        if fs in _SHORT_FIELDS:
            value, _, after = value.partition("。")
        if is_collective_key(key):  # 「撤退基準（各KPI共通）：…」 after the entries: every KPI's field, not the open one's
            st.target()  # (a KPI named above still opens)
            st.current = None
        _fields(st, [(fs, value), *more], z)
        if after.strip() and (k := st.target()) is not None:
            unlabelled(k, after)  # 「担当：町農林振興課。令和11年度末に…届かない場合、…縮小する。」
        return
    head, fields = inline_fields(z.text)
    if fields and not head.strip():
        _fields(st, fields, z)
        return
    if fields and _entry(st, z, head):
        return
    _plain(st, z)




def _note_line(st: KpiState, text: str, z: Zoned) -> None:
    """A numbered note: a criterion it states goes where a criterion on its own line goes; one on every KPI is a
    note for all; anything else names no KPI."""
    if WITHDRAW_PROCEDURE.search(text):
        return  # 「撤退基準に該当した場合は、…審議を経て翌年度予算に反映する」: what is done once one is met
    if WITHDRAW_COND.search(text) and WITHDRAW_ACT.search(text) or DECLINE.search(text):
        _criterion(st, text, z)
    elif _CHECKING.search(text) or is_collective(text):
        _collective(st, z)


def label_split(t: str) -> tuple[str, str, str]:
    """(label, colon, rest) of 「名称：…」; a colon inside brackets (「推進会議（座長：農政部長、…）とし」) is none."""
    name, sep, rest = t.partition("：") if "：" in t[:40] else t.partition(":")
    if sep and len(re.findall(r"[(（「]", name)) > len(re.findall(r"[)）」]", name)):
        return t, "", ""
    return name, sep, rest


def _plain(st: KpiState, z: Zoned) -> None:
    """A line without labels: a criterion, a check of the KPIs (none), an entry 「名称：目標…」, or a name."""
    t = nfkc(z.text).strip()
    if FIGURE_CAPTION.match(t) or WITHDRAW_PROCEDURE.search(t):
        return  # a table's caption (「図表6-2　KPI未達時の撤退基準」), or what is done once a criterion is met: no criterion
    # a criterion, or a sentence that declines or defers the criteria (「撤退基準は設けない」「…協議を経て設定する」);
    # one that only points elsewhere (「KPIと撤退基準は別紙のとおり」) says nothing of them
    if WITHDRAW_COND.search(t) and WITHDRAW_ACT.search(t) or DECLINE.search(t) or DEFER.search(t.split("。")[0]):
        name, sep, rest = label_split(t)
        if sep and _SECTION_LABEL.search(name) and not rest.strip():
            return  # 「KPI及び撤退基準：」 is a label over the KPIs
        if sep and (fs := field_of_key(name)) is not None:
            _fields(st, [(fs, rest)], z)  # 「撤退の考え方：令和10年度末に…場合は…切り替える」 under the KPI's sentences
        elif sep and _MONITOR_LABEL.fullmatch(name.strip()):
            _collective(st, z)  # 「進捗確認：半年ごと → 未達KPIは…」: how every KPI is followed, no KPI
        elif sep and NAME_LINE.match(name) and not WITHDRAW_COND.search(name):
            _open(st, name, rest, z)
        else:
            if not sep and (found := prose_kpi(t)) is not None and (st.current is None or st.current.name != found[0]):
                # 「Xについては、…課が担当し、…を目標とし、…を下回った場合は…切り替える。」: a KPI and its criterion in one sentence
                cond = WITHDRAW_COND.search(found[1])
                _open(st, found[0], found[1][: max(0, found[1].rfind("、", 0, cond.start()))] if cond else found[1], z)
                if found[2] and st.current is not None:
                    put(st.current, ("owner",), found[2])
            _criterion(st, t, z)
        return
    found = prose_kpi(t)
    if st.pending is not None and HAS_FIGURE.search(t) and named_kpi(st.pending.name):
        # the paragraph under a KPI's name line (「①やせウニの買取量」 over 「令和6年度のゼロを、令和12年度に年間150トンとする。」
        # 「令和12年度までに延べ15人を受け入れる。」): its target, whatever the sentence's own topic
        k = st.target()
        if k is not None:
            unlabelled(k, found[1] if found else t)
            if found and found[2]:
                put(k, ("owner",), found[2])
        return
    k = st.current
    if k is not None and not k.fields.get("target") and HAS_FIGURE.search(t) and _SETS_TARGET.search(t) and found is None:
        unlabelled(k, t)  # 「2031年度に年間3億円を目指します。」 after the KPI's name line: its target
        return
    if found is not None:  # 「修了者数は、…年間150人を目標とし、産業課が所管する。」
        name, rest, owner = found
        _open(st, name, rest, z)
        if owner and st.current is not None:
            put(st.current, ("owner",), owner)
        return
    if (named := ordinal_name(t)) is not None:  # 「2つ目のKPIは、体験観光客数である。」: its target comes next
        st.current, st.pending = None, Kpi(named, z.unit)
        return
    name, sep, rest = label_split(t)
    if sep and NAME_LINE.match(name) and _fields_only(rest) and is_indicator(name):
        _open(st, name, rest, z)  # 「岸壁改良の進捗率：（担当部署）港湾振興課。（進め方）進捗を半期ごとに報告」: a KPI's 5W1H
        return
    if _CHECKING.search(t) or is_collective(t):
        _collective(st, z)
        return
    if not sep and z.unit.kind == "item" and "kgi" not in z.zones:  # 「① 製炭者数　令和13年度に累計12人」: a gap
        parts = split_target(strip_dress(t))
        if parts is not None and kgi_kind(parts[0]) == "custom":  # a mandatory KGI is no KPI
            (name, rest), sep = parts, " "
    if sep and NAME_LINE.match(name) and re.search(r"[0-9]|完了|稼働|着工|開始|整備", rest) and is_indicator(name):
        _open(st, name, rest, z)
    elif NAME_LINE.match(strip_dress(t)) and z.unit.kind in ("item", "sentence") and not re.search(r"[0-9]", strip_dress(t)):
        st.current, st.pending = None, Kpi(strip_dress(t), z.unit)


def extract_kpis(zoned: list[Zoned]) -> list[Statement]:
    st = KpiState()
    rows, headers = aligned_rows(zoned, "kpi")
    seen: set[int] = set()
    table_index = TableRecords(zoned)
    owned: list[list[tuple[str, str]]] = []
    for i, z in enumerate(zoned):
        if "kpi" in z.zones and z.unit.kind in ("sentence", "item", "kv") and (pairs := owner_pairs(z.text)):
            owned.append(pairs)
        if i in headers:
            st.current = st.pending = None
        elif i in rows:
            st.kpis.append(from_row(rows[i], z.unit))
            st.current = st.pending = None
        elif z.unit.kind == "heading":
            _heading(st, z)
        elif z.unit.kind == "record":
            records = table_index.of(z.unit.table) if id(z.unit.table) not in seen else []
            read_table(st, z, seen, records)
        elif z.unit.kind == "kv" and z.unit.key and (k := _row_kpi(st, z, (z.unit.key,))) is not None:
            for piece in _PIECES.split(z.unit.value):  # 「修了者数：・5W1H：… ・撤退基準：…」, a row keyed by a KPI
                if piece.strip():
                    _field_of(st, k, Zoned(replace(z.unit, kind="item", key=None, text=piece, norm=nfkc(piece)), z.zones, z.headings))
        elif z.unit.kind in ("sentence", "item", "kv") and (k := _row_kpi(st, z, z.headings)) is not None:
            _field_of(st, k, z)  # under a row label naming a KPI read above, wherever the outline left that row
        elif "kpi" in z.zones and z.unit.kind in ("sentence", "item", "kv"):
            _line(st, z)
        elif z.unit.kind in ("sentence", "item", "kv") and is_collective(z.text):
            _collective(st, z)  # a note on every KPI outside the KPI section (under a KGI・KPI table)
    _dittos(st.kpis)
    for pairs in owned:  # 「担当部署は、出荷量が町企画課、加工率が…」: before the notes on every KPI
        give_owners(st.kpis, pairs)
    for fields, text, unit in st.notes:
        # 「①については…、②については…」, or a list of criteria numbered as the KPIs are: only the KPIs it numbers
        refs = numbered_refs(text) or (set() if is_collective(text) else _marker_ref(unit, fields))
        for i, k in enumerate(st.kpis, start=1):
            if not refs or i in refs:
                put_note(k, fields, text, unit.text)
    return [k.statement() for k in merged(st.kpis) if k.name]


def _row_kpi(st: KpiState, z: Zoned, labels: tuple[str, ...]) -> Kpi | None:
    """The KPI a row label or key names, for a line in the KPI part or in a part of no zone (a 5W1H form beside the
    KPI table): a key 「宿泊者数」 under 地域への波及効果 fills no KPI's fields."""
    return heading_kpi(st, labels) if "kpi" in z.zones or not z.zones else None


_PIECES = re.compile(r"(?:^|\s|<br>)[・●○◆■-]\s*")


def _field_of(st: KpiState, k: Kpi, z: Zoned) -> None:
    """A line under a row label that names a KPI (by number or name): its labelled fields are that KPI's, and a line
    without labels (「県の貿易協会と共催」, 「5W1H：…。担当は…課。」) is read as that KPI's unlabelled entry; it opens
    no KPI."""
    st.current, st.pending = k, None
    key, sep, value = (z.unit.key, "：", z.unit.value) if z.unit.kind == "kv" and z.unit.key else label_split(nfkc(z.text))
    fs = field_of_key(nfkc(key)) if sep and key.strip() else None
    if fs == ("fivew",):
        # 「5W1H：意義＝…／担当部署＝…課／…」: each labelled part to its field, when the labels lead (a label after
        # its answer, 「…のため（なぜ）、…課が（誰が）、」, would hand each field the next one's answer)
        head, parts = inline_fields(value)
        split = len(parts) >= 2 and not head.strip(" 、,。/")
        for part_fields, v in parts if split else []:
            put(k, part_fields, v)
        unlabelled(k, head if split else value)  # 「5W1H：…のため。担当は…課。…で確認。」: by what each says
    elif fs or inline_fields(z.text)[1]:
        _line(st, z)
    else:
        unlabelled(k, label_split(nfkc(z.text))[2] or z.text)
    st.current = None


# a KPI line closed by 「（同上）」「（同左）」「（〃）」: its note is the KPI's before it (「（担当：…課、毎年度）」)
_DITTO_NOTE = re.compile(r"[(（]\s*(?:同上|同左|〃|″)\s*[)）]\s*$")


def _dittos(kpis: list[Kpi]) -> None:
    """A KPI whose note says 「同上」 takes the department of the KPI before it, when it names none of its own."""
    for prev, k in zip(kpis, kpis[1:], strict=False):
        if not k.fields.get("owner") and prev.fields.get("owner") and _DITTO_NOTE.search(nfkc(k.fields.get("target") or "")):
            put(k, ("owner",), prev.fields["owner"])


def _marker_ref(u: Unit, fields: tuple[str, ...]) -> set[int]:
    """A criterion written as a list entry marked ①–⑳ (a 【撤退基準】 box beside the KPI table): the KPI of that
    number."""
    n = CIRCLED.get((u.marker or "").strip())
    return {n} if "withdrawal" in fields and n is not None else set()
