"""The numbering-aware line reader shared by every format: lines, drafts and the reader's state.

Each format turns its source into `Line`s (a text line, a line of a Markdown paragraph, a Word
paragraph) and ready-made `Draft`s (a Markdown table or list, a Word table); `line_rules.read_lines`
turns them into drafts of headings and blocks. A line is tried against the rules in order, and the
first rule that takes it decides what it is. Each rule looks at most one line ahead or back, so
reading is linear in the input.
"""

from __future__ import annotations

import re
import unicodedata
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field
from functools import lru_cache

from . import numbering as nb
from .levels import HeadingNumbers
from .limits import MAX_LIST_DEPTH

# a heading's label, then its content after two or more spaces or a full-width space
_LABEL_AND_VALUE = re.compile(r"^([^\s。、，,「」（(]{1,16}?)(?:\u3000+| {2,})([^\s（(].{3,})$")


@dataclass(slots=True)
class Line:
    no: int  # the place: 1-based line, or the Word body index
    text: str  # stripped
    indent: int = 0  # columns (a full-width space is two)
    gap: bool = False  # a blank line (or an empty Word paragraph) comes before it
    blanks: int = 0  # how many (0 at the start of the document)
    join: bool = True  # it may continue the line before as the same paragraph (a hard wrap)
    bold: bool = False  # the whole line is bold
    level: int | None = None  # an explicit heading level (Markdown #, Word heading style)
    title: bool = False  # Word's Title style
    listed: bool = False  # Word list numbering or list style: a list entry whatever it reads
    cached: tuple = ()  # (marker,) once split: rules ask about a line and its neighbours more than once
    style_prefix: str = ""  # Word list levels numbered alike (「1.」 at two levels) are distinct styles
    tabs: int = 0  # tabs in its indent: the empty first cells of a row pasted from a spreadsheet
    set_in: bool = False  # its indent ends in a full-width space (字下げ): a line begun anew, which a wrap never makes

    def __post_init__(self) -> None:
        self.text = ticked(undecorated(self.text))

    @property
    def marker(self) -> nb.Marker | None:
        if not self.cached:
            m = nb.split_marker(self.text)
            if m is not None and self.style_prefix and m.kind == "number":
                m = m._replace(style=self.style_prefix + m.style)
            self.cached = (m,)
        return self.cached[0]


# pictographs a line may open with as decoration (「## 📌 1. 支援する分野」「✅ KPI」): emoji and the few dingbats used as
# emoji, with their joiners and variation selectors — never the marks that number or head a line (■ ◆ ★ ①)
_EMOJI_DINGBATS = frozenset("\u2705\u2714\u2728\u274c\u2757\u26a0\u26a1\u2b50\u23f0\u231b\u2753")


def _pictograph(c: str) -> bool:
    return ord(c) >= 0x1F000 or c in _EMOJI_DINGBATS or c in "\ufe0f\u200d"


def undecorated(text: str) -> str:
    """`text` without the pictographs (and the space after them) it opens with."""
    i = 0
    while i < len(text) and (_pictograph(text[i]) or (i and text[i] in " \u3000" and _pictograph(text[i - 1]))):
        i += 1
    return text[i:] if i else text


_TICKED = "■☑☒✔✓"
_BOXES = _TICKED + "□☐"
_OPTION = re.compile(rf"([{_BOXES}])\s*([^{_BOXES}]+)")


def ticked(text: str) -> str:
    """A form's line of check boxes says the options ticked: 「■設置済み　□設置予定」 → 「設置済み」, 「誘致：□行う
    ■行わない」 → 「誘致：行わない」. A line with no ticked and open box side by side is left as it is (「■ 見出し」,
    「□□市」)."""
    first = next((i for i, c in enumerate(text) if c in _BOXES), -1)
    if first < 0 or not any(c in "□☐" for c in text) or not any(c in _TICKED for c in text):
        return text
    options = _OPTION.findall(text, first)
    if len(options) < 2 or sum(len(box) + len(opt) for box, opt in options) < len(text) - first - 2 * len(options):
        return text  # boxes with nothing between them (「□□市」) are placeholders, not options
    chosen = [opt.strip() for box, opt in options if box in _TICKED and opt.strip()]
    return text[:first] + "、".join(chosen) if chosen and all(opt.strip() for _, opt in options) else text


