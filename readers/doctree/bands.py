"""Bands: a row drawn across an indicator table that names the class of the rows under it.

A KGI and KPI table often groups its rows under a band — in Word a cell merged across the whole row
(「KGI（2040年目標）」 repeated in every cell python-docx returns), in Markdown or text a row with only its first
cell filled (「| **KPI** | | | |」). The band is no indicator: it says the rows below it, up to the next band, are
KGIs or KPIs. A row whose other cells are empty but whose first cell names an indicator (「KPI③ 新規受注件数」 with
no target yet) stays a row: only a class tag alone (KGI / KPI, with a note in brackets) is a band there.
"""

from __future__ import annotations

import re

from chiiki_mirai.core.text.normalize import nfkc

# a class tag alone: 「KGI」「必須KGI」「【KPI】」「KPI（政策手段の進捗管理）」「KGI（2040年目標）」
_TAG = re.compile(r"^[\s【\[(（<＜]*(?:必須|独自|共通|計画独自の?)?\s*(?:KGI|KPI)(?:\s*[(（][^()（）]*[)）])?[\s】\])）>＞]*$")


def band(record: dict[str, str]) -> str | None:
    """The band's text when the record is one, else None."""
    cells = [nfkc(v or "").strip().strip("*").strip() for v in record.values()]
    if len(cells) < 2 or not cells[0]:
        return None
    if all(c == cells[0] for c in cells):
        return cells[0]  # a cell merged across the whole row
    if not any(cells[1:]) and _TAG.match(cells[0]):
        return cells[0]
    return None
