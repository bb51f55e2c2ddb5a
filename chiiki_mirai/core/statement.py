"""Statements: what a draft claims, one typed record per claim, with its modality and its place.

The reader turns a document into statements (readers/statements/); facts are computed from statements
(rules/facts/); a plan given as YAML/JSON carries its statements too (derived from its fields). A statement is
never a bare keyword hit: it says what it is about (`kind`, `topic`, `subject`), its value bound to that
subject (`value`, `unit`, `year`, `role`), how the draft holds it (`modality`), and where it was read (`place`).

Modality (how the claim is held):
- `affirmed`: a fact or a decided, current state (「〜している」「採択済み」「設置した」);
- `planned`: decided for the future (「〜する」「〜を目指す」, a target with a year);
- `considering`: not decided (「検討する」「調整中」「今後精査」「申請予定」 for an award not yet given);
- `negated`: says it is not so or will not be done (「設けない」「行わない」「予定はない」);
- `placeholder`: a slot not filled (「〇〇」「●●億円」「（未定）」「TBD」);
- `none`: no claim (a heading, a definition).
Only `affirmed` and `planned` count as something the plan states as done or decided.
"""

from __future__ import annotations

from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field

Modality = Literal["affirmed", "planned", "considering", "negated", "placeholder", "none"]
HELD: tuple[str, ...] = ("affirmed", "planned")  # the modalities that count as stated

# what a numeric statement's value is: today's level, the goal, the sum over the period, the reference
# level a change is measured from, or the change itself
Role = Literal["current", "target", "cumulative", "base", "change"]

StatementKind = Literal[
    "title",  # the plan's title
    "plan_type",  # the type the draft says it is (topic: A/B/C)
    "author",  # a body that writes the plan (subject: name; attrs: kind, joint)
    "period",  # the plan period / target year (role: base=start, target=end or target year)
    "kgi",  # a KGI (topic: investment/value_added/talent/productivity/employment/custom)
    "kpi",  # a KPI (subject: its name; attrs: target, deadline, owner, withdrawal, cycle …)
    "monitoring",  # how often KPIs are checked (attrs: cycle, months)
    "ripple",  # a regional ripple target (topic: transactions/sales/jobs/wages)
    "operator",  # a core company / operator (subject: name; attrs: role, employees, attracted, location …)
    "investment",  # a core investment (subject: company; value: amount; attrs: adopted, years)
    "claim",  # a fuzzy claim decided by the classifier (topic: market_need, competitive_advantage, …, need)
    "industry",  # what the plan is about (topic: domain / product / reason; subject: the text)
    "market",  # a target-market attribute (topic: 法人/個人/海外/国内)
    "procurement",  # a procurement share (role current/target, value 0–1)
    "support",  # the local government's support system (topic: lead/body/department/staff/finance/…)
    "desk",  # a consultation desk (subject: name; attrs: department, partners)
    "announcement",  # the head's announcement (attrs: after_precheck)
    "localization",  # localization policy / roadmap / local capital / reinvestment (topic)
    "infrastructure",  # infrastructure tied to the project (topic: stated/declined/unneeded)
    "alignment",  # A: roadmap / block draft alignment (topic: roadmap/block_draft)
    "forms",  # the submission forms named (attrs: forms)
    "plan_count",  # how many plans the author says it makes (value)
    "section",  # the text of one 記載項目 (subject: item id) — the place a fact looks at
]


class Place(BaseModel):
    """Where a statement was read: the 記載項目 it sits under (knowledge-base id), the heading as written,
    the 1-based source line (Word: paragraph/table index) and the quoted text."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    item: str | None = None
    section: str | None = None
    line: int | None = None
    quote: str = ""


class Statement(BaseModel):
    model_config = ConfigDict(extra="forbid", allow_inf_nan=False)

    kind: StatementKind
    topic: str | None = None
    subject: str | None = None
    value: float | None = None
    unit: str | None = None
    year: int | None = Field(default=None, ge=1900, le=2200)
    role: Role | None = None
    modality: Modality = "affirmed"
    confidence: float = Field(default=1.0, ge=0.0, le=1.0)
    attrs: dict[str, Any] = {}
    place: Place = Place()

    @property
    def held(self) -> bool:
        """The draft states it as done or decided (not considering, negated or a placeholder)."""
        return self.modality in HELD


def of_kind(statements: list[Statement], kind: str, topic: str | None = None) -> list[Statement]:
    """The statements of one kind (and topic), in document order."""
    return [s for s in statements if s.kind == kind and (topic is None or s.topic == topic)]
