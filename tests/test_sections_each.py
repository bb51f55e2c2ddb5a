"""Every required 記載項目 of each plan type, written out: a draft without it is told so by name (issue 20).

The ids and headings below are copied from the policy package and the guidance (knowledge/data/plan_types/*.yaml
holds them for the product). Dropping an item from a type's YAML, or making it optional, fails its case here.
"""

from __future__ import annotations

import pytest
from test_rule_cases import TODAY, base_plan, deep_merge, items_of

from chiiki_mirai.core.plan import Plan
from chiiki_mirai.knowledge.loader import load_kb
from chiiki_mirai.rules.check import evaluate

REQUIRED_ITEMS: dict[str, dict[str, str]] = {
    "A": {
        "A.1.1": "当該地域において当該産業分野を特定した理由",
        "A.1.2": "計画の構想",
        "A.1.3": "17の戦略分野の「官民投資ロードマップ」との関係性",
        "A.1.4": "国際的な競争優位性",
        "A.1.5": "計画の素案との整合性",
        "A.2.1": "対象区域",
        "A.2.2": "特定の理由",
        "A.3.1": "投資概要（担当府省庁・担当部署・投資企業名）",
        "A.3.2": "地域経済への波及・相乗効果",
        "A.3.3": "投資時期・稼働開始時期",
        "A.3.4": "投資総額",
        "A.3.5": "関連する投資案件（補助金等の既採択投資案件に限る）",
        "A.4.1": "産業集積に向けた課題",
        "A.4.2": "課題解決に向けたステークホルダーの取組",
        "A.4.3": "インフラ・分野特有の拠点整備案件",
        "A.4.4": "国の政策的対応のニーズ",
        "A.5.1": "KGI（2040年目標）",
        "A.5.2": "KPI（KGIの達成に向けた政策手段の進捗管理を行うための目標）",
    },
    "B": {
        "B.1.1": "該当する業種",
        "B.1.2": "特定の理由",
        "B.2.1": "特にクラスター形成の核となる区域",
        "B.2.2": "計画推進の核となる企業",
        "B.2.3": "特定の理由",
        "B.3.1": "現状の整理",
        "B.3.2": "目指すべき目標",
        "B.3.3": "設定の根拠",
        "B.3.4": "効果検証",
        "B.4.1": "基本戦略：当該産業領域における勝ち筋・〇〇県に構築すべき機能",
        "B.4.2": "投資の具体像",
        "B.4.3": "地域へのインパクト、目指すべき姿",
        "B.5.1": "投資促進に向けた課題",
        "B.5.2": "講じるべき政策パッケージ",
        "B.5.3": "KPI及びKPI未達時の撤退基準の設定",
        "B.6.1": "現地化の方針",
    },
    "C": {
        "C.1.1": "該当する製品・サービス等",
        "C.1.2": "特定の理由",
        "C.2.1": "特に本プラン遂行の核となる地域",
        "C.2.2": "本プラン推進の核となる事業者",
        "C.2.3": "特定の理由",
        "C.3.1": "現状の整理",
        "C.3.2": "目指すべき目標",
        "C.3.3": "設定の根拠",
        "C.3.4": "効果検証",
        "C.4.1": "基本戦略",
        "C.4.2": "取組の具体像",
        "C.4.3": "地域へのインパクト、目指すべき姿",
        "C.5.1": "取組に向けた課題",
        "C.5.2": "講じるべき政策パッケージ",
        "C.5.4": "KPI及びKPI未達時の撤退基準の設定",
        "C.6.1": "現地化の方針",
    },
}

# items the later text asks for only where the plan does something (000 C.(3)⑤ ※ 「…の取組を行う場合、記載する」)
WHERE_DONE_ITEMS: dict[str, dict[str, str]] = {"C": {"C.5.3": "地場産業を支える仕組みづくり"}}

CASES = [(t, item, heading) for t, items in REQUIRED_ITEMS.items() for item, heading in items.items()]


@pytest.mark.parametrize(("plan_type", "item", "heading"), CASES, ids=[c[1] for c in CASES])
def test_a_draft_without_the_item_is_told_which_one(plan_type: str, item: str, heading: str) -> None:
    plan = Plan.model_validate(deep_merge(base_plan(plan_type), {"sections": {item: None}}))
    sections = items_of(evaluate(plan, load_kb(), today=TODAY))["sections"]
    assert sections.status == "partial", sections.reasons
    gaps = [r for r in sections.reasons if not r.startswith("（記載あり）")]
    section = item.rsplit(".", 1)[0]
    sole = sum(i.startswith(section + ".") for i in REQUIRED_ITEMS[plan_type]) == 1
    # an item alone in its section takes the section with it (現地化の取組 / 現地化の方針)
    assert (
        gaps[0] == f"記載項目「{heading}」が見つからない"
        if not sole
        else f"記載項目「{heading}」が見つからない" in gaps
    )
    assert len(gaps) == (2 if sole else 1), gaps


@pytest.mark.parametrize(
    ("plan_type", "item", "heading"), [(t, i, h) for t, xs in WHERE_DONE_ITEMS.items() for i, h in xs.items()]
)
def test_an_item_asked_for_only_where_done_is_advice_when_absent(plan_type: str, item: str, heading: str) -> None:
    plan = Plan.model_validate(deep_merge(base_plan(plan_type), {"sections": {item: None}}))
    sections = items_of(evaluate(plan, load_kb(), today=TODAY))["sections"]
    assert sections.status == "met", sections.reasons
    assert any(heading in a for a in sections.advice), sections.advice


@pytest.mark.parametrize("plan_type", sorted(REQUIRED_ITEMS))
def test_a_whole_section_left_out_names_the_section_and_each_item(plan_type: str) -> None:
    first = next(iter(REQUIRED_ITEMS[plan_type]))
    section = first.rsplit(".", 1)[0]
    dropped = {i: None for i in REQUIRED_ITEMS[plan_type] if i.startswith(section + ".")}
    plan = Plan.model_validate(deep_merge(base_plan(plan_type), {"sections": dropped}))
    gaps = [
        r for r in items_of(evaluate(plan, load_kb(), today=TODAY))["sections"].reasons if "見つからない" in r
    ]
    assert len(gaps) == len(dropped) + 1, gaps  # the items and the section they make up


def test_the_base_plans_write_every_item() -> None:
    for plan_type, items in REQUIRED_ITEMS.items():
        assert set(items) | set(WHERE_DONE_ITEMS.get(plan_type, {})) <= set(base_plan(plan_type)["sections"]), plan_type
