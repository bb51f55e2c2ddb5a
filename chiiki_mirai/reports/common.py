"""What every report format shares: labels, status colours, item ordering, the coverage-matrix columns,
tolerant accessors for recommendations and fields, and the spreadsheet formula-injection guard.

Renderers stay pure (data in, str/bytes out); the wording lives here once so the terminal, Markdown, HTML and
Excel reports say the same thing.
"""

from __future__ import annotations

import math
import re
import unicodedata
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import PurePath
from typing import Any

from chiiki_mirai.core.result import (
    GAP_STATUSES,
    STATUS_JA,
    STATUS_MARK,
    BadInput,
    CheckResult,
    Item,
    SourceOut,
)

__all__ = [
    "GAP_STATUSES",
    "STATUS_JA",
    "STATUS_MARK",
    "STATUS_FILL",
    "STATUS_FONT",
    "STATUS_ORDER",
    "PLAN_TYPE_JA",
    "Result",
    "as_list",
    "plan_name",
    "plan_type_text",
    "suggestion_text",
    "status_counts",
    "counts_text",
    "verdict_text",
    "all_items",
    "Column",
    "matrix_columns",
    "criteria_lines",
    "evidence_location",
    "source_text",
    "as_text",
    "RecView",
    "recommendations",
    "FieldView",
    "fields",
    "parse_warnings",
    "display_width",
    "neutralize_formula",
    "FORMULA_TRIGGERS",
    "one_line",
]

Result = CheckResult | BadInput

# Ordered so that the worst comes first when items are summarised.
STATUS_ORDER: tuple[str, ...] = ("missing", "partial", "review", "met", "n/a")

# Fill (background) and font colours, RGB hex without '#'. Chosen to read in grey-scale print too:
# the status is always also written as text, colour is only a help.
STATUS_FILL: dict[str, str] = {
    "met": "C6EFCE",
    "partial": "FFEB9C",
    "missing": "FFC7CE",
    "review": "DDEBF7",
    "n/a": "EDEDED",
}
STATUS_FONT: dict[str, str] = {
    "met": "006100",
    "partial": "7F6000",
    "missing": "9C0006",
    "review": "1F4E79",
    "n/a": "595959",
}

# The three plan types are fixed by the policy package (第2章 2.); the reports only need their names.
PLAN_TYPE_JA: dict[str, str] = {
    "A": "戦略産業クラスター計画",
    "B": "地域産業クラスター計画",
    "C": "地場産業成長プラン",
}

GROUP_CHECKS = "構造チェック"


def as_list(results: Result | Iterable[Result]) -> list[Result]:
    """Accept one result or several; always return a list (order kept)."""
    if isinstance(results, CheckResult | BadInput):
        return [results]
    return list(results)


def plan_name(r: Result) -> str:
    """The file name shown for a plan (the path's last part; the whole source when it has none)."""
    name = PurePath(r.source).name if r.source else ""
    return name or r.source or "（無題）"


def plan_type_text(r: CheckResult) -> str:
    if r.plan_type is None:
        return "未記載"
    text = f"{r.plan_type} {PLAN_TYPE_JA.get(r.plan_type, '')}".strip()
    return text if r.plan_type_given else f"{text}（推定）"


def suggestion_text(r: CheckResult) -> str:
    t = r.plan_type_suggestion.type
    return f"{t} {PLAN_TYPE_JA.get(t, '')}".strip() if t else "判定できず"


def all_items(r: CheckResult) -> list[tuple[str, Item]]:
    """Requirements first, then structural checks, each in the order the engine gave them."""
    return [("要件", i) for i in r.requirements] + [(GROUP_CHECKS, i) for i in r.checks]


def status_counts(r: CheckResult) -> dict[str, int]:
    counts = dict.fromkeys(STATUS_ORDER, 0)
    for _, item in all_items(r):
        counts[item.status] = counts.get(item.status, 0) + 1
    return counts


def counts_text(r: CheckResult) -> str:
    c = status_counts(r)
    return " / ".join(f"{STATUS_JA[s]} {c[s]}" for s in ("met", "partial", "missing", "review", "n/a"))


