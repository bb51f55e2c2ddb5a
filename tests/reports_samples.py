"""Check results built by hand for the report tests: several plans, every status, hostile draft text.

Built directly as `rules.result` objects so the report tests do not depend on the rules engine.
"""

from __future__ import annotations

from typing import Any

from chiiki_mirai.core.result import (
    BadInput,
    CheckResult,
    CriterionOut,
    EvidenceOut,
    Item,
    ParseReport,
    Recommendation,
    SourceOut,
    Suggestion,
)

PKG = "policy_package.txt"
PKG_TITLE = "地域未来戦略 政策パッケージ"
NOTES = "notes_003.txt"
NOTES_TITLE = "地域産業クラスター計画等の策定に係る留意事項"

HOSTILE = ('=HYPERLINK("http://evil.example","押す")', "+81-3-1234", "-2+3", "@SUM(A1)", "\tタブ", "\r改行")


def src(section: str, excerpt: str, doc: str = PKG, title: str = PKG_TITLE) -> SourceOut:
    return SourceOut(document=doc, title=title, section=section, excerpt=excerpt)


def item(id_, label, status, reasons=(), evidence=(), source=None, fix="", criteria=()):
    return Item(
        id=id_,
        label=label,
        status=status,
        reasons=list(reasons),
        evidence=[EvidenceOut(fact=f, section=s, line=n, text=t) for f, s, n, t in evidence],
        source=source or src("第2章 3.", "要件を満たすこと"),
        fix=fix,
        criteria=list(criteria),
        rule=f"ruleset:{id_}",
    )


def rec(**kw: Any) -> Recommendation:
    """A recommendation with the given parts; the rest empty (the reports must cope with empty parts)."""
    base: dict[str, Any] = {
        "id": "", "name": "", "ministry": "", "ministry_id": "", "category": "", "category_label": "",
        "score": 0.0, "relevance": 0.0, "summary": "", "path": [], "reasons": [], "drivers": [], "gaps": [],
        "conditions": [], "where_to_ask": "", "contact": None,
        "source": {"document": "", "section": "", "excerpt": ""},
    }
    return Recommendation.model_validate({**base, **kw, "relevance": kw.get("relevance", kw.get("score", 0.0))})


def plan_b() -> CheckResult:
    """A B plan with every status: met, partial, missing, review, n/a."""
    return CheckResult(
        source="drafts/b_film_solar.md",
        plan_type="B",
        title="フィルム型太陽電池部材 地域産業クラスター計画（素案）",
        plan_type_suggestion=Suggestion(type="B", reasons=["都道府県が策定主体", "国内シェア上位を目指す"]),
        checked_on="2026-05-01",
        requirements=[
            item(
                "B.promise",
                "成長の見込み",
                "met",
                ["国内シェア上位の企業が核となっている"],
                [("market.top_share", "2. (3) 特定の理由", 31, "封止フィルムでは国内シェア上位の企業がある")],
                src("第2章 2. B. (2) 要件 ①", "成長が見込まれる産業であること"),
            ),
            item(
                "B.regional_ripple",
                "域内への波及",
                "partial",
                ["域内取引額の目標値がない"],
                [("ripple.trade", "4. 波及効果", 58, "域内取引額を拡大する")],
                src("第2章 2. B. (2) 要件 ④", "域内取引額、売上額、雇用者数、賃金の目標"),
                fix="域内取引額の目標値（例: 2030年度に120億円）と基準年の値を記載してください。",
                criteria=[
                    CriterionOut(
                        id="ripple.target",
                        label="域内取引額の目標値",
                        passed=False,
                        reason="「拡大する」のみで数値がない",
                    )
                ],
            ),
            item(
                "B.ebpm",
                "EBPM（KPIと撤退基準）",
                "missing",
                ["撤退基準が記載されていない"],
                [],
                src("第2章 2. B. (2) 要件 ⑦", "KPIごとに撤退基準を設定"),
                fix="各KPIに撤退基準（例: 2年連続で目標の5割未満なら事業を見直す）を記載してください。",
            ),
            item(
                "B.commitment",
                "地域のコミットメント",
                "review",
                ["支援体制の実効性は人が判断する必要がある"],
                [("support.system", "6. 推進体制", 80, "県産業振興課が中心となり、金融機関と月1回協議する")],
                src("第2章 2. B. (2) 要件 ⑥", "支援体制を構築すること"),
            ),
        ],
        checks=[
            item(
                "kgi.investment",
                "KGI: 設備投資額",
                "partial",
                ["累計値がない"],
                [("kgi.investment.value", "3. (2) KGI", 44, "2035年度の設備投資額 300億円")],
                src("第2章 3. B.", "計画期間中の累計値も記載"),
                fix="設備投資額の累計値を記載してください。",
            ),
            item(
                "kgi.talent",
                "KGI: 人材",
                "met",
                ["高度人材の育成数 200人（2035年度）"],
                [("kgi.talent.value", "3. (2) KGI", 46, "高度人材の育成数 200人")],
            ),
            item("plan_count", "計画数の上限", "n/a", ["B には適用しない"]),
        ],
        fields=[
            {
                "number": 9,
                "name": "資源・エネルギー安全保障・GX",
                "score": 0.8123456789,
                "products": [{"id": "perovskite", "name": "次世代型太陽電池", "score": 0.9}],
            }
        ],
        recommendations=[
            rec(
                **{
                "id": "m.large_invest",
                "name": "中堅・中小企業の賃上げに向けた省力化等の大規模成長投資補助金",
                "ministry": "経済産業省",
                "category": "補助金",
                "score": 0.912,
                "path": [
                    {"kind": "field", "label": "GX"},
                    {"kind": "measure", "label": "大規模成長投資補助金"},
                ],
                "reasons": ["投資額 300億円は補助対象の規模"],
                "gaps": ["賃上げ計画の記載がない"],
                "conditions": [
                    {"text": "投資額10億円以上", "met": True},
                    {"text": "賃上げ要件", "met": None},
                ],
                "where_to_ask": "近畿経済産業局 地域経済課 06-0000-0000",
                "source": {
                    "document": "measures.txt",
                    "title": "施策集",
                    "section": "2.",
                    "excerpt": "大規模投資",
                },
                }
            ),
            rec(name="地域未来交付金", ministry="内閣府", score=0.7),  # sparse: only a name, ministry and score
        ],
        parse_report=ParseReport(warnings=["表の3行目を読み飛ばしました"], format="markdown"),
    )


