"""Documents → a flat list of blocks: headings, paragraphs (incl. list items) and tables.

Markdown, plain text and Word are reduced to the same shape so one extractor reads them all.
Each block keeps its 1-based line (text) or paragraph number (Word) for evidence.
A heading `candidate` is only a possibility: the sectioner decides (plain numbered lines that match
no 記載項目 stay paragraphs, because in running text `1.` is as often a list item as a heading).
"""

from __future__ import annotations

import io
import re
import unicodedata
import zipfile
from collections import Counter
from dataclasses import dataclass, field

from chiiki_mirai.core.errors import UserError
from chiiki_mirai.readers import limits
from chiiki_mirai.readers.headings import split_numbering


@dataclass
class Block:
    kind: str  # "heading" | "para" | "table"
    text: str
    line: int
    level: int | None = None  # explicit level (Markdown #, Word Heading N); None for plain lines
    style: str | None = None  # numbering style
    number: int | None = None
    markup: bool = (
        False  # heading by markup (Markdown #, Word style, bold, 【】) rather than by numbering only
    )
    list_item: bool = False
    rows: list[list[str]] = field(default_factory=list)  # tables: header first
    row_lines: list[int] = field(default_factory=list)
    # tables: each cell's own blocks (its paragraphs, list items and nested tables), row by row; a
    # table that lays out the whole plan (記載項目 | 記載内容) is unfolded into headings and content
    cells: list[list[list[Block]]] | None = None


_MD_HEADING = re.compile(r"^(#{1,6})\s+(.*?)\s*#*\s*$")
# "*" is a bullet only when it is not the start of "**bold**" (a bold label or pseudo-heading)
_BULLET = re.compile(r"^\s*(?:[-+・●○■□◆◇▪•]|\*(?!\*)|※)\s*")
# marks that head sections in Japanese drafts: filled and hollow squares / diamonds (■ then □, ◆ then ◇)
_HEADING_MARKS = {"■": "■", "◆": "◆", "□": "□", "◇": "◇"}
_BOLD_LINE = re.compile(r"^\s*(?:\*\*|__)(.+?)(?:\*\*|__)\s*[:：]?\s*$")
_BRACKET_LINE = re.compile(r"^\s*(?:[【〔［\[]\s*([^】〕］\]]+?)\s*[】〕］\]]|[■◆●□◇]\s*(.+?))\s*$")
# a title underlined with a rule line (Markdown's "===" / "---", or the "〓〓〓" / "＝＝＝" / "━━━" a plain
# text draft draws): a setext heading
_UNDERLINE = re.compile(r"\s*(?:=+|-{3,}|[〓＝]{3,}|[━─]{3,})\s*")
_COLON_LABEL = re.compile(r"^(?:\*\*|__)?([^\s:：。、|][^:：。|]{1,24}?)(?:\*\*|__)?\s*[:：]$")
_TABLE_SEP = re.compile(r"^\s*\|?\s*:?-{2,}:?\s*(\|\s*:?-{2,}:?\s*)*\|?\s*$")
_SENTENCE_END = re.compile(r"[。．]\s*$|です|ます|である")


def _split_md_row(line: str) -> list[str]:
    s = line.strip()
    if s.startswith("|"):
        s = s[1:]
    if s.endswith("|") and not s.endswith("\\|"):
        s = s[:-1]
    cells = re.split(r"(?<!\\)\|", s)
    return [c.replace("\\|", "|").strip() for c in cells]


def _heading_like(text: str) -> bool:
    """A plain line short and bare enough to be a heading (no sentence ending, no key: value)."""
    t = text.strip()
    if not t or len(t) > 60 or _SENTENCE_END.search(t):
        return False
    return not re.search(r"[:：]\s*\S", t)


# "期間：…", "**作成**：…", "目標年度　2030年度" (a label then a full-width space or a tab)
_KEY_VALUE = re.compile(r"^[^\s:：。、]{1,15}(?:\s*[:：]|[\u3000\t]+\S)")


def _continues(prev: str, line: str) -> bool:
    """Whether `line` continues the paragraph of `prev` (a hard wrap) rather than starting a new one."""
    if re.search(r"[。．！？!?:：]\s*$", prev) or len(prev) < 20:
        return False
    # a labelled entry ("KPI2：…／期限：…") is complete on its line: the next sentence is not its wrap
    return not _KEY_VALUE.match(line) and not _KEY_VALUE.match(prev)


