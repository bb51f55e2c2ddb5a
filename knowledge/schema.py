"""Pydantic schema of the knowledge base.

Every model forbids unknown keys so that a typo in a YAML file is an error, not a silently
ignored entry. Every entry that states a policy fact carries a `source` citing the file and
section it came from; facts taken from general knowledge say so in a `basis` note.
"""

from __future__ import annotations

import datetime
import datetime as dt
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field, model_validator

PlanTypeId = Literal["A", "B", "C"]

# Categories follow the headings of chapter 3 of the policy package.
CategoryId = Literal[
    "capex",  # 設備投資（個別企業の支援）
    "growth_finance",  # 成長資金
    "infrastructure",  # インフラ・拠点整備
    "regulation",  # 規制・制度改革
    "talent",  # 産業人材育成
    "environment",  # 環境整備支援
    "regional_foundation",  # 地域基盤の再構築
    "ax",  # AIトランスフォーメーション
    "national_support",  # 国の伴走支援体制
    "fiscal",  # 交付金・財政措置
    "review_consideration",  # 関係府省庁の支援施策での審査上の考慮
]

# Themes are the needs a plan can express; they route measures to plans (issue 5).
ThemeId = Literal[
    "export",
    "tourism",
    "talent",
    "land",
    "regulation",
    "finance",
    "ax",
    "local_transport",
    "infrastructure",
    "food",
    "sports",
    "content",
    "startup",
    "management",
    "research",
    "circular_economy",
    "public_facilities",
    "women",
    "agriculture",
    "culture",
    "capex",
    "consultation",
    "tax",
]


class Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=False)


class SourceRef(Strict):
    """A citation: document id (see sources.yaml), section heading path, verbatim excerpt."""

    document: str
    section: str
    excerpt: str = Field(min_length=2)


class Basis(Strict):
    """Where a fact does not come from the sources, say where it comes from."""

    kind: Literal["source", "general_knowledge"]
    note: str = ""
    source: SourceRef | None = None


class Parameter(Strict):
    """A number the sources set (a year, a count, a period, a date), once, with its citation.

    Other YAML files refer to it with `{param: <id>}`; code reads it with `KnowledgeBase.parameter(id)`.
    A threshold the sources do not set carries `basis: {kind: general_knowledge, note}` instead of `source`.
    """

    id: str
    value: int | float | dt.date
    unit: str
    label: str
    source: SourceRef | None = None
    basis: Basis | None = None

    @model_validator(mode="after")
    def _cited(self) -> Parameter:
        if (self.source is None) == (self.basis is None):
            raise ValueError("source か basis のどちらか一方が必要です")
        return self


class Document(Strict):
    id: str
    file: str
    title: str
    issued: str  # as printed, e.g. 令和8年6月24日
    # datetime.date: a field named `date` with a default shadows the type in the class namespace
    date: datetime.date | None = None
    holds: str = ""


class Contact(Strict):
    id: str
    department: str
    role: str
    email: str | None = None
    source: SourceRef


class Ministry(Strict):
    id: str
    name: str
    short_name: str | None = None
    kind: Literal["cabinet", "ministry", "agency", "regional_office", "organization", "council"]
    parent: str | None = None
    region: str | None = None  # for regional offices: the area they serve
    contacts: list[Contact] = []
    where_to_ask: str = ""  # desk-facing text: how to reach them
    basis: Basis
    source: SourceRef | None = None


class Condition(Strict):
    id: str
    text: str  # Japanese, shown to the user
    # Optional machine check: a fact name (rules/facts/) that must be truthy for the
    # condition to count as met for a given plan. Unknown facts are rejected by the validator.
    fact: str | None = None
    source: SourceRef


class Measure(Strict):
    id: str
    name: str
    aliases: list[str] = []
    summary: str  # what it provides
    category: CategoryId
    themes: list[ThemeId] = []
    plan_types: list[PlanTypeId] = Field(min_length=1)
    # plan types whose support menu names this measure: the guidance's ③支援メニュー例 (B, C) or the
    # overview table's 支援策(例) (A, which the guidance does not cover); a subset of plan_types
    menu_for: list[PlanTypeId] = []
    # plan types for which the guidance's 支援メニューの活用プロセス names this measure as what the plan itself
    # obtains once published (優先採択, 審査上の考慮), whatever the plan is about; a subset of plan_types
    plan_benefit_for: list[PlanTypeId] = []
    fields: list[int] = []  # strategic field numbers; empty = not field-specific
    products: list[str] = []  # product ids
    # sectors outside the 17 fields it serves (ids of fields.yaml outside_examples: 伝統工芸品, 農業, 観光, ...)
    sectors: list[str] = []
    helps: list[str] = []  # requirement / check ids this measure helps satisfy
    conditions: list[Condition] = []
    ministry: str
    co_ministries: list[str] = []
    ministry_basis: Basis
    where_to_ask: str = ""
    contact: str | None = None  # contact id
    keywords: list[str] = []  # matching aid, not source text
    related: list[str] = []  # other measure ids
    source: SourceRef
    also_cited: list[SourceRef] = []


