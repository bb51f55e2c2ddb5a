"""Pydantic schema of the knowledge base.

Every model forbids unknown keys so that a typo in a YAML file is an error, not a silently
ignored entry. Every entry that states a policy fact carries a `source` citing the file and
section it came from; facts taken from general knowledge say so in a `basis` note. The models stay in one file,
past 400 lines, because they are one contract that a policy officer and `kb validate` read together.
"""

from __future__ import annotations

import datetime
import datetime as dt
from collections.abc import Mapping
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
    "soft_support",  # ソフト支援・経営支援（専門家派遣・ハンズオン・伴走）
]

# What kind of instrument a measure is; subsidies and grants carry a terms note (補助率・上限額は資料に記載なし).
InstrumentId = Literal[
    "subsidy",  # 補助金
    "grant",  # 交付金（地方公共団体向け）
    "tax",  # 税制
    "finance",  # 融資・出資・保証
    "regulation",  # 規制・制度改革
    "advice",  # 相談・専門家派遣・ハンズオン
    "program",  # 事業・取組・体制
    "fiscal",  # 地方財政措置
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
    """Where a fact does not come from the sources, say where it comes from.

    `to_confirm` marks an attribution that rests on a default or a doubtful reading: it is shown as
    「所管要確認」 with this reason in the desk, the reports and the app.
    """

    kind: Literal["source", "general_knowledge"]
    note: str = ""
    source: SourceRef | None = None
    to_confirm: str = ""


class CarriedDate(Strict):
    date: datetime.date
    what: str


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
    """A source document, dated, with its precedence (1 = highest: the later decision wins)."""

    id: str
    file: str
    title: str
    issued: str  # as printed, e.g. 令和8年6月24日
    # datetime.date: a field named `date` with a default shadows the type in the class namespace
    date: datetime.date
    date_precision: Literal["day", "month"] = "day"
    kind: Literal["decision", "guidance", "briefing", "overview", "compilation"]
    precedence: int = Field(ge=1)
    holds: str = ""
    note: str = ""
    dated_by: SourceRef | None = None  # where the date comes from when the document does not print it
    carries_dates: list[CarriedDate] = []


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
    # the words a contact text uses for its local offices and bureaus (都道府県労働局, 各地方農政局, 林野庁): with its
    # names, how `kb validate` tells which body a measure's `where_to_ask` sends a planner to. A matching aid (project)
    offices: list[str] = []
    contacts: list[Contact] = []
    where_to_ask: str = ""  # desk-facing text: how to reach them
    basis: Basis
    source: SourceRef | None = None


def line_up(parents: Mapping[str, str | None], body: str) -> list[str]:
    """A body and the bodies above it, nearest first (中小機構 → 中小企業庁 → 経済産業省), over a map of body id → parent
    id; the walk stops where a body has no parent or comes round again (a cycle, which `kb validate` reports)."""
    out: list[str] = []
    while body and body not in out:
        out.append(body)
        body = parents.get(body) or ""
    return out


class Condition(Strict):
    id: str
    text: str  # Japanese, shown to the user
    # Optional machine check: a fact name (rules/facts/) that must be truthy for the
    # condition to count as met for a given plan. Unknown facts are rejected by the validator.
    fact: str | None = None
    source: SourceRef


class Window(Strict):
    """One place to ask, where a measure is run by several institutions (e.g. 政府系金融機関).

    `plan_types`: the plan types for which this window leads (a large A project → 日本政策投資銀行);
    `keywords`: words that, written in the plan, point at this window (日本政策金融公庫, 公庫).
    """

    name: str
    ministry: str
    note: str = ""
    plan_types: list[PlanTypeId] = []
    keywords: list[str] = []
    # whom the institution finances, as a plan writes it where it names the measure (「政府系金融機関等による投資・
    # 融資：関連中小企業の設備投資」 → 日本政策金融公庫): tried after `keywords`, before `plan_types`
    borrowers: list[str] = []
    basis: Basis


class SectorMinistry(Strict):
    """The window that runs a measure for some sectors or fields (e.g. 農林水産物 → 農林水産省)."""

    sectors: list[str] = []  # outside_examples ids
    fields: list[int] = []  # strategic field numbers
    # words of the plan's industry (title, 業種, products) that select this entry before sectors and fields
    # do (清酒・ワイン → 財務省（国税庁）)
    keywords: list[str] = []
    ministry: str
    basis: Basis


class ObjectMinistry(Strict):
    """The window for what a plan asks a measure for, where the measure covers things different bodies run (道路・港湾
    → 国土交通省, 工業用水 → 経済産業省 for 関連インフラ): the entries whose words the plan writes in what it states as its
    own choose the window; where several do, the window is the related ministries (関係府省)."""

    keywords: list[str]
    ministry: str
    basis: Basis


class HelpsLink(Strict):
    """How a measure helps a plan meet a requirement or a check: the claim a recommendation may make.

    A recommendation says "helps requirement X" only where X is unmet in the check and the measure has
    this link: `rationale` says how the measure closes the gap, `source` cites the passage that says so.
    """

    requirement: str  # one of the measure's `helps` ids
    rationale: str
    source: SourceRef


class SharedNameUses(Strict):
    """What a measure named by a shared name pays for: a statement naming it for `other_uses` only (none of `uses`)
    names the name's other owner, not this measure (「地域未来交付金（人材育成講座、協議会運営）」 is the grant's
    soft support, not the A plan's infrastructure and hubs). A statement that says neither keeps the name."""

    uses: list[str] = Field(min_length=1)
    other_uses: list[str] = Field(min_length=1)


class RouteFor(Strict):
    """The measure is the route by which a plan proceeds with another measure it names (`measure`): the 集中募集 of
    規制・制度改革 proposals for a plan that names the special-zone system for a regulation it wants changed. It
    counts only where the plan's words naming that measure hold one of `words` (what the plan seeks of it: 規制,
    特例, 提案 ...), not a mere mention (a zone designated years ago, a bare list of systems). A matching aid
    (project)."""

    measure: str
    words: list[str] = Field(min_length=1)


class OpenTo(Strict):
    """A national programme the package lists for some plan types only, where the listing is about what those plans'
    firms obtain (審査上の考慮), not who may apply (「中堅・中小企業向けの補助金（例えば、…中小企業省力化投資補助金等）」):
    a plan of one of `plan_types` that states what the programme pays for (the measure's `objects`: 自動化, 省力化)
    asks for it as much as a plan it is listed for. `source` is where the sources say such plans' businesses need what
    it pays for (C: 「…省力化等の追加的な取組や新たな取組が求められる」); `also_cited`, whom the programme is for. A
    matching aid (project)."""

    plan_types: list[PlanTypeId] = Field(min_length=1)
    # the reason line shown to such a plan: what the sources say makes the programme its own (「中堅・中小企業向けの補助金
    # として例示されています」)
    says: str = Field(min_length=1)
    # where only some of the measure's objects are what the sources count for such plans (リ・スキリング, not any
    # university): one of these must be among the objects the plan states; empty = any of the measure's objects
    objects: list[str] = []
    source: SourceRef
    also_cited: list[SourceRef] = []


class ForFirms(Strict):
    """Whom a programme is for by the kind of firm, as the sources say (中堅・中小企業やスタートアップが行う…大規模投資):
    unless the plan names it, a plan must mention such firms (`words`, in what it stands behind) for it to be
    recommended, except a plan of a type the sources describe as about such firms (`implied_for`: B, whose core firms
    the 参考リスト takes at 従業員規模が2,000名以下 and whose outline speaks of 中堅企業支援策の適用). An A plan formed
    around large firms' investments (熊本のTSMC) that never speaks of mid-sized or small firms has none for it.
    `source` says whom the programme is for; `also_cited`, why the implied types' plans are about such firms. A
    matching aid (project)."""

    words: list[str] = Field(min_length=1)
    implied_for: list[PlanTypeId] = []
    source: SourceRef
    also_cited: list[SourceRef] = []


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
    # the names a plan uses when it names this programme itself (its official name and common short names);
    # a plan that writes one of them asks for the measure (「計画に記載」). A matching aid written by the project
    proper_names: list[str] = []
    # names a plan writes in its own words, as regular expressions over its normalised text (NFKC, no spaces): a
    # school and the strengthening of its capacity in one phrase (「一関工業高等専門学校の半導体関連学科の体制強化」)
    # names the universities' and kosen's capacity measure. Read like proper_names. A matching aid (project)
    name_patterns: list[str] = []
    # where one of its names is shared with another measure (地域未来交付金 names the A plan's infrastructure measure
    # and the B/C plans' 優先採択): the uses that keep the name this measure's. A matching aid (project)
    shared_name_uses: SharedNameUses | None = None
    # what the measure is for (museums, ES providers, green steel): at least one of these words must be in the
    # plan for the measure to be recommended on needs alone. Empty = any plan. A matching aid (project)
    objects: list[str] = []
    # what kind of business the measure is for (農林水産物・食品, 地域の食), as words of a plan's subject (title, 業種,
    # products): unless the plan names the measure, one of them must be there, or the plan be classified into one of
    # `sectors`, for it to be recommended. Empty = any business. A matching aid (project)
    industries: list[str] = []
    # the sections of a plan type (plan_types/*.yaml ids, e.g. C.5.3 地場産業を支える仕組みづくり) whose content the
    # measure supports: a statement there holding one of its objects is what the plan asks of it
    plan_sections: list[str] = []
    # the measure answers a lack (land for industry): unless the plan names it, one of its objects must be in a
    # statement of need (不足, 課題, 必要である), not only where the plan describes its area or what it has already
    # secured (「対象区域は…臨海工業団地…」, 「工場用地の売買契約を締結済み」). A matching aid (project)
    objects_in_need: bool = False
    # whom the measure serves as customers of the plan's firms (訪日客, 観光客 for inbound tourism consumption): a
    # plan whose target market (its 戦略・ターゲット市場 statements) names one of them sells to them, a ground of its
    # own beside the measure's objects. Empty = none. A matching aid (project)
    customers: list[str] = []
    # the measure answers a problem the plan states (an expert sent for 高度な経営課題): unless the plan names it, the
    # plan must state a need (a problem, shortage or request) in one of its `themes`; a menu entry and a direction
    # alone (the plan exports) are no problem to send an expert for. A matching aid (project)
    answers_need: bool = False
    # the measure is about schools' own size, faculties and students (高等教育の規模の適正化): a school among its
    # `objects` counts only where the plan speaks of its students or programmes, not where the school gives a course
    # or training (「○○大学・○○高専との共同講座」, 「大学・高専・企業の研修」). A matching aid (project)
    schools_for_students: bool = False
    # a national programme open to plans of other types than the ones it is listed for, where they state what it pays
    # for (OpenTo)
    open_to: OpenTo | None = None
    # whom the programme is for by the kind of firm (中堅・中小企業やスタートアップ): a plan that never mentions such
    # firms is not its client, unless its type is about such firms (ForFirms)
    for_firms: ForFirms | None = None
    # under_consideration: the sources name it as being considered (新たな財政措置の検討); nothing to apply for yet
    status: Literal["available", "under_consideration"] = "available"
    conditions: list[Condition] = []
    ministry: str
    co_ministries: list[str] = []
    ministry_basis: Basis
    ministry_by_sector: list[SectorMinistry] = []
    ministry_by_object: list[ObjectMinistry] = []
    windows: list[Window] = []
    instrument: InstrumentId | None = None
    # for subsidies and grants: what the sources do not say (補助率・上限額・公募時期) and where to look
    terms_note: str = ""
    where_to_ask: str = ""
    contact: str | None = None  # contact id
    keywords: list[str] = []  # matching aid, not source text
    related: list[str] = []  # other measure ids
    # measures for the same thing that a plan type has as its own programme (the A menu's 大学・高専の体制・機能強化
    # beside 高等教育の規模の適正化): unless the plan names this measure, it is not recommended beside one of them.
    # A matching aid (project)
    yields_to: list[str] = []
    # the measures a plan proceeds with through this one (RouteFor): naming one of them for what this measure takes
    # is a ground for it
    route_for: list[RouteFor] = []
    source: SourceRef
    also_cited: list[SourceRef] = []
    # the helps links whose claim can be shown to a planner: how the measure closes the gap, with a citation
    # (after the measure's own citations, so its source stays the first one listed)
    helps_how: list[HelpsLink] = []


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
    # 000 A.(2)⑦ applies 「インフラ・分野特有の拠点整備が密接かつ不可分な分野においては」; which fields those are
    # is not listed in the sources, so the flag carries a general-knowledge basis
    infrastructure_intensive: bool = False
    infrastructure_basis: Basis | None = None
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
    # an item the text asks for only where the plan does something (「…の取組を行う場合、記載する」): its absence is
    # advice, never a gap
    on_fail: Literal["gap", "advice"] = "gap"
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


class SubmissionWindow(Strict):
    """When plans are received: 「随時」, the first round's dates, and what is not yet announced."""

    text: str  # e.g. 随時
    notes: list[str] = []
    as_of: dt.date  # the date the knowledge was last checked against the sources
    source: SourceRef
    also_cited: list[SourceRef] = []


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
    # what a draft of this type is called when it does not use the type's name (A: the prefecture's
    # 「候補プロジェクト提案」, 000 第2章 2. A. (4) ②); sourced by the authorship passage
    document_names: list[str] = []
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
    submission_window: SubmissionWindow | None = None
    scale: str | None = None  # 地域ブロック単位 / 都道府県単位 / 市区町村〜都道府県単位
    scale_source: SourceRef | None = None
    fields_scope: str | None = None  # relation to the 17 fields (A: roadmaps; B/C: not limited to them)
    fields_scope_source: SourceRef | None = None
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
    """One thing a requirement or check asks, with what happens when the plan does not show it.

    `on_fail` follows the wording of the cited passage: only mandatory wording gives a `gap`; a passage
    with 「可能」「場合には記載」「程度」「努めてください」「基本と」「推奨」 gives `review` (a person decides)
    or `advice` (a note that never changes the status). A 「等」 in a gap criterion's passage must be
    explained in `wording` (e.g. an open list of examples that does not soften what is asked).
    """

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
    on_fail: Literal["gap", "review", "advice"] = "gap"
    wording: dict[str, str] = {}  # marker in the cited passage → why it does not soften the criterion
    source: SourceRef | None = None
    also_cited: list[SourceRef] = []


class Requirement(Strict):
    id: str  # public contract, e.g. B.promise
    plan_type: PlanTypeId
    number: int
    label: str
    text: str  # the requirement as the policy package states it
    guidance_text: str | None = None  # the guidance's wording (003) where it exists
    notes: list[str] = []  # ※ notes: what a plan must state
    criteria: list[Criterion] = Field(min_length=1)
    wording: dict[str, str] = {}  # marker in the cited passage → why it does not soften the criteria
    source: SourceRef
    also_cited: list[SourceRef] = []


class Check(Strict):
    """A structural check beside the requirements (author, period, kgi.*, ...)."""

    id: str
    label: str
    plan_types: list[PlanTypeId]
    description: str
    criteria: list[Criterion] = Field(min_length=1)
    wording: dict[str, str] = {}  # marker in the cited passage → why it does not soften the criteria
    source: SourceRef
    also_cited: list[SourceRef] = []


class Definition(Strict):
    id: str
    term: str
    definition: str
    formula: str | None = None
    source: SourceRef


class WordingMarker(Strict):
    """A word that makes a passage permissive (「可能」「程度」「努めて」「等」…); see data/wording.yaml."""

    marker: str
    pattern: str  # regular expression over the NFKC excerpt
    meaning: str
    explain: bool = False  # allowed in a gap criterion's passage when the criterion explains it in `wording`


class Wording(Strict):
    permissive: list[WordingMarker] = Field(min_length=1)


class Annex(Strict):
    """An annex the sources refer to but do not contain (記載例, 別紙): recorded as not encoded."""

    id: str  # e.g. 別添2
    title: str
    encoded: bool = False
    note: str
    source: SourceRef


class Meta(Strict):
    version: str
    updated: dt.date
    changes: list[str] = []
    sources_as_of: str = ""
    # texts shown beside entries of a kind, e.g. `subsidy_terms` beside every subsidy and grant
    notices: dict[str, str] = {}