def _bullet_heading(line: str, body: str, lines: list[str], i: int) -> bool:
    """A short bare bullet line followed by content that is not a sibling bullet of the same mark."""
    mark = line.lstrip()[:1]
    if mark == "※" or not _heading_like(body) or len(body) > 30:
        return False
    nxt = next((x.strip() for x in lines[i + 1 :] if x.strip()), "")
    return bool(nxt) and not nxt.startswith(mark)


# an entry labelled with a number: "KPI1 …", "KGI②：…", "取組①　…" (a list entry even without a bullet)
_ENTRY_LABEL = re.compile(
    r"^(?:[A-Za-zＡ-Ｚａ-ｚ]{2,5}[ \u3000]?[-－‐]?(?:[0-9０-９]{1,2}|[\u2460-\u2473]|[(（][0-9０-９]{1,2}[)）])"
    r"|[^\s、。：:0-9０-９]{1,8}?[\u2460-\u2473])(?=[\s\u3000:：.．)）、]|$)"
)
# a line that cannot begin anything: it ends the sentence or bracket of the line before
_TAIL = re.compile(r"^[。．、，,）」』】〕\)]")
_BLOCKQUOTE = re.compile(r"^[ \t]{0,3}>(?:[ \t]?>)*(?=[ \t]|$)[ \t]?")
_KATAKANA = re.compile(r"[ァ-ヴーｦ-ﾟ]")


def entry_label(text: str) -> bool:
    """Whether a paragraph begins with a numbered label ("KPI1 …", "KPI①：…"): a list entry."""
    return bool(_ENTRY_LABEL.match(text.strip()))


def _width(s: str) -> int:
    return sum(2 if unicodedata.east_asian_width(c) in "WF" else 1 for c in s)


def _wrap_width(lines: list[str]):  # noqa: ANN202 - (measure, width) or None
    """A text hard-wrapped at a fixed width (38 characters, 76 columns…): the measure and the width at
    which lines were cut, when many lines share one length and few are longer."""
    body = [x.rstrip() for x in lines if len(x.strip()) >= 16 and not x.lstrip().startswith(("|", "#"))]
    if len(body) < 8:
        return None
    best = None
    for measure in (len, _width):
        counts = Counter(measure(x) for x in body)
        width, k = counts.most_common(1)[0]
        near = sum(v for w, v in counts.items() if width - 1 <= w <= width)
        longer = sum(v for w, v in counts.items() if w > width)
        if (
            k >= 5
            and near >= 0.2 * len(body)
            and longer <= 0.1 * len(body)
            and (best is None or near > best[2])
        ):
            best = (measure, width, near)
    return (best[0], best[1]) if best else None


def _strong_start(s: str, prev: str) -> bool:
    """Whether a line after a line cut at the wrap width still starts a new entry: a bullet, a numbered
    label followed by a space or a mark ("1.1 …", "(2)", "第3節"), a labelled entry ("KPI2 …").
    "1.5倍に…" and "・システム" (the rest of a katakana compound) are the cut line's continuation."""
    if _TAIL.match(s):
        return False
    if _BULLET.match(s):
        return not (s[0] == "・" and _KATAKANA.match(s[1:2]) and _KATAKANA.match(prev[-1:]))
    if _ENTRY_LABEL.match(s) or _MD_HEADING.match(s):
        return True
    num = split_numbering(s)
    if not num.style:
        return False
    after = s[len(num.label) : len(num.label) + 1]
    return not (num.label[-1:].isdigit() and after and not after.isspace())


def _join(text: str, more: str, hanging: bool = False) -> str:
    """Two wrapped pieces of one paragraph: Japanese joins without a space (a hanging indent keeps a
    full-width one), Latin words with one."""
    if not text:
        return more
    a, b = text[-1:], more[:1]
    if hanging:
        return text + ("\u3000" if (a > "\u3000" or b > "\u3000") else " ") + more
    if a.isascii() and b.isascii() and a.isalpha() and b.isalpha():
        return text + " " + more
    if a > "\u3000" or b > "\u3000" or _has_cjk(text) or _has_cjk(more):
        return text + more
    return text + " " + more