def verdict_text(r: Result) -> str:
    """One word for the summary: what the reviewer has to do with this plan."""
    if isinstance(r, BadInput):
        return "読み込みエラー"
    if r.gaps:
        return f"不足あり（{len(r.gaps)}件）"
    if any(i.status == "review" for _, i in all_items(r)):
        return "要確認あり"
    return "すべて充足"


@dataclass(frozen=True)
class Column:
    """One column of the coverage matrix."""

    group: str  # e.g. "A 要件", "構造チェック"
    id: str
    label: str
    is_check: bool


def _requirement_group(item_id: str, r: CheckResult) -> str:
    # Requirement ids are "<plan type>.<slug>"; fall back on the plan's type when an id has no prefix.
    prefix = item_id.split(".", 1)[0]
    t = prefix if prefix in PLAN_TYPE_JA else (r.plan_type or "")
    return t


def matrix_columns(results: Sequence[Result]) -> list[Column]:
    """Columns of the coverage matrix: requirements of A, B, C (then any without a type), then checks.

    Within a group, ids keep the order of first appearance across the results (the engine's order), so the
    layout is deterministic for a given input order.
    """
    groups: dict[str, dict[str, str]] = {t: {} for t in (*PLAN_TYPE_JA, "")}
    checks: dict[str, str] = {}
    for r in results:
        if not isinstance(r, CheckResult):
            continue
        for item in r.requirements:
            groups[_requirement_group(item.id, r)].setdefault(item.id, item.label)
        for item in r.checks:
            checks.setdefault(item.id, item.label)
    cols: list[Column] = []
    for t, ids in groups.items():
        name = f"{t} 要件" if t else "要件"
        cols += [Column(name, i, label, False) for i, label in ids.items()]
    cols += [Column(GROUP_CHECKS, i, label, True) for i, label in checks.items()]
    return cols


def criteria_lines(item: Item) -> list[str]:
    """The criteria that applied, marked ✓/✗/?; a criterion's reason only when it adds to the item's reasons."""
    out = []
    for c in item.criteria:
        if not c.applies:
            continue
        mark = "?" if c.review else ("✓" if c.passed else "✗")
        extra = c.reason and not any(c.reason in r for r in item.reasons)
        out.append(f"{mark} {c.label}" + (f": {c.reason}" if extra else ""))
    return out


def evidence_location(section: str | None, line: int | None) -> str:
    parts = []
    if section:
        parts.append(section)
    if line is not None:
        parts.append(f"{line}行目")
    return " / ".join(parts)


def source_text(src: SourceOut | dict | None, with_excerpt: bool = True) -> str:
    """「title section」「excerpt」 as one line; tolerant of dicts from the recommender."""
    if src is None:
        return ""
    if isinstance(src, SourceOut):
        src = src.model_dump()
    if not isinstance(src, dict):
        return as_text(src)
    head = " ".join(as_text(src.get(k)) for k in ("title", "section") if src.get(k))
    if not src.get("title") and src.get("document"):
        head = " ".join(x for x in (as_text(src["document"]), as_text(src.get("section"))) if x)
    excerpt = as_text(src.get("excerpt"))
    if with_excerpt and excerpt:
        return f"{head}「{excerpt}」" if head else f"「{excerpt}」"
    return head


_PREFERRED_KEYS = ("name", "title", "label", "text", "desk", "contact", "phone", "url", "note")


def as_text(value: Any, sep: str = "、") -> str:
    """Any JSON-ish value as readable Japanese text (missing → empty string)."""
    if value is None:
        return ""
    if isinstance(value, str):
        return value
    if isinstance(value, bool):
        return "はい" if value else "いいえ"
    if isinstance(value, float):
        return "" if math.isnan(value) else f"{value:g}"
    if isinstance(value, dict):
        keys = [k for k in _PREFERRED_KEYS if value.get(k) not in (None, "", [])]
        if keys:
            return " ".join(as_text(value[k], sep) for k in keys)
        return sep.join(f"{k}: {as_text(v, sep)}" for k, v in value.items() if v not in (None, "", []))
    if isinstance(value, list | tuple):
        return sep.join(t for t in (as_text(v, sep) for v in value) if t)
    return str(value)


def _str_list(value: Any) -> list[str]:
    if value is None:
        return []
    if isinstance(value, list | tuple):
        return [t for t in (as_text(v) for v in value) if t]
    t = as_text(value)
    return [t] if t else []


