"""Desk intents: everyday phrasing → the need behind it → the measures that serve that need.

The needs and their phrasings come from resources/phrases/p*_needs.yaml (32 needs, written by two independent
writers and frozen before use: 「店をたたもうか迷っている」 is 事業承継, 「銀行が貸してくれない」 is 融資) and
e1_needs.yaml (two needs the writers' brief left out — what being in a plan brings, a town hall's staff — written
by the engineer from the sources' wording). A question
is compared with every phrasing as sets of SudachiPy content words (normalised forms, so たたもう meets 畳む):
a phrasing's score is the share of its words' weight the question contains, a word weighing its IDF over the
needs (a word every need uses says nothing). A need's score is its best phrasing's, and a need is expressed when
that reaches NEED_MIN with at least two shared words (or one word that is the whole phrasing).

The measures of a need are the writers' lists *checked against the measures' own words* (`checked_measures`):
a measure is used for a need when both writers list it, or when one does and its themes or its own words (name,
aliases, keywords, summary) fit the need. The others are reported by `mismatches()` and not used.
An A-scale question (工場を誘致, 大規模投資) brings the whole family the policy package lists for large
investments (000 第3章 1.A: 投資補助金, 産業用地, インフラ, 特区, 税制): LARGE_FAMILY.
Needs no measure of the strategy serves (電気代そのもの, 鳥獣被害, 取引条件, 個人の住まい…) are read the same way
from resources/outside_needs.yaml (`outside_needs`): when one is the question's strongest need, the desk says that
nothing applies and offers the general desks rather than ranking measures by the question's incidental nouns.
"""

from __future__ import annotations

import functools
import math
from dataclasses import dataclass
from pathlib import Path

import yaml

from chiiki_mirai.knowledge.loader import KnowledgeBase
from chiiki_mirai.recommender.desk_words import measure_words
from chiiki_mirai.recommender.kb_indexes import built_once
from chiiki_mirai.recommender.tokenize import Token, fold, split_a, tokens

PHRASES = Path(__file__).with_name("resources") / "phrases"
OUTSIDE = Path(__file__).with_name("resources") / "outside_needs.yaml"
OTHER_OBJECT = 0.5  # the question asks about the same thing of another object (申告書の書き方, not 計画の書き方)
NEED_MIN = 0.5
# the need → the themes (knowledge.schema ThemeId) its measures serve
NEED_THEMES: dict[str, tuple[str, ...]] = {
    "succession": ("management",), "closing": ("management",), "finance_loan": ("finance",),
    "investment_subsidy": ("capex",), "tax": ("tax",), "land": ("land",), "infrastructure": ("infrastructure",),
    "labour_shortage": ("talent",), "skills": ("talent",), "management_talent": ("talent", "management"),
    "export": ("export",), "inbound": ("tourism",), "sales_channel": ("management",), "energy_cost": (),
    "automation": ("capex", "ax"), "ai": ("ax",), "regulation": ("regulation",), "startup": ("startup",),
    "research": ("research",), "large_investment": ("capex", "land", "infrastructure"),
    "plan_making": ("consultation",), "consultation": ("consultation",), "local_transport": ("local_transport",),
    "public_facilities": ("public_facilities",), "women": ("women",), "essential_services": (),
    "tourism_area": ("tourism",), "food_export": ("export", "food", "agriculture"), "sports": ("sports",),
    "culture": ("culture",), "circular": ("circular_economy",), "disaster": (),
    "plan_benefit": (), "municipal_staff": ("consultation",), "supplier_entry": ("management", "capex"),
}
NEED_LABELS: dict[str, str] = {
    "succession": "事業承継", "closing": "廃業・事業の整理", "finance_loan": "融資・資金繰り",
    "investment_subsidy": "設備投資の補助", "tax": "税の優遇", "land": "工場用地・用地", "infrastructure": "道路・用水・電力・港湾",
    "labour_shortage": "人手不足・採用", "skills": "技能者・人材育成", "management_talent": "経営人材・幹部", "export": "輸出・海外販路",
    "inbound": "訪日客・観光需要", "sales_channel": "国内販路・売上拡大", "energy_cost": "電気代・燃料費",
    "automation": "省力化・自動化・DX", "ai": "AIの活用", "regulation": "規制・許認可の壁", "startup": "スタートアップとの連携",
    "research": "研究開発・産学連携", "large_investment": "大規模な工場・誘致", "plan_making": "計画の作り方・提出",
    "consultation": "相談先", "local_transport": "地域交通", "public_facilities": "公共施設の再編", "women": "女性の活躍",
    "essential_services": "生活サービスの維持", "tourism_area": "観光地づくり", "food_export": "農林水産物・食品の輸出",
    "sports": "スポーツ", "culture": "文化資源・伝統工芸", "circular": "リサイクル・循環経済", "disaster": "防災",
    "plan_benefit": "計画に載ることの利点", "municipal_staff": "自治体の人手・専門人材",
    "supplier_entry": "新しい取引・分野への参入",
}
# a need that makes another only the context of the question: a supplier entering a large plant's supply chain is
# not the one investing in it (the plant it names brings no A-scale family)
CONTEXT_OF: dict[str, tuple[str, ...]] = {"supplier_entry": ("large_investment",)}
LARGE_NEED = "large_investment"
GENERIC_NEEDS = frozenset({"consultation"})
LARGE_FAMILY = ("chuken_large_growth_investment_subsidy", "industrial_land_development_support",
                "related_infra_hub_development", "regional_industry_structure_infra_kofukin",
                "national_strategic_special_zones_reform", "regional_future_investment_tax")
