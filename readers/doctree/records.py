"""Numbered lines laid out as records: a list, not headings.

「1. 窯元の生産額」 over indented 「- 現状値：…」「- 目標値：…」「- 把握方法：…」, then 「2. 海外売上額」 over the same labels:
each numbered line names one record and the labelled entries under it are its fields. Sibling numbered lines whose
nested entries share two labels or more are such records (indicators, companies, measures), whatever the labels say;
a subheading (「（１）該当する品目」 over 「・竹籠」「・竹箸」, then 「（２）特定の理由」) holds content of its own kind and
shares no labels with the next one. A single numbered line over labelled entries stays what it was (nothing to
compare it with). A label is compared without a closing bracketed note (「現状（令和6年度）」 is 「現状」: the first
record often dates a label the others date in their values).

Linear: each line is looked at as part of the block under its own numbered line and, once more, of the block under
the sibling before it.
"""

from __future__ import annotations

from dataclasses import dataclass

from chiiki_mirai.core.text.normalize import without_trailing_note

from . import numbering as nb
from .lines import Line, Reader, split_kv

SHARED_LABELS = 2  # labels two sibling records must share
MAX_FIELDS = 40  # lines under a record at most: a longer block is a section's content (and the scan stays linear)


@dataclass(frozen=True)
class RecordRun:
    """The last numbered line read as a record: its style, indent, number and labels."""

    style: str
    indent: int
    value: int
    labels: frozenset[str]


def _labels(r: Reader, i: int, indent: int) -> tuple[frozenset[str], int]:
    """The labels of the entries nested under line i (indented deeper, no blank line between), and the index after
    them; no labels when an entry at the first entry's depth has none (a section's content, not a record's fields).
    Lines deeper still go on an entry."""
    labels: set[str] = set()
    j, depth, fields = i + 1, None, True
    while (y := r.line_at(j)) is not None and not y.gap and y.indent > indent:
        if j - i > MAX_FIELDS:
            return frozenset(), j
        depth = y.indent if depth is None else depth
        if y.indent <= depth:
            m = y.marker
            kv = split_kv(m.rest if m is not None and m.kind == "mark" else y.text)
            if kv is None:
                fields = False
            else:
                labels.add(without_trailing_note(kv[0]).rstrip() or kv[0])  # 「現状（令和6年度）」 → 現状
        j += 1
    return frozenset(labels) if fields else frozenset(), j


def _next_sibling(r: Reader, j: int, x: Line, m: nb.Marker) -> Line | None:
    """The line at `j` (after blank lines or not) when it is numbered next in `m`'s style at `x`'s indent."""
    y = r.line_at(j)
    if y is None:
        return None
    n = y.marker
    if n is None or n.style != m.style or y.indent != x.indent or m.value is None or n.value != m.value + 1:
        return None
    return y


def record_entry(r: Reader, i: int, x: Line, m: nb.Marker) -> bool:
    """Whether numbered line i is one of sibling records (see the module); remembers the run it goes on."""
    if m.value is None:
        return False
    labels, j = _labels(r, i, x.indent)
    if len(labels) < SHARED_LABELS:
        return False
    run = r.record_run
    goes_on = (
        run is not None and run.style == m.style and run.indent == x.indent and run.value + 1 == m.value
        and len(run.labels & labels) >= SHARED_LABELS
    )
    if not goes_on:
        y = _next_sibling(r, j, x, m)
        if y is None or len(_labels(r, j, y.indent)[0] & labels) < SHARED_LABELS:
            return False
    r.record_run = RecordRun(m.style, x.indent, m.value, labels)
    return True
