"""Tables: a grid of cell texts → a `Table` (header rows, orientation, records, total rows).

Everything here reads the expanded grid only (a merged cell's text repeated into every cell it
covers), so a table gives the same records whichever format it came from. The decisions are tables
of signals and words, not branches: add a word or a signal to change them.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Sequence

from .limits import MAX_HEADER_ROWS
from .model import Place, Table

# labels a table puts on its fields (columns of a table read by rows, or rows of one read by columns)
FIELD_LABELS = frozenset(
    [
        "企業名",
        "事業者名",
        "会社名",
        "名称",
        "法人名",
        "団体名",
        "事業者",
        "企業",
        "所在地",
        "本社所在地",
        "所在",
        "住所",
        "従業員数",
        "従業員",
        "従業者数",
        "資本金",
        "売上高",
        "売上",
        "年商",
        "役割",
        "主な役割",
        "担う役割",
        "業種",
        "主な製品",
        "主要製品",
        "製品",
        "事業内容",
        "投資額",
        "投資内容",
        "投資時期",
        "投資規模",
        "時期",
        "設立",
        "設立年",
        "規模",
        "事業規模",
        "参考リスト",
        "備考",
        "指標",
        "現状",
        "現状値",
        "目標",
        "目標値",
        "基準値",
        "基準年度",
        "目標年度",
        "単位",
        "年度",
        "KGI",
        "KPI",
        "累計",
        "累積",
        "項目",
        "区分",
        "内容",
        "計画名",
        "計画の名称",
        "策定主体",
        "作成主体",
        "計画期間",
        "期間",
        "類型",
        "計画の類型",
        "担当",
        "担当課",
        "担当部署",
        "連絡先",
        "目標年",
        "区域",
        "対象地域",
        "地域",
    ]
)
# headers of a two-column table read as label | value ("項目 | 内容"): its rows are the pairs
GENERIC_HEADERS = frozenset(
    ["項目", "内容", "区分", "事項", "記載事項", "記載項目", "記載内容", "名称", "値", "説明", "概要", "記載欄"]
)
_ENTITY = re.compile(
    r"株式会社|㈱|有限会社|合同会社|組合|協会|大学|機構|法人|製作所|工業|ケース|社$|案$|市$|町$|村$|県$"
)
_YEAR = re.compile(r"(?:19|20)[0-9]{2}|令和|R[0-9]|H[0-9]")
# total and reference rows: matched on the record's name (NFKC, spaces removed)
TOTAL_NAMES = frozenset(
    ["合計", "総計", "小計", "計", "総数", "全体", "合算", "累計", "総額", "計(合計)", "全体計"]
)
REFERENCE = re.compile(r"^[(【\[]?参考[)】\]:]")  # 「（参考）…」: set apart for reference
TOTAL_PATTERNS = [
    REFERENCE,
    re.compile(r"^.{0,10}(?:合計|総計|小計|全体|全体計)$"),
    re.compile(r"^[0-9]{1,3}(?:社|者|件|団体|事業者|市町村|市町)計$"),
]


def _norm(cell: str, limit: int = 24) -> str:
    return unicodedata.normalize("NFKC", cell[:limit]).replace(" ", "")


def is_reference(cell: str) -> bool:
    """A row or line set apart for reference (「（参考）市全体」「【参考】雇用と賃金：…」)."""
    return bool(REFERENCE.match(_norm(cell)))


def _label_key(cell: str) -> str:
    t = _norm(cell)
    for opener in "(（":
        i = t.find(opener)
        if i > 0:
            t = t[:i]
    return t


def is_field_label(cell: str) -> bool:
    return len(cell) <= 20 and _label_key(cell) in FIELD_LABELS


def is_total(name: str) -> bool:
    t = _norm(name, 30)
    return t in TOTAL_NAMES or any(rx.search(t) for rx in TOTAL_PATTERNS)


# a line break inside a cell as Markdown and text write it: the cell's lines, as a Word cell's paragraphs are
_CELL_BREAK = re.compile(r"[ \t]*<br\s*/?>[ \t]*", re.IGNORECASE)


def normalise_grid(rows: Sequence[Sequence[str]]) -> list[list[str]]:
    """Rows padded to one width; rows with no text dropped, and empty columns at the right."""
    kept = [[_CELL_BREAK.sub("\n", c).strip() for c in r] for r in rows if any(c.strip() for c in r)]
    width = max((len(r) for r in kept), default=0)
    while width and all(len(r) < width or not r[width - 1] for r in kept):
        width -= 1
    return [(r + [""] * (width - len(r)))[:width] for r in kept]


# a cell that repeats the one above (「〃」「″」「同上」) or the one to its left (「同左」), written out alone
_DITTO_UP = frozenset({"〃", "″", "同上"})
_DITTO_LEFT = frozenset({"同左"})


def with_dittos(grid: list[list[str]]) -> list[list[str]]:
    """The grid with each ditto mark replaced by the text it repeats (the table's cells keep what was written)."""
    if not any(c in _DITTO_UP or c in _DITTO_LEFT for r in grid for c in r):
        return grid
    out = [list(r) for r in grid]
    for i, row in enumerate(out):
        for j, c in enumerate(row):
            if c in _DITTO_UP and i > 0:
                row[j] = out[i - 1][j]
            elif c in _DITTO_LEFT and j > 0:
                row[j] = row[j - 1]
    return out


def transpose(grid: list[list[str]]) -> list[list[str]]:
    return [list(col) for col in zip(*grid, strict=True)] if grid else []


def _spans(row: list[str]) -> list[tuple[int, int]]:
    """Runs (start, end) of two or more equal, non-empty adjacent cells: a merged cell expanded."""
    out, j = [], 0
    while j < len(row):
        k = j
        while k + 1 < len(row) and row[k + 1] == row[j] and row[j]:
            k += 1
        if k > j:
            out.append((j, k + 1))
        j = k + 1
    return out


def header_count(grid: list[list[str]]) -> int:
    """Leading label rows: the first, and each next one under a merged label that it divides
    ("目標値" over "2030年度 | 2035年度") whose first cell repeats the one above or is empty."""
    if not grid:
        return 0
    h = 1
    while h < min(MAX_HEADER_ROWS, len(grid) - 1):
        above, row = grid[h - 1], grid[h]
        spans = _spans(above)
        if not spans or not (row[0] == above[0] or not row[0]) or is_total(row[0]):
            break
        if not all(len(set(row[a:b])) == b - a for a, b in spans):
            break
        h += 1
    return h


def _kind(cell: str) -> str:
    if not cell:
        return "empty"
    return "num" if any(ch.isdigit() for ch in cell[:40]) else "text"


def _consistency(lines: list[list[str]]) -> float:
    shares = []
    for line in lines:
        kinds = [_kind(c) for c in line]
        if kinds:
            shares.append(max(kinds.count(k) for k in set(kinds)) / len(kinds))
    return sum(shares) / len(shares) if shares else 0.0


def _sig_homogeneity(grid: list[list[str]]) -> float:
    """Fields keep one kind of value: if rows are uniform and columns mixed, columns are records."""
    body = [r[1:] for r in grid[1:]]
    if len(body) < 2 or len(body[0]) < 2:
        return 0.0
    return _consistency(body) - _consistency(transpose(body))


def _share(cells: list[str], test) -> float:  # noqa: ANN001 - a predicate
    cells = [c for c in cells if c]
    return sum(1 for c in cells if test(c)) / len(cells) if cells else 0.0


def is_category_line(cells: Sequence[str]) -> bool:
    """A line of categories (「KGI | KGI | 独自KGI | KPI | KPI | KPI」, a 区分 written out for each record): two or more
    values, most of them repeated. Field labels name different fields, so such a line holds values."""
    filled = [c for c in cells if c]
    distinct = set(filled)
    return len(distinct) >= 2 and 2 * len(distinct) <= len(filled)


def _label_share(cells: list[str], merged_header: bool) -> float:
    """The share of field labels in a line; none in a line of categories, unless the line is a merged header the next
    line divides (「現状 | 現状 | 目標 | 目標」 over years, its first cell merged down)."""
    return 0.0 if not merged_header and is_category_line(cells) else _share(cells, is_field_label)


def _sig_labels(grid: list[list[str]]) -> float:
    left = [r[0] for r in grid[1:]]
    top_merged, left_merged = header_count(grid) > 1, header_count(transpose(grid)) > 1
    return _label_share(left, left_merged) - _label_share(grid[0][1:], top_merged)


def _sig_entities(grid: list[list[str]]) -> float:
    def entity(c: str) -> bool:
        return bool(_ENTITY.search(_norm(c, 30)))

    return _share(grid[0][1:], entity) - _share([r[0] for r in grid[1:]], entity)


def _sig_label_value(grid: list[list[str]]) -> float:
    """Two columns of label | value with no header row (a cover table) are one record; a header of generic words
    only (「記載項目 | （空き） | 記載内容」 over a form of two label columns) reads rows."""
    if len(grid) < 2:
        return 0.0
    heads = [c for c in grid[0] if c.strip()]
    if len(heads) >= 2 and all(_label_key(c) in GENERIC_HEADERS for c in heads):
        return -2.0
    if len(grid[0]) != 2:
        return 0.0
    labels = all(0 < len(r[0]) <= 15 and _kind(r[0]) == "text" for r in grid)
    values = any(len(r[1]) > 15 or _kind(r[1]) == "num" for r in grid)
    return 1.0 if labels and values else 0.0


YEAR_CELL_MAX = 16


def _sig_years(grid: list[list[str]]) -> float:
    """Years along one edge are the time axis, the records run along the other: years across the top read by rows,
    years down the left (the same table transposed) by columns."""
    def along(cells: list[str]) -> bool:  # a year heads a short cell: 「R12（2030）」, not 「投資額（R8からの累計、百万円）」
        return sum(1 for c in cells if len(c) <= YEAR_CELL_MAX and _YEAR.search(c)) >= 2

    return float(along([r[0] for r in grid[1:]])) - float(along(grid[0][1:]))


# (signal, weight): a positive total reads each column as a record
ORIENTATION_SIGNALS = [
    (_sig_homogeneity, 2.0),
    (_sig_labels, 3.0),
    (_sig_entities, 2.0),
    (_sig_label_value, 1.5),
    (_sig_years, 1.0),
]


def orientation(grid: list[list[str]]) -> str:
    if len(grid) < 2 or len(grid[0]) < 2:
        return "rows"
    score = sum(w * sig(grid) for sig, w in ORIENTATION_SIGNALS)
    return "columns" if score > 0.25 else "rows"


def _labels(header: list[list[str]], width: int, fallback: str) -> list[str]:
    out: list[str] = []
    seen: dict[str, int] = {}
    for j in range(width):
        parts: list[str] = []
        for row in header:
            if row[j] and (not parts or parts[-1] != row[j]):
                parts.append(row[j])
        label = " ".join(parts) or f"{fallback}{j + 1}"
        seen[label] = seen.get(label, 0) + 1
        out.append(label if seen[label] == 1 else f"{label}#{seen[label]}")
    return out


def label_header(t: Table) -> str:
    """The header of a table's label column when the table is read with labels on top (「地域へのインパクト | 現状 |
    目標」), else ""."""
    return t.cells[0][0].strip() if t.orientation == "rows" and t.cells and t.cells[0] else ""


# a table headed as a form (「区分 | 内容 | 備考」「項目 | 記載内容」): a label column, a content column and perhaps a
# column of notes beside it
_FORM_HEAD = (
    re.compile(r"区分|項目|記載事項|記載項目|事項|要素"),
    re.compile(r"内容|記載内容|概要|具体的な?内容|説明"),
    re.compile(r"備考|補足|特記事項|参照|出典|注記?"),
)


def is_form(t: Table) -> bool:
    """A table whose header row names its columns as a form's — label | content (| notes): it lays the plan out,
    each row an item's text, however few its rows."""
    if t.orientation != "rows" or not t.header_rows or not t.cells or len(t.cells[0]) not in (2, 3):
        return False
    return form_head(t.cells[t.header_rows - 1])


def form_head(row: Sequence[str]) -> bool:
    """A row that only names a form's columns (「項目 | 内容」「記載事項 | 記載内容 | 備考」)."""
    head = [unicodedata.normalize("NFKC", c).strip() for c in row]
    return 2 <= len(head) <= 3 and all(len(c) <= 8 and rx.fullmatch(c) for c, rx in zip(head, _FORM_HEAD, strict=False))


def is_title_row(row: Sequence[str]) -> bool:
    """A first row that is one merged cell (its text repeated in each cell it covers, the rest empty): the table's
    title, not its header."""
    cells = [c.strip() for c in row if c.strip()]
    return len(row) > 1 and bool(cells) and len(set(cells)) == 1


def make_table(
    rows: Sequence[Sequence[str]],
    title: str | None,
    place: Place,
    merges: tuple[tuple[int, int, int, int], ...] = (),
) -> Table | None:
    grid = normalise_grid(rows)
    if not grid or not grid[0]:
        return None
    lead = 1 if len(grid) >= 3 and is_title_row(grid[0]) else 0  # 「ロジックモデル」 over the header: a title
    read = with_dittos(grid[lead:])
    # bands across the table (「KGI（2040年目標）」 merged over a row) group its rows: they say nothing of its layout
    orient = orientation([r for r in read if not is_title_row(r)] or read)
    view = read if orient == "rows" else transpose(read)
    h = header_count(view)
    labels = _labels(view[:h], len(view[0]), "列" if orient == "rows" else "行")
    records = tuple(dict(zip(labels, r, strict=True)) for r in view[h:])
    totals = tuple(i for i, r in enumerate(view[h:]) if is_total(next((c for c in r[:2] if c), "")))
    return Table(
        cells=tuple(tuple(r) for r in grid),
        header_rows=h + lead if orient == "rows" else lead,
        header_cols=h if orient == "columns" else 0,
        orientation=orient,
        records=records,
        title=title,
        place=place,
        total_records=totals,
        merges=merges,
    )