# words that say nothing about which need: light verbs, question words, and size (大きな工場 is a 工場)
LIGHT = frozenset({"ない", "たい", "欲しい", "ほしい", "いい", "良い", "どう", "何", "誰", "うち", "どこ", "もの", "ところ",
                   "大きな", "大きい", "小さな", "小さい"})


# words people use for one thing (a question's プラン is the phrasings' 計画)
SAME = {fold("プラン"): fold("計画")}


def _forms(t: Token) -> set[str]:
    if not t.content or (t.pos == "接尾辞" and len(t.surface) == 1):
        return set()
    forms = {fold(t.norm), fold(t.surface)}
    if len(t.surface) > 2:
        forms |= {f for f in (fold(x) for x in split_a(t.surface)) if len(f) > 1}
    forms |= {SAME[f] for f in forms if f in SAME}
    return {f for f in forms if f and f not in LIGHT}


def units(text: str) -> tuple[frozenset[str], ...]:
    """A phrasing's words, one set of forms per token (its normalised form, surface and short units)."""
    return tuple(frozenset(f) for f in (_forms(t) for t in tokens(text)) if f)


@functools.lru_cache(maxsize=4096)
def objects(text: str) -> dict[str, frozenset[str]]:
    """What each noun is of: 申告書の書き方 → {書き方: {申告書}} (a noun, の, a noun), 水道料金 → {料金: {水道}}."""
    toks = tokens(text)
    out: dict[str, set[str]] = {}
    for t in toks:
        parts = [p for p in split_a(t.surface) if len(p) > 1] if t.pos == "名詞" and len(t.surface) > 2 else []
        if len(parts) > 1:
            out.setdefault(fold(parts[-1]), set()).update(fold(p) for p in parts[:-1])
    for k in range(1, len(toks) - 1):
        a, no, b = toks[k - 1], toks[k], toks[k + 1]
        if no.surface == "の" and a.pos == "名詞" and b.pos == "名詞" and a.content and b.content:
            for f in _forms(b):
                out.setdefault(f, set()).update(_forms(a))
    return {k: frozenset(v) for k, v in out.items()}


def other_object(phrase: str, question: str) -> bool:
    """The phrasing asks about Y of X, the question about Y of something else (計画の書き方 / 申告書の書き方)."""
    mine, theirs = objects(phrase), objects(question)
    return any(w in theirs and not (of & theirs[w]) for w, of in mine.items())


def words(text: str) -> frozenset[str]:
    out: set[str] = set()
    for t in tokens(text):
        out |= _forms(t)
    return frozenset(out)


def shared_units(phrase: str, text: str) -> int:
    """How many of the phrasing's words (tokens) the text contains."""
    mine = words(text)
    return sum(1 for u in units(phrase) if u & mine)


def narrower(phrase: str, other: str) -> bool:
    """Whether phrase names every word of other (and maybe more): ふるさと納税の返礼品の基準 / 返礼品にしたい."""
    mine = words(phrase)
    return all(u & mine for u in units(other))


@dataclass(frozen=True)
class NeedMatch:
    need: str
    score: float  # 0-1: the share of the best phrasing's words the question contains
    phrase: str  # that phrasing


@functools.lru_cache(maxsize=2)
def written_needs(path: Path = PHRASES) -> dict[str, dict]:
    """need → {phrases: [...], measures: {measure id: how many writers list it}}."""
    out: dict[str, dict] = {}
    for p in sorted(path.glob("*_needs.yaml")):
        for need, body in (yaml.safe_load(p.read_text(encoding="utf-8")) or {}).items():
            entry = out.setdefault(str(need), {"phrases": [], "measures": {}})
            entry["phrases"].extend(str(x) for x in body.get("phrases") or [])
            for m in body.get("measures") or []:
                entry["measures"][m] = entry["measures"].get(m, 0) + 1
    return out


@dataclass(frozen=True)
class OutsideNeed:
    label: str
    where: str  # the usual counter for it (general knowledge)
    shadows: tuple[str, ...] = ()  # served needs whose phrasings overlap it: read about as strongly, it wins


@functools.lru_cache(maxsize=2)
def outside_needs(path: Path = OUTSIDE) -> tuple[dict[str, OutsideNeed], dict[str, list[str]]]:
    """(need → label, counter and shadowed needs; need → phrasings) of the needs no measure serves."""
    raw = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
    info: dict[str, OutsideNeed] = {}
    phrases: dict[str, list[str]] = {}
    for need, body in (raw.get("needs") or {}).items():
        info[str(need)] = OutsideNeed(str(body["label"]), str(body["where"]), tuple(body.get("shadows") or ()))
        phrases[str(need)] = [str(x) for x in body.get("phrases") or []]
    return info, phrases


