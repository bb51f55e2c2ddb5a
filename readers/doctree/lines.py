"""The numbering-aware line reader shared by every format.

Each format turns its source into `Line`s (a text line, a line of a Markdown paragraph, a Word
paragraph) and ready-made `Draft`s (a Markdown table or list, a Word table); `read_lines` turns
them into drafts of headings and blocks. A line is tried against `RULES` in order, and the first
rule that takes it decides what it is. Each rule looks at most one line ahead or back, so reading
is linear in the input.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field

from . import numbering as nb
from .limits import MAX_LIST_DEPTH
from .tables import is_rule, split_aligned_row, split_pipe_row


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

    @property
    def marker(self) -> nb.Marker | None:
        if not self.cached:
            m = nb.split_marker(self.text)
            if m is not None and self.style_prefix and m.kind == "number":
                m = m._replace(style=self.style_prefix + m.style)
            self.cached = (m,)
        return self.cached[0]


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
    ["計画名", "計画の名称", "プラン名", "計画の類型", "プランの類型", "類型", "計画の区分", "策定主体", "作成主体", "策定者", "策定団体", "計画期間", "プランの期間", "期間", "目標年度", "担当", "担当課", "担当部署", "連絡先", "作成日", "策定日"]
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


def split_kv(text: str) -> tuple[str, str] | None:
    """「策定主体：高知県」「【類型】地場産業成長プラン」「計画期間　2026年度～」 → (key, value) when
    the key is a short label, not a sentence that holds a colon."""
    if text[:1] == "【":
        end = text.find("】", 1, KEY_MAX + 2)
        if end > 1 and end < len(text) - 1 and _label_key(text[1:end]) and not text[1:end].isdigit():
            return text[1:end].strip(), text[end + 1 :].strip()
    i = text.find("：", 0, 26)
    j = text.find(":", 0, 26)
    if i < 0 or (0 <= j < i):
        i = j
    if i > 0:
        key, value = text[:i].strip(), text[i + 1 :].strip()
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
    if a[-1].isascii() and b[:1].isascii() and a[-1].isalnum() and b[:1].isalnum():
        return " "
    return ""


def wrap_width(lines: list[Line]) -> int | None:
    """The width a text was hard-wrapped at, when many lines share one length and few are longer."""
    lengths = [len(x.text) + x.indent // 2 for x in lines if len(x.text) >= 16]
    if len(lengths) < 8:
        return None
    counts = Counter(lengths)
    width, k = counts.most_common(1)[0]
    near = counts[width] + counts[width - 1]
    longer = sum(v for w, v in counts.items() if w > width)
    if k >= 5 and near >= 0.2 * len(lengths) and longer <= 0.1 * len(lengths):
        return width
    return None


class Reader:
    def __init__(self, items: list, warnings: list[str], bare: bool = False) -> None:
        self.items = items
        self.bare = bare  # short lines alone between blank lines are headings (no other kind found)
        self.out: list[Draft] = []
        self.warnings = warnings
        self.width = wrap_width([x for x in items if isinstance(x, Line)])
        self.para: Draft | None = None
        self.entry: Draft | None = None  # the list entry or key：value a next line may continue
        self.lists: list[Draft] = []  # the open list entries, outermost first
        self.no_table_before = 0  # lines already found not to start a table

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

    def cut(self, prev: str) -> bool:
        """Whether a line was cut before its end (a hard wrap), not finished."""
        if not prev or nb.ends_sentence(prev):
            return False
        return prev[-1] in _CUT_END or (self.width is not None and len(prev) >= self.width - 1)

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
            for rule in RULES:
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
        self.emit(
            Draft(
                "heading",
                x.no,
                text,
                gap=x.gap,
                number=number,
                style=style,
                explicit=x.level if explicit is None else explicit,
                title_style=x.title,
            )
        )

    def list_item(self, x: Line, marker: str, text: str, indent: int) -> None:
        self.para = None
        while self.lists and self.lists[-1].indent >= indent:
            self.lists.pop()
        if len(self.lists) >= MAX_LIST_DEPTH:
            self.lists = self.lists[: MAX_LIST_DEPTH - 1]
            if not any(w.startswith("list depth") for w in self.warnings):
                self.warnings.append(f"list depth capped at {MAX_LIST_DEPTH}")
        d = Draft("li", x.no, text, gap=x.gap, marker=marker, indent=indent, level=len(self.lists) + 1)
        d.last = text
        if self.lists:
            self.lists[-1].children.append(d)
        else:
            self.emit(d)
        self.lists.append(d)
        self.entry = d


# -- the rules, tried in order; each returns the index of the next item or None -------------------


def rule_explicit(r: Reader, i: int, x: Line) -> int | None:
    if x.level is None and not x.title:
        return None
    m = x.marker
    if m is None:
        r.heading(x, x.text, None)
    elif m.kind == "mark":
        r.heading(x, m.rest, None)
    else:
        r.heading(x, m.rest, m.style, m.label)
    return i + 1


def _row(x: Line) -> tuple[str, list[str] | None]:
    text = x.text
    if is_rule(text):
        return "rule", None
    cells = split_pipe_row(text)
    if cells is not None:
        return "pipe", cells
    if ("\t" in text or "  " in text or "\u3000" in text) and x.marker is None and split_kv(text) is None:
        return "aligned", split_aligned_row(text)
    return "none", None


def rule_table(r: Reader, i: int, x: Line) -> int | None:
    """Rows drawn with 「|」「｜」 or box-drawing characters, or aligned with tabs or 2+ spaces: at
    least two rows, and aligned rows must all have the same number of cells."""
    if i < r.no_table_before:
        return None
    kind, cells = _row(x)
    if kind not in ("pipe", "aligned") or cells is None or x.listed or x.level is not None:
        return None
    rows, j = [cells], i + 1
    while (y := r.line_at(j)) is not None and not y.gap and not y.listed and y.level is None:
        k, c = _row(y)
        if k == "rule" and kind == "pipe":
            j += 1
            continue
        if k != kind or c is None or (kind == "aligned" and len(c) != len(cells)):
            break
        rows.append(c)
        j += 1
    if len(rows) < 2 or sum(1 for row in rows if len(row) >= 2) < 2:
        r.no_table_before = j  # no line of this run starts a table: never scan it again
        return None
    r.close()
    r.emit(Draft("table", x.no, gap=x.gap, rows=rows))
    return j


def rule_underlined(r: Reader, i: int, x: Line) -> int | None:
    nxt = r.adjacent(i, 1)
    if nxt is None or nb.underline_style(nxt.text) is None:
        if nb.underline_style(x.text) is not None:
            r.close()  # a rule line on its own (a horizontal rule): layout only
            return i + 1
        return None
    if r.adjacent(i, -1) is not None or len(x.text) > UNDERLINED_MAX:
        return None
    m = x.marker
    if m is not None and m.kind == "number":
        r.heading(x, m.rest, m.style, m.label)
    else:
        style = nb.underline_style(nxt.text)
        r.heading(x, x.text, style, explicit=nb.UNDERLINE_LEVELS.get(style or ""))
    return i + 2


UNDERLINED_MAX = 100


def rule_continuation(r: Reader, i: int, x: Line) -> int | None:
    e = r.entry
    if e is None or x.listed or x.marker is not None:
        return None
    hanging = x.indent > e.indent
    if not hanging and not (x.join and r.cut(e.last)):
        return None
    e.append(x.text, hanging)
    return i + 1


def _sibling(r: Reader, i: int, style: str) -> bool:
    for step in (-1, 1):
        y = r.adjacent(i, step)
        if y is not None:
            m = y.marker
            if m is not None and m.style == style:
                return True
    return False


HEADING_MARKS = frozenset("■□◆◇▼▽●○◎・★☆◉♦❖▶▷►➢➤")
# marks that head sections in Japanese drafts (■ over □, ◆ over ◇): blank lines around them do not
# matter; the other marks make a heading only over content right under them
STRONG_MARKS = frozenset("■□◆◇")
MARK_HEADING_MAX = 30


def _near(r: Reader, i: int, step: int, strong: bool) -> Line | None:
    return r.line_at(i + step) if strong else r.adjacent(i, step)


def _mark_heading(r: Reader, i: int, x: Line, m: nb.Marker) -> bool:
    """A mark line is a heading when it is short and bare, has content under it, and no line of the
    same mark next to it (「■ 伸ばす産業」 over its text; 「■ A\n■ B」 is a list)."""
    if m.label not in HEADING_MARKS:
        return False
    if len(m.rest) > 2 and m.rest[-1] == m.label and nb.heading_like(m.rest[:-1]):
        return True  # 「■ 見出し ■」
    if len(m.rest) > MARK_HEADING_MAX or not nb.heading_like(m.rest):
        return False
    strong = m.label in STRONG_MARKS
    for step in (-1, 1):
        y = _near(r, i, step, strong)
        if y is not None and (n := y.marker) is not None and n.style == m.style:
            return False
    nxt = _near(r, i, 1, strong)
    if nxt is None and strong:
        nxt_item = r.items[i + 1] if i + 1 < len(r.items) else None
        return isinstance(nxt_item, Draft)  # a table or a Markdown list under it
    # content under it, not a line hanging from it (「・A社」 over 「　企画・製造」 is one entry)
    return nxt is not None and nb.underline_style(nxt.text) is None and (nxt.gap or nxt.indent <= x.indent)


def rule_marked(r: Reader, i: int, x: Line) -> int | None:
    m = x.marker
    if m is None:
        return None
    if m.kind == "label":  # 「KPI1 …」: an entry that keeps its label in its text
        r.list_item(x, "", x.text, x.indent)
        return i + 1
    nested = bool(r.lists) and x.indent > r.lists[-1].indent
    if not x.listed and not nested:
        if m.kind == "number" and nb.heading_like(m.rest) and not _sibling(r, i, m.style):
            r.heading(x, m.rest, m.style, m.label)
            return i + 1
        if m.kind == "mark" and _mark_heading(r, i, x, m):
            rest = m.rest[:-1].strip() if m.rest[-1] == m.label else m.rest
            r.heading(x, rest, m.style)
            return i + 1
    r.list_item(x, m.label, m.rest, x.indent)
    return i + 1


def rule_listed(r: Reader, i: int, x: Line) -> int | None:
    """A Word list paragraph whose number or bullet is Word's own and not in its text."""
    if not x.listed:
        return None
    m = x.marker
    if m is None or m.kind == "label":
        r.list_item(x, "", x.text, x.indent)
    else:
        r.list_item(x, m.label, m.rest, x.indent)
    return i + 1