def _indent(raw: str) -> int:
    return _width(raw[: len(raw) - len(raw.lstrip())].replace("\t", "    "))


def _has_cjk(s: str) -> bool:
    return any(c > "\u3000" for c in s)


def text_blocks(text: str) -> list[Block]:
    """Markdown or plain text → blocks."""
    lines = text.split("\n")
    if len(lines) > limits.MAX_LINES:
        raise UserError(f"行数が多すぎます（{len(lines):,}行。上限は{limits.MAX_LINES:,}行）")
    # a Markdown block quote ("> 策定：〇〇県") is layout: its lines are read as they are written
    lines = [_BLOCKQUOTE.sub("", x) for x in lines]
    wrap = _wrap_width(lines)

    def full(raw: str) -> bool:
        return wrap is not None and wrap[0](raw.rstrip()) >= wrap[1] - 1

    blocks: list[Block] = []
    i = 0
    para: list[tuple[int, str]] = []
    # the list entry being read (a bullet, numbered or labelled line): its wrapped and hanging-indented
    # continuation lines are a part of it
    entry: list = [None, "", ""]  # [Block | None, last raw line, first raw line]

    def flush() -> None:
        if para:
            joined = para[0][1]
            for _, t in para[1:]:
                joined = _join(joined, t)
            blocks.append(Block("para", joined, para[0][0], list_item=entry_label(joined)))
            para.clear()

    def continues_entry(raw: str, s: str) -> str | None:
        """How `raw` continues the open entry: "hang" (indented under it), "wrap" (the entry's line
        was cut at the wrap width), or None (it starts something new)."""
        b, last = entry[0], entry[1]
        if b is None:
            return None
        if _TAIL.match(s):
            return "wrap"
        if _BULLET.match(s) and not (full(last) and not _strong_start(s, last.strip())):
            return None
        if split_numbering(s).style or _ENTRY_LABEL.match(s) or _MD_HEADING.match(s):
            return "wrap" if full(last) and not _strong_start(s, last.strip()) else None
        if re.fullmatch(r"[(（][^()（）]*[)）]", s):
            return None  # a note in brackets under the entry ("（累計：…）") stays a line of its own
        if _indent(raw) > _indent(entry[2]) and not s.startswith("|"):
            return "hang"  # indented under the entry's first line (a hanging indent)
        if full(last) and last[:1] not in (" ", "\t", "\u3000"):  # an indented line wraps indented
            return "wrap"
        return None

    while i < len(lines):
        raw = lines[i]
        s = raw.strip()
        ln = i + 1
        if not s:
            flush()
            entry[0] = None
            i += 1
            continue
        how = continues_entry(raw, s)
        if how is not None:
            b = entry[0]
            b.text = _join(b.text, s, hanging=how == "hang")
            entry[1] = raw
            i += 1
            continue
        entry[0] = None
        if para and full(lines[i - 1]) and not raw.startswith("\u3000") and not _strong_start(s, para[-1][1]):
            # a line cut at the wrap width goes on in this line, whatever this line begins with
            para.append((ln, s))
            i += 1
            continue
        if para and _TAIL.match(s):
            para.append((ln, s))
            i += 1
            continue
        # Markdown table (| a | b |) or a tab-separated table (two or more tabs per line)
        if s.startswith("|") or (
            "\t" in raw and raw.count("\t") >= 1 and i + 1 < len(lines) and "\t" in lines[i + 1]
        ):
            flush()
            tab = s.startswith("|")
            rows, row_lines = [], []
            while i < len(lines):
                r = lines[i]
                rs = r.strip()
                if tab and not rs.startswith("|"):
                    break
                if not tab and "\t" not in r:
                    break
                if not (tab and _TABLE_SEP.match(rs)):
                    rows.append(_split_md_row(rs) if tab else [c.strip() for c in r.split("\t")])
                    row_lines.append(i + 1)
                i += 1
            blocks.append(
                Block(
                    "table",
                    "\n".join(" | ".join(r) for r in rows),
                    row_lines[0] if row_lines else ln,
                    rows=rows,
                    row_lines=row_lines,
                )
            )
            continue
        m = _MD_HEADING.match(s)
        if m:
            flush()
            body = m.group(2).strip().strip("*_ ")
            num = split_numbering(body)
            blocks.append(
                Block(
                    "heading",
                    body,
                    ln,
                    level=len(m.group(1)),
                    style=num.style,
                    number=num.number,
                    markup=True,
                )
            )
            i += 1
            continue
        # setext headings (Title\n=====)
        if i + 1 < len(lines) and _UNDERLINE.fullmatch(lines[i + 1]) and not _BULLET.match(s):
            flush()
            num = split_numbering(s)
            blocks.append(
                Block(
                    "heading",
                    s,
                    ln,
                    level=1 if not re.search(r"[-－ー─━~～]", lines[i + 1]) else 2,
                    style=num.style,
                    number=num.number,
                    markup=True,
                )
            )
            i += 2
            continue
        bullet = _BULLET.match(s)
        if bullet:
            flush()
            body = s[bullet.end() :].strip()
            prev = next((x.strip() for x in reversed(lines[:i]) if x.strip()), "")
            nxt_raw = lines[i + 1] if i + 1 < len(lines) else ""
            hangs = (
                nxt_raw[:1] in (" ", "\t", "\u3000")
                and bool(nxt_raw.strip())
                and not (_BULLET.match(nxt_raw.strip()) or split_numbering(nxt_raw.strip()).style)
            )
            if s[0] in _HEADING_MARKS and not prev.startswith(s[0]) and _bullet_heading(s, body, lines, i):
                # "■ 伸ばす産業" over "□ 対象製品": a square or diamond mark over content, with no sibling
                # of the same mark just before or after it, is a heading; its mark is its level (first
                # seen is outer)
                num = split_numbering(body)
                blocks.append(
                    Block(
                        "heading",
                        body,
                        ln,
                        style=f"mark{_HEADING_MARKS[s[0]]}",
                        number=num.number,
                        markup=True,
                    )
                )
            elif not hangs and not full(raw) and _bullet_heading(s, body, lines, i):
                # "・計画推進の核となる企業" above its content, as the policy package lays out its
                # 記載項目: a heading candidate; the sectioner keeps it a list item unless it names one
                blocks.append(Block("heading", body, ln, style="bullet", list_item=True))
            else:
                blocks.append(Block("para", body, ln, list_item=True))
                entry[0], entry[1], entry[2] = blocks[-1], raw, raw
            i += 1
            continue
        mb = _BOLD_LINE.match(s) or (_BRACKET_LINE.match(s) if s[0] in "【■◆●□◇〔［[" else None)
        mtext = (mb.group(1) or (mb.group(2) if mb.re is _BRACKET_LINE else None)) if mb else None
        if mtext and _heading_like(mtext):
            flush()
            body = mtext.strip()
            num = split_numbering(body)
            blocks.append(Block("heading", body, ln, style=num.style, number=num.number, markup=True))
            i += 1
            continue
        lab = _COLON_LABEL.match(s)
        if lab and not para and i + 1 < len(lines) and lines[i + 1].strip():
            # "核となる企業と役割：" alone on its line over the lines it introduces: a heading candidate
            # (the sectioner keeps it a line of text unless it names an item of the section being read)
            flush()
            blocks.append(Block("heading", lab.group(1).strip(), ln, style="colon", list_item=True))
            i += 1
            continue
        num = split_numbering(s)
        if num.style and _heading_like(s) and not full(raw):
            flush()
            blocks.append(Block("heading", s, ln, style=num.style, number=num.number))
            i += 1
            continue
        if num.style or _ENTRY_LABEL.match(s):  # a numbered or labelled sentence: a list item
            flush()
            blocks.append(Block("para", s, ln, list_item=True, style=num.style, number=num.number))
            entry[0], entry[1], entry[2] = blocks[-1], raw, raw
            i += 1
            continue
        if (
            _heading_like(s)
            and len(s) <= 40
            and not re.match(r"^(?:\*\*|__)[^*_]+(?:\*\*|__)[\s\u3000]*\S", s)  # "**label**　content"
            and not para
            and (i + 1 >= len(lines) or not lines[i + 1].strip())
        ):
            # a bare short line on its own: may be an unnumbered heading ("伴走支援体制")
            blocks.append(Block("heading", s, ln))
            i += 1
            continue
        # a line indented with a full-width space starts a paragraph (the Japanese 字下げ)
        if para and (raw.startswith("\u3000") or not _continues(para[-1][1], s)):
            flush()
        para.append((ln, s))
        i += 1
    flush()
    return blocks


