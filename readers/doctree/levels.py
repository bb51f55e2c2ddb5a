"""Heading levels inferred from numbering styles, the way Japanese documents nest.

`LevelTracker`: the first style met is level 1, a new style met under it is one level deeper, and a style already
seen returns to its level. Explicit levels (Markdown `#`, Word heading styles) win and teach the tracker their styles'
levels.
"""

from __future__ import annotations

from .limits import MAX_SECTION_DEPTH

FREE_STYLES = ("bold", "bracket-whole")  # unnumbered label lines


class LevelTracker:
    """Heading levels by first-seen numbering style; explicit levels win.

    `place(style, explicit)` returns the heading's depth in the tree (1 for a top-level section).
    Depth is capped at MAX_SECTION_DEPTH: a deeper heading becomes a sibling at the cap.
    An unnumbered label line (a bold line, a label wholly in round brackets) under an explicit heading (Markdown
    「#」, a Word heading style) heads a part of that heading's section, whatever level a line of its kind had on
    the cover: 「**― 副題 ―**」 over 「## 第1」 does not make 「**ターゲット市場：**」 under 「### 1 基本戦略」 a chapter."""

    def __init__(self) -> None:
        self.style_level: dict[str, int] = {}
        self.stack: list[int] = []  # the raw levels of the open headings, outermost first
        self.explicit: list[bool] = []  # whether each open heading's level was explicit
        self.styles: list[str | None] = []  # the style of each open heading

    def raw_level(self, style: str | None, explicit: int | None = None) -> int:
        if explicit is not None:
            return explicit
        if style is not None and style.startswith(FREE_STYLES):
            under = [lv for lv, ex in zip(self.stack, self.explicit, strict=True) if ex]
            if under:
                return under[-1] + 1
        if style is not None and style in self.style_level:
            return self.style_level[style]
        return self.stack[-1] + 1 if self.stack else 1

    def place(self, style: str | None, explicit: int | None = None) -> int:
        if self._numbers_over_labels(style, explicit):
            # 「■1．…」 first met under 「【計画期間】」 (a form's label fields before its numbered chapters): the numbered
            # style takes the label's level and the labels met from now on sit under its headings
            free, level = self.styles[-1], self.stack[-1]
            self.style_level[style] = level  # type: ignore[index]
            self.style_level[free] = level + 1  # type: ignore[index]
        raw = self.raw_level(style, explicit)
        if style is not None and (explicit is not None or style not in self.style_level):
            self.style_level[style] = raw
        while self.stack and self.stack[-1] >= raw:
            self.stack.pop()
            self.explicit.pop()
            self.styles.pop()
        if len(self.stack) >= MAX_SECTION_DEPTH:
            self.stack.pop()
            self.explicit.pop()
            self.styles.pop()
        self.stack.append(raw)
        self.explicit.append(explicit is not None)
        self.styles.append(style)
        return len(self.stack)

    def _numbers_over_labels(self, style: str | None, explicit: int | None) -> bool:
        """A numbered style met for the first time right under an unnumbered label heading of the text's own."""
        return (
            explicit is None and style is not None and style not in self.style_level
            and not style.startswith((*FREE_STYLES, "mark:")) and bool(self.styles)
            and (self.styles[-1] or "").startswith(FREE_STYLES) and not self.explicit[-1]
        )

    def copy(self) -> LevelTracker:
        t = LevelTracker()
        t.style_level = dict(self.style_level)
        t.stack = list(self.stack)
        t.explicit = list(self.explicit)
        t.styles = list(self.styles)
        return t


class HeadingNumbers:
    """The numbers the headings read so far have reached, by numbering style, to tell a list from a heading.

    A numbered line in the style of earlier headings whose number does not go on from the last of them (「1.」 after
    the heading 「4.」), read after a heading of a deeper style (「(2) 目指すべき目標」) and with no heading of an outer
    style between, is an entry of a list in that deeper section (「1. 窯元の生産額」 over its 「- 現状値：」), not a
    chapter starting over: chapters of one style count on, and a style's numbers start over only under a new outer
    heading (「第2章」 before 「（１）」 again). Outer and deeper go by the order styles were first met as headings, and
    by the explicit levels (Markdown 「#」, Word heading styles) when both headings have one."""

    def __init__(self) -> None:
        self.rank: dict[str, int] = {}  # each heading style, in the order first met
        self.last: dict[str, tuple[int, int | None]] = {}  # style → (last number, its explicit level)
        self.deeper: set[str] = set()  # styles a heading of a deeper style has come after
        self.outer: set[str] = set()  # styles a heading of an outer style has come after
        self.listed: dict[str, int] = {}  # style → the number of the last entry read as such a list, since a heading

    def add(self, style: str | None, value: int | None, explicit: int | None) -> None:
        self.listed.clear()
        if value is None and explicit is None:
            return  # an unnumbered heading of no stated level (「【対象の製品】」「■ 補足」) ranks no numbering style
        if style is not None:
            self.rank.setdefault(style, len(self.rank))
        for s, (_, level) in self.last.items():
            if s == style:
                continue
            if self._outer(style, explicit, s, level):
                self.outer.add(s)
            else:
                self.deeper.add(s)
        if style is not None and value is not None:
            self.last[style] = (value, explicit)
            self.deeper.discard(style)
            self.outer.discard(style)

    def _outer(self, style: str | None, explicit: int | None, of: str, level: int | None) -> bool:
        if explicit is not None and level is not None:
            return explicit <= level
        if explicit is not None:
            return True  # an explicit heading after numbered lines of the text's own: the stronger structure
        return style is not None and self.rank[style] < self.rank[of]

    def restarts(self, style: str, value: int | None) -> bool:
        """Whether a line numbered `value` in `style` starts or goes on with a list inside a deeper section (see the
        class): the list's next number goes on with it across blank lines (「2.」 after the entry 「1.」 under the
        chapter 「1.」)."""
        last = self.last.get(style)
        if last is None or value is None or style not in self.deeper or style in self.outer:
            return False
        if value == 1 <= last[0] or self.listed.get(style) == value - 1:  # a list starts at its first number
            self.listed[style] = value
            return True
        return False
