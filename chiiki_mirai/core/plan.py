"""The plan model: a draft plan of any type, as read from YAML/JSON or from a document.

Every value a reader extracts from a document can keep where it came from (`Evidence`), so a
report can quote the draft. A value that is absent is `None` (or an empty list): a missing
input is never silently a zero.
"""

from __future__ import annotations

from typing import Literal

from pydantic import BaseModel, ConfigDict, Field

from chiiki_mirai.core.statement import Statement

AuthorKind = Literal["prefecture", "designated_city", "municipality", "other"]
MarketAttr = Literal["法人", "個人", "海外", "国内"]
KgiKind = Literal["investment", "value_added", "talent", "productivity", "employment", "custom"]

AUTHOR_KIND_JA = {
    "prefecture": "都道府県",
    "designated_city": "政令指定都市",
    "municipality": "市町村",
    "other": "その他",
}


YEAR = {"ge": 1900, "le": 2200}  # fiscal years: a typo such as 99999 is an input error, not a year


class Model(BaseModel):
    # NaN and infinity are never plan values: reject them instead of treating them as "not stated"
    model_config = ConfigDict(extra="forbid", validate_assignment=False, allow_inf_nan=False)


class Evidence(Model):
    """Where a value was read: section heading, 1-based line (or paragraph) and the quoted text."""

    section: str | None = None
    line: int | None = None
    text: str = ""


class Author(Model):
    name: str
    kind: AuthorKind | None = None
    evidence: Evidence | None = None


class Period(Model):
    start_fy: int | None = Field(default=None, ge=1900, le=2200)
    end_fy: int | None = Field(default=None, ge=1900, le=2200)
    target_fy: int | None = Field(default=None, ge=1900, le=2200)
    evidence: Evidence | None = None


class Industry(Model):
    domain: str | None = None  # 該当する業種 / 製品・サービス
    products: list[str] = []
    reason: str | None = None  # 特定の理由
    evidence: Evidence | None = None


class TargetMarket(Model):
    attributes: list[MarketAttr] = []  # 法人 / 個人 / 海外 / 国内
    needs: str | None = None
    export: bool | None = None  # aims at export / 外貨獲得
    domestic_top_share: bool | None = None  # aims at a top domestic share
    import_substitution: bool | None = None
    competitive_advantage: str | None = None
    added_value_outlook: str | None = None  # C: 付加価値向上 / 販路拡大の見通し
    comparison_industry: str | None = None  # 業種内比較
    comparison_region: str | None = None  # 域内比較
    value_added_rate: float | None = Field(default=None, ge=0, le=1)
    industry_value_added_rate: float | None = Field(default=None, ge=0, le=1)
    evidence: Evidence | None = None


class Company(Model):
    name: str
    role: str | None = None  # role in the supply/value chain
    location: str | None = None
    employees: int | None = Field(default=None, ge=0)
    attracted: bool | None = None  # attracted from outside (True) or local (False)
    kind: str | None = None  # 企業 / 組合 / 個人事業主 / 大学発スタートアップ ...
    scale_statement: str | None = None  # 事業規模・能力が十分である旨
    # connector / hub degree inputs (yen) or the degrees themselves (0-1)
    outside_sales: float | None = Field(default=None, ge=0)  # 企業の域外販売額
    prefecture_outside_sales: float | None = Field(default=None, ge=0)  # 都道府県の域外販売額
    inside_purchases: float | None = Field(default=None, ge=0)  # 企業の域内仕入額
    prefecture_inside_purchases: float | None = Field(default=None, ge=0)  # 都道府県の域内仕入額
    connector_degree: float | None = Field(default=None, ge=0, le=1)
    hub_degree: float | None = Field(default=None, ge=0, le=1)
    degree_statement: str | None = None  # 「ハブ度が相対的に高い」 etc.
    evidence: Evidence | None = None



class KGI(Model):
    kind: KgiKind = "custom"
    name: str
    value: float | None = None  # normalised (円 for money)
    unit: str | None = None
    raw: str | None = None
    year: int | None = Field(default=None, **YEAR)  # target fiscal year
    annual: bool | None = None
    cumulative_value: float | None = None  # 累積の目標値 (same unit)
    mandatory: bool | None = None  # written as 必須KGI
    basis: str | None = None  # 設定の根拠
    verification: str | None = None  # 効果検証の方法
    evidence: Evidence | None = None


