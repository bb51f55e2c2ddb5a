"""The first strategic field the classifier gives a text, for the tests of where a field's word stands."""

from __future__ import annotations

from chiiki_mirai.recommender.classify import classify


def first_field(kb, text: str) -> int | None:
    """The number of the first field `classify` gives `text` (top 3), or None when it gives none."""
    c = classify([text], kb, top=3)[0]
    return c.fields[0].number if c.fields else None