@dataclass(slots=True)
class Draft:
    kind: str  # "heading" | "p" | "li" | "kv" | "table"
    line: int
    text: str = ""
    gap: bool = False
    single: bool = True  # from one source line
    marker: str = ""  # li
    indent: int = 0
    level: int = 1  # li: depth in its list
    key: str = ""  # kv
    children: list[Draft] = field(default_factory=list)
    rows: list[list[str]] | None = None  # table
    merges: tuple = ()
    number: str | None = None  # heading
    style: str | None = None  # heading
    explicit: int | None = None  # heading
    title_style: bool = False  # heading
    last: str = ""  # the last source line joined into it
    last_len: int = 0  # that line's width as the wrap counts it (its indent and marker included)
    parts: list[str] = field(default_factory=list)  # pieces joined so far (joined once, at the end)

    def append(self, piece: str, hanging: bool = False) -> None:
        """Join one more line to the text (in linear time: pieces are joined once, by `finish`)."""
        if not self.parts:
            self.parts.append(self.text)
        self.parts.append(join_separator(self.last or self.text, piece, hanging))
        self.parts.append(piece)
        self.last = piece
        self.single = False

    def finish(self) -> None:
        if self.parts:
            self.text = "".join(self.parts)
            self.parts = []


_PARTICLE_END = frozenset("はがをにでともへやのて")
_KEY_STOP = frozenset("。、，,「」『』")
_CUT_END = frozenset("、，,・（(「『")


# cover labels that may be set off by spaces instead of a colon (「策定主体　富山県」)
SPACED_KEYS = frozenset(
    [
        "計画名",
        "計画の名称",
        "プラン名",
        "計画の類型",
        "プランの類型",
        "類型",
        "計画の区分",
        "策定主体",
        "作成主体",
        "策定者",
        "策定団体",
        "計画期間",
        "プランの期間",
        "期間",
        "目標年度",
        "担当",
        "担当課",
        "担当部署",
        "連絡先",
        "作成日",
        "策定日",
    ]
)
_SPACES = " \u3000\t"
KEY_MAX = 20


_CASE_PARTICLES = frozenset("はをが")


def _label_key(key: str) -> bool:
    """A label, not the start of a sentence: short, no punctuation, and no particle that makes it a
    clause (「ターゲット市場は国内」)."""
    return (
        0 < len(key) <= KEY_MAX
        and key[-1] not in _PARTICLE_END
        and not key.isdigit()
        and not any(c in _KEY_STOP for c in key)
        and not any(c in _CASE_PARTICLES for c in key[1:])
    )


def unclosed_bracket(text: str) -> bool:
    """More brackets opened than closed: a colon after it sits inside a bracket (「…（共同作成」)."""
    return sum(text.count(c) for c in "(（") > sum(text.count(c) for c in ")）")


# a plan's name as a title ends (「…地域産業クラスター計画（素案）」「…成長プラン（案）」)
_NAME_LABEL = re.compile(r"名称?$|^名称")
_PLAN_NAME = re.compile(r"(?:計画|プラン)\s*[（(]\s*(?:素案|案|たたき台|原案|第\s*[0-9０-９]+\s*稿)\s*[)）]\s*$")


