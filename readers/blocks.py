"""Documents → a flat list of blocks: headings, paragraphs (incl. list items) and tables.

Markdown, plain text and Word are reduced to the same shape so one extractor reads them all.
Each block keeps its 1-based line (text) or paragraph number (Word) for evidence.
A heading `candidate` is only a possibility: the sectioner decides (plain numbered lines that match
no 記載項目 stay paragraphs, because in running text `1.` is as often a list item as a heading).
"""

from __future__ import annotations

import io
import re
import zipfile
from dataclasses import dataclass, field

from chiiki_mirai.errors import UserError
from readers import limits
from readers.headings import split_numbering


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


_MD_HEADING = re.compile(r"^(#{1,6})\s+(.*?)\s*#*\s*$")
# "*" is a bullet only when it is not the start of "**bold**" (a bold label or pseudo-heading)
_BULLET = re.compile(r"^\s*(?:[-+・●○■□◆◇▪•]|\*(?!\*)|※)\s*")
# marks that head sections in Japanese drafts: filled and hollow squares / diamonds (■ then □, ◆ then ◇)
_HEADING_MARKS = {"■": "■", "◆": "◆", "□": "□", "◇": "◇"}
_BOLD_LINE = re.compile(r"^\s*(?:\*\*|__)(.+?)(?:\*\*|__)\s*[:：]?\s*$")
_BRACKET_LINE = re.compile(r"^\s*(?:[【〔［\[]\s*([^】〕］\]]+?)\s*[】〕］\]]|[■◆●□◇]\s*(.+?))\s*$")
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


def text_blocks(text: str) -> list[Block]:
    """Markdown or plain text → blocks."""
    lines = text.split("\n")
    if len(lines) > limits.MAX_LINES:
        raise UserError(f"行数が多すぎます（{len(lines):,}行。上限は{limits.MAX_LINES:,}行）")
    blocks: list[Block] = []
    i = 0
    para: list[tuple[int, str]] = []

    def flush() -> None:
        if para:
            joined = para[0][1]
            for _, t in para[1:]:
                # hard-wrapped Japanese joins without a space; other text with one
                joined += t if (joined[-1:] > "\u3000" and t[:1] > "\u3000") else " " + t
            blocks.append(Block("para", joined, para[0][0]))
            para.clear()

    while i < len(lines):
        raw = lines[i]
        s = raw.strip()
        ln = i + 1
        if not s:
            flush()
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
        if i + 1 < len(lines) and re.fullmatch(r"\s*(=+|-{3,})\s*", lines[i + 1]) and not _BULLET.match(s):
            flush()
            num = split_numbering(s)
            blocks.append(
                Block(
                    "heading",
                    s,
                    ln,
                    level=1 if "=" in lines[i + 1] else 2,
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
            elif _bullet_heading(s, body, lines, i):
                # "・計画推進の核となる企業" above its content, as the policy package lays out its
                # 記載項目: a heading candidate; the sectioner keeps it a list item unless it names one
                blocks.append(Block("heading", body, ln, style="bullet", list_item=True))
            else:
                blocks.append(Block("para", body, ln, list_item=True))
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
        num = split_numbering(s)
        if num.style and _heading_like(s):
            flush()
            blocks.append(Block("heading", s, ln, style=num.style, number=num.number))
            i += 1
            continue
        if num.style:  # a numbered sentence: a list item
            flush()
            blocks.append(Block("para", s, ln, list_item=True, style=num.style, number=num.number))
            i += 1
            continue
        if (
            _heading_like(s)
            and len(s) <= 40
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


def docx_blocks(data: bytes) -> list[Block]:
    """A .docx → blocks. Heading styles (Heading N / 見出し N / Title), bold-only paragraphs and
    numbered paragraphs become heading candidates; tables keep their rows."""
    _check_zip(data)
    import docx
    from docx.table import Table
    from docx.text.paragraph import Paragraph

    try:
        document = docx.Document(io.BytesIO(data))
    except Exception as e:  # noqa: BLE001 - python-docx raises many types for broken files
        raise UserError(f"Word（.docx）ファイルを読めません: {type(e).__name__}") from e
    blocks: list[Block] = []
    n = 0
    cells = 0
    body = document.element.body
    for child in body.iterchildren():
        tag = child.tag.rsplit("}", 1)[-1]
        if tag == "p":
            n += 1
            p = Paragraph(child, document)
            text = p.text.strip()
            if not text:
                continue
            style = (p.style.name if p.style is not None else "") or ""
            hm = _HEADING_STYLE.match(style.strip())
            num = split_numbering(text)
            runs = [r for r in p.runs if r.text.strip()]
            bold = bool(runs) and all(r.bold or (r.style is not None and r.style.font.bold) for r in runs)
            in_list = child.pPr is not None and child.pPr.numPr is not None
            if hm or style.lower() == "title":
                level = int(hm.group(1)) if hm else 1
                blocks.append(
                    Block("heading", text, n, level=level, style=num.style, number=num.number, markup=True)
                )
            elif bold and len(text) <= 60:
                blocks.append(Block("heading", text, n, style=num.style, number=num.number, markup=True))
            elif "List" in style or in_list:
                blocks.append(Block("para", text, n, list_item=True, style=num.style, number=num.number))
            elif num.style and _heading_like(text):
                blocks.append(Block("heading", text, n, style=num.style, number=num.number))
            else:
                blocks.append(
                    Block("para", text, n, list_item=bool(num.style), style=num.style, number=num.number)
                )
        elif tag == "tbl":
            t = Table(child, document)
            rows: list[list[str]] = []
            row_lines: list[int] = []
            spanned: list[bool] = []  # the row has a cell merged across columns
            for r in t.rows:
                n += 1
                vals: list[str] = []
                prev_tc = None
                span = False
                for c in r.cells:  # one per grid column: merged cells repeat
                    if c._tc is prev_tc:
                        span = True
                        vals.append(None)  # type: ignore[arg-type]
                        continue
                    prev_tc = c._tc
                    vals.append(_cell_text(c))
                cells += len(vals)
                rows.append(vals)  # type: ignore[arg-type]
                row_lines.append(n)
                spanned.append(span)
            rows, row_lines = _grid_rows(rows, row_lines, spanned)
            if cells > limits.MAX_TABLE_CELLS:
                raise UserError("表のセル数が多すぎます")
            if rows:
                blocks.append(
                    Block(
                        "table",
                        "\n".join(" | ".join(r) for r in rows),
                        row_lines[0],
                        rows=rows,
                        row_lines=row_lines,
                    )
                )
        if n > limits.MAX_LINES:
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