def _score(value: Any) -> float | None:
    try:
        f = float(value)
    except (TypeError, ValueError):
        return None
    return None if math.isnan(f) else f


@dataclass(frozen=True)
class RecView:
    """A recommendation as the reports show it; built from the recommender's dict, missing keys allowed."""

    rank: int
    id: str
    name: str
    ministry: str
    category: str
    score: float | None
    path: str
    reasons: list[str]
    gaps: list[str]
    conditions: list[str]  # already marked ✓/✗/?
    where_to_ask: str
    source: str

    @property
    def score_text(self) -> str:
        return "" if self.score is None else f"{self.score:.2f}"


def _condition(c: Any) -> str:
    if isinstance(c, dict):
        text = as_text(c.get("text") or c.get("label"))
        met = c.get("met")
        mark = "✓" if met is True else "✗" if met is False else "?"
        return f"{mark} {text}" if text else ""
    return as_text(c)


def recommendations(r: CheckResult, limit: int | None = None) -> list[RecView]:
    out = []
    for n, d in enumerate(r.recommendations, start=1):
        if not isinstance(d, dict):
            continue
        path = d.get("path") or []
        path_text = (
            " → ".join(as_text(p.get("label") if isinstance(p, dict) else p) for p in path)
            if isinstance(path, list)
            else as_text(path)
        )
        out.append(
            RecView(
                rank=n,
                id=as_text(d.get("id")),
                name=as_text(d.get("name")) or as_text(d.get("id")) or "（名称不明）",
                ministry=as_text(d.get("ministry")),
                category=as_text(d.get("category")),
                score=_score(d.get("score")),
                path=path_text,
                reasons=_str_list(d.get("reasons")),
                gaps=_str_list(d.get("gaps")),
                conditions=[t for t in (_condition(c) for c in d.get("conditions") or []) if t],
                where_to_ask=as_text(d.get("where_to_ask")),
                source=source_text(d.get("source")) if isinstance(d.get("source"), dict) else "",
            )
        )
    return out[:limit] if limit is not None else out


@dataclass(frozen=True)
class FieldView:
    number: str
    name: str
    score: float | None
    products: list[str]

    @property
    def text(self) -> str:
        head = f"{self.number}. {self.name}" if self.number else self.name
        return f"{head}（{'、'.join(self.products)}）" if self.products else head


def fields(r: CheckResult) -> list[FieldView]:
    out = []
    for d in r.fields:
        if not isinstance(d, dict):
            continue
        products = [
            as_text(p.get("name") or p.get("id")) if isinstance(p, dict) else as_text(p)
            for p in d.get("products") or []
        ]
        out.append(
            FieldView(
                number=as_text(d.get("number")),
                name=as_text(d.get("name")) or as_text(d.get("id")),
                score=_score(d.get("score")),
                products=[p for p in products if p],
            )
        )
    return out


def parse_warnings(r: CheckResult) -> list[str]:
    """Reader warnings worth showing a reviewer (the parse report's shape is the reader's; be tolerant)."""
    rep = r.parse_report or {}
    if not isinstance(rep, dict):
        return []
    return _str_list(rep.get("warnings"))


def one_line(s: str) -> str:
    """Collapse line breaks and runs of spaces (table cells, one-line summaries)."""
    return re.sub(r"\s+", " ", s).strip()


def display_width(s: str) -> int:
    """Columns a string takes in a monospace terminal or a spreadsheet: full-width characters count 2."""
    return sum(2 if unicodedata.east_asian_width(ch) in ("W", "F") else 1 for ch in s)


# OWASP CSV/formula injection: a cell beginning with one of these may be evaluated by a spreadsheet.
# Full-width variants are included because Japanese Excel turns "＝" typed into a cell into a formula.
FORMULA_TRIGGERS: tuple[str, ...] = ("=", "+", "-", "@", "\t", "\r", "＝", "＋", "－", "＠")


def neutralize_formula(s: str) -> str:
    """Prefix a single quote to text a spreadsheet could read as a formula (OWASP recommendation)."""
    return "'" + s if s.startswith(FORMULA_TRIGGERS) else s