class IntentIndex:
    def __init__(self, kb: KnowledgeBase):
        self.outside, extra = outside_needs()
        self.needs = {**written_needs()}
        for need, phrases in extra.items():
            self.needs[need] = {"phrases": phrases, "measures": {}}
        # (need, phrasing, its words: one set of forms per token)
        self.phrases: list[tuple[str, str, tuple[frozenset[str], ...]]] = []
        vocab: dict[str, set[str]] = {}
        for need, body in self.needs.items():
            for ph in dict.fromkeys(body["phrases"]):
                us = units(ph)
                if us:
                    self.phrases.append((need, ph, us))
                    for w in frozenset().union(*us):
                        vocab.setdefault(w, set()).add(need)
        # rarity among the needs measures serve: the needs no measure serves do not change it (a word only they use
        # counts as used by one need)
        served = {w: {x for x in ns if x not in self.outside} for w, ns in vocab.items()}
        n = max(len(self.needs) - len(extra), 1)
        self.idf = {w: math.log(1 + n / max(len(ns), 1)) for w, ns in served.items()}
        self.by_word: dict[str, list[int]] = {}
        for i, (_, _, us) in enumerate(self.phrases):
            for w in frozenset().union(*us):
                self.by_word.setdefault(w, []).append(i)
        self.measures, self.rejected = _check(kb, self.needs)

    def _weight(self, unit: frozenset[str]) -> float:
        return max(self.idf[w] for w in unit)

    def score(self, i: int, q: frozenset[str]) -> float:
        """The share of phrasing i's words (each token once, by its most telling form) the question contains."""
        us = self.phrases[i][2]
        weights = [self._weight(u) for u in us]
        # a token counts by the form the question shares: 単価 covers 客単価 only as much as 単価 tells
        got = [max((self.idf[w] for w in u & q), default=0.0) for u in us]
        covered = [g > 0 for g in got]
        total = sum(weights)
        s = sum(got) / total if total else 0.0
        if not any(covered):
            return 0.0
        if max(got) < max(weights):
            s *= 0.6  # the phrasing's most telling word is missing (拠点をつくる is not 研究拠点をつくる)
            if sum(covered) < 2:
                s *= 0.5  # and only one lesser word of it is shared
        return s

    def match(self, question: str) -> list[NeedMatch]:
        """The needs the question expresses, strongest first."""
        q = words(question)
        candidates = {i for w in q for i in self.by_word.get(w, ())}
        best: dict[str, NeedMatch] = {}
        for i in sorted(candidates):
            need, ph, _ = self.phrases[i]
            s = self.score(i, q)
            if s >= NEED_MIN and other_object(ph, question):
                s *= OTHER_OBJECT
            if need not in best or s > best[need].score:
                best[need] = NeedMatch(need, round(s, 4), ph)
        found = sorted((m for m in best.values() if m.score >= NEED_MIN), key=lambda m: (-m.score, m.need))
        # 「誰に聞けばいい」 asks where to go about the need the question names: that need comes first
        return [m for m in found if m.need not in GENERIC_NEEDS] + [m for m in found if m.need in GENERIC_NEEDS]


def _check(kb: KnowledgeBase, needs: dict[str, dict]) -> tuple[dict[str, dict[str, float]], list[str]]:
    """need → {measure: weight} of the measures that fit the need; and the listed ones that do not."""
    mw = measure_words(kb)
    out: dict[str, dict[str, float]] = {}
    rejected: list[str] = []
    for need, body in needs.items():
        vocab = set().union(*(words(p) for p in body["phrases"])) if body["phrases"] else set()
        themes = set(NEED_THEMES.get(need, ()))
        for mid, writers in sorted(body["measures"].items()):
            m = kb.measures.get(mid)
            if m is None:
                rejected.append(f"{need}: {mid} (not a measure of the knowledge base)")
                continue
            own = {w for w in mw.words.get(mid, {}) if w in mw.idf}
            fits = bool(themes & set(m.themes)) or bool(own & vocab)
            if writers >= 2 or fits:
                out.setdefault(need, {})[mid] = 1.0 if writers >= 2 else 0.7
            else:
                rejected.append(f"{need}: {mid} (listed by one writer; neither its themes nor its words fit the need)")
    return out, rejected


def intent_index(kb: KnowledgeBase) -> IntentIndex:
    return built_once(kb, "_intent_index", lambda: IntentIndex(kb))


def mismatches(kb: KnowledgeBase) -> list[str]:
    """The writers' need → measure pairs that the measures' own words do not support (not used)."""
    return list(intent_index(kb).rejected)


def need_measures(kb: KnowledgeBase, need: str) -> dict[str, float]:
    """The checked measures of a need (measure id → weight); an A-scale need brings its whole family."""
    idx = intent_index(kb)
    if need in idx.outside:
        return {}
    out = dict(idx.measures.get(need, {}))
    if need == LARGE_NEED:
        for mid in LARGE_FAMILY:
            if mid in kb.measures:
                out[mid] = max(out.get(mid, 0.0), 1.0)
    return out