# --- Word ------------------------------------------------------------------------------


def _check_zip(data: bytes) -> None:
    try:
        zf = zipfile.ZipFile(io.BytesIO(data))
    except zipfile.BadZipFile as e:
        raise UserError("Word（.docx）ファイルとして読めません（ZIP 形式ではありません）") from e
    infos = zf.infolist()
    if len(infos) > limits.MAX_DOCX_MEMBERS:
        raise UserError("Word ファイルの構成要素が多すぎます（破損または不正なファイルの可能性）")
    total = sum(i.file_size for i in infos)
    if total > limits.MAX_DOCX_UNCOMPRESSED:
        raise UserError(
            f"Word ファイルの展開後のサイズが大きすぎます（{total / 1e6:.0f}MB。上限は"
            f"{limits.MAX_DOCX_UNCOMPRESSED / 1e6:.0f}MB）"
        )
    for i in infos:
        if (
            i.compress_size
            and i.file_size / i.compress_size > limits.MAX_DOCX_RATIO
            and i.file_size > 1_000_000
        ):
            raise UserError("Word ファイルの圧縮率が異常です（ZIP 爆弾の可能性があるため読み込みません）")
    if "word/document.xml" not in zf.namelist():
        raise UserError("Word（.docx）ファイルではありません（word/document.xml がありません）")