def plan_c() -> CheckResult:
    """A C plan where everything is met."""
    return CheckResult(
        source="drafts/c_urushi.md",
        plan_type="C",
        title="木曽漆器 地場産業成長プラン",
        plan_type_suggestion=Suggestion(type="C", reasons=["市町村の地域資源"]),
        requirements=[
            item("C.promise", "成長の見込み", "met", ["海外販路の拡大"]),
            item("C.commitment", "地域のコミットメント", "met", ["町が伴走支援"]),
        ],
        checks=[
            item("kgi.value_added", "KGI: 付加価値額", "met", ["付加価値額 12億円（2030年度）"]),
            item("author", "策定主体", "met", ["町は C を策定できる"]),
        ],
    )


def plan_a_untyped() -> CheckResult:
    """A plan without a stated type (suggested A) with an A requirement."""
    return CheckResult(
        source="drafts/半導体 [案].md",
        plan_type=None,
        plan_type_given=False,
        plan_type_suggestion=Suggestion(type="A", reasons=["17分野に整合", "大規模投資"]),
        requirements=[
            item(
                "A.alignment",
                "官民投資ロードマップとの整合",
                "missing",
                ["整合の記載がない"],
                fix="官民投資ロードマップとの関係を記載してください。",
            )
        ],
        checks=[item("author", "策定主体", "met", ["県"])],
    )


def hostile_plan() -> CheckResult:
    """Company names, evidence, reasons and fixes that begin with formula characters or carry markup."""
    hostile_items = [
        item(
            f"B.h{i}",
            h,
            ("met", "partial", "missing")[i % 3],
            [h],
            [(f"company.{i}", "2. (2) 核となる企業", 10 + i, h)],
            src(h, h, doc=h, title=h),
            fix=h,
        )
        for i, h in enumerate(HOSTILE)
    ]
    return CheckResult(
        source="drafts/=cmd|' calc'!A0.md",
        plan_type="B",
        title="=1+1 <script>alert('x')</script> | 計画 `code` [link](http://x)",
        plan_type_suggestion=Suggestion(type="B", reasons=["@県が策定", "-国内シェア"]),
        requirements=[
            *hostile_items,
            item(
                "B.ebpm",
                "EBPM",
                "missing",
                ["<b>太字</b> | 区切り", "# 見出し", "- 箇条書き"],
                [("kpi", "<img src=x onerror=alert(1)>", 3, "<script>alert(1)</script>")],
                fix="=A1*2 を記載",
            ),
        ],
        checks=[item("kpi", "KPI", "partial", ["@担当課がない"], fix="-担当課を記載")],
        fields=[{"number": 1, "name": "=AI", "score": 0.5, "products": [{"id": "p1", "name": "+ロボット", "score": 0.5}]}],
        recommendations=[
            rec(
                **{
                "name": '=WEBSERVICE("http://x")',
                "ministry": "@省",
                "reasons": ["-理由"],
                "gaps": ["+不足"],
                "conditions": [{"text": "=条件", "met": False}],
                "where_to_ask": "\t窓口",
                "category": "\r補助金",
                "path": [{"kind": "measure", "label": "=経路"}],
                "source": {"document": "=d", "section": "+s", "excerpt": "-e"},
                }
            )
        ],
        parse_report=ParseReport(warnings=["=警告"], format="markdown"),
    )


def broken(name: str = "drafts/壊れた.docx") -> BadInput:
    return BadInput(source=name, error="ファイルを読み込めませんでした（docx の形式が壊れています）")


def batch() -> list:
    return [plan_b(), plan_c(), broken(), plan_a_untyped()]
