"""The spreadsheet formula-injection guard, once for every writer of a workbook (reports and progress).

OWASP CSV/formula injection: a cell beginning with one of these may be evaluated by a spreadsheet. The full-width
variants are included because Japanese Excel turns 「＝」 typed into a cell into a formula.
"""

from __future__ import annotations

FORMULA_TRIGGERS: tuple[str, ...] = ("=", "+", "-", "@", "\t", "\r", "＝", "＋", "－", "＠")


def neutralize_formula(s: str) -> str:
    """Prefix a single quote to text a spreadsheet could read as a formula (OWASP recommendation)."""
    return "'" + s if s.startswith(FORMULA_TRIGGERS) else s
