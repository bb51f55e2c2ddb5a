"""Word package parts the reader needs: a bounded zip check, styles, list numbering, run text.

The XML is read with lxml through python-docx's loaded package; text is taken from runs only
(`w:t`, tabs, breaks), so deleted text, field codes and text boxes are never read.
"""

from __future__ import annotations

import io
import re
import zipfile
from dataclasses import dataclass

from . import limits

W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
_FALSE = ("0", "false", "off")


class DocxRefused(ValueError):
    """A .docx refused before it is parsed: `str(e)` says why in English, `e.ja` is the message for the user."""

    def __init__(self, message: str, ja: str) -> None:
        super().__init__(message)
        self.ja = ja


def _mb(n: int) -> str:
    return f"{n / 1024 / 1024:.0f}MB"


def check_zip(data: bytes) -> None:
    """Refuse what is not a .docx, or could expand without bound, before anything is parsed."""
    if len(data) > limits.MAX_DOCX_BYTES:
        raise DocxRefused(
            f"docx file too large ({len(data):,} bytes)",
            f"Word ファイルが大きすぎます（{len(data) / 1e6:.1f}MB。上限は{_mb(limits.MAX_DOCX_BYTES)}）",
        )
    try:
        zf = zipfile.ZipFile(io.BytesIO(data))
        infos = zf.infolist()
    except (zipfile.BadZipFile, OSError, ValueError) as e:
        raise DocxRefused(
            "not a docx file (not a zip archive)", "Word（.docx）ファイルとして読めません（ZIP 形式ではありません）"
        ) from e
    if len(infos) > limits.MAX_DOCX_MEMBERS:
        raise DocxRefused(
            f"docx has too many parts ({len(infos):,})",
            f"Word ファイルの構成要素が多すぎます（{len(infos):,}個。上限は{limits.MAX_DOCX_MEMBERS:,}個。"
            "破損または不正なファイルの可能性）",
        )
    total = 0
    for i in infos:
        total += i.file_size
        if i.file_size > limits.MAX_DOCX_MEMBER or total > limits.MAX_DOCX_UNCOMPRESSED:
            raise DocxRefused(
                "docx expands too much (possible zip bomb)",
                f"Word ファイルの展開後のサイズが大きすぎます（上限は{_mb(limits.MAX_DOCX_UNCOMPRESSED)}、"
                f"1つの構成要素は{_mb(limits.MAX_DOCX_MEMBER)}）",
            )
        if i.file_size > 1_000_000 and i.file_size > limits.MAX_DOCX_RATIO * max(i.compress_size, 1):
            raise DocxRefused(
                "docx compression ratio is abnormal (possible zip bomb)",
                "Word ファイルの圧縮率が異常です（ZIP 爆弾の可能性があるため読み込みません）",
            )
    if "word/document.xml" not in zf.namelist():
        raise DocxRefused(
            "not a docx file (no word/document.xml)",
            "Word（.docx）ファイルではありません（word/document.xml がありません）",
        )


def on(el) -> bool:  # noqa: ANN001 - an lxml element or None
    """A Word toggle property (<w:b/>, <w:b w:val="0"/>) is on."""
    return el is not None and el.get(f"{W}val", "1").lower() not in _FALSE


_HEADING = re.compile(r"^(?:heading|見出し)\s*([1-9])$", re.I)
_TITLE = frozenset({"title", "表題", "タイトル"})
_BULLET_STYLE = re.compile(r"^(?:list bullet|箇条書き)", re.I)
_NUMBER_STYLE = re.compile(r"^(?:list number|段落番号)", re.I)


@dataclass
class StyleInfo:
    heading: int | None = None
    title: bool = False
    bold: bool = False
    bullet: bool = False  # a bullet list style
    numbered: bool = False  # a numbered list style
    num: tuple[str, int] | None = None  # (numId, ilvl) of its numbering
    indent: int | None = None  # the first line's indent in columns, when the style sets one


class Styles:
    """Paragraph and character styles by id, each resolved through its basedOn chain once."""

    def __init__(self, root) -> None:  # noqa: ANN001 - styles.xml root or None
        self.raw: dict[str, tuple] = {}
        self.cache: dict[str, StyleInfo] = {}
        for st in root.iter(f"{W}style") if root is not None else ():
            name_el, based = st.find(f"{W}name"), st.find(f"{W}basedOn")
            self.raw[st.get(f"{W}styleId", "")] = (
                (name_el.get(f"{W}val", "") if name_el is not None else "").strip(),
                based.get(f"{W}val") if based is not None else None,
                st,
            )

    def get(self, sid: str | None) -> StyleInfo:
        if not sid or sid not in self.raw:
            return StyleInfo()
        if sid in self.cache:
            return self.cache[sid]
        self.cache[sid] = StyleInfo()  # a basedOn cycle ends here
        name, based, st = self.raw[sid]
        info = StyleInfo(**vars(self.get(based))) if based and based != sid else StyleInfo()
        m = _HEADING.match(name)
        if m:
            info.heading = int(m.group(1))
        ppr, rpr = st.find(f"{W}pPr"), st.find(f"{W}rPr")
        outline = ppr.find(f"{W}outlineLvl") if ppr is not None else None
        if outline is not None and outline.get(f"{W}val", "9").isdigit() and int(outline.get(f"{W}val")) < 9:
            info.heading = int(outline.get(f"{W}val")) + 1
        info.title = info.title or name.lower() in _TITLE
        if rpr is not None and rpr.find(f"{W}b") is not None:
            info.bold = on(rpr.find(f"{W}b"))
        info.bullet = info.bullet or bool(_BULLET_STYLE.match(name))
        info.numbered = info.numbered or bool(_NUMBER_STYLE.match(name))
        num = num_pr(ppr)
        if num is not None:
            info.num = num
        own = indent_of(ppr)
        if own is not None:
            info.indent = own
        self.cache[sid] = info
        return info


def num_pr(ppr) -> tuple[str, int] | None:  # noqa: ANN001 - a w:pPr element or None
    el = ppr.find(f"{W}numPr") if ppr is not None else None
    if el is None:
        return None
    nid, lvl = el.find(f"{W}numId"), el.find(f"{W}ilvl")
    num_id = nid.get(f"{W}val", "0") if nid is not None else "0"
    ilvl = lvl.get(f"{W}val", "0") if lvl is not None else "0"
    return (num_id, int(ilvl) if ilvl.isdigit() else 0)


TWIPS_PER_COLUMN = 105  # half of a 10.5pt character


def indent_of(ppr) -> int | None:  # noqa: ANN001 - a w:pPr element or None
    """The first line's indent in columns (left or start + firstLine − hanging), or None if unset."""
    ind = ppr.find(f"{W}ind") if ppr is not None else None
    if ind is None:
        return None

    def twips(name: str) -> int:
        v = ind.get(f"{W}{name}", "0")
        return int(v) if v.lstrip("-").isdigit() else 0

    left = twips("left") or twips("start")
    return max(0, (left + twips("firstLine") - twips("hanging")) // TWIPS_PER_COLUMN)