class KPI(Model):
    name: str
    target: str | None = None
    deadline: str | None = None
    owner: str | None = None  # 担当部署
    withdrawal_criterion: str | None = None  # 撤退基準
    monitoring_cycle: str | None = None
    significance: str | None = None  # 5W1H: 施策の意義
    venue: str | None = None  # 5W1H: 検討の場
    approach: str | None = None  # 5W1H: 進め方
    evidence: Evidence | None = None


class RippleTarget(Model):
    stated: bool = False  # mentioned at all
    value: float | None = None
    unit: str | None = None
    year: int | None = Field(default=None, **YEAR)
    text: str | None = None
    evidence: Evidence | None = None


class Ripple(Model):
    regional_transactions: RippleTarget = RippleTarget()  # 域内取引額
    sales: RippleTarget = RippleTarget()  # 売上額
    jobs: RippleTarget = RippleTarget()  # 雇用の創出
    wages: RippleTarget = RippleTarget()  # 賃上げ


class Investment(Model):
    company: str | None = None
    description: str
    amount: float | None = Field(default=None, ge=0)  # 円
    start_year: int | None = Field(default=None, **YEAR)
    operation_year: int | None = Field(default=None, **YEAR)
    adopted_subsidy: str | None = None  # 補助金等の採択
    evidence: Evidence | None = None


class Localization(Model):
    policy: str | None = None  # 現地化の方針
    attracts_outside_company: bool | None = None
    local_procurement_share: float | None = Field(default=None, ge=0, le=1)  # current
    local_procurement_target: float | None = Field(default=None, ge=0, le=1)
    domestic_procurement: bool | None = None
    roadmap: str | None = None  # 調達/労働・技術の現地化ロードマップ
    local_capital: str | None = None  # 地元資本の参画方針
    reinvestment: str | None = None  # 収益の再投資方針
    evidence: Evidence | None = None


class SupportSystem(Model):
    lead: str | None = None  # 知事/市長 等が主体
    body: str | None = None  # 推進本部 等
    departments: list[str] = []
    staff: int | None = Field(default=None, ge=0)
    financial_institutions: list[str] = []
    frequency: str | None = None
    support_fields: list[str] = []  # 伴走支援を行う分野 / 経営支援の分野
    evidence: Evidence | None = None


class ConsultationDesk(Model):
    name: str | None = None
    department: str | None = None
    partners: list[str] = []
    evidence: Evidence | None = None


class Commitment(Model):
    support_system: SupportSystem | None = None
    consultation_desk: ConsultationDesk | None = None
    announcement: str | None = None  # 知事等/市町村長等としての発表
    announcement_after_precheck: bool | None = None
    evidence: Evidence | None = None


class Submission(Model):
    precheck_requested_on: str | None = None  # ISO date
    precheck_done: bool | None = None
    announced_on: str | None = None
    submitted_on: str | None = None
    forms: list[str] = []
    submit_to: list[str] = []
    published: bool | None = None  # published by the national government


class SectionText(Model):
    """The free text of one 記載項目, keyed by the knowledge base's section/item id."""

    heading: str
    text: str = ""
    evidence: Evidence | None = None


class Plan(Model):
    title: str | None = None
    plan_type: Literal["A", "B", "C"] | None = None
    authors: list[Author] = []
    joint: bool | None = None
    period: Period = Period()
    industry: Industry = Industry()
    core_area: str | None = None
    target_market: TargetMarket = TargetMarket()
    core_companies: list[Company] = []
    kgis: list[KGI] = []
    kpis: list[KPI] = []
    kpi_monitoring_cycle: str | None = None
    ripple: Ripple = Ripple()
    investments: list[Investment] = []
    localization: Localization = Localization()
    commitment: Commitment = Commitment()
    submission: Submission = Submission()
    # A: alignment with the 官民投資ロードマップ, the block draft (計画の素案), infrastructure, adopted subsidies
    roadmap_alignment: str | None = None
    block_draft_alignment: str | None = None
    infrastructure: str | None = None
    international_competitiveness: str | None = None
    sections: dict[str, SectionText] = {}
    # other free text the reader could not place, kept so nothing is dropped
    other_text: list[SectionText] = []
    # every claim read from the draft, typed, with its modality and place (facts are computed from these)
    statements: list[Statement] = []
