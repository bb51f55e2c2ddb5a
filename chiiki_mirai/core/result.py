"""The shape of a check result: the JSON contract of `chiiki-mirai check`, typed end to end.

{"source", "plan_type", "plan_type_suggestion": {"type", "reasons"},
 "requirements": [Item], "checks": [Item], "fields": [FieldMatch], "recommendations": [Recommendation],
 "parse_report": ParseReport}
The reports, the JSON output and the app read these models; nothing downstream guesses a shape.
"""

from __future__ import annotations

from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field

Status = Literal["met", "partial", "missing", "review", "n/a"]

STATUS_JA: dict[str, str] = {
    "met": "充足",
    "partial": "一部不足",
    "missing": "未記載",
    "review": "要確認",
    "n/a": "対象外",
}
STATUS_MARK: dict[str, str] = {"met": "✓", "partial": "△", "missing": "✗", "review": "?", "n/a": "-"}
GAP_STATUSES = ("partial", "missing")


class Model(BaseModel):
    model_config = ConfigDict(extra="forbid")


class SourceOut(Model):
    document: str  # file name under knowledge/sources
    title: str = ""
    section: str
    excerpt: str


class EvidenceOut(Model):
    fact: str  # the fact this evidence supports
    section: str | None = None
    line: int | None = None
    text: str


class CriterionOut(Model):
    id: str
    label: str
    passed: bool
    applies: bool = True
    review: bool = False
    # what a failure means, from the wording of the cited passage: gap, review (a person decides) or
    # advice (a note that never changes the status)
    on_fail: Literal["gap", "review", "advice"] = "gap"
    reason: str
    facts: dict[str, Any] = {}
    rule: str = ""  # the compiled condition(s) that decided it, e.g. "kpi_withdrawal_all true"


class Item(Model):
    """One requirement or structural check with its verdict and trace."""

    id: str
    label: str
    status: Status
    reasons: list[str]
    evidence: list[EvidenceOut] = []
    source: SourceOut
    fix: str = ""
    # notes from criteria whose passage is permissive (「可能」「程度」「努めてください」…): never a gap
    advice: list[str] = []
    criteria: list[CriterionOut] = []
    rule: str = ""  # the ruleset / rule names that decided it, for traceability


class Suggestion(Model):
    type: Literal["A", "B", "C"] | None
    reasons: list[str]


class ProductMatch(Model):
    id: str
    name: str
    score: float


class FieldMatch(Model):
    """A strategic field (of the 17) the plan is about, with its matched products, best first."""

    number: int
    name: str
    score: float
    products: list[ProductMatch] = []


class PathStep(Model):
    """One step of a recommendation's explanation path (plan text → product → field → measure → ministry)."""

    kind: str  # plan_text, product, field, sector, theme, gap, plan_type, measure, ministry
    id: str | None = Field(default=None, exclude_if=lambda v: v is None)  # plan text has no id
    label: str


class Driver(Model):
    """One signal that raised a measure's score, and by how much."""

    kind: str  # menu, benefit, theme, field, product, sector, gap, text, words, ppr
    ref: str
    contribution: float


class ConditionOut(Model):
    """An applicability condition of a measure; `met` None = cannot be told from the plan."""

    text: str
    met: bool | None = None


class ContactOut(Model):
    department: str
    role: str
    email: str | None = None


class WindowOut(Model):
    """One place to ask where a measure is run by several institutions (e.g. 政府系金融機関)."""

    name: str
    ministry: str
    note: str = ""


class ReasonLine(Model):
    """One reason a measure is recommended, with the evidence that makes it checkable.

    kind: named (the plan names the measure: 「計画に記載」 and the quote), need / direction / field / product /
    sector (what the plan says, quoted), gap (a requirement unmet in this check that the measure helps close:
    `rationale` and `source` from the knowledge), kb (what the sources say: the type's menu, where the package
    lists it), notice (a caution, e.g. a measure under consideration).
    """

    kind: str
    text: str
    quote: str = ""  # the plan's words, verbatim
    where: str = ""  # the part of the plan they stand in
    ref: str = ""  # requirement id (gap), theme, field, plan type
    rationale: str = ""
    source: SourceOut | None = None


class Recommendation(Model):
    """A recommended support measure: why (reasons, drivers, path), which gaps it helps, whom to ask.

    `ministry_to_confirm` carries the reason when the attribution rests on a default or a doubtful reading
    (shown as 「所管要確認」); `terms_note` says what the sources do not give for a subsidy or grant
    (補助率・上限額・公募時期); `windows` lists the institutions to ask where there are several.
    """

    id: str
    name: str
    ministry: str
    ministry_id: str
    category: str
    category_label: str
    score: float  # the ranking score (after diversity)
    relevance: float  # the measure's own score for this plan
    summary: str
    path: list[PathStep]
    reasons: list[str]
    drivers: list[Driver]
    gaps: list[str]
    conditions: list[ConditionOut]
    where_to_ask: str
    contact: ContactOut | None
    source: SourceOut
    ministry_to_confirm: str = ""
    terms_note: str = ""
    windows: list[WindowOut] = []
    # the reasons with their evidence (`reasons` holds their texts); empty for the desk's search results
    reason_lines: list[ReasonLine] = []
    # the place to approach for this plan where the measure has several (a window id, else the ministry's)
    window_id: str = ""
    window: str = ""


class ParseReport(Model):
    """What the reader found in the draft and what it missed.

    Readers set the keys their format has (a YAML plan has no `metadata`); a key a reader did not set is left
    out of the JSON (`wire`), so the contract is the same as when the report was a plain dict.
    """

    format: str
    plan_type: str | None = None
    plan_type_source: str | None = None
    sections_matched_as: str | None = None
    found: list[str] = []
    fields_read: list[str] = []
    expected_missing: list[str] = []
    ambiguous: list[str] = []
    warnings: list[str] = []
    sections: dict[str, str] = {}
    other_text: list[str] = []
    metadata: dict[str, str] = {}
    encoding: str | None = None

    def wire(self) -> dict[str, Any]:
        """The JSON form: only the keys the reader set."""
        return self.model_dump(mode="json", exclude_unset=True)


class CheckResult(Model):
    source: str
    plan_type: Literal["A", "B", "C"] | None  # the type checked against (stated, --type, or inferred)
    plan_type_given: bool = True  # False: inferred from the plan (see plan_type_suggestion)
    title: str | None = None
    plan_type_suggestion: Suggestion
    requirements: list[Item]
    checks: list[Item]
    fields: list[FieldMatch] = []
    recommendations: list[Recommendation] = []
    parse_report: ParseReport | None = None
    checked_on: str = ""  # ISO date the dates were judged against
    # problems to settle before using the recommendations (e.g. the author may not write this plan type)
    recommendation_notices: list[str] = []

    @property
    def gaps(self) -> list[Item]:
        return [i for i in self.requirements + self.checks if i.status in GAP_STATUSES]

    @property
    def all_met(self) -> bool:
        return all(i.status in ("met", "n/a") for i in self.requirements + self.checks)


class BadInput(Model):
    """A file that could not be read: kept in batch summaries with the reason."""

    source: str
    error: str  # Japanese message