def _cell_text(cell) -> str:  # noqa: ANN001 - a python-docx cell
    """A cell's paragraphs on one line: a break inside a cell is layout, not a new item."""
    return " ".join(p.text.strip() for p in cell.paragraphs if p.text.strip())


def _grid_rows(
    rows: list[list[str | None]], row_lines: list[int], spanned: list[bool]
) -> tuple[list[list[str]], list[int]]:
    """Rows with one value per grid column, so every row lines up with the header.

    A header cell merged across columns over a second header row ("目標値" above "年度" | "値") is a
    two-level header: the two rows become one ("目標値 年度" | "目標値 値"). Elsewhere the columns a
    merged cell also covers are left empty, so a value is not read twice."""
    if len(rows) > 1 and spanned[0] and not any(re.search(r"[0-9０-９]", v or "") for v in rows[1]):
        top = _fill_span(rows[0])
        sub = _fill_span(rows[1])
        header = []
        for a, b in zip(top, sub, strict=False):
            header.append(a if a == b or not b else (b if not a else f"{a} {b}"))
        rows = [header, *rows[2:]]
        row_lines = [row_lines[0], *row_lines[2:]]
    return [[v or "" for v in r] for r in rows], row_lines


def _fill_span(row: list[str | None]) -> list[str]:
    out: list[str] = []
    for v in row:
        out.append(out[-1] if v is None and out else (v or ""))
    return out


_HEADING_STYLE = re.compile(r"^(?:heading|見出し)\s*(\d)$", re.I)
# Word's numbered-list styles ("List Number", "List Number 2", 「段落番号 2」): the number is Word's
_NUMBER_STYLE = re.compile(r"^(?:list\s*number|段落番号)\s*(\d)?$", re.I)
_W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"


