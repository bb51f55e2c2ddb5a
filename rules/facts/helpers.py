"""Helpers the fact families share: evidence, text presence, cue sentences, KGIs, section text."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable, Iterable, Iterator
from typing import Any

from chiiki_mirai.core.plan import Evidence, SectionText
from chiiki_mirai.core.text.normalize import nfkc
from chiiki_mirai.rules.facts.registry import FactContext


def evidence_of(*items: Any) -> list[Evidence]:
    out = []
    for it in items:
        e = getattr(it, "evidence", None) if not isinstance(it, Evidence) else it
        if e is not None and e.text:
            out.append(e)
    return out


def has_text(s: str | None, min_len: int = 2) -> bool:
    return bool(s and len(s.strip()) >= min_len)


YEN_UNITS = ((1e12, "兆円"), (1e8, "億円"), (1e4, "万円"))


def yen_display(v: float | None) -> str:
    """Four significant figures in the largest unit the amount reaches once rounded to them (99,995,000円 is
    「1億円」, 1.2兆円 is no 「1.2e+04億円」)."""
    if v is None:
        return "未記載"
    rounded = abs(float(f"{v:.4g}"))
    for size, unit in YEN_UNITS:
        if rounded >= size:
            return f"{v / size:,.4g}{unit}"
    return f"{v:,.0f}円"


def kgis_of(ctx: FactContext, kind: str) -> list:
    return [k for k in ctx.plan.kgis if k.kind == kind]


def kgi_with_value(ctx: FactContext, kind: str, skip: Callable[[Any], bool] = lambda k: False):
    """The first KGI of a kind with a value (the target year's or the cumulative one)."""
    for k in kgis_of(ctx, kind):
        if (k.value is not None or k.cumulative_value is not None) and not skip(k):
            return k
    return None


def section_text(ctx: FactContext, *prefixes: str) -> str:
    out = []
    for sid, s in ctx.plan.sections.items():
        if any(sid == p or sid.startswith(p + ".") for p in prefixes):
            out.append(s.text)
    return unicodedata.normalize("NFKC", "\n".join(out))


def section_evidence(sec: SectionText, text: str) -> Evidence:
    """Evidence quoting `text` (its first 200 characters) at the section that holds it."""
    return Evidence(section=sec.heading, line=sec.evidence.line if sec.evidence else None, text=text[:200])


_LINE = re.compile(r"[^\n。]+")


def section_lines(ctx: FactContext, items: Iterable[str]) -> Iterator[tuple[SectionText, str]]:
    """(section, line) of every line (or sentence) of these items' text, NFKC-normalised, in the order given."""
    for item in items:
        sec = ctx.plan.sections.get(item)
        if sec is None:
            continue
        for m in _LINE.finditer(nfkc(sec.text or "")):
            yield sec, m.group(0).strip()
