"""Which progress sheet belongs to which plan in a folder: the template's hidden 「_meta」 names its plan file
and title; a sheet without it (a CSV) belongs to the plan whose file name its own name starts with
(「c_kiso_shikki_進捗.csv」 → c_kiso_shikki.md)."""

from __future__ import annotations

from pathlib import PurePath

from chiiki_mirai.core.plan import Plan
from chiiki_mirai.progress.sheet import Sheet

SHEET_EXTENSIONS = (".xlsx", ".xlsm", ".csv")


def _stem(name: str) -> str:
    return PurePath(name.replace("\\", "/")).stem


def pair_sheets(plans: list[tuple[str, Plan]], sheets: list[Sheet]) -> tuple[dict[str, Sheet], list[str]]:
    """{plan source: its sheet}, and the names of sheets that belong to no plan."""
    by_file = {PurePath(src.replace("\\", "/")).name: src for src, _ in plans}
    by_title = {p.title: src for src, p in plans if p.title}
    pairs: dict[str, Sheet] = {}
    orphans: list[str] = []
    for sheet in sheets:
        src = by_file.get(sheet.meta.get("plan_source", "")) or by_title.get(sheet.meta.get("plan_title", ""))
        if src is None:
            stem = _stem(sheet.source)
            starts = [s for s, _ in plans if stem.startswith(_stem(s))]
            src = max(starts, key=lambda s: len(_stem(s))) if starts else None
        if src is None or src in pairs:
            orphans.append(sheet.source)
        else:
            pairs[src] = sheet
    return pairs, orphans