def split_kv(text: str) -> tuple[str, str] | None:
    """「策定主体：高知県」「【類型】地場産業成長プラン」「計画期間　2026年度～」 → (key, value) when
    the key is a short label, not a sentence that holds a colon."""
    if text[:1] == "【":
        end = text.find("】", 1, KEY_MAX + 2)
        # (「【課内回覧・第1稿】黒川地域 …クラスター計画（素案）」: a note on the draft before the plan's name, no label)
        if end > 1 and end < len(text) - 1 and _label_key(text[1:end]) and not text[1:end].isdigit() and not (
            _PLAN_NAME.search(text[end + 1 :]) and not _NAME_LABEL.search(text[1:end])  # 「【計画名】…」 is a label
        ):
            return text[1:end].strip(), text[end + 1 :].strip()
    i = text.find("：", 0, 26)
    j = text.find(":", 0, 26)
    if i < 0 or (0 <= j < i):
        i = j
    if i > 0:
        key, value = text[:i].strip(), text[i + 1 :].strip()
        if unclosed_bracket(key):
            return None  # 「愛媛県　産業政策課（共同作成：新居浜市）」: the colon sits inside a bracket
        return (key, value) if _label_key(key) and not value.startswith("//") else None
    for k in range(2, min(len(text), KEY_MAX + 1)):
        if text[k] in _SPACES:
            key = text[:k]
            return (key, text[k:].strip()) if key in SPACED_KEYS and text[k:].strip() else None
    return None


def join_separator(a: str, b: str, hanging: bool = False) -> str:
    """What goes between two pieces of one entry: a hard wrap joins Japanese with nothing and words
    with a space; a hanging-indented line (the role under a company's name) keeps a space."""
    if not a:
        return ""
    if hanging and a[-1] not in _CUT_END and b[:1] not in "）)」』、。":
        return " "
    if a[-1].isdigit() and b[:1].isdigit():
        head = a.rstrip("0123456789,.")
        if not head or not head[-1].isascii():
            return ""  # a number cut by the wrap inside Japanese text (「として20」「40年度」)
    if a[-1].isascii() and b[:1].isascii() and a[-1].isalnum() and b[:1].isalnum():
        return " "
    return ""


def char_width(text: str) -> int:
    """Width as a wrap that counts characters sees it (every character one place)."""
    return len(text)


def columns(text: str) -> int:
    """Width in half-width columns as a Japanese text editor draws it: ASCII and half-width katakana one column,
    everything else two — East-Asian ambiguous characters too (「③」「※」「─」 are double-byte in Shift_JIS)."""
    return sum(map(_char_columns, text))


@lru_cache(maxsize=20_000)
def _char_columns(c: str) -> int:
    """The columns of one character, looked up once per character (a long table is measured line by line)."""
    return 1 if unicodedata.east_asian_width(c) in "NaH" else 2


def display_width(text: str) -> int:
    """Width in full-width places, as a wrap by columns sees it: two half-width characters (「2,400」, ASCII
    words) fill one full-width place."""
    return (columns(text) + 1) // 2