class Product(Strict):
    id: str
    name: str
    roadmap_leading: bool = False
    direction: str | None = None
    synonyms: list[str] = []  # matching aid, not source text
    keywords: list[str] = []  # matching aid, not source text
    source: SourceRef


class StrategicField(Strict):
    number: int = Field(ge=1, le=17)
    id: str
    name: str
    synonyms: list[str] = []  # matching aid, not source text
    keywords: list[str] = []  # matching aid, not source text
    products: list[Product] = Field(min_length=1)
    source: SourceRef


class OutsideExample(Strict):
    """Fields the sources name as examples outside the 17 (伝統工芸品, 農業, 林業)."""

    id: str
    name: str
    description: str
    keywords: list[str] = []
    source: SourceRef


class SectionItem(Strict):
    id: str  # e.g. B.1.1
    heading: str  # guidance wording (003) where it exists
    alt_headings: list[str] = []  # policy package wording (000) and other variants
    required: bool = True
    note: str | None = None
    source: SourceRef


class Section(Strict):
    id: str  # e.g. B.1
    number: int
    heading: str
    alt_headings: list[str] = []
    tag: str | None = None  # 【目標】【道筋】【政策手段】
    required: bool = True
    items: list[SectionItem] = []
    note: str | None = None
    source: SourceRef


class ProcessStep(Strict):
    order: int
    actor: str
    text: str
    source: SourceRef


class Deadline(Strict):
    id: str
    label: str
    date: dt.date
    text: str
    source: SourceRef


class MandatoryKgi(Strict):
    id: Literal["investment", "value_added", "talent", "productivity"]
    name: str
    needs_cumulative: bool = False
    alternative_to: str | None = None  # e.g. productivity is the alternative to value_added in C
    basis_hint: str | None = None
    source: SourceRef


class Authorship(Strict):
    kinds: list[Literal["prefecture", "designated_city", "municipality", "national"]]
    joint_allowed: bool
    text: str
    conditions: list[str] = []
    source: SourceRef


class PlanType(Strict):
    id: PlanTypeId
    name: str
    short_name: str
    positioning: str
    positioning_source: SourceRef
    authorship: Authorship
    unit: str | None = None
    unit_source: SourceRef | None = None
    goal_years: int | None = None  # goals within N years
    plan_years: int | None = None  # plan length
    kgi_target_year: int | None = None  # A: 2040
    years_source: SourceRef | None = None
    mandatory_kgis: list[MandatoryKgi]
    wide_area_kgi_allowed: bool = False
    value_added_formula: str | None = None
    kpi_rules: list[str] = []
    kpi_source: SourceRef | None = None
    monitoring: str | None = None
    monitoring_source: SourceRef | None = None
    sections: list[Section] = []
    process: list[ProcessStep] = []
    submit_to: list[str] = []  # contact ids
    forms: list[str] = []
    forms_source: SourceRef | None = None
    deadlines: list[Deadline] = []
    plan_count: str | None = None
    plan_count_max: int | None = None
    plan_count_source: SourceRef | None = None
    source: SourceRef


class Test(Strict):
    """One test of a fact, compiled to a durable-rules condition."""

    fact: str
    # present: stated and not False/empty; stated: any value, False included; absent: not present
    op: Literal["present", "stated", "absent", "true", "false", "gt", "gte", "lt", "lte", "eq", "ne"] = "present"
    value: float | int | str | bool | None = None


class Criterion(Strict):
    id: str
    label: str  # what is checked, Japanese
    # all tests must hold (AND); `any_of` groups alternatives (OR of AND-groups)
    all_of: list[Test] = []
    any_of: list[list[Test]] = []
    # when the criterion passes but only a person can judge its substance
    review: bool = False
    # a criterion that only applies when the guard holds (e.g. localisation when a company is attracted)
    applies_if: list[Test] = []
    met_reason: str
    gap_reason: str
    fix: str
    evidence_facts: list[str] = []  # facts whose evidence is quoted for this criterion
    source: SourceRef | None = None


class Requirement(Strict):
    id: str  # public contract, e.g. B.promise
    plan_type: PlanTypeId
    number: int
    label: str
    text: str  # the requirement as the policy package states it
    guidance_text: str | None = None  # the guidance's wording (003) where it exists
    notes: list[str] = []  # ※ notes: what a plan must state
    criteria: list[Criterion] = Field(min_length=1)
    source: SourceRef
    also_cited: list[SourceRef] = []


class Check(Strict):
    """A structural check beside the requirements (author, period, kgi.*, ...)."""

    id: str
    label: str
    plan_types: list[PlanTypeId]
    description: str
    criteria: list[Criterion] = Field(min_length=1)
    source: SourceRef
    also_cited: list[SourceRef] = []


class Definition(Strict):
    id: str
    term: str
    definition: str
    formula: str | None = None
    source: SourceRef


class Meta(Strict):
    version: str
    updated: dt.date
    changes: list[str] = []
    sources_as_of: str = ""
