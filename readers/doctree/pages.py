"""Page furniture in text pasted from a PDF: page numbers and the running header that follows each of them.

A text copied out of a PDF keeps each page's number (「- 3 -」「3/12」「３」 alone between blank lines) and the
short running header at the top of the next page (「次世代船舶クラスター計画（素案）」). Neither is content: both
go, and a sentence that the page break cut goes on with the line after them. A page number counts only as one
of a series (two at least), and a running header only where it follows a page number at least twice.
"""

from __future__ import annotations

import re

from .lines import Line
from .numbering import ascii_digits, ends_sentence

_NUMBERED = re.compile(r"^[-－―‐ー]\s*[0-9０-９]{1,3}\s*[-－―‐ー]$|^[0-9０-９]{1,3}\s*[/／]\s*[0-9０-９]{1,3}$")
_BARE = re.compile(r"^[0-9０-９]{1,3}$")
HEADER_MAX = 40  # a running header is one short line


def _page_numbers(lines: list[Line]) -> set[int]:
    """Indexes of page-number lines: 「- 3 -」 or 「3/12」 alone on a line, or a bare number alone between blank
    lines in a rising series."""
    def alone(i: int) -> bool:
        nxt = lines[i + 1] if i + 1 < len(lines) else None
        return (lines[i].gap or i == 0) and (nxt is None or nxt.gap)

    numbered = [i for i, x in enumerate(lines) if _NUMBERED.match(x.text.strip()) and alone(i)]
    bare = [i for i, x in enumerate(lines) if _BARE.match(x.text.strip()) and alone(i)]
    values = [int(ascii_digits(lines[i].text.strip())) for i in bare]
    rising = len(bare) >= 2 and all(b > a for a, b in zip(values, values[1:], strict=False))
    return set(numbered if len(numbered) >= 2 else []) | set(bare if rising else [])


def without_page_furniture(lines: list[Line]) -> list[Line]:
    """The lines without page numbers and running headers (see the module docstring)."""
    numbers = _page_numbers(lines)
    if not numbers:
        return lines
    after = {i: i + 1 for i in numbers if i + 1 < len(lines)}
    heads = [lines[j].text.strip() for j in after.values() if len(lines[j].text.strip()) <= HEADER_MAX]
    running = {t for t in heads if heads.count(t) >= 2}
    drop = numbers | {j for j in after.values() if lines[j].text.strip() in running}
    out: list[Line] = []
    cut = False
    for i, x in enumerate(lines):
        if i in drop:
            cut = True
            continue
        if cut and out and not ends_sentence(out[-1].text) and x.marker is None and x.level is None:
            x.gap, x.join, x.blanks = False, True, 0  # a sentence the page break cut goes on here
        cut = False
        out.append(x)
    return out
