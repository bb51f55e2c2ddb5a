"""Japanese labels of the schema's category and theme ids, for display (graph, `kb show`, app)."""

from __future__ import annotations

from typing import get_args

from chiiki_mirai.knowledge.schema import CategoryId, ThemeId

# Category names follow the headings of chapter 3 of the policy package.
CATEGORY_LABELS: dict[str, str] = {
    "capex": "設備投資（個別企業の支援）",
    "growth_finance": "成長資金",
    "infrastructure": "インフラ・拠点整備",
    "regulation": "規制・制度改革",
    "talent": "産業人材育成",
    "environment": "環境整備支援",
    "regional_foundation": "地域基盤の再構築",
    "ax": "AIトランスフォーメーション（AX）",
    "national_support": "国の伴走支援体制",
    "fiscal": "交付金・財政措置",
    "review_consideration": "関係府省庁の支援施策での審査上の考慮",
    "soft_support": "ソフト支援・経営支援（専門家派遣・ハンズオン等）",
}

THEME_LABELS: dict[str, str] = {
    "export": "輸出・海外展開",
    "tourism": "観光",
    "talent": "人材",
    "land": "用地・立地",
    "regulation": "規制・制度",
    "finance": "資金調達",
    "ax": "AX・デジタル",
    "local_transport": "地域交通",
    "infrastructure": "インフラ",
    "food": "食・食品",
    "sports": "スポーツ",
    "content": "コンテンツ",
    "startup": "スタートアップ",
    "management": "経営支援",
    "research": "研究開発",
    "circular_economy": "循環経済",
    "public_facilities": "公共施設",
    "women": "女性活躍",
    "agriculture": "農林水産業",
    "culture": "文化",
    "capex": "設備投資",
    "consultation": "相談窓口",
    "tax": "税制",
}

CATEGORY_IDS: tuple[str, ...] = get_args(CategoryId)
THEME_IDS: tuple[str, ...] = get_args(ThemeId)


def category_label(category: str) -> str:
    return CATEGORY_LABELS.get(category, category)


def theme_label(theme: str) -> str:
    return THEME_LABELS.get(theme, theme)