BRACKETS = ("【】", "〔〕", "［］")
BRACKET_MAX = 42


def rule_bracket(r: Reader, i: int, x: Line) -> int | None:
    """A short line wholly in 【】, 〔〕 or ［］: a heading (its number, if any, split off:
    「【１　産業の領域】」 is heading 「産業の領域」 numbered 「１」)."""
    t = x.text
    for a, b in BRACKETS:
        if t[:1] == a and t.endswith(b) and t.find(b) == len(t) - 1 and 2 < len(t) <= BRACKET_MAX:
            inner = t[1:-1].strip()
            if nb.heading_like(inner):
                m = nb.split_marker(inner)
                if m is not None and m.kind == "number":
                    r.heading(x, m.rest, a + m.style, m.label)
                else:
                    r.heading(x, inner, "bracket-whole" + a)
                return i + 1
    return None


def rule_bold(r: Reader, i: int, x: Line) -> int | None:
    if not x.bold or len(x.text) > 40 or not nb.heading_like(x.text):
        return None
    m = x.marker
    if m is not None and m.kind == "number":
        r.heading(x, m.rest, m.style, m.label)
    elif m is not None:
        r.heading(x, m.rest, "bold")
    else:
        r.heading(x, x.text, "bold")
    return i + 1


def rule_key_value(r: Reader, i: int, x: Line) -> int | None:
    kv = split_kv(x.text)
    if kv is None:
        return None
    r.close()
    d = Draft("kv", x.no, kv[1], gap=x.gap, key=kv[0], indent=x.indent)
    d.last = x.text
    r.emit(d)
    r.entry = d
    return i + 1


