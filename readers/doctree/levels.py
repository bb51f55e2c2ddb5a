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
