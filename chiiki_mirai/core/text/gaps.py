"""Wide gaps between fields written on one line (「計画期間：令和8～12年度　目標年度：令和12年度」「担当：産業課 ／ 期限：…」).

A gap is a run of blanks and slashes that holds a full-width space, a tab, two blanks or a slash, and that a
caller's pattern accepts what follows it (a label and its colon). The runs are found one by one, so the work is
linear in the line: one pattern with nested repeats (「(?:\\u3000|\\s{2,}|\\s*／\\s*)+」) backtracks exponentially over a
long run of spaces, as a spreadsheet pasted into a text file has.
"""

from __future__ import annotations

import re

_RUN = re.compile(r"[\s／/｜|]+")
_WIDE = re.compile(r"[\u3000\t／/｜|]|\s\s")


def wide_gaps(text: str, before: re.Pattern[str]) -> list[tuple[int, int]]:
    """The (start, end) of each wide gap whose following text `before` matches at its start."""
    return [m.span() for m in _RUN.finditer(text) if _WIDE.search(m.group(0)) and before.match(text, m.end())]


def split_spans(text: str, spans: list[tuple[int, int]]) -> list[str]:
    """The text between the spans (sorted, overlapping ones dropped), as re.split gives it."""
    parts: list[str] = []
    last = 0
    for start, end in sorted(spans):
        if start < last:
            continue
        parts.append(text[last:start])
        last = end
    return [*parts, text[last:]]
