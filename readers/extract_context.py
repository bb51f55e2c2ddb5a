"""The sectioned document as the extractors see it: 記載項目 concepts, content cues, evidence helpers."""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, field

from chiiki_mirai.core.plan import Evidence
from chiiki_mirai.core.text.normalize import nfkc, sentences
from chiiki_mirai.readers.headings import Target, split_numbering
from chiiki_mirai.readers.sections import Sectioned, Unit

# concept → (pattern over the cleaned KB wordings, restrict to items, section number or None)
CONCEPTS: dict[str, tuple[str, bool, int | None]] = {
    "industry_domain": (r"^該当する", True, None),
    "industry_reason": (r"特定の理由|特定した理由|選定理由", True, 1),
    "core_area": (r"核となる(?:区域|地域)|^対象区域$|^区域$", True, None),
    "companies": (r"核となる(企業|事業者|事業主体)|中核企業|重点支援企業|投資企業", True, None),
    "company_reason": (r"特定の理由|特定した理由|選定理由", True, 2),
    "current": (r"現状", True, None),
    "kgi": (r"KGI|目指すべき目標", True, None),
    "basis": (r"根拠", True, None),
    "verification": (r"効果検証", True, None),
    "strategy": (r"基本戦略|勝ち筋|計画の構想", True, None),
    "investments": (
        r"投資の具体像|投資概要|投資総額|投資時期|関連する投資案件|投資計画|投資の内容",
        True,
        None,
    ),
    "impact": (r"インパクト|波及", True, None),
    "kpi": (r"KPI", False, None),
    "localization": (r"現地化", False, None),
    "commitment": (r"コミットメント|伴走支援|推進体制|発表|相談窓口", False, None),
    "roadmap": (r"官民投資ロードマップ", True, None),
    "block_draft": (r"素案", True, None),
    "infrastructure": (r"インフラ|拠点整備", True, None),
    "international": (r"競争優位", True, None),
    "invest_timing": (r"投資時期|稼働開始", True, None),
    "invest_total": (r"投資総額", True, None),
    "invest_related": (r"関連する投資案件", True, None),
}
# concepts used only to find 記載項目 written without their own heading
SECTION_ONLY = ("invest_timing", "invest_total", "invest_related", "verification", "basis")

# content cues: where a concept's heading is missing, paragraphs that say these words stand for it
CUES: dict[str, str] = {
    "commitment": (
        r"伴走支援|相談窓口|推進本部|支援本部|支援チーム|よろず支援拠点|専門家[^。]{0,12}派遣|"
        r"(?:知事|市長|町長|村長|区長|首長)[^。]{0,20}(?:発表|公表)"
    ),
    "localization": r"現地化|(?:域内|県内|市内|地元)[^。]{0,10}調達|地元資本|再投資",
    "kpi": r"KPI|撤退基準",
    "verification": r"効果検証|効果を検証",
    "basis": r"設定の根拠|算定根拠|に基づ[きく][^。]{0,20}(?:算定|設定)",
    "roadmap": r"官民投資ロードマップ",
    "block_draft": r"素案との整合",
    "infrastructure": r"インフラ",
    "international": r"国際(?:的な)?競争",
    "invest_timing": r"着工|稼働|操業開始",
    "invest_total": r"投資額|投資総額|総事業費",
    "invest_related": r"採択",
}


@dataclass
class Ctx:
    sec: Sectioned
    targets: list[Target]
    by_id: dict[str, Target] = field(default_factory=dict)
    concept_ids: dict[str, set[str]] = field(default_factory=dict)
    found_fields: list[str] = field(default_factory=list)
    ambiguous: list[str] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    content_found: dict[str, list[Unit]] = field(default_factory=dict)

    def __post_init__(self) -> None:
        self.by_id = {t.id: t for t in self.targets}
        for concept, (pat, items_only, number) in CONCEPTS.items():
            rx = re.compile(pat)
            ids: set[str] = set()
            for t in self.targets:
                if items_only and t.parent is None and any(i.parent == t.id for i in self.targets):
                    continue
                parent = self.by_id.get(t.parent) if t.parent else t
                if number is not None and (parent is None or parent.number != number):
                    continue
                if any(rx.search(w) for w in t.wordings):
                    ids.add(t.id)
            self.concept_ids[concept] = ids

    def in_concept(self, u: Unit, concept: str) -> bool:
        ids = self.concept_ids.get(concept, set())
        if u.section_id is None:
            return False
        if u.section_id in ids:
            return True
        t = self.by_id.get(u.section_id)
        return bool(t and t.parent in ids)

    def units(self, concept: str, cue_fallback: bool = True, union_cues: bool = False) -> list[Unit]:
        """Units written under the concept's 記載項目; else (or also) units that carry its cue words."""
        own = [u for u in self.sec.units if self.in_concept(u, concept)]
        cue = CUES.get(concept)
        if cue and (union_cues or (cue_fallback and not own)):
            rx = re.compile(cue)
            extra = [
                u for u in self.sec.units if u not in own and u.kind != "meta" and rx.search(nfkc(u.text))
            ]
            if extra:
                self.content_found.setdefault(concept, []).extend(extra)
            own = own + extra
            own.sort(key=lambda u: u.line)
        return own


def ev(u: Unit, text: str | None = None) -> Evidence:
    return Evidence(section=u.heading or "（前書き）", line=u.line, text=(text or u.text).strip()[:400])


def units_text(units: Iterable[Unit]) -> str:
    return "\n".join(u.text for u in units).strip()


def first_sentence(units: list[Unit], rx: str) -> tuple[Unit, str] | None:
    r = re.compile(rx)
    for u in units:
        for s in sentences(u.text):
            if r.search(nfkc(s)):
                return u, s
    return None


def numbering_rest(text: str) -> str:
    """The text after its numbering ("（ア）役割：…" → "役割：…")."""
    return split_numbering(nfkc(text).strip()).rest