class _Numbering:
    """Word's automatic numbering: which (numId, level) is a bullet list and which a numbered one."""

    def __init__(self, document) -> None:  # noqa: ANN001 - a python-docx Document
        self.fmt: dict[tuple[str, int], str] = {}
        try:
            root = document.part.numbering_part.element
        except Exception:  # noqa: BLE001 - a document without numbering
            return
        abstract: dict[str, dict[int, str]] = {}
        for an in root.iter(f"{_W}abstractNum"):
            lv: dict[int, str] = {}
            for lvl in an.iter(f"{_W}lvl"):
                f = lvl.find(f"{_W}numFmt")
                lv[int(lvl.get(f"{_W}ilvl", "0"))] = f.get(f"{_W}val", "") if f is not None else ""
            abstract[an.get(f"{_W}abstractNumId", "")] = lv
        for num in root.iter(f"{_W}num"):
            a = num.find(f"{_W}abstractNumId")
            if a is None:
                continue
            for ilvl, f in abstract.get(a.get(f"{_W}val", ""), {}).items():
                self.fmt[(num.get(f"{_W}numId", ""), ilvl)] = f

    def numbered(self, p) -> tuple[bool, int] | None:  # noqa: ANN001 - a python-docx Paragraph
        """(numbered, level) of a paragraph in a Word list (own or style numbering), else None."""
        num_pr = None
        if p._p.pPr is not None and p._p.pPr.numPr is not None:
            num_pr = p._p.pPr.numPr
        style = p.style
        while num_pr is None and style is not None:
            ppr = style.element.pPr
            if ppr is not None and ppr.numPr is not None:
                num_pr = ppr.numPr
            style = style.base_style
        if num_pr is None:
            return None
        num_id = num_pr.numId.val if num_pr.numId is not None else None
        ilvl = num_pr.ilvl.val if num_pr.ilvl is not None else 0
        if num_id is None or str(num_id) == "0":
            return None
        fmt = self.fmt.get((str(num_id), int(ilvl)), "")
        return fmt not in ("bullet", "none", ""), int(ilvl)


class _DocxReader:
    def __init__(self, document) -> None:  # noqa: ANN001 - a python-docx Document
        self.document = document
        self.numbering = _Numbering(document)
        self.n = 0
        self.cells = 0
        self.counters: dict[int, int] = {}  # Word list numbers by level, as Word would show them

    def para_block(self, child, line: int) -> Block | None:  # noqa: ANN001 - a w:p element
        # lazy: python-docx is a heavy third-party library, loaded only when needed
        from docx.text.paragraph import Paragraph

        p = Paragraph(child, self.document)
        text = p.text.strip()
        if not text:
            return None
        style = (p.style.name if p.style is not None else "") or ""
        hm = _HEADING_STYLE.match(style.strip())
        num = split_numbering(text)
        runs = [r for r in p.runs if r.text.strip()]
        bold = bool(runs) and all(r.bold or (r.style is not None and r.style.font.bold) for r in runs)
        listed = self.numbering.numbered(p)
        nm = _NUMBER_STYLE.match(style.strip())
        in_list = listed is not None or "List" in style
        if hm or style.lower() == "title":
            level = int(hm.group(1)) if hm else 1
            return Block("heading", text, line, level=level, style=num.style, number=num.number, markup=True)
        if bold and len(text) <= 60:
            return Block("heading", text, line, style=num.style, number=num.number, markup=True)
        if (nm or (listed and listed[0])) and not num.style:
            # a Word-numbered paragraph ("List Number 2" or a numbered list level): the number is not in
            # the text. A short bare one is a heading candidate like a typed "(1) 該当する業種"; its
            # depth is the style's digit or the list level
            depth = int(nm.group(1) or 1) if nm else (listed[1] + 1 if listed else 1)
            self.counters = {k: v for k, v in self.counters.items() if k <= depth}
            self.counters[depth] = self.counters.get(depth, 0) + 1
            if _heading_like(text) and len(text) <= 40:
                return Block(
                    "heading",
                    text,
                    line,
                    style=f"wordnum{depth}",
                    number=self.counters[depth],
                    list_item=True,
                )
            return Block(
                "para", text, line, list_item=True, style=f"wordnum{depth}", number=self.counters[depth]
            )
        if in_list:
            return Block("para", text, line, list_item=True, style=num.style, number=num.number)
        if num.style and _heading_like(text):
            return Block("heading", text, line, style=num.style, number=num.number)
        lab = _COLON_LABEL.match(text)
        if lab:  # "目標（KGI）：" over a table, as in text
            return Block("heading", lab.group(1).strip(), line, style="colon", list_item=True)
        return Block("para", text, line, list_item=bool(num.style), style=num.style, number=num.number)

    def table_block(self, child) -> Block | None:  # noqa: ANN001 - a w:tbl element
        # lazy: python-docx is a heavy third-party library, loaded only when needed
        from docx.table import Table

        t = Table(child, self.document)
        rows: list[list[str]] = []
        row_lines: list[int] = []
        spanned: list[bool] = []  # the row has a cell merged across columns
        cell_blocks: list[list[list[Block]]] = []
        for r in t.rows:
            self.n += 1
            vals: list[str | None] = []
            subs: list[list[Block]] = []
            prev_tc = None
            span = False
            for c in r.cells:  # one per grid column: merged cells repeat
                if c._tc is prev_tc:
                    span = True
                    vals.append(None)
                    subs.append([])
                    continue
                prev_tc = c._tc
                vals.append(_cell_text(c))
                subs.append(self.cell_blocks(c._tc, self.n))
            self.cells += len(vals)
            if self.cells > limits.MAX_TABLE_CELLS:
                raise UserError("表のセル数が多すぎます")
            rows.append(vals)  # type: ignore[arg-type]
            row_lines.append(self.n)
            spanned.append(span)
            cell_blocks.append(subs)
        rows, lines = _grid_rows(rows, row_lines, spanned)  # type: ignore[arg-type]
        if len(lines) != len(row_lines):  # a two-level header became one row
            cell_blocks = [cell_blocks[0], *cell_blocks[2:]]
        if not rows:
            return None
        return Block(
            "table",
            "\n".join(" | ".join(r) for r in rows),
            lines[0],
            rows=rows,
            row_lines=lines,
            cells=cell_blocks,
        )

    def cell_blocks(self, tc, line: int) -> list[Block]:  # noqa: ANN001 - a w:tc element
        """A cell's paragraphs and nested tables as blocks (all at the row's line)."""
        out: list[Block] = []
        for child in tc.iterchildren():
            tag = child.tag.rsplit("}", 1)[-1]
            if tag == "p":
                b = self.para_block(child, line)
                if b is not None:
                    out.append(b)
            elif tag == "tbl":
                n0 = self.n
                b = self.table_block(child)
                self.n = n0
                if b is not None:
                    b.line = line
                    b.row_lines = [line] * len(b.row_lines)
                    out.append(b)
        return out


