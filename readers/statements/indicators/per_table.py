"""Facts of a table kept per table object while a draft is read (its rows as indicators, whether it holds KPIs),
forgotten when the reading of the draft's indicators ends (`forget_tables`)."""

from __future__ import annotations

from collections.abc import Callable
from typing import Generic, TypeVar

from chiiki_mirai.readers.doctree import Table

T = TypeVar("T")
_EVERY: list[PerTable] = []  # every fact kept, so that one call forgets them all


class PerTable(Generic[T]):
    """A fact of a table, computed once per table object while it is read: the KGI, KPI and ripple readers ask
    at every record of a table, and a fact over all its rows asked per record is quadratic in a long table.
    The table is held with its fact so that its id is not reused; `forget_tables` lets every table go."""

    KEPT = 256

    def __init__(self, fact: Callable[[Table], T]) -> None:
        self.fact = fact
        self.kept: dict[int, tuple[Table, T]] = {}
        _EVERY.append(self)

    def __call__(self, table: Table) -> T:
        hit = self.kept.get(id(table))
        if hit is not None and hit[0] is table:
            return hit[1]
        value = self.fact(table)
        if len(self.kept) >= self.KEPT:
            self.kept.clear()
        self.kept[id(table)] = (table, value)
        return value


def forget_tables() -> None:
    """Let the tables of a draft go once its indicators are read (a fact is kept only while one draft is read)."""
    for facts in _EVERY:
        facts.kept.clear()
