"""What every report format shares: labels, status colours, item ordering, the coverage-matrix columns,
views of the typed recommendations and fields, and the spreadsheet formula-injection guard.

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

from chiiki_mirai.core.result import (
    GAP_STATUSES,
    STATUS_JA,
    STATUS_MARK,
    BadInput,
    CheckResult,
    ConditionOut,
    Item,
    Recommendation,
    SourceOut,
)
from chiiki_mirai.core.text.cells import FORMULA_TRIGGERS, neutralize_formula

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


def source_text(src: SourceOut | None, with_excerpt: bool = True) -> str:
    """「title section」「excerpt」 as one line (the document's file name when it has no title)."""
    if src is None:
        return ""
    head = " ".join(x for x in (src.title, src.section) if x)
    if not src.title and src.document:
        head = " ".join(x for x in (src.document, src.section) if x)
    if with_excerpt and src.excerpt:
        return f"{head}「{src.excerpt}」" if head else f"「{src.excerpt}」"
    return head


@dataclass(frozen=True)
class RecView:
    """A recommendation as the reports show it: its rank and its parts as text."""

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
    window: str = ""  # the place to approach for this plan (by sector, or the one of several institutions)
    to_confirm: str = ""  # 所管要確認: why the attribution needs confirming
    terms_note: str = ""  # for subsidies and grants: what the sources do not give (補助率・上限額・公募時期)
    windows: tuple[str, ...] = ()  # the institutions to ask where there are several

    @property
    def notes(self) -> list[str]:
        """The window, 所管要確認, the terms note and the other windows, as labelled lines."""
        out = []
        if self.window and self.window != self.ministry:
            out.append(f"この計画の窓口: {self.window}")
        if self.to_confirm:
            out.append(f"所管要確認: {self.to_confirm}")
        if self.terms_note:
            out.append(f"補助率・上限額等: {self.terms_note}")
        if self.windows:
            out.append("窓口（複数）: " + "／".join(self.windows))
        return out

    @property
    def score_text(self) -> str:
        return "" if self.score is None else f"{self.score:.2f}"


def _condition(c: ConditionOut) -> str:
    mark = "✓" if c.met is True else "✗" if c.met is False else "?"
    return f"{mark} {c.text}" if c.text else ""


def _rec_view(rank: int, rec: Recommendation) -> RecView:
    return RecView(
        rank=rank,
        id=rec.id,
        name=rec.name or rec.id or "（名称不明）",
        ministry=rec.ministry,
        category=rec.category,
        score=None if math.isnan(rec.score) else rec.score,
        path=" → ".join(step.label for step in rec.path),
        reasons=_reasons(rec),
        gaps=[g for g in rec.gaps if g],
        conditions=[t for t in (_condition(c) for c in rec.conditions) if t],
        where_to_ask=rec.where_to_ask,
        source=source_text(rec.source),
        window=rec.window,
        to_confirm=rec.ministry_to_confirm,
        terms_note=rec.terms_note,
        windows=tuple(f"{w.name}（{w.ministry}）" if w.ministry and w.ministry != w.name else w.name
                      for w in rec.windows),
    )


def _reasons(rec: Recommendation) -> list[str]:
    """The reason texts; a line resting on a source cites it (「helps requirement X」 lines)."""
    if not rec.reason_lines:
        return [t for t in rec.reasons if t]
    return [ln.text + (f"（出典: {source_text(ln.source)}）" if ln.source else "") for ln in rec.reason_lines]


def notices(r: CheckResult) -> list[str]:
    """What to settle before using the recommendations (who may write the plan, its type), first."""
    return list(r.recommendation_notices)


def recommendations(r: CheckResult, limit: int | None = None) -> list[RecView]:
    out = [_rec_view(n, rec) for n, rec in enumerate(r.recommendations, start=1)]
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
    return [
        FieldView(
            number=str(f.number),
            name=f.name,
            score=None if math.isnan(f.score) else f.score,
            products=[p.name or p.id for p in f.products if p.name or p.id],
        )
        for f in r.fields
    ]


def parse_warnings(r: CheckResult) -> list[str]:
    """Reader warnings worth showing a reviewer."""
    return [w for w in r.parse_report.warnings if w] if r.parse_report is not None else []


def one_line(s: str) -> str:
    """Collapse line breaks and runs of spaces (table cells, one-line summaries)."""
    return re.sub(r"\s+", " ", s).strip()


def display_width(s: str) -> int:
    """Columns a string takes in a monospace terminal or a spreadsheet: full-width characters count 2."""
    return sum(2 if unicodedata.east_asian_width(ch) in ("W", "F") else 1 for ch in s)