def docx_blocks(data: bytes) -> list[Block]:
    """A .docx → blocks. Heading styles (Heading N / 見出し N / Title), bold-only paragraphs, numbered
    paragraphs (typed or Word's own numbering) become heading candidates; tables keep their rows and
    each cell's blocks."""
    _check_zip(data)
    # lazy: python-docx is a heavy third-party library, loaded only when needed
    import docx

    try:
        document = docx.Document(io.BytesIO(data))
    except Exception as e:  # noqa: BLE001 - python-docx raises many types for broken files
        raise UserError(f"Word（.docx）ファイルを読めません: {type(e).__name__}") from e
    reader = _DocxReader(document)
    blocks: list[Block] = []
    for child in document.element.body.iterchildren():
        tag = child.tag.rsplit("}", 1)[-1]
        if tag == "p":
            reader.n += 1
            b = reader.para_block(child, reader.n)
            if b is not None:
                blocks.append(b)
        elif tag == "tbl":
            b = reader.table_block(child)
            if b is not None:
                blocks.append(b)
        if reader.n > limits.MAX_LINES:
            raise UserError(f"段落数が多すぎます（上限は{limits.MAX_LINES:,}段落）")
    return _mark_headings(blocks)


def _mark_headings(blocks: list[Block]) -> list[Block]:
    """Word paragraphs written "■ 伸ばす産業" / "□ 対象製品" (no heading style): a short mark line with
    no sibling of the same mark next to it is a heading, as in text."""
    for k, b in enumerate(blocks):
        mark = b.text[:1]
        if b.kind != "para" or mark not in _HEADING_MARKS or b.style:
            continue
        body = b.text[1:].strip()
        near = [
            x.text[:1]
            for x in (blocks[k - 1] if k else None, blocks[k + 1] if k + 1 < len(blocks) else None)
            if x
        ]
        if not body or len(body) > 30 or not _heading_like(body) or mark in near or k + 1 >= len(blocks):
            continue
        num = split_numbering(body)
        blocks[k] = Block(
            "heading", body, b.line, style=f"mark{_HEADING_MARKS[mark]}", number=num.number, markup=True
        )
    return blocks