def _wrap_at(lines: list[Line], measure: Callable[[str], int]) -> tuple[int, int] | None:
    """(width, lines at it) when many lines share one width under this measure and few are wider."""
    lengths = [measure(x.text) + x.indent // 2 for x in lines if len(x.text) >= 16]
    if len(lengths) < 8:
        return None
    counts = Counter(lengths)
    width, k = counts.most_common(1)[0]
    near = counts[width] + counts[width - 1]
    longer = sum(v for w, v in counts.items() if w > width)
    if k >= 5 and near >= 0.2 * len(lengths) and longer <= 0.1 * len(lengths):
        return width, near
    return None


def wrap_width(lines: list[Line]) -> tuple[int, Callable[[str], int]] | None:
    """The width a text was hard-wrapped at and how the wrap measured it: by characters or by columns (a
    line with half-width digits holds more characters). The measure under which more lines meet the width wins."""
    found = [(w, m) for m in (display_width, char_width) if (w := _wrap_at(lines, m)) is not None]
    if not found:
        return None
    (width, _), measure = max(found, key=lambda f: f[0][1])
    return width, measure


class Reader:
    def __init__(self, items: list, warnings: list[str], rules: list, bare: bool = False) -> None:
        self.items = items
        self.rules = rules
        self.bare = bare  # short lines alone between blank lines are headings (no other kind found)
        self.out: list[Draft] = []
        self.headed = False  # a heading has been read: the cover above it is over
        self.warnings = warnings
        wrap = wrap_width([x for x in items if isinstance(x, Line)])
        self.width, self.text_width = wrap if wrap is not None else (None, char_width)
        self.para: Draft | None = None
        self.entry: Draft | None = None  # the list entry or key：value a next line may continue
        self.lists: list[Draft] = []  # the open list entries, outermost first
        self.no_table_before = 0  # lines already found not to start a table
        self.heading_marks: set[str] = set()  # the marks this document has headed sections with so far
        self.heading_styles: set[str] = set()  # the styles of the headings read so far
        self.numbers = HeadingNumbers()  # the numbers the headings have reached, by style
        self.record_run: object = None  # the last numbered line read as a record (records.RecordRun)

    # -- helpers -------------------------------------------------------------------------------
    def line_at(self, i: int) -> Line | None:
        x = self.items[i] if 0 <= i < len(self.items) else None
        return x if isinstance(x, Line) else None

    def adjacent(self, i: int, step: int) -> Line | None:
        """The line next to line i (step ±1) with no blank between them, if any."""
        y, cur = self.line_at(i + step), self.line_at(i)
        if y is None or cur is None or (y if step > 0 else cur).gap:
            return None
        return y

    def line_width(self, x: Line) -> int:
        """A line's width as the wrap counts it, its indent included."""
        return self.text_width(x.text) + x.indent // 2

    def cut(self, prev: str, length: int | None = None) -> bool:
        """Whether a line was cut before its end (a hard wrap), not finished; `length` is the line's width
        with its indent and marker when `prev` is its text without them (a list entry's)."""
        if not prev or nb.ends_sentence(prev):
            return False
        return prev[-1] in _CUT_END or (self.width is not None and max(self.text_width(prev), length or 0) >= self.width - 1)

    def close(self) -> None:
        self.para = None
        self.entry = None
        self.lists = []

    def emit(self, d: Draft) -> None:
        self.out.append(d)

    # -- reading -------------------------------------------------------------------------------
    def run(self) -> list[Draft]:
        i = 0
        while i < len(self.items):
            x = self.items[i]
            if isinstance(x, Draft):
                self.close()
                self.emit(x)
                i += 1
                continue
            if x.gap:
                self.close()
            for rule in self.rules:
                nxt = rule(self, i, x)
                if nxt is not None:
                    i = nxt
                    break
        stack = list(self.out)
        while stack:
            d = stack.pop()
            d.finish()
            stack.extend(d.children)
        return self.out

    def heading(
        self, x: Line, text: str, style: str | None, number: str | None = None, explicit: int | None = None
    ) -> None:
        self.close()
        self.headed = True
        self.heading_styles.add(style or "")
        m = x.marker
        value = m.value if m is not None and m.style == style else None
        self.numbers.add(style, value, x.level if explicit is None else explicit)
        # a numbered label with its content after a wide space (「①地域　　周防大島町 東和地区…」): the label heads
        # its section, the content is the section's first paragraph
        m = _LABEL_AND_VALUE.match(text) if number is not None else None
        self.emit(
            Draft(
                "heading",
                x.no,
                m.group(1) if m else text,
                gap=x.gap,
                number=number,
                style=style,
                explicit=x.level if explicit is None else explicit,
                title_style=x.title,
            )
        )
        if m:
            self.emit(Draft("p", x.no, m.group(2)))

    def list_item(self, x: Line, marker: str, text: str, indent: int) -> None:
        self.para = None
        while self.lists and self.lists[-1].indent >= indent:
            self.lists.pop()
        if len(self.lists) >= MAX_LIST_DEPTH:
            self.lists = self.lists[: MAX_LIST_DEPTH - 1]
            if not any(w.startswith("list depth") for w in self.warnings):
                self.warnings.append(f"list depth capped at {MAX_LIST_DEPTH}")
        d = Draft("li", x.no, text, gap=x.gap, marker=marker, indent=indent, level=len(self.lists) + 1)
        d.last, d.last_len = text, self.line_width(x)
        if self.lists:
            self.lists[-1].children.append(d)
        else:
            self.emit(d)
        self.lists.append(d)
        self.entry = d
