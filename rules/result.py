"""The shape of a check result: the JSON contract of `chiiki-mirai check`.

{"source", "plan_type", "plan_type_suggestion": {"type", "reasons"},
 "requirements": [Item], "checks": [Item], "fields": [...], "recommendations": [...]}
"""

from __future__ import annotations

from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, PrivateAttr

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


class CheckResult(Model):
    source: str
    plan_type: Literal["A", "B", "C"] | None  # the type checked against (stated, --type, or inferred)
    plan_type_given: bool = True  # False: inferred from the plan (see plan_type_suggestion)
    title: str | None = None
    plan_type_suggestion: Suggestion
    requirements: list[Item]
    checks: list[Item]
    fields: list[dict[str, Any]] = []
    recommendations: list[dict[str, Any]] = []
    parse_report: dict[str, Any] | None = None
    checked_on: str = ""  # ISO date the dates were judged against
    # the derived facts (rules.facts.Fact by name); not part of the JSON contract
    _facts: dict[str, Any] = PrivateAttr(default_factory=dict)

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
