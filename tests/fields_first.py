"""The first strategic field, and the products in order, the classifier gives a text (for the field-word tests)."""

from __future__ import annotations

from chiiki_mirai.recommender.classify import classify


def first_field(kb, text: str) -> int | None:
    """The number of the first field `classify` gives `text` (top 3), or None when it gives none."""
    c = classify([text], kb, top=3)[0]
    return c.fields[0].number if c.fields else None


def ranked_products(kb, text: str) -> list[str]:
    """The ids of the products `classify` gives `text` (top 3 fields), highest score first."""
    c = classify([text], kb, top=3)[0]
    return [p.id for p in sorted((p for f in c.fields for p in f.products), key=lambda p: -p.score)]