BARE_MAX = 40


def rule_bare(r: Reader, i: int, x: Line) -> int | None:
    """In a document with no marked headings, a short bare line alone between blank lines is one;
    the blank lines above it give its style (two blank lines before a chapter, one before a part)."""
    if not r.bare or not (x.gap or i == 0) or len(x.text) > BARE_MAX or not nb.heading_like(x.text):
        return None
    nxt = r.items[i + 1] if i + 1 < len(r.items) else None
    if isinstance(nxt, Line) and not nxt.gap:
        return None
    r.heading(x, x.text, "bare" + str(min(x.blanks, 2)) if i else "bare-first")
    return i + 1


def rule_plain(r: Reader, i: int, x: Line) -> int | None:
    p = r.para
    if p is not None and x.join and _joins(r, p, x):
        p.append(x.text)
        p.indent = x.indent
        return i + 1
    r.close()
    d = Draft("p", x.no, x.text, gap=x.gap, indent=x.indent)
    d.last = x.text
    r.emit(d)
    r.para = d
    return i + 1


_SHORT_LABEL = 20


def _joins(r: Reader, p: Draft, x: Line) -> bool:
    """A plain line goes on with the paragraph above unless that one finished a sentence, the line
    is indented as a new paragraph (字下げ), or the paragraph is a short label over it."""
    prev = p.last
    if nb.ends_sentence(prev) or x.indent > p.indent:
        return False
    return not (p.single and len(prev) <= _SHORT_LABEL and nb.heading_like(prev) and not r.cut(prev))


RULES = [
    rule_explicit,
    rule_table,
    rule_underlined,
    rule_listed,
    rule_bold,
    rule_continuation,
    rule_marked,
    rule_bracket,
    rule_key_value,
    rule_bare,
    rule_plain,
]


def read_lines(items: list, warnings: list[str]) -> list[Draft]:
    """Lines and ready drafts → drafts of headings and blocks, in document order. A document with
    no heading of any kind is read again with bare short lines between blank lines as headings."""
    drafts = Reader(items, warnings).run()
    if any(d.kind == "heading" for d in drafts):
        return drafts
    bare = Reader(items, [], bare=True).run()
    heads = sum(1 for d in bare if d.kind == "heading")
    # headings head content: most of them have a block right under them, not just another heading
    over_content = sum(1 for a, b in zip(bare, bare[1:], strict=False) if a.kind == "heading" != b.kind)
    if heads < 2 or 2 * over_content < heads:
        return drafts
    warnings.append("no marked headings: short lines alone between blank lines read as headings")
    return bare
